"""Walking the citation graph: neighbours, contexts, rankings, co-citation, coupling,
people and venues, on the hand-made corpus."""

from __future__ import annotations

import pytest

from coprod_refs.errors import NotFoundError
from coprod_refs.query import graph as walk
from test_search_corpus import corpus

GRAPH = corpus()


def test_cites_and_cited_by_with_mention_counts() -> None:
    out = walk.cites(GRAPH, "bovaird2012coproduction")
    assert [(n.work.key, n.mentions, n.listed) for n in out] == [
        ("ostrom1996crossing", 2, True),
        ("brudney1983toward", 0, True),
    ]
    into = walk.cited_by(GRAPH, "ostrom1996crossing")
    assert [n.work.key for n in into] == [
        "bovaird2012coproduction",
        "gronroos2019reforming",
        "loeffler2016codesign",
    ]
    assert into[0].work.cited == 1 and into[0].work.authors == ["Tony Bovaird", "Elke Löffler"]


def test_aliases_are_followed() -> None:
    assert walk.cites(GRAPH, "tuurnas2015") == []


@pytest.mark.parametrize(
    "call",
    [walk.cites, walk.cited_by, walk.contexts, walk.co_cited, walk.coupled],
)
def test_unknown_key_is_not_found(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError, match="no work with key 'nobody2000'"):
        call(GRAPH, "nobody2000")


def test_contexts_give_the_sentence_locator_and_citation_span() -> None:
    found = walk.contexts(GRAPH, "ostrom1996crossing")
    assert len(found) == 2
    for item in found:
        assert item.citing == "bovaird2012coproduction"
        assert item.span is not None
        start, end = item.span
        assert item.context[start:end] == item.surface
    assert {item.locator for item in found} == {"p. 1073", ""}
    assert walk.contexts(GRAPH, "brudney1983toward") == []


def test_top_by_cited_and_by_citing() -> None:
    cited = walk.top(GRAPH, "cited")
    assert (cited[0].work.key, cited[0].count) == ("ostrom1996crossing", 3)
    assert [r.count for r in cited] == sorted((r.count for r in cited), reverse=True)
    citing = walk.top(GRAPH, "citing", limit=2)
    assert [(r.work.key, r.count) for r in citing] == [
        ("bovaird2012coproduction", 2),
        ("gronroos2019reforming", 2),
    ]


def test_co_citation_counts_works_cited_together() -> None:
    found = {r.work.key: r.count for r in walk.co_cited(GRAPH, "ostrom1996crossing")}
    assert found == {
        "brudney1983toward": 1,
        "bovaird2012coproduction": 1,
        "normann1984service": 1,
    }


def test_bibliographic_coupling_counts_shared_references() -> None:
    found = {r.work.key: r.count for r in walk.coupled(GRAPH, "loeffler2016codesign")}
    assert found == {"bovaird2012coproduction": 1, "gronroos2019reforming": 1}


def test_authors_fold_names_and_count_citations() -> None:
    found = walk.authors(GRAPH, "loeff")
    assert [(a.id, a.works, a.cited) for a in found] == [("p-loeffler", 2, 1)]
    assert walk.authors(GRAPH, "löf") == walk.authors(GRAPH, "lof")
    everyone = walk.authors(GRAPH)
    assert len(everyone) == len(GRAPH.agents)
    assert everyone[0].id == "p-ostrom"  # the most cited


def test_author_lists_works_and_name_forms() -> None:
    (person,) = walk.author(GRAPH, "Loeffler")
    assert person.name == "Elke Löffler" and person.name_forms == ["Loeffler, E."]
    assert [w.key for w in person.work_list] == ["bovaird2012coproduction", "loeffler2016codesign"]
    assert walk.author(GRAPH, "p-ostrom")[0].name == "Elinor Ostrom"
    with pytest.raises(NotFoundError, match="no author named"):
        walk.author(GRAPH, "Nobody")


def test_venues_with_counts() -> None:
    found = [(v.id, v.works, v.cited) for v in walk.venues(GRAPH)]
    assert found == [("v-pmr", 3, 1), ("v-wd", 1, 3), ("v-par", 1, 1)]
