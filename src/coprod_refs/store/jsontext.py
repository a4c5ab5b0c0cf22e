"""Indented canonical JSON text, as `json.dumps(value, ensure_ascii=False, sort_keys=True,
indent=1, allow_nan=False)` writes it, only faster, and in pieces for long lists.

The standard library writes indented JSON with a pure-Python generator per nesting level;
for an extraction of 100,000 .bib entries that is most of the time a store write takes.
Here a value is written into one list of fragments. Anything this writer does not handle
exactly like `json.dumps` (keys that are not strings, NaN or infinite numbers, objects
that are not JSON data) raises `NotPlainJSON`, and the caller uses `json.dumps` instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from typing import Any

_INFINITY = float("inf")
#: List items written per piece of a document.
_BATCH = 1000
_int_text = int.__repr__
_float_text = float.__repr__


class NotPlainJSON(Exception):
    """A value this writer leaves to `json.dumps` (which may write it or refuse it)."""


def _other(value: Any, level: int) -> str:
    """`_text` for the rarer values: subclasses, floats, booleans, null, tuples."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, int):
        return _int_text(value)
    if isinstance(value, float):
        if value != value or value in (_INFINITY, -_INFINITY):
            raise NotPlainJSON
        return _float_text(value)
    if isinstance(value, list | tuple):
        return _list_text(value, level)
    if isinstance(value, dict):
        return _dict_text(value, level)
    raise NotPlainJSON


def _list_text(value: list[Any] | tuple[Any, ...], level: int) -> str:
    if not value:
        return "[]"
    inner = "\n" + " " * (level + 1)
    items = [_text(item, level + 1) for item in value]
    return "[" + inner + ("," + inner).join(items) + "\n" + " " * level + "]"


def _dict_text(value: dict[Any, Any], level: int) -> str:
    if not value:
        return "{}"
    try:
        keys = sorted(value)
    except TypeError:
        raise NotPlainJSON from None
    items = []
    for key in keys:
        if type(key) is not str and not isinstance(key, str):
            raise NotPlainJSON
        item = value[key]
        if type(item) is str:
            items.append(encode_basestring(key) + ": " + encode_basestring(item))
        else:
            items.append(encode_basestring(key) + ": " + _text(item, level + 1))
    inner = "\n" + " " * (level + 1)
    return "{" + inner + ("," + inner).join(items) + "\n" + " " * level + "}"


def _text(value: Any, level: int) -> str:
    """The text of `value` nested `level` deep (the common types first, for speed)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        return _dict_text(value, level)
    if kind is list:
        return _list_text(value, level)
    if kind is int:
        return _int_text(value)
    return _other(value, level)


def indented(value: Any, level: int = 0) -> str:
    """The indented canonical text of `value`, as it appears nested `level` deep."""
    return _text(value, level)


def indented_document(head: dict[str, Any], lists: dict[str, Iterable[Any]]) -> Iterator[str]:
    """The indented canonical text of the object `head` plus the lists in `lists`, in
    pieces: the items of each list are written as they come, a batch at a time, so a list
    of 100,000 records never exists as one string."""
    keys = sorted({*head, *lists})
    yield "{"
    for index, key in enumerate(keys):
        yield ("," if index else "") + "\n " + encode_basestring(key) + ": "
        if key not in lists:
            yield _text(head[key], 1)
            continue
        opened = False
        batch: list[str] = []
        for item in lists[key]:
            batch.append(_text(item, 2))
            if len(batch) == _BATCH:
                yield (",\n  " if opened else "[\n  ") + ",\n  ".join(batch)
                opened, batch = True, []
        if batch:
            yield (",\n  " if opened else "[\n  ") + ",\n  ".join(batch)
            opened = True
        yield "\n ]" if opened else "[]"
    yield "\n}" if keys else "}"
