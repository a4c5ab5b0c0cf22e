"""The work a page's bibliographic meta tags state: Highwire Press `citation_*`, Dublin
Core `dc.*` and `prism.*` tags, and a JSON-LD block's `datePublished`. Saved pages state
their own work so, and each `citation_reference` tag states one of their references in
the same fields (see `html_references`)."""

from __future__ import annotations

import re

from coprod_refs.errors import ParseError
from coprod_refs.model import ExtractedWork, Name
from coprod_refs.parse import fields
from coprod_refs.parse.names import parse_name_list
from coprod_refs.store import safejson

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")

#: Meta tag names for each field, the first one present wins.
_TITLE = ("citation_title", "dc.title", "prism.title")
_AUTHORS = ("citation_author", "dc.creator", "citation_authors")
#: Dates of the issue or edition: they give the year, ahead of the page's text.
ISSUE_DATES = (
    "citation_publication_date",
    "citation_date",
    "citation_cover_date",
    "prism.publicationdate",
    "prism.coverdate",
)
#: Dates that may be the online-first version's (Taylor & Francis print the online date
#: as `dc.Date`): they give the year only when the page states no other.
_ONLINE_DATES = ("dc.date", "citation_online_date", "prism.onlinedate")
_JOURNAL = ("citation_journal_title", "prism.publicationname")
_BOOK = ("citation_book_title", "citation_inbook_title")
_CONFERENCE = ("citation_conference_title",)
_PLAIN = {
    "volume": ("citation_volume", "prism.volume"),
    "issue": ("citation_issue", "prism.number"),
    "publisher": ("citation_publisher", "dc.publisher"),
    "isbn": ("citation_isbn",),
    "issn": ("citation_issn", "prism.issn"),
    "language": ("citation_language", "dc.language"),
    "abstract": ("citation_abstract",),
}
_TYPES = (
    ("citation_dissertation_institution", "thesis"),
    ("citation_technical_report_institution", "report"),
)


def first_value(meta: dict[str, list[str]], names: tuple[str, ...]) -> str:
    """The first value of the first of these tags the page has ("" when none)."""
    return next((meta[n][0] for n in names if meta.get(n)), "")


def date_parts(text: str) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of a date tag's value: the year it names, and the month and
    day when it states them with that year ("2019/03/05", "2019-03-05T10:00:00Z", "05 Mar
    2019"; see `fields.stated_date`)."""
    found = _YEAR.search(text)
    if found is None:
        return None, None, None
    year = int(found.group(1))
    stated_year, month, day = fields.stated_date(text)
    return (year, month, day) if stated_year == year else (year, None, None)


def json_ld_date(blocks: list[str]) -> str:
    """The `datePublished` of the first item of a page's JSON-LD blocks that states one
    (an item at the top, in a list or in an `@graph`); "" when none does or a block is
    not JSON."""
    for block in blocks:
        try:
            data = safejson.loads(block)
        except ParseError:
            continue
        items = data if isinstance(data, list) else [data]
        graphs = [i["@graph"] for i in items if isinstance(i, dict) and "@graph" in i]
        items += [g for graph in graphs if isinstance(graph, list) for g in graph]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return item["datePublished"]
    return ""


def _authors(meta: dict[str, list[str]]) -> list[Name]:
    for name in _AUTHORS:
        values = meta.get(name, [])
        if name == "citation_authors":
            values = [v for value in values for v in value.split(";")]
        people = [person for value in values for person in parse_name_list(value).names[:1]]
        if people:
            return people
    return []


def _pages(meta: dict[str, list[str]]) -> str:
    first = first_value(meta, ("citation_firstpage", "prism.startingpage"))
    last = first_value(meta, ("citation_lastpage", "prism.endingpage"))
    if first and last and last != first:
        return fields.normalise_pages(f"{first}-{last}")[0]
    return first


def work_from_meta(
    meta: dict[str, list[str]], json_ld: list[str] | None = None
) -> ExtractedWork | None:
    """The work a page's bibliographic meta tags state, or None when they name no title.

    Its date is the first of: an issue date tag, the `datePublished` of the page's
    `json_ld` blocks, an online date tag (`dc.date`); month and day come with the year
    when the date states them ("2019/03/05")."""
    title = first_value(meta, _TITLE)
    if not title:
        return None
    journal, book = first_value(meta, _JOURNAL), first_value(meta, _BOOK)
    conference = first_value(meta, _CONFERENCE)
    kind = "journal" if journal else "book" if book or conference else ""
    work_type = next((t for name, t in _TYPES if meta.get(name)), "")
    work_type = work_type or (
        "article-journal"
        if journal
        else "paper-conference"
        if conference
        else "chapter"
        if book
        else ""
    )
    dates = (
        first_value(meta, ISSUE_DATES),
        json_ld_date(json_ld or []),
        first_value(meta, _ONLINE_DATES),
    )
    year, month, day = next(
        (parts for parts in map(date_parts, dates) if parts[0] is not None), (None, None, None)
    )
    doi = fields.normalise_doi(first_value(meta, ("citation_doi", "dc.identifier", "prism.doi")))
    keywords = [
        k.strip() for value in meta.get("citation_keywords", []) for k in re.split(r"[;,]", value)
    ]
    plain = {key: first_value(meta, names) for key, names in _PLAIN.items()}
    return ExtractedWork(
        type=work_type,
        title=fields.clean_text(title),
        authors=_authors(meta),
        year=year,
        month=month,
        day=day,
        container_title=journal or book or conference,
        container_kind=kind,
        pages=_pages(meta),
        doi=doi,
        url=first_value(
            meta, ("citation_abstract_html_url", "citation_fulltext_html_url", "og:url")
        ),
        keywords=[k for k in keywords if k],
        **{k: v for k, v in plain.items() if v},
    )
