"""Plain text: publisher and portal pages, full texts with author-year citations, and
reference lists — one reader that lets each extractor take what it recognises."""

from __future__ import annotations

from collections.abc import Sequence

from coprod_refs.model import ExtractedMention, Extraction, SourceDocument, Span
from coprod_refs.parse.author_page import find_author_page_mentions
from coprod_refs.parse.finder import (
    find_notes,
    find_reference_entries,
    find_reference_section,
    find_reference_sections,
    reference_list_is_notes,
)
from coprod_refs.parse.footnotes import find_footnotes
from coprod_refs.parse.han_mentions import find_han_mentions
from coprod_refs.parse.law_mentions import find_law_mentions
from coprod_refs.parse.mentions import find_mentions
from coprod_refs.parse.notes import read_notes
from coprod_refs.parse.reference import parse_reference_list
from coprod_refs.parse.section_lines import starts_entry
from coprod_refs.sources import register
from coprod_refs.sources.landing import extract_document_work, looks_like_landing_page

#: How far into a line a reference entry's names and year reach.
_ENTRY_OPENING = 200
#: The warning for a text in which no reader found anything.
NOTHING_FOUND = "nothing found: no reference list, no in-text citations, no record of the page"


@register("text", (".txt", ".text"))
def read_text(
    text: str, source: SourceDocument, cited_by_key: Sequence[ExtractedMention] = ()
) -> Extraction:
    """Extract the document's own record, its reference list and its in-text citations;
    `cited_by_key` adds citations a Markdown paper makes by citekey ("[@ostrom1990]")."""
    # A text in notes style with no list of its own: the works its notes cite in full.
    from_notes = reference_list_is_notes(text)
    entries = [] if from_notes else find_reference_entries(text)
    references = parse_reference_list([e.text for e in entries])
    for entry, ref in zip(entries, references, strict=True):
        ref.span = Span(source=source.id, start=entry.start, end=entry.end, extractor="reflist")
        ref.label = entry.label
    section = find_reference_section(text)
    listed = find_reference_sections(text)
    mentions = find_mentions(text, exclude=[] if from_notes else listed)
    notes = find_notes(text)
    footnotes = () if notes else find_footnotes(text, section)
    if notes or footnotes:  # Chicago's notes cite works in full, shortened or by "Ibid."
        cited_in_full, mentions = read_notes(
            text, notes or footnotes, references, mentions, source.id, interleaved=not notes
        )
        references += cited_in_full
    taken = [*listed, *((m.start, m.end) for m in mentions)]
    laws = find_law_mentions(text, references, exclude=taken)  # "the Care Act 2014"
    taken += [(m.start, m.end) for m in laws]
    mentions += laws + find_author_page_mentions(text, references, exclude=taken)  # MLA
    taken += [(m.start, m.end) for m in mentions]
    mentions += find_han_mentions(text, references, exclude=taken)  # "（王明，2018）"
    mentions += cited_by_key
    mentions.sort(key=lambda m: (m.start, m.end))
    landing = looks_like_landing_page(text)
    if landing:  # "Patel, Rina (2016) Title. PhD thesis, …" is the page's own citation
        mentions = [m for m in mentions if not _opens_an_entry_line(text, m.start)]
    # A text that cites is recorded as a work, so it is titled as well as its head allows.
    document = extract_document_work(text, cites=bool(mentions))
    if document is not None and document.span is not None:
        document.span = document.span.model_copy(update={"source": source.id})

    if landing:
        kind = "landing-page"
    elif mentions or document is not None:
        kind = "fulltext"
    else:
        kind = "reference-list"
    source = source.model_copy(update={"kind": kind})
    if document is None and not mentions:
        # A bare reference list: its entries are works that no document here cites.
        problems = [] if references else [f"{source.path}:1: {NOTHING_FOUND}"]
        return Extraction(source=source, works=references, problems=problems)
    return Extraction(source=source, document=document, references=references, mentions=mentions)


def _opens_an_entry_line(text: str, offset: int) -> bool:
    """The citation at `offset` stands in the opening names and year of a line printed as
    a reference entry ("Patel, Rina (2016) Title. …"): on a page about one work, that
    line is the work's own citation (or one of a list of related works), and cites
    nothing."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    return offset - start <= _ENTRY_OPENING and starts_entry(line)
