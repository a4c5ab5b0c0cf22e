"""Walking the citation graph: neighbours, citation contexts, rankings, co-citation,
bibliographic coupling, people and venues.

Every function reads the search index (or a Graph, indexed in memory first) and returns
pydantic models, so the CLI and scripts print or serialise the same data. The index keeps
links, contexts, people and venues, so these answers never load the store.
"""

from __future__ import annotations

import heapq
from collections import Counter
from typing import Any, Literal

from pydantic import BaseModel

from coprod_refs.errors import NotFoundError
from coprod_refs.model import Body, Graph, Person
from coprod_refs.query.folding import name_terms
from coprod_refs.query.index import SearchIndex, link_counts


class WorkBrief(BaseModel):
    """A work as a list shows it."""

    key: str
    authors: list[str]
    year: str
    title: str
    venue: str
    type: str
    cited: int
    stub: bool


class Neighbour(BaseModel):
    """A work citing or cited by another, with how often the text mentions it."""

    work: WorkBrief
    mentions: int
    listed: bool


class CitationContext(BaseModel):
    """One sentence citing a work: who cites, where, and the span of the citation in it."""

    cited: str
    citing: str
    citing_title: str
    source: str
    locator: str
    context: str
    surface: str
    span: tuple[int, int] | None
    narrative: bool


class RankedWork(BaseModel):
    """A work with a count: times cited, references, shared citers or shared references."""

    work: WorkBrief
    count: int


class AuthorSummary(BaseModel):
    """A person or body with their name forms, how many works and citations they have."""

    id: str
    kind: Literal["person", "body"]
    name: str
    name_forms: list[str]
    works: int
    cited: int


class AuthorDetail(AuthorSummary):
    """A person or body with every work they authored or edited."""

    work_list: list[WorkBrief]


class VenueSummary(BaseModel):
    """A venue with how many works appear in it and how often they are cited."""

    id: str
    name: str
    kind: str
    works: int
    cited: int


Source = Graph | SearchIndex


def _index(source: Source) -> SearchIndex:
    return source if isinstance(source, SearchIndex) else SearchIndex.from_graph(source)


def _brief(index: SearchIndex, doc: int) -> WorkBrief:
    record = index.document(doc)
    return WorkBrief(
        key=record["key"],
        authors=record["names"],
        year=record["year"],
        title=record["title"],
        venue=record["venue"],
        type=record["type"],
        cited=index.cited(doc),
        stub=record["stub"],
    )


def _require(index: SearchIndex, key: str) -> int:
    doc = index.find_key(key)
    if doc is None:
        raise NotFoundError(f"no work with key '{key}'")
    return doc


def _neighbours(index: SearchIndex, code: str, key: str) -> list[Neighbour]:
    found = index.lookup(code, index.key(_require(index, key)))
    if found is None:
        return []
    out = []
    for doc, weight in zip(found.ids, found.weights, strict=True):
        mentions, listed = link_counts(weight)
        out.append(Neighbour(work=_brief(index, doc), mentions=mentions, listed=listed))
    return sorted(out, key=lambda n: -n.mentions)


def cites(source: Source, key: str) -> list[Neighbour]:
    """The works `key` cites, most mentioned first, then by key; NotFoundError if unknown."""
    return _neighbours(_index(source), "b", key)


def cited_by(source: Source, key: str) -> list[Neighbour]:
    """The works citing `key`, most mentions first, then by key; NotFoundError if unknown."""
    return _neighbours(_index(source), "c", key)


def contexts(source: Source, key: str) -> list[CitationContext]:
    """Every sentence in the store that cites `key`, by citing work then text position."""
    index = _index(source)
    return [CitationContext(**item) for item in index.contexts(_require(index, key))]


def _ranked(index: SearchIndex, counts: dict[int, int], limit: int | None) -> list[RankedWork]:
    order = sorted((d for d, n in counts.items() if n > 0), key=lambda d: (-counts[d], d))
    chosen = order if limit is None else order[:limit]
    return [RankedWork(work=_brief(index, d), count=counts[d]) for d in chosen]


def top(
    source: Source, by: Literal["cited", "citing"] = "cited", limit: int | None = 20
) -> list[RankedWork]:
    """The most-cited works (`cited`) or the works with most references (`citing`)."""
    index = _index(source)
    count = index.cited if by == "cited" else index.references
    counts = {d: count(d) for d in range(index.n_docs)}
    if limit is not None:
        best = heapq.nsmallest(limit, counts, key=lambda d: (-counts[d], d))
        counts = {d: counts[d] for d in best}
    return _ranked(index, counts, limit)


def _linked(index: SearchIndex, code: str, doc: int) -> set[int]:
    found = index.lookup(code, index.key(doc))
    return set(found.ids) if found is not None else set()


def co_cited(source: Source, key: str, limit: int | None = 20) -> list[RankedWork]:
    """Works most often cited together with `key` (co-citation): the count is how many
    works cite both."""
    index = _index(source)
    doc = _require(index, key)
    counts: Counter[int] = Counter()
    for citer in _linked(index, "c", doc):
        counts.update(_linked(index, "b", citer) - {doc})
    return _ranked(index, counts, limit)


def coupled(source: Source, key: str, limit: int | None = 20) -> list[RankedWork]:
    """Works sharing references with `key` (bibliographic coupling): the count is how
    many references they share."""
    index = _index(source)
    doc = _require(index, key)
    counts: Counter[int] = Counter()
    for reference in _linked(index, "b", doc):
        counts.update(_linked(index, "c", reference) - {doc})
    return _ranked(index, counts, limit)


def _summary(index: SearchIndex, row: dict[str, Any]) -> AuthorSummary:
    return AuthorSummary(
        id=row["id"],
        kind=row["kind"],
        name=row["name"],
        name_forms=row["name_forms"],
        works=len(row["docs"]),
        cited=sum(index.cited(d) for d in row["docs"]),
    )


def _matches(terms: list[str], words: list[str], prefix: bool) -> bool:
    if prefix:
        return all(any(t.startswith(w) for t in terms) for w in words)
    return all(w in terms for w in words)


def authors(source: Source, query: str = "") -> list[AuthorSummary]:
    """People and bodies whose names start with every word of `query` (all when empty),
    most cited first. Names fold as in search: "loffler" finds Löffler and Loeffler."""
    index = _index(source)
    words = name_terms(query)
    found = [
        _summary(index, row)
        for row in index.table("agents")
        if not words or _matches(row["terms"], words, prefix=True)
    ]
    return sorted(found, key=lambda a: (-a.cited, -a.works, a.name, a.id))


def author(source: Source, name: str) -> list[AuthorDetail]:
    """Everyone the name fits (an id, or every name word matching), with their works;
    NotFoundError when nobody does."""
    index = _index(source)
    rows = index.table("agents")
    chosen = [row for row in rows if row["id"] == name]
    if not chosen:
        words = name_terms(name)
        chosen = [row for row in rows if words and _matches(row["terms"], words, prefix=False)]
    if not chosen:
        raise NotFoundError(f"no author named '{name}'")
    out: list[AuthorDetail] = []
    for row in chosen:
        works = sorted(
            (_brief(index, d) for d in row["docs"]), key=lambda w: (w.year or "9999", w.key)
        )
        out.append(AuthorDetail(**_summary(index, row).model_dump(), work_list=works))
    return sorted(out, key=lambda a: (-a.cited, a.name, a.id))


def venues(source: Source) -> list[VenueSummary]:
    """Every venue with its number of works and the citations they receive, largest first."""
    index = _index(source)
    out = [
        VenueSummary(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            works=len(row["docs"]),
            cited=sum(index.cited(d) for d in row["docs"]),
        )
        for row in index.table("venues")
    ]
    return sorted(out, key=lambda v: (-v.works, -v.cited, v.name, v.id))


# --- what the index keeps for these commands (called by query.index_build when building) ---


def _surface_span(context: str, surface: str) -> tuple[int, int] | None:
    """Where the citation's text sits in its sentence (ignoring case if need be)."""
    if not surface:
        return None
    at = context.find(surface)
    if at < 0 and len(context.lower()) == len(context) and len(surface.lower()) == len(surface):
        at = context.lower().find(surface.lower())
    return (at, at + len(surface)) if at >= 0 else None


def context_records(graph: Graph, key: str) -> list[dict[str, Any]]:
    """The citation contexts of one work, as the index stores them (in display order)."""
    out: list[CitationContext] = []
    for citation in sorted(graph.cited_by(key), key=lambda c: c.citing):
        citing = graph.works.get(citation.citing)
        for m in sorted(citation.mentions, key=lambda m: (m.source, m.start)):
            source = graph.sources.get(m.source)
            sentence = m.context or m.surface
            out.append(
                CitationContext(
                    cited=key,
                    citing=citation.citing,
                    citing_title=citing.title if citing else "",
                    source=source.path if source else m.source,
                    locator=m.locator,
                    context=sentence,
                    surface=m.surface,
                    span=_surface_span(sentence, m.surface),
                    narrative=m.narrative,
                )
            )
    return [c.model_dump(mode="json") for c in out]


def _agent_names(agent: Person | Body) -> list[str]:
    forms = [agent.display(), *agent.name_forms]
    if isinstance(agent, Person):
        forms += [agent.family, agent.given]
    return forms


def agent_table(graph: Graph, doc_of: dict[str, int]) -> list[dict[str, Any]]:
    """Every person and body with name forms, folded name terms and credited works."""
    docs: dict[str, list[int]] = {}
    for work in graph.works.values():
        for agent in dict.fromkeys([*work.authors, *work.editors, *work.translators]):
            docs.setdefault(agent, []).append(doc_of[work.key])
    return [
        {
            "id": agent.id,
            "kind": agent.kind,
            "name": agent.display(),
            "name_forms": sorted(set(agent.name_forms)),
            "terms": sorted({t for form in _agent_names(agent) for t in name_terms(form)}),
            "docs": sorted(docs.get(agent.id, [])),
        }
        for agent in sorted(graph.agents.values(), key=lambda a: a.id)
    ]


def venue_table(graph: Graph, doc_of: dict[str, int]) -> list[dict[str, Any]]:
    """Every venue with the works that appear in it."""
    docs: dict[str, list[int]] = {}
    for work in graph.works.values():
        if work.container:
            docs.setdefault(work.container, []).append(doc_of[work.key])
    return [
        {"id": v.id, "name": v.name, "kind": v.kind, "docs": sorted(docs.get(v.id, []))}
        for v in sorted(graph.venues.values(), key=lambda v: v.id)
    ]
