"""Imprints as printed after the title: a publisher then places the word lists do not
know, told apart by the publisher's word and the places' shape."""

from __future__ import annotations

import pytest

from coprod_refs.parse.imprint import comma_imprint
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Centre for Agricultural Publishing, Wageningen",
            "Wageningen",
            "Centre for Agricultural Publishing",
        ),
        (
            "Agronomy Publications, River Falls, Wisconsin",
            "River Falls, Wisconsin",
            "Agronomy Publications",
        ),
        ("Lynne Rienner Publishers, Boulder, CO", "Boulder, CO", "Lynne Rienner Publishers"),
        ("Trentham Books, Stoke on Trent", "Stoke on Trent", "Trentham Books"),
    ],
)
def test_unlisted_places_after_a_publisher(text: str, place: str, publisher: str) -> None:
    assert comma_imprint(text) == (place, publisher)


@pytest.mark.parametrize(
    "text",
    [
        "Policy Press, INLOGOV",  # an acronym of a body
        "Policy Press, 2nd Edition",  # digits
        "Sage Publications, Research Methods for Public Management",  # too long for a place
        "Earthscan Publications, Ltd",  # the firm's name goes on
    ],
)
def test_what_follows_a_publisher_but_is_no_place(text: str) -> None:
    assert comma_imprint(text) is None


def test_book_with_publisher_then_unlisted_place() -> None:
    work = parse_reference(
        "Delorit, R. J. 1970 Illustrated Taxonomy Manual of Weed Seeds. "
        "Agronomy Publications, River Falls, Wisconsin."
    )
    assert (work.publisher, work.place) == ("Agronomy Publications", "River Falls, Wisconsin")
