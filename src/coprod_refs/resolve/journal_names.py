"""Which journal names name the same journal: an abbreviated name ("Public Adm. Rev.",
"Int J Public Adm", "Am Rev Public Adm") and the full name it abbreviates ("Public
Administration Review"), and a journal's short title before the colon of its full title
("Voluntas" and "VOLUNTAS: International Journal of Voluntary and Nonprofit
Organizations"). Reference styles print one journal in all these forms, so a venue
gathers them.

An abbreviated name matches a full name when, with the small words left out of both
("of", "the", "and", "&", "for", "in", "on"), they have as many words, two or more (a
one-word abbreviation such as "Gov" could stand for too much), and each word of the
abbreviation starts as the full word does and keeps its letters in order ("Manag" and
"Mgmt" for "Management", "Q" for "Quarterly"). A name is merged only with the one full
name it can stand for: an abbreviation two full names fit stays a venue of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from coprod_refs.text.fold import ascii_fold

#: Words abbreviations leave out (ISO 4 drops articles, prepositions and conjunctions).
#: Not the function words of bodies' names (`resolve.acronyms`): "Am" there is German,
#: here it abbreviates "American".
_SMALL_WORDS = frozenset(
    "of the and for in on a an at to de des du la le les der die das und für fur y e et".split()
)
_WORD = re.compile(r"[a-z0-9]+")
#: The most names sharing their words' initials that are compared pair by pair (real
#: stores have a handful; more would cost quadratic time).
_MAX_GROUP = 200


@lru_cache(maxsize=1 << 14)
def _content_words(name: str) -> tuple[str, ...]:
    """The name's words, folded to lower-case ASCII, without the small words."""
    return tuple(w for w in _WORD.findall(ascii_fold(name)) if w not in _SMALL_WORDS)


def _abbreviates(short: str, full: str) -> bool:
    """True when the word `short` may abbreviate `full`: the same word, or a shorter one
    with the same first letter whose letters stand in order within `full`."""
    if short == full:
        return True
    if len(short) >= len(full) or short[0] != full[0] or short.isdigit() or full.isdigit():
        return False
    at = 0
    for letter in short:
        at = full.find(letter, at) + 1
        if at == 0:
            return False
    return True


def abbreviates(short: str, full: str) -> bool:
    """True when the journal name `short` is an abbreviation of `full` ("Public Manag
    Rev" of "Public Management Review"): word for word, at least one word shorter."""
    a, b = _content_words(short), _content_words(full)
    return (
        len(a) == len(b) > 0
        and a != b
        and all(_abbreviates(x, y) for x, y in zip(a, b, strict=True))
    )


def short_title(name: str) -> str:
    """The part of a journal's name before its subtitle's colon ("Voluntas" of
    "VOLUNTAS: International Journal of …"), or "" when it has no colon."""
    head, colon, tail = name.partition(":")
    return head.strip() if colon and head.strip() and tail.strip() else ""


def same_journal(names: Iterable[str], key: Callable[[str], str]) -> dict[str, str]:
    """For journal names (each distinct under `key`), the full name each one stands for
    when it is another's short title or abbreviation: {name: full name}. A full name,
    and an abbreviation that two full names fit, are left out."""
    names = sorted(set(names))
    by_key = {key(n): n for n in names}
    target: dict[str, str] = {}
    for name in names:
        short = short_title(name)
        if short and by_key.get(key(short), name) != name:
            target[by_key[key(short)]] = name  # "Voluntas" stands for the full title
    # An abbreviation and its full name share the first letters of their words.
    by_initials: dict[tuple[str, ...], list[str]] = {}
    for name in names:
        words = _content_words(name)
        if len(words) > 1:
            by_initials.setdefault(tuple(w[0] for w in words), []).append(name)
    for group in by_initials.values():
        if len(group) > _MAX_GROUP:
            continue  # only made-up names share their words' initials so often
        fits = {n: [f for f in group if f != n and abbreviates(n, f)] for n in group}
        for name, fulls in fits.items():
            fulls = [f for f in fulls if not fits[f]]  # full names: they abbreviate none
            if len(fulls) == 1 and name not in target:
                target[name] = fulls[0]
    return {name: _last(name, target) for name in target}


def _last(name: str, target: dict[str, str]) -> str:
    """Where a chain of short forms ends ("Voluntas" → "Voluntas: Int J" → the full)."""
    seen = {name}
    while name in target and target[name] not in seen:
        name = target[name]
        seen.add(name)
    return name
