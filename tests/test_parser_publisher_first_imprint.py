"""Wiley's and some humanities styles' imprint, publisher first ("ECPR Press:
Colchester"), and an issue given as a season after its word ("No. Summer, 2015")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.imprint import colon_imprint
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("ECPR Press: Colchester.", "Colchester.", "ECPR Press"),
        ("Liturgical Press: Collegeville", "Collegeville", "Liturgical Press"),
        ("Cambridge University Press: Cambridge", "Cambridge", "Cambridge University Press"),
        ("Sage Publications: Thousand Oaks, CA", "Thousand Oaks, CA", "Sage Publications"),
        # place first, as most styles print it, stays as it is
        ("London: Policy Press", "London", "Policy Press"),
        ("Oxford: Oxford University Press", "Oxford", "Oxford University Press"),
        ("Thousand Oaks: Sage", "Thousand Oaks", "Sage"),
    ],
)
def test_a_place_shaped_part_after_a_publishers_name_is_the_place(
    text: str, place: str, publisher: str
) -> None:
    assert colon_imprint(text) == (place, publisher)


def test_a_publisher_first_imprint_in_a_chapter() -> None:
    work = parse_reference(
        "Ostrom E. 1998. A behavioural approach to the rational choice theory of collective "
        "action. In: Sabetti F and Aligica PD (eds) Choice, rules and collective action: The "
        "Ostroms on the study of institutions and governance. ECPR Press: Colchester."
    )
    assert (work.publisher, work.place) == ("ECPR Press", "Colchester")


@pytest.mark.parametrize("season", ["Summer", "Winter", "Spring"])
def test_a_season_after_the_issue_word_is_the_issue(season: str) -> None:
    work = parse_reference(
        f"Cahn, E. S., and C. Gray, ‘The Time Bank Solution’, Stanford Social Innovation "
        f"Review, No. {season}, 2015, pp. 41–45."
    )
    assert (work.issue, work.year, work.pages) == (season, 2015, "41–45")


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "Artuso D and Montini A (2016) CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live. Governance International Case Study. "
            "Governance International: Birmingham. (accessed 2 April 2019).",
            "Governance International",
            "Birmingham",
        ),
        (
            "Loeffler E and Schulze-Böing M (2020) Co-producing better futures in employment "
            "services: The Co-Production Labs of Offenbach Employment Agency. Governance "
            "International Case Study. Governance International: Birmingham.",
            "Governance International",
            "Birmingham",
        ),
    ],
)
def test_a_publisher_first_imprint_ending_the_title(text: str, publisher: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)
    assert "Birmingham" not in work.title


def test_a_place_first_imprint_ending_the_title_keeps_its_order() -> None:
    work = parse_reference(
        "Scottish Government (2018) Scotland's Digital Health and Care Strategy. Edinburgh: "
        "Scottish Government."
    )
    assert (work.publisher, work.place) == ("Scottish Government", "Edinburgh")
