"""Statements a page makes about its work, each with the rank of its source.

A value can be stated several times: by a label ("Issue Date: June 2020"), by the layout
("Volume 31, pages 577–590 (2020)"), by the page's own citation, or weakly (an online-first
date, a copyright holder). `Statements` keeps the strongest statement for each field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from coprod_refs.model import ExtractedWork, Metric, Name
from coprod_refs.sources.page_cite import correspondence_names
from coprod_refs.sources.page_fields import FieldValue
from coprod_refs.sources.page_furniture import is_furniture
from coprod_refs.sources.page_lines import Line
from coprod_refs.sources.page_names import author_names, person_names
from coprod_refs.sources.page_roles import LineFacts, Role
from coprod_refs.sources.page_values import csl_type_of, split_trailing_date

#: Ranks of the statements a value can come from, strongest first.
ISSUED, LABELLED, LAYOUT, CITED, WEAK = range(5)
#: A book's imprint outranks a plain publisher label, as an issue date outranks a plain
#: date label.
IMPRINT = ISSUED
#: Longest keyword kept.
MAX_KEYWORD = 100

_KEYWORD_SPLIT = re.compile(r"\s*[;·•|]\s*")
_PLACE_TAIL = re.compile(r"^(.+?),\s*([A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,2})$")
_CORPORATE_TAIL = re.compile(r"\b(?:ltd|limited|inc|llc|gmbh|ag|plc|b\.v|s\.a)\b\.?", re.I)
#: Field kinds whose value may end with the work's date.
_DATED_NAMES = frozenset({"journal", "book", "publisher", "place"})
#: Field kinds stored under their own name.
_PLAIN_FIELDS = frozenset(
    "title subtitle volume issue pages article_number doi issn isbn language edition url "
    "place abstract".split()
)
_LINK = re.compile(r"(?:https?://|doi:\s*)\S+", re.IGNORECASE)
#: Words a misread citation can leave where the place belongs ("In: Book. Publisher").
_NOT_PLACES = frozenset({"in", "eds", "ed", "hrsg", "and", "pp"})


@dataclass
class Statements:
    """Values offered for each field with the rank of their source; the strongest wins."""

    values: dict[str, tuple[int, Any]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    metrics: list[Metric] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    cite_texts: list[tuple[str, list[int]]] = field(default_factory=list)
    correspondents: list[Name] = field(default_factory=list)

    def offer(
        self, name: str, value: Any, rank: int, lines: list[int] | tuple[int, ...] = ()
    ) -> None:
        """Keep `value` for `name` unless a stronger (or earlier, equally strong) one is kept."""
        if value in (None, "", []):
            return
        if name not in self.values or rank < self.values[name][0]:
            self.values[name] = (rank, value)
            self.used.update(lines)

    def get(self, name: str, default: Any = "") -> Any:
        """The kept value for `name`."""
        return self.values.get(name, (0, default))[1]


def offer_field(found: FieldValue, index: int, out: Statements) -> None:
    """Record one labelled field."""
    kind, value, at = found.kind, found.value, (index,)
    if kind in _DATED_NAMES:
        # "Published in Public Administration Review 1 May 2019", "Routledge, 2018",
        # "Cham, 2021": the date that ends the value is the work's, no part of the name.
        value, year = split_trailing_date(value)
        out.offer("year", year, LABELLED, at)
    if kind in _PLAIN_FIELDS:
        out.offer(kind, value, LABELLED, at)
    elif kind in ("journal", "book"):
        out.offer("container", (value, kind), LABELLED, at)
    elif kind == "series":
        out.offer("collection_title", value, LABELLED, at)
    elif kind in ("authors", "editors"):
        out.offer(kind, author_names(value), LABELLED, at)
    elif kind == "publisher":
        publisher, place = split_place(value)
        # The imprint a book carries ("Imprint: Palgrave Macmillan") names its publisher
        # better than the group that owns it ("Publisher: Springer Nature").
        out.offer("publisher", publisher, IMPRINT if found.label == "imprint" else LABELLED, at)
        out.offer("place", place, LABELLED, at)
    elif kind == "published":
        out.offer("year", int(value), LABELLED, at)
    elif kind == "issued":
        out.offer("year", int(value), ISSUED, at)
    elif kind == "online":
        out.offer("year", int(value), WEAK, at)
    elif kind == "status":
        status, _, year = value.partition(":")
        if year and status in ("published", "online"):
            out.offer("year", int(year), LABELLED if status == "published" else WEAK, at)
    elif kind == "type":
        out.offer("type", csl_type_of(value), LABELLED, at)
    elif kind == "keywords":
        out.keywords.extend(split_keywords(value))
        out.used.add(index)
    elif kind == "cite":
        out.cite_texts.append((value, [index]))


def split_place(value: str) -> tuple[str, str]:
    """("Palgrave Macmillan", "Cham") from a publisher field "Palgrave Macmillan, Cham"."""
    match = _PLACE_TAIL.match(value)
    if match and "," not in match.group(1) and not _CORPORATE_TAIL.search(match.group(2)):
        return match.group(1).strip(), match.group(2).strip()
    return value, ""


def split_keywords(text: str) -> list[str]:
    """The keywords of a list printed on one line ("co-production; housing; discretion"),
    split at semicolons, bullets or bars, or at commas when there is nothing else."""
    parts = _KEYWORD_SPLIT.split(text)
    if len(parts) == 1 and text.count(",") >= 1:
        parts = text.split(",")
    out = []
    for part in parts:
        word = part.strip(" .,;:")
        if word and len(word) <= MAX_KEYWORD and not is_furniture(word):
            out.append(word)
    return out


def read_statements(lines: list[Line], facts: list[LineFacts], limit: int, out: Statements) -> None:
    """Labelled fields, figures, journal placement lines, badges, DOIs and copyright lines."""
    for index in range(limit):
        fact = facts[index]
        for found in fact.fields:
            offer_field(found, index, out)
        if fact.metric is not None and all(m.name != fact.metric.name for m in out.metrics):
            out.metrics.append(fact.metric)
            out.used.add(index)
        if fact.locator is not None:
            loc, at = fact.locator, (index,)
            if loc.container:
                out.offer("container", (loc.container, "journal"), LAYOUT, at)
            for name in ("volume", "issue", "pages", "article_number"):
                out.offer(name, getattr(loc, name), LAYOUT, at)
            out.offer("year", loc.year, LAYOUT, at)
        if fact.role is Role.BADGE:
            out.offer("type", fact.badge, LAYOUT, (index,))
        elif fact.role is Role.CHAPTER:
            out.offer("type", "chapter", LAYOUT, (index,))
        if fact.role is Role.DATE and _dates_a_locator(lines, facts, index):
            out.offer("year", fact.year, LAYOUT, (index,))
        out.offer("doi", fact.doi, LAYOUT, (index,))
        out.offer("publisher", fact.publisher, WEAK, (index,))
        if fact.role is Role.CONTENT:
            named = correspondence_names(lines[index].text)
            if named:
                out.correspondents.extend(person_names(named))


def _dates_a_locator(lines: list[Line], facts: list[LineFacts], index: int) -> bool:
    """True when the date line at `index` stands next to a journal line that gives no
    year: below "Volume 81, Issue 4" (its issue date), or above "Public Management Review
    21(4):1-25" as portals print a paper's month and year."""
    above = next((j for j in range(index - 1, max(-1, index - 3), -1) if lines[j].text), None)
    below = next((j for j in range(index + 1, min(len(lines), index + 3)) if lines[j].text), None)
    near = [j for j in (above, below) if j is not None]
    return any((found := facts[j].locator) is not None and found.year is None for j in near)


def _imprint_after(text: str, container: str) -> tuple[str, str]:
    """(publisher, place) printed after the book title in a page's own citation
    ("... In: Co-Production of Public Services and Outcomes. Palgrave Macmillan, Cham.
    https://doi.org/...") when the page names that book; ("", "") otherwise."""
    at = text.casefold().find(container.casefold()) if container else -1
    if at < 0:
        return "", ""
    tail = _LINK.sub(" ", text[at + len(container) :]).strip(" .,;:")
    if not tail or len(tail) > 80 or re.search(r"[\d()]", tail):
        return "", ""
    return split_place(tail)


def offer_cited(cited: ExtractedWork, lines: list[int], out: Statements) -> None:
    """Fill gaps from the page's own citation. A publisher or place that repeats the
    page's title or book title was misread by the parser; the page, which knows the book
    title, reads the imprint printed after it instead."""
    container = out.get("container", ("", ""))[0]
    imprint = f"{cited.publisher} {cited.place}".casefold()
    misread = cited.place.casefold() in _NOT_PLACES or any(
        known and known.casefold() in imprint for known in (out.get("title"), container)
    )
    if misread or not cited.publisher:
        publisher, place = _imprint_after(cited.raw, container)
        cited = cited.model_copy(update={"publisher": publisher, "place": place})
    for name in (
        "title",
        "volume",
        "issue",
        "pages",
        "article_number",
        "edition",
        "publisher",
        "place",
        "doi",
        "isbn",
        "issn",
        "collection_title",
    ):
        out.offer(name, getattr(cited, name), CITED, lines)
    out.offer("year", cited.year, CITED, lines)
    if cited.container_title:
        kind = cited.container_kind or ("book" if cited.type == "chapter" else "journal")
        out.offer("container", (cited.container_title, kind), CITED, lines)
    out.offer("editors", cited.editors, CITED, lines)
    out.offer("cited_type", cited.type, CITED, lines)
