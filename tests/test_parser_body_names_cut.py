"""A body's name the labeller cut or left in the title: "Social Care" + "Institute for
Excellence. Co-production …" (cut in the middle), and a body or an author named by one
word before the title's full stop ("Spice. Spending time credits", "Plautus. Rudens")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Social Care Institute for Excellence. Co-production in Social Care: What It Is "
            "and How to Do It. SCIE. 2013. https://www.scie.org.uk/guide51",
            "Social Care Institute for Excellence",
            "Co-production in Social Care: What It Is and How to Do It",
        ),
        (
            "European CAF Resource Centre. Improving public organisations through "
            "self-assessment. 2013.",
            "European CAF Resource Centre",
            "Improving public organisations through self-assessment",
        ),
    ],
)
def test_body_cut_in_the_middle_goes_on_from_the_title(text: str, author: str, title: str) -> None:
    work = parse_reference(text)
    assert [a.literal or a.family for a in work.authors] == [author]
    assert work.title == title


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "66. Nesta. Spending time credits in public services. 2018.",
            "Nesta",
            "Spending time credits in public services",
        ),
        (
            "Terence. Andria – Heauton Timorumenos. Translated by John Barsby. Cambridge: "
            "Harvard University Press, 2001.",
            "Terence",
            "Andria – Heauton Timorumenos",
        ),
    ],
)
def test_one_word_before_the_titles_stop_is_the_author(text: str, author: str, title: str) -> None:
    work = parse_reference(text)
    assert [a.literal or a.family for a in work.authors] == [author]
    assert work.title == title


def test_a_word_titles_open_with_is_no_author() -> None:
    work = parse_reference("12. Editorial. Co-production comes of age. 2019.")
    assert work.authors == []


@pytest.mark.parametrize(
    ("date", "year"), [("(2009):", "(2009):"), ("(2009, October 12)", "(2009, October 12)")]
)
def test_body_and_bracketed_date_opening_the_title(date: str, year: str) -> None:
    title = (
        f"The Royal Society of Arts {date} ‘Citizen Power Peterborough: Final Report’, RSA Reports."
    )
    segments = [Segment("title", title, 0.9), Segment("url", "https://www.thersa.org/r", 0.9)]
    got = [(s.label, s.text) for s in repair_segments(segments)]
    assert got[:3] == [
        ("author", "The Royal Society of Arts"),
        ("date", year),
        ("title", "‘Citizen Power Peterborough: Final Report’,"),
    ]
