"""Relevance: BM25F weights computed when the index is built, summed when a query runs.

A work's weight for a term mixes the term's frequency in each field (title, abstract,
keywords, the sentences that cite the work, author names), each scaled by a field boost
and normalised by the field's length (BM25F). The saturated weight is stored in the
index, so a query only adds `idf(term) * weight` over the works that match.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Mapping
from typing import Literal

#: Term-frequency saturation: how quickly repeats of a word stop adding to the score.
K1 = 1.2

#: How much one occurrence in each field counts, relative to the abstract.
FIELD_BOOST: dict[str, float] = {
    "title": 3.0,
    "keywords": 2.0,
    "authors": 2.5,
    "abstract": 1.0,
    "contexts": 0.6,
    "venue": 1.0,
}

#: Length normalisation per field: 0 ignores length, 1 divides fully by relative length.
FIELD_B: dict[str, float] = {
    "title": 0.4,
    "keywords": 0.3,
    "authors": 0.2,
    "abstract": 0.75,
    "contexts": 0.75,
    "venue": 0.3,
}

SortOrder = Literal["relevance", "year", "cited"]
SORT_ORDERS: tuple[str, ...] = ("relevance", "year", "cited")


def idf(df: int, n_docs: int) -> float:
    """Inverse document frequency (the BM25 form, never negative)."""
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


def field_tf(tf: int, length: int, average: float, field: str) -> float:
    """A field's term frequency scaled by its boost and normalised by its length."""
    b = FIELD_B[field]
    norm = 1.0 - b + b * (length / average if average > 0 else 1.0)
    return FIELD_BOOST[field] * tf / norm


def saturate(pseudo_tf: float) -> float:
    """The BM25 saturation of a (combined) term frequency: grows towards K1 + 1."""
    return pseudo_tf * (K1 + 1.0) / (K1 + pseudo_tf)


def _first(scores: Mapping[int, float], limit: int, measure: Callable[[int], float]) -> list[int]:
    """Documents that can be among the first `limit` by `measure` (descending): the
    `limit`-th best value is found at C speed, then only documents reaching it are kept
    for the exact ordering."""
    values = (
        list(scores.values()) if measure == scores.__getitem__ else [measure(d) for d in scores]
    )
    threshold = heapq.nlargest(limit, values)[-1] - 1e-6
    return [d for d, v in zip(scores, values, strict=True) if v >= threshold]


def rank(
    scores: Mapping[int, float],
    limit: int | None,
    sort: SortOrder,
    year_of: Callable[[int], int],
    cited_of: Callable[[int], int],
) -> list[int]:
    """Document ids in result order, at most `limit`.

    relevance: score, then times cited, then citekey; year: newest first (unknown last),
    then score, then citekey; cited: times cited, then score, then citekey. Document ids
    follow citekey order, so every tie ends in the same order on every run. Scores are
    rounded to six decimals first, so float noise never decides an order.
    """
    if not scores:
        return []
    primary: Callable[[int], float] = {
        "relevance": scores.__getitem__,
        "year": year_of,
        "cited": cited_of,
    }[sort]
    candidates = list(scores)
    if limit is not None and limit < len(scores):
        candidates = _first(scores, limit, primary)

    def order(d: int) -> tuple[float, float, float, int]:
        score = round(scores[d], 6)
        if sort == "relevance":
            return (-score, -cited_of(d), 0, d)
        return (-primary(d), -score, 0, d)

    candidates.sort(key=order)
    return candidates if limit is None else candidates[:limit]
