"""Names in reading order whose first given name the word lists lack ("Taco Brandsen, T.
Steen, & B. Verschuere"), told from one inverted name ("Van Ryzin, G. Gregg", "García
Márquez, G. José"), and given names typed without their accents ("Jose")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.names import parse_names


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Taco Brandsen, T. Steen, & B. Verschuere (Eds.)", ["Brandsen", "Steen", "Verschuere"]),
        ("Bram Verschuere, T. Brandsen, and V. Pestoff", ["Verschuere", "Brandsen", "Pestoff"]),
    ],
)
def test_reading_order_list_with_an_unlisted_first_given_name(
    text: str, families: list[str]
) -> None:
    assert [n.family for n in parse_names(text)] == families


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("Van Ryzin, G. Gregg", "Van Ryzin", "G. Gregg"),
        ("García Márquez, G. José", "García Márquez", "G. José"),
        ("Garcia Marquez, G. Jose", "Garcia Marquez", "G. Jose"),
    ],
)
def test_one_inverted_name_stays_one(text: str, family: str, given: str) -> None:
    names = parse_names(text)
    assert [(n.family, n.given) for n in names] == [(family, given)]
