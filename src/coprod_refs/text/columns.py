"""Pages laid out in two columns side by side, as `pdftotext -layout` prints them, read
in reading order: the left column's lines, then the right column's.

A page (the text between form feeds) is in two columns where a stripe of spaces runs
down it at one place: at least `_MIN_TWO_SIDED` lines hold words on both sides of it,
and no line of the stretch crosses it but lines pdftotext squeezed (see
`column_stretches`). Only such stretches are reordered, each on its own, so a title or
an abstract set across the whole page stays where it is. A table with two columns of
short cells is left alone: both columns must read like prose.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import NamedTuple

#: Lines with words on both sides of the stripe that a stretch needs to be read as two
#: columns.
_MIN_TWO_SIDED = 6
#: Each column's lines must be this long on average: prose, not a table's cells.
_MIN_MEAN_WIDTH = 18
#: How far before the right column's edge (or a hanging indent after it) the gutter
#: is looked for.
_REACH = 16
#: How far before the right column's edge pdftotext may push a squeezed line's words,
#: and how far after it a hanging indent may start them.
_SQUEEZE = 12
_INDENT = 5
#: A reference's opening, "Family, I." or "Family, Given", where a squeezed line splits.
_OPENS_ENTRY = re.compile(r"[A-ZÀ-Þ][\w'’-]+,\s+[A-ZÀ-Þ]")
#: Three spaces or more between two words, the gap between two columns on one line
#: (written to open with the spaces, so that it is looked for as a plain string).
_GAP = re.compile(r"   (?<=\S   ) *(?=\S)")


class ColumnStretch(NamedTuple):
    """Lines `first` to `last` (exclusive) of a page, in two columns: on each line, the
    left column before its `splits` entry, the right one from it on (the right column's
    edge, or where a line pdftotext squeezed puts it)."""

    first: int
    last: int
    splits: tuple[int, ...]


def column_stretches(lines: list[str]) -> list[ColumnStretch]:
    """The stretches of a page's `lines` that are set in two columns side by side. A line
    whose words cross the gutter ends a stretch, unless lines of the stretch stand on both
    sides of it: there pdftotext squeezed a full left line against the right column's
    ("… Manga's Cultural Crossroads. New Pickett, S. T. A., …")."""
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
    count = max(cover.values())
    if count < _MIN_TWO_SIDED:
        return []
    # The middle of the widest gutter: as far from the left column's words as from the
    # right one's.
    widest = sorted(column for column, n in cover.items() if n == count)
    stripe = widest[len(widest) // 2]
    crossing = [line[stripe - 1 : stripe + 2].strip() != "" for line in lines]
    squeezed = [
        crossing[i]
        and 0 < i < len(lines) - 1
        and all(lines[j].strip() and not crossing[j] for j in (i - 1, i + 1))
        for i in range(len(lines))
    ]
    stretches: list[ColumnStretch] = []
    first: int | None = None
    for i in range(len(lines) + 1):
        ends = i == len(lines) or (crossing[i] and not squeezed[i])
        if not ends and first is None:
            first = i
        elif ends and first is not None:
            stretch = _stretch(lines, gaps, squeezed, range(first, i), stripe)
            if stretch is not None:
                stretches.append(stretch)
            first = None
    return stretches


def _stretch(
    lines: list[str],
    gaps: list[list[tuple[int, int]]],
    squeezed: list[bool],
    rows: range,
    stripe: int,
) -> ColumnStretch | None:
    """Lines `rows`, which no word crosses at `stripe` but for squeezed ones, as a
    two-column stretch; None when too few lines hold words on both sides or a column
    does not read as prose."""
    two_sided = [i for i in rows if any(s < stripe < e for s, e in gaps[i])]
    if len(two_sided) < _MIN_TWO_SIDED:
        return None
    right_start = min(_first_word_after(lines[i], stripe) for i in two_sided)
    lefts = [lines[i][:stripe].strip() for i in two_sided]
    rights = [lines[i][right_start:].strip() for i in two_sided]
    if min(sum(map(len, lefts)), sum(map(len, rights))) < _MIN_MEAN_WIDTH * len(two_sided):
        return None
    splits = tuple(
        _squeezed_split(lines[i], right_start)
        if squeezed[i]
        else min(right_start, _first_word_after(lines[i], stripe))
        for i in rows
    )
    return ColumnStretch(rows.start, rows.stop, splits)


def _squeezed_split(line: str, right_start: int) -> int:
    """Where the right column starts on a line pdftotext squeezed: at the word near the
    column's edge that most looks like a column's first: one opening a reference
    ("Pickett, S. T. A."), then one after a line-ending hyphen or stop, then a capital;
    nearer the edge first among equals."""
    starts = [
        p
        for p in range(max(1, right_start - _SQUEEZE), min(len(line), right_start + _INDENT))
        if line[p - 1] == " " and line[p] != " "
    ]
    if not starts:
        return len(line)

    def likeness(p: int) -> tuple[int, int]:
        score = 3 if _OPENS_ENTRY.match(line, p) else 0
        score += 2 if line[p - 2 : p - 1] in ("-", ".", ",", ";", ":", ")") else 0
        score += 1 if line[p].isupper() else 0
        return -score, abs(p - right_start)

    return min(starts, key=likeness)


def _has_gaps(text: str, wanted: int) -> bool:
    """Whether `text` has `wanted` runs of three spaces or more between two words on one
    line."""
    return len(list(islice(_GAP.finditer(text), wanted))) == wanted


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
    """One column of a stretch, line by line, trailing spaces left out."""
    out = []
    for i, split in zip(range(stretch.first, stretch.last), stretch.splits, strict=True):
        line, start = lines[i], starts[i]
        begin, end = (0, split) if left else (split, len(line))
        part = line[begin:end].rstrip(" ")
        out.append(Piece(start + begin, start + begin + len(part)) if part else Piece(start, start))
    return out
