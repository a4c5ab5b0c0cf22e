"""Read-only views of the store for `list`, `show`, `stats` and `citations`."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from coprod_refs.errors import NotFoundError
from coprod_refs.model import Citation, Graph, Work
from coprod_refs.model.csl import work_to_csl


class MentionView(BaseModel):
    """A mention as scripts read it: the source is the file path, not its internal id."""

    surface: str
    locator: str
    context: str
    source: str
    start: int
    end: int
    narrative: bool


class CitationView(BaseModel):
    """`citations --json` item: who cites whom, with every mention."""

    citing: str
    cited: str
    listed: bool
    mentions: list[MentionView] = Field(default_factory=list)


class WorkDetail(BaseModel):
    """`show KEY`: the work as CSL-JSON with its neighbours and citation contexts."""

    item: dict[str, Any]
    stub: bool
    aliases: list[str]
    sources: list[str]
    cites: list[CitationView]
    cited_by: list[CitationView]


class StoreStats(BaseModel):
    """Counts of every record kind in the store."""

    sources: int
    works: int
    stubs: int
    people: int
    bodies: int
    venues: int
    citations: int
    mentions: int
    ambiguities: int
    types: dict[str, int]


def citation_view(citation: Citation, graph: Graph) -> CitationView:
    """A citation with source ids replaced by file paths."""
    paths = {sid: s.path for sid, s in graph.sources.items()}
    return CitationView(
        citing=citation.citing,
        cited=citation.cited,
        listed=citation.listed,
        mentions=[
            MentionView(
                surface=m.surface,
                locator=m.locator,
                context=m.context,
                source=paths.get(m.source, m.source),
                start=m.start,
                end=m.end,
                narrative=m.narrative,
            )
            for m in citation.mentions
        ],
    )


def all_citations(graph: Graph) -> list[CitationView]:
    """Every citation in the store, sorted by citing then cited key."""
    return [citation_view(c, graph) for c in graph.citations]


def list_works(graph: Graph, *, include_stubs: bool = True) -> list[Work]:
    """Works sorted by citekey; stubs optional."""
    return [w for w in graph.works.values() if include_stubs or not w.stub]


def work_detail(graph: Graph, key: str) -> WorkDetail:
    """Everything `show` prints about one work (key or alias)."""
    work = graph.work(key)
    if work is None:
        raise NotFoundError(f"no work with key {key!r} in the store")
    return WorkDetail(
        item=work_to_csl(work, graph),
        stub=work.stub,
        aliases=work.aliases,
        sources=sorted(
            {graph.sources[s.source].path for s in work.provenance if s.source in graph.sources}
        ),
        cites=[citation_view(c, graph) for c in graph.cites(work.key)],
        cited_by=[citation_view(c, graph) for c in graph.cited_by(work.key)],
    )


def store_stats(graph: Graph) -> StoreStats:
    """Counts for `stats`."""
    types: dict[str, int] = {}
    for w in graph.works.values():
        if not w.stub:
            types[w.type] = types.get(w.type, 0) + 1
    return StoreStats(
        sources=len(graph.sources),
        works=sum(1 for w in graph.works.values() if not w.stub),
        stubs=sum(1 for w in graph.works.values() if w.stub),
        people=sum(1 for a in graph.agents.values() if a.kind == "person"),
        bodies=sum(1 for a in graph.agents.values() if a.kind == "body"),
        venues=len(graph.venues),
        citations=len(graph.citations),
        mentions=sum(len(c.mentions) for c in graph.citations),
        ambiguities=len(graph.ambiguities),
        types=dict(sorted(types.items())),
    )
