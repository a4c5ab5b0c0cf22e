"""German styles' marks: the editors opened by "hrsg. von" with the place run on after
them ("hrsg. von T. Bovaird und E. Loeffler, Abingdon and New York 2016,"), and an
edition raised before the year after the place ("Chichester ²1984", or "Chichester
21984" once the raised figure is flattened)."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference


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
