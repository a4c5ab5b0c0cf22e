"""What the segment rules share: splicing segments in and out, moving the boundary
between two, splitting one by a pattern's groups, and the few patterns and tests that
rules of several kinds read."""

from __future__ import annotations

import re

from coprod_refs.parse.features import lexicon_hit
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import (
    places_last,
)
from coprod_refs.parse.names import parse_name_list

MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"


SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")


def is_initial_word(word: str) -> bool:
    core = word.strip(",;()")
    return len(core) <= 4 and core.endswith(".") and core[:1].isupper()


def splice(segments: list[Segment], at: int, count: int, *new: Segment) -> list[Segment]:
    """`segments` with the `count` segments from `at` replaced by `new`."""
    return [*segments[:at], *new, *segments[at + count :]]


def boundary_moved(segments: list[Segment], at: int, first: str, second: str) -> list[Segment]:
    """`segments` with new texts for the one at `at` and the one after it, their labels
    and confidences kept: the boundary between two segments moved."""
    return splice(
        segments,
        at,
        2,
        segments[at]._replace(text=first),
        segments[at + 1]._replace(text=second),
    )


def divided(
    segments: list[Segment], at: int, first: tuple[str, str], second: tuple[str, str]
) -> list[Segment]:
    """`segments` with the one at `at` cut in two, as (label, text) pairs that keep its
    confidence."""
    confidence = segments[at].confidence
    return splice(segments, at, 1, Segment(*first, confidence), Segment(*second, confidence))


def cut_by_groups(
    segments: list[Segment], at: int, match: re.Match[str], *pieces: tuple[str, str]
) -> list[Segment]:
    """`segments` with the one at `at` cut into the (label, group name) `pieces` of
    `match`, each keeping its confidence; a group that matched nothing is left out."""
    seg = segments[at]
    cut = (seg._replace(label=label, text=match[group] or "") for label, group in pieces)
    return splice(segments, at, 1, *(piece for piece in cut if piece.text))


def matching(
    segments: list[Segment], label: str, pattern: re.Pattern[str]
) -> tuple[int, re.Match[str]] | None:
    """The first segment labelled `label` whose text `pattern` matches, and the match."""
    for i, seg in enumerate(segments):
        if seg.label == label:
            match = pattern.match(seg.text)
            if match:
                return i, match
    return None


def split_matching(
    segments: list[Segment],
    label: str,
    pattern: re.Pattern[str],
    first: tuple[str, str],
    second: tuple[str, str],
) -> list[Segment]:
    """`segments` with the first one labelled `label` that `pattern` matches cut in two,
    each piece a (label, name of the match's group) of `first` and `second`; unchanged
    when none matches."""
    found = matching(segments, label, pattern)
    if found is None:
        return segments
    i, match = found
    return divided(
        segments, i, (first[0], match.group(first[1])), (second[0], match.group(second[1]))
    )


TITLE_BOUNDARY = re.compile(r"(?<=[\w)\]])([.?!])[)\]\"”’]?\s+(?=[A-Z\"“‘«])")

NUMBER_LABELS = frozenset(("volume", "pages"))


def ends_with_full_word(text: str) -> bool:
    """Whether `text` ends with a word that cannot be a journal abbreviation ("Phys",
    "Bot"): a lower-case or long word, a number, or a closing bracket."""
    word = text.rsplit(None, 1)[-1]
    core = word.strip('(["“‘')
    return word[-1:] in ")]" or core.isdigit() or core[:1].islower() or len(core) >= 6


#: A title in sentence case run into a journal's name in title case and its volume and
#: pages, with no stop between ("… classical definitions Public Administration Review
#: 76:427–435."): the title ends with a small word that joins no name.
UNMARKED_TITLE_THEN_JOURNAL = (
    r"^(?P<title>.*?\b(?!(?:of|and|for|in|on|the|a|an|to|with|at|by)\b)[a-z][\w'’-]*[,)]?)\s+"
    r"(?P<journal>[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|in|on|the|&|[A-Z][\w&'’.-]*))*"
    r"\s+[A-Z][\w&'’.-]*)"
)


#: The words that make a name in capitals a body's: "Coalition for Collaborative Care",
#: "Department of Health", "Health Foundation" (not "health", "community" or "services",
#: which titles are full of).
_BODY_HEADS = frozenset(
    """academy agency alliance association authority board bureau center centre coalition college
    commission committee council department federation foundation government institute
    institution league ministry office organisation organization parliament partnership
    society trust union university consortium collaborative network party group nations
    forum stiftung stichting fondation fundación fundação fondazione unit""".split()
)


def names_body(text: str) -> bool:
    """Whether `text` holds a word that heads bodies' names ("Foundation", "Council")."""
    return not _BODY_HEADS.isdisjoint(w.strip(".,").lower() for w in text.split())


def names_people(text: str, *, initials_only: bool = False) -> bool:
    """Whether `text` names people only, each with a given name or initials (not a body,
    not a family name alone): what a list of editors or authors the rules move holds;
    with `initials_only`, each with initials alone for given names ("T. Bovaird, E.
    Loeffler"; not "Loeffler, E., Martin, S., Citizen engagement", whose last "name" is
    a title's words)."""
    names = parse_name_list(text).names
    if not names or any(name.is_body or not name.given for name in names):
        return False
    return not initials_only or all(all(map(is_initial_word, name.given.split())) for name in names)


def names_a_publisher(text: str) -> bool:
    """Whether `text` holds a word that heads bodies' names or a publisher's word ("Press",
    "Verlag")."""
    return names_body(text) or any(lexicon_hit("publishers", w.strip(".,")) for w in text.split())


def letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


#: A name in guillemets, as Italian styles print a journal's: "«Local Government Studies»,".
IN_GUILLEMETS = r"«[^«»]{2,}»[,.]?"
#: … perhaps with its volume in roman numerals after it: "«Local Government Studies», XL".
IN_GUILLEMETS_ROMAN = rf"{IN_GUILLEMETS}(?:\s+[IVXLC]+[,.]?)?"


#: Editors and the book after them in one segment: Vancouver's "In: Watson S., Moran
#: A., editors. Trust, risk and uncertainty." (French "éditeurs. In: Trust, …", with a
#: second "In:"; Dutch "redacteuren."), Harvard's "In: S. Watson and A. Moran, eds.
#: Trust, …", "In: Watson, S. and Moran, A., editors. Trust, …" (or "Moran, A. eds.",
#: the mark after the last initial's stop with no comma; the first name opens or
#: ends with its initials, or they follow its comma; Chicago's "In Trust, Risk and
#: Uncertainty, eds. S. Watson" is the other way round).
_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<editors>in:?\s+(?:(?-i:[A-Z])\.\s|(?=[^,]*?\b(?-i:[A-Z]{1,3})\.?,)"
    r"|(?=(?-i:[A-Z])[\w'’-]+,\s(?-i:[A-Z])\.))\S.*?(?:,|(?<=(?-i:[A-Z])\.))\s+"
    r"(?:editors?|editores|editoras?|éditeurs?|redacteur(?:en|s)?|eds?|red|szerk|toim|ur)\.)"
    r"\s+(?:in:\s+)?"
    r"(?P<book>(?!(?-i:[A-Z])\.)[^\W\d_].*\w.*)$",
    re.IGNORECASE,
)


#: What joins the names of a list of editors: a comma, a semicolon, "and" in a few
#: languages.
#: A word of four small letters or more, which a sentence-case title or subtitle holds and
#: a name ("van", "de la") or a journal's name in title case rarely does.
SMALL_WORD = re.compile(r"\b[a-z]{4,}\b")
EDITORS_JOIN = r"(?:,\s+(?:(?:y|and|&|et|e|und)\s+)?|\s+(?:y|and|&|et|e|und)\s+|;\s+)"

#: The editors' mark before the names, then the book after a comma or a full stop:
#: "In: (eds.) S. Watson, A. Moran, Trust, risk and uncertainty" (Oxford's science
#: journals), "In, editorsS. Watson, A. Moran. Trust, …" (NLM's, with no space), "edit.
#: S. Watson y A. Moran, Trust, …" (Cuban ISO 690).
_MARK_THEN_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<editors>(?:[Ii]n[:,]?\s+)?(?:\((?i:eds?|hrsg|éds?|dir)\.?\)|(?i:editors|eds\.|edit\.))\s*"
    r"(?:[A-Z]\.\s?)+(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+"
    rf"(?:{EDITORS_JOIN}(?:[A-Z]\.\s?)+(?:[a-z]{{1,3}}\s){{0,2}}[A-Z][\w'’-]+)*)[,.]\s+"
    r"(?P<book>(?![A-Z]\.\s)[A-Z].*)$"
)


#: One editor named family first with dotted initials: "Watson, S.", "van Meerkerk, I.",
#: "Lah, T.J.".
INVERTED_EDITOR = (
    r"(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s[A-Z]\.(?:\s?-?[A-Z]\.)*"
)

#: The editors' mark, the names family first, then the book after a comma: "eds.
#: Watson, S. y Moran, A., Trust, risk and uncertainty," (Spanish ISO 690 styles).
_MARK_THEN_INVERTED_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<editors>(?:[Ii]n:?\s+)?(?i:eds?|hrsg|éds?|dirs?|coords?)\.\s+"
    rf"{INVERTED_EDITOR}(?:{EDITORS_JOIN}{INVERTED_EDITOR})*),\s+"
    rf"(?P<book>(?![A-Z]\.\s|{INVERTED_EDITOR}|(?:y|and|&|et|e|und)\s)[A-Z].*)$"
)


#: Editors named initials first with their mark in brackets, then the book after a
#: comma: "In: S. Watson / A. Moran (Hg.), Trust, risk and uncertainty." (German
#: styles), or with no "In", "S. Watson / A. Moran (edt.), Trust, …" (Turkish law styles).
MARKED_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<editors>(?:[Ii]n:?\s+)?(?:[A-Z]\.\s?)+[^()]*?\s\((?i:eds?|edt|hrsg|hgg?|éds?|dir)\.?\)),"
    r"\s+(?P<book>[A-Z].*)$"
)

#: Editors in any form with a mark in brackets, then the book after a comma: French
#: "in : Watson S., Moran A. (dir.), Trust, risk and uncertainty,".
NAMES_MARKED_THEN_BOOK = re.compile(
    r"^(?P<editors>[^()]*\s\((?i:eds?|edt|hrsg|hgg?|éds?|édit|dirs?)\.?\)),"
    r"\s+(?P<book>[A-Z][^()]*)$"
)

#: Editors family first with their mark in brackets, then the book after a full stop
#: (ABNT): "In: WATSON, S.; MORAN, A. (org.). Trust, risk and uncertainty.".
_INVERTED_EDITORS_MARKED_THEN_BOOK = re.compile(
    rf"^(?P<editors>(?:[Ii]n:?\s+)?{INVERTED_EDITOR}(?:{EDITORS_JOIN}{INVERTED_EDITOR})*\s*"
    r"\((?i:orgs?|eds?|coords?|dirs?|hrsg)\.?\)\.)\s+(?P<book>[A-Z].*)$"
)

#: The forms that print the editors before the book in one segment.
EDITORS_FIRST = (
    _EDITORS_THEN_BOOK,
    _MARK_THEN_EDITORS_THEN_BOOK,
    _MARK_THEN_INVERTED_EDITORS_THEN_BOOK,
    MARKED_EDITORS_THEN_BOOK,
    _INVERTED_EDITORS_MARKED_THEN_BOOK,
)


#: A page range, then the year (Copernicus prints it last): "216–224, 1969a.".
PAGES_THEN_YEAR = re.compile(
    r"^(?P<name>(?:pp?\.\s*)?[A-Za-z]?\d+\s*[-–]\s*[A-Za-z]?\d+),?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[.,]?$"
)

#: Words a name never ends with: a container cut after one goes on in the next segment.
OPEN_ENDINGS = frozenset(
    "of the for on and at in to de du des la le der die für di della del &".split()
)


def name_then_places(seg: Segment, nxt: Segment) -> tuple[Segment, Segment] | None:
    """`seg` and the place or publisher `nxt` after it read again as one text: a name (with
    `seg`'s label) and the places that end it; None when no places end it."""
    joined = f"{seg.text} {nxt.text}"
    body = joined.rstrip(" .,;:")
    split = places_last(body)
    if split is None:
        return None
    place, name = split
    return (
        Segment(seg.label, name + ",", seg.confidence),
        Segment("location", place + joined[len(body) :], nxt.confidence),
    )


#: What a style prints between the title and the journal or the publisher: ". – ".
_DASH_AFTER_TITLE = re.compile(r"(?<=[a-z\d)][.?!]|[a-z][”\"’]) [–—] (?=[A-Z])")


def last_title_dash(text: str) -> re.Match[str] | None:
    """The last dash a style prints after a title in `text` (". – "), if any."""
    found = [*_DASH_AFTER_TITLE.finditer(text)] if " – " in text or " — " in text else []
    return found[-1] if found else None


#: A title whose last comma part is the place, as French and Italian styles print
#: them before the publisher: "… du capitalisme ?, Villeneuve d'Ascq,".
#: Where a comma part or a sentence of a segment ends: ", " or a full stop after a word.
PART_BREAK = r"(?:\s*,|(?<=[a-z\d)])\.)\s+"


#: Words of three letters or more, of which a title has two at least.
WORDS_OF_TITLE = re.compile(r"[^\W\d_]{3,}")


#: Small words joining the capitalised words of a name: "Studies on Public Governance".
SMALL_JOINS = frozenset("of on for and in the &".split())


#: A date that is a year alone: "(2018).", "2018a,".
YEAR_ONLY = re.compile(r"^\(?\d{4}[a-z]?\)?[.,]?$")

#: Labels that may follow a book's publisher at the end of an APA reference.
AFTER_IMPRINT = frozenset(("url", "note", "isbn"))


#: A name in capitals, small joining words between: "The Guardian", "The Stationery
#: Office", "Cabinet Office Strategy Unit".
CAPITALISED_NAME = re.compile(
    r"^[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:(?:and|of|for|the|on|&)\s+)*[A-ZÀ-Ý][\w'’&.-]*){0,5}\.?$"
)


#: An issue alone: "(Summer)", "(3)", "no. 4", "nᵒ 4", "Heft 2".
ISSUE_ALONE = re.compile(
    r"\([^()]{1,20}\)|(?:n\.|no\.|nr\.?|n[º°ᵒ]|issue|heft|h\.)\s*[\w/–-]+", re.I
)

#: A year opening a volume segment, and what follows it: "2015(Summer):", "2017. no. 4".
YEAR_OPENING_VOLUME = re.compile(r"^(?P<year>(?:1[89]|20)\d\d[a-z]?[.;,]?)\s*(?P<rest>.*)$")


#: Vancouver's year before the pages, with no volume: "2012:129–144.", "2015;41–45.".
YEAR_COLON_PAGES = re.compile(
    r"^(?P<date>(?:1[5-9]|20)\d\d[a-z]?)\s*[:;]\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?\.?)$"
)


#: The small words a publisher's name holds between capitalised ones.
NAME_LINKS = frozenset("of and & the for de du des la le und di".split())


#: A range of numbers alone: "41–45,", "143–62.".
NUMBER_RANGE = re.compile(r"^(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5})[.,;]?$")
