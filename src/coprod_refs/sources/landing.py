"""What a text says about itself: the document's own work record.

Publisher and research-portal pages (Springer Link, Emerald, ScienceDirect, Wiley, Taylor
& Francis, SAGE, JSTOR, Pure portals, repositories, ...) state a work in labelled fields,
in an unlabelled head (title, author line, journal line) and in a "Cite this article"
block; full texts state it in their first lines ("Chapter 13", title, authors). This
module puts those statements together: labelled fields first, then what the layout
shows, then the page's own citation (read by the reference parser) to fill gaps, and
never page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod_refs.model import ExtractedWork, Name, Span
from coprod_refs.sources.page_blocks import (
    is_portal,
    read_abstract,
    read_bullet_keywords,
    read_keyword_section,
    unlabelled_abstract,
)
from coprod_refs.sources.page_cite import cite_block, enrich_names, merge_authors, parse_cite
from coprod_refs.sources.page_layout import (
    is_prose,
    journal_like,
    paragraph_text,
    paragraphs,
    read_head,
    series_below_title,
)
from coprod_refs.sources.page_lines import (
    Line,
    Section,
    assign_sections,
    heading_section,
    split_lines,
)
from coprod_refs.sources.page_roles import LineFacts, Role, classify
from coprod_refs.sources.page_statements import (
    LABELLED,
    LAYOUT,
    WEAK,
    Statements,
    offer_cited,
    read_statements,
)
from coprod_refs.text.fold import name_key

#: Only this much of a text is read (a page is small; a full text's head is at its start).
MAX_TEXT_CHARS = 1_000_000
#: Longest text taken for a landing page (a copied page, references included, is smaller).
MAX_PAGE_CHARS = 300_000
#: Most lines of a full text read as its head.
MAX_HEAD_LINES = 300
#: Fewest distinct page signals (fields, figures, badges, page headings) on a landing page.
MIN_PAGE_SIGNALS = 3
#: Most prose paragraphs outside the abstract that a landing page carries.
MAX_PAGE_PROSE = 3

#: Sections that end a full text's head.
_TEXT_ENDS = (Section.BODY, Section.SKIP)
_BOOK_PARTS = re.compile(
    r"^(?:introduction|preface|foreword|conclusions?|epilogue|prologue|afterword|postscript)"
    r"(?:\s*[:.–-]\s*\S.*)?$",
    re.IGNORECASE,
)
#: "Chapter 3. Co-production and its discontents": the title is what follows the number.
_NUMBERED_CHAPTER = re.compile(
    r"^(?:chapter|kapitel|chapitre|cap[ií]tulo|capitolo|hoofdstuk)\s+(?:\d{1,3}|[ivxlc]{1,7})"
    r"\s*[:.–—-]\s*(\S.{2,})$",
    re.IGNORECASE,
)


def _prose_paragraphs(lines: list[Line], sections: list[Section | None]) -> int:
    """How many prose paragraphs the text has outside its abstract, citation and lists."""
    count = 0
    for first, last in paragraphs(lines, sections, 0, len(lines)):
        if sections[first] in (Section.ABSTRACT, Section.CITE, Section.SKIP, Section.BOX):
            continue
        if is_prose(paragraph_text(lines, first, last)):
            count += 1
    return count


def _page_signals(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts]
) -> set[str]:
    signals: set[str] = set()
    furniture = 0
    for line, section, fact in zip(lines, sections, facts, strict=True):
        signals.update(f"field:{f.kind}" for f in fact.fields if f.kind != "ignore")
        if fact.role in (Role.METRIC, Role.LOCATOR, Role.DOI, Role.COPYRIGHT):
            signals.add(fact.role.value)
        elif fact.role is Role.BADGE and fact.badge:
            signals.add("badge")
        elif fact.role is Role.FURNITURE:
            furniture += 1
        elif section is None:
            heading = heading_section(line.text)
            if heading in (Section.ABSTRACT, Section.KEYWORDS, Section.CITE, Section.META):
                signals.add(f"heading:{heading.value}")
    if furniture >= 2:
        signals.add("furniture")
    return signals


@dataclass(frozen=True)
class _Reading:
    """A text as lines with sections and roles, whether it is a landing page, and how far
    its statements about itself reach (the whole page, or a full text's head)."""

    lines: list[Line]
    sections: list[Section | None]
    facts: list[LineFacts]
    landing: bool
    limit: int


def _read(text: str) -> _Reading:
    lines = split_lines(text[:MAX_TEXT_CHARS])
    sections = assign_sections(lines)
    if len(text) <= MAX_PAGE_CHARS and _prose_paragraphs(lines, sections) <= MAX_PAGE_PROSE:
        facts = classify(lines, sections)
        if len(_page_signals(lines, sections, facts)) >= MIN_PAGE_SIGNALS:
            return _Reading(lines, sections, facts, True, len(lines))
    # A full text (or a list): only its head speaks about it, so only the head is read.
    limit = min(_head_end(lines, sections), MAX_HEAD_LINES)
    return _Reading(lines, sections, classify(lines, sections, limit), False, limit)


def looks_like_landing_page(text: str) -> bool:
    """True when a text is a publisher or portal page about one work (labelled fields,
    badges, figures, a citation block, page furniture and little prose), not a full text
    or a plain reference list; decides the kind of source a text reader records."""
    return _read(text).landing


def _head_end(lines: list[Line], sections: list[Section | None]) -> int:
    """Where a full text's head ends: its first body heading or prose paragraph outside
    the abstract."""
    prose_at = next(
        (
            first
            for first, last in paragraphs(lines, sections, 0, len(lines))
            if sections[first] not in (Section.ABSTRACT, Section.CITE)
            and is_prose(paragraph_text(lines, first, last))
        ),
        len(lines),
    )
    return next((i for i in range(prose_at) if sections[i] in _TEXT_ENDS), prose_at)


def _book_part(lines: list[Line], sections: list[Section | None]) -> ExtractedWork | None:
    """A full text that opens with a book part's heading ("Introduction", "Preface",
    "Chapter 3. Title") is that part of a book: a chapter titled by the heading (by what
    follows the chapter's number)."""
    filled = [line for line in lines[:400] if not line.blank]
    if len(filled) < 2 or len(filled[0].text) > 150:
        return None
    numbered = _NUMBERED_CHAPTER.match(filled[0].text)
    if not numbered and not _BOOK_PARTS.match(filled[0].text):
        return None
    runs = paragraphs(lines, sections, filled[1].index, min(len(lines), filled[1].index + 60))
    if not runs or not is_prose(paragraph_text(lines, runs[0][0], runs[0][1])):
        return None
    first = filled[0]
    return ExtractedWork(
        type="chapter",
        title=numbered.group(1).strip() if numbered else first.text,
        span=Span(source="", start=first.start, end=first.end, extractor="landing"),
    )


def extract_document_work(text: str, *, cites: bool = False) -> ExtractedWork | None:
    """The work a text states about itself — a landing page's record or a full text's
    head — or None when the text states nothing about itself. Labelled fields win over
    layout, layout over the page's own citation; page furniture is never data.

    A text that `cites` other works is recorded as a work whatever its head says, so
    when no line of its head is plainly its title, its first heading-like line (short,
    not a sentence, not names, fields or furniture) stands in as the best title there is.
    """
    reading = _read(text)
    lines, sections, facts = reading.lines, reading.sections, reading.facts
    landing, limit = reading.landing, reading.limit
    if not landing:
        part = _book_part(lines, sections)
        if part is not None:
            return part
    out = Statements()
    read_statements(lines, facts, limit, out)
    head = read_head(lines, sections, facts, limit)
    chapter_mark = any(f.role is Role.CHAPTER for f in facts[:limit])
    if head.title and (
        landing
        or chapter_mark
        or head.authors_follow_title
        or _abstract_follows(sections, head.title_lines[-1], limit)
        or _opens_on_a_heading(lines, sections, facts, head.title_lines)
        or (cites and not _names_a_journal(head.title))
    ):
        out.offer("title", head.title, LAYOUT, head.title_lines)
        if _are_labelled_editors(head.authors, out):
            out.used.update(head.author_lines)
        else:
            out.offer("authors", head.authors, LAYOUT, head.author_lines)
    series = series_below_title(lines, facts, limit)
    if series is not None:
        out.offer("collection_title", lines[series].text, LAYOUT, (series,))
    if head.container:
        out.offer("container", (head.container, "journal"), LAYOUT, head.container_lines)
        out.offer("year", head.container_year, LAYOUT, head.container_lines)
    if not landing:
        _offer_head_date(sections, facts, limit, out)
    abstract, used = read_abstract(lines, sections, facts, limit)
    if not abstract and landing:
        after = head.title_lines[-1] if head.title_lines else -1
        abstract, used = unlabelled_abstract(
            lines, facts, max(after, *head.author_lines, -1), limit
        )
    out.offer("abstract", abstract, LABELLED, used)
    read_keyword_section(lines, sections, facts, limit, out)
    if landing and not out.keywords and is_portal(facts):
        read_bullet_keywords(
            lines, sections, facts, head.title_lines[-1] if head.title_lines else -1, limit, out
        )
    block = cite_block(lines, sections, facts, limit)
    if not block[0] and head.cite_line is not None:
        block = (lines[head.cite_line].text, [head.cite_line])
    if block[0]:
        out.cite_texts.insert(0, block)
    if not landing and not cites and not out.get("title") and not out.cite_texts:
        # A head without a title or its own citation is no statement about a text that
        # cites nothing (a DOI line at the top of a reference list belongs to an entry,
        # not to the list).
        return None
    return _build(out, lines)


def _offer_head_date(
    sections: list[Section | None], facts: list[LineFacts], limit: int, out: Statements
) -> None:
    """A date printed on its own in a full text's front matter ("March 2014", "Birmingham,
    March 2014", as report covers print it) dates the text, below any journal line or
    label."""
    dated = next(
        (i for i in range(limit) if facts[i].role is Role.DATE and sections[i] is Section.FRONT),
        None,
    )
    if dated is not None:
        out.offer("year", facts[dated].year, WEAK, (dated,))


def _are_labelled_editors(names: list[Name], out: Statements) -> bool:
    """True when the names printed under the title are the people a label calls editors
    ("Editors: Taco Brandsen, Trui Steen, Bram Verschuere", as book portals print an
    edited volume): they are the book's editors, not its authors. A chapter (a work in a
    container) keeps them as authors, as editors write chapters of their own books."""
    if out.get("container"):
        return False
    editors = {(name_key(e.family), e.given[:1].lower()) for e in out.get("editors", [])}
    return bool(names) and all((name_key(n.family), n.given[:1].lower()) in editors for n in names)


def _abstract_follows(sections: list[Section | None], index: int, limit: int) -> bool:
    return any(s is Section.ABSTRACT for s in sections[index:limit][:40])


#: Words that make a short title-cased first line a journal's name, not a title.
_JOURNAL_NAME_WORDS = frozenset(
    "journal review quarterly proceedings bulletin annals letters transactions magazine".split()
)


def _names_a_journal(text: str) -> bool:
    """ "Public Management Review" at the top of a text is a running head, not a title."""
    words = text.split()
    return (
        len(words) <= 6
        and ":" not in text
        and journal_like(text)
        and any(w.strip(",.").lower() in _JOURNAL_NAME_WORDS for w in words)
    )


def _opens_on_a_heading(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts], title: list[int]
) -> bool:
    """A text whose first lines are its title and whose next line is the heading of its
    first section ("Background", "1 Introduction"), as a paper's full text opens."""
    filled = [line.index for line in lines[:200] if not line.blank]
    size = len(title)
    if len(filled) < size + 2 or title != filled[:size] or _names_a_journal(lines[title[0]].text):
        return False
    heading, after = filled[size], filled[size + 1]
    return facts[heading].role is Role.HEADING and sections[after] in (
        Section.BODY,
        Section.ABSTRACT,
    )


def _build(out: Statements, lines: list[Line]) -> ExtractedWork | None:
    cited_authors: list[Name] = []
    cited_year: int | None = None
    for text, used in out.cite_texts[:1]:
        cited = parse_cite(text)
        if cited is not None:
            offer_cited(cited, used, out)
            cited_authors = cited.authors
            cited_year = cited.year
            out.used.update(used)
    authors = enrich_names(merge_authors(out.get("authors", []), cited_authors), out.correspondents)
    year = out.get("year", None)
    if cited_year is not None and year is not None and cited_year > year:
        # Pages date the online-first version; the publisher's citation gives the issue year.
        year = cited_year
    container, kind = out.get("container", ("", ""))
    work_type = out.get("type") or {"book": "chapter", "journal": "article-journal"}.get(kind, "")
    if not work_type and (out.get("issn") or out.get("volume")):
        work_type = "article-journal"
    if not work_type and not container and out.get("isbn") and out.get("publisher"):
        work_type = "book"  # an ISBN and a publisher, in no container: a book of its own
    work_type = work_type or out.get("cited_type")
    title = out.get("title")
    if out.get("subtitle"):
        title = f"{title}: {out.get('subtitle')}" if title else out.get("subtitle")
    numbered = _NUMBERED_CHAPTER.match(title) if title else None
    if numbered:
        title, work_type = numbered.group(1).strip(), work_type or "chapter"
    if not (title or authors or out.get("doi") or container):
        return None
    starts = [lines[i].start for i in out.used]
    ends = [lines[i].end for i in out.used]
    return ExtractedWork(
        type=work_type,
        title=title,
        authors=authors,
        editors=out.get("editors", []),
        year=year,
        container_title=container,
        container_kind=kind,
        collection_title=out.get("collection_title"),
        volume=out.get("volume"),
        issue=out.get("issue"),
        pages=out.get("pages"),
        article_number=out.get("article_number"),
        edition=out.get("edition"),
        publisher=out.get("publisher"),
        place=out.get("place"),
        doi=out.get("doi"),
        url=out.get("url"),
        isbn=out.get("isbn"),
        issn=out.get("issn"),
        abstract=out.get("abstract"),
        keywords=_unique(out.keywords),
        language=out.get("language"),
        metrics=out.metrics,
        span=Span(source="", start=min(starts), end=max(ends), extractor="landing")
        if starts
        else None,
    )


def _unique(words: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for word in words:
        if word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return out
