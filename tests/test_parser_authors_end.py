"""Where the authors end and the title begins: a body's report whose title opens with the
body's name ("OECD, OECD Employment Outlook 2019"), and an "et al." the title took
("Bealer T., i in., Time banking …"); and where APA's report title ends, before its kind
in brackets and its publisher."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        (
            "OECD, OECD Employment Outlook 2019: The Future of Work, Paris, OECD Publishing, 2019.",
            "OECD",
            "OECD Employment Outlook 2019: The Future of Work",
        ),
        (
            "ISO, ISO 2002_2015: How to use it, Geneva, International Society for "
            "Standardization, 2019.",
            "ISO",
            "ISO 2002_2015: How to use it",
        ),
    ],
)
def test_a_repeated_body_name_opens_the_title(text: str, body: str, title: str) -> None:
    work = parse_reference(text)
    assert [name.literal or name.family for name in work.authors] == [body]
    assert work.title == title


def test_a_person_with_one_name_twice_keeps_a_quoted_title() -> None:
    work = parse_reference("Ruhazi, Ruhazi “Edo Aja na Nyingine Msondo” Tanzania Daima 2009-12-30")
    assert work.title == "Edo Aja na Nyingine Msondo"


@pytest.mark.parametrize("et_al", ["i in.,", "et al.,", "u. a.,"])
def test_an_et_al_read_into_the_title_ends_the_authors(et_al: str) -> None:
    work = parse_reference(
        f"Lasker J., Collom E., Bealer T., {et_al} Time banking and health: The role of a "
        "community currency organization in enhancing well-being, „Health Promotion "
        "Practice” t. 12 nr 1 (2011)."
    )
    assert [name.family for name in work.authors] == ["Lasker", "Collom", "Bealer"]
    assert work.title.startswith("Time banking")
    assert "et-al" in work.flags


@pytest.mark.parametrize(
    ("text", "title", "genre", "publisher"),
    [
        (
            "Kolesnikova, N. (2009). Community Colleges: A Route of Upward Economic Mobility "
            "(Community Development Report). Federal Reserve Bank of St. Louis. Retrieved "
            "from https://www.stlouisfed.org/assets/pdf/CommunityColleges.pdf",
            "Community Colleges: A Route of Upward Economic Mobility",
            "Community Development Report",
            "Federal Reserve Bank of St. Louis",
        ),
        (
            "Smith, J. (2015). Housing needs in rural areas (Research Report No. 12). Joseph "
            "Rowntree Foundation.",
            "Housing needs in rural areas",
            "Research Report No. 12",
            "Joseph Rowntree Foundation",
        ),
    ],
)
def test_apa_report_kind_in_brackets_then_its_publisher(
    text: str, title: str, genre: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.genre, work.publisher) == (title, genre, publisher)
    assert work.type == "report"


def test_report_kind_and_publisher_are_cut_from_a_title_segment() -> None:
    segments = [
        Segment("author", "Kolesnikova, N.", 0.9),
        Segment("date", "(2009).", 0.9),
        Segment(
            "title",
            "Community Colleges: A Route of Upward Economic Mobility (Community Development "
            "Report). Federal Reserve Bank of St. Louis.",
            0.8,
        ),
        Segment("note", "Retrieved from", 0.9),
        Segment("url", "https://www.stlouisfed.org/", 0.9),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)][2:5] == [
        ("title", "Community Colleges: A Route of Upward Economic Mobility"),
        ("genre", "Community Development Report"),
        ("publisher", "Federal Reserve Bank of St. Louis"),
    ]
    # With a publisher of its own, the last sentence stays in the title's segment.
    named = [*segments[:3], Segment("publisher", "Fed.", 0.9)]
    assert [s.label for s in repair_segments(named)].count("publisher") == 1


def test_the_last_initial_and_the_year_read_into_the_title() -> None:
    work = parse_reference(
        "Artuso, D & Montini, A 2016, CI.VI.VO. in Rimini: How volunteers make their "
        "neighbourhood a better place to live, Governance International Case Study, "
        "Governance International, Birmingham, viewed 2 April 2019."
    )
    assert [(n.family, n.given) for n in work.authors] == [("Artuso", "D."), ("Montini", "A.")]
    assert work.year == 2016
    assert work.title.startswith("CI.VI.VO. in Rimini")


def test_authors_read_as_editors_beside_the_books_marked_editors() -> None:
    work = parse_reference(
        "Bovaird, T & Loeffler, E 2005, ‘Communities, trust and organisational responses to "
        "local governance failure’, in S Watson & A Moran (eds), Trust, risk and "
        "uncertainty, Palgrave Macmillan, Houndmills, Basingstoke, pp. 143–162."
    )
    assert [name.family for name in work.authors] == ["Bovaird", "Loeffler"]
    assert [name.family for name in work.editors] == ["Watson", "Moran"]


def test_an_edited_book_keeps_its_editors() -> None:
    work = parse_reference(
        "Lusch, RF & Vargo, SL (eds) 2006, The service-dominant logic of marketing, M.E. "
        "Sharpe, Armonk."
    )
    assert [name.family for name in work.editors] == ["Lusch", "Vargo"]
    assert not work.authors
