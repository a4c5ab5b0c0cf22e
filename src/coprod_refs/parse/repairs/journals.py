"""Segment rules for journals: a journal's name run into the title or cut from it,
printed in quotes or guillemets, or read as an imprint or a publisher."""

from __future__ import annotations

import re
from itertools import pairwise

from coprod_refs.parse import fields
from coprod_refs.parse.features import lexicon_hit
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs.edits import (
    CAPITALISED_NAME,
    IN_GUILLEMETS,
    IN_GUILLEMETS_ROMAN,
    NUMBER_LABELS,
    SMALL_WORD,
    TITLE_BOUNDARY,
    UNMARKED_TITLE_THEN_JOURNAL,
    boundary_moved,
    cut_by_groups,
    divided,
    ends_with_full_word,
    last_title_dash,
    splice,
    split_matching,
)


def _numbers_follow(segments: list[Segment], at: int) -> bool:
    """Whether the segment at `at` is a volume or pages, or a date right before one
    (Vancouver's "Arthroscopy. 2005 Oct; 21(10): 1257-64.")."""
    if segments[at].label == "date" and at + 1 < len(segments):
        at += 1
    return segments[at].label in NUMBER_LABELS


#: The same read as one journal, before its numbers: "The state and the reconstruction of
#: civil society International Review of Administrative Sciences" + "83:676–693.".
_UNMARKED_TITLE_AND_JOURNAL = re.compile(UNMARKED_TITLE_THEN_JOURNAL + r"[.,]?$")


def title_run_into_journal(segments: list[Segment]) -> list[Segment]:
    """A title in sentence case run into the journal's name in title case with no stop
    between, read as one journal before the numbers, in a reference with no title: the
    journal's name is the run of capitalised words that ends it."""
    return _journal_cut_from_end(segments, "journal")


def journal_head_read_into_title(segments: list[Segment]) -> list[Segment]:
    """ "… based on the classical definitions Public" + "Administration Review," before
    the numbers (a style printing no stop after the title): the run of capitalised words
    that ends the title and the journal together is the journal's name, unless the
    journal's name is abbreviated ("… a model Insect" + "Nat Rev Genet.")."""
    for i in range(len(segments) - 2):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or nxt.label != "journal":
            continue
        if not seg.text[-1:].isalpha() or not seg.text.rsplit(maxsplit=1)[-1][:1].isupper():
            return segments  # a stop ends the title, or a word in small letters
        if not _numbers_follow(segments, i + 2):
            return segments
        if all(len(word.strip(".,;:")) <= 5 for word in nxt.text.split()):
            return segments  # "… as a model Insect" + "Nat Rev Genet.": abbreviated
        match = _UNMARKED_TITLE_AND_JOURNAL.match(f"{seg.text} {nxt.text}")
        if match is None or len(match["title"]) >= len(seg.text):
            return segments
        if len(match["title"].split()) < 3 or ". " in match["title"]:
            return segments
        moved = seg.text[len(match["title"]) :].strip()
        return boundary_moved(segments, i, match["title"], f"{moved} {nxt.text}")
    return segments


def journal_run_into_title(segments: list[Segment]) -> list[Segment]:
    """The same read as one title before the volume, in a reference with no journal
    ("… in public administration Public Administration Review" + "1982;42:501–508")."""
    return _journal_cut_from_end(segments, "title")


def _journal_cut_from_end(segments: list[Segment], label: str) -> list[Segment]:
    """The segments with the first `label` segment before numbers cut into a title and
    the journal's name of capitalised words that ends it, when it reads so."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != label or not _numbers_follow(segments, i + 1):
            continue
        if label == "title" and (segments[i + 1].label != "volume" or seg.text[-1] == "."):
            return segments  # a book's "… Grenoble III," + "2003," or "… Brigge." + "Vol. 6"
        if not "A" <= seg.text.rsplit(maxsplit=1)[-1][:1] <= "Z":
            return segments  # the cheap test first: a journal's capitalised word ends it
        match = _UNMARKED_TITLE_AND_JOURNAL.match(seg.text)
        if match is None or len(match["title"].split()) < 3 or ". " in match["title"]:
            return segments  # a title of sentences is left to the rules that read stops
        return cut_by_groups(segments, i, match, ("title", "title"), ("journal", "journal"))
    return segments


#: A volume with the last word of the journal's name run into it: "Review107(4):".
_WORD_GLUED_TO_VOLUME = re.compile(r"^(?P<word>[A-Za-z][a-z]+)(?P<volume>\d{1,4}\b.*)$")


def journal_word_out_of_volume(segments: list[Segment]) -> list[Segment]:
    """ "American Political Science" + "Review107(4):" (a style that prints no space
    between the journal and its volume): the word before the number ends the journal."""
    for i in range(1, len(segments)):
        seg, before = segments[i], segments[i - 1]
        if seg.label != "volume" or before.label not in ("journal", "container-title"):
            continue
        match = _WORD_GLUED_TO_VOLUME.match(seg.text) if seg.text[:1].isalpha() else None
        if match is None or fields.is_number_word(match["word"]):
            return segments  # "Vol12": the volume's own word
        journal = before._replace(text=f"{before.text} {match['word']}")
        return splice(segments, i - 1, 2, journal, seg._replace(text=match["volume"]))
    return segments


#: A full stop and a dash between the title and the journal (Carolinea, Myrmecological
#: News): "… well-being. – Health Promotion Practice".
_STOP_THEN_DASH = re.compile(r"(?<=[\w)?!”\"’][.?!])\s+[–—]\s+(?=[A-Z])")


#: An issue's or volume's mark, which ends no sentence: "Review, no. Summer," (the last
#: three letters before the full stop).
_NUMBER_MARKS = frozenset((" no", " nr", "vol", " nº"))


def split_journal_from_title(segments: list[Segment]) -> list[Segment]:
    """ "Title. Journal Name" (or "Title. – Journal Name") labelled as one segment (title or
    journal) right before a volume or pages (or a date and then they), with no other
    title or journal: the last sentence is the journal (an abbreviated word such as
    "Bot." or an issue's "no." does not end a sentence)."""
    labels = [s.label for s in segments]
    if {"container-title", "publisher", "editor"} & set(labels):
        return segments
    if labels.count("title") + labels.count("journal") != 1:
        return segments
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("title", "journal") or not _numbers_follow(segments, i + 1):
            continue
        text = seg.text.rstrip(" ,;")
        cut = None
        for m in TITLE_BOUNDARY.finditer(text):
            before = text[: m.start()]
            if ends_with_full_word(before) and before[-3:].lower() not in _NUMBER_MARKS:
                cut = m
        dash = _STOP_THEN_DASH.search(text)
        if dash is not None and (cut is None or dash.start() > cut.start()):
            cut = dash  # "… well-being. – Health Promotion Practice"
        if cut is None:
            return segments
        head, tail = text[: cut.end()].rstrip(), seg.text[cut.end() :]
        short = len(head.split()) < 3 or not 1 <= len(tail.split()) <= 12
        if short or fields.looks_like_genre(tail):
            return segments
        return divided(segments, i, ("title", head), ("journal", tail))
    return segments


#: A colon a style prints between the title and the journal: "… revisited: American
#: Political Science Review, v. 107" (the US Geological Survey's style, Terra Nova's).
_COLON_AFTER_TITLE = re.compile(r"(?<=[\w)?!”\"’]): (?=[A-Z])")


def subtitle_read_into_journal(segments: list[Segment]) -> list[Segment]:
    """ "Consumers as co-producers of public services:" + "Some economic and institutional
    considerations: Policy Studies Journal," (the GSA's colon between the title and the
    journal, after a title with a colon of its own): what comes before the journal's last
    colon, a subtitle in sentence case, ends the title ("VOLUNTAS: International Journal
    of …" keeps its name)."""
    for i, (seg, nxt) in enumerate(pairwise(segments)):
        if seg.label != "title" or nxt.label != "journal":
            continue
        colons = list(_COLON_AFTER_TITLE.finditer(nxt.text))
        if not seg.text.rstrip().endswith(":") or not colons:
            return segments
        head, tail = nxt.text[: colons[-1].start() + 1], nxt.text[colons[-1].end() :]
        if len(head.split()) < 3 or not SMALL_WORD.search(head):
            return segments
        return splice(
            segments, i, 2, seg._replace(text=f"{seg.text} {head}"), nxt._replace(text=tail)
        )
    return segments


#: Longer words that a title-case name may leave in small letters.
#: A journal's name in capitals before the colon inside that name: "VOLUNTAS:".
_CAPITALS_HEAD = re.compile(r"^[A-Z][A-Z&-]+:$")

#: The same name run into the title's full stop: "public value.VOLUNTAS:".
_GLUED_CAPITALS_HEAD = re.compile(r"(?<=[a-z])\.(?P<head>[A-Z][A-Z&-]+:)$")

_SMALL_WORDS = frozenset(("from", "into", "with", "upon", "über", "pour", "dans", "avec"))


def _in_title_case(text: str) -> bool:
    """Whether `text` is printed as journals' names are: every longer word capitalised."""
    words = [w.strip("(),.;:“”\"‘’'") for w in text.split()]
    longer = [
        w for w in words if len(w) > 3 and w.replace("-", "").isalpha() and w not in _SMALL_WORDS
    ]
    return len(longer) >= 2 and all(w[0].isupper() for w in longer)


def journal_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "Local Government Studies." + "2014;" + "40:" + "533–559." (chemistry styles that
    print no article title) read as the title, in a reference with no journal: a short
    name in title case with a journal's word, right before the year and the volume (and
    not after a year of its own, as a report's title is), is the journal."""
    for i, seg in enumerate(segments[:-2]):
        if seg.label != "title":
            continue
        if [s.label for s in segments[i + 1 : i + 3]] != ["date", "volume"]:
            return segments  # Vancouver's order: the journal, the year, the volume
        if any(s.label == "date" for s in segments[:i]):
            return segments
        name = seg.text.strip(" .,;")
        words = name.split()
        if len(words) > 8 or not _in_title_case(name) or any(c in name for c in ".:?!"):
            return segments
        if not any(lexicon_hit("journal_words", w) for w in words):
            return segments
        return splice(segments, i, 1, seg._replace(label="journal"))
    return segments


def journal_after_names_colon(segments: list[Segment]) -> list[Segment]:
    """ "E. Ostrom:" + "World Development," + "1996, vol. 24, pp. 1073–87.": after names
    closed by a colon (styles that print no article title), a lone title in title case
    before the year, the volume and the pages is the journal."""
    labels = [s.label for s in segments]
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 3] != ["author", "title", "date"] or labels.count("title") != 1:
        return segments
    if not segments[first].text.endswith(":") or not NUMBER_LABELS & set(labels):
        return segments
    title = segments[first + 1].text
    if ". " in title or len(title.split()) > 10 or not _in_title_case(title):
        return segments  # "Wolfgang Jantzen: Vorwort. In: …": a title after the names
    return splice(segments, first + 1, 1, segments[first + 1]._replace(label="journal"))


def journal_after_title_colon(segments: list[Segment]) -> list[Segment]:
    """ "The state and … civil society: International Review of Administrative Sciences"
    labelled as one segment (title or journal) right before a volume or pages, with no
    other title or journal: a name in title case after the last colon is the journal,
    with a name in capitals before it ("…: VOLUNTAS: International Journal of …")."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("title", "journal"):
            continue
        if ": " not in seg.text or not _numbers_follow(segments, i + 1):
            return segments  # the cheap test first: a colon in the one title
        if sum(s.label in ("title", "journal") for s in segments) != 1:
            return segments
        cuts = [*_COLON_AFTER_TITLE.finditer(seg.text)]
        if not cuts:
            return segments
        cut = cuts[-1]
        if len(cuts) > 1 and _CAPITALS_HEAD.match(seg.text[cuts[-2].end() : cut.start() + 1]):
            cut = cuts[-2]  # "…: VOLUNTAS: International Journal …"
        head, tail = seg.text[: cut.start() + 1], seg.text[cut.end() :]
        glued = _GLUED_CAPITALS_HEAD.search(head)
        if glued:  # "… public value.VOLUNTAS: International Journal …"
            head, tail = head[: glued.start() + 1], f"{glued['head']} {tail}"
        if len(head.split()) < 3 or len(tail.split()) > 12 or not _in_title_case(tail):
            return segments
        if any(mark in head for mark in "„“«"):
            return segments  # "…, „VOLUNTAS: International Journal …”": a quoted journal
        if _in_title_case(head):
            return segments  # "Public Management: The State of the Art", a title
        return divided(segments, i, ("title", head), ("journal", tail))
    return segments


def report_series_from_journal(segments: list[Segment]) -> list[Segment]:
    """ "SCIE Research Briefing" + "31." labelled journal and volume in a reference with a
    publisher and no issue or pages: a report series and its number, the genre."""
    labels = {s.label for s in segments}
    if "publisher" not in labels or labels & {"issue", "pages", "genre"}:
        return segments
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label == "journal" and nxt.label == "volume" and fields.looks_like_genre(seg.text):
            merged = Segment("genre", f"{seg.text} {nxt.text}", min(seg.confidence, nxt.confidence))
            return splice(segments, i, 2, merged)
    return segments


_JOURNAL_NUMBERS_AS_IMPRINT = re.compile(
    r"^(?P<journal>[^\d:]*[^\W\d_][^\d:]*?)\s+(?P<volume>\d{1,4}\s*(?:\([^()]{1,15}\))?)\s*:"
    r"\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?[.,;]?)$"
)

_NUMBER_COLON = re.compile(r"\d\)?\s*:")


def journal_read_as_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Voluntas 23(4): 1119-1138." read as an imprint (one segment, or a place and its
    publisher): words, a volume with its issue, a colon and only pages are the journal,
    its volume and the pages, as SAGE's Harvard style prints them (no imprint is
    printed so)."""
    for i, seg in enumerate(segments):
        if seg.label not in ("location", "publisher") or not _NUMBER_COLON.search(seg.text):
            continue  # the cheap test first: "London:" holds no number before its colon
        count = 2 if seg.label == "location" and i + 1 < len(segments) else 1
        if count == 2 and segments[i + 1].label != "publisher":
            count = 1
        text = " ".join(s.text.strip() for s in segments[i : i + count])
        found = _JOURNAL_NUMBERS_AS_IMPRINT.match(text)
        if found is None:
            continue
        return splice(
            segments,
            i,
            count,
            Segment("journal", found.group("journal"), seg.confidence),
            Segment("volume", found.group("volume") + ":", seg.confidence),
            Segment("pages", found.group("pages"), seg.confidence),
        )
    return segments


def subtitle_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Who engages … and why?" + "The case of Atlanta, Georgia. Public Administration
    Review": after a title ending in a question mark, the sentence that opens the
    journal is the title's subtitle."""
    for i, seg in enumerate(segments[1:], start=1):
        prev = segments[i - 1]
        if seg.label != "journal" or prev.label != "title":
            continue
        if prev.text.rstrip(" ”\"’'")[-1:] not in "?!":
            return segments
        cuts = [
            m
            for m in TITLE_BOUNDARY.finditer(seg.text)
            if ends_with_full_word(seg.text[: m.start()])
        ]
        if not cuts or len(seg.text[cuts[-1].end() :].split()) < 1:
            return segments
        head, tail = seg.text[: cuts[-1].start() + 1], seg.text[cuts[-1].end() :]
        title = Segment("title", f"{prev.text} {head}", prev.confidence)
        return splice(segments, i - 1, 2, title, Segment("journal", tail, seg.confidence))
    return segments


#: A journal's name in capitals that ends the title before the rest of the name: "…,
#: VOLUNTAS:", "… value.- VOLUNTAS:", "… public value VOLUNTAS:", "«VOLUNTAS:"; or the
#: title alone ("VOLUNTAS:").
_NAME_HEAD_ENDING_TITLE = re.compile(
    r"(?:^|(?<=[.?!,:»”\"’-] )|(?<=[a-z] )|(?<=«))(?P<head>[A-Z][A-Z&-]+:)$"
)


#: The small "in" before a journal's guillemets, left at the title's end: "…, in «".
_IN_MARK_ENDING = re.compile(r",?\s+(?:[Ii]n|[Ee]n|[Dd]ans):?$")


def journal_head_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "… public value, VOLUNTAS:" + "International Journal of Voluntary …" (a journal
    whose name holds a colon, cut there) or "… public administration. – Public" +
    "Administration Review" (a style's dash after the title): the words after the
    title's last stop, or after the dash, open the journal."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or nxt.label != "journal":
            continue
        text = seg.text.rstrip()
        dash = last_title_dash(text)
        if dash is not None:
            head_at = dash.end()
        else:
            match = _NAME_HEAD_ENDING_TITLE.search(text) if text[-1:] == ":" else None
            if match is None or not match["head"][:-1].isupper():
                return segments  # "Co-production:" + "The state of the art" is a title
            head_at = match.start()
        rest = nxt.text.strip()
        if text[head_at - 1 : head_at] == "«" and rest.rstrip(" .,;:")[-1:] == "»":
            rest = rest.replace("»", "", 1)  # «VOLUNTAS: International Journal …»
        journal = nxt._replace(text=f"{text[head_at:]} {rest}")
        title = _IN_MARK_ENDING.sub("", text[: dash.start() if dash else head_at].rstrip(" ,«-–"))
        if not title:
            return splice(segments, i, 2, journal)
        return splice(segments, i, 2, seg._replace(text=title), journal)
    return segments


#: A title ended after a full word, a bracket or a number, then the abbreviated words
#: that open the journal's name, as botany and zoology print it with no stop between:
#: "… species novae.) Izv." + "Glavn. Bot. Sada", "… Cochlearia L., 2. Novosti Sist." +
#: "Vyssh. Rast.".
_TITLE_THEN_JOURNAL_ABBREVIATIONS = re.compile(
    r"^(?P<title>.*(?:[a-zà-ÿ]{4}|\)|\d)[.?!]\)?)\s+"
    r"(?P<head>(?!(?:Part|Vol|Vols|No|Nr|Bd|Tome|Tomo|Teil|Fasc|Suppl)\b)"
    r"(?:[A-ZÀ-Þ][a-zà-ÿ]+\s+)?(?:[A-ZÀ-Þ][a-zà-ÿ]{1,8}\.\s*)+)$"
)
#: An abbreviated journal's name: "Glavn. Bot. Sada S.S.S.R.", "Vyssh. Rast.".
_ABBREVIATED_JOURNAL = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{1,8}\.\s")


def journal_abbreviations_read_into_title(segments: list[Segment]) -> list[Segment]:
    """ "Revisio generis Cochlearia L., 2. Novosti Sist." + "Vyssh. Rast." + "7:" (an
    abbreviated journal cut after its first words): the abbreviations after the title's
    last stop open the journal."""
    for i in range(len(segments) - 2):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or nxt.label != "journal":
            continue
        if not _ABBREVIATED_JOURNAL.match(nxt.text) or not _numbers_follow(segments, i + 2):
            return segments
        match = _TITLE_THEN_JOURNAL_ABBREVIATIONS.match(seg.text.strip())
        if match is None or len(match["title"].split()) < 3:
            return segments
        return boundary_moved(segments, i, match["title"], f"{match['head'].strip()} {nxt.text}")
    return segments


#: The names, then an abbreviated word after the last comma: "T. Ito, Jpn.".
_NAMES_THEN_ABBREVIATION = re.compile(r"^(?P<names>.*[^\W\d_]\.?),\s(?P<head>[A-Z][a-z]{2,8}\.)$")

#: An abbreviated journal's name, its first word perhaps one letter: "J. Appl. Phys.".
_ABBREVIATION_OPENING = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{0,8}\.\s")


def journal_abbreviation_read_into_names(segments: list[Segment]) -> list[Segment]:
    """ "T. Ito, Jpn." + "J. Appl. Phys." + "52 [4]," (physics journals print the names,
    then the abbreviated journal after a comma): an abbreviated word closing the names
    before an abbreviated journal opens the journal."""
    for i in range(len(segments) - 2):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "author" or nxt.label != "journal":
            continue
        if not _ABBREVIATION_OPENING.match(nxt.text) or not _numbers_follow(segments, i + 2):
            return segments
        match = _NAMES_THEN_ABBREVIATION.match(seg.text.strip())
        if match is None or lexicon_hit("known_given_names", match["head"]):
            return segments
        return boundary_moved(segments, i, match["names"] + ",", f"{match['head']} {nxt.text}")
    return segments


#: The last words of newspapers', magazines' and blogs' names: "The Honolulu Advertiser",
#: "The Spokesman-Review", "Harvard Business Review", "Governance International Blog".
_PERIODICAL_ENDINGS = frozenset(
    "times post herald tribune guardian advertiser gazette chronicle observer telegraph "
    "independent inquirer examiner courier bulletin standard mail express mirror globe "
    "monitor dispatch review spokesman-review economist magazine newsletter blog weekly "
    "daily news zeitung allgemeine corriere repubblica figaro monde".split()
)


def _names_a_periodical(text: str) -> bool:
    """Whether `text` ends as newspapers, magazines and blogs are named and names no
    publisher ("The Honolulu Advertiser"; not "Monthly Review Press")."""
    last = text.rstrip(" .,;:").rsplit(None, 1)[-1:] or [""]
    return last[0].lower() in _PERIODICAL_ENDINGS and not lexicon_hit("publishers", text)


#: A title's last sentence: "Final Nobel Prizes Awarded." + "The Honolulu Advertiser".
_LAST_SENTENCE = re.compile(r"^(?P<title>.*\w[.?!][”\"’']?)\s+(?P<name>[A-ZÀ-Ý][^.?!]*)$")


def periodical_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Final Nobel Prizes Awarded. The Honolulu Advertiser (2009)" with the paper read
    as the publisher or as the title's last sentence, in a reference with no place,
    journal or book: a name after the title that ends as newspapers, magazines and blogs
    are named is the periodical."""
    for i, seg in enumerate(segments):
        if seg.label == "title" and "publisher" not in (s.label for s in segments):
            if not _names_a_periodical(seg.text):
                return segments  # the cheap test first
            match = _LAST_SENTENCE.match(seg.text.rstrip(" ,."))
            if match is None:
                return segments
            name = match["name"]
            if not (CAPITALISED_NAME.match(name) and _names_a_periodical(name)):
                return segments
            return cut_by_groups(segments, i, match, ("title", "title"), ("journal", "name"))
        if seg.label != "publisher":
            continue
        before = [s.label for s in segments[:i] if s.label != "date"]
        if not before or before[-1] != "title" or not _names_a_periodical(seg.text):
            return segments
        return splice(segments, i, 1, seg._replace(label="journal"))
    return segments


#: A journal's name in guillemets, as Italian styles print it: "«Voluntas», 23, 4,".
_GUILLEMETS_THEN_NUMBERS = re.compile(rf"^(?P<journal>{IN_GUILLEMETS})\s+(?P<rest>.*\d.*)$")

_WORDS_THEN_GUILLEMETS = re.compile(
    rf"^(?![Ii]n:?\s+«)(?P<head>.*?[^\s,]),?\s+(?:[Ii]n:?\s+)?(?P<journal>{IN_GUILLEMETS})$"
)


#: The end of a title that opens a journal's guillemets: "…, in «The".
_OPENED_GUILLEMETS_ENDING = re.compile(
    r"^(?P<title>.*?[^\s,]),?\s+(?:[Ii]n:?\s+)?(?P<opened>«[^«»]*)$"
)


def guillemets_cut_by_journal(segments: list[Segment]) -> list[Segment]:
    """ "…, in «The" + "Journal of Development Studies»," (the model ended the title
    inside the guillemets): the words after the opening guillemet belong to the journal."""
    for i in range(1, len(segments)):
        seg, before = segments[i], segments[i - 1]
        if seg.label != "journal" or before.label != "title" or "«" not in before.text:
            continue
        if "»" not in seg.text or "«" in seg.text:
            return segments
        match = _OPENED_GUILLEMETS_ENDING.match(before.text)
        if match is None:
            return segments
        return boundary_moved(segments, i - 1, match["title"], f"{match['opened']} {seg.text}")
    return segments


#: A title run on into "in «Journal»," and perhaps its roman volume: "Toward a definition
#: of the coproduction concept, in «Public Administration Review», XLIII".
_TITLE_THEN_IN_GUILLEMETS = re.compile(
    rf"^(?P<title>.*?[^\s,]),?\s+[Ii]n:?\s+(?P<journal>{IN_GUILLEMETS_ROMAN})$"
)
#: A volume in capital roman numerals, perhaps before the bracketed year and the issue:
#: "XLIII", "XXIX (2012), n. 5,".
_ROMAN_OPENING = re.compile(r"^(?P<roman>[IVXLC]+[,.]?)(?:\s+(?P<date>\(\d{4}[a-z]?\).*))?$")


def journal_in_guillemets(segments: list[Segment]) -> list[Segment]:
    """Italian styles print the journal in guillemets: "«Voluntas», 23, 4," read as the
    volume gives the journal; "Childcare in eight countries, in «Public Management
    Review»," read as the journal gives the title's subtitle and the journal; a title run
    on into "in «Public Administration Review», XLIII" gives the journal and its roman
    volume."""
    labels = [s.label for s in segments]
    for i, seg in enumerate(segments):
        if "«" not in seg.text:
            continue
        if seg.label == "title" and "journal" not in labels[:i]:
            match = _TITLE_THEN_IN_GUILLEMETS.match(seg.text)
            if match:
                journal = seg._replace(label="journal", text=match["journal"])
                title = seg._replace(text=match["title"] + ",")
                after = segments[i + 1] if i + 1 < len(segments) else None
                roman = _ROMAN_OPENING.match(after.text) if after else None
                if after is None or after.label != "journal" or roman is None:
                    return splice(segments, i, 1, title, journal)
                journal = journal._replace(text=f"{journal.text} {roman['roman']}")
                dated = [after._replace(label="date", text=roman["date"])] if roman["date"] else []
                return splice(segments, i, 2, title, journal, *dated)
        if seg.label == "volume" and not {"journal", "container-title"} & set(labels):
            match = _GUILLEMETS_THEN_NUMBERS.match(seg.text)
            if match:
                return divided(
                    segments,
                    i,
                    ("journal", match.group("journal")),
                    ("volume", match.group("rest")),
                )
        if seg.label == "journal" and i and labels[i - 1] == "title":
            match = _WORDS_THEN_GUILLEMETS.match(seg.text)
            if match:
                title = segments[i - 1]
                return splice(
                    segments,
                    i - 1,
                    2,
                    Segment("title", f"{title.text} {match.group('head')}", title.confidence),
                    Segment("journal", match.group("journal"), seg.confidence),
                )
        return segments
    return segments


def journal_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Public Money and Management," + "39:241–252." (or ACS's "Public Money and
    Management," + "2019," + "39 (4)," + "241–252.") read as a publisher and its pages, in
    a reference with no journal, container or place: a name right before a volume, a
    colon and pages, or before the year, a volume with its issue and the pages, is the
    journal (a book's "Sage," + "12, 15–20." is not)."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label not in ("pages", "date"):
            continue
        if nxt.label == "pages" and fields.split_compact(nxt.text, bare=True):
            if any(s.label == "volume" for s in segments):
                return segments
            return splice(segments, i, 1, seg._replace(label="journal"))  # "39:241–252."
        labels = [s.label for s in segments[i + 1 : i + 4]]
        if labels == ["date", "volume", "pages"] and all(fields.parse_volume(segments[i + 2].text)):
            return splice(segments, i, 1, seg._replace(label="journal"))  # ACS's "39 (4),"
    return segments


#: A journal's name in quotes ending an unquoted title after a comma: "Koprodukcja usług
#: publicznych, „Samorząd Terytorialny”".
_TITLE_THEN_QUOTED_JOURNAL = (
    r"^(?P<title>[^“„«\"].*\w[\W]*?),\s+(?P<journal>[„“«\"][^„“”«»\"]{2,}[”»\"]"
)

_QUOTED_JOURNAL_ENDING = re.compile(rf"{_TITLE_THEN_QUOTED_JOURNAL}[,.]?)$")

#: The same with the issue after it: "…, „Stanford Social Innovation Review” nr Summer".
_QUOTED_JOURNAL_THEN_ISSUE = re.compile(
    rf"{_TITLE_THEN_QUOTED_JOURNAL})\s+(?P<issue>(?:t\.\s*\d+\s+)?nr\s+\S.*)$"
)


#: A volume in roman numerals alone: "XL,", "LXXVI".
_ROMAN_VOLUME_ALONE = re.compile(r"^[IVXLC]{2,}[,.:]?$")


def journal_in_quotes_ending_title(segments: list[Segment]) -> list[Segment]:
    """ "Koprodukcja usług publicznych, „Samorząd Terytorialny”" + "2015," read as one
    title, in a reference with no journal but for a roman volume read as one ("XL,"): a
    quoted name after the comma ending an unquoted title, with numbers after it, is the
    journal (Polish, Italian and Russian styles quote the journal, not the article)."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        nxt = segments[i + 1]
        roman = nxt.label == "journal" and _ROMAN_VOLUME_ALONE.match(nxt.text) is not None
        if not (roman or nxt.label in ("date", "volume", "pages")):
            return segments
        if seg.text.rstrip(" ,.")[-1:] not in '”»"':
            numbered = _QUOTED_JOURNAL_THEN_ISSUE.match(seg.text) if "nr" in seg.text else None
            if numbered is None or len(numbered["title"].split()) < 2:
                return segments  # "…, „Stanford Social Innovation Review” nr Summer"
            pieces = (("title", "title"), ("journal", "journal"), ("volume", "issue"))
            return cut_by_groups(segments, i, numbered, *pieces)
        match = _QUOTED_JOURNAL_ENDING.match(seg.text)
        if match is None or len(match["title"].split()) < 2:
            return segments
        if roman:  # "“Local Government Studies”" + "XL," read as the journal
            issue = segments[i + 2] if i + 2 < len(segments) else None
            if issue is not None and issue.label == "volume":  # + "4,"
                merged = nxt._replace(label="volume", text=f"{nxt.text} {issue.text}")
                segments = splice(segments, i + 1, 2, merged)
            else:
                segments = splice(segments, i + 1, 1, nxt._replace(label="volume"))
        return cut_by_groups(segments, i, match, ("title", "title"), ("journal", "journal"))
    return segments


#: A journal's name and its pages after a colon, with no volume: "Stanford Social
#: Innovation Review:41–45".
_NAME_COLON_PAGES = re.compile(
    r"^(?P<journal>[A-Z][^:;]*[^\W\d_]\.?)\s*:\s*(?P<pages>\d+\s*[-–]\s*\d+\.?)$"
)


def journal_and_pages_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review:41–45" read as the publisher, in a reference with
    no journal and no pages (a style that prints an issue-less article so): the name is
    the journal, the range after the colon the pages."""
    return split_matching(
        segments, "publisher", _NAME_COLON_PAGES, ("journal", "journal"), ("pages", "pages")
    )


def chapter_title_read_as_journal(segments: list[Segment]) -> list[Segment]:
    """ "Citizen engagement," + "p. 301–318." + "In Bovaird, T, Loeffler, E (eds.)," + "Public
    management and governance." with the chapter's title read as a journal, in a
    reference with no title: before the chapter's pages and the book's editors after
    "In", the name is the chapter's title."""
    for i, seg in enumerate(segments[:-2]):
        if seg.label != "journal":
            continue
        pages, editors = segments[i + 1], segments[i + 2]
        if pages.label != "pages" or editors.label != "editor":
            return segments
        if not fields.opens_with_in(editors.text):
            return segments
        return splice(segments, i, 1, seg._replace(label="title"))
    return segments
