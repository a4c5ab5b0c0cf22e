"""Vancouver names with one stop after all the initials ("Nederhand MJ., Van Meerkerk
I."): a list the labeller cut after such a name goes on into what it read as the title."""

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
