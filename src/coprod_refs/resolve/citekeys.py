"""Citekeys: readable, ASCII, made once and kept (family name + year + first title word).

The pattern is configurable (`citekey_pattern`); renaming is explicit (`rename_key`) and
keeps the old key as an alias.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Container, Mapping
from functools import lru_cache
from pathlib import Path

from coprod_refs.errors import NotFoundError, UsageError
from coprod_refs.model import Graph, KeyAssignment
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


def _title_words(title: str, count: int) -> str:
    words = []
    for match in _WORD.finditer(ascii_fold(title)):
        # Already folded: lower-case ASCII, so only the punctuation is left to drop.
        word = _NOT_KEY_CHAR.sub("", match.group())[:24]
        if word and word not in FUNCTION_WORDS:
            words.append(word)
            if len(words) == count:
                break
    return "".join(words)


def citekey_from_pattern(pattern: str, families: list[str], year_label: str, title: str) -> str:
    """The key base a pattern gives for a work's authors' family names, year and title;
    the default `[auth][year][shorttitle]` gives `brudney1983toward`."""
    out = []
    for part in parse_pattern(pattern):
        if isinstance(part, str):
            out.append(part)
            continue
        token, number = part
        if token == "auth":
            name = key_part(families[0]) if families else ""
            out.append((name or "anon")[: number or None])
        elif token == "authors":
            count = number or 2
            names = [key_part(f) for f in families[:count]]
            out.append("".join(names) + ("etal" if len(families) > count else "") or "anon")
        elif token == "year":
            out.append(key_part(year_label) or "nd")
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
