"""Segment rules for the authors' names: names read into the title, the journal or the
imprint, or a title's words read into the names, in the orders and forms lists print."""

from __future__ import annotations

import re

from coprod_refs.parse import fields
from coprod_refs.parse.features import lexicon_hit
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.names import (
    PARTICLES,
    has_editor_marker,
    opening_et_al,
    parse_name_list,
)
from coprod_refs.parse.repairs.edits import (
    AFTER_IMPRINT,
    CAPITALISED_NAME,
    SENTENCE_END,
    TITLE_BOUNDARY,
    YEAR_ONLY,
    boundary_moved,
    cut_by_groups,
    divided,
    is_initial_word,
    last_title_dash,
    letters,
    names_people,
    splice,
)

#: Lower-case words a name or a body's name may hold: particles ("van", "de") and the
#: words joining a body's name ("Department of Health and Social Care").
_NAME_SMALL_WORDS = PARTICLES | frozenset("and of for the on in at to & y e".split())


def title_read_as_author(segments: list[Segment]) -> list[Segment]:
    """ "Co-production toolkit. (2015). London: NCVO." read with the title as the author,
    in a reference with no title: words before the bracketed date in sentence case,
    with no comma or initial, are a work's title printed first (APA's work with no
    author), not a name."""
    if segments[0].label != "author" or len(segments) < 2 or segments[1].label != "date":
        return segments
    if segments[1].text[:1] != "(" or "," in segments[0].text:
        return segments  # names are "Family, Given"; APA brackets the date after a title
    if any(s.label == "title" for s in segments):
        return segments
    words = [w.strip(".;:()[]") for w in segments[0].text.split()]
    if len(words) < 2 or any(len(w) == 1 and w.isupper() for w in words):
        return segments
    if not any(w[:1].islower() and w not in _NAME_SMALL_WORDS for w in words[1:]):
        return segments
    return splice(segments, 0, 1, Segment("title", segments[0].text, segments[0].confidence))


#: People as GOST names them, family then dotted initials: "Lancaster K.J.", "Cahn E.S.,
#: Cahn J.C.".
_GOST_NAMES = re.compile(
    r"^(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s(?:[A-Z]\.\s?){1,3},?\s*)+(?://)?$"
)

#: Names, two slashes, then the journal (Acta Naturae prints no article title): "Cahn
#: E.S., Cahn J.C. // Yale Law Review.".
_NAMES_SLASHES_JOURNAL = re.compile(r"^(?P<names>[^/]*\w\.)\s*//\s+(?P<journal>[A-Z][^/]*)$")


def names_before_slashes_then_journal(segments: list[Segment]) -> list[Segment]:
    """ "Cahn E.S., Cahn J.C. // Yale Law Review." read as the authors, or "Lancaster K.J."
    read as the title before the journal, in a reference with no other title or
    journal: a GOST-like style with no article title puts the journal after the names'
    slashes."""
    first = 1 if segments[0].label == "citation-number" else 0
    if first >= len(segments) - 1:
        return segments
    seg, nxt = segments[first], segments[first + 1]
    if seg.label == "author" and "//" in seg.text and nxt.label == "date":
        match = _NAMES_SLASHES_JOURNAL.match(seg.text)
        if match is None:
            return segments
        return divided(segments, first, ("author", match["names"]), ("journal", match["journal"]))
    if seg.label != "title" or nxt.label != "journal" or not _GOST_NAMES.match(seg.text):
        return segments
    return splice(segments, first, 1, seg._replace(label="author", text=seg.text.rstrip(" /")))


#: "Perec, Georges. A Void.": a family name, full given names, then a sentence.
_NAMES_THEN_TITLE = re.compile(
    r"^(?P<names>[^,.]+,\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]{2,})*)\.\s+(?P<title>[\w“\"‘'(].*)$"
)


def split_title_from_names(segments: list[Segment]) -> list[Segment]:
    """ "Perec, Georges. A Void." read as one author segment, with no title anywhere: a
    Chicago-style "Family, Given." is the author, what follows it the title."""
    labels = [s.label for s in segments]
    if "title" in labels or "author" not in labels:
        return segments
    i = labels.index("author")
    match = _NAMES_THEN_TITLE.match(segments[i].text.strip())
    if match is None or len(match.group("names").split(",")) != 2:
        return segments
    return divided(
        segments, i, ("author", match.group("names") + "."), ("title", match.group("title"))
    )


#: German lists' "Family, Given: Title" and "Family, G./Other, H.: Title": inverted names
#: ("," inside each, "/" or ";" between them), a colon, then the title.
_INVERTED_NAMES_COLON = re.compile(
    r"^(?P<names>[^,.:;/]+,\s*[^,:;/]+(?:\s*[/;]\s*[^,.:;/]+,\s*[^,:;/]+)*):\s+"
    r"(?P<title>[\w“\"‘'„«(].*)$"
)


def title_after_names_colon(segments: list[Segment]) -> list[Segment]:
    """ "Schuppert, Gunnar Folke: Verwaltungswissenschaft." read as one names segment,
    with no title anywhere: the names before the colon are the authors (the segment has
    no editor's mark, so an "editor" label was a misreading too), the rest the title."""
    first = segments[0]
    if first.label not in ("author", "editor") or has_editor_marker(first.text):
        return segments
    if ": " not in first.text or any(s.label == "title" for s in segments):
        return segments
    match = _INVERTED_NAMES_COLON.match(first.text.strip())
    if match is None:
        return segments
    people = parse_name_list(match.group("names")).names
    if not people or any(n.is_body for n in people):
        return segments
    return splice(
        segments,
        0,
        1,
        Segment("author", match.group("names") + ":", first.confidence),
        Segment("title", match.group("title"), first.confidence),
    )


#: Vancouver's names before a colon, opening the title: "Carr S: Personalisation: …",
#: "Bovaird T, Loeffler E: Communities, trust …", "Aligica P and Tarko V: Co-production"
#: (Anticancer Research), "Tarko V : Co-production" (the colon printed apart, as some
#: medical styles do), "Tarko V 2013: Co-production" (the year before the colon, as Soil
#: Science and Plant Nutrition prints it).
_VANCOUVER_NAMES_COLON = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? [A-Z]{1,2}"
    r"(?:(?:,|,? and|,? &) [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? [A-Z]{1,3})*"
    r"(?:,? et al\.?)?)(?: (?P<year>(?:1[5-9]|20)\d\d[a-z]?))? ?:\s+"
    r"(?P<title>\S.*)$"
)


#: Names ending with initials before a colon, opening the title: "Tarko V.: Co-production"
#: (after "Aligica P.,"), "– Tarko V.: …".
_NAMES_INITIAL_COLON = re.compile(
    r"^(?P<names>(?:[–—] )?[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? (?:[A-Z]\. ?){1,3}"
    r"(?:[,–—] [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? (?:[A-Z]\. ?){1,3})*):\s+(?P<title>\S.*)$"
)


#: Family names in capitals with their initials in brackets before a dash, opening the
#: title: "TARKO (V.) — Co-production" (after "ALIGICA (P.),").
_BRACKETED_INITIALS_DASH = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]+ \((?:[A-Z][a-z]?\.[ -]?)+\)"
    r"(?:, [A-ZÀ-Ý][A-ZÀ-Ý'’ -]+ \((?:[A-Z][a-z]?\.[ -]?)+\))*) [—–]\s+(?P<title>\S.*)$"
)


#: A Vancouver name ending a list that goes on: "Aligica P,".
_VANCOUVER_LAST_NAME = re.compile(r"\w [A-Z]{1,4},$")


def _names_date_and_title(segments: list[Segment], i: int, match: re.Match[str]) -> list[Segment]:
    """The authors at `i` and the title after them, when the title opens with the rest of
    the names and the year (`match`'s "names", "year" and "title"): the names go back to
    the authors, the year is the date; unchanged when the reference has a date."""
    if any(s.label == "date" for s in segments):
        return segments
    seg, nxt = segments[i], segments[i + 1]
    authors = seg._replace(text=f"{seg.text.rstrip()} {match['names']}")
    date = Segment("date", f"{match['year']}:", nxt.confidence)
    return splice(segments, i, 2, authors, date, nxt._replace(text=match["title"]))


def names_before_colon_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Aligica P.," + "Tarko V.: Co-production, …" (Hungarian lists join the names with
    dashes and end them with a colon), "Aligica P," + "Tarko V : Co-production, …"
    (Vancouver names closed by a colon) or "ALIGICA (P.)," + "TARKO (V.) — Co-production"
    (French archaeology): the names up to the colon or dash, after authors that go on,
    join the authors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "author" or nxt.label != "title":
            continue
        if seg.text.rstrip()[-1:] not in ",–—" and nxt.text[:1] not in "–—":
            return segments
        # The cheap tests first: an initial before a colon, a dash after a bracket, or a
        # colon after a Vancouver name that goes on.
        head = nxt.text[:120]
        match = None
        if ".:" in head or ") —" in head or ") –" in head:
            match = _NAMES_INITIAL_COLON.match(nxt.text) or _BRACKETED_INITIALS_DASH.match(nxt.text)
        if match is None and ":" in head and _VANCOUVER_LAST_NAME.search(seg.text):
            match = _VANCOUVER_NAMES_COLON.match(nxt.text)
        if match is None:
            return segments
        if match.re is _VANCOUVER_NAMES_COLON and match["year"]:
            return _names_date_and_title(segments, i, match)
        names = nxt.text[: match.start("title")].rstrip()
        return boundary_moved(segments, i, f"{seg.text} {names}", match["title"])
    return segments


#: A name given first cut after its initials, after a joining word or the first name's
#: initials and comma: "Brudney, J. L. und R. E.", "Bovaird, T., M.".
_INITIALS_ENDING = re.compile(
    r"(?P<join>\s(?:and|und|et|e|y|&)|(?<=[A-Z]\.),)\s+(?:[A-Z]\.\s?-?){1,3}$"
)
#: Given-first names after the first one, joined by a comma or a word.
_MORE_GIVEN_FIRST = r"(?:(?:,|,?\s(?:and|und|et|e|y|&))\s+(?:[A-Z]\.\s?-?){1,3}[A-ZÀ-Ý][\w'’-]+)*"
#: The family name closing the names (and any more names), then the title: "England:
#: „Toward …", "Willis und I. Briggs: „Strategic …", or the year between them, as the
#: University of Bern's anthropologists print it: "Tarko 2013: Co-production …".
_FAMILY_THEN_TITLE = re.compile(
    rf"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?{_MORE_GIVEN_FIRST})"
    r"(?:\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?))?(?P<stop>[:.])\s+(?P<title>\S.*)$"
)
#: Names given first, up to a colon, then the title: "M. Willis und I. Briggs: „Strategic".
_GIVEN_FIRST_NAMES_COLON = re.compile(
    rf"^(?P<names>(?:[A-Z]\.\s?-?){{1,3}}[A-ZÀ-Ý][\w'’-]+{_MORE_GIVEN_FIRST}):\s+(?P<title>\S.*)$"
)


def given_first_names_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Brudney, J. L. und R. E." + "England: „Toward …", "Bovaird, T., M." + "Willis und
    I. Briggs: „Strategic …" or "Bovaird, T.," + "M. Willis und I. Briggs: …" (German
    styles print the names after the first given name first, and a colon after them):
    the names up to the colon go back to the authors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "author" or nxt.label != "title":
            continue
        text = seg.text.rstrip()
        ending = _INITIALS_ENDING.search(text)
        if ending is not None:
            match = _FAMILY_THEN_TITLE.match(nxt.text)
            if match is not None and ending["join"] == "," and match["stop"] != ":":
                return segments  # after a comma, only German lists' colon ends the names
        elif text.endswith(","):
            match = _GIVEN_FIRST_NAMES_COLON.match(nxt.text)
        else:
            return segments
        if match is None:
            return segments
        if match.re is _FAMILY_THEN_TITLE and match["year"]:
            return _names_date_and_title(segments, i, match)
        names = nxt.text[: match.start("title")].rstrip()
        return boundary_moved(segments, i, f"{text} {names}", match["title"])
    return segments


#: Words up to a colon, then a quoted title: "Sancino und Mariafrancesca Sicilia:
#: „Varieties …".
_WORDS_COLON_QUOTE = re.compile(r"^(?P<names>[^:„“\"«‘]{2,120}?):\s+(?P<title>[„“\"«‘].*)$")


def names_before_colon_and_quote(segments: list[Segment]) -> list[Segment]:
    """ "Nabatchi, Tina, Alessandro" + "Sancino und Mariafrancesca Sicilia: „Varieties …"
    (German styles end the names with a colon and quote the title): the words before
    the colon go back to the authors when, with them, the authors are all people with
    given names."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "author" or nxt.label != "title":
            continue
        match = _WORDS_COLON_QUOTE.match(nxt.text)
        if match is None:
            return segments
        names = f"{seg.text.rstrip()} {match['names']}"
        if not names_people(names):
            return segments
        return boundary_moved(segments, i, names + ":", match["title"])
    return segments


#: A family name (of one or two words) and its bare initials: "Aligica, P", "Lancaster, KJ".
_FAMILY_BARE_INITIALS = r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?, [A-Z]{1,3}"
#: Names inverted with bare initials before a colon (Heidelberg's medical faculty):
#: "Lancaster, KJ:", "Aligica, P, Tarko, V:".
_INVERTED_BARE_INITIALS_COLON = re.compile(
    rf"^(?P<names>{_FAMILY_BARE_INITIALS}(?:, {_FAMILY_BARE_INITIALS})*(?:,? et al\.?)?):\s+"
    r"(?P<title>\S.*)$"
)


def names_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "21." + "Carr S: Personalisation: A rough guide." with no author found: names as
    Vancouver prints them (a family name, then the initials without full stops; or
    inverted, "Carr, S:") before the first colon are the authors, the rest the title;
    one name alone only in a numbered list ("Beyond GDP: …" is a title)."""
    for i, seg in enumerate(segments):
        if seg.label == "citation-number":
            continue
        if seg.label != "title":
            return segments
        match = _VANCOUVER_NAMES_COLON.match(seg.text)
        inverted = None if match else _INVERTED_BARE_INITIALS_COLON.match(seg.text)
        if inverted is not None and (i > 0 or ", " in inverted["names"].partition(", ")[2]):
            match = inverted  # "Lancaster, KJ: A new approach …" in a numbered list
        if match is None or (i == 0 and "," not in match["names"]):
            return segments
        people = parse_name_list(match["names"]).names
        if not people or any(n.is_body for n in people):
            return segments
        if match.groupdict().get("year"):  # "Carr S 2012: Personalisation: …"
            pieces = (("author", "names"), ("date", "year"), ("title", "title"))
            return cut_by_groups(segments, i, match, *pieces)
        return divided(segments, i, ("author", match["names"] + ":"), ("title", match["title"]))
    return segments


#: Given names before a colon opening a title: "Lars: Kommunalpolitik …", "G. F.: …".
_GIVEN_THEN_COLON = re.compile(
    r"^(?P<given>(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,2}[A-ZÀ-Ý][\w'’.-]*):\s+(?P<title>\S.*)$"
)

#: Family names and their bare initials parted by commas, ending with a family name:
#: "Aligica, P, Tarko".
_FAMILY_AND_INITIALS_LIST = re.compile(rf"^\s*(?:{_FAMILY_BARE_INITIALS}, )+[A-ZÀ-Ý][\w'’-]+$")


def given_names_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Bogumil, Jörg/Holtkamp," + "Lars: Kommunalpolitik …": an author segment of
    inverted names ending with a bare family name and its comma lacks the given names
    the title opens with, up to the colon German lists print after the names; so does
    a list of names and bare initials parted by commas ("Aligica, P, Tarko," + "V: …")."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        if not seg.text.endswith(","):
            return segments  # the cheap test first
        last_names = re.split(r"[/;]", seg.text[:-1])[-1]
        if ", " in last_names and _FAMILY_AND_INITIALS_LIST.match(last_names):
            last_names = last_names.rpartition(",")[2]
        last_family = last_names.split()
        if len(last_family) != 1 or "," in last_family[0]:
            return segments  # only inverted names end with a bare family name
        title = segments[i + 1]
        match = _GIVEN_THEN_COLON.match(title.text)
        if match is None:
            return segments
        names = f"{seg.text} {match.group('given')}"
        people = parse_name_list(names).names
        if not people or people[-1].is_body or not people[-1].given:
            return segments
        return splice(
            segments,
            i,
            2,
            Segment("author", names + ":", seg.confidence),
            Segment("title", match.group("title"), title.confidence),
        )
    return segments


def name_after_title_dash(segments: list[Segment]) -> list[Segment]:
    """ "… classical definitions. – Public Administration Review." or "… a better place
    to live. – Governance International," + "Birmingham." read as one title (a style's
    dash after the title, with no journal or publisher found): the words after the dash
    are the journal when they are named as journals are, else the publisher."""
    for i, seg in enumerate(segments):
        if seg.label not in ("title", "container-title") or " – " not in seg.text:
            continue
        after = segments[i + 1].label if i + 1 < len(segments) else ""
        if after not in ("", "location", "date", "url", "note", "doi"):
            return segments
        dash = last_title_dash(seg.text)
        if dash is None:
            return segments
        name = seg.text[dash.end() :]
        if len(name.split()) > 8 or any(c.isdigit() for c in name):
            return segments
        journal = after != "location" and lexicon_hit("journal_words", name)
        if not (journal or lexicon_hit("publishers", name) or after == "location"):
            return segments
        title = Segment("title", seg.text[: dash.start()], seg.confidence)
        named = Segment("journal" if journal else "publisher", name, seg.confidence)
        return splice(segments, i, 1, title, named)
    return segments


#: Names printed family name first with dotted initials, as GOST lists them:
#: "Tarko V.", "van Meerkerk I.", "Kassen T.R.".
_INVERTED_DOTTED_NAMES = re.compile(
    r"^(?:(?:[a-z]{1,3} ){0,2}[A-ZÀ-ÝА-Я][\w'’-]+ (?:[A-ZА-Я]\.\s?){1,3},?\s?)+(?://)?$"
)


def names_before_slashes_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "Aligica P.," + "Tarko V. //" + "American Political Science Review." (GOST with no
    title: "//" right after the names) with the last name read as the title: names
    before the slashes, after authors that go on, join the authors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if nxt.label != "title" or seg.label != "author":
            continue
        if not nxt.text.endswith("//") or not seg.text.endswith(","):
            return segments
        if not _INVERTED_DOTTED_NAMES.match(nxt.text):
            return segments
        return splice(segments, i, 2, seg._replace(text=f"{seg.text} {nxt.text}"))
    return segments


#: "et al." in the languages whose lists print it after a joining word: "и др.", "u. a.".
_ET_AL_HALVES = (("и", "др."), ("u.", "a."), ("и", "др"))

_ET_AL_FIRSTS = tuple(f" {first}" for first, _ in _ET_AL_HALVES)


def et_al_cut_in_two(segments: list[Segment]) -> list[Segment]:
    """ "Garn H. и" + "др. Models for indicator development" (GOST's "et al.", cut after its
    first word): the second word goes back to the names."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label not in ("author", "editor"):
            continue
        if not seg.text.endswith(_ET_AL_FIRSTS):
            return segments  # the cheap test first
        words, nxt = seg.text.split(), segments[i + 1]
        head = nxt.text.split(maxsplit=1)
        for first, second in _ET_AL_HALVES:
            if words and words[-1] == first and head and head[0] == second:
                rest = head[1] if len(head) > 1 else ""
                pieces = [seg._replace(text=f"{seg.text} {second}")]
                if rest:
                    pieces.append(nxt._replace(text=rest))
                return splice(segments, i, 2, *pieces)
        return segments
    return segments


def author_again_ending_title(segments: list[Segment]) -> list[Segment]:
    """ "Improving Public Services for People in Wales. Welsh Government." after the author
    "Welsh Government." (a body publishing its own work, the title in capitals): the
    body's name ending the title is the publisher."""
    author = next((s for s in segments if s.label == "author"), None)
    title = next((s for s in segments if s.label == "title"), None)
    if author is None or title is None:
        return segments
    last = author.text.rstrip(" .,;:").rsplit(None, 1)[-1:]
    if not last or not title.text.rstrip(" .,;:").endswith(last[0]):
        return segments  # the cheap test first: the same last word
    name = letters(author.text)
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        if not letters(seg.text).endswith(name):
            return segments
        cut = next(reversed(list(TITLE_BOUNDARY.finditer(seg.text.rstrip()))), None)
        if cut is None or letters(seg.text[cut.end() :]) != name:
            return segments
        head = seg.text[: cut.end()].rstrip()
        return divided(segments, i, ("title", head), ("publisher", seg.text[cut.end() :]))
    return segments


def name_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Why co-production matters for public services. The Guardian." or "Equity and
    excellence (Cm 7881). The Stationery Office." read as one title, in an APA
    reference with nothing after the title but links: after a title in sentence case,
    a last sentence that is a name in capitals is the newspaper or site of a dated
    issue, or the publisher of a work dated by its year."""
    labels = [s.label for s in segments]
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 3] != ["author", "date", "title"]:
        return segments
    if not AFTER_IMPRINT.issuperset(labels[first + 3 :]):
        return segments
    text = segments[first + 2].text.rstrip()
    cut = next(reversed(list(TITLE_BOUNDARY.finditer(text))), None)
    if cut is None or cut.group(1) != ".":
        return segments
    head, name = text[: cut.end()].rstrip(), text[cut.end() :]
    if not CAPITALISED_NAME.match(name) or fields.looks_like_genre(name):
        return segments
    if not _in_sentence_case(head):
        return segments
    label = "publisher" if YEAR_ONLY.match(segments[first + 1].text) else "journal"
    return divided(segments, first + 2, ("title", head), (label, name))


def _in_sentence_case(title: str) -> bool:
    """Whether `title` has a longer word in small letters ("Why co-production matters"),
    as titles in sentence case have and titles in capitals lack."""
    return any(len(word) > 3 and word[0].islower() for word in title.split()[1:])


#: A region code cut in two by its space: "Washington, D." + "C. Morgan Kaufmann.".
_INITIAL_ENDING = re.compile(r"(?:^|\s)[A-Z]\.$")

_INITIAL_OPENING = re.compile(r"^([A-Z]\.[,:]?)\s+(\S.*)$")


def initial_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Washington, D." + "C. Morgan Kaufmann.": a place ending in an initial and a
    publisher opening with one are "D. C." cut in two."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        opening = _INITIAL_OPENING.match(nxt.text)
        if opening is None or not _INITIAL_ENDING.search(seg.text):
            return segments
        return splice(
            segments,
            i,
            2,
            Segment("location", f"{seg.text} {opening.group(1)}", seg.confidence),
            Segment("publisher", opening.group(2), nxt.confidence),
        )
    return segments


#: A title's last words read as a name after it: "study. Milbank Q." after "… and case".
_TITLE_END_THEN_NAME = re.compile(r"^(?P<words>[a-zà-ÿ][^.?!]{0,60}[.?!])\s+(?P<rest>[A-Z].*)$")


def title_end_read_as_author(segments: list[Segment]) -> list[Segment]:
    """ "… literature review and case" + "study. Milbank Q." with the second read as an
    author: names never open in small letters, so its words up to the full stop end the
    title, and what follows, before the numbers, is the journal."""
    for i, seg in enumerate(segments[1:-1], start=1):
        if seg.label != "author" or segments[i - 1].label != "title":
            continue
        match = _TITLE_END_THEN_NAME.match(seg.text)
        if match is None or segments[i + 1].label not in ("date", "volume"):
            return segments
        title = segments[i - 1]
        return splice(
            segments,
            i - 1,
            2,
            Segment("title", f"{title.text} {match['words']}", title.confidence),
            Segment("journal", match["rest"], seg.confidence),
        )
    return segments


#: Names in reading order that end an author list cut after a middle initial: "Pancake
#: and Sue Utter." before the title's first sentence.
_NAMES_ENDING = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?:,?\s+(?:and|&)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-Z]\.)*"
    r"\s+[A-ZÀ-Ý][\w'’-]+)+\.)\s+(?P<title>[A-ZÀ-Ý\"“‘].*)$"
)

_ENDS_IN_INITIAL = re.compile(r"^[A-ZÀ-Ý][\w'’-]+\s+(?:[A-Z]\.\s?)+$")


#: Names given first, cut after the last one's initials: "J. Lasker, …, E. Niclaus, J.".
_GIVEN_FIRST_CUT_AFTER_INITIALS = re.compile(r"(?:^|,\s)(?:[A-Z]\.\s?-?){1,3}$")
#: The rest of such names opening the title before its quotes: "Young Keefe, Z. Kratzer,
#: 'Time Banking and Health …',".
_FAMILY_AND_NAMES_THEN_QUOTE = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,"
    r"(?:\s(?:[A-Z]\.\s?-?){1,3}[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?,)*)"
    r"\s+(?P<title>['‘“\"«„].*)$"
)
#: … or before the title's comma, when "and" joins the last name: "Young Keefe and Z.
#: Kratzer, Time banking and health: …".
_FAMILY_AND_LAST_NAME_THEN_TITLE = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?"
    r"(?:,\s(?:[A-Z]\.\s?-?){1,3}[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?)*"
    r",?\s(?:and|&)\s(?:[A-Z]\.\s?-?){1,3}[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?),"
    r"\s+(?P<title>[A-ZÀ-Ý0-9'‘“\"«„].*)$"
)


def family_read_into_quoted_title(segments: list[Segment]) -> list[Segment]:
    """ "J. Lasker, …, E. Niclaus, J." + "Young Keefe, Z. Kratzer, 'Time Banking and
    Health …'," or "Young Keefe and Z. Kratzer, Time banking …," (names given first, cut
    after an initial): the names before the title's opening quote, or up to the comma
    after the last name joined by "and", go back to the authors."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        if not _GIVEN_FIRST_CUT_AFTER_INITIALS.search(seg.text.strip()):
            return segments
        title = segments[i + 1].text
        match = _FAMILY_AND_NAMES_THEN_QUOTE.match(title) or _FAMILY_AND_LAST_NAME_THEN_TITLE.match(
            title
        )
        if match is None:
            return segments
        return boundary_moved(segments, i, f"{seg.text.strip()} {match['names']}", match["title"])
    return segments


def names_cut_after_initial(segments: list[Segment]) -> list[Segment]:
    """ "Cherri M." + "Pancake and Sue Utter. Models for visualization …": an author list
    in reading order cut after a middle initial goes on in the title, up to the sentence
    that ends the names."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        if not _ENDS_IN_INITIAL.match(seg.text):
            return segments
        title = segments[i + 1]
        match = _NAMES_ENDING.match(title.text)
        if match is None:
            return segments
        return splice(
            segments,
            i,
            2,
            Segment("author", f"{seg.text} {match.group('names')}", seg.confidence),
            Segment("title", match.group("title"), title.confidence),
        )
    return segments


#: One inverted name with a middle initial, and a title's first word after it:
#: "Hirschman, Albert O. Exit,".
_NAME_THEN_TITLE_WORD = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’-]+,\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-Z]\.)+)\s+(?P<word>[A-ZÀ-Ý][\w'’-]+,?)$"
)


def title_word_out_of_name(segments: list[Segment]) -> list[Segment]:
    """ "Hirschman, Albert O. Exit," + "Voice, and Loyalty: …": a word after the middle
    initial that closes one inverted name opens the title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        title = segments[i + 1]
        match = _NAME_THEN_TITLE_WORD.match(seg.text)
        if match is None:
            return segments
        return splice(
            segments,
            i,
            2,
            Segment("author", match["name"], seg.confidence),
            Segment("title", f"{match['word']} {title.text}", title.confidence),
        )
    return segments


#: Inverted names with initials between semicolons (ACS, MDPI), and words after the last
#: initials: "Aligica, P.; Tarko, V. Co-Production, Polycentricity, and Value
#: Heterogeneity:". One name alone is left as it is: "Wagner, C. Peter," has that shape.
_INVERTED_INITIALS = (
    r"[A-Za-zÀ-ÿ][\w'’-]+(?:\s+[A-Za-zÀ-ÿ][\w'’-]+){0,3},\s+(?:[A-ZÀ-Ý]\.\s?-?)*[A-ZÀ-Ý]\."
)

_INVERTED_NAMES_THEN_WORDS = re.compile(
    rf"^(?P<names>{_INVERTED_INITIALS}(?:;\s+{_INVERTED_INITIALS})+)\s+"
    r"(?P<rest>(?:[“\"‘«]\s*)?[A-ZÀ-Ý][\w'’-]+[^;]*)$"
)

_NAME_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))


def title_words_out_of_inverted_names(segments: list[Segment]) -> list[Segment]:
    """ "Aligica, P.; Tarko, V. Co-Production, Polycentricity," + "The Ostroms' …" or
    "Lindsay, C.; …; Van Der Meer, R. Collaborative Innovation …" before the journal: the
    words after the last name's initials are the title's (ACS and MDPI print the
    title right after the names, between semicolons)."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        if ";" not in seg.text:
            return segments  # the cheap test first: a semicolon list
        match = _INVERTED_NAMES_THEN_WORDS.match(seg.text)
        if match is None or match["rest"].split()[0].strip(".,") in _NAME_SUFFIXES:
            return segments
        nxt = segments[i + 1]
        if nxt.label == "title":
            title = nxt._replace(text=f"{match['rest']} {nxt.text}")
            return splice(segments, i, 2, seg._replace(text=match["names"]), title)
        if any(s.label == "title" for s in segments):
            return segments
        return divided(segments, i, ("author", match["names"]), ("title", match["rest"]))
    return segments


#: A name in reading order, full given name first: "Zoe Radnor", "Gregg G. Van Ryzin".
_READING_NAME = (
    r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:[A-ZÀ-Ý]\.\s?)+|\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?"
    r"\s+(?:(?:van|de|von|der|den|da|di|du|la|le)\s+)*[A-ZÀ-Ý][\w'’-]+"
)

_READING_NAMES = rf"{_READING_NAME}(?:,\s+{_READING_NAME})*(?:,?\s+(?:and|&)\s+{_READING_NAME})?"

#: Words of a title that no name in reading order has.
_TITLE_WORDS = frozenset("the a an their his her its our of on in for to with from".split())

_READING_NAMES_ENDING = re.compile(rf"^{_READING_NAMES},$")

_READING_NAMES_THEN_TITLE = re.compile(
    rf"^(?P<names>{_READING_NAMES})\.\s+(?P<title>[A-ZÀ-Ý“\"‘«].*)$"
)


#: "Family, Given" names joined by dashes, as Italian styles print a list, then the title:
#: "Osborne, Stephen P. – Radnor, Zoe – Strokosch, Kirsty, Co-Production and …".
_DASHED_FAMILY_GIVEN = (
    r"(?:[a-z]{1,3}\s)*[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){0,2},"
    r"\s[A-ZÀ-Þ][\w'’-]*\.?(?:\s[A-ZÀ-Þ][\w'’-]*\.?){0,3}"
)

_DASHED_NAMES_THEN_REST = re.compile(
    rf"^(?P<names>{_DASHED_FAMILY_GIVEN}(?:\s[–—]\s{_DASHED_FAMILY_GIVEN})+),\s+(?P<rest>\S.*)$"
)


def dashed_names_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Osborne, Stephen P." + "– Radnor, Zoe – Strokosch, Kirsty, Co-Production …" (a
    list joined by dashes, cut after its first name): the names up to the comma after
    the last one are the authors, the rest is what the model read it as."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        head = segments[i + 1].text[:80]
        if "– " not in head and "— " not in head:
            return segments  # the cheap test first: a dash near the start of what follows
        nxt = segments[i + 1]
        joined = f"{seg.text.strip()} {nxt.text}"
        match = _DASHED_NAMES_THEN_REST.match(joined)
        if match is None or match.end("names") <= len(seg.text.strip()):
            return segments
        return boundary_moved(segments, i, match["names"] + ",", match["rest"])
    return segments


#: Family names alone joined by slashes, as German law styles cite: "Bovaird/Loeffler,".
_SLASHED_FAMILIES_THEN_REST = re.compile(
    r"^(?P<names>[A-ZÀ-Þ][\w'’-]+(?:\s?/\s?(?:[a-z]{1,3}\s)?[A-ZÀ-Þ][\w'’-]+)+),\s+"
    r"(?P<rest>(?P<in>[Ii]n:?\s)?\S.*)$"
)


#: What the segment opening with the slashed names may have been read as.
_SLASHED_FAMILIES_READ_AS = frozenset(("author", "title", "journal", "container-title"))


def slashed_families_opening(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird/Loeffler, in: Trust, risk and uncertainty," read as the title or a
    journal, or "Aligica/Tarko, Co-production," as the names: family names joined by slashes open
    the reference as its authors; after them comes the book ("in:") or the title."""
    first = 1 if segments[0].label == "citation-number" else 0
    seg = segments[first]
    if seg.label not in _SLASHED_FAMILIES_READ_AS or "/" not in seg.text[:40]:
        return segments
    count = 1
    if seg.label == "author" and first + 1 < len(segments):
        count += segments[first + 1].label == "title"
    joined = " ".join(s.text for s in segments[first : first + count])
    match = _SLASHED_FAMILIES_THEN_REST.match(joined)
    if match is None or match.end("names") > len(seg.text):
        return segments
    authors = seg._replace(label="author", text=match["names"] + ",")
    rest = seg._replace(label="container-title" if match["in"] else "title", text=match["rest"])
    return splice(segments, first, count, authors, rest)


def et_al_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "Lasker J., Collom E., Bealer T.," + "i in., Time banking and health …" (Polish
    "i in.", German "u. a." after a list cut short): the "et al." ends the authors."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        et_al = opening_et_al(nxt.text) if nxt.label == "title" else ""
        rest = nxt.text[len(et_al) :].lstrip(" ,;:")
        if not et_al or not rest:
            return segments
        return boundary_moved(segments, i, f"{seg.text.strip()} {et_al.strip()}", rest)
    return segments


#: Names as "Family, I" (the Australian Government and other Harvard styles' list):
#: "Young Keefe, J & Kratzer, Z", the end of a list cut after a comma.
_FAMILY_INITIALS = r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){0,2},\s(?:[A-Z]\.?\s?){1,3}"

_FAMILY_INITIALS_LIST_END = re.compile(
    rf"^(?:{_FAMILY_INITIALS}(?:,|\s&|\sand)\s+)*{_FAMILY_INITIALS}[.,]?$"
)

_FAMILY_INITIALS_CUT = re.compile(rf"{_FAMILY_INITIALS},$")


#: The last initial and the year read as the title's first words: "A 2016, CI.VI.VO.".
_INITIAL_AND_YEAR_THEN_TITLE = re.compile(
    r"^(?P<initials>(?:[A-Z]\.?\s?){1,3})\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?,)\s+(?P<rest>\S.*)$"
)


#: The last name in Vancouver form and the year read as the title's first words: "TARKO
#: V 2013. Co-production, …".
_NAME_AND_YEAR_THEN_TITLE = re.compile(
    r"^(?P<initials>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?\s[A-Z]{1,3})\s"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?[.,:])\s+(?P<rest>\S.*)$"
)


def initial_and_year_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "Artuso, D & Montini," + "A 2016, CI.VI.VO. in Rimini: …" (the Australian Harvard
    styles' "Family, I YEAR," with the list cut before its last initial), or "ALIGICA P
    &" + "TARKO V 2013. Co-production, …" (the list cut before its last name), in a
    reference with no date: the initial or the name ends the names and the year is the
    date."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "author" or nxt.label != "title":
            continue
        text = seg.text.rstrip()
        if text.endswith((" &", " and")):
            match = _NAME_AND_YEAR_THEN_TITLE.match(nxt.text)
        else:
            match = _initial_and_year(text, nxt.text)
        if match is None:
            return segments
        return splice(
            segments,
            i,
            2,
            seg._replace(text=f"{text.rstrip(',')} {match['initials'].strip()}"),
            nxt._replace(label="date", text=match["year"]),
            nxt._replace(text=match["rest"]),
        )
    return segments


def _initial_and_year(names: str, title: str) -> re.Match[str] | None:
    """The initial and the year opening `title` when `names` end in a family name and its
    comma."""
    words = names.rstrip(",").split()
    if names[-1:] != "," or not words or not words[-1][:1].isupper():
        return None  # the list ends in a family name and its comma ("," alone: none)
    if is_initial_word(words[-1]):
        return None
    return _INITIAL_AND_YEAR_THEN_TITLE.match(title)


def names_run_on_before_date(segments: list[Segment]) -> list[Segment]:
    """ "Lasker, J, …, Niclaus, E," + "Young Keefe," + "J & Kratzer, Z" + "2011," (a
    double family name without a hyphen breaks the list, and the rest is read as a title
    and a journal): the segments between a list cut after a comma and the date that
    read as more names of its shape are more authors."""
    for i in range(len(segments) - 2):
        seg = segments[i]
        if seg.label != "author":
            continue
        text = seg.text.rstrip()
        if text[-1:] != "," or not (text[-2:-1].isupper() or text[-3:-2].isupper()):
            return segments  # the cheap test first: an initial and a comma end the names
        if segments[i + 1].label == "date":
            return segments  # the usual case: the date right after the names
        if not _FAMILY_INITIALS_CUT.search(text[-80:]):
            return segments
        for k in range(i + 2, min(i + 5, len(segments))):
            if segments[k].label != "date":
                continue
            more = " ".join(s.text.strip() for s in segments[i + 1 : k])
            if not _FAMILY_INITIALS_LIST_END.match(more):
                return segments
            return splice(segments, i, k - i, seg._replace(text=f"{seg.text.strip()} {more}"))
        return segments
    return segments


#: The same names with dotted initials ("Willis M.,", "Briggs I."), as Spanish
#: Vancouver styles print them.
#: Vancouver's initials with stops: "T.", "M.J.", or one stop after them all ("MJ.").
_DOTTED_INITIALS = r"(?:(?:[A-Z]\.){1,3}|[A-Z]{2,3}\.)"
_DOTTED_VANCOUVER_LAST_NAME = re.compile(rf"\w {_DOTTED_INITIALS},$")
_DOTTED_VANCOUVER_NAME = rf"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þa-z][\w'’-]+){{0,2}}\s{_DOTTED_INITIALS}"
_DOTTED_VANCOUVER_NAMES_THEN_WORDS = re.compile(
    rf"^(?P<names>(?:{_DOTTED_VANCOUVER_NAME},\s)*{_DOTTED_VANCOUVER_NAME})"
    r"\s+(?P<rest>[A-ZÀ-Þ\"“‘].*)$"
)


def names_read_into_title(segments: list[Segment]) -> list[Segment]:
    """ "Stephen P. Osborne," + "Zoe Radnor, Kirsty Strokosch. Co-Production and …" (a
    list of full names in reading order, cut after its first name): the names up to the
    first full stop go back to the authors, when they are people with given names; so do
    Vancouver names after a Vancouver list cut after a comma ("Niclaus E," + "Young Keefe
    J, Kratzer Z. Time banking …"), with or without dots after the initials."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        if nxt.label != "title" or not seg.text.rstrip().endswith(","):
            return segments  # the cheap test first: names cut after a comma
        dotted = _DOTTED_VANCOUVER_LAST_NAME.search(seg.text.strip())
        if dotted or _VANCOUVER_LAST_NAME.search(seg.text.strip()):
            # "Lasker J, …, Niclaus E," + "Young Keefe J, Kratzer Z. Time banking …", or
            # with dotted initials: "Bovaird T., Willis M.," + "Briggs I. Strategic …"
            form = _DOTTED_VANCOUVER_NAMES_THEN_WORDS if dotted else _VANCOUVER_NAMES_THEN_WORDS
            vancouver = form.match(nxt.text)
            if vancouver is None:
                return segments
            return boundary_moved(
                segments, i, f"{seg.text.strip()} {vancouver['names']}", vancouver["rest"]
            )
        if not _READING_NAMES_ENDING.match(seg.text.strip()):
            return segments
        match = _READING_NAMES_THEN_TITLE.match(nxt.text)
        if match is None:
            return segments
        if any(w.lower() in _TITLE_WORDS for w in match["names"].split()):
            return segments  # "The Dead and Their Gifts."
        if not names_people(match["names"]):
            return segments
        return boundary_moved(segments, i, f"{seg.text.strip()} {match['names']}.", match["title"])
    return segments


#: Names in reading order, then a chapter's book after "in" with no chapter title (the
#: Chemical Society of Japan's style): "E. Loeffler, in Trust, risk and uncertainty,".
_READING_NAMES_THEN_BOOK = re.compile(
    r"^(?P<names>(?:[A-Z]\.\s?)+[A-ZÀ-Þ][\w'’-]+(?:,\s+(?:[A-Z]\.\s?)+[A-ZÀ-Þ][\w'’-]+)*),"
    r"\s+(?P<book>in\s+[A-Z0-9].*)$"
)


def names_and_book_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "T. Bovaird," + "E. Loeffler, in Trust, risk and uncertainty," (a chapter cited
    by its book alone) read as the title, maybe cut after an initial ("T. Bovaird, E." +
    "Loeffler, in …") or after the "in" ("P. Jackson, in" + "The Palgrave handbook …"):
    the names go back to the authors and the words after "in" are the book."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        joined = f"{seg.text.strip()} {nxt.text}"
        if nxt.label != "title" or ", in " not in joined:
            return segments
        match = _READING_NAMES_THEN_BOOK.match(joined)
        if match is None:
            return segments
        authors = seg._replace(text=match["names"] + ",")
        book = nxt._replace(label="container-title", text=match["book"])
        return splice(segments, i, 2, authors, book)
    return segments


def title_words_out_of_vancouver_names(segments: list[Segment]) -> list[Segment]:
    """ "Rippon S, Hopkins T. Head," + "hands and heart: …": the words after the full stop
    that ends a Vancouver list's last initials open the title. One name alone ("Bovaird
    T. Beyond") is left as it is unless the title goes on in small letters or the list is
    numbered: it has the shape of a name in reading order ("Derek W. Urwin")."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        match = _VANCOUVER_NAMES_THEN_WORDS.match(seg.text)
        if match is None:
            return segments
        words = match["rest"]
        if not words or len(words) > 40 or "." in words or not words[1:2].islower():
            return segments
        if lexicon_hit("given_names", seg.text.split()[0]):
            return segments  # "Mark C. Suchman": a name in reading order, not "Bovaird T."
        alone = "," not in match["names"] and not segments[i + 1].text[:1].islower()
        numbered = segments[0].label == "citation-number" and words.isalpha()
        if alone and not numbered:
            # "Derek W. Urwin," alone: a name in reading order too; in a numbered list
            # "Bovaird T. Beyond" + "Engagement …" (but not "Edgar S. Cahn:")
            return segments
        title = segments[i + 1]
        return splice(
            segments,
            i,
            2,
            seg._replace(text=match["names"]),
            title._replace(text=f"{words} {title.text}"),
        )
    return segments


#: An author list in reading order that ends with its last name: "… and P. Yu".
_LIST_ENDS_WITH_NAME = re.compile(r"(?:\band|&)\s+(?:[A-Z]\.\s?)+[A-ZÀ-Ý][\w'’-]+$")


def title_out_of_names(segments: list[Segment]) -> list[Segment]:
    """ "M. Han and P. Yu, Normal Forms," + "Melnikov Functions …": after an author list
    in reading order ended by "and" and its last name, a comma part with no initial is
    the title's opening words."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        head, comma, last = seg.text.rstrip(" ,").rpartition(", ")
        if not comma or not _LIST_ENDS_WITH_NAME.search(head):
            return segments
        words = last.split()
        if len(words) < 2 or any(is_initial_word(w) for w in words):
            return segments
        title = segments[i + 1]
        return splice(
            segments,
            i,
            2,
            Segment("author", head + ",", seg.confidence),
            Segment("title", f"{last}, {title.text}", title.confidence),
        )
    return segments


#: A name written as capitals with full stops after a list's comma, two capitals together
#: somewhere (so no initials): "…, A. Montini, CI.VI.VO.".
_ACRONYM_ENDING_NAMES = re.compile(
    r"^(?P<names>.*\w\.?),\s(?P<acronym>(?=[A-Z.]*[A-Z]{2})(?:[A-Z]{1,4}\.){2,})$"
)


def acronym_opening_title_read_into_names(segments: list[Segment]) -> list[Segment]:
    """ "D. Artuso and A. Montini, CI.VI.VO." + "In Rimini: How volunteers …" (a title
    opened by a dotted acronym, then a word in capitals that reads as a chapter's "In"):
    the acronym opens the title, and what follows it is the title too."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        if nxt.label not in ("title", "container-title") or not seg.text.rstrip().endswith("."):
            return segments
        match = _ACRONYM_ENDING_NAMES.match(seg.text.strip())
        if match is None or not names_people(match["names"]):
            return segments
        title = Segment("title", f"{match['acronym']} {nxt.text}", nxt.confidence)
        return splice(segments, i, 2, seg._replace(text=match["names"] + ","), title)
    return segments


#: Vancouver's author list, each family name with its initials in capitals (hyphened
#: for a hyphened given name: "Hillgren P-A"), then the title run into it: "Brown A,
#: Smith B. Co-production. BMJ.".
_VANCOUVER_NAMES_THEN_WORDS = re.compile(
    r"^(?P<names>(?:[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þa-z][\w'’-]+){0,2}\s[A-Z]{1,4}(?:-[A-Z]{1,2})?,\s)*"
    r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þa-z][\w'’-]+){0,2}\s[A-Z]{1,4}(?:-[A-Z]{1,2})?(?:,?\set\sal)?\.)"
    r"\s+(?P<rest>[A-ZÀ-Þ\"“‘].*)$"
)


def title_out_of_vancouver_names(segments: list[Segment]) -> list[Segment]:
    """ "Brown A, Smith B. Co-production. BMJ." read as the authors, before the date or
    the numbers: after the full stop ending a Vancouver author list come the title and,
    after its own full stop, the journal (or the journal alone, when a word such as
    "Lancet." was read as the date)."""
    seg = segments[0]
    match = _VANCOUVER_NAMES_THEN_WORDS.match(seg.text)
    if seg.label != "author" or match is None or len(segments) < 2:
        return segments
    nxt, rest = segments[1], match.group("rest")
    names = Segment("author", match.group("names"), seg.confidence)
    if nxt.label == "date" and not any(ch.isdigit() for ch in nxt.text):
        journal = Segment("journal", nxt.text, nxt.confidence)
        return splice(segments, 0, 2, names, Segment("title", rest, seg.confidence), journal)
    journal_text = SENTENCE_END.split(rest)[-1]
    if journal_text == rest:
        return splice(segments, 0, 1, names, Segment("title", rest, seg.confidence))
    title = Segment("title", rest[: len(rest) - len(journal_text)].rstrip(), seg.confidence)
    journal = Segment("journal", journal_text, seg.confidence)
    return splice(segments, 0, 1, names, title, journal)
