"""Other languages' word for the editors after their names (Italian "curatori", German
"Herausgeber", Polish "redaktorzy", …), read as Vancouver's "editors", and a year run into
the title's last word or standing after it with a full stop, in a reference with no
other date."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    "word", ["curatori", "Herausgeber", "redaktorzy", "redaktører", "toimittajat", "szerkesztők"]
)
def test_editors_word_after_vancouver_editors(word: str) -> None:
    work = parse_reference(
        "Pestoff V. Citizens and co-production of welfare services. In: Osborne SP, "
        f"Strokosch K, {word}. Public service co-production. Routledge, London, 2013."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"
    assert work.title == "Citizens and co-production of welfare services"


def test_editors_word_inside_a_family_name_is_left_alone() -> None:
    work = parse_reference(
        "Herausgeberkollektiv. Handbuch der Koproduktion. Berlin: Springer; 2015."
    )
    assert work.editors == []


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Citizens Advice. Advice services in our towns2021. https://example.org/report-2021 "
            "(consultato 3 marzo 2022).",
            "Advice services in our towns",
            2021,
        ),
        (
            "LEDUC, H. Dictionnaire de la coproduction publique. 1994. Paris : Éditions Sociales.",
            "Dictionnaire de la coproduction publique",
            1994,
        ),
    ],
)
def test_year_after_the_title_is_the_date(text: str, title: str, year: int) -> None:
    work = parse_reference(text)
    assert (work.title, work.year) == (title, year)


def test_year_run_into_a_link_is_left_alone() -> None:
    work = parse_reference(
        "Fox M (2008) Participatory budgeting at a crossroads. https://example.org/report2008. "
        "Accessed 3 May 2019."
    )
    assert work.year == 2008
    assert work.url == "https://example.org/report2008"
