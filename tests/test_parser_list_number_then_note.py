"""A numbered reference whose names end with a colon ("15. Bovaird T, Loeffler E: From
engagement …", as Karger's journals print them): the labeller reads it as a note from
the number on, so the words after the number are labelled again on their own."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize("number", ["15.", "[15]", "(15)", "15"])
def test_a_list_number_before_names_ending_in_a_colon(number: str) -> None:
    work = parse_reference(
        f"{number} Bovaird T, Loeffler E: From engagement to co-production: The contribution "
        "of users and communities to outcomes and public value. VOLUNTAS: International "
        "Journal of Voluntary and Nonprofit Organizations 2012;23:1119–1138."
    )
    assert [name.family for name in work.authors] == ["Bovaird", "Loeffler"]
    assert work.title.startswith("From engagement to co-production")
    assert (work.year, work.volume, work.pages) == (2012, "23", "1119–1138")


def test_a_chapter_with_a_list_number_and_names_ending_in_a_colon() -> None:
    work = parse_reference(
        "14. Bovaird T, Loeffler E: From Engagement to Co-production: How Users and "
        "Communities Contribute to Public Services; in Pestoff V, Brandsen T, Verschuere B "
        "(eds): New Public Governance, the Third Sector and Co-Production. New York, "
        "Routledge, 2012, pp 35–60."
    )
    assert [name.family for name in work.authors] == ["Bovaird", "Loeffler"]
    assert work.container_title == "New Public Governance, the Third Sector and Co-Production"
    assert work.pages == "35–60"


def test_a_numbered_note_stays_a_note() -> None:
    work = parse_reference("12. See also the discussion in chapter 4 of this volume.")
    assert not work.authors
