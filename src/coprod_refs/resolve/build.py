"""Build the reference graph from every source's extraction.

The graph is a function of the extractions, the remembered citekeys and the ids of the
people and bodies already known: re-ingesting a file changes nothing, and works ingested
together get the same keys in any order. A key or id once given is kept (see `keyring`
and `people`), so what an earlier ingest gave out is not remade by a later one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from operator import itemgetter

from pydantic import BaseModel

from coprod_refs.model import (
    Ambiguity,
    Citation,
    ExtractedMention,
    ExtractedWork,
    Extraction,
    Graph,
    KeyAssignment,
    Mention,
    Name,
    SourceDocument,
    Span,
    Work,
)
from coprod_refs.model.records import WorkFields
from coprod_refs.model.trusted import trusted
from coprod_refs.resolve.citekeys import (
    DEFAULT_PATTERN,
    citekey_from_pattern,
    key_part,
    parse_pattern,
)
from coprod_refs.resolve.keyring import KeyRequest, give_keys
from coprod_refs.resolve.mentions import (
    MentionMatch,
    WorkFinder,
    et_al_stub_targets,
    stub_fingerprint,
    stub_work,
)
from coprod_refs.resolve.people import PeopleIndex, resolve_people
from coprod_refs.resolve.venues import resolve_venues
from coprod_refs.resolve.works import Statement, WorkCluster, cluster_statements


class BuildCounts(BaseModel):
    """What a build produced, for the ingest summary."""

    sources: int = 0
    works: int = 0
    people: int = 0
    bodies: int = 0
    venues: int = 0
    citations: int = 0
    mentions: int = 0
    stubs: int = 0
    ambiguities: int = 0


@dataclass
class BuildResult:
    """The graph, the citekey registry to keep, and the counts."""

    graph: Graph
    keys: list[KeyAssignment]
    counts: BuildCounts


#: The fields a stored work takes over from its merged statement as they are.
_SHARED_FIELDS = tuple(WorkFields.model_fields)
_shared_values = itemgetter(*_SHARED_FIELDS)


def _key_name(name: Name) -> str:
    """The part of a name a citekey uses: a person's family name, a body's first word."""
    if name.is_body:
        return name.literal.split()[0] if name.literal.split() else ""
    return name.particle + name.family


def _base_key(work: ExtractedWork, pattern: str, *, with_suffix: bool = False) -> str:
    """The citekey base; a year suffix only for stubs, which have no title to tell apart."""
    suffix = work.year_suffix if with_suffix else ""
    year = f"{work.year}{suffix}" if work.year is not None else f"nd{suffix}"
    families = [_key_name(n) for n in work.authors or work.editors]
    return citekey_from_pattern(pattern, families, year, work.title)


def _cluster_base_key(cluster: WorkCluster, pattern: str) -> str:
    """The citekey base of a cluster: from its merged work, or from its source when the
    work has nothing to make a key of."""
    merged = cluster.merged
    if merged.title or merged.authors or merged.editors:
        return _base_key(merged, pattern)
    return "doc" + key_part(cluster.statements[0].source, 8)


def _statements(extractions: list[Extraction]) -> list[Statement]:
    statements: list[Statement] = []
    for ex in extractions:
        sid = ex.source.id
        if ex.document is not None:
            statements.append(Statement(ex.document, sid, "document", 0))
        elif ex.references or ex.mentions:
            statements.append(Statement(ExtractedWork(type="document"), sid, "document", 0))
        statements += [Statement(w, sid, "reference", i) for i, w in enumerate(ex.references, 1)]
        statements += [Statement(w, sid, "standalone", i) for i, w in enumerate(ex.works, 1)]
    return statements


def _cluster_request(cluster: WorkCluster, pattern: str, cited_as: list[str]) -> KeyRequest:
    """What identifies a work for the key registry, and how a new key is made for it."""
    return KeyRequest(
        prints=cluster.prints or [f"src:{cluster.statements[0].source}"],
        base=partial(_cluster_base_key, cluster, pattern),
        lookups=cluster.former_prints,
        cited_as=cited_as,
        statements=[_place(span) for span in cluster.spans],
        preferred=next((s.work.key for s in cluster.statements if s.work.key), ""),
        aliases=[a for s in cluster.statements for a in s.work.aliases],
    )


def _place(span: Span) -> str:
    """Where a statement is: its source and start ("b0:0")."""
    return f"{span.source}:{span.start}"


def _stub_request(
    print_: str, stub: ExtractedWork, pattern: str, cited_as: list[str]
) -> KeyRequest:
    """A stub is identified by the in-text citation that made it; its key carries the
    citation's year suffix, since it has no title to tell it apart."""
    return KeyRequest(
        prints=[print_],
        base=partial(_base_key, stub, pattern, with_suffix=True),
        cited_as=cited_as,
    )


def _unrecorded_stub_keys(
    known: Graph, keys: list[KeyAssignment], exs: list[Extraction]
) -> list[KeyAssignment]:
    """Registry entries for the stubs of `known` that the registry lacks (stores written
    before stubs were recorded), found through the in-text citations that cite them: the
    same place in the same text, citing the same year ("Bovaird, 2007, 2008" is one
    place citing two stubs)."""
    recorded = {k.key for k in keys} | {a for k in keys for a in k.aliases}
    stubs = {key: w for key, w in known.works.items() if w.stub and key not in recorded}
    if not stubs:
        return []
    stub_at = {
        (m.source, m.start, m.end, stubs[c.cited].year, stubs[c.cited].year_suffix): c.cited
        for c in known.citations
        if c.cited in stubs
        for m in c.mentions
    }
    found = {
        stub_fingerprint(m): stub_at[place]
        for ex in exs
        for m in ex.mentions
        if (place := (ex.source.id, m.start, m.end, m.year, m.year_suffix)) in stub_at
    }
    return [KeyAssignment(fingerprint=p, key=key) for p, key in found.items()]


def _to_work(
    key: str,
    aliases: list[str],
    work: ExtractedWork,
    people: PeopleIndex,
    container: str | None,
    provenance: list[Span],
    *,
    stub: bool = False,
) -> Work:
    # Every value comes from a validated ExtractedWork: no need to validate it again.
    values = dict(zip(_SHARED_FIELDS, _shared_values(work.__dict__), strict=True))
    values["aliases"] = aliases
    values["key"] = key
    values["type"] = work.type or "document"
    values["authors"] = [people.agent_id(n) for n in work.authors]
    values["editors"] = [people.agent_id(n) for n in work.editors]
    values["translators"] = [people.agent_id(n) for n in work.translators]
    values["container"] = container
    values["stub"] = stub
    values["provenance"] = provenance
    return trusted(Work, values)


def _mention(m: ExtractedMention, source: str) -> Mention:
    return Mention(
        surface=m.surface,
        locator=m.locator,
        prefix=m.prefix,
        context=m.context,
        source=source,
        start=m.start,
        end=m.end,
        narrative=m.narrative,
    )


def build_graph(
    extractions: Iterable[Extraction],
    keys: list[KeyAssignment],
    key_pattern: str = DEFAULT_PATTERN,
    known: Graph | None = None,
) -> BuildResult:
    """The linked graph of all extractions, reusing remembered citekeys and making new
    ones with `key_pattern`. `known` is the store's graph before this build: its people
    and bodies keep their ids, and its stubs the registry lacks keep their keys."""
    exs = sorted(extractions, key=lambda e: e.source.id)
    statements = _statements(exs)
    clusters = cluster_statements(statements)
    where: dict[tuple[str, str, int], int] = {}
    for ci, cluster in enumerate(clusters):
        for st in cluster.statements:
            where[(st.source, st.role, st.index)] = ci

    # The index of works by first author and year is only needed for in-text mentions.
    finder = WorkFinder(clusters) if any(ex.mentions for ex in exs) else None
    matches: list[tuple[str, int, Mention, MentionMatch]] = []
    stubs: dict[str, ExtractedWork] = {}
    stub_sources: dict[str, set[str]] = {}
    # The stubs each work's in-text citations would make: a stub's key passes to the work.
    cited_as: dict[int | str, list[str]] = defaultdict(list)
    for ex in exs:
        sid = ex.source.id
        if not ex.mentions or finder is None:
            continue
        citing = where[(sid, "document", 0)]
        listed = {where[(sid, "reference", i)] for i in range(1, len(ex.references) + 1)}
        numbered = {
            ref.label: where[(sid, "reference", i)]
            for i, ref in enumerate(ex.references, 1)
            if ref.label
        }
        for m in sorted(ex.mentions, key=lambda m: (m.start, m.end)):
            match = finder.match(m, sid, listed, numbered)
            if match.stub is not None:
                stubs.setdefault(match.stub, stub_work(m))
                stub_sources.setdefault(match.stub, set()).add(sid)
            elif match.cluster is not None:
                cited_as[match.cluster].append(stub_fingerprint(m))
            matches.append((sid, citing, _mention(m, sid), match))

    redirect = et_al_stub_targets(stubs)
    for short, full in redirect.items():
        stub_sources[full] |= stub_sources.pop(short)
        del stubs[short]
        cited_as[full].append(short)
    if redirect:
        matches = [
            (sid, ci, mention, MentionMatch(stub=redirect.get(match.stub, match.stub)))
            if match.stub is not None
            else (sid, ci, mention, match)
            for sid, ci, mention, match in matches
        ]

    name_pairs = [
        (n, st.source)
        for st in statements
        for n in (*st.work.authors, *st.work.editors, *st.work.translators)
    ]
    name_pairs += [
        (n, sid) for fp, w in stubs.items() for n in w.authors for sid in stub_sources[fp]
    ]
    people = resolve_people(name_pairs, known.agents if known is not None else {})
    venues = resolve_venues((st.work, st.source) for st in statements)

    parse_pattern(key_pattern)  # a bad pattern is refused even when no key is made from it
    stub_prints = sorted(stubs)
    requests = [
        _cluster_request(cluster, key_pattern, cited_as[ci]) for ci, cluster in enumerate(clusters)
    ]
    requests += [_stub_request(fp, stubs[fp], key_pattern, cited_as[fp]) for fp in stub_prints]
    if known is not None:
        keys = keys + _unrecorded_stub_keys(known, keys, exs)
    holders = (
        {key: {_place(span) for span in w.provenance} for key, w in known.works.items()}
        if known is not None
        else None
    )
    given = give_keys(requests, keys, holders)
    cluster_keys = given.keys[: len(clusters)]
    works: dict[str, Work] = {}
    for cluster, (key, aliases) in zip(clusters, cluster_keys, strict=True):
        work = _to_work(
            key, aliases, cluster.merged, people, venues.venue_id(cluster.merged), cluster.spans
        )
        works[key] = work
    stub_keys: dict[str, str] = {}
    for fp, (key, aliases) in zip(stub_prints, given.keys[len(clusters) :], strict=True):
        stub_keys[fp] = key
        works[key] = _to_work(key, aliases, stubs[fp], people, None, [], stub=True)

    citations: dict[tuple[str, str], Citation] = {}

    def citation(citing: str, cited: str) -> Citation:
        if (citing, cited) not in citations:
            citations[(citing, cited)] = Citation(citing=citing, cited=cited)
        return citations[(citing, cited)]

    for ex in exs:
        if ex.references:
            citing = cluster_keys[where[(ex.source.id, "document", 0)]][0]
            for i in range(1, len(ex.references) + 1):
                cited = cluster_keys[where[(ex.source.id, "reference", i)]][0]
                if cited != citing:
                    citation(citing, cited).listed = True
    ambiguities: list[Ambiguity] = []
    for _sid, citing_ci, mention, match in matches:
        citing = cluster_keys[citing_ci][0]
        if match.candidates or (match.cluster is None and match.stub is None):
            ambiguities.append(
                Ambiguity(
                    citing=citing,
                    mention=mention,
                    candidates=[cluster_keys[i][0] for i in match.candidates],
                    reason="several works fit the authors and year"
                    if match.candidates
                    else "no reference-list entry carries this number",
                )
            )
            continue
        cited = (
            stub_keys[match.stub] if match.stub is not None else cluster_keys[match.cluster][0]  # type: ignore[index]
        )
        if cited != citing:
            citation(citing, cited).mentions.append(mention)

    sources: dict[str, SourceDocument] = {}
    for ex in exs:
        doc = where.get((ex.source.id, "document", 0))
        sources[ex.source.id] = ex.source.model_copy(
            update={"work": cluster_keys[doc][0] if doc is not None else None}
        )
    graph = Graph(
        works=dict(sorted(works.items())),
        agents=dict(sorted(people.agents.items())),
        venues=dict(sorted(venues.venues.items())),
        citations=sorted(citations.values(), key=lambda c: (c.citing, c.cited)),
        sources=sources,
        ambiguities=sorted(
            ambiguities, key=lambda a: (a.citing, a.mention.source, a.mention.start)
        ),
    )
    counts = BuildCounts(
        sources=len(sources),
        works=sum(1 for w in works.values() if not w.stub),
        people=sum(1 for a in people.agents.values() if a.kind == "person"),
        bodies=sum(1 for a in people.agents.values() if a.kind == "body"),
        venues=len(venues.venues),
        citations=len(citations),
        mentions=len(matches),
        stubs=len(stubs),
        ambiguities=len(ambiguities),
    )
    return BuildResult(graph=graph, keys=given.registry, counts=counts)
