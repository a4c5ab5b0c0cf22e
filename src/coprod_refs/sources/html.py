"""Web pages saved as HTML: their text is read as a pasted page is, and the
bibliographic meta tags publishers put in the head (Highwire Press `citation_*`, Dublin
Core `dc.*`, `prism.*`) state the page's own work field by field, ahead of what the
layout suggests; a JSON-LD block's `datePublished` dates it too. Offsets in an HTML page
refer to its text (`html_text.page_text`)."""

from __future__ import annotations

from coprod_refs.model import Extraction, SourceDocument
from coprod_refs.parse.mentions import ListNumbering, find_mentions
from coprod_refs.sources import register
from coprod_refs.sources.html_meta import (
    ISSUE_DATES,
    date_parts,
    first_value,
    json_ld_date,
    work_from_meta,
)
from coprod_refs.sources.html_references import references_from_meta
from coprod_refs.sources.html_text import PageText, page_text
from coprod_refs.sources.text import NOTHING_FOUND, read_text


@register("html", (".html", ".htm", ".xhtml"))
def read_html(html: str, source: SourceDocument) -> Extraction:
    """Read a saved page: its text as the text reader reads it, its own work completed
    (and corrected) by the page's bibliographic meta tags, and its references taken from
    its `citation_reference` tags when its text holds no list."""
    page = page_text(html)
    extraction = _with_listed_references(
        _with_stated_work(read_text(page.text, source), page), page
    )
    if extraction.document is None and not extraction.works:
        return extraction
    problems = [p for p in extraction.problems if not p.endswith(NOTHING_FOUND)]
    return extraction.model_copy(update={"problems": problems})


def _with_stated_work(extraction: Extraction, page: PageText) -> Extraction:
    """The extraction with the page's own work as its meta tags state it."""
    stated = work_from_meta(page.meta, page.json_ld)
    document = extraction.document
    if stated is None:
        year, month, day = date_parts(json_ld_date(page.json_ld))
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
    if document.year is not None and date_parts(first_value(page.meta, ISSUE_DATES))[0] is None:
        # An online date yields to the issue year the page prints ("Volume 18, 2016"),
        # and its month and day go with it.
        given.pop("year", None)
        if stated.year != document.year:
            given.pop("month", None)
            given.pop("day", None)
    return extraction.model_copy(update={"document": document.model_copy(update=given)})


def _with_listed_references(extraction: Extraction, page: PageText) -> Extraction:
    """A page whose text holds no reference list takes the references its tags state, in
    their order; a page that cites by number ("[3]", "[1, 2]") and by nothing else cites
    them by their place in that order."""
    if extraction.references or extraction.works:
        return extraction
    listed = references_from_meta(page.meta)
    if not listed:
        return extraction
    if extraction.document is None:
        return extraction.model_copy(update={"works": listed})
    mentions = extraction.mentions
    if not any(m.authors for m in mentions):
        # The tags' order is the list's: a numbered citation cites its place in it.
        numbering = ListNumbering(highest=len(listed), parenthesised=False, section=None)
        numbered = [m for m in find_mentions(page.text, numbering=numbering) if m.label]
        if numbered:
            for number, ref in enumerate(listed, 1):
                ref.label = str(number)
            mentions = sorted([*mentions, *numbered], key=lambda m: (m.start, m.end))
    return extraction.model_copy(update={"references": listed, "mentions": mentions})
