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
from dataclasses import dataclass, field
from typing import Any

from coprod_refs.model import ExtractedWork, Metric, Name, Span
from coprod_refs.sources.page_cite import (
    cite_block,
    correspondence_names,
    enrich_names,
    merge_authors,
    parse_cite,
)
from coprod_refs.sources.page_fields import FieldValue
from coprod_refs.sources.page_furniture import is_furniture
from coprod_refs.sources.page_layout import (
    is_prose,
    join_lines,
    paragraphs,
    read_head,
)
from coprod_refs.sources.page_lines import (
    Line,
    Section,
    assign_sections,
    heading_section,
    split_lines,
)
from coprod_refs.sources.page_names import person_names
from coprod_refs.sources.page_roles import UNREAD, LineFacts, Role, classify
from coprod_refs.sources.page_values import csl_type_of

#: Only this much of a text is read (a page is small; a full text's head is at its start).
MAX_TEXT_CHARS = 1_000_000
#: Ranks of the statements a value can come from, strongest first.
ISSUED, LABELLED, LAYOUT, CITED, WEAK = range(5)
#: Fewest distinct page signals (fields, figures, badges, page headings) on a landing page.
MIN_PAGE_SIGNALS = 3
#: Most prose paragraphs outside the abstract that a landing page carries.
MAX_PAGE_PROSE = 3

_BOOK_PARTS = re.compile(
    r"^(?:introduction|preface|foreword|conclusions?|epilogue|prologue|afterword|postscript)"
    r"(?:\s*[:.–-]\s*\S.*)?$",
    re.IGNORECASE,
)
_KEYWORD_SPLIT = re.compile(r"\s*[;·•|]\s*")
_PLACE_TAIL = re.compile(r"^(.+?),\s*([A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,2})$")
_CORPORATE_TAIL = re.compile(r"\b(?:ltd|limited|inc|llc|gmbh|ag|plc|b\.v|s\.a)\b\.?", re.I)
_MAX_KEYWORD = 100
#: Words a misread citation can leave where the place belongs ("In: Book. Publisher").
_NOT_PLACES = frozenset({"in", "eds", "ed", "hrsg", "and", "pp"})


@dataclass
class _Statements:
    """Values offered for each field with the rank of their source; the strongest wins."""

    values: dict[str, tuple[int, Any]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    metrics: list[Metric] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    cite_texts: list[tuple[str, list[int]]] = field(default_factory=list)
    correspondents: list[Name] = field(default_factory=list)

    def offer(self, name: str, value: Any, rank: int, lines: list[int] | tuple[int, ...] = ()) -> None:
        """Keep `value` for `name` unless a stronger (or earlier, equally strong) one is kept."""
        if value in (None, "", []):
            return
        if name not in self.values or rank < self.values[name][0]:
            self.values[name] = (rank, value)
            self.used.update(lines)

    def get(self, name: str, default: Any = "") -> Any:
        """The kept value for `name`."""
        return self.values.get(name, (0, default))[1]

    def rank(self, name: str) -> int | None:
        """The rank of the kept value for `name`, None when there is none."""
        return self.values[name][0] if name in self.values else None


def _offer_field(found: FieldValue, index: int, out: _Statements) -> None:
    """Record one labelled field."""
    kind, value, at = found.kind, found.value, (index,)
    if kind in ("title", "subtitle", "volume", "issue", "pages", "article_number", "doi"):
        out.offer(kind, value, LABELLED, at)
    elif kind in ("issn", "isbn", "language", "edition", "url", "place", "abstract"):
        out.offer(kind, value, LABELLED, at)
    elif kind in ("journal", "book"):
        out.offer("container", (value, kind), LABELLED, at)
    elif kind == "series":
        out.offer("collection_title", value, LABELLED, at)
    elif kind in ("authors", "editors"):
        out.offer(kind, person_names(value), LABELLED, at)
    elif kind == "publisher":
        publisher, place = _split_place(value)
        out.offer("publisher", publisher, LABELLED, at)
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
        out.keywords.extend(_split_keywords(value))
        out.used.add(index)
    elif kind == "cite":
        out.cite_texts.append((value, [index]))


def _split_place(value: str) -> tuple[str, str]:
    """("Palgrave Macmillan", "Cham") from a publisher field "Palgrave Macmillan, Cham"."""
    match = _PLACE_TAIL.match(value)
    if match and "," not in match.group(1) and not _CORPORATE_TAIL.search(match.group(2)):
        return match.group(1).strip(), match.group(2).strip()
    return value, ""


def _split_keywords(text: str) -> list[str]:
    parts = _KEYWORD_SPLIT.split(text)
    if len(parts) == 1 and text.count(",") >= 1:
        parts = text.split(",")
    out = []
    for part in parts:
        word = part.strip(" .,;:")
        if word and len(word) <= _MAX_KEYWORD and not is_furniture(word):
            out.append(word)
    return out


def _read_statements(lines: list[Line], facts: list[LineFacts], limit: int, out: _Statements) -> None:
    """Labelled fields, figures, journal placement lines, badges, DOIs and copyright lines."""
    for index in range(limit):
        fact = facts[index]
        for found in fact.fields:
            _offer_field(found, index, out)
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
        if fact.role is Role.DATE and _after_locator(lines, facts, index):
            out.offer("year", fact.year, LAYOUT, (index,))
        out.offer("doi", fact.doi, LAYOUT, (index,))
        out.offer("publisher", fact.publisher, WEAK, (index,))
        if fact.role is Role.CONTENT:
            named = correspondence_names(lines[index].text)
            if named:
                out.correspondents.extend(person_names(named))


def _after_locator(lines: list[Line], facts: list[LineFacts], index: int) -> bool:
    """True when the line above `index` is a "Volume 81, Issue 4" line (its issue date)."""
    above = next((j for j in range(index - 1, max(-1, index - 3), -1) if lines[j].text), None)
    return above is not None and facts[above].role is Role.LOCATOR


def _read_abstract(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts], limit: int
) -> tuple[str, list[int]]:
    """The abstract under the first "Abstract" heading with text below it; a structured
    abstract's part headings are kept as "Purpose: ..." before their paragraph."""
    for start in range(limit):
        if sections[start] is Section.ABSTRACT and (start == 0 or sections[start - 1] is None):
            abstract, used = _abstract_from(lines, sections, facts, start, limit)
            if abstract:
                return abstract, used
    return "", []


def _abstract_from(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts], start: int, limit: int
) -> tuple[str, list[int]]:
    stop = start
    while stop < limit and sections[stop] is Section.ABSTRACT:
        role = facts[stop].role
        if role not in (Role.CONTENT, Role.BLANK, Role.FURNITURE, Role.BADGE):
            break
        stop += 1
    parts: list[str] = []
    used: list[int] = []
    heading = ""
    for first, last in paragraphs(lines, start, stop):
        texts = [lines[i].text for i in range(first, last + 1) if facts[i].role is not Role.FURNITURE]
        if not texts:
            continue
        text = join_lines(texts)
        used.extend(range(first, last + 1))
        if len(text) <= 60 and len(text.split()) <= 6 and not text.endswith(".") and last + 1 < stop:
            heading = text.rstrip(":")
            continue
        parts.append(f"{heading}: {text}" if heading else text)
        heading = ""
    return " ".join(parts), used


def _unlabelled_abstract(lines: list[Line], facts: list[LineFacts], after: int, limit: int) -> tuple[str, list[int]]:
    """A landing page's abstract printed without a heading: its first prose paragraph."""
    for index in range(after + 1, limit):
        if facts[index].role is Role.CONTENT and is_prose(lines[index].text):
            return lines[index].text, [index]
        if facts[index].role is Role.HEADING:
            break
    return "", []


def _read_keyword_section(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts], limit: int, out: _Statements
) -> None:
    for index in range(limit):
        if sections[index] is not Section.KEYWORDS:
            continue
        role = facts[index].role
        if role in (Role.BLANK, Role.FURNITURE):
            continue
        text = lines[index].text
        if role is not Role.CONTENT or len(text) > _MAX_KEYWORD * 3 or is_prose(text):
            break
        out.keywords.extend(_split_keywords(text))
        out.used.add(index)


def _is_portal(facts: list[LineFacts]) -> bool:
    """True for a research-portal page ("Research output: Contribution to journal")."""
    return any(f.label == "research output" or f.label == "original language" for fact in facts for f in fact.fields)


def _read_bullet_keywords(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts], after: int, limit: int, out: _Statements
) -> None:
    """A portal's keyword bullets, printed without a heading below the fields."""
    run: list[int] = []
    for index in range(after + 1, limit + 1):
        fact = facts[index] if index < limit else None
        if fact is not None and fact.role is Role.BLANK and not run:
            continue
        if (
            fact is not None
            and fact.role is Role.CONTENT
            and lines[index].bullet
            and sections[index] in (Section.FRONT, Section.META)
            and len(lines[index].text) <= _MAX_KEYWORD
            and not re.search(r"[.!?:]$|\d", lines[index].text)
        ):
            run.append(index)
            continue
        if len(run) >= 2:
            out.keywords.extend(lines[i].text for i in run)
            out.used.update(run)
            return
        run = []


def _prose_paragraphs(lines: list[Line], sections: list[Section | None]) -> int:
    """How many prose paragraphs the text has outside its abstract, citation and lists."""
    count = 0
    for first, last in _text_paragraphs(lines, sections):
        if sections[first] in (Section.ABSTRACT, Section.CITE, Section.SKIP):
            continue
        if is_prose(join_lines([lines[i].text for i in range(first, last + 1)])):
            count += 1
    return count


def _text_paragraphs(lines: list[Line], sections: list[Section | None]) -> list[tuple[int, int]]:
    """Paragraphs without the heading lines that open them."""
    out = []
    for first, last in paragraphs(lines, 0, len(lines)):
        while first <= last and sections[first] is None:
            first += 1
        if first <= last:
            out.append((first, last))
    return out


def _page_signals(lines: list[Line], sections: list[Section | None], facts: list[LineFacts]) -> set[str]:
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


def _landing(lines: list[Line], sections: list[Section | None], facts: list[LineFacts]) -> bool:
    return (
        len(_page_signals(lines, sections, facts)) >= MIN_PAGE_SIGNALS
        and _prose_paragraphs(lines, sections) <= MAX_PAGE_PROSE
    )


def looks_like_landing_page(text: str) -> bool:
    """True when a text is a publisher or portal page about one work (labelled fields,
    badges, figures, a citation block, page furniture and little prose), not a full text
    or a plain reference list; decides the kind of source a text reader records."""
    lines = split_lines(text[:MAX_TEXT_CHARS])
    sections = assign_sections(lines)
    return _landing(lines, sections, classify(lines, sections))


def _head_end(lines: list[Line], sections: list[Section | None]) -> int:
    """Where a full text's head ends: its first body heading or prose paragraph outside
    the abstract."""
    for index, section in enumerate(sections):
        if section in UNREAD:
            return index
        if section is None and heading_section(lines[index].text) in UNREAD:
            return index
    for first, last in _text_paragraphs(lines, sections):
        if sections[first] in (Section.ABSTRACT, Section.CITE):
            continue
        if is_prose(join_lines([lines[i].text for i in range(first, last + 1)])):
            return first
    return len(lines)


def _book_part(lines: list[Line]) -> ExtractedWork | None:
    """A full text that opens with a book part's heading ("Introduction", "Preface") is
    that part of a book: a chapter titled by the heading."""
    filled = [line for line in lines[:400] if not line.blank]
    if len(filled) < 2 or not _BOOK_PARTS.match(filled[0].text) or len(filled[0].text) > 150:
        return None
    runs = paragraphs(lines, filled[1].index, min(len(lines), filled[1].index + 60))
    if not runs or not is_prose(join_lines([lines[i].text for i in range(runs[0][0], runs[0][1] + 1)])):
        return None
    first = filled[0]
    return ExtractedWork(
        type="chapter",
        title=first.text,
        span=Span(source="", start=first.start, end=first.end, extractor="landing"),
    )


def extract_document_work(text: str) -> ExtractedWork | None:
    """The work a text states about itself — a landing page's record or a full text's
    head — or None when the text states nothing about itself. Labelled fields win over
    layout, layout over the page's own citation; page furniture is never data."""
    lines = split_lines(text[:MAX_TEXT_CHARS])
    sections = assign_sections(lines)
    facts = classify(lines, sections)
    landing = _landing(lines, sections, facts)
    if not landing:
        part = _book_part(lines)
        if part is not None:
            return part
    limit = len(lines) if landing else _head_end(lines, sections)
    out = _Statements()
    _read_statements(lines, facts, limit, out)
    head = read_head(lines, sections, facts, limit)
    chapter_mark = any(f.role is Role.CHAPTER for f in facts[:limit])
    if head.title and (landing or chapter_mark or head.authors_follow_title or _abstract_follows(sections, head.title_lines[-1], limit)):
        out.offer("title", head.title, LAYOUT, head.title_lines)
        out.offer("authors", head.authors, LAYOUT, head.author_lines)
    if head.container:
        out.offer("container", (head.container, "journal"), LAYOUT, head.container_lines)
        out.offer("year", head.container_year, LAYOUT, head.container_lines)
    abstract, used = _read_abstract(lines, sections, facts, limit)
    if not abstract and landing:
        after = head.title_lines[-1] if head.title_lines else -1
        abstract, used = _unlabelled_abstract(lines, facts, max(after, *head.author_lines, -1), limit)
    out.offer("abstract", abstract, LABELLED, used)
    _read_keyword_section(lines, sections, facts, limit, out)
    if landing and not out.keywords and _is_portal(facts):
        _read_bullet_keywords(lines, sections, facts, head.title_lines[-1] if head.title_lines else -1, limit, out)
    block = cite_block(lines, sections, facts, limit)
    if block[0]:
        out.cite_texts.insert(0, block)
    return _build(out, lines)


def _abstract_follows(sections: list[Section | None], index: int, limit: int) -> bool:
    return any(s is Section.ABSTRACT for s in sections[index:limit][:40])


def _without_known(value: str, known: list[str]) -> str:
    """A cited value without text the page states for another field: a citation read with
    the book title inside the publisher ("Outcomes. Palgrave Macmillan") is cut back."""
    for text in known:
        if text and text.casefold() in value.casefold():
            at = value.casefold().index(text.casefold())
            value = (value[:at] + " " + value[at + len(text) :]).strip(" .,;:")
    return value


def _offer_cited(cited: ExtractedWork, lines: list[int], out: _Statements) -> None:
    """Fill gaps from the page's own citation."""
    known = [out.get("title"), out.get("container", ("", ""))[0]]
    place = _without_known(cited.place, known)
    cited = cited.model_copy(
        update={
            "publisher": _without_known(cited.publisher, known),
            "place": "" if place.casefold() in _NOT_PLACES else place,
        }
    )
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


def _build(out: _Statements, lines: list[Line]) -> ExtractedWork | None:
    cited_authors: list[Name] = []
    cited_year: int | None = None
    for text, used in out.cite_texts[:1]:
        cited = parse_cite(text)
        if cited is not None:
            _offer_cited(cited, used, out)
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
    work_type = work_type or out.get("cited_type")
    title = out.get("title")
    if out.get("subtitle"):
        title = f"{title}: {out.get('subtitle')}" if title else out.get("subtitle")
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
        span=Span(source="", start=min(starts), end=max(ends), extractor="landing") if starts else None,
    )


def _unique(words: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for word in words:
        if word.casefold() not in seen:
            seen.add(word.casefold())
            out.append(word)
    return out
