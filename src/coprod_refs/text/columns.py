"""Pages laid out in two columns side by side, as `pdftotext -layout` prints them, read
in reading order: the left column's lines, then the right column's.

A page (the text between form feeds) is in two columns where a stripe of spaces runs
down it at one place: at least `_MIN_TWO_SIDED` lines hold words on both sides of it,
and no line of the stretch crosses it. Only such stretches are reordered, each on its
own, so a title or an abstract set across the whole page stays where it is. A table
with two columns of short cells is left alone: both columns must read like prose.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import NamedTuple

#: Words, three spaces or more, words: the gap between two columns on one line.
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: Lines with words on both sides of the stripe that a stretch needs to be read as two
#: columns.
_MIN_TWO_SIDED = 6
#: Each column's lines must be this long on average: prose, not a table's cells.
_MIN_MEAN_WIDTH = 18
#: How far before the right column's edge (or a hanging indent after it) the gutter
#: is looked for.
_REACH = 16
#: Three spaces or more between two words, written to open with the spaces.
_INTERNAL_GAP = re.compile(r"   (?<=\S   ) *(?=\S)")


class ColumnStretch(NamedTuple):
    """Lines `first` to `last` (exclusive) of a page, in two columns: the left one in
    character columns [0, `left_end`), the right one from `right_start` on."""

    first: int
    last: int
    left_end: int
    right_start: int


def column_stretches(lines: list[str]) -> list[ColumnStretch]:
    """The stretches of a page's `lines` that are set in two columns side by side."""
    gaps = [
        [(m.start(), m.end()) for m in _GAP.finditer(line)] if "   " in line else []
        for line in lines
    ]
    cover: Counter[int] = Counter()
    for found in gaps:
        for start, end in found:
            # The gutter is near the right column's edge, which the gap ends at (or a
            # hanging indent after it): its last columns are all that need counting.
            cover.update(range(max(start + 1, end - _REACH), end - 1))
    if not cover:
        return []
    stripe, count = max(cover.items(), key=lambda item: (item[1], -item[0]))
    if count < _MIN_TWO_SIDED:
        return []
    stretches: list[ColumnStretch] = []
    first: int | None = None
    for i in range(len(lines) + 1):
        line = lines[i] if i < len(lines) else ""
        crosses = i == len(lines) or line[stripe - 1 : stripe + 2].strip() != ""
        if not crosses and first is None:
            first = i
        elif crosses and first is not None:
            stretch = _stretch(lines, gaps, first, i, stripe)
            if stretch is not None:
                stretches.append(stretch)
            first = None
    return stretches


def _stretch(
    lines: list[str], gaps: list[list[tuple[int, int]]], first: int, last: int, stripe: int
) -> ColumnStretch | None:
    """Lines [first, last), which no word crosses at `stripe`, as a two-column stretch;
    None when too few lines hold words on both sides or a column does not read as prose."""
    two_sided = [i for i in range(first, last) if any(s < stripe < e for s, e in gaps[i])]
    if len(two_sided) < _MIN_TWO_SIDED:
        return None
    right_start = min(_first_word_after(lines[i], stripe) for i in two_sided)
    lefts = [lines[i][:stripe].strip() for i in two_sided]
    rights = [lines[i][right_start:].strip() for i in two_sided]
    if min(sum(map(len, lefts)), sum(map(len, rights))) < _MIN_MEAN_WIDTH * len(two_sided):
        return None
    return ColumnStretch(first, last, stripe, right_start)


def _has_gaps(text: str, wanted: int) -> bool:
    """Whether `text` has `wanted` runs of three spaces or more between two words on one
    line (the pattern opens with the spaces, so it is looked for as a plain string)."""
    return len(list(islice(_INTERNAL_GAP.finditer(text), wanted))) == wanted


def _first_word_after(line: str, column: int) -> int:
    """Where the first word at or after `column` starts (the line's length if none)."""
    return len(line) - len(line[column:].lstrip(" "))


class Piece(NamedTuple):
    """A run of the original text to copy (`start`, `end`), then a line break."""

    start: int
    end: int


def reading_order(text: str) -> list[Piece] | None:
    """The original text as runs to copy, each followed by a line break, that read its
    two-column stretches column by column; None when it has none (the usual case)."""
    if not _has_gaps(text, _MIN_TWO_SIDED):
        return None
    pieces: list[Piece] = []
    reordered = False
    offset = 0
    for page in text.split("\f"):
        lines = page.split("\n")
        starts = [offset]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        stretches = column_stretches(lines)
        reordered = reordered or bool(stretches)
        done = 0
        for stretch in stretches:
            pieces += [
                Piece(starts[i], starts[i] + len(lines[i])) for i in range(done, stretch.first)
            ]
            pieces += _column(lines, starts, stretch, left=True)
            pieces += _column(lines, starts, stretch, left=False)
            done = stretch.last
        pieces += [Piece(starts[i], starts[i] + len(lines[i])) for i in range(done, len(lines))]
        offset += len(page) + 1
    return pieces if reordered else None


def _column(
    lines: list[str], starts: list[int], stretch: ColumnStretch, *, left: bool
) -> list[Piece]:
    """One column of a stretch, line by line, trailing spaces left out; in the right one,
    a line set further left than the column's edge (a page number in the middle) whole."""
    out = []
    for i in range(stretch.first, stretch.last):
        line, start = lines[i], starts[i]
        if left:
            begin, end = 0, stretch.left_end
        else:
            begin = min(stretch.right_start, _first_word_after(line, stretch.left_end))
            end = len(line)
        part = line[begin:end].rstrip(" ")
        out.append(Piece(start + begin, start + begin + len(part)) if part else Piece(start, start))
    return out
