"""In-text citations of Chinese texts: "（王明，2018）", "（王明等，2018；李华，2019：45）", and
"王明（2018）认为" or "王明和李华（2019）" when the reference list holds those names.

Chinese names have no capitals and the text puts no space before them, so the author-year
reader, which finds names by their capitals, sees none of these. Inside a bracket the
names stand alone and are read as they are; before a bracketed year, a name is told from
the words before it only by being one the text's reference list holds ("研究表明王明（2018）"
names 王明 when the list holds a work of his). A mention's `authors` are family names, as
an author-year citation gives them (王明 is cited as 王), so that it finds its reference
as any other does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from coprod_refs.model.extracted import ExtractedMention, ExtractedWork
from coprod_refs.parse.gbt7714 import han_name
from coprod_refs.parse.sentences import split_sentences
from coprod_refs.text.letters import HAN
from coprod_refs.text.normalize import normalize

_HAS_HAN = re.compile(rf"[{HAN}]")
_WHOLE_NAME = re.compile(rf"[{HAN}]{{2,12}}")
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)(?P<suffix>[a-z])?"
_LOCATOR = (
    r"(?:\s*[，,:：]\s*(?P<locator>(?:第\s*)?\d+(?:\s*[-–—~]\s*\d+)?\s*页?"
    r"|[pP]{1,2}\.\s*\d+(?:\s*[-–]\s*\d+)?))?"
)
#: A bracket of citations: "（王明，2018）", full-width or not, several separated by "；".
_BRACKET = re.compile(r"[（(]([^（）()]{3,300})[）)]")
#: One citation inside it: names (Chinese characters, joined by 和, 与, 及 or 、, maybe
#: ending with 等, et al.), a comma, the year and a page. One character class, so that no
#: bracket, however long, makes the match backtrack.
_CITATION = re.compile(rf"^\s*(?P<names>[{HAN}、\s]{{2,60}}?)\s*[，,]\s*{_YEAR}{_LOCATOR}\s*$")
_ET_AL = re.compile(r"\s*等人?$")
#: A bracketed year after a name: "王明（2018）", "王明等（2018：45）".
_NARRATIVE_YEAR = re.compile(rf"(?P<et_al>等人?)?\s*[（(]\s*{_YEAR}{_LOCATOR}\s*[）)]")
#: Characters a name in a narrative citation may be joined to the one before by.
_JOINED = "和与及、"
_SEPARATORS = re.compile(r"[；;]")
#: Most names a narrative citation joins ("王明、李华和张伟（2019）").
_MOST_NAMES = 8


def find_han_mentions(
    text: str, references: Sequence[ExtractedWork], exclude: Sequence[tuple[int, int]] = ()
) -> list[ExtractedMention]:
    """The citations in Chinese of `text`, in reading order, outside the `exclude` spans
    (the reference list and the citations already found)."""
    if not _HAS_HAN.search(text):
        return []
    norm = normalize(text)
    sentences = split_sentences(norm.text)
    found: list[_Found] = []
    for bracket in _BRACKET.finditer(norm.text):
        for start, part in _parts(bracket.group(1), bracket.start(1)):
            match = _CITATION.match(part)
            names, et_al = _names(match.group("names")) if match else ([], False)
            if match and names:
                found.append(_Found(start, start + len(part), names, et_al, match, False))
    listed = _listed_names(references)
    for year in _NARRATIVE_YEAR.finditer(norm.text) if listed else ():
        names = _names_before(norm.text, year.start(), listed)
        if names:
            start = year.start() - sum(map(len, names))
            named = [n for n in names if n not in _JOINED]
            found.append(_Found(start, year.end(), named, bool(year.group("et_al")), year, True))
    mentions = []
    for one in sorted(found, key=lambda f: (f.start, f.end)):
        first, last = norm.original_span(one.start, one.end)
        if any(first < x_end and x_start < last for x_start, x_end in exclude):
            continue
        mentions.append(
            ExtractedMention(
                authors=[_cited_as(name) for name in one.names],
                et_al=one.et_al,
                year=int(one.match.group("year")),
                year_suffix=one.match.group("suffix") or "",
                surface=norm.quote(one.start, one.end),
                locator=" ".join((one.match.group("locator") or "").split()),
                context=sentences.around(one.start, one.end),
                start=first,
                end=last,
                narrative=one.narrative,
            )
        )
    return mentions


class _Found(NamedTuple):
    """A citation found in the normalised text: its span, names as printed, whether 等
    follows them, the match holding its year and locator, and whether it is narrative."""

    start: int
    end: int
    names: list[str]
    et_al: bool
    match: re.Match[str]
    narrative: bool


def _parts(inside: str, offset: int) -> list[tuple[int, str]]:
    """The citations of a bracket's inside (which starts at `offset`), each stripped of
    the spaces around it, with its offset in the text."""
    parts, at = [], offset
    for piece in _SEPARATORS.split(inside):
        lead = len(piece) - len(piece.lstrip())
        parts.append((at + lead, piece.strip()))
        at += len(piece) + 1
    return parts


def _names(text: str) -> tuple[list[str], bool]:
    """The names of a citation's names part, and whether 等 ends it: split at 、, and at
    和, 与 or 及 when both sides are names of two characters or more ("王明和李华"; "李和平"
    is one name). No name at all when a part is no name."""
    et_al = _ET_AL.search(text)
    if et_al:
        text = text[: et_al.start()]
    names: list[str] = []
    for part in text.split("、"):
        part = part.strip()
        pieces = re.split(r"\s*[和与及]\s*", part)
        names.extend(pieces if all(_WHOLE_NAME.fullmatch(p) for p in pieces) else [part])
    if not all(_WHOLE_NAME.fullmatch(n) for n in names):
        return [], False
    return names, et_al is not None


def _listed_names(references: Sequence[ExtractedWork]) -> set[str]:
    """The names in Chinese characters of the people and bodies the references list,
    written whole (王明, 国务院)."""
    names = set()
    for reference in references:
        for name in reference.authors + reference.editors:
            whole = name.literal or name.family + name.given
            if _HAS_HAN.match(whole):
                names.add(whole)
    return names


def _names_before(text: str, end: int, listed: set[str]) -> list[str]:
    """The listed names that end right before `end` (the longest that fits), and those
    joined to them by 和, 与, 及 or 、 (at most `_MOST_NAMES`), first name first; each
    joiner is kept in the list, so that the lengths add up to the span."""
    names: list[str] = []
    while len(names) < 2 * _MOST_NAMES:
        name = max((n for n in listed if text.endswith(n, 0, end)), key=len, default="")
        if not name:
            break
        names[:0] = [name]
        end -= len(name)
        if end < 2 or text[end - 1] not in _JOINED:
            return names
        names[:0] = [text[end - 1]]
        end -= 1
    return names[1:] if names and names[0] in _JOINED else names


def _cited_as(name: str) -> str:
    """The name an author-year citation gives: a person's family name (王 for 王明, 欧阳
    for 欧阳明), a body's whole name."""
    person = han_name(name)
    return person.literal or person.family
