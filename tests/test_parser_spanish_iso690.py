"""Spanish ISO 690 styles (Cultivos Tropicales and its kin): "[en línea]" after the
title, "edit." before the publisher, and the editors' mark and names, family name
first, before the book ("eds. Watson, S. y Moran, A., Trust, risk and uncertainty")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import stated, without_medium
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Bringing the power of the citizen into local public services [en línea]", None),
        ("Bringing the power of the citizen into local public services [En linea]", None),
        ("Bringing the power of the citizen into local public services [em linha]", None),
        # a bracket that is no medium stays
        ("Co-production [en la práctica]", "Co-production [en la práctica]"),
    ],
)
def test_the_online_medium_in_spanish_and_portuguese_is_no_word_of_the_title(
    title: str, bare: str | None
) -> None:
    expected = bare or "Bringing the power of the citizen into local public services"
    assert without_medium(title) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("edit. Palgrave Macmillan", "Palgrave Macmillan"),
        ("edit. Routledge", "Routledge"),
        ("editorial Paidós", "editorial Paidós"),
        ("Edit Verlag", "Edit Verlag"),
    ],
)
def test_the_publishers_mark_is_no_word_of_its_name(value: str, expected: str) -> None:
    assert stated(value) == expected


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        (
            "1.Alford, J. Engaging public sector clients: From service delivery to "
            "co-production, edit. Palgrave Macmillan, Basingstoke and New York, 2009.",
            "Engaging public sector clients: From service delivery to co-production",
            "Palgrave Macmillan",
            "Basingstoke and New York",
        ),
        (
            "24.Dickinson, H. y Sullivan, H. Imagining the 21st century public service "
            "workforce, edit. Routledge, London, 2014.",
            "Imagining the 21st century public service workforce",
            "Routledge",
            "London",
        ),
    ],
)
def test_the_publishers_mark_read_into_the_title_goes_to_the_publisher(
    text: str, title: str, publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.publisher, work.place) == (title, publisher, place)


def test_the_editors_mark_and_inverted_names_before_the_book() -> None:
    work = parse_reference(
        "6.Bovaird, T. y Loeffler, E. ‘‘Communities, trust and organisational responses to "
        "local governance failure’’, eds. Watson, S. y Moran, A., Trust, risk and "
        "uncertainty, edit. Palgrave Macmillan, Houndmills, Basingstoke, 2005, pp. 143-162."
    )
    assert work.container_title == "Trust, risk and uncertainty"
    assert [name.family for name in work.editors] == ["Watson", "Moran"]
    assert (work.publisher, work.pages) == ("Palgrave Macmillan", "143–162")


def test_editors_alone_after_their_mark_keep_every_name() -> None:
    work = parse_reference(
        "19.Cahn, E.S. y Gray, C. ‘‘Co-production from a normative perspective’’, eds. "
        "Pestoff, V., Brandsen, T., y Verschuere, B., New public governance, the third sector "
        "and co-production, edit. Routledge, New York and London, 2012, pp. 129-144."
    )
    assert [name.family for name in work.editors] == ["Pestoff", "Brandsen", "Verschuere"]
