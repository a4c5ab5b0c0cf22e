"""Italian styles' journals and books: the journal in guillemets after "in", its volume in
roman numerals before the bracketed year and the issue after it ("in «Public
Administration Review», XLIII (1983), n. 1, pp. 59–65"), and a book cut out of the
chapter's title whose editors follow "a cura di", wherever the labeller ended the book;
and, in other styles, a title that ends the reference after its date, and a book after
its editors read as a second title."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "issue", "year"),
    [
        (
            "S. Arnstein, The ladder of citizen participation, in «Journal of the American "
            "Institute of Planners», XXXV (1969a), n. 4, pp. 216–224.",
            "The ladder of citizen participation",
            "Journal of the American Institute of Planners",
            "XXXV",
            "4",
            1969,
        ),
        (
            "T. Bovaird, M. Willis e I. Briggs, Strategic commissioning for local public "
            "services: Service improvement cycle or just going round in circles?, in «Local "
            "Government Studies», XL (2014), n. 4, pp. 533–559.",
            "Strategic commissioning for local public services: Service improvement cycle or "
            "just going round in circles?",
            "Local Government Studies",
            "XL",
            "4",
            2014,
        ),
        (
            "M. Edson, A complex adaptive systems view of resilience in a project team, in "
            "«Systems Research and Behavioural Science», XXIX (2012), n. 5, pp. 499–516.",
            "A complex adaptive systems view of resilience in a project team",
            "Systems Research and Behavioural Science",
            "XXIX",
            "5",
            2012,
        ),
    ],
)
def test_journal_in_guillemets_with_roman_volume(
    text: str, title: str, journal: str, volume: str, issue: str, year: int
) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, journal)
    assert (work.volume, work.issue, work.year) == (volume, issue, year)


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "T. Bovaird e E. Loeffler, Communities, trust and organisational responses to local "
            "governance failure. in Trust, risk and uncertainty, a cura di S. Watson, A. Moran. "
            "Palgrave Macmillan, Houndmills, Basingstoke 2005, pp. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "E. Loeffler e T. Bovaird, From participation to co-production: Widening and "
            "deepening the contributions of citizens to public services and outcomes. in The "
            "Palgrave handbook of public administration and management in Europe, a cura di E. "
            "Ongaro, S. Van Thiel. Palgrave Macmillan, Houndmills 2017.",
            "The Palgrave handbook of public administration and management in Europe",
            ["Ongaro", "Van Thiel"],
        ),
    ],
)
def test_editors_after_a_cura_di(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [e.family for e in work.editors] == editors
    assert [a.family for a in work.authors] in (["Bovaird", "Loeffler"], ["Loeffler", "Bovaird"])


def test_year_then_marked_issue_in_an_english_reference() -> None:
    work = parse_reference(
        "Smith, J., Co-production and its critics, in «Public Money & Management», 2014, no. 4, "
        "pp. 33-40."
    )
    assert work.container_title == "Public Money & Management"
    assert (work.year, work.issue) == (2014, "4")


def test_small_in_before_a_journal_cut_in_its_guillemets() -> None:
    work = parse_reference(
        "———, From engagement to co-production: The contribution of users and communities to "
        "outcomes and public value, in «VOLUNTAS: International Journal of Voluntary and "
        "Nonprofit Organizations», 23 (2012), 4, pp. 1119–1138."
    )
    assert work.title.endswith("outcomes and public value")
    assert work.container_title.startswith("VOLUNTAS: International Journal")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Cooperative Party, 2019. Public services in our interests",
            "Public services in our interests",
        ),
        ("Smith, J. 2019. Unpublished manuscript.", ""),
        ("Knudson & Morrison (2002) http: //www. humankinetics. com/products", ""),
    ],
)
def test_last_words_after_the_date_are_the_title(text: str, title: str) -> None:
    assert parse_reference(text).title == title


def test_book_after_the_editors_read_as_a_second_title() -> None:
    work = parse_reference(
        "Bovaird, T. and Loeffler, E., 2005. Communities, trust and organisational responses to "
        "local governance failure In:, S. Watson and A. Moran (eds), Trust, risk and "
        "uncertainty, (Palgrave Macmillan: Houndmills, Basingstoke), 143–162"
    )
    assert (
        work.title == "Communities, trust and organisational responses to local governance failure"
    )
    assert work.container_title == "Trust, risk and uncertainty"
    assert [e.family for e in work.editors] == ["Watson", "Moran"]


def test_edited_and_translated_by_is_no_book() -> None:
    work = parse_reference(
        "Lefebvre, Henri. The Production of Space. Edited and translated by Donald "
        "Nicholson-Smith. Oxford: Blackwell, 1991."
    )
    assert work.container_title == ""


def test_note_with_a_sources_numbers_stays_a_note() -> None:
    work = parse_reference(
        "7. Bovaird T, Loeffler E. 2012. From engagement to co-production: The contribution of "
        "users and communities to outcomes and public value. VOLUNTAS: International Journal of "
        "Voluntary and Nonprofit Organizations: 23:1119–1138."
    )
    assert "23" not in work.title


def test_chapter_title_read_as_a_journal_before_the_books_editors() -> None:
    work = parse_reference(
        "45. Loeffler E, Martin S. 2016. Citizen engagement, p. 301–318. In Bovaird, T, "
        "Loeffler, E (eds.), Public management and governance. Routledge, Abingdon and New York."
    )
    assert (work.title, work.container_title) == (
        "Citizen engagement",
        "Public management and governance",
    )
    assert work.pages == "301–318"


@pytest.mark.parametrize(
    "text",
    [
        "Lee, Don (2009): Americans Share Economics Nobel, The Spokesman-Review, 13.10.2009.",
        "Slay, J. (2011): Right here, right now: Taking co-production into the mainstream. Nesta.",
        "Slay J (2011) Right here right now: Taking co-production mainstream, London, Nesta",
    ],
)
def test_last_note_holding_more_than_a_title_stays_a_note(text: str) -> None:
    work = parse_reference(text)
    assert "Spokesman" not in work.title and "Nesta" not in work.title
