"""Search and the graph commands on the store built from the bundled seed texts:
forgiving matching finds what it should, links agree with the graph commands, the
ranking of a few queries is golden, and every command's --json shape is golden."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from coprod_refs.cli import main
from coprod_refs.query import graph as walk
from coprod_refs.query.index import SearchIndex
from coprod_refs.query.search import search
from coprod_refs.text.fold import name_key


@pytest.fixture(scope="module")
def seed_index(seed_graph) -> SearchIndex:  # type: ignore[no-untyped-def]
    return SearchIndex.from_graph(seed_graph)


def found(index: SearchIndex, query: str) -> set[str]:
    return {h.key for h in search(index, query, limit=None)}


def test_author_loffler_finds_every_loeffler_work(seed_graph, seed_index) -> None:  # type: ignore[no-untyped-def]
    people = {
        aid
        for aid, agent in seed_graph.agents.items()
        if agent.kind == "person" and name_key(agent.family) == "loffler"
    }
    assert people, "the seeds name Elke Loeffler"
    expected = {w.key for w in seed_graph.works.values() if people & set(w.authors)}
    assert expected
    for spelling in ("loffler", "Loeffler", "Löffler"):
        assert found(seed_index, f"author:{spelling}") == expected


def test_coproduction_finds_every_spelling_in_titles(seed_graph, seed_index) -> None:  # type: ignore[no-untyped-def]
    spellings = ("co-production", "coproduction", "co production", "co\u2010production")
    titled = {
        w.key for w in seed_graph.works.values() if any(s in w.title.lower() for s in spellings)
    }
    assert any("co-production" in seed_graph.works[k].title.lower() for k in titled)
    assert titled <= found(seed_index, "coproduction")
    assert found(seed_index, "coproduction") == found(seed_index, "co-production")


def test_links_agree_with_cites_and_cited_by(seed_graph, seed_index) -> None:  # type: ignore[no-untyped-def]
    linked = {c.citing for c in seed_graph.citations} | {c.cited for c in seed_graph.citations}
    assert linked
    for key in sorted(linked):
        citing = {n.work.key for n in walk.cited_by(seed_graph, key)}
        cited = {n.work.key for n in walk.cites(seed_graph, key)}
        assert found(seed_index, f"cites:{key}") == citing, key
        assert found(seed_index, f"cited-by:{key}") == cited, key


RANKED_QUERIES = [
    "coproduction",
    "author:loffler",
    "public services",
    '"street-level"',
    "codesign OR co-creation",
    "coprod* year:2010..2020",
]


def test_ranking_on_the_seeds_is_golden(seed_index, golden: Callable[[str, str], None]) -> None:  # type: ignore[no-untyped-def]
    lines = []
    for query in RANKED_QUERIES:
        hits = search(seed_index, query, limit=8)
        lines.append(f"{query}: " + " ".join(h.key for h in hits))
    golden("search/seeds_ranking.txt", "\n".join(lines) + "\n")


def shape(value: Any) -> Any:
    """The structure of a JSON value: types for leaves, merged shapes for list items."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        merged: dict[str, Any] = {}
        for item in value:
            merged[json.dumps(shape(item), sort_keys=True)] = shape(item)
        return [merged[k] for k in sorted(merged)]
    return type(value).__name__


def test_every_command_json_shape_is_golden(
    seed_store,  # type: ignore[no-untyped-def]
    seed_graph,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
    golden: Callable[[str, str], None],
) -> None:
    top = walk.top(seed_graph, "cited", limit=1)[0].work.key
    person = walk.authors(seed_graph)[0].id
    commands = {
        "search": ["search", "coproduction", "--json"],
        "cites": ["cites", walk.top(seed_graph, "citing", limit=1)[0].work.key, "--json"],
        "cited-by": ["cited-by", top, "--json"],
        "contexts": ["contexts", top, "--json"],
        "top": ["top", "--json"],
        "co-cited": ["co-cited", top, "--json"],
        "coupled": ["coupled", walk.top(seed_graph, "citing", limit=1)[0].work.key, "--json"],
        "authors": ["authors", "--json"],
        "author": ["author", person, "--json"],
        "venues": ["venues", "--json"],
    }
    shapes = {}
    for name, args in commands.items():
        assert main(["--store", str(seed_store.root), *args]) == 0, name
        out, _ = capsys.readouterr()
        data = json.loads(out)
        if name == "search":  # CSL items: which fields appear depends on the data
            data = [{k: item[k] for k in ("id", "type", "score")} for item in data]
        shapes[name] = shape(data)
    golden("search/seeds_json_shapes.json", json.dumps(shapes, indent=1, sort_keys=True) + "\n")
