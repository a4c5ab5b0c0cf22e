"""Loading JSON that came from outside: the store's own files, CSL-JSON inputs, journals.

Python's `json` accepts things no JSON producer should write and that would silently
change meaning: duplicate keys (the last one wins), NaN and Infinity, lone UTF-16
surrogates (strings that cannot be written back as UTF-8), and nesting deep enough to
exhaust the stack. Here each of these is a `ParseError` naming the file and the line.

The fast path is the C decoder with two cheap hooks; only when it rejects something do we
re-read the text with a position-aware decoder to say exactly where.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import accumulate
from json.decoder import JSONDecodeError, scanstring
from json.scanner import py_make_scanner
from pathlib import Path
from typing import Any

from coprod_refs.errors import ParseError

#: Deepest nesting of arrays and objects accepted.
MAX_DEPTH = 64
#: Largest document accepted by default (64 MiB).
MAX_DOCUMENT_BYTES = 64 * 2**20

_NON_FINITE = ("NaN", "Infinity", "-Infinity")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_STRING_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)", re.DOTALL)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_RAW_SURROGATE = re.compile("[\ud800-\udfff]")
_BRACKET_DEPTH = {"[": 1, "{": 1, "]": -1, "}": -1}
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class _Rejected(ValueError):
    """Raised inside the fast decoder's hooks; the slow decoder then finds the place."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Rejected("duplicate key")
    return obj


def _no_constant(name: str) -> Any:
    raise _Rejected(f"{name} is not allowed in JSON")


_FAST = json.JSONDecoder(object_pairs_hook=_unique_pairs, parse_constant=_no_constant)


class _PositionedDecoder(json.JSONDecoder):
    """A pure-Python decoder that reports duplicate keys and NaN at their exact position."""

    def __init__(self) -> None:
        super().__init__()
        self.parse_object = self._object  # type: ignore[assignment]
        self.parse_array = self._array  # type: ignore[assignment]
        inner = py_make_scanner(self)

        def scan(text: str, idx: int) -> tuple[Any, int]:
            if text.startswith(_NON_FINITE, idx):
                word = next(w for w in _NON_FINITE if text.startswith(w, idx))
                raise JSONDecodeError(f"{word} is not allowed in JSON", text, idx)
            return inner(text, idx)

        self.scan_once = scan  # type: ignore[assignment]

    def _value(self, text: str, idx: int) -> tuple[Any, int]:
        try:
            return self.scan_once(text, idx)
        except StopIteration:
            raise JSONDecodeError("Expecting value", text, idx) from None

    def _array(self, text_and_end: tuple[str, int], *_: Any) -> tuple[list[Any], int]:
        text, end = text_and_end
        items: list[Any] = []
        end = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
        if text[end : end + 1] == "]":
            return items, end + 1
        while True:
            value, end = self._value(text, end)
            items.append(value)
            end = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
            sep = text[end : end + 1]
            if sep == "]":
                return items, end + 1
            if sep != ",":
                raise JSONDecodeError("Expecting ',' delimiter", text, end)
            end = _WHITESPACE.match(text, end + 1).end()  # type: ignore[union-attr]

    def _object(self, text_and_end: tuple[str, int], strict: bool, *_: Any) -> tuple[dict, int]:
        text, end = text_and_end
        result: dict[str, Any] = {}
        end = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
        if text[end : end + 1] == "}":
            return result, end + 1
        while True:
            if text[end : end + 1] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, end
                )
            key_start = end
            key, end = scanstring(text, end + 1, strict)
            if key in result:
                raise JSONDecodeError(f"duplicate key {key!r}", text, key_start)
            end = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
            if text[end : end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", text, end)
            end = _WHITESPACE.match(text, end + 1).end()  # type: ignore[union-attr]
            result[key], end = self._value(text, end)
            end = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
            sep = text[end : end + 1]
            if sep == "}":
                return result, end + 1
            if sep != ",":
                raise JSONDecodeError("Expecting ',' delimiter", text, end)
            end = _WHITESPACE.match(text, end + 1).end()  # type: ignore[union-attr]


def _error(
    message: str, text: str, pos: int | None, file: str | Path | None, first_line: int
) -> ParseError:
    """A ParseError at character `pos` of `text`, whose first line is `first_line`."""
    if pos is None:
        return ParseError(message, file=file, line=first_line)
    line = first_line + text.count("\n", 0, pos)
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return ParseError(f"{message} (column {column})", file=file, line=line)


def _check_depth(text: str, max_depth: int, file: str | Path | None, first_line: int) -> None:
    if text.count("[") + text.count("{") <= max_depth:
        return
    brackets = _NOT_BRACKET.sub("", _STRING_TOKEN.sub("", text))
    if max(accumulate(map(_BRACKET_DEPTH.__getitem__, brackets)), default=0) <= max_depth:
        return
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        depth += _BRACKET_DEPTH.get(match.group(), 0)
        if depth > max_depth:
            raise _error(
                f"JSON nested deeper than {max_depth} levels", text, match.start(), file, first_line
            )


def _lone_surrogate(literal: str) -> int | None:
    """Offset of the first escape in a JSON string literal that is half a surrogate pair."""
    high_at: int | None = None
    low_expected_at = -1
    for escape in _ESCAPE.finditer(literal):
        unit = int(escape.group(1), 16) if escape.group(1) else -1
        is_low = 0xDC00 <= unit <= 0xDFFF
        if high_at is not None:
            if not is_low or escape.start() != low_expected_at:
                return high_at
            high_at = None
        elif is_low:
            return escape.start()
        elif 0xD800 <= unit <= 0xDBFF:
            high_at, low_expected_at = escape.start(), escape.end()
    return high_at


def _check_surrogates(text: str, file: str | Path | None, first_line: int) -> None:
    raw = _RAW_SURROGATE.search(text)
    if raw:
        raise _error("lone surrogate character in text", text, raw.start(), file, first_line)
    if not _SURROGATE_ESCAPE.search(text):
        return
    for literal in _STRING_TOKEN.finditer(text):
        offset = _lone_surrogate(literal.group())
        if offset is not None:
            where = literal.start() + offset
            raise _error("lone UTF-16 surrogate escape in a string", text, where, file, first_line)


def _decode_text(data: bytes, file: str | Path | None, first_line: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        message = f"not valid UTF-8 (byte {column} of the line)"
        raise ParseError(message, file=file, line=line) from None


def _parse(text: str, file: str | Path | None, first_line: int, max_depth: int) -> Any:
    _check_depth(text, max_depth, file, first_line)
    try:
        value = _FAST.decode(text)
    except JSONDecodeError as exc:
        raise _error(f"invalid JSON: {exc.msg}", text, exc.pos, file, first_line) from None
    except _Rejected:
        try:
            _PositionedDecoder().decode(text)
        except JSONDecodeError as exc:
            raise _error(exc.msg, text, exc.pos, file, first_line) from None
        raise _error("invalid JSON", text, None, file, first_line) from None
    except (ValueError, RecursionError) as exc:
        raise _error(f"invalid JSON: {exc}", text, None, file, first_line) from None
    _check_surrogates(text, file, first_line)
    return value


def loads(
    data: str | bytes,
    *,
    file: str | Path | None = None,
    first_line: int = 1,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Any:
    """Parse one JSON document, refusing what `json.loads` lets through unnoticed.

    Raises ParseError (with `file` and the 1-based line) for invalid JSON, duplicate keys,
    NaN/Infinity, lone surrogates, nesting deeper than `max_depth`, more than `max_bytes`.
    """
    size = len(data)
    if isinstance(data, str) and size * 4 > max_bytes:
        size = len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        message = f"JSON document of {size} bytes exceeds the limit of {max_bytes}"
        raise ParseError(message, file=file, line=first_line)
    text = data if isinstance(data, str) else _decode_text(data, file, first_line)
    return _parse(text, file, first_line, max_depth)


def loads_lines(
    data: bytes,
    *,
    file: str | Path | None = None,
    max_line_bytes: int = MAX_DOCUMENT_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Iterator[tuple[int, Any]]:
    """Parse JSON Lines: yield (1-based line number, value) for every non-blank line.

    Lines end at `\\n` only (U+2028 and friends may occur inside strings); a `\\r` before
    it is tolerated. Each line gets the same checks as `loads`, with a per-line size limit.
    """
    text = _decode_text(data, file, 1)
    if text.startswith("\ufeff"):
        raise ParseError("byte order mark at the start of a JSON Lines file", file=file, line=1)
    decode = _FAST.decode
    for number, line in enumerate(text.split("\n"), start=1):
        if not line or line.isspace():
            continue
        if len(line) > max_line_bytes // 4 and len(line.encode("utf-8")) > max_line_bytes:
            raise ParseError(
                f"line longer than the limit of {max_line_bytes} bytes", file=file, line=number
            )
        if line.count("[") + line.count("{") > max_depth or "\\u" in line:
            yield number, _parse(line, file, number, max_depth)
            continue
        try:
            yield number, decode(line)
        except (ValueError, RecursionError):
            yield number, _parse(line, file, number, max_depth)
