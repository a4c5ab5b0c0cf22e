"""The short citation some styles print before each entry of a reference list.

French archaeology and classics styles, Italian and Slavic journals and some German
series open an entry with the form the text cites it by, then give the entry in full:
"Alford, J. 2009 J. Alford, Engaging public sector clients, …", "Alford 2009b: J.
Alford, …", "Aligica, Tarko 2013 P. Aligica, V. Tarko, …", with the year in brackets
("Aligica and Tarko (2013) P. Aligica and V. Tarko. …"); the "alpha" styles of
mathematics and computer science open it with a bracketed label ("[Alfo09] Alford,
J., …"). Read as part of the reference, the short form doubles the authors and takes
the title's place; cut off, the rest parses as any entry, and the short form's letter
("2009b") keeps the work apart from the author's other works of that year.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: The short form: names (no sentence inside), a year with an optional letter, bare or
#: in brackets, an optional colon or equals sign, then the entry.
_SHORT_THEN_ENTRY = re.compile(
    r"^(?P<names>[^\W\d_][^:;()\[\]\d]{0,80}?),?\s+(?P<open>\()?"
    r"(?P<year>(?:1[5-9]|20)\d\d)\s?(?P<letter>[a-z]?)(?(open)\))\s*[:=]?\s+(?P<entry>\S.*)$"
)
#: The words that open a chapter's book: an entry opened by one has no names of its own
#: ("Pestoff, V. (2012) In V. Pestoff (Ed.), …" is no short form).
_IN_WORDS = frozenset({"in", "in:", "en", "en:", "dans", "w:", "im"})
#: The small words a list of names may hold: connectors, "et al." and particles.
_SMALL_WORDS = frozenset(
    "and & et al. alii und e y u. - – — "  # connectors and "et al.", "et alii"
    "van von de der den da di du la le del della dos das ten ter".split()
)
#: How far into the text a short form and the entry's first names reach.
_SHORT_FORM_REACH = 160
#: An initial: "J.", "P.", "Th.".
_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.)+,?$")


#: An alphabetic label in brackets, as the "alpha" styles of mathematics and computer
#: science print it: "[Alfo09]", "[BoLo05]", "[Ost90a]", "[ABC+19]".
_ALPHA_LABEL = re.compile(r"^\[(?P<label>[A-Z][A-Za-z]{0,7}\+?\d{2}[a-z]?)\]\s+(?P<entry>\S.*)$")


class ShortCitation(NamedTuple):
    """The entry without its short form, and the short form's year (None for a label's
    two digits) and letter."""

    entry: str
    year: int | None
    letter: str


def cut_short_citation(text: str) -> ShortCitation | None:
    """The entry after a short citation that opens `text` ("Alford 2009b: J. Alford,
    Engaging …", "[Alfo09] Alford, J., …"), or None when `text` opens with none. The
    short form must name the entry's first author again, with an initial beside the
    name, within the entry's first words, in any case and with the initial in brackets or not
    ("Alford 2009b ALFORD (J.) — …"): a year inside an author-date entry ("Ostrom,
    E. 1990 Governing the Commons") is no short form; a bracketed label must open with
    the letter the entry opens with."""
    if text[:1] == "[":
        label = _ALPHA_LABEL.match(text)
        if label is None or label["entry"][:1].upper() != text[1]:
            return None  # "[12]" numbers the entry; a label opens with the author's letter
        return ShortCitation(label["entry"], None, "")
    if not text[:1].isalpha():
        return None
    head = text[:_SHORT_FORM_REACH]
    first = head.split(None, 1)[0].rstrip(",:")
    if head.lower().find(first.split(",")[0].lower(), len(first)) < 0:
        return None  # the first name is not named again: the cheap test first
    match = _SHORT_THEN_ENTRY.match(text)
    if match is None:
        return None
    words = match["names"].replace(",", " ").split()
    if len(words) > 8 or not all(w[0].isupper() or w in _SMALL_WORDS for w in words):
        return None  # "Smith J. The war of 1812": a title, not names
    family = next((w for w in match["names"].split(",")[0].split() if w[0].isupper()), "")
    if len(family) < 2:
        return None
    opening = match["entry"].replace(",", ", ").split()[:4]
    if opening[0].lower() in _IN_WORDS:
        return None
    # "2016 c Bovaird T.": with the letter apart, the name comes right after it.
    apart = bool(match["letter"]) and match.end("year") < match.start("letter")
    named = opening[:1] if apart else opening
    names_again = any(w.strip(".,;:").lower() == family.lower() for w in named)
    if not names_again or not any(_INITIAL.match(w.strip("(),")) for w in opening):
        return None
    return ShortCitation(match["entry"], int(match["year"]), match["letter"])
