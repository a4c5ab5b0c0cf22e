"""Store-hygiene and export-readiness rules, on real stores made with the Store API."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from coprod_refs.model import Graph, Person, SourceDocument, Span, Venue, Work
from coprod_refs.store import Store
from coprod_refs.store import migrations as store_migrations
from coprod_refs.validate import ValidateConfig, validate_graph, validate_store

TODAY = dt.date(2026, 11, 22)
ALFORD = Person(id="p-alford-j", family="Alford", given="J.")
PALGRAVE = Venue(id="v-palgrave", name="Palgrave Macmillan", kind="publisher")
BOOK = Work(
    key="alford2009engaging",
    type="book",
    title="Engaging public sector clients: From service delivery to co-production",
    authors=["p-alford-j"],
    year=2009,
    publisher="Palgrave Macmillan",
    place="Basingstoke",
)


def graph_of(*works: Work, **extra: object) -> Graph:
    return Graph(
        works={w.key: w for w in works},
        agents={ALFORD.id: ALFORD},
        venues={PALGRAVE.id: PALGRAVE},
        **extra,  # type: ignore[arg-type]
    )


def keys(graph: Graph, rule_id: str) -> list[tuple[str, str]]:
    report = validate_graph(graph, config=ValidateConfig(select=[rule_id]), today=TODAY)
    return [(f.key, f.message) for f in report.findings]


def store_with(tmp_path: Path, graph: Graph) -> Store:
    store = Store.init(tmp_path / ".coprod-refs")
    with store.update() as state:
        state.graph = graph
    return store


def test_dangling_people_venues_and_sources(tmp_path):
    broken = BOOK.model_copy(
        update={
            "authors": ["p-alford-j", "p-gone"],
            "editors": ["p-also-gone"],
            "container": "v-gone",
            "provenance": [Span(source="src-gone")],
        }
    )
    source = SourceDocument(id="src-here", path="a.txt", sha256="0" * 64, kind="text", work="x")
    graph = graph_of(broken, sources={"src-here": source})
    found = keys(graph, "store.dangling-reference")
    assert found == [
        ("alford2009engaging", "author p-gone is not in the store"),
        ("alford2009engaging", "container venue v-gone is not in the store"),
        ("alford2009engaging", "editor p-also-gone is not in the store"),
        (
            "alford2009engaging",
            "provenance names source document src-gone, which is not in the store",
        ),
        ("src-here", "source document src-here describes work x, which is missing"),
    ]
    assert keys(graph_of(BOOK), "store.dangling-reference") == []


def test_dangling_reference_points_at_the_store_line(tmp_path):
    store = store_with(tmp_path, graph_of(BOOK.model_copy(update={"authors": ["p-gone"]})))
    report = validate_store(
        store, ValidateConfig(select=["store.dangling-reference"]), cwd=tmp_path, today=TODAY
    )
    (finding,) = report.findings
    assert (finding.file, finding.line) == (".coprod-refs/works.jsonl", 1)


def test_low_confidence_parse():
    unsure = BOOK.model_copy(update={"flags": ["low-confidence"], "confidence": 0.41})
    assert keys(graph_of(unsure), "store.low-confidence") == [
        ("alford2009engaging", "parsed with low confidence (0.41): check it against its source")
    ]
    assert keys(graph_of(BOOK), "store.low-confidence") == []


def test_store_rules_find_nothing_without_a_store():
    assert keys(graph_of(BOOK), "store.noncanonical") == []
    assert keys(graph_of(BOOK), "store.format-version") == []


def test_older_format_version_is_reported(tmp_path, monkeypatch: pytest.MonkeyPatch):
    store = store_with(tmp_path, graph_of(BOOK))
    monkeypatch.setitem(store_migrations.MIGRATIONS, 0, lambda files: files)
    (store.root / "store.json").write_text(json.dumps({"format_version": 0}) + "\n")
    report = validate_store(
        store, ValidateConfig(select=["store.format-version"]), cwd=tmp_path, today=TODAY
    )
    assert [(f.key, f.file, f.line) for f in report.findings] == [
        ("store.json", ".coprod-refs/store.json", 1)
    ]
    assert "run `coprod-refs fmt` to upgrade it" in report.findings[0].message
    current = store_with(tmp_path / "new", graph_of(BOOK))
    report = validate_store(
        current, ValidateConfig(select=["store.format-version"]), cwd=tmp_path, today=TODAY
    )
    assert report.findings == []


# --- export readiness ------------------------------------------------------------------


def test_a_complete_book_exports_without_warnings():
    assert keys(graph_of(BOOK), "export") == []


def test_export_warnings_become_findings_of_the_work():
    bare = BOOK.model_copy(update={"key": "anon2009", "authors": [], "publisher": ""})
    found = keys(graph_of(BOOK, bare), "export.bibtex")
    assert found and {k for k, _ in found} == {"anon2009"}
    assert all(message.startswith("bibtex export: ") for _, message in found)
    assert {k for k, _ in keys(graph_of(BOOK, bare), "export.biblatex")} == {"anon2009"}


def test_stubs_are_not_exported_for_checking():
    stub = Work(key="ostrom1977", authors=["p-alford-j"], year=1977, stub=True)
    assert keys(graph_of(stub), "export") == []


def test_store_rules_read_the_store_themselves_without_an_inspection(tmp_path):
    from coprod_refs.validate import run_rules
    from coprod_refs.validate.registry import ValidationContext, select_rules

    store = store_with(tmp_path, graph_of(BOOK))
    works = store.root / "works.jsonl"
    works.write_text(works.read_text() + "\n")  # a blank line at the end: not canonical
    given = store.inspect()
    rules = select_rules(["store.noncanonical", "store.format-version"])
    with_inspection = ValidationContext(given.state.graph, store=store, inspection=given)
    without = ValidationContext(given.state.graph, store=store)
    found = run_rules(without, rules, ValidateConfig())
    assert found == run_rules(with_inspection, rules, ValidateConfig())
    assert [(f.rule, f.key) for f in found] == [("store.noncanonical", "works.jsonl")]
