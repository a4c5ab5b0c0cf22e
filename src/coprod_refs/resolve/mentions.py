"""Mentions to works: "(Bovaird & Loeffler, 2012)" names the work with those authors and year.

A mention resolves to the one work it fits; a year suffix ("2016a") and the citing text's
own reference list narrow the choice. No fit makes a stub; several fits are reported as
an ambiguity, never guessed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from coprod_refs.model import ExtractedMention, ExtractedWork, Name
from coprod_refs.resolve.works import WorkCluster
from coprod_refs.text.fold import name_key


@dataclass(frozen=True)
class MentionMatch:
    """What a mention names: one cluster, a stub (by fingerprint), several clusters, or —
    all empty — nothing (a number with no such entry in the list)."""

    cluster: int | None = None
    stub: str | None = None
    candidates: tuple[int, ...] = ()


def _author_keys(names: list[Name]) -> list[str]:
    return [name_key(n.literal) if n.is_body else name_key(n.particle + n.family) for n in names]


def _year_slot(year: int | None, no_date: bool) -> str:
    return "nd" if year is None and no_date else str(year)


def author_fit(mention: ExtractedMention, names: list[Name], truncated: bool = False) -> int:
    """How well a mention's authors fit a work's: 2 exactly, 1 loosely, 0 not at all.
    `truncated`: the work's own list ends in "et al." ("Parks, R. B. et al. 1981"), so
    it has more authors than it names."""
    keys = _author_keys(names)
    wanted = [name_key(a) for a in mention.authors]
    if not keys or not wanted or wanted[0] != keys[0]:
        return 0
    if mention.et_al:
        if len(keys) >= 3 or truncated:
            return 2
        return 1 if len(keys) >= 2 else 0
    if any(w != k for w, k in zip(wanted, keys, strict=False)):
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


class WorkFinder:
    """Finds the works a mention may name, by first author and year."""

    def __init__(self, clusters: list[WorkCluster]) -> None:
        self._clusters = clusters
        self._index: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, cluster in enumerate(clusters):
            w = cluster.merged
            names = w.authors or w.editors
            if names:
                slot = _year_slot(w.year, w.no_date)
                self._index[(_author_keys(names)[0], slot)].append(i)

    def match(
        self,
        mention: ExtractedMention,
        citing_source: str,
        listed: set[int],
        numbered: dict[str, int] | None = None,
    ) -> MentionMatch:
        """Resolve a mention from `citing_source`, whose reference list holds `listed`
        (and, in numbered styles, `numbered`: list label -> cluster)."""
        if mention.label:
            found = (numbered or {}).get(mention.label)
            return MentionMatch(cluster=found) if found is not None else MentionMatch()
        if not mention.authors:
            return MentionMatch(stub=stub_fingerprint(mention))
        slot = _year_slot(mention.year, mention.no_date)
        scored = []
        for i in self._index.get((name_key(mention.authors[0]), slot), []):
            w = self._clusters[i].merged
            fit = author_fit(mention, w.authors or w.editors, "et-al" in w.flags)
            if fit:
                scored.append((fit, i))
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

    def _suffix_in(self, i: int, citing_source: str) -> str:
        """The year suffix the citing text's own list gives a work, else the work's own."""
        cluster = self._clusters[i]
        for st in cluster.statements:
            if st.source == citing_source and st.role == "reference" and st.work.year_suffix:
                return st.work.year_suffix
        return cluster.merged.year_suffix


def _stub_slot(work: ExtractedWork) -> tuple[str, str]:
    return (
        _author_keys(work.authors)[0] if work.authors else "",
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
