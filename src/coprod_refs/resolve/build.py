"""Build the reference graph from every source's extraction.

The graph is a function of the extractions, the remembered citekeys and the ids of the
people and bodies already known: re-ingesting a file changes nothing, and works ingested
together get the same keys in any order. A key or id once given is kept (see `keyring`
and `people`), so what an earlier ingest gave out is not remade by a later one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
from coprod_refs.resolve.acronyms import body_name_keys, short_name_between, stated_short_names
from coprod_refs.resolve.citekeys import (
    DEFAULT_PATTERN,
    body_key_name,
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
from coprod_refs.resolve.people import PeopleIndex, name_groups, resolve_people
from coprod_refs.resolve.venues import resolve_venues
from coprod_refs.resolve.works import Statement, WorkCluster, cluster_statements
from coprod_refs.text.fold import name_key


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
    """The graph, the citekey registry to keep, the counts, and what the build could not
    do as the sources asked (an imported entry's key it could not keep)."""

    graph: Graph
    keys: list[KeyAssignment]
    counts: BuildCounts
    notes: list[str] = field(default_factory=list)


#: The fields a stored work takes over from its merged statement as they are.
_SHARED_FIELDS = tuple(WorkFields.model_fields)
_shared_values = itemgetter(*_SHARED_FIELDS)


def _key_name(name: Name) -> str:
    """The part of a name a citekey uses: a person's family name, a body's short name
    (`body_key_name`)."""
    if name.is_body:
        return body_key_name(name.literal)
    return name.particle + name.family


def _base_key(work: ExtractedWork, pattern: str, *, with_suffix: bool = False) -> str:
    """The citekey base; a year suffix only for stubs, which have no title to tell apart."""
    suffix = work.year_suffix if with_suffix else ""
    year = f"{work.year}{suffix}" if work.year is not None else f"nd{suffix}"
    families = [_key_name(n) for n in work.authors or work.editors]
    return citekey_from_pattern(pattern, families, year, work.title, law=work.type == "legislation")


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
        stated=[k for s in cluster.statements for k in (s.work.key, *s.work.aliases) if k],
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


@dataclass
class _Links:
    """The works the statements make (`clusters`, and `where` each statement went) and
    what the texts' in-text citations name: `matches` (citing source, citing cluster,
    mention, match), the `stubs` they make (by fingerprint) with the sources that cite
    each, the stub fingerprints each work or stub is `cited_as` (a stub's key passes to
    the work its citations now name), and the (short name, name) pairs of bodies the
    texts state by citing their own list's entries."""

    clusters: list[WorkCluster]
    where: dict[tuple[str, str, int], int]
    matches: list[tuple[str, int, Mention, MentionMatch]] = field(default_factory=list)
    stubs: dict[str, ExtractedWork] = field(default_factory=dict)
    stub_sources: dict[str, set[str]] = field(default_factory=dict)
    cited_as: dict[int | str, list[str]] = field(default_factory=lambda: defaultdict(list))
    stated: list[tuple[str, str]] = field(default_factory=list)


def _cited_short_name(mention: ExtractedMention, entry: ExtractedWork) -> list[tuple[str, str]]:
    """The (short name, name) pair a text states when it cites an entry of its own list
    whose first author is a body by that body's other form ("(DH, 2010)" for
    "Department of Health (2010)"); none otherwise."""
    names = entry.authors or entry.editors
    if not mention.authors or not names or not names[0].is_body:
        return []
    cited, listed = mention.authors[0], names[0].literal
    if name_key(cited) in body_name_keys(listed):
        return []
    short = short_name_between(cited, listed)
    return [(short, listed if short == cited else cited)] if short else []


def _link(
    exs: list[Extraction], statements: list[Statement], body_group: Mapping[str, str]
) -> _Links:
    """Cluster the statements into works (a body first author by its group in
    `body_group`) and resolve every text's in-text citations against them."""
    clusters = cluster_statements(statements, body_group)
    where: dict[tuple[str, str, int], int] = {}
    for ci, cluster in enumerate(clusters):
        for st in cluster.statements:
            where[(st.source, st.role, st.index)] = ci
    links = _Links(clusters, where)
    # The index of works by first author and year is only needed for in-text mentions.
    finder = WorkFinder(clusters) if any(ex.mentions for ex in exs) else None
    for ex in exs:
        sid = ex.source.id
        if not ex.mentions or finder is None:
            continue
        citing = where[(sid, "document", 0)]
        own = {where[(sid, "reference", i)]: ref for i, ref in enumerate(ex.references, 1)}
        listed = set(own)
        numbered = {
            ref.label: where[(sid, "reference", i)]
            for i, ref in enumerate(ex.references, 1)
            if ref.label
        }
        for m in sorted(ex.mentions, key=lambda m: (m.start, m.end)):
            match = finder.match(m, sid, listed, numbered)
            if match.stub is not None:
                links.stubs.setdefault(match.stub, stub_work(m))
                links.stub_sources.setdefault(match.stub, set()).add(sid)
            elif match.cluster is not None:
                links.cited_as[match.cluster].append(stub_fingerprint(m))
                if match.cluster in own:
                    links.stated += _cited_short_name(m, own[match.cluster])
            links.matches.append((sid, citing, _mention(m, sid), match))
    _redirect_et_al_stubs(links)
    return links


def _redirect_et_al_stubs(links: _Links) -> None:
    """Fold each "Loeffler et al., 2008" stub that one fuller stub explains into it (see
    `et_al_stub_targets`): its sources, its citations and its fingerprint pass over."""
    redirect = et_al_stub_targets(links.stubs)
    for short, full in redirect.items():
        links.stub_sources[full] |= links.stub_sources.pop(short)
        del links.stubs[short]
        links.cited_as[full].append(short)
    if redirect:
        links.matches = [
            (sid, ci, mention, MentionMatch(stub=redirect.get(match.stub, match.stub)))
            if match.stub is not None
            else (sid, ci, mention, match)
            for sid, ci, mention, match in links.matches
        ]


def _stated_by_records(statements: list[Statement]) -> list[tuple[str, str]]:
    """The (short name, name) pairs of bodies the statements state: a body author that
    is its publisher's short name or the other way round, a short name printed with the
    publisher's name (see `stated_short_names`)."""
    return [
        pair
        for st in statements
        for pair in stated_short_names(
            (n.literal for n in st.work.authors if n.is_body), st.work.publisher
        )
    ]


def _stub_names(links: _Links) -> list[tuple[Name, str]]:
    """The (name, source) pairs of the stubs' authors, once per source citing them."""
    return [
        (n, sid)
        for fp, w in links.stubs.items()
        for n in w.authors
        for sid in links.stub_sources[fp]
    ]


def _link_grouped(
    exs: list[Extraction],
    statements: list[Statement],
    names: list[tuple[Name, str]],
    stated: list[tuple[str, str]],
) -> _Links:
    """`_link` with bodies grouped by the statements' names and the pairs of bodies the
    records state (`stated`). The texts' citations may state more pairs and their stubs
    name more bodies, which can change the groups (a short name found to be another
    body's, or to fit two): then the statements are clustered and the citations resolved
    once more with the groups all of them give, so works are compared by the groups
    their bodies end up in."""
    body_group = name_groups((n for n, _ in names), stated)
    links = _link(exs, statements, body_group)
    stub_bodies = [n for n, _ in _stub_names(links) if n.is_body]
    if not links.stated and not stub_bodies:
        return links
    regrouped = name_groups((*(n for n, _ in names), *stub_bodies), [*stated, *links.stated])
    if any(regrouped[name] != group for name, group in body_group.items()):
        links = _link(exs, statements, regrouped)
    return links


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
    names = [
        (n, st.source)
        for st in statements
        for n in (*st.work.authors, *st.work.editors, *st.work.translators)
    ]
    stated = _stated_by_records(statements)
    links = _link_grouped(exs, statements, names, stated)
    clusters, where, matches = links.clusters, links.where, links.matches
    stubs, cited_as = links.stubs, links.cited_as
    name_pairs = names + _stub_names(links)
    people = resolve_people(
        name_pairs, known.agents if known is not None else {}, [*stated, *links.stated]
    )
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
    by_citekey = {alias: w.key for w in works.values() for alias in (w.key, *w.aliases)}
    for _sid, citing_ci, mention, match in matches:
        citing = cluster_keys[citing_ci][0]
        if match.citekey:
            cited_key = by_citekey.get(match.citekey)
            if cited_key is None:
                ambiguities.append(
                    Ambiguity(
                        citing=citing,
                        mention=mention,
                        candidates=[],
                        reason=f"no work has the citekey {match.citekey!r}",
                    )
                )
            elif cited_key != citing:
                citation(citing, cited_key).mentions.append(mention)
            continue
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
    return BuildResult(graph=graph, keys=given.registry, counts=counts, notes=given.unkept)
