"""Place and publisher told apart inside one printed segment.

A reference's imprint is often labelled as one piece: "Londres, Verso", "Palgrave
Macmillan, Basingstoke", "Williams and Wilkins, Baltimore", "Roma, Carocci". These rules
split it with the word lists of places and publishers, and leave it whole when the lists
cannot tell ("Oxford, England", "Washington, D.C.").
"""

from __future__ import annotations

import re

from coprod_refs.parse.cited_names import PLACE_WORDS
from coprod_refs.parse.features import PLACE_LINKS, lexicon_hit, reads_as_place
from coprod_refs.parse.fields import Segment, split_place_publisher

_DOTTED_CODE = re.compile(r"(?:[A-Z]\.\s?){2,3}")
#: A region or country code after a place: "MA", "UK", "USA", "U.K.", "D.C.".
_REGION_CODE = re.compile(r"(?:[A-Z]\.\s?){2,3}|[A-Z]{2,3}")
#: US states as older styles abbreviate them after a city ("Cambridge, Mass."), which a
#: publisher's name never is; compared without their full stop.
_STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ia Ida Ill Ind Kan Kans Ky La Md Me Mass Mich "
    "Minn Miss Mo Mont Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo".split()
)
#: The words that continue a firm's name after a comma: "Planetree, Inc.", "Wiley, Ltd".
_COMPANY_SUFFIX = re.compile(r"(?:Inc|Ltd|LLC|Co|Corp|GmbH|AG|plc|Pty|S\.A|B\.V)\b\.?")


def comma_imprint(text: str, *, ends_imprint: bool = False) -> tuple[str, str] | None:
    """(place, publisher) from one segment holding both around its first comma, told
    apart by the word lists: "Londres, Verso", "Cambridge, Cambridge University Press",
    "Palgrave Macmillan, Basingstoke"; and, for a place segment that `ends_imprint`
    (French and Italian "Roma, Carocci, 2013", "Roma, Carocci, pp. 193-221", before the
    year, the pages or the end), a known place then a short name that is
    no place; else a name that is no place followed by places only ("Williams and
    Wilkins, Baltimore", "Dorling Kindersley, New York, New York, USA"). None when they
    do not tell ("Oxford, England", "Washington, D.C.", "Planetree, Inc.") or the head
    does not read as a place ("Prepared for the Department of the Navy")."""
    if "," not in text:
        return None
    head, _, tail = text.partition(",")
    head, tail = head.strip(), tail.strip()
    if not head or not tail or _COMPANY_SUFFIX.match(tail):
        return None
    if len(head.split()) > 4 and not reads_as_places(head):
        return places_last(text)
    head_press, tail_press = names_only_a_publisher(head), names_only_a_publisher(tail)
    # A place not in the list still reads as one: a word or two, each capitalised (an
    # acronym such as "INLOGOV" names a body, not a place).
    place_like = (
        len(head.split()) <= 2
        and all(w[:1].isupper() for w in head.split())
        and not (head.isupper() and len(head) > 2)
    )
    if tail_press and not head_press and (place_like or lexicon_hit("known_places", head)):
        return head, tail
    if head_press and not tail_press and (lexicon_hit("known_places", tail) or _place_shaped(tail)):
        return tail, head
    if ends_imprint and reads_as_place(head) and _names_a_publisher_alone(tail):
        return head, tail
    return places_last(text)


def comma_imprint_segments(seg: Segment, text: str) -> list[Segment] | None:
    """`text`, read in `seg`, as a publisher and a place segment in the order printed
    ("Routledge, Abingdon and New York", "New York, M E Sharpe"), when `comma_imprint`
    tells them apart; None when it does not."""
    imprint = comma_imprint(text.strip(" .,;"))
    if imprint is None:
        return None
    place, publisher = imprint
    parts = [("publisher", publisher), ("location", place)]
    if not text.lstrip().startswith(publisher):
        parts.reverse()
    return [seg._replace(label=label, text=value) for label, value in parts]


def colon_imprint(text: str) -> tuple[str, str]:
    """(place, publisher) of "Cardiff: Welsh Government", and of the publisher-first
    "Routledge: Abingdon and New York" of ACS and Wiley styles (the part naming places
    only is the place, and so is a place-shaped part after a publisher's name: "ECPR
    Press: Colchester"); of "London; SCIE" when the part before the semicolon names
    places only; ("", text) when there is neither."""
    place, publisher = split_place_publisher(text)
    if place and reads_as_places(publisher) and not reads_as_places(place):
        return publisher, place
    if (
        place
        and names_only_a_publisher(place)
        and not names_only_a_publisher(publisher)
        and _place_shaped(publisher)
    ):
        return publisher, place
    if not place and ";" in text:  # "London; SCIE" (a Vancouver variant)
        head, _, tail = text.partition(";")
        if reads_as_places(head) and tail.strip() and not reads_as_places(tail):
            return head.strip(), tail.strip()
    return place, publisher


def is_region_code(text: str) -> bool:
    """A region or country code as printed after a place ("MO", "USA", "U.K.", "D.C.")."""
    return _REGION_CODE.fullmatch(text) is not None


def places_last(text: str) -> tuple[str, str] | None:
    """(place, publisher) of a name that is no place followed by comma parts that are
    all places or region codes, one of them at least a place: a place in the word list,
    or a city before its state's code ("Thousand Oaks, CA")."""
    parts = [part.strip() for part in text.split(",")]
    if not all(parts):
        return None
    k = len(parts)
    while k > 1 and _is_place_part(parts, k - 1):
        k -= 1
    places = parts[k:]
    if k == len(parts) or all(_REGION_CODE.fullmatch(part) for part in places):
        return None
    if _is_place_part(parts, k - 1) or (k == 1 and reads_as_place(parts[0])):
        return None
    return ", ".join(places), ", ".join(parts[:k])


def places_after_publisher(text: str) -> tuple[str, str] | None:
    """(place, publisher) of a publisher's name followed by places with nothing between
    them ("Palgrave Macmillan Basingstoke and New York", as Natura Croatica prints them):
    the longest run of words at the end that names places only, after words holding a
    publisher's word that no place has and not ending with a small word ("University of
    Oxford" is one name); None when there is none."""
    words = text.split()
    if len(words) < 2 or "," in text or ":" in text:
        return None
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if tail[:1].isupper() and reads_as_places(tail):
            if words[k - 1][:1].islower():
                return None  # "University of Oxford", "Presses universitaires de France"
            if names_only_a_publisher(head) and not reads_as_places(head):
                return tail, head
            return None
    return None


#: What joins the places of one imprint: "Basingstoke and New York", "Abingdon & New York".
_PLACE_JOIN = re.compile(r"\s*(?:,|;|/|\b[Aa]nd\b|&)\s*")


def reads_as_places(text: str) -> bool:
    """Whether `text` names places only: places of the word list, region codes, or a city
    before its region's code ("Basingstoke and New York", "Reading, MA", "London"); a
    code alone names none ("GEW"); brackets around them do not count ("(New York")."""
    parts = [part for part in _PLACE_JOIN.split(text.strip(" ,.;:()[]")) if part]
    return (
        not all(_REGION_CODE.fullmatch(part) for part in parts)  # "GEW" is no place
        and all(_is_place_part(parts, j) for j in range(len(parts)))
    )


def _is_place_part(parts: list[str], j: int) -> bool:
    """Whether comma part `j` is a place: in the word list, a region code, or a city of
    one to three capitalised words before a region code."""
    part = parts[j]
    if reads_as_place(part) or _REGION_CODE.fullmatch(part):
        return True
    if (" and " in part or " And " in part or " & " in part) and reads_as_places(part):
        return True  # "Basingstoke and New York"
    words = part.split()
    return (
        j + 1 < len(parts)
        and _REGION_CODE.fullmatch(parts[j + 1]) is not None
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
    )


def _place_shaped(text: str) -> bool:
    """Whether every comma part of `text` is shaped as a place, listed or not: one to three
    capitalised words without digits ("Wageningen", "River Falls, Wisconsin"), or a region
    code; an acronym of more letters names a body ("INLOGOV"). Said after a publisher's
    name, that is where it is."""
    for part in text.strip(" .,;").split(","):
        words = part.split()
        if _REGION_CODE.fullmatch(part.strip()):
            continue
        if not 1 <= len(words) <= 3 or any(c.isdigit() for c in part):
            return False
        for w in words:
            if not (w[:1].isupper() or w in PLACE_LINKS) or (w.isupper() and len(w) > 3):
                return False
    return True


def _names_a_publisher_alone(text: str) -> bool:
    """A short name after a place that is neither a place nor a region code ("Carocci";
    not "England", "Hungary", "UK", "D.C.", "Mass.")."""
    letters = text.replace(".", "").replace(" ", "")
    return (
        "," not in text
        and len(text.split()) <= 4
        and len(letters) > 2
        and not lexicon_hit("known_places", text)
        and text.split()[-1].rstrip(".") not in PLACE_WORDS
        and not _DOTTED_CODE.fullmatch(text)
        and text.rstrip(".") not in _STATE_ABBREVIATIONS
    )


def names_only_a_publisher(text: str) -> bool:
    """A word of `text` is a publisher's and not also a place's ("Verso", "Press"; not
    "Oxford", which is both)."""
    return any(
        lexicon_hit("publishers", word) and not lexicon_hit("known_places", word)
        for word in text.split()
    )
