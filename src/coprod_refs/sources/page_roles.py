"""What each line of a page is: a heading, furniture, a badge, a labelled field, a figure,
a journal placement line, or content (a title, names, prose) left for the layout reader.

`classify` reads every line outside the skipped sections once; the landing-page reader
and the landing-page detector both work from its result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum

from coprod_refs.model import Metric
from coprod_refs.sources.page_fields import (
    FieldValue,
    Locator,
    imprint_fields,
    line_segments,
    match_bare_label,
    match_field,
    parse_locator,
    read_value,
    styled_citation,
)
from coprod_refs.sources.page_furniture import is_breadcrumb, is_furniture
from coprod_refs.sources.page_lines import Line, Section, heading_section
from coprod_refs.sources.page_names import MAX_LINES_BETWEEN_NAMES, person_names
from coprod_refs.sources.page_values import (
    badge_type,
    commissioned_type,
    dateline_year,
    find_doi,
    is_chapter_mark,
    parse_metric,
    publisher_from_copyright,
    year_of_date,
)

#: Sections whose lines are never read for metadata.
UNREAD = frozenset({Section.SKIP, Section.BODY, Section.BOX})
#: How many lines below a bare label its value may sit ("Publisher", ":", value).
_VALUE_REACH = 4
#: Kinds of bare labels whose value is a list of people, one person per line.
_PEOPLE = ("authors", "editors")
_DOI_ONLY = re.compile(
    r"^(?:doi\s*:?\s*)?(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+$", re.IGNORECASE
)
_DOI_IN_LINE = re.compile(
    r"(?:\bdoi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?\b10\.\d{4,9}/\S+", re.IGNORECASE
)


class Role(Enum):
    """The part a line plays on a page."""

    BLANK = "blank"
    HEADING = "heading"
    UNREAD = "unread"
    FURNITURE = "furniture"
    BADGE = "badge"
    CHAPTER = "chapter"
    FIELD = "field"
    LABEL = "label"
    VALUE = "value"
    METRIC = "metric"
    LOCATOR = "locator"
    DOI = "doi"
    DATE = "date"
    COPYRIGHT = "copyright"
    CONTENT = "content"


@dataclass
class LineFacts:
    """A line's role and what it states."""

    role: Role
    fields: list[FieldValue] = field(default_factory=list)
    metric: Metric | None = None
    locator: Locator | None = None
    badge: str = ""
    publisher: str = ""
    doi: str = ""
    year: int | None = None


def _segment_facts(text: str) -> LineFacts | None:
    """Facts of a line made only of fields, figures, placements and furniture; None
    otherwise."""
    facts = LineFacts(Role.FIELD)
    segments = line_segments(text)
    if len(segments) > 1 and all(is_furniture(s) for s in segments):
        return LineFacts(Role.FURNITURE)
    dated: int | None = None
    for segment in segments:
        if len(segments) > 1 and (year := year_of_date(segment)) is not None:
            dated = year  # "January 2016 · Journal 39(13):1006-1019"
            continue
        metric = parse_metric(segment)
        if metric is not None:
            facts.metric = metric
            facts.role = Role.METRIC
            continue
        found = match_field(segment)
        if found is not None:
            facts.fields.append(found)
            continue
        locator = parse_locator(segment)
        if locator is not None:
            facts.locator = locator
            facts.role = Role.LOCATOR
            doi = find_doi(segment)
            if doi:
                facts.doi = doi
            continue
        if is_furniture(segment):
            continue
        return None
    if dated is not None:
        if facts.locator is None:
            return None
        if facts.locator.year is None:
            facts.locator = replace(facts.locator, year=dated)
    if facts.fields and facts.role is not Role.FIELD:
        facts.role = Role.FIELD
    return facts if facts.fields or facts.metric or facts.locator else None


def _single_line_facts(text: str) -> LineFacts:
    """The role of a non-blank line read on its own."""
    if not any(c.isalnum() for c in text):
        return LineFacts(Role.BLANK)
    if is_breadcrumb(text):
        return LineFacts(Role.FURNITURE)
    badge = badge_type(text)
    if badge is None:
        badge = commissioned_type(text)
    if badge is not None:
        return LineFacts(Role.BADGE, badge=badge)
    if is_chapter_mark(text):
        return LineFacts(Role.CHAPTER)
    segmented = _segment_facts(text)
    if segmented is not None:
        return segmented
    if match_bare_label(text) is not None:
        return LineFacts(Role.LABEL)
    doi = _labelled_doi(text)
    if doi:
        return LineFacts(Role.DOI, doi=doi)
    year = dateline_year(text)
    if year is not None:
        return LineFacts(Role.DATE, year=year)
    imprint = imprint_fields(text)
    if imprint:
        return LineFacts(Role.FIELD, fields=imprint)
    copyright_facts = _copyright(text)
    if copyright_facts is not None:
        return copyright_facts
    if is_furniture(text):
        return LineFacts(Role.FURNITURE)
    return LineFacts(Role.CONTENT)


def _cite_line_facts(text: str) -> LineFacts:
    """The role of a line of the page's citation block: its DOI, one style's citation
    ("MLA<TAB>…", read as a citation field), a style button, or the citation's text."""
    if _DOI_ONLY.match(text):
        return LineFacts(Role.DOI, doi=find_doi(text) or "")
    styled = styled_citation(text)
    if styled is not None:
        return LineFacts(Role.FIELD, fields=[styled])
    return LineFacts(Role.FURNITURE if is_furniture(text) else Role.CONTENT)


def _copyright(text: str) -> LineFacts | None:
    """The facts of a copyright line ("© The King's Fund 2021"), with the publisher it
    names; None for any other line."""
    publisher = publisher_from_copyright(text)
    if publisher is None and not text.startswith(("©", "Copyright ©", "(c) ")):
        return None
    return LineFacts(Role.COPYRIGHT, publisher=publisher or "")


def _labelled_doi(text: str) -> str:
    """The DOI of a line that holds only a DOI, maybe beside a label or a button ("doi:
    10.1080/…", "Cite this article https://doi.org/10.1080/…"); "" for any other line."""
    match = _DOI_IN_LINE.search(text)
    if match is None:
        return ""
    rest = f"{text[: match.start()]} {text[match.end() :]}".strip(" :|·•-–")
    label = match_bare_label(rest)
    if rest and not (
        is_furniture(rest)
        or heading_section(rest) is Section.CITE
        or (label is not None and label.kind in ("doi", "cite", "url"))
    ):
        return ""
    return find_doi(match.group(0)) or ""


def _value_lines(lines: list[Line], facts: list[LineFacts], index: int) -> list[int]:
    """The lines holding the value of the bare label at `index`: the line that follows
    it, and for a label of people ("Authors:") every later line of names too."""
    label = match_bare_label(lines[index].text)
    if label is None:
        return []
    for j in range(index + 1, min(len(lines), index + 1 + _VALUE_REACH)):
        text = lines[j].text
        if not text or text == ":":
            continue
        if facts[j].role not in (Role.CONTENT, Role.DOI, Role.DATE):
            return []
        value = read_value(label.kind, text)
        if value is None:
            return []
        found = [j, *_people_below(lines, facts, j)] if label.kind in _PEOPLE else [j]
        if len(found) > 1:
            value = "; ".join(lines[k].text for k in found)
        facts[index].fields.append(FieldValue(label.kind, value, label.text))
        return found
    return []


def _people_below(lines: list[Line], facts: list[LineFacts], first: int) -> list[int]:
    """The lines of names that go on a list of people below its first line, one person
    per line, as portals print authors under a bare "Authors:" label: at most
    `MAX_LINES_BETWEEN_NAMES` other lines (an affiliation) stand between two of them."""
    found: list[int] = []
    between = 0
    for j in range(first + 1, len(lines)):
        if facts[j].role in (Role.BLANK, Role.FURNITURE):
            continue
        if facts[j].role is not Role.CONTENT:
            break
        if person_names(lines[j].text):
            found.append(j)
            between = 0
        elif between < MAX_LINES_BETWEEN_NAMES:
            between += 1
        else:
            break
    return found


def classify(
    lines: list[Line], sections: list[Section | None], limit: int | None = None
) -> list[LineFacts]:
    """The role of every line before `limit` (all by default); lines of skipped sections
    and lines from `limit` on are UNREAD."""
    facts: list[LineFacts] = []
    stop = len(lines) if limit is None else limit
    for index, (line, section) in enumerate(zip(lines, sections, strict=True)):
        if index >= stop:
            facts.append(LineFacts(Role.UNREAD))
        elif section is None:
            facts.append(LineFacts(Role.HEADING))
        elif section is Section.SKIP and (footer := _copyright(line.text)) is not None:
            # The page's footer, below its related content or references.
            facts.append(footer)
        elif section in UNREAD:
            facts.append(LineFacts(Role.UNREAD))
        elif line.blank:
            facts.append(LineFacts(Role.BLANK))
        elif section is Section.CITE:
            facts.append(_cite_line_facts(line.text))
        else:
            facts.append(_single_line_facts(line.text))
    for index, fact in enumerate(facts):
        if fact.role is Role.LABEL:
            for value_at in _value_lines(lines, facts, index):
                facts[value_at] = LineFacts(Role.VALUE)
        elif fact.role is Role.CONTENT:
            _count_beside_label(lines, facts, index)
    _mark_site_header(lines, facts)
    return facts


def _mark_site_header(lines: list[Line], facts: list[LineFacts]) -> None:
    """The lines above a page's breadcrumb trail are the site's header (its name, links,
    alerts: "Cambridge Core", "Login Alert"): furniture, provided nothing above the trail
    states anything (a trail printed at the foot of a page marks no header)."""
    for index, line in enumerate(lines):
        role = facts[index].role
        if role is Role.FURNITURE and is_breadcrumb(line.text):
            for above in range(index):
                if facts[above].role is Role.CONTENT:
                    facts[above] = LineFacts(Role.FURNITURE)
            return
        if role not in (Role.BLANK, Role.CONTENT, Role.FURNITURE):
            return


#: A figure's label that no figure is kept under: a breakdown of a count the page gives
#: in full ("Highly Influential Citations", "Background Citations").
_FIGURE_LABEL = re.compile(
    r"^(?:[A-Z][\w-]*\s+){1,3}(?i:citations|references|readers|views|downloads|mentions)$"
)


def _count_beside_label(lines: list[Line], facts: list[LineFacts], index: int) -> None:
    """A bare count beside its label is a figure: "2,114" above "Views", or "Citations"
    above "120". A count beside a label that names no kept figure ("Highly Influential
    Citations" above "8") is furniture with its label, never a title or a name."""
    text = lines[index].text
    if not re.fullmatch(r"\d[\d,.\u202f]*", text):
        return
    below = next((j for j in range(index + 1, min(len(lines), index + 3)) if lines[j].text), None)
    above = next((j for j in range(index - 1, max(-1, index - 3), -1) if lines[j].text), None)
    for label, count_first in ((below, True), (above, False)):
        if label is None or facts[label].role not in (Role.CONTENT, Role.FURNITURE):
            continue
        pair = (text, lines[label].text) if count_first else (lines[label].text, text)
        metric = parse_metric(" ".join(pair))
        if metric is not None:
            facts[index] = LineFacts(Role.METRIC, metric=metric)
            facts[label] = LineFacts(Role.FURNITURE)
            return
    for label in (below, above):
        if label is not None and _FIGURE_LABEL.match(lines[label].text):
            facts[index] = LineFacts(Role.FURNITURE)
            facts[label] = LineFacts(Role.FURNITURE)
