"""People and bodies: one record per person under every name form seen.

Names are grouped by folded family name (Löffler = Loeffler); inside a group, given names
that agree ("T." and "Tony", "J. L." and "Jeffrey L.") are one person, given names that
disagree ("E." and "V." Ostrom) stay apart. The outcome depends only on the set of names
seen, never on the order they arrived in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from coprod_refs.model import Body, Name, Person
from coprod_refs.model.records import initials_of
from coprod_refs.model.trusted import trusted
from coprod_refs.text.fold import name_key, slug

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


def resolve_people(names: Iterable[tuple[Name, str]]) -> PeopleIndex:
    """People and bodies for (name, source id) pairs, with every name mapped to its record."""
    families: dict[str, list[_Form]] = defaultdict(list)
    bodies: dict[str, list[_Form]] = defaultdict(list)
    for form in _forms(names):
        name = form.name
        if name.is_body:
            bodies[name_key(name.literal)].append(form)
        elif name.family:
            families[name_key(name.particle + name.family)].append(form)

    agents: dict[str, Person | Body] = {}
    by_name: dict[NameId, str] = {}
    for key in sorted(bodies):
        group = bodies[key]
        display = _display_family(_weighted((f.name.literal, f.count) for f in group))
        agent_id = "body-" + (slug(display) or key)
        agents[agent_id] = trusted(
            Body,
            {
                "kind": "body",
                "id": agent_id,
                "name": display,
                "name_forms": sorted({f.name.literal for f in group}),
                "sources": _sources(group),
            },
        )
        for form in group:
            by_name[name_identity(form.name)] = agent_id

    for key in sorted(families):
        group = families[key]
        clusters = _cluster_givens({f.name.given for f in group})
        for cluster in sorted(clusters, key=lambda c: sorted(c.givens)):
            givens = set(cluster.givens)
            members = [f for f in group if f.name.given in givens]
            given = max(cluster.givens, key=_richness)
            particle = _weighted((f.name.particle, f.count) for f in members).most_common(1)[0][0]
            suffix = max((f.name.suffix for f in members), default="")
            family = _display_family(_weighted((f.name.family, f.count) for f in members))
            base = slug(f"{particle} {family}") or key
            initials = initials_of(given).replace(" ", "").lower()
            agent_id = f"{base}-{initials}" if initials else base
            n = 2
            while agent_id in agents:
                agent_id = f"{base}-{initials or 'x'}{n}"
                n += 1
            agents[agent_id] = trusted(
                Person,
                {
                    "kind": "person",
                    "id": agent_id,
                    "family": family,
                    "given": given,
                    "particle": particle,
                    "suffix": suffix,
                    "name_forms": sorted({f.name.inverted() for f in members}),
                    "sources": _sources(members),
                },
            )
            for form in members:
                by_name[name_identity(form.name)] = agent_id
    return PeopleIndex(agents=agents, by_name=by_name)
