"""Walking the citation graph: neighbours, citation contexts, rankings, co-citation,
bibliographic coupling, people and venues. Every function reads a Graph and returns
pydantic models, so the CLI and scripts print or serialise the same data."""

from __future__ import annotations

from collections import Counter
from typing import Literal

from pydantic import BaseModel

from coprod_refs.errors import NotFoundError
from coprod_refs.model import Body, Graph, Person, Work
from coprod_refs.query.folding import name_terms


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


def times_cited(graph: Graph, key: str) -> int:
    """How many distinct works in the store cite `key`."""
    return len({c.citing for c in graph.cited_by(key)})


def brief(graph: Graph, work: Work) -> WorkBrief:
    """The list view of a work."""
    venue = graph.venue_of(work)
    return WorkBrief(
        key=work.key,
        authors=graph.author_names(work),
        year=work.year_label,
        title=work.title,
        venue=venue.name if venue else "",
        type=work.type,
        cited=times_cited(graph, work.key),
        stub=work.stub,
    )


def require_work(graph: Graph, key: str) -> Work:
    """The work with citekey or alias `key`; NotFoundError naming the key otherwise."""
    work = graph.work(key)
    if work is None:
        raise NotFoundError(f"no work with key '{key}'")
    return work


def cites(graph: Graph, key: str) -> list[Neighbour]:
    """The works `key` cites, most mentioned first, then by key."""
    work = require_work(graph, key)
    out = [
        Neighbour(
            work=brief(graph, graph.works[c.cited]), mentions=len(c.mentions), listed=c.listed
        )
        for c in graph.cites(work.key)
        if c.cited in graph.works
    ]
    return sorted(out, key=lambda n: (-n.mentions, n.work.key))


def cited_by(graph: Graph, key: str) -> list[Neighbour]:
    """The works citing `key`, most mentions first, then by key."""
    work = require_work(graph, key)
    out = [
        Neighbour(
            work=brief(graph, graph.works[c.citing]), mentions=len(c.mentions), listed=c.listed
        )
        for c in graph.cited_by(work.key)
        if c.citing in graph.works
    ]
    return sorted(out, key=lambda n: (-n.mentions, n.work.key))


def _surface_span(context: str, surface: str) -> tuple[int, int] | None:
    """Where the citation's text sits in its sentence (ignoring case if need be)."""
    if not surface:
        return None
    at = context.find(surface)
    if at < 0 and len(context.lower()) == len(context) and len(surface.lower()) == len(surface):
        at = context.lower().find(surface.lower())
    return (at, at + len(surface)) if at >= 0 else None


def contexts(graph: Graph, key: str) -> list[CitationContext]:
    """Every sentence in the store that cites `key`, by citing work then text position."""
    work = require_work(graph, key)
    out: list[CitationContext] = []
    for citation in graph.cited_by(work.key):
        citing = graph.works.get(citation.citing)
        for m in sorted(citation.mentions, key=lambda m: (m.source, m.start)):
            source = graph.sources.get(m.source)
            out.append(
                CitationContext(
                    cited=work.key,
                    citing=citation.citing,
                    citing_title=citing.title if citing else "",
                    source=source.path if source else m.source,
                    locator=m.locator,
                    context=m.context or m.surface,
                    surface=m.surface,
                    span=_surface_span(m.context or m.surface, m.surface),
                    narrative=m.narrative,
                )
            )
    return sorted(out, key=lambda c: c.citing)


def _ranked(graph: Graph, counts: Counter[str], limit: int | None) -> list[RankedWork]:
    order = sorted((k for k, n in counts.items() if n > 0), key=lambda k: (-counts[k], k))
    chosen = order if limit is None else order[:limit]
    return [RankedWork(work=brief(graph, graph.works[k]), count=counts[k]) for k in chosen]


def top(
    graph: Graph, by: Literal["cited", "citing"] = "cited", limit: int | None = 20
) -> list[RankedWork]:
    """The most-cited works (`cited`) or the works with most references (`citing`)."""
    pairs = {(c.citing, c.cited) for c in graph.citations}
    side = 1 if by == "cited" else 0
    counts = Counter(pair[side] for pair in pairs if pair[side] in graph.works)
    return _ranked(graph, counts, limit)


def co_cited(graph: Graph, key: str, limit: int | None = 20) -> list[RankedWork]:
    """Works most often cited together with `key` (co-citation): the count is how many
    works cite both."""
    work = require_work(graph, key)
    counts: Counter[str] = Counter()
    for citer in {c.citing for c in graph.cited_by(work.key)}:
        counts.update({c.cited for c in graph.cites(citer)} - {work.key})
    return _ranked(graph, Counter({k: n for k, n in counts.items() if k in graph.works}), limit)


def coupled(graph: Graph, key: str, limit: int | None = 20) -> list[RankedWork]:
    """Works sharing references with `key` (bibliographic coupling): the count is how
    many references they share."""
    work = require_work(graph, key)
    counts: Counter[str] = Counter()
    for reference in {c.cited for c in graph.cites(work.key)}:
        counts.update({c.citing for c in graph.cited_by(reference)} - {work.key})
    return _ranked(graph, Counter({k: n for k, n in counts.items() if k in graph.works}), limit)


def _agent_names(agent: Person | Body) -> list[str]:
    forms = [agent.display(), *agent.name_forms]
    if isinstance(agent, Person):
        forms += [agent.family, agent.given]
    return forms


def _agent_terms(agent: Person | Body) -> set[str]:
    return {t for form in _agent_names(agent) for t in name_terms(form)}


def _credits(graph: Graph) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for work in graph.works.values():
        for agent in dict.fromkeys([*work.authors, *work.editors]):
            out.setdefault(agent, []).append(work.key)
    return out


def _summary(graph: Graph, agent: Person | Body, keys: list[str]) -> AuthorSummary:
    return AuthorSummary(
        id=agent.id,
        kind=agent.kind,
        name=agent.display(),
        name_forms=sorted(set(agent.name_forms)),
        works=len(keys),
        cited=sum(times_cited(graph, k) for k in keys),
    )


def _matches(agent: Person | Body, words: list[str], prefix: bool) -> bool:
    terms = _agent_terms(agent)
    if prefix:
        return all(any(t.startswith(w) for t in terms) for w in words)
    return all(w in terms for w in words)


def authors(graph: Graph, query: str = "") -> list[AuthorSummary]:
    """People and bodies whose names start with every word of `query` (all when empty),
    most cited first. Names fold as in search: "loffler" finds Löffler and Loeffler."""
    words = name_terms(query)
    credits = _credits(graph)
    found = [
        _summary(graph, agent, credits.get(agent.id, []))
        for agent in graph.agents.values()
        if not words or _matches(agent, words, prefix=True)
    ]
    return sorted(found, key=lambda a: (-a.cited, -a.works, a.name, a.id))


def author(graph: Graph, name: str) -> list[AuthorDetail]:
    """Everyone the name fits (an id, or every name word matching), with their works;
    NotFoundError when nobody does."""
    credits = _credits(graph)
    if name in graph.agents:
        chosen = [graph.agents[name]]
    else:
        words = name_terms(name)
        chosen = [a for a in graph.agents.values() if words and _matches(a, words, prefix=False)]
    if not chosen:
        raise NotFoundError(f"no author named '{name}'")
    out: list[AuthorDetail] = []
    for agent in chosen:
        keys = credits.get(agent.id, [])
        works = sorted(
            (brief(graph, graph.works[k]) for k in keys),
            key=lambda w: (w.year or "9999", w.key),
        )
        out.append(AuthorDetail(**_summary(graph, agent, keys).model_dump(), work_list=works))
    return sorted(out, key=lambda a: (-a.cited, a.name, a.id))


def venues(graph: Graph) -> list[VenueSummary]:
    """Every venue with its number of works and the citations they receive, largest first."""
    keys: dict[str, list[str]] = {}
    for work in graph.works.values():
        if work.container:
            keys.setdefault(work.container, []).append(work.key)
    out = [
        VenueSummary(
            id=venue.id,
            name=venue.name,
            kind=venue.kind,
            works=len(keys.get(venue.id, [])),
            cited=sum(times_cited(graph, k) for k in keys.get(venue.id, [])),
        )
        for venue in graph.venues.values()
    ]
    return sorted(out, key=lambda v: (-v.works, -v.cited, v.name, v.id))
