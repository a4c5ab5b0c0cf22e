"""Searching a hand-made graph: every field and operator, forgiving matching end to end,
ranking and its tie-breaks, agreement with the graph commands, and the index cache."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import NotFoundError, QueryError
from coprod_refs.query import graph as walk
from coprod_refs.query.index import INDEX_FILE, SearchIndex, ensure_index
from coprod_refs.query.index_build import write_index
from coprod_refs.query.search import search, search_keys
from test_search_corpus import corpus

GRAPH = corpus()
INDEX = SearchIndex.from_graph(GRAPH)


def keys(query: str, **options: object) -> list[str]:
    return [h.key for h in search(INDEX, query, **options)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query", ["coproduction", "co-production", "co production", "CO-PRODUCTION"]
)
def test_hyphen_and_space_variants_find_the_same_works(query: str) -> None:
    found = set(keys(query))
    assert {"bovaird2012coproduction", "ostrom1996crossing", "brudney1983toward"} <= found
    assert "nef2009public" in found  # its title says "co production"
    assert "tuurnas2015learning" not in found  # "co-produce" is another word


@pytest.mark.parametrize("name", ["loffler", "Loeffler", "Löffler", "LOFFLER"])
def test_author_transliterations(name: str) -> None:
    assert set(keys(f"author:{name}")) == {"bovaird2012coproduction", "loeffler2016codesign"}


def test_author_full_names_in_any_order_and_form() -> None:
    expected = {"bovaird2012coproduction", "loeffler2016codesign"}
    for form in ['"Elke Loeffler"', '"Loeffler, E."', '"E. Löffler"', '"loffler elke"']:
        assert set(keys(f"author:{form}")) == expected, form
    assert keys('author:"Elinor Loeffler"') == []


def test_free_words_search_author_names() -> None:
    assert keys("gronroos") == ["gronroos2019reforming"]
    assert "loeffler2016codesign" in keys("loeffler")


def test_corporate_author() -> None:
    assert keys('author:"new economics foundation"') == ["nef2009public"]


def test_spelling_variants_end_to_end() -> None:
    assert "gronroos2019reforming" in keys("organisations behaviour")
    assert keys("neighborhood") == ["loeffler2016codesign"]
    assert keys("codesign") == keys("co-design") == ["loeffler2016codesign"]


def test_a_typo_is_forgiven_when_nothing_matches_exactly() -> None:
    assert set(keys("coprodution")) == set(keys("coproduction"))
    assert set(keys("author:Lofler")) == {"bovaird2012coproduction", "loeffler2016codesign"}
    assert keys("neighbourhod") == keys("neighbourhood")
    assert keys("codesig") == ["loeffler2016codesign"]
    # Short words are not stretched ("usre" is not "user"), and a word that matches is
    # taken as written.
    assert keys("user") != [] and keys("usre") == []
    assert keys("codesign") == ["loeffler2016codesign"]


def test_phrases_need_adjacent_words() -> None:
    assert keys('"great divide"') == ["ostrom1996crossing"]
    assert keys('title:"great divide"') == ["ostrom1996crossing"]
    assert keys('"divide great"') == []
    assert keys('"crossing the great divide"') == ["ostrom1996crossing"]


def test_field_restrictions() -> None:
    assert keys("title:synergy") == ["ostrom1996crossing"]
    assert keys("keyword:codesign") == ["loeffler2016codesign"]
    assert keys("keyword:synergy") == []
    assert set(keys('venue:"public management review"')) == {
        "bovaird2012coproduction",
        "loeffler2016codesign",
        "gronroos2019reforming",
    }


def test_years_types_and_dois() -> None:
    assert keys("year:1996") == ["ostrom1996crossing"]
    assert set(keys("year:1980..1990")) == {"brudney1983toward", "normann1984service"}
    assert set(keys("year:>=2016")) == {"loeffler2016codesign", "gronroos2019reforming"}
    assert set(keys("year:<1984")) == {"brudney1983toward"}
    assert keys("type:report") == ["nef2009public"]
    assert keys("doi:10.1080/14719037.2012.000001") == ["bovaird2012coproduction"]
    assert keys("doi:https://doi.org/10.1080/14719037.2012.000001") == ["bovaird2012coproduction"]


def test_boolean_operators() -> None:
    both = set(keys("coproduction synergy"))
    assert both == {"ostrom1996crossing"}
    either = set(keys("synergy OR codesign"))
    assert either == {"ostrom1996crossing", "loeffler2016codesign"}
    without = set(keys("coproduction -synergy"))
    assert "ostrom1996crossing" not in without and "brudney1983toward" in without
    assert set(keys("coproduction NOT (synergy OR concept)")) == set(
        keys("coproduction -synergy -concept")
    )
    everything_else = set(keys("NOT coproduction", limit=None))
    assert everything_else.isdisjoint(keys("coproduction")) and len(everything_else) == 4


def test_prefix_queries() -> None:
    found = set(keys("coprod*"))
    assert {"tuurnas2015learning", "nef2009public", "ostrom1996crossing"} <= found
    assert set(keys("author:lof*")) == set(keys("author:loffler"))
    assert keys("title:neighbo*") == ["loeffler2016codesign"]


def test_stop_words_alone_match_nothing_but_count_in_phrases() -> None:
    with pytest.raises(QueryError, match="too common"):
        search(INDEX, "the of")
    assert keys("the synergy") == ["ostrom1996crossing"]


def test_links_agree_with_the_graph_commands() -> None:
    for key in GRAPH.works:
        citing = {n.work.key for n in walk.cited_by(GRAPH, key)}
        cited = {n.work.key for n in walk.cites(GRAPH, key)}
        assert set(keys(f"cites:{key}", limit=None)) == citing, key
        assert set(keys(f"cited-by:{key}", limit=None)) == cited, key


def test_links_follow_aliases_and_refuse_unknown_keys() -> None:
    assert keys("cites:TUURNAS2015") == []
    with pytest.raises(NotFoundError, match="nokey"):
        search(INDEX, "cites:nokey")


def test_unknown_type_points_at_the_value() -> None:
    with pytest.raises(QueryError) as caught:
        search(INDEX, "coproduction type:artcle")
    assert caught.value.position == 13 and "article-journal" in caught.value.message


def test_ranking_order() -> None:
    assert keys("ostrom great divide")[0] == "ostrom1996crossing"
    ranked = keys("coproduction")
    assert ranked == [
        "bovaird2012coproduction",
        "ostrom1996crossing",
        "brudney1983toward",
        "nef2009public",
    ]


def test_ties_break_by_times_cited_then_key() -> None:
    hits = search(INDEX, "year:1900..2100", limit=None)
    assert [h.score for h in hits] == [0.0] * len(hits)
    order = [(-h.cited, h.key) for h in hits]
    assert order == sorted(order)


def test_sort_orders_and_limit() -> None:
    by_year = search(INDEX, "coproduction", sort="year")
    assert [h.year for h in by_year] == ["2012", "2009", "1996", "1983"]
    by_cited = search(INDEX, "service", sort="cited", limit=2)
    assert len(by_cited) == 2 and by_cited[0].cited >= by_cited[1].cited
    assert len(search(INDEX, "service", limit=3)) == 3
    with pytest.raises(QueryError, match="sort"):
        search(INDEX, "service", sort="random")  # type: ignore[arg-type]


def test_hits_say_what_matched_and_carry_csl() -> None:
    hit = search(INDEX, "author:loffler codesign")[0]
    assert hit.key == "loeffler2016codesign"
    assert hit.matched == ("author:loffler", "codesign")
    assert hit.csl["id"] == hit.key and hit.csl["title"].startswith("Co-design")
    assert "loffler" in hit.highlight and "codesign" in hit.highlight
    assert hit.score > 0


def test_search_keys_returns_every_match_in_relevance_order() -> None:
    assert search_keys(GRAPH, "coproduction") == keys("coproduction", limit=None)


def test_results_are_deterministic() -> None:
    again = SearchIndex.from_graph(corpus())
    for query in ["service", "coprod*", "year:1900..2100", "public OR synergy"]:
        assert [(h.key, h.score) for h in search(again, query, limit=None)] == [
            (h.key, h.score) for h in search(INDEX, query, limit=None)
        ]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab co-prod*():"-ORNTé5 authoryeartiles'), max_size=30))
def test_any_query_gives_hits_or_a_typed_error(query: str) -> None:
    with contextlib.suppress(QueryError, NotFoundError):
        search(INDEX, query)


class FakeStore:
    """Just what ensure_index needs: a cache directory, a fingerprint and load()."""

    def __init__(self, root: Path):
        self.root = root
        self.version = "v1"
        self.loads = 0

    def cache_dir(self) -> Path:
        path = self.root / "cache"
        path.mkdir(exist_ok=True)
        return path

    def fingerprint(self) -> str:
        return self.version

    def load(self) -> object:
        self.loads += 1

        class State:
            graph = GRAPH

        return State()


def test_index_cache_is_built_once_and_rebuilt_when_the_store_changes(tmp_path: Path) -> None:
    store = FakeStore(tmp_path)
    first = ensure_index(store)  # type: ignore[arg-type]
    assert store.loads == 1 and first.fingerprint == "v1"
    ensure_index(store)  # type: ignore[arg-type]
    assert store.loads == 1
    store.version = "v2"
    assert ensure_index(store).fingerprint == "v2"  # type: ignore[arg-type]
    assert store.loads == 2


@pytest.mark.parametrize("damage", ["delete", "truncate", "garbage", "empty"])
def test_damaged_or_missing_cache_is_rebuilt(tmp_path: Path, damage: str) -> None:
    store = FakeStore(tmp_path)
    ensure_index(store)  # type: ignore[arg-type]
    path = tmp_path / "cache" / INDEX_FILE
    if damage == "delete":
        path.unlink()
    elif damage == "truncate":
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "garbage":
        path.write_bytes(os.urandom(3000))
    else:
        path.write_bytes(b"")
    index = ensure_index(store)  # type: ignore[arg-type]
    assert store.loads == 2
    assert [h.key for h in search(index, "synergy")] == ["ostrom1996crossing"]


def test_file_index_matches_the_in_memory_one(tmp_path: Path) -> None:
    path = tmp_path / INDEX_FILE
    write_index(GRAPH, path, "fp")
    on_disk = SearchIndex.open(path)
    header = json.loads(
        path.read_bytes()[16 : 16 + int.from_bytes(path.read_bytes()[8:16], "little")]
    )
    assert header["fingerprint"] == "fp" and header["docs"] == len(GRAPH.works)
    for query in ["coproduction", "author:loffler", "cites:ostrom1996crossing"]:
        assert search(on_disk, query) == search(INDEX, query)


class ReadOnlyStore(FakeStore):
    """A store whose cache directory cannot be created."""

    def cache_dir(self) -> Path:
        raise PermissionError("read-only")


def test_unwritable_cache_still_searches_from_memory(tmp_path: Path) -> None:
    store = ReadOnlyStore(tmp_path)
    index = ensure_index(store)  # type: ignore[arg-type]
    assert [h.key for h in search(index, "synergy")] == ["ostrom1996crossing"]
    ensure_index(store)  # type: ignore[arg-type]
    assert store.loads == 2


def test_cache_write_failure_falls_back_to_memory(tmp_path: Path) -> None:
    store = FakeStore(tmp_path)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / INDEX_FILE).mkdir()  # a directory where the file should go
    index = ensure_index(store)  # type: ignore[arg-type]
    assert [h.key for h in search(index, "synergy")] == ["ostrom1996crossing"]
