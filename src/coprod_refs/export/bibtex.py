"""BibTeX export: bibtex's entry types and field names, ASCII with LaTeX accents by default.

Entries are built by `entry.build_entry` (shared with BibLaTeX) and laid out here, either
directly or with bibtexparser's writer (same bytes). `check_bib` gives the same warnings
as `write_bib` without writing anything, for `validate`.
"""

from __future__ import annotations

from coprod_refs.export import ExportOptions, ExportResult, register_checker, register_writer
from coprod_refs.export.entry import (
    Dialect,
    EntryDraft,
    EscapeCache,
    TypeRule,
    build_entry,
    draft_warnings,
)
from coprod_refs.export.escape import escape_outcome, written_keys
from coprod_refs.model import Graph, Work

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
        "legislation": "misc",
    },
    fallback_type="misc",
    date_field="year",
    author_or_editor=frozenset({"book", "inbook"}),
    place_field="address",
    container_field={
        "article": "journal",
        "incollection": "booktitle",
        "inproceedings": "booktitle",
        "book": "series",
        "techreport": "series",
        "misc": "howpublished",
    },
    publisher_field={"techreport": "institution", "phdthesis": "school", "mastersthesis": "school"},
    number_field={"techreport": "number"},
    fixed_fields={},
    required={
        "article": (("author",), ("title",), ("journal",), ("year",)),
        "book": (("author", "editor"), ("title",), ("publisher",), ("year",)),
        "incollection": (("author",), ("title",), ("booktitle",), ("publisher",), ("year",)),
        "inproceedings": (("author",), ("title",), ("booktitle",), ("year",)),
        "techreport": (("author",), ("title",), ("institution",), ("year",)),
        "phdthesis": (("author",), ("title",), ("school",), ("year",)),
        "mastersthesis": (("author",), ("title",), ("school",), ("year",)),
        "unpublished": (("author",), ("title",), ("note",)),
        "misc": (("title",),),
    },
    # A thesis's degree is its entry type, which the styles print in their own words
    # ("PhD thesis", "Master's thesis"); any other genre replaces those words (`type`).
    masters_thesis_type="mastersthesis",
    genre_field={"techreport": "type", "phdthesis": "type", "mastersthesis": "type"},
    degree_genres={"master": "", "doctoral": ""},
    no_date_label="n.d.",
    sort_needs_author=True,
    # A law is a `@misc` whose official number ("c. 23", "Pub. L. No. 111-148") is how it
    # was published: the standard styles print `howpublished` after the title. It has no
    # author, so its title is the `key` the styles sort and label it by. biblatex's
    # `entrysubtype = {legislation}`, which bibtex ignores, tells the import it is a law.
    type_rules={
        "legislation": TypeRule(
            number_field="howpublished",
            fixed_fields=(("entrysubtype", "legislation"),),
            authorless=True,
        )
    },
)


def layout_entries(drafts: list[EntryDraft]) -> str:
    """Lay entries out exactly as `render_entries` does, without bibtexparser's per-block
    overhead (7 s per 100,000 entries); tests hold the two to identical bytes."""
    blocks = []
    for draft in drafts:
        fields = ",\n".join(
            f"  {name} = {value}" if name in draft.macros else f"  {name} = {{{value}}}"
            for name, value in draft.fields
        )
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
    from bibtexparser.middlewares.enclosing import AddEnclosingMiddleware, RemoveEnclosingMiddleware
    from bibtexparser.model import Entry, Field
    from bibtexparser.writer import BibtexFormat

    library = Library()
    entries = []
    for d in drafts:
        entry = Entry(d.entry_type, d.key, [Field(k, v) for k, v in d.fields])
        # A macro (`month = mar`) is written bare, as if it had been read so.
        bare = {name: "no-enclosing" for name in d.macros}
        entry.parser_metadata[RemoveEnclosingMiddleware.metadata_key()] = bare
        entries.append(entry)
    library.add(entries)
    layout = BibtexFormat()
    layout.indent = "  "
    layout.block_separator = "\n"
    enclose = AddEnclosingMiddleware(
        reuse_previous_enclosing=True,
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
        warnings.extend((work.key, message) for message in draft_warnings(draft, dialect))
        drafts.append(draft)
    layout = render_entries if options.bibtexparser_writer else layout_entries
    return ExportResult(text=layout(drafts) if drafts else "", warnings=warnings)


def check_bib(
    works: list[Work], graph: Graph, dialect: Dialect, options: ExportOptions
) -> list[list[str]]:
    """For each work, the warnings `write_bib` gives its entry (the citekey's aside), from
    the same builder and wording, with values escaped only where a warning may hide."""
    cache: EscapeCache = {}
    return [
        draft_warnings(build_entry(work, graph, dialect, options, cache, escape_outcome), dialect)
        for work in works
    ]


@register_writer("bibtex")
def write_bibtex(works: list[Work], graph: Graph, options: ExportOptions) -> ExportResult:
    """BibTeX for bibtex's standard styles: ASCII with LaTeX accents unless asked for UTF-8."""
    return write_bib(works, graph, BIBTEX, options)


@register_checker("bibtex")
def check_bibtex(works: list[Work], graph: Graph, options: ExportOptions) -> list[list[str]]:
    """The BibTeX warnings of each work's own entry."""
    return check_bib(works, graph, BIBTEX, options)
