"""Short names of bodies: "WHO" and "World Health Organization" name one body.

A body may be written by its short name in one place and spelled out in another. Two
kinds of evidence tie the forms together:

- **Printed**: the name carries its short name in brackets, "National Institute for
  Health and Care Excellence [NICE]", "(NICE)", or the other way round, "nef (new
  economics foundation)". The bracket is taken for the short name when its letters are
  initials of the name's words, in order, the first being the first significant word's
  ("(UK)" after "Department of Health" is not its short name).
- **Initials**: a short name in capitals ("OECD", "DfE") is the initials of the name's
  significant words, one letter each ("Organisation for Economic Co-operation and
  Development"). Function words of the languages of this literature ("of", "für", "de",
  "voor", ...) may give their letter or not ("DfE", "DH"); a hyphenated word gives the
  initial of its first part and may give those of the others ("Co-operation": C or CO);
  at most three letters come from such optional places. Letters are compared case- and
  accent-insensitively.

Initials are weaker evidence than print: a family name in capitals ("SMITH", as ABNT
prints it) has the shape of an acronym too, so callers pass the family names of known
people and such a word is never read as initials. How much more context a link by
initials needs (the same year, one candidate, the citing text's own list) is the
caller's decision.

Besides print, a source may **state** that two forms are one body: a record whose author
is "WHO" and whose publisher (a .bib `institution`) is "World Health Organization", or
the other way round, or a text citing "(DH, 2010)" for the entry "Department of Health
(2010)" of its own list. `body_groups` takes such pairs as it takes print. Bodies'
names are compared by `body_key`, so British and American spellings are one name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable
from functools import lru_cache
from itertools import combinations
from typing import Generic, TypeVar

from coprod_refs.parse.citation_tokens import is_acronym
from coprod_refs.text.fold import ascii_fold, body_key, name_key, spelling_keys

#: Articles, prepositions and conjunctions inside bodies' names, folded, in the languages
#: of this literature (English, German, Dutch, French, Spanish, Italian, Portuguese,
#: Scandinavian): they may give their initial to a short name or not.
FUNCTION_WORDS = frozenset(
    """
    a an the of for and on in at to by with from
    der die das des dem den und fur fuer von vom zur zum im am auf
    het de een en van voor op bij
    la le les du et pour sur au aux l d
    el los las del y e para por con
    il lo gli di della delle dei degli dello ed per al alla alle allo
    da do das dos em no na nos nas o os
    og och for i av til till pa
    """.split()
)
#: Elided articles and prepositions before an apostrophe: "l'Économie", "dell'Economia".
_ELIDED = frozenset("l d dell all nell dall sull qu un".split())
#: Longest short name read as initials or printed in brackets.
MAX_SHORT = 12
#: Most letters of a short name read as initials that may come from function words or
#: the later parts of hyphenated words ("DfE", "OECOD" have one).
MAX_OPTIONAL_LETTERS = 3
#: A name with its short name printed after it, or before it: "X [NICE]", "nef (X)".
_PRINTED = re.compile(r"^(?P<a>[^\[\]()]+?)\s*[\[(](?P<b>[^\[\]()]+)[\])]\.?$")
_WORD = re.compile(r"[^\s/,;:()\[\]]+")
_HYPHENS = re.compile(r"[-‐‑]+")
_APOSTROPHES = "'’"

Item = tuple[str, bool]  # (initial, required) of one word or one part of a word
T = TypeVar("T")


def _word_items(word: str) -> list[Item]:
    """The initials a word may give: a function word's optionally, a significant word's
    first part's always and its other parts' optionally ("Co-operation")."""
    word = word.strip(".'’\"“”‘")
    if word == "&":
        return [("a", False)]
    for mark in _APOSTROPHES:
        if mark in word:
            left, _, right = word.partition(mark)
            # "l'Économie" is "Économie"; "King's" is "King".
            word = right if ascii_fold(left) in _ELIDED and right else left
    parts = [p for p in (ascii_fold(p) for p in _HYPHENS.split(word)) if p and p[0].isalnum()]
    if not parts:
        return []
    if len(parts) == 1 and parts[0] in FUNCTION_WORDS:
        return [(parts[0][0], False)]
    return [(parts[0][0], True)] + [(p[0], False) for p in parts[1:]]


@lru_cache(maxsize=65536)
def _items(name: str) -> tuple[Item, ...]:
    """The initials of a name's words, in order, each marked required or optional."""
    return tuple(item for word in _WORD.findall(name) for item in _word_items(word))


def _letters(short: str) -> str:
    """The letters and digits of a short name, folded ("DfE" -> "dfe")."""
    return "".join(c for c in ascii_fold(short) if c.isalnum())


def _spelled(letters: str, items: Iterable[Item]) -> bool:
    """Whether `letters` are the initials `items` give: every required one, in order,
    and any of the optional ones."""
    reached = {0}
    for initial, required in items:
        step = {i + 1 for i in reached if i < len(letters) and letters[i] == initial}
        reached = step if required else step | reached
        if not reached:
            return False
    return len(letters) in reached


def _short_shaped(word: str) -> bool:
    """A single word that may be a short name: an acronym ("WHO", "DfE", "KGSt") or a
    lower-case one ("nef"), of at most MAX_SHORT letters."""
    if not word or len(word) > MAX_SHORT or any(c.isspace() for c in word):
        return False
    if not all(c.isalnum() or c in "&-." for c in word) or not word[0].isalpha():
        return False
    return is_acronym(word) or word.islower()


def _printed_fits(short: str, name: str) -> bool:
    """Whether a bracketed `short` may be the short name of `name`: its letters are
    initials of the name's words in order, the first the first significant word's
    ("NICE" of "National Institute for Health and Care Excellence")."""
    items = _items(name)
    first = next((k for k, (_, required) in enumerate(items) if required), None)
    if first is None or sum(required for _, required in items) < 2:
        return False
    loose = [(initial, k == first) for k, (initial, _) in enumerate(items)]
    return _spelled(_letters(short), loose)


@lru_cache(maxsize=65536)
def printed_short_name(literal: str) -> tuple[str, str]:
    """A body's name and the short name printed with it in brackets:
    "National Institute for Health and Care Excellence [NICE]" -> (the name, "NICE"),
    "nef (new economics foundation)" -> ("new economics foundation", "nef"); a name
    without one -> (literal, "")."""
    match = _PRINTED.match(literal.strip())
    if match is not None:
        a, b = match.group("a").strip(), match.group("b").strip()
        if _short_shaped(b) and _printed_fits(b, a):
            return a, b
        if _short_shaped(a) and _printed_fits(a, b):
            return b, a
    return literal, ""


def body_name_keys(literal: str) -> tuple[str, ...]:
    """The folded keys a body is found by: its name as written (in British and American
    spelling too, `spelling_keys`), and, when a short name is printed with it, the name
    alone and the short name alone."""
    long, short = printed_short_name(literal)
    if not short:
        return spelling_keys(literal)
    keys = (*spelling_keys(literal), *spelling_keys(long), name_key(short))
    return tuple(dict.fromkeys(k for k in keys if k))


def is_short_name(word: str) -> bool:
    """Whether a word has the shape of a body's short name in capitals: one word of at
    most MAX_SHORT characters, more capitals than small letters ("WHO", "DfE", "KGSt";
    also "SMITH", which is why `families` guard the readings below)."""
    return _short_shaped(word) and is_acronym(word)


def is_initials_of(short: str, name: str) -> bool:
    """Whether `short`, one word in capitals ("WHO", "OECD", "DfE"), is the initials of
    the significant words of `name`, a name of two significant words or more ("World
    Health Organization"). Case and accents do not count; function words may give their
    letter or not; a hyphenated word gives its first part's letter and maybe the others'."""
    if not is_short_name(short):
        return False
    items = _items(printed_short_name(name)[0])
    letters = _letters(short)
    required = sum(required for _, required in items)
    if required < 2 or len(letters) - required > MAX_OPTIONAL_LETTERS:
        return False
    return _spelled(letters, items)


def short_name_between(a: str, b: str, families: Container[str] = frozenset()) -> str:
    """The one of two names that is the other's initials ("WHO" for "WHO" and "World
    Health Organization", either way round), "" when neither is. A word that is the
    family name of a known person (`families`, folded) is never taken for initials."""
    for short, name in ((a, b), (b, a)):
        if name_key(short) not in families and is_initials_of(short, name):
            return short
    return ""


def _required_initials(name: str) -> str:
    """The initials a short name of `name` must hold, in order: its significant words'."""
    return "".join(initial for initial, required in _items(name) if required)


@lru_cache(maxsize=16384)
def _subsequences(letters: str) -> frozenset[str]:
    """Every run of two letters or more taken from `letters` in order, leaving out at
    most MAX_OPTIONAL_LETTERS: the required initials a name may have for `letters` to be
    its short name."""
    shortest = max(2, len(letters) - MAX_OPTIONAL_LETTERS)
    return frozenset(
        "".join(letters[k] for k in chosen)
        for size in range(shortest, len(letters) + 1)
        for chosen in combinations(range(len(letters)), size)
    )


class InitialsIndex(Generic[T]):
    """Items filed under bodies' names, found by the other form of a name: a short name
    finds the items filed under the names it may be the initials of, a name spelled out
    those filed under the short names that may be its initials. It gives candidates, to
    be confirmed with `short_name_between`; a name that is neither form finds none."""

    def __init__(self) -> None:
        self._by_initials: dict[str, list[T]] = defaultdict(list)
        self._by_short: dict[str, list[T]] = defaultdict(list)

    def add(self, name: str, item: T) -> None:
        """File `item` under a body's name (a printed short name aside)."""
        long = printed_short_name(name)[0]
        if is_short_name(long):
            for key in _subsequences(_letters(long)):
                self._by_short[key].append(item)
        elif len(initials := _required_initials(long)) >= 2:
            self._by_initials[initials].append(item)

    def candidates(self, name: str) -> list[T]:
        """The items filed under a name that `name` may be the short or long form of."""
        long = printed_short_name(name)[0]
        if is_short_name(long):
            keys = _subsequences(_letters(long))
            return [item for key in sorted(keys) for item in self._by_initials.get(key, ())]
        return list(self._by_short.get(_required_initials(long), ()))


def stated_short_names(bodies: Iterable[str], publisher: str) -> list[tuple[str, str]]:
    """The (short name, name) pairs one record states of a body: an author (`bodies`,
    the record's bodies' names) that is the short name of its publisher or the other way
    round ("WHO" published by the "World Health Organization"), and a short name printed
    in the publisher's name ("National Institute for Health and Care Excellence (NICE)")."""
    pairs = []
    if publisher:
        for body in bodies:
            short = short_name_between(body, publisher)
            if short:
                pairs.append((short, publisher if short == body else body))
        long, short = printed_short_name(publisher)
        if short:
            pairs.append((short, long))
    return pairs


def _group_key(literal: str) -> str:
    """The group a body's name falls in by itself: its spelled-out part, folded with
    `body_key` ("X [NICE]" with "X", "Organisation" with "Organization")."""
    return body_key(printed_short_name(literal)[0]) or body_key(literal)


def body_groups(
    literals: Iterable[str],
    families: Container[str] = frozenset(),
    stated: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """The group (a folded name) each body's name falls in, so one body's short and long
    forms, and its British and American spellings, are one group: a name is grouped by
    its spelled-out part ("X [NICE]" with "X") folded with `body_key`; a lone short name
    ("NICE", "WHO") with the one group that prints it or that a source states it is the
    short name of (`stated`: (short name, name) pairs), else with the one group whose
    initials it is (three letters or more; two letters fit too many names). A short name
    that fits several groups in any of these ways, or is a known person's family name
    (`families`, folded), keeps its own group. Depends only on the sets of names and
    pairs."""
    names = sorted(set(literals))
    groups: dict[str, str] = {}
    named: dict[str, set[str]] = defaultdict(set)
    spelled: InitialsIndex[tuple[str, str]] = InitialsIndex()
    shorts: list[str] = []
    for literal in names:
        long, short = printed_short_name(literal)
        group = groups[literal] = _group_key(literal)
        if short:
            named[body_key(short)].add(group)
        if not short and _short_shaped(long):
            shorts.append(literal)
        else:
            spelled.add(long, (group, long))
    for short, name in stated:
        named[body_key(short)].add(_group_key(name))
    for literal in shorts:
        key = groups[literal]
        if name_key(literal) in families:
            continue
        fits = set(named.get(key, ()))
        if len(_letters(literal)) >= 3:
            fits |= {
                group
                for group, long in spelled.candidates(literal)
                if is_initials_of(literal, long)
            }
        fits.discard(key)
        if len(fits) == 1:
            groups[literal] = fits.pop()
    return groups
