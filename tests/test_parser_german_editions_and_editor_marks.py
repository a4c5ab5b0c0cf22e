"""German styles' marks: the editors opened by "hrsg. von" with the place run on after
them ("hrsg. von T. Bovaird und E. Loeffler, Abingdon and New York 2016,"), and an
edition raised before the year after the place ("Chichester ²1984", or "Chichester
21984" once the raised figure is flattened)."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


def test_place_after_editors_opened_by_hrsg_von() -> None:
    work = parse_reference(
        "S. Strokosch, „Co-production in public services“, in: Public service reform, hrsg. "
        "von J. Alford und S. Yates, Oxford and New York 2016, S. 54–71."
    )
    assert [e.family for e in work.editors] == ["Alford", "Yates"]
    assert work.place == "Oxford and New York"


@pytest.mark.parametrize("printed", ["²1984", "21984"])
def test_edition_raised_before_the_year_after_the_place(printed: str) -> None:
    work = parse_reference(
        f"R. Normann, Services management: Strategy and leadership, Chichester {printed}."
    )
    assert work.year == 1984
    assert work.place == "Chichester"


@pytest.mark.parametrize("text", ["Population total 21984.", "Smith, Report 21984 pages"])
def test_a_five_figure_number_after_another_word_stays(text: str) -> None:
    assert with_marks_spaced(text) == text


@pytest.mark.parametrize(
    ("label", "text", "kept"),
    [
        (
            "title",
            "Participatory budgeting at a crossroads Online:",
            "Participatory budgeting at a crossroads",
        ),
        ("publisher", "Civic Press) Online:", "Civic Press)"),
    ],
)
def test_online_with_its_colon_before_the_link_is_a_note(label: str, text: str, kept: str) -> None:
    segments = [
        Segment("author", "Fox M", 0.9),
        Segment("date", "2008", 0.9),
        Segment(label, text, 0.9),
        Segment("url", "https://www.cetri.be/participatory", 0.9),
    ]
    got = [(s.label, s.text) for s in repair_segments(segments)]
    assert got[2:4] == [(label, kept), ("note", "Online:")]


def test_a_titles_last_word_before_the_link_stays() -> None:
    segments = [
        Segment("author", "Jones A", 0.9),
        Segment("date", "2019", 0.9),
        Segment("title", "Governing the Internet", 0.9),
        Segment("url", "https://example.org/gov", 0.9),
    ]
    assert repair_segments(segments) == segments
