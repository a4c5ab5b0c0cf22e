"""Export: writers registered by format name, each turning works into one text.

A new output format is one new module here that decorates its writer with
`@register_writer(name)`. Writers are pure: the same works give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, Field

from coprod_refs.errors import UsageError
from coprod_refs.model import Graph, Work


class ExportOptions(BaseModel):
    """Choices a user can make about an export.

    `ascii_only` None means the format's default: LaTeX commands for BibTeX, UTF-8 for
    BibLaTeX and the other formats.
    """

    ascii_only: bool | None = None
    protect_capitals: bool = True
    include_abstract: bool = True
    #: lay BibTeX out with bibtexparser's writer instead of the fast layout (same bytes)
    bibtexparser_writer: bool = False


class ExportResult(BaseModel):
    """The exported text and what could not be written faithfully, as (citekey, message)."""

    text: str
    warnings: list[tuple[str, str]] = Field(default_factory=list)


WriteFn = Callable[[list[Work], Graph, ExportOptions], ExportResult]

_WRITERS: dict[str, WriteFn] = {}

#: Formats and the file suffix their output conventionally has.
FORMAT_SUFFIXES: dict[str, str] = {
    "bibtex": ".bib",
    "biblatex": ".bib",
    "csljson": ".json",
    "ris": ".ris",
}


def register_writer(name: str) -> Callable[[WriteFn], WriteFn]:
    """Register a writer function under a format name."""

    def wrap(fn: WriteFn) -> WriteFn:
        _WRITERS[name] = fn
        return fn

    return wrap


def _load_writers() -> None:
    # Importing the writer modules registers them; lazily, to keep CLI start-up fast.
    from coprod_refs.export import (  # noqa: F401
        biblatex,
        bibtex,
        csljson,
        ris,
    )


def formats() -> list[str]:
    """Names of every registered format, sorted."""
    _load_writers()
    return sorted(_WRITERS)


def export_works(
    works: list[Work], graph: Graph, fmt: str, options: ExportOptions | None = None
) -> ExportResult:
    """Write `works` (in the order given) in format `fmt`; warnings name the citekey."""
    _load_writers()
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(formats())})")
    return writer(works, graph, options or ExportOptions())
