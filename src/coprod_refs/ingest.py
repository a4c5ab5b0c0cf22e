"""Ingest: read files into extractions, keep them in the store, rebuild the linked graph.

Every file is read and parsed before the store is touched, so a bad file stops the ingest
with nothing written; the graph is rebuilt from all extractions, so repeating an ingest
changes nothing, and the citekeys and person ids the store already gave out are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel, Field

from coprod_refs.errors import InputError
from coprod_refs.model import Extraction
from coprod_refs.resolve.build import BuildCounts, build_graph
from coprod_refs.resolve.citekeys import citekey_pattern
from coprod_refs.sources import claimed_suffixes, read_source
from coprod_refs.store import Store
from coprod_refs.store.state import collector_paused

Progress = Callable[[Path], None]


class IngestReport(BaseModel):
    """What an ingest did: files read, new or changed sources, and the graph's counts."""

    files: list[str] = Field(default_factory=list)
    added: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    counts: BuildCounts = Field(default_factory=BuildCounts)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: each file named, and every ingestible file under each directory,
    in a stable order; hidden files and folders are skipped."""
    files: list[Path] = []
    suffixes = claimed_suffixes()
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if child.is_file() and child.suffix.lower() in suffixes:
                    files.append(child)
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or directory", file=path)
    return files


def read_all(files: list[Path], progress: Progress | None = None) -> list[Extraction]:
    """Read and parse every file; the first unreadable one raises an InputError.

    The records read hold no reference cycles, so the cyclic garbage collector, which
    would scan every one of them again and again as they pile up, is paused meanwhile.
    """
    extractions = []
    with collector_paused():
        for file in files:
            extractions.append(read_source(file))
            if progress is not None:
                progress(file)
    return extractions


def ingest_paths(
    store: Store, paths: Iterable[Path], progress: Progress | None = None
) -> IngestReport:
    """Ingest files and directories into `store` and rebuild its graph."""
    files = expand_paths(paths)
    return ingest_extractions(store, read_all(files, progress), files)


def ingest_extractions(
    store: Store, extractions: list[Extraction], files: list[Path]
) -> IngestReport:
    """Keep already-read extractions in `store` and rebuild its graph in one commit
    (with the cyclic garbage collector paused, as in `read_all`)."""
    report = IngestReport(files=[f.as_posix() for f in files])
    with collector_paused(), store.update() as state:
        for ex in extractions:
            sid = ex.source.id
            report.problems += ex.problems
            if sid in state.extractions:
                report.unchanged.append(ex.source.path)
                continue
            stale = [k for k, old in state.extractions.items() if old.source.path == ex.source.path]
            for k in stale:
                del state.extractions[k]
            state.extractions[sid] = ex
            report.added.append(ex.source.path)
        pattern = citekey_pattern(state.config, store.root.parent)
        result = build_graph(state.extractions.values(), state.keys, pattern, state.graph)
        state.graph = result.graph
        state.keys = result.keys
        report.counts = result.counts
    return report
