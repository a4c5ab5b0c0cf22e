"""Web pages saved as HTML: their text is read as a pasted page is, and the
bibliographic meta tags publishers put in the head (Highwire Press `citation_*`, Dublin
Core `dc.*`, `prism.*`) state the page's own work field by field, ahead of what the
layout suggests; a JSON-LD block's `datePublished` dates it too. Offsets in an HTML page
refer to its text (`html_text.page_text`)."""

from __future__ import annotations

import re

from coprod_refs.errors import ParseError
from coprod_refs.model import ExtractedWork, Extraction, Name, SourceDocument
from coprod_refs.parse import fields
from coprod_refs.parse.names import parse_name_list
from coprod_refs.sources import register
from coprod_refs.sources.html_text import page_text
from coprod_refs.sources.text import read_text
from coprod_refs.store import safejson

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")

#: Meta tag names for each field, the first one present wins.
_TITLE = ("citation_title", "dc.title", "prism.title")
_AUTHORS = ("citation_author", "dc.creator", "citation_authors")
#: Dates of the issue or edition: they give the year, ahead of the page's text.
_ISSUE_DATES = (
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


@register("html", (".html", ".htm", ".xhtml"))
def read_html(html: str, source: SourceDocument) -> Extraction:
    """Read a saved page: its text as the text reader reads it, its own work completed
    (and corrected) by the page's bibliographic meta tags."""
    page = page_text(html)
    extraction = read_text(page.text, source)
    stated = work_from_meta(page.meta, page.json_ld)
    document = extraction.document
    if stated is None:
        year, month, day = _dated(json_ld_date(page.json_ld))
        if document is None or month is None or document.year != year or document.month:
            return extraction
        # A page without meta tags: its JSON-LD date completes the date its text gives.
        dated = document.model_copy(update={"month": month, "day": day})
        return extraction.model_copy(update={"document": dated})
    if document is None:
        # A page whose text held only a list: the list is the references of the work the
        # meta tags state.
        page_source = extraction.source
        if page_source.kind == "reference-list":
            page_source = page_source.model_copy(update={"kind": "landing-page"})
        return extraction.model_copy(
            update={
                "source": page_source,
                "document": stated,
                "references": extraction.references or extraction.works,
                "works": [],
            }
        )
    given = {k: getattr(stated, k) for k in stated.model_fields_set if getattr(stated, k)}
    if document.year is not None and _dated(_first(page.meta, _ISSUE_DATES))[0] is None:
        # An online date yields to the issue year the page prints ("Volume 18, 2016"),
        # and its month and day go with it.
        given.pop("year", None)
        if stated.year != document.year:
            given.pop("month", None)
            given.pop("day", None)
    return extraction.model_copy(update={"document": document.model_copy(update=given)})


def _first(meta: dict[str, list[str]], names: tuple[str, ...]) -> str:
    return next((meta[n][0] for n in names if meta.get(n)), "")


def _dated(text: str) -> tuple[int | None, int | None, int | None]:
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
    first = _first(meta, ("citation_firstpage", "prism.startingpage"))
    last = _first(meta, ("citation_lastpage", "prism.endingpage"))
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
    title = _first(meta, _TITLE)
    if not title:
        return None
    journal, book = _first(meta, _JOURNAL), _first(meta, _BOOK)
    conference = _first(meta, _CONFERENCE)
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
    dates = (_first(meta, _ISSUE_DATES), json_ld_date(json_ld or []), _first(meta, _ONLINE_DATES))
    year, month, day = next(
        (dated for dated in map(_dated, dates) if dated[0] is not None), (None, None, None)
    )
    doi = fields.normalise_doi(_first(meta, ("citation_doi", "dc.identifier", "prism.doi")))
    keywords = [
        k.strip() for value in meta.get("citation_keywords", []) for k in re.split(r"[;,]", value)
    ]
    plain = {key: _first(meta, names) for key, names in _PLAIN.items()}
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
        url=_first(meta, ("citation_abstract_html_url", "citation_fulltext_html_url", "og:url")),
        keywords=[k for k in keywords if k],
        **{k: v for k, v in plain.items() if v},
    )
