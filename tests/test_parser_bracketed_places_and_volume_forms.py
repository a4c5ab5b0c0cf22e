"""A place in brackets after the book or the publisher, a volume in brackets before its
issue, a volume and issue on either side of a bracketed year, and ABNT's volume and
pages printed with no space after their marks."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "Needham, C. (2009) Personalisation and the co-production of care (Bristol)",
            "Personalisation and the co-production of care",
            "Bristol",
        ),
        (
            "Durose, C., 2011. Revisiting Lipsky: front-line work in UK local governance. "
            "Policy Press (Bristol and Chicago).",
            "Revisiting Lipsky: front-line work in UK local governance",
            "Bristol and Chicago",
        ),
    ],
)
def test_bracketed_place_after_a_book(text: str, title: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.place) == (title, place)


def test_bracketed_place_and_pages_after_a_chapter_book() -> None:
    work = parse_reference(
        "Ostrom, E. (1999) ‘Crossing the great divide’, in P. Evans and J. Fox (eds), "
        "State-society synergy (Berkeley and Los Angeles) 85–118"
    )
    assert work.container_title == "State-society synergy"
    assert (work.place, work.pages) == ("Berkeley and Los Angeles", "85–118")


def test_bracketed_region_in_an_article_title_stays() -> None:
    work = parse_reference(
        "Rossi, M., Bianchi, G. 2014. Participatory budgeting in Bologna (Italy). "
        "Local Government Studies 40: 533–559."
    )
    assert work.title == "Participatory budgeting in Bologna (Italy)"
    assert work.place == ""


def test_bracketed_imprint_with_colon_keeps_its_publisher() -> None:
    work = parse_reference(
        "J. Brown, Neighbourhood Councils and Their Publics (Fortress: Minneapolis, 1991)"
    )
    assert (work.publisher, work.place) == ("Fortress", "Minneapolis")
    assert work.title == "Neighbourhood Councils and Their Publics"


def test_volume_in_brackets_before_its_issue() -> None:
    work = parse_reference(
        "Whitaker, G. P. (1980): Coproduction: Citizen participation in service delivery. "
        "Public Administration Review (40)3: 240–246."
    )
    assert (work.volume, work.issue, work.pages) == ("40", "3", "240–246")


@pytest.mark.parametrize(
    "text",
    [
        "Whitaker, G. P., Coproduction: Citizen participation in service delivery, in "
        "“Public Administration Review” 40 (1980) 3, 240–246.",
        "Whitaker, Gordon: Coproduction und Bürgerbeteiligung. Zeitschrift für "
        "Verwaltungswissenschaft 40 (1980) 3, 240-246",
    ],
)
def test_volume_and_issue_around_a_bracketed_year(text: str) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.year) == ("40", "3", 1980)
    assert work.pages.startswith("240")


def test_abnt_volume_and_pages_without_spaces() -> None:
    work = parse_reference(
        "WHITAKER, G. P. Coproduction: Citizen participation in service delivery and the "
        "everyday work of municipal agencies. Public Administration Review, v.40, "
        "p.240–246, 1980."
    )
    assert (work.volume, work.issue, work.pages) == ("40", "", "240–246")


def test_abnt_pages_without_a_volume() -> None:
    work = parse_reference(
        "GRAY, C. The time bank in practice. Stanford Social Innovation Review, p.41–45, 2015."
    )
    assert (work.volume, work.pages) == ("", "41–45")


def test_place_as_a_sentence_of_its_own_after_the_book() -> None:
    work = parse_reference(
        "Pestoff, V.; Brandsen, T. (2012a): Co-production and the third sector. In: Osborne, "
        "S. P.; Strokosch, K. (Hrsg.) (2012): The new public governance. London and New "
        "York. S.45–63."
    )
    assert work.container_title == "The new public governance"
    assert (work.place, work.pages) == ("London and New York", "45–63")
