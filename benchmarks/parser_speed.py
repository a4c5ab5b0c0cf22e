"""References parsed per second, single core: coprod-refs and refextract side by side.

    python benchmarks/parser_speed.py [--repeat N] [--no-refextract]

Both parse the same strings: the held-out split of the annotated data plus seed 002's
reference list. Model loading and interpreter start-up are excluded; each figure is the
best of N runs (the machine is shared, so the best run is the least disturbed one).
"""

from __future__ import annotations

import argparse
import sys
import time

from parser_accuracy import (
    DEFAULT_DATA,
    GOLD_002,
    is_held_out,
    load_gold_002,
    load_references,
    refextract_python,
    run_refextract,
)

from coprod_refs.parse.features import token_features
from coprod_refs.parse.reference import parse_reference, parse_references


def _best_rate(texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        token_features.cache_clear()
        started = time.perf_counter()
        parse_references(texts)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    """Time both parsers and print references per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-refextract", action="store_true")
    args = parser.parse_args(argv)

    texts = [r.text for r in load_references(DEFAULT_DATA) if is_held_out(r)]
    if GOLD_002.exists():
        texts += load_gold_002()[0]
    parse_reference("Warm, U. P. (2020). Loading the model. Journal, 1, 1–2.")
    ours = _best_rate(texts, args.repeat)
    print(f"strings: {len(texts)} (held-out split + seed 002 list), best of {args.repeat}")
    print(f"{'parser':<14}{'refs/s':>10}")
    print(f"{'coprod-refs':<14}{ours:>10.0f}")
    if args.no_refextract:
        return 0
    python = refextract_python()
    if python is None:
        print(f"{'refextract':<14}{'not installed':>10}")
        return 0
    seconds = min(run_refextract(python, texts)[1] for _ in range(max(1, args.repeat - 1)))
    print(f"{'refextract':<14}{len(texts) / seconds:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
