"""Small builders for the records the resolver tests feed in, and for stores built from
one file."""

from __future__ import annotations

from pathlib import Path

from coprod_refs.ingest import IngestReport, ingest_paths
from coprod_refs.model import ExtractedWork, Extraction, Graph, Name, SourceDocument
from coprod_refs.resolve.build import BuildResult, build_graph
from coprod_refs.store import Store

_SUFFIXES = {"fulltext": "txt", "ris": "ris", "bibtex": "bib"}


def source(sid: str, kind: str = "fulltext") -> SourceDocument:
    """A source document of `kind` whose id, path and digest all derive from `sid`."""
    return SourceDocument(id=sid, path=f"{sid}.{_SUFFIXES[kind]}", sha256=sid * 4, kind=kind)


def statement(family: str, given: str, year: int, title: str, **kw: object) -> ExtractedWork:
    """A work as a source states it: one author, a year, a title, and any other fields."""
    return ExtractedWork(
        type=str(kw.pop("type", "article-journal")),
        authors=[Name(family=family, given=given)],
        year=year,
        title=title,
        **kw,  # type: ignore[arg-type]
    )


def ingest_batches(*batches: list[Extraction]) -> BuildResult:
    """Build after each batch as `ingest` does: over everything so far, with the key
    registry and the graph of the build before."""
    seen: list[Extraction] = []
    result = build_graph([], [])
    for batch in batches:
        seen += batch
        result = build_graph(seen, result.keys, known=result.graph)
    return result


def store_of_file(folder: Path, name: str, content: str) -> tuple[Graph, IngestReport]:
    """The graph of a new store in `folder` after ingesting one file `name` holding
    `content`, and the ingest's report."""
    path = folder / name
    path.write_text(content, encoding="utf-8")
    store = Store.init(folder / ".coprod-refs")
    report = ingest_paths(store, [path])
    return store.load().graph, report
