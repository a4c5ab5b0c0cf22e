"""BibTeX and BibLaTeX reader: entries to extracted works, LaTeX decoded to Unicode.

bibtexparser 2 splits the file (keeping each block's line) and resolves `@string`
macros; a large file is parsed in pieces by worker processes (`bibtex_blocks`). Field
values are decoded (`Gr{\\"o}nroos` -> Grönroos, `{\\textbraceleft}` -> `{`) and entry
types and fields mapped (`bibtex_fields`). A block bibtexparser cannot read, or an entry
with nothing to cite, is reported as `file:line: message` and skipped.
"""

from __future__ import annotations

import re
from array import array

from coprod_refs.model import ExtractedWork, Extraction, Name, SourceDocument, Span
from coprod_refs.model.trusted import trusted
from coprod_refs.sources import records_extraction, register
from coprod_refs.sources.bibtex_blocks import ParsedEntry, duplicate_message, parse_pieces
from coprod_refs.sources.bibtex_fields import EntryValues
from coprod_refs.sources.bibtex_text import (
    NameParts,
    decode_latex,
    decode_verbatim,
    name_parts,
)

__all__ = [
    "decode_latex",
    "decode_verbatim",
    "parse_names",
    "read_bibtex",
]

_NAME_FIELDS = ("family", "given", "particle", "suffix", "literal")


def _name(parts: NameParts) -> Name:
    return trusted(Name, dict(zip(_NAME_FIELDS, parts, strict=True)))


def parse_names(value: str) -> list[Name]:
    """Names from a BibTeX name list ("von Last, Jr, First and ..."), bodies kept whole."""
    return [_name(parts) for parts in name_parts(value)]


class _FileLines:
    """Where lines of the file start, for the rare entry whose line bibtexparser numbers
    before the piece it was parsed in (after a backslash at the end of a line)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: array[int] | None = None

    def start(self, line: int) -> int:
        """The offset where 0-based line `line` starts."""
        if self.starts is None:
            self.starts = array("q", [0])
            self.starts.extend(m.end() for m in re.finditer("\n", self.text))
        return self.starts[min(line, len(self.starts) - 1)]


class _WorkMaker:
    """Extracted works of one source from parsed entries; each distinct name is one
    `Name` record shared by every work that states it."""

    def __init__(self, source: SourceDocument, lines: _FileLines) -> None:
        self.source_id = source.id
        self.lines = lines
        self.names: dict[NameParts, Name] = {}

    def _names(self, all_parts: tuple[NameParts, ...]) -> list[Name]:
        names = []
        for parts in all_parts:
            name = self.names.get(parts)
            if name is None:
                name = self.names[parts] = _name(parts)
            names.append(name)
        return names

    def work(self, entry: ParsedEntry, v: EntryValues) -> ExtractedWork:
        """The extracted work of one entry, with its raw text and where it is in the file."""
        start = entry.line_offset
        if start is None:
            start = self.lines.start(entry.line - 1)
        span = trusted(
            Span,
            {
                "source": self.source_id,
                "start": start,
                "end": start + len(entry.raw),
                "extractor": "bibtex",
            },
        )
        # Every value is a str, int, bool or list built from decoded text: no validation.
        return trusted(
            ExtractedWork,
            {
                "title": v.title,
                "year": v.year,
                "month": v.month,
                "day": v.day,
                "year_suffix": "",
                "no_date": v.no_date,
                "status": v.status,
                "volume": v.volume,
                "issue": v.issue,
                "pages": v.pages,
                "article_number": v.article_number,
                "edition": v.edition,
                "publisher": v.publisher,
                "place": v.place,
                "doi": v.doi,
                "url": v.url,
                "accessed": v.accessed,
                "original_date": v.original_date,
                "isbn": v.isbn,
                "issn": v.issn,
                "abstract": v.abstract,
                "keywords": list(v.keywords),
                "language": v.language,
                "note": v.note,
                "metrics": [],
                "aliases": list(v.aliases),
                "confidence": 1.0,
                "flags": [],
                "type": v.type,
                "key": v.key,
                "authors": self._names(v.authors),
                "editors": self._names(v.editors),
                "translators": self._names(v.translators),
                "container_title": v.container_title,
                "container_kind": v.container_kind,
                "collection_title": v.collection_title,
                "genre": v.genre,
                "label": "",
                "field_confidence": {},
                "raw": entry.raw,
                "span": span,
            },
        )


@register("bibtex", (".bib", ".bibtex"))
def read_bibtex(text: str, source: SourceDocument) -> Extraction:
    """Every entry of a .bib file as an extracted work; unreadable entries as problems.

    A key defined again (entry or `@string`) is reported and its later definition skipped,
    as bibtexparser does within one piece.
    """
    maker = _WorkMaker(source, _FileLines(text))
    problems: list[tuple[int, str]] = []
    works: list[ExtractedWork] = []
    entry_keys: set[str] = set()
    string_keys: set[str] = set()
    for piece in parse_pieces(text):
        problems += piece.failures
        for key, line in piece.strings:
            if key in string_keys:
                problems.append((line, duplicate_message(key)))
            string_keys.add(key)
        for entry in piece.entries:
            if entry.key in entry_keys:
                problems.append((entry.line, duplicate_message(entry.key)))
                continue
            entry_keys.add(entry.key)
            if entry.values is None:
                problems.append((entry.line, f"entry {entry.key!r} has no title, author or editor"))
                continue
            works.append(maker.work(entry, entry.values))
    return records_extraction(source, works, problems, "no BibTeX entries found")
