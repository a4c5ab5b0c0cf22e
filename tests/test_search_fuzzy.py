"""The bounded edit distance behind typo-tolerant search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.query.fuzzy import allowed_typos, within_typos


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("coprodution", "coproduction", 1, True),  # a letter left out
        ("lofler", "loffler", 1, True),
        ("particpation", "participation", 1, True),
        ("ostorm", "ostrom", 1, True),  # two neighbours swapped
        ("ostrum", "ostrom", 1, True),  # one letter changed
        ("ostrum", "astrum", 0, False),
        ("production", "protection", 1, False),
        ("production", "protection", 2, True),
        ("", "ab", 1, False),
    ],
)
def test_within_typos(a: str, b: str, limit: int, expected: bool) -> None:
    assert within_typos(a, b, limit) is expected


def test_allowed_typos_grow_with_the_word() -> None:
    assert [allowed_typos(w) for w in ("user", "users", "coproduce", "coproduction")] == [
        0,
        1,
        2,
        2,
    ]


@given(st.text(alphabet="abcd", max_size=8), st.text(alphabet="abcd", max_size=8))
def test_within_typos_is_symmetric_and_exact_at_zero(a: str, b: str) -> None:
    assert within_typos(a, b, 0) is (a == b)
    for limit in (1, 2):
        assert within_typos(a, b, limit) is within_typos(b, a, limit)
