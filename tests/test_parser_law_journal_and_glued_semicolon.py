"""A journal and its numbers with no space after the semicolon ("Review;107:726–41."),
a law journal read as the publisher between its volume and pages ("(2019) 39 Public
Money and Management, 241–252."), and names given first cut after an initial, the rest
read into a quoted title ("E. Niclaus, J." + "Young Keefe, Z. Kratzer, 'Time …'")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


def test_semicolon_run_into_the_volume() -> None:
    work = parse_reference(
        "5. Whitaker GP. Coproduction: Citizen participation in service delivery. Public "
        "Administration Review;40:240–6."
    )
    assert work.container_title == "Public Administration Review"
    assert (work.volume, work.pages) == ("40", "240–246")


def test_semicolon_in_a_link_is_left_alone() -> None:
    work = parse_reference(
        "Goan M. How we grew timebanking. 2014. http://example.org/blog;123/page. "
        "Accessed April 1, 2019."
    )
    assert work.url == "http://example.org/blog;123/page"


def test_law_journal_between_volume_and_pages() -> None:
    work = parse_reference(
        "E. Ostrom, 'Crossing the Great Divide: Coproduction, Synergy, and Development', "
        "(1996) 24 World Development, 1073–1087."
    )
    assert work.container_title == "World Development"
    assert work.publisher == ""
    assert (work.year, work.volume, work.pages) == (1996, "24", "1073–1087")


def test_names_given_first_cut_after_an_initial_before_a_quoted_title() -> None:
    work = parse_reference(
        "A. Hart, B. Cole, J. Young Keefe, Z. Kratzer, 'Community Currencies and Well-Being', "
        "(2014) 9 Journal of Social Policy, 12–25."
    )
    assert [a.family for a in work.authors] == ["Hart", "Cole", "Young Keefe", "Kratzer"]
    assert work.title == "Community Currencies and Well-Being"


def test_oscola_book_publisher_and_year_in_one_bracket() -> None:
    work = parse_reference(
        "Needham C, Citizen-Consumers: New Labour's Marketplace Democracy (Catalyst Forum 2003)"
    )
    assert work.title.endswith("New Labour's Marketplace Democracy")
    assert (work.publisher, work.year) == ("Catalyst Forum", 2003)


def test_one_word_and_year_in_a_titles_bracket_stay_in_the_title() -> None:
    segments = [
        Segment("author", "ONS,", 0.9),
        Segment("title", "Population estimates for England (Census 2011)", 0.9),
    ]
    assert repair_segments(segments) == segments


def test_slashes_between_names_family_name_first() -> None:
    work = parse_reference(
        "Percy, Stephen L./ Whitaker, Gordon P./ Wilson, Rick/ Kiser, Larry, Citizen "
        "Coproduction: A Neglected Dimension, Public Administration Quarterly 1984, 3–20."
    )
    assert [a.family for a in work.authors] == ["Percy", "Whitaker", "Wilson", "Kiser"]
    assert work.title == "Citizen Coproduction: A Neglected Dimension"


def test_editors_parted_by_slashes() -> None:
    work = parse_reference(
        "Alford, J./ Yates, S., Co-production in Australia, in: Osborne, S. P./Strokosch, "
        "K./Brandsen, T. (Hrsg.), Public Service Co-Production, London 2016, S. 54–71."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch", "Brandsen"]


@pytest.mark.parametrize(
    "text",
    [
        "Wesseling, E. Writing History as a Prophet, Amsterdam/ Philadelphia, John "
        "Benjamins, 1991.",
        "Canada/MAB, Canadian Commission for UNESCO. 1987. National Action Plan. Ottawa.",
    ],
)
def test_slashes_between_places_or_bodies_stay(text: str) -> None:
    assert "; " not in with_marks_spaced(text)
