"""ACS's journal references, "Journal, 2019, 39 (4), 241–252.", with the year, volume and
issue read as one volume or the journal as a publisher; ACS's books with no year
("Title; Publisher: Place;") and editors parted by semicolons; chemistry's references
with no article title ("Local Government Studies. 2014; 40: 533–559.") and a list number
run into the first initial ("27M. Etgar,"); and books whose place closes
the book's segment after its last full stop ("… governance. Abingdon and New York 2016a,
162–177."), as some German and Turkish styles print it."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


@pytest.mark.parametrize(
    ("text", "journal", "year", "volume", "issue"),
    [
        (
            "[16] Brandsen, T.; Trommel, W.; Verschuere, B. The State and the Reconstruction "
            "of Civil Society. International Review of Administrative Sciences, 2017, 83 (4), "
            "676–693.",
            "International Review of Administrative Sciences",
            2017,
            "83",
            "4",
        ),
        (
            "[43] Loeffler, E.; Bovaird, T. Co-Commissioning of Public Services and Outcomes in "
            "the UK: Bringing Co-Production into the Strategic Commissioning Cycle. Public "
            "Money and Management, 2019, 39 (4), 241–252.",
            "Public Money and Management",
            2019,
            "39",
            "4",
        ),
    ],
)
def test_acs_journal_year_volume_issue(
    text: str, journal: str, year: int, volume: str, issue: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == journal
    assert (work.year, work.volume, work.issue) == (year, volume, issue)
    assert not work.publisher


def test_a_book_with_a_volume_keeps_its_publisher() -> None:
    segments = [
        Segment("author", "Smith, J.", 1.0),
        Segment("title", "Chemistry of Water;", 1.0),
        Segment("publisher", "Springer,", 1.0),
        Segment("date", "2010;", 1.0),
        Segment("volume", "Vol. 2,", 1.0),
        Segment("pages", "pp 1–20.", 1.0),
    ]
    assert [s.label for s in repair_segments(segments)] == [s.label for s in segments]


@pytest.mark.parametrize(
    "text",
    [
        "T. Bovaird, E. Loeffler, Quality management in public sector organisations. In: T. "
        "Bovaird, E. Loeffler (Eds.), Public management and governance. Abingdon and New York "
        "2016a, 162–177.",
        "Bovaird, T. ve Loeffler, E. (2016a) “Quality management in public sector "
        "organisations”, Bovaird, T. ve Loeffler, E. (eds) Public management and governance. "
        "Abingdon and New York, 162-177.",
    ],
)
def test_place_closing_the_book(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == "Public management and governance"
    assert work.place == "Abingdon and New York"
    assert [n.family for n in work.editors] == ["Bovaird", "Loeffler"]


def test_a_book_whose_last_sentence_is_no_place_keeps_it() -> None:
    work = parse_reference(
        "Smith, J. (2010). Water law. In: K. Brown (Ed.), Rivers of Europe. Volume Two. "
        "Oxford: Blackwell, 10–20."
    )
    assert work.container_title == "Rivers of Europe. Volume Two"


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        (
            "[5] Artuso, D.; Montini, A.: CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live; Governance International: Birmingham;",
            "CI.VI.VO. in Rimini: How volunteers make their neighbourhood a better place to live",
            "Governance International",
            "Birmingham",
        ),
        (
            "[39] Lipsky, M.: Street-level bureaucracy: Dilemmas of the individual in public "
            "services; Russell Sage Foundation: New York;",
            "Street-level bureaucracy: Dilemmas of the individual in public services",
            "Russell Sage Foundation",
            "New York",
        ),
    ],
)
def test_acs_imprint_closing_a_reference_with_no_year(
    text: str, title: str, publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.publisher, work.place) == (title, publisher, place)


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "10. Bovaird, T.; Loeffler, E. Quality Management in Public Sector Organisations. "
            "In Public management and governance; Bovaird, T.; Loeffler, E., Eds.; Routledge: "
            "Abingdon and New York, 2016; pp. 162–177.",
            "Public management and governance",
            ["Bovaird", "Loeffler"],
        ),
        (
            "9. Bovaird, T.; Loeffler, E. What Has Co-Production Ever Done for Interactive "
            "Governance? In Critical reflections on interactive governance: Self-organization "
            "and participation in public governance; Edelenbos, J.; van Meerkerk, I., Eds.; "
            "Edward Elgar: Cheltenham, 2016; pp. 254–277.",
            "Critical reflections on interactive governance: Self-organization and "
            "participation in public governance",
            ["Edelenbos", "Meerkerk"],
        ),
    ],
)
def test_acs_editors_parted_by_semicolons(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors


def test_word_run_into_a_closing_bracket() -> None:
    work = parse_reference(
        "Fox M (2008): Porto Alegre’s participatory budgeting at a crossroads "
        "[Internet]Available from: https://www.cetri.be/Porto-Alegre-s-Participatory?lang=fr"
    )
    assert work.title == "Porto Alegre’s participatory budgeting at a crossroads"


@pytest.mark.parametrize(
    ("text", "journal", "volume"),
    [
        (
            "13. Bovaird T, Willis M, Briggs I. Local Government Studies. 2014; 40: 533–559.",
            "Local Government Studies",
            "40",
        ),
        (
            "16. Brandsen T, Trommel W, Verschuere B. International Review of Administrative "
            "Sciences. 2017; 83: 676–693.",
            "International Review of Administrative Sciences",
            "83",
        ),
    ],
)
def test_journal_with_no_article_title(text: str, journal: str, volume: str) -> None:
    work = parse_reference(text)
    assert work.container_title == journal
    assert not work.title
    assert work.volume == volume


def test_a_reports_title_after_its_year_stays_the_title() -> None:
    work = parse_reference(
        "Babiker, M., and R.S. Eckaus 2006 Unemployment Effects of Climate Policy 137 July "
        "July (Revised August), 17 p."
    )
    assert work.title == "Unemployment Effects of Climate Policy"
    assert not work.container_title


def test_list_number_run_into_the_first_initial() -> None:
    work = parse_reference("27M. Etgar, Journal of the Academy of Marketing Science 2008, 36, 97 .")
    assert [n.family for n in work.authors] == ["Etgar"]
    assert work.container_title == "Journal of the Academy of Marketing Science"
