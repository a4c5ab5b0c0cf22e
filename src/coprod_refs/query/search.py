"""Run a parsed query against the search index: match with set algebra, then rank.

Matching and scoring are separate: And/Or/Not combine the sets of works each leaf
matches; then only the works that match are scored, each positive leaf adding
`idf * weight` for the works it matched (see `rank`).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING, Any, NamedTuple

from coprod_refs.errors import NotFoundError, QueryError
from coprod_refs.query.folding import (
    analyze,
    is_stop_word,
    name_terms,
    normalize_prefix,
)
from coprod_refs.query.fuzzy import allowed_typos
from coprod_refs.query.grammar import And, Exact, Leaf, Link, Node, Not, Or, Text, Year, parse
from coprod_refs.query.index import Postings, SearchIndex
from coprod_refs.query.rank import SORT_ORDERS, SortOrder, idf, rank

if TYPE_CHECKING:
    from coprod_refs.model.graph import Graph

#: Most terms one `word*` prefix expands to.
MAX_PREFIX_TERMS = 500

# Field codes of the index for each text field: (words, word pairs).
# Keyword and venue phrases are short: all their words in the field is enough.
_FIELD_CODES = {None: ("a", "A"), "title": ("t", "T"), "keyword": ("k", ""), "venue": ("v", "")}


class SearchHit(NamedTuple):
    """One result: the work's key, score and the query terms it matched, plus what a
    result list shows (authors, year, title, venue, times cited) and its CSL-JSON item."""

    key: str
    score: float
    matched: tuple[str, ...]
    authors: tuple[str, ...]
    year: str
    title: str
    venue: str
    cited: int
    csl: dict[str, Any]
    highlight: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()


class _LeafMatch:
    """What one leaf matched: the works, the postings that score them, what to highlight."""

    __slots__ = ("docs", "highlight", "prefixes", "scoring")

    def __init__(
        self,
        docs: set[int],
        scoring: list[Postings] | None = None,
        highlight: set[str] | None = None,
        prefixes: list[str] | None = None,
    ):
        self.docs = docs
        self.scoring = scoring or []
        self.highlight = highlight or set()
        self.prefixes = prefixes or []


def _union(postings: list[Postings]) -> set[int]:
    docs: set[int] = set()
    for p in postings:
        docs.update(p.ids)
    return docs


def _all_of(postings: list[Postings | None]) -> set[int]:
    if not postings or any(p is None for p in postings):
        return set()
    found = [p for p in postings if p is not None]
    found.sort(key=len)
    docs = set(found[0].ids)
    for p in found[1:]:
        docs.intersection_update(p.ids)
    return docs


class _Evaluator:
    """Resolves leaves against one index and combines their matches."""

    def __init__(self, index: SearchIndex, query: str):
        self.index = index
        self.query = query
        self.leaves: dict[int, tuple[Leaf, _LeafMatch | None]] = {}
        self._universe: set[int] | None = None

    @property
    def universe(self) -> set[int]:
        if self._universe is None:
            self._universe = set(range(self.index.n_docs))
        return self._universe

    def match(self, node: Node, positive: bool = True) -> set[int] | None:
        """Works matching `node`; None when it constrains nothing (only stop words)."""
        if isinstance(node, Not):
            inner = self.match(node.part, not positive)
            return None if inner is None else self.universe - inner
        if isinstance(node, Or):
            found = [m for m in (self.match(p, positive) for p in node.parts) if m is not None]
            return set().union(*found) if found else None
        if isinstance(node, And):
            return self._match_and(node, positive)
        leaf = self.leaf(node)
        if positive:
            self.leaves[id(node)] = (node, leaf)
        return None if leaf is None else leaf.docs

    def _match_and(self, node: And, positive: bool) -> set[int] | None:
        included: list[set[int]] = []
        excluded: list[set[int]] = []
        for part in node.parts:
            if isinstance(part, Not):
                inner = self.match(part.part, not positive)
                if inner is not None:
                    excluded.append(inner)
            else:
                found = self.match(part, positive)
                if found is not None:
                    included.append(found)
        if not included and not excluded:
            return None
        included.sort(key=len)
        docs = set(included[0]) if included else set(self.universe)
        for other in included[1:]:
            docs.intersection_update(other)
        for other in excluded:
            docs.difference_update(other)
        return docs

    def leaf(self, leaf: Leaf) -> _LeafMatch | None:
        if isinstance(leaf, Text):
            return self._text(leaf)
        if isinstance(leaf, Year):
            low = f"{leaf.low:04d}" if leaf.low is not None else "0000"
            high = f"{leaf.high:04d}" if leaf.high is not None else "9999"
            return _LeafMatch(_union(self.index.scan("y", low, high)))
        if isinstance(leaf, Exact):
            if leaf.field == "type" and leaf.value not in self.index.meta.get("types", []):
                types = ", ".join(self.index.meta.get("types", []))
                raise QueryError(
                    f"unknown type '{leaf.value}' (types: {types})",
                    position=leaf.position,
                    query=self.query,
                )
            code = "p" if leaf.field == "type" else "d"
            hit = self.index.lookup(code, leaf.value)
            return _LeafMatch(set(hit.ids) if hit else set())
        return self._link(leaf)

    def _link(self, leaf: Link) -> _LeafMatch:
        doc = self.index.find_key(leaf.key)
        if doc is None:
            raise NotFoundError(f"no work with key '{leaf.key}' (in {leaf.label})")
        key = self.index.document(doc)["key"]
        hit = self.index.lookup("c" if leaf.relation == "cites" else "b", key)
        return _LeafMatch(set(hit.ids) if hit else set())

    def _text(self, leaf: Text) -> _LeafMatch | None:
        if leaf.field == "author":
            return self._author(leaf)
        words, pairs = _FIELD_CODES[leaf.field]
        if leaf.prefix:
            stem = normalize_prefix(leaf.text)
            if not stem:
                return _LeafMatch(set())
            found = self.index.scan(words, stem, limit=MAX_PREFIX_TERMS)
            if leaf.field is None:
                found += self._name_prefix(leaf.text)
            return _LeafMatch(_union(found), found, prefixes=[stem])
        positions = analyze(leaf.text)
        terms = [p.term for p in positions]
        if len(terms) == 1 and not (leaf.phrase and is_stop_word(terms[0])):
            return self._word(leaf, words, terms[0])
        if not leaf.phrase:
            terms_left = [t for t in terms if not is_stop_word(t)]
            if not terms_left:
                return None
        if len(terms) < 2:
            return _LeafMatch(set())
        if not pairs:
            unigrams = [self.index.lookup(words, t) for t in terms if not is_stop_word(t)]
            return _LeafMatch(_all_of(unigrams), [p for p in unigrams if p], set(terms))
        bigrams = [self.index.lookup(pairs, f"{a} {b}") for a, b in pairwise(terms)]
        docs = _all_of(bigrams)
        found = [p for p in bigrams if p is not None]
        match = _LeafMatch(docs, found, set(terms))
        if leaf.field is None:
            by_name = self._author(leaf)
            if by_name is not None and by_name.docs:
                match.docs |= by_name.docs
                match.scoring += by_name.scoring
                match.highlight |= by_name.highlight
        return match

    def _word(self, leaf: Text, code: str, term: str) -> _LeafMatch | None:
        if is_stop_word(term):
            return None
        found = [p for p in [self.index.lookup(code, term)] if p is not None]
        highlight = {term}
        names = name_terms(leaf.text)
        if leaf.field is None and len(names) == 1:
            hit = self.index.lookup("a", "~" + names[0])
            highlight.add(names[0])
            if hit is not None:
                found.append(hit)
        if not found:
            # No work has the word: forgive a typo ("coprodution", "particpation").
            found = self.index.near(code, term, allowed_typos(term))
            highlight |= {p.term for p in found}
        return _LeafMatch(_union(found), found, highlight)

    def _name_prefix(self, text: str) -> list[Postings]:
        names = name_terms(text)
        if len(names) != 1:
            return []
        return self.index.scan("a", "~" + names[0], limit=MAX_PREFIX_TERMS)

    def _author(self, leaf: Text) -> _LeafMatch | None:
        names = name_terms(leaf.text)
        if leaf.prefix:
            found = self.index.scan("n", "".join(names), limit=MAX_PREFIX_TERMS) if names else []
            return _LeafMatch(_union(found), found, prefixes=["".join(names)])
        if not names:
            return None if not leaf.phrase else _LeafMatch(set())
        if len(names) == 1:
            hit = self.index.lookup("n", names[0])
            found = [hit] if hit is not None else []
            if not found:
                # No such name: forgive a typo ("Lofler", "Bovard").
                found = self.index.near("n", names[0], allowed_typos(names[0]))
            return _LeafMatch(_union(found), found, {names[0], *(p.term for p in found)})
        pairs = [self.index.lookup("N", f"{a} {b}") for a, b in pairwise(names)]
        return _LeafMatch(_all_of(pairs), [p for p in pairs if p is not None], set(names))


def _score(evaluator: _Evaluator, docs: set[int]) -> dict[int, float]:
    """Sum `idf * weight` over every positive leaf's postings, for the matching works."""
    scores = dict.fromkeys(docs, 0.0)
    n = evaluator.index.n_docs
    for _, match in evaluator.leaves.values():
        if match is None or not match.scoring:
            continue
        targets = docs & match.docs
        for p in match.scoring:
            weight = idf(len(p), n)
            if len(p) <= 4 * len(targets):
                for d, w in zip(p.ids, p.weights, strict=True):
                    if d in targets:
                        scores[d] += weight * w
            else:
                ids = p.ids
                for d in targets:
                    at = bisect_left(ids, d)
                    if at < len(ids) and ids[at] == d:
                        scores[d] += weight * p.weights[at]
    return scores


def _hit(index: SearchIndex, evaluator: _Evaluator, doc: int, score: float) -> SearchHit:
    record = index.document(doc)
    matched: list[str] = []
    highlight: set[str] = set()
    prefixes: list[str] = []
    for leaf, match in evaluator.leaves.values():
        if match is not None and doc in match.docs:
            matched.append(leaf.label)
            highlight |= match.highlight
            prefixes += match.prefixes
    return SearchHit(
        key=record["key"],
        score=round(score, 6),
        matched=tuple(dict.fromkeys(matched)),
        authors=tuple(record["authors"]),
        year=record["year"],
        title=record["title"],
        venue=record["venue"],
        cited=index.cited(doc),
        csl=record["csl"],
        highlight=frozenset(highlight),
        prefixes=tuple(dict.fromkeys(prefixes)),
    )


def _as_index(source: Graph | SearchIndex) -> SearchIndex:
    return source if isinstance(source, SearchIndex) else SearchIndex.from_graph(source)


def _run(index: SearchIndex, query: str) -> tuple[_Evaluator, dict[int, float]]:
    tree = parse(query)
    evaluator = _Evaluator(index, query)
    docs = evaluator.match(tree)
    if docs is None:
        raise QueryError("the query has only words too common to search for", query=query)
    return evaluator, _score(evaluator, docs)


def search(
    graph_or_index: Graph | SearchIndex,
    query: str,
    limit: int | None = 20,
    sort: SortOrder = "relevance",
) -> list[SearchHit]:
    """The works matching `query`, best first (or newest / most cited first), at most
    `limit` (None: all). QueryError for a malformed query, NotFoundError for an unknown
    key in `cites:` or `cited-by:`."""
    if sort not in SORT_ORDERS:
        raise QueryError(f"unknown sort order '{sort}' (use {', '.join(SORT_ORDERS)})")
    index = _as_index(graph_or_index)
    evaluator, scores = _run(index, query)
    order = rank(scores, limit, sort, index.year, index.cited)
    return [_hit(index, evaluator, doc, scores[doc]) for doc in order]


def search_keys(graph: Graph | SearchIndex, query: str) -> list[str]:
    """Citekeys of every work matching `query`, in relevance order (for export)."""
    index = _as_index(graph)
    _, scores = _run(index, query)
    return [
        index.document(doc)["key"]
        for doc in rank(scores, None, "relevance", index.year, index.cited)
    ]
