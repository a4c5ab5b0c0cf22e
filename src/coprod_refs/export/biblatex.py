"""BibLaTeX export: biblatex's entry types and field names, UTF-8 by default, `ids` aliases."""

from __future__ import annotations

from coprod_refs.export import ExportOptions, ExportResult, register_checker, register_writer
from coprod_refs.export.bibtex import check_bib, write_bib
from coprod_refs.export.entry import Dialect, TypeRule
from coprod_refs.model import Graph, Work

BIBLATEX = Dialect(
    name="biblatex",
    write_langid=True,
    pubstate=True,
    original_date_field="origdate",
    ascii_default=False,
    entry_types={
        "article-journal": "article",
        "article-magazine": "article",
        "article-newspaper": "article",
        "review": "article",
        "book": "book",
        "chapter": "incollection",
        "entry-encyclopedia": "inreference",
        "paper-conference": "inproceedings",
        "report": "report",
        "thesis": "thesis",
        "manuscript": "unpublished",
        "webpage": "online",
        "post-weblog": "online",
        "dataset": "dataset",
        "legislation": "misc",
    },
    fallback_type="misc",
    date_field="date",
    place_field="location",
    container_field={
        "article": "journaltitle",
        "incollection": "booktitle",
        "inreference": "booktitle",
        "inproceedings": "booktitle",
        "book": "series",
        "report": "series",
        "online": "organization",
        "misc": "howpublished",
        "dataset": "organization",
    },
    publisher_field={"report": "institution", "thesis": "institution"},
    number_field={"report": "number"},
    # biblatex's `type` keys print localised ("PhD thesis", "Masterarbeit"); a genre
    # without a known degree ("Working paper", "Habilitation thesis") is printed as given.
    genre_field={"thesis": "type", "report": "type"},
    degree_genres={"master": "mathesis", "doctoral": "phdthesis"},
    fixed_fields={"thesis": (("type", "phdthesis"),), "report": (("type", "techreport"),)},
    required={
        "article": (("author",), ("title",), ("journaltitle",), ("date",)),
        "book": (("author", "editor"), ("title",), ("date",)),
        "incollection": (("author",), ("title",), ("booktitle",), ("date",)),
        "inproceedings": (("author",), ("title",), ("booktitle",), ("date",)),
        "inreference": (("title",), ("booktitle",), ("date",)),
        "report": (("author",), ("title",), ("institution",), ("date",)),
        "thesis": (("author",), ("title",), ("institution",), ("date",)),
        "online": (("author", "editor", "organization"), ("title",), ("date", "url")),
        "unpublished": (("author",), ("title",), ("date",)),
        "dataset": (("author", "editor", "organization"), ("title",), ("date",)),
        "misc": (("author", "editor"), ("title",), ("date",)),
    },
    write_ids=True,
    iso_dates_only=True,
    check_isbn=True,
    # A law is a `@misc` with `entrysubtype = {legislation}`, not biblatex's own
    # `@legislation`: the standard styles have no driver for that type and warn "No
    # driver for 'legislation'" for each entry (they then print it as `@misc` anyway).
    # `entrysubtype`, which the standard styles ignore, is biblatex's field for a finer
    # type that a style may support, and tells the import (and a legal style) it is a law.
    # The official number goes in `howpublished` and the printer in `organization`, the
    # fields the `@misc` driver prints; a law has no author and needs none.
    type_rules={
        "legislation": TypeRule(
            number_field="howpublished",
            publisher_field="organization",
            fixed_fields=(("entrysubtype", "legislation"),),
            authorless=True,
        )
    },
)


@register_writer("biblatex")
def write_biblatex(works: list[Work], graph: Graph, options: ExportOptions) -> ExportResult:
    """BibLaTeX for biber: UTF-8 unless asked for ASCII, aliases as `ids`."""
    return write_bib(works, graph, BIBLATEX, options)


@register_checker("biblatex")
def check_biblatex(works: list[Work], graph: Graph, options: ExportOptions) -> list[list[str]]:
    """The BibLaTeX warnings of each work's own entry."""
    return check_bib(works, graph, BIBLATEX, options)
