"""Segment rules for a work's numbers: volume, issue and pages read into the title,
the journal, the date or the imprint, or into one another."""

from __future__ import annotations

import re
from itertools import pairwise

from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs.edits import (
    AFTER_IMPRINT,
    ISSUE_ALONE,
    NUMBER_RANGE,
    PAGES_THEN_YEAR,
    UNMARKED_TITLE_THEN_JOURNAL,
    YEAR_COLON_PAGES,
    YEAR_ONLY,
    YEAR_OPENING_VOLUME,
    boundary_moved,
    cut_by_groups,
    divided,
    matching,
    splice,
    split_matching,
)

#: A journal's numbers ending a title segment: "… Policy 13:135–151.", "… Rev
#: 2015;44(1):1–23".
_NUMBERS_ENDING_TITLE = re.compile(
    r"^(?P<title>.*[.?!][’”\"»]?\s+\S.*?)\s+(?:(?P<date>(?:1[89]|20)\d\d)\s*;\s*)?"
    r"(?P<volume>\d{1,4}(?:\s*\(\s*[\w/–-]{1,9}\s*\))?\s*:)\s*"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\.?)$"
)


_NUMBERS_ENDING_UNMARKED_TITLE = re.compile(
    UNMARKED_TITLE_THEN_JOURNAL + r"\s+"
    r"(?P<volume>\d{1,4}(?:\s*\(\s*[\w/–-]{1,9}\s*\))?\s*:)\s*"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\.?)$"
)


#: The parts a title ending in a journal's numbers is cut into, in order.
_TITLE_END_PARTS = ("title", "date", "journal", "volume", "pages")


def numbers_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Title. Evidence & Policy 13:135–151." read as one title: the volume and pages
    that end it are cut off, so that the journal before them can be found; with no stop
    after the title, a journal's name in title case after a title in sentence case is
    cut off too."""
    for i, seg in enumerate(segments):
        if seg.label != "title" or ":" not in seg.text or not seg.text.rstrip(".")[-1:].isdigit():
            continue
        match = _NUMBERS_ENDING_TITLE.match(seg.text) or _NUMBERS_ENDING_UNMARKED_TITLE.match(
            seg.text
        )
        if match is None:
            continue
        # each group is cut out as the segment of the same name
        pieces = [(name, name) for name in _TITLE_END_PARTS if name in match.re.groupindex]
        return cut_by_groups(segments, i, match, *pieces)
    return segments


#: A book, its pages and the opening of its bracketed imprint: "Proceedings of the 11th
#: Biennial Participatory Design Conference 41–50 (ACM,".
_BOOK_PAGES_PUBLISHER = re.compile(
    r"^(?P<book>.+?)\s+(?P<pages>\d+\s*[-–]\s*\d+)\s+(?P<publisher>\([^()]+?,?)$"
)


#: A book's title, then the chapter's pages after a comma or a colon: "…, the Third
#: Sector and Co-Production, 129–44,", "… co-creation: 9–17;" (Carolinea).
_BOOK_THEN_PAGES = re.compile(
    r"^(?P<book>.*[^\W\d_])[,:]\s+(?P<pages>\d{1,5}\s*[-–]\s*\d{1,5}[,.;]?)$"
)


#: A range opening with a year: "1812-1960", "1922–34".
_YEARS = re.compile(r"^(?:1\d|20)\d\d\s*[-–]")


def pages_out_of_book_end(segments: list[Segment]) -> list[Segment]:
    """ "New Public Governance, the Third Sector and Co-Production, 129–44," read as the
    book, in a chapter with no pages (Bloomsbury prints them after the book): the range
    after the last comma (or colon) is the pages."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title":
            continue
        match = _BOOK_THEN_PAGES.match(seg.text)
        if match is None or _YEARS.match(match["pages"]):
            return segments  # "…, 1812-1960,": the years of a book's title
        return cut_by_groups(segments, i, match, ("container-title", "book"), ("pages", "pages"))
    return segments


def pages_and_publisher_out_of_book(segments: list[Segment]) -> list[Segment]:
    """ "in Proceedings of the 11th Biennial Participatory Design Conference 41–50 (ACM,"
    read as the book (Nature prints the pages after the book, then the imprint in
    brackets): the pages and the publisher come out of it."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or not seg.text.rstrip(" ,")[-1:].isalpha():
            continue
        if "(" not in seg.text:
            continue
        match = _BOOK_PAGES_PUBLISHER.match(seg.text)
        if match is None:
            continue
        pieces = (("container-title", "book"), ("pages", "pages"), ("publisher", "publisher"))
        return cut_by_groups(segments, i, match, *pieces)
    return segments


_VOLUME_HEAD = re.compile(r"^((?:Vol\.?|Volume|Bd\.|Band|Tome|t\.)\s*[0-9IVXLC]+[.,:;]?)\s+(\S.*)$")

_VOLUME_TAIL = re.compile(r"^(.*\S)[,.]?\s+((?:Vol\.?|Volume|Bd\.|Band)\s*[0-9IVXLC]+[.,:;]?)$")


def volume_out_of_neighbours(segments: list[Segment]) -> list[Segment]:
    """ "Vol. 23 Doubleday, Page" read as the publisher, or "Japanese/Korean Linguistics
    Volume 30." read as the container, in a reference with no volume: the "Vol. N" words
    are the volume."""
    if any(s.label == "volume" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label in ("publisher", "location") and seg.text[:1] in "VvBTt":
            head = _VOLUME_HEAD.match(seg.text)
            if head:
                volume, rest = head.group(1), head.group(2)
                return divided(segments, i, ("volume", volume), (seg.label, rest))
        last = seg.text.rstrip(" .,;:")[-1:]
        if seg.label == "container-title" and (last.isdigit() or last in "IVXLC"):
            tail = _VOLUME_TAIL.match(seg.text)
            if tail and len(tail.group(1).split()) >= 2:
                name, volume = tail.group(1), tail.group(2)
                return divided(segments, i, (seg.label, name), ("volume", volume))
    return segments


#: ASA's volume and pages run into the journal: "Journal of the Academy of Marketing
#: Science 36:97–108.", "Social Forces 82(4):1–20.", "… Science 36:97–108;" (before a DOI).
_JOURNAL_THEN_NUMBERS = re.compile(
    r"^(?P<name>.*[^\d\s])\s+(?P<volume>\d{1,4}(?:\s?\(\d{1,4}\))?):\s?(?P<pages>\d+\s*[-–]\s*\d+)[.;,]?$"
)


def numbers_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Journal of the Academy of Marketing Science 36:97–108." read as the journal's name
    (ASA prints the volume and pages after it with a colon): the numbers come out."""
    for i, seg in enumerate(segments):
        if seg.label != "journal" or not seg.text.rstrip(" .;,")[-1:].isdigit():
            continue
        match = _JOURNAL_THEN_NUMBERS.match(seg.text.strip())
        if match is None:
            return segments
        pieces = (("journal", "name"), ("volume", "volume"), ("pages", "pages"))
        return cut_by_groups(segments, i, match, *pieces)
    return segments


#: A journal's name and the range of pages run into it: "Social Policy and Society
#: 221‑231,".
_JOURNAL_THEN_PAGES = re.compile(r"^(?P<name>.*[^\d\s])\s+(?P<pages>\d+\s?[-–‑]\s?\d+[.,]?)$")


def pages_out_of_journal_after_volume(segments: list[Segment]) -> list[Segment]:
    """ "(2008)" + "7" + "Social Policy and Society 221‑231," (law reports' order: the
    volume before the journal, the pages after it) with the pages read into the journal,
    in a reference with no pages: the range that ends the journal is the pages."""
    for i in range(1, len(segments)):
        seg = segments[i]
        if seg.label != "journal":
            continue
        before = segments[i - 1]
        if before.label != "volume" or not _BARE_NUMBER.match(before.text.strip()):
            return segments
        match = _JOURNAL_THEN_PAGES.match(seg.text.strip())
        if match is None:
            return segments
        return cut_by_groups(segments, i, match, ("journal", "name"), ("pages", "pages"))
    return segments


#: German volume and issue words left at a journal's end, before the numbers read as the
#: volume: "Review, 107. Jg., Heft" + "4,", "Zeitschrift, Jg." + "35, H. 2".
_NUMBER_WORDS_ENDING_JOURNAL = re.compile(
    r"^(?P<name>.*?[^\s,]),\s+(?P<words>(?:\d{1,4}\.?\s+)?(?:Jg|Jahrgang|Bd|Band|Vol)\.?"
    r"(?:,?\s+(?:Heft|H|Nr|No)\.?)?|(?:Heft|H|Nr|No)\.?)$"
)


def number_words_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "In: American Political Science Review, 107. Jg., Heft" + "4,": the volume's and
    the issue's words read into the journal belong to the numbers after it."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "journal":
            continue
        if segments[i + 1].label != "volume":
            return segments
        match = _NUMBER_WORDS_ENDING_JOURNAL.match(seg.text.strip())
        if match is None:
            return segments
        numbers = f"{match['words']} {segments[i + 1].text}"
        return boundary_moved(segments, i, match["name"], numbers)
    return segments


_SEASON = r"(?:Spring|Summer|Autumn|Fall|Winter)(?:[/–-](?:Spring|Summer|Autumn|Fall|Winter))?"

_SEASON_WORD = re.compile(r"Spring|Summer|Autumn|Fall|Winter")

_SEASON_LABELS = frozenset(("volume", "date", "journal", "location", "container-title"))

#: An issue's word before the season: "No. Summer", "Heft Spring".
_MARKED_SEASON = re.compile(r"(?:[Nn][or]\.|Heft|H\.)\s*(?:Spring|Summer|Autumn|Fall|Winter)")

#: A season as the issue, where it was read into the journal or the date: "Review, No.
#: Summer,", "Review no. Summer:", "Review(Summer):", "Review Summer,", "2015, Summer,"
#: (before the pages, "(Summer):41–45.", see issue_read_into_pages).
_NAME_THEN_SEASON = re.compile(
    rf"^(?P<name>.*?[^\s,])(?:[.,]?\s*(?:[Nn][or]\.|Heft|H\.)\s*|\s*\(|,\s+|(?<=[a-z])\s+(?={_SEASON},$))"
    rf"(?P<season>{_SEASON})\)?[:,.]?$"
)

_YEAR_THEN_SEASON = re.compile(
    rf"^(?P<year>.*\d{{4}}[a-z]?|\(\d{{4}}[a-z]?\))[,.]?\s+\(?(?P<season>{_SEASON})\)?[,.]?$"
)

#: The season before the year in one date: "Summer (2015)", "Summer 2015,".
_SEASON_THEN_YEAR = re.compile(
    rf"^(?P<season>{_SEASON})[,.]?\s+(?P<year>\(?(?:1[5-9]|20)\d\d[a-z]?\)?[,.]?)$"
)


def season_as_issue(segments: list[Segment]) -> list[Segment]:
    """A season printed as an article's issue and read into its neighbour: Emerald's
    "Review, No. Summer," and AAA's "Review(Summer):" as the journal's name (or its
    place), le tapuscrit's "2015, Summer," and "Summer (2015)" as the date. The season
    becomes the issue (a volume segment the issue is read from), unless the issue is
    printed apart after the date."""
    for i, seg in enumerate(segments):
        if seg.label not in _SEASON_LABELS or _SEASON_WORD.search(seg.text) is None:
            continue  # the cheap test first
        text = seg.text.strip()
        if seg.label == "date":
            if any(s.label == "volume" for s in segments[i + 1 :]):
                continue  # "(2013, Fall)." + … + "61(1),": the issue is printed apart
            if match := _YEAR_THEN_SEASON.match(text):
                return divided(segments, i, ("date", match["year"]), ("volume", match["season"]))
            if match := _SEASON_THEN_YEAR.match(text):
                before = segments[i - 1] if i else None
                if (
                    before is not None
                    and before.label == "volume"
                    and fields.is_number_word(before.text.strip(" ,"))
                ):  # "No." + "Summer, 2015,": the issue's word and the season are one
                    issue = before._replace(text=f"{before.text} {match['season']}")
                    date = seg._replace(text=match["year"])
                    return splice(segments, i - 1, 2, issue, date)
                return divided(segments, i, ("volume", match["season"]), ("date", match["year"]))
        journal = (
            seg.label == "journal"
            or (seg.label == "container-title" and _MARKED_SEASON.search(text) is not None)
        ) or (
            seg.label == "location"
            and i + 1 < len(segments)
            and segments[i + 1].label == "pages"
            and not any(s.label == "journal" for s in segments)
        )
        if journal and (match := _NAME_THEN_SEASON.match(text)):
            return divided(segments, i, ("journal", match["name"]), ("volume", match["season"]))
    return segments


#: A bracket opened at a title's end by a report's number mark: "… Development (No.".
_NUMBER_BRACKET_ENDING_TITLE = re.compile(r"\s*\(\s*(?i:no|nr|num)\.?$")


def number_bracket_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Making Spaces … in Development (No." + "IDS Working Paper 170).": APA's bracket
    with the report's number, opened at the title's end, goes with the words that close it."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title" or "(" not in seg.text[-8:]:
            continue
        found = _NUMBER_BRACKET_ENDING_TITLE.search(seg.text)
        nxt = segments[i + 1]
        closed, opened = nxt.text.find(")"), nxt.text.find("(")
        if found is None or closed < 0 or -1 < opened < closed:
            continue
        title = seg._replace(text=seg.text[: found.start()])
        report = nxt._replace(text=f"{found.group().strip()} {nxt.text}")
        return splice(segments, i, 2, title, report)
    return segments


def number_read_as_date(segments: list[Segment]) -> list[Segment]:
    """ "Schnabel, Eckhard. 40 Questions About the End Times. …, 2011." with "40" read as
    the date: a date segment with no year, no "n.d." and no status, right before the
    title, opens the title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "date" or segments[i + 1].label != "title":
            continue
        if not seg.text.strip(".,").isdigit() or fields.parse_year(seg.text) != (None, "", False):
            return segments
        nxt = segments[i + 1]
        merged = Segment("title", f"{seg.text} {nxt.text}", nxt.confidence)
        return splice(segments, i, 2, merged)
    return segments


#: Pages printed after the publisher: "CSLI. 199-213.".
_IMPRINT_THEN_PAGES = re.compile(
    r"^(?P<name>.*\S[.,;])\s+(?P<pages>(?:pp?\.\s*)?\d+\s*[-–‐‑]\s*\d+\.?)$"
)


def pages_out_of_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Stanford, CA: CSLI. 199-213." or "Routledge. Abingdon and New York; p.162–177."
    with the chapter's pages read into the publisher, in
    a reference with no pages: the page range ending it is the pages."""
    if any(s.label == "pages" for s in segments):
        return segments
    last = segments[-1]
    match = (
        _IMPRINT_THEN_PAGES.match(last.text) if last.label in ("publisher", "location") else None
    )
    if match is None:
        return segments
    return divided(
        segments,
        len(segments) - 1,
        (last.label, match.group("name")),
        ("pages", match.group("pages")),
    )


#: Days of a month printed after it: "7-10.", "14–15,".
_DAY_RANGE = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:\s*[-–]\s*(?:[1-9]|[12]\d|3[01]))?[.,;]?$")


def days_read_as_pages(segments: list[Segment]) -> list[Segment]:
    """ "Paris, July 7-10." or "London: 9-10 October 2014." with the days read as pages:
    days right after a date that ends in a month, or right before one that opens with
    it, are part of the date."""
    for i, (seg, nxt) in enumerate(pairwise(segments)):
        if {seg.label, nxt.label} != {"date", "pages"}:
            continue
        date, days = (seg, nxt) if seg.label == "date" else (nxt, seg)
        month = date.text.split()[-1 if date is seg else 0].strip(".,;")
        if _DAY_RANGE.match(days.text) and fields.month_number(month) is not None:
            merged = Segment("date", f"{seg.text} {nxt.text}", date.confidence)
            return splice(segments, i, 2, merged)
    return segments


#: A year, then what may be the issue: Italian "(1969a), n. 4,", "2014, no. 4.".
_YEAR_THEN_WORDS = re.compile(r"^(?P<year>\(?\d{4}[a-z]?\)?[.,;]?)\s+(?P<issue>\S.{0,12})$")


def _marked_issue(text: str) -> bool:
    """Whether `text` is an issue's number with its mark ("n. 4,", "no. 4.", "Heft 3"), as
    the fields' own reader of volumes and issues takes it (not a month, not a bare number)."""
    volume, issue = fields.parse_volume(text)
    return not volume and text[:1].isalpha() and any(c.isdigit() for c in issue)


def issue_read_into_date(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "2015; (Summer):" read as the date, in a
    reference with no volume (Vancouver's issue with no volume): the bracket after the
    year is the issue; so is a marked number after the year ("XLIII" + "(1983b), n. 1,")."""
    for i, seg in enumerate(segments):
        if seg.label != "date" or ("(" not in seg.text and "n" not in seg.text.lower()):
            continue
        marked = _YEAR_THEN_WORDS.match(seg.text.strip())
        if marked and _marked_issue(marked["issue"]):
            date = seg._replace(text=marked["year"])
            return splice(segments, i, 1, date, seg._replace(label="volume", text=marked["issue"]))
        if "(" not in seg.text:
            return segments
        match = YEAR_OPENING_VOLUME.match(seg.text.strip())
        if match is None:
            return segments
        rest = match["rest"].strip(" ;:,")
        if not rest.startswith("(") or not ISSUE_ALONE.fullmatch(rest) or YEAR_ONLY.match(rest):
            return segments  # "2016, (2016)": the year again
        date = seg._replace(text=match["year"])
        return splice(segments, i, 1, date, seg._replace(label="volume", text=rest + ":"))
    return segments


#: A year in brackets with the issue after it: "(2013) 4,", "(1964) 8.".
_BRACKETED_YEAR_THEN_ISSUE = re.compile(
    r"^(?P<year>\((?:1[5-9]|20)\d\d[a-z]?\))\s+(?P<issue>\d{1,3}[,.;:]?)$"
)


def issue_after_bracketed_year(segments: list[Segment]) -> list[Segment]:
    """ "American Political Science Review" + "107" + "(2013) 4," + "726–741." (the
    Salesians' style prints the volume, the year in brackets, the issue and the pages)
    with the volume read as pages and the issue into the date: the number before the
    bracketed year is the volume, the one after it the issue, and the name before them
    a journal."""
    for i in range(1, len(segments) - 2):
        seg = segments[i + 1]
        match = _BRACKETED_YEAR_THEN_ISSUE.match(seg.text.strip()) if seg.label == "date" else None
        if match is None:
            continue
        before, after = segments[i], segments[i + 2]
        if (
            before.label not in ("pages", "volume")
            or after.label != "pages"
            or not _BARE_NUMBER.match(before.text.strip())
            or segments[i - 1].label not in ("journal", "container-title")
        ):
            return segments
        return splice(
            segments,
            i - 1,
            3,
            segments[i - 1]._replace(label="journal"),
            before._replace(label="volume"),
            seg._replace(text=match["year"]),
            seg._replace(label="volume", text=match["issue"]),
        )
    return segments


#: A bare number as law reports print them around the journal: "107", "726", "726–741";
#: the one before the journal may carry its issue: "107(4)".
_BARE_NUMBER = re.compile(r"^\d{1,5}(?:\s*[-–‑]\s*\d{1,5})?[.,;]?$")

#: Quebec's law journals' volume and issue: "35-4".
_VOLUME_DASH_ISSUE = re.compile(r"^\d{1,4}-\d{1,2}$")

#: A volume and its issue, bracketed or after a colon (McGill): "107(4)", "107:4".
_VOLUME_AND_ISSUE = re.compile(r"^\d{1,5}(?:\s?\(\w{1,8}\)|:\d{1,4})$")
#: The DOI's mark the labeller ran into the pages before it: "97‑108, doi :".
_DOI_MARK_AFTER = re.compile(r",?\s*doi\s?:?$", re.IGNORECASE)


def law_journal_numbers(segments: list[Segment]) -> list[Segment]:
    """ "(2013)" + "107" + "American Political Science Review" + "726" (OSCOLA and
    Bluebook print the volume before the journal and the first page after it; Quebec's
    style "(1969) 35-4 Journal 216‑224" the volume and issue, McGill's "(2013) 107:4
    Journal 726–741"): the number before the journal is its volume, the one after it the
    page."""
    for i in range(1, len(segments) - 1):
        if segments[i].label != "journal":
            continue
        before, seg, after = segments[i - 1], segments[i], segments[i + 1]
        if before.label not in ("volume", "pages") or after.label not in ("volume", "pages"):
            continue
        volume = before.text.strip()
        if not (
            (_BARE_NUMBER.match(volume) or _VOLUME_AND_ISSUE.match(volume))
            and _BARE_NUMBER.match(_DOI_MARK_AFTER.sub("", after.text.strip()))
        ):
            return segments
        quebec = (  # "(1969) 35-4 Journal 216‑224": the volume, a dash and the issue
            _VOLUME_DASH_ISSUE.match(volume) and i > 1 and segments[i - 2].text.startswith("(")
        )
        if (before.label, after.label) == ("volume", "pages"):
            return segments  # already read so
        if ("-" in volume or "–" in volume) and not quebec:
            return segments  # a range of pages before
        return splice(
            segments,
            i - 1,
            3,
            before._replace(label="volume"),
            seg,
            after._replace(label="pages"),
        )
    return segments


def journal_read_as_publisher_between_numbers(segments: list[Segment]) -> list[Segment]:
    """ "(2019)" + "39" + "Public Money and Management," + "241–252." (law journals print
    the year, the volume, the journal and the pages) or "Public Money and Management" +
    "2019" + "39" + "241–252." (Bioscientifica's) with the journal read as the publisher,
    in a reference with no journal: a name between the volume and the pages, or before
    the year, the volume and the pages, is the journal."""
    for i in range(1, len(segments) - 1):
        seg = segments[i]
        if seg.label != "publisher":
            continue
        if [s.label for s in segments[i + 1 : i + 4]] == ["date", "volume", "pages"]:
            if segments[i - 1].label == "location":
                return segments  # "London: SCM, 1981), II, pp. 64-87.": a book's imprint
            volume = segments[i + 2]  # Bioscientifica's "Journal 2019 39 241–252."
        elif segments[i - 1].label == "volume" and segments[i + 1].label == "pages":
            volume = segments[i - 1]
        else:
            return segments
        if not _BARE_NUMBER.match(volume.text.strip()):
            return segments
        return splice(segments, i, 1, seg._replace(label="journal"))
    return segments


#: An issue in brackets before the pages, with no volume: "(Summer):41–45.", "(3):
#: 218-226"; a season's bracket may end without the colon ("(Summer), 41–45").
_BRACKETED_ISSUE_THEN_PAGES = re.compile(
    r"^(?P<issue>\([^()]{1,20}\))\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?\.?)$"
)

#: A bare volume and a numbered issue in brackets: "35(4)", "12(3–4)".
_BARE_VOLUME = re.compile(r"^\d{1,4}\(\d{1,3}(?:[-–/]\d{1,3})?\)$")

_SEASON_THEN_PAGES = re.compile(
    rf"^(?P<issue>\({_SEASON}\))[:,]?\s*(?P<pages>\d+\s*[-–]\s*\d+\.?)$"
)


def issue_read_into_pages(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "(Summer):41–45." read as the pages, or
    (a season's) as the volume (ASA): the bracket is the issue, the numbers after it the
    pages; a numbered issue after a bare volume ("35" + "(4):216–224.") goes with it."""
    for i, seg in enumerate(segments):
        if seg.label not in ("pages", "volume") or seg.text[:1] != "(":
            continue
        text = seg.text.strip()
        match = _SEASON_THEN_PAGES.match(text)
        before = segments[i - 1] if i else None
        if match is None and seg.label == "pages":
            match = _BRACKETED_ISSUE_THEN_PAGES.match(text)
            if match and before is not None and before.label == "volume":
                if not _BARE_VOLUME.match(before.text + match["issue"]):
                    return segments  # not "28" + "(A):60-68"
                # "35" + "(4):216–224.": the volume's issue
                volume = before._replace(text=f"{before.text} {match['issue']}:")
                return splice(segments, i - 1, 2, volume, seg._replace(text=match["pages"]))
            if any(s.label == "volume" for s in segments):
                return segments
        if match is None:
            return segments
        return divided(segments, i, ("volume", match["issue"]), ("pages", match["pages"]))
    return segments


#: A bare issue number before the pages' mark: "8, pp. 1317–1352.", "4, S. 11–25".
_ISSUE_THEN_PAGES_MARK = re.compile(r"^(?P<issue>\d{1,3},)\s+(?P<pages>(?:pp?|S|s)\.\s*\d.*)$")
#: The same before bare pages, after a volume closed by a colon: "73:" + "8, 1317–1352."
_ISSUE_THEN_BARE_PAGES = re.compile(r"^(?P<issue>\d{1,3},)\s+(?P<pages>\d+\s*[-–]\s*\d+\.?)$")


def issue_before_pages_mark(segments: list[Segment]) -> list[Segment]:
    """ "73" + "(1964)," + "8, pp. 1317–1352." (Italian styles print the year between
    volume and issue), or "73:" + "8, 1317–1352." (German styles): after a volume, a bare
    number before "pp.", or before the pages after the volume's colon, is the issue,
    which the assembly reads from a second volume segment."""
    for i, seg in enumerate(segments):
        if seg.label != "pages" or ", " not in seg.text or not seg.text[:1].isdigit():
            continue
        match = _ISSUE_THEN_PAGES_MARK.match(seg.text)
        if match is None and i and segments[i - 1].text.rstrip().endswith(":"):
            match = _ISSUE_THEN_BARE_PAGES.match(seg.text)
        if match and [s.label for s in segments[:i]].count("volume") == 1:
            return divided(segments, i, ("volume", match["issue"]), ("pages", match["pages"]))
    return segments


#: Karger's volume and pages before the year in brackets: "35:216–224 (1969b).".
_NUMBERS_THEN_BRACKETED_YEAR = re.compile(
    r"^(?P<volume>\d{1,4}(?:\s*\([^()]{1,9}\))?\s*:)\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)"
    r"\s+(?P<date>\((?:1[5-9]|20)\d\d[a-z]?\)\.?)$"
)


def pages_out_of_date(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "2015;41–45." read as the date, in a
    reference with no pages: the range after the semicolon is the pages; Karger's
    "35:216–224 (1969b)." gives volume, pages and date, and Copernicus's "1001–1011,
    1981b." pages and date."""
    found = matching(segments, "date", _NUMBERS_THEN_BRACKETED_YEAR)
    if found is not None:
        pieces = (("volume", "volume"), ("pages", "pages"), ("date", "date"))
        return cut_by_groups(segments, found[0], found[1], *pieces)
    ranged = split_matching(segments, "date", PAGES_THEN_YEAR, ("pages", "name"), ("date", "year"))
    if ranged is not segments:
        return ranged
    return split_matching(segments, "date", YEAR_COLON_PAGES, ("date", "date"), ("pages", "pages"))


#: A pages mark ending an imprint: "Routledge. Abingdon and New York. S." before "162–177.".
_PAGES_MARK_AT_END = re.compile(r"\s(?P<mark>(?:S|s|p|pp|P)\.)$")


def pages_mark_out_of_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Routledge. Abingdon and New York. S." + "162–177.": the pages mark read into the
    publisher or place before the pages goes with them."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if nxt.label != "pages" or seg.label not in ("publisher", "location"):
            continue
        mark = _PAGES_MARK_AT_END.search(seg.text)
        if mark is None:
            return segments
        moved = nxt._replace(text=f"{mark['mark']} {nxt.text}")
        return splice(segments, i, 2, seg._replace(text=seg.text[: mark.start()]), moved)
    return segments


#: The last word of a report's kind: "Urban Institute Paper", "SCIE Guide".
_REPORT_KIND_ENDINGS = frozenset("paper report brief note guide memo".split())

#: A report number as printed after its series: "1206–17", "12", "2019/04".
_REPORT_NUMBER = re.compile(r"^[A-Z]{0,4}-?\d{1,5}(?:\s*[-–/]\s*\d{1,5})?[.,;]?$")


def report_number_read_as_pages(segments: list[Segment]) -> list[Segment]:
    """ "Urban Institute Paper" + "1206–17." read as a publisher and the pages, before
    the place and the publisher: the name of a report's kind and its number are the
    genre."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if nxt.label != "pages" or seg.label not in ("publisher", "genre", "container-title"):
            continue
        kind = seg.text.rstrip(" .,;:").rsplit(None, 1)[-1:] or [""]
        if kind[0].lower() not in _REPORT_KIND_ENDINGS or not _REPORT_NUMBER.match(
            nxt.text.strip()
        ):
            return segments
        if not any(s.label in ("publisher", "location") for s in segments[i + 2 :]):
            return segments  # "Working papers in …, 12–34": pages of a series' volume
        return splice(segments, i, 2, seg._replace(label="genre", text=f"{seg.text} {nxt.text}"))
    return segments


def volume_in_pages(segments: list[Segment]) -> list[Segment]:
    """ "American Political Science Review" + "2013," + "107, 726.", "107 (4), 726." or
    "107 726–741." (chemistry and materials journals print the year, the volume and the
    first page; Bioscientifica's the range): in a journal article with no volume, the
    number before the comma or the range is the volume."""
    for i, seg in enumerate(segments):
        if seg.label != "pages" or i == 0 or segments[i - 1].label != "date":
            continue
        match = _VOLUME_COMMA_NUMBER.match(seg.text.strip())
        if match is None:
            return segments
        if match["volume"]:
            volume, pages = match["volume"], match["page"]
        else:
            volume, pages = match["bare"], match["range"]
        return divided(segments, i, ("volume", volume), ("pages", pages))
    return segments


def page_range_read_as_volume(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "41–45," or a chapter's "Trust, Risk and
    Uncertainty," + "143–62," read as the volume, in a reference with no pages: a rising
    range that is no double volume ("35–36") is the pages."""
    for i, seg in enumerate(segments):
        if seg.label != "volume":
            continue
        match = NUMBER_RANGE.match(seg.text.strip())
        if match is None:
            continue
        start, end = match["first"], match["last"]
        if len(end) < 2:
            return segments  # "82-2", "83-6": a volume and its issue
        end = start[: len(start) - len(end)] + end  # "143–62" ends at 162
        if int(end) <= int(start) + 1:
            return segments  # "35–36": two volumes bound as one; "35-14" falls
        return splice(segments, i, 1, seg._replace(label="pages"))
    return segments


#: A volume segment that runs on into the pages after their mark: "v.107, p.726–741,".
_VOLUME_THEN_MARKED_PAGES = re.compile(
    r"^(?:(?P<volume>.*?\d.*?,)\s*)?(?P<pages>pp?\.\s?[A-Za-z]?\d.*)$"
)


def marked_pages_out_of_volume(segments: list[Segment]) -> list[Segment]:
    """ "American Political Science Review," + "v.107, p.726–741," (ABNT's volume and
    pages, with no space after their marks) read as one volume, in a reference with no
    pages: the pages after their mark come out ("p.41–45," alone is the pages)."""
    for i, seg in enumerate(segments):
        if seg.label != "volume":
            continue
        match = _VOLUME_THEN_MARKED_PAGES.match(seg.text.strip())
        if match is None:
            return segments
        if not match["volume"]:
            return splice(segments, i, 1, seg._replace(label="pages"))
        return divided(segments, i, ("volume", match["volume"]), ("pages", match["pages"]))
    return segments


#: A year alone in brackets, as physics journals print it last: "(1983).".
_BRACKETED_YEAR = re.compile(r"^\((?:1[5-9]|20)\d\d[a-z]?\)[.,;]?$")

#: A volume (with its issue in brackets, as the Japanese Journal of Applied Physics
#: prints it, or the Canadian Journal of Chemistry), a comma and one number: "43, 59",
#: "43 [1], 59", "107 (4), 726"; or a volume and a range with a space alone between them
#: (Bioscientifica's "2013 107 726–741.").
_VOLUME_COMMA_NUMBER = re.compile(
    r"^(?P<volume>\d{1,4}(?:\s?(?:\[\w{1,8}\]|\(\w{1,8}\)))?,)\s*(?P<page>[A-Za-z]?\d{1,6})\.?$"
    r"|^(?P<bare>\d{1,4})\s+(?P<range>\d{1,6}\s?[-–]\s?\d{1,6})\.?$"
)


def first_page_after_volume(segments: list[Segment]) -> list[Segment]:
    """ "Public Administration Review" + "43, 59" + "(1983)." (the physics journals' "J.
    Chem. Phys. 43, 59 (1983)", or "43 [1], 59"): before the bracketed year that ends
    the reference, the number after the volume's comma is the first page, not the
    issue."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "volume" or nxt.label != "date" or nxt.text[:1] != "(":
            continue
        if not _BRACKETED_YEAR.match(nxt.text.strip()):
            return segments  # "58, 1 (Summer 2004)": Chicago's volume and issue
        match = _VOLUME_COMMA_NUMBER.match(seg.text.strip())
        if match is None or any(s.label not in AFTER_IMPRINT for s in segments[i + 2 :]):
            return segments
        return divided(segments, i, ("volume", match["volume"]), ("pages", match["page"]))
    return segments


#: An issue number alone: "№ 3.", "No. 4", "Nr. 2", "H. 3", "n° 12".
_ISSUE_ONLY = re.compile(
    r"^(?:№|n°|no\.?|nr\.?|heft|h\.)\s*\d{1,4}[a-z]?(?:\s*[-–/]\s*\d{1,4})?[.,;]?$", re.I
)


def issue_read_as_genre(segments: list[Segment]) -> list[Segment]:
    """ "№ 3." read as the genre, as GOST prints an issue after the year ("2018. № 3. С.
    45–67."): a volume segment, whose number is read as the issue."""
    if not any(s.label == "genre" and _ISSUE_ONLY.match(s.text) for s in segments):
        return segments
    return [
        s._replace(label="volume") if s.label == "genre" and _ISSUE_ONLY.match(s.text) else s
        for s in segments
    ]


#: A page mark alone: GOST's "С." (Cyrillic), German "S.", "p.", "pp.", "стр.".
_PAGE_MARK_ALONE = re.compile(r"^(?:[СсSsPpР]|pp|стр|сс|ss)\.$")


def page_mark_read_as_editor(segments: list[Segment]) -> list[Segment]:
    """GOST's "С. 45–60" with the mark read as an editor: the mark opens the pages."""
    for i, (seg, nxt) in enumerate(pairwise(segments)):
        if seg.label == "editor" and nxt.label == "pages" and _PAGE_MARK_ALONE.match(seg.text):
            return splice(segments, i, 2, nxt._replace(text=f"{seg.text} {nxt.text}"))
    return segments


#: A volume and its issue before the pages, read as the pages: "176(1-2) p 145-157".
_VOLUME_THEN_PAGES = re.compile(
    r"^(?P<volume>\d+\s*\([^()]+\)[.,:]?)\s+(?P<pages>(?:pp?\.?\s*)?\d+\s*[-–]\s*\d+\.?)$"
)

#: A bare volume before the pages: RSC's "107, 726–741.", the "35:216–24." of many
#: science journals.
_BARE_VOLUME_THEN_PAGES = re.compile(
    r"^(?P<volume>\d{1,4}(?:,\s|:\s?))(?P<pages>\d+\s*[-–]\s*\d+\.?)$"
)


def volume_out_of_pages(segments: list[Segment]) -> list[Segment]:
    """ "Toxicology, 2002, 176(1-2) p 145-157" with the numbers read as the pages, in a
    reference with no volume: the number and bracketed issue before them are the volume;
    so is a bare number before the range ("2013, 107, 726–741.", "35:216–24.") in an
    article, and an article's compact "107(4):726–741." is read as a volume."""
    found = split_matching(
        segments, "pages", _VOLUME_THEN_PAGES, ("volume", "volume"), ("pages", "pages")
    )
    if found is segments and any(s.label == "journal" for s in segments):
        found = split_matching(
            segments, "pages", _BARE_VOLUME_THEN_PAGES, ("volume", "volume"), ("pages", "pages")
        )
    if found is segments and any(s.label == "journal" for s in segments):
        # "107(4):726–741." read as the pages: the compact numbers are read from a volume
        for i, seg in enumerate(segments):
            if (
                seg.label == "pages"
                and "(" in seg.text
                and fields.split_compact(seg.text, bare=True)
            ):
                return splice(segments, i, 1, seg._replace(label="volume"))
    return found


#: The pages of a chapter ending its title (CSE prints them before the book): "… With and
#: Through Technology Pages 1096–1099".
_TITLE_THEN_PAGES = re.compile(
    r"^(?P<title>.*\w[.?!”\"’]?)\s+(?P<pages>(?:[Pp]ages|pp\.)\s*\d+\s*[-–]\s*\d+[.,]?)$"
)


def pages_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Digital Civics: … Technology Pages 1096–1099" + "in Proceedings …" with the pages
    read into the title, in a reference with no pages: they are the pages."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        if not seg.text.rstrip(" .,")[-1:].isdigit():
            return segments  # the cheap test first
        match = _TITLE_THEN_PAGES.match(seg.text)
        if match is None:
            return segments
        return cut_by_groups(segments, i, match, ("title", "title"), ("pages", "pages"))
    return segments


#: A volume in roman numerals ending a journal's name: "“American Political Science
#: Review” CVII," (Italian and Slavic styles quote the journal and print the volume so).
_ROMAN_AFTER_JOURNAL = re.compile(r"^(?P<journal>.*\S)\s+(?P<volume>[IVXLC]{2,}[,.:]?)$")

#: An issue printed bare after such a volume: "4,".
_BARE_ISSUE = re.compile(r"^\d{1,4}[,.:;]?$")


def roman_volume_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "“American Political Science Review” CVII," + "4,": the roman numerals after a
    quoted journal, or before a bare issue, are the volume ("Lunar and Planetary Science
    XXV," before its pages stays a name)."""
    for i, seg in enumerate(segments):
        if seg.label != "journal" or seg.text.rstrip(" ,.:")[-1:] not in "IVXLC":
            continue
        match = _ROMAN_AFTER_JOURNAL.match(seg.text.rstrip())
        if match is None:
            return segments
        after = segments[i + 1] if i + 1 < len(segments) else None
        if after is not None and after.label != "volume":
            after = None
        if after is not None and not _BARE_ISSUE.match(after.text):
            return segments
        if after is None and match["journal"].rstrip(" ,")[-1:] not in '”"»':
            return segments
        journal = seg._replace(text=match["journal"])
        if after is not None:
            volume = after._replace(text=f"{match['volume']} {after.text}")
            return splice(segments, i, 2, journal, volume)
        return splice(segments, i, 1, journal, seg._replace(label="volume", text=match["volume"]))
    return segments


#: A volume in small roman numerals, maybe with its issue, ending the journal's name:
#: "Public Administration Review lxxvi", "Health Promotion Practice xii/1" (the Journal
#: of Ecclesiastical History's style).
_SMALL_ROMAN_ENDING_JOURNAL = re.compile(
    r"^(?P<journal>.*\S)\s+(?P<volume>(?=[ivxlc]{2,}\b)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
    r"(?:/\d{1,3})?)$"
)


_CONTAINER_LABELS = frozenset(("journal", "container-title"))


def small_roman_volume_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Public Administration Review lxxvi" + "(2016),": small roman numerals ending the
    journal (or a container: they make it a journal), right before the year, are its
    volume, and the number after a slash its issue."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in _CONTAINER_LABELS or segments[i + 1].label != "date":
            continue
        match = _SMALL_ROMAN_ENDING_JOURNAL.match(seg.text.rstrip(" ,."))
        if match is None:
            return segments
        volume = match["volume"].replace("/", "(", 1) + (")" if "/" in match["volume"] else "")
        journal = seg._replace(label="journal", text=match["journal"])
        pieces = [journal, seg._replace(label="volume", text=volume)]
        return splice(segments, i, 1, *pieces)
    return segments


#: ABNT's issue before the pages, read with them: "n. 8, p. 1317–1352", French "nᵒ 4,
#: p. 216‑224".
_ISSUE_THEN_PAGES = re.compile(
    r"^(?P<issue>(?:n\.|no\.|nr\.?|n[º°ᵒ])\s*[\w/–-]+,)\s+(?P<pages>(?:pp?\.\s*)?\d.*)$", re.I
)

#: ABNT's issue ending the journal's name: "Stanford Social Innovation Review n. Summer,";
#: French styles' after the year: "2015, nᵒ Summer,".
_JOURNAL_THEN_ISSUE = re.compile(
    r"^(?P<journal>.*\w),?\s+(?P<issue>(?:n\.|no\.|nr\.?|n[º°ᵒ])\s*\w[\w/–-]*,?)$", re.I
)


def issue_out_of_neighbours(segments: list[Segment]) -> list[Segment]:
    """ "v. 73," + "n. 8, p. 1317–1352" or "Stanford Social Innovation Review n. Summer,"
    (ABNT), "2015, nᵒ Summer," (French): the issue read into the pages, the journal's
    name or the date joins the volume, or is the volume segment when there is none."""
    for i, seg in enumerate(segments):
        if seg.label == "pages" and seg.text[:1] in "nN":
            match, first, second = _ISSUE_THEN_PAGES.match(seg.text), "issue", "pages"
        elif seg.label in ("journal", "date") and (" n" in seg.text or " N" in seg.text):
            match, first, second = _JOURNAL_THEN_ISSUE.match(seg.text), "journal", "issue"
        else:
            continue
        if match is None:
            continue
        issue = seg._replace(label="volume", text=match["issue"])
        other = seg._replace(text=match[second if first == "issue" else first])
        pieces = [issue, other] if first == "issue" else [other, issue]
        at, count = i, 1
        if first == "issue" and i and segments[i - 1].label == "volume":
            before = segments[i - 1]
            pieces = [before._replace(text=f"{before.text} {match['issue']}"), other]
            at, count = i - 1, 2
        elif first == "journal" and i + 1 < len(segments) and segments[i + 1].label == "volume":
            after = segments[i + 1]
            pieces = [other, after._replace(text=f"{match['issue']} {after.text}")]
            count = 2
        return splice(segments, at, count, *pieces)
    return segments
