"""Properties of the citation finder on any text: no exception, valid spans, bounded work."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.mentions import find_mentions

_PIECES = st.sampled_from(
    [
        "(",
        ")",
        "[",
        "]",
        "Ostrom",
        "van",
        "Ryzin",
        "Löffler",
        "Hine-Hughes",
        "’s",
        "'s",
        "&",
        " and ",
        ", ",
        "; ",
        " ",
        "\n",
        "\n\n",
        "-\n",
        "1990",
        "2016a",
        ", b",
        " et al.",
        "et al",
        "p. ",
        "pp. ",
        "12",
        "–",
        "n.d.",
        "see ",
        "e.g. ",
        ".",
        ": ",
        "\u00a0",
        "\ufb01",
        "\u00ad",
        "o\u0308",
        "The",
        "However, ",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=80).map("".join))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_any_text_gives_valid_mentions(text: str):
    for m in find_mentions(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
        if m.label:
            assert m.label.isdigit() and not m.authors
            continue
        assert m.authors and all(a.strip() for a in m.authors)
        assert m.no_date or (m.year is not None and 1500 <= m.year <= 2099)
        assert "\n" not in m.context


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.integers(0, 300), st.integers(0, 300))
def test_excluded_spans_never_overlap_a_mention(text: str, a: int, b: int):
    span = (min(a, b), max(a, b))
    for m in find_mentions(text, exclude=[span]):
        assert m.end <= span[0] or m.start >= span[1]


@pytest.mark.parametrize(
    "text",
    [
        "(" * 100_000,
        ")" * 100_000,
        ";" * 100_000,
        "," * 100_000,
        "(" * 50_000 + ")" * 50_000,
        "(" + ";" * 100_000 + ")",
        "(" + "1999 " * 20_000 + ")",
        "(Ostrom, 1990; " * 10_000 + ")",
        "Aaaa " * 20_000 + "(1999)",
        "van " * 20_000 + "(1999)",
        "(Smith et al. " * 10_000,
        ". " * 50_000,
        "co-\n" * 20_000,
        "\n" * 100_000,
    ],
    ids=lambda t: repr(t[:12]),
)
@pytest.mark.usefixtures("hang_guard")
def test_pathological_input_finishes(text: str):
    mentions = find_mentions(text)
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    assert len(mentions) <= 1
