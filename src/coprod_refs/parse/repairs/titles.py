"""Segment rules for titles, genres and notes: a title read as a date, an author, a
note or a publisher, a genre or report descriptor inside a title, and a title cut short."""

from __future__ import annotations

import re

from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import (
    places_last,
)
from coprod_refs.parse.repairs.edits import (
    NAME_LINKS,
    OPEN_ENDINGS,
    PART_BREAK,
    SENTENCE_END,
    WORDS_OF_TITLE,
    boundary_moved,
    cut_by_groups,
    divided,
    matching,
    names_a_publisher,
    splice,
    split_matching,
)

_TRAILING_PAREN = re.compile(r"\s*(?:\(([^()]{2,60})\)|\[([^\[\]]{2,60})\])\s*[.,]?$")


#: APA's report: "Title (Community Development Report). Federal Reserve Bank of St. Louis."
_GENRE_BRACKET_THEN_NAME = re.compile(
    r"^(?P<title>.*\S)\s*\((?P<genre>[^()]{2,60})\)\.\s+(?P<name>[A-Z][^()]{2,80}?)\.?$"
)


def split_genre_from_title(seg: Segment, *, publisher_known: bool) -> list[Segment]:
    """ "Title. Governance International Case Study." -> title + genre; "Title (Guide)",
    "Title [Unpublished manuscript]", "Title (GAO-19-123)" and, named in capitals after a
    comma, "Title, Briefing Note for Welsh Government" too; in a reference that names no
    publisher, APA's "Title (Community Development Report). Federal Reserve Bank of St.
    Louis." -> title + genre + publisher."""
    text = seg.text.rstrip()
    report = None if publisher_known or ")." not in text else _GENRE_BRACKET_THEN_NAME.match(text)
    if report and fields.looks_like_genre(report["genre"]):
        words = report["name"].split()
        if len(words) <= 10 and all(w[:1].isupper() or w in NAME_LINKS for w in words):
            return [
                Segment("title", report["title"], seg.confidence),
                Segment("genre", report["genre"], seg.confidence),
                Segment("publisher", report["name"], seg.confidence),
            ]
    paren = _TRAILING_PAREN.search(text)
    if paren and text[: paren.start()].strip():
        inside = paren.group(1) or paren.group(2)
        if fields.looks_like_genre(inside) or fields.is_report_number(inside):
            return [
                Segment("title", text[: paren.start()], seg.confidence),
                Segment("genre", inside, seg.confidence),
            ]
    parts = SENTENCE_END.split(text)
    if len(parts) > 1:
        tail = parts[-1]
        if (
            len(tail.split()) <= 8
            and fields.looks_like_genre(tail)
            and not fields.names_subject(tail)
        ):
            head = text[: len(text) - len(tail)].rstrip()
            label = "container-title" if fields.is_blog(tail) else "genre"
            return [Segment("title", head, seg.confidence), Segment(label, tail, seg.confidence)]
        imprint = places_last(tail.rstrip(" .")) if len(parts) > 2 else None
        genre = parts[-2]
        if imprint and len(genre.split()) <= 8 and fields.names_report_kind(genre):
            # "Title. Governance International Case Study. Governance International,
            # Birmingham.": the report's kind, then its publisher and place
            head = text[: text.rfind(genre, 0, len(text) - len(tail))].rstrip()
            return [
                Segment("title", head, seg.confidence),
                Segment("genre", genre.rstrip(), seg.confidence),
                Segment("publisher", imprint[1] + ",", seg.confidence),
                Segment("location", imprint[0], seg.confidence),
            ]
    head, comma, tail = text.rpartition(", ")
    words = tail.rstrip(" .,").split()
    if (
        comma
        and 2 <= len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in NAME_LINKS for w in words[:-1])
        and (words[-1][:1].isupper() or words[-1].isdigit())  # "SCIE Guide 47"
        and fields.names_report_kind(tail)
    ):  # "…, Governance International Case Study.", "…, Briefing Note for Welsh Government."
        return [Segment("title", head, seg.confidence), Segment("genre", tail, seg.confidence)]
    return [seg]


_DATE_THEN_WORDS = re.compile(r"^(\([^()]{1,30}\)[.,:]?)\s+(\S.{2,})$")


def title_out_of_date(segments: list[Segment]) -> list[Segment]:
    """ "(n.d.). Co-production star." read as the date, in a reference with no title:
    the words after the bracketed date are the title."""
    if any(s.label == "title" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "date" or seg.text[:1] != "(" or " " not in seg.text:
            continue
        match = _DATE_THEN_WORDS.match(seg.text)
        if match and any(c.isalpha() for c in match.group(2)):
            return divided(segments, i, ("date", match.group(1)), ("title", match.group(2)))
    return segments


#: A genre descriptor in brackets at the end of a genre segment: "(PhD thesis)".
_BRACKETED_GENRE = re.compile(r"^(?P<words>[^()]*[^\s()])\s+(?P<genre>\([^()]+\)[.,;:]?)$")


def title_words_out_of_genre(segments: list[Segment]) -> list[Segment]:
    """ "… challenges to the Swedish welfare" + "state (PhD thesis).": the words before a
    bracketed descriptor read as the genre end the title before it."""
    for i, seg in enumerate(segments[1:], start=1):
        prev = segments[i - 1]
        if seg.label != "genre" or prev.label != "title" or not seg.text[:1].islower():
            continue
        match = _BRACKETED_GENRE.match(seg.text)
        if match:
            title = Segment("title", f"{prev.text} {match.group('words')}", prev.confidence)
            genre = Segment("genre", match.group("genre"), seg.confidence)
            return splice(segments, i - 1, 2, title, genre)
    return segments


#: APA's report: the title, its kind in brackets, then the publisher, all read as the
#: title: "… Economic Mobility (Community Development Report). Federal Reserve Bank of St.
#: Louis.".
_TITLE_GENRE_PUBLISHER = re.compile(
    r"^(?P<title>.*\S)\s+(?P<genre>\([^()]{3,80}\))[.,]\s+(?P<publisher>[A-Z][^()]{2,100}?[.,]?)$"
)


def report_kind_and_publisher_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Title (Community Development Report). Federal Reserve Bank of St. Louis." or
    "Title (Governance International Case Study), Governance International," before the
    place, read as one title, in a reference with no publisher or container: the bracket
    names the report's kind, and the body after it is the publisher."""
    for i, seg in enumerate(segments):
        if seg.label != "title" or ("). " not in seg.text and "), " not in seg.text):
            continue
        match = _TITLE_GENRE_PUBLISHER.match(seg.text)
        if match is None or not fields.looks_like_genre(match["genre"]):
            return segments
        place_next = i + 1 < len(segments) and segments[i + 1].label == "location"
        if len(match["publisher"].split()) > 10 or not (
            place_next or names_a_publisher(match["publisher"])
        ):
            return segments
        pieces = [("title", "title"), ("genre", "genre"), ("publisher", "publisher")]
        return cut_by_groups(segments, i, match, *pieces)
    return segments


#: The end of a segment's first comma part or sentence: "Case Study, ", "Guide 47. ".
_FIRST_PART = re.compile(rf"{PART_BREAK}(?=[A-Z])")


def genre_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Governance International Case Study, Governance International," or Chicago's
    "SCIE Guide 47. SCIE." read as the publisher: a first comma part or sentence that
    describes a report's kind is the genre (a thesis's descriptor has a rule of its
    own)."""
    for i, seg in enumerate(segments):
        if seg.label != "publisher":
            continue
        if ", " not in seg.text and ". " not in seg.text:
            return segments
        cut = _FIRST_PART.search(seg.text)
        if cut is None:
            return segments
        genre, rest = seg.text[: cut.end()].rstrip(), seg.text[cut.end() :]
        if (
            fields.names_report_kind(genre)
            and " by " not in genre  # "Memo by Carol Browner.": a note naming its writer
            and rest.strip(" ,.")
            and not fields.looks_like_genre(rest)
        ):
            return divided(segments, i, ("genre", genre), ("publisher", rest))
        return segments
    return segments


#: A title run into the access note after it: "Ladder of co-production: accessed
#: November 15, 2018 at".
_TITLE_THEN_ACCESS = re.compile(
    r"^(?P<title>\S+\s.*?[\w)?!”\"’][.:,]?)\s+"
    r"(?P<note>(?:[Aa]ccessed|[Rr]etrieved|[Vv]iewed|[Cc]onsulted|[Vv]isited)\b.*)$"
)


def title_read_as_note(segments: list[Segment]) -> list[Segment]:
    """ "Cooperative Party, 2019, Public services in our interests <https://…> accessed
    29.03.2019." with the title read as a note before the link (or ending the reference),
    in a reference with no title: a note that opens no access phrase, right after the
    date, is the title."""
    for i in range(1, len(segments)):
        seg = segments[i]
        if seg.label != "note" or segments[i - 1].label != "date":
            continue
        last = i == len(segments) - 1
        if not (last or segments[i + 1].label == "url") or not _note_reads_as_title(seg.text):
            return segments
        if last and (
            fields.looks_like_genre(seg.text)
            or seg.text[:4].lower() in ("http", "www.")
            or any(c.isdigit() or c in ",[(" for c in seg.text)
            or SENTENCE_END.search(seg.text)
        ):
            # "2019. Unpublished manuscript.": what it is, not its title; "… mainstream.
            # Nesta.", "… mainstream, London, Nesta" or "…, The Spokesman-Review,
            # 13.10.2009.": more than a title
            return segments
        if " in: " in seg.text:
            return segments  # "Title, in: Newspaper,": a title with its container
        if " [" in seg.text:  # "Title [WWW Document]. SCIE", "Title [2019],": it ends there
            head, _, rest = seg.text.partition(" [")
            pieces = [seg._replace(label="title", text=head), seg._replace(text=f"[{rest}")]
            return splice(segments, i, 1, *pieces)
        return splice(segments, i, 1, seg._replace(label="title"))
    return segments


def _note_reads_as_title(text: str) -> bool:
    """Whether a note's words may be a title: two words or more, opening with neither a
    bracket ("[cited 2019 Nov 30] Available from:", "<a") nor an access phrase ("Accessed
    November 30, 2019."), and not leading to a link ("Online at", "Adresse :")."""
    return (
        text[:1].isalnum()
        and len(WORDS_OF_TITLE.findall(text)) >= 2
        and not fields.ends_leading_to_link(text)
        and not fields.opens_with_access(text)
    )


#: What may follow a title read as a note after the authors.
_AFTER_TITLE_NOTE = frozenset(("genre", "location", "publisher", "date"))


def title_read_as_note_after_names(segments: list[Segment]) -> list[Segment]:
    """ "123. Eijk C van." + "Engagement of Citizens … of Public Services" + "[PhD
    thesis]." in a reference with no title: a note of three words or more opening with
    a capital, right after the authors and before a genre, the imprint or the date, is
    the title."""
    for i in range(1, len(segments) - 1):
        seg = segments[i]
        if seg.label != "note":
            continue
        if segments[i - 1].label != "author" or segments[i + 1].label not in _AFTER_TITLE_NOTE:
            return segments
        if not seg.text[:1].isupper() or len(WORDS_OF_TITLE.findall(seg.text)) < 3:
            return segments  # "to be presented at THERMEC 97": a note
        if not _note_reads_as_title(seg.text):
            return segments
        return splice(segments, i, 1, seg._replace(label="title"))
    return segments


def title_out_of_access_note(segments: list[Segment]) -> list[Segment]:
    """ "Public services in our interests: accessed March 29, 2019 at" read as one note,
    in a reference with no title: the words before the access phrase are the title; and
    "Cooperative Party 2019, Public services in our interests, viewed 29 March 2019," in
    one with no author or date either (Australian Harvard) opens with both."""
    found = matching(segments, "note", _TITLE_THEN_ACCESS)
    if found is None:
        return segments
    i, match = found
    title = match["title"]
    if len(WORDS_OF_TITLE.findall(title)) < 2 or _PUBLICATION_NOTE.match(title):
        return segments  # "Published 2019.": when, not what
    if _YEAR_IN_TEXT.search(title) is None:
        return cut_by_groups(segments, i, match, ("title", "title"), ("note", "note"))
    opened = _NAME_YEAR_TITLE.match(title)
    if opened is None or {"author", "date"} & {s.label for s in segments}:
        return segments
    pieces = [
        Segment("author", opened["name"], segments[i].confidence),
        Segment("date", opened["year"], segments[i].confidence),
        Segment("title", opened["title"], segments[i].confidence),
        Segment("note", match["note"], segments[i].confidence),
    ]
    return splice(segments, i, 1, *pieces)


#: When a web page was published or changed, not its title: "Published 2019.".
_PUBLICATION_NOTE = re.compile(r"^(?i:published|posted|updated|last\s+updated|modified)\b")

_YEAR_IN_TEXT = re.compile(r"\b(?:1[5-9]|20)\d\d\b")

#: A name, the year and the title: "Cooperative Party 2019, Public services in our
#: interests,".
_NAME_YEAR_TITLE = re.compile(
    r"^(?P<name>[A-Z][^,]*?\S)\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?),\s+(?P<title>\S.*)$"
)


def genre_out_of_note(segments: list[Segment]) -> list[Segment]:
    """ "(Unpublished doctoral dissertation).", "Thesis", "Unpublished manuscript." or
    "[Working paper]" read as a note, in a reference with no genre: a short thesis or
    manuscript descriptor, or a bracketed report descriptor, is the genre; so is such a
    descriptor in brackets opening a longer note ("(Master's thesis). Retrieved from …")."""
    if any(s.label == "genre" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if (
            seg.label == "note"
            and len(seg.text.split()) <= 5
            and (
                fields.is_thesis(seg.text)
                or fields.is_manuscript(seg.text)
                or (
                    seg.text[:1] in "(["
                    and seg.text[1:2].isupper()
                    and fields.looks_like_genre(seg.text)
                )
            )
            and not fields.is_conference(seg.text)
            and not fields.mentions_access(seg.text)
        ):
            return splice(segments, i, 1, Segment("genre", seg.text, seg.confidence))
        lead = _LEADING_BRACKET.match(seg.text) if seg.label == "note" else None
        if lead and _describes_work(lead.group("inside")):
            rest = seg.text[lead.end() :]
            return divided(segments, i, ("genre", lead.group(0).rstrip()), ("note", rest))
    return segments


#: A bracket opening a longer note: "(Master's thesis). Retrieved from ProQuest …".
_LEADING_BRACKET = re.compile(r"^[(\[](?P<inside>[^()\[\]]{2,60})[)\]][.,]?\s+(?=\S)")


def _describes_work(text: str) -> bool:
    """Whether `text` describes what kind of work a reference is: a thesis, a manuscript,
    a report ("Master's thesis", "Working paper 12"), not a conference."""
    return (
        fields.is_thesis(text) or fields.is_manuscript(text) or fields.looks_like_genre(text)
    ) and not fields.is_conference(text)


#: A title run into the edition after it: "New Public Management, 5. Aufl.".
_TITLE_THEN_EDITION = re.compile(
    r"^(?P<title>.*[^\W\d_].*?)[,.]\s+(?P<edition>\d+(?:\.|st|nd|rd|th|e|ème)?\s*"
    r"(?:Aufl|aufl|ed|edn|edition|éd|overarb|ed\.\s*rev)\b.*)$"
)


def title_out_of_edition(segments: list[Segment]) -> list[Segment]:
    """ "New Public Management, 5. Aufl." read as the edition, in a reference with no
    title: the words before the edition number are the title."""
    if any(s.label == "title" for s in segments):
        return segments
    return split_matching(
        segments, "edition", _TITLE_THEN_EDITION, ("title", "title"), ("edition", "edition")
    )


def _words_back_to_title(segments: list[Segment], i: int, count: int) -> list[Segment]:
    """`segments` with the first `count` words of the segment after the title at `i`
    moved to the end of the title."""
    title, nxt = segments[i], segments[i + 1]
    words = nxt.text.split()
    return splice(
        segments,
        i,
        2,
        Segment("title", " ".join((title.text, *words[:count])), title.confidence),
        Segment(nxt.label, " ".join(words[count:]), nxt.confidence),
    )


#: Labels whose segment may wrongly hold the end of a bracket a title opened.
_AFTER_TITLE = frozenset(("journal", "container-title", "publisher", "location", "note"))


def bracket_closed_after_title(segments: list[Segment]) -> list[Segment]:
    """ "… de la grotte de la Vache (commune d'Alliat," + "Ariège), Bulletin de la Société
    préhistorique française,": a bracket the title opens, closed within the first words of
    the segment after it, belongs to the title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title" or seg.text.count("(") <= seg.text.count(")"):
            continue
        nxt = segments[i + 1]
        if nxt.label not in _AFTER_TITLE:
            return segments
        words = nxt.text.split()
        for k, word in enumerate(words[: min(6, len(words) - 1)]):
            if "(" in word:
                return segments
            if ")" in word:
                return _words_back_to_title(segments, i, k + 1)
        return segments
    return segments


#: Words a title cannot end with: it goes on in the segment after it.
_TITLE_OPEN_ENDINGS = OPEN_ENDINGS - {"in", "at"}


def title_cut_short(segments: list[Segment]) -> list[Segment]:
    """ "… in the eastern Puget Lowland of" + "Washington: Geological Society of America
    Bulletin,": a title ending in "of" or "the" goes on in the journal or container after
    it, up to the first word that ends in punctuation."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        nxt = segments[i + 1]
        if nxt.label not in ("journal", "container-title"):
            return segments
        if seg.text.split()[-1].lower() not in _TITLE_OPEN_ENDINGS:
            return segments
        words = nxt.text.split()
        for k, word in enumerate(words[:-1]):
            if word[-1] in ".,:;?!":
                return _words_back_to_title(segments, i, k + 1)
        return segments
    return segments


#: The host's mark at a title's end, after a comma, a stop or a dash: ", in:", ". – In:",
#: " dans :".
_HOST_MARK_AT_END = re.compile(r"(?<=[\w)\]\"”’?!.,–—])\s+(?P<mark>(?i:in|dans|en|im)\s?:)$")


def host_mark_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "The recovery of civism in public administration, in:" + "Public Administration
    Review": the mark that leads to the journal or book ("in:", "dans :") opens it and is
    no part of the title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title" or not seg.text.endswith(":"):
            continue
        if segments[i + 1].label not in ("journal", "container-title", "editor"):
            return segments
        mark = _HOST_MARK_AT_END.search(seg.text)
        if mark is None or not seg.text[: mark.start()].rstrip(",. "):
            return segments
        nxt = segments[i + 1].text
        return boundary_moved(segments, i, seg.text[: mark.start()], f"{mark['mark']} {nxt}")
    return segments


def title_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Wilensky, U. (1999). NetLogo. http://… Center for Connected Learning, …" with
    "NetLogo." read as a publisher: in a reference with no title, journal or container,
    a publisher right after the date with another publisher or a place later is the
    title."""
    labels = [s.label for s in segments]
    if {"title", "journal", "container-title"} & set(labels) or "date" not in labels:
        return segments
    at = labels.index("date") + 1
    if labels[at : at + 1] != ["publisher"]:
        return segments
    if not {"publisher", "location"} & set(labels[at + 1 :]):
        return segments
    return splice(segments, at, 1, Segment("title", segments[at].text, segments[at].confidence))


#: A publisher's name, then the language the work is in, in brackets: "Nauka. [In
#: Russian]", "Magnes. (in Hebrew)".
_PUBLISHER_THEN_LANGUAGE = re.compile(
    r"^(?P<publisher>.*[^\W\d_][.,)]?)\s+"
    r"(?P<language>[(\[](?i:in|en|auf|на)\s+[A-ZА-Я][^\W\d_]+[)\]][.,]?)$"
)


def language_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Nauka. [In Russian]" read as the publisher: the language in brackets is a note."""
    return split_matching(
        segments,
        "publisher",
        _PUBLISHER_THEN_LANGUAGE,
        ("publisher", "publisher"),
        ("note", "language"),
    )


#: A website's name: its domain written as a name ("NobelPrize.org", "Gov.uk").
_DOMAIN_ENDINGS = r"(?:org|com|net|gov|edu|int|eu|info|io)"
_WEBSITE = rf"[A-Z][\w-]*\.{_DOMAIN_ENDINGS}(?:\.[a-z]{{2}})?"
#: … ending a title after its full stop, maybe with the year after it: ". NobelPrize.org.",
#: ". NobelPrize.org 2009.".
_WEBSITE_ENDING_TITLE = re.compile(
    rf"^(?P<title>.*\w[\W]*?[.?!,])\s+(?P<site>{_WEBSITE})"
    r"(?:,?\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?))?[.,]?$"
)
_WEBSITE_ALONE = re.compile(rf"{_WEBSITE}[.,]?")
_DOMAIN_ENDING = re.compile(rf"\.{_DOMAIN_ENDINGS}\b")


def website_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "The Prize in Economic Sciences 2009: Press Release. NobelPrize.org." (or "…
    NobelPrize.org 2009.") read as the title, in a reference with no container: the
    website named by its domain after the title's last stop is the container, and a year
    after it the date when there is none; so is such a name read as the publisher."""
    for i, seg in enumerate(segments):
        if seg.label == "publisher" and _WEBSITE_ALONE.fullmatch(seg.text.strip()):
            return splice(segments, i, 1, seg._replace(label="container-title"))
        if seg.label != "title" or not _DOMAIN_ENDING.search(seg.text, len(seg.text) - 30):
            continue  # the cheap test first: a domain's ending near the end
        match = _WEBSITE_ENDING_TITLE.match(seg.text.strip())
        if match is None or len(match["title"].split()) < 2:
            continue
        site = Segment("container-title", match["site"], seg.confidence)
        pieces = [seg._replace(text=match["title"]), site]
        if match["year"] and not any(s.label == "date" for s in segments):
            pieces.append(Segment("date", match["year"], seg.confidence))
        return splice(segments, i, 1, *pieces)
    return segments
