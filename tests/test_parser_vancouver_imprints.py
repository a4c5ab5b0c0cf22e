"""Vancouver variants that print the place before the publisher with a comma ("[Internet].
Birmingham, Governance International, 2016."), after the medium or after the editors."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    "text",
    [
        "7. Artuso D, Montini A. CI.VI.VO. in Rimini: How volunteers make their neighbourhood "
        "a better place to live [Internet]. Birmingham, Governance International, 2016.",
        "40. Dhanda JS, Wells J. The Values Based Standard of Macmillan Cancer Support: A "
        "quality framework for improving both patient and staff experience through "
        "co-production [Internet]. Birmingham, Governance International, 2013.",
    ],
)
def test_place_and_publisher_after_the_medium(text: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher) == ("Birmingham", "Governance International")
    assert not work.title.endswith("Birmingham")
    assert not work.container_title


def test_place_and_publisher_after_a_books_vancouver_editors() -> None:
    work = parse_reference(
        "18. Bovaird T, Loeffler E. What has co-production ever done for interactive "
        "governance? In:Critical reflections on interactive governance: Self-organization "
        "and participation in public governance, pp. 254–77, edited by Edelenbos J, van "
        "Meerkerk I. Cheltenham, Edward Elgar, 2016."
    )
    assert (work.place, work.publisher, work.year) == ("Cheltenham", "Edward Elgar", 2016)
    assert [name.family for name in work.editors] == ["Edelenbos", "Meerkerk"]


def test_an_unlisted_place_before_the_publisher_at_the_end() -> None:
    work = parse_reference(
        "Crowe P. 1996. La musique au Vanuatu. Paris, Réunion des musées nationaux."
    )
    assert (work.place, work.publisher) == ("Paris", "Réunion des musées nationaux")
