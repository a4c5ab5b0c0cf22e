"""Citation-integrity rules: every mention leads to one work, every listed entry is cited.

These look at the links ingest made between texts and works: stubs waiting for their
reference, mentions it could not (or not uniquely) resolve, links to works that are gone,
reference-list entries the text never cites, and years that disagree with the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coprod_refs.model import Ambiguity, Citation, Mention
from coprod_refs.store.layout import RECORD_FILE_BY_KIND
from coprod_refs.validate.registry import (
    AMBIGUITIES,
    CITATIONS,
    WORKS,
    Problem,
    ValidationContext,
    rule,
)

_YEAR = re.compile(r"(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})([a-z]?)(?![0-9a-z])")
_NO_DATE = re.compile(r"\bn\.\s?d\.?", re.IGNORECASE)
_LOCATOR = re.compile(r"\b(?:pp?|para|chap|ch|fig|vol)\.?\s*[0-9ivxlc][^,;)]*", re.IGNORECASE)


def citation_id(citation: Citation) -> str:
    """The id the store gives a citation record (`citing -> cited`)."""
    return RECORD_FILE_BY_KIND[CITATIONS].record_id(citation)


def ambiguity_id(ambiguity: Ambiguity) -> str:
    """The id the store gives an ambiguity record (`citing @ source:offset`)."""
    return RECORD_FILE_BY_KIND[AMBIGUITIES].record_id(ambiguity)


def surface_years(mention: Mention) -> list[tuple[int | None, str]]:
    """The (year, suffix) pairs a mention's text states; (None, suffix) for "n.d."."""
    text = mention.surface
    if mention.locator:
        text = text.replace(mention.locator, " ")
    if "." in text:  # locators are abbreviated: "p. 3", "pp. 3-5", "chap. 2"
        text = _LOCATOR.sub(" ", text)
    years: list[tuple[int | None, str]] = [(int(y), s) for y, s in _YEAR.findall(text)]
    years += [(None, "") for _ in _NO_DATE.finditer(text)]
    return years


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@rule(
    "citations.stub",
    "info",
    "A work is known only from in-text citations: its reference-list entry is missing.",
)
def stubs(ctx: ValidationContext) -> Iterator[Problem]:
    """Stubs: works named by a mention ("Ostrom & Ostrom, 1977") but never described."""
    for work in ctx.graph.works.values():
        if work.stub:
            mentions = [m for c in ctx.graph.cited_by(work.key) for m in c.mentions]
            seen = f' (cited as "{_short(mentions[0].surface)}")' if mentions else ""
            why = f"known only from in-text citations{seen}; its reference is missing"
            yield Problem(work.key, why, "stub", (WORKS, work.key))


@rule(
    "citations.ambiguous",
    "warning",
    "An in-text citation could name several works.",
)
def ambiguous(ctx: ValidationContext) -> Iterator[Problem]:
    """Mentions that match more than one work; ingest reports these instead of guessing."""
    for amb in ctx.graph.ambiguities:
        if len(amb.candidates) >= 2:
            chose = f"; linked to {amb.chosen}" if amb.chosen else "; left unlinked"
            why = (
                f'"{_short(amb.mention.surface)}" could be any of '
                f"{', '.join(amb.candidates)}{chose}"
            )
            where = ambiguity_id(amb)
            yield Problem(amb.citing, why, where, (AMBIGUITIES, where))


@rule(
    "citations.unresolved",
    "warning",
    "An in-text citation could not be linked to any work.",
)
def unresolved(ctx: ValidationContext) -> Iterator[Problem]:
    """Mentions ingest could not resolve to a work or a stub."""
    for amb in ctx.graph.ambiguities:
        if len(amb.candidates) < 2 and not amb.chosen:
            reason = f" ({amb.reason})" if amb.reason else ""
            why = f'"{_short(amb.mention.surface)}" is not linked to any work{reason}'
            where = ambiguity_id(amb)
            yield Problem(amb.citing, why, where, (AMBIGUITIES, where))


@rule(
    "citations.missing-work",
    "error",
    "A citation points at a citing or cited work that is not in the store.",
)
def missing_work(ctx: ValidationContext) -> Iterator[Problem]:
    """Citations whose ends do not resolve to a work (aliases count)."""
    graph = ctx.graph
    works = graph.works
    for citation in graph.citations:
        if citation.citing in works and citation.cited in works:
            continue  # both current keys: nothing to resolve
        for role, key in (("citing", citation.citing), ("cited", citation.cited)):
            if graph.resolve_key(key) is None:
                link = f"{citation.citing} -> {citation.cited}"
                why = f"citation {link}: the {role} work {key} is not in the store"
                yield Problem(
                    citation.citing,
                    why,
                    f"{role}={key}",
                    (CITATIONS, citation_id(citation)),
                )


@rule(
    "citations.unmentioned",
    "warning",
    "A reference-list entry is never cited in its text (checked only for texts whose "
    "in-text citations were read).",
)
def unmentioned(ctx: ValidationContext) -> Iterator[Problem]:
    """Listed references the citing text never mentions: padding, or a missed citation."""
    with_mentions = {c.citing for c in ctx.graph.citations if c.mentions}
    for citation in ctx.graph.citations:
        if citation.listed and not citation.mentions and citation.citing in with_mentions:
            why = f"listed in the references of {citation.citing} but never cited in its text"
            yield Problem(
                citation.cited,
                why,
                f"citing={citation.citing}",
                (CITATIONS, citation_id(citation)),
            )


@rule(
    "citations.year-mismatch",
    "warning",
    "An in-text citation's year (or year suffix) differs from the year of the work it is "
    "linked to.",
)
def year_mismatch(ctx: ValidationContext) -> Iterator[Problem]:
    """Mentions whose stated year disagrees with their work: a wrong link or a typo."""
    graph = ctx.graph
    # a text cites the same way many times ("(Ostrom, 1990)"): read each surface once
    stated: dict[tuple[str, str], list[tuple[int | None, str]]] = {}
    works = graph.works
    for citation in graph.citations:
        if not citation.mentions:
            continue
        work = works.get(citation.cited) or graph.work(citation.cited)
        if work is None:
            continue
        for mention in citation.mentions:
            surface = (mention.surface, mention.locator)
            years = stated.get(surface)
            if years is None:
                years = stated[surface] = surface_years(mention)
            if not years:
                continue
            if work.year is None:
                fits = any(y is None for y, _ in years) or not work.no_date
            else:
                fits = any(
                    y == work.year and (not s or not work.year_suffix or s == work.year_suffix)
                    for y, s in years
                )
            if not fits:
                why = (
                    f'"{_short(mention.surface)}" in {citation.citing} gives another year '
                    f"than {work.key} ({work.year_label or 'no year'})"
                )
                yield Problem(
                    work.key,
                    why,
                    f"citing={citation.citing}@{mention.start}",
                    (CITATIONS, citation_id(citation)),
                )
