"""Segment rules for editions and series: an edition read into the title, a note or the
publisher, and a series read into the title or the publisher or named as an author."""

from __future__ import annotations

import re

from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs.edits import (
    SMALL_JOINS,
    divided,
    names_a_publisher,
    splice,
    split_matching,
)

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


#: A title ending in its edition in brackets, APA's "(Canto Classics ed.)", "(Rev. ed.)",
#: Karger's "(ed 2)", Spanish "(2.ª edición)": words and no comma before the edition
#: word (a comma makes "(J. Smith, Ed.)" editors).
_TITLE_THEN_BRACKETED_EDITION = re.compile(
    r"^(?P<title>.*\w\W*?)\s*(?P<edition>\((?:[^(),]*[\w.]\s+"
    r"(?:ed|edn|edition|Aufl|éd|edición|edição|edizione|édition|wyd|izd)\.?"
    r"|(?:ed|edn)\.?\s\d{1,2})\)[.,]?)$",
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


#: An edition printed at the title's end with no "ed.": "…, 30th anniversary expanded,",
#: "…. 2nd revised.".
_EDITION_ENDING_TITLE = re.compile(
    r"^(?P<title>.*[^\W\d_].*?)[,.]\s+(?P<edition>\d+(?:st|nd|rd|th|e|ème)\s+"
    r"(?:[a-z]+\s+){0,3}(?:anniversary|expanded|revised|updated|augmented|enlarged)[.,]?)$"
)

#: The edition's mark read into the publisher after it: "ed. Russell Sage Foundation,".
_EDITION_MARK_OPENING = re.compile(r"^(?P<mark>(?:ed|edn)\.)\s+(?P<rest>[A-Z].*)$")


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
