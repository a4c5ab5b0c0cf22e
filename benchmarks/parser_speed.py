"""References parsed per second, single core: coprod-refs and refextract side by side.

    python benchmarks/parser_speed.py [--repeat N] [--no-refextract] [--no-pure]

Both parse the same strings: the held-out split of the annotated data plus seed 002's
reference list. Model loading and interpreter start-up are excluded. coprod-refs is
timed in CPU time of its process and in wall-clock time, best of N runs (the machine is
shared, so the best run is the least disturbed one), once with every per-word cache of
the parser emptied first ("cold", as for a new text) and once with them filled by the
run before ("warm", as in a long ingest). Each mode is timed in a fresh interpreter of
its own, so that the cache churn of one never shapes the memory the other is timed in.
When the installed parser is compiled (setup.py), its Python sources are timed too, from
a copy of the package without the compiled modules, as a pure-Python install runs.
refextract runs once in its own venv.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from parser_accuracy import (
    DEFAULT_DATA,
    GOLD_002,
    load_gold_002,
    load_references,
    refextract_python,
    run_refextract,
)
from train_parser import is_held_out

from coprod_refs.parse.compiled import (
    compiled_modules,
    copy_python_sources,
    stale_compiled_modules,
)
from coprod_refs.parse.reference import clear_caches, parse_reference, parse_references


def _best_rates(texts: list[str], repeat: int, cold: bool) -> tuple[float, float]:
    """(CPU-time rate, wall-clock rate) of the best of `repeat` runs, in references/s."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        if cold:
            clear_caches()
        wall, cpu = time.perf_counter(), time.process_time()
        parse_references(texts)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return len(texts) / best_cpu, len(texts) / best_wall


def _measure_mode(texts: list[str], repeat: int, mode: str) -> None:
    """Time one mode in this process and print its rates as JSON (for `main`)."""
    parse_reference("Warm, U. P. (2020). Loading the model. Journal, 1, 1–2.")
    if os.environ.get("COPROD_REFS_SOURCES") and compiled_modules():
        sys.exit("the copy of the Python sources was not the package imported")
    if mode == "warm":
        parse_references(texts)  # fill the caches, as a long ingest has
    cpu, wall = _best_rates(texts, repeat, cold=mode == "cold")
    print(json.dumps({"cpu": cpu, "wall": wall}))


def _mode_in_own_process(mode: str, repeat: int, pure_copy: Path | None) -> tuple[float, float]:
    """(CPU-time rate, wall-clock rate) of `mode`, timed in a fresh interpreter, so that
    one mode's cache churn never shapes the memory the other is timed in; with
    `pure_copy`, of the package's Python sources copied there."""
    env = dict(os.environ)
    if pure_copy is not None:
        env["COPROD_REFS_SOURCES"] = str(pure_copy)  # read by parser_accuracy
    result = subprocess.run(
        [sys.executable, __file__, "--mode", mode, "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    rates = json.loads(result.stdout.strip().splitlines()[-1])
    return rates["cpu"], rates["wall"]


def main(argv: list[str] | None = None) -> int:
    """Time both parsers and print references per second."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-refextract", action="store_true")
    parser.add_argument(
        "--no-pure", action="store_true", help="do not also time the Python sources alone"
    )
    parser.add_argument("--mode", choices=("cold", "warm"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    texts = [r.text for r in load_references(DEFAULT_DATA) if is_held_out(r)]
    if GOLD_002.exists():
        texts += load_gold_002()[0]
    if args.mode:
        _measure_mode(texts, args.repeat, args.mode)
        return 0
    stale = stale_compiled_modules()
    if stale:
        sys.exit(f"compiled modules older than their sources: {', '.join(stale)}; reinstall")
    compiled = compiled_modules()
    print(f"strings: {len(texts)} (held-out split + seed 002 list), best of {args.repeat}")
    print(f"compiled modules: {', '.join(compiled) or 'none (installed as pure Python)'}")
    print(f"{'parser':<36}{'refs/s (CPU)':>14}{'refs/s (wall)':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        builds = [("", None)]
        if compiled and not args.no_pure:
            builds.append((", pure Python", copy_python_sources(Path(tmp))))
        for name, pure_copy in builds:
            for mode in ("cold", "warm"):
                cpu, wall = _mode_in_own_process(mode, args.repeat, pure_copy)
                print(f"{f'coprod-refs{name}, {mode} caches':<36}{cpu:>14.0f}{wall:>15.0f}")
    if args.no_refextract:
        return 0
    python = refextract_python()
    if python is None:
        print(f"{'refextract':<36}{'not installed':>29}")
        return 0
    seconds = run_refextract(python, texts)[1]
    cpu, wall = len(texts) / seconds["cpu"], len(texts) / seconds["wall"]
    print(f"{'refextract (one run)':<36}{cpu:>14.1f}{wall:>15.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
