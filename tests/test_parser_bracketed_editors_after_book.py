"""Editors bracketed after the book with their mark last, "(Watson S, Moran A ed.),"
(pharmaceutical journals), whether the labeller read the bracket whole or in pieces, and
Portuguese "Em" before editors in capitals ("Em WATSON, S.; MORAN, A. (Eds.) -")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        (
            "3) Alford J, Yates S. Co-production in Australia. Public service co-production. "
            "(Osborne SP, Strokosch K ed.), Routledge, London, pp.54–71 (2016).",
            ["Osborne", "Strokosch"],
        ),
        (
            "8) Ostrom E, Parks RB. Neither Gargantua nor the Land of Lilliputs. The "
            "handbook of metropolitan governance and public services. (Hawkins BW, Percy "
            "SL, Whitaker GP ed.), Sage, Beverly Hills, pp.101–125 (1987).",
            ["Hawkins", "Percy", "Whitaker"],
        ),
    ],
)
def test_bracketed_editors_with_their_mark_last(text: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert [e.family for e in work.editors] == editors
    assert work.container_title
    assert work.title and work.container_title not in work.title
    assert work.publisher in ("Routledge", "Sage")


def test_portuguese_em_before_editors_in_capitals() -> None:
    work = parse_reference(
        "SILVA, A.; COSTA, B. - Coprodução nos serviços locais. Em SANTOS, C.; "
        "PEREIRA, D. (Eds.) - Governação pública em Portugal. Lisboa : Almedina, 2018. "
        "p. 45–67."
    )
    assert [e.family for e in work.editors] == ["Santos", "Pereira"]
    assert work.container_title == "Governação pública em Portugal"


def test_em_before_a_title_word_stays() -> None:
    work = parse_reference("SILVA, A. - Em busca da coprodução. Lisboa : Almedina, 2018.")
    assert work.title == "Em busca da coprodução"
    assert work.editors == []
