"""People and bodies: one record per person under every name form seen.

Names are grouped by folded family name (Löffler = Loeffler); inside a group, given names
that agree ("T." and "Tony", "J. L." and "Jeffrey L.") are one person, given names that
disagree ("E." and "V." Ostrom) stay apart. Who is who depends only on the set of names
seen, never on the order they arrived in. Ids are made from the fullest name form
(`bovaird-t`) and then kept: a person or body already in the store keeps its id when
later names make their display name fuller or spelled otherwise (Löffler, then Loeffler).
Bodies are grouped by folded name too, British and American spellings alike
("Organisation" = "Organization"), a short name with the name it stands for ("NICE"
with "National Institute for Health and Care Excellence [NICE]", "WHO" with "World
Health Organization"; see `acronyms.body_groups`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from coprod_refs.model import Body, Name, Person
from coprod_refs.model.records import initials_of
from coprod_refs.model.trusted import trusted
from coprod_refs.resolve.acronyms import body_groups
from coprod_refs.text.fold import body_key, name_key, slug

NameId = tuple[str, str, str, str, str]  # the identity tuple of a Name as written


def name_identity(name: Name) -> NameId:
    """The hashable identity of a name as written."""
    return (name.family, name.given, name.particle, name.suffix, name.literal)


def _given_words(given: str) -> list[str]:
    return [w for w in given.replace("-", " ").replace(".", ". ").split() if w.strip(".")]


def givens_compatible(a: str, b: str) -> bool:
    """True when two given-name strings can belong to one person.

    Initials must agree position by position; where both spell a word out, the words must
    be equal. An empty given name is compatible with anything.
    """
    wa, wb = _given_words(a), _given_words(b)
    for x, y in zip(wa, wb, strict=False):
        xs, ys = x.rstrip("."), y.rstrip(".")
        if name_key(xs[:1]) != name_key(ys[:1]):
            return False
        full_x, full_y = len(xs) > 1 and not x.endswith("."), len(ys) > 1 and not y.endswith(".")
        if full_x and full_y and name_key(xs) != name_key(ys):
            return False
    return True


def _richness(given: str) -> tuple[int, int, str]:
    words = _given_words(given)
    spelled = sum(1 for w in words if len(w.rstrip(".")) > 1 and not w.endswith("."))
    return (len(words), spelled, given)


@dataclass
class _Cluster:
    givens: list[str] = field(default_factory=list)

    def accepts(self, given: str) -> bool:
        return all(givens_compatible(given, g) for g in self.givens)


@dataclass
class PeopleIndex:
    """The people and bodies made from a set of names, and which record each name is."""

    agents: dict[str, Person | Body]
    by_name: dict[NameId, str]

    def agent_id(self, name: Name) -> str:
        """The id of the person or body a written name was resolved to."""
        return self.by_name[name_identity(name)]


def _cluster_givens(givens: set[str]) -> list[_Cluster]:
    """Group given-name forms of one family into people, independent of arrival order."""
    clusters: list[_Cluster] = []
    named = sorted((g for g in givens if g), key=_richness, reverse=True)
    for given in named:
        fits = [c for c in clusters if c.accepts(given)]
        if len(fits) == 1:
            fits[0].givens.append(given)
        else:
            clusters.append(_Cluster([given]))
    if "" in givens:
        if len(clusters) == 1:
            clusters[0].givens.append("")
        else:
            clusters.append(_Cluster([""]))
    return clusters


def _display_family(forms: Counter[str]) -> str:
    # A spelling in mixed case over one in capitals (styles such as ABNT print family
    # names in capitals); then the most frequent; ties go to the one with diacritics,
    # then alphabetical.
    return min(forms, key=lambda f: (f.isupper(), -forms[f], f.isascii(), f))


@dataclass
class _Form:
    """One name as written (its first `Name`), how often it was seen, and where."""

    name: Name
    count: int = 0
    sources: set[str] = field(default_factory=set)


def _forms(names: Iterable[tuple[Name, str]]) -> list[_Form]:
    """Every distinct name as written, in the order first seen, with counts and sources:
    a large library names the same people thousands of times."""
    forms: dict[NameId, _Form] = {}
    for name, source in names:
        identity = name_identity(name)
        form = forms.get(identity)
        if form is None:
            form = forms[identity] = _Form(name)
        form.count += 1
        form.sources.add(source)
    return list(forms.values())


def _weighted(values: Iterable[tuple[str, int]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for value, count in values:
        counts[value] += count
    return counts


def _sources(forms: Iterable[_Form]) -> list[str]:
    return sorted(set().union(*(f.sources for f in forms)))


@dataclass
class _Draft:
    """A person or body about to be made: its record without the id, the names it covers,
    its group (folded family or body name), its given name and the id it gets when new."""

    values: dict[str, Any]
    members: list[_Form]
    group: str
    given: str | None
    new_id: str


def _body_draft(key: str, group: list[_Form]) -> _Draft:
    """A body under its most frequent spelling; new, its id is that spelling's slug."""
    display = _display_family(_weighted((f.name.literal, f.count) for f in group))
    values = {
        "kind": "body",
        "name": display,
        "name_forms": sorted({f.name.literal for f in group}),
        "sources": _sources(group),
    }
    return _Draft(values, group, "body:" + key, None, "body-" + (slug(display) or key))


def _person_draft(key: str, members: list[_Form], givens: list[str]) -> _Draft:
    """A person under the fullest given name and the preferred spelling of the family
    name; new, their id is that family name and the given name's initials."""
    given = max(givens, key=_richness)
    particle = _weighted((f.name.particle, f.count) for f in members).most_common(1)[0][0]
    family = _display_family(_weighted((f.name.family, f.count) for f in members))
    values = {
        "kind": "person",
        "family": family,
        "given": given,
        "particle": particle,
        "suffix": max((f.name.suffix for f in members), default=""),
        "name_forms": sorted({f.name.inverted() for f in members}),
        "sources": _sources(members),
    }
    base = slug(f"{particle} {family}") or key
    initials = initials_of(given).replace(" ", "").lower()
    return _Draft(
        values, members, "person:" + key, given, f"{base}-{initials}" if initials else base
    )


def _drafts(forms: list[_Form], body_group: Mapping[str, str]) -> list[_Draft]:
    """Every person and body the names make: bodies by their group (`body_group`: body
    name -> folded group name), then people by folded family name and compatible given
    names."""
    families: dict[str, list[_Form]] = defaultdict(list)
    bodies: dict[str, list[_Form]] = defaultdict(list)
    for form in forms:
        name = form.name
        if name.is_body:
            bodies[body_group[name.literal]].append(form)
        elif name.family:
            families[name_key(name.particle + name.family)].append(form)
    drafts = [_body_draft(key, bodies[key]) for key in sorted(bodies)]
    for key in sorted(families):
        group = families[key]
        clusters = _cluster_givens({f.name.given for f in group})
        for cluster in sorted(clusters, key=lambda c: sorted(c.givens)):
            givens = set(cluster.givens)
            members = [f for f in group if f.name.given in givens]
            drafts.append(_person_draft(key, members, cluster.givens))
    return drafts


def name_groups(names: Iterable[Name], stated: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """The group of every body's name among `names` (see `acronyms.body_groups`, which
    takes the (short name, name) pairs sources state); a word that is the family name of
    a person with a given name is never read as a body's short name. Works are compared
    by these groups too, so a body's works and the body are joined alike."""
    bodies: set[str] = set()
    families: set[str] = set()
    for name in names:
        if name.is_body:
            bodies.add(name.literal)
        elif name.given:
            families.add(name_key(name.particle + name.family))
    return body_groups(bodies, families, stated)


def _known_group(agent: Person | Body, body_group: Mapping[str, str]) -> str:
    """The group a stored person or body falls in, as `_Draft.group` names it: a body's
    by the group of its display name, or of a name form, seen now."""
    if isinstance(agent, Body):
        for name in (agent.name, *agent.name_forms):
            if name in body_group:
                return "body:" + body_group[name]
        return "body:" + body_key(agent.name)
    return "person:" + name_key(agent.particle + agent.family)


def _id_claims(
    drafts: list[_Draft], known: Mapping[str, Person | Body], body_group: Mapping[str, str]
) -> list[tuple[tuple[bool, int], int, str]]:
    """(strength, draft, known id) for every known person or body a draft may be, the
    strongest first: a draft that has their fullest given name (a body's: their name),
    then one sharing more of
    their name forms; for one whose forms are all gone, the one draft of their group their
    given name fits."""
    by_group: dict[str, list[int]] = defaultdict(list)
    for d, draft in enumerate(drafts):
        by_group[draft.group].append(d)
    claims = []
    for agent_id, agent in known.items():
        forms = set(agent.name_forms)
        group = by_group.get(_known_group(agent, body_group), [])
        shared = [(len(forms.intersection(drafts[d].values["name_forms"])), d) for d in group]
        for count, d in shared:
            if count:
                claims.append(((_has_their_name(agent, drafts[d]), count), d, agent_id))
        if not any(count for count, _d in shared):
            fits = [d for d in group if _given_fits(agent, drafts[d])]
            claims += [((False, 0), fits[0], agent_id)] if len(fits) == 1 else []
    return sorted(claims, key=lambda c: (not c[0][0], -c[0][1], c[1], c[2]))


def _has_their_name(agent: Person | Body, draft: _Draft) -> bool:
    """Whether a draft holds a form with a known person's fullest given name, or is
    named as a known body is: when two known bodies turn out to be one ("WHO" and "World
    Health Organization"), the one whose name the joined body keeps keeps its id."""
    if isinstance(agent, Body):
        return draft.values["name"] == agent.name
    return any(f.name.given == agent.given for f in draft.members)


def _given_fits(agent: Person | Body, draft: _Draft) -> bool:
    """Whether a known person's given name agrees with a draft's (a body always fits)."""
    if isinstance(agent, Body) or draft.given is None:
        return True
    return givens_compatible(agent.given, draft.given)


def _agent_ids(
    drafts: list[_Draft], known: Mapping[str, Person | Body], body_group: Mapping[str, str]
) -> list[str]:
    """Each draft's id: a known person's or body's id when the draft is them (the
    strongest claim first), else a new id that no known or earlier one has."""
    ids: dict[int, str] = {}
    kept: set[str] = set()
    for _strength, d, agent_id in _id_claims(drafts, known, body_group):
        if d not in ids and agent_id not in kept:
            ids[d] = agent_id
            kept.add(agent_id)
    taken = set(known) | kept
    for d, draft in enumerate(drafts):
        if d not in ids:
            ids[d] = _free_id(draft.new_id, taken)
            taken.add(ids[d])
    return [ids[d] for d in range(len(drafts))]


def _free_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted` with the first free number from 2."""
    agent_id, n = wanted, 2
    while agent_id in taken:
        agent_id = f"{wanted}{n}"
        n += 1
    return agent_id


def resolve_people(
    names: Iterable[tuple[Name, str]],
    known: Mapping[str, Person | Body] | None = None,
    stated: Iterable[tuple[str, str]] = (),
) -> PeopleIndex:
    """People and bodies for (name, source id) pairs, with every name mapped to its record.
    A person or body already `known` (by id) keeps that id, however richer the names
    seen since make their display name. `stated`: (short name, name) pairs of bodies
    that sources state are one (see `name_groups`)."""
    forms = _forms(names)
    body_group = name_groups((f.name for f in forms), stated)
    drafts = _drafts(forms, body_group)
    agents: dict[str, Person | Body] = {}
    by_name: dict[NameId, str] = {}
    ids = _agent_ids(drafts, known or {}, body_group)
    for draft, agent_id in zip(drafts, ids, strict=True):
        model = Body if draft.given is None else Person
        agents[agent_id] = trusted(model, {**draft.values, "id": agent_id})
        for form in draft.members:
            by_name[name_identity(form.name)] = agent_id
    return PeopleIndex(agents=agents, by_name=by_name)
