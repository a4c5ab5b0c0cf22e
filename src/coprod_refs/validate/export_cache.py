"""Export warnings of every work, remembered per work so an unchanged store is not checked again.

The export-readiness rules need every warning the BibTeX and BibLaTeX writers give; the
exporter's checkers (`coprod_refs.export.entry_warnings`) find them without writing the
entries, yet checking 100,000 works still takes seconds per format. The entry of a work
depends only on the work, its people, its venue, the format and options, and the
exporter's code; so the warnings of each work are kept in the store's cache under a
fingerprint of exactly those, and only works with a new fingerprint are checked again.

Citekey warnings are the exception: whether a key has to change depends on every other key
of the export (two keys may fold to the same safe key), so they are recomputed for the
whole list on every run, which is cheap.

`ExportCheck` does the work for every format asked for at once, fingerprinting each work
once; large stores are split over forked worker processes (see `workers`), started
before the other rules run so both run side by side.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from coprod_refs.model import Graph, Work
from coprod_refs.store import atomic
from coprod_refs.validate.workers import SpanJob

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
    return record.__pydantic_serializer__.to_json(record) if record is not None else b"-"


def work_fingerprints(works: Iterable[Work], graph: Graph) -> list[str]:
    """For each work, a digest of its record and the records of its people and venue."""
    agents: dict[str, bytes] = {}
    venues: dict[str, bytes] = {"": b"-"}

    def agent_json(agent_id: str) -> bytes:
        found = agents.get(agent_id)
        if found is None:
            found = agents[agent_id] = _json_of(graph.agents.get(agent_id))
        return found

    out: list[str] = []
    for work in works:
        venue_id = work.container or ""
        venue = venues.get(venue_id)
        if venue is None:
            venue = venues[venue_id] = _json_of(graph.venues.get(venue_id))
        parts = [
            work.__pydantic_serializer__.to_json(work),
            *map(agent_json, work.authors),
            b"\0",
            *map(agent_json, work.editors),
            b"\0",
            *map(agent_json, work.translators),
            venue,
        ]
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


def _write_cache(path: Path, stamp: str, entries: dict[str, Sequence[str]]) -> None:
    clean = "".join(fp for fp, messages in entries.items() if not messages)
    warned = {fp: messages for fp, messages in entries.items() if messages}
    data = json.dumps({"stamp": stamp, "clean": clean, "warned": warned}, separators=(",", ":"))
    try:
        atomic.write_bytes(path, data.encode("utf-8"))
    except OSError:
        return


@dataclass
class _Task:
    """Everything a span check reads: shared with worker processes by forking."""

    works: list[Work]
    graph: Graph
    formats: tuple[str, ...]
    #: per format, its cache file and the exporter stamp it must carry; empty: no cache
    files: dict[str, tuple[Path, str]]


@dataclass
class _Checked:
    """What `check_span` hands back: the span's fingerprints (none without a cache) and,
    per format, the warnings of each work of the span that has any (by position in the
    whole list, in order), whether a work was missing from the cache, and the cache's
    size."""

    fingerprints: list[str]
    warned: dict[str, list[tuple[int, list[str]]]]
    missed: dict[str, bool]
    cache_size: dict[str, int]


def check_span(task: _Task, start: int, end: int) -> _Checked:
    """Fingerprint the works in [start, end) and check, in every format, those whose
    fingerprint the cache lacks (all of them without a cache); the others' warnings come
    from the cache. Runs in a worker process on a large store, so it reads the cache too."""
    import coprod_refs.export as export

    works = task.works[start:end]
    fingerprints = work_fingerprints(works, task.graph) if task.files else []
    checked = _Checked(fingerprints, {}, {}, {})
    for fmt in task.formats:
        cached = _read_cache(*task.files[fmt]) if task.files else {}
        if task.files:
            positions = [i for i, fp in enumerate(fingerprints) if fp not in cached]
        else:
            positions = list(range(len(works)))
        found = (
            export.entry_warnings([works[i] for i in positions], task.graph, fmt)
            if positions
            else []
        )
        fresh = dict(zip(positions, found, strict=True))
        warned = []
        for i in range(len(works)):
            messages = fresh[i] if i in fresh else cached[fingerprints[i]]
            if messages:
                warned.append((start + i, messages))
        checked.warned[fmt] = warned
        checked.missed[fmt] = bool(positions)
        checked.cache_size[fmt] = len(cached)
    return checked


class ExportCheck:
    """The export warnings of `works` in each of `formats`, as `export_works` gives them,
    checking only what the cache in `cache_dir` (None: no cache) does not know.

    Checking starts on creation, in `workers` forked processes (see `workers.SpanJob`),
    so the caller can do other work before asking for `warnings`.
    """

    def __init__(
        self,
        works: list[Work],
        graph: Graph,
        formats: tuple[str, ...],
        cache_dir: Path | None,
        workers: int = 0,
    ) -> None:
        self._works = works
        self._formats = formats
        files: dict[str, tuple[Path, str]] = {}
        if cache_dir is not None:
            files = {
                fmt: (cache_dir / f"export-warnings-{fmt}.json", exporter_stamp(fmt))
                for fmt in formats
            }
        self._files = files
        self._job = SpanJob(check_span, _Task(works, graph, formats, files), len(works), workers)
        self._warnings: dict[str, Warnings] | None = None

    def warnings(self, fmt: str) -> Warnings:
        """The warnings `export_works(works, graph, fmt)` gives, in the same order."""
        if self._warnings is None:
            self._warnings = self._merge(self._job.result())
        return self._warnings[fmt]

    def cancel(self) -> None:
        """Stop checking (the warnings will not be asked for)."""
        self._job.cancel()

    def _merge(self, spans: list[_Checked]) -> dict[str, Warnings]:
        """Every format's warnings in export order (citekeys first, then work by work),
        and each format's cache rewritten unless it holds exactly these works."""
        from coprod_refs.export.escape import written_keys

        keys = [w.key for w in self._works]
        fingerprints = [fp for span in spans for fp in span.fingerprints]
        distinct = len(set(fingerprints))
        out: dict[str, Warnings] = {}
        for fmt in self._formats:
            warned = [item for span in spans for item in span.warned[fmt]]
            warnings: Warnings = list(written_keys(keys, fmt)[1])
            warnings.extend((keys[i], message) for i, messages in warned for message in messages)
            out[fmt] = warnings
            if not self._files:
                continue
            missed = any(span.missed[fmt] for span in spans)
            if missed or any(span.cache_size[fmt] != distinct for span in spans):
                entries: dict[str, Sequence[str]] = dict.fromkeys(fingerprints, ())
                entries.update((fingerprints[i], messages) for i, messages in warned)
                _write_cache(*self._files[fmt], entries)
        return out


def export_warnings(works: list[Work], graph: Graph, fmt: str, cache_dir: Path | None) -> Warnings:
    """The warnings `export_works(works, graph, fmt)` gives, in the same order, checking
    only the works the cache in `cache_dir` does not know (all of them when it is None)."""
    return ExportCheck(works, graph, (fmt,), cache_dir).warnings(fmt)
