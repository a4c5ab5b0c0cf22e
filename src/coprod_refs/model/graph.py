"""The whole reference graph in memory, with the look-ups every consumer needs."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from coprod_refs.model.records import (
    Ambiguity,
    Body,
    Citation,
    Person,
    SourceDocument,
    Venue,
    Work,
)


@dataclass
class Graph:
    """Works, people and bodies, venues, citations and sources, as loaded from a store.

    Read-only consumers (query, export, validate) take a Graph; only `resolve` builds one.
    """

    works: dict[str, Work] = field(default_factory=dict)
    agents: dict[str, Person | Body] = field(default_factory=dict)
    venues: dict[str, Venue] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    sources: dict[str, SourceDocument] = field(default_factory=dict)
    ambiguities: list[Ambiguity] = field(default_factory=list)

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Old citekey -> current citekey, for every alias a work keeps."""
        return {alias: w.key for w in self.works.values() for alias in w.aliases}

    def resolve_key(self, key: str) -> str | None:
        """The current citekey for `key`, following aliases; None when unknown."""
        if key in self.works:
            return key
        return self.aliases.get(key)

    def work(self, key: str) -> Work | None:
        """The work for a citekey or alias."""
        current = self.resolve_key(key)
        return self.works.get(current) if current else None

    @cached_property
    def _outgoing(self) -> dict[str, list[Citation]]:
        out: dict[str, list[Citation]] = defaultdict(list)
        for c in self.citations:
            out[c.citing].append(c)
        return dict(out)

    @cached_property
    def _incoming(self) -> dict[str, list[Citation]]:
        inc: dict[str, list[Citation]] = defaultdict(list)
        for c in self.citations:
            inc[c.cited].append(c)
        return dict(inc)

    def cites(self, key: str) -> list[Citation]:
        """Citations from the work `key` (its references), in store order."""
        return self._outgoing.get(self.resolve_key(key) or key, [])

    def cited_by(self, key: str) -> list[Citation]:
        """Citations to the work `key`, in store order."""
        return self._incoming.get(self.resolve_key(key) or key, [])

    def author_names(self, work: Work) -> list[str]:
        """Display names of a work's authors, in order."""
        return [self.agents[a].display() for a in work.authors if a in self.agents]

    def venue_of(self, work: Work) -> Venue | None:
        """The venue a work appears in, if any."""
        return self.venues.get(work.container) if work.container else None

    def series_of(self, work: Work) -> str:
        """The series a work appears in: its container when that is a series (a .bib
        book's `series`), else its collection title. A law's code is a series too, but
        it is where the law is published, so it stays the law's container."""
        venue = self.venue_of(work)
        return (
            venue.name if venue is not None and _is_series(venue, work) else work.collection_title
        )

    def container_of(self, work: Work) -> Venue | None:
        """The journal, book or website a work appears in: its venue unless that is the
        series `series_of` gives."""
        venue = self.venue_of(work)
        return None if venue is not None and _is_series(venue, work) else venue


def _is_series(venue: Venue, work: Work) -> bool:
    """The venue is the series the work appears in (not a law's code)."""
    return venue.kind == "series" and work.type != "legislation"
