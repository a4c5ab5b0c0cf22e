"""Values as publisher and portal pages write them: dates, DOIs, ISSNs, ISBNs, languages,
output types, page ranges and figures such as "873 Accesses".

Each reader takes the text of one field value and returns the normalised value, or None
when the text is not such a value — so a line of prose that happens to start with a
label word is never read as that field.
"""

from __future__ import annotations

import re

from coprod_refs.model import Metric
from coprod_refs.parse.fields import normalise_doi, normalise_isbn, normalise_issn, normalise_pages
from coprod_refs.sources.page_names import organisation_name

_MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december spring summer autumn fall winter "
    "first second third fourth quarter".split()
)
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def year_of_date(value: str) -> int | None:
    """The year of a date written any common way ("1 Jan 2019", "October 12, 2015",
    "2019-01-01", "May/June 2016", "Jan. - Feb., 1983"); None when it is not just a date."""
    tokens = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", value.strip())
    year: int | None = None
    for token in tokens:
        low = token.lower()
        if token.isdigit():
            if _YEAR.match(token):
                year = year if year is not None else int(token)
            elif len(token) > 2:
                return None
        elif low in _MONTHS or _ORDINAL.match(low) or low in ("st", "nd", "rd", "th"):
            continue
        elif token not in "/.,-–—()":
            return None
    return year


_STATUS = re.compile(
    r"^(?P<status>published|e-?pub ahead of print|accepted/in press|accepted|in press|"
    r"submitted|in preparation|unpublished)\s*(?:[-–—:,]\s*(?P<date>.*))?$",
    re.IGNORECASE,
)


def status_date(value: str) -> tuple[str, int | None] | None:
    """A portal's publication status with its date ("Published - 1 Jan 2019") as
    ("published" or "online" or "other", year); None when it is not a status."""
    match = _STATUS.match(value.strip())
    if not match:
        return None
    status = match.group("status").lower()
    year = year_of_date(match.group("date") or "")
    if match.group("date") and year is None:
        return None
    if status == "published":
        return "published", year
    if status.startswith("e"):
        return "online", year
    return "other", year


def find_doi(text: str) -> str | None:
    """The first DOI in a text, normalised: lower case, no URL prefix, no trailing dot."""
    return normalise_doi(text) or None


def find_issn(value: str) -> str | None:
    """The first ISSN in a short value ("0951-3558", "Print ISSN: 0951-3558 (print)")."""
    return normalise_issn(value) or None if len(value) <= 80 else None


def find_isbn(value: str) -> str | None:
    """The ISBN of a short value, as digits: its ISBN-13 when it gives both forms
    ("1351792539, 9781351792530", as book portals list them), else the first ISBN."""
    if len(value) > 80:
        return None
    found = [isbn for part in re.split(r"[,;]", value) if (isbn := normalise_isbn(part))]
    return next((isbn for isbn in found if len(isbn) == 13), found[0] if found else None)


_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: A date closing a value: a year after a comma ("Routledge, 2018"), or a date with its
#: month ("… 1 May 2019", "…, Mar 5, 2018").
_TRAILING_DATE = re.compile(
    rf"(?:,\s*|\s+)(?:{_DAY}\s+)?{_MONTH_NAME}(?:\s+{_DAY})?,?\s+((?:1[5-9]|20)\d\d)$"
    r"|,\s*((?:1[5-9]|20)\d\d)$",
    re.IGNORECASE,
)


def split_trailing_date(value: str) -> tuple[str, int | None]:
    """(name, year) of a venue or publisher value that ends with its date ("Public
    Administration Review 1 May 2019" -> 2019, "Routledge, 2018" -> 2018): the date is
    the work's, no part of the name. A bare year after a space stays in the name
    ("Europe 2020"); a value without a date comes back whole with None."""
    match = _TRAILING_DATE.search(value) if len(value) <= 300 else None
    name = value[: match.start()].strip(" ,;–-") if match else ""
    if match is None or not any(c.isalpha() for c in name):
        return value, None
    return name, int(match.group(1) or match.group(2))


_LANGUAGES: dict[str, str] = {
    "english": "en",
    "american english": "en-US",
    "english (us)": "en-US",
    "english (united states)": "en-US",
    "us english": "en-US",
    "british english": "en-GB",
    "english (uk)": "en-GB",
    "english (united kingdom)": "en-GB",
    "uk english": "en-GB",
    "german": "de",
    "deutsch": "de",
    "dutch": "nl",
    "nederlands": "nl",
    "french": "fr",
    "français": "fr",
    "spanish": "es",
    "español": "es",
    "italian": "it",
    "portuguese": "pt",
    "finnish": "fi",
    "suomi": "fi",
    "swedish": "sv",
    "danish": "da",
    "norwegian": "no",
    "polish": "pl",
    "czech": "cs",
    "hebrew": "he",
    "russian": "ru",
    "chinese": "zh",
    "japanese": "ja",
    "korean": "ko",
    "greek": "el",
    "turkish": "tr",
    "estonian": "et",
    "hungarian": "hu",
    "slovenian": "sl",
    "catalan": "ca",
    "welsh": "cy",
}
_LANG_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2})?$")


def language_code(value: str) -> str | None:
    """A BCP 47 code for a language name or code ("American English" -> "en-US")."""
    text = " ".join(value.split())
    if text.lower() in _LANGUAGES:
        return _LANGUAGES[text.lower()]
    if _LANG_CODE.match(text):
        head, _, region = text.partition("-")
        return f"{head}-{region.upper()}" if region else head
    return None


#: Output-type phrases, tried in order, with the CSL type each names.
_TYPE_RULES: tuple[tuple[str, str], ...] = (
    (r"chapter|contribution to (?:book|anthology)|book section|book part", "chapter"),
    (r"encyclop|dictionary entry|reference work entry|entry for", "entry-encyclopedia"),
    (
        r"conference|proceedings|paper in (?:a )?conference|symposium|meeting abstract",
        "paper-conference",
    ),
    (r"thesis|dissertation", "thesis"),
    (r"book review|review of", "review"),
    (r"report|working paper|discussion paper|policy brief|white paper|preprint", "report"),
    (r"\bbook\b|monograph|anthology|edited volume|edited book", "book"),
    (r"dataset|data set", "dataset"),
    (r"blog", "post-weblog"),
    (r"web ?(?:page|site)", "webpage"),
    (r"magazine|specialist publication|trade journal", "article-magazine"),
    (r"newspaper", "article-newspaper"),
    (
        r"journal|article|research paper|editorial|letter|comment|case study|viewpoint|"
        r"review|original paper|original research|short communication|perspective|essay",
        "article-journal",
    ),
)


def csl_type_of(value: str) -> str | None:
    """The CSL type an output-type label names ("Contribution to journal › Article ›
    peer-review" -> article-journal, "Chapter in Book/Report" -> chapter)."""
    text = value.lower().replace("book/report", " ").replace("/", " ")
    if len(text) > 120:
        return None
    for pattern, csl in _TYPE_RULES:
        if re.search(pattern, text):
            return csl
    return None


#: Type badges pages print on a line of their own, with the CSL type (or "" for none).
_BADGES: dict[str, str] = {
    "chapter": "chapter",
    "book chapter": "chapter",
    "article": "article-journal",
    "research article": "article-journal",
    "original article": "article-journal",
    "original research": "article-journal",
    "original paper": "article-journal",
    "review article": "article-journal",
    "research paper": "article-journal",
    "journal article": "article-journal",
    "editorial": "article-journal",
    "commentary": "article-journal",
    "viewpoint": "article-journal",
    "case study": "article-journal",
    "research note": "article-journal",
    "symposium article": "article-journal",
    "book review": "review",
    "book": "book",
    "conference paper": "paper-conference",
    "conference proceedings": "paper-conference",
    "reference work entry": "entry-encyclopedia",
    "living reference work entry": "entry-encyclopedia",
    # Kinds of document government and think-tank pages print above a title.
    "report": "report",
    "research report": "report",
    "independent report": "report",
    "corporate report": "report",
    "policy paper": "report",
    "policy brief": "report",
    "briefing": "report",
    "briefing paper": "report",
    "working paper": "report",
    "discussion paper": "report",
    "white paper": "report",
    "guidance": "report",
    "research and analysis": "report",
    "statistics": "report",
    "official statistics": "report",
    "national statistics": "report",
    "consultation outcome": "report",
    "impact assessment": "report",
    "thesis": "thesis",
    "doctoral thesis": "thesis",
    "phd thesis": "thesis",
    "dissertation": "thesis",
    "open access": "",
    "free access": "",
    "full access": "",
    "no access": "",
    "peer reviewed": "",
    "peer-reviewed": "",
    "accepted manuscript": "",
    "early access": "",
    "in press": "",
}


#: Types whose badge a journal also prints in the plural, as the name of an issue's section.
_SECTION_TYPES = frozenset({"article-journal", "review"})


def badge_type(text: str) -> str | None:
    """The CSL type a badge line names ("Chapter", "Research Article", or a journal's
    section in the plural, "Original Articles"); "" for a badge that names none ("Open
    Access"); None when the line is not a badge."""
    key = text.strip().lower().rstrip(" .")
    if key in _BADGES:
        return _BADGES[key]
    section = _BADGES.get(key[:-1]) if key.endswith("s") else None
    return section if section in _SECTION_TYPES else None


#: "A report for the Local Government Association", "A thesis submitted for the degree
#: of …": a cover line that says what the document is, and for whom.
_COMMISSIONED = re.compile(
    r"^an?\s+(?:[\w-]+\s+){0,2}?(report|working paper|discussion paper|briefing(?: paper)?|"
    r"policy brief|thesis|dissertation)\s+(?:for|to|by|of|prepared|submitted|commissioned|"
    r"presented|written|on behalf)\b",
    re.IGNORECASE,
)


def commissioned_type(text: str) -> str | None:
    """The CSL type a cover line states ("A report for the Local Government Association"
    -> report, "A thesis submitted to the University of Tampere" -> thesis); None for any
    other line, so a title that merely starts with such words is kept as one."""
    match = _COMMISSIONED.match(text.strip()) if len(text) <= 200 else None
    return csl_type_of(match.group(1)) if match else None


#: "Birmingham, March 2014": a place before a date with its month, as covers print it
#: (a journal's running head prints a bare year: "PUBLIC MANAGEMENT REVIEW, 2019").
_PLACE_DATE = re.compile(r"^[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2},\s+(\S.{2,40})$")


def dateline_year(text: str) -> int | None:
    """The year of a date line, bare ("March 2014") or after a place ("Birmingham, March
    2014"); None for anything else."""
    year = year_of_date(text)
    if year is not None:
        return year
    match = _PLACE_DATE.match(text.strip())
    date = match.group(1) if match else ""
    if not any(word.lower() in _MONTHS for word in re.findall(r"[A-Za-z]+", date)):
        return None
    return year_of_date(date)


_CHAPTER_MARK = re.compile(
    r"^(?:chapter|ch\.|kapitel|chapitre|capitolo|capítulo)\s+(?:\d{1,3}|[ivxlc]{1,6}|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)\.?$",
    re.IGNORECASE,
)


def is_chapter_mark(text: str) -> bool:
    """True for a chapter's number line ("Chapter 13", "CHAPTER XII")."""
    return bool(_CHAPTER_MARK.match(text.strip()))


_PAGES = re.compile(r"^(?:pp?\.?\s*)?[A-Za-z]{0,2}\d+(?:\s*[-–—]+\s*[A-Za-z]{0,2}\d+)?$")
_VOLUME = re.compile(r"^[A-Za-z]{0,3}\.?\s?[\dIVXLCivxlc][\w./–-]{0,11}$")
_NUMBER = re.compile(r"^[A-Za-z]{0,4}\d[\w.-]{0,19}$")


def page_range(value: str) -> str | None:
    """A page or page range ("pp. 583-598" -> "583–598"), else None."""
    if not _PAGES.match(value.strip()):
        return None
    pages, number, _ = normalise_pages(value)
    return pages or number or None


def volume_or_issue(value: str) -> str | None:
    """A volume or issue designation ("28", "3-4", "S1", "XII"), else None."""
    text = value.strip().rstrip(".,")
    return text if _VOLUME.match(text) and any(c.isalnum() for c in text) else None


def article_number(value: str) -> str | None:
    """An article number or e-locator ("1617023", "e12345", "104567"), else None."""
    text = value.strip().rstrip(".,")
    return text if _NUMBER.match(text) else None


#: Sources of figures whose names keep their capital ("Scopus citations").
_PROPER = {w.lower(): w for w in ("Scopus", "Crossref", "Altmetric", "Dimensions", "Mendeley")}
_PLURALS = {
    "citation": "citations",
    "access": "accesses",
    "download": "downloads",
    "view": "views",
    "reader": "readers",
    "mention": "mentions",
}
_METRIC_WORDS = (
    r"(?:(?:scopus|crossref|dimensions|web of science|google scholar)\s+)?"
    r"(?:citations?|accesses|access|downloads?|views?|readers?|mentions?)(?:\s+to\s+date)?"
    r"|altmetric(?:\s+(?:score|attention score))?|full[- ]text views?|total downloads|"
    r"pdf downloads?|abstract views?|html views?"
)
_METRIC_AFTER = re.compile(rf"^(\d[\d,.\u202f ]*)\s+({_METRIC_WORDS})$", re.IGNORECASE)
_METRIC_BEFORE = re.compile(
    rf"^({_METRIC_WORDS}|cited by|times cited)\s*(?:\((\w[\w ]*)\))?\s*[:\s]\s*(\d[\d,.\u202f ]*)$",
    re.IGNORECASE,
)


def _metric_name(label: str, source: str = "") -> str:
    words = [_PROPER.get(w.lower(), w.lower()) for w in re.sub(r"\s+to\s+date$", "", label).split()]
    if words and words[-1] in _PLURALS:
        words[-1] = _PLURALS[words[-1]]
    if words in (["cited", "by"], ["times", "cited"]):
        words = ["citations"]
    if source:
        words = [_PROPER.get(source.lower(), source), *words]
    return " ".join(words)


def _count(text: str) -> int | None:
    digits = re.sub(r"[,.\u202f ]", "", text)
    if not digits.isdigit() or re.search(r"[.,]\d{1,2}$", text.strip()):
        return None
    return int(digits)


def parse_metric(text: str) -> Metric | None:
    """A figure the page states about the work ("7 Scopus citations", "873 Accesses",
    "Downloads: 1,507", "Citations (Scopus): 7"); a bare number is never a metric."""
    text = text.strip()
    if len(text) > 60:
        return None
    match = _METRIC_AFTER.match(text)
    if match:
        value = _count(match.group(1))
        return None if value is None else Metric(name=_metric_name(match.group(2)), value=value)
    match = _METRIC_BEFORE.match(text)
    if match:
        value = _count(match.group(3))
        if value is None:
            return None
        return Metric(name=_metric_name(match.group(1), match.group(2) or ""), value=value)
    return None


_COPYRIGHT = re.compile(
    r"^(?:publisher\s+)?(?:copyright\s*:?\s*)?(?:©|\(c\)|copyright)\s*(.*)$", re.I
)
_HOLDER_LEAD = re.compile(r"^(?:[\s,©]|\d{4}|copyright|\(c\))+", re.IGNORECASE)
_LICENSED_TO = re.compile(
    r"(?:under (?:exclusive )?licen[cs]e to|trading as|published by)\s+(.+)", re.IGNORECASE
)
_ORGANISATION = re.compile(
    r"\b(?:publishing|publishers?|press|limited|ltd|inc|llc|gmbh|ag|b\.?v|s\.?a|plc|"
    r"elsevier|springer|wiley|taylor|francis|sage|emerald|routledge|palgrave|macmillan|"
    r"nature|mdpi|frontiers|cambridge|oxford|society|association|verlag|edward elgar|"
    r"policy press|bristol university|university)\b",
    re.IGNORECASE,
)
_NOT_HOLDER = re.compile(r"the authors?\b|\bauthor\(s\)|creative commons|\bcc[- ]by\b", re.I)


def publisher_from_copyright(text: str) -> str | None:
    """The publisher named in a copyright line ("Copyright © 2015, Emerald Group Publishing
    Limited", "© The King's Fund 2021"); None when the holder is the authors or not an
    organisation."""
    match = _COPYRIGHT.match(text.strip())
    if not match or len(text) > 300:
        return None
    holder = match.group(1)
    licensed = _LICENSED_TO.search(holder)
    if licensed:
        holder = licensed.group(1)
    else:
        holder = re.split(r"[©]", _HOLDER_LEAD.sub("", holder), maxsplit=1)[0]
    # "Published by Oxford University Press on behalf of the … Association": the press.
    holder = re.split(
        r"\.\s+(?=[A-Z])|;|\ball rights reserved\b|\s+on behalf of\s", holder, flags=re.I
    )[0]
    holder = re.sub(r"[\s,]+(?:1[5-9]|20)\d\d$", "", holder.strip(" ,.")).strip(" ,.")
    if holder.lower().endswith((" ltd", " inc", " co", " b.v", " s.a")):
        holder += "."
    if not holder or _NOT_HOLDER.search(holder):
        return None
    if not is_publisher_name(holder):
        return None
    return holder if len(holder) <= 100 else None


def is_publisher_name(text: str) -> bool:
    """True for a name that reads as a publishing house or another body ("Routledge",
    "Emerald Group Publishing Limited", "The King's Fund"), not a person."""
    return bool(_ORGANISATION.search(text) or organisation_name(text))
