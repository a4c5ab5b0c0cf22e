"""Vancouver names cut by the labeller: a list with one stop after all the initials
("Nederhand MJ., Van Meerkerk I.") goes on into what it read as the title, and so does
one cut before its last name and the year ("OSTROM E &" + "WHITAKER GP 1973. Does …")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "12. Fledderus JC., Van Eijk C. Trust and co-production in community services. "
            "Public Management Review 2015;17(7):1010–1032.",
            ["Fledderus", "Van Eijk"],
            "Trust and co-production in community services",
        ),
        (
            "3. Tummers LG., Bekkers VJ., Voorberg W. Co-creation in social innovation. "
            "Public Administration 2015;93(4):811–829.",
            ["Tummers", "Bekkers", "Voorberg"],
            "Co-creation in social innovation",
        ),
    ],
)
def test_names_with_one_stop_after_the_initials(text: str, families: list[str], title: str) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == families
    assert work.title == title


def test_names_and_year_cut_before_the_last_name() -> None:
    work = parse_reference(
        "OSTROM E & WHITAKER GP 1973. Does local community control of police make a "
        "difference? American Journal of Political Science 17(1):48–76."
    )
    assert [n.family for n in work.authors] == ["Ostrom", "Whitaker"]
    assert work.year == 1973
    assert work.title.startswith("Does local community control")
