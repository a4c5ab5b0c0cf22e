"""Export: writers registered by format name, each turning works into one text.

A new output format is one new module here that decorates its writer with
`@register_writer(name)`. Writers are pure: the same works give the same bytes. A format
whose entries can be compromised (BibTeX, BibLaTeX) also registers a checker with
`@register_checker(name)`: the same warnings per work, without writing the text.
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
#: For each work, the warnings the writer gives about its own entry (not its citekey).
CheckFn = Callable[[list[Work], Graph, ExportOptions], list[list[str]]]

_WRITERS: dict[str, WriteFn] = {}
_CHECKERS: dict[str, CheckFn] = {}

#: Formats and the file suffix their output conventionally has.
FORMAT_SUFFIXES: dict[str, str] = {
    "bibtex": ".bib",
    "biblatex": ".bib",
    "csljson": ".json",
    "ris": ".ris",
}


#: Formats whose entries carry a work's other keys (biblatex's `ids`): a paper citing any
#: of them finds the entry under the work's key.
FORMATS_WITH_ALIASES = frozenset({"biblatex"})


def register_writer(name: str) -> Callable[[WriteFn], WriteFn]:
    """Register a writer function under a format name."""

    def wrap(fn: WriteFn) -> WriteFn:
        _WRITERS[name] = fn
        return fn

    return wrap


def register_checker(name: str) -> Callable[[CheckFn], CheckFn]:
    """Register the function giving a format's per-entry warnings without writing them."""

    def wrap(fn: CheckFn) -> CheckFn:
        _CHECKERS[name] = fn
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


def entry_warnings(
    works: list[Work], graph: Graph, fmt: str, options: ExportOptions | None = None
) -> list[list[str]]:
    """For each work, the warnings `export_works` gives about its entry in `fmt` (those
    about its citekey aside, see `escape.written_keys`), found without writing the text:
    what `validate` needs from an export, at a fraction of its cost."""
    _load_writers()
    checker = _CHECKERS.get(fmt)
    if checker is None:
        checked = ", ".join(sorted(_CHECKERS))
        raise UsageError(f"format {fmt!r} has no entry checks (choose from {checked})")
    return checker(works, graph, options or ExportOptions())
