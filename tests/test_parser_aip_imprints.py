"""AIP's and the Journal of Materials Research's bracketed imprint after a report's or a
book's title: "(SCIE, London, 2012)", publisher, place and year in one bracket."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        (
            "21. S. Carr: Personalisation: A Rough Guide (SCIE, London, 2012).",
            "Personalisation: A Rough Guide",
            "SCIE",
            "London",
        ),
        (
            "23. J. S. Dhanda and J. Wells: The Values Based Standard of Macmillan Cancer "
            "Support: A Quality Framework for Improving Both Patient and Staff Experience "
            "Through Co-Production (Governance International, Birmingham, 2013).",
            "The Values Based Standard of Macmillan Cancer Support: A Quality Framework for "
            "Improving Both Patient and Staff Experience Through Co-Production",
            "Governance International",
            "Birmingham",
        ),
        (
            "62. A. Rabrenovic: Cleaning-up Serbia: Designing and Delivering a Public Campaign "
            "with over 200,000 Volunteers (Governance International, Birmingham, 2011).",
            "Cleaning-up Serbia: Designing and Delivering a Public Campaign with over 200,000 "
            "Volunteers",
            "Governance International",
            "Birmingham",
        ),
    ],
)
def test_publisher_place_and_year_in_one_bracket_after_the_title(
    text: str, title: str, publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.publisher, work.place) == (title, publisher, place)


def test_the_bracketed_imprint_after_a_books_editors() -> None:
    work = parse_reference(
        "9. T. Bovaird and E. Loeffler: in Critical Reflections on Interactive Governance: "
        "Self-Organization and Participation in Public Governance, edited by J. Edelenbos "
        "and I. van Meerkerk (Edward Elgar, Cheltenham, 2016), pp. 254–277."
    )
    assert (work.publisher, work.place, work.year) == ("Edward Elgar", "Cheltenham", 2016)
    assert [name.family for name in work.editors] == ["Edelenbos", "Meerkerk"]


def test_a_bracketed_place_before_the_year_stays_the_place() -> None:
    work = parse_reference(
        "Carr, S. Personalisation: A Rough Guide (London, UK, 2012). SCIE Report 20."
    )
    assert "London" in work.place
