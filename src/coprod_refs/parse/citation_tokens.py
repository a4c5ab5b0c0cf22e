"""Tokens of running text for reading in-text citations, and the small helpers every
citation grammar shares.

A word (W), a number (N) or one other character (P), each with its offsets in the text,
so a reading can be mapped back to the exact surface it came from. The author-year
grammar (`citation_grammar`), the narrative names (`cited_names`) and the numbered
grammar (`numbered_citations`) all read these tokens; keeping them here lets those
modules depend on one base instead of on each other.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from coprod_refs.text.letters import HAN

#: Words, numbers and single marks.
_TOKEN = re.compile(r"(?P<W>[^\W\d_]+(?:['’\-\u2010][^\W\d_]+)*)|(?P<N>\d+)|(?P<P>\S)")
#: The same, where a Chinese character is a mark of its own, so that a name written right
#: after one ("如Ostrom（1996）") is a word; for text that is not ASCII only.
_TOKEN_HAN = re.compile(
    rf"(?P<W>[^\W\d_{HAN}]+(?:['’\-\u2010][^\W\d_{HAN}]+)*)|(?P<N>\d+)|(?P<P>\S)"
)


class Tok(NamedTuple):
    """A word (W), a number (N) or one other character (P), with offsets in the text; a
    word the text uses as a name though it is written in lower case ("nef") is marked L."""

    kind: str
    text: str
    start: int
    end: int


def tokenize(text: str, base: int = 0) -> list[Tok]:
    """Tokens of `text`, offsets shifted by `base`."""
    return [
        Tok(m.lastgroup or "P", m.group(), m.start() + base, m.end() + base)
        for m in (_TOKEN if text.isascii() else _TOKEN_HAN).finditer(text)
    ]


def mark_names(toks: list[Tok], names: frozenset[str]) -> list[Tok]:
    """The tokens with the lower-case words in `names` marked as names (kind L), so
    that "(nef 2008)" reads like "(Nef 2008)"."""
    if not names:
        return toks
    return [t._replace(kind="L") if t.kind == "W" and t.text in names else t for t in toks]


def text_at(toks: list[Tok], i: int) -> str:
    """The text of token i, or "" when i is outside the tokens (so look-ahead and
    look-behind need no bounds checks)."""
    return toks[i].text if 0 <= i < len(toks) else ""


def is_capitalised(tok: Tok) -> bool:
    """A word that can start a name: "Ostrom", "McCallum", "d'Alembert", "OECD", and a
    lower-case word marked as a name ("nef")."""
    if tok.kind == "L":
        return True
    if tok.kind != "W":
        return False
    word = tok.text
    if word[0].isupper():
        return True
    return len(word) > 2 and word[1] in "'’" and word[2].isupper()


def is_acronym(word: str) -> bool:
    """A body's short name: two capitals or more, and more capitals than small letters
    ("WRR", "OECD", "KGSt", "DfE"; not "McDonald")."""
    upper = sum(c.isupper() for c in word)
    return upper >= 2 and upper > sum(c.islower() for c in word)


def is_capitalised_at(toks: list[Tok], i: int) -> bool:
    """Token i exists and is a capitalised word."""
    return i < len(toks) and is_capitalised(toks[i])


def is_initial(toks: list[Tok], i: int) -> bool:
    """Token i is one capital letter followed by a full stop ("E." of "E. Ostrom")."""
    tok = toks[i] if i < len(toks) else None
    return (
        tok is not None
        and tok.kind == "W"
        and len(tok.text) == 1
        and tok.text.isupper()
        and text_at(toks, i + 1) == "."
    )


def joined_text(toks: list[Tok]) -> str:
    """The text of the tokens, a space wherever the text had white space between them."""
    parts: list[str] = []
    for k, tok in enumerate(toks):
        glue = "" if k == 0 or tok.start == toks[k - 1].end else " "
        parts.append(glue + tok.text)
    return "".join(parts)


def prefix_text(toks: list[Tok], end: int) -> str:
    """The text of the first `end` tokens with their original spacing, without trailing
    ",", ":" or spaces: the prefix of a citation ("see", "cf.")."""
    return joined_text(toks[:end]).rstrip(",: ")
