"""Segment rules for places: a place read into the title, the book, the journal or the
publisher, or a publisher read as the place, and the campus, city or region code beside
them."""

from __future__ import annotations

import re
from itertools import pairwise

from coprod_refs.parse.features import lexicon_hit, reads_as_place
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import (
    comma_imprint,
    is_region_code,
    places_last,
    reads_as_places,
)
from coprod_refs.parse.names import has_editor_marker
from coprod_refs.parse.repairs.edits import (
    OPEN_ENDINGS,
    PART_BREAK,
    boundary_moved,
    divided,
    name_then_places,
    names_a_publisher,
    names_body,
    names_people,
    splice,
)
from coprod_refs.parse.repairs.imprints import NAME_GOES_ON, PLACE_OPENINGS, TITLES

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


_TITLE_THEN_PLACE = re.compile(
    rf"^(?P<title>.*\S)(?:{PART_BREAK}|:\s+)(?P<place_end>(?P<place>[A-ZÀ-Ý][^,.:()]{{1,30}})[,:.])$"
)


#: A capitalised word of three letters or more, as a place's name has.
_NAMED_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}")


def place_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "La performance totale : nouvel esprit du capitalisme ?, Villeneuve d'Ascq," or
    "Public management and governance, Abingdon and New York," (or Harvard's "…
    governance. Abingdon and New York:", "… Case Study. Birmingham.", or the AAPG's "…
    governance: Abingdon and New York,") before the publisher: in a reference with no
    place, the last part of the title or book right before the publisher is the place
    when it names places only, or, after a title's question, when it is a name of up to
    three words."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in TITLES or segments[i + 1].label != "publisher":
            continue
        match = _TITLE_THEN_PLACE.match(seg.text.rstrip())
        if match is None:
            return segments
        title, place = match["title"], match["place"]
        asked = seg.label == "title" and title.endswith(("?", "!")) and len(place.split()) <= 3
        if not (asked or reads_as_places(place)):
            return segments
        if match["place_end"].endswith(".") and not _NAMED_WORD.search(place):
            return segments  # "… Guam. Vols. I and II.": no place's name after the stop
        return divided(segments, i, (seg.label, title), ("location", match["place_end"]))
    return segments


#: A title's last sentence: "… for people in Wales. Cardiff, Welsh Government.".
_TITLE_THEN_SENTENCE = re.compile(r"^(?P<title>.*\w[.?!])\s+(?P<imprint>[A-ZÀ-Ý][^.?!]*\w)\.?$")


def comma_imprint_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Improving public services for people in Wales. Cardiff, Welsh Government." read
    as the title before a link or at the end, in a reference with no imprint: a last
    sentence of a place and a publisher's name after its comma is the imprint."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        after = segments[i + 1].label if i + 1 < len(segments) else ""
        if after not in ("url", "doi", "date", ""):
            return segments
        match = _TITLE_THEN_SENTENCE.match(seg.text.strip())
        found = comma_imprint(match["imprint"], ends_imprint=True) if match else None
        if match is None or found is None or not reads_as_places(found[0]):
            return segments
        place, publisher = found
        if not match["imprint"].startswith(place):
            return segments  # the publisher first: "Routledge, London" ends many titles' books
        return splice(
            segments,
            i,
            1,
            seg._replace(text=match["title"]),
            seg._replace(label="location", text=place + ","),
            seg._replace(label="publisher", text=publisher + "."),
        )
    return segments


#: A host's mark alone: "In:", "W:", "Dans".
_HOST_MARKS = frozenset(("in", "en", "dans", "w", "v", "im"))


def host_mark_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "In:" alone read as the place (Czech ISO 690 prints "In: 2019 [cit. …]" for a web
    page): a host's mark with nothing after it is no place, but a note."""
    for i, seg in enumerate(segments):
        if seg.label == "location" and seg.text.strip(" :,.").lower() in _HOST_MARKS:
            return splice(segments, i, 1, seg._replace(label="note"))
    return segments


def place_run_into_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Leiden" + "University." or "New" + "Economics Foundation." read as place and
    publisher: with nothing printed between them and a publisher's part that goes on a
    name ("University", "Press"), or a place of one word that only opens places' names,
    they are one name, the publisher's ("Paris Gallimard" stays two); such a word after
    the place's comma ("London, New" + "Economics Foundation.") opens the publisher, and
    so do a word before a publisher's part ("Hague, Leiden" + "University.") and the
    words after the place's colon ("The Hague: Leiden" + "University;")."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        head, colon, tail = seg.text.rpartition(": ")
        if colon and head and tail[-1:].isalpha():
            publisher = nxt._replace(text=f"{tail} {nxt.text}")
            return splice(segments, i, 2, seg._replace(text=head + ":"), publisher)
        first = nxt.text.split()[0].strip(".,").lower() if nxt.text.split() else ""
        places, _, last = seg.text.rpartition(", ")
        goes_on = last in PLACE_OPENINGS or (seg.text[-1:].isalpha() and first in NAME_GOES_ON)
        if places and goes_on and reads_as_places(places):
            # "London, New" + "Economics Foundation.", "Hague, Leiden" + "University.": the
            # place ends before the name
            publisher = nxt._replace(text=f"{last} {nxt.text}")
            return splice(segments, i, 2, seg._replace(text=places + ","), publisher)
        opening = seg.text.strip() in PLACE_OPENINGS
        if not seg.text[-1:].isalpha() or not (opening or first in NAME_GOES_ON):
            return segments
        joined = f"{seg.text} {nxt.text}"
        return splice(segments, i, 2, nxt._replace(text=joined))
    return segments


#: A name, then the place in brackets: "Rennes (Rennes),".
_NAME_THEN_BRACKETED_PLACE = re.compile(
    r"^(?P<name>[^()]+?)\s*\((?P<place>[^()]+)\)(?P<end>[.,;]?)$"
)


def publisher_cut_before_place(segments: list[Segment]) -> list[Segment]:
    """ "Presses Universitaires de" + "Rennes (Rennes)," or "University Press of New" +
    "England, Lebanon," read as publisher and place: a publisher cut after a linking word
    (or a word that opens places' names) goes on with the place's first name or comma
    part, and the place is the one in brackets after it, or the parts after it; a
    publisher of one article before a place ("The" + "Hague:") is the place's."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label != "location":
            continue
        last_word = seg.text.rsplit(None, 1)[-1]
        if last_word.lower() not in OPEN_ENDINGS and last_word not in PLACE_OPENINGS:
            return segments  # "Presses Universitaires de", "University Press of New"
        bracketed = _NAME_THEN_BRACKETED_PLACE.match(nxt.text)
        if bracketed is None:
            first, comma, rest = nxt.text.partition(", ")
            if not rest:
                joined = f"{seg.text} {nxt.text}"
                if reads_as_places(joined):  # "The" + "Hague:": one place
                    return splice(segments, i, 2, nxt._replace(text=joined))
                return splice(segments, i, 2, seg._replace(text=joined))
            # "University Press of New" + "England, Lebanon, New Hampshire,": one part goes on
            publisher = seg._replace(text=f"{seg.text} {first}{comma.rstrip()}")
            return splice(segments, i, 2, publisher, nxt._replace(text=rest))
        publisher = seg._replace(text=f"{seg.text} {bracketed['name']}")
        place = nxt._replace(text=bracketed["place"] + bracketed["end"])
        return splice(segments, i, 2, publisher, place)
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


def places_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Dorling Kindersley, New York," + "New York, USA.": places read into the end of
    the publisher before the place go to the place."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label == "publisher" and segments[i + 1].label == "location" and "," in seg.text:
            pieces = name_then_places(seg, segments[i + 1])
            return segments if pieces is None else splice(segments, i, 2, *pieces)
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


def title_end_read_into_place(segments: list[Segment]) -> list[Segment]:
    """ "… a customer relationship management" + "approach: Hoboken," (the GSA's colon
    before the imprint), the title cut before its last word: what comes before the
    place's colon, when the place after it reads as one and the title runs on into it,
    ends the title."""
    for i, (seg, nxt) in enumerate(pairwise(segments)):
        if seg.label != "title" or nxt.label != "location":
            continue
        head, colon, place = nxt.text.rpartition(": ")
        if not colon or seg.text[-1:] in ".,:;?!" or not reads_as_places(place.strip(" ,.;")):
            return segments
        if reads_as_places(head) or any(c in head for c in "()[]"):
            return segments  # "(Fortress: Minneapolis,": a bracketed imprint
        title = seg._replace(text=f"{seg.text} {head}:")
        return splice(segments, i, 2, title, nxt._replace(text=place))
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
    """ "“Le déficit de logement 2010.” Geneva, Switzerland." or "Abingdon and New York,"
    after the editors, with the places read as a container, in a reference with no place:
    a container that names only places (of the word list) is the place."""
    if any(s.label in ("location", "journal") for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "container-title":
            continue
        parts = [p.strip() for p in seg.text.rstrip(" .,;:").split(",")]
        if all(p and (reads_as_places(p) or is_region_code(p)) for p in parts) and reads_as_places(
            parts[0]
        ):
            return splice(segments, i, 1, Segment("location", seg.text, seg.confidence))
        return segments
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


def book_read_into_place(segments: list[Segment]) -> list[Segment]:
    """ "In: A. Kowalska, P. Wiśniewski (red.)," + "Zarządzanie publiczne, Warszawa:" (Polish
    styles print the book and the place with no publisher), in a reference with no book:
    after the editors, the comma parts before the last one, which alone names a place,
    are the book."""
    for i in range(1, len(segments)):
        seg = segments[i]
        if seg.label != "location" or segments[i - 1].label != "editor":
            continue
        book, comma, place = seg.text.rstrip().rpartition(",")
        if not comma or not reads_as_places(place) or reads_as_places(book):
            return segments
        return splice(
            segments,
            i,
            1,
            seg._replace(label="container-title", text=book + ","),
            seg._replace(text=place.strip()),
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
    imprint. In a book in title case ("… Public Management and Governance Abingdon and New
    York:" + "Routledge.") they do so only when the imprint has no place otherwise; after
    a style's dash ("… governance. – Abingdon and New York:") always."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label not in ("location", "publisher"):
            continue
        if seg.text.rstrip()[-1:] != ("," if nxt.label == "location" else ":"):
            return segments  # the places go on after a comma, or end at the colon
        placeless = nxt.label == "publisher" and all(s.label != "location" for s in segments)
        words = seg.text.split()
        for k in range(min(5, len(words) - 2), 0, -1):
            before, places = words[-k - 1], " ".join(words[-k:])
            if not places[:1].isupper():
                continue
            if not (before[:1].islower() or before in "–—" or (placeless and before.isalpha())):
                continue
            if before[:1].isupper() and reads_as_place(f"{before} {places}"):
                continue  # "New" + "York": the place goes on
            if before.lower() in _BEFORE_A_TITLES_PLACE or not reads_as_places(places):
                continue
            book = seg._replace(text=" ".join(words[:-k]))
            if nxt.label == "location":
                return splice(segments, i, 2, book, nxt._replace(text=f"{places} {nxt.text}"))
            return splice(segments, i, 1, book, seg._replace(label="location", text=places))
        return segments
    return segments


#: A book's last sentence and what follows it: "Public management and governance. Abingdon
#: and New".
_BOOK_THEN_LAST_SENTENCE = re.compile(r"^(?P<book>.*\w[.?!])\s+(?P<tail>[A-Z][^.?!]*\.?)$")


def place_cut_into_book(segments: list[Segment]) -> list[Segment]:
    """ "Public management and governance. Abingdon and New" + "York:" (a place's name cut
    in two, its first words read into the book): the words after the book's last full
    stop that make places with the place after them belong to it."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label != "location":
            continue
        match = _BOOK_THEN_LAST_SENTENCE.match(seg.text)
        if match is None:
            return segments
        places = f"{match['tail']} {nxt.text}"
        if not reads_as_places(places):
            return segments
        return boundary_moved(segments, i, match["book"], places)
    return segments


def places_ending_book(segments: list[Segment]) -> list[Segment]:
    """ "Public management and governance. Abingdon and New York," read as the book, in a
    reference with no place (styles that print the place after the book with no
    publisher, or the place and the year with no comma: "… governance. Abingdon and New
    York 2016a,", or a sentence of its own: "… governance. Abingdon and New York."): a
    last sentence that names places only is the place."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title":
            continue
        match = _BOOK_THEN_LAST_SENTENCE.match(seg.text.rstrip())
        if match is None or not reads_as_places(match["tail"].rstrip(".")):
            return segments
        return divided(segments, i, ("container-title", match["book"]), ("location", match["tail"]))
    return segments


def place_cut_from_editors(segments: list[Segment]) -> list[Segment]:
    """ "Eds: Bovaird, T. and Loeffler, E. Abingdon and" + "New York:": the words after
    the names' last full stop that open the place's names (with it, they name places
    only) go to the place."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "editor" or nxt.label != "location":
            continue
        names, stop, tail = seg.text.rstrip().rpartition(". ")
        if not stop or not tail[-1:].isalpha():
            return segments  # the names end the segment: "Ed. K. Lorenz." + "Cambridge, MA:"
        opens_places = tail.endswith((" and", " &")) or reads_as_places(tail)
        if not opens_places or not reads_as_places(f"{tail} {nxt.text}"):
            return segments  # "Ed. K. Lorenz" + "Cambridge, MA:": no town of the list
        return boundary_moved(segments, i, names + ".", f"{tail} {nxt.text}")
    return segments


def places_out_of_editors(segments: list[Segment]) -> list[Segment]:
    """ "ed. T. Bovaird, E. Loeffler, Abingdon and New York," + "Routledge," or "ed. J.
    Edelenbos, I. van Meerkerk, Cheltenham, Edward Elgar," + "2016," (Turkish styles
    print the book's editors, then the place and the publisher, all after commas) or
    "ed. by J. Edelenbos, I. van Meerkerk, Edward Elgar, Cheltenham," (the Chemical
    Society of Japan's, publisher first, the place maybe read apart): the comma parts
    after the names that name places are the place, and the publisher's name before or
    after them the publisher."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "editor" or nxt.label not in ("publisher", "date", "location"):
            continue
        if not _EDITORS_MARK_OPENING.match(seg.text):
            return segments
        body = seg.text.rstrip(" ,;")
        tail = seg.text[len(body) :]
        if nxt.label == "location":  # "ed. by …, Edward Elgar," + "Cheltenham,"
            names, _, last = body.rpartition(", ")
            if not (names and _ends_as_publisher(last) and names_people(names)):
                return segments
            return divided(segments, i, ("editor", names + ","), ("publisher", last + tail))
        if any(s.label == "location" for s in segments):
            return segments
        cut = _imprint_after_names(body.split(", "), dated=nxt.label == "date")
        if cut is None:
            return segments
        names, imprint = cut
        pieces = [Segment("editor", names + ",", seg.confidence)]
        for n, (label, text) in enumerate(imprint, start=1):
            end = tail if n == len(imprint) else ","
            pieces.append(Segment(label, text + end, seg.confidence))
        return splice(segments, i, 1, *pieces)
    return segments


#: The imprint's sentence opening an editors' segment, maybe after the book: "Routledge,
#: Abingdon and New York." before "Bovaird, T.; Loeffler, E. (Hrsg.).".
_IMPRINT_SENTENCE_OPENING = re.compile(
    r"^(?:(?P<book>[Ii]n:?\s+[^.]+?[a-z?!]\.)\s+)?"
    r"(?P<imprint>[^.]+?,[^.]+?[a-z])\.\s+(?P<names>[A-Z].*)$"
)


def imprint_opening_editors(segments: list[Segment]) -> list[Segment]:
    """ "In: Public management and governance." + "Routledge, Abingdon and New York.
    Bovaird, T.; Loeffler, E. (Hrsg.)." (Austrian and German styles print the imprint
    between the book and its editors), the book maybe read into the editors too: the
    sentence before the marked names, a publisher and places, is the imprint."""
    for i, seg in enumerate(segments):
        if seg.label != "editor" or ". " not in seg.text:
            continue
        match = _IMPRINT_SENTENCE_OPENING.match(seg.text)
        if match is None or not has_editor_marker(match["names"]):
            return segments
        if match["book"] and any(s.label == "container-title" for s in segments):
            return segments
        split = comma_imprint(match["imprint"]) or places_last(match["imprint"])
        if split is None or not names_people(match["names"]):
            return segments
        place, publisher = split
        book = [seg._replace(label="container-title", text=match["book"])] if match["book"] else []
        return splice(
            segments,
            i,
            1,
            *book,
            seg._replace(label="publisher", text=publisher + ","),
            seg._replace(label="location", text=place + "."),
            seg._replace(text=match["names"]),
        )
    return segments


def _imprint_after_names(
    parts: list[str], *, dated: bool
) -> tuple[str, list[tuple[str, str]]] | None:
    """(names, [(label, text), …]) of an editors' list's comma parts that go on with the
    place and the publisher, in either order; a publisher after the place only before the
    year (`dated`). None when no place follows the names."""
    k = next((k for k in range(1, len(parts)) if reads_as_places(parts[k])), 0)
    if not k:
        return None
    end = k
    while end + 1 < len(parts) and reads_as_places(parts[end + 1]):
        end += 1
    if end == len(parts) - 1 and k > 1 and _ends_as_publisher(parts[k - 1]):
        if not dated:
            return None
        first = k - 1  # "…, Edward Elgar, Cheltenham": the publisher before the place
        imprint = [("publisher", parts[first]), ("location", ", ".join(parts[k:]))]
    else:
        rest = ", ".join(parts[end + 1 :])
        if rest and (not dated or _INITIAL_OPENING.match(rest)):
            return None
        first = k
        imprint = [("location", ", ".join(parts[k : end + 1]))]
        if rest:
            imprint.append(("publisher", rest))
    names = ", ".join(parts[:first])
    return (names, imprint) if names_people(names) else None


def _ends_as_publisher(text: str) -> bool:
    """Whether `text` ends with a publisher's word ("Edward Elgar", "Palgrave Macmillan",
    "Oxford University Press"), as an editor's name ("Simon Price") does not."""
    words = text.split()
    return bool(words) and (names_body(text) or lexicon_hit("publishers", words[-1].strip(".,")))


#: The editors' mark opening a list in reading order: "ed. T. Bovaird", "eds. S.
#: Watson", "ed. by S. Watson", "edited by S. Watson", German "hrsg. von T. Bovaird",
#: French "éd. par S. Watson".
_EDITORS_MARK_OPENING = re.compile(
    r"^(?i:eds?\.(?:\s+by)?|edited\s+by|hrsg\.\s+v(?:on|\.)|hg\.\s+v(?:on|\.)|éd\.\s+par)\s+[A-Z]"
)

#: An initial opening a comma part: "K." of "Jackson, K.".
_INITIAL_OPENING = re.compile(r"^[A-Z]\.")


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
