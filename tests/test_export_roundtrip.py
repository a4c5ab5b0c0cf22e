"""Round trip: a store's export, ingested into an empty store and exported again, gives
the same bytes, for every format and every export fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.export import FORMAT_SUFFIXES, export_works
from test_export_golden import FIXTURE_NAMES, export_fixture

FORMATS = sorted(FORMAT_SUFFIXES)

CASES = [(name, fmt) for name in FIXTURE_NAMES for fmt in FORMATS]


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_export_ingest_export_gives_identical_bytes(name: str, fmt: str, tmp_path: Path) -> None:
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    first, _ = export_fixture(name, fmt)
    exported = tmp_path / f"{name}{FORMAT_SUFFIXES[fmt]}"
    exported.write_text(first, encoding="utf-8")
    store = Store.init(tmp_path / ".coprod-refs")
    report = ingest_paths(store, [exported])
    assert report.problems == []
    graph = store.load().graph
    works = [graph.works[k] for k in sorted(graph.works)]
    second = export_works(works, graph, fmt).text
    assert second == first
