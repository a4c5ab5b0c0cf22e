"""Forgiving matching: every spelling variant of a word folds to one search term.

The same functions analyse the stored text (when the index is built) and the query (when
it is run), so a variant matches whenever both sides fold to the same term:

- case, diacritics and transliteration: "Löffler" = "Loeffler" = "Loffler" for names
  (`coprod_refs.text.fold.name_key`), "Grönroos" = "gronroos" for words;
- hyphens and spaces after a bound prefix (co-, re-, non-, e-, ...): "co-production" =
  "coproduction" = "co production", "co-design" = "codesign";
- other hyphenated compounds are indexed both whole and in parts: "street-level" matches
  "streetlevel", "street level" and the phrase "street level";
- singular and plural: a light S-stemmer ("services" = "service", "policies" = "policy");
- British and American spelling: -ise/-ize, -yse/-yze, -our/-or, -re/-er, -ll-/-l-,
  -ogue/-og, and a short table of single words (programme, defence, ageing, ...).

Stop words ("the", "of", ...) are not searched on their own, only inside phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from coprod_refs.text.fold import ascii_fold, name_key
from coprod_refs.text.letters import HAN

#: Prefixes that are not words on their own: "co production" is one word, "coproduction".
BOUND_PREFIXES = frozenset(
    "co re pre non anti inter intra multi semi socio quasi pseudo micro macro neo sub e".split()
)

#: Words too common to search for alone; they still count inside quoted phrases.
STOP_WORDS = frozenset(
    """a an the and or of on in to for at by with from into as is are was were be been
    being it its this that these those their there than then but not no nor so such
    do does did has have had can could may might will would should shall""".split()
)

# A word: letters and digits, with hyphens or apostrophes inside ("co-production",
# "O'Brien"). Our own fixed pattern; user text is never compiled into a regex.
#: A word: letters and digits, maybe joined by hyphens or apostrophes; a Chinese
#: character is a word of its own, since Chinese writes no space between words ("合作生产"
#: is found in "公共服务合作生产研究").
_WORD = re.compile(rf"[{HAN}]|[^\W_{HAN}]+(?:[-'\u2019\u2010\u2011\u2013\u00ad][^\W_{HAN}]+)*")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2013": "-"})
_DROPPED = str.maketrans("", "", "'\u2019\u00ad")

# British -our words, by the part before "our": behaviour/behavior, labour/labor, ...
_OUR_STEMS = tuple(
    """behavi neighb lab col fav hon harb rum vig hum flav endeav sav od val clam glam arm
    parl savi splend ferv rig tum cand ard demean vap arb""".split()
)
# -re/-er words: the American form maps to the British one, so "centr*" finds both.
_RE_ER = {
    "center": "centre",
    "centered": "centred",
    "centering": "centring",
    "theater": "theatre",
    "fiber": "fibre",
    "liter": "litre",
    "meter": "metre",
    "caliber": "calibre",
    "specter": "spectre",
    "somber": "sombre",
    "luster": "lustre",
    "meager": "meagre",
    "saber": "sabre",
}
# Single words with no general rule.
_WORD_TABLE = {
    "programme": "program",
    "defense": "defence",
    "offense": "offence",
    "license": "licence",
    "pretense": "pretence",
    "practise": "practice",
    "aging": "ageing",
    "judgment": "judgement",
    "acknowledgment": "acknowledgement",
    "enrollment": "enrolment",
    "fulfillment": "fulfilment",
    "gray": "grey",
    "skeptic": "sceptic",
    "skeptical": "sceptical",
    "pediatric": "paediatric",
    "encyclopedia": "encyclopaedia",
    "maneuver": "manoeuvre",
    "children": "child",
    "women": "woman",
    "men": "man",
}
_LL_ENDINGS = (("elled", "eled"), ("elling", "eling"), ("ellor", "elor"), ("eller", "eler"))


def singular(word: str) -> str:
    """The singular of a folded word by suffix rules ("policies" -> "policy").

    Short words, words with digits and Latin/Greek endings (-us, -is, -ss) stay as they
    are; the rules need not produce real words, only the same term for both numbers.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and not word.endswith(("eies", "aies")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _ize_to_ise(word: str) -> str:
    """-ize/-yze spellings to -ise/-yse, also as the end of a prefix ("organiz")."""
    chars = list(word)
    for i in range(3, len(chars) - 1):
        if chars[i + 1] == "z" and chars[i] in "iy":
            nxt = chars[i + 2] if i + 2 < len(chars) else ""
            if nxt in ("", "e", "a", "i"):
                chars[i + 1] = "s"
    return "".join(chars)


def british(word: str) -> str:
    """One spelling for British and American variants of a folded word."""
    word = _WORD_TABLE.get(word, word)
    word = _RE_ER.get(word, word)
    if "z" in word:
        word = _ize_to_ise(word)
    if "or" in word:
        for stem in _OUR_STEMS:
            if word.startswith(stem + "or"):
                return stem + "our" + word[len(stem) + 2 :]
    for long, short in _LL_ENDINGS:
        if word.endswith(long) and len(word) > len(long) + 1:
            return word[: -len(long)] + short
    if word.endswith("ogue") and len(word) >= 7:
        return word[:-2]
    return word


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """The search term for one folded, hyphen-free word: singular, one spelling."""
    return british(singular(word))


@lru_cache(maxsize=4096)
def normalize_prefix(prefix: str) -> str:
    """The search-term prefix for a `word*` query: folded and respelled, not singularised."""
    folded = ascii_fold(prefix).translate(_HYPHENS).translate(_DROPPED)
    return british("".join(ch for ch in folded if ch.isalnum()))


class Position(NamedTuple):
    """One word position of analysed text: its term, alternates at the same place
    (the whole form of a split compound), and the character span it came from."""

    term: str
    alternates: tuple[str, ...]
    start: int
    end: int


@lru_cache(maxsize=262144)
def _fold_word(raw: str) -> str:
    return ascii_fold(raw.translate(_HYPHENS)).translate(_DROPPED)


WordTerms = tuple[tuple[str, tuple[str, ...]], ...]


@lru_cache(maxsize=262144)
def _word_terms(folded: str) -> WordTerms:
    """(term, alternates) of each position of one folded word that may contain hyphens."""
    parts = [p for p in folded.split("-") if p]
    groups: list[str] = []
    pending = ""
    for part in parts:
        if part in BOUND_PREFIXES:
            pending += part
            continue
        groups.append(pending + part)
        pending = ""
    if pending:
        groups.append(pending)
    terms = [normalize_word(g) for g in groups if g.isalnum()]
    if len(terms) <= 1:
        return tuple((t, ()) for t in terms)
    whole = normalize_word("".join(groups))
    return ((terms[0], (whole,)), *((t, ()) for t in terms[1:]))


def _words(text: str) -> Iterator[tuple[WordTerms, int, int]]:
    """Each word of `text` with its terms and span; a bound prefix standing alone before
    another word ("co production") joins it."""
    prefix_start = -1
    pending = ""
    last_end = 0
    for match in _WORD.finditer(text):
        folded = _fold_word(match.group())
        if pending and not text[last_end : match.start()].isspace():
            yield _word_terms(pending), prefix_start, last_end
            pending = ""
        if folded in BOUND_PREFIXES:
            if not pending:
                prefix_start = match.start()
            pending += folded
            last_end = match.end()
            continue
        start = prefix_start if pending else match.start()
        yield _word_terms(pending + folded), start, match.end()
        pending = ""
        last_end = match.end()
    if pending:
        yield _word_terms(pending), prefix_start, last_end


def analyze(text: str) -> list[Position]:
    """Word positions of free text, folded and normalised (see the module rules)."""
    return [Position(t, alts, s, e) for terms, s, e in _words(text) for t, alts in terms]


def analyze_terms(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(term, alternates) of each position of `text`: `analyze` without spans, for indexing."""
    return [pair for terms, _, _ in _words(text) for pair in terms]


def word_count(text: str) -> int:
    """How many words `text` has (the field length used by ranking)."""
    return sum(1 for _ in _WORD.finditer(text))


def name_terms(text: str) -> list[str]:
    """Search terms of a personal or corporate name: each part by `name_key`, plus the
    whole of a hyphenated or spaced family name ("Martin-Smith" -> martin, smith,
    martinsmith)."""
    out: list[str] = []
    for match in _WORD.finditer(text):
        raw = match.group()
        parts = [name_key(p) for p in _fold_word(raw).split("-")]
        out.extend(p for p in parts if p)
        if len(parts) > 1:
            out.append(name_key(raw))
    return out


def is_stop_word(term: str) -> bool:
    """True for a word searched only inside phrases."""
    return term in STOP_WORDS


def highlight_spans(
    text: str, terms: frozenset[str], prefixes: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Character spans of `text` whose words fold to one of `terms` (text or name terms)
    or start with one of `prefixes`: what a result table highlights."""
    spans: list[tuple[int, int]] = []
    if not terms and not prefixes:
        return spans
    for pos in analyze(text):
        forms = (pos.term, *pos.alternates, *name_terms(text[pos.start : pos.end]))
        span = (pos.start, pos.end)
        if (not spans or spans[-1] != span) and any(
            f in terms or f.startswith(prefixes) for f in forms if f
        ):
            spans.append(span)
    return spans
