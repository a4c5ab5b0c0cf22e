"""Segment rules for bodies as authors: a body's name read into the title or as a
publisher, printed twice, or before a colon, a year or a note."""

from __future__ import annotations

import re

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.names import (
    parse_name_list,
)
from coprod_refs.parse.repairs.books import split_container_after_quoted_title
from coprod_refs.parse.repairs.edits import (
    SMALL_JOINS,
    WORDS_OF_TITLE,
    boundary_moved,
    cut_by_groups,
    divided,
    matching,
    names_body,
    splice,
)
from coprod_refs.text.characters import OPENING_QUOTES


def body_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "Organisation for Economic Co-operation and Development. (2011). Together for
    better public services." read as title, date, title: in a reference with no author
    or editor, a title right before the date with another title after it is the
    author, a body; so is a journal or container there whose words name a body ("New
    Economics Foundation (2008) Co-production: a manifesto …")."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) < first + 3 or segments[first].label not in _BODY_AS_WORK:
        return segments
    if segments[first].label != "title" and not names_body(segments[first].text):
        return segments
    labels = [s.label for s in segments]
    # "Organisation for ... Development [OECD]. (2017).": its abbreviation may follow.
    acronym = labels[first + 1] == "author" and _ACRONYM.match(segments[first + 1].text)
    count = 2 if acronym else 1
    rest = labels[first + count :]
    if rest[:1] != ["date"] or "title" not in rest or {"author", "editor"} & set(rest):
        return segments
    body = segments[first : first + count]
    text = " ".join(s.text for s in body)
    return splice(segments, first, count, Segment("author", text, body[0].confidence))


#: A web page's note after its body's name: an optional year, then the title up to its
#: bracketed medium or its full stop, then the rest: "2009. The Prize in Economic
#: Sciences 2009: Press Release [Online]. NobelPrize.org: 2009.".
_YEAR_TITLE_THEN_NOTE = re.compile(
    r"^(?:(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.\s+)?"
    r"(?P<title>[A-Z\"“‘][^\[]*?[\w)?!”\"’])(?P<rest>\s+\[.*|\.\s+\S.*|\.)$"
)


#: A body's name closed by a colon, then the title: "Cooperative Party: Public services
#: in our interests," (German and materials-science lists print names so).
_BODY_COLON_TITLE = re.compile(r"^(?P<body>[A-Z][^:,.]{2,60}?):\s+(?P<title>\S.*\s\S.*)$")


def body_before_colon_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "Cooperative Party: Public services in our interests," read as one title, in a
    reference with no author or editor: a body's name in capitals before the colon
    opening it is the author."""
    first = 1 if segments[0].label == "citation-number" else 0
    seg = segments[first]
    if seg.label != "title" or ": " not in seg.text[:64]:
        return segments  # the cheap test first: a colon near the start
    match = _BODY_COLON_TITLE.match(seg.text)
    if match is None or not match["title"][:1].isupper() or not names_body(match["body"]):
        return segments  # "Centre Pompidou: an occasional series …" is a title
    words = match["body"].split()
    if len(words) > 8 or not all(w[0].isupper() or w in _BODY_JOINERS for w in words):
        return segments  # "Reforming the civil service: …" is a title
    pieces = [("author", "body"), ("title", "title")]
    return cut_by_groups(segments, first, match, *pieces)


#: The small words inside a body's name: "Institute for Excellence", "Party of Wales".
_BODY_JOINERS = frozenset(("for", "of", "and", "on", "the", "&", "in", "de", "du", "für"))


def body_and_title_read_as_title_and_note(segments: list[Segment]) -> list[Segment]:
    """ "The Royal Swedish Academy of Sciences." + "The Prize in Economic Sciences 2009:
    Press Release [Online]. NobelPrize.org: 2009." read as title and note, in a
    reference with no author and no other title: a body's name opening it is the author,
    and the note's first sentence (after its year) the title."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) < first + 2:
        return segments
    body, note = segments[first], segments[first + 1]
    if body.label != "title" or note.label != "note" or not names_body(body.text):
        return segments
    if len(body.text.split()) > 8 or any(s.label == "title" for s in segments[first + 1 :]):
        return segments
    match = _YEAR_TITLE_THEN_NOTE.match(note.text)
    if match is None or len(WORDS_OF_TITLE.findall(match["title"])) < 2:
        return segments
    pieces = [body._replace(label="author")]
    if match["year"]:
        pieces.append(note._replace(label="date", text=match["year"] + "."))
    pieces.append(note._replace(label="title", text=match["title"]))
    if match["rest"].strip(" ."):
        pieces.append(note._replace(text=match["rest"].lstrip(" .")))
    return splice(segments, first, 2, *pieces)


_ACRONYM = re.compile(r"^[\[(][A-Z][A-Za-z&-]{1,11}[\])][.,]?$")

#: Labels a body opening an authorless reference is read as.
_BODY_AS_WORK = frozenset(("title", "journal", "container-title"))


#: A body's name, every word capitalised but its joining words, as the first sentence
#: of a title: "Coalition for Collaborative Care." + "Co-production model."
_BODY_SENTENCE = re.compile(
    r"^(?P<body>[A-Z][\w'’&-]*(?:\s+(?:(?:for|of|and|on|the|in|&)\s+)*[A-Z][\w'’&-]*){0,7}\.)"
    r"\s+(?P<title>[A-Z\"“‘].{2,})$"
)


def body_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "Coalition for Collaborative Care. Co-production model. 2016." read as one title,
    in a reference with no author or editor: its first sentence, a body's name in
    capitals with a word that heads bodies' names, is the author."""
    if any(s.label in ("author", "editor") for s in segments):
        return segments
    found = matching(segments, "title", _BODY_SENTENCE)
    if found is None:
        return segments
    i, match = found
    if i > 1 or (i == 1 and segments[0].label != "citation-number"):
        return segments
    if not names_body(match.group("body")):
        return segments
    return divided(segments, i, ("author", match.group("body")), ("title", match.group("title")))


def author_named_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "NHS England. … London: NHS" + "England, 2014." with the body's last word read
    as a place: a publisher and the place right after it that together spell the
    author's name are the publisher."""
    author = next((s for s in segments if s.label == "author"), None)
    if author is None:
        return segments
    name = _WORDS_OF_NAME.findall(author.text.lower())
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label == "publisher" and nxt.label == "location":
            joined = _WORDS_OF_NAME.findall(f"{seg.text} {nxt.text}".lower())
            if joined == name:
                return splice(
                    segments, i, 2, Segment("publisher", f"{seg.text} {nxt.text}", seg.confidence)
                )
    return segments


_WORDS_OF_NAME = re.compile(r"\w+")


#: Articles that open a title inside what reads as a body's name ("… Sciences The Prize
#: in …"), which goes on in small letters ("Academy of the Sciences").
_ARTICLES = frozenset("The A An Le La Les Der Die Das El Il".split())
#: A body's name and a year opening a title: "The Royal Swedish Academy of Sciences,
#: 2009. The Prize in …", AAA's "National Institute for Health and Care Research 2021
#: Public Involvement …", "European CAF Resource Centre 2013: Improving …".
_BODY_YEAR_TITLE = re.compile(
    r"^(?P<body>[A-Z][^.:;()]{1,100}?)[.,]?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?:?"
    r"|\((?:1[5-9]|20)\d\d[a-z]?(?:,\s[^()]{1,25})?\)[:,]?)\.?\s+"
    r"(?P<title>[A-ZÀ-Ý“\"‘«].*)$"
)


def body_and_year_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "The Royal Swedish Academy of Sciences, 2009. The Prize in Economic Sciences" (or
    "… Sciences (2009, October 12) The Prize …") read as one title (or cut inside the
    body's name: "Social Care" + "Institute for Excellence 2013 Co-Production …"), in a
    reference with no date: a body's name and a year opening the title are the author and
    the date, and the words after a quoted title left the container."""
    first = 1 if segments[0].label == "citation-number" else 0
    taken = 1
    if segments[first].label == "author" and first + 1 < len(segments):
        taken = 2
    if segments[first + taken - 1].label != "title":
        return segments
    joined = " ".join(s.text.strip() for s in segments[first : first + taken])
    match = _BODY_YEAR_TITLE.match(joined)
    if match is None or not all(w[:1].isupper() or w in SMALL_JOINS for w in match["body"].split()):
        return segments  # "Prevention of illicit traffic …, Workshop": no body's name
    body = match["body"]
    if match["year"].endswith(":") and not (names_body(body) or body.isupper() or " " not in body):
        return segments  # "The Prize in Economic Sciences 2009: Press Release": a title
    if any(word in _ARTICLES for word in match["body"].split()[1:]):
        return segments  # "… Academy of Sciences" + "The Prize in Economic Sciences 2009: …"
    names = parse_name_list(match["body"]).names
    if len(names) != 1 or not names[0].is_body:
        return segments
    confidence = min(s.confidence for s in segments[first : first + taken])
    found = splice(
        segments,
        first,
        taken,
        Segment("author", match["body"], confidence),
        Segment("date", match["year"], confidence),
        Segment("title", match["title"], confidence),
    )
    # "‘The Prize …’, NobelPrize.org.": the words after a quoted title are its container
    return split_container_after_quoted_title(found)


#: A body's name, then the same words again after a comma: "OECD, OECD", "ISO, ISO".
_BODY_REPEATED = re.compile(r"^(?P<body>[^,]{2,80}),\s+(?P=body)$")


def repeated_body_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "OECD, OECD" + "Employment Outlook 2019: …" (a body's report whose title opens
    with the body's name, as "OECD Employment Outlook"): the repeated name opens the
    title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        match = _BODY_REPEATED.match(seg.text.strip()) if nxt.label == "title" else None
        if match is None or nxt.text[:1] in OPENING_QUOTES:
            return segments  # "Ruhazi, Ruhazi" + "“Edo Aja …”": a person's two names
        body = match["body"]
        return boundary_moved(segments, i, f"{body},", f"{body} {nxt.text}")
    return segments


#: A body's name and a comma opening a title: "Welsh Government, Improving public
#: services for people in Wales", as numbered styles print a body's report, or a colon
#: before a quoted title, as German styles do: "Cooperative Party: „Public services …".
_BODY_COMMA_TITLE = re.compile(
    r"^(?P<body>[A-Z][^.,:;()]{1,80}?)(?:,\s+(?=[A-ZÀ-Ý“\"‘«„])|:\s+(?=[„“\"‘«]))"
)


def body_and_comma_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "[22]" + "Cooperative Party, Public services in our interests," or "Cooperative
    Party: „Public services in our interests“" read as one title, in a reference with no
    author: a body's name (a word that heads bodies' names, every word capitalised)
    before the title's first comma, or its colon and quote, is the author."""
    first = 1 if segments[0].label == "citation-number" else 0
    if first >= len(segments) or segments[first].label != "title":
        return segments
    match = _BODY_COMMA_TITLE.match(segments[first].text)
    if match is None or not names_body(match["body"]):
        return segments
    words = match["body"].split()
    if len(words) > 8 or not all(w[:1].isupper() or w in SMALL_JOINS for w in words):
        return segments
    names = parse_name_list(match["body"]).names
    if len(names) != 1 or not names[0].is_body:
        return segments
    title = segments[first].text[match.end() :]
    return divided(segments, first, ("author", match["body"]), ("title", title))


#: The rest of a body's name opening the title, up to its full stop or comma: "Institute
#: for Excellence. Co-production in Social Care", "CAF Resource Centre. Improving …",
#: "Institute for Excellence, Co-Production in …"; or the whole title ("Institute for
#: Excellence.", before the date).
_BODY_END_THEN_TITLE = re.compile(
    r"^(?P<rest>[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|of|for|and|the|on|in|de|du|des|für)){0,6}[.,])"
    r"(?:\s+(?P<title>[A-Z0-9\"“‘«„].*))?$"
)


def body_cut_before_title(segments: list[Segment]) -> list[Segment]:
    """ "Social Care" + "Institute for Excellence. Co-production in Social Care: …" (a
    body's name cut in the middle, no stop after its first words): the capitalised words
    of the title's first sentence (or of its first comma part) go on with the author when
    together they name a body; so does a title of such words alone before the date and
    another title ("Social Care" + "Institute for Excellence." + "(2022, July)." + "…")."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) < first + 2 or segments[first].label != "author":
        return segments
    head, title = segments[first], segments[first + 1]
    words = head.text.split()
    if title.label != "title" or not 1 <= len(words) <= 4 or not head.text[-1:].isalpha():
        return segments
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return segments  # a cut name only, no initials, commas or numbers
    match = _BODY_END_THEN_TITLE.match(title.text)
    if match is None or not names_body(match["rest"]):
        return segments
    if match["title"] is None:
        after = [s.label for s in segments[first + 2 : first + 4]]
        if after != ["date", "title"] or match["rest"][-1] != ".":
            return segments
        return splice(segments, first, 2, head._replace(text=f"{head.text} {match['rest']}"))
    return boundary_moved(segments, first, f"{head.text} {match['rest']}", match["title"])


#: One capitalised word and its full stop opening the title, then the title: "Spice.
#: Spending time credits".
_ONE_WORD_THEN_TITLE = re.compile(
    r"^(?P<body>[A-Z][A-Za-z&-]{2,30})\.\s+(?P<title>[A-Z]\S*\s+\S.*)$"
)
#: Words that open a title with a full stop of their own and name no body.
_TITLE_OPENERS = frozenset(
    """abstract addendum afterword annex appendix chapter commentary comment conclusion
    conclusions correspondence corrigendum editorial epilogue erratum foreword glossary
    index interview introduction letter letters note notes obituary overview part postscript
    preface prologue reply response review summary supplement""".split()
)


def one_word_body_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "66." + "Spice. Spending time credits" + "2018." (a body named by one word), in a
    reference with no author or editor: the word before the title's first full stop is
    the author, unless it is a word titles open with ("Editorial. …")."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) < first + 2 or segments[first].label != "title":
        return segments
    match = _ONE_WORD_THEN_TITLE.match(segments[first].text)
    if match is None or match["body"].lower() in _TITLE_OPENERS:
        return segments
    return divided(segments, first, ("author", match["body"] + "."), ("title", match["title"]))
