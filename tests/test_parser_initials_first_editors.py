"""People named initials first with no commas between them ("T Bovaird M Willis and I
Briggs"), and a book's editors named so after it, cut from the book at the wrong word
("…, J. Edelenbos and I." + "van Meerkerk (eds.),")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "T Bovaird M Willis and I Briggs",
            [("Bovaird", "T."), ("Willis", "M."), ("Briggs", "I.")],
        ),
        (
            "H Garn M Flax M Springer and J Taylor",
            [("Garn", "H."), ("Flax", "M."), ("Springer", "M."), ("Taylor", "J.")],
        ),
        (
            "TR Kassen D Cepiku and TJ Lah",
            [("Kassen", "T. R."), ("Cepiku", "D."), ("Lah", "T. J.")],
        ),
        # two people need no break, and other lists keep their reading
        ("ES Cahn and C Gray", [("Cahn", "E. S."), ("Gray", "C.")]),
        (
            "Bovaird T, Willis M and Briggs I",
            [("Bovaird", "T."), ("Willis", "M."), ("Briggs", "I.")],
        ),
    ],
)
def test_people_named_initials_first_without_commas(
    text: str, people: list[tuple[str, str]]
) -> None:
    names = parse_name_list(text).names
    assert [(name.family, name.given) for name in names] == people


def test_a_body_with_capitals_is_not_split_into_people() -> None:
    names = parse_name_list("UK Cabinet Office and HM Treasury").names
    assert all(name.family != "Cabinet" for name in names)


@pytest.mark.parametrize(
    ("text", "book", "editors", "publisher"),
    [
        (
            "Bovaird, T., and Loeffler, E., (2016c). What has co-production ever done for "
            "interactive governance? In: Critical Reflections on Interactive Governance: "
            "Self-Organization and Participation in Public Governance, J. Edelenbos and I. van "
            "Meerkerk (eds.), Edward Elgar, Cheltenham, pp. 254–277.",
            "Critical Reflections on Interactive Governance: Self-Organization and "
            "Participation in Public Governance",
            ["Edelenbos", "Meerkerk"],
            "Edward Elgar",
        ),
        (
            "T Bovaird and B Quirk, ‘Resilience in Public Administration: Moving from Risk "
            "Avoidance to Assuring Public Policy Outcomes’, pp. 258–70 in The Routledge "
            "handbook of global public policy and administration, TR Kassen D Cepiku and TJ "
            "Lah (eds.), Routledge, London, 2017.",
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
            "Routledge",
        ),
    ],
)
def test_editors_named_after_the_book_and_cut_from_it(
    text: str, book: str, editors: list[str], publisher: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [name.family for name in work.editors] == editors
    assert work.publisher == publisher


def test_editors_after_the_book_and_eds_before_their_initials() -> None:
    work = parse_reference(
        "9) T. Bovaird and E. Loeffler, in Critical reflections on interactive governance: "
        "Self-organization and participation in public governance, eds. J. Edelenbos and I. "
        "van Meerkerk (Edward Elgar, Cheltenham, 2016) pp. 254."
    )
    assert [name.family for name in work.editors] == ["Edelenbos", "Meerkerk"]
    assert work.container_title == (
        "Critical reflections on interactive governance: Self-organization and participation "
        "in public governance"
    )


def test_an_edition_after_the_book_is_no_editors_mark() -> None:
    work = parse_reference(
        "Lipsky, M. (2010). Street-level bureaucracy: Dilemmas of the individual in public "
        "services, ed. 2. New York: Russell Sage Foundation."
    )
    assert not work.editors


def test_the_basque_editors_mark() -> None:
    work = parse_reference(
        "Bovaird, T. & Loeffler, E., . 2005. «Communities, trust and organisational responses "
        "to local governance failure» in Watson, S. & Moran, A. (arg.). Trust, risk and "
        "uncertainty, 143–162. Houndmills, Basingstoke: Palgrave Macmillan."
    )
    assert [name.family for name in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"


def test_vancouver_editors_joined_by_and_after_the_book() -> None:
    work = parse_reference(
        "Bovaird T, Loeffler E. 2005. Communities, trust and organisational responses to local "
        "governance failure. In Trust, risk and uncertainty, Watson S and Moran A (eds). "
        "Palgrave Macmillan: Houndmills, Basingstoke; 143–162."
    )
    assert [name.family for name in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"


def test_czech_editors_read_as_a_book_before_their_mark() -> None:
    work = parse_reference(
        "BOVAIRD, T. a E. LOEFFLER. What has co-production ever done for interactive "
        "governance? In: J. EDELENBOS a I. VAN MEERKERK, ed. Critical reflections on "
        "interactive governance: Self-organization and participation in public governance. "
        "Cheltenham: Edward Elgar, 2016, s. 254–277."
    )
    assert [name.family for name in work.editors] == ["Edelenbos", "Meerkerk"]
    assert work.container_title.startswith("Critical reflections on interactive governance")


def test_a_body_before_an_editors_mark_stays_the_book() -> None:
    work = parse_reference(
        "Smith, J. Title of the chapter. In: Handbook of Public Administration, ed. Public "
        "Management Review. London: Routledge, 2016, s. 1–20."
    )
    assert "Handbook" in work.container_title
