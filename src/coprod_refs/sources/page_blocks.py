"""The abstract and keyword blocks of a page: under their headings, or (on a research
portal) as an unlabelled paragraph and an unlabelled list of keyword bullets."""

from __future__ import annotations

import re

from coprod_refs.sources.page_layout import is_prose, join_lines
from coprod_refs.sources.page_lines import Line, Section, heading_section
from coprod_refs.sources.page_roles import LineFacts, Role
from coprod_refs.sources.page_statements import MAX_KEYWORD, Statements, split_keywords

#: Roles of the lines an abstract is made of (furniture inside it is skipped).
_ABSTRACT_ROLES = (Role.CONTENT, Role.BADGE, Role.FURNITURE)


def read_abstract(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts], limit: int
) -> tuple[str, list[int]]:
    """The abstract under the first "Abstract" heading with text below it; a structured
    abstract's part headings are kept as "Purpose: ..." before their paragraph."""
    for index in range(limit):
        if sections[index] is None and heading_section(lines[index].text) is Section.ABSTRACT:
            abstract, used = _abstract_from(lines, sections, facts, index + 1, limit)
            if abstract:
                return abstract, used
    return "", []


def _abstract_paragraphs(
    lines: list[Line],
    sections: list[Section | None],
    facts: list[LineFacts],
    start: int,
    limit: int,
) -> list[list[int]]:
    """The line indexes of each paragraph of the abstract that begins at `start`; a
    purchase box inside the abstract is stepped over."""
    paragraphs: list[list[int]] = []
    current: list[int] = []
    for index in range(start, limit):
        section = sections[index]
        in_box = section is Section.BOX or (
            section is None and heading_section(lines[index].text) is Section.BOX
        )
        role = facts[index].role
        if in_box or role is Role.BLANK:
            if current:
                paragraphs.append(current)
            current = []
        elif section is not Section.ABSTRACT or role not in _ABSTRACT_ROLES:
            break
        elif role is not Role.FURNITURE:
            current.append(index)
    if current:
        paragraphs.append(current)
    return paragraphs


def _abstract_from(
    lines: list[Line],
    sections: list[Section | None],
    facts: list[LineFacts],
    start: int,
    limit: int,
) -> tuple[str, list[int]]:
    found = _abstract_paragraphs(lines, sections, facts, start, limit)
    parts: list[str] = []
    used: list[int] = []
    heading = ""
    for number, indexes in enumerate(found):
        text = join_lines([lines[i].text for i in indexes])
        used.extend(indexes)
        last = number == len(found) - 1
        if len(text) <= 60 and len(text.split()) <= 6 and not text.endswith(".") and not last:
            heading = text.rstrip(":")
            continue
        parts.append(f"{heading}: {text}" if heading else text)
        heading = ""
    return " ".join(parts), used


def unlabelled_abstract(
    lines: list[Line], facts: list[LineFacts], after: int, limit: int
) -> tuple[str, list[int]]:
    """A landing page's abstract printed without a heading: its first prose paragraph."""
    for index in range(after + 1, limit):
        if facts[index].role is Role.CONTENT and is_prose(lines[index].text):
            return lines[index].text, [index]
        if facts[index].role is Role.HEADING:
            break
    return "", []


def read_keyword_section(
    lines: list[Line],
    sections: list[Section | None],
    facts: list[LineFacts],
    limit: int,
    out: Statements,
) -> None:
    for index in range(limit):
        if sections[index] is not Section.KEYWORDS:
            continue
        role = facts[index].role
        if role in (Role.BLANK, Role.FURNITURE):
            continue
        text = lines[index].text
        if role is not Role.CONTENT or len(text) > MAX_KEYWORD * 3 or is_prose(text):
            break
        out.keywords.extend(split_keywords(text))
        out.used.add(index)


def is_portal(facts: list[LineFacts]) -> bool:
    """True for a research-portal page ("Research output: Contribution to journal")."""
    return any(
        f.label == "research output" or f.label == "original language"
        for fact in facts
        for f in fact.fields
    )


def read_bullet_keywords(
    lines: list[Line],
    sections: list[Section | None],
    facts: list[LineFacts],
    after: int,
    limit: int,
    out: Statements,
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
            and len(lines[index].text) <= MAX_KEYWORD
            and not re.search(r"[.!?:]$|\d", lines[index].text)
        ):
            run.append(index)
            continue
        if len(run) >= 2:
            out.keywords.extend(lines[i].text for i in run)
            out.used.update(run)
            return
        run = []
