"""References whose form names what kind of work they are: APA's bracketed descriptions
("[Data set]", "[Conference presentation]"), APA 6's thesis in round brackets, report
numbers, Vancouver's "[Internet]" and "[cited …]", MLA's translator before the
publisher, a short Vancouver title run into the names, a country after a town."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment, is_report_number, without_medium
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_labels, repair_segments
from coprod_refs.parse.tokens import tokenize


def test_apa6_thesis_names_its_university_in_the_bracket() -> None:
    work = parse_reference(
        "Smith, J. (2019). Co-producing mental health services (Doctoral dissertation, "
        "University of Birmingham). Retrieved from https://etheses.bham.ac.uk/id/eprint/9000/"
    )
    assert work.type == "thesis"
    assert work.genre == "Doctoral dissertation"
    assert work.publisher == "University of Birmingham"
    assert work.url == "https://etheses.bham.ac.uk/id/eprint/9000/"


def test_the_thesis_bracket_rule_leaves_what_follows_the_bracket_a_note() -> None:
    got = repair_segments(
        [
            Segment("title", "Co-producing mental health services", 1.0),
            Segment(
                "note", "(Doctoral dissertation, University of Birmingham). Retrieved from", 1.0
            ),
            Segment("url", "https://example.org/t", 1.0),
        ]
    )
    assert [(s.label, s.text) for s in got[1:4]] == [
        ("genre", "(Doctoral dissertation"),
        ("publisher", "University of Birmingham"),
        ("note", "Retrieved from"),
    ]


def test_apa7_conference_presentation_names_the_event_after_its_description() -> None:
    work = parse_reference(
        "Brown, L. (2018). Co-production in practice [Conference presentation]. International "
        "Research Society for Public Management Conference, Edinburgh, UK."
    )
    assert work.title == "Co-production in practice"
    assert work.genre == "Conference presentation"
    assert work.container_title == "International Research Society for Public Management Conference"
    assert work.place == "Edinburgh, UK"
    assert work.type == "paper-conference"


@pytest.mark.parametrize(
    ("text", "kind", "title", "publisher"),
    [
        (
            "Loeffler, E., & Bovaird, T. (2020). Co-production survey data, 2014–2016 [Data "
            "set]. UK Data Service. https://doi.org/10.5255/UKDA-SN-851234",
            "dataset",
            "Co-production survey data, 2014–2016",
            "UK Data Service",
        ),
        (
            "R Core Team. (2023). R: A language and environment for statistical computing "
            "[Computer software]. R Foundation for Statistical Computing. https://www.R-project.org/",
            "document",
            "R: A language and environment for statistical computing",
            "R Foundation for Statistical Computing",
        ),
        (
            "U.S. Census Bureau. (2021). American Community Survey 5-year estimates [Data set]. "
            "U.S. Census Bureau. https://data.census.gov/",
            "dataset",
            "American Community Survey 5-year estimates",
            "U.S. Census Bureau",
        ),
    ],
)
def test_apa7_described_works_name_their_publisher_after_the_description(
    text: str, kind: str, title: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert (work.type, work.title, work.publisher) == (kind, title, publisher)


def test_a_bracket_inside_a_title_is_no_description() -> None:
    tokens = tokenize("Co-production [Review of the book Public services, by T. Brandsen]. BMJ")
    labels = ["title"] * (len(tokens) - 1) + ["journal"]
    assert repair_labels(tokens, labels, [0.99] * len(tokens)) == labels


def test_a_report_number_after_the_title_is_the_genre() -> None:
    work = parse_reference(
        "Government Accountability Office. (2019). Federal grants: Improvements needed to "
        "oversee co-production (GAO-19-123). U.S. Government Printing Office."
    )
    assert work.title == "Federal grants: Improvements needed to oversee co-production"
    assert work.genre == "GAO-19-123"
    assert work.type == "report"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("GAO-19-123", True),
        ("EPA/600/R12/345", True),
        ("COVID-19", False),
        ("UK 2010-2015", False),
        ("H1N1", False),
        ("SARS-CoV-2", False),
    ],
)
def test_report_numbers(text: str, number: bool) -> None:
    assert is_report_number(text) is number


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Building the Big Society [online]", "Building the Big Society"),
        ("BMJ [Internet]", "BMJ"),
        ("Rapport annuel [en ligne]", "Rapport annuel"),
        ("Co-production [Review of the book X]", "Co-production [Review of the book X]"),
    ],
)
def test_a_medium_after_a_title_is_no_part_of_it(title: str, bare: str) -> None:
    assert without_medium(title) == bare


def test_vancouver_internet_journal_and_cited_date() -> None:
    article = parse_reference(
        "Brown A. Co-production. BMJ [Internet]. 2018;360:k1234. Available from: "
        "https://www.bmj.com/x"
    )
    assert (article.type, article.container_title, article.volume) == (
        "article-journal",
        "BMJ",
        "360",
    )
    assert article.title == "Co-production"
    page = parse_reference(
        "Smith J. Co-production in care [Internet]. London: King's Fund; 2015 [cited 2020 May "
        "1]. Available from: https://www.kingsfund.org.uk/x"
    )
    assert page.title == "Co-production in care"
    assert page.accessed == "2020-05-01"
    assert page.publisher == "King's Fund"


@pytest.mark.parametrize(
    ("text", "authors", "title", "journal"),
    [
        (
            "Brown A, Smith B. Co-production. BMJ. 2018;360:k1234.",
            ["Brown", "Smith"],
            "Co-production",
            "BMJ",
        ),
        (
            "Brown A. Co-production. Lancet. 2018;391(10120):e12.",
            ["Brown"],
            "Co-production",
            "Lancet",
        ),
    ],
)
def test_a_short_vancouver_title_read_into_the_names_is_split_off(
    text: str, authors: list[str], title: str, journal: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == authors
    assert (work.title, work.container_title, work.year) == (title, journal, 2018)


def test_vancouver_names_alone_stay_names() -> None:
    segments = [Segment("author", "Brown A, Smith B.", 1.0), Segment("date", "2018;", 1.0)]
    assert repair_segments(segments) == segments


def test_mla_translator_before_the_publisher() -> None:
    work = parse_reference(
        "Freire, Paulo. Pedagogy of the Oppressed. Translated by Myra Bergman Ramos, "
        "Continuum, 2000."
    )
    assert work.publisher == "Continuum"
    assert [n.family for n in work.translators] == ["Ramos"]


def test_a_country_after_a_town_is_no_publisher() -> None:
    work = parse_reference(
        "Vanleene, D., Voets, J., & Verschuere, B. (2017, April). Co-producing a nicer "
        "neighbourhood. Paper presented at the IRSPM Conference, Budapest, Hungary."
    )
    assert work.place == "Budapest, Hungary"
    assert work.publisher == ""
