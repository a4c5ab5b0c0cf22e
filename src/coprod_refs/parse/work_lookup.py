"""A listed work found by how a citation names it without its year: the family name of
its first author and, when that author has several works, the opening words of a title.

Notes ("Ostrom, Governing the Commons, 90.") and author-page styles ("(Alford, Engaging
3)") point into the reference list this way; both look works up with these keys.
"""

from __future__ import annotations

import re

from coprod_refs.model.extracted import ExtractedWork
from coprod_refs.text.fold import ascii_fold, name_key

_WORD = re.compile(r"[a-z0-9]+")
_ARTICLES = frozenset(("the", "a", "an"))


def first_author_key(work: ExtractedWork) -> str:
    """The folded name a short citation of `work` opens with: its first author's family
    name (with any particle) or body name; its first editor's when it has no authors."""
    names = work.authors or work.editors
    if not names:
        return ""
    first = names[0]
    return name_key(first.literal if first.is_body else first.particle + first.family)


def author_keys(work: ExtractedWork) -> list[str]:
    """The folded names of all of `work`'s authors (editors when it has none), in order."""
    return [
        name_key(n.literal if n.is_body else n.particle + n.family)
        for n in (work.authors or work.editors)
    ]


def title_words(title: str) -> list[str]:
    """A title's words as a short form is compared with it: folded, without punctuation
    and without a leading article ("The Governance of …" -> ["governance", "of", …])."""
    words = _WORD.findall(ascii_fold(title))
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def opens_with(title: list[str], short: list[str]) -> bool:
    """A short title is the title's opening words ("Governing the Commons")."""
    return bool(short) and len(short) <= len(title) and title[: len(short)] == short
