"""Find the reference list in a whole text and split it into one clean line per entry.

The list opens at the last heading such as "References" or "Bibliography" that is
followed by references, or, with no heading, at the longest dense run of lines shaped
like references ("Ostrom, E. (1990).", "Smith JA,", "[3] ..."). It closes at a marker
such as "Download references", "Acknowledgements", "Notes" or "Appendix", or where
reference-like entries stop. Entries are split by the list's own layout: bullets,
numbers (a list pasted in part may skip some), hanging indents, a short "Alford, 2014"
label line above each entry (publisher pages that print one field per line), blank
lines, or a new author (a person or a body: "Cabinet Office (2010)") opening after a full
stop.
Link noise ("Google Scholar", "CrossRef"), page numbers, footers and running heads (lines
that recur verbatim or with only their page number changing, printed beside a page
number, in capitals or at a page break) are dropped; wrapped lines are joined and
hyphenation repaired. Offsets refer to the text as given.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import pairwise
from typing import NamedTuple

from coprod_refs.parse import section_lines as sl
from coprod_refs.text.normalize import (
    NormalizedText,
    hyphenation_vocabulary,
    join_lines,
    join_reads_vocabulary,
    normalize,
)

_MAX_GAP_BETWEEN_STARTS = 4
_MIN_TAIL_ENTRIES = 3
#: Fewest entries opened by the bare numbers 1, 2, 3 … that make a list numbered so.
_MIN_BARE_NUMBERS = 3
#: Fewest notes citing a work in full that make endnotes stand for a reference list.
_MIN_CITED_NOTES = 2
_MAX_NON_REFERENCE_RUN = 3
_WORD = re.compile(r"[\w'’-]+")
#: Most numbers a list may skip between two entries without an author opening the next.
_MAX_BLIND_STEP = 2
_ENTRY_KINDS = ("content", "label")
#: Fewest lines of a list whose reach (`_line_width`) says whether a line stops short.
_WIDTH_LINES = 6
#: A line shorter than this share of the list's reach stops short: wrapping ends a line
#: only when the next word would not fit, a few characters from the reach.
_SHORT = 0.7
#: Most lines one entry is looked through for its year.
_MAX_ENTRY_LINES = 8
#: Ends of a line that join it to the next however short it stops: a long word after "&"
#: or "and" is wrapped to the next line ("…, Brown, L., &" + "Williamson-Featherstone, M.").
_JOINING_ENDS = ("&", " and", "-", "(")
#: Last characters of a line that may end an entry besides a full stop or a link.
_CLOSING_ENDS = frozenset("0123456789)]")
#: A line at least this share of the list's reach is full: wrapping ended it.
_FULL = 0.85
#: A reach no wrapped text has (the lines of a page or column are shorter): the list has
#: one entry per line.
_UNWRAPPED = 160
#: A share of lines opening like a reference that a wrapped list, most of whose entries
#: take two lines or more, never has: the list has one entry per line, however short.
_UNWRAPPED_OPENINGS = 0.8
#: Most lines asked whether they open like a reference to tell that share.
_SAMPLED_LINES = 64
#: Lines that open a table of contents or a row of tabs on a page or in a report.
_CONTENTS_OPENERS = frozenset(
    "contents|table of contents|article contents|chapter contents|in this article|"
    "on this page|jump to|sections|outline|article outline".split("|")
)
#: Longest line read as an entry of a table of contents.
_MAX_CONTENTS_ENTRY = 80
#: Most lines between a table of contents' opening line and an entry listed in it.
_MAX_CONTENTS_REACH = 30
_PAGE_BREAK_KINDS = ("blank", "furniture")
#: A year alone on its line, which is a page number unless it ends an entry.
_YEAR_LINE = re.compile(r"(?:1[5-9]|20)\d\d")
#: A line's list marker: its kind ("bullet", "number", "label"), number and length.
_Marker = tuple[str, str, int]
#: The text's hyphenation vocabulary, counted when first asked for.
_Vocabulary = Callable[[], Counter[str]]


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
    #: The entries are endnotes that cite works in full: the text has no other list.
    from_notes: bool = False
    #: The spans of every list the entries come from, in order (chapters of an edited
    #: book each end with their own list); `span` is the last one's.
    spans: tuple[tuple[int, int], ...] = ()


def find_reference_entries(text: str) -> list[ReferenceEntry]:
    """The entries of the text's reference list, in order ([] when it has none)."""
    return list(_analyse(text).entries)


def find_reference_section(text: str) -> tuple[int, int] | None:
    """The span of the whole reference list (heading included), or None; of the last
    one when the text has several (see `find_reference_sections`)."""
    return _analyse(text).span


def find_reference_sections(text: str) -> list[tuple[int, int]]:
    """The spans of every reference list of the text, in order: one for most texts;
    several for a text made of chapters that each end with their own author-year list
    (an edited book), whose entries `find_reference_entries` gives together."""
    found = _analyse(text)
    return list(found.spans) or ([found.span] if found.span else [])


def clear_caches() -> None:
    """Forget the texts read so far (the speed benchmark times every run from scratch)."""
    _analyse.cache_clear()
    _lines.cache_clear()
    find_notes.cache_clear()


def reference_list_is_notes(text: str) -> bool:
    """The text has no reference list but endnotes, whose notes citing works in full
    stand for it (`find_reference_entries` gives those notes)."""
    return _analyse(text).from_notes


@lru_cache(maxsize=8)
def find_notes(text: str) -> tuple[ReferenceEntry, ...]:
    """Every note of the text's last numbered endnotes section (under "Notes",
    "Endnotes", "Anmerkungen" …), each with its number as `label`; () when it has none."""
    norm, lines, vocabulary = _lines(text)
    for heading, stop in _sections(lines):
        if sl.is_notes_heading(lines[heading].text):
            drafts = _entries(lines[heading + 1 : stop], vocabulary, notes=True)
            if drafts:
                return _section(norm, drafts, lines[heading].start).entries
    return ()


@lru_cache(maxsize=8)
def _lines(text: str) -> tuple[NormalizedText, list[_Line], _Vocabulary]:
    """The text normalized (lines kept), its lines with their kinds, and its hyphenation
    vocabulary (counted when first asked for); shared by the list and the notes."""
    norm = normalize(text, unwrap=False)
    lines = _with_closing_years(
        _with_citation_labels(_with_contents_entries(_read_lines(norm.text)))
    )
    return norm, lines, cache(partial(hyphenation_vocabulary, norm.text))


def _sections(lines: list[_Line]) -> list[tuple[int, int]]:
    """(heading or end marker line, line where the next one starts) of every section,
    last first."""
    boundaries = [ln.index for ln in lines if ln.kind in ("end", "heading")]
    stops = [*boundaries[1:], len(lines)] if boundaries else []
    return list(zip(boundaries, stops, strict=True))[::-1]


@lru_cache(maxsize=8)
def _analyse(text: str) -> _Section:
    """The list under the last heading with entries; else the tail block; else the last
    numbered endnotes that cite works in full (a text in Chicago notes style). The words
    of the text are counted only once a list needs them to mend a hyphen at a line end:
    most texts without a list, and web lists, never do."""
    norm, lines, vocabulary = _lines(text)
    sections = _sections(lines)
    lists = []
    for heading, stop in sections:
        if lines[heading].kind == "heading":
            drafts = _entries(lines[heading + 1 : stop], vocabulary)
            if drafts:
                if _numbered(drafts):  # numbers restart in each list: read the last only
                    lists = lists or [_section(norm, drafts, lines[heading].start)]
                    break
                lists.append(_section(norm, drafts, lines[heading].start))
    if lists:
        return _joined(lists[::-1])
    block = _tail_block(lines)
    if block is not None:
        drafts = _entries(lines[block[0] : block[1]], vocabulary)
        if drafts:
            return _section(norm, drafts, lines[block[0]].start)
    for heading, stop in sections:
        if sl.is_notes_heading(lines[heading].text):
            drafts = _entries(lines[heading + 1 : stop], vocabulary, notes=True)
            drafts = [d for d in drafts if sl.cites_work(d.text)]
            if len(drafts) >= _MIN_CITED_NOTES:
                return replace(_section(norm, drafts, lines[heading].start), from_notes=True)
    return _Section(None, ())


def _numbered(drafts: list[_Draft]) -> bool:
    """Most entries of the list carry a number ("[12]", "12.")."""
    return 2 * sum(d.label.isdigit() for d in drafts) > len(drafts)


def _joined(lists: list[_Section]) -> _Section:
    """The author-year lists of one text, in order, as one list of entries."""
    if len(lists) == 1:
        return lists[0]
    spans = tuple(s.span for s in lists if s.span is not None)
    entries = tuple(e for s in lists for e in s.entries)
    return _Section(lists[-1].span, entries, spans=spans)


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
    """What a line is: blank, end (marker), heading, noise (link labels), furniture (page
    numbers, footers, running heads such as "References (continued)") or content."""
    if not text:
        return "blank"
    if sl.is_end_marker(text):
        return "end"
    if sl.is_heading(text):
        return "furniture" if text.lower().rstrip(": ").endswith("(continued)") else "heading"
    if sl.is_noise(text):
        return "noise"
    if sl.is_furniture(text):
        return "furniture"
    return "content"


def _contents_entry(text: str) -> bool:
    """A line short enough to name a part in a table of contents, and not a sentence."""
    return len(text) <= _MAX_CONTENTS_ENTRY and not text.endswith(".")


def listed_in_contents(texts: Sequence[str], index: int) -> bool:
    """True for line `index` when it is an entry of a table of contents or a row of tabs
    ("Article contents", "Abstract", "References"): every line above it, up to one that
    opens the contents, is the short name of a part and none repeats it, and the next
    line is no text of its own (a paragraph, a reference). A heading listed so names a
    part of the page and opens no section; the same heading printed again further down,
    or above its own text under a collapsed "In this article" menu, does."""
    stop = min(len(texts), index + 1 + _MAX_CONTENTS_REACH)
    following = next((texts[j].strip() for j in range(index + 1, stop) if texts[j].strip()), "")
    if not _contents_entry(following):
        return False
    key = texts[index].strip().casefold()
    for j in range(index - 1, max(-1, index - 1 - _MAX_CONTENTS_REACH), -1):
        text = texts[j].strip()
        if text.casefold().rstrip(" :") in _CONTENTS_OPENERS:
            return True
        if not _contents_entry(text) or text.casefold() == key:
            return False
    return False


def _with_contents_entries(lines: list[_Line]) -> list[_Line]:
    """The lines with kind "furniture" for each list heading that is an entry of a table
    of contents or a row of tabs, where it opens no list."""
    texts = [ln.text for ln in lines]
    return [
        ln._replace(kind="furniture")
        if ln.kind == "heading" and listed_in_contents(texts, ln.index)
        else ln
        for ln in lines
    ]


def _with_citation_labels(lines: list[_Line]) -> list[_Line]:
    """The lines with kind "label" for each short "Author, Year" line that a publisher page
    prints above an entry ("Alford, 2014"), confirmed by the next content line naming the
    same author ("J. Alford")."""
    content = [ln for ln in lines if ln.kind == "content"]
    labels = {
        line.index
        for line, following in pairwise(content)
        if (name := sl.citation_label_name(line.text)) is not None
        and name in _WORD.findall(following.text)
    }
    return [ln._replace(kind="label") if ln.index in labels else ln for ln in lines]


def _with_closing_years(lines: list[_Line]) -> list[_Line]:
    """The lines with kind "content" for each year alone on its line ("2011") that ends an
    entry wrapped onto it: the line before leaves the entry open ("…, pp. 99-127,") and
    the line after opens the next entry. A page number would not stand between them
    with no page break around it."""
    out = list(lines)
    for k in range(1, len(lines) - 1):
        before, line, after = lines[k - 1], lines[k], lines[k + 1]
        if (
            line.kind == "furniture"
            and _YEAR_LINE.fullmatch(line.text)
            and before.kind == after.kind == "content"
            and sl.leaves_open(before.text)
            and (sl.starts_entry(after.text) or sl.opens_with_a_name(after.text))
        ):
            out[k] = line._replace(kind="content")
    return out


def _tail_block(lines: list[_Line]) -> tuple[int, int] | None:
    """The longest (then latest) dense run of reference-shaped lines, as a line range: lines
    that open like a reference and state a year, label lines, and numbered lines that state
    a year or name an author after the number ("1. Batalden M, Batalden P, …"). Endnotes
    are left to the notes reading, which keeps only the notes that cite works."""
    best: list[int] = []
    run: list[int] = []
    gap = 0
    in_notes = False
    for line in lines:
        if line.kind in ("end", "heading"):
            best = _better(best, run)
            run, gap = [], 0
            in_notes = sl.is_notes_heading(line.text)
        elif line.kind in _ENTRY_KINDS and not in_notes:
            marker = sl.list_marker(line.text, dashes=False)
            numbered = (
                marker is not None
                and marker[0] == "number"
                and (sl.has_year(line.text) or sl.starts_entry(line.text[marker[2] :]))
            )
            if line.kind == "label" or sl.starts_entry_strongly(line.text) or numbered:
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


def _entries(lines: list[_Line], vocabulary: _Vocabulary, *, notes: bool = False) -> list[_Draft]:
    """The entries of one list, split by its layout; a label line only opens an entry.
    With `notes`, the list is endnotes: numbered, every note an entry."""
    content = [ln for ln in lines if ln.kind in _ENTRY_KINDS]
    labelled = sum(ln.kind == "label" for ln in content) >= 2
    if not labelled:
        # A page that prints a label above each entry prints one field per line, and
        # fields recur ("Public Administration Review, 67 (5) (2007), pp. 846-860").
        content = _without_running_heads(lines, content)
    if not content:
        return []
    markers = _markers(content, labelled, notes)
    splitter = _Splitter(content, markers, _gaps(lines, content))
    if notes and splitter.mode != "number":
        return []
    groups: list[list[int]] = []
    for i, marker in enumerate(markers):
        if splitter.opens_entry(i):
            groups.append([])
        if marker is None or marker[0] != "label":
            groups[-1].append(i)
    # The text's words are counted only for a list with a line that ends with a hyphen.
    words = vocabulary() if join_reads_vocabulary([ln.text for ln in content]) else Counter()
    drafts = [_draft(content, markers, group, words, labelled) for group in groups if group]
    if notes:
        return [d for d in drafts if d.text]
    return _trim([d for d in drafts if d.text])


def _markers(content: list[_Line], labelled: bool, notes: bool) -> list[_Marker | None]:
    """The marker that opens each line: a bullet (dashes only when the list uses them for
    at least three lines and 30 % of its lines), a number (in `notes` also a bare one, "1
    Elinor Ostrom"), or, in a `labelled` list, a whole citation label line."""
    dashes = sum(sl.dash_bullet(ln.text) for ln in content)
    use_dashes = dashes >= 3 and dashes >= 0.3 * len(content)
    bare = notes or _bare_numbered(content)
    return [
        ("label", "", len(ln.text))
        if labelled and ln.kind == "label"
        else sl.list_marker(ln.text, dashes=use_dashes, bare=bare)
        for ln in content
    ]


def _bare_numbered(content: list[_Line]) -> bool:
    """The list numbers its entries with bare numbers ("1 Batalden M, …", as BMJ's PDFs
    print them): the numbers 1, 2 and 3 at least open lines in turn, each before the
    opening of a reference."""
    expected = 1
    for ln in content:
        number = sl.bare_number(ln.text)
        if number and number[0] == str(expected) and sl.starts_entry(ln.text[number[1] :]):
            expected += 1
    return expected > _MIN_BARE_NUMBERS


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


def _without_running_heads(lines: list[_Line], content: list[_Line]) -> list[_Line]:
    """The content without running heads: lines that recur verbatim, or with only their
    page number changing ("12 J. Smith et al.", "14 J. Smith et al."), and are printed like
    heads or stand at a page break, and heads printed once (`_stray_heads`). Whole lines
    are compared, so wrapped sources that differ in volume and pages ("Review, 76(3),
    427–435.", "Review, 77(5), 766–776.") stay."""
    keys = [sl.running_head_key(ln.text) for ln in content]
    counts = Counter(key for key in keys if key)
    keyed = {line.index for line, key in zip(content, keys, strict=True) if key}
    breaks = _beside_page_breaks(lines)
    kept = [
        line
        for line, key in zip(content, keys, strict=True)
        if not key
        or counts[key] < 2
        or not (line.index in breaks or sl.looks_like_running_head(line.text))
    ]
    strays = _stray_heads(lines, kept, keyed)
    return [line for k, line in enumerate(kept) if k not in strays]


def _stray_heads(lines: list[_Line], content: list[_Line], keyed: set[int]) -> set[int]:
    """The positions in `content` of heads printed once between entries
    (`sl.could_be_stray_head`): a running head beside a page number (blank lines between
    allowed) after an entry's end, inside an entry that goes on in lower case ("J. Smith
    et al.") or in capitals ("PUBLIC MANAGEMENT REVIEW"); one printed like a running head
    between blank lines ("Public Management Review 23(4)   612"); or a sub-heading under a
    blank line after an entry's end and over an entry's start ("Secondary sources").
    Only lines a running head resembles can be one: `keyed` holds their indexes, so the
    others are not tested again."""
    strays: set[int] = set()
    offset = lines[0].index if lines else 0
    for k, line in enumerate(content):
        if line.index not in keyed or not sl.could_be_stray_head(line.text):
            continue
        before = content[k - 1].text if k > 0 else None
        after = content[k + 1].text if k + 1 < len(content) else None
        up, near_up = _neighbours(lines, line.index - offset, -1)
        down, near_down = _neighbours(lines, line.index - offset, 1)
        after_end = before is None or sl.ends_entry(before)
        if "furniture" in (near_up, near_down):
            stray = (
                after_end
                or (after is not None and after[:1].islower())
                or sl.looks_like_running_head(line.text)
            )
        elif up in _PAGE_BREAK_KINDS and down in _PAGE_BREAK_KINDS:
            stray = sl.looks_like_running_head(line.text)
        else:
            stray = (
                up != "content" and down == "content" and after_end and sl.starts_entry(after or "")
            )
        if stray:
            strays.add(k)
    return strays


def _neighbours(lines: list[_Line], pos: int, step: int) -> tuple[str, str]:
    """The kind of the line next to lines[pos] in direction `step`, and of the nearest one
    that is not blank ("blank" at the edge of the list, which stands like a page break)."""
    beside = nearest = "blank"
    pos += step
    if 0 <= pos < len(lines):
        beside = lines[pos].kind
    while 0 <= pos < len(lines) and lines[pos].kind == "blank":
        pos += step
    if 0 <= pos < len(lines):
        nearest = lines[pos].kind
    return beside, nearest


def _beside_page_breaks(lines: list[_Line]) -> set[int]:
    """The indexes of the lines next to a blank line or page furniture (a page number, a
    footer), where a page of a PDF may break."""
    breaks: set[int] = set()
    for before, after in pairwise(lines):
        if before.kind in _PAGE_BREAK_KINDS:
            breaks.add(after.index)
        if after.kind in _PAGE_BREAK_KINDS:
            breaks.add(before.index)
    return breaks


class _Splitter:
    """Decides, line by line, where a new entry opens, from the layout the list uses."""

    def __init__(
        self,
        content: list[_Line],
        markers: list[_Marker | None],
        gap_before: list[bool],
    ) -> None:
        self.content = content
        self.markers = markers
        self.gap_before = gap_before
        self._openings: list[bool | None] = [None] * len(content)
        self.base_indent = min(ln.indent for ln in content)
        shapes = Counter(
            _number_shape(ln, m)
            for ln, m in zip(content, markers, strict=True)
            if m and m[0] == "number"
        )
        self.shape = shapes.most_common(1)[0][0] if shapes else ""
        self.last_number: int | None = None
        kinds = Counter(m[0] for m in markers if m)
        if kinds["label"]:
            self.mode = "label"
        elif kinds["bullet"] >= 2:
            self.mode = "bullet"
        elif self._numbered():
            self.mode = "number"
        elif self._hanging():
            self.mode = "hanging"
        else:
            self.mode = "layout"
        self.width = _line_width(content) if self.mode == "layout" else 0
        self.unwrapped = self._unwrapped()

    def _numbered(self) -> bool:
        """Numbers open the entries: at least two lines open a numbered entry, and more
        than the unnumbered lines that open like a reference and state a year (a line under
        a marker alone on its line is that marker's entry)."""
        last: int | None = None
        numbered = 0
        for i in range(len(self.content)):
            number = self._numbered_opening(i, last)
            if number is not None:
                last, numbered = number, numbered + 1
        if numbered < 2:
            return False
        openings = sum(
            1
            for i, (ln, m) in enumerate(zip(self.content, self.markers, strict=True))
            if m is None and sl.starts_entry_strongly(ln.text) and not self._after_bare_marker(i)
        )
        return numbered > openings

    def _after_bare_marker(self, i: int) -> bool:
        """Line i follows a line that is only a list marker ("1." printed above its entry)."""
        before = self.markers[i - 1] if i > 0 else None
        return before is not None and before[2] >= len(self.content[i - 1].text)

    def _opens(self, i: int) -> bool:
        """Line i opens like a reference (`sl.starts_entry`), asked once per line."""
        opens = self._openings[i]
        if opens is None:
            opens = self._openings[i] = sl.starts_entry(self.content[i].text)
        return opens

    def _unwrapped(self) -> bool:
        """The list has one entry per line: it reaches further than a page does, or
        nearly all its lines open like a reference (asked of at most `_SAMPLED_LINES`
        lines spread over the list, until too many do not)."""
        if self.width > _UNWRAPPED:
            return True
        if not self.width:
            return False
        sample = range(0, len(self.content), -(-len(self.content) // _SAMPLED_LINES))
        misses_allowed = (1 - _UNWRAPPED_OPENINGS) * len(sample)
        misses = 0
        for i in sample:
            misses += not self._opens(i)
            if misses > misses_allowed:
                return False
        return True

    def _hanging(self) -> bool:
        deeper = [i for i, ln in enumerate(self.content) if ln.indent >= self.base_indent + 2]
        shallow = [i for i, ln in enumerate(self.content) if ln.indent < self.base_indent + 2]
        if len(shallow) < 2 or len(deeper) < max(1, 0.15 * len(self.content)):
            return False
        shallow_share = sum(map(self._opens, shallow)) / len(shallow)
        deeper_share = sum(map(self._opens, deeper)) / len(deeper)
        # Most shallow lines open like references, or at least many more than deep lines do.
        return deeper_share <= 0.3 and (
            shallow_share >= 0.6 or (shallow_share >= 0.4 and shallow_share >= deeper_share + 0.3)
        )

    def opens_entry(self, i: int) -> bool:
        """Line i opens an entry (the first line always does). Called once per line, in
        order: a numbered list remembers its last number."""
        line, marker = self.content[i], self.markers[i]
        if self.mode == "number":
            number = self._numbered_opening(i, self.last_number)
            if number is not None:
                self.last_number = number
            return number is not None or i == 0
        if i == 0:
            return True
        if self.mode in ("label", "bullet"):
            return marker is not None and marker[0] == self.mode
        if self.mode == "hanging":
            return line.indent < self.base_indent + 2
        previous = self.content[i - 1].text
        if (
            self._stops_short(i - 1)
            and (self.unwrapped or not previous.endswith(_JOINING_ENDS))
            and (self._opens(i) or sl.opens_with_a_name(line.text))
        ):
            return True  # "… Toronto: Between the Lines" + "Levitz, Tamara. “Syvilla …"
        if self.gap_before[i] and not previous.endswith(_JOINING_ENDS) and self._opens(i):
            return True  # a blank line and an opening: "…, 386–88;" + "" + "Hesmondhalgh D., …"
        if sl.leaves_open(previous):
            return False
        if self._ends_short(i - 1) and sl.may_open_entry(line.text) and self._dated_from(i):
            return True  # a wrapped line is full: one that stops short ends its entry
        # Then the cheap tests: most lines of a wrapped list go on an entry that the line
        # before did not end, and state no year.
        if self.gap_before[i]:
            return sl.ends_entry(previous)
        if previous[-1:].isalpha() and self._full(i - 1) and not sl.opens_with_a_person(line.text):
            return False  # "… Department of Computer" + "Science, Stanford University, …"
        ended = sl.ends_entry(previous)
        closed = ended or previous[-1] in _CLOSING_ENDS
        if closed and sl.opens_with_a_name(line.text):
            return True  # "… Press, 2009." + "Lynch, Sandra, Philosophy and Friendship, …"
        if not (closed or sl.has_year(line.text)) or not self._opens(i):
            return False
        # "… Press, 2010)" + "Sutherland, John. Bestsellers: …", where a year or a
        # person's name in a form the middle of an entry seldom takes says it is no
        # volume or page wrapped to a line start.
        return ended or sl.has_year(line.text) or sl.opens_with_a_person(line.text)

    def _ends_short(self, i: int) -> bool:
        """Line i ends its entry by where it stops: every line does in a list that is not
        wrapped at all (one entry per line); in a wrapped one, a line that stops well
        before the lines of the list reach, so no wrapping ended it, and ends as an entry
        can ("… 299–316.", "… (2009)")."""
        if self.unwrapped:
            return True
        text = self.content[i].text
        return self._stops_short(i) and (text[-1] in _CLOSING_ENDS or sl.ends_entry(text))

    def _stops_short(self, i: int) -> bool:
        """No wrapping ended line i: the list is not wrapped at all, or the line stops
        well before its lines reach. Its entry ends there, unless the list prints one
        field to a line."""
        line = self.content[i]
        if self.unwrapped:
            return True
        return self.width > 0 and line.indent + len(line.text) < _SHORT * self.width

    def _full(self, i: int) -> bool:
        """Line i of a wrapped list reaches about as far as its lines do: wrapping ended it."""
        line = self.content[i]
        reach = line.indent + len(line.text)
        return self.width > 0 and not self.unwrapped and reach >= _FULL * self.width

    def _dated_from(self, i: int) -> bool:
        """The entry line i would open states a year before the line that ends it by
        stopping short ("Public Administration Review" + "76(3), 427–435." states none:
        the fields of one entry, printed one to a line); any line may open an entry of a
        list with one entry per line."""
        if self.unwrapped:
            return True  # one entry per line: a line is a whole entry, with or without date
        for j in range(i, min(i + _MAX_ENTRY_LINES, len(self.content))):
            if sl.has_year(self.content[j].text):
                return True
            if self._ends_short(j):
                return False
        return False

    def _numbered_opening(self, i: int, last: int | None) -> int | None:
        """The number of line i when it opens the entry after the one numbered `last`: a
        marker of the list's own shape with a higher number, at most `_MAX_BLIND_STEP`
        ahead or followed by an author ("5. Alford J." after "2."), so that a page or
        volume wrapped to a line start ("87. Available from ...") opens nothing."""
        marker = self.markers[i]
        if marker is None or marker[0] != "number":
            return None
        number = int(marker[1])
        if _number_shape(self.content[i], marker) != self.shape:
            return None
        if last is None or last < number <= last + _MAX_BLIND_STEP:
            return number
        rest = self.content[i].text[marker[2] :]
        return number if number > last and sl.starts_entry(rest) else None


def _line_width(content: list[_Line]) -> int:
    """How far the lines of a list reach (the right edge most of its full lines pass),
    or 0 when the list has too few lines to tell."""
    if len(content) < _WIDTH_LINES:
        return 0
    edges = sorted(ln.indent + len(ln.text) for ln in content)
    return edges[int(0.8 * (len(edges) - 1))]


def _number_shape(line: _Line, marker: _Marker) -> str:
    """A number marker with its number masked: "[#]", "#.", "(#)", "#)"."""
    return line.text[: marker[2]].strip().replace(marker[1], "#", 1)


def _draft(
    content: list[_Line],
    markers: list[_Marker | None],
    group: list[int],
    vocabulary: Counter[str],
    fields: bool,
) -> _Draft:
    """One entry from its lines, without its marker and link noise; with `fields` each
    line is one field of the reference (authors, title, source, as publisher pages print
    them) and ends with punctuation."""
    first = content[group[0]]
    marker = markers[group[0]]
    skip = marker[2] if marker is not None else 0
    label = marker[1] if marker is not None else ""
    texts = [first.text[skip:]] + [content[i].text for i in group[1:]]
    # A marker alone on its line ("1." above the entry, as citation databases print it).
    start = first.start + skip if texts[0] or len(group) == 1 else content[group[1]].start
    if fields:
        texts = [_closed(t) for t in texts[:-1]] + texts[-1:]
    text = sl.strip_noise(join_lines(texts, vocabulary))
    return _Draft(text, start, content[group[-1]].end, label)


def _closed(field: str) -> str:
    """A field that ends with punctuation (a full stop unless it has its own), so that
    the next field does not run into it."""
    return field if field.endswith((".", "?", "!", ",", ";", ":")) else field + "."


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
