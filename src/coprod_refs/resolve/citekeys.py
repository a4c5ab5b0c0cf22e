"""Citekeys: readable, ASCII, made once and kept (family name + year + first title word)."""

from __future__ import annotations

import re
from collections.abc import Container

from coprod_refs.text.fold import ascii_fold

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*")
_NOT_KEY_CHAR = re.compile(r"[^a-z0-9]+")

#: Title words that never make a citekey ("The state and..." -> "state").
FUNCTION_WORDS = frozenset(
    "a an the and or of on in to for at by with from into as is are be do does".split()
)


def key_part(text: str, limit: int = 24) -> str:
    """An ASCII, lower-case, punctuation-free key fragment."""
    return _NOT_KEY_CHAR.sub("", ascii_fold(text))[:limit]


def first_title_word(title: str) -> str:
    """The first significant title word, folded ("Co-production" -> "coproduction")."""
    for match in _WORD.finditer(ascii_fold(title)):
        word = key_part(match.group())
        if word and word not in FUNCTION_WORDS:
            return word
    return ""


def citekey_base(first_author: str, year_label: str, title: str) -> str:
    """The key a work would get before collisions: `ostrom1996crossing`."""
    author = key_part(first_author) or "anon"
    year = key_part(year_label) or "nd"
    return f"{author}{year}{first_title_word(title)}"


def unique_key(base: str, taken: Container[str]) -> str:
    """`base`, or `base` plus the first free letter suffix (a, b, ..., z, aa, ab, ...)."""
    if base not in taken:
        return base
    n = 0
    while True:
        suffix, k = "", n
        while True:
            suffix = chr(ord("a") + k % 26) + suffix
            k = k // 26 - 1
            if k < 0:
                break
        if base + suffix not in taken:
            return base + suffix
        n += 1
