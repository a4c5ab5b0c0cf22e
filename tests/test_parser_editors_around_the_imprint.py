"""A book's editors printed around its imprint (bracketed after it, after the publisher's
colon, after Vancouver names, or with ACS's semicolons), the GSA's colon before the
imprint, a chapter's "In:" before the book with a colon, and lists printed in capitals
with given names in full."""

from __future__ import annotations

import pytest

from coprod_refs.parse.names import parse_names
from coprod_refs.parse.reference import parse_reference


def test_bracketed_editors_after_the_book_and_its_imprint() -> None:
    work = parse_reference(
        "7. Pestoff, V.: Co-production and third sector social services. In: New public "
        "governance. Routledge, London and New York (Osborne, S.P. and Strokosch, K., eds.) "
        "(2012)."
    )
    assert work.title == "Co-production and third sector social services"
    assert work.container_title == "New public governance"
    assert (work.publisher, work.place) == ("Routledge", "London and New York")
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]


def test_chapter_in_with_colon_before_the_imprint() -> None:
    work = parse_reference(
        "4. Ostrom, E.: Crossing the great divide: coproduction, synergy and development. In: "
        "State-society synergy: government and social capital in development. University of "
        "California Press, Berkeley (Evans, P., ed.) (1997)."
    )
    assert work.title == "Crossing the great divide: coproduction, synergy and development"
    assert work.container_title.startswith("State-society synergy")
    assert [e.family for e in work.editors] == ["Evans"]


@pytest.mark.parametrize(
    ("imprint", "place"),
    [
        ("London (Osborne, S.P., Radnor, Z., and Nasi, G., eds.)", "London"),
        ("London and New York (Osborne, S.P., Radnor, Z., and Nasi, G., eds.)",
         "London and New York"),
    ],
)  # fmt: skip
def test_editors_bracket_opened_after_the_place(imprint: str, place: str) -> None:
    work = parse_reference(
        "3. Alford, J.: Public value and co-production. In: The new public governance? "
        f"Routledge, {imprint} (2010)."
    )
    assert work.place == place
    assert [e.family for e in work.editors] == ["Osborne", "Radnor", "Nasi"]


def test_vancouver_editors_after_the_book_comma() -> None:
    work = parse_reference(
        "Alford J, O’Flynn J. 2012. Making sense of public value. In Rethinking public "
        "service delivery: Managing with external providers, Osborne SP and Radnor Z (eds). "
        "Palgrave Macmillan: Basingstoke; 102–128."
    )
    assert work.container_title == (
        "Rethinking public service delivery: Managing with external providers"
    )
    assert [e.family for e in work.editors] == ["Osborne", "Radnor"]
    assert (work.publisher, work.place) == ("Palgrave Macmillan", "Basingstoke")


def test_acs_editors_and_imprint_read_as_the_place() -> None:
    work = parse_reference(
        "5. Alford, J.; O’Flynn, J. Making Sense of Public Value: Concepts, Critiques and "
        "Emergent Meanings. In Rethinking public service delivery and the management of "
        "external providers; Osborne, S.P., Radnor, Z., Nasi, G., Eds.; Palgrave Macmillan: "
        "Basingstoke, 2012; pp. 102–128."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Radnor", "Nasi"]
    assert (work.publisher, work.place) == ("Palgrave Macmillan", "Basingstoke")


def test_gsa_edited_book_imprint_after_the_colon() -> None:
    work = parse_reference(
        "Osborne, S.P., and Strokosch, K., eds., 2015, Public service co-production and the "
        "value of public services: Abingdon, Routledge."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert (work.publisher, work.place) == ("Routledge", "Abingdon")


def test_gsa_title_cut_before_the_colon_of_the_place() -> None:
    work = parse_reference(
        "Alford, J., 2009, Engaging public sector clients: From service delivery to "
        "co-production approach: Basingstoke, Palgrave Macmillan."
    )
    assert work.title.endswith("co-production approach")
    assert (work.publisher, work.place) == ("Palgrave Macmillan", "Basingstoke")


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("ALFORD, JOHN, and JANINE O’FLYNN.", ["Alford", "O’Flynn"]),
        ("PESTOFF, VICTOR, TACO BRANDSEN, and BRAM VERSCHUERE.",
         ["Pestoff", "Brandsen", "Verschuere"]),
        ("WHITAKER, GORDON P.", ["Whitaker"]),
    ],
)  # fmt: skip
def test_names_in_capitals_with_given_names_in_full(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_names(text)] == families


def test_capitals_without_given_names_in_full_are_read_as_before() -> None:
    assert [n.literal for n in parse_names("NATIONAL AUDIT OFFICE")] == ["NATIONAL AUDIT OFFICE"]
    vancouver = parse_names("ALFORD J, FLYNN J")
    assert [(n.family, n.given) for n in vancouver] == [("Alford", "J."), ("Flynn", "J.")]
