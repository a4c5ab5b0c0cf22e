"""The original date of a reprint or a translation, as reference lists print it: beside
the year of the edition cited ("[1922] 1978", "1978 [1922]", "(1980) 2010", "(1980/2010)"), or in a
note after the reference ("(Original work published 1922)", "First published 1835").

The year of the edition is the work's year, since that is the edition whose pages are
cited and the year the in-text citations give ("Lipsky, 1980/2010" cites 2010); the
original year is kept beside it for the styles that print it.
"""

from __future__ import annotations

import re

_YEAR_DIGITS = r"(?:1[5-9]\d\d|20\d\d)"
#: A year in brackets: the original one when another, later year stands beside it
#: ("[1922] 1978", Chicago's "(1980) 2010").
_BRACKETED = re.compile(rf"[\[(]\s*({_YEAR_DIGITS})\s*[\])]")
#: Two years either side of a slash: an original year and the edition's, in either order.
_SLASHED = re.compile(rf"(?<!\d)({_YEAR_DIGITS})\s?/\s?({_YEAR_DIGITS})(?!\d)")
_YEAR = re.compile(rf"(?<!\d){_YEAR_DIGITS}(?!\d)")
#: Consecutive years either side of a slash are a span ("2011/2012", a school or
#: financial year), not a reprint.
_MIN_REPRINT_GAP = 2
#: The phrases that say when a work first appeared, in the languages of this literature.
_FIRST_PUBLISHED = re.compile(
    r"(?:original(?:ly)?(?:\s+work)?\s+publ(?:ished|\.)?|first\s+publ(?:ished|\.)?|"
    r"orig\.?\s*publ?\.?|orig\.\s+ed\.|first\s+edition|reprint(?:ed)?\s+of\s+the|"
    r"erst(?:veröffentlichung|ausgabe|mals\s+erschienen)|original(?:ausgabe)?\s+erschienen|"
    r"première\s+(?:édition|publication)|1re\s+éd\.|publié\s+pour\s+la\s+première\s+fois|"
    r"publicad[oa]\s+originalmente|obra\s+original\s+publicada|"
    r"oorspronkelijk\s+(?:verschenen|uitgegeven|gepubliceerd)|eerste\s+druk|"
    r"ed(?:izione)?\.?\s+orig(?:inale)?\.?|prima\s+edizione)"
    r"[\s:,]*(?:[^\W\d]+\s+){0,3}(?P<year>\d{4})(?:\s+edition)?",
    re.IGNORECASE,
)
_NOTE_EDGES = " .,;:()[]"


def split_original(date_text: str) -> tuple[str, str]:
    """(the date text of the edition cited, the original year) from a date segment:
    "[1922] 1978." -> ("1978.", "1922"); "(1969/2019)." -> ("(2019).", "1969"); any
    other date, or one where the original year would not be the earliest, comes back
    whole, with no original year."""
    for found in (_without_bracketed(date_text), _without_slashed(date_text)):
        if found is not None:
            rest, original = found
            years = _YEAR.findall(rest)
            if years and all(int(original) < int(y) for y in years):
                return rest, original
    return date_text, ""


def _without_bracketed(date_text: str) -> tuple[str, str] | None:
    """The date without its year in square brackets, and that year."""
    bracketed = _BRACKETED.search(date_text)
    if bracketed is None:
        return None
    rest = date_text[: bracketed.start()] + date_text[bracketed.end() :]
    return " ".join(rest.split()), bracketed.group(1)


def _without_slashed(date_text: str) -> tuple[str, str] | None:
    """The date with the later of two slashed years in their place, and the earlier."""
    slashed = _SLASHED.search(date_text)
    if slashed is None:
        return None
    first, second = int(slashed.group(1)), int(slashed.group(2))
    if abs(first - second) < _MIN_REPRINT_GAP:
        return None
    rest = date_text[: slashed.start()] + str(max(first, second)) + date_text[slashed.end() :]
    return rest, str(min(first, second))


def first_published(text: str, year: int | None) -> str:
    """The year a note in `text` says the work first appeared ("(Original work published
    1922)", "Erstausgabe 1922"), when it is earlier than the edition's `year` (or the
    edition has none); else ""."""
    for match in _FIRST_PUBLISHED.finditer(text):
        found = match.group("year")
        if year is None or int(found) < year:
            return found
    return ""


def is_first_published_note(note: str) -> bool:
    """The note says no more than when the work first appeared, which the original date
    then holds."""
    match = _FIRST_PUBLISHED.fullmatch(note.strip(_NOTE_EDGES))
    return match is not None
