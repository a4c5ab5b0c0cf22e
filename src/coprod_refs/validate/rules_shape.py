"""Record-shape rules: the fields each work must have and the syntax of those it has.

Required fields follow BibLaTeX's data model for the entry type a CSL type maps to; the
date, required everywhere, has its own rule (`shape.year-missing`) so teams that accept
"n.d." works can lower just that one. Stubs (works known only from a mention) are left to
`citations.stub`: they are incomplete by definition.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

from coprod_refs.model import Graph, Venue, Work
from coprod_refs.validate.registry import VENUES, WORKS, Problem, ValidationContext, rule

#: CSL types that are web resources: they need the date the page was seen.
WEB_TYPES = frozenset({"webpage", "post-weblog"})

_DASHES = re.compile(r"\s*(?:--|[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212])\s*")
_SIMPLE_RANGE = re.compile(r"^([0-9]+)(?:--|[-\u2013])([0-9]+)$")
_PAGE = re.compile(r"^([A-Za-z]{0,3})([0-9]+)([A-Za-z]?)$")
_ROMAN = re.compile(
    r"^(?=[ivxlcdm]+$)m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.IGNORECASE
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_DOI = re.compile(r"^10\.[0-9]{4,9}/\S+$")
_ISSN = re.compile(r"^([0-9]{4})-?([0-9]{3})([0-9Xx])$")
_ISBN_LABEL = re.compile(r"\(.*?\)|\bISBN(?:-1[03])?:?", re.I)
_URL_BAD_CHARS = re.compile(r"[\s<>\"{}|\\^`]")
_TRAILING_PUNCT = ".,;:"
_ACCESSED = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


# --- helpers (pure functions, tested directly) ---------------------------------------


def _roman_value(text: str) -> int:
    values = [_ROMAN_VALUES[c] for c in text.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _page_number(token: str) -> tuple[str, str, bool] | None:
    """(prefix, digits, is_roman) for one page token, or None when it is not a page."""
    if _ROMAN.match(token):
        return "", str(_roman_value(token)), True
    match = _PAGE.match(token)
    if not match:
        return None
    return match.group(1).lower(), match.group(2), False


def _range_problem(part: str) -> str | None:
    ends = _DASHES.split(part)
    if len(ends) == 1:
        return None if _page_number(part) else "not a page or page range"
    first = _page_number(ends[0]) if len(ends) == 2 else None
    last = _page_number(ends[1]) if len(ends) == 2 else None
    if first is None or last is None:
        return "not of the form first–last"
    if first[2] != last[2]:
        return "mixes roman and arabic numerals"
    if last[0] and last[0] != first[0]:
        return "starts and ends with different prefixes"
    start, end = first[1], last[1]
    if not first[2] and not last[0] and len(end) < len(start):
        end = start[: len(start) - len(end)] + end  # abbreviated end: 135–58 is 135–158
    if int(end) < int(start):
        return "runs backwards (ends before it starts)"
    return None


def page_range_problem(pages: str) -> str | None:
    """Why `pages` is not a well-formed, increasing list of pages and ranges, or None.

    Accepts "583-598", "583–598", "583--598", abbreviated ends ("135–58" is 135–158),
    prefixed pages ("S12–S19", "e1003"), roman numerals ("xi–xv") and comma lists.
    """
    simple = _SIMPLE_RANGE.match(pages)
    if (
        simple
        and len(simple.group(2)) == len(simple.group(1))
        and int(simple.group(2)) >= int(simple.group(1))
    ):
        return None  # the common case, "583–598", decided without the general parser
    parts = re.split(r"\s*[,;]\s*", pages.strip())
    for part in parts:
        why = _range_problem(part)
        if why:
            shown = f'pages "{pages}"' if len(parts) == 1 else f'page range "{part}" in "{pages}"'
            return f"{shown}: {why}"
    return None


def doi_problem(doi: str) -> str | None:
    """Why `doi` is not a bare DOI ("10.1108/IJPSM-04-2015-0073"), or None."""
    if not _DOI.match(doi):
        return f'DOI "{doi}" is not of the form 10.NNNN/suffix'
    if doi[-1] in _TRAILING_PUNCT:
        return f'DOI "{doi}" ends with "{doi[-1]}" (punctuation from the text?)'
    return None


def _isbn_ok(compact: str) -> bool:
    last = compact[-1:]
    if len(compact) == 10 and compact[:9].isdigit() and (last.isdigit() or last in "Xx"):
        digits = [int(c) for c in compact[:9]] + [10 if last in "Xx" else int(last)]
        return sum((10 - i) * d for i, d in enumerate(digits)) % 11 == 0
    if len(compact) == 13 and compact.isdigit() and compact[:3] in ("978", "979"):
        return sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(compact)) % 10 == 0
    return False


def isbn_problem(isbn: str) -> str | None:
    """Why one of the ISBNs in `isbn` has a wrong length or check digit, or None.

    Several ISBNs may be separated by commas, semicolons, slashes or spaces; labels such
    as "ISBN-13:" and qualifiers such as "(pbk.)" are ignored.
    """
    if _isbn_ok(isbn.replace("-", "").replace(" ", "")):
        return None  # the common case: one ISBN, hyphenated or not
    text = _ISBN_LABEL.sub(" ", isbn)
    for group in re.split(r"[,;/]+", text):
        compact = re.sub(r"[\s\-\u2010\u2011]", "", group)
        if not compact:
            continue
        candidates = [group] if len(compact) in (10, 13) else group.split()
        for candidate in candidates:
            if not _isbn_ok(re.sub(r"[\s\-\u2010\u2011]", "", candidate)):
                return f'ISBN "{candidate.strip()}" has a wrong length or check digit'
    return None


def issn_problem(issn: str) -> str | None:
    """Why one of the ISSNs in `issn` is malformed or has a wrong check digit, or None."""
    for token in re.split(r"[\s,;/]+", re.sub(r"(?i)\be?issn:?", " ", issn)):
        if not token:
            continue
        match = _ISSN.match(token)
        if not match:
            return f'ISSN "{token}" is not of the form NNNN-NNNC'
        digits = match.group(1) + match.group(2)
        total = sum((8 - i) * int(c) for i, c in enumerate(digits))
        check = (11 - total % 11) % 11
        expected = "X" if check == 10 else str(check)
        if match.group(3).upper() != expected:
            return f'ISSN "{token}" has a wrong check digit (expected {expected})'
    return None


def url_problem(url: str) -> str | None:
    """Why `url` is not an absolute http(s)/ftp URL with a host, or None."""
    if _URL_BAD_CHARS.search(url):
        return f'URL "{url}" contains spaces or characters that must be escaped'
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        return f'URL "{url}" is malformed'
    if parts.scheme.lower() not in ("http", "https", "ftp"):
        return f'URL "{url}" does not start with http://, https:// or ftp://'
    host = parts.hostname or ""
    if not host or not port_ok or ("." not in host and host != "localhost"):
        return f'URL "{url}" has no valid host name'
    if url[-1] in _TRAILING_PUNCT:
        return f'URL "{url}" ends with "{url[-1]}" (punctuation from the text?)'
    return None


def accessed_problem(accessed: str, year: int | None, today: dt.date) -> str | None:
    """Why an accessed date is not a real ISO date, or lies in the future or before publication."""
    match = _ACCESSED.match(accessed)
    if not match:
        return f'accessed date "{accessed}" is not YYYY, YYYY-MM or YYYY-MM-DD'
    y, m, d = (int(g) if g else 1 for g in match.groups())
    try:
        seen = dt.date(y, m, d)
    except ValueError:
        return f'accessed date "{accessed}" is not a real date'
    if seen > today:
        return f'accessed date "{accessed}" is in the future'
    if year is not None and y < year:
        return f'accessed date "{accessed}" is before the work was published ({year})'
    return None


_LEADING_YEAR = re.compile(r"(\d{4})(?:-\d{2}){0,2}")


@rule(
    "shape.original-date",
    "warning",
    "A reprint's original date is no ISO date, or is not before the year of the edition.",
)
def original_date(ctx: ValidationContext) -> Iterator[Problem]:
    """Original dates that cannot be right: a reprint or translation first appeared
    before the edition it is the original of ("1922" for a 1978 edition)."""
    for work in ctx.graph.works.values():
        if not work.original_date:
            continue
        match = _LEADING_YEAR.fullmatch(work.original_date)
        if match is None:
            why = f'original date "{work.original_date}" is not YYYY, YYYY-MM or YYYY-MM-DD'
        elif work.year is not None and int(match.group(1)) >= work.year:
            why = (
                f'original date "{work.original_date}" is not before the year of the '
                f"edition ({work.year})"
            )
        else:
            continue
        yield Problem(work.key, why, f"original={work.original_date}", (WORKS, work.key))


_CSL_TO_BIBLATEX = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "review": "article",
    "paper-conference": "inproceedings",
    "entry-encyclopedia": "inreference",
    "report": "report",
    "thesis": "thesis",
    "webpage": "online",
    "post-weblog": "online",
    "manuscript": "unpublished",
    "dataset": "dataset",
    # biblatex's own type for a law, which requires nothing (the export writes a `@misc`
    # for the standard styles, but a law has no author to require).
    "legislation": "legislation",
}

#: Fields BibLaTeX's data model requires per entry type (the date has its own rule).
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "article": ("author", "title", "journaltitle"),
    "book": ("author", "title"),
    "collection": ("editor", "title"),
    "inbook": ("author", "title", "booktitle"),
    "incollection": ("author", "title", "booktitle"),
    "inproceedings": ("author", "title", "booktitle"),
    "inreference": ("title", "booktitle"),
    "report": ("author", "title", "institution"),
    "thesis": ("author", "title", "institution"),
    "online": ("author/editor", "title", "url/doi"),
    "unpublished": ("author", "title"),
    "dataset": ("author/editor", "title"),
    "legislation": ("title",),
    "misc": ("author/editor", "title"),
}

_FIELD_PRESENT: dict[str, Callable[[Work, Venue | None], bool]] = {
    "author": lambda w, v: bool(w.authors),
    "editor": lambda w, v: bool(w.editors),
    "author/editor": lambda w, v: bool(w.authors or w.editors),
    "title": lambda w, v: bool(w.title.strip()),
    "journaltitle": lambda w, v: v is not None and bool(v.name),
    "booktitle": lambda w, v: v is not None and bool(v.name),
    "institution": lambda w, v: bool(
        w.publisher or (v is not None and (v.publisher or v.kind == "publisher"))
    ),
    "url/doi": lambda w, v: bool(w.url or w.doi),
}


def biblatex_type(work: Work) -> str:
    """The BibLaTeX entry type whose required fields apply to the work's CSL type."""
    if work.type == "book":
        return "book" if work.authors else "collection"
    if work.type == "chapter":
        return "incollection" if work.editors else "inbook"
    return _CSL_TO_BIBLATEX.get(work.type, "misc")


def missing_required(work: Work, graph: Graph) -> tuple[str, list[str]]:
    """The BibLaTeX entry type for `work` and the required fields it lacks (date aside)."""
    entry = biblatex_type(work)
    venue = graph.venues.get(work.container) if work.container else None
    return entry, [f for f in REQUIRED_FIELDS[entry] if not _FIELD_PRESENT[f](work, venue)]


def _complete_works(ctx: ValidationContext) -> Iterator[Work]:
    return (w for w in ctx.graph.works.values() if not w.stub)


# --- rules ----------------------------------------------------------------------------


@rule(
    "shape.required-field",
    "error",
    "A field BibLaTeX requires for the work's entry type is missing (author, title, "
    "journal or book title, institution, URL); the date has its own rule.",
)
def required_fields(ctx: ValidationContext) -> Iterator[Problem]:
    """Works lacking a field their BibLaTeX entry type requires."""
    for work in _complete_works(ctx):
        entry, missing = missing_required(work, ctx.graph)
        for name in missing:
            yield Problem(
                work.key,
                f"{work.type} (@{entry}) has no {name}",
                f"missing={name}",
                (WORKS, work.key),
            )


@rule(
    "shape.year-missing",
    "warning",
    'A work has no year: its source gives none, or says "n.d.".',
)
def year_missing(ctx: ValidationContext) -> Iterator[Problem]:
    """Works without a year (BibLaTeX requires a date for every entry type)."""
    for work in _complete_works(ctx):
        if work.year is None:
            why = 'the source says "n.d."' if work.no_date else "no date found in the source"
            yield Problem(work.key, f"no year ({why})", "year", (WORKS, work.key))


@rule(
    "shape.year-implausible",
    "error",
    "A year lies in the future or before 1500.",
)
def year_implausible(ctx: ValidationContext) -> Iterator[Problem]:
    """Years a work cannot have: after this year, or before 1500."""
    this_year = ctx.today.year
    for work in ctx.graph.works.values():
        if work.year is None:
            continue
        if work.year > this_year:
            why = f"year {work.year} is in the future"
        elif work.year < 1500:
            why = f"year {work.year} is before 1500"
        else:
            continue
        yield Problem(work.key, why, f"year={work.year}", (WORKS, work.key))


@rule(
    "shape.page-range",
    "error",
    'Pages are not a well-formed, increasing page or range ("499–416", "12–", "pp. 3").',
)
def page_ranges(ctx: ValidationContext) -> Iterator[Problem]:
    """Malformed or backwards page ranges."""
    for work in ctx.graph.works.values():
        if work.pages:
            why = page_range_problem(work.pages)
            if why:
                yield Problem(work.key, why, f"pages={work.pages}", (WORKS, work.key))


def _work_field_problems(
    ctx: ValidationContext, field: str, check: Callable[[str], str]
) -> Iterator[Problem]:
    """A problem for every work whose `field` is set and fails `check` (which returns why,
    or "" when the value is fine)."""
    for work in ctx.graph.works.values():
        value = getattr(work, field)
        why = check(value) if value else ""
        if why:
            yield Problem(work.key, why, f"{field}={value}", (WORKS, work.key))


@rule("shape.doi", "error", "A DOI is not of the form 10.NNNN/suffix or carries stray punctuation.")
def doi_syntax(ctx: ValidationContext) -> Iterator[Problem]:
    """DOIs that are not bare, well-formed DOIs."""
    yield from _work_field_problems(ctx, "doi", doi_problem)


@rule("shape.isbn", "error", "An ISBN-10 or ISBN-13 has a wrong length or check digit.")
def isbn_check(ctx: ValidationContext) -> Iterator[Problem]:
    """ISBNs whose check digit does not match."""
    yield from _work_field_problems(ctx, "isbn", isbn_problem)


@rule(
    "shape.issn",
    "error",
    "An ISSN (of a work or a journal) is malformed or has a wrong check digit.",
)
def issn_check(ctx: ValidationContext) -> Iterator[Problem]:
    """ISSNs on works and on journal venues whose check digit does not match."""
    yield from _work_field_problems(ctx, "issn", issn_problem)
    for venue in ctx.graph.venues.values():
        issn = venue.identifiers.get("issn", "")
        if issn:
            why = issn_problem(issn)
            if why:
                yield Problem(venue.id, why, f"issn={issn}", (VENUES, venue.id))


@rule("shape.url", "error", "A URL is not an absolute http(s) or ftp URL with a host.")
def url_syntax(ctx: ValidationContext) -> Iterator[Problem]:
    """URLs that a browser or biber would not accept."""
    yield from _work_field_problems(ctx, "url", url_problem)


@rule(
    "shape.accessed-missing",
    "warning",
    "A web page has no accessed date (when the page was seen).",
)
def accessed_missing(ctx: ValidationContext) -> Iterator[Problem]:
    """Web pages without the date they were seen: a page changes, the date says which."""
    for work in _complete_works(ctx):
        if work.type in WEB_TYPES and not work.accessed:
            why = f"{work.type} has no accessed date"
            yield Problem(work.key, why, "accessed", (WORKS, work.key))


@rule(
    "shape.accessed-date",
    "error",
    "An accessed date is not a real YYYY[-MM[-DD]] date, is in the future, or precedes the work.",
)
def accessed_date(ctx: ValidationContext) -> Iterator[Problem]:
    """Accessed dates that cannot be right."""
    for work in ctx.graph.works.values():
        if work.accessed:
            why = accessed_problem(work.accessed, work.year, ctx.today)
            if why:
                yield Problem(work.key, why, f"accessed={work.accessed}", (WORKS, work.key))
