"""Segment rules for the imprint: publisher, place, edition and series, read into
the title, the names or one another, in every order styles print them."""

from __future__ import annotations

import re

from coprod_refs.parse import fields
from coprod_refs.parse.features import lexicon_hit, reads_as_place
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import (
    colon_imprint,
    comma_imprint,
    is_region_code,
    names_only_a_publisher,
    places_last,
    reads_as_places,
)
from coprod_refs.parse.names import (
    has_editor_marker,
)
from coprod_refs.parse.repairs.edits import (
    AFTER_IMPRINT,
    NAME_LINKS,
    NUMBER_LABELS,
    PART_BREAK,
    SMALL_JOINS,
    TITLE_BOUNDARY,
    YEAR_ONLY,
    boundary_moved,
    cut_by_groups,
    divided,
    ends_with_full_word,
    letters,
    matching,
    name_then_places,
    names_a_publisher,
    names_body,
    splice,
    split_matching,
)

_REGION_CODE = re.compile(r"^((?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.)\s*:)\s*(\S.*)$", re.DOTALL)


def move_region_code_to_place(segments: list[Segment]) -> list[Segment]:
    """ "San Francisco, CA: Jossey-Bass" with "CA:" labelled as the publisher's first
    word: a state or province code before the colon belongs to the place."""
    out = list(segments)
    for i in range(1, len(out)):
        prev, seg = out[i - 1], out[i]
        match = _REGION_CODE.match(seg.text)
        if prev.label == "location" and seg.label == "publisher" and match:
            out[i - 1] = Segment("location", f"{prev.text} {match.group(1)}", prev.confidence)
            out[i] = Segment("publisher", match.group(2), seg.confidence)
    return out


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


_SERIES_IN_IMPRINT = re.compile(
    r"^(?P<publisher>.*?\S)\s*(?:,\s*(?P<coll>coll\.|collection|reihe|series)\s*(?P<name>.+)|"
    r"\((?P<paren>[^()]*(?:\d|series|reihe|collana|coll\.)[^()]*)\))[.,;]*$",
    re.IGNORECASE,
)


_SERIES_HINT = re.compile(r"\(|coll|reihe|series", re.IGNORECASE)


def series_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "PUF, coll. « Thémis »" or "edition sigma (Modernisierung des öffentlichen
    Sektors, Sonderband 18)" read as the publisher: the series is the collection title."""
    if any(s.label == "collection-title" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "publisher" or not _SERIES_HINT.search(seg.text):
            continue
        match = _SERIES_IN_IMPRINT.match(seg.text)
        if match:
            series = match.group("name") or match.group("paren")
            return divided(
                segments, i, ("publisher", match.group("publisher")), ("collection-title", series)
            )
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
    and the place are the publisher."""
    opening = segments[1] if segments[0].label == "citation-number" else segments[0]
    if not has_editor_marker(opening.text):
        return segments
    for i in range(1, len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i - 1].label != "title":
            continue
        if segments[i + 1].label != "location" or has_editor_marker(seg.text):
            return segments
        if fields.opens_with_in(seg.text):
            return segments
        return splice(segments, i, 1, seg._replace(label="publisher"))
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


def city_out_of_container(segments: list[Segment]) -> list[Segment]:
    """ "Proc. IEEE Int. Smart Cities Conf., Kansas City," + "MO, USA": a place that
    opens with a region code takes the city that ends the container before it."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if (
            seg.label not in ("container-title", "journal")
            or nxt.label != "location"
            or not is_region_code(nxt.text.split(",")[0].strip(" .;:"))
        ):
            continue
        pieces = name_then_places(seg, nxt)
        if pieces is None or len(pieces[1].text) <= len(nxt.text):
            return segments  # no city taken from the container
        return splice(segments, i, 2, *pieces)
    return segments


#: A bracketed edition opening a segment: "(30th anniversary expanded ed.).", "(2nd edn)".
_BRACKETED_EDITION = re.compile(
    r"^(?P<edition>\([^()]*\b(?:ed|edn|edition|Aufl|éd|ed\.\s*rev)\.?\)[.,]?)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def edition_out_of_note(segments: list[Segment]) -> list[Segment]:
    """ "(30th anniversary expanded ed.). Russell Sage Foundation." read as a note: the
    bracket is the edition, and the short name after it the publisher when the reference
    names none."""
    labels = {s.label for s in segments}
    if "edition" in labels:
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "note" or seg.text[:1] != "(":
            continue
        match = _BRACKETED_EDITION.match(seg.text)
        if match is None:
            return segments
        rest = match.group("rest")
        if not rest:
            return splice(segments, i, 1, Segment("edition", seg.text, seg.confidence))
        if "publisher" in labels or len(rest.split()) > 8 or fields.is_link_phrase(rest):
            return segments
        return divided(segments, i, ("edition", match.group("edition")), ("publisher", rest))
    return segments


#: A title ending in its edition in brackets, APA's "(Canto Classics ed.)", "(Rev. ed.)":
#: words and no comma before the edition word (a comma makes "(J. Smith, Ed.)" editors).
_TITLE_THEN_BRACKETED_EDITION = re.compile(
    r"^(?P<title>.*\w\W*?)\s*(?P<edition>\([^(),]*[\w.]\s+(?:ed|edn|edition|Aufl|éd)\.?\)[.,]?)$",
    re.IGNORECASE,
)


def edition_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Governing the commons (Canto Classics ed.)." read as one title: the bracket at
    its end is the edition."""
    if not any(s.text[-3:].rstrip(".,").endswith(")") for s in segments if s.label == "title"):
        return segments  # the cheap test first: most titles end in no bracket
    return split_matching(
        segments, "title", _TITLE_THEN_BRACKETED_EDITION, ("title", "title"), ("edition", "edition")
    )


#: A title that ends with its imprint: "… Care Strategy. Edinburgh: Scottish Government."
_IMPRINT_ENDING_TITLE = re.compile(
    r"^(?P<title>.*\S[.?!][\"”’']?)\s+(?P<place>[A-ZÀ-Ý][^.:;,]{1,30}(?:,\s*[A-Z]{2,3})?:)"
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


_TITLE_THEN_PLACE = re.compile(
    rf"^(?P<title>.*\S){PART_BREAK}(?P<place_end>(?P<place>[A-ZÀ-Ý][^,.:]{{1,30}})[,:])$"
)


def place_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "La performance totale : nouvel esprit du capitalisme ?, Villeneuve d'Ascq," or
    "Public management and governance, Abingdon and New York," (or Harvard's "…
    governance. Abingdon and New York:") before the publisher: in a reference with no
    place, the last part of the title or book right before the publisher is the place
    when it names places only, or, after a title's question, when it is a name of up to
    three words."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in _TITLES or segments[i + 1].label != "publisher":
            continue
        match = _TITLE_THEN_PLACE.match(seg.text.rstrip())
        if match is None:
            return segments
        title, place = match["title"], match["place"]
        asked = seg.label == "title" and title.endswith(("?", "!")) and len(place.split()) <= 3
        if not (asked or reads_as_places(place)):
            return segments
        return divided(segments, i, (seg.label, title), ("location", match["place_end"]))
    return segments


#: The labels of a work's own title and of the book or journal holding it.
_TITLES = frozenset(("title", "container-title"))


#: The last comma part or sentence of a title: ", Welsh Government", ". ACM".
_LAST_PART = re.compile(rf"{PART_BREAK}(?P<name>[A-Z][^,.]*)$")


def publisher_out_of_title_comma(segments: list[Segment]) -> list[Segment]:
    """ "Improving Public Services for People in Wales, Welsh Government," or "New Public
    Governance, the Third Sector and Co-Production, Routledge," before the place, in a
    reference with no publisher (Emerald's and other Harvard styles; Elsevier's
    "Proceedings of … Systems. ACM,"): the last comma part or sentence, a body's or
    publisher's name or an acronym, is the publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in _TITLES or segments[i + 1].label != "location":
            continue
        cut = _LAST_PART.search(seg.text.rstrip(" ,"))
        if cut is None:
            return segments
        head, name = seg.text[: cut.start()].rstrip(), cut["name"]
        if len(head.split()) < 2 or len(name.split()) > 6 or reads_as_places(name):
            return segments
        acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6  # "ACM", "NESTA"
        if not (acronym or names_body(name) or lexicon_hit("publishers", name)):
            return segments
        return divided(segments, i, (seg.label, head), ("publisher", name + ","))
    return segments


#: An edition printed after the publisher: "Wiley. 2nd ed.", "Russell Sage Foundation.
#: 30th anniversary expanded ed.".
_PUBLISHER_THEN_EDITION = re.compile(
    r"^(?P<publisher>.*?\S[.,])\s+(?P<edition>\d+(?:st|nd|rd|th|e|\.)\s+(?:[a-z]+\s+){0,3}(?i:ed|edn|edition|Aufl)\.?)$"
)


#: A word of an edition, looked for before the whole pattern: " ed.", "edn", "Aufl.".
_EDITION_WORD = re.compile(r"\sed\b|edn|dition|Aufl")


def edition_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Wiley. 2nd ed." read as the publisher (Annual Reviews prints the edition last):
    the edition after the name is the edition."""
    if not any(s.label == "publisher" and _EDITION_WORD.search(s.text) for s in segments):
        return segments
    return split_matching(
        segments,
        "publisher",
        _PUBLISHER_THEN_EDITION,
        ("publisher", "publisher"),
        ("edition", "edition"),
    )


#: An edition printed before the publisher: "2nd ed. Routledge.", "30th anniversary
#: expanded. Russell Sage Foundation.".
_EDITION_THEN_PUBLISHER = re.compile(
    r"^(?P<edition>\d+(?:st|nd|rd|th|e)\s+(?:[a-z]+\s+){0,3}(?:(?i:ed|edn|edition)\.?|[a-z]+\.),?"
    r"|edn?\.?\s\d{1,2}\.?,?)\s+(?P<publisher>[A-Z].*)$"
)


def edition_before_publisher(segments: list[Segment]) -> list[Segment]:
    """ "2nd ed. Routledge." or "ed 2 London, Routledge," read as the publisher (Chicago and
    Karger print the edition after the title), or "2nd edn., Wiley," read as the edition
    before the place, in a reference
    with no publisher: the edition before the name is the edition."""
    if {"publisher", "edition"} <= {s.label for s in segments}:
        return segments
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "edition") or not (
            seg.text[:1].isdigit() or seg.text.startswith(("ed ", "edn ", "ed. "))
        ):
            continue  # "2nd ed.", or Karger's "ed 2"
        match = _EDITION_THEN_PUBLISHER.match(seg.text)
        if match is None:
            return segments
        if seg.label == "edition" and not (
            i + 1 < len(segments)
            and segments[i + 1].label == "location"
            and names_a_publisher(match["publisher"])
        ):
            return segments  # "2nd ed. Revised": the words may go on the edition
        return divided(
            segments, i, ("edition", match["edition"]), ("publisher", match["publisher"])
        )
    return segments


#: Words that go on a name and open none: "Leiden University", "Policy Press".
_NAME_GOES_ON = frozenset(
    "university universität université universidad college institute press".split()
)

#: Words that open a place's name but name none alone, with their abbreviations: "New" +
#: "Economics Foundation", "St. Catharines".
_PLACE_OPENINGS = frozenset("New San Santa Los Las Saint St Ste Port Pt Fort Ft Mount Mt".split())


def place_run_into_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Leiden" + "University." or "New" + "Economics Foundation." read as place and
    publisher: with nothing printed between them and a publisher's part that goes on a
    name ("University", "Press"), or a place of one word that only opens places' names,
    they are one name, the publisher's ("Paris Gallimard" stays two)."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        first = nxt.text.split()[0].strip(".,").lower() if nxt.text.split() else ""
        opening = seg.text.strip() in _PLACE_OPENINGS
        if not seg.text[-1:].isalpha() or not (opening or first in _NAME_GOES_ON):
            return segments
        joined = f"{seg.text} {nxt.text}"
        return splice(segments, i, 2, nxt._replace(text=joined))
    return segments


def places_cut_from_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Basingstoke" + "and New York, Palgrave Macmillan,", "Boulder," + "CO, Westview
    Press," or "Washington, DC, Essential" + "Books," (a place-first imprint cut at the
    wrong word): the comma parts that read as places open the imprint, the rest is
    the publisher; with places only ("Basingstoke" + "and New York"), no publisher is
    printed."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        words = nxt.text.split(maxsplit=1)
        code = words[0].rstrip(",") if words and words[0].endswith(",") else ""
        place_grows = nxt.text[:4] == "and " or (
            is_region_code(code) and (len(code.replace(".", "")) == 2 or code == "USA")
        )  # "CO, Westview Press", not "MIT Press" or "CCA, MIT Press"
        if not place_grows and (seg.text.rstrip()[-1:] in ",:;." or reads_as_places(seg.text)):
            return segments  # the place ends at a comma, or names places only
        joined = f"{seg.text.rstrip()} {nxt.text.lstrip()}"
        if place_grows and reads_as_places(joined):  # "Basingstoke and New York 2009."
            return splice(segments, i, 2, seg._replace(text=joined))
        parts = joined.rstrip(" ,.;").split(",")
        if ":" in joined or len(parts) < 2:
            return segments
        k = next(
            (k for k in range(len(parts) - 1, 0, -1) if reads_as_places(",".join(parts[:k]))), 0
        )
        if k == 0:
            return segments
        place = ",".join(parts[:k]) + ","
        publisher = joined[len(place) :].strip()
        if place.strip() == seg.text.strip() or reads_as_places(publisher):
            return segments
        return splice(segments, i, 2, seg._replace(text=place), nxt._replace(text=publisher))
    return segments


def places_after_publisher_colon(segments: list[Segment]) -> list[Segment]:
    """ "Routledge: New York and" + "London," or "Palgrave Macmillan: Houndmills," +
    "Basingstoke," (ACS prints the publisher, a colon, then the places): the places after
    the colon join the place."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label != "location":
            continue
        name, colon, places = seg.text.partition(":")
        if not colon or not places.strip() or not name.strip():
            return segments
        joined = f"{places.strip()} {nxt.text.strip()}"
        if not reads_as_places(joined) or reads_as_places(name):
            return segments
        return splice(segments, i, 2, seg._replace(text=name.strip()), nxt._replace(text=joined))
    return segments


#: ACS's book or report between the names and the year: "Title; [Series 47;]
#: Publisher: Place,".
_SEMICOLON_IMPRINT = re.compile(
    r"^(?P<title>[^;]{6,});\s+(?:(?P<genre>[^;:]{3,80});\s+)?"
    r"(?P<publisher>[^;:]{2,80}):\s+(?P<place>[^;:]{2,60}?)[,.]?$"
)

_IMPRINT_PARTS = frozenset(("title", "container-title", "publisher", "location", "genre"))


def semicolon_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Street-Level Bureaucracy: …; Russell" + "Sage Foundation: New York," (ACS prints
    a book's title, its series or report number, the publisher and the places between
    semicolons, before the year): the pieces are read again from the semicolons."""
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
    if end == len(segments) or segments[end].label != "date":
        return segments
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


def imprint_after_medium_note(segments: list[Segment]) -> list[Segment]:
    """ "[Internet]. Governance International. Birmingham." read as one note, in a
    reference with no publisher: after the medium come the publisher and the place."""
    for i, seg in enumerate(segments):
        if seg.label != "note" or not seg.text.startswith("["):
            continue
        match = _MEDIUM_THEN_IMPRINT.match(seg.text)
        if match is None or (match["place"] and not reads_as_places(match["place"])):
            return segments
        pieces = [("note", "medium"), ("publisher", "publisher"), ("location", "place")]
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
        return splice(
            segments,
            i,
            1,
            seg._replace(text=match["title"]),
            seg._replace(label="location", text=place),
            seg._replace(label="publisher", text=publisher),
        )
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
_EDITORS_THEN_IMPRINT = re.compile(
    r"^(?P<names>.*\s[A-Z]{1,3}\.)\s+(?P<imprint>[A-Z][^.;:]*,[^.;:]+)$"
)


def imprint_read_into_editors(segments: list[Segment]) -> list[Segment]:
    """ "edited by Edelenbos J, van Meerkerk I. Cheltenham, Edward Elgar," + "2016." (the
    Journal of Foot and Ankle Surgery's editors, then place, publisher and year) read as
    the editors: what follows the last initial's stop is the place and the publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i + 1].label not in ("date", "pages"):
            continue
        match = _EDITORS_THEN_IMPRINT.match(seg.text)
        if match is None:
            return segments
        imprint = match["imprint"].rstrip(" ,")
        found = comma_imprint(imprint, ends_imprint=True)
        if found is None or not imprint.startswith(found[0]):
            return segments  # only a place before its publisher: "Cheltenham, Edward Elgar"
        place = found[0]
        return splice(
            segments,
            i,
            1,
            seg._replace(text=match["names"]),
            seg._replace(label="location", text=f"{place},"),
            seg._replace(label="publisher", text=match["imprint"][len(place) + 1 :].strip()),
        )
    return segments


#: An edition printed at the title's end with no "ed.": "…, 30th anniversary expanded,",
#: "…. 2nd revised.".
_EDITION_ENDING_TITLE = re.compile(
    r"^(?P<title>.*[^\W\d_].*?)[,.]\s+(?P<edition>\d+(?:st|nd|rd|th|e|ème)\s+"
    r"(?:[a-z]+\s+){0,3}(?:anniversary|expanded|revised|updated|augmented|enlarged)[.,]?)$"
)

#: The edition's mark read into the publisher after it: "ed. Russell Sage Foundation,".
_EDITION_MARK_OPENING = re.compile(r"^(?P<mark>(?:ed|edn)\.)\s+(?P<rest>[A-Z].*)$")


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


def edition_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Street-Level Bureaucracy: …, 30th anniversary expanded," read as one title, in a
    reference with no edition: the ordinal and its edition words are the edition, with an
    "ed." read into the publisher after it."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        if not _ORDINAL.search(seg.text):
            return segments  # the cheap test first: an ordinal in the title
        match = _EDITION_ENDING_TITLE.match(seg.text)
        if match is None:
            return segments
        edition, count = match["edition"], 1
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        mark = _EDITION_MARK_OPENING.match(nxt.text) if nxt and nxt.label == "publisher" else None
        pieces = [seg._replace(text=match["title"])]
        if mark and nxt is not None:
            edition, count = f"{edition} {mark['mark']}", 2
            pieces += [seg._replace(label="edition", text=edition), nxt._replace(text=mark["rest"])]
        else:
            pieces.append(seg._replace(label="edition", text=edition))
        return splice(segments, i, count, *pieces)
    return segments


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th|e|ème) ")


#: A book's title with its series and number in brackets after it, as APA 7 prints
#: them: "Outcomes of change (Urban Affairs Annual Reviews, Vol. 10)."
_SERIES_IN_BRACKETS = re.compile(
    r"^(?P<title>\S.*?)\s+\((?P<series>[A-Z][^()]{2,}?),?\s+"
    r"(?P<volume>(?i:vol(?:ume)?|no|nr|bd)\.?\s*\d+[A-Za-z]?)\)[.,]?$"
)

#: The number closing such a bracket, looked for before the whole pattern: "Vol. 10)".
_SERIES_NUMBER = re.compile(r"(?i:vol|no|nr|bd)\.?\s*\d+[A-Za-z]?\)")

#: Labels the words of such a series are read as, after the title.
_SERIES_PARTS = frozenset(("journal", "container-title", "collection-title", "volume", "title"))


def series_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Outcomes of change (Urban" + "Affairs Annual Reviews," + "Vol. 10)." read as a
    title, a journal and a volume: the title ends at the bracket, which holds the
    series and its number."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        opened, closed = seg.text.rfind("("), seg.text.rfind(")")
        if opened < 0 or (closed > opened and not seg.text.rstrip(" .,").endswith(")")):
            return segments  # no bracket, or one closed inside the title
        for end in range(i + 1, min(i + 4, len(segments) + 1)):
            if end > i + 1 and segments[end - 1].label not in _SERIES_PARTS:
                return segments
            joined = " ".join(s.text for s in segments[i:end])
            if not _SERIES_NUMBER.search(joined):
                continue
            match = _SERIES_IN_BRACKETS.match(joined)
            if match:
                parts = (("title", "title"), ("collection-title", "series"), ("volume", "volume"))
                found = [Segment(label, match[group], seg.confidence) for label, group in parts]
                return splice(segments, i, end - i, *found)
        return segments
    return segments


def series_named_by_author(segments: list[Segment]) -> list[Segment]:
    """ "Together for Better Public Services: …, OECD Public Governance Reviews," after the
    author "OECD", or "New Public Governance … . Routledge Critical Studies in Public
    Management." before the publisher "Routledge": a series named with the body's acronym
    or the publisher's one-word name ends the title; it is the collection title."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        text = seg.text.rstrip(" ,.")
        cut = max(text.rfind(", "), text.rfind(". "))
        head, series = text[:cut], text[cut + 2 :]
        words = series.split()
        if cut < 0 or len(words) < 3 or not head.strip():
            return segments
        if not all(w[:1].isupper() or w in SMALL_JOINS for w in words):
            return segments
        if words[0] not in _openers(segments):
            return segments
        return divided(segments, i, ("title", head), ("collection-title", series))
    return segments


def _openers(segments: list[Segment]) -> set[str]:
    """The words a series named by its body or publisher opens with: the author's acronym
    ("OECD") and the publisher's one-word name ("Routledge", "OECD Publishing")."""
    openers = set()
    author = segments[1] if segments[0].label == "citation-number" else segments[0]
    acronym = author.text.strip(" .,()") if author.label == "author" else ""
    if acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8:
        openers.add(acronym)
    publisher = next((s.text.strip(" .,").split() for s in segments if s.label == "publisher"), [])
    while len(publisher) > 1 and publisher[-1].strip(".,") in _IMPRINT_WORDS:
        publisher.pop()  # "OECD Publishing": the name is "OECD"
    if len(publisher) == 1 and len(publisher[0]) >= 3 and publisher[0][0].isupper():
        openers.add(publisher[0].strip(".,"))
    return openers


#: Words a publisher's name ends with after the name itself: "OECD Publishing".
_IMPRINT_WORDS = frozenset("Press Publishing Publishers Books Verlag Inc Ltd Editions".split())


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


def places_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Dorling Kindersley, New York," + "New York, USA.": places read into the end of
    the publisher before the place go to the place."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label == "publisher" and segments[i + 1].label == "location" and "," in seg.text:
            pieces = name_then_places(seg, segments[i + 1])
            return segments if pieces is None else splice(segments, i, 2, *pieces)
    return segments


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
        if first.rsplit(None, 1)[-1].rstrip(".") in _PLACE_OPENINGS:
            return segments  # "Brock University, St. Catharines, ON"
        return divided(segments, i, ("publisher", first), ("location", second))
    return segments


#: A title, a colon, then the place the Geological Society of America's styles print
#: after it: "… of action perspective: Reading,".
_TITLE_COLON_PLACE = re.compile(r"^(?P<title>.*\S):\s+(?P<place>[A-Z][^:,.]{1,30}),$")

#: A region code opening the publisher: "MA, Addison Wesley.".
_CODE_OPENING = re.compile(r"^(?P<code>[A-Z]{2}),\s+(?P<rest>\S.*)$")


def place_out_of_title_colon(segments: list[Segment]) -> list[Segment]:
    """ "Organizational learning: A theory of action perspective: Reading," + "MA, Addison
    Wesley." (the GSA's colon before the imprint): a known place after the title's last
    colon, with a region code opening the publisher after it, is the place."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or nxt.label != "publisher":
            continue
        match = _TITLE_COLON_PLACE.match(seg.text)
        if match is None or not reads_as_place(match["place"]):
            return segments
        place, publisher = match["place"], nxt.text
        code = _CODE_OPENING.match(publisher)
        if code and is_region_code(code["code"]):
            place, publisher = f"{place}, {code['code']}", code["rest"]
        pieces = [
            seg._replace(text=match["title"]),
            nxt._replace(label="location", text=place + ","),
            nxt._replace(text=publisher),
        ]
        return splice(segments, i, 2, *pieces)
    return segments


def publisher_and_place_swapped(segments: list[Segment]) -> list[Segment]:
    """ "Routledge:" + "Abingdon and New York," read as place and publisher (a style that
    prints the publisher before the colon): a publisher's name before places swaps."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        name = seg.text.strip(" ,.;:")
        if not lexicon_hit("publishers", name) or not reads_as_places(nxt.text):
            return segments  # the cheap test first: "London:" names no publisher
        if reads_as_places(name):
            return segments
        pieces = [seg._replace(label="publisher"), nxt._replace(label="location")]
        return splice(segments, i, 2, *pieces)
    return segments


def places_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Abingdon and New York," read as the publisher, in a reference with no place (the
    style names no publisher): two places or more joined are the place."""
    for i, seg in enumerate(segments):
        if seg.label != "publisher":
            continue
        text = seg.text.strip(" ,.;:")
        if (" and " in text or " & " in text or "/" in text) and reads_as_places(text):
            return splice(segments, i, 1, seg._replace(label="location"))
        return segments
    return segments


def publisher_read_into_place(segments: list[Segment]) -> list[Segment]:
    """ "Routledge, Abingdon and New York," read as the place, in a reference with no
    publisher: a publisher's name (a publisher's or body's word in it) before comma parts
    that are all places is the publisher."""
    for i, seg in enumerate(segments):
        if seg.label != "location" or "," not in seg.text:
            continue
        body = seg.text.rstrip(" ,.;:")
        split = places_last(body)
        if split is None:
            return segments
        place, publisher = split
        if not names_a_publisher(publisher):
            return segments  # "(Osaka, Japan)": a city the lists do not know
        return divided(
            segments, i, ("publisher", publisher + ","), ("location", place + seg.text[len(body) :])
        )
    return segments


def place_read_as_container(segments: list[Segment]) -> list[Segment]:
    """ "“Le déficit de logement 2010.” Geneva, Switzerland." with the city read as a
    container, in a reference with no place: a container that names only places (of the
    word list) is the place."""
    if any(s.label in ("location", "journal") for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "container-title":
            continue
        parts = [p.strip() for p in seg.text.rstrip(" .,;:").split(",")]
        if all(p and (reads_as_place(p) or is_region_code(p)) for p in parts) and reads_as_place(
            parts[0]
        ):
            return splice(segments, i, 1, Segment("location", seg.text, seg.confidence))
        return segments
    return segments


#: A bracketed description and the publisher after it: "[Discussion paper]. NESTA.".
_BRACKET_THEN_NAME = re.compile(r"^(?P<genre>\[[^\[\]]+\][.,]?)\s+(?P<publisher>[A-ZÀ-Ý].*)$")


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


#: An imprint in brackets, publisher first: "(Palgrave Macmillan: Houndmills, Basingstoke)".
def _publisher_then_place(publisher: str, place: str) -> bool:
    """Whether the two sides of a bracketed imprint's colon are the publisher and the
    place, in that order, as the imprint reader tells them apart ("Governance
    International: Birmingham", "ECPR Press: Colchester")."""
    return colon_imprint(f"{publisher}: {place}")[0] == place.strip()


_BRACKETED_PUBLISHER_PLACE = re.compile(r"^\((?P<publisher>[^():]+):\s*(?P<place>[^():]+)\)\.?$")


def bracketed_publisher_place(segments: list[Segment]) -> list[Segment]:
    """ "(Edward Elgar: Cheltenham)" ending the reference (Australian science journals put
    the imprint last, in brackets, publisher first): the publisher and the place."""
    last = segments[-1]
    if last.text[:1] != "(" or last.label not in ("note", "publisher", "location"):
        return segments
    match = _BRACKETED_PUBLISHER_PLACE.match(last.text.strip())
    if match is None or not _publisher_then_place(match["publisher"], match["place"]):
        return segments
    return divided(
        segments,
        len(segments) - 1,
        ("publisher", match["publisher"]),
        ("location", match["place"]),
    )


#: A bracket's closing date: "2016).", "1976)".
_DATE_CLOSING_BRACKET = re.compile(r"^(?:1[5-9]|20)\d\d[a-z]?\)[.,;]?$")


def _year_closes_bracket(seg: Segment) -> bool:
    """Whether `seg` is a date that closes a bracket the segment before opened: "2016).",
    as PNAS and Science print "(Publisher, 2016)."."""
    return seg.label == "date" and _DATE_CLOSING_BRACKET.match(seg.text) is not None


def bracketed_publisher_before_year(segments: list[Segment]) -> list[Segment]:
    """ "(Governance International," or "(The Urban Institute," + "2016)." read as a
    journal or a place, in a reference with no volume and no publisher (PNAS and Science
    print a report's or a book's imprint in brackets, publisher then year): the name is
    the publisher, unless it names places; read as a place, only when a word of it is a
    publisher's and no place's ("Institute"), as humanities notes print "(Woodbridge,
    2005)"."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("journal", "location") or seg.text[:1] != "(":
            continue
        if not _year_closes_bracket(segments[i + 1]):
            continue
        name = seg.text[1:].rstrip(" ,")
        if not name or "(" in name or ")" in name or reads_as_places(name):
            continue
        if seg.label == "journal" or names_only_a_publisher(name):
            return splice(segments, i, 1, seg._replace(label="publisher"))
    return segments


#: A bracket opened at a segment's end by a name before the year: "… services (Russell
#: Sage Foundation,", "… van Meerkerk, Eds. (Edward Elgar,".
_OPENED_BRACKET_NAME = re.compile(r"^(?P<head>.*\S)\s+(?P<name>\([^()]{2,80},)$")


def bracketed_publisher_read_into(segments: list[Segment]) -> list[Segment]:
    """ "Street-level bureaucracy … (Russell Sage Foundation," or "J. Edelenbos, I. van
    Meerkerk, Eds. (Edward Elgar," + "2016)," (PNAS and Science print a book's imprint
    in brackets, publisher then year; AIP puts the place between) read into the title or
    the editors, in a reference with no publisher: the name in the bracket is the
    publisher (the place, when it names places only and no place follows)."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label not in ("title", "editor", "container-title") or seg.text[-1:] != ",":
            continue
        # AIP's "(SCIE," + "London," + "2012)." has the place between.
        place_between = nxt.label == "location" and i + 2 < len(segments)
        if not _year_closes_bracket(segments[i + 2] if place_between else nxt):
            continue
        match = _OPENED_BRACKET_NAME.match(seg.text)
        if match is None:
            return segments
        name = match["name"]
        places = reads_as_places(name.strip("(,"))
        if places and place_between:
            return segments
        label = "location" if places else "publisher"
        return divided(segments, i, (seg.label, match["head"]), (label, name))
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


#: Words before a bracket the publisher opens: "Volunteers (Governance International,".
_WORDS_THEN_OPENED_BRACKET = re.compile(r"^(?P<words>[^()]*\w)\s+(?P<bracket>\([^()]+,)$")


def title_end_read_into_publisher(segments: list[Segment]) -> list[Segment]:
    """ "… with over 200,000" + "Volunteers (Governance International," + "Birmingham,"
    + "2011)." (AIP's bracketed imprint after a report's title): the words before the
    bracket end the title."""
    for i in range(1, len(segments) - 1):
        seg, prev = segments[i], segments[i - 1]
        if seg.label != "publisher" or prev.label != "title" or "(" not in seg.text:
            continue
        if segments[i + 1].label != "location":
            return segments
        match = _WORDS_THEN_OPENED_BRACKET.match(seg.text)
        if match is None:
            return segments
        return boundary_moved(segments, i - 1, f"{prev.text} {match['words']}", match["bracket"])
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


#: A bracketed imprint ending a title: "… to live (Governance International: Birmingham).",
#: "… (London: Routledge)" or "… to live. (Governance International, Birmingham).".
_BRACKETED_IMPRINT_ENDING = re.compile(
    r"^(?P<head>\S.*\S)\s+\((?P<first>[A-Z][^():;,]{1,60}?)(?P<sep>[:,])\s+"
    r"(?P<second>[A-Z][^():;,]{1,60}?)\)[.,]?$"
)


def _names_a_body(text: str) -> bool:
    """Whether `text` reads as a publisher's or a body's name rather than one more place:
    a publisher's or body's word, two words or more, or an acronym ("SCIE")."""
    return names_a_publisher(text) or len(text.split()) > 1 or (text.isupper() and len(text) > 2)


def bracketed_imprint_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "A quality framework … through co-production (Governance International:
    Birmingham)." read as one title, in a reference with no place (The Plant Cell and
    Crustaceana print a report's imprint in brackets, publisher first, with a colon or a
    comma): the bracket is the imprint, its place being the side that names places only."""
    for i, seg in enumerate(segments):
        if seg.label not in ("title", "container-title") or seg.text.rstrip(".,")[-1:] != ")":
            continue
        match = _BRACKETED_IMPRINT_ENDING.match(seg.text)
        if match is None or len(match["head"].split()) < 2:
            continue
        first, second = match["first"], match["second"]
        if match["sep"] == "," and not _names_a_body(first):
            continue  # "(Aude, France)": a region before its country
        if reads_as_places(second) and not reads_as_places(first):
            pieces = (("publisher", first), ("location", second))
        elif reads_as_places(first) and not reads_as_places(second):
            pieces = (("location", first), ("publisher", second))
        else:
            continue
        tail = seg.text[match.end("second") :]
        return splice(
            segments,
            i,
            1,
            seg._replace(text=match["head"]),
            seg._replace(label=pieces[0][0], text=f"({pieces[0][1]}{match['sep']}"),
            seg._replace(label=pieces[1][0], text=f"{pieces[1][1]}{tail}"),
        )
    return segments


#: OSCOLA's bracketed imprint, and what may follow it: "(Edward Elgar 2016)", "(Governance
#: International 2016) Governance International Case Study".
_BRACKETED_IMPRINT = re.compile(
    r"^\((?:(?P<place>[A-Z][^():,]{1,40}),\s+)?(?P<publisher>[A-Z][^():,]{1,80}?)\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)\)[.,;]?(?:\s+(?P<rest>\S.*))?$"
)


def bracketed_imprint_note(segments: list[Segment]) -> list[Segment]:
    """ "(Edward Elgar 2016)" read as a note, in a reference with no publisher or date
    (OSCOLA brackets the publisher and the year after the book): the name is the
    publisher, the year the date, and words after the bracket stay a note."""
    for i, seg in enumerate(segments):
        if seg.label != "note" or seg.text[:1] != "(":
            continue
        match = _BRACKETED_IMPRINT.match(seg.text)
        if match is None or not all(
            w[:1].isupper() or w in NAME_LINKS for w in match["publisher"].split()
        ):
            continue  # "(Original work published 1980)" names no publisher
        pieces = [
            seg._replace(label="publisher", text=match["publisher"]),
            seg._replace(label="date", text=match["year"]),
        ]
        if match["place"]:
            pieces.insert(0, seg._replace(label="location", text=match["place"]))
        if match["rest"]:
            pieces.append(seg._replace(text=match["rest"]))
        return splice(segments, i, 1, *pieces)
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


#: Bracketed editors and a name after them: "(Eds.: Edelenbos, J.; …), Edward Elgar,".
_BRACKETED_EDITORS_THEN_NAME = re.compile(r"^(?P<editors>\([^()]+\)),\s+(?P<name>[A-Z][^(),]*,?)$")


def publisher_after_bracketed_editors(segments: list[Segment]) -> list[Segment]:
    """ "(Eds.: Edelenbos, J.; Meerkerk, I. van), Edward Elgar," + "Cheltenham,": the name
    after the bracket, before the place, is the publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i + 1].label != "location" or "), " not in seg.text:
            continue
        match = _BRACKETED_EDITORS_THEN_NAME.match(seg.text.strip())
        if match is None:
            return segments
        return divided(
            segments, i, ("editor", match["editors"] + ","), ("publisher", match["name"])
        )
    return segments


def bracketed_editors_cut(segments: list[Segment]) -> list[Segment]:
    """ "(ed by TR Kassen, D Cepiku &" + "TJ Lah) Routledge,": the names up to the closing
    bracket end the editors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "editor" or seg.text.count("(") <= seg.text.count(")"):
            continue
        names, bracket, rest = nxt.text.partition(")")
        if not bracket or len(names) > 40 or "(" in names or any(c.isdigit() for c in names):
            return segments
        editors = seg._replace(text=f"{seg.text} {names})")
        if not rest.strip(" ,.;:"):
            return splice(segments, i, 2, editors)
        return splice(segments, i, 2, editors, nxt._replace(text=rest.lstrip(" ,.;:")))
    return segments


#: ABNT's volume: "v. 11, n. 25,".
_ABNT_VOLUME = re.compile(r"^v\.\s*\d")

_JOURNAL_THEN_CITY = re.compile(r"^(?P<journal>.*\S,)\s+(?P<city>[A-ZÀ-Ý][^,]{1,30},?)$")


def _capitals_first(segments: list[Segment]) -> bool:
    """Whether the reference opens with a family name in capitals, as ABNT prints it
    ("SALM, José Francisco;")."""
    first = segments[0].text.split(",")[0] if segments[0].label == "author" else ""
    return len(first) > 2 and first.isupper()


def city_out_of_abnt_journal(segments: list[Segment]) -> list[Segment]:
    """ABNT prints the journal's city before the volume: "Revista de Ciências da
    Administração, Florianópolis," + "v. 11, n. 25,": a last comma part of one to three
    capitalised words (no journal's word) is the place, when it is a known place or the
    reference opens with a family name in capitals (geology's "Acta Universitatis
    Carolinae, Geologica, v. 48" prints a series there)."""
    if any(s.label == "location" for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "journal" or not _ABNT_VOLUME.match(segments[i + 1].text):
            continue
        match = _JOURNAL_THEN_CITY.match(seg.text)
        if match is None:
            return segments
        words = match.group("city").split()
        if len(words) > 3 or lexicon_hit("journal_words", match.group("city")):
            return segments
        if not all(w[:1].isupper() or w in ("de", "do", "da", "dos", "das") for w in words):
            return segments
        if not (reads_as_place(match.group("city").rstrip(",")) or _capitals_first(segments)):
            return segments
        return divided(
            segments, i, ("journal", match.group("journal")), ("location", match.group("city"))
        )
    return segments


def places_out_of_book(segments: list[Segment]) -> list[Segment]:
    """ "Public management and governance, Abingdon and New York" + "2016," or + "S.
    162–177." (Italian, Slavic and German styles print the places with no publisher): in
    a reference with no place or publisher, the comma parts ending the book before the
    date or the pages that name places only are the place."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "container-title" or segments[i + 1].label not in ("date", "pages"):
            continue
        book, comma, places = seg.text.rstrip(" ,").rpartition(",")
        if not comma or len(book.split()) < 2 or not reads_as_places(places):
            return segments
        return splice(
            segments,
            i,
            1,
            seg._replace(text=book + ","),
            seg._replace(label="location", text=places.strip()),
        )
    return segments


#: The small words a book's title may end with before a place of its own: "… in London".
_BEFORE_A_TITLES_PLACE = frozenset(
    "in of for at from to across around and the de du des la le en à a di da dans im"
    " am aus für".split()
)


def places_run_into_book(segments: list[Segment]) -> list[Segment]:
    """ "Trust, risk and uncertainty Houndmills," + "Basingstoke:" or "Public management
    and governance Abingdon and New York:" + "Routledge" (a style printing no full stop
    after the book): the places that end the book in sentence case, after a small-letter
    word that is no preposition, and before a comma or the publisher's colon, open the
    imprint."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label not in ("location", "publisher"):
            continue
        if seg.text.rstrip()[-1:] != ("," if nxt.label == "location" else ":"):
            return segments  # the places go on after a comma, or end at the colon
        words = seg.text.split()
        for k in range(min(5, len(words) - 2), 0, -1):
            before, places = words[-k - 1], " ".join(words[-k:])
            if not (places[:1].isupper() and before[:1].islower()):
                continue
            if before.lower() in _BEFORE_A_TITLES_PLACE or not reads_as_places(places):
                continue
            book = seg._replace(text=" ".join(words[:-k]))
            if nxt.label == "location":
                return splice(segments, i, 2, book, nxt._replace(text=f"{places} {nxt.text}"))
            return splice(segments, i, 1, book, seg._replace(label="location", text=places))
        return segments
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
        if match is None or " " in word or word.lower() not in _NAME_GOES_ON:
            return segments
        publisher = seg._replace(label="publisher", text=f"{match['name']} {seg.text}")
        return splice(segments, i - 1, 2, prev._replace(text=match["place"]), publisher)
    return segments


def campus_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "Los Angeles:" + "University of California," + "Los Angeles." read as place,
    publisher and place again: a place after a university's name, when the imprint
    already has its place, is the campus, part of the university's name."""
    for i in range(1, len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label != "location":
            continue
        if not seg.text.startswith("University of") or not seg.text.rstrip().endswith(","):
            return segments
        if not any(s.label == "location" for s in segments[:i]):
            return segments
        return splice(segments, i, 2, seg._replace(text=f"{seg.text} {nxt.text}"))
    return segments
