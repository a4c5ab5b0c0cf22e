"""JAWRA's chapter: the editors before the book with no "In" ("S. Watson and A. Moran
(Editors). Trust, Risk and Uncertainty. Palgrave Macmillan, …"), and names with four
dotted initials ("Bekkers V.J.J.M.")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("names", "book"),
    [
        ("S. Watson and A. Moran (Editors).", "Trust, Risk and Uncertainty"),
        (
            "E. Loeffler and T. Bovaird (Editors).",
            "The Palgrave Handbook of Co-Production of Public Services and Outcomes",
        ),
    ],
)
def test_the_book_between_marked_editors_and_the_publisher(names: str, book: str) -> None:
    work = parse_reference(
        "Bovaird, T. and E. Loeffler, 2005. Communities, Trust and Organisational Responses "
        f"to Local Governance Failure. {names} {book}. Palgrave Macmillan, Houndmills, "
        "Basingstoke, pp. 143–162."
    )
    assert work.container_title == book
    assert work.publisher == "Palgrave Macmillan"


def test_a_sentence_before_a_name_that_is_no_publisher_stays() -> None:
    work = parse_reference(
        "Bovaird, T. and E. Loeffler, 2005. Communities, Trust and Organisational Responses "
        "to Local Governance Failure. S. Watson and A. Moran (Editors). Trust, Risk and "
        "Uncertainty. Basingstoke, pp. 143–162."
    )
    assert work.publisher != "Basingstoke"


@pytest.mark.parametrize(
    "text",
    [
        "Voorberg W.H., Bekkers V.J.J.M., Tummers L.G.",
        "Voorberg, W.H., Bekkers, V.J.J.M., Tummers, L.G.",
    ],
)
def test_four_dotted_initials(text: str) -> None:
    names = parse_name_list(text).names
    assert [(n.family, n.given) for n in names] == [
        ("Voorberg", "W. H."),
        ("Bekkers", "V. J. J. M."),
        ("Tummers", "L. G."),
    ]


def test_an_acronym_of_four_capitals_stays_a_body() -> None:
    assert parse_name_list("NASA").names[0].literal == "NASA"


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "Bovaird, T. och Loeffler, E., 2005. Communities, trust and organisational "
            "responses to local governance failure. Trust, risk and uncertainty. S. Watson och "
            "A. Moran, red., s. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "Bovaird, T. och Loeffler, E., 2016a. Quality management in public sector "
            "organisations. Public management and governance. T. Bovaird och E. Loeffler, "
            "red., s. 162–177.",
            "Public management and governance",
            ["Bovaird", "Loeffler"],
        ),
    ],
)
def test_swedish_editors_marked_red_after_the_book(
    text: str, book: str, editors: list[str]
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [name.family for name in work.editors] == editors
    assert work.pages == text.rsplit("s. ", 1)[1].rstrip(".")


def test_a_journal_before_the_pages_stays_the_journal() -> None:
    work = parse_reference(
        "Smith, J., 2019. Co-production in Sweden. Scandinavian Political Studies, s. 143–162."
    )
    assert not work.editors
