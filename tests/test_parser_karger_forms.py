"""Karger's and other medical styles' forms: the edition as "ed 2" before the place, and a
year glued to the next word by its full stop ("2009.Available from:")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import normalise_edition
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "edition"),
    [("ed 2", "2"), ("ed. 3,", "3"), ("Edition 4", "4"), ("2nd ed.", "2"), ("ed. rev.", "ed. rev")],
)
def test_the_editions_number_after_its_word(text: str, edition: str) -> None:
    assert normalise_edition(text) == edition


@pytest.mark.parametrize(
    ("text", "edition", "place", "publisher"),
    [
        (
            "19. Bovaird T, Löffler E, editors: Public Management and Governance. ed 2 London, "
            "Routledge, 2009.",
            "2",
            "London",
            "Routledge",
        ),
        (
            "57. Grönroos C: Service Management and Marketing: Customer Management in Service "
            "Competition. ed 3 Chichester, John Wiley & Sons, 2007.",
            "3",
            "Chichester",
            "John Wiley & Sons",
        ),
    ],
)
def test_karger_edition_before_the_place(
    text: str, edition: str, place: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert (work.edition, work.place, work.publisher) == (edition, place, publisher)


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("London, NESTA, 2009.Available from: x", "London, NESTA, 2009. Available from: x"),
        ("Yang S. 2012.Ethylene signaling", "Yang S. 2012. Ethylene signaling"),
        # not inside a link or a DOI
        ("http://x.org/2009.Abc", "http://x.org/2009.Abc"),
        ("doi:10.1000/ab.2009.Abc", "doi:10.1000/ab.2009.Abc"),
    ],
)
def test_a_year_glued_to_the_next_word_by_its_stop(text: str, spaced: str) -> None:
    assert with_marks_spaced(text) == spaced


def test_the_year_before_a_glued_access_phrase() -> None:
    work = parse_reference(
        "25. Boyle D, Harris M: The Challenge of Co-production [Internet]. London, NESTA, "
        "2009.Available from: http://b.3cdn.net/nefoundation/312ac8ce93a00d5973_3im6i6t0e.pdf"
    )
    assert (work.year, work.place, work.publisher) == (2009, "London", "NESTA")


def test_karger_edition_in_brackets_after_the_title() -> None:
    work = parse_reference(
        "53. Normann R. Services management: Strategy and leadership in service business "
        "(ed 2). Chichester, Wiley, 1984"
    )
    assert work.title == "Services management: Strategy and leadership in service business"
    assert (work.edition, work.place, work.publisher) == ("2", "Chichester", "Wiley")


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("International, 2020[cited 2020 Sep]", "International, 2020 [cited 2020 Sep]"),
        ("http://x.org/2020[a]", "http://x.org/2020[a]"),
        ("2020[1]", "2020[1]"),
    ],
)
def test_a_year_glued_to_a_bracket(text: str, spaced: str) -> None:
    assert with_marks_spaced(text) == spaced
