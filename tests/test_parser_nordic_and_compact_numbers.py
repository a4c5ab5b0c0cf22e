"""Numbers and marks the labeller rarely met: Icelandic "35:4/1969, bls. 216–224" and
"ritstj.", Italian "(a cura di)" after a quoted title with no "In", a journal's
"35:216–224; 1969." (volume and pages, then the year), "[ 1]" list numbers and a comma
run into the year ("Routledge,2012.")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "year", "volume", "issue", "pages"),
    [
        (
            "Pálsson, G. „Hvað er samframleiðsla?“, Stjórnmál og stjórnsýsla 12:2/2016, "
            "bls. 301–322.",
            2016,
            "12",
            "2",
            "301–322",
        ),
        (
            "Whitaker, G. P. „Coproduction: Citizen participation in service delivery“, "
            "Public Administration Review 40:3/1980, bls. 240–246.",
            1980,
            "40",
            "3",
            "240–246",
        ),
        (
            "Cahn, E. S. „Time banking in practice“, Social Policy Quarterly, Winter/2011, "
            "bls. 15–19.",
            2011,
            "",
            "Winter",
            "15–19",
        ),
    ],
)
def test_icelandic_volume_issue_slash_year(
    text: str, year: int, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.year, work.volume, work.issue, work.pages) == (year, volume, issue, pages)
    assert work.container_title


def test_icelandic_editors_word_after_the_book() -> None:
    work = parse_reference(
        "Jónsson, A., og B. Sigurðardóttir. „Notendur sem meðframleiðendur“, Opinber "
        "þjónusta á tímamótum, ritstj. K. Einarsdóttir og P. Hansen. Reykjavík: "
        "Háskólaútgáfan, 2018, bls. 45–67."
    )
    assert work.title == "Notendur sem meðframleiðendur"
    assert work.container_title == "Opinber þjónusta á tímamótum"
    assert [e.family for e in work.editors] == ["Einarsdóttir", "Hansen"]
    assert work.pages == "45–67"


def test_italian_editors_mark_after_a_quoted_title_without_in() -> None:
    work = parse_reference(
        "Rossi, M., L. Bianchi, «La coproduzione dei servizi sociali», G. Verdi, "
        "A. Neri (a cura di), Welfare e partecipazione, 55–78, Bologna, Il Mulino, 2019."
    )
    assert [a.family for a in work.authors] == ["Rossi", "Bianchi"]
    assert [e.family for e in work.editors] == ["Verdi", "Neri"]
    assert work.container_title == "Welfare e partecipazione"


@pytest.mark.parametrize(
    ("text", "volume", "pages", "year"),
    [
        (
            "7. Parks, RB, and E Ostrom. Patterns of metropolitan policing. Urban Affairs "
            "Quarterly 17:81–104; 1981.",
            "17",
            "81–104",
            1981,
        ),
        (
            "12. Sharp, EB. Toward a new understanding of urban services and citizen "
            "participation. Urban Affairs Review 14(4):465–488; 1980.",
            "14",
            "465–488",
            1980,
        ),
    ],
)
def test_volume_and_pages_before_the_year(text: str, volume: str, pages: str, year: int) -> None:
    work = parse_reference(text)
    assert (work.volume, work.pages, work.year) == (volume, pages, year)
    assert work.container_title


def test_volume_colon_pages_and_semicolon_gives_no_issue() -> None:
    work = parse_reference(
        "3. Levine, CH, and G Fisher. Citizenship and service delivery. Public "
        "Administration Review 44:178–189; 1984."
    )
    assert (work.volume, work.issue, work.pages) == ("44", "", "178–189")


def test_spaced_bracketed_list_number() -> None:
    work = parse_reference(
        "[ 14] Percy SL (1984) Citizen participation in the coproduction of urban services. "
        "Urban Affairs Quarterly 19(4):431–446."
    )
    assert [a.family for a in work.authors] == ["Percy"]
    assert work.year == 1984


@pytest.mark.parametrize(
    ("text", "publisher", "year"),
    [
        (
            "4 Needham C. Citizen-consumers: New Labour's marketplace democracy. London: "
            "Catalyst,2003.",
            "Catalyst",
            2003,
        ),
        (
            "9 Boyle D & Harris M. The challenge of co-production. London: New Economics "
            "Foundation,2009.",
            "New Economics Foundation",
            2009,
        ),
    ],
)
def test_comma_run_into_the_year(text: str, publisher: str, year: int) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.year) == (publisher, year)


def test_compiler_mark_keeps_its_author() -> None:
    work = parse_reference(
        "Barnard, Charlotte (comp.) 1987. The last explorer. Canberra: ANU Press."
    )
    assert [a.family for a in work.authors] == ["Barnard"]
    assert work.editors == []


def test_year_run_into_the_bracketed_medium_before_it() -> None:
    work = parse_reference(
        "22. Civic Party: Public services in our towns [Internet]2019; [cited 2019 Mar 29] "
        "Available from: https://example.org/policy/"
    )
    assert work.year == 2019
