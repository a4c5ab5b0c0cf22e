"""RIS reader: tagged records (`TY  - JOUR` ... `ER  - `) to extracted works.

Lines without a tag continue the previous value (long abstracts wrap); a record without
`TY`, or one cut off before `ER`, is reported with its line and skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coprod_refs.model import ExtractedWork, Extraction, Name, SourceDocument, Span
from coprod_refs.parse.fields import normalise_doi, stated_date
from coprod_refs.sources import records_extraction, register

#: RIS reference type -> CSL type.
RIS_TYPES: dict[str, str] = {
    "JOUR": "article-journal",
    "JFULL": "article-journal",
    "EJOUR": "article-journal",
    "ABST": "article-journal",
    "MGZN": "article-magazine",
    "NEWS": "article-newspaper",
    "BOOK": "book",
    "EBOOK": "book",
    "EDBOOK": "book",
    "CHAP": "chapter",
    "ECHAP": "chapter",
    "CONF": "paper-conference",
    "CPAPER": "paper-conference",
    "RPRT": "report",
    "GOVDOC": "report",
    "THES": "thesis",
    "ELEC": "webpage",
    "WEB": "webpage",
    "BLOG": "post-weblog",
    "DATA": "dataset",
    "ENCYC": "entry-encyclopedia",
    "DICT": "entry-encyclopedia",
    "UNPB": "manuscript",
    "MANSCPT": "manuscript",
    "STAT": "legislation",
    "BILL": "legislation",
}

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_ISBN = re.compile(r"^(?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx]$")
_DOI_LIKE = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?10\.\d{4,9}/", re.I)


@dataclass
class _Record:
    line: int
    offset: int
    end: int = 0
    tags: list[tuple[str, str]] = field(default_factory=list)

    def first(self, *tags: str) -> str:
        for tag in tags:
            for t, value in self.tags:
                if t == tag and value:
                    return value
        return ""

    def every(self, *tags: str) -> list[str]:
        return [v for t, v in self.tags if t in tags and v]


def ris_name(value: str) -> Name:
    """A name from `Family, Given[, Suffix]`; a trailing comma marks a corporate body
    (`Welsh Government,`), as EndNote writes one."""
    stripped = value.strip()
    if stripped.endswith(","):
        return Name(literal=stripped[:-1].strip())
    parts = [p.strip() for p in stripped.split(",")]
    if len(parts) == 1:
        return Name(family=parts[0])
    family = parts[0]
    particle_words = []
    words = family.split()
    while len(words) > 1 and words[0][:1].islower():
        particle_words.append(words.pop(0))
    return Name(
        family=" ".join(words),
        particle=" ".join(particle_words),
        given=parts[1],
        suffix=", ".join(p for p in parts[2:] if p),
    )


def _iso_date(value: str) -> str:
    """An access date as ISO ("2019/03/05/" -> "2019-03-05"), a month or day that cannot
    be left out ("2019/02/31" -> "2019-02"); "" when it states no year."""
    year, month, day = stated_date(value)
    if year is None:
        return ""
    return "-".join(f"{n:02d}" if i else str(n) for i, n in enumerate((year, month, day)) if n)


def _month_day(record: _Record, year: int | None) -> tuple[int | None, int | None]:
    """Month and day of publication from the first of `DA`, `PY`, `Y1` that states them
    beside the year ("2019/03/05/", "2019/03//"), as Zotero and EndNote write dates."""
    if year is None:
        return None, None
    for tag in ("DA", "PY", "Y1"):
        found, month, day = stated_date(record.first(tag))
        if found == year and month is not None:
            return month, day
    return None, None


def _genre(type_of_work: str) -> str:
    """The genre in `M3` ("type of work"), where some exporters put a DOI instead."""
    return "" if _DOI_LIKE.match(type_of_work) else type_of_work


def _doi_in_type(type_of_work: str) -> str:
    """A DOI some exporters write in `M3` rather than `DO`, or ""."""
    return normalise_doi(type_of_work) if _DOI_LIKE.match(type_of_work) else ""


def record_to_work(record: _Record) -> ExtractedWork:
    """An extracted work from one RIS record's tags."""
    ris_type = record.first("TY").upper()
    year_text = record.first("PY", "Y1", "DA")
    year_match = _YEAR.search(year_text)
    year = int(year_match.group(1)) if year_match else None
    month, day = _month_day(record, year)
    start, end = record.first("SP"), record.first("EP")
    pages = f"{start}-{end}" if start and end and end != start else start or end
    numbers = record.every("SN")
    isbn = next((n for n in numbers if _ISBN.match(n)), "")
    issn = next((n for n in numbers if n != isbn), "")
    container = record.first("T2", "JF", "JO", "BT", "JA")
    kind = {"JOUR": "journal", "MGZN": "journal", "NEWS": "journal"}.get(ris_type, "")
    if ris_type in ("CHAP", "CONF", "ENCYC"):
        kind = "book"
    editors = record.every("A2", "ED", "A3")
    # A4 is RIS's "subsidiary author": the translator, as Zotero and EndNote write one.
    translators = record.every("A4")
    return ExtractedWork(
        type=RIS_TYPES.get(ris_type, "document"),
        key=record.first("ID"),
        title=record.first("TI", "T1", "CT"),
        authors=[ris_name(v) for v in record.every("AU", "A1")],
        editors=[ris_name(v) for v in editors],
        translators=[ris_name(v) for v in translators],
        year=year,
        month=month,
        day=day,
        container_title=container,
        container_kind=kind if container else "",
        collection_title=record.first("T3"),
        volume=record.first("VL"),
        issue=record.first("IS"),
        pages=pages,
        article_number=record.first("M1"),
        edition=record.first("ET"),
        publisher=record.first("PB"),
        place=record.first("CY"),
        doi=record.first("DO") or _doi_in_type(record.first("M3")),
        url=record.first("UR"),
        accessed=_iso_date(record.first("Y2")),
        original_date=record.first("OP"),  # free text, as the RIS specification has it
        isbn=isbn,
        issn=issn,
        abstract=record.first("AB", "N2"),
        keywords=record.every("KW"),
        language=record.first("LA"),
        note=record.first("N1"),
        genre=_genre(record.first("M3")),
    )


def _records(text: str) -> tuple[list[_Record], list[tuple[int, str]]]:
    records: list[_Record] = []
    problems: list[tuple[int, str]] = []
    current: _Record | None = None
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        line_offset, offset = offset, offset + len(line)
        content = line.rstrip("\r\n").lstrip("\ufeff")
        match = _TAG_LINE.match(content.rstrip())
        if match is None:
            if current is not None and current.tags and content.strip():
                tag, value = current.tags[-1]
                current.tags[-1] = (tag, f"{value} {content.strip()}".strip())
            elif content.strip():
                problems.append((number, "text outside a record (expected 'TY  - ')"))
            continue
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag == "TY":
            if current is not None:
                problems.append((current.line, "record has no 'ER  - ' before the next 'TY'"))
            current = _Record(number, line_offset, tags=[("TY", value)])
        elif current is None:
            problems.append((number, f"'{tag}' line outside a record (expected 'TY  - ')"))
        elif tag == "ER":
            current.end = offset
            records.append(current)
            current = None
        else:
            current.tags.append((tag, value))
    if current is not None:
        problems.append((current.line, "record has no 'ER  - ' at the end of the file"))
    return records, problems


@register("ris", (".ris",))
def read_ris(text: str, source: SourceDocument) -> Extraction:
    """Every complete RIS record as an extracted work; broken ones as problems."""
    records, problems = _records(text)
    works: list[ExtractedWork] = []
    for record in records:
        work = record_to_work(record)
        if not (work.title or work.authors or work.editors):
            problems.append((record.line, "record has no title, author or editor"))
            continue
        work.span = Span(source=source.id, start=record.offset, end=record.end, extractor="ris")
        works.append(work)
    return records_extraction(source, works, problems, "no RIS records found")
