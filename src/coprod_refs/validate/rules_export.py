"""Export-readiness rules: every work must export to BibTeX and BibLaTeX without a warning.

A warning from the exporter means a field was dropped, changed or could not be written
safely: the entry would not compile as the team expects. The exporter is imported only
when these rules run, so `validate --select shape` stays fast; on a store, each work's
warnings are remembered in the store's cache (see `export_cache`), so a store validated
before is re-exported only where it changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from coprod_refs.validate.export_cache import export_warnings, work_fingerprints
from coprod_refs.validate.registry import WORKS, Problem, ValidationContext, rule


def _cache_dir(ctx: ValidationContext) -> Path | None:
    """The store's cache directory; None without a store or when it cannot be created
    (a read-only checkout is validated without remembering anything)."""
    if ctx.store is None:
        return None
    try:
        return ctx.store.cache_dir()
    except OSError:
        return None


def _export_warnings(ctx: ValidationContext, fmt: str) -> Iterator[Problem]:
    """Export every complete work once and report each warning on the work it names."""
    works = ctx.shared("export.works", lambda: [w for w in ctx.graph.works.values() if not w.stub])
    cache_dir = _cache_dir(ctx)
    if cache_dir is None:
        warnings = export_warnings(works, ctx.graph, fmt, None)
    else:
        fingerprints = ctx.shared(
            "export.fingerprints", lambda: work_fingerprints(works, ctx.graph)
        )
        warnings = export_warnings(works, ctx.graph, fmt, cache_dir, fingerprints)
    for key, message in warnings:
        yield Problem(key, f"{fmt} export: {message}", f"{fmt}:{message}", (WORKS, key))


@rule(
    "export.bibtex",
    "error",
    "A work does not export to BibTeX without a warning.",
)
def bibtex_ready(ctx: ValidationContext) -> Iterator[Problem]:
    """Works whose BibTeX entry the exporter had to compromise on."""
    yield from _export_warnings(ctx, "bibtex")


@rule(
    "export.biblatex",
    "error",
    "A work does not export to BibLaTeX without a warning.",
)
def biblatex_ready(ctx: ValidationContext) -> Iterator[Problem]:
    """Works whose BibLaTeX entry the exporter had to compromise on."""
    yield from _export_warnings(ctx, "biblatex")
