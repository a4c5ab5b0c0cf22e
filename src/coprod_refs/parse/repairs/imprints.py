"""Segment rules for the publisher and the imprint as a whole: a publisher read into the
title, the names or a container, and place and publisher cut or joined wrongly, after a
medium, slashes or the editors, in every order styles print them."""

from __future__ import annotations

import re

from coprod_refs.parse import fields
from coprod_refs.parse.features import lexicon_hit, reads_as_place
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import (
    colon_imprint,
    comma_imprint,
    comma_imprint_segments,
    is_region_code,
    names_only_a_publisher,
    reads_as_places,
)
from coprod_refs.parse.names import (
    has_editor_marker,
)
from coprod_refs.parse.repairs.edits import (
    AFTER_IMPRINT,
    NUMBER_LABELS,
    OPEN_ENDINGS,
    PART_BREAK,
    TITLE_BOUNDARY,
    YEAR_ONLY,
    boundary_moved,
    cut_by_groups,
    divided,
    ends_with_full_word,
    letters,
    matching,
    names_a_publisher,
    names_body,
    names_people,
    splice,
    split_matching,
)


def thesis_descriptor_from_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Dissertation, Universität Potsdam." or "PhD thesis, University of Twente" read as
    the publisher or place, in a reference with no genre: the descriptor before the
    first comma is the genre, the institution after it the publisher. In APA 6's
    "(Doctoral dissertation, University of Birmingham). Retrieved from" the institution
    ends at the bracket, and what follows is a note again."""
    if any(s.label == "genre" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "location", "note"):
            continue
        head, comma, rest = seg.text.partition(",")
        if comma and rest.strip() and len(head.split()) <= 4 and fields.is_thesis(head):
            label = "publisher" if seg.label == "note" else seg.label
            institution, _, after = rest.partition(")") if head[:1] == "(" else (rest, "", "")
            pieces = [Segment("genre", head, seg.confidence)]
            pieces.append(Segment(label, institution.strip(), seg.confidence))
            if after.strip(" .,;"):
                pieces.append(Segment("note", after.strip(" .,;"), seg.confidence))
            return splice(segments, i, 1, *pieces)
    return segments


_INSTITUTION = re.compile(
    r"univ|college|colegio|hochschule|\bschool\b|institut|[ée]cole|escuela|polytechn|"
    r"politecnic|academ|akademi",
    re.IGNORECASE,
)


def institution_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "(Doctoral dissertation). Université de Lille." with the university read as the
    place, in a thesis with no publisher: the institution granting the degree is the
    publisher."""
    if not any(s.label == "genre" and fields.is_thesis(s.text) for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label == "location" and _INSTITUTION.search(seg.text):
            return splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


_PLACE_BETWEEN_COMMAS = re.compile(r", ([A-ZÀ-Ý][^,]{1,30}), (?=[A-ZÀ-Ýa-z«\"“])")


def imprint_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "La contre-démocratie, Paris, Seuil, coll. « … »," read as one title right before
    the year, in a reference with no place or publisher (French and Italian humanities
    styles): the place between commas, and what follows it, are the imprint."""
    labels = {s.label for s in segments}
    if labels & {"location", "publisher", "journal", "container-title"}:
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title" or segments[i + 1].label != "date":
            continue
        cut = None
        for match in _PLACE_BETWEEN_COMMAS.finditer(seg.text):
            if reads_as_place(match.group(1)):
                cut = match
        if cut is None:
            return segments
        head, rest = seg.text[: cut.start() + 1], seg.text[cut.end() :]
        if len(head.split()) < 2 or not 1 <= len(rest.split()) <= 12:
            return segments
        return splice(
            segments,
            i,
            1,
            Segment("title", head, seg.confidence),
            Segment("location", cut.group(1) + ",", seg.confidence),
            Segment("publisher", rest, seg.confidence),
        )
    return segments


def publisher_read_as_editors(segments: list[Segment]) -> list[Segment]:
    """ "Lusch, R., and Vargo, S. (Eds.) (2006). The service dominant logic of
    marketing, M E Sharpe, New York." with "M E Sharpe," read as a second list of
    editors: in an edited book whose editors open it, unmarked names between the title
    and the place are the publisher; and the place and publisher ending it ("…
    marketing: New York, M E Sharpe.", as the GSA prints them) are the imprint."""
    opening = segments[1] if segments[0].label == "citation-number" else segments[0]
    if not has_editor_marker(opening.text):
        return segments
    for i in range(1, len(segments)):
        seg = segments[i]
        if seg.label != "editor" or segments[i - 1].label != "title":
            continue
        if has_editor_marker(seg.text) or fields.opens_with_in(seg.text):
            return segments
        if i + 1 < len(segments) and segments[i + 1].label == "location":
            return splice(segments, i, 1, seg._replace(label="publisher"))
        imprint = comma_imprint_segments(seg, seg.text) if i + 1 == len(segments) else None
        return splice(segments, i, 1, *imprint) if imprint else segments
    return segments


def publisher_named_as_author(segments: list[Segment]) -> list[Segment]:
    """ "World Health Organization. (2016). Title. World Health Organization." with the
    last read as a journal: a container that repeats the author, with no volume, issue
    or pages, is the publisher of a report or book."""
    labels = {s.label for s in segments}
    if not labels & {"journal", "container-title"} or labels & {"volume", "pages"}:
        return segments
    author = next((s for s in segments if s.label == "author"), None)
    if author is None:
        return segments
    key = ""
    for i, seg in enumerate(segments):
        if seg.label not in ("journal", "container-title"):
            continue
        if abs(len(seg.text) - len(author.text)) > 4:
            continue  # a name repeated differs by its punctuation at most
        key = key or letters(author.text)
        if letters(seg.text) == key:
            return splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


#: A title that ends with its imprint: "… Care Strategy. Edinburgh: Scottish Government.",
#: or after a comma (French styles): "… Timebanks, Birmingham : Governance International.".
_IMPRINT_ENDING_TITLE = re.compile(
    r"^(?P<title>.*\S[.?!,][\"”’']?)\s+(?P<place>[A-ZÀ-Ý][^.:;,]{1,30}(?:,\s*[A-Z]{2,3})?:)"
    r"\s*(?P<publisher>[A-ZÀ-Ý][^.:;]{1,60}[.,]?)$"
)


#: … or with its publisher and then the place: "… in Wales. Welsh Government, Cardiff."
_PUBLISHER_THEN_PLACE = (
    r"(?P<publisher>[A-ZÀ-Ý][\w'’&-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-ZÀ-Ý][\w'’&-]*){0,5},)"
    r"\s*(?P<place>[A-ZÀ-Ý][^.:;,]{1,30}(?:,\s*[A-Z][\w ]{1,20})?\.?)$"
)

_PUBLISHER_PLACE_ENDING_TITLE = re.compile(
    r"^(?P<title>.*\S[.?!][\"”’']?)\s+" + _PUBLISHER_THEN_PLACE
)

#: … or after a comma, as IEEE and ASME print it, when the publisher names a body: "…
#: Better Place to Live, Governance International, Birmingham."
_BODY_PLACE_ENDING_TITLE = re.compile(r"^(?P<title>.*\S),\s+" + _PUBLISHER_THEN_PLACE)


#: Small words of title-case titles (and the words before a proper name in a sentence),
#: which the sentence-case word before a publisher's name is not.
_TITLE_CASE_SMALL_WORDS = OPEN_ENDINGS | frozenset(
    "a an as by from into or with les et au aux en dans sur pour par und das von im am zum zur"
    " vom da nel y el".split()
)
#: The small words inside a publisher's name run into a title ("Society for
#: Standardization"): fewer than `NAME_LINKS`, since German titles capitalise their nouns
#: and "und" would carry the run into the title ("… Kommunen und Bürgern").
_NAME_INNER_WORDS = frozenset("and of for the & de".split())


def _publisher_ending(words: list[str]) -> int:
    """Where the capitalised run ending `words` opens, when a sentence-case word precedes
    it ("… a better place to live" + "Governance International"); 0 when none."""
    at = len(words)
    while at > 0 and (words[at - 1][:1].isupper() or words[at - 1] in _NAME_INNER_WORDS):
        at -= 1
    while at < len(words) and words[at] in _NAME_INNER_WORDS:
        at += 1
    if at in (0, len(words)) or len(words) - at > 6:
        return 0
    before = words[at - 1]
    if not before[:1].islower() or before.lower() in _TITLE_CASE_SMALL_WORDS:
        return 0
    if not before[-1:].isalpha() or any(not w[-1:].isalnum() for w in words[at:-1]):
        return 0  # a sentence or part ends there, or inside the run
    return at


def publisher_run_into_title_end(segments: list[Segment]) -> list[Segment]:
    """ "… a better place to live Governance International," or "A rough guide SCIE," +
    "London." (a style that prints no stop after the title): in a sentence-case title
    with no publisher, the capitalised run after its last lower-case word (not a small
    word of title-case titles) is the publisher: two words or more, or one that names a
    body or a publisher, or an acronym."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label not in ("title", "container-title") or nxt.label != "location":
            continue
        if not seg.text.endswith(",") or any(c in seg.text[:-1] for c in ',;"“”‘’«»'):
            return segments  # a title of comma parts, or quoted, ends elsewhere
        words = seg.text[:-1].split()
        at = _publisher_ending(words)
        run = " ".join(words[at:])
        one_word = at == len(words) - 1
        acronym = one_word and run.isupper() and 2 <= len(run) <= 8 and run.isalpha()
        if not at or not (acronym or not one_word or names_a_publisher(run)):
            return segments
        if names_people(run):
            return segments  # "… in memoriam Jan Frederik Niermeyer,": a person
        title = seg._replace(text=" ".join(words[:at]))
        return splice(segments, i, 1, title, seg._replace(label="publisher", text=run + ","))
    return segments


def imprint_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Scotland's Digital Health and Care Strategy. Edinburgh: Scottish Government." or
    "… in Wales. Welsh Government, Cardiff." read as one title, in a reference with no
    place, publisher or container: a known place, with a colon before the publisher or a
    comma after it, after the title's last sentence (or after a comma, when the publisher
    names a body or a publisher's word) is the imprint; so is "Governance International:
    Birmingham.", publisher first, when only the part after the colon names places."""
    title = next((s.text for s in segments if s.label == "title"), "")
    if ":" not in title and "," not in title:
        return segments  # the cheap test first: each form has a colon or a comma
    found = matching(segments, "title", _IMPRINT_ENDING_TITLE)
    if found is None:
        found = matching(segments, "title", _PUBLISHER_PLACE_ENDING_TITLE)
    if found is None:
        found = matching(segments, "title", _BODY_PLACE_ENDING_TITLE)
        if found and not names_a_publisher(found[1]["publisher"]):
            return segments
    if found is None:
        return segments
    i, match = found
    place, publisher = match.group("place"), match.group("publisher")
    publisher_first = match.start("publisher") < match.start("place")
    if (
        match.re is _IMPRINT_ENDING_TITLE
        and reads_as_places(publisher)
        and not reads_as_places(place.rstrip(":"))
    ):
        # "… Case Study. Governance International: Birmingham.": the publisher first
        place, publisher, publisher_first = publisher, place, True
    if not reads_as_place(place.rstrip(":.").split(",")[0]) or len(publisher.split()) > 6:
        return segments
    confidence = segments[i].confidence
    imprint = [Segment("location", place, confidence), Segment("publisher", publisher, confidence)]
    if publisher_first:
        imprint.reverse()
    return splice(segments, i, 1, Segment("title", match.group("title"), confidence), *imprint)


#: A publisher's name as it stands before the place: capitalised words (with "and",
#: "of", "&", "for" between), ending in a comma.
_PUBLISHER_BEFORE_PLACE = re.compile(
    r"^[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-ZÀ-Ý][\w'’&.-]*){0,7},$"
)


def publisher_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Military meat and dairy hygiene. Williams and Wilkins," + "Baltimore.": in a
    reference with no publisher or container, the title's last sentence before the place,
    a name ending in a comma (no title ends so) or a body's or publisher's name ending in
    a full stop ("… public services. Russell Sage Foundation." + "New York."), is the
    publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "title" or segments[i + 1].label != "location":
            continue
        text = seg.text.rstrip()
        cut = None
        for m in TITLE_BOUNDARY.finditer(text):
            if ends_with_full_word(text[: m.start()]):
                cut = m
        if cut is None:
            return segments
        tail = text[cut.end() :]
        if not _PUBLISHER_BEFORE_PLACE.match(tail) and not (
            tail.endswith(".")
            and _PUBLISHER_BEFORE_PLACE.match(tail[:-1] + ",")
            and names_a_publisher(tail)
        ):
            return segments  # "Russell Sage Foundation." ends with a full stop
        head = text[: cut.end()].rstrip()
        if len(head.split()) < 2:
            return segments
        return divided(segments, i, ("title", head), ("publisher", text[cut.end() :]))
    return segments


#: The labels of a work's own title and of the book or journal holding it.
TITLES = frozenset(("title", "container-title"))


#: The last comma part or sentence of a title: ", Welsh Government", ". ACM".
_LAST_PART = re.compile(rf"{PART_BREAK}(?P<name>[A-Z][^,.]*)$")


def publisher_out_of_title_comma(segments: list[Segment]) -> list[Segment]:
    """ "Improving Public Services for People in Wales, Welsh Government," "…, Governance
    International," or "New Public Governance, the Third Sector and Co-Production,
    Routledge," before the place, in a reference with no publisher (Emerald's and other
    Harvard styles; Elsevier's "Proceedings of … Systems. ACM,"): the last comma part or
    sentence, a body's, publisher's or organisation's name or an acronym, is the
    publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in TITLES or segments[i + 1].label != "location":
            continue
        cut = _LAST_PART.search(seg.text.rstrip(" ,"))
        if cut is None:
            return segments
        head, name = seg.text[: cut.start()].rstrip(), cut["name"]
        if len(head.split()) < 2 or len(name.split()) > 6 or reads_as_places(name):
            return segments
        acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6  # "ACM", "NESTA"
        if not (
            acronym
            or names_body(name)
            or lexicon_hit("publishers", name)
            or _ends_as_organisation(name.split())
        ):
            return segments
        return divided(segments, i, (seg.label, head), ("publisher", name + ","))
    return segments


#: The words that end organisations' names: "Governance International", "Sage Inc.".
_ORGANISATION_ENDINGS = frozenset("international inc inc. ltd ltd. llc gmbh plc".split())


def _ends_as_organisation(words: list[str]) -> bool:
    """Whether `words` are capitalised and end with a word that ends organisations' names
    ("Governance International", not "in international")."""
    return (
        len(words) >= 2
        and words[-1].lower() in _ORGANISATION_ENDINGS
        and all(w[:1].isupper() for w in words)
    )


#: Words that go on a name and open none: "Leiden University", "Policy Press".
NAME_GOES_ON = frozenset(
    "university universität université universidad college institute press".split()
)

#: Words that open a place's name but name none alone, with their abbreviations: "New" +
#: "Economics Foundation", "St. Catharines".
PLACE_OPENINGS = frozenset("New San Santa Los Las Saint St Ste Port Pt Fort Ft Mount Mt".split())


#: ACS's book or report between the names and the year: "Title; [Series 47;]
#: Publisher: Place,".
_SEMICOLON_IMPRINT = re.compile(
    r"^(?P<title>[^;]{6,});\s+(?:(?P<genre>[^;:]{3,80});\s+)?"
    r"(?P<publisher>[^;:]{2,80}):\s+(?P<place>[^;:]{2,60}?)[,.;]?$"
)

_IMPRINT_PARTS = frozenset(("title", "container-title", "publisher", "location", "genre"))


def semicolon_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Street-Level Bureaucracy: …; Russell" + "Sage Foundation: New York," (ACS prints
    a book's title, its series or report number, the publisher and the places between
    semicolons, before the year or with no year: "…; Governance International:
    Birmingham;"): the pieces are read again from the semicolons."""
    for seg in segments:
        if ";" in seg.text:
            break
    else:
        return segments  # the cheap test first: no semicolon
    start = next((i for i, s in enumerate(segments) if s.label in _IMPRINT_PARTS), None)
    if start is None or start == 0 or segments[start - 1].label not in ("author", "editor"):
        return segments
    end = start
    while end < len(segments) and segments[end].label in _IMPRINT_PARTS:
        end += 1
    if end < len(segments) and segments[end].label != "date":
        return segments  # the imprint comes before the year, or closes the reference
    joined = " ".join(s.text.strip() for s in segments[start:end])
    match = _SEMICOLON_IMPRINT.match(joined) if ";" in joined else None
    if match is None or not reads_as_places(match["place"]) or reads_as_places(match["publisher"]):
        return segments
    confidence = min(s.confidence for s in segments[start:end])
    pieces = [Segment("title", match["title"], confidence)]
    if match["genre"]:
        pieces.append(Segment("genre", match["genre"], confidence))
    pieces.append(Segment("publisher", match["publisher"], confidence))
    pieces.append(Segment("location", match["place"], confidence))
    return splice(segments, start, end - start, *pieces)


#: GOST's part of a work and the whole after "//", with the editors after " / ": "Title //
#: Book / под ред. V. Pestoff, T. Brandsen.".
_GOST_PART = re.compile(r"^(?P<title>.+?)\s+//\s+(?P<whole>.+?)(?:\s+/\s+(?P<editors>\S.*))?$")

_GOST_SPAN = frozenset(("title", "journal", "container-title", "author", "editor"))

_GOST_EDITORS = re.compile(
    r"^(?:под\s+(?:общ\.\s+)?ред\.|(?i:ed\.\s+by|eds?\.|edited\s+by|hrsg\.))"
)


def gost_whole_after_slashes(segments: list[Segment]) -> list[Segment]:
    """ "Co-production from a normative perspective // New public governance … / под"
    + "ред. V. Pestoff, T. Brandsen." (GOST R 7.0.5 puts "//" before the journal or book
    a part is in, and " / под ред." before the book's editors): the words before "//"
    are the title, those after it the journal or book, and the names after the editor
    mark the editors."""
    first = 0
    while segments[first].label != "title":  # the rule runs only with a title
        first += 1
    if " //" not in segments[first].text:
        return segments  # the cheap test first
    end = first
    while end < len(segments) and segments[end].label in _GOST_SPAN:
        end += 1
    pieces: list[str] = []
    for seg in segments[first:end]:
        text = seg.text.strip()
        if seg.label == "editor" and _GOST_EDITORS.match(text) and not pieces[-1].endswith("/"):
            text = f"/ {text}"  # editors already taken out after their slash keep it
        pieces.append(text)
    match = _GOST_PART.match(" ".join(pieces))
    if match is None:
        return segments
    editors = match["editors"] or ""
    if editors and not _GOST_EDITORS.match(editors):
        return segments
    later = {s.label for s in segments[end:]}
    whole = "container-title" if editors or later & {"publisher", "location"} else "journal"
    if not editors and "location" not in later and reads_as_places(match["whole"]):
        whole = "location"  # "… co-production. // Basingstoke and New York. Palgrave …"
    confidence = min(s.confidence for s in segments[first:end])
    found = [
        Segment("title", match["title"], confidence),
        Segment(whole, match["whole"], confidence),
    ]
    if editors:
        found.append(Segment("editor", editors, confidence))
    return splice(segments, first, end - first, *found)


#: Vancouver's medium, then the publisher and the place, of a reference with no year:
#: "[Internet]. Governance International. Birmingham.".
_MEDIUM_THEN_IMPRINT = re.compile(
    r"^(?P<medium>\[(?:Internet|Online|online|Electronic)[^\]]{0,30}\]\.)\s+"
    r"(?P<publisher>[A-Z][^.\d:]*?\w\w\.)(?:\s+(?P<place>[A-Z][^.\d:]*\.?))?$"
)


#: The same with the publisher before a colon, the place and the year (Bentham's
#: journals): "[Online] Governance International: Birmingham 2016.".
_MEDIUM_THEN_COLON_IMPRINT = re.compile(
    r"^(?P<medium>\[(?:Internet|Online|online|Electronic)[^\]]{0,30}\]\.?)\s+"
    r"(?P<publisher>[A-Z][^.\d:]*?\w):\s+(?P<place>[A-Z][^.\d:]*?),?\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?\.?)$"
)


def imprint_after_medium_note(segments: list[Segment]) -> list[Segment]:
    """ "[Internet]. Governance International. Birmingham." or "[Online] Governance
    International: Birmingham 2016." read as one note, in a reference with no publisher:
    after the medium come the publisher, the place and maybe the year."""
    for i, seg in enumerate(segments):
        if seg.label != "note" or not seg.text.startswith("["):
            continue
        match = _MEDIUM_THEN_IMPRINT.match(seg.text) or _MEDIUM_THEN_COLON_IMPRINT.match(seg.text)
        if match is None or (match["place"] and not reads_as_places(match["place"])):
            return segments
        pieces = [("note", "medium"), ("publisher", "publisher"), ("location", "place")]
        if "year" in match.re.groupindex:
            pieces.append(("date", "year"))
        return cut_by_groups(segments, i, match, *pieces)
    return segments


#: AMA's book or proceedings run on to its publisher, year and pages: "In: Proceedings
#: of … Systems. ACM; 2016:1096-1099.".
_BOOK_PUBLISHER_YEAR_PAGES = re.compile(
    r"^(?P<book>.+?\S)\.\s+(?P<publisher>[^.;]{2,60});\s*(?P<year>(?:1[5-9]|20)\d\d)"
    r"(?::(?P<pages>\d+\s*[-–]\s*\d+))?\.?$"
)


def imprint_out_of_vancouver_book(segments: list[Segment]) -> list[Segment]:
    """ "In: Proceedings of the 2016 CHI Conference … Systems. ACM; 2016:1096-1099." read
    as the book: AMA's publisher, year and pages after it come out."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or ";" not in seg.text:
            continue
        match = _BOOK_PUBLISHER_YEAR_PAGES.match(seg.text.strip())
        if match is None:
            return segments
        pieces = (
            ("container-title", "book"),
            ("publisher", "publisher"),
            ("date", "year"),
            ("pages", "pages"),
        )
        return cut_by_groups(segments, i, match, *pieces)
    return segments


def _imprint_out_of(
    segments: list[Segment], at: int, kept: str, place: str, publisher: str
) -> list[Segment]:
    """`segments` with the one at `at` cut into its own words (`kept`), then the place and
    the publisher that were read into it."""
    seg = segments[at]
    return splice(
        segments,
        at,
        1,
        seg._replace(text=kept),
        seg._replace(label="location", text=place),
        seg._replace(label="publisher", text=publisher),
    )


def imprint_after_medium(segments: list[Segment]) -> list[Segment]:
    """ "Improving public services for people in Wales. [online] Cardiff: Welsh
    Government." read as one title (Harvard prints the medium after the title, then
    the imprint): the place and publisher after the medium come out of the title."""
    for i, seg in enumerate(segments):
        if seg.label != "title" or "]" not in seg.text:
            continue
        match = fields.TITLE_MEDIUM_REST.match(seg.text.strip())
        if match is None:
            return segments
        place, colon, publisher = match["rest"].partition(": ")
        if not colon or not reads_as_places(place) or not publisher.strip(" ."):
            return segments
        return _imprint_out_of(segments, i, match["title"], place, publisher)
    return segments


def place_after_medium(segments: list[Segment]) -> list[Segment]:
    """ "… a better place to live [Internet]. Birmingham," + "Governance International,"
    (Vancouver's medium after the title, then place, publisher and year) with the place
    read into the title and the publisher as a journal or a book: the place comes out of
    the title, and the name after it is the publisher."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or "]" not in seg.text:
            continue
        match = fields.TITLE_MEDIUM_REST.match(seg.text)
        if match is None or not reads_as_places(match["rest"]):
            return segments
        return splice(
            segments,
            i,
            2,
            seg._replace(text=seg.text[: match.start("rest")].rstrip()),
            seg._replace(label="location", text=match["rest"]),
            nxt._replace(label="publisher"),
        )
    return segments


#: Vancouver editors, then an imprint after their last initial: "Edelenbos J, van
#: Meerkerk I. Cheltenham, Edward Elgar,".
#: Editors, their mark between commas, then a publisher and places (Scientia Iranica's):
#: "T. Bovaird and E. Loeffler, Eds., Routledge, Abingdon and New York,".
_EDITORS_MARK_COMMA_THEN_IMPRINT = re.compile(
    r"^(?P<names>.+?,\s+(?i:eds?|editors)\.?,)\s+(?P<imprint>[A-Z][^;:()]*,[^;:()]+)$"
)
_EDITORS_THEN_IMPRINT = re.compile(
    r"^(?P<names>.*\s[A-Z]{1,3}\.)\s+(?P<imprint>[A-Z][^.;:]*,[^.;:]+)$"
)


#: An initial before a family name ("T. Bovaird"): names printed given name first, whose
#: last initial is followed by the family name, not by the imprint (in brackets, the
#: bracket's rule takes the names back: "(eds. T. Brandsen, … B. Verschuere), Routledge").
_INITIAL_BEFORE_FAMILY = re.compile(r"\b[A-Z]\.\s+[A-Z][a-z]")

#: Editors closed by their bracketed mark, then a colon imprint: "Bovaird T and Loeffler E
#: (eds). Routledge: Abingdon and New York;" (Earth Surface Processes and Landforms).
_MARKED_EDITORS_THEN_COLON_IMPRINT = re.compile(
    r"^(?P<names>[^()]*\((?i:eds?|editors?)\.?\)[.,]?)\s+(?P<imprint>[A-Z][^():]*:\s*[^():]+)$"
)


#: ACS's editors, their mark and a semicolon, then the imprint: "Edelenbos, J., van
#: Meerkerk, I., Eds.; Edward Elgar: Cheltenham,".
_EDITORS_MARK_SEMICOLON_THEN_IMPRINT = re.compile(
    r"^(?P<names>.*\b(?i:eds?|editors?)\.?;)\s+(?P<imprint>[^;]+?),?$"
)


#: "Edited by" and names given first, then the publisher and its places (Facets):
#: "Edited by T Bovaird and E Loeffler. Routledge, Abingdon and New York.".
_EDITED_BY_THEN_PUBLISHER_PLACES = re.compile(
    r"^(?P<names>(?i:edited\s+by)\s.*?[^\W\d_]{2}\.)\s+"
    r"(?P<publisher>[A-Z][^.;:,]*),\s(?P<places>[^.;:]+)\.?$"
)


#: The editors' mark and names given first, then a colon imprint: "eds. K. Einarsdóttir
#: and P. Hansen. Reykjavík: Háskólaútgáfan,".
_MARKED_NAMES_THEN_COLON_IMPRINT = re.compile(
    r"^(?P<names>(?i:eds?\.?|editors?|edited\s+by)\s.*?[^\W\d_]{2}\.)\s+"
    r"(?P<imprint>[A-Z][^.;:]*:\s*[^.;:]+)$"
)


def acs_editors_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "In The Routledge handbook …;" + "Kassen, T.R., Cepiku, D., Lah, T.J., Eds.;
    Routledge: London," (MDPI's and ACS's editors and imprint) read as the place, in a
    reference with no editors: the segment is the editors' and the imprint after them,
    which the next rule parts."""
    for i, seg in enumerate(segments):
        if seg.label not in ("location", "publisher"):
            continue
        if _EDITORS_MARK_SEMICOLON_THEN_IMPRINT.match(seg.text) is None:
            return segments
        return splice(segments, i, 1, seg._replace(label="editor"))
    return segments


def imprint_read_into_editors(segments: list[Segment]) -> list[Segment]:
    """ "edited by Edelenbos J, van Meerkerk I. Cheltenham, Edward Elgar," + "2016." (the
    Journal of Foot and Ankle Surgery's editors, then place, publisher and year) read as
    the editors: what follows the last initial's stop is the place and the publisher (or
    the publisher and the places: "Eds Bovaird, T. and Loeffler, E. Routledge, Abingdon
    and New York,");
    what follows a bracketed mark ("(eds). Routledge: Abingdon and New York;"), with a
    colon, is the imprint; and so is what follows ACS's "Eds.;" ("Edward Elgar:
    Cheltenham,"), publisher first, and what follows "Edited by" and names given first
    ("Edited by T Bovaird and E Loeffler. Routledge, Abingdon and New York."), and the
    colon imprint after a mark and names given first ("eds. K. Einarsdóttir and P.
    Hansen. Reykjavík: Háskólaútgáfan,"), and the comma imprint after ", Eds.," ("T.
    Bovaird and E. Loeffler, Eds., Routledge, Abingdon and New York,")."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i + 1].label not in ("date", "pages"):
            continue
        acs = _EDITORS_MARK_SEMICOLON_THEN_IMPRINT.match(seg.text)
        acs_imprint = _PUBLISHER_COLON_PLACES.match(acs["imprint"]) if acs else None
        if acs is not None and acs_imprint is not None:
            if not reads_as_places(acs_imprint["places"]):
                return segments
            place, publisher = acs_imprint["places"] + ",", acs_imprint["publisher"] + ":"
            return _imprint_out_of(segments, i, acs["names"], place, publisher)
        marked = _MARKED_EDITORS_THEN_COLON_IMPRINT.match(seg.text)
        if marked is not None:
            place, publisher = colon_imprint(marked["imprint"].rstrip(" ,;."))
            if not place or not publisher:
                return segments
            return _imprint_out_of(segments, i, marked["names"], place, publisher)
        edited = _EDITED_BY_THEN_PUBLISHER_PLACES.match(seg.text)
        if edited is not None:
            if not reads_as_places(edited["places"]) or reads_as_places(edited["publisher"]):
                return segments
            place, publisher = edited["places"] + ".", edited["publisher"] + ","
            return _imprint_out_of(segments, i, edited["names"], place, publisher)
        given_first = _MARKED_NAMES_THEN_COLON_IMPRINT.match(seg.text)
        if given_first is not None:
            place, publisher = colon_imprint(given_first["imprint"].rstrip(" ,;."))
            if not place or not publisher:
                return segments
            return _imprint_out_of(segments, i, given_first["names"], place, publisher)
        marked_comma = _EDITORS_MARK_COMMA_THEN_IMPRINT.match(seg.text)
        if marked_comma is not None:
            pieces = comma_imprint_segments(seg, marked_comma["imprint"])
            if pieces is None:
                return segments
            return splice(segments, i, 1, seg._replace(text=marked_comma["names"]), *pieces)
        match = _EDITORS_THEN_IMPRINT.match(seg.text)
        if match is None:
            return segments
        if seg.text[:1] != "(" and _INITIAL_BEFORE_FAMILY.search(match["names"]):
            return segments  # "edited by T. Bovaird and E." + "Loeffler, Routledge,"
        imprint = match["imprint"].rstrip(" ,")
        found = comma_imprint(imprint, ends_imprint=True)
        if found is None:
            return segments
        place, publisher = found
        if imprint.startswith(place):  # "Cheltenham, Edward Elgar"
            publisher = match["imprint"][len(place) + 1 :].strip()
            return _imprint_out_of(segments, i, match["names"], f"{place},", publisher)
        if not reads_as_places(place) or not names_a_publisher(publisher) or "(" in publisher:
            return segments
        # "Routledge, Abingdon and New York,": the publisher first, then places only
        return _imprint_out_of(segments, i, match["names"], place + ",", publisher + ",")
    return segments


#: Editors, their mark and a comma, then one more name: "Lusch, R., Vargo, S., Eds., M E
#: Sharpe," (the Chemical Biology & Drug Design style).
_EDITORS_MARK_COMMA_THEN_NAME = re.compile(
    r"^(?P<names>.*\b(?i:eds?|editors?)\.?,)\s+(?P<name>[A-Z][^,;:()]*?),?$"
)


def publisher_after_editors_mark(segments: list[Segment]) -> list[Segment]:
    """ "Lusch, R., Vargo, S., Eds., M E Sharpe," + "New York," read as the editors: the
    name after the editors' mark and its comma, before the place or the year, is the
    publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i + 1].label not in ("location", "date"):
            continue
        match = _EDITORS_MARK_COMMA_THEN_NAME.match(seg.text.strip())
        if match is None or reads_as_places(match["name"]):
            return segments
        return divided(segments, i, ("editor", match["names"]), ("publisher", match["name"] + ","))
    return segments


#: Vancouver editors, then places after their last initial: "Edited by Bovaird T, Loeffler
#: E. Abingdon and New York,"; or IEEE's editors and their mark: "T. Bovaird and E.
#: Loeffler, Eds. Abingdon and New York,".
_EDITORS_THEN_PLACES = re.compile(
    r"^(?P<names>.*(?:\s[A-Z]{1,3}|,\s(?i:eds?|editors?))\.)\s+(?P<places>[A-Z][^.;:,]*),?$"
)


def places_read_into_editors(segments: list[Segment]) -> list[Segment]:
    """ "Edited by Bovaird T, Loeffler E. Abingdon and New York," + "Routledge," (or
    "T. Bovaird and E. Loeffler, Eds. Abingdon and New York," + "2016,") read as the
    editors, in a reference with no place: the places after the last initial's stop or
    the editors' mark are the place."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i + 1].label not in ("publisher", "date"):
            continue
        match = _EDITORS_THEN_PLACES.match(seg.text.strip())
        if match is None or not reads_as_places(match["places"]):
            return segments
        return divided(segments, i, ("editor", match["names"]), ("location", match["places"] + ","))
    return segments


def publisher_after_placeless_editors(segments: list[Segment]) -> list[Segment]:
    """ "edited by T. Bovaird and E. Loeffler," + "Routledge," + "2016," (MLA prints no
    place) with the publisher read as the place, or "edited by J. Edelenbos and I. van
    Meerkerk, Edward Elgar," with it read into the editors, in a reference with no
    publisher: a name that is a publisher's and no place's is the publisher."""
    for i in range(1, len(segments)):
        seg, prev = segments[i], segments[i - 1]
        if seg.label == "location" and prev.label == "editor":
            if any(s.label == "location" for s in segments[i + 1 :]):
                return segments
            if not names_only_a_publisher(seg.text) or reads_as_places(seg.text):
                return segments
            return splice(segments, i, 1, seg._replace(label="publisher"))
        if seg.label == "editor" and seg.text.lower().startswith("edited by"):
            names, comma, last = seg.text.rstrip(" ,").rpartition(", ")
            if not comma:
                continue  # the editors alone: the publisher may follow
            if not names_only_a_publisher(last) or reads_as_places(last):
                return segments
            if " and " not in names and "&" not in names:
                return segments  # "edited by J. Smith, Verso": a list may go on
            return divided(segments, i, ("editor", names + ","), ("publisher", last + ","))
    return segments


#: A title's last sentence that is a body's acronym alone: "… in Social Care. SCIE.",
#: "… [WWW Document]. SCIE.".
_ACRONYM_ENDING_TITLE = re.compile(
    r"^(?P<title>.*[^\W\d_][\w)?!”\"’\]]\.)\s+(?P<publisher>[A-Z][A-Z&]{1,7}\.?)$"
)


def acronym_publisher_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Co-production in Social Care: What It Is and How to Do It. SCIE." read as one
    title, in a reference with no publisher, container or journal's numbers (a
    journal's acronym, "BMJ.", is read so before a volume): a body's acronym alone after
    the title's last full stop is the publisher, or the web site's name before a link."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        tail = seg.text.rstrip(" .,")[-9:].rsplit(None, 1)[-1:]
        if not tail or not tail[0].isupper():
            return segments  # the cheap test first: capitals ending the title
        match = _ACRONYM_ENDING_TITLE.match(seg.text.rstrip(" ,"))
        if match is None or is_region_code(match["publisher"].rstrip(".")):
            return segments
        online = any(s.label == "url" for s in segments)
        pieces = [("title", "title"), ("container-title" if online else "publisher", "publisher")]
        return cut_by_groups(segments, i, match, *pieces)
    return segments


def publisher_read_as_journal(segments: list[Segment]) -> list[Segment]:
    """ "Cottam, H. (2018). Radical help. Virago." with the last read as a journal (APA 7
    prints no place): a short name after the title that ends the reference, with no
    volume, issue or pages and no word of a journal's name (unless one of a publisher's
    too: "Policy Press"), is the publisher."""
    labels = [s.label for s in segments]
    if {"volume", "pages", "publisher", "container-title", "editor"} & set(labels):
        return segments
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 3] != ["author", "date", "title"]:
        return segments
    rest = labels[first + 3 :]
    if not rest or rest[0] != "journal" or not AFTER_IMPRINT.issuperset(rest[1:]):
        return segments
    if not YEAR_ONLY.match(segments[first + 1].text):
        return segments  # "(2014, August 12)": a newspaper's or magazine's issue
    text = segments[first + 3].text
    words = text.split()
    if (
        len(words) > 5
        or (lexicon_hit("journal_words", text) and not lexicon_hit("publishers", text))
        or any(w.endswith(".") and len(w) <= 5 for w in words[:-1])
    ):
        return segments
    return splice(
        segments, first + 3, 1, Segment("publisher", text, segments[first + 3].confidence)
    )


#: A publisher's name, a full stop and the places after it: "Palgrave Macmillan.
#: Basingstoke and New York." (the full stop not after an initial, as in "M. E. Sharpe").
_PUBLISHER_STOP_PLACES = re.compile(r"^(?P<publisher>.*\w{2}[.)])\s+(?P<place>[A-Z][^.]*\.?)$")


def imprint_cut_at_stop(segments: list[Segment]) -> list[Segment]:
    """ "Palgrave Macmillan. Basingstoke and New York." read as one publisher, in a
    reference with no place, or "University of Melbourne. Melbourne." read as one place,
    in a reference with no publisher: the places after the publisher's full stop are the
    place. In the other order, "Melbourne. University of Melbourne." (Acta Naturae), the
    places before the stop are the place and the body after it the publisher."""
    if {"publisher", "location"} <= {s.label for s in segments}:
        return segments
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "location") or ". " not in seg.text:
            continue
        match = _PUBLISHER_STOP_PLACES.match(seg.text.strip())
        if match is None:
            return segments
        first, second = match["publisher"], match["place"]
        if reads_as_places(first) and not reads_as_places(second) and names_a_publisher(second):
            return divided(segments, i, ("location", first), ("publisher", second))
        if not reads_as_places(second):
            return segments
        if seg.label == "location" and not names_a_publisher(first):
            return segments
        if first.rsplit(None, 1)[-1].rstrip(".") in PLACE_OPENINGS:
            return segments  # "Brock University, St. Catharines, ON"
        return divided(segments, i, ("publisher", first), ("location", second))
    return segments


def publisher_and_place_swapped(segments: list[Segment]) -> list[Segment]:
    """ "Routledge:" + "Abingdon and New York," or "Bertelsmann Stiftung:" + "Gütersloh."
    read as place and publisher (a style that prints the publisher before the colon): a
    publisher's or body's name before places swaps."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        name = seg.text.strip(" ,.;:")
        if not names_a_publisher(name) or not reads_as_places(nxt.text):
            return segments  # the cheap test first: "London:" names no publisher
        if reads_as_places(name):
            return segments
        pieces = [seg._replace(label="publisher"), nxt._replace(label="location")]
        return splice(segments, i, 2, *pieces)
    return segments


#: A bracketed description and the publisher after it: "[Discussion paper]. NESTA.".
_BRACKET_THEN_NAME = re.compile(r"^(?P<genre>\[[^\[\]]+\][.,]?)\s+(?P<publisher>[A-ZÀ-Ý].*)$")


def publisher_read_as_second_title(segments: list[Segment]) -> list[Segment]:
    """ "Renewing Scotland's public services." + "Edinburgh:" + "Scottish Government." with
    the name after the place's colon read as a second title, in a reference with no
    publisher, journal or book: a short name after the colon is the publisher."""
    seen_title = False
    for i, seg in enumerate(segments[:-1]):
        seen_title = seen_title or seg.label == "title"
        nxt = segments[i + 1]
        if seg.label != "location" or nxt.label != "title":
            continue
        if not seen_title or not seg.text.rstrip().endswith(":") or len(nxt.text.split()) > 6:
            return segments
        return splice(segments, i + 1, 1, nxt._replace(label="publisher"))
    return segments


#: A name's last words and its full stop, then a link phrase: "Government. Available:".
_NAME_END_THEN_LINK_PHRASE = re.compile(
    r"^(?P<end>[A-Z][\w'’&-]*(?:\s[\w'’&-]+){0,3}\.)\s+(?P<phrase>\S.*)$"
)


def publisher_end_read_as_note(segments: list[Segment]) -> list[Segment]:
    """ "Cardiff: Welsh" + "Government. Available:" before the link: the words up to the
    note's full stop end the publisher's name, and the rest only leads to the link."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label != "note" or not seg.text[-1:].isalpha():
            continue
        match = _NAME_END_THEN_LINK_PHRASE.match(nxt.text)
        if match is None or not fields.is_link_phrase(match["phrase"]):
            return segments
        return boundary_moved(segments, i, f"{seg.text} {match['end']}", match["phrase"])
    return segments


def publisher_out_of_genre(segments: list[Segment]) -> list[Segment]:
    """ "[Discussion paper]. NESTA." read as the genre, in an APA 7 reference with no
    publisher: the name after the bracketed description is the publisher."""
    if any(s.label == "publisher" for s in segments):
        return segments
    return split_matching(
        segments, "genre", _BRACKET_THEN_NAME, ("genre", "genre"), ("publisher", "publisher")
    )


#: A year alone ending a Vancouver book: "2010.".
_BARE_YEAR = re.compile(r"^(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\.?$")


def publisher_before_vancouver_year(segments: list[Segment]) -> list[Segment]:
    """ "What is co-production? The Health Foundation; 2010." with the body read as a
    journal or a place: a name before a semicolon and a bare year, in a reference with no
    volume, issue or pages anywhere, is the publisher (a journal's year is followed by
    its numbers; a place names places only)."""
    if any(s.label in NUMBER_LABELS or s.label == "publisher" for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label not in _READ_FOR_PUBLISHER:
            continue
        nxt = segments[i + 1]
        if not (seg.text.endswith(";") and nxt.label == "date" and _BARE_YEAR.match(nxt.text)):
            return segments
        if seg.label == "location" and reads_as_places(seg.text):
            return segments
        return splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


#: A publisher, a colon and the places, as Nature's and Wiley's Vancouver styles print
#: the imprint: "Governance International: Birmingham,".
_PUBLISHER_COLON_PLACES = re.compile(r"^(?P<publisher>[A-Z][^:;]*\S):\s+(?P<places>[^:;]+)$")


def publisher_colon_places_read_as_journal(segments: list[Segment]) -> list[Segment]:
    """ "Governance International: Birmingham," + "2016" read as a journal, in a reference
    with no volume, issue or pages: the name before the colon is the publisher and the
    places after it are where it published."""
    if any(s.label in ("volume", "issue", "pages", "publisher", "location") for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label not in ("journal", "container-title"):
            continue
        match = _PUBLISHER_COLON_PLACES.match(seg.text)
        if match is None or segments[i + 1].label != "date":
            return segments
        if seg.text[:3].lower() in ("in ", "in:") or not reads_as_places(match["places"]):
            return segments
        return divided(
            segments, i, ("publisher", match["publisher"] + ":"), ("location", match["places"])
        )
    return segments


#: What a Vancouver publisher before its year is read as.
_READ_FOR_PUBLISHER = frozenset(("journal", "container-title", "location"))


def publisher_read_as_container(segments: list[Segment]) -> list[Segment]:
    """ "Publications Office of the EU," + "Luxembourg," read as a container and a place,
    in a reference with no editor, volume or pages: a body's or publisher's name right
    before the place, not opened by "In" and no conference, is the publisher (IEEE's
    report)."""
    if any(s.label in ("editor", "publisher", "volume", "pages") for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "container-title":
            continue
        if segments[i + 1].label != "location" or seg.text[:3].lower().startswith(("in ", "in:")):
            return segments
        if fields.is_conference(seg.text) or "," in seg.text.rstrip(" ,"):
            return segments
        if not (names_body(seg.text) or lexicon_hit("publishers", seg.text)):
            return segments
        return splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


#: Spanish ISO 690's publisher mark ending the words before the publisher: "…, edit.".
_PUBLISHER_MARK_ENDING = re.compile(r"^(?P<head>.*\S),\s+(?P<mark>edit\.)$")


def publisher_mark_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "From service delivery to co-production, edit." + "Palgrave Macmillan, …": the
    mark Spanish styles print before the publisher ("editorial") read into the title,
    the book or the editors belongs to the publisher."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if nxt.label != "publisher" or not seg.text.endswith("edit."):
            continue
        match = _PUBLISHER_MARK_ENDING.match(seg.text)
        if match is None:
            return segments
        return boundary_moved(segments, i, match["head"] + ",", f"{match['mark']} {nxt.text}")
    return segments


#: An imprint after two slashes, place then publisher, each closed by a full stop (Acta
#: Naturae's books): "… governance. // Cheltenham. Edward Elgar.".
_IMPRINT_AFTER_SLASHES = re.compile(
    r"^(?P<head>.*?)\s*//\s+(?P<place>[A-Z][^./;:]{1,40})\."
    r"(?:\s+(?P<publisher>[A-Z][^/;:]{1,60}?\.))?$"
)

#: The labels a book or a journal after the slashes may have been given.
_SLASHED_LABELS = frozenset(("container-title", "collection-title", "journal", "title"))


def imprint_after_slashes(segments: list[Segment]) -> list[Segment]:
    """ "Public management and governance. // Abingdon and New York." + "Routledge." or
    "// Birmingham. Governance International." read as the book or a journal: after the
    slashes come the place and the publisher, and what stands before them is the book
    (with the segment before it when the model cut the book in two)."""
    for i, seg in enumerate(segments):
        if "//" not in seg.text or seg.label not in _SLASHED_LABELS:
            continue
        match = _IMPRINT_AFTER_SLASHES.match(seg.text)
        if match is None or not reads_as_places(match["place"]):
            return segments
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        publisher = match["publisher"]
        if publisher is None and (nxt is None or nxt.label != "publisher"):
            return segments
        start, head = i, match["head"]
        before = segments[i - 1] if i else None
        if seg.label == "collection-title" and before and before.label == "container-title":
            start, head = i - 1, f"{before.text} {head}"  # the book cut in two
        pieces = [seg._replace(label="container-title", text=head)] if head else []
        pieces.append(seg._replace(label="location", text=match["place"] + "."))
        if publisher:
            pieces.append(seg._replace(label="publisher", text=publisher))
        return splice(segments, start, i - start + 1, *pieces)
    return segments


#: A place, then a name after a comma or colon: "Birmingham, Governance International,".
_PLACE_THEN_NAME = re.compile(r"^(?P<place>[^,:;]+[,:])\s+(?P<name>[A-Z][^,:;\d]*[^\W\d_][.,;]?)$")


def imprint_read_as_journal(segments: list[Segment]) -> list[Segment]:
    """ "Birmingham, Governance International," or "Birmingham: Governance International;"
    read as a journal or a book, in a reference with no volume, pages, editor or
    imprint: a place (of the word list) and a name after it are the place and the
    publisher."""
    for i, seg in enumerate(segments):
        if seg.label not in ("journal", "container-title"):
            continue
        if "," not in seg.text and ":" not in seg.text:
            return segments
        match = _PLACE_THEN_NAME.match(seg.text.strip())
        if match is None or fields.opens_with_in(seg.text):
            return segments
        place, name = match["place"], match["name"]
        if not reads_as_places(place) or reads_as_places(name) or len(name.split()) > 6:
            return segments
        return splice(
            segments,
            i,
            1,
            Segment("location", place, seg.confidence),
            Segment("publisher", name, seg.confidence),
        )
    return segments


#: A place, a colon and the start of the publisher's name: "Leiden: Leiden".
_PLACE_COLON_NAME = re.compile(r"^(?P<place>[^:]+:)\s+(?P<name>\S.*)$")


def publisher_end_read_as_author(segments: list[Segment]) -> list[Segment]:
    """ "Leiden: Leiden" + "University." read as a place and an author: the words after
    the colon and the word that goes on a name ("University", "Press") are the
    publisher."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if seg.label != "author" or prev.label != "location" or ":" not in prev.text:
            continue
        word = seg.text.strip(" .,;")
        match = _PLACE_COLON_NAME.match(prev.text)
        if match is None or " " in word or word.lower() not in NAME_GOES_ON:
            return segments
        publisher = seg._replace(label="publisher", text=f"{match['name']} {seg.text}")
        return splice(segments, i - 1, 2, prev._replace(text=match["place"]), publisher)
    return segments
