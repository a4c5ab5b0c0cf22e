"""Original dates of reprints and translations: read from reference strings ("[1922]
1978", "(1969/2019)", "(Original work published 1922)"), from .bib, RIS and CSL-JSON
files, and linked from the citations that give both years."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.ingest import ingest_paths
from coprod_refs.parse.original_date import (
    first_published,
    is_first_published_note,
    split_original,
)
from coprod_refs.parse.reference import parse_reference
from coprod_refs.sources import source_document
from coprod_refs.sources.bibtex import read_bibtex
from coprod_refs.sources.csljson import read_csljson
from coprod_refs.sources.ris import read_ris
from coprod_refs.store import Store


@pytest.mark.parametrize(
    ("date", "edition", "original"),
    [
        ("[1922] 1978.", "1978.", "1922"),
        ("1978 [1922].", "1978 .", "1922"),
        ("(1969/2019).", "(2019).", "1969"),
        ("(1985/1983).", "(1985).", "1983"),
        ("1980 / 2010,", "2010,", "1980"),
        # A span of consecutive years, an abbreviated span and a later bracketed year
        # are no reprints.
        ("(2011/2012).", "(2011/2012).", ""),
        ("(2009/10).", "(2009/10).", ""),
        ("2001 [2003].", "2001 [2003].", ""),
        ("(2016a).", "(2016a).", ""),
    ],
)
def test_the_edition_year_and_the_original_year_of_a_date(
    date: str, edition: str, original: str
) -> None:
    assert split_original(date) == (edition, original)


@pytest.mark.parametrize(
    ("note", "year", "original"),
    [
        ("(Original work published 1922)", 1978, "1922"),
        ("Originally published in 1835.", 2000, "1835"),
        ("First published 1835", 2000, "1835"),
        ("orig. publ. 1970", None, "1970"),
        ("Reprint of the 1911 edition", 1985, "1911"),
        ("Erstausgabe 1922", 1980, "1922"),
        ("Première édition 1835", 1981, "1835"),
        ("Oorspronkelijk verschenen in 1922", 1980, "1922"),
        ("Publicado originalmente en 1964", 2001, "1964"),
        # Not earlier than the edition: no original date.
        ("Originally published 1978", 1978, ""),
        ("Revised edition 1990", 2000, ""),
    ],
)
def test_the_year_a_note_says_the_work_first_appeared(
    note: str, year: int | None, original: str
) -> None:
    assert first_published(note, year) == original


def test_a_note_saying_only_when_the_work_first_appeared() -> None:
    assert is_first_published_note("(Original work published 1922).")
    assert not is_first_published_note("Original work published 1922; translated from German")


@pytest.mark.parametrize(
    ("reference", "year", "original", "note"),
    [
        (
            "Weber, M. (1978). Economy and society (G. Roth & C. Wittich, Eds.). University of "
            "California Press. (Original work published 1922)",
            1978,
            "1922",
            "",
        ),
        (
            "Weber, Max. [1922] 1978. Economy and Society. Berkeley: University of California "
            "Press.",
            1978,
            "1922",
            "",
        ),
        (
            "Weber, Max. 1978 [1922]. Economy and Society. Berkeley: University of California "
            "Press.",
            1978,
            "1922",
            "",
        ),
        (
            "Arnstein, S. R. (1969/2019). A ladder of citizen participation. Journal of the "
            "American Planning Association, 85(1), 24–34.",
            2019,
            "1969",
            "",
        ),
        (
            "Tocqueville, A. de. 2000. Democracy in America. Translated by H. Mansfield and D. "
            "Winthrop. Chicago: University of Chicago Press. First published 1835.",
            2000,
            "1835",
            "",
        ),
        (
            "Ostrom, E. (1990). Governing the commons. Cambridge University Press.",
            1990,
            "",
            "",
        ),
    ],
)
def test_a_reference_gives_the_edition_year_and_the_original_date(
    reference: str, year: int, original: str, note: str
) -> None:
    work = parse_reference(reference)
    assert (work.year, work.original_date, work.note) == (year, original, note)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789[]/ ().,a", max_size=30))
def test_an_original_year_is_always_earlier_than_the_years_left_in_the_date(date: str) -> None:
    edition, original = split_original(date)
    if not original:
        assert edition == date
        return
    left = [int(y) for y in re.findall(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)", edition)]
    assert 1500 <= int(original) <= 2099
    assert left and all(int(original) < y for y in left)


def _source(text: str, name: str):  # type: ignore[no-untyped-def]
    return source_document(text.encode(), Path(name), "test")


def test_imports_read_the_original_date() -> None:
    bib = "@book{w, author = {Weber, Max}, title = {Economy}, year = {1978}, origdate = {1922}}"
    ris = "TY  - BOOK\nAU  - Weber, Max\nTI  - Economy\nPY  - 1978\nOP  - 1922\nER  - \n"
    csl = (
        '[{"id": "w", "type": "book", "title": "Economy", "issued": {"date-parts": [[1978]]},'
        ' "original-date": {"date-parts": [[1922, 5]]}}]'
    )
    assert read_bibtex(bib, _source(bib, "a.bib")).works[0].original_date == "1922"
    assert read_ris(ris, _source(ris, "a.ris")).works[0].original_date == "1922"
    assert read_csljson(csl, _source(csl, "a.json")).works[0].original_date == "1922-05"


def test_citations_giving_both_years_cite_the_reprint_the_list_holds(tmp_path: Path) -> None:
    text = tmp_path / "chapter.txt"
    text.write_text(
        "Bureaucracy and co-production\n\n"
        "Bureaucracy resists participation (Weber [1922] 1978, 973). Commons can be "
        "governed (Ostrom, 1990/2015).\n\n"
        "References\n\n"
        "Ostrom, E. (2015). Governing the commons. Cambridge University Press. (Original "
        "work published 1990)\n"
        "Weber, Max. [1922] 1978. Economy and Society. Berkeley: University of California "
        "Press.\n",
        encoding="utf-8",
    )
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [text])
    graph = store.load().graph
    cited = sorted(c.cited for c in graph.citations)
    assert cited == ["ostrom2015governing", "weber1978economy"]
    assert graph.works["weber1978economy"].original_date == "1922"
    assert graph.works["ostrom2015governing"].original_date == "1990"
    assert not any(w.stub for w in graph.works.values())
