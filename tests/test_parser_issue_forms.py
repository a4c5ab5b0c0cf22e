"""An issue in brackets with its word ("Vol. 107 (No. 4)", the Canadian Journal of Remote
Sensing) or in square brackets (JJAP's "43 [1]", "[Summer]")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import parse_volume
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Vol. 107 (No. 4),", ("107", "4")),
        ("Vol. 35 (Issue 2)", ("35", "2")),
        ("43 [1],", ("43", "1")),
        ("[Summer],", ("", "Summer")),
        ("107(4)", ("107", "4")),
    ],
)
def test_the_issue_in_brackets(text: str, parts: tuple[str, str]) -> None:
    assert parse_volume(text) == parts


def test_the_issue_word_inside_the_bracket_in_a_reference() -> None:
    work = parse_reference(
        "Arnstein, S. 1969. “The ladder of citizen participation.” Journal of the American "
        "Institute of Planners, Vol. 35 (No. 4), pp. 216–224."
    )
    assert (work.volume, work.issue, work.pages) == ("35", "4", "216–224")
