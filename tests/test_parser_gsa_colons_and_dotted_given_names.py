"""The Geological Society of America's colon between the title and the journal, after a
title with a colon of its own or before an issue's "no. Summer"; and given names printed
whole with the full stop meant for initials ("Nabatchi Tina., Sancino Alessandro.")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.names import parse_names
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


def test_subtitle_before_the_journal_colon_ends_the_title() -> None:
    work = parse_reference(
        "Whitaker, G.P., Parks, R.B., Kiser, L., and Ostrom, V., 1980a, Coproduction and the "
        "police: Some economic and institutional considerations: Urban Affairs Quarterly, v. "
        "15, no. 3, p. 240–246."
    )
    assert work.title == (
        "Coproduction and the police: Some economic and institutional considerations"
    )
    assert work.container_title == "Urban Affairs Quarterly"
    assert (work.volume, work.issue) == ("15", "3")


def test_journal_named_before_its_own_colon_keeps_its_name() -> None:
    work = parse_reference(
        "Pestoff, V., 2012, Co-production and third sector social services: Challenges and "
        "opportunities: VOLUNTAS: International Journal of Voluntary and Nonprofit "
        "Organizations, v. 23, no. 4, p. 1102–1118."
    )
    assert work.container_title.startswith("VOLUNTAS: International Journal")
    assert work.title.endswith("Challenges and opportunities")


def test_season_issue_after_the_journal_and_a_title_colon() -> None:
    work = parse_reference(
        "Gray, C., 2016, Time banks in practice: Stanford Social Innovation Review, no. "
        "Spring, p. 12–19."
    )
    assert work.title == "Time banks in practice"
    assert work.container_title == "Stanford Social Innovation Review"
    assert (work.issue, work.pages) == ("Spring", "12–19")


@pytest.mark.parametrize(
    ("text", "families", "given"),
    [
        ("Nabatchi Tina., Sancino Alessandro., Sicilia Mariafrancesca.",
         ["Nabatchi", "Sancino", "Sicilia"], ["Tina", "Alessandro", "Mariafrancesca"]),
        ("Jo Suyeon., Nabatchi Tina.", ["Jo", "Nabatchi"], ["Suyeon", "Tina"]),
    ],
)  # fmt: skip
def test_given_names_with_a_full_stop(text: str, families: list[str], given: list[str]) -> None:
    names = parse_names(text)
    assert [n.family for n in names] == families
    assert [n.given for n in names] == given


def test_initials_keep_their_full_stops() -> None:
    names = parse_names("Smith J.A., Jones B.")
    assert [(n.family, n.given) for n in names] == [("Smith", "J. A."), ("Jones", "B.")]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("J. Lasker, E. Collom, T. Bealer, J. Young Keefe, Z. Kratzer", "Young Keefe"),
        ("A. López Pérez, M. García, J. Ruiz, P. Soto", "López Pérez"),
    ],
)
def test_double_family_name_among_initialled_names(text: str, family: str) -> None:
    assert family in [n.family for n in parse_names(text)]


@pytest.mark.parametrize("text", ["J. Paul Sampley", "J. Paul Sampley and T. Smith"])
def test_middle_name_kept_in_a_short_list(text: str) -> None:
    assert parse_names(text)[0].given == "J. Paul"


def test_web_page_year_after_a_title_ending_in_its_own_year() -> None:
    segments = [
        Segment("author", "Locality.", 0.9),
        Segment("title", "Community asset transfer report 2017 2017.", 0.8),
        Segment("url", "https://example.org/report", 0.9),
    ]
    got = [(s.label, s.text) for s in repair_segments(segments)]
    assert got[1:3] == [("title", "Community asset transfer report 2017"), ("date", "2017")]
