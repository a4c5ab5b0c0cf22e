"""A chapter's book run on into what follows it: its editors after their mark ("In Trust,
risk and uncertainty, ed S Watson, A Moran, pp. 143–62.", Annual Reviews and styles like
it), and the imprint's places after a book in title case with no full stop ("… Public
Management and Governance Abingdon and New York: Routledge.")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference

_CHAPTER = (
    "Bovaird T, Loeffler E. 2005. Communities, trust and organisational responses to local "
    "governance failure. "
)


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "12. " + _CHAPTER + "In Trust, risk and uncertainty, ed S Watson, A Moran, pp. "
            "143–62. Houndmills, Basingstoke: Palgrave Macmillan",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            _CHAPTER + "In Trust, Risk and Uncertainty, ed. S Watson, A Moran, pp. 143–62. "
            "Houndmills, Basingstoke: Palgrave Macmillan",
            "Trust, Risk and Uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "91. Osborne SP. 2010. Introduction: The (New) Public Governance: A Suitable Case "
            "for Treatment? In The New Public Governance? Emerging Perspectives on the Theory "
            "and Practice of Public Governance, ed SP Osborne, pp. 1–16. London: Routledge",
            "The New Public Governance? Emerging Perspectives on the Theory and Practice of "
            "Public Governance",
            ["Osborne"],
        ),
    ],
)
def test_editors_after_their_mark_end_the_book(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors
    assert work.pages in ("143–162", "1–16")
    assert work.publisher in ("Palgrave Macmillan", "Routledge")


def test_places_ending_a_book_in_title_case_open_a_placeless_imprint() -> None:
    work = parse_reference(
        "Bovaird, T., and E. Loeffler. 2016a. “Quality Management in Public Sector "
        "Organisations.” In T. Bovaird and E. Loeffler, eds. Public Management and "
        "Governance Abingdon and New York: Routledge."
    )
    assert work.container_title == "Public Management and Governance"
    assert work.place == "Abingdon and New York"
    assert work.publisher == "Routledge"


def test_a_place_is_not_cut_in_two() -> None:
    work = parse_reference(
        "Young, Brian. “Bourgeois Visions of Urban Space in Nineteenth-Century Quebec” in "
        "Jaap Lintvelt and François Paré, Shifting Boundaries: Place and Space in the "
        "Francophone Cultures of Canada Amersterdam and New York: Rodopi, 2001."
    )
    assert work.place != "York"
    assert not (work.container_title or "").endswith(" New")


@pytest.mark.parametrize(
    ("text", "title", "book"),
    [
        (
            "6. Bovaird T, Loeffler E: Communities, trust and organisational responses to local "
            "governance failure, Trust, risk and uncertainty. Edited by Watson S, Moran A. "
            "Houndmills, Basingstoke, Palgrave Macmillan, 2005, pp 143–62",
            "Communities, trust and organisational responses to local governance failure",
            "Trust, risk and uncertainty",
        ),
        (
            "9. Bovaird T, Loeffler E: What has co-production ever done for interactive "
            "governance?, Critical reflections on interactive governance: Self-organization and "
            "participation in public governance. Edited by Edelenbos J, van Meerkerk I. "
            "Cheltenham, Edward Elgar, 2016, pp 254–77",
            "What has co-production ever done for interactive governance?",
            "Critical reflections on interactive governance: Self-organization and participation "
            "in public governance",
        ),
    ],
)
def test_a_book_after_the_chapters_comma_before_edited_by(text: str, title: str, book: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, book)


def test_an_edited_books_title_with_a_comma_stays_whole() -> None:
    work = parse_reference(
        "Bacon, Francis. The Essayes or Counsels, Civill and Morall. Edited by Michael Kiernan. "
        "Oxford: Clarendon Press, 1985."
    )
    assert work.title == "The Essayes or Counsels, Civill and Morall"
    assert not work.container_title


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "39. Lipsky, M. (1980). Street-level bureaucracy: Dilemmas of the individual in "
            "public services (Russell Sage Foundation).",
            "Russell Sage Foundation",
        ),
        (
            "24. Dickinson, H., and Sullivan, H. (2014). Imagining the 21st century public "
            "service workforce (University of Melbourne).",
            "University of Melbourne",
        ),
    ],
)
def test_a_publisher_alone_in_brackets_after_the_title(text: str, publisher: str) -> None:
    work = parse_reference(text)
    assert work.publisher == publisher
    assert not work.title.endswith(")")


def test_a_bracketed_note_that_names_no_publisher_stays_a_note() -> None:
    work = parse_reference(
        "Lipsky, M. (1980). Street-level bureaucracy: Dilemmas of the individual in public "
        "services (Original work published 1971)."
    )
    assert work.publisher != "Original work published 1971"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Bovaird, T., and E. Loeffler. “Quality Management in Public Sector Organisations.” "
            "Public Management and Governance, edited by T. Bovaird and E. Loeffler, Routledge, "
            "2016, pp. 162–77.",
            "Routledge",
        ),
        (
            "Bovaird, T., and E. Loeffler. “What Has Co-Production Ever Done for Interactive "
            "Governance?” Critical Reflections on Interactive Governance: Self-Organization and "
            "Participation in Public Governance, edited by J. Edelenbos and I. van Meerkerk, "
            "Edward Elgar, 2016, pp. 254–77.",
            "Edward Elgar",
        ),
    ],
)
def test_mla_publisher_after_the_editors(text: str, publisher: str) -> None:
    work = parse_reference(text)
    assert work.publisher == publisher
    assert not work.place
    assert len(work.editors) == 2


def test_a_place_after_the_editors_stays_the_place() -> None:
    work = parse_reference(
        "Bovaird, T., and E. Loeffler. “Quality Management.” Public Management and Governance, "
        "edited by T. Bovaird and E. Loeffler, London, 2016, pp. 162–77."
    )
    assert work.publisher != "London"
