"""The typed records of the reference graph as the store keeps them.

Works point at people, bodies and venues by id, and citations point at works by citekey,
so one person or venue is one record however many texts name it.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

#: CSL item types the project produces and accepts.
CSL_TYPES: tuple[str, ...] = (
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "book",
    "chapter",
    "dataset",
    "entry-encyclopedia",
    "legislation",
    "manuscript",
    "paper-conference",
    "post-weblog",
    "report",
    "review",
    "thesis",
    "webpage",
    "document",
)

VenueKind = Literal["journal", "book", "series", "publisher", "website"]


class Record(BaseModel):
    """Base of every stored record: unknown fields are refused, defaults are left out on disk."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Record):
    """Where a record came from: a source document, a character range in it, the extractor."""

    source: str
    start: int = 0
    end: int = 0
    extractor: str = ""


class Person(Record):
    """One person under every name form seen (T. Bovaird, Tony Bovaird, Bovaird, T.)."""

    kind: Literal["person"] = "person"
    id: str
    family: str
    given: str = ""
    particle: str = ""
    suffix: str = ""
    name_forms: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)

    @property
    def initials(self) -> str:
        """Initials of the given names, space separated ("J L" for "Jeffrey L.")."""
        return initials_of(self.given)

    def display(self) -> str:
        """The name as a reader expects it: "Tony Bovaird", "Sandra van Eijk"."""
        return " ".join(p for p in (self.given, self.particle, self.family, self.suffix) if p)


class Body(Record):
    """A corporate author or organisation ("Welsh Government", "SCIE")."""

    kind: Literal["body"] = "body"
    id: str
    name: str
    name_forms: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)

    def display(self) -> str:
        """The body's name."""
        return self.name


Agent = Annotated[Person | Body, Field(discriminator="kind")]


class Venue(Record):
    """Where works appear: a journal, an edited book, a series, a publisher, a website."""

    id: str
    name: str
    kind: VenueKind = "journal"
    identifiers: dict[str, str] = Field(default_factory=dict)
    publisher: str = ""
    place: str = ""
    name_forms: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class Metric(Record):
    """A figure a page states about a work, e.g. 7 Scopus citations, with the date seen."""

    name: str
    value: int
    seen: str = ""


class WorkFields(Record):
    """The bibliographic fields a stored work and an extracted statement of it share."""

    title: str = ""
    year: int | None = None
    #: Month (1-12) and day of publication, when a source states them with the year.
    month: int | None = None
    day: int | None = None
    year_suffix: str = ""
    no_date: bool = False
    #: A work accepted but not yet out: "in press" or "forthcoming" (it has no year yet).
    status: str = ""
    #: When a reprint or translation first appeared ("1922" for Weber's 1978 edition).
    original_date: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    article_number: str = ""
    edition: str = ""
    publisher: str = ""
    place: str = ""
    doi: str = ""
    url: str = ""
    accessed: str = ""
    isbn: str = ""
    issn: str = ""
    abstract: str = ""
    keywords: list[str] = Field(default_factory=list)
    language: str = ""
    note: str = ""
    #: The series a book, report or volume appears in ("Routledge Critical Studies in
    #: Public Management"), where it is not the work's own container.
    collection_title: str = ""
    #: What kind of thesis, report or other text it is ("Master's thesis", "Working
    #: paper"), as the source words it.
    genre: str = ""
    metrics: list[Metric] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    confidence: float = 1.0
    flags: list[str] = Field(default_factory=list)

    @property
    def issued_iso(self) -> str:
        """The publication date in ISO 8601 as far as it is known ("2019-03-05",
        "2019-03", "2019"); "" without a year."""
        if self.year is None:
            return ""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


class Work(WorkFields):
    """A work: article, book, chapter, report, web page... `stub` when known only by a mention."""

    key: str
    type: str = "article-journal"
    authors: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    translators: list[str] = Field(default_factory=list)
    container: str | None = None
    stub: bool = False
    provenance: list[Span] = Field(default_factory=list)

    @property
    def year_label(self) -> str:
        """The year as cited: "2016a", "n.d.", "in press", or "" when unknown."""
        if self.no_date:
            return "n.d." + self.year_suffix
        if self.year is None:
            return self.status
        return f"{self.year}{self.year_suffix}"


class Mention(Record):
    """One place where a text cites a work."""

    surface: str
    locator: str = ""
    prefix: str = ""
    context: str = ""
    source: str
    start: int
    end: int
    narrative: bool = False


class Citation(Record):
    """Citing work -> cited work, with every mention; `listed` when in the reference list."""

    citing: str
    cited: str
    listed: bool = False
    mentions: list[Mention] = Field(default_factory=list)


class Ambiguity(Record):
    """A mention that could name several works: reported, never guessed silently."""

    citing: str
    mention: Mention
    candidates: list[str]
    chosen: str = ""
    reason: str = ""


class SourceDocument(Record):
    """An ingested file: re-ingesting the same bytes changes nothing."""

    id: str
    path: str
    sha256: str
    kind: str
    size: int = 0
    work: str | None = None


def initials_of(given: str) -> str:
    """Initials of a given-name string: "Jeffrey L." -> "J L", "J.-P." -> "J P"."""
    out: list[str] = []
    for part in given.replace("-", " ").replace(".", " ").split():
        letter = next((c for c in part if c.isalpha()), "")
        if letter:
            out.append(letter.upper())
    return " ".join(out)


class KeyAssignment(Record):
    """A citekey given to a work once and kept: `fingerprint` names the work's identity."""

    fingerprint: str
    key: str
    aliases: list[str] = Field(default_factory=list)


class Decision(Record):
    """A remembered identity decision: two works or people are (not) the same."""

    kind: Literal["distinct", "same"]
    record: Literal["work", "person"]
    a: str
    b: str
    note: str = ""
