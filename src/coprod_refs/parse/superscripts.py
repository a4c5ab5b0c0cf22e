"""Numbered citations printed as superscripts, once copied into plain text: "… growing
interest.1 2 Patients …", "… service design,3 and …", "… by policy.4-6", as Vancouver and
AMA styles (BMJ, JAMA and most health journals) cite.

Copied, a superscript is a number glued to the word or mark before it, so any number so
glued is a candidate: after a lower-case letter or a closing mark (".", ",", ";", ":",
")", "]", a closing quote), never after a digit ("65.3") or a capital ("CO2", "H1N1"),
and followed by a space, a mark or the line's end ("45%" is none). Numbers may be
grouped ("2,7", "4-6", "1 2", as BMJ's pages copy two superscripts). What makes them
citations is the order numbered styles cite in: a work's number is given when it is first
cited, so a candidate whose new numbers are not the next ones in turn is not a citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod_refs.parse.sentences import ends_with_year, split_sentences_around

_CANDIDATE = re.compile(
    r"(?<=[a-zß-ÿ.,;:)\]”’\"])"
    r"(?P<numbers>[1-9]\d{0,2}(?:(?:\s?[,–-]\s?| )[1-9]\d{0,2})*)"
    r"(?=[\s.,;:)]|$)"
)
_SENTENCE_AFTER = re.compile(r"\s+[A-Z]|\s*$")
_RANGE = re.compile(r"(\d+)\s?[–-]\s?(\d+)")
#: Longest range of numbers expanded ("4-6" cites three works).
_MAX_RANGE = 50
#: Fewest superscript citations that make a text's superscripts citations at all.
MIN_CITATIONS = 2


@dataclass(frozen=True)
class Superscript:
    """One superscript group: its span in the text, the list numbers it cites, and the
    sentence it closes."""

    start: int
    end: int
    numbers: tuple[int, ...]
    context: str


def superscript_citations(text: str, highest: int, end: int) -> list[Superscript]:
    """The superscript citations of the list numbers 1 to `highest` in `text` before
    offset `end` (where the reference list starts); [] when fewer than MIN_CITATIONS are
    found."""
    found: list[tuple[int, int, tuple[int, ...]]] = []
    cited_so_far = 0
    for match in _CANDIDATE.finditer(text, 0, end):
        start = match.start()
        if _after_a_number(text, start, match.end()):
            continue  # "65.3", "1,5"
        numbers = _numbers(match.group("numbers"))
        if not numbers or max(numbers) > highest:
            continue
        new = sorted(n for n in numbers if n > cited_so_far)
        if new != list(range(cited_so_far + 1, cited_so_far + 1 + len(new))):
            continue  # a number cited before its turn: no citation
        cited_so_far = max(cited_so_far, *numbers)
        found.append((start, match.end(), numbers))
    if len(found) < MIN_CITATIONS:
        return []
    sentences = split_sentences_around(text, ((start, stop) for start, stop, _n in found))
    return [Superscript(s, e, n, sentences.around(s - 1, s)) for s, e, n in found]


def _after_a_number(text: str, start: int, end: int) -> bool:
    """The candidate follows a digit and a mark ("65.3", "1,5"), which makes it part of a
    number, unless what stands before the mark is a year closing a sentence the next one
    follows ("… after 2008.3 Councils")."""
    if start < 2 or text[start - 1] not in ".,;:" or not text[start - 2].isdigit():
        return False
    return not ends_with_year(text, start - 1) or _SENTENCE_AFTER.match(text, end) is None


def _numbers(group: str) -> tuple[int, ...]:
    """The list numbers a group cites, ranges expanded ("2,4-6" -> 2, 4, 5, 6); () for a
    range that runs backwards or too far, or a chain of ranges ("1-2-3")."""
    numbers: list[int] = []
    for part in re.split(r"\s?,\s?| ", _RANGE.sub(lambda m: f"{m[1]}-{m[2]}", group)):
        bounds = part.split("-")
        if len(bounds) == 1:
            numbers.append(int(part))
            continue
        if len(bounds) > 2:
            return ()  # "1-2-3" is no range
        low, high = int(bounds[0]), int(bounds[1])
        if not 0 < high - low <= _MAX_RANGE:
            return ()
        numbers.extend(range(low, high + 1))
    return tuple(dict.fromkeys(numbers))
