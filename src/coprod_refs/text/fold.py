"""Folding keys: one spelling for every variant of a name or word.

Löffler, Loeffler and Loffler fold to one key, so identity and search treat them alike;
a body's name folds its British and American spellings too ("Organisation" =
"Organization"), a person's family name never.
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


#: Whole words spelled one way in British English and another in American English
#: (British first), as they occur in the names of bodies.
_WORD_SPELLINGS = (
    ("centre", "center"),
    ("centres", "centers"),
    ("theatre", "theater"),
    ("labour", "labor"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("defence", "defense"),
    ("licence", "license"),
    ("offence", "offense"),
    ("behaviour", "behavior"),
    ("behavioural", "behavioral"),
    ("neighbourhood", "neighborhood"),
    ("neighbourhoods", "neighborhoods"),
    ("colour", "color"),
    ("honour", "honor"),
    ("harbour", "harbor"),
    ("catalogue", "catalog"),
    ("ageing", "aging"),
)
_AMERICAN = dict(_WORD_SPELLINGS)
_BRITISH = {american: british for british, american in _WORD_SPELLINGS}
#: A word with the -ise/-ize suffix family: a stem of three letters or more ending in a
#: consonant ("organ", "special"; not "pr" of "prise", "pra" of "praise", "franca" of
#: "francaise"), "is" or "iz", then one of the suffix's endings. Words of that shape
#: that have no -ize form ("enterprise") fold too, alike on every side.
_ISE = re.compile(
    r"^(?P<stem>[a-z]{2,}[b-df-hj-np-tv-xz])i[sz]"
    r"(?P<end>ation|ations|ational|e|es|ed|ing|er|ers)$"
)
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def _word_spellings(word: str) -> tuple[str, str]:
    """A folded word in its British and its American spelling ("organisation" ->
    ("organisation", "organization")); a word of no known pattern, twice."""
    if word in _AMERICAN:
        return word, _AMERICAN[word]
    if word in _BRITISH:
        return _BRITISH[word], word
    match = _ISE.match(word)
    if match is None:
        return word, word
    stem, end = match.group("stem"), match.group("end")
    return f"{stem}is{end}", f"{stem}iz{end}"


def respell(text: str, american: bool = True) -> str:
    """`text` folded (`ascii_fold`) with every word of a known pair or of the -ise/-ize
    family in American spelling ("world health organization"), or in British; other
    words as they are."""
    return _LETTERS.sub(lambda m: _word_spellings(m.group())[american], ascii_fold(text))


@lru_cache(maxsize=65536)
def body_key(name: str) -> str:
    """A matching key for a body's name that British and American spellings share:
    "World Health Organisation" and "World Health Organization", "Centre" and "Center"
    are one name. Only whole words of known pairs and the -ise/-ize suffix family fold,
    so no other word changes; people's family names never pass through it."""
    return name_key(respell(name))


@lru_cache(maxsize=65536)
def spelling_keys(name: str) -> tuple[str, ...]:
    """The `name_key`s of a body's name as written, in British and in American spelling,
    without repeats: the keys a citation spelling the name either way is found by."""
    return tuple(
        dict.fromkeys(
            (name_key(name), name_key(respell(name, american=False)), name_key(respell(name)))
        )
    )
