"""Folding keys: one spelling for every variant of a name or word.

Löffler, Loeffler and Loffler fold to one key, so identity and search treat them alike.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


@lru_cache(maxsize=262144)
def ascii_fold(text: str) -> str:
    """Lower-case ASCII transliteration ("Gr\u00f6nroos" -> "gronroos", "\u00df" -> "ss")."""
    return anyascii(unicodedata.normalize("NFC", text)).lower()


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A matching key for a family name, insensitive to case, diacritics, spaces, hyphens
    and German-style transliteration (ö = oe = o)."""
    key = _NON_ALNUM.sub("", ascii_fold(text))
    for digraph, letter in _DIGRAPHS:
        key = key.replace(digraph, letter)
    return key


def slug(text: str) -> str:
    """An ASCII identifier fragment: lower case, words joined by hyphens."""
    return _NON_ALNUM.sub("-", ascii_fold(text)).strip("-")
