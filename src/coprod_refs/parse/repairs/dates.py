"""Segment rules for dates, access notes and links: a year read into a name, a title
or a volume, an access date read as a name, and the date of a talk or a newspaper."""

from __future__ import annotations

import re

from coprod_refs.parse import fields
from coprod_refs.parse.features import lexicon_hit
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs.edits import (
    AFTER_IMPRINT,
    CAPITALISED_NAME,
    ISSUE_ALONE,
    MONTH_WORD,
    NUMBER_RANGE,
    PAGES_THEN_YEAR,
    SENTENCE_END,
    YEAR_COLON_PAGES,
    YEAR_ONLY,
    YEAR_OPENING_VOLUME,
    cut_by_groups,
    divided,
    letters,
    splice,
    split_matching,
)

#: "… public services. Paper presented at the Annual": a title, then the start of the
#: meeting a paper, poster or talk was given at.
_PRESENTED_AT = re.compile(
    r"^(?P<title>.*?\w.*?[.?!][’”\"]?)\s+(?P<meeting>(?:(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:[Pp]aper|[Pp]oster|[Tt]alk|[Pp]resentation|[Ss]ession|[Aa]ddress|[Ll]ecture)\s+)?"
    r"(?:[Pp]resented|[Gg]iven|[Dd]elivered)\s+at\b.*)$"
)


#: The labels such a segment may have, each with the label that must not be there too.
_PRESENTATION_CUT = {
    "note": "container-title",
    "title": "container-title",
    "container-title": "title",
}


def presentation_out_of_note(segments: list[Segment]) -> list[Segment]:
    """ "Title. Paper presented at the Annual" read as one note, title or container: the
    words from "Paper presented at" name the meeting (the container, as the annotation has
    it), those before them the title, and a publisher or journal right after a meeting cut
    off mid-name goes on with it."""
    for i, seg in enumerate(segments):
        if "resented at" not in seg.text:
            continue  # the cheap test first
        if _PRESENTATION_CUT.get(seg.label, "") in {s.label for s in segments}:
            continue  # not one of those labels, or the other part is already there
        match = _PRESENTED_AT.match(seg.text)
        if match is None:
            continue
        meeting = seg._replace(label="container-title", text=match["meeting"])
        count = 1
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if nxt and nxt.label in ("publisher", "journal") and meeting.text[-1].isalnum():
            meeting = meeting._replace(text=f"{meeting.text} {nxt.text}")
            count = 2
        head = (
            "note" if seg.label == "note" and any(s.label == "title" for s in segments) else "title"
        )
        return splice(segments, i, count, seg._replace(label=head, text=match["title"]), meeting)
    return segments


#: The dates a Vancouver list gives a conference after its name: "…; 2012 Jun 14-15;".
_CONFERENCE_DATES = re.compile(
    r"^(?P<name>.*\S);\s+(?P<date>(?:1[89]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?"
    r"(?:\s+\d{1,2}(?:\s*[-–]\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2})?)?)?[;.,]?)$"
)


def conference_dates_out_of_container(segments: list[Segment]) -> list[Segment]:
    """ "Proceedings of the 12th European Conference on e-Government; 2012 Jun 14-15;"
    read as one container: the dates after the semicolon are the date."""
    return split_matching(
        segments,
        "container-title",
        _CONFERENCE_DATES,
        ("container-title", "name"),
        ("date", "date"),
    )


#: A year ending a journal (ACS's "Journal 2016, 82 (1)") or a title (ACM's web page
#: "Title: 2013.", or a year with a full stop after the title's last word: "… in our
#: interests 2019."), with its mark before it.
_JOURNAL_THEN_YEAR = re.compile(
    r"^(?P<name>.*[^\d\s,])[\s,]+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[,.;]?$"
)

_TITLE_THEN_YEAR = re.compile(
    r"^(?P<name>.*[^\s:,])(?:[:,]\s+|\s(?=\S+\.$))(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[.,]?$"
)
#: The title's last word before a year set off by a space alone: "Census" in "Census
#: 2011." (a year naming the work, which stays in its title).
_BARE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_LAST_WORD_BEFORE_SPACE = re.compile(r"(?<!\S)(?P<word>\S+)\s(?:1[5-9]|20)\d\d[a-z]?\.$")

#: Per label, the form of a name or number with the year at its end.
_YEAR_AT_END = {
    "journal": _JOURNAL_THEN_YEAR,
    "location": _JOURNAL_THEN_YEAR,  # German imprints: "Birmingham 2016."
    "title": _TITLE_THEN_YEAR,
    "pages": PAGES_THEN_YEAR,
}


def year_out_of_name_end(segments: list[Segment]) -> list[Segment]:
    """ "International Review of Administrative Sciences 2016," (ACS prints the year after
    the journal), ACM's "Improving public organisations through self-assessment: 2013.",
    a German imprint's place "Birmingham 2016.", Copernicus's pages "216–224, 1969a." or a
    title's "… l'adolescence. 1990." read whole, in a reference with no date: the year at
    the end is the date."""
    for i, seg in enumerate(segments):
        pattern = _YEAR_AT_END.get(seg.label)
        if pattern is None or not seg.text.rstrip(" ,.;")[-1:].isalnum():
            continue
        match = pattern.match(seg.text.strip())
        if match is not None and not (seg.label == "title" and _names_the_work(seg.text)):
            return divided(segments, i, (seg.label, match["name"]), ("date", match["year"]))
    return segments


def _names_the_work(title: str) -> bool:
    """Whether a year that ends `title` after a space alone is part of its name ("Census
    2011.", "Spending time credits 2018."), not a date after its full stop ("… de la
    naissance. 1990."), a month ("… 8th October 2009.") or the title's own year ("…
    credits 2018 2018.", as Vancouver styles print a web page's year after its title)."""
    last = _LAST_WORD_BEFORE_SPACE.search(title.strip())
    if last is None:
        return False
    word = last["word"]
    own_year = _BARE_YEAR.fullmatch(word) is not None
    return word[-1] not in ".,:;" and fields.month_number(word) is None and not own_year


#: A year before an access note, read into it: ", 2014, consulté le 1 avril 2019.".
_YEAR_THEN_ACCESS = re.compile(
    r"^[\s,]*(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[,.]?\s+(?P<note>(?i:consulté|accessed|retrieved"
    r"|abgerufen|viewed|дата)\b.*)$"
)


def year_out_of_access_note(segments: list[Segment]) -> list[Segment]:
    """ "URL , 2014, consulté le 1 avril 2019." with the year read into the access note,
    in a reference with no date: the year before the access phrase is the date."""
    return split_matching(segments, "note", _YEAR_THEN_ACCESS, ("date", "year"), ("note", "note"))


#: A bracketed date after a journal's numbers: "368, no. 1621 (May 27, 2013):".
_DATE_ENDING_VOLUME = re.compile(
    r"^(?P<volume>.*\d.*?)\s*(?P<date>\([^()]*\b(?:1[5-9]|20)\d\d[a-z]?\)[.,:;]?)$"
)


#: A volume, then the bracketed year, read as the date: "35 (1969a),"; or the volume and
#: the pages, then the year: "35:216–224; 1969." (avian and veterinary journals).
_VOLUME_THEN_YEAR = re.compile(
    r"^(?P<volume>(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:[,.]?(?=\s+\()|(?:\([^()]{1,20}\))?:\s*"
    r"[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?[;,.]?))\s+"
    r"(?P<date>\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:;]?)$"
)


def volume_out_of_date(segments: list[Segment]) -> list[Segment]:
    """ "Journal of the American Institute of Planners," + "35 (1969a)," (the Quarterly
    Journal of Economics) or + "35:216–224; 1969." read as the date, in a reference with
    no volume: the numbers before the year are the volume (and the pages)."""
    return split_matching(
        segments, "date", _VOLUME_THEN_YEAR, ("volume", "volume"), ("date", "date")
    )


def date_out_of_volume(segments: list[Segment]) -> list[Segment]:
    """ "25, no. 4 (2001):" or "368, no. 1621 (May 27, 2013):" read as the volume
    (Chicago's journal articles): the bracketed date after the numbers is the date, not
    the issue."""
    return split_matching(
        segments, "volume", _DATE_ENDING_VOLUME, ("volume", "volume"), ("date", "date")
    )


def newspaper_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Lee, D. (2009, October 13). Americans share economics Nobel. The Spokesman-Review."
    with the last read as the publisher: a name in capitals after the title of a work
    dated to the day, with nothing after it but links and notes, is the newspaper or
    site of that day's issue (a book is dated by its year)."""
    labels = [s.label for s in segments]
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 4] != ["author", "date", "title", "publisher"]:
        return segments
    if not AFTER_IMPRINT.issuperset(labels[first + 4 :]):
        return segments
    date = segments[first + 1].text
    if YEAR_ONLY.match(date) or not any(ch.isalpha() for ch in date):
        return segments
    year = fields.parse_year(date)[0]
    if year is None or fields.month_day(date, year)[1] is None:
        return segments
    name = segments[first + 3]
    if not CAPITALISED_NAME.match(name.text.strip()) or lexicon_hit("publishers", name.text):
        return segments
    return splice(segments, first + 3, 1, name._replace(label="journal"))


_YEAR_THEN_TITLE = re.compile(
    r"^(?P<date>(?:1[5-9]|20)\d\d[a-z]?(?:\s?\[(?:1[5-9]|20)\d\d\])?)[.,]?\s+(?P<title>[A-Z«“\"‘'].*)$"
)


def year_out_of_title_start(segments: list[Segment]) -> list[Segment]:
    """ "Loeffler, E., and M. Schulze-Böing 2020 Co-Producing Better Futures …" (AAA's
    year after the names, with no punctuation) or "Frederickson, HG" + "1982, 'The
    recovery …'," with the year read into the title, in a reference with no date: the
    year opening the title is the date."""
    return split_matching(segments, "title", _YEAR_THEN_TITLE, ("date", "date"), ("title", "title"))


def link_phrase_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "Online:" or "Available at:" right before the link read as a place, publisher or
    container, or Polish "[na:]" (or "Online:" after a full stop or a comma: "Birmingham,
    online:", or after a bracket or a space alone, with its colon: "… International)
    Online:") ending the segment before it: words that only lead to a link are a note."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if segments[i + 1].label != "url" or seg.label in ("note", "url"):
            continue
        if len(seg.text) < 30 and fields.is_link_phrase(seg.text):
            return splice(segments, i, 1, seg._replace(label="note"))
        head, bracket, phrase = seg.text.rpartition(" [")
        if head and len(phrase) < 20 and fields.is_link_phrase(bracket + phrase):
            return divided(segments, i, (seg.label, head), ("note", bracket.lstrip() + phrase))
        for stop in (". ", ", ", ") ", " "):
            head, _, phrase = seg.text.rpartition(stop)
            if not head or len(phrase) >= 20 or not fields.is_link_phrase(phrase):
                continue
            if stop in (") ", " ") and not phrase.endswith(":"):
                continue  # "… Governing the Internet" + a link: a title's last word
            return divided(segments, i, (seg.label, head + stop.strip()), ("note", phrase))
    return segments


#: A day's date alone in brackets, as German styles print the access date after a link:
#: "(2.4.2019)".
_BRACKETED_DAY = re.compile(r"^\(\d{1,2}\.\s?\d{1,2}\.\s?(?:1[5-9]|20)\d\d\)\.?$")


def access_day_after_link(segments: list[Segment]) -> list[Segment]:
    """ "http://…" + "(2.4.2019)" or "(Stand: 30.11.2019)" with the bracket read as a
    publisher or place: the date after the link states when it was read, a note."""
    for i in range(1, len(segments)):
        seg = segments[i]
        if segments[i - 1].label != "url" or seg.label == "note" or seg.text[:1] != "(":
            continue
        if _BRACKETED_DAY.match(seg.text) or fields.accessed_date(seg.text):
            return splice(segments, i, 1, seg._replace(label="note"))
    return segments


#: Names, then the year with no bracket or stop between (Australian Harvard): "Bovaird, T
#: & Loeffler, E 2016a,".
_NAMES_THEN_YEAR = re.compile(r"^(?P<names>.*[^\d\s])\s+(?P<date>(?:1[5-9]|20)\d\d[a-z]?,?)$")


def year_out_of_names_end(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird, T & Loeffler, E 2016a," read as the authors, in a reference with no date:
    the year that ends the names is the date."""
    return split_matching(
        segments, "author", _NAMES_THEN_YEAR, ("author", "names"), ("date", "date")
    )


#: A newspaper and the day of its issue ending a reference: "The Spokesman-Review,
#: October 13.", "New York Times, 5 May".
_PAPER_AND_DAY = re.compile(
    r"(?:^|(?<=[\w)\]][.?!])\s|(?<=[.?!][\"”’])\s)"
    r"(?P<paper>[A-Z][\w'’&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’&-]*){0,5}),\s+"
    rf"(?P<day>{MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_WORD})\.?$"
)


def newspaper_day_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Americans Share Economics Nobel. The Spokesman-Review, October 13." read as one
    title, or its last sentence as the publisher (AAA and Chicago print a newspaper's
    day after its name, the year after the authors): the name is the newspaper, the day
    a date."""
    for i, seg in enumerate(segments):
        if seg.label not in ("title", "publisher"):
            continue
        last = seg.text.rsplit(",", 1)[-1] if "," in seg.text else ""
        if not 2 < len(last) < 16 or not any(c.isdigit() for c in last):
            continue  # the cheap test first: a short last comma part with a day
        text = seg.text.rstrip()
        match = _PAPER_AND_DAY.search(text)
        if match is None or (seg.label == "title" and match.start() == 0):
            continue
        pieces = [Segment("journal", match["paper"], seg.confidence)]
        pieces.append(Segment("date", match["day"], seg.confidence))
        head = seg.text[: match.start()].rstrip()
        return splice(segments, i, 1, *([seg._replace(text=head)] if head else []), *pieces)
    return segments


#: A year opening a description: IEEE's "2020. [Online]." after a web page's title.
_YEAR_THEN_DESCRIPTION = re.compile(
    r"^(?P<date>(?:1[5-9]\d\d|20[0-4]\d)[a-z]?[.,])\s+(?P<genre>[\[(].*)$"
)


def date_out_of_genre(segments: list[Segment]) -> list[Segment]:
    """ "2020. [Online]." read as the genre, in an IEEE reference with no other date: the
    year is the date, the bracket the medium."""
    return split_matching(
        segments, "genre", _YEAR_THEN_DESCRIPTION, ("date", "date"), ("genre", "genre")
    )


#: A journal's name with the article's state after it: "Public Administration Review.
#: Advance online publication.", "BMJ. Epub ahead of print."
_JOURNAL_THEN_STATE = re.compile(
    r"^(?P<journal>\S.*?[.,])\s+(?P<note>(?:advance\s+online|online\s+first|early\s+view|"
    r"(?:e-?pub\s+)?ahead\s+of\s+print|first\s+published\s+online)\b.*)$",
    re.IGNORECASE,
)


#: A word of an article's state, looked for before the whole pattern.
_STATE_WORD = re.compile(r"[Oo]nline|[Pp]rint|[Vv]iew|[Pp]ublished")


def state_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Public Administration Review. Advance online" read as the journal: the words
    from "Advance online" on say where the article stands, not what the journal is."""
    if not any(s.label == "journal" and _STATE_WORD.search(s.text) for s in segments):
        return segments
    return split_matching(
        segments, "journal", _JOURNAL_THEN_STATE, ("journal", "journal"), ("note", "note")
    )


#: The words that say when a work was published, printed before its date: French "publié
#: le", Portuguese "publicado em", German "veröffentlicht am".
_PUBLISHED_ON = frozenset(
    (
        "publié le", "publié en", "mis en ligne le", "published", "published on",
        "publicado em", "publicado el", "pubblicato il", "veröffentlicht am",
        "gepubliceerd op",
    )
)  # fmt: skip


def published_on_read_as_name(segments: list[Segment]) -> list[Segment]:
    """ "publié le" + "2019," with the words read as a journal or publisher: the words
    that say when the work was published are a note before its date."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if segments[i + 1].label != "date" or seg.label == "note" or len(seg.text) > 24:
            continue
        if seg.text.strip(" ,.:;").lower() in _PUBLISHED_ON:
            return splice(segments, i, 1, seg._replace(label="note"))
    return segments


def access_read_as_name(segments: list[Segment]) -> list[Segment]:
    """ "Erişim Nisan 2, 2019." or "Abgerufen am 12. März 2019" read as the publisher, or
    "Tanggal akses" + "30" + "November 2019." read as a journal, volume and date: what
    opens by stating when the work was accessed is a note."""
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "journal", "container-title"):
            continue
        if not fields.mentions_access(seg.text):
            continue  # the cheap test first
        if seg.label == "publisher" and fields.opens_with_access(seg.text):
            return splice(segments, i, 1, seg._replace(label="note"))
        if len(seg.text.split()) > 3:
            continue
        rest = " ".join(s.text for s in segments[i:])
        if len(rest) <= 60 and fields.opens_with_access(rest):
            return [*segments[:i], seg._replace(label="note", text=rest)]
    return segments


#: The year and the issue in one bracket after the volume: "35 (1969/4)" (Byzantine and
#: classical studies).
_VOLUME_YEAR_ISSUE = re.compile(
    r"^(?P<volume>[\w.]{1,8})\s*\((?P<year>(?:1[5-9]|20)\d\d)\s*/\s*(?P<issue>[\w–-]{1,8})\)"
    r"(?P<end>[.,:;]?)$"
)
#: The year after a slash that ends the volume and its issue, Icelandic "35:4/1969,", or
#: the season, "Summer/2015," (not German "4/2005", which the annotation reads as the
#: volume).
_VOLUME_SLASH_YEAR = re.compile(
    r"^(?P<volume>\d{1,4}:\s?[\w–-]{1,8}|[A-Z][a-z]{2,8})\s*/\s*(?P<year>(?:1[5-9]|20)\d\d[a-z]?)"
    r"(?P<end>[.,:;]?)$"
)


def year_and_issue_in_volume(segments: list[Segment]) -> list[Segment]:
    """ "Journal" + "35 (1969/4)" + "216–224." or + "35:4/1969," + "bls. 216–224." read
    as the volume, in a reference with no date: the year is the date."""
    for i, seg in enumerate(segments):
        if seg.label != "volume" or "/" not in seg.text:
            continue
        if match := _VOLUME_YEAR_ISSUE.match(seg.text.strip()):
            volume = seg._replace(text=f"{match['volume']} ({match['issue']}){match['end']}")
        elif match := _VOLUME_SLASH_YEAR.match(seg.text.strip()):
            volume = seg._replace(text=f"{match['volume']}{match['end']}")
        else:
            return segments
        return splice(segments, i, 1, volume, seg._replace(label="date", text=match["year"]))
    return segments


#: A volume's number alone, after the year it was read with: "2017 83".
_VOLUME_NUMBER_ALONE = re.compile(r"\d{1,4}[.,]?")


def year_read_as_volume(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review," + "2015(Summer):", "2017. no. 4" or
    "2015:41–45." in a reference with no date (Vancouver prints the year where others
    print the volume): the year is the date, a bracket or a number mark after it the
    issue, and a range after its colon the pages; "2017 83" before the pages
    (Bioscientifica's) is the year and the volume."""
    for i, seg in enumerate(segments):
        if seg.label != "volume":
            continue
        match = YEAR_OPENING_VOLUME.match(seg.text.strip())
        if match is None:
            return segments
        date = seg._replace(label="date", text=match["year"])
        if match["rest"][:1].isdigit() and match["year"][-1:].isdigit():
            pages_next = i + 1 < len(segments) and segments[i + 1].label == "pages"
            if pages_next and _VOLUME_NUMBER_ALONE.fullmatch(match["rest"]):
                # Bioscientifica's "2017 83" + "676–693.": the year, then the volume
                return splice(segments, i, 1, date, seg._replace(text=match["rest"]))
            return segments  # "2015 12": not a year and its issue
        rest = match["rest"].strip(" ;:,")
        if not rest:
            return splice(segments, i, 1, date)
        if NUMBER_RANGE.match(rest) and (match["rest"][:1] in ":;" or match["year"][-1:] == ";"):
            return splice(segments, i, 1, date, seg._replace(label="pages", text=rest))
        if not ISSUE_ALONE.fullmatch(rest):
            return segments  # "2000;(3):218-226": the pages go with it
        return splice(segments, i, 1, date, seg._replace(text=rest))
    return segments


#: A date, then the access date in brackets: Vancouver's "2014 [cited March 29, 2019].".
_DATE_THEN_BRACKETED_ACCESS = re.compile(
    r"^(?P<date>.*?\d[^\[]*?)\s*(?P<access>\[[^\[\]]+\][.,;]?)$"
)


def year_read_as_pages(segments: list[Segment]) -> list[Segment]:
    """ "Routledge," + "2012:129–144." read as the pages, in a reference with no date:
    the segment is the date and the pages, as Vancouver prints them for a chapter."""
    for i, seg in enumerate(segments):
        if seg.label == "pages" and YEAR_COLON_PAGES.match(seg.text.strip()):
            return splice(segments, i, 1, seg._replace(label="date"))
    return segments


#: Vancouver's medium in brackets, then the year: "… interests [Internet]. 2019; [cited
#: 2019 Mar 29] Available from:", "[Internet]. 2008;Available from:".
_MEDIUM_THEN_YEAR = re.compile(
    r"^(?P<title>.*?)\s*(?P<medium>\[[^\[\]\d]{2,30}\][.,]?)\s*(?P<date>(?:1[5-9]|20)\d\d[a-z]?"
    r"(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?[;.,]?)(?:\s*(?P<rest>\S.*))?$"
)


def year_out_of_medium_note(segments: list[Segment]) -> list[Segment]:
    """ "[Internet]. 2008;Available from:" (or the title before it too) read as one note,
    in a reference with no date: the year after the bracketed medium is the date, and
    words before the bracket, when no title was found, the title."""
    for i, seg in enumerate(segments):
        if seg.label != "note" or "]" not in seg.text:
            continue
        match = _MEDIUM_THEN_YEAR.match(seg.text)
        if match is None or (match["title"] and any(s.label == "title" for s in segments)):
            continue
        pieces = [("title", "title"), ("note", "medium"), ("date", "date"), ("note", "rest")]
        return cut_by_groups(segments, i, match, *pieces)
    return segments


def access_out_of_date(segments: list[Segment]) -> list[Segment]:
    """ "2014 [cited March 29, 2019]." read as one date: the bracket states when the work
    was accessed, the words before it when it was published."""
    for i, seg in enumerate(segments):
        if seg.label != "date" or "[" not in seg.text:
            continue
        match = _DATE_THEN_BRACKETED_ACCESS.match(seg.text.strip())
        if match and fields.accessed_date(match["access"]):
            return divided(segments, i, ("date", match["date"]), ("note", match["access"]))
    return segments


#: A year opening the volume: "2017, vol. 83, nᵒ 4," (French and ISO 690 styles), "2017,
#: 83," (the Royal Society of Chemistry's year, volume, pages), "2017, 83 (4)," (ACS's).
_YEAR_THEN_VOLUME = re.compile(
    r"^(?P<date>(?:1[5-9]\d\d|20[0-4]\d)[a-z]?,)\s+"
    r"(?P<volume>(?i:vol|v\.|t\.|bd|jg)\S*\s*\d.*|\d{1,4}[a-z]?(?:\s?\([\w–-]{1,9}\))?[,.]?)$"
)


def date_out_of_volume_start(segments: list[Segment]) -> list[Segment]:
    """ "2017, vol. 83, nᵒ 4," "2017, 83," or "2017, 83 (4)," read as the volume, in a
    reference with no date: the year before the volume is the date."""
    return split_matching(
        segments, "volume", _YEAR_THEN_VOLUME, ("date", "date"), ("volume", "volume")
    )


def medium_named_in_note(segments: list[Segment]) -> list[Segment]:
    """Vancouver's "BMJ [Internet]." read as a note: a name followed by its medium is the
    title, or the journal when the reference has its title already."""
    for i, seg in enumerate(segments):
        if seg.label != "note":
            continue
        name = fields.without_medium(seg.text.rstrip(" .,;"))
        if name != seg.text.rstrip(" .,;") and letters(name):
            has_title = any(s.label == "title" for s in segments[:i])
            label = "journal" if has_title else "title"
            return splice(segments, i, 1, Segment(label, seg.text, seg.confidence))
    return segments


#: The word for "year" printed after it: Polish "2012 r.", Russian "2012 г.".
_YEAR_WORD = re.compile(r"^(?:r|г|rok)\.?[,.;]?$")


def year_word_into_date(segments: list[Segment]) -> list[Segment]:
    """ "2012" + "r." with the Polish word for year read as a name or a note: it belongs
    to the date."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if prev.label == "date" and seg.text[:1] in "rг" and _YEAR_WORD.match(seg.text):
            return splice(segments, i - 1, 2, prev._replace(text=f"{prev.text} {seg.text}"))
    return segments


#: Words that open a web page's date as "as of" does: German "Stand:", "Stand vom".
_DATE_LEADS = frozenset(("stand", "stand vom", "as of", "état au", "estado a"))


def date_lead_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "Stand:" + "2019," (German legal styles date a web page "as of" a year) with the
    word read as a place: it opens the date."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "date":
            continue
        if seg.text.rstrip(" :").lower() not in _DATE_LEADS:
            return segments
        return splice(segments, i, 2, nxt._replace(text=f"{seg.text} {nxt.text}"))
    return segments


#: Names, then the work's publication status where the year goes, and perhaps the title,
#: read as the names: "Deshayes, J. à paraître. L'église …", "Nowak, J. (w druku).".
_STATUS_AFTER_NAMES = re.compile(
    rf"^(?P<names>.*?[^\W\d_].*?[.,]?)\s+(?P<status>{fields.STATUS_MARK})"
    rf"(?:\s+(?P<title>[^\W\d_].*))?$",
    re.IGNORECASE,
)


#: A title opened by the work's publication status: "(en prensa). La coproducción …".
_STATUS_OPENING = re.compile(
    rf"^(?P<status>{fields.STATUS_MARK})\s+(?P<title>[^\W\d_].*)$",
    re.IGNORECASE,
)
#: A word of a publication status anywhere.
_STATUS_WORD = re.compile(rf"(?<!\w)(?:{fields.STATUS_WORDS})\b", re.IGNORECASE)
#: The labels of a container whose first sentence is the title when the status was read
#: as the title.
_TITLE_OPENS = frozenset({"journal", "container-title"})


def status_read_as_other(segments: list[Segment]) -> list[Segment]:
    """A work's publication status ("(en prensa).", "à paraître", "(no prelo)") read as
    the title, run into the names or opening the title, in a reference with no date: it
    is the date. What follows it in the names is the title, and so is the container's
    first sentence when the status alone was read as the title."""
    for i, seg in enumerate(segments):
        if not _STATUS_WORD.search(seg.text):
            continue  # the cheap test first: the patterns below backtrack over names
        if fields.STATUS_ALONE.match(seg.text):
            date = seg._replace(label="date")
            after = segments[i + 1] if i + 1 < len(segments) else None
            parts = SENTENCE_END.split(after.text, maxsplit=1) if after else []
            if seg.label == "title" and after and after.label in _TITLE_OPENS and len(parts) == 2:
                # "(en prensa)." + "La ciudad. Revista …,": the title opens the container
                title = after._replace(label="title", text=parts[0] + ".")
                return splice(segments, i, 2, date, title, after._replace(text=parts[1]))
            return splice(segments, i, 1, date)
        if seg.label == "title":
            match = _STATUS_OPENING.match(seg.text)
            if match:
                return cut_by_groups(segments, i, match, ("date", "status"), ("title", "title"))
        if seg.label == "author":
            match = _STATUS_AFTER_NAMES.match(seg.text)
            if match and not (match["title"] and any(s.label == "title" for s in segments)):
                return cut_by_groups(
                    segments, i, match, ("author", "names"), ("date", "status"), ("title", "title")
                )
    return segments
