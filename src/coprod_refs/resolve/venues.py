"""Venues: one journal, book or website record however its name is written."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from coprod_refs.model import ExtractedWork, Venue
from coprod_refs.model.trusted import trusted
from coprod_refs.resolve.journal_names import same_journal
from coprod_refs.text.fold import ascii_fold, slug

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")

#: Work types whose container is a book, not a journal.
_BOOK_PARTS = frozenset({"chapter", "entry-encyclopedia", "paper-conference"})


@lru_cache(maxsize=1 << 16)
def venue_name_key(name: str) -> str:
    """A matching key for a venue name: case, accents, "&"/"and", a leading "The" ignored."""
    text = ascii_fold(name).replace("&", " and ")
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text).replace(" ", "")


def venue_kind(work: ExtractedWork) -> str:
    """The kind of venue a work's container is: journal, book, series or website."""
    if work.container_kind in ("journal", "book", "series", "website"):
        return work.container_kind
    if work.type in _BOOK_PARTS:
        return "book"
    if work.type in ("webpage", "post-weblog"):
        return "website"
    return "journal"


@dataclass
class VenueIndex:
    """Venues made from works' container titles, and the venue id of each (kind, name)."""

    venues: dict[str, Venue]
    by_name: dict[tuple[str, str], str]

    def venue_id(self, work: ExtractedWork) -> str | None:
        """The venue id of a work's container, or None when it names none."""
        if not work.container_title.strip():
            return None
        return self.by_name.get((venue_kind(work), venue_name_key(work.container_title)))


def resolve_venues(works: Iterable[tuple[ExtractedWork, str]]) -> VenueIndex:
    """Venues for (work, source id) pairs: one per kind and folded name, where a
    journal's abbreviated name or short title joins its full name's venue
    (`journal_names.same_journal`)."""
    groups: dict[tuple[str, str], list[tuple[ExtractedWork, str]]] = defaultdict(list)
    for work, source in works:
        if work.container_title.strip():
            groups[(venue_kind(work), venue_name_key(work.container_title))].append((work, source))
    names = {group: _common_form(members) for group, members in groups.items()}
    journals = (name for (kind, _), name in names.items() if kind == "journal")
    full_of = same_journal(journals, venue_name_key)
    home = {
        group: ("journal", venue_name_key(full_of[name]))
        if group[0] == "journal" and name in full_of
        else group
        for group, name in names.items()
    }
    gathered: dict[tuple[str, str], list[tuple[ExtractedWork, str]]] = defaultdict(list)
    for group, members in groups.items():
        gathered[home[group]].extend(members)
    venues: dict[str, Venue] = {}
    venue_of_home: dict[tuple[str, str], str] = {}
    for (kind, key), members in sorted(gathered.items(), key=lambda item: item[0]):
        forms = Counter(w.container_title.strip() for w, _ in members)
        name = names[(kind, key)]
        venue_id = f"{kind}-{slug(name)[:60].strip('-') or key[:60]}"
        n = 2
        while venue_id in venues:
            venue_id = f"{kind}-{slug(name)[:60]}-{n}"
            n += 1
        identifiers: dict[str, str] = {}
        issns = sorted({w.issn for w, _ in members if w.issn})
        if issns and kind == "journal":
            identifiers["issn"] = issns[0]
        publishers = Counter(w.publisher for w, _ in members if w.publisher and kind == "book")
        places = Counter(w.place for w, _ in members if w.place and kind == "book")
        venues[venue_id] = trusted(
            Venue,
            {
                "id": venue_id,
                "name": name,
                "kind": kind,
                "identifiers": identifiers,
                "publisher": min(publishers, key=lambda p: (-publishers[p], p))
                if publishers
                else "",
                "place": min(places, key=lambda p: (-places[p], p)) if places else "",
                "name_forms": sorted(forms),
                "sources": sorted({s for _, s in members}),
            },
        )
        venue_of_home[(kind, key)] = venue_id
    by_name = {group: venue_of_home[at] for group, at in home.items()}
    return VenueIndex(venues=venues, by_name=by_name)


def _common_form(members: list[tuple[ExtractedWork, str]]) -> str:
    """The form of a venue's name its works give most often (then the one with the
    most capitals, then the first in order)."""
    forms = Counter(w.container_title.strip() for w, _ in members)
    return min(forms, key=lambda f: (-forms[f], -sum(c.isupper() for c in f), f))
