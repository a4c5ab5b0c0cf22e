"""Records as one text states them, before identity resolution.

Readers in `sources/` and the parsers in `parse/` produce these; `resolve/` turns them into
the linked records of `model.records`. Names are inline here, ids come later.
"""

from __future__ import annotations

from pydantic import Field

from coprod_refs.model.records import Record, SourceDocument, Span, WorkFields, initials_of


class Name(Record):
    """A personal or corporate name as written in one place.

    A corporate body has only `literal` ("Welsh Government"); a person has `family` and
    usually `given` ("Tony", "T.", "J. L."), maybe a particle ("van") or suffix ("Jr.").
    """

    family: str = ""
    given: str = ""
    particle: str = ""
    suffix: str = ""
    literal: str = ""

    @property
    def is_body(self) -> bool:
        """True for a corporate author."""
        return bool(self.literal) and not self.family

    @property
    def initials(self) -> str:
        """Initials of the given names ("J L")."""
        return initials_of(self.given)

    def display(self) -> str:
        """The name in reading order."""
        if self.is_body:
            return self.literal
        return " ".join(p for p in (self.given, self.particle, self.family, self.suffix) if p)

    def inverted(self) -> str:
        """The name in sorting order: "van Eijk, S." style."""
        if self.is_body:
            return self.literal
        family = " ".join(p for p in (self.particle, self.family) if p)
        rest = ", ".join(p for p in (self.given, self.suffix) if p)
        return f"{family}, {rest}" if rest else family


class ExtractedWork(WorkFields):
    """A work as one source states it: a reference-list entry, a landing page, a .bib entry.

    `label` is the number a numbered reference list gives the entry ("12" for "[12]").
    """

    type: str = ""
    key: str = ""
    authors: list[Name] = Field(default_factory=list)
    editors: list[Name] = Field(default_factory=list)
    translators: list[Name] = Field(default_factory=list)
    container_title: str = ""
    container_kind: str = ""
    label: str = ""
    field_confidence: dict[str, float] = Field(default_factory=dict)
    raw: str = ""
    span: Span | None = None


class ExtractedMention(Record):
    """An in-text citation such as "(Ostrom & Ostrom, 1977)" or "Brudney and England (1983)".

    `authors` holds the family names as written; `et_al` marks "et al."; offsets are
    character offsets into the source text as read (after decoding, before normalisation).
    In numbered styles ("[12]") `label` holds the reference-list number cited and
    `authors` may be empty; a pandoc citation ("[@ostrom1990]") holds the citekey in
    `key` and no authors.
    """

    authors: list[str] = Field(default_factory=list)
    label: str = ""
    key: str = ""
    et_al: bool = False
    year: int | None = None
    year_suffix: str = ""
    no_date: bool = False
    surface: str
    locator: str = ""
    prefix: str = ""
    context: str = ""
    start: int
    end: int
    narrative: bool = False


class Extraction(Record):
    """Everything one source document yields, kept in the store so the graph can be rebuilt.

    `document` is the text's own work; `references` are the entries of its reference list
    (cited by `document`); `mentions` its in-text citations; `works` stand-alone records
    (from .bib, .ris, CSL-JSON files) that no document cites.
    """

    source: SourceDocument
    document: ExtractedWork | None = None
    references: list[ExtractedWork] = Field(default_factory=list)
    mentions: list[ExtractedMention] = Field(default_factory=list)
    works: list[ExtractedWork] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)
