"""More languages' and layouts' words in reference lists: Indonesian "dan" (and) between
names and "Diambil dari" (retrieved from), Indonesian and Turkish bodies' words, the
"Ed." (editorial, éditions) before a Spanish or French publisher, Cuban "edit. S. Watson
y A. Moran, Book", Slovak "… revisited in: Journal 107, 4/2013, pp." and "… failure in:
Book, S. Watson (eds.)", and a journal run into the title's last word with no space
("… revisitedAmerican Political Science Review 107:726–741"), German "(107)Nr. 4" and
"107/4:726–741", and Persian marks between Latin-script names and words ("،", "و",
"در", "ویراسته‌ی")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Bovaird, T., dan Loeffler, E.", ["Bovaird", "Loeffler"]),
        ("Muhida, R. dan Setiyanto, H.", ["Muhida", "Setiyanto"]),
        # a given name "Dan" is no connector
        ("Brown, Dan and Smith, J.", ["Brown", "Smith"]),
    ],
)
def test_indonesian_and_between_names(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_name_list(text).names] == families


@pytest.mark.parametrize(
    "text", ["Badan Pengawas Obat dan Makanan", "Kementerian Kesehatan dan Kesejahteraan"]
)
def test_indonesian_bodies_stay_whole(text: str) -> None:
    names = parse_name_list(text).names
    assert len(names) == 1
    assert names[0].is_body


def test_retrieved_from_in_indonesian_is_no_publisher() -> None:
    work = parse_reference(
        "Bovaird, T., dan Loeffler, E. 2014. Bringing the power of the citizen into local "
        "public services—An evidence review (Briefing Note for Welsh Government). Diambil dari "
        "https://gweddill.gov.wales/docs/caecd/research/2014/141218-bringing-power.pdf"
    )
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]
    assert not work.publisher


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "ALFORD, J.: Engaging public sector clients: From service delivery to "
            "co-production, Ed. Palgrave Macmillan, Basingstoke and New York, 2009a.",
            "Palgrave Macmillan",
        ),
        (
            "1. Marzloff B. Mobilités, trajectoires fluides. La Tour d’Aigues, France: Éd. de "
            "l’Aube; 2005. 240 p.",
            "de l’Aube",
        ),
    ],
)
def test_editorial_mark_before_the_publisher(text: str, publisher: str) -> None:
    assert parse_reference(text).publisher == publisher


def test_cuban_editors_marked_before_the_names() -> None:
    work = parse_reference(
        "BOVAIRD, T.: ; LOEFFLER, E.: ¨Communities, trust and organisational responses to "
        "local governance failure¨, edit. S. Watson y A. Moran, Trust, risk and uncertainty, "
        "pp. 143-162, Ed. Palgrave Macmillan, Houndmills, Basingstoke, 2005."
    )
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"
    assert work.publisher == "Palgrave Macmillan"


def test_slovak_in_colon_before_the_journal_and_issue_slash_year() -> None:
    work = parse_reference(
        "Aligica P. & Tarko V., Co-production, polycentricity, and value heterogeneity: The "
        "Ostroms’ public choice institutionalism revisited in: American Political Science "
        "Review 107, 4/2013, pp. 726–741."
    )
    assert work.title.endswith("revisited")
    assert work.container_title == "American Political Science Review"
    assert (work.volume, work.issue, work.year) == ("107", "4", 2013)


def test_slovak_in_colon_before_the_book() -> None:
    work = parse_reference(
        "Bovaird T. & Loeffler E., Communities, trust and organisational responses to local "
        "governance failure in: Trust, risk and uncertainty, S. Watson, A. Moran (eds.), "
        "Palgrave Macmillan, Houndmills, Basingstoke 2005, pp. 143–162."
    )
    assert (
        work.title == "Communities, trust and organisational responses to local governance failure"
    )
    assert work.container_title == "Trust, risk and uncertainty"


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "Aligica P, Tarko V (2013): Co-production, polycentricity, and value heterogeneity: "
            "The Ostroms’ public choice institutionalism revisitedAmerican Political Science "
            "Review 107:726–741.",
            "Co-production, polycentricity, and value heterogeneity: The Ostroms’ public "
            "choice institutionalism revisited",
            "American Political Science Review",
        ),
        (
            "Arnstein S (1969a): The ladder of citizen participationJournal of the American "
            "Institute of Planners 35:216–224.",
            "The ladder of citizen participation",
            "Journal of the American Institute of Planners",
        ),
        (
            "Bovaird T, Willis M, Briggs I (2014): Strategic commissioning for local public "
            "services: Service improvement cycle or just going round in circles?Local "
            "Government Studies 40:533–559.",
            "Strategic commissioning for local public services: Service improvement cycle or "
            "just going round in circles?",
            "Local Government Studies",
        ),
    ],
)
def test_journal_run_into_the_title(text: str, title: str, journal: str) -> None:
    work = parse_reference(text)
    assert work.title == title
    assert work.container_title == journal


@pytest.mark.parametrize(
    "text",
    [
        # a brand's capital inside a word, with no journal numbers after it
        "McDonald K (2010): Teaching with WhatsApp Groups 2020 edition.",
        "Smith J (2010): Using PowerPoint in class. Journal of Teaching 3: 1-5.",
        # before the year: names, not a title
        "DeVries, JohnPaul Smith Review 2010: 3(4).",
    ],
)
def test_words_with_inner_capitals_stay_whole(text: str) -> None:
    assert with_marks_spaced(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Aligica, P. und Tarko, V. (2013): „Co-production, polycentricity, and value "
        "heterogeneity: The Ostroms’ public choice institutionalism revisited“ American "
        "Political Science Review. (107)Nr. 4 (2013), 726–741.",
        "Aligica, P. & Tarko, V. 2013. Co-production, polycentricity, and value heterogeneity: "
        "The Ostroms’ public choice institutionalism revisited. American Political Science "
        "Review 107/4:726–741.",
    ],
)
def test_german_volume_and_issue_forms(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == "American Political Science Review"
    assert (work.volume, work.issue, work.pages) == ("107", "4", "726–741")


def test_a_volume_with_an_empty_issue_before_the_colon() -> None:
    assert with_marks_spaced("Review 76/:427–435.") == "Review 76:427–435."


def test_persian_marks_between_latin_names_and_words() -> None:
    work = parse_reference(
        "Bovaird، T.، و E. Loeffler. 2005. «Communities, trust and organisational responses "
        "to local governance failure.» در Trust, risk and uncertainty، ویراسته‌ی S. Watson و "
        "A. Moran، 143–62. Houndmills, Basingstoke: Palgrave Macmillan."
    )
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"
