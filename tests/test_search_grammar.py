"""The query language: what parses to what, where malformed queries are reported, and that
no string whatever escapes as anything but a parse tree or a positioned QueryError."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import QueryError
from coprod_refs.query.grammar import And, Exact, Link, Not, Or, Text, Year, leaves, parse


def test_words_side_by_side_mean_and() -> None:
    tree = parse("ostrom great divide")
    assert isinstance(tree, And)
    assert [p.text for p in tree.parts if isinstance(p, Text)] == ["ostrom", "great", "divide"]


def test_or_binds_looser_than_and() -> None:
    tree = parse("a b OR c")
    assert isinstance(tree, Or)
    assert isinstance(tree.parts[0], And)
    assert isinstance(tree.parts[1], Text)


def test_explicit_and_and_parentheses() -> None:
    tree = parse("a AND (b OR c)")
    assert isinstance(tree, And)
    assert isinstance(tree.parts[1], Or)


@pytest.mark.parametrize("query", ["NOT coproduction", "-coproduction"])
def test_negation(query: str) -> None:
    tree = parse(query)
    assert isinstance(tree, Not)
    assert isinstance(tree.part, Text) and tree.part.text == "coproduction"


def test_double_negation_cancels() -> None:
    assert isinstance(parse("NOT NOT x"), Text)


def test_lower_case_operators_are_words() -> None:
    tree = parse("public or private")
    assert isinstance(tree, And) and len(tree.parts) == 3


def test_hyphen_inside_a_word_is_not_negation() -> None:
    tree = parse("co-production")
    assert isinstance(tree, Text) and tree.text == "co-production"


def test_fields_phrases_and_prefix() -> None:
    tree = parse('author:loffler title:"great divide" coprod*')
    assert isinstance(tree, And)
    author, title, prefix = tree.parts
    assert author == Text("author", "loffler", False, False, 0, 14, "author:loffler")
    assert isinstance(title, Text) and title.phrase and title.field == "title"
    assert isinstance(prefix, Text) and prefix.prefix and prefix.text == "coprod"


def test_field_names_ignore_case_and_allow_a_space() -> None:
    tree = parse("Author: ostrom")
    assert isinstance(tree, Text) and tree.field == "author" and tree.text == "ostrom"


def test_field_applies_to_a_group() -> None:
    tree = parse("title:(coproduction OR codesign)")
    assert isinstance(tree, Or)
    assert all(isinstance(p, Text) and p.field == "title" for p in tree.parts)
    assert [p.label for p in tree.parts] == ["title:coproduction", "title:codesign"]


def test_bound_prefix_joins_the_next_word() -> None:
    tree = parse("co production of services")
    assert isinstance(tree, And)
    first = tree.parts[0]
    assert isinstance(first, Text) and first.text == "co production"


@pytest.mark.parametrize(
    ("value", "low", "high"),
    [
        ("2010", 2010, 2010),
        ("1990..2000", 1990, 2000),
        ("1990-2000", 1990, 2000),
        (">=2010", 2010, None),
        (">2010", 2011, None),
        ("<2000", None, 1999),
        ("<=2000", None, 2000),
        ("2010..", 2010, None),
        ("..2000", None, 2000),
    ],
)
def test_year_forms(value: str, low: int | None, high: int | None) -> None:
    tree = parse(f"year:{value}")
    assert isinstance(tree, Year) and (tree.low, tree.high) == (low, high)


def test_special_fields() -> None:
    tree = parse("type:Book doi:https://doi.org/10.1/ABC cites:ostrom1996 cited-by:x2000")
    assert isinstance(tree, And)
    assert tree.parts[0] == Exact("type", "book", 0, "type:Book")
    assert isinstance(tree.parts[1], Exact) and tree.parts[1].value == "10.1/abc"
    assert tree.parts[2] == Link("cites", "ostrom1996", 39, "cites:ostrom1996")
    assert isinstance(tree.parts[3], Link) and tree.parts[3].relation == "cited-by"


def test_colon_text_that_is_no_field_stays_a_word() -> None:
    tree = parse("Co-production: a review http://example.org")
    assert isinstance(tree, And)
    assert next(p.text for p in tree.parts if isinstance(p, Text)) == "Co-production:"


def test_curly_quotes_make_phrases() -> None:
    tree = parse("\u201cgreat divide\u201d")
    assert isinstance(tree, Text) and tree.phrase and tree.text == "great divide"


def test_leaves_know_their_sign() -> None:
    signs = [(leaf.label, positive) for leaf, positive in leaves(parse("a -b NOT (c OR -d)"))]
    assert signs == [("a", True), ("b", False), ("c", False), ("d", True)]


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ("", 0, "empty query"),
        ("   ", 0, "empty query"),
        ('title:"great divide', 6, "unterminated quote"),
        ("(a OR b", 0, "never closed"),
        ("a OR b)", 6, "unmatched"),
        ("()", 1, "empty parentheses"),
        ("a OR", 2, "missing"),
        ("OR a", 0, "'OR' needs a term"),
        ("AND a", 0, "'AND' needs a term"),
        ("a AND", 2, "missing"),
        ("NOT", 0, "missing"),
        ("- a", 0, "'-' must be followed"),
        ("autor:ostrom", 0, "unknown field 'autor'"),
        ("co*prod", 2, "'*' can only end a word"),
        ("*", 0, "'*' can only end a word"),
        ("year:recent", 5, "not a year"),
        ("year:2000..1990", 5, "empty"),
        ("year:199*", 8, "'*' cannot be used"),
        ("title:", 0, "needs a value"),
        ("title:(author:x)", 7, "inside another field"),
        ('""', 0, "empty phrase"),
    ],
)
def test_malformed_queries_point_at_the_fault(query: str, position: int, words: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(query)
    assert caught.value.position == position
    assert words in caught.value.message
    assert caught.value.one_line().startswith(f"query: column {position + 1}: ")


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(QueryError, match="nested too deeply"):
        parse("(" * 500 + "a" + ")" * 500)


def test_overlong_query_is_refused() -> None:
    with pytest.raises(QueryError, match="longer than"):
        parse("a " * 5000)


_PIECES = st.sampled_from(
    ["a", "coprod", "OR", "AND", "NOT", "-", "(", ")", '"', "*", ":", "author:", "title:",
     "year:", "year:1990..2000", "cites:", "type:", " ", "  ", "\u201c", "x*", "-y", "é"]
)  # fmt: skip


def _check(query: str) -> None:
    try:
        parse(query)
    except QueryError as exc:
        assert 0 <= exc.position <= max(len(query) - 1, 0), (query, exc.position)
        assert exc.message


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_any_text_parses_or_gives_a_positioned_error(query: str) -> None:
    _check(query)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_any_mix_of_query_syntax_parses_or_gives_a_positioned_error(query: str) -> None:
    _check(query)


def test_doi_with_brackets_is_one_value() -> None:
    node = parse("doi:10.1016/0305-750X(96)00023-X")
    assert node == Exact(
        "doi", "10.1016/0305-750x(96)00023-x", 0, "doi:10.1016/0305-750X(96)00023-X"
    )
    # A group's closing bracket after the DOI still closes the group.
    grouped = parse("(doi:10.1016/0305-750X(96)00023-X OR author:ostrom)")
    assert isinstance(grouped, Or)
    assert grouped.parts[0] == Exact(
        "doi", "10.1016/0305-750x(96)00023-x", 1, "doi:10.1016/0305-750X(96)00023-X"
    )
