"""One BibTeX/BibLaTeX entry's type and fields to the values of an extracted work.

The values are plain data (strings, numbers, tuples), so they cross from a parsing
process to the reading one cheaply; `sources.bibtex` makes the records from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from coprod_refs.parse.fields import (
    month_number,
    publication_status,
    stated_date,
    valid_month_day,
)
from coprod_refs.sources.bibtex_text import NameParts, decode_latex, decode_verbatim, name_parts

#: BibTeX/BibLaTeX entry type -> CSL type.
ENTRY_TYPES: dict[str, str] = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "booklet": "book",
    "proceedings": "book",
    "collection": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "bookinbook": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "techreport": "report",
    "report": "report",
    "manual": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "unpublished": "manuscript",
    "dataset": "dataset",
    "inreference": "entry-encyclopedia",
    "legislation": "legislation",
    "misc": "document",
}

#: Entry types whose `series` names the work's own container (a book or report series).
_SERIES_IS_CONTAINER = ("book", "mvbook", "techreport", "report")
_REPORT_TYPES = ("techreport", "report", "manual")

_PAGE_DASH = re.compile(r"\s*(?:--?-?|[\u2010-\u2015\u2212])\s*")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_LIST_SEPARATOR = re.compile(r"[,;]")


class EntryValues(NamedTuple):
    """What one entry states, decoded: the fields of an extracted work, names as parts."""

    type: str
    key: str
    aliases: tuple[str, ...]
    title: str
    authors: tuple[NameParts, ...]
    editors: tuple[NameParts, ...]
    translators: tuple[NameParts, ...]
    year: int | None
    month: int | None
    day: int | None
    no_date: bool
    status: str
    container_title: str
    container_kind: str
    collection_title: str
    volume: str
    issue: str
    pages: str
    article_number: str
    edition: str
    publisher: str
    place: str
    doi: str
    url: str
    accessed: str
    original_date: str
    isbn: str
    issn: str
    abstract: str
    keywords: tuple[str, ...]
    language: str
    note: str
    genre: str


def _year(fields: Mapping[str, str]) -> tuple[int | None, bool]:
    for name in ("year", "date"):
        value = fields.get(name, "")
        found = _YEAR.search(value)
        if found:
            return int(found.group(1)), False
    value = (fields.get("year") or fields.get("date") or "").lower()
    return None, "n.d" in value or "no date" in value


def _month_day(fields: Mapping[str, str], year: int | None) -> tuple[int | None, int | None]:
    """Month and day of publication: from biblatex's `date` ("2019-03-05", "2019-03"),
    else BibTeX's `month` ("mar", "March", "3") with biblatex's `day`; only beside the
    year they belong to, and only as far as they can be (no 31 February)."""
    if year is None:
        return None, None
    found, month, day = stated_date(fields.get("date", ""))
    if found == year and month is not None:
        return month, day
    month = month_number(fields.get("month", ""))
    if month is None:
        return None, None
    day_text = fields.get("day", "").strip(" {}")
    return valid_month_day(year, month, int(day_text) if day_text.isdigit() else 0)


def _status(fields: Mapping[str, str]) -> str:
    """ "in press" or "forthcoming" from biblatex's `pubstate` ("inpress") or a year
    field that says so ("in press"); "" otherwise."""
    pubstate = fields.get("pubstate", "").lower()
    if pubstate in ("inpress", "in press", "accepted"):
        return "in press"
    if pubstate in ("forthcoming", "submitted", "prepublished"):
        return "forthcoming"
    return publication_status(fields.get("year") or fields.get("date") or "")


def _split_list(value: str) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(k.strip() for k in _LIST_SEPARATOR.split(decode_latex(value)) if k.strip())


def _text_of(fields: dict[str, str]) -> Callable[..., str]:
    """A function giving the first of the named fields whose value, decoded as text, is
    not empty (else ""); each value is decoded once, when first asked for."""
    decoded: dict[str, str] = {}

    def text(*names: str) -> str:
        for name in names:
            raw = fields.get(name)
            if raw:
                value = decoded.get(name)
                if value is None:
                    value = decoded[name] = decode_latex(raw)
                if value:
                    return value
        return ""

    return text


def entry_values(entry_type: str, key: str, raw_fields: Mapping[str, object]) -> EntryValues:
    """The decoded values of one entry from its type, key and (still LaTeX) field values."""
    fields = {k.lower(): str(v) for k, v in raw_fields.items()}
    etype = entry_type.lower()
    text = _text_of(fields)
    # A law: biblatex's `@legislation`, or the `@misc` with `entrysubtype = {legislation}`
    # the BibLaTeX export writes; its number is in `number` or `howpublished`.
    is_law = etype == "legislation" or (
        etype == "misc" and text("entrysubtype").lower() == "legislation"
    )

    year, no_date = _year(fields)
    month, day = _month_day(fields, year)
    title = text("title")
    subtitle = text("subtitle")
    if subtitle:
        title = f"{title}: {subtitle}" if title else subtitle
    container, container_kind = "", ""
    series = text("series")
    if text("journaltitle", "journal"):
        container, container_kind = text("journaltitle", "journal"), "journal"
    elif text("booktitle"):
        container, container_kind = text("booktitle"), "book"
    elif etype in _SERIES_IS_CONTAINER and series:
        container, container_kind = series, "series"
    elif etype == "online" and text("organization"):
        container, container_kind = text("organization"), "website"
    url = decode_verbatim(fields.get("url", ""))
    howpublished = fields.get("howpublished", "")
    if not url and "\\url" in howpublished:
        url = decode_verbatim(howpublished)
    elif howpublished and not container and not is_law:
        container, container_kind = decode_latex(howpublished), "website"
    number = text("number")
    if is_law and not number and "\\url" not in howpublished:
        number = decode_latex(howpublished)
    # A report's or a law's number is its own, not the issue of a journal.
    is_report = etype in _REPORT_TYPES or is_law
    return EntryValues(
        type="legislation" if is_law else ENTRY_TYPES.get(etype, "document"),
        key=key,
        aliases=_split_list(fields.get("ids", "")),
        title=title,
        authors=name_parts(fields.get("author", "")),
        editors=name_parts(fields.get("editor", "")),
        translators=name_parts(fields.get("translator", "")),
        year=year,
        month=month,
        day=day,
        no_date=no_date,
        status=_status(fields) if year is None and not no_date else "",
        container_title=container,
        container_kind=container_kind,
        collection_title="" if container_kind == "series" else series,
        volume=text("volume"),
        issue="" if is_report else (number or text("issue")),
        pages=_PAGE_DASH.sub("-", text("pages")),
        article_number=text("eid") or (number if is_report else ""),
        edition=text("edition"),
        publisher=text("publisher", "institution", "school")
        or ("" if etype == "online" else text("organization")),
        place=text("location", "address"),
        doi=decode_verbatim(fields.get("doi", "")),
        url=url,
        accessed=text("urldate"),
        original_date=text("origdate"),
        isbn=text("isbn"),
        issn=text("issn"),
        abstract=text("abstract"),
        keywords=_split_list(fields.get("keywords", "")),
        language=text("langid", "language"),
        note=text("note"),
        genre=_genre(etype, text("type")),
    )


#: biblatex's `type` keys -> the genre they print; "" for the entry type's default.
_TYPE_KEYS = {
    "phdthesis": "",
    "techreport": "",
    "mathesis": "Master's thesis",
    "candthesis": "Candidate thesis",
    "resreport": "Research report",
}


def _genre(etype: str, type_field: str) -> str:
    """The genre an entry states: its `type` (a biblatex key read as the words it
    prints), or "Master's thesis" for BibTeX's `@mastersthesis`."""
    if type_field.lower() in _TYPE_KEYS:
        return _TYPE_KEYS[type_field.lower()]
    if not type_field and etype == "mastersthesis":
        return "Master's thesis"
    return type_field
