"""Export-readiness rules: every work must export to BibTeX and BibLaTeX without a warning.

A warning from the exporter means a field was dropped, changed or could not be written
safely: the entry would not compile as the team expects. The warnings come from the
exporter's own checkers, which build every entry as the writers do without writing it.
The exporter is imported only when these rules run, so `validate --select shape` stays
fast. On a store, each work's warnings are remembered in the store's cache (see
`export_cache`), so a store validated before is checked again only where it changed; on
a large store the checking runs in worker processes, started before the other rules so
it runs beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from coprod_refs.validate.export_cache import ExportCheck
from coprod_refs.validate.registry import WORKS, Problem, ValidationContext, rule
from coprod_refs.validate.workers import worker_count

#: The formats checked, each by the rule `export.<format>`.
FORMATS = ("bibtex", "biblatex")
#: Below this many works, checking in the validating process beats forking workers.
PARALLEL_MIN_WORKS = 5_000


def _cache_dir(ctx: ValidationContext) -> Path | None:
    """The store's cache directory; None without a store or when it cannot be created
    (a read-only checkout is validated without remembering anything)."""
    if ctx.store is None:
        return None
    try:
        return ctx.store.cache_dir()
    except OSError:
        return None


def _check(ctx: ValidationContext, fmt: str) -> ExportCheck:
    """The check of every complete work in `fmt` and in the other selected formats: one
    pass over the works serves every export rule of the run."""
    formats = tuple(f for f in FORMATS if f == fmt or f"export.{f}" in ctx.selected)

    def start() -> ExportCheck:
        works = [w for w in ctx.graph.works.values() if not w.stub]
        workers = worker_count(len(works), PARALLEL_MIN_WORKS)
        check = ExportCheck(works, ctx.graph, formats, _cache_dir(ctx), workers)
        ctx.on_close(check.cancel)
        return check

    return ctx.shared("export.check:" + ",".join(formats), start)


def _start(ctx: ValidationContext) -> None:
    """Start checking before the other rules run (see `registry`)."""
    for fmt in FORMATS:
        if f"export.{fmt}" in ctx.selected:
            _check(ctx, fmt)


def _export_warnings(ctx: ValidationContext, fmt: str) -> Iterator[Problem]:
    """Report each warning of the `fmt` export on the work it names."""
    for key, message in _check(ctx, fmt).warnings(fmt):
        yield Problem(key, f"{fmt} export: {message}", f"{fmt}:{message}", (WORKS, key))


@rule(
    "export.bibtex",
    "error",
    "A work does not export to BibTeX without a warning.",
    prepare=_start,
)
def bibtex_ready(ctx: ValidationContext) -> Iterator[Problem]:
    """Works whose BibTeX entry the exporter had to compromise on."""
    yield from _export_warnings(ctx, "bibtex")


@rule(
    "export.biblatex",
    "error",
    "A work does not export to BibLaTeX without a warning.",
    prepare=_start,
)
def biblatex_ready(ctx: ValidationContext) -> Iterator[Problem]:
    """Works whose BibLaTeX entry the exporter had to compromise on."""
    yield from _export_warnings(ctx, "biblatex")
