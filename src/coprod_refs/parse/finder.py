"""Find the reference list in a whole text and split it into one clean line per entry.

The list opens at the last heading such as "References" or "Bibliography" that is
followed by references, or, with no heading, at the longest dense run of lines shaped
like references ("Ostrom, E. (1990).", "Smith JA,", "[3] ..."). It closes at a marker
such as "Download references", "Acknowledgements", "Notes" or "Appendix", or where
reference-like entries stop. Entries are split by the list's own layout: bullets,
numbers, hanging indents, blank lines, or a new author opening after a full stop.
Link noise ("Google Scholar", "CrossRef"), page numbers, running heads and footers are
dropped; wrapped lines are joined and hyphenation repaired. Offsets refer to the text as
given.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from coprod_refs.parse import section_lines as sl
from coprod_refs.text.normalize import (
    NormalizedText,
    hyphenation_vocabulary,
    join_lines,
    normalize,
)

_MAX_GAP_BETWEEN_STARTS = 4
_MIN_TAIL_ENTRIES = 3
_MAX_NON_REFERENCE_RUN = 3
_MAX_HEAD_CHARS = 100
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class ReferenceEntry:
    """One entry of a reference list: its text on one clean line and its span in the
    original text; `label` is the list number ("12") in numbered styles."""

    text: str
    start: int
    end: int
    label: str = ""


class _Line(NamedTuple):
    index: int
    start: int
    end: int
    text: str
    indent: int
    kind: str


@dataclass(frozen=True)
class _Draft:
    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class _Section:
    span: tuple[int, int] | None
    entries: tuple[ReferenceEntry, ...]


def find_reference_entries(text: str) -> list[ReferenceEntry]:
    """The entries of the text's reference list, in order ([] when it has none)."""
    return list(_analyse(text).entries)


def find_reference_section(text: str) -> tuple[int, int] | None:
    """The span of the whole reference list (heading included), or None."""
    return _analyse(text).span


@lru_cache(maxsize=8)
def _analyse(text: str) -> _Section:
    norm = normalize(text, unwrap=False)
    lines = _read_lines(norm.text)
    vocabulary = hyphenation_vocabulary(norm.text)
    boundaries = [ln.index for ln in lines if ln.kind in ("end", "heading")]
    stops = [*boundaries[1:], len(lines)] if boundaries else []
    for heading, stop in reversed(list(zip(boundaries, stops, strict=True))):
        if lines[heading].kind != "heading":
            continue
        drafts = _entries(lines[heading + 1 : stop], vocabulary)
        if drafts:
            return _section(norm, drafts, lines[heading].start)
    block = _tail_block(lines)
    if block is not None:
        drafts = _entries(lines[block[0] : block[1]], vocabulary)
        if drafts:
            return _section(norm, drafts, drafts[0].start)
    return _Section(None, ())


def _section(norm: NormalizedText, drafts: list[_Draft], start: int) -> _Section:
    entries = []
    for draft in drafts:
        first, last = norm.original_span(draft.start, draft.end)
        entries.append(ReferenceEntry(draft.text, first, last, draft.label))
    span = (norm.to_original(start), entries[-1].end)
    return _Section(span, tuple(entries))


def _read_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        start = pos + indent
        lines.append(_Line(index, start, start + len(stripped), stripped, indent, _kind(stripped)))
        pos += len(raw) + 1
    return lines


def _kind(text: str) -> str:
    if not text:
        return "blank"
    if sl.is_end_marker(text):
        return "end"
    if sl.is_heading(text):
        return "noise" if text.lower().rstrip(": ").endswith("(continued)") else "heading"
    if sl.is_noise(text) or sl.is_furniture(text):
        return "noise"
    return "content"


def _tail_block(lines: list[_Line]) -> tuple[int, int] | None:
    """The longest (then latest) dense run of reference-shaped lines, as a line range."""
    best: list[int] = []
    run: list[int] = []
    gap = 0
    for line in lines:
        if line.kind in ("end", "heading"):
            best = _better(best, run)
            run, gap = [], 0
        elif line.kind == "content":
            marker = sl.list_marker(line.text, dashes=False)
            numbered = marker is not None and marker[0] == "number" and sl.has_year(line.text)
            if sl.starts_entry_strongly(line.text) or numbered:
                if run and gap > _MAX_GAP_BETWEEN_STARTS:
                    best = _better(best, run)
                    run = []
                run.append(line.index)
                gap = 0
            else:
                gap += 1
    best = _better(best, run)
    if len(best) < _MIN_TAIL_ENTRIES:
        return None
    end = next((ln.index for ln in lines[best[-1] :] if ln.kind in ("end", "heading")), len(lines))
    return best[0], end


def _better(best: list[int], run: list[int]) -> list[int]:
    return run if len(run) >= _MIN_TAIL_ENTRIES and len(run) >= len(best) else best


def _entries(lines: list[_Line], vocabulary: Counter[str]) -> list[_Draft]:
    content = _without_running_heads([ln for ln in lines if ln.kind == "content"])
    if not content:
        return []
    gap_before = _gaps(lines, content)
    dashes = sum(sl.dash_bullet(ln.text) for ln in content)
    use_dashes = dashes >= 3 and dashes >= 0.3 * len(content)
    markers = [sl.list_marker(ln.text, dashes=use_dashes) for ln in content]
    splitter = _Splitter(content, markers, gap_before)
    groups: list[list[int]] = []
    for i in range(len(content)):
        if not groups or splitter.opens_entry(i):
            groups.append([i])
        else:
            groups[-1].append(i)
    drafts = [_draft(content, markers, group, vocabulary) for group in groups]
    return _trim([d for d in drafts if d.text])


def _gaps(lines: list[_Line], content: list[_Line]) -> list[bool]:
    blank = [ln.kind == "blank" for ln in lines]
    offset = lines[0].index
    out: list[bool] = []
    previous = None
    for line in content:
        if previous is None:
            out.append(True)
        else:
            out.append(any(blank[previous - offset + 1 : line.index - offset]))
        previous = line.index
    return out


def _without_running_heads(content: list[_Line]) -> list[_Line]:
    """Drop lines repeated on several pages (digits aside), such as "12 J. Smith et al."."""
    masked = [_mask_digits(ln.text) if len(ln.text) <= _MAX_HEAD_CHARS else "" for ln in content]
    counts = Counter(masked)
    kept = []
    for line, key in zip(content, masked, strict=True):
        text = line.text
        repeated = bool(key) and counts[key] >= 2
        if (
            repeated
            and not text.endswith(".")
            and not text[0].islower()
            and not sl.starts_entry(text)
            and sl.list_marker(text, dashes=False) is None
        ):
            continue
        kept.append(line)
    return kept


def _mask_digits(text: str) -> str:
    return _DIGITS.sub("#", text)


class _Splitter:
    """Decides, line by line, where a new entry opens, from the layout the list uses."""

    def __init__(
        self,
        content: list[_Line],
        markers: list[tuple[str, str, int] | None],
        gap_before: list[bool],
    ) -> None:
        self.content = content
        self.markers = markers
        self.gap_before = gap_before
        self.base_indent = min(ln.indent for ln in content)
        bullets = sum(1 for m in markers if m and m[0] == "bullet")
        numbers = [int(m[1]) for m in markers if m and m[0] == "number"]
        sequential = sum(1 for a, b in pairwise(numbers) if b == a + 1)
        if bullets >= 2:
            self.mode = "bullet"
        elif sequential >= 2:
            self.mode = "number"
        elif self._hanging():
            self.mode = "hanging"
        else:
            self.mode = "layout"
        self.last_number: int | None = None

    def _hanging(self) -> bool:
        deeper = [ln for ln in self.content if ln.indent >= self.base_indent + 2]
        shallow = [ln for ln in self.content if ln.indent < self.base_indent + 2]
        if len(shallow) < 2 or len(deeper) < max(1, 0.15 * len(self.content)):
            return False
        shallow_starts = sum(sl.starts_entry(ln.text) for ln in shallow)
        deeper_starts = sum(sl.starts_entry(ln.text) for ln in deeper)
        return shallow_starts >= 0.6 * len(shallow) and deeper_starts <= 0.3 * len(deeper)

    def opens_entry(self, i: int) -> bool:
        line, marker = self.content[i], self.markers[i]
        if self.mode == "bullet":
            return marker is not None and marker[0] == "bullet"
        if self.mode == "number":
            return self._next_number(marker)
        if self.mode == "hanging":
            return line.indent < self.base_indent + 2
        previous = self.content[i - 1].text
        if sl.leaves_open(previous):
            return False
        if self.gap_before[i]:
            return sl.starts_entry(line.text) or sl.ends_entry(previous)
        if not sl.starts_entry(line.text):
            return False
        return sl.ends_entry(previous) or sl.starts_entry_strongly(line.text)

    def _next_number(self, marker: tuple[str, str, int] | None) -> bool:
        if marker is None or marker[0] != "number":
            return False
        number = int(marker[1])
        if self.last_number is None or self.last_number < number <= self.last_number + 2:
            self.last_number = number
            return True
        return False


def _draft(
    content: list[_Line],
    markers: list[tuple[str, str, int] | None],
    group: list[int],
    vocabulary: Counter[str],
) -> _Draft:
    first = content[group[0]]
    marker = markers[group[0]]
    skip = marker[2] if marker is not None else 0
    label = marker[1] if marker is not None else ""
    texts = [first.text[skip:]] + [content[i].text for i in group[1:]]
    text = sl.strip_noise(join_lines(texts, vocabulary))
    return _Draft(text, first.start + skip, content[group[-1]].end, label)


def _trim(drafts: list[_Draft]) -> list[_Draft]:
    """Keep the run of entries that look like references: drop what precedes the first
    and follows the last, and stop at a long run of entries that do not."""
    flags = [sl.looks_like_reference(d.text) for d in drafts]
    if not any(flags):
        return []
    first = flags.index(True)
    kept: list[_Draft] = []
    misses: list[_Draft] = []
    for draft, flag in zip(drafts[first:], flags[first:], strict=True):
        if flag:
            kept.extend(misses)
            kept.append(draft)
            misses = []
        else:
            misses.append(draft)
            if len(misses) >= _MAX_NON_REFERENCE_RUN:
                break
    return kept
