"""Chapters printed without a title, their authors before "in:" and the book's editors
after it; Vancouver editors with no commas between them; ISO 690's German "Bd. 35, Nr. 4"
after a journal; the year's letter run into the title; and a space before the comma
after a closing guillemet."""

from __future__ import annotations

import pytest

from coprod_refs.parse.names import parse_names
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    "text",
    [
        "[3] J. Alford, J. O’Flynn, in: S.P. Osborne, Z. Radnor (Eds.), Rethinking Public "
        "Service Delivery, Palgrave Macmillan, Basingstoke, 2012, pp. 102–128.",
        "[3] J. Alford, J. O’Flynn, in: S.P. Osborne, Z. Radnor, G. Nasi (Eds.), Rethinking "
        "Public Service Delivery, Palgrave Macmillan, Basingstoke, 2012, pp. 102–128.",
    ],
)
def test_untitled_chapter_with_editors_after_in(text: str) -> None:
    work = parse_reference(text)
    assert [a.family for a in work.authors] == ["Alford", "O’Flynn"]
    assert [e.family for e in work.editors][:2] == ["Osborne", "Radnor"]
    assert work.container_title == "Rethinking Public Service Delivery"
    assert work.title == ""


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Alford, J., O’Flynn, J., Public value, in: S.P. Osborne, Z. Radnor (Eds.), "
            "Rethinking Public Service Delivery, Palgrave Macmillan, Basingstoke, 2012.",
            "Public value",
        ),
        (
            "Janet Newman, ‘Participation’, in John Clarke (ed.), Publics and Politics "
            "(London: Sage, 2010).",
            "Participation",
        ),
    ],
)
def test_a_title_before_in_stays_the_title(text: str, title: str) -> None:
    work = parse_reference(text)
    assert work.title == title


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Osborne SP Radnor Z and Nasi G", ["Osborne", "Radnor", "Nasi"]),
        ("Edelenbos J and van Meerkerk I", ["Edelenbos", "Meerkerk"]),
    ],
)
def test_vancouver_names_without_commas(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_names(text)] == families


def test_iso690_german_volume_and_issue_after_the_journal() -> None:
    work = parse_reference(
        "WHITAKER, G. P., 1980. Coproduction: Citizen participation in service delivery. "
        "Public Administration Review. 1980. Bd. 40, Nr. 3, S. 240–246"
    )
    assert work.container_title == "Public Administration Review"
    assert (work.volume, work.issue, work.pages) == ("40", "3", "240–246")


def test_series_volume_word_in_a_german_book_stays() -> None:
    work = parse_reference(
        "Speck, O. (1977). Lernbehinderung. In G. O. Kanter & O. Speck (Hrsg.), Handbuch der "
        "Sonderpädagogik, Bd. 4: Pädagogik der Lernbehinderten (S. 1-20). Berlin: Marhold."
    )
    assert "Bd. 4" in work.container_title
    assert work.volume == ""


@pytest.mark.parametrize(
    ("text", "title", "suffix"),
    [
        (
            "Whitaker G (1980) aCoproduction: Citizen participation in service delivery. "
            "Public Administration Review 40(3): 240–246.",
            "Coproduction: Citizen participation in service delivery",
            "a",
        ),
        (
            "Lee J (2005) cDNA arrays in community health research. Health Research 12(1): 1–5.",
            "cDNA arrays in community health research",
            "",
        ),
    ],
)
def test_year_letter_run_into_the_title(text: str, title: str, suffix: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.year_suffix) == (title, suffix)


def test_space_before_the_comma_after_guillemets() -> None:
    work = parse_reference(
        "Ewert, B. et Evers, A. « Co-production: contested meanings » , in : Pestoff V. et "
        "Brandsen T. (dir.), New public governance , 2012, p. 61‑78."
    )
    assert [a.family for a in work.authors] == ["Ewert", "Evers"]
    assert [e.family for e in work.editors] == ["Pestoff", "Brandsen"]
