"""Export-readiness with remembered warnings: always the exporter's own answer, computed once.

The oracle is a plain `export_works` over every work: whatever the cache holds, cold, warm
or after any change, the rules must report exactly its warnings.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import coprod_refs.export as export_package
from coprod_refs.export import export_works
from coprod_refs.model import Body, Graph, Person, Venue, Work
from coprod_refs.store import Store
from coprod_refs.validate import ValidateConfig, export_cache, validate_store

TODAY = dt.date(2026, 11, 22)

AGENTS = {
    "p-ostrom": Person(id="p-ostrom", family="Ostrom", given="Elinor"),
    "p-loffler": Person(id="p-loffler", family="Löffler", given="Elke"),
    "p-wei": Person(id="p-wei", family="魏", given="明"),
    "b-welsh": Body(id="b-welsh", name="Welsh Government"),
    "b-odd": Body(id="b-odd", name="Public {Services} & Co \\ Ltd"),
}
VENUES = {
    "v-pmr": Venue(id="v-pmr", name="Public Management Review"),
    "v-book": Venue(id="v-book", name="Co-production and Co-creation", kind="book"),
}
#: Keys that are safe, unsafe, and unsafe ones that fold onto a safe one (a collision).
KEYS = ["ostrom1996", "müller2000", "muller2000", "muller2000a", "key with space", "a&b", "z"]
TITLES = ["Crossing the great divide", "Über Ko-Produktion", "$\\alpha$ {tests}", "", "x" * 3]


@st.composite
def works(draw: st.DrawFn) -> Work:
    """A work with a mix of the things exporters warn about, and things they do not."""
    return Work(
        key=draw(st.sampled_from(KEYS)),
        type=draw(st.sampled_from(["article-journal", "book", "chapter", "webpage", "thesis"])),
        title=draw(st.sampled_from(TITLES)),
        authors=draw(st.lists(st.sampled_from([*AGENTS, "p-missing"]), max_size=2)),
        editors=draw(st.lists(st.sampled_from(list(AGENTS)), max_size=1)),
        container=draw(st.sampled_from([None, "v-pmr", "v-book", "v-missing"])),
        year=draw(st.sampled_from([None, 1996, 2016])),
        no_date=draw(st.booleans()),
        isbn=draw(st.sampled_from(["", "978-3-030-55509-2", "978-3-030-55509-3"])),
        accessed=draw(st.sampled_from(["", "2019-04-02", "2 April 2019"])),
        url=draw(st.sampled_from(["", "https://example.org/a b"])),
    )


def graph_of(items: list[Work]) -> Graph:
    return Graph(works={w.key: w for w in items}, agents=dict(AGENTS), venues=dict(VENUES))


def _changed(work: Work, how: int) -> Work:
    return work.model_copy(
        update=[{"title": "A new title"}, {"authors": []}, {"isbn": "978-3-030-55509-3"}][how % 3]
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(works(), min_size=1, max_size=7),
    st.sampled_from(["bibtex", "biblatex"]),
    st.integers(0, 6),
)
def test_cold_warm_and_changed_runs_match_a_plain_export(
    items: list[Work], fmt: str, which: int
) -> None:
    graph = graph_of(items)
    listed = list(graph.works.values())
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        expected = export_works(listed, graph, fmt).warnings
        assert export_cache.export_warnings(listed, graph, fmt, cache) == expected  # cold
        assert export_cache.export_warnings(listed, graph, fmt, cache) == expected  # warm
        victim = listed[which % len(listed)]
        graph.works[victim.key] = _changed(victim, which)
        listed = list(graph.works.values())
        expected = export_works(listed, graph, fmt).warnings
        assert export_cache.export_warnings(listed, graph, fmt, cache) == expected
        graph.agents["p-ostrom"] = Person(id="p-ostrom", family="Östrom 魏", given="")
        expected = export_works(listed, graph, fmt).warnings
        assert export_cache.export_warnings(listed, graph, fmt, cache) == expected
        assert export_cache.export_warnings(listed, graph, fmt, None) == expected


def test_fingerprints_follow_the_work_its_people_and_its_venue() -> None:
    work = Work(key="w", authors=["p-ostrom"], editors=["b-welsh"], container="v-pmr")
    graph = graph_of([work])
    (first,) = export_cache.work_fingerprints([work], graph)
    assert export_cache.work_fingerprints([work], graph) == [first]
    changes: list[Any] = [
        lambda g: g.works.update(w=work.model_copy(update={"pages": "1-2"})),
        lambda g: g.agents.update({"p-ostrom": Person(id="p-ostrom", family="Ostrom", given="V")}),
        lambda g: g.agents.update({"b-welsh": Body(id="b-welsh", name="Welsh Govt")}),
        lambda g: g.venues.update({"v-pmr": Venue(id="v-pmr", name="PMR")}),
        lambda g: g.agents.pop("p-ostrom"),
        lambda g: g.works.update(
            w=work.model_copy(update={"authors": [], "editors": ["p-ostrom"]})
        ),
    ]
    for change in changes:
        changed = graph_of([work])
        change(changed)
        (fingerprint,) = export_cache.work_fingerprints(changed.works.values(), changed)
        assert fingerprint != first


@pytest.fixture
def exports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """Every call of the exporter, writing or only checking entries: (format, keys of
    the works exported or checked)."""
    calls: list[tuple[str, list[str]]] = []
    real_export, real_check = export_package.export_works, export_package.entry_warnings

    def spy_export(works: list[Work], graph: Graph, fmt: str, options: Any = None) -> Any:
        calls.append((fmt, [w.key for w in works]))
        return real_export(works, graph, fmt, options)

    def spy_check(works: list[Work], graph: Graph, fmt: str, options: Any = None) -> Any:
        calls.append((fmt, [w.key for w in works]))
        return real_check(works, graph, fmt, options)

    monkeypatch.setattr(export_package, "export_works", spy_export)
    monkeypatch.setattr(export_package, "entry_warnings", spy_check)
    return calls


def _store(tmp_path: Path, items: list[Work]) -> Store:
    store = Store.init(tmp_path / ".coprod-refs")
    with store.update() as state:
        state.graph = graph_of(items)
    return store


EXPORT = ValidateConfig(select=["export"])
ITEMS = [
    Work(key="ostrom1996", title="Crossing the great divide", authors=["p-ostrom"], year=1996),
    Work(key="anon2009", type="book", title="Engaging clients", year=2009),
    Work(key="loffler2016", title="Über Ko-Produktion", authors=["p-loffler"], year=2016),
]


def _found(store: Store, tmp_path: Path) -> list[tuple[str, str]]:
    report = validate_store(store, EXPORT, cwd=tmp_path, today=TODAY)
    return [(f.rule, f.key) for f in report.findings]


def test_an_unchanged_store_is_not_exported_again(
    tmp_path: Path, exports: list[tuple[str, list[str]]]
) -> None:
    store = _store(tmp_path, ITEMS)
    first = _found(store, tmp_path)
    assert {"export.bibtex", "export.biblatex"} <= {rule for rule, _ in first}
    assert sorted(fmt for fmt, _ in exports) == ["biblatex", "bibtex"]
    exports.clear()
    assert _found(store, tmp_path) == first
    assert exports == []


def test_only_the_changed_work_is_exported_again(
    tmp_path: Path, exports: list[tuple[str, list[str]]]
) -> None:
    store = _store(tmp_path, ITEMS)
    _found(store, tmp_path)
    exports.clear()
    with store.update() as state:
        state.graph.works["anon2009"].authors = ["b-welsh"]
        state.graph.works["anon2009"].publisher = "Palgrave"
    assert sorted(exports) == []
    found = _found(store, tmp_path)
    assert sorted(exports) == [("biblatex", ["anon2009"]), ("bibtex", ["anon2009"])]
    assert ("export.bibtex", "anon2009") not in found
    graph = store.load().graph
    fresh = export_package.export_works(list(graph.works.values()), graph, "bibtex").warnings
    assert sorted({key for key, _ in fresh}) == sorted(
        {key for rule, key in found if rule == "export.bibtex"}
    )


def test_new_exporter_code_or_a_damaged_cache_means_exporting_again(
    tmp_path: Path, exports: list[tuple[str, list[str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path, ITEMS)
    first = _found(store, tmp_path)
    exports.clear()
    monkeypatch.setattr(export_cache, "exporter_stamp", lambda fmt: f"another exporter {fmt}")
    assert _found(store, tmp_path) == first
    assert len(exports) == 2
    exports.clear()
    for path in store.cache_dir().glob("export-warnings-*.json"):
        path.write_text('{"stamp": "another exporter bibtex", "clean": 7, "warned": [')
    assert _found(store, tmp_path) == first
    assert len(exports) == 2


def test_validate_reads_the_store_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path, ITEMS)
    reads: list[int] = []
    real = Store._snapshot

    def spy(self: Store, *args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_snapshot", spy)
    works = store.root / "works.jsonl"
    lines = works.read_text().splitlines(keepends=True)
    works.write_text(lines[1] + lines[0] + lines[2])
    report = validate_store(store, cwd=tmp_path, today=TODAY)
    assert reads == [1]
    assert ("store.noncanonical", ".coprod-refs/works.jsonl", 1) in [
        (f.rule, f.file, f.line) for f in report.findings
    ]
    assert all(f.file is not None for f in report.findings if f.rule.startswith("export."))


def test_a_store_whose_cache_cannot_be_made_is_validated_all_the_same(
    tmp_path: Path, exports: list[tuple[str, list[str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(tmp_path, ITEMS)
    first = _found(store, tmp_path)
    exports.clear()

    def read_only(self: Store) -> Path:
        raise PermissionError(13, "Permission denied", str(self.root / "cache"))

    monkeypatch.setattr(Store, "cache_dir", read_only)
    assert _found(store, tmp_path) == first
    assert len(exports) == 2
