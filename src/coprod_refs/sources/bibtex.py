"""BibTeX and BibLaTeX reader: entries to extracted works, LaTeX decoded to Unicode.

bibtexparser 2 splits the file (keeping each block's line) and resolves `@string`
macros; this module decodes field values (`Gr{\\"o}nroos` -> Grönroos, `{\\textbraceleft}`
-> `{`) and maps entry types and fields. A block bibtexparser cannot read, or an entry
with nothing to cite, is reported as `file:line: message` and skipped.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from coprod_refs.model import ExtractedWork, Extraction, Name, SourceDocument, Span
from coprod_refs.sources import records_extraction, register

#: BibTeX/BibLaTeX entry type -> CSL type.
ENTRY_TYPES: dict[str, str] = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "booklet": "book",
    "proceedings": "book",
    "collection": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "bookinbook": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "techreport": "report",
    "report": "report",
    "manual": "report",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "online": "webpage",
    "electronic": "webpage",
    "www": "webpage",
    "unpublished": "manuscript",
    "dataset": "dataset",
    "inreference": "entry-encyclopedia",
    "misc": "document",
}

#: Entry types whose `series` names the work's own container (a book or report series).
_SERIES_IS_CONTAINER = ("book", "mvbook", "techreport", "report")

_ACCENT_MARKS: dict[str, str] = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "v": "\u030c",
    "u": "\u0306",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
    "t": "\u0361",
}

#: Control words for ASCII characters (the inverse of the exporter's specials) and spacing.
_ASCII_WORDS: dict[str, str] = {
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textunderscore": "_",
    "textdollar": "$",
    "textpercent": "%",
    "textampersand": "&",
    "textquotedbl": '"',
    "i": "ı",
    "j": "ȷ",
    "par": " ",
    "quad": " ",
    "qquad": " ",
    "enskip": " ",
    "space": " ",
    "relax": "",
}
_SYMBOLS: dict[str, str] = {
    "\\": " ",
    " ": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "-": "",
    "/": "",
    "@": "",
}

_DECODE = re.compile(
    r"""\\(?P<acc>["'`^~=.])\s*(?:\{\s*(?P<a1>\\[ij]|[A-Za-z])\s*\}|(?P<a2>\\[ij](?![A-Za-z])|[A-Za-z]))
    |\\(?P<accw>[Hckvurdbt])(?:\s*\{\s*(?P<b1>\\[ij]|[A-Za-z])\s*\}|\s+(?P<b2>[A-Za-z]))
    |\\(?P<word>[A-Za-z]+)\*?[ \t\n]*(?:\{\})?
    |\\(?P<sym>.)
    |(?P<dash>---?)
    |(?P<quote>``|'')
    |(?P<drop>[{}$])
    |(?P<tie>~)""",
    re.VERBOSE | re.DOTALL,
)
#: Fields read raw (names, identifiers, lists), not decoded as text up front.
_NOT_TEXT_FIELDS = frozenset(("author", "editor", "doi", "url", "ids", "keywords"))
_AND = re.compile(r"\s+and\s+")
_NEEDS_DECODING = re.compile(r"[\\{}$~]|--|``|''")
_SPACES = re.compile(r"[^\S\xa0]+")
_PAGE_DASH = re.compile(r"\s*(?:--?-?|[\u2010-\u2015\u2212])\s*")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


@cache
def _word_table() -> dict[str, str]:
    """Control word -> character, from pylatexenc's table (text and math words)."""
    from pylatexenc.latexencode import get_builtin_uni2latex_dict

    table: dict[str, str] = {}
    for codepoint, latex in sorted(get_builtin_uni2latex_dict().items()):
        match = re.fullmatch(r"\\(?:ensuremath\{\\)?([A-Za-z]+)\}?", latex)
        if codepoint > 127 and match and match.group(1) not in table:
            table[match.group(1)] = chr(codepoint)
    table.update(_ASCII_WORDS)
    return table


def _accented(mark: str, base: str) -> str:
    letter = {"\\i": "i", "\\j": "j"}.get(base, base)
    return unicodedata.normalize("NFC", letter + _ACCENT_MARKS[mark])


def _decode_match(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if match.group("acc"):
        return _accented(match.group("acc"), match.group("a1") or match.group("a2"))
    if match.group("accw"):
        return _accented(match.group("accw"), match.group("b1") or match.group("b2"))
    if kind == "word":
        return _word_table().get(match.group("word"), "")
    if kind == "sym":
        symbol = match.group("sym")
        return _SYMBOLS.get(symbol, symbol)
    if kind == "dash":
        return "\u2013" if match.group("dash") == "--" else "\u2014"
    if kind == "quote":
        return "\u201c" if match.group("quote") == "``" else "\u201d"
    if kind == "tie":
        return "\xa0"
    return ""


def decode_latex(value: str) -> str:
    """Unicode text for a BibTeX field value: accents composed, specials unescaped,
    grouping braces and unknown commands dropped, whitespace collapsed."""
    if _NEEDS_DECODING.search(value):
        value = _DECODE.sub(_decode_match, value)
    elif "  " not in value and "\n" not in value and "\t" not in value:
        return value.strip()
    return _SPACES.sub(" ", value).strip()


def decode_verbatim(value: str) -> str:
    """A DOI or URL as written, with `\\url{}`, braces and backslash escapes removed."""
    value = re.sub(r"\\url\s*\{(.*)\}", r"\1", value.strip(), flags=re.DOTALL)
    value = re.sub(r"\\([_%#&$~])", r"\1", value)
    return re.sub(r"[{}\s]", "", value)


def _is_one_group(name: str) -> bool:
    """True for `{World Bank}`: the whole name is one brace group (a corporate author)."""
    if not (name.startswith("{") and name.endswith("}")):
        return False
    depth = 0
    for i, char in enumerate(name):
        depth += 1 if char == "{" else -1 if char == "}" else 0
        if depth == 0 and i < len(name) - 1:
            return False
    return True


def _name(family: str, given: str = "", particle: str = "", suffix: str = "") -> Name:
    return Name.model_construct(
        family=decode_latex(family),
        given=decode_latex(given),
        particle=decode_latex(particle),
        suffix=decode_latex(suffix),
        literal="",
    )


def _plain_name(raw: str) -> Name:
    """BibTeX's name rule for a name without braces or commands: "von Last, Jr, First" or
    "First von Last", the von part being the words that start in lower case."""
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) > 1:
        words = parts[0].split()
        split = 0
        while split < len(words) - 1 and words[split][:1].islower():
            split += 1
        given = parts[-1] if len(parts) > 1 else ""
        suffix = ", ".join(parts[1:-1])
        return _name(" ".join(words[split:]), given, " ".join(words[:split]), suffix)
    words = raw.split()
    lower = [i for i, w in enumerate(words[:-1]) if w[:1].islower()]
    if not lower:
        return _name(words[-1], " ".join(words[:-1]))
    first, last = lower[0], lower[-1]
    return _name(
        " ".join(words[last + 1 :]), " ".join(words[:first]), " ".join(words[first : last + 1])
    )


def _one_name(raw: str) -> Name:
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    if _is_one_group(raw):
        return Name.model_construct(
            family="", given="", particle="", suffix="", literal=decode_latex(raw[1:-1])
        )
    if "{" not in raw and "\\" not in raw:
        return _plain_name(raw)
    parts = parse_single_name_into_parts(raw, strict=False)
    return _name(
        " ".join(parts.last), " ".join(parts.first), " ".join(parts.von), " ".join(parts.jr)
    )


@lru_cache(maxsize=65536)
def _names_cached(value: str) -> tuple[Name, ...]:
    from bibtexparser.middlewares.names import split_multiple_persons_names

    raws = split_multiple_persons_names(value) if "{" in value else _AND.split(value)
    names = [_one_name(r.strip()) for r in raws if r.strip() and r.strip().lower() != "others"]
    return tuple(n for n in names if n.family or n.literal or n.given)


def parse_names(value: str) -> list[Name]:
    """Names from a BibTeX name list ("von Last, Jr, First and ..."), bodies kept whole.

    Repeated author lists (common in real libraries) are parsed once.
    """
    if not value.strip():
        return []
    return [n.model_copy() for n in _names_cached(" ".join(value.split()))]


def _year(fields: dict[str, str]) -> tuple[int | None, bool]:
    for name in ("year", "date"):
        value = fields.get(name, "")
        found = _YEAR.search(value)
        if found:
            return int(found.group(1)), False
    value = (fields.get("year") or fields.get("date") or "").lower()
    return None, "n.d" in value or "no date" in value


def _split_list(value: str) -> list[str]:
    return [k.strip() for k in re.split(r"[,;]", decode_latex(value)) if k.strip()]


def entry_to_work(entry_type: str, key: str, raw_fields: dict[str, Any]) -> ExtractedWork:
    """An extracted work from one entry's type, key and (still LaTeX) field values."""
    fields = {k.lower(): str(v) for k, v in raw_fields.items()}
    etype = entry_type.lower()

    decoded = {k: decode_latex(v) for k, v in fields.items() if k not in _NOT_TEXT_FIELDS}

    def text(*names: str) -> str:
        return next((decoded[n] for n in names if decoded.get(n)), "")

    year, no_date = _year(fields)
    title = text("title")
    subtitle = text("subtitle")
    if subtitle:
        title = f"{title}: {subtitle}" if title else subtitle
    container, container_kind = "", ""
    if text("journaltitle", "journal"):
        container, container_kind = text("journaltitle", "journal"), "journal"
    elif text("booktitle"):
        container, container_kind = text("booktitle"), "book"
    elif etype in _SERIES_IS_CONTAINER and text("series"):
        container, container_kind = text("series"), "series"
    elif etype == "online" and text("organization"):
        container, container_kind = text("organization"), "website"
    url = decode_verbatim(fields.get("url", ""))
    howpublished = fields.get("howpublished", "")
    if not url and "\\url" in howpublished:
        url = decode_verbatim(howpublished)
    elif howpublished and not container:
        container, container_kind = decode_latex(howpublished), "website"
    number = text("number")
    is_report = etype in ("techreport", "report", "manual")
    # Every value below is a str, int or list built here, so validation is skipped.
    return ExtractedWork.model_construct(
        type=ENTRY_TYPES.get(etype, "document"),
        key=key,
        aliases=_split_list(fields.get("ids", "")),
        title=title,
        authors=parse_names(fields.get("author", "")),
        editors=parse_names(fields.get("editor", "")),
        year=year,
        no_date=no_date,
        container_title=container,
        container_kind=container_kind,
        collection_title="" if container_kind == "series" else text("series"),
        volume=text("volume"),
        issue="" if is_report else (number or text("issue")),
        pages=_PAGE_DASH.sub("-", text("pages")),
        article_number=text("eid") or (number if is_report else ""),
        edition=text("edition"),
        publisher=text("publisher", "institution", "school")
        or ("" if etype == "online" else text("organization")),
        place=text("location", "address"),
        doi=decode_verbatim(fields.get("doi", "")),
        url=url,
        accessed=text("urldate"),
        isbn=text("isbn"),
        issn=text("issn"),
        abstract=text("abstract"),
        keywords=_split_list(fields.get("keywords", "")),
        language=text("langid", "language"),
        note=text("note"),
        genre="" if etype in ("thesis", "report") else text("type"),
        metrics=[],
        field_confidence={},
        flags=[],
    )


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for match in re.finditer("\n", text):
        offsets.append(match.end())
    return offsets


def _failure_message(block: Any) -> str:
    error = block.error
    reason = getattr(error, "abort_reason", "") or str(error)
    first = " ".join(reason.split())
    return first or "entry could not be read"


def _parse(text: str) -> Any:
    import bibtexparser

    splitter_log = logging.getLogger("bibtexparser")
    level = splitter_log.level
    splitter_log.setLevel(logging.CRITICAL)
    try:
        return bibtexparser.parse_string(text)
    finally:
        splitter_log.setLevel(level)


@register("bibtex", (".bib", ".bibtex"))
def read_bibtex(text: str, source: SourceDocument) -> Extraction:
    """Every entry of a .bib file as an extracted work; unreadable entries as problems."""
    library = _parse(text)
    offsets = _line_offsets(text)
    problems: list[tuple[int, str]] = []
    for block in library.failed_blocks:
        line = (block.start_line or 0) + 1
        problems.append((line, _failure_message(block)))
    works: list[ExtractedWork] = []
    for entry in library.entries:
        line = (entry.start_line or 0) + 1
        work = entry_to_work(entry.entry_type, entry.key, {f.key: f.value for f in entry.fields})
        if not (work.title or work.authors or work.editors):
            problems.append((line, f"entry {entry.key!r} has no title, author or editor"))
            continue
        raw = entry.raw or ""
        start = offsets[min(line - 1, len(offsets) - 1)]
        work.raw = raw
        work.span = Span(source=source.id, start=start, end=start + len(raw), extractor="bibtex")
        works.append(work)
    return records_extraction(source, works, problems, "no BibTeX entries found")
