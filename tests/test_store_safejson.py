"""JSON from outside: what `json.loads` lets through unnoticed is a ParseError at file:line."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import ParseError
from coprod_refs.store import safejson


def _error(data: str | bytes, **kwargs: object) -> ParseError:
    with pytest.raises(ParseError) as info:
        safejson.loads(data, file="in.json", **kwargs)  # type: ignore[arg-type]
    return info.value


def test_plain_json_loads() -> None:
    assert safejson.loads('{"a": [1, 2.5, "x", null, true], "b": {"c": "é😀"}}') == {
        "a": [1, 2.5, "x", None, True],
        "b": {"c": "é😀"},
    }


def test_duplicate_key_is_reported_at_its_line() -> None:
    err = _error('{\n "a": 1,\n "b": {"x": 1,\n  "x": 2}\n}')
    assert err.file == "in.json"
    assert err.line == 4
    assert "duplicate key 'x'" in err.message


def test_duplicate_key_at_top_level() -> None:
    err = _error('{"title": "a", "year": 1, "title": "b"}')
    assert err.line == 1
    assert "duplicate key 'title'" in err.message
    assert "column 27" in err.message


@pytest.mark.parametrize("word", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_refused(word: str) -> None:
    err = _error(f'{{"a": [1,\n {word}]}}')
    assert err.line == 2
    assert word in err.message


def test_nan_inside_a_string_is_text() -> None:
    assert safejson.loads('{"a": "NaN and Infinity"}') == {"a": "NaN and Infinity"}


def test_deep_nesting_is_refused() -> None:
    err = _error("[" * 65 + "]" * 65)
    assert "nested deeper than 64" in err.message
    assert safejson.loads("[" * 64 + "]" * 64) is not None


def test_very_deep_nesting_does_not_exhaust_the_stack() -> None:
    err = _error('{"a":' * 100_000 + "1" + "}" * 100_000)
    assert "nested deeper" in err.message


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"a": "[" * 500 + "{" * 500})
    assert safejson.loads(text) == {"a": "[" * 500 + "{" * 500}


@pytest.mark.parametrize(
    "escape", ["\\ud800", "\\udc00", "\\ud83d x", "\\ude00\\ud83d", "\\ud83d\\ud83d"]
)
def test_lone_surrogate_escape_is_refused(escape: str) -> None:
    err = _error('{"ok": "\\ud83d\\ude00",\n "bad": "' + escape + '"}')
    assert err.line == 2
    assert "surrogate" in err.message


def test_surrogate_pair_and_escaped_backslash_are_fine() -> None:
    assert safejson.loads('["\\ud83d\\ude00"]') == ["😀"]
    assert safejson.loads('["\\\\ud800"]') == ["\\ud800"]


def test_raw_lone_surrogate_in_text_is_refused() -> None:
    err = _error('["a\ud800"]')
    assert "surrogate" in err.message


def test_invalid_utf8_is_refused_with_its_line() -> None:
    err = _error(b'{"a": 1,\n "b": "\xff"}')
    assert err.line == 2
    assert "UTF-8" in err.message


def test_oversized_document_is_refused() -> None:
    err = _error('["' + "x" * 2000 + '"]', max_bytes=1000)
    assert "exceeds the limit of 1000" in err.message


def test_bad_json_names_line_and_column() -> None:
    err = _error('{"a": 1,\n "b" 2}')
    assert err.line == 2
    assert "Expecting ':' delimiter" in err.message
    assert "column 6" in err.message


def test_huge_integer_is_a_parse_error() -> None:
    err = _error("[" + "9" * 5000 + "]")
    assert "invalid JSON" in err.message


def test_lines_are_numbered_and_blank_lines_skipped() -> None:
    data = '{"a": 1}\n\n  \n{"b": "x\u2028y"}\r\n'.encode()
    assert list(safejson.loads_lines(data)) == [(1, {"a": 1}), (4, {"b": "x\u2028y"})]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ('{"a": NaN}', "NaN is not allowed"),
        ('{"a": "\\udfff"}', "surrogate"),
        ("[" * 70 + "]" * 70, "nested deeper"),
        ('{"a": 1', "invalid JSON"),
    ],
)
def test_each_line_gets_every_check(line: str, expected: str) -> None:
    data = f'{{"ok": 1}}\n{{"ok": 2}}\n{line}\n'.encode()
    with pytest.raises(ParseError) as info:
        list(safejson.loads_lines(data, file="x.jsonl"))
    assert info.value.line == 3
    assert expected in info.value.message


def test_long_line_is_refused() -> None:
    data = b'{"a": 1}\n{"b": "' + b"x" * 200 + b'"}\n'
    with pytest.raises(ParseError) as info:
        list(safejson.loads_lines(data, max_line_bytes=100))
    assert info.value.line == 2


def test_byte_order_mark_is_refused() -> None:
    with pytest.raises(ParseError, match="byte order mark"):
        list(safejson.loads_lines('\ufeff{"a": 1}\n'.encode()))


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150)
@given(_json_values)
def test_valid_json_loads_as_json_does(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False)
    assert safejson.loads(text) == json.loads(text)
    assert safejson.loads(json.dumps(value)) == json.loads(text)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from('{}[]":,01aNI\\u \nd8fe-')) | st.text())
def test_arbitrary_text_gives_a_value_or_a_parse_error(text: str) -> None:
    try:
        safejson.loads(text)
    except ParseError as exc:
        assert exc.line is not None
        assert exc.line >= 1


_PIECES = st.sampled_from(
    ["\\ud83d", "\\udc00", "\\ude00", "\\udbff", "\\u0041", "a", "\\\\", "\\n"]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=8))
def test_surrogate_check_agrees_with_what_json_decodes(pieces: list[str]) -> None:
    text = '["' + "".join(pieces) + '"]'
    decoded = json.loads(text)[0]
    has_lone_surrogate = any("\ud800" <= c <= "\udfff" for c in decoded)
    try:
        assert safejson.loads(text) == [decoded]
        accepted = True
    except ParseError:
        accepted = False
    assert accepted != has_lone_surrogate
