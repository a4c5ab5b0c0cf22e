"""Laws in a store, end to end: a text citing its listed laws with and without their
year, the keys laws get by their names in a new store, and the keys an older store gave
them kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.ingest import ingest_paths, rebuild
from coprod_refs.resolve import build
from coprod_refs.resolve.citekeys import citekey_from_pattern
from coprod_refs.store import Store

EXAMPLE = """Care and co-production

Councils must promote wellbeing (Care Act 2014, s. 1). Under the Care Act, assessments are co-produced with carers. The Localism Act gave councils a general power (Localism Act 2011). Rivers must reach good status (Directive 2000/60/EC, Art. 4).

References

Care Act 2014, c. 23. London: The Stationery Office.
Localism Act 2011, c. 20. London: The Stationery Office.
Directive 2000/60/EC of the European Parliament and of the Council of 23 October 2000 establishing a framework for Community action in the field of water policy. Official Journal L 327, 22.12.2000, p. 1–73.
"""  # noqa: E501

LATER = """Children and carers

The Children Act 1989 and the Care Act 2014 both matter.

References

Children Act 1989, c. 41.
Care Act 2014, c. 23.
"""

WATER = "Directive 2000/60/EC of the European Parliament and of the Council of 23 October 2000 establishing a framework for Community action in the field of water policy"  # noqa: E501


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _keys(store: Store) -> dict[str, str]:
    """The key of each work of the store, by title."""
    return {work.title: key for key, work in store.load().graph.works.items()}


def _without_the_law_rule(
    pattern: str, families: list[str], year: str, title: str, **_: bool
) -> str:
    """Keys as versions before the law rule made them: a law with no author is "anon"."""
    return citekey_from_pattern(pattern, families, year, title)


def test_a_text_cites_its_listed_laws_with_or_without_their_year(tmp_path: Path) -> None:
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [_write(tmp_path, "a.txt", EXAMPLE)])
    graph = store.load().graph
    cited = {
        graph.works[c.cited].title: [(m.surface, m.locator, m.narrative) for m in c.mentions]
        for c in graph.citations
        if c.listed
    }
    assert cited == {
        "Care Act 2014": [("Care Act 2014, s. 1", "s. 1", False), ("Care Act", "", True)],
        "Localism Act 2011": [("Localism Act", "", True), ("Localism Act 2011", "", False)],
        WATER: [("Directive 2000/60/EC, Art. 4", "Art. 4", False)],
    }
    assert {w.type for w in graph.works.values() if w.title in cited} == {"legislation"}
    assert not graph.ambiguities and not any(w.stub for w in graph.works.values())


def _older_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A store that ingested the example before laws were keyed by their names."""
    store = Store.init(tmp_path / ".coprod-refs")
    with monkeypatch.context() as patch:
        patch.setattr(build, "citekey_from_pattern", _without_the_law_rule)
        ingest_paths(store, [_write(tmp_path, "a.txt", EXAMPLE)])
    return store


def test_a_new_store_keys_laws_by_their_names(tmp_path: Path) -> None:
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [_write(tmp_path, "a.txt", EXAMPLE)])
    assert _keys(store) == {
        "Care and co-production": "anonndcare",  # a work with no author, not a law
        "Care Act 2014": "careact2014",
        "Localism Act 2011": "localismact2011",
        WATER: "directive2000-60-ec",
    }


def test_a_store_keeps_the_keys_it_gave_laws_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _older_store(tmp_path, monkeypatch)
    before = _keys(store)
    assert (before["Care Act 2014"], before[WATER]) == ("anon2014care", "anon2000directive")
    rebuild(store)
    assert _keys(store) == before
    ingest_paths(store, [tmp_path / "a.txt", _write(tmp_path, "b.txt", LATER)])
    after = _keys(store)
    assert {title: after[title] for title in before} == before
    assert not any(work.aliases for work in store.load().graph.works.values())


def test_a_law_new_to_an_older_store_is_keyed_by_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _older_store(tmp_path, monkeypatch)
    ingest_paths(store, [_write(tmp_path, "b.txt", LATER)])
    keys = _keys(store)
    assert (keys["Care Act 2014"], keys["Children Act 1989"]) == ("anon2014care", "childrenact1989")
