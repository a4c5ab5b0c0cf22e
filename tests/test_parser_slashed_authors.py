"""German law's short references, family names alone joined by slashes, then the book
after "in:" or the title: "Bovaird/Loeffler, in: Trust, risk and uncertainty, 2005,
143"; and the imprint that Nature's and Wiley's Vancouver styles print publisher first
("Governance International: Birmingham, 2016")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "book"),
    [
        (
            "Bovaird/Loeffler, in: Trust, risk and uncertainty, 2005, 143",
            ["Bovaird", "Loeffler"],
            "Trust, risk and uncertainty",
        ),
        (
            "Bovaird/Quirk, in: The Routledge handbook of global public policy and "
            "administration, 2017, 258",
            ["Bovaird", "Quirk"],
            "The Routledge handbook of global public policy and administration",
        ),
        (
            "Kötz/Wagner, in: Handbuch des Deliktsrechts, 2016, 88",
            ["Kötz", "Wagner"],
            "Handbuch des Deliktsrechts",
        ),
    ],
)
def test_slashed_families_then_the_book(text: str, authors: list[str], book: str) -> None:
    work = parse_reference(text)
    assert [n.family or n.literal for n in work.authors] == authors
    assert work.container_title == book
    assert not work.title


def test_slashed_families_then_the_title() -> None:
    work = parse_reference(
        "Aligica/Tarko, Co-production, polycentricity, and value heterogeneity: The Ostroms’ "
        "public choice institutionalism revisited, 2013, 726"
    )
    assert [n.family or n.literal for n in work.authors] == ["Aligica", "Tarko"]
    assert work.title.startswith("Co-production, polycentricity")


def test_a_title_with_a_slash_is_no_list_of_names() -> None:
    work = parse_reference("Smith, J. (2001). Input/Output, in: Computing today. Berlin: Springer.")
    assert [n.family or n.literal for n in work.authors] == ["Smith"]


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "5 Artuso D, Montini A. CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live. Governance International: Birmingham, "
            "2016http://www.govint.org/good-practice/case-studies/civivo/ (accessed 2 Apr2019).",
            "Governance International",
            "Birmingham",
        ),
        (
            "3 Pérez J, Ruiz M. Water policy in Spain. Routledge: Abingdon, 2015",
            "Routledge",
            "Abingdon",
        ),
    ],
)
def test_publisher_colon_places_before_the_year(text: str, publisher: str, place: str) -> None:
    work = parse_reference(text)
    assert work.publisher == publisher
    assert work.place == place
    assert not work.container_title
    assert work.year == int(text.split(place + ", ")[1][:4])


def test_a_journal_with_a_colon_is_no_imprint() -> None:
    work = parse_reference(
        "Howell P. Public space. Environment and Planning D: Society and Space, 1993"
    )
    assert not work.publisher
