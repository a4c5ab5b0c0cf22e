"""Pages set in two columns side by side (`pdftotext -layout`) read column by column."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.finder import find_reference_entries
from coprod_refs.parse.mentions import find_mentions
from coprod_refs.text.columns import column_stretches, reading_order
from coprod_refs.text.normalize import normalize

WIDTH = 42
GUTTER = 6
BODY = (
    "Co-production has drawn a growing literature over four decades (Ostrom, 1996). "
    "Public managers matter (Alford, 2009), and so do citizens and their groups, as "
    "Brudney and England (1983) argued long ago. This paper reviews what is known and "
    "what is not, and proposes an agenda for research on local public services."
)
REFERENCES = [
    "Alford, J. (2009). Engaging public sector clients: From service-delivery to "
    "co-production. Palgrave Macmillan.",
    "Brudney, J. L., & England, R. E. (1983). Toward a definition of the coproduction "
    "concept. Public Administration Review, 43(1), 59–65.",
    "Ostrom, E. (1996). Crossing the great divide: Coproduction, synergy, and development. "
    "World Development, 24(6), 1073–1087.",
    "Pestoff, V. (2006). Citizens and co-production of welfare services. Public "
    "Management Review, 8(4), 503–519.",
]


def _hanging(entry: str) -> list[str]:
    first, *rest = textwrap.wrap(entry, WIDTH - 3)
    return [first, *("   " + line for line in rest)]


def _side_by_side(left: list[str], right: list[str]) -> str:
    rows = max(len(left), len(right))
    left = left + [""] * (rows - len(left))
    right = right + [""] * (rows - len(right))
    gutter = " " * GUTTER
    return "\n".join(
        (a.ljust(WIDTH) + gutter + b).rstrip() for a, b in zip(left, right, strict=True)
    )


def _page() -> str:
    """A title across the page, then the body and the first references on the left and
    the rest of the list on the right."""
    left = [*textwrap.wrap(BODY, WIDTH), "", "References", ""]
    left += [line for entry in REFERENCES[:2] for line in _hanging(entry)]
    right = [line for entry in REFERENCES[2:] for line in _hanging(entry)]
    title = "Co-production revisited: a review of four decades of research on services"
    return title + "\n\n" + _side_by_side(left, right) + "\n"


def test_a_two_column_page_is_read_column_by_column() -> None:
    text = normalize(_page(), unwrap=False).text
    assert text.startswith("Co-production revisited: a review")
    order = [text.index(s) for s in ("Co-production has", "References", "Alford, J.", "Ostrom, E.")]
    assert order == sorted(order)
    assert "Brudney, J. L., & England, R. E.\n   (1983)" in text


def test_the_finder_reads_every_entry_of_a_two_column_list() -> None:
    entries = [e.text for e in find_reference_entries(_page())]
    assert entries == REFERENCES


def test_a_citation_in_a_column_quotes_its_words_and_covers_its_place_in_the_file() -> None:
    page = _page()
    mentions = find_mentions(page)
    assert [m.surface for m in mentions] == [
        "Ostrom, 1996",
        "Alford, 2009",
        "Brudney and England (1983)",
    ]
    for mention in mentions:
        printed = page[mention.start : mention.end]
        assert printed.startswith(mention.surface.split()[0])
        assert printed.endswith(mention.surface[-4:]) or printed.endswith(")")


def test_each_page_is_read_on_its_own() -> None:
    left_one = textwrap.wrap("Left one. " * 30, WIDTH)
    right_one = textwrap.wrap("Right one. " * 30, WIDTH)
    left_two = textwrap.wrap("Left two. " * 30, WIDTH)
    right_two = textwrap.wrap("Right two. " * 30, WIDTH)
    pages = _side_by_side(left_one, right_one) + "\f" + _side_by_side(left_two, right_two)
    text = normalize(pages, unwrap=False).text
    marks = [text.index(s) for s in ("Left one", "Right one", "Left two", "Right two")]
    assert marks == sorted(marks)
    assert text.rindex("Left one") < text.index("Right one")


@pytest.mark.parametrize(
    "text",
    [
        # a table of contents: short cells on the right
        "\n".join(f"Chapter {n}: a long title of the chapter here     {n * 10}" for n in range(12)),
        # a table of two narrow columns
        "\n".join(f"Ostrom        {1990 + n}" for n in range(12)),
        # prose with a few wide gaps in no one place
        "\n".join(f"{'word ' * n}   gap {'more ' * (12 - n)}" for n in range(12)),
        # too few lines on both sides
        _side_by_side(textwrap.wrap(BODY, WIDTH)[:4], textwrap.wrap(BODY, WIDTH)[:4]),
    ],
)
def test_tables_and_single_columns_keep_their_order(text: str) -> None:
    assert reading_order(text) is None
    assert normalize(text, unwrap=False).text == text


def test_a_line_crossing_the_gutter_ends_the_stretch() -> None:
    left = textwrap.wrap(BODY, WIDTH)
    right = textwrap.wrap(BODY.upper(), WIDTH)
    across = "A line set across the whole page, over the gutter and both columns, ends it."
    lines = [*_side_by_side(left, right).split("\n"), "", across]
    stretches = column_stretches(lines)
    assert [(s.first, s.last) for s in stretches] == [(0, len(lines) - 1)]
    assert {split for split, line in zip(stretches[0].splits, lines, strict=False) if line} == {
        WIDTH + GUTTER
    }


def test_a_line_pdftotext_squeezed_against_the_right_column_is_split_there() -> None:
    left = [line for entry in REFERENCES for line in _hanging(entry)]
    right = [line for entry in REFERENCES[::-1] for line in _hanging(entry)]
    lines = _side_by_side(left, right).split("\n")
    # pdftotext keeps one space between a full left line and the right column's words,
    # which it then prints further left than the column's edge.
    lines[4] = lines[4][:WIDTH].rstrip() + " Pickett, S. T. A. (1994). Avoiding pitfalls."
    lines[8] = "   divide: Coproduction, synergy, and devel- The Simile of the Painter."
    text = normalize("\n".join(lines), unwrap=False).text
    assert "Pickett, S. T. A. (1994). Avoiding pitfalls.\n" in text
    assert "\nThe Simile of the Painter.\n" in text
    assert text.index("Pestoff, V. (2006)") < text.index("Pickett")


_PIECES = st.sampled_from(
    ["word", "Ostrom (1996)", " ", "   ", "      ", "\n", "\f", "x" * 50, "(", ")", "é", "ﬁ"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=80).map("".join))
def test_any_text_normalizes_with_spans_inside_the_original(text: str) -> None:
    norm = normalize(text)
    for start in range(0, len(norm.text), 7):
        first, last = norm.original_span(start, min(len(norm.text), start + 5))
        assert 0 <= first <= last <= len(text)


_LINE_WORDS = st.lists(
    st.sampled_from(["co-production", "Ostrom,", "(1996).", "of", "Public"]), min_size=2, max_size=6
).map(" ".join)
_ROWS = st.lists(st.tuples(_LINE_WORDS, _LINE_WORDS, st.integers(0, 4)), max_size=30)


@st.composite
def _two_column_pages(draw: st.DrawFn) -> str:
    """Pages of two columns of words, a fifth of the lines squeezed to one space."""
    width, gutter = draw(st.integers(20, 50)), draw(st.integers(3, 8))
    return "\n".join(
        f"{left[:width]} {right}" if squeeze == 0 else left[:width].ljust(width + gutter) + right
        for left, right, squeeze in draw(_ROWS)
    )


@settings(max_examples=100, deadline=None)
@given(st.lists(_two_column_pages(), min_size=1, max_size=2).map("\f".join))
def test_reading_columns_loses_and_repeats_no_character(text: str) -> None:
    read = normalize(text, unwrap=False).text
    assert sorted(read.replace(" ", "").replace("\n", "")) == sorted(
        text.replace(" ", "").replace("\n", "").replace("\f", "")
    )


@pytest.mark.usefixtures("hang_guard")
def test_long_runs_of_spaces_finish() -> None:
    line = "a" + " " * 5_000 + "b"
    assert reading_order("\n".join([line] * 400)) is None
    normalize("\n".join([line] * 400))
