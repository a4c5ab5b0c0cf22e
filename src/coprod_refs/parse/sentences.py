"""Sentence boundaries in running text, for the context a citation sits in.

A sentence ends at a line break (after `normalize` has joined wrapped lines, the breaks
left are paragraph and heading breaks), at a full-width "。", "！" or "？" (Chinese and
Japanese put no space after them), or at ". ", "? ", "! " before a capital, a digit or
an opening quote, a note number copied from a superscript perhaps glued after the mark
("services.1 Next", "(Ostrom, 1990).2 Next"; not a decimal, "65.3 Years"), unless the
word before the full stop is an abbreviation ("et al.", "e.g.", "p.", "pp.", "cf.") or an
initial ("J. Smith", "U.S.").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

_CANDIDATE = re.compile(r"[.!?…][\"'’”)\]]{0,3}(?:\d{1,3}(?=\s))?\s+|\n\s*")
#: Full stops of Chinese and Japanese, which end a sentence with no space after them.
_FULL_WIDTH_TERMINALS = "。！？"
#: The candidates of a text that holds them (looked for only there: the longer pattern
#: costs a fifth more time on every other text).
_CANDIDATE_FULL_WIDTH = re.compile(_CANDIDATE.pattern + r"|[。！？][」』”’）]{0,3}\s*")
#: A year right before a full stop: a note number glued after it still ends a sentence.
_YEAR_END = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d$")
_TERMINALS = ".!?…"
_CLOSERS = "\"'’”)]"
_OPENERS = "\"'‘“([¿¡"
_ABBREVIATIONS = frozenset(
    """al e.g i.e cf eg ie p pp pg vol vols no nos ed eds edn ch chap fig figs sec sect
    para paras approx ca c viz vs v n.d nd et seq op cit ibid esp incl resp
    dr mr mrs ms prof st jr sr inc ltd co corp dept univ assoc art eq ref refs
    vgl bzw usw ggf hrsg hg aufl bd jg zit sog insb bspw éd coll trad bijv dhr""".split()
)
_LOOKBACK = 24
#: Longest context kept whole; a longer "sentence" is cut to this many characters.
MAX_CONTEXT_CHARS = 1000


@dataclass(frozen=True)
class Sentences:
    """The sentence spans of a text, in order, for looking up the sentence at an offset."""

    text: str
    starts: list[int]
    ends: list[int]

    def around(self, start: int, end: int) -> str:
        """The sentence(s) covering [start, end), whitespace collapsed to single spaces;
        a "sentence" longer than MAX_CONTEXT_CHARS (a list, a table, unpunctuated text) is
        cut to whole words around [start, end)."""
        if not self.starts:
            return " ".join(self.text[start:end].split())
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(first, bisect_right(self.starts, max(start, end - 1)) - 1)
        begin, stop = self.starts[first], self.ends[last]
        if stop - begin > MAX_CONTEXT_CHARS:
            begin, stop = self._window(begin, stop, start, end)
        return " ".join(self.text[begin:stop].split())

    def _window(self, begin: int, stop: int, start: int, end: int) -> tuple[int, int]:
        spare = max(0, MAX_CONTEXT_CHARS - (end - start)) // 2
        low, high = max(begin, start - spare), min(stop, end + spare)
        if low > begin and not self.text[low - 1].isspace():
            cut = self.text.find(" ", low, start)
            low = cut + 1 if cut >= 0 else low
        if high < stop and not self.text[high].isspace():
            cut = self.text.rfind(" ", end, high)
            high = cut if cut >= 0 else high
        return low, high


def split_sentences(text: str) -> Sentences:
    """Split a (normalized) text into sentences."""
    starts: list[int] = []
    ends: list[int] = []
    begin = 0
    full_width = any(stop in text for stop in _FULL_WIDTH_TERMINALS)
    for match in (_CANDIDATE_FULL_WIDTH if full_width else _CANDIDATE).finditer(text):
        gap_start = match.start() + len(match.group().rstrip())
        if _is_boundary(text, gap_start, match.end(), match.group()):
            _add(text, begin, gap_start, starts, ends)
            begin = match.end()
    _add(text, begin, len(text), starts, ends)
    return Sentences(text, starts, ends)


def split_sentences_around(text: str, marks: Iterable[tuple[int, int]]) -> Sentences:
    """The sentences of `text` with the `marks` spans (note numbers copied from
    superscripts) blanked out, so that "interest.1 2 Patients" ends a sentence as
    "interest. Patients" does and no context holds the numbers; offsets are `text`'s."""
    blanked = list(text)
    for start, end in marks:
        blanked[start:end] = " " * (end - start)
    return split_sentences("".join(blanked))


def ends_with_year(text: str, end: int) -> bool:
    """`text` holds a year right before offset `end` ("… in 2008" before ".")."""
    return _YEAR_END.search(text, max(0, end - 5), end) is not None


def _add(text: str, begin: int, end: int, starts: list[int], ends: list[int]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    if begin < end:
        starts.append(begin)
        ends.append(end)


def _is_boundary(text: str, gap_start: int, gap_end: int, gap: str) -> bool:
    if "\n" in gap or gap[0] in _FULL_WIDTH_TERMINALS:
        return True
    q = gap_start - 1
    digits = 0
    while q >= 0 and text[q].isdigit() and digits < 3:
        q, digits = q - 1, digits + 1  # a note number glued after it ("2016).1 Next")
    closers_end = q
    while q >= 0 and text[q] in _CLOSERS and closers_end - q < 3:
        q -= 1
    if q < 0 or text[q] not in _TERMINALS:
        return False
    if digits and q > 0 and text[q - 1].isdigit() and not ends_with_year(text, q):
        return False  # a decimal ("65.3 Years"), not a sentence's end and a note
    if gap_end >= len(text) or not _starts_sentence(text, gap_end):
        return False
    return text[q] != "." or not _is_abbreviation(text, q)


def _starts_sentence(text: str, i: int) -> bool:
    c = text[i]
    if c in _OPENERS and i + 1 < len(text):
        c = text[i + 1]
    return c.isupper() or c.isdigit()


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial."""
    k = dot
    while k > 0 and dot - k < _LOOKBACK and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot]
    if not word:
        return False
    if word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.islower() and (k == 0 or not text[k - 1].isalnum()):
        # "z. B.", "u. a.": no sentence ends in a lone small letter ("2010a." may)
        return True
    parts = word.split(".")
    return all(len(p) <= 1 for p in parts) and any(p.isupper() or "." in word for p in parts)
