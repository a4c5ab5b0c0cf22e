"""Mentions to works: "(Bovaird & Loeffler, 2012)" names the work with those authors and year.

A mention resolves to the one work it fits; a year suffix ("2016a") and the citing text's
own reference list narrow the choice. No fit makes a stub; several fits are reported as
an ambiguity, never guessed. A body is found under the short name printed with it
("National Institute for Health and Care Excellence [NICE]" is found as "NICE"), and a
short name in capitals ("OECD (2011)") fits the body it is the initials of, or the other
way round, when that is the one such work of the year (see `acronyms`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from coprod_refs.model import ExtractedMention, ExtractedWork, Name
from coprod_refs.parse.legislation import law_name
from coprod_refs.resolve.acronyms import InitialsIndex, body_name_keys, short_name_between
from coprod_refs.resolve.works import WorkCluster
from coprod_refs.text.fold import name_key


@dataclass(frozen=True)
class MentionMatch:
    """What a mention names: one cluster, a stub (by fingerprint), several clusters, a
    citekey (looked up once every work has its key), or — all empty — nothing (a number
    with no such entry in the list)."""

    cluster: int | None = None
    stub: str | None = None
    candidates: tuple[int, ...] = ()
    citekey: str = ""


def _key_sets(names: list[Name]) -> list[tuple[str, ...]]:
    """Each name's keys: a person's folded family name; a body's folded name, and those
    of the name and the short name printed with it ("... Excellence [NICE]")."""
    return [
        body_name_keys(n.literal) if n.is_body else (name_key(n.particle + n.family),)
        for n in names
    ]


def _year_slot(year: int | None, no_date: bool) -> str:
    return "nd" if year is None and no_date else str(year)


def author_fit(mention: ExtractedMention, names: list[Name], truncated: bool = False) -> int:
    """How well a mention's authors fit a work's: 2 exactly, 1 loosely, 0 not at all.
    `truncated`: the work's own list ends in "et al." ("Parks, R. B. et al. 1981"), so
    it has more authors than it names."""
    keys = _key_sets(names)
    wanted = [name_key(a) for a in mention.authors]
    if not keys or not wanted or wanted[0] not in keys[0]:
        return 0
    if mention.et_al:
        if len(keys) >= 3 or truncated:
            return 2
        return 1 if len(keys) >= 2 else 0
    if any(w not in k for w, k in zip(wanted, keys, strict=False)):
        return 0
    if len(wanted) > len(keys):
        return 1 if truncated else 0
    return 2 if len(wanted) == len(keys) else 1


def stub_fingerprint(mention: ExtractedMention) -> str:
    """The identity of the stub a mention creates when no stored work fits it."""
    authors = "|".join(name_key(a) for a in mention.authors)
    etal = "+etal" if mention.et_al else ""
    year = "nd" if mention.year is None else str(mention.year)
    return f"stub:{authors}{etal}:{year}{mention.year_suffix}"


_PARTICLES = frozenset("van von de der den da di du la le del della dos das ten ter zu".split())


def name_from_citation(text: str) -> Name:
    """A name as an in-text citation gives it: a family name ("van Eijk") or a body
    ("Welsh Government")."""
    words = text.split()
    if len(words) == 1:
        return Name(family=text.strip())
    lead = [w for w in words[:-1] if w.lower() in _PARTICLES]
    if len(lead) == len(words) - 1:
        return Name(family=words[-1], particle=" ".join(lead))
    return Name(literal=" ".join(words))


def stub_work(mention: ExtractedMention) -> ExtractedWork:
    """The record of a work known only from an in-text citation: authors and year."""
    return ExtractedWork(
        type="document",
        authors=[name_from_citation(a) for a in mention.authors],
        year=mention.year,
        year_suffix=mention.year_suffix,
        no_date=mention.no_date,
        flags=["et-al"] if mention.et_al else [],
    )


def named_by(work: ExtractedWork) -> list[Name]:
    """The names a mention cites a work by: its authors, else its editors, else, for a
    law, the law's name as a body's ("Care Act" for "Care Act 2014")."""
    if work.authors or work.editors or work.type != "legislation":
        return work.authors or work.editors
    return [Name(literal=law_name(work.title)[0])]


class WorkFinder:
    """Finds the works a mention may name, by first author and year."""

    def __init__(self, clusters: list[WorkCluster]) -> None:
        self._clusters = clusters
        self._index: dict[tuple[str, str], list[int]] = defaultdict(list)
        #: Works whose first author is a body, by year and by that body's name in the
        #: form a mention naming it by its other form finds it.
        self._bodies: dict[str, InitialsIndex[int]] = defaultdict(InitialsIndex)
        #: The folded family names of people with a given name: never read as initials.
        self._families: set[str] = set()
        #: Works with no author or editor, by year, with the folded words of their
        #: titles: a mention names one by its title's first words ("Co-production Star").
        self._titled: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
        for i, cluster in enumerate(clusters):
            w = cluster.merged
            names = named_by(w)
            slot = _year_slot(w.year, w.no_date)
            if names:
                for key in _key_sets(names)[0]:
                    self._index[(key, slot)].append(i)
                if names[0].is_body:
                    self._bodies[slot].add(names[0].literal, i)
            elif w.title:
                self._titled[slot].append((_title_words(w.title), i))
            self._families.update(
                name_key(n.particle + n.family)
                for n in (*w.authors, *w.editors)
                if not n.is_body and n.given
            )

    def match(
        self,
        mention: ExtractedMention,
        citing_source: str,
        listed: set[int],
        numbered: dict[str, int] | None = None,
    ) -> MentionMatch:
        """Resolve a mention from `citing_source`, whose reference list holds `listed`
        (and, in numbered styles, `numbered`: list label -> cluster)."""
        if mention.key:
            return MentionMatch(citekey=mention.key)
        if mention.label:
            found = (numbered or {}).get(mention.label)
            return MentionMatch(cluster=found) if found is not None else MentionMatch()
        if not mention.authors:
            return MentionMatch(stub=stub_fingerprint(mention))
        slot = _year_slot(mention.year, mention.no_date)
        scored = []
        for i in self._index.get((name_key(mention.authors[0]), slot), []):
            w = self._clusters[i].merged
            fit = author_fit(mention, named_by(w), "et-al" in w.flags)
            if fit:
                scored.append((fit, i))
        if not scored or (listed and not any(i in listed for _, i in scored)):
            by_initials = self._by_initials(mention, slot, citing_source, listed)
            if by_initials is not None:
                return MentionMatch(cluster=by_initials)
        if not scored:
            by_title = self._by_title(mention, slot, listed)
            if by_title is not None:
                return MentionMatch(cluster=by_title)
        if not scored:
            return MentionMatch(stub=stub_fingerprint(mention))
        best = max(f for f, _ in scored)
        candidates = [i for f, i in scored if f == best]
        if mention.year_suffix:
            suffixed = [
                i for i in candidates if self._suffix_in(i, citing_source) == mention.year_suffix
            ]
            if not suffixed:
                return MentionMatch(stub=stub_fingerprint(mention))
            candidates = suffixed
        if len(candidates) > 1 and listed:
            own = [i for i in candidates if i in listed]
            candidates = own or candidates
        if len(candidates) == 1:
            return MentionMatch(cluster=candidates[0])
        return MentionMatch(candidates=tuple(sorted(candidates)))

    def _by_title(self, mention: ExtractedMention, slot: str, listed: set[int]) -> int | None:
        """The one work of the mention's year with no author whose title begins with the
        words the mention gives for its author, as APA cites such a work by (the first
        words of) its title; the citing text's own list first. One word is not enough:
        it would be a family name as often as a title's first word."""
        if len(mention.authors) != 1 or mention.et_al or mention.year_suffix:
            return None
        words = _title_words(mention.authors[0])
        if len(words) < 2:
            return None
        found = [i for title, i in self._titled.get(slot, ()) if title[: len(words)] == words]
        own = [i for i in found if i in listed]
        found = own or found
        return found[0] if len(found) == 1 else None

    def _by_initials(
        self, mention: ExtractedMention, slot: str, citing_source: str, listed: set[int]
    ) -> int | None:
        """The one work of the mention's year (and suffix) whose first author, a body, the
        mention names by its short name for its long name or the other way round ("OECD"
        for "Organisation for Economic Co-operation and Development"), any other author
        the same or named so too. A text with a reference list is looked up only in it;
        one without, in every work, where a short name of two letters ("DH") fits too many
        names to count."""
        if mention.et_al or slot not in self._bodies:
            return None
        pool = [
            i
            for i in self._bodies[slot].candidates(mention.authors[0])
            if not listed or i in listed
        ]
        found = []
        for i in pool:
            w = self._clusters[i].merged
            shorts = self._shorts_between(mention.authors, w.authors or w.editors)
            if shorts is None or (not listed and min(map(_letter_count, shorts)) < 3):
                continue
            if mention.year_suffix and self._suffix_in(i, citing_source) != mention.year_suffix:
                continue
            found.append(i)
        return found[0] if len(found) == 1 else None

    def _shorts_between(self, cited: list[str], names: list[Name]) -> list[str] | None:
        """The short names by which a mention's authors (`cited`) name a work's authors
        (`names`), position by position; None when some author is not the same or none
        is named by a short name."""
        if len(cited) != len(names):
            return None
        shorts = []
        for author, name, keys in zip(cited, names, _key_sets(names), strict=True):
            if name_key(author) in keys:
                continue
            short = short_name_between(author, name.literal, self._families) if name.is_body else ""
            if not short:
                return None
            shorts.append(short)
        return shorts or None

    def _suffix_in(self, i: int, citing_source: str) -> str:
        """The year suffix the citing text's own list gives a work, else the work's own."""
        cluster = self._clusters[i]
        for st in cluster.statements:
            if st.source == citing_source and st.role == "reference" and st.work.year_suffix:
                return st.work.year_suffix
        return cluster.merged.year_suffix


def _title_words(title: str) -> tuple[str, ...]:
    """The folded words of a title, for matching its first words ("Co-production star:
    A tool" gives coproduction, star, a, tool)."""
    return tuple(key for key in map(name_key, title.split()) if key)


def _letter_count(short: str) -> int:
    """How many letters and digits a short name has ("D.H." has two)."""
    return sum(c.isalnum() for c in short)


def _stub_slot(work: ExtractedWork) -> tuple[str, str]:
    return (
        _key_sets(work.authors[:1])[0][0] if work.authors else "",
        _year_slot(work.year, work.no_date) + work.year_suffix,
    )


def et_al_stub_targets(stubs: dict[str, ExtractedWork]) -> dict[str, str]:
    """Stubs cited as "Loeffler et al., 2008" that exactly one fuller stub explains (same
    first author, year and suffix, three or more authors): texts name every author at
    first and "et al." afterwards, so both are one work."""
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for fp, work in stubs.items():
        if "et-al" not in work.flags and len(work.authors) >= 3:
            full[_stub_slot(work)].append(fp)
    targets: dict[str, str] = {}
    for fp, work in stubs.items():
        if "et-al" in work.flags:
            fuller = full.get(_stub_slot(work), [])
            if len(fuller) == 1:
                targets[fp] = fuller[0]
    return targets
