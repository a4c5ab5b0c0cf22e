"""OSCOLA's report imprint in one bracket after the quoted title ("‘Title’ (SCIE 2012) SCIE
Guide 47"), Spanish "N.º 4" as the issue and "“Title”, en, J. Edelenbos (eds.)" with its
mark after the title, German "hg. von" before a book's editors, an issue spaced from its
volume ("35 (4):216–224", as geography journals print it) and Wiley's chapters with the
editors after a small "in" and the book ("(Eds: S. Watson, A. Moran)")."""

from __future__ import annotations

import pytest

from coprod_refs.parse import fields
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "publisher", "year", "genre"),
    [
        (
            "Carr S, ‘Personalisation: A Rough Guide’ (SCIE 2012) SCIE Guide 47",
            "Personalisation: A Rough Guide",
            "SCIE",
            2012,
            "SCIE Guide 47",
        ),
        (
            "Dhanda JS and Wells J, ‘The Values Based Standard of Macmillan Cancer Support’ "
            "(Governance International 2013) Governance International Case Study "
            "<http://www.govint.org/good-practice/> accessed 2 April 2019",
            "The Values Based Standard of Macmillan Cancer Support",
            "Governance International",
            2013,
            "Governance International Case Study",
        ),
    ],
)
def test_oscola_publisher_and_year_in_one_bracket(
    text: str, title: str, publisher: str, year: int, genre: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.publisher, work.year, work.genre) == (title, publisher, year, genre)


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("volumen 107, N.º 4,", "107", "4"),
        ("n.º 12", "", "12"),
        ("vol. 3, nº 2", "3", "2"),
    ],
)
def test_spanish_issue_mark(text: str, volume: str, issue: str) -> None:
    assert fields.parse_volume(text) == (volume, issue)


def test_spanish_in_mark_after_the_quoted_title() -> None:
    work = parse_reference(
        "Bovaird, T.; Loeffler, E., 2016c: “What has co-production ever done for interactive "
        "governance?”, en, J. Edelenbos, I. van Meerkerk (eds.), Critical reflections on "
        "interactive governance, Cheltenham: Edward Elgar, pp. 254-277."
    )
    assert work.title == "What has co-production ever done for interactive governance?"
    assert [e.family for e in work.editors] == ["Edelenbos", "Meerkerk"]
    assert work.container_title == "Critical reflections on interactive governance"


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        (
            "Bovaird, T./Quirk, B.: Resilience in public administration. In: The Routledge "
            "handbook of global public policy and administration, hg. von T. R. Kassen, D. "
            "Cepiku, und T. J. Lah, London 2017, S. 258–270.",
            ["Kassen", "Cepiku", "Lah"],
        ),
        (
            "Cahn, E. S./Gray, C.: Co-production from a normative perspective. In: New public "
            "governance, the third sector and co-production, hg. von V. Pestoff, T. Brandsen, "
            "und B. Verschuere, New York and London 2012, S. 129–144.",
            ["Pestoff", "Brandsen", "Verschuere"],
        ),
    ],
)
def test_hg_von_before_the_editors(text: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert [e.family for e in work.editors] == editors
    assert "hg." not in work.container_title


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        (
            "Arnstein, S. 1969. The ladder of citizen participation. Journal of the American "
            "Institute of Planners 35 (4):216–224.",
            "35",
            "4",
            "216–224",
        ),
        (
            "Aligica, P., and V. Tarko. 2013. Co-production, polycentricity, and value "
            "heterogeneity. American Political Science Review 107 (4):726–741.",
            "107",
            "4",
            "726–741",
        ),
    ],
)
def test_spaced_issue_after_the_volume(text: str, volume: str, issue: str, pages: str) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.pages) == (volume, issue, pages)


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "T. Bovaird, E. Loeffler, in Trust, risk and uncertainty, (Eds: S. Watson, A. "
            "Moran), Palgrave Macmillan, Houndmills, Basingstoke, 2005, pp. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "T. Bovaird, E. Loeffler, in Critical reflections on interactive governance, (Eds: "
            "J. Edelenbos, I. van Meerkerk), Edward Elgar, Cheltenham, 2016, pp. 254–277.",
            "Critical reflections on interactive governance",
            ["Edelenbos", "Meerkerk"],
        ),
    ],
)
def test_wiley_book_and_editors_after_a_small_in(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert [a.family for a in work.authors] == ["Bovaird", "Loeffler"]
    assert work.container_title == book
    assert [e.family for e in work.editors] == editors


def test_typographic_hyphens_in_pages_and_dois() -> None:
    work = parse_reference(
        "Bovaird T., Loeffler E., 2016a. Quality management in public sector organisations. "
        "In: Public management and governance (Eds. Bovaird T., Loeffler E.). ROUTLEDGE, "
        "Abingdon and New York, 162\u2011177"
    )
    assert (work.pages, work.place) == ("162–177", "Abingdon and New York")
    doi = parse_reference(
        "Dubois, G. 2016. Weather preferences of French tourists. Climatic Change 136 (2): "
        "339\u201151. doi:10.1007/s10584\u2010016\u20101620\u20106"
    ).doi
    assert doi == "10.1007/s10584-016-1620-6"
