"""Unicode clean-up and PDF line-wrap repair, with a map back to the original offsets.

Extractors match on the cleaned text but report spans in the text as read, so a user can
look a mention or a reference up in the file. `normalize` therefore records, for every
character it outputs, which original characters it came from.

What changes: NFC composition; ligatures (ﬁ ﬂ ...) spelled out; no-break and other
special spaces and tabs become plain spaces; soft hyphens and zero-width spaces vanish;
CR/LF, form feeds and Unicode line separators become "\\n". With `unwrap` (the default),
lines broken mid-sentence are joined: "organi-\\nsation" becomes "organisation" and
"co-\\nproduction" keeps its lexical hyphen; page furniture that a PDF page break left
inside a paragraph (a running head and its page number between blank lines) is dropped
and the paragraph rejoined. Curly quotes and dashes are kept.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from coprod_refs.parse.section_lines import is_furniture
from coprod_refs.text.columns import Piece, reading_order

_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a"
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_SPECIAL = re.compile(
    "[\r\u2028\u2029\x0b\x0c\x85\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
    "\u00ad\u200b\u2060\ufeff\ufb00-\ufb06]"
)
_SOFT_WRAP = re.compile(r"\u00ad[ \t]*(?:\r\n?|\n)[ \t]*")
_LINE_SEPARATORS = frozenset("\r\u2028\u2029\x0b\x0c\x85")
_DROPPED = frozenset("\u00ad\u200b\u2060\ufeff")
#: A hyphen at a line end, then the next line's first letter (the letter before the hyphen
#: is checked apart: a pattern opening with a letter class would try every position).
_HYPHEN_AT_LINE_END = re.compile(r"[-\u2010][ \t]*+\n[ \t]*+[^\W\d_]")
#: Two given words (as patterns) with only white space between them, any case; the second
#: ends a word (where the first starts one is tested apart, see `_Vocabulary._apart`).
_WORD_PAIR = r"(?i:{first}(?=[ \t\n])[ \t]*+\n?+[ \t]*+{second}(?![^\W\d_]))"
#: A character and the combining marks after it, where it is not ASCII or has marks: an
#: ASCII character alone is composed already, so only these clusters can change.
_CLUSTER = re.compile(rf"(?s)[^\x00-\x7f][{_COMBINING}]*|.[{_COMBINING}]+")
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")
_LIST_MARKER = re.compile(r"[•◦▪▫‣⁃●○■□·*]|[-–—](?=\s)|\(?\d{1,3}[.)](?=\s)|\[\d{1,3}\]")
_URL_START = re.compile(r"(?:https?://|www\.|doi:|doi\.org/|10\.\d{4,9}/)", re.IGNORECASE)
_URL_TAIL_CHARS = "/-_.=?&#%~"
#: Brackets and quotes: a line that opens with one does not continue a URL ("(accessed").
_NOT_URL_STARTS = "([{<\"'‘“«"
_CLOSERS = "\"'’”)]"
_SENTENCE_ENDS = ".!?:…"
_OPEN_END = ",;&(/\u2010-–—"
_HYPHENS = "-\u2010"
_HYPHEN_ENDINGS = tuple(_HYPHENS)
_DASHES = "–—"
#: Words that leave a sentence open at a line end ("by Steen and" goes on with "Tuurnas"),
#: in the languages of the field's literature.
_OPEN_WORDS = frozenset(
    """and or nor of the a an by in for to with from on at as than into between und oder
    der die das des dem den von vom zur zum mit für bei en het van voor met bij et ou le
    la les du de y el los las del""".split()
)

#: Prefixes that keep their hyphen when a line break falls after them ("co-\nproduction").
#: Prefixes that also open plain words at a syllable break ("multi-ple", "inter-national",
#: "semi-nar") are left out: the text's own spelling must decide those.
LEXICAL_PREFIXES = frozenset(
    {"co", "self", "non", "quasi", "cross", "well", "anti", "neo", "pseudo", "socio"}
)
#: Second parts of compound modifiers that keep the hyphen before them at a line break
#: ("evidence-\nbased", "user-\nled"); none is the tail of a common word's syllable break.
LEXICAL_SECOND_PARTS = frozenset(
    {"based", "led", "centred", "centered", "oriented", "driven", "making", "level", "term"}
)
#: Lower-case words that follow a URL in a reference and never continue it.
_ACCESS_WORDS = frozenset({"accessed", "retrieved", "viewed", "visited", "consulted"})


@dataclass(frozen=True)
class OffsetMap:
    """Maps characters of a derived text to the characters of the text it came from.

    The derived text is a sequence of segments: copied runs (character i of the run comes
    from source character src + i) and replacements (every character comes from the whole
    source range [src, src_end)).
    """

    source_length: int
    out_starts: list[int]
    src_starts: list[int]
    src_ends: list[int]
    copied: list[bool]
    length: int

    def start(self, i: int) -> int:
        """Source offset where derived character i begins (the source length at the end)."""
        if i >= self.length:
            return self.source_length
        k = bisect_right(self.out_starts, i) - 1
        if self.copied[k]:
            return self.src_starts[k] + (i - self.out_starts[k])
        return self.src_starts[k]

    def end(self, i: int) -> int:
        """Source offset just after the source characters of derived character i."""
        if i >= self.length:
            return self.source_length
        k = bisect_right(self.out_starts, i) - 1
        if self.copied[k]:
            return self.src_starts[k] + (i - self.out_starts[k]) + 1
        return self.src_ends[k]


class _Builder:
    """Accumulates a derived text and its OffsetMap from copies and replacements."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.out_starts: list[int] = []
        self.src_starts: list[int] = []
        self.src_ends: list[int] = []
        self.copied: list[bool] = []
        self.length = 0
        self.cursor = 0

    def copy_to(self, end: int) -> None:
        if end > self.cursor:
            self._segment(self.cursor, end, self.source[self.cursor : end], copied=True)
        self.cursor = max(self.cursor, end)

    def replace(self, start: int, end: int, new: str) -> None:
        self.copy_to(start)
        if new:
            self._segment(start, end, new, copied=False)
        self.cursor = end

    def place(self, start: int, end: int, new: str | None = None) -> None:
        """Append source characters [start, end), or `new` standing for them, wherever
        they are: for a text read in another order than the source's."""
        if new is None:
            if end > start:
                self._segment(start, end, self.source[start:end], copied=True)
        else:
            self._segment(start, end, new, copied=False)
        self.cursor = len(self.source)

    def _segment(self, start: int, end: int, new: str, *, copied: bool) -> None:
        self.parts.append(new)
        self.out_starts.append(self.length)
        self.src_starts.append(start)
        self.src_ends.append(end)
        self.copied.append(copied)
        self.length += len(new)

    def finish(self) -> tuple[str, OffsetMap]:
        self.copy_to(len(self.source))
        text = "".join(self.parts)
        offsets = OffsetMap(
            len(self.source),
            self.out_starts,
            self.src_starts,
            self.src_ends,
            self.copied,
            self.length,
        )
        return text, offsets


@dataclass(frozen=True)
class NormalizedText:
    """A cleaned text and the way back to the original: `to_original`, `original_span`."""

    original: str
    text: str
    maps: tuple[OffsetMap, ...] = field(default=(), repr=False)
    #: Whether `text` reads the original in another order than it is printed (pages in
    #: two columns side by side), so that an original span may hold words of both.
    reordered: bool = False

    def to_original(self, i: int) -> int:
        """Original offset of normalized offset i (0 <= i <= len(text))."""
        for offsets in reversed(self.maps):
            i = offsets.start(i)
        return i

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalized characters [start, end)."""
        first = self.to_original(start)
        if end <= start:
            return first, first
        last = end - 1
        for offsets in reversed(self.maps):
            last = offsets.end(last) - 1
        return first, max(first, last + 1)  # a span over two columns ends where it can

    def quote(self, start: int, end: int) -> str:
        """The words of normalized characters [start, end) as the original prints them;
        in a reordered text, where the original span of words broken over two lines of
        a column also holds the other column's words, the normalized words instead."""
        if self.reordered:
            return self.text[start:end]
        first, last = self.original_span(start, end)
        return self.original[first:last]


def normalize(text: str, *, unwrap: bool = True) -> NormalizedText:
    """Clean a text for matching and keep the offsets back to it; `unwrap` also joins lines
    broken mid-sentence and repairs hyphenation at line ends."""
    maps = []
    current = text
    pieces = reading_order(text)
    if pieces is not None:
        current, offsets = _in_reading_order(text, pieces)
        maps.append(offsets)
    current, offsets = _clean_characters(current)
    maps.append(offsets)
    if not unicodedata.is_normalized("NFC", current):
        current, offsets = _compose(current)
        maps.append(offsets)
    if unwrap:
        current, offsets = _unwrap(current)
        maps.append(offsets)
    return NormalizedText(text, current, tuple(maps), reordered=pieces is not None)


#: Full-width brackets and marks of Chinese and Japanese texts and their ASCII forms.
_FULL_WIDTH_CHARS = "（），；："
_FULL_WIDTH_MARKS = str.maketrans(_FULL_WIDTH_CHARS, "(),;:")


def with_ascii_marks(norm: NormalizedText) -> NormalizedText:
    """`norm` with full-width brackets, commas, semicolons and colons read as ASCII ones,
    one character for one, so offsets stay: "（Ostrom，1996）" is matched as "(Ostrom,1996)".
    Only for matching: contexts quote the text as it is."""
    if not any(mark in norm.text for mark in _FULL_WIDTH_CHARS):
        return norm  # the translation visits every character; most texts hold none
    return replace(norm, text=norm.text.translate(_FULL_WIDTH_MARKS))


def _in_reading_order(text: str, pieces: list[Piece]) -> tuple[str, OffsetMap]:
    """The text's runs in the order `pieces` gives, a line break after each."""
    builder = _Builder(text)
    for piece in pieces:
        builder.place(piece.start, piece.end)
        builder.place(piece.end, piece.end, "\n")
    return builder.finish()


def _compose(text: str) -> tuple[str, OffsetMap]:
    builder = _Builder(text)
    for match in _CLUSTER.finditer(text):
        cluster = match.group()
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            builder.replace(match.start(), match.end(), composed)
    return builder.finish()


def _clean_characters(text: str) -> tuple[str, OffsetMap]:
    builder = _Builder(text)
    for match in _SPECIAL.finditer(text):
        start = match.start()
        if start < builder.cursor:
            continue
        char = match.group()
        end = start + 1
        if char == "\r" and text.startswith("\n", end):
            end += 1
        if char in _LINE_SEPARATORS:
            new = "\n"
        elif char in _LIGATURES:
            new = _LIGATURES[char]
        elif char in _DROPPED:
            wrap = _SOFT_WRAP.match(text, start) if char == "\u00ad" else None
            end = wrap.end() if wrap else end
            new = ""
        else:
            new = " "
        builder.replace(start, end, new)
    return builder.finish()


def word_counts(text: str) -> Counter[str]:
    """How often each lower-cased word (hyphenated compounds as one word) occurs: the
    vocabulary that decides whether a hyphen at a line end is lexical."""
    return Counter(_WORD.findall(text.lower().replace("\u2010", "-")))


def hyphenation_vocabulary(text: str) -> Counter[str]:
    """`word_counts` of a text that has a hyphen at a line end, else an empty Counter (the
    counts are only needed to mend such hyphens). Asked for two words with a space between
    ("service delivery"), it counts how often the text writes them apart: a text that
    spells a compound open, and never closed up, hyphenates it at the break. Those counts
    are made when first asked for, since most breaks are settled by the words alone."""
    if not any(
        text[m.start() - 1 : m.start()].isalpha() for m in _HYPHEN_AT_LINE_END.finditer(text)
    ):
        return Counter()
    return _Vocabulary(word_counts(text), text)


class _Vocabulary(Counter[str]):
    """Word counts that count a pair of words written apart when first asked for it."""

    def __init__(self, counts: Counter[str], text: str) -> None:
        super().__init__(counts)
        self.text = text

    def __missing__(self, key: str) -> int:
        first, space, second = key.partition(" ")
        if not space:
            return 0
        found = self._apart(first, second)
        self[key] = found
        return found

    @cached_property
    def _characters(self) -> frozenset[str]:
        """The characters the text holds."""
        return frozenset(self.text)

    def _apart(self, first: str, second: str) -> int:
        """How often the text writes the two words apart, the first starting a word. Its
        first letter is matched by a class of the text's own characters that match it in
        any case, and the test that no letter stands before it follows: a search skips to
        those characters, where a pattern opening with a look-behind or with a letter in
        any case is tried at every position."""
        if not first:
            pattern = r"(?<![^\W\d_])" + _WORD_PAIR.format(first="", second=re.escape(second))
            return len(re.findall(pattern, self.text))
        initial = re.compile(re.escape(first[0]), re.IGNORECASE).fullmatch
        letters = "".join(c for c in self._characters if initial(c))
        if not letters:
            return 0
        rest = _WORD_PAIR.format(first=re.escape(first[1:]), second=re.escape(second))
        return len(re.findall(rf"[{re.escape(letters)}](?<![^\W\d_][\s\S]){rest}", self.text))


@dataclass(frozen=True)
class Glue:
    """How two wrapped lines join: drop `trim` characters from the left line's end, then
    insert `insert` ("" to close up, " " for a space)."""

    trim: int
    insert: str


_SPACE = Glue(0, " ")
_TIGHT = Glue(0, "")
_UNHYPHENATE = Glue(1, "")


def glue(left: str, right: str, vocabulary: Counter[str]) -> Glue:
    """How the line `left` (right-stripped) continues with `right` (left-stripped): a
    hyphen at a break is dropped, a lexical hyphen kept, URLs and ranges closed up."""
    if not left or not right:
        return _SPACE
    last = left[-1]
    at_hyphen = last in _HYPHENS and len(left) > 1 and left[-2].isalpha()
    if _continues_url(left, right):
        # A URL keeps the hyphens it has unless the text spells it without one elsewhere.
        if at_hyphen and right[0].isalpha():
            return _spelled_in_text(*_halves(left[:-1], right), vocabulary) or _TIGHT
        return _TIGHT
    if at_hyphen and right[0].isalpha():
        return _hyphen_glue(left[:-1], right, vocabulary)
    if (last in _DASHES or last in _HYPHENS) and left[-2:-1].isalnum() and right[0].isalnum():
        return _TIGHT
    return _SPACE


def _halves(left: str, right: str) -> tuple[str, str]:
    """The letters before a line-end hyphen (`left` without it, ending with a letter) and
    after it. The letters of `left` are read backwards from its end: a search from its
    start would scan a long run of letters once for every letter in it."""
    head = _LEADING_LETTERS.match(left[::-1])
    tail = _LEADING_LETTERS.match(right)
    return (head.group()[::-1] if head else ""), (tail.group() if tail else "")


def _spelled_in_text(before: str, after: str, vocabulary: Counter[str]) -> Glue | None:
    """The hyphen the text's own spelling gives the word broken between `before` and
    `after`: kept when "co-production" occurs more often than "coproduction", dropped when
    less often, None on a tie."""
    hyphenated = vocabulary[f"{before}-{after}".lower()]
    joined = vocabulary[f"{before}{after}".lower()]
    if hyphenated == joined:
        return None
    return _TIGHT if hyphenated > joined else _UNHYPHENATE


def _hyphen_glue(left: str, right: str, vocabulary: Counter[str]) -> Glue:
    """Keep or drop the hyphen between two words at a line end: the text's own spelling
    decides; without it, a spelling the text uses open ("service delivery"), a known prefix
    ("co-", "self-") or compound ending ("-based", "-led") or a capital ("Taylor-Gooby")
    keeps the hyphen, and an ordinary syllable break ("manage-ment") loses it."""
    before, after = _halves(left, right)
    if after[:1].isupper() or not after:
        return _TIGHT
    evidence = _spelled_in_text(before, after, vocabulary)
    if evidence is not None:
        return evidence
    lexical = (
        vocabulary[f"{before} {after}".lower()] > 0
        or before.lower() in LEXICAL_PREFIXES
        or after.lower() in LEXICAL_SECOND_PARTS
    )
    return _TIGHT if lexical else _UNHYPHENATE


def _continues_url(left: str, right: str) -> bool:
    """A URL or DOI broken at the line end goes on in the next line's first token, unless
    that token cannot continue a URL: a plain capitalised word ("Accessed", "Retrieved"),
    an access word ("accessed"), or a token that opens with a bracket or quote ("(accessed
    3 March 2020)"). After a full stop the URL goes on only with a token that plainly
    continues it (digits, "1080/14719037...", "nesta.org.uk/..."): otherwise the stop
    ends the reference."""
    # str.split also parts at separator controls ("\x1c"-"\x1f"): a side may hold no token.
    tokens = left.rsplit(None, 1)
    if not tokens or not _URL_START.match(tokens[-1]):
        return False  # most lines end with no URL: the next line is not split then
    heads = right.split(None, 1)
    if not heads or heads[0][0] in _NOT_URL_STARTS:
        return False
    token, head = tokens[-1], heads[0]
    core = head.rstrip(".,;:")
    if (core.isalpha() and core[0].isupper()) or core.lower() in _ACCESS_WORDS:
        return False
    if token.endswith("."):
        if not core or _LIST_MARKER.match(right):
            return False
        inner = any(c in core for c in _URL_TAIL_CHARS)
        return core[0].isdigit() or (core[0].islower() and inner)
    return token[-1] in _URL_TAIL_CHARS or any(c in head for c in _URL_TAIL_CHARS)


def join_lines(lines: Sequence[str], vocabulary: Counter[str] | None = None) -> str:
    """Join the lines of one wrapped paragraph into one line: hyphenation repaired (by
    `vocabulary`, e.g. `word_counts` of the whole document), whitespace collapsed. Each
    join reads only the last word joined so far, which is all `glue` looks at, so the
    time grows with the paragraph's length, not with its square."""
    vocabulary = vocabulary if vocabulary is not None else Counter()
    parts: list[str] = []
    word = ""
    for line in lines:
        piece = " ".join(line.split())
        if not piece:
            continue
        if parts:
            how = glue(word, piece, vocabulary)
            if how.trim:
                parts[-1] = parts[-1][: -how.trim]
                word = word[: -how.trim]
            parts.append(how.insert)
            word += how.insert + piece
        else:
            word = piece
        parts.append(piece)
        word = word.rsplit(None, 1)[-1]
    return "".join(parts)


def join_reads_vocabulary(lines: Sequence[str]) -> bool:
    """`join_lines` reads its vocabulary for these lines: only a line before the last that
    ends with a hyphen makes it, so a caller can leave counting a text's words until a
    paragraph needs them."""
    return any(line.rstrip().endswith(_HYPHEN_ENDINGS) for line in lines[:-1])


class _Line(NamedTuple):
    start: int
    end: int
    body_start: int
    body_end: int

    @property
    def blank(self) -> bool:
        return self.body_start >= self.body_end


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        stripped = raw.lstrip(" ")
        body_start = end - len(stripped)
        body_end = body_start + len(stripped.rstrip(" "))
        out.append(_Line(pos, end, body_start, max(body_start, body_end)))
        pos = end + 1
    return out


def _long_line_threshold(lines: list[_Line]) -> int:
    lengths = sorted(ln.body_end - ln.body_start for ln in lines if not ln.blank)
    if not lengths:
        return 0
    upper_quartile = lengths[(len(lengths) * 3) // 4]
    return max(30, (upper_quartile * 6) // 10)


#: Most lines one block of page furniture holds ("This content downloaded ..." and "All
#: use subject to ..."; a footer, a page number and a running head).
_MAX_FURNITURE_LINES = 3
#: Most blank lines bridged between two pieces of one paragraph.
_MAX_GAP = 2


def _page_furniture(text: str, lines: list[_Line]) -> frozenset[int]:
    """The indices of lines that are page furniture standing apart: a block of at most
    _MAX_FURNITURE_LINES lines between blank lines, every one a page number, a running
    head beside its page number or a download footer (`is_furniture`). A PDF page break
    leaves such a block wherever it falls, even inside a sentence."""
    found: set[int] = set()
    start = 0
    while start < len(lines):
        if lines[start].blank:
            start += 1
            continue
        end = start
        while end < len(lines) and not lines[end].blank:
            end += 1
        block = range(start, end)
        if len(block) <= _MAX_FURNITURE_LINES and all(
            is_furniture(text[lines[k].body_start : lines[k].body_end]) for k in block
        ):
            found.update(block)
        start = end
    return frozenset(found)


def _past_blanks(lines: list[_Line], k: int) -> int:
    """The index after at most _MAX_GAP blank lines from k on."""
    stop = min(len(lines), k + _MAX_GAP)
    while k < stop and lines[k].blank:
        k += 1
    return k


def _next_line(lines: list[_Line], i: int, furniture: frozenset[int]) -> tuple[int, bool]:
    """Where the text after line i goes on: the index past a short run of blank lines and
    past any page furniture among them, and whether furniture was passed."""
    j = _past_blanks(lines, i + 1)
    passed = False
    while j in furniture:
        passed = True
        while j in furniture:
            j += 1
        j = _past_blanks(lines, j)
    return j, passed


def _unwrap(text: str) -> tuple[str, OffsetMap]:
    lines = _lines(text)
    furniture = _page_furniture(text, lines)
    vocabulary = hyphenation_vocabulary(text)
    threshold = _long_line_threshold([ln for k, ln in enumerate(lines) if k not in furniture])
    builder = _Builder(text)
    i = 0
    while i < len(lines) - 1:
        left = lines[i]
        if left.blank or i in furniture:
            i += 1
            continue
        j, over_furniture = _next_line(lines, i, furniture)
        if j >= len(lines) or lines[j].blank:
            # What was passed over (blank lines, furniture) joins nothing either.
            i = j if over_furniture else i + 1
            continue
        right = lines[j]
        left_text = text[left.body_start : left.body_end]
        right_text = text[right.body_start : right.body_end]
        how: Glue | None = None
        if over_furniture:
            paragraph = text[_paragraph_start(lines, i) : left.body_end]
            how = _across_page_break(paragraph, left_text, right_text, threshold, vocabulary)
        elif _should_join(left_text, right_text, threshold, gap=j - i - 1):
            how = glue(left_text, right_text, vocabulary)
        if how is not None:
            builder.replace(left.body_end - how.trim, right.body_start, how.insert)
        i = j
    return builder.finish()


def _paragraph_start(lines: list[_Line], i: int) -> int:
    """The offset where the paragraph holding line i starts (after a blank line)."""
    while i > 0 and not lines[i - 1].blank:
        i -= 1
    return lines[i].body_start


def _across_page_break(
    paragraph: str, left: str, right: str, threshold: int, vocabulary: Counter[str]
) -> Glue | None:
    """How the last line before page furniture (`left`, ending `paragraph`) goes on with
    the first line after it, or None when the paragraph ends there and the furniture
    stays. Lines that would be joined if they were adjacent are joined; a paragraph with
    a bracket still open, or a next line that starts without a capital ("(2016) show"
    after "Osborne et al."), goes on after a line break, as wrapped lines that are not
    joined do."""
    if _should_join(left, right, threshold, gap=0):
        return glue(left, right, vocabulary)
    if _open_bracket(paragraph) or not right[0].isupper():
        return Glue(0, "\n")
    return None


def _open_bracket(text: str) -> bool:
    """More brackets open than closed in `text`."""
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def _ends_sentence(line: str) -> bool:
    """The line ends with a full stop, "?", "!", ":" or "…", perhaps before closing marks."""
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_ENDS


def _ends_open_word(line: str) -> bool:
    """The line ends with a word that leaves its sentence open ("and", "of", "the")."""
    # str.split also parts at separator controls ("\x1c"-"\x1f"): there may be no word.
    words = line.rsplit(None, 1)
    return bool(words) and words[-1] in _OPEN_WORDS


def _should_join(left: str, right: str, threshold: int, *, gap: int) -> bool:
    if _LIST_MARKER.match(right):
        return False
    first = right[0]
    ends_sentence = _ends_sentence(left)
    if gap:
        # A page break inside a sentence: only a plainly unfinished line continues.
        return first.islower() and not ends_sentence and len(left) >= threshold
    if first.islower() or first.isdigit() or first in "&,;:)]":
        return True
    if left[-1] in _OPEN_END or _ends_open_word(left):
        return True
    return len(left) >= threshold and not ends_sentence
