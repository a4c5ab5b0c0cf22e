"""A chapter's editors with no mark of their own, family name first, closed by a colon
before the book ("– In: Watson, S. & Moran, A.: Trust, risk and uncertainty. –", as
German natural-science journals print them); and the Spanish and French words that put a
chapter or an article in its container ("En Journal …", "Dans Brochure …") with the
Spanish volume's word ("Año 35") left out of the journal's name; German numbers ("73: 8,
1317–1352") and a year's letter after a hyphen ("2016-c")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import clean_container
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "editors", "book", "publisher"),
    [
        (
            "Bovaird, T. & Loeffler, E. (2005): Communities, trust and organisational responses "
            "to local governance failure. – In: Watson, S. & Moran, A.: Trust, risk and "
            "uncertainty. – pp. 143–162 (Palgrave Macmillan) Houndmills, Basingstoke.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
            "Palgrave Macmillan",
        ),
        (
            "Bovaird, T. & Quirk, B. (2017): Resilience in public administration: Moving from "
            "risk avoidance to assuring public policy outcomes. – In: Kassen, T.R., Cepiku, D. "
            "& Lah, T.J.: The Routledge handbook of global public policy and administration. – "
            "pp. 258–270 (Routledge) London.",
            ["Kassen", "Cepiku", "Lah"],
            "The Routledge handbook of global public policy and administration",
            "Routledge",
        ),
    ],
)
def test_unmarked_editors_closed_by_a_colon(
    text: str, editors: list[str], book: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert work.container_title == book
    assert work.publisher == publisher
    assert not work.title.endswith("In")


def test_a_title_with_a_colon_after_in_is_no_list_of_editors() -> None:
    work = parse_reference(
        "Smith, J. (2010): Services. – In: Public services: A reader. – pp. 1–20 (Routledge) "
        "London."
    )
    assert not work.editors


@pytest.mark.parametrize(
    ("text", "container"),
    [
        ("En Journal of the American Institute of Planners. Año", "Journal of the American "
         "Institute of Planners"),
        ("Dans Brochure APMEP n°198.", "Brochure APMEP n°198"),
        # a name that opens with the word stays whole
        ("En el Camino,", "En el Camino"),
    ],
)  # fmt: skip
def test_the_in_word_of_other_languages(text: str, container: str) -> None:
    assert clean_container(text) == container


def test_spanish_year_word_is_no_part_of_the_journal() -> None:
    work = parse_reference(
        'ARNSTEIN, S. (1969) "The ladder of citizen participation". En Journal of the '
        "American Institute of Planners. Año 35, N° 4, Págs. 216-224."
    )
    assert work.container_title == "Journal of the American Institute of Planners"
    assert (work.volume, work.issue, work.pages) == ("35", "4", "216–224")


def test_german_issue_after_the_volumes_colon() -> None:
    work = parse_reference(
        "Cahn, E. S.; Cahn, J. C. (1964): The War on Poverty: A Civilian Perspective, in: Yale "
        "Law Review 73: 8, 1317–1352."
    )
    assert (work.volume, work.issue, work.pages) == ("73", "8", "1317–1352")


def test_a_year_letter_after_a_hyphen() -> None:
    work = parse_reference(
        "Bovaird, T. & E. Loeffler (2016-a): Quality management in public sector "
        "organisations.- In: Bovaird, T. & E. Loeffler [Hrsg.]: Public management and "
        "governance.- 162–177, (Routledge), Abingdon and New York."
    )
    assert (work.year, work.year_suffix) == (2016, "a")
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]
    assert work.title == "Quality management in public sector organisations"


def test_a_year_range_keeps_its_hyphen() -> None:
    assert with_marks_spaced("Smith, J. (2016-2017): Title.") == "Smith, J. (2016-2017): Title."
