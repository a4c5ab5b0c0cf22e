"""The year after the names with only a comma (the Australian Government Style Manual's
"Lancaster, KJ 1966, ‘Title’"), a journal before "39:241–252" read as a publisher, and a
double family name without a hyphen ("Young Keefe J") inside a list."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "year", "title"),
    [
        (
            "Lancaster, KJ 1966, ‘A new approach to consumer theory’, Journal of Political "
            "Economy, vol. 74, no. 2, pp. 132–157.",
            1966,
            "A new approach to consumer theory",
        ),
        (
            "Pestoff, V 2012, ‘Co-production and third sector social services in Europe’, "
            "Voluntas, vol. 23, no. 4, pp. 1102–1118.",
            2012,
            "Co-production and third sector social services in Europe",
        ),
    ],
)
def test_a_year_closed_by_a_comma_after_the_names_is_the_date(
    text: str, year: int, title: str
) -> None:
    work = parse_reference(text)
    assert work.year == year
    assert work.title == title


@pytest.mark.parametrize(
    ("text", "journal", "volume", "pages"),
    [
        (
            "Loeffler, E., and T. Bovaird. 2019. Co-commissioning of public services and "
            "outcomes in the UK: Bringing co-production into the strategic commissioning "
            "cycle. Public Money and Management, 39:241–252.",
            "Public Money and Management",
            "39",
            "241–252",
        ),
        (
            "Marschall, M. J. 2004. Citizen participation and the neighborhood context: A new "
            "look at the coproduction of local public goods. Political Research Quarterly, "
            "57:231–244.",
            "Political Research Quarterly",
            "57",
            "231–244",
        ),
    ],
)
def test_a_name_before_volume_and_pages_is_the_journal(
    text: str, journal: str, volume: str, pages: str
) -> None:
    work = parse_reference(text)
    assert work.type == "article-journal"
    assert (work.container_title, work.volume, work.pages) == (journal, volume, pages)
    assert work.publisher == ""


@pytest.mark.parametrize(
    "text",
    [
        "37. Lasker J, Collom E, Bealer T, Niclaus E, Young Keefe J, Kratzer Z. Time banking "
        "and health: The role of a community currency organization in enhancing well-being. "
        "Health Promotion Practice. 2011; 12: 102–15.",
        "Lasker, J, Collom, E, Bealer, T, Niclaus, E, Young Keefe, J & Kratzer, Z 2011, "
        "‘Time banking and health: The role of a community currency organization in "
        "enhancing well-being’, Health Promotion Practice, vol. 12, no. 1, pp. 102–115.",
    ],
)
def test_a_double_family_name_without_hyphen_does_not_cut_the_list(text: str) -> None:
    work = parse_reference(text)
    assert [name.family for name in work.authors] == [
        "Lasker",
        "Collom",
        "Bealer",
        "Niclaus",
        "Young Keefe",
        "Kratzer",
    ]
    assert work.title.strip("‘’") == (
        "Time banking and health: The role of a community currency organization in "
        "enhancing well-being"
    )
    assert work.container_title == "Health Promotion Practice"


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        (
            "3. Aligica P, Tarko V, Co-production, polycentricity, and value heterogeneity: "
            "The Ostroms’ public choice institutionalism revisited. American Political "
            "Science Review, 2013, 107(4):726–741.",
            "107",
            "4",
            "726–741",
        ),
        (
            "5. Arnstein S, The ladder of citizen participation. Journal of the American "
            "Institute of Planners, 1969, 35(4):216–224.",
            "35",
            "4",
            "216–224",
        ),
    ],
)
def test_compact_numbers_after_the_year_read_as_pages(
    text: str, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.pages) == (volume, issue, pages)


def test_karger_volume_and_pages_before_the_bracketed_year() -> None:
    work = parse_reference(
        "Arnstein S: The ladder of citizen participation. Journal of the American Institute "
        "of Planners 35:216–224 (1969b)."
    )
    assert (work.volume, work.pages, work.year, work.year_suffix) == ("35", "216–224", 1969, "b")


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "12. Bovaird T, Loeffler E. 2005. Communities, trust and organisational responses "
            "to local governance failure, in Trust, Risk and Uncertainty, Watson S, Moran A, "
            "Editors. Palgrave Macmillan: Houndmills, Basingstoke. p. 143–162.",
            "Trust, Risk and Uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "16. Bovaird T, Loeffler E. 2016. What has co-production ever done for interactive "
            "governance?, in Critical Reflections on Interactive Governance: Self-Organization "
            "and Participation in Public Governance, Edelenbos J, Meerkerk I van, Editors. "
            "Edward Elgar: Cheltenham. p. 254–277.",
            "Critical Reflections on Interactive Governance: Self-Organization and "
            "Participation in Public Governance",
            ["Edelenbos", "Meerkerk"],
        ),
    ],
)
def test_vancouver_editors_after_the_book(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [name.family for name in work.editors] == editors


def test_vancouver_editors_of_a_whole_book_stay_the_editors() -> None:
    work = parse_reference(
        "[48]. Lusch R, Vargo S, editors. The service dominant logic of marketing. New York: "
        "M E Sharpe; 2006."
    )
    assert [name.family for name in work.editors] == ["Lusch", "Vargo"]
    assert work.container_title == ""
