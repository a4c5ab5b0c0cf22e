"""BibTeX export, and the entry builder BibTeX and BibLaTeX share.

Each work becomes a bibtexparser `Entry` whose field values all come from
`escape_field`; bibtexparser's writer lays the entries out. A `Dialect` holds what
differs between BibTeX and BibLaTeX (entry types, field names, required fields).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from coprod_refs.export import ExportOptions, ExportResult, register_writer
from coprod_refs.export.escape import (
    FieldKind,
    escape_field,
    safe_citekey,
    summarise_notes,
    written_keys,
)
from coprod_refs.model import Body, Graph, Person, Work

_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def isbn_is_valid(isbn: str) -> bool:
    """True for an ISBN-10 or ISBN-13 with the right check digit (biber checks them)."""
    digits = re.sub(r"[\s-]", "", isbn).upper()
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        return sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10 == 0
    return False


@dataclass(frozen=True)
class Dialect:
    """What one BibTeX flavour calls things and requires."""

    name: str
    ascii_default: bool
    entry_types: dict[str, str]
    fallback_type: str
    date_field: str
    place_field: str
    #: entry type -> field the work's venue name goes in
    container_field: dict[str, str]
    #: entry type -> field the publisher goes in (default "publisher")
    publisher_field: dict[str, str]
    #: entry type -> field a report or article number goes in (default "eid")
    number_field: dict[str, str]
    #: entry type -> fixed fields written after the data (biblatex's thesis type)
    fixed_fields: dict[str, tuple[tuple[str, str], ...]]
    #: entry type -> groups of fields, one of each group required
    required: dict[str, tuple[tuple[str, ...], ...]]
    write_ids: bool = False
    iso_dates_only: bool = False
    check_isbn: bool = False
    no_date_label: str = ""
    sort_needs_author: bool = False


BIBTEX = Dialect(
    name="bibtex",
    ascii_default=True,
    entry_types={
        "article-journal": "article",
        "article-magazine": "article",
        "article-newspaper": "article",
        "review": "article",
        "book": "book",
        "chapter": "incollection",
        "entry-encyclopedia": "incollection",
        "paper-conference": "inproceedings",
        "report": "techreport",
        "thesis": "phdthesis",
        "manuscript": "unpublished",
    },
    fallback_type="misc",
    date_field="year",
    place_field="address",
    container_field={
        "article": "journal",
        "incollection": "booktitle",
        "inproceedings": "booktitle",
        "book": "series",
        "techreport": "series",
        "misc": "howpublished",
    },
    publisher_field={"techreport": "institution", "phdthesis": "school"},
    number_field={"techreport": "number"},
    fixed_fields={},
    required={
        "article": (("author",), ("title",), ("journal",), ("year",)),
        "book": (("author", "editor"), ("title",), ("publisher",), ("year",)),
        "incollection": (("author",), ("title",), ("booktitle",), ("publisher",), ("year",)),
        "inproceedings": (("author",), ("title",), ("booktitle",), ("year",)),
        "techreport": (("author",), ("title",), ("institution",), ("year",)),
        "phdthesis": (("author",), ("title",), ("school",), ("year",)),
        "unpublished": (("author",), ("title",), ("note",)),
        "misc": (("title",),),
    },
    no_date_label="n.d.",
    sort_needs_author=True,
)


@dataclass
class EntryDraft:
    """One entry before layout: type, key and escaped fields in writing order."""

    entry_type: str
    key: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    undated: bool = False


def _agents(ids: list[str], graph: Graph) -> list[Person | Body]:
    return [graph.agents[a] for a in ids if a in graph.agents]


def format_name(agent: Person | Body, ascii_only: bool, notes: list[str]) -> str:
    """A name as BibTeX reads it: "von Last, Jr, First"; a body as one brace group."""
    if isinstance(agent, Body):
        return escape_field(agent.name, FieldKind.BODY, ascii_only=ascii_only, notes=notes)
    family = agent.family or agent.given
    given = agent.given if agent.family else ""

    def esc(text: str) -> str:
        return escape_field(text, FieldKind.NAME, ascii_only=ascii_only, notes=notes)

    last = esc(family)
    if not (given or agent.suffix) and " " in family.strip() and not last.startswith("{"):
        last = "{" + last + "}"
    head = f"{esc(agent.particle)} {last}" if agent.particle else last
    parts = [head]
    if agent.suffix:
        parts.append(esc(agent.suffix))
    if given or agent.suffix:
        parts.append(esc(given))
    return ", ".join(parts)


#: Escaped values reused within one export: (what, id, ascii) -> (value, notes).
EscapeCache = dict[tuple[str, str, bool], tuple[str, tuple[str, ...]]]


def _cached(
    cache: EscapeCache,
    slot: tuple[str, str, bool],
    make: Callable[[list[str]], str],
    notes: list[str],
) -> str:
    found = cache.get(slot)
    if found is None:
        fresh: list[str] = []
        found = (make(fresh), tuple(fresh))
        cache[slot] = found
    notes.extend(found[1])
    return found[0]


def _names(
    ids: list[str], graph: Graph, ascii_only: bool, notes: list[str], cache: EscapeCache
) -> str:
    names = []
    for agent in _agents(ids, graph):
        name = _cached(
            cache,
            ("agent", agent.id, ascii_only),
            lambda fresh, a=agent: format_name(a, ascii_only, fresh),
            notes,
        )
        if name:
            names.append(name)
    return " and ".join(names)


def build_entry(
    work: Work,
    graph: Graph,
    dialect: Dialect,
    options: ExportOptions,
    cache: EscapeCache | None = None,
) -> EntryDraft:
    """The entry for one work: type, key and every non-empty field, escaped.

    `cache` lets one export escape each person and venue name once.
    """
    cache = {} if cache is None else cache
    ascii_only = dialect.ascii_default if options.ascii_only is None else options.ascii_only
    entry_type = dialect.entry_types.get(work.type, dialect.fallback_type)
    draft = EntryDraft(entry_type, work.key, undated=work.no_date)
    notes = draft.notes
    title_kind = FieldKind.TITLE if options.protect_capitals else FieldKind.TEXT

    def put(name: str, value: str, kind: FieldKind = FieldKind.TEXT) -> None:
        if value:
            escaped = escape_field(value, kind, ascii_only=ascii_only, notes=notes)
            if escaped:
                draft.fields.append((name, escaped))

    def put_raw(name: str, value: str) -> None:
        if value:
            draft.fields.append((name, value))

    if dialect.write_ids and work.aliases:
        aliases = [safe_citekey(a) for a in work.aliases]
        put_raw("ids", ", ".join(dict.fromkeys(aliases)))
    put_raw("author", _names(work.authors, graph, ascii_only, notes, cache))
    put_raw("editor", _names(work.editors, graph, ascii_only, notes, cache))
    put("title", work.title, title_kind)
    venue = graph.venue_of(work)
    container = dialect.container_field.get(entry_type)
    if venue is not None and container and venue.name.strip():
        kind = title_kind if container == "booktitle" else FieldKind.TEXT
        if options.protect_capitals and kind is FieldKind.TEXT:
            kind = FieldKind.CONTAINER
        put_raw(
            container,
            _cached(
                cache,
                (f"venue-{kind}", venue.id, ascii_only),
                lambda fresh: escape_field(venue.name, kind, ascii_only=ascii_only, notes=fresh),
                notes,
            ),
        )
    if work.year is not None:
        put_raw(dialect.date_field, str(work.year))
    elif work.no_date and dialect.no_date_label:
        put_raw(dialect.date_field, dialect.no_date_label)
    put("volume", work.volume)
    if entry_type == "article":
        put("number", work.issue)
    put(dialect.number_field.get(entry_type, "eid"), work.article_number)
    put("pages", work.pages, FieldKind.PAGES)
    put("edition", work.edition)
    publisher = work.publisher or (venue.publisher if venue else "")
    put(dialect.publisher_field.get(entry_type, "publisher"), publisher)
    put(dialect.place_field, work.place or (venue.place if venue else ""))
    if work.isbn and dialect.check_isbn and not isbn_is_valid(work.isbn):
        notes.append(f"ISBN {work.isbn!r} has a wrong length or check digit: left out")
    else:
        put("isbn", work.isbn)
    put("issn", work.issn or (venue.identifiers.get("issn", "") if venue else ""))
    put("doi", work.doi, FieldKind.VERBATIM)
    put("url", work.url, FieldKind.VERBATIM)
    if work.accessed and dialect.iso_dates_only and not _ISO_DATE.fullmatch(work.accessed):
        notes.append(f"access date {work.accessed!r} is not YYYY-MM-DD: left out")
    else:
        put("urldate", work.accessed)
    if work.keywords:
        put("keywords", ", ".join(k.replace(",", " ") for k in work.keywords))
    if options.include_abstract:
        put("abstract", work.abstract)
    put("note", work.note)
    for name, value in dialect.fixed_fields.get(entry_type, ()):
        put_raw(name, value)
    return draft


def missing_fields(draft: EntryDraft, dialect: Dialect) -> list[str]:
    """Messages for the fields the entry type requires and the draft lacks."""
    present = {name for name, _ in draft.fields}
    if draft.undated:
        present.add(dialect.date_field)
    out = []
    for group in dialect.required.get(draft.entry_type, ()):
        if not present.intersection(group):
            wanted = " or ".join(group)
            out.append(f"@{draft.entry_type} without {wanted}: {dialect.name} requires it")
    if dialect.sort_needs_author and not present.intersection(("author", "editor")):
        out.append(f"no author or editor: {dialect.name} styles warn when sorting")
    return out


def layout_entries(drafts: list[EntryDraft]) -> str:
    """Lay entries out exactly as `render_entries` does, without bibtexparser's per-block
    overhead (7 s per 100,000 entries); tests hold the two to identical bytes."""
    blocks = []
    for draft in drafts:
        fields = ",\n".join(f"  {name} = {{{value}}}" for name, value in draft.fields)
        blocks.append(
            f"@{draft.entry_type}{{{draft.key},\n{fields}\n}}\n"
            if fields
            else f"@{draft.entry_type}{{{draft.key},\n}}\n"
        )
    return "\n".join(blocks)


def render_entries(drafts: list[EntryDraft]) -> str:
    """Lay entries out with bibtexparser's model and writer: two-space indent, a blank
    line between entries, every value in braces."""
    from bibtexparser import Library, write_string
    from bibtexparser.middlewares.enclosing import AddEnclosingMiddleware
    from bibtexparser.model import Entry, Field
    from bibtexparser.writer import BibtexFormat

    library = Library()
    library.add([Entry(d.entry_type, d.key, [Field(k, v) for k, v in d.fields]) for d in drafts])
    layout = BibtexFormat()
    layout.indent = "  "
    layout.block_separator = "\n"
    enclose = AddEnclosingMiddleware(
        reuse_previous_enclosing=False,
        enclose_integers=True,
        default_enclosing="{",
        allow_inplace_modification=True,
    )
    return write_string(library, unparse_stack=[enclose], bibtex_format=layout)


def write_bib(
    works: list[Work], graph: Graph, dialect: Dialect, options: ExportOptions
) -> ExportResult:
    """Entries for `works` in a dialect, with a warning for everything compromised."""
    drafts: list[EntryDraft] = []
    keys, warnings = written_keys([w.key for w in works], dialect.name)
    cache: EscapeCache = {}
    for work, key in zip(works, keys, strict=True):
        draft = build_entry(work, graph, dialect, options, cache)
        draft.key = key
        notes = summarise_notes(draft.notes) if draft.notes else []
        for message in notes + missing_fields(draft, dialect):
            warnings.append((work.key, message))
        drafts.append(draft)
    layout = render_entries if options.bibtexparser_writer else layout_entries
    return ExportResult(text=layout(drafts) if drafts else "", warnings=warnings)


@register_writer("bibtex")
def write_bibtex(works: list[Work], graph: Graph, options: ExportOptions) -> ExportResult:
    """BibTeX for bibtex's standard styles: ASCII with LaTeX accents unless asked for UTF-8."""
    return write_bib(works, graph, BIBTEX, options)
