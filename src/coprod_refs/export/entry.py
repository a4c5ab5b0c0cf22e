"""The entry builder BibTeX and BibLaTeX share, and the warnings an entry gets.

A `Dialect` holds what differs between BibTeX and BibLaTeX (entry types, field names,
required fields). `build_entry` turns a work into an `EntryDraft` whose field values all
come from one escaper (`escape_value` when writing, `escape_outcome` when only the
warnings are wanted); `draft_warnings` is the one place an entry's warnings are worded,
for the writers and for `validate` alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import mul

from coprod_refs.export import ExportOptions
from coprod_refs.export.escape import (
    KIND_BODY,
    KIND_CONTAINER,
    KIND_NAME,
    KIND_PAGES,
    KIND_TEXT,
    KIND_TITLE,
    KIND_VERBATIM,
    Escaper,
    FieldKind,
    escape_value,
    safe_citekey,
    summarise_notes,
)
from coprod_refs.model import Body, Graph, Person, Work
from coprod_refs.parse.fields import thesis_degree

_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_ISBN_SEPARATORS = re.compile(r"[\s-]")
_ISBN_10 = re.compile(r"\d{9}[\dX]")
_ISBN_13 = re.compile(r"97[89]\d{10}")
_ISBN_10_WEIGHTS = tuple(range(10, 0, -1))
_ISBN_13_WEIGHTS = (1, 3) * 6 + (1,)


def isbn_is_valid(isbn: str) -> bool:
    """True for an ISBN-10 or ISBN-13 with the right check digit (biber checks them)."""
    digits = _ISBN_SEPARATORS.sub("", isbn).upper()
    if _ISBN_10.fullmatch(digits):
        values = [*map(int, digits[:9]), 10 if digits[9] == "X" else int(digits[9])]
        return sum(map(mul, _ISBN_10_WEIGHTS, values)) % 11 == 0
    if _ISBN_13.fullmatch(digits):
        return sum(map(mul, _ISBN_13_WEIGHTS, map(int, digits))) % 10 == 0
    return False


@dataclass(frozen=True)
class TypeRule:
    """How the entries of one CSL type differ from the others of their entry type, where
    a dialect has no entry type of its own for it (legislation is written as `@misc`)."""

    #: field the work's number goes in, instead of the entry type's `number_field`
    number_field: str = ""
    #: field the publisher goes in, instead of the entry type's `publisher_field`
    publisher_field: str = ""
    #: fixed fields written after the data (biblatex's `entrysubtype`)
    fixed_fields: tuple[tuple[str, str], ...] = ()
    #: The type has no author (a law): no author is required of it, and where the
    #: dialect's styles sort by author (bibtex's) the title is written as `key` to sort by.
    authorless: bool = False


_NO_RULE = TypeRule()


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
    #: Date fields are ISO 8601 (biblatex): the date of publication is written whole in
    #: the date field ("2019-03-05"), and an access date in another form is left out.
    #: Otherwise (BibTeX) the month goes in `month` as bibtex's macro (`month = mar`).
    iso_dates_only: bool = False
    check_isbn: bool = False
    no_date_label: str = ""
    sort_needs_author: bool = False
    #: Write the language as biblatex's `langid` (babel's name for it).
    write_langid: bool = False
    #: Say "in press" / "forthcoming" in biblatex's `pubstate` rather than the date field.
    pubstate: bool = False
    #: The field a reprint's original date goes in (biblatex's `origdate`); without one
    #: (BibTeX, whose styles know no such field) the note says it.
    original_date_field: str = ""
    #: Entry types whose styles take an author or an editor, never both (BibTeX's
    #: `@book`): the editors of a work with authors go in the note.
    author_or_editor: frozenset[str] = frozenset()
    #: CSL type -> how its entries differ from the others of their entry type
    type_rules: dict[str, TypeRule] = field(default_factory=dict)
    #: The entry type of a master's thesis, where the dialect has one (BibTeX's
    #: `@mastersthesis`); otherwise the thesis entry type serves every degree.
    masters_thesis_type: str = ""
    #: entry type -> field the work's genre goes in ("Working paper", "Master's thesis")
    genre_field: dict[str, str] = field(default_factory=dict)
    #: thesis degree ("master", "doctoral") -> what the genre field says for it: a key
    #: the styles print in their own language, or "" where the entry type already says it
    degree_genres: dict[str, str] = field(default_factory=dict)


#: ISO 639-1 code -> babel's language name, as biblatex's `langid` takes it.
BABEL_LANGUAGES = {
    "en": "english",
    "de": "ngerman",
    "fr": "french",
    "nl": "dutch",
    "it": "italian",
    "es": "spanish",
    "pt": "portuguese",
    "da": "danish",
    "sv": "swedish",
    "no": "norsk",
    "fi": "finnish",
    "pl": "polish",
    "cs": "czech",
}


def babel_language(language: str) -> str:
    """babel's name for a language given by its ISO code ("de" -> "ngerman") or already
    by babel's name (as a .bib file's `langid` gives it); "" for any other value."""
    code = language.lower()
    if code in BABEL_LANGUAGES:
        return BABEL_LANGUAGES[code]
    return code if code in BABEL_LANGUAGES.values() else ""


#: bibtex's month macros, which every .bst style defines and prints in its own language.
BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass
class EntryDraft:
    """One entry before layout: type, key and escaped fields in writing order; `macros`
    names the fields whose value is a bibtex macro, written without braces."""

    entry_type: str
    key: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    undated: bool = False
    macros: frozenset[str] = frozenset()
    #: The work's type has no author (`TypeRule.authorless`): none is required.
    authorless: bool = False


def format_name(
    agent: Person | Body, ascii_only: bool, notes: list[str], escape: Escaper = escape_value
) -> str:
    """A name as BibTeX reads it: "von Last, Jr, First"; a body as one brace group."""
    if isinstance(agent, Body):
        value, value_notes = escape(agent.name, KIND_BODY, ascii_only)
        notes.extend(value_notes)
        return value
    family = agent.family or agent.given
    given = agent.given if agent.family else ""

    def esc(text: str) -> str:
        value, value_notes = escape(text, KIND_NAME, ascii_only)
        notes.extend(value_notes)
        return value

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


#: Escaped values reused within one export: (what, id, ascii) -> (value, notes), where
#: what is "agent" for a name, or the kind a venue's name is escaped as.
EscapeCache = dict[tuple[str, str, bool], tuple[str, tuple[str, ...]]]


def _names(
    ids: list[str],
    graph: Graph,
    ascii_only: bool,
    notes: list[str],
    cache: EscapeCache,
    escape: Escaper,
) -> str:
    """The " and "-joined names of the agents `ids` names, each escaped once per export."""
    names = []
    agents = graph.agents
    for agent_id in ids:
        slot = ("agent", agent_id, ascii_only)
        found = cache.get(slot)
        if found is None:
            agent = agents.get(agent_id)
            if agent is None:
                continue
            fresh: list[str] = []
            found = cache[slot] = (format_name(agent, ascii_only, fresh, escape), tuple(fresh))
        if found[1]:
            notes.extend(found[1])
        if found[0]:
            names.append(found[0])
    return " and ".join(names)


def _edited_by(ids: list[str], graph: Graph) -> str:
    """ "Edited by Guenther Roth and Claus Wittich": the editors in reading order."""
    names = [graph.agents[i].display() for i in ids if i in graph.agents]
    if len(names) > 1:
        names[-2:] = [f"{names[-2]} and {names[-1]}"]
    return "Edited by " + ", ".join(names) if names else ""


def build_entry(
    work: Work,
    graph: Graph,
    dialect: Dialect,
    options: ExportOptions,
    cache: EscapeCache | None = None,
    escape: Escaper = escape_value,
) -> EntryDraft:
    """The entry for one work: type, key and every non-empty field, escaped by `escape`.

    `cache` lets one export escape each person and venue name once; it must not be
    shared between escapers.
    """
    cache = {} if cache is None else cache
    ascii_only = dialect.ascii_default if options.ascii_only is None else options.ascii_only
    entry_type = dialect.entry_types.get(work.type, dialect.fallback_type)
    degree = thesis_degree(work.genre) if work.type == "thesis" else ""
    if degree == "master" and dialect.masters_thesis_type:
        entry_type = dialect.masters_thesis_type
    rule = dialect.type_rules.get(work.type, _NO_RULE)
    fields: list[tuple[str, str]] = []
    notes: list[str] = []
    title_kind = KIND_TITLE if options.protect_capitals else KIND_TEXT

    def put(name: str, value: str, kind: FieldKind = KIND_TEXT) -> None:
        if value:
            escaped, value_notes = escape(value, kind, ascii_only)
            if value_notes:
                notes.extend(value_notes)
            if escaped:
                fields.append((name, escaped))

    if dialect.write_ids and work.aliases:
        aliases = [safe_citekey(a) for a in work.aliases]
        fields.append(("ids", ", ".join(dict.fromkeys(aliases))))
    edited_by = ""
    if work.authors and work.editors and entry_type in dialect.author_or_editor:
        edited_by = _edited_by(work.editors, graph)
        notes.append(
            f"editors in the note: {dialect.name}'s @{entry_type} takes no editor beside an author"
        )
    # biblatex prints translators; BibTeX's standard styles ignore a field they do not
    # know, so there the field is kept for the styles and tools that read it.
    for role, ids in (
        ("author", work.authors),
        ("editor", [] if edited_by else work.editors),
        ("translator", work.translators),
    ):
        if ids:
            names = _names(ids, graph, ascii_only, notes, cache, escape)
            if names:
                fields.append((role, names))
    put("title", work.title, title_kind)
    venue = graph.venues.get(work.container) if work.container else None
    container = dialect.container_field.get(entry_type)
    if venue is not None and container and venue.name.strip():
        kind = title_kind if container == "booktitle" else KIND_TEXT
        if options.protect_capitals and kind is KIND_TEXT:
            kind = KIND_CONTAINER
        slot = (kind, venue.id, ascii_only)
        found = cache.get(slot)
        if found is None:
            found = cache[slot] = escape(venue.name, kind, ascii_only)
        if found[1]:
            notes.extend(found[1])
        if found[0]:
            fields.append((container, found[0]))
    if entry_type != "article" and all(name != "series" for name, _value in fields):
        # An article's `series` is its journal's ("new series"), not a book series.
        put(
            "series",
            work.collection_title,
            KIND_CONTAINER if options.protect_capitals else KIND_TEXT,
        )
    macros: frozenset[str] = frozenset()
    if work.year is not None and work.month is not None and dialect.iso_dates_only:
        fields.append((dialect.date_field, work.issued_iso))  # biblatex: "2019-03-05"
    elif work.year is not None:
        fields.append((dialect.date_field, str(work.year)))
        if work.month is not None:
            fields.append(("month", BIBTEX_MONTHS[work.month - 1]))  # month = mar
            macros = frozenset(("month",))
    elif work.no_date and dialect.no_date_label:
        fields.append((dialect.date_field, dialect.no_date_label))
    elif work.status and dialect.pubstate:
        fields.append(("pubstate", work.status.replace(" ", "")))  # biblatex: "inpress"
    elif work.status:
        fields.append((dialect.date_field, work.status))  # BibTeX styles print "(in press)"
    original_note = ""
    if work.original_date and not dialect.original_date_field:
        original_note = f"Originally published {work.original_date}"
    elif work.original_date and not _ISO_DATE.fullmatch(work.original_date):
        notes.append(f"original date {work.original_date!r} is not YYYY-MM-DD: left out")
    elif work.original_date:
        put(dialect.original_date_field, work.original_date)
    put("volume", work.volume)
    if entry_type == "article":
        put("number", work.issue)
    if work.article_number:
        number_field = rule.number_field or dialect.number_field.get(entry_type, "eid")
        put(number_field, work.article_number)
        if rule.number_field:
            _join_repeated(fields, number_field)  # a venue went in `howpublished` too
    put("pages", work.pages, KIND_PAGES)
    put("edition", work.edition)
    publisher = work.publisher or (venue.publisher if venue else "")
    if publisher:
        put(rule.publisher_field or dialect.publisher_field.get(entry_type, "publisher"), publisher)
    put(dialect.place_field, work.place or (venue.place if venue else ""))
    if work.isbn and dialect.check_isbn and not isbn_is_valid(work.isbn):
        notes.append(f"ISBN {work.isbn!r} has a wrong length or check digit: left out")
    else:
        put("isbn", work.isbn)
    put("issn", work.issn or (venue.identifiers.get("issn", "") if venue else ""))
    put("doi", work.doi, KIND_VERBATIM)
    put("url", work.url, KIND_VERBATIM)
    if work.accessed and dialect.iso_dates_only and not _ISO_DATE.fullmatch(work.accessed):
        notes.append(f"access date {work.accessed!r} is not YYYY-MM-DD: left out")
    else:
        put("urldate", work.accessed)
    if work.keywords:
        put("keywords", ", ".join(k.replace(",", " ") for k in work.keywords))
    if options.include_abstract:
        put("abstract", work.abstract)
    put("note", "; ".join(n for n in (work.note, edited_by, original_note) if n))
    if rule.authorless and dialect.sort_needs_author and not (work.authors or work.editors):
        put("key", work.title)  # what bibtex's styles sort and label by without a name
    if dialect.write_langid:
        put("langid", babel_language(work.language))
    genre_field = dialect.genre_field.get(entry_type)
    if genre_field:
        put(genre_field, dialect.degree_genres.get(degree, work.genre) if degree else work.genre)
    fixed = dialect.fixed_fields.get(entry_type)
    if fixed:
        written = {name for name, _value in fields}
        fields.extend((name, value) for name, value in fixed if value and name not in written)
    fields.extend(rule.fixed_fields)
    undated = work.no_date or bool(work.status)
    return EntryDraft(entry_type, work.key, fields, notes, undated, macros, rule.authorless)


def _join_repeated(fields: list[tuple[str, str]], name: str) -> None:
    """Join every value of the field `name` into its last one, comma separated: an entry
    may hold each field once (bibtex stops at a repeated one). The last place is the
    number's, where the import's number is written again: the bytes survive a round trip."""
    values = [value for field_name, value in fields if field_name == name]
    if len(values) > 1:
        last = max(i for i, (field_name, _value) in enumerate(fields) if field_name == name)
        fields[last] = (name, ", ".join(values))
        fields[:] = [f for i, f in enumerate(fields) if f[0] != name or i == last]


def missing_fields(draft: EntryDraft, dialect: Dialect) -> list[str]:
    """Messages for the fields the entry type requires and the draft lacks."""
    present = {name for name, _value in draft.fields}
    if draft.undated:
        present.add(dialect.date_field)
    out = []
    for group in dialect.required.get(draft.entry_type, ()):
        if draft.authorless and "author" in group:
            continue
        if present.isdisjoint(group):
            wanted = " or ".join(group)
            out.append(f"@{draft.entry_type} without {wanted}: {dialect.name} requires it")
    if dialect.sort_needs_author and present.isdisjoint(("author", "editor", "key")):
        out.append(f"no author or editor: {dialect.name} styles warn when sorting")
    return out


def draft_warnings(draft: EntryDraft, dialect: Dialect) -> list[str]:
    """Everything an entry compromises on: what escaping noted (summarised), values left
    out, and the fields its type requires that it lacks. The citekey is judged apart,
    over the whole export (`written_keys`)."""
    notes = summarise_notes(draft.notes) if draft.notes else []
    return notes + missing_fields(draft, dialect)
