"""Labelled metadata lines: "ISSN: 0951-3558", "Article number1617023", "Publisher" above
its value, and the "Volume 28, Issue 7, Pages 583-598" lines journals print.

Pages copied from a browser lose the table cells between label and value, so a label may
be followed by a colon, a tab, nothing at all ("JournalCogent Business and Management"),
or stand alone with its value on a later line. A value is only accepted when it reads as
that kind of value (a date for "Published", a number for "Volume"), so a line of prose
that begins with a label word is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from coprod_refs.sources.page_furniture import is_citation_style_name, is_furniture
from coprod_refs.sources.page_names import author_names
from coprod_refs.sources.page_values import (
    article_number,
    csl_type_of,
    find_doi,
    find_isbn,
    find_issn,
    is_publisher_name,
    language_code,
    page_range,
    split_trailing_date,
    status_date,
    volume_or_issue,
    year_of_date,
)


@dataclass(frozen=True)
class Label:
    """A label a page prints before a value, the field it fills, and whether a bare space
    may separate it from its value (safe only where the label itself is unambiguous)."""

    text: str
    kind: str
    spaced: bool = False


def _labels(kind: str, names: str, spaced: bool = False) -> list[Label]:
    return [Label(n, kind, spaced) for n in names.split("|")]


#: Every label read, by field kind. "ignore" labels are recognised so their values are not
#: taken for anything else (a "Received" date is not the publication date); a "digest" is a
#: portal's own summary of the work ("TLDR"), read and left alone so that it is never taken
#: for the abstract.
LABELS: tuple[Label, ...] = tuple(
    sorted(
        [
            *_labels("title", "title|article title|chapter title"),
            *_labels("subtitle", "subtitle"),
            *_labels("authors", "authors|author|author(s)|creators|creator|contributors|from"),
            *_labels("authors", "by", spaced=True),
            *_labels("editors", "editors|editor|editor(s)|edited by"),
            *_labels("editors", "edited by", spaced=True),
            *_labels(
                "journal",
                "journal|journal title|journal name|periodical|published in|"
                "journal/book title|publication title|source title|in journal",
            ),
            *_labels("journal", "published in", spaced=True),
            *_labels(
                "book",
                "book title|host publication title|title of host publication|book|"
                "host publication|in book|parent publication|in",
            ),
            *_labels("book", "book cover|published in book", spaced=True),
            *_labels("series", "series|book series|series title|part of the book series"),
            *_labels("series", "part of the book series", spaced=True),
            *_labels("volume", "volume|vol|vol.", spaced=True),
            *_labels("issue", "issue|issue number|issue no|issue no.|number|no|no.", spaced=True),
            *_labels(
                "pages", "pages|page|page range|page numbers|pages (from-to)|pp|pp.|p.", spaced=True
            ),
            *_labels(
                "article_number",
                "article number|article no|article no.|article id|elocation-id|elocator|"
                "e-locator|article",
                spaced=True,
            ),
            *_labels("doi", "doi|dois|digital object identifier|doi link", spaced=True),
            *_labels(
                "issn",
                "issn|print issn|online issn|electronic issn|eissn|e-issn|issn (print)|"
                "issn (online)|issn (electronic)|issn-l",
                spaced=True,
            ),
            *_labels(
                "isbn",
                "isbn|print isbn|online isbn|ebook isbn|isbn (print)|isbn (electronic)|"
                "isbn (ebook)|softcover isbn|hardcover isbn|isbn-13|isbn-10|e-isbn|eisbn",
                spaced=True,
            ),
            *_labels(
                "publisher",
                "publisher|publisher name|published by|imprint|awarding institution|"
                "awarding body|degree grantor",
            ),
            *_labels("publisher", "publisher name|published by", spaced=True),
            *_labels(
                "place",
                "place of publication|publisher location|place published|place|"
                "publication date and place|place and date of publication|"
                "date and place of publication",
            ),
            *_labels(
                "published",
                "published|publication date|date of publication|date published|date|year|"
                "publication year|year of publication|article publication date|copyright year|"
                "date written",
                spaced=True,
            ),
            *_labels(
                "issued",
                "issue date|date issued|issue publication date|print date|cover date",
                spaced=True,
            ),
            *_labels(
                "online",
                "first online|published online|first published|first published online|"
                "available online|online publication date|early online date|"
                "version of record online|online date|epub|e-pub|online first|posted|"
                "date posted",
                spaced=True,
            ),
            *_labels(
                "ignore",
                "received|accepted|revised|last revised|issue online|accepted/in press|submitted|"
                "date accepted|date received|number of pages|no. of pages|page count|"
                "peer reviewed|peer-reviewed|rights|license|licence|funding|"
                "grant|pmid|pmcid|scopus id|wos|web of science id|accession number|corpus id|"
                "length",
                spaced=True,
            ),
            *_labels(
                "ignore",
                "issue section|journal section|supervisor|supervisors|advisor|advisors|"
                "thesis advisor|depositing user|date deposited|last modified|applies to|"
                "classification|publisher website",
            ),
            *_labels("status", "state|publication status|status"),
            *_labels("language", "original language|language|languages"),
            *_labels(
                "type",
                "research output|output type|type|article type|document type|"
                "publication type|content type|item type|type of publication|resource type|"
                "genre",
            ),
            *_labels(
                "keywords",
                "keywords|key words|keyword|author keywords|index terms|keyphrases|subjects|"
                "subject|topics|tags|jel classification",
            ),
            *_labels("abstract", "abstract|summary"),
            *_labels("digest", "tldr|tl;dr|ai summary|ai-generated summary"),
            *_labels("edition", "edition"),
            *_labels("url", "url|permalink|persistent link|stable url|handle|uri|link"),
            *_labels(
                "cite",
                "citation|cite this article|cite this chapter|cite this paper|cite as|"
                "to cite this article|recommended citation|how to cite|suggested citation|"
                "bibliographic citation",
            ),
        ],
        key=lambda label: -len(label.text),
    )
)
#: "Published online by Cambridge University Press: 12 May 2017".
_PUBLISHED_BY = re.compile(r"^published (?:online )?by ([^:]{2,80}):\s*(.+)$", re.IGNORECASE)
_BY_TEXT: dict[str, Label] = {}
_BY_INITIAL: dict[str, list[Label]] = {}
for _label in LABELS:
    _BY_TEXT.setdefault(_label.text, _label)
    _BY_INITIAL.setdefault(_label.text[0], []).append(_label)
_LONGEST_LABEL = max(len(label.text) for label in LABELS)

#: Kinds whose values are checked strictly enough to follow their label without a colon.
_STRICT = frozenset(
    "volume issue pages article_number doi issn isbn published issued online ignore status "
    "language".split()
)
#: Kinds that take free text: a short value that must not be furniture.
_TEXT_KINDS = frozenset("title subtitle journal book series publisher place edition".split())


@dataclass(frozen=True)
class FieldValue:
    """A field read from a page: its kind, the normalised value, and the label's text."""

    kind: str
    value: str
    label: str


def read_value(kind: str, value: str) -> str | None:
    """`value` normalised for a field of `kind`, or None when it is not such a value."""
    value = value.strip().strip("\t").strip()
    if not value or len(value) > 5000:
        return None
    if kind in _TEXT_KINDS:
        if len(value) > 300 or is_furniture(value) or not any(c.isalpha() for c in value):
            return None
        return value.rstrip(" ,;")
    readers = {
        "volume": volume_or_issue,
        "issue": volume_or_issue,
        "pages": page_range,
        "article_number": article_number,
        "doi": find_doi,
        "issn": find_issn,
        "isbn": find_isbn,
        "language": language_code,
        "type": lambda v: csl_type_of(v) and v,
    }
    if kind in readers:
        return readers[kind](value)
    if kind in ("published", "issued", "online"):
        year = year_of_date(value)
        return str(year) if year is not None else None
    if kind == "ignore":
        return value if len(value) <= 120 else None
    if kind == "status":
        found = status_date(value)
        return f"{found[0]}:{found[1] or ''}" if found else None
    if kind == "url":
        match = re.search(r"https?://\S+", value)
        return match.group(0).rstrip(".,;") if match and len(value) < 300 else None
    if kind in ("authors", "editors"):
        return value if author_names(value) else None
    if kind in ("keywords", "cite", "abstract", "digest"):
        return None if is_furniture(value) and len(value) < 160 else value
    return None


def _split_label(text: str, label: Label) -> str | None:
    """The rest of `text` (which starts with `label`, in any case) after the label when
    they are properly separated, else None."""
    rest = text[len(label.text) :]
    if not rest:
        return None
    head = rest[0]
    if head in ":\t" or rest.startswith((" :", " -", " –")):
        return rest.lstrip(" \t:-–")
    if head == " ":
        if label.kind in _TEXT_KINDS and not rest.lstrip()[:1].isupper():
            return None  # "Published in the framework of …" is prose, not a journal
        shouted = label.kind == "keywords" and text[: len(label.text)].isupper()
        return rest.strip() if label.spaced or shouted or label.kind in _STRICT else None
    if label.text[-1].isalpha() or label.text[-1] == ")":
        # Glued, as copied from a two-column table: "JournalCogent...", "Volume28",
        # "DOIshttps://...". A letter of the same case goes on the same word ("Journalism",
        # "INTRODUCTION"), and a lower-case one only follows a strictly checked label.
        last = text[len(label.text) - 1]
        if head.isalpha() and last.isalpha() and head.islower() == last.islower():
            return rest if label.kind == "doi" else None
        if head.isalpha() and head.islower() and label.kind not in _STRICT:
            return None
        return rest
    return None


def match_field(text: str) -> FieldValue | None:
    """The field a line states with its label ("ISSN: 0951-3558", "Issue number1")."""
    if len(text) > 5000 or not text:
        return None
    published_by = _PUBLISHED_BY.match(text)
    if published_by:
        year = read_value("online", published_by.group(2))
        return FieldValue("online", year, "published online by") if year else None
    if _PAGE_COUNT.match(text):
        return FieldValue("ignore", text, "pages")
    head = text[:_LONGEST_LABEL].lower()
    for label in _BY_INITIAL.get(head[0], ()):
        if not head.startswith(label.text):
            continue
        rest = _split_label(text, label)
        if rest is None:
            continue
        value = read_value(label.kind, rest)
        if value is not None:
            return FieldValue(label.kind, value, label.text)
    return None


#: The parts of a book's imprint line: "Routledge, Mar 5, 2018 - Political Science - 310 pages".
_IMPRINT_PARTS = re.compile(r"\s+[-–—]\s+")
#: Most parts of an imprint line, and most words of a subject between them.
_MAX_IMPRINT_PARTS = 5
_MAX_SUBJECT_WORDS = 4


def imprint_fields(text: str) -> list[FieldValue]:
    """The publisher and year of a book's imprint line, as book portals print it under
    the authors: "Routledge, Mar 5, 2018 - Political Science - 310 pages" (publisher and
    date, then subjects and the length). The length is what tells the line from a place
    and date; [] for any other line."""
    parts = _IMPRINT_PARTS.split(text) if len(text) <= 200 else []
    if not 2 <= len(parts) <= _MAX_IMPRINT_PARTS or not any(
        _PAGE_COUNT.match(p) for p in parts[1:]
    ):
        return []
    publisher, year = split_trailing_date(parts[0])
    if year is None or not is_publisher_name(publisher):
        return []
    if not all(_PAGE_COUNT.match(p) or _is_subject(p) for p in parts[1:]):
        return []
    return [
        FieldValue("publisher", publisher, "imprint"),
        FieldValue("published", str(year), "imprint"),
    ]


def _is_subject(text: str) -> bool:
    """True for a subject heading between an imprint's parts ("Political Science")."""
    words = text.split()
    return (
        len(words) <= _MAX_SUBJECT_WORDS
        and all(w[0].isupper() or w in _JOURNAL_SMALL_WORDS for w in words)
        and not any(c.isdigit() for c in text)
    )


#: A citation text: a year among at least five words.
_CITATION_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_MIN_CITATION_WORDS = 5


def styled_citation(text: str) -> FieldValue | None:
    """The page's own citation in one style, after the style's name and a tab ("MLA<TAB>
    Brandsen, Taco, and …", as a "Cite" pop-up lists the work in several styles); None
    for any other line."""
    style, tab, citation = text.partition("\t")
    if not tab or not is_citation_style_name(style):
        return None
    if len(citation.split()) < _MIN_CITATION_WORDS or not _CITATION_YEAR.search(citation):
        return None
    return FieldValue("cite", citation.strip(), style.lower())


def match_bare_label(text: str) -> Label | None:
    """The label a line holds when it is only a label ("Publisher", "First Online:")."""
    key = text.strip().rstrip(":").strip().lower()
    return _BY_TEXT.get(key)


_SEGMENT_SPLIT = re.compile(r"\s+[|•·/]\s+|\s*\|\s*")
_LABEL_AFTER_COMMA = re.compile(
    r",\s+(?=(?:received|accepted|revised|published|first published|published online|"
    r"available online|version of record online|issue date|doi|issn|isbn)\b)",
    re.IGNORECASE,
)


#: A capitalised label and a colon inside a line: "… Posted: 3 Mar 2021 Last revised: …".
_INNER_LABEL = re.compile(r"\s+(?=([A-Z][A-Za-z]*(?: [a-z]+){0,3}):\s)")
#: A count of pages standing before other fields: "32 Pages Posted: 3 Mar 2021".
_PAGE_COUNT = re.compile(r"^\d{1,4}\s+pages?$", re.IGNORECASE)


def line_segments(text: str) -> list[str]:
    """The parts of a line that states several fields ("Pages 639-653 | Received 12 Jan
    2015, Accepted 14 Dec 2015, Published online: 12 Jan 2016", "32 Pages Posted: 3 Mar
    2021 Last revised: 15 Apr 2021")."""
    if len(text) > 400:
        return [text]
    parts: list[str] = []
    for chunk in _SEGMENT_SPLIT.split(text):
        for part in _LABEL_AFTER_COMMA.split(chunk):
            parts.extend(p for p in _at_inner_labels(part) if p.strip())
    return parts or [text]


def _at_inner_labels(text: str) -> list[str]:
    """`text` cut before every known label that a colon follows inside it, unless the
    words before it make a longer label with it ("Published By: Wiley")."""
    cuts = []
    for match in _INNER_LABEL.finditer(text):
        label = match.group(1).lower()
        before = text[: match.start()].lower().split()[-3:]
        longer = (" ".join([*before[k:], label]) for k in range(len(before)))
        if label in _BY_TEXT and not any(words in _BY_TEXT for words in longer):
            cuts.append(match.end())
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in pairwise(bounds)]


@dataclass(frozen=True)
class Locator:
    """Where a journal line places the work: "Volume 80, Issue 1, March 2020, Pages 1-10"."""

    container: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    article_number: str = ""
    year: int | None = None


_LOC_VOLUME = re.compile(r"\bvol(?:ume)?\b\.?\s*([\w.-]+?)(?=[\s,;:(]|$)", re.IGNORECASE)
_LOC_ISSUE = re.compile(
    r"\b(?:issue|iss\.|no\.|number|nr\.?)\s*(\w+(?:\s*[-–/]\s*\w+)?)(?=[\s,;:(]|$)", re.IGNORECASE
)
_LOC_PAGES = re.compile(
    r"\b(?:pages?|pp?\.)\s*:?\s*([A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)", re.IGNORECASE
)
_LOC_ARTICLE = re.compile(
    r"\barticle(?:\s+(?:number|no\.?|id))?\s*:?\s*([A-Za-z]{0,2}\d[\d.-]*)", re.IGNORECASE
)
_LOC_PAGECOUNT = re.compile(r"\(\s*\d+\s+pages?\s*\)", re.IGNORECASE)
_LOC_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:?\s*)10\.\S+", re.IGNORECASE)
_LOC_DATE_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,/–-]|$)"
    r"|\b(?:spring|summer|autumn|fall|winter)\b|\b(?:1[5-9]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\b(?=\s+[A-Za-z])",
    re.IGNORECASE,
)
_LOC_CITE_BUTTON = re.compile(r"cite this (?:article|chapter|paper)\s*$", re.IGNORECASE)
_LOC_BARE_PAGES = re.compile(r"\b(\d+\s*[-–—]\s*\d+)\b")
_LOC_YEARLIKE_RANGE = re.compile(r"\b((?:1[5-9]|20)\d\d)\s*[-–—]\s*((?:1[5-9]|20)\d\d)\b")
#: The title of a themed issue after its number ("Issue 4: Co-production: The Third
#: Sector and …"), which is no part of the placement.
_LOC_ISSUE_TITLE = re.compile(
    r"(\b(?:issue|no\.|number)\s*\w+(?:\s*[-–/]\s*\w+)?)\s*:\s+[^\W\d_].*$", re.IGNORECASE
)
_LOC_TRAILING_NUMBER = re.compile(r",\s*([A-Za-z]?\d{3,})\s*$")
_LOC_LEFTOVER = re.compile(r"^[\s,.;:|()\[\]/–—-]*$")
#: "Sustainability 2020, 12(5), 1834" (MDPI) and "BMJ Quality & Safety 2021;30:412-420.
#: doi:10.1136/…" (Vancouver, as journals print it at the top of an article): journal,
#: year (perhaps with month and day), volume, issue, pages or article number, DOI.
_JOURNAL_YEAR = re.compile(
    r"^(?P<journal>[A-Z][\w&.:' -]{1,100}?)\.?\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?[,;]\s*(?P<volume>\d+)"
    r"(?:\s*\((?P<issue>[\w-]+)\))?\s*[,:]\s*(?P<number>[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)"
    r"\s*[;.]?(?:\s*(?:https?://\S+|(?i:doi):?\s*\S+))?\s*$"
)
#: "International Journal of Public Administration 39(13):1006-1019", as portals and
#: Springer print a journal with its volume, issue and pages.
_COMPACT_JOURNAL = re.compile(
    r"^(?P<journal>[A-Z][\w&.:' -]{1,100}?)\s+(?P<volume>\d{1,4})\s*\((?P<issue>[\w-]{1,10})\)"
    r"\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\s*\.?$"
)
_YEAR_IN = re.compile(r"\b((?:1[5-9]|20)\d\d)\b")


#: Words a journal's name may hold in lower case.
_JOURNAL_SMALL_WORDS = frozenset("of and the for in on & de der des du la le".split())


def _journal_name(text: str) -> bool:
    """True for a journal's name, full or abbreviated ("BMJ Qual Saf.", "Journal of
    Public Health"), not a reference's authors and title ("Ostrom E. Crossing the great
    divide. World Dev."): every word capitalised but the small ones, and few words."""
    words = text.split()
    return len(words) <= 12 and all(
        w[0].isupper() or w[0].isdigit() or w in _JOURNAL_SMALL_WORDS for w in words
    )


def _wide_range(text: str) -> re.Match[str] | None:
    """Pages whose numbers could be years ("1651–1671"): a range of four-digit numbers
    wider than the two years an issue or a season spans ("2006–2007" stays a date)."""
    for match in _LOC_YEARLIKE_RANGE.finditer(text):
        if int(match.group(2)) - int(match.group(1)) > 1:
            return match
    return None


def parse_locator(text: str) -> Locator | None:
    """The journal placement a line states ("Volume 18, 2016 - Issue 5", "Journal of X,
    Volume 25, Issue 2, April 2015, Pages 453–473", "Sustainability 2020, 12(5), 1834",
    "Public Adm Rev 67(5):846-860"); None unless the whole line is such a statement."""
    if len(text) > 300:
        return None
    dated = _JOURNAL_YEAR.match(text)
    if dated and _journal_name(dated.group("journal")):
        number = dated.group("number")
        is_range = "-" in number or "–" in number
        return Locator(
            container=dated.group("journal").strip(),
            volume=dated.group("volume"),
            issue=dated.group("issue") or "",
            pages=(page_range(number) or "") if is_range else "",
            article_number="" if is_range else number,
            year=int(dated.group("year")),
        )
    compact = _COMPACT_JOURNAL.match(text)
    if compact:
        return Locator(
            container=compact.group("journal").strip(),
            volume=compact.group("volume"),
            issue=compact.group("issue"),
            pages=page_range(compact.group("pages")) or "",
        )
    volume = _LOC_VOLUME.search(text)
    if not volume:
        return None
    container = text[: volume.start()].strip().rstrip(",;:").strip()
    if container and (not re.match(r"^[A-Z]", container) or len(container.split()) > 15):
        return None
    rest = _LOC_DOI.sub(" ", _LOC_PAGECOUNT.sub(" ", text[volume.start() :]))
    rest = _LOC_ISSUE_TITLE.sub(r"\1", _LOC_CITE_BUTTON.sub("", rest))
    found: dict[str, str] = {"volume": volume.group(1).rstrip(".")}
    for key, pattern in (("issue", _LOC_ISSUE), ("pages", _LOC_PAGES), ("article", _LOC_ARTICLE)):
        match = pattern.search(rest)
        if match:
            found[key] = match.group(1)
            rest = rest[: match.start()] + " " + rest[match.end() :]
    rest = _LOC_VOLUME.sub(" ", rest, count=1)
    wide = _wide_range(rest) if "pages" not in found else None
    if wide is not None:
        found["pages"] = wide.group(0)
        rest = rest[: wide.start()] + " " + rest[wide.end() :]
    year_match = _YEAR_IN.search(rest)
    if "article" not in found:
        trailing = _LOC_TRAILING_NUMBER.search(rest)
        if trailing and not _YEAR_IN.fullmatch(trailing.group(1)):
            found["article"] = trailing.group(1)
            rest = rest[: trailing.start()]
    rest = _LOC_DATE_WORD.sub(" ", rest)
    if "pages" not in found:
        bare = _LOC_BARE_PAGES.search(rest)
        if bare:
            found["pages"] = bare.group(1)
            rest = rest[: bare.start()] + rest[bare.end() :]
    if not _LOC_LEFTOVER.match(rest) or volume_or_issue(found["volume"]) is None:
        return None
    return Locator(
        container=container,
        volume=found["volume"],
        issue=found.get("issue", ""),
        pages=page_range(found.get("pages", "")) or "",
        article_number=found.get("article", ""),
        year=int(year_match.group(1)) if year_match else None,
    )
