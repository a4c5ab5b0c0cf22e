"""The unlabelled parts of a page head: title, author lines, the journal line, the
abstract paragraph, keyword lists.

Pages print their title, authors and journal without labels; their order tells them
apart. The author line is the first line of people's names that has a line before it,
the title is the line just above it, and a journal-like line right after the names (or
one just above a "Volume 28, Issue 7" line) is the journal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from coprod_refs.model import Name
from coprod_refs.sources.page_furniture import is_furniture
from coprod_refs.sources.page_lines import Line, Section
from coprod_refs.sources.page_names import (
    MAX_LINES_BETWEEN_NAMES,
    names_before_break,
    person_names,
)
from coprod_refs.sources.page_roles import LineFacts, Role

#: Longest line taken as a title.
MAX_TITLE = 400
#: Most lines a title is printed on (title wrapped, subtitle below).
MAX_TITLE_LINES = 4
#: A paragraph at least this long, written in sentences, is prose, not a heading.
PROSE_CHARS = 200
#: Shortest line that a wrapped paragraph continues after.
WRAPPED_LINE = 50
#: How much of a paragraph is looked at to tell prose from a list or a heading.
PROSE_SAMPLE = 2000

_STRONG_JOURNAL = re.compile(
    r"\b(?:journal|review|quarterly|annals|proceedings|transactions|bulletin|letters|"
    r"revue|zeitschrift|tijdschrift|gazette|magazine|voluntas)\b",
    re.IGNORECASE,
)
_AFFILIATION = re.compile(
    r"\b(?:universit\w*|school|department|dept|faculty|institute|college|centre|center|"
    r"hospital|ministry|laboratory|division|unit)\b",
    re.IGNORECASE,
)
_TRAILING_YEAR = re.compile(r",\s*((?:19|20)\d\d)$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Shortest title looked for inside the page's own citation.
_MIN_QUOTED_TITLE = 15
#: Longest stretch of authors and year before the title in the page's own citation.
_MAX_CITED_NAMES = 200
#: How many filled lines below its title a page prints its own citation.
_CITATION_REACH = 3
_SMALL_WORDS = frozenset(
    "a an and as at by for from in of on or the to with de des du et la le".split()
)
#: Line ends after which a title goes on on the next line.
_OPEN_ENDS = (":", "?", "!", ",", "-", "–", "—", "&")


@dataclass
class Head:
    """What the layout of a page head says: lines used for each part."""

    title: str = ""
    title_lines: list[int] = field(default_factory=list)
    authors: list[Name] = field(default_factory=list)
    author_lines: list[int] = field(default_factory=list)
    container: str = ""
    container_lines: list[int] = field(default_factory=list)
    container_year: int | None = None
    authors_follow_title: bool = False
    #: The page's own citation, printed under its title without a heading.
    cite_line: int | None = None


def is_prose(text: str) -> bool:
    """True for a sentence-written paragraph of at least PROSE_CHARS characters (judged
    on its first PROSE_SAMPLE characters)."""
    if len(text) < PROSE_CHARS:
        return False
    text = text[:PROSE_SAMPLE]
    letters = [c for c in text if c.isalpha()]
    lower = sum(1 for c in letters if c.islower())
    return bool(letters) and lower > 0.6 * len(letters) and bool(re.search(r"[.!?]", text))


def paragraphs(
    lines: list[Line], sections: list[Section | None], start: int, stop: int
) -> list[tuple[int, int]]:
    """(first, last) line indexes of each paragraph between start and stop.

    A paragraph ends at a blank line, a heading, a change of section, or a short line:
    lines wrapped from one paragraph are long except the last, while the separate blocks
    of a copied page (title, names, journal) are short lines of their own.
    """
    runs: list[tuple[int, int]] = []
    first: int | None = None
    for index in range(start, stop):
        line = lines[index]
        if line.blank or sections[index] is None:
            if first is not None:
                runs.append((first, index - 1))
            first = None
            continue
        if first is not None and sections[index] is not sections[first]:
            runs.append((first, index - 1))
            first = None
        if first is None:
            first = index
        if len(line.text) < WRAPPED_LINE:
            runs.append((first, index))
            first = None
    if first is not None:
        runs.append((first, stop - 1))
    return runs


def paragraph_text(lines: list[Line], first: int, last: int) -> str:
    """The start of a paragraph's text (enough to judge it as prose)."""
    texts: list[str] = []
    size = 0
    for index in range(first, last + 1):
        texts.append(lines[index].text)
        size += len(lines[index].text) + 1
        if size > PROSE_SAMPLE:
            break
    return join_lines(texts)


def join_lines(texts: list[str]) -> str:
    """Wrapped lines as one string; a word broken at a hyphen keeps its hyphen."""
    out = ""
    for text in texts:
        if not out:
            out = text
        elif out.endswith("-") and text[:1].islower():
            out += text
        else:
            out += " " + text
    return out


def _title_cased(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def journal_like(text: str) -> bool:
    """True for a line that reads as a journal's name (title-cased, no sentence, no
    affiliation): "International Journal of Public Sector Management"."""
    return (
        len(text) <= 150
        and not text.endswith(".")
        and _title_cased(text)
        and not _AFFILIATION.search(text)
        and not is_furniture(text)
    )


def _title_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 60
        and len(text) <= MAX_TITLE
        and any(c.isalpha() for c in text)
        and not (text.endswith(".") and not text.endswith(("..", "al.", "etc.")))
        and not re.match(r"^https?://", text)
    )


def _next_filled(lines: list[Line], index: int, limit: int) -> int | None:
    for j in range(index + 1, limit):
        if not lines[j].blank:
            return j
    return None


def read_head(
    lines: list[Line],
    sections: list[Section | None],
    facts: list[LineFacts],
    limit: int,
) -> Head:
    """Title, authors and journal from the unlabelled lines of the page's front part."""
    head = Head()
    front = [
        i
        for i in range(limit)
        if sections[i] is Section.FRONT
        and (facts[i].role is Role.CONTENT or _labels_authors(facts[i]))
        and not is_prose(lines[i].text)
    ]
    containers = set()
    for i in front:
        j = _next_filled(lines, i, limit)
        locator = facts[j].locator if j is not None else None
        if locator is not None and not locator.container and journal_like(lines[i].text):
            containers.add(i)
            text = lines[i].text
            year = _TRAILING_YEAR.search(text)
            if year:
                head.container_year = int(year.group(1))
                text = text[: year.start()]
            if not head.container:
                head.container, head.container_lines = text, [i]
    candidates = [
        i
        for i in front
        if i not in containers and (_title_like(lines[i].text) or person_names(lines[i].text))
    ]
    author_pos = next(
        (
            p
            for p, i in enumerate(candidates)
            if p > 0 and (_labels_authors(facts[i]) or _line_names(lines, i, limit))
        ),
        None,
    )
    quoted = _quoted_title(lines, sections, facts, candidates, limit)
    if quoted is not None:
        head.cite_line = quoted[1]
    if author_pos is None:
        if quoted is not None:
            head.title_lines = _quoted_block(lines, candidates, quoted, limit)
        elif candidates:
            head.title_lines = _title_block(lines, candidates, candidates[0], limit)
        head.title = _title_text(lines, head.title_lines) if head.title_lines else ""
        return head
    # The title stands above the author line, which joins it in no case ("From:" alone).
    head.title_lines = _title_block(
        lines, candidates[:author_pos], candidates[author_pos - 1], limit
    )
    head.title = _title_text(lines, head.title_lines)
    head.authors_follow_title = True
    after = _read_authors(lines, sections, facts, candidates[author_pos], limit, head)
    if after is not None and after not in containers and not head.container:
        following = _next_filled(lines, after, limit)
        stated = following is not None and facts[following].role in (Role.FIELD, Role.LOCATOR)
        text = lines[after].text
        if journal_like(text) and (stated or _STRONG_JOURNAL.search(text)):
            head.container, head.container_lines = text, [after]
    return head


def series_below_title(lines: list[Line], facts: list[LineFacts], limit: int) -> int | None:
    """The line of a book's series in a table of labelled rows: an unlabelled line that
    names a venue right below the "Title" row and above another row ("Title  Co-Production
    and Co-Creation" / "Routledge Critical Studies in Public Management" / "Editors  …"),
    where book portals link the series under the title. A line that goes on with the
    title (a wrapped title, a subtitle after a colon) is no series."""
    for index in range(limit):
        if not any(f.kind == "title" for f in facts[index].fields):
            continue
        below = _next_filled(lines, index, limit)
        after = _next_filled(lines, below, limit) if below is not None else None
        if (
            after is not None
            and facts[below].role is Role.CONTENT
            and facts[after].role is Role.FIELD
            and _names_a_venue(lines[below].text)
            and not lines[index].text.endswith(_OPEN_ENDS)
        ):
            return below
    return None


def _quoted_title(
    lines: list[Line],
    sections: list[Section | None],
    facts: list[LineFacts],
    candidates: list[int],
    limit: int,
) -> tuple[int, int] | None:
    """(title line, citation line) when a line just below a candidate repeats it after
    the authors and a year: the page's own citation printed under its title without a
    heading, as repositories print "Patel, Rina (2016) Title. PhD thesis, University of
    Leeds.". The line it repeats is the title, whatever the site prints above it."""
    for i in candidates:
        title = lines[i].text.casefold()
        if len(title) < _MIN_QUOTED_TITLE:
            continue
        j: int | None = i
        for _ in range(_CITATION_REACH):
            j = _next_filled(lines, j, limit)
            if j is None:
                break
            text = lines[j].text.casefold()
            at = text.find(title)
            if (
                facts[j].role is Role.CONTENT
                and sections[j] is Section.FRONT
                and 0 < at <= _MAX_CITED_NAMES
                and _YEAR.search(text[:at])
            ):
                return i, j
    return None


def _quoted_block(
    lines: list[Line], candidates: list[int], quoted: tuple[int, int], limit: int
) -> list[int]:
    """The lines of the title the page's own citation quotes: its title block when the
    citation holds the whole of it (a title wrapped over two lines), else the quoted line
    alone (a menu line above it, "Browse by year", is no part of it)."""
    block = _title_block(lines, candidates, quoted[0], limit)
    cited = lines[quoted[1]].text.casefold()
    return block if _title_text(lines, block).casefold() in cited else [quoted[0]]


def _labels_authors(fact: LineFacts) -> bool:
    """True for an "Authors: Tony Bovaird, Elke Löffler" line, or an "Authors:" label above
    its names: the author line of a head that labels it, which places the title above it
    as an unlabelled one does."""
    return fact.role in (Role.FIELD, Role.LABEL) and any(f.kind == "authors" for f in fact.fields)


def _line_names(lines: list[Line], index: int, limit: int) -> list[Name]:
    """The people line `index` names: an author line, or one broken after a connector
    ("Catherine Needham and") whose next line goes on with names ("Sarah Carr")."""
    names = person_names(lines[index].text)
    if names:
        return names
    broken = names_before_break(lines[index].text)
    following = _next_filled(lines, index, limit) if broken else None
    return broken if following is not None and person_names(lines[following].text) else []


def _names_a_venue(text: str) -> bool:
    """True for a line that reads as a journal's or series' name ("World Development",
    "Nonprofit and Voluntary Sector Quarterly") rather than part of a title."""
    return journal_like(text) and (len(text.split()) <= 6 or bool(_STRONG_JOURNAL.search(text)))


def _title_joint(upper: str, lower: str) -> str | None:
    """How two adjacent title lines join: " " when the title wraps ("… How frontline" /
    "professionals enable …", a line ending in ":", "?" or a dangling word), ": " when the
    lower line is a subtitle below a sentence-case title; None when they are two things
    (a journal's name above the title, a title above a journal line)."""
    wrapped = lower[:1].islower()
    if _names_a_venue(upper) or (_names_a_venue(lower) and not wrapped):
        return None
    if wrapped or upper.endswith(_OPEN_ENDS) or upper.split()[-1].lower() in _SMALL_WORDS:
        return " "
    return ": " if lower[:1].isupper() else None


def _title_block(lines: list[Line], candidates: list[int], anchor: int, limit: int) -> list[int]:
    """The lines of the title that holds line `anchor`: adjacent candidate lines (no blank
    line between) that join as one title, never a line of names."""
    taken = set(candidates)
    block = [anchor]
    for step in (-1, 1):
        at = anchor
        while len(block) < MAX_TITLE_LINES:
            upper, lower = (at + step, at) if step < 0 else (at, at + step)
            other = at + step
            if (
                other not in taken
                or _line_names(lines, other, limit)
                or _title_joint(lines[upper].text, lines[lower].text) is None
            ):
                break
            block.append(other)
            at = other
    return sorted(block)


def _title_text(lines: list[Line], indexes: list[int]) -> str:
    """The title printed on the lines `indexes`, joined as `_title_joint` says."""
    text = lines[indexes[0]].text
    for previous, index in pairwise(indexes):
        joint = _title_joint(lines[previous].text, lines[index].text) or " "
        if joint == " " and text.endswith("-") and lines[index].text[:1].islower():
            joint = ""
        text += joint + lines[index].text
    return text


def _read_authors(
    lines: list[Line],
    sections: list[Section | None],
    facts: list[LineFacts],
    start: int,
    limit: int,
    head: Head,
) -> int | None:
    """Collect the author lines from `start` (names may be one per line, with affiliation
    lines and buttons between); the index of the first content line after them."""
    head.authors = _line_names(lines, start, limit)
    head.author_lines = [start]
    pending: list[int] = []
    j = start + 1
    while j < limit:
        role = facts[j].role
        if role in (Role.BLANK, Role.FURNITURE):
            j += 1
            continue
        if role is not Role.CONTENT or sections[j] is not Section.FRONT:
            break
        text = lines[j].text
        names = _line_names(lines, j, limit)
        if names:
            # A name printed again below itself heads its pop-up card: one author.
            head.authors.extend(n for n in names if n not in head.authors)
            head.author_lines.append(j)
            pending = []
        elif (
            len(pending) < MAX_LINES_BETWEEN_NAMES
            and len(text) < 150
            and not _STRONG_JOURNAL.search(text)
        ):
            pending.append(j)
        else:
            break
        j += 1
    if pending:
        return pending[0]
    return j if j < limit and facts[j].role is Role.CONTENT else None
