"""Typo tolerance for search terms: how many typos a term may carry, and a bounded edit
distance (insertions, deletions, substitutions and swaps of neighbouring letters)."""

from __future__ import annotations


def allowed_typos(term: str) -> int:
    """Typos forgiven in a term: none below five letters (too many words lie one letter
    apart), one up to eight letters, two from nine."""
    if len(term) < 5:
        return 0
    return 1 if len(term) < 9 else 2


def within_typos(a: str, b: str, limit: int) -> bool:
    """Whether `a` becomes `b` with at most `limit` edits (a swap of two neighbouring
    letters counts as one)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[len(b)] <= limit
