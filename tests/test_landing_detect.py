"""Telling a publisher or portal page from a full text or a plain reference list."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.sources.landing import looks_like_landing_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "landing"),
    [("000", True), ("001", False), ("002", True), ("003", False), ("004", True)],
)
def test_seeds(prefix: str, landing: bool) -> None:
    assert looks_like_landing_page(_seed(prefix)) is landing


@pytest.mark.parametrize(
    "name",
    [
        "cambridge_core_article",
        "eprints_thesis",
        "google_books_book",
        "govuk_policy_paper",
        "jstor_article",
        "mdpi_article",
        "oapen_library_book",
        "oup_academic_article",
        "pure_portal_chapter",
        "repository_harvard",
        "researchgate_article",
        "sage_article",
        "sciencedirect_article",
        "semantic_scholar_paper",
        "springer_article",
        "tandf_article",
        "thinktank_report",
        "wiley_article",
    ],
)
def test_written_pages_are_landing_pages(name: str) -> None:
    assert looks_like_landing_page((PAGES / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["fulltext_article_head", "reference_list"])
def test_full_texts_and_lists_are_not(name: str) -> None:
    assert not looks_like_landing_page((PAGES / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", ["", "\n\n", "Abstract", "Skip to main content\nSearch\nMenu"])
def test_almost_empty_texts_are_not(text: str) -> None:
    assert not looks_like_landing_page(text)


def test_a_long_text_is_never_a_page() -> None:
    page = (PAGES / "wiley_article.txt").read_text(encoding="utf-8")
    filler = "\n".join(f"Item {i}" for i in range(60_000))
    assert not looks_like_landing_page(page + "\n" + filler)


def test_a_pages_own_citation_line_cites_nothing() -> None:
    from coprod_refs.sources import read_source

    extraction = read_source(PAGES / "eprints_thesis.txt")
    assert extraction.source.kind == "landing-page"
    assert extraction.mentions == []
    assert extraction.document is not None and extraction.document.year == 2016


def test_a_full_text_line_opening_with_a_narrative_citation_still_cites() -> None:
    from coprod_refs.sources import source_document
    from coprod_refs.sources.text import read_text

    text = (
        "Co-production in councils\n\nVerschuere, Brandsen and Pestoff (2012) review the "
        "field.\n\nReferences\n\nVerschuere, B., Brandsen, T. and Pestoff, V. (2012) "
        "Co-production: the state of the art. Voluntas 23(4): 1083-1101.\n"
    )
    extraction = read_text(text, source_document(text.encode(), Path("t.txt"), "text"))
    assert [(m.authors, m.year) for m in extraction.mentions] == [
        (["Verschuere", "Brandsen", "Pestoff"], 2012)
    ]
