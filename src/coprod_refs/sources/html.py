"""Web pages saved as HTML: their text is read as a pasted page is, and the
bibliographic meta tags publishers put in the head (Highwire Press `citation_*`, Dublin
Core `dc.*`, `prism.*`) state the page's own work field by field, ahead of what the
layout suggests. Offsets in an HTML page refer to its text (`html_text.page_text`)."""

from __future__ import annotations

import re

from coprod_refs.model import ExtractedWork, Extraction, Name, SourceDocument
from coprod_refs.parse import fields
from coprod_refs.parse.names import parse_name_list
from coprod_refs.sources import register
from coprod_refs.sources.html_text import page_text
from coprod_refs.sources.text import read_text

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
    stated = work_from_meta(page.meta)
    if stated is None:
        return extraction
    document = extraction.document
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
    if document.year is not None and _year(page.meta, _ISSUE_DATES) is None:
        # An online date yields to the issue year the page prints ("Volume 18, 2016").
        given.pop("year", None)
    return extraction.model_copy(update={"document": document.model_copy(update=given)})


def _first(meta: dict[str, list[str]], names: tuple[str, ...]) -> str:
    return next((meta[n][0] for n in names if meta.get(n)), "")


def _year(meta: dict[str, list[str]], names: tuple[str, ...]) -> int | None:
    """The year of the first of the date tags `names` the page has."""
    found = _YEAR.search(_first(meta, names))
    return int(found.group(1)) if found else None


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


def work_from_meta(meta: dict[str, list[str]]) -> ExtractedWork | None:
    """The work a page's bibliographic meta tags state, or None when they name no title."""
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
    year = _year(meta, _ISSUE_DATES) or _year(meta, _ONLINE_DATES)
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
        container_title=journal or book or conference,
        container_kind=kind,
        pages=_pages(meta),
        doi=doi,
        url=_first(meta, ("citation_abstract_html_url", "citation_fulltext_html_url", "og:url")),
        keywords=[k for k in keywords if k],
        **{k: v for k, v in plain.items() if v},
    )
