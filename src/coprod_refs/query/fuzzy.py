"""Typo tolerance for search terms: how many typos a term may carry, and whether two
terms lie within them (insertions, deletions, substitutions and swaps of neighbouring
letters, by rapidfuzz's optimal-string-alignment distance)."""

from __future__ import annotations

from rapidfuzz.distance import OSA


def allowed_typos(term: str) -> int:
    """Typos forgiven in a term: none below five letters (too many words lie one letter
    apart), one up to eight letters, two from nine."""
    if len(term) < 5:
        return 0
    return 1 if len(term) < 9 else 2


def within_typos(a: str, b: str, limit: int) -> bool:
    """Whether `a` becomes `b` with at most `limit` edits (a swap of two neighbouring
    letters counts as one)."""
    return OSA.distance(a, b, score_cutoff=limit) <= limit
