"""Store-hygiene rules: files in canonical form, a known format, no dangling ids.

A store kept in git must stay canonical (sorted records, stable key order) so diffs stay
one line per change; `coprod-refs fmt` rewrites it. Records must point only at records
that exist.
"""

from __future__ import annotations

from collections.abc import Iterator

from coprod_refs.validate.registry import (
    SOURCES,
    STORE_FILE,
    WORKS,
    Problem,
    ValidationContext,
    rule,
)


@rule(
    "store.noncanonical",
    "error",
    "A store file is not in canonical form (hand-edited or merged): run `coprod-refs fmt`.",
)
def noncanonical(ctx: ValidationContext) -> Iterator[Problem]:
    """Store files whose bytes differ from their canonical serialisation."""
    if ctx.store is None:
        return
    for path, line in ctx.noncanonical_files():
        name = path.relative_to(ctx.store.root).as_posix()
        why = f"{name} is not in canonical form from line {line}: run `coprod-refs fmt`"
        yield Problem(name, why, f"file={name}", (STORE_FILE, f"{path}:{line}"))


@rule(
    "store.format-version",
    "error",
    "The store is written in an older format version: run `coprod-refs fmt` to upgrade it.",
)
def format_version(ctx: ValidationContext) -> Iterator[Problem]:
    """A store in an older format (a newer one cannot be read at all: exit code 2)."""
    if ctx.store is None:
        return
    from coprod_refs.store import FORMAT_VERSION
    from coprod_refs.store.layout import STORE_FILE as STORE_JSON
    from coprod_refs.store.migrations import read_format_version

    path = ctx.store.root / STORE_JSON
    if ctx.inspection is not None:
        version = ctx.inspection.format_version
    else:
        version = read_format_version(path.read_bytes(), path)
    if version < FORMAT_VERSION:
        why = (
            f"store is in format {version}; this coprod-refs writes format {FORMAT_VERSION}: "
            "run `coprod-refs fmt` to upgrade it"
        )
        yield Problem(STORE_JSON, why, f"format={version}", (STORE_FILE, f"{path}:1"))


@rule(
    "store.dangling-reference",
    "error",
    "A record points at a person, body, venue or source document that is not in the store.",
)
def dangling_reference(ctx: ValidationContext) -> Iterator[Problem]:
    """Ids in works (authors, editors, translators, container, provenance) and sources
    with no record."""
    graph = ctx.graph
    agents, venues, sources = graph.agents, graph.venues, graph.sources
    for work in graph.works.values():
        for role, ids in (
            ("author", work.authors),
            ("editor", work.editors),
            ("translator", work.translators),
        ):
            for agent_id in ids:
                if agent_id not in agents:
                    why = f"{role} {agent_id} is not in the store"
                    yield Problem(work.key, why, f"{role}={agent_id}", (WORKS, work.key))
        if work.container and work.container not in venues:
            why = f"container venue {work.container} is not in the store"
            yield Problem(work.key, why, f"container={work.container}", (WORKS, work.key))
        if work.provenance and sources:
            for source in sorted({span.source for span in work.provenance} - sources.keys()):
                why = f"provenance names source document {source}, which is not in the store"
                yield Problem(work.key, why, f"source={source}", (WORKS, work.key))
    for source in sources.values():
        if source.work and graph.resolve_key(source.work) is None:
            why = f"source document {source.id} describes work {source.work}, which is missing"
            yield Problem(source.id, why, f"work={source.work}", (SOURCES, source.id))


@rule(
    "store.low-confidence",
    "warning",
    "A work was parsed with low confidence: check its fields against the source.",
)
def low_confidence(ctx: ValidationContext) -> Iterator[Problem]:
    """Works the parser flagged as uncertain: worth a human look before they are cited."""
    for work in ctx.graph.works.values():
        if "low-confidence" in work.flags:
            why = f"parsed with low confidence ({work.confidence:.2f}): check it against its source"
            yield Problem(work.key, why, "low-confidence", (WORKS, work.key))
