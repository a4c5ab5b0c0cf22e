"""Citekeys: readable, ASCII, made once and kept (family name + year + first title word).

The pattern is configurable (`citekey_pattern`); renaming is explicit (`rename_key`) and
keeps the old key as an alias. A law with no author is keyed by its name instead
(`careact2014`, `directive2000-60-ec`: see `citekey_from_pattern`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Container, Iterator, Mapping
from functools import lru_cache
from itertools import islice
from pathlib import Path

from coprod_refs.errors import NotFoundError, UsageError
from coprod_refs.model import Graph, KeyAssignment
from coprod_refs.parse.legislation import law_name, law_number
from coprod_refs.resolve.acronyms import FUNCTION_WORDS as BODY_FUNCTION_WORDS
from coprod_refs.text.fold import ascii_fold, slug
from coprod_refs.text.letters import HAN

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*")
_NOT_KEY_CHAR = re.compile(r"[^a-z0-9]+")
#: A run of Chinese characters, which a title writes without spaces between its words.
_HAN_RUN = re.compile(rf"[{HAN}]{{3,}}")
#: Characters a word of such a run is taken to have: most Chinese words have two.
_HAN_WORD = 2
#: A word of a body's name, its hyphenated parts together ("co-operation").
_NAME_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_APOSTROPHE = re.compile(r"['’]")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

#: Title words that never make a citekey ("The state and..." -> "state").
FUNCTION_WORDS = frozenset(
    "a an the and or of on in to for at by with from into as is are be do does".split()
)


def key_part(text: str, limit: int = 24) -> str:
    """An ASCII, lower-case, punctuation-free key fragment."""
    return _NOT_KEY_CHAR.sub("", ascii_fold(text))[:limit]


def body_key_name(name: str) -> str:
    """What a body's name gives a citekey for its author: the name itself when it has one
    or two words besides function words ("OECD", "World Bank" -> "worldbank", "Department
    of Health" -> "departmenthealth"), else the initials of those words ("World Health
    Organization" -> "who", "Wetenschappelijke Raad voor het Regeringsbeleid" -> "wrr").
    A bracketed part ("nef (New Economics Foundation)") is left out."""
    plain = _APOSTROPHE.sub("", _BRACKETED.sub(" ", ascii_fold(name)))
    words = [w for w in _NAME_WORD.findall(plain) if w not in BODY_FUNCTION_WORDS]
    if len(words) <= 2:
        return "".join(words).replace("-", "")
    return "".join(w[0] for w in words)


def unique_key(base: str, *taken: Container[str]) -> str:
    """`base`, or `base` plus the first free letter suffix (a, b, ..., z, aa, ab, ...);
    free is in none of `taken` (several, so that none has to be copied into one)."""

    def free(key: str) -> bool:
        return not any(key in t for t in taken)

    if free(base):
        return base
    n = 0
    while True:
        suffix, k = "", n
        while True:
            suffix = chr(ord("a") + k % 26) + suffix
            k = k // 26 - 1
            if k < 0:
                break
        if free(base + suffix):
            return base + suffix
        n += 1


#: The default key pattern: first author's family name, year, first significant title word.
DEFAULT_PATTERN = "[auth][year][shorttitle]"

_PATTERN_PART = re.compile(r"\[([a-z]+)(\d*)\]|([a-z0-9_:.-]+)")
_TOKENS = ("auth", "authors", "year", "shorttitle", "veryshorttitle")
_SAFE_KEY = re.compile(r"[A-Za-z0-9_:./+-]+")


@lru_cache(maxsize=64)
def parse_pattern(pattern: str) -> list[tuple[str, int] | str]:
    """The parts of a key pattern: (token, number) pairs and literal text.

    Tokens: `[auth]` (first author's family name, `[auth4]` its first 4 letters),
    `[authorsN]` (the first N authors' family names, then `etal`), `[year]`,
    `[shorttitle]` (first significant title word, `[shorttitle3]` the first three),
    `[veryshorttitle]`. Literal text may use a-z, 0-9 and `_ : . -`.
    """
    parts: list[tuple[str, int] | str] = []
    pos = 0
    while pos < len(pattern):
        match = _PATTERN_PART.match(pattern, pos)
        if match is None:
            raise UsageError(f"citekey pattern {pattern!r}: unexpected text at column {pos + 1}")
        if match.group(3):
            parts.append(match.group(3))
        elif match.group(1) in _TOKENS:
            parts.append((match.group(1), int(match.group(2) or 0)))
        else:
            raise UsageError(f"citekey pattern {pattern!r}: unknown token [{match.group(1)}]")
        pos = match.end()
    if not parts:
        raise UsageError("citekey pattern is empty")
    return parts


def _han_words(run: re.Match[str]) -> str:
    text = run.group()
    return " ".join(text[i : i + _HAN_WORD] for i in range(0, len(text), _HAN_WORD))


def _significant_words(title: str) -> Iterator[str]:
    """A title's words as key fragments, function words left out; a run of Chinese
    characters gives a word per two characters ("公共服务合作" gives "gonggong", "fuwu",
    "hezuo"), not one word of the whole run."""
    if not title.isascii():
        title = _HAN_RUN.sub(_han_words, title)
    for match in _WORD.finditer(ascii_fold(title)):
        # Already folded: lower-case ASCII, so only the punctuation is left to drop.
        word = _NOT_KEY_CHAR.sub("", match.group())[:24]
        if word and word not in FUNCTION_WORDS:
            yield word


def _title_words(title: str, count: int) -> str:
    """The first `count` significant words of a title, run together."""
    return "".join(islice(_significant_words(title), count))


#: The most characters a law's name gives a key: whole words, the first one always.
_LAW_NAME_CHARS = 40


def _law_name_part(name: str) -> str:
    """A law's name as a key fragment: its significant words, as many as fit in
    `_LAW_NAME_CHARS` ("Care and Support (Eligibility Criteria) Regulations" ->
    "caresupporteligibilitycriteria")."""
    part = ""
    for word in _significant_words(name):
        if part and len(part) + len(word) > _LAW_NAME_CHARS:
            break
        part += word
    return part


def _names_author(pattern: str) -> bool:
    """True when the pattern has a token for the author ([auth], [authorsN])."""
    return any(isinstance(p, tuple) and p[0] in ("auth", "authors") for p in parse_pattern(pattern))


def citekey_from_pattern(
    pattern: str, families: list[str], year_label: str, title: str, *, law: bool = False
) -> str:
    """The key base a pattern gives for a work's authors' family names, year and title;
    the default `[auth][year][shorttitle]` gives `brudney1983toward`.

    A law (`law`, CSL type legislation) with no author is known by its name, not as
    "anon": the author tokens give the name its title calls it by ("Care Act 2014" ->
    `careact`), the year token its year, and the title tokens, which would say the name
    again, nothing when the pattern has an author token (else the name's words); an EU act
    or a numbered French law is known by its kind and number, which holds the year, so the
    author tokens give the kind and the year token the number (`directive2000-60-ec`,
    `loi2002-2`). The default pattern gives `careact2014`.
    """
    if law and not families:
        name, year, words = _law_parts(year_label, title)
        return _fill(pattern, [name], year, "" if _names_author(pattern) else words)
    names = [key_part(f) for f in families]
    return _fill(pattern, names, key_part(year_label) or "nd", title)


def _law_parts(year_label: str, title: str) -> tuple[str, str, str]:
    """What a law with no author puts in a key: its name (or kind) for the author, its
    year (or number), and the words its title tokens take."""
    numbered = law_number(title)
    if numbered is not None:
        kind, number = numbered
        return key_part(kind), slug(number), kind
    name = law_name(title)[0]
    return _law_name_part(name), key_part(year_label) or "nd", name


def _fill(pattern: str, names: list[str], year: str, title: str) -> str:
    """The pattern with its tokens filled: `names` are the authors' key fragments, `year`
    the year's, `title` the text the title tokens take words from."""
    out = []
    for part in parse_pattern(pattern):
        if isinstance(part, str):
            out.append(part)
            continue
        token, number = part
        if token == "auth":
            out.append(((names[0] if names else "") or "anon")[: number or None])
        elif token == "authors":
            count = number or 2
            out.append("".join(names[:count]) + ("etal" if len(names) > count else "") or "anon")
        elif token == "year":
            out.append(year)
        else:
            out.append(_title_words(title, 1 if token == "veryshorttitle" else number or 1))
    return "".join(out)


def citekey_pattern(config: Mapping[str, object], project_dir: Path | None = None) -> str:
    """The key pattern in force: the store's config.json `citekey_pattern`, else
    `[tool.coprod-refs] citekey_pattern` in `project_dir`/pyproject.toml, else the default.
    An invalid pattern raises UsageError naming where it came from."""
    pattern = config.get("citekey_pattern")
    source = "config.json"
    if pattern is None and project_dir is not None:
        pyproject = project_dir / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise UsageError(f"cannot read: {exc}", file=pyproject) from None
            pattern = data.get("tool", {}).get("coprod-refs", {}).get("citekey_pattern")
            source = str(pyproject)
    if pattern is None:
        return DEFAULT_PATTERN
    if not isinstance(pattern, str):
        raise UsageError(f"{source}: citekey_pattern must be a string")
    parse_pattern(pattern)
    return pattern


def is_safe_key(key: str) -> bool:
    """True for a key BibTeX, biber and pandoc all accept: ASCII letters, digits, `_:./+-`."""
    return bool(_SAFE_KEY.fullmatch(key))


def rename_key(
    graph: Graph, keys: list[KeyAssignment], old: str, new: str
) -> tuple[Graph, list[KeyAssignment]]:
    """The graph and key registry with work `old` renamed to `new`, `old` kept as an alias.

    Refuses (UsageError) a `new` that is unsafe or taken by another work's key or alias;
    citations, ambiguities and sources follow the rename.
    """
    if old not in graph.works:
        current = graph.aliases.get(old)
        if current is not None:
            raise UsageError(f"{old} is an alias of {current}: rename {current} instead")
        raise NotFoundError(f"no work with citekey {old}")
    if not is_safe_key(new):
        raise UsageError(f"{new!r} is not a safe citekey (use letters, digits and _:./+-)")
    if new == old:
        raise UsageError(f"{old} already has that key")
    owner = new if new in graph.works else graph.aliases.get(new)
    if owner is not None and owner != old:
        raise UsageError(f"{new} is taken by {owner}")

    def swap(key: str) -> str:
        return new if key == old else key

    work = graph.works[old]
    aliases = [a for a in work.aliases if a != new]
    renamed = work.model_copy(update={"key": new, "aliases": [*aliases, old]})
    new_graph = Graph(
        works={swap(k): renamed if k == old else w for k, w in graph.works.items()},
        agents=graph.agents,
        venues=graph.venues,
        citations=[
            c.model_copy(update={"citing": swap(c.citing), "cited": swap(c.cited)})
            for c in graph.citations
        ],
        sources={
            i: s.model_copy(update={"work": swap(s.work)}) if s.work else s
            for i, s in graph.sources.items()
        },
        ambiguities=[
            a.model_copy(
                update={
                    "citing": swap(a.citing),
                    "candidates": [swap(c) for c in a.candidates],
                    "chosen": swap(a.chosen) if a.chosen else "",
                }
            )
            for a in graph.ambiguities
        ],
    )
    new_keys = [
        k.model_copy(update={"key": new, "aliases": [*(a for a in k.aliases if a != new), old]})
        if k.key == old
        else k
        for k in keys
    ]
    return new_graph, new_keys
