"""The store's contents in memory, and the conversion to and from the bytes of its files.

Both directions are pure functions over `{store-relative path: bytes}`, so round trips,
canonical form and corruption can be tested without touching a disk.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprod_refs.collector import collector_paused
from coprod_refs.errors import StoreError
from coprod_refs.model.extracted import Extraction
from coprod_refs.model.graph import Graph
from coprod_refs.model.records import Decision, KeyAssignment
from coprod_refs.store.codec import (
    decode_document,
    decode_extraction,
    decode_extraction_trusted,
    decode_jsonl,
    decode_jsonl_trusted,
    encode_document,
    encode_extraction,
    encode_jsonl,
    extraction_chunks,
    jsonl_chunks,
)
from coprod_refs.store.layout import (
    CONFIG_FILE,
    EXTRACTIONS_DIR,
    RECORD_FILE_BY_KIND,
    RECORD_FILES,
    STORE_FILE,
    RecordFile,
    extraction_path,
    is_safe_source_id,
)
from coprod_refs.store.migrations import store_file_bytes

#: (file kind, record id) -> (file, 1-based line); see `Store.record_locations`.
Locations = dict[tuple[str, str], tuple[Path, int]]


@dataclass
class StoreState:
    """Everything a store holds: the graph, per-source extractions, keys, decisions, config."""

    graph: Graph = field(default_factory=Graph)
    extractions: dict[str, Extraction] = field(default_factory=dict)
    keys: list[KeyAssignment] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    config: dict[str, Any] = field(default_factory=dict)


@dataclass
class StoreInspection:
    """A store read once: its state, where each record sits, the files not in canonical
    form (with the first line that differs) and the format version its files are in."""

    state: StoreState
    locations: Locations
    noncanonical: list[tuple[Path, int]]
    format_version: int


def _records_of(state: StoreState, kind: str) -> Iterable[Any]:
    graph = state.graph
    by_id: Mapping[str, Any] | None = {
        "works": graph.works,
        "agents": graph.agents,
        "venues": graph.venues,
        "sources": graph.sources,
    }.get(kind)
    if by_id is not None:
        id_field = "key" if kind == "works" else "id"
        for name, record in by_id.items():
            if getattr(record, id_field) != name:
                raise StoreError(
                    f"refusing to write {kind}: entry {name!r} holds a record whose "
                    f"{id_field} is {getattr(record, id_field)!r}"
                )
        return by_id.values()
    lists: dict[str, list[Any]] = {
        "citations": graph.citations,
        "ambiguities": graph.ambiguities,
        "keys": state.keys,
        "decisions": state.decisions,
    }
    return lists[kind]


def file_names(state: StoreState) -> list[str]:
    """The store-relative name of every file a store holding `state` consists of."""
    names = [STORE_FILE, CONFIG_FILE, *(spec.filename for spec in RECORD_FILES)]
    for source_id, extraction in state.extractions.items():
        if not is_safe_source_id(source_id):
            raise StoreError(f"refusing to write an extraction: {source_id!r} cannot name a file")
        if extraction.source.id != source_id:
            raise StoreError(
                f"refusing to write extraction {source_id!r}: it holds source "
                f"{extraction.source.id!r}"
            )
        names.append(extraction_path(source_id))
    return names


def render_file(state: StoreState, name: str) -> bytes:
    """The canonical bytes of one file (a name from `file_names`) of a store holding `state`."""
    if name == STORE_FILE:
        return store_file_bytes()
    if name == CONFIG_FILE:
        return encode_document(state.config)
    if name.startswith(EXTRACTIONS_DIR + "/"):
        return encode_extraction(state.extractions[_source_id(name)])
    spec = RECORD_FILE_BY_KIND[name.removesuffix(".jsonl")]
    return encode_jsonl(_records_of(state, spec.kind), spec)


def render_file_chunks(state: StoreState, name: str) -> Iterator[bytes]:
    """`render_file` in pieces, so a file of 100,000 records is never one string.

    For an extraction it may raise NotPlainJSON, even after some pieces; `render_file`
    then gives the bytes.
    """
    if name.startswith(EXTRACTIONS_DIR + "/"):
        return extraction_chunks(state.extractions[_source_id(name)])
    if name.endswith(".jsonl"):
        spec = RECORD_FILE_BY_KIND[name.removesuffix(".jsonl")]
        return jsonl_chunks(_records_of(state, spec.kind), spec)
    return iter([render_file(state, name)])


def _source_id(name: str) -> str:
    return name.removeprefix(EXTRACTIONS_DIR + "/").removesuffix(".json")


def render(state: StoreState, skip: Collection[str] = ()) -> dict[str, bytes]:
    """The canonical bytes of every file of a store holding `state`, but those in `skip`."""
    with collector_paused():
        return {name: render_file(state, name) for name in file_names(state) if name not in skip}


def _required(files: Mapping[str, bytes], name: str, root: Path) -> bytes:
    data = files.get(name)
    if data is None:
        raise StoreError(
            f"missing store file {name}; the store is incomplete (restore it from version "
            "control or a backup)",
            file=root / name,
        )
    return data


def _renders_back(data: bytes, render: Callable[[], bytes]) -> bool:
    """Whether `render()` gives exactly `data` (False where it refuses to render)."""
    try:
        return render() == data
    except (StoreError, ValueError):
        return False


def _records(
    files: Mapping[str, bytes],
    spec: RecordFile,
    root: Path,
    trusted: Collection[str],
    proven: set[str],
) -> list[tuple[int, Any]]:
    data = _required(files, spec.filename, root)
    numbered = decode_jsonl_trusted(data, spec)
    if numbered is not None:
        if spec.filename in trusted:
            return numbered
        if _renders_back(data, lambda: encode_jsonl([r for _, r in numbered], spec)):
            proven.add(spec.filename)
            return numbered
    return decode_jsonl(data, spec, root / spec.filename)


def _extraction(
    name: str, data: bytes, root: Path, trusted: Collection[str], proven: set[str]
) -> Extraction:
    path = root / name
    source_id = name.removeprefix(EXTRACTIONS_DIR + "/").removesuffix(".json")
    if not is_safe_source_id(source_id):
        raise StoreError(
            "an extraction file's name must be a source id (letters, digits, '.', '_', '-')",
            file=path,
        )
    extraction = decode_extraction_trusted(data)
    if extraction is not None and name not in trusted:
        fast = extraction
        if _renders_back(data, lambda: encode_extraction(fast)):
            proven.add(name)
        else:
            extraction = None
    if extraction is None:
        extraction = decode_extraction(data, path)
    if extraction.source.id != source_id:
        raise StoreError(
            f"extraction file of source {source_id!r} holds source {extraction.source.id!r}",
            file=path,
            line=1,
        )
    return extraction


def parse(
    files: Mapping[str, bytes],
    root: Path,
    *,
    trusted: Collection[str] = (),
    locations: Locations | None = None,
    proven: set[str] | None = None,
) -> StoreState:
    """The state held by a store's files; StoreError at the file and line of a problem.

    Files named in `trusted` are known to be exactly as this program wrote them and are
    read the fast way. The others are read the fast way too when what that reads renders
    back to exactly their bytes (then they are what this program writes: canonical, and
    with nothing in them the careful reader would refuse); their names are added to
    `proven`. Any other file is read line by line, which names the line of a problem.
    When `locations` is given it is filled with where each record sits.
    """
    with collector_paused():
        return _parse(files, root, trusted, locations, set() if proven is None else proven)


def _parse(
    files: Mapping[str, bytes],
    root: Path,
    trusted: Collection[str],
    locations: Locations | None,
    proven: set[str],
) -> StoreState:
    loaded: dict[str, list[Any]] = {}
    for spec in RECORD_FILES:
        numbered = _records(files, spec, root, trusted, proven)
        loaded[spec.kind] = [record for _, record in numbered]
        if locations is not None:
            path = root / spec.filename
            for number, record in numbered:
                locations[(spec.kind, spec.record_id(record))] = (path, number)
    config_path = root / CONFIG_FILE
    config = decode_document(_required(files, CONFIG_FILE, root), config_path)
    if not isinstance(config, dict):
        raise StoreError("config.json must be a JSON object", file=config_path, line=1)
    extractions: dict[str, Extraction] = {}
    for name in sorted(n for n in files if n.startswith(EXTRACTIONS_DIR + "/")):
        extraction = _extraction(name, files[name], root, trusted, proven)
        extractions[extraction.source.id] = extraction
        if locations is not None:
            locations[("extractions", extraction.source.id)] = (root / name, 1)
    graph = Graph(
        works={w.key: w for w in loaded["works"]},
        agents={a.id: a for a in loaded["agents"]},
        venues={v.id: v for v in loaded["venues"]},
        citations=loaded["citations"],
        sources={s.id: s for s in loaded["sources"]},
        ambiguities=loaded["ambiguities"],
    )
    return StoreState(
        graph=graph,
        extractions=extractions,
        keys=loaded["keys"],
        decisions=loaded["decisions"],
        config=config,
    )


def first_difference(old: bytes, new: bytes) -> int:
    """The 1-based number of the first line where two versions of a file differ."""
    old_lines, new_lines = old.split(b"\n"), new.split(b"\n")
    for number, (a, b) in enumerate(zip(old_lines, new_lines, strict=False), start=1):
        if a != b:
            return number
    return min(len(old_lines), len(new_lines))
