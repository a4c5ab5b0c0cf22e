"""Tokens of a reference string: whitespace-separated words with their character offsets.

The annotated training data marks segments at whitespace, so a token never straddles two
fields; punctuation stays attached to its word and becomes a feature instead.
"""

from __future__ import annotations

import re
from itertools import accumulate, count, islice, repeat
from operator import add, sub
from typing import NamedTuple

#: Longest reference string the parser reads; anything past it is cut off (and flagged).
MAX_REFERENCE_CHARS = 4000
#: Most tokens one reference may have; longer strings are cut (a reference is rarely > 150).
MAX_TOKENS = 400

_TOKEN = re.compile(r"\S+")
_OTHER_SPACE = re.compile(r"[^\S ]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


class Token(NamedTuple):
    """One word of a reference with its offsets in the normalised string (a named tuple:
    the parser makes tens of thousands a second)."""

    text: str
    start: int
    end: int


def normalise_spacing(text: str) -> str:
    """The string with every run of (Unicode) white space turned into one plain space."""
    return _SPACES.sub(" ", text).strip()


def tokenize(text: str) -> list[Token]:
    """Split a reference string into tokens at white space, at most MAX_TOKENS of them."""
    if "  " in text or text != text.strip() or _OTHER_SPACE.search(text):
        return [
            Token(m.group(), m.start(), m.end()) for m in islice(_TOKEN.finditer(text), MAX_TOKENS)
        ]
    # The usual case, a normalised string: words between single spaces, so the i-th word
    # ends i places after the sum of the lengths up to it. Built by C-level iterators:
    # `tuple.__new__(Token, (text, start, end))` is what `Token(text, start, end)` does.
    words = text.split(" ")[:MAX_TOKENS] if text else []
    lengths = list(map(len, words))
    ends = list(map(add, accumulate(lengths), count()))
    return list(
        map(tuple.__new__, repeat(Token), zip(words, map(sub, ends, lengths), ends, strict=True))
    )
