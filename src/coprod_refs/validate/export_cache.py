"""Export warnings of every work, remembered per work so an unchanged store is not re-exported.

The export-readiness rules need every warning the BibTeX and BibLaTeX writers give, and
exporting 100,000 works takes several seconds per format. The entry of a work depends only
on the work, its people, its venue, the format and options, and the exporter's code; so the
warnings of each work are kept in the store's cache under a fingerprint of exactly those,
and only works with a new fingerprint are exported again.

Citekey warnings are the exception: whether a key has to change depends on every other key
of the export (two keys may fold to the same safe key), so they are recomputed for the
whole list on every run, which is cheap.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel

from coprod_refs.model import Graph, Work
from coprod_refs.store import atomic

#: Warnings as the exporter gives them: (citekey, message).
Warnings = list[tuple[str, str]]

#: Modules beside the `coprod_refs.export` package whose code decides an entry's warnings.
_EXPORTER_EXTRA_MODULES = ("coprod_refs.resolve.citekeys",)
#: Distributions whose tables decide how characters are written (and so what is warned).
_EXPORTER_DISTRIBUTIONS = ("anyascii", "pylatexenc", "bibtexparser")


def _exporter_modules() -> list[str]:
    import pkgutil

    import coprod_refs.export as package

    names = sorted(f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__))
    return [package.__name__, *names, *_EXPORTER_EXTRA_MODULES]


def exporter_stamp(fmt: str) -> str:
    """A digest of everything besides the records that decides the warnings of `fmt`:
    the exporter's code and options, the versions of the libraries it relies on, and the
    record models."""
    from importlib.metadata import PackageNotFoundError, version

    from coprod_refs.export import ExportOptions
    from coprod_refs.store.trust import WRITER_MODULES, code_stamp

    versions = []
    for name in _EXPORTER_DISTRIBUTIONS:
        try:
            versions.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            versions.append(f"{name}=absent")
    options = ExportOptions().model_dump_json()
    return code_stamp([*_exporter_modules(), *WRITER_MODULES], fmt, options, *versions)


def _json_of(record: BaseModel | None) -> bytes:
    return record.model_dump_json().encode() if record is not None else b"-"


def work_fingerprints(works: Iterable[Work], graph: Graph) -> list[str]:
    """For each work, a digest of its record and the records of its people and venue."""
    agents: dict[str, bytes] = {}
    venues: dict[str, bytes] = {"": b"-"}
    out: list[str] = []
    for work in works:
        parts = [work.model_dump_json().encode()]
        for agent_id in (*work.authors, "\0", *work.editors):
            found = agents.get(agent_id)
            if found is None:
                found = agents[agent_id] = _json_of(graph.agents.get(agent_id))
            parts.append(found)
        venue_id = work.container or ""
        found = venues.get(venue_id)
        if found is None:
            found = venues[venue_id] = _json_of(graph.venues.get(venue_id))
        parts.append(found)
        out.append(hashlib.blake2b(b"\n".join(parts), digest_size=16).hexdigest())
    return out


#: Length of a fingerprint in hex digits (the clean ones are cached as one long string).
_FINGERPRINT_LENGTH = 32


def _read_cache(path: Path, stamp: str) -> dict[str, list[str]]:
    """Fingerprint -> the warnings of that work's entry, as cached for `stamp`."""
    try:
        raw = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict) or raw.get("stamp") != stamp:
        return {}
    clean, warned = raw.get("clean"), raw.get("warned")
    if not isinstance(clean, str) or not isinstance(warned, dict):
        return {}
    size = _FINGERPRINT_LENGTH
    entries: dict[str, list[str]] = {clean[i : i + size]: [] for i in range(0, len(clean), size)}
    for fp, messages in warned.items():
        if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
            entries[fp] = messages
    return entries


def _write_cache(path: Path, stamp: str, entries: dict[str, list[str]]) -> None:
    clean = "".join(fp for fp, messages in entries.items() if not messages)
    warned = {fp: messages for fp, messages in entries.items() if messages}
    data = json.dumps({"stamp": stamp, "clean": clean, "warned": warned}, separators=(",", ":"))
    try:
        atomic.write_bytes(path, data.encode("utf-8"))
    except OSError:
        return


def _entry_warnings(works: list[Work], graph: Graph, fmt: str) -> dict[str, list[str]]:
    """Citekey -> the warnings of that work's own entry (citekey warnings left out)."""
    from coprod_refs.export import export_works
    from coprod_refs.export.escape import written_keys

    result = export_works(works, graph, fmt)
    key_warnings = Counter(written_keys([w.key for w in works], fmt)[1])
    out: dict[str, list[str]] = {w.key: [] for w in works}
    for key, message in result.warnings:
        if key_warnings[(key, message)] > 0:
            key_warnings[(key, message)] -= 1
        else:
            out[key].append(message)
    return out


def export_warnings(
    works: list[Work],
    graph: Graph,
    fmt: str,
    cache_dir: Path | None,
    fingerprints: list[str] | None = None,
) -> Warnings:
    """The warnings `export_works(works, graph, fmt)` gives, in the same order, exporting
    only the works the cache in `cache_dir` does not know (all of them when it is None).

    `fingerprints` (from `work_fingerprints`, one per work) may be passed when several
    formats are checked over the same works.
    """
    from coprod_refs.export import export_works
    from coprod_refs.export.escape import written_keys

    if cache_dir is None:
        return export_works(works, graph, fmt).warnings
    if fingerprints is None:
        fingerprints = work_fingerprints(works, graph)
    stamp = exporter_stamp(fmt)
    path = cache_dir / f"export-warnings-{fmt}.json"
    cached = _read_cache(path, stamp)
    missing = [w for w, fp in zip(works, fingerprints, strict=True) if fp not in cached]
    fresh = _entry_warnings(missing, graph, fmt) if missing else {}
    warnings: Warnings = list(written_keys([w.key for w in works], fmt)[1])
    entries: dict[str, list[str]] = {}
    for work, fp in zip(works, fingerprints, strict=True):
        messages = cached[fp] if fp in cached else fresh[work.key]
        entries[fp] = messages
        warnings.extend((work.key, message) for message in messages)
    if entries.keys() != cached.keys():
        _write_cache(path, stamp, entries)
    return warnings
