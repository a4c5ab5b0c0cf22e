"""Ingest: read files into extractions, keep them in the store, rebuild the linked graph.

Every file is read and parsed before the store is touched, so a bad file stops the ingest
with nothing written; the graph is rebuilt from all extractions, so repeating an ingest
changes nothing, and the citekeys and person ids the store already gave out are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, Field

from coprod_refs.collector import collector_paused
from coprod_refs.errors import InputError
from coprod_refs.model import Extraction
from coprod_refs.resolve.build import BuildCounts, build_graph
from coprod_refs.resolve.citekeys import citekey_pattern
from coprod_refs.sources import claimed_suffixes, read_source
from coprod_refs.store import Store

Progress = Callable[[Path], None]


class IngestReport(BaseModel):
    """What an ingest did: files read, new or changed sources, and the graph's counts."""

    files: list[str] = Field(default_factory=list)
    added: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
    #: Files under the directories given that no reader claims (".tex", ".pdf").
    skipped: list[str] = Field(default_factory=list)
    counts: BuildCounts = Field(default_factory=BuildCounts)


class Expansion(NamedTuple):
    """The files to ingest, and those under the directories given that no reader claims."""

    files: list[Path]
    skipped: list[Path]


def expand_paths(paths: Iterable[Path]) -> Expansion:
    """Files to ingest: each file named, and every ingestible file under each directory,
    in a stable order; hidden files and folders are skipped, and files no reader claims
    (".tex", ".pdf") are listed apart (a file named on its own is read as text). A
    directory with nothing to ingest is an InputError (saying so when it holds PDFs or
    Word files to extract)."""
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if path.is_dir():
            found, other = _directory_files(path)
            if not found:
                raise InputError(_nothing_to_ingest(other), file=path)
            files.extend(found)
            skipped.extend(other)
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or directory", file=path)
    return Expansion(files, skipped)


def _directory_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """(files a reader claims, other files) under `folder`, hidden ones left out."""
    suffixes = claimed_suffixes()
    claimed: list[Path] = []
    other: list[Path] = []
    for child in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in child.relative_to(folder).parts):
            continue
        if child.is_file():
            (claimed if child.suffix.lower() in suffixes else other).append(child)
    return claimed, other


def _nothing_to_ingest(other: list[Path]) -> str:
    """Why a directory gave no file to ingest."""
    extract = sum(f.suffix.lower() in (".pdf", ".doc", ".docx", ".odt", ".rtf") for f in other)
    wanted = ", ".join(sorted(claimed_suffixes()))
    message = f"nothing to ingest: no file ending in {wanted}"
    if extract:
        message += f" ({extract} PDF or word-processor file(s): extract their text first)"
    elif other:
        message += f" ({len(other)} other file(s): name one to read it as text)"
    return message


def read_all(files: list[Path], progress: Progress | None = None) -> list[Extraction]:
    """Read and parse every file. Any unreadable file stops the ingest, before the store
    is touched, with one InputError naming the first and counting the others.

    The records read hold no reference cycles, so the cyclic garbage collector, which
    would scan every one of them again and again as they pile up, is paused meanwhile.
    """
    extractions = []
    failures: list[InputError] = []
    with collector_paused():
        for file in files:
            try:
                extractions.append(read_source(file))
            except InputError as exc:
                failures.append(exc)
            if progress is not None:
                progress(file)
    if failures:
        first, others = failures[0], [f.file or "" for f in failures[1:]]
        if not others:
            raise first
        more = f"; {len(others)} more file(s) cannot be read either: {', '.join(others)}"
        raise InputError(first.message + more, file=first.file, line=first.line)
    return extractions


def ingest_paths(
    store: Store, paths: Iterable[Path], progress: Progress | None = None
) -> IngestReport:
    """Ingest files and directories into `store` and rebuild its graph."""
    files, skipped = expand_paths(paths)
    report = ingest_extractions(store, read_all(files, progress), files)
    report.skipped = [str(f) for f in skipped]
    return report


def rebuild(store: Store) -> IngestReport:
    """Rebuild the graph files (works, people, venues, citations) from the extractions the
    store keeps, its citekeys and its decisions: what to run after a merge or an edit
    left a graph file damaged or cut short, since the extractions are the primary record."""
    return ingest_extractions(store, [], [])


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
        report.problems += result.notes
    return report
