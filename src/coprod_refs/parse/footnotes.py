"""Footnotes as a PDF's text prints them: at the foot of each page, each opened by its
number, before the page number or the page break ("1 Elinor Ostrom, Governing the
Commons (Cambridge: Cambridge University Press, 1990), 12."), numbered on from page to
page. A text with no endnotes section may cite in such notes; they are found here and
read as endnotes are (`parse.notes`).

A line opens footnote n when it starts with the number n, then a capital or a quote,
and the note it opens cites: a work in full, or a short form, "Ibid." or "op. cit." with
a page. The notes must follow each other in order (1, 2, 3 …, each after the one before),
so a section heading "2 Methods" or a numbered list item is never taken for one, and a
text needs two notes citing works in full before any counts. A note runs on over the
lines after it up to a blank line, a page break, a line holding only a number (a page
number) or the next note.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, partial

from coprod_refs.parse.finder import ReferenceEntry
from coprod_refs.parse.notes import cites_by_reference, cites_in_full
from coprod_refs.text.normalize import hyphenation_vocabulary, join_lines

_OPENING = re.compile(r"[ \t]{0,12}(\d{1,3})[ \t]+(?=[A-Z“\"‘'])")
_PAGE_NUMBER = re.compile(r"[ \t]*\d{1,4}[ \t]*")
#: Fewest footnotes citing a work in full that make a text's numbered lines footnotes.
MIN_FULL_CITATIONS = 2


def find_footnotes(text: str, exclude: tuple[int, int] | None = None) -> tuple[ReferenceEntry, ...]:
    """The footnotes of a text laid out as PDF pages, in order, each with its number as
    `label` and its text joined on one line; () when the text has none. Lines in the
    `exclude` span (the reference list, whose entries may be numbered "1 Ostrom E, …")
    are never footnotes."""
    lines = list(_lines(text))
    vocabulary = cache(partial(hyphenation_vocabulary, text))
    found: list[ReferenceEntry] = []
    expected, after = 1, 0
    for i, (start, line) in enumerate(lines):
        opening = _OPENING.match(line)
        if start < after or opening is None or int(opening.group(1)) != expected:
            continue
        if exclude is not None and exclude[0] <= start < exclude[1]:
            continue
        note = _note(lines, i, opening.end(), vocabulary)
        if not (cites_in_full(note.text) or cites_by_reference(note.text)):
            continue
        found.append(ReferenceEntry(note.text, note.start, note.end, str(expected)))
        expected, after = expected + 1, note.end
    if sum(cites_in_full(note.text) for note in found) < MIN_FULL_CITATIONS:
        return ()
    return tuple(found)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line without its line break) of every line; a page break (form feed)
    is a line of its own."""
    offset = 0
    for line in re.split(r"(?<=\n)|(?=\f)|(?<=\f)", text):
        if line:
            yield offset, line.rstrip("\r\n")
        offset += len(line)


def _note(
    lines: list[tuple[int, str]], i: int, text_at: int, vocabulary: Callable[[], Counter[str]]
) -> ReferenceEntry:
    """The footnote opened at line i (its text starting at `text_at`): that line and the
    lines it runs on over, joined (a word broken by a hyphen made whole, as the text's
    own `vocabulary` spells it)."""
    start = lines[i][0] + text_at
    words = [lines[i][1][text_at:].strip()]
    end = lines[i][0] + len(lines[i][1].rstrip())
    j = i + 1
    while j < len(lines) and _goes_on(lines[j][1]):
        offset, line = lines[j]
        words.append(line.strip())
        end = offset + len(line.rstrip())
        j += 1
    return ReferenceEntry(join_lines(words, vocabulary()), start, end, "")


def _goes_on(line: str) -> bool:
    """The line goes on the note above it: not blank, no page break or page number, and
    no note of its own."""
    return (
        bool(line.strip())
        and "\f" not in line
        and not _PAGE_NUMBER.fullmatch(line)
        and (_OPENING.match(line) is None)
    )
