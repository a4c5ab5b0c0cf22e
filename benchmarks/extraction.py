"""Speed of text extraction: normalisation, in-text citations and the reference-section
finder, on generated text, side by side with refextract's reference-section extraction.

    python benchmarks/extraction.py [--repeat 3] [--no-refextract]

Inputs are built from the seeds: full texts 001 + 003 repeated (author-year citations), a
generated Vancouver article citing a numbered list, and seed 002's 76 references laid out
as a web bullet list with link noise, as PDF text wrapped at 70 columns (flat and with
hanging indents) and as an IEEE numbered list. Our figures are the best of `--repeat`
runs. refextract (PyPI) is installed into a throw-away venv under benchmarks/.cache/ and
run in its own process on the same 76-entry lists (after one warm-up call, so loading
its knowledge bases is not counted); for each tool the number of entries found is printed
beside the true count.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Sized
from pathlib import Path

from parser_accuracy import run_in_venv

from coprod_refs.parse import finder
from coprod_refs.parse.finder import find_reference_entries
from coprod_refs.parse.mentions import find_mentions
from coprod_refs.text.normalize import normalize

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "data" / "seeds"
REFEXTRACT_VENV = HERE / ".cache" / "refextract-venv"
SEED_001 = "001_c1389e5dd48f0673.txt"
SEED_002 = "002_3716a2e5d62b8571.txt"
SEED_003 = "003_eec7361a264f92c8.txt"
#: Copies of 001 + 003 in the author-year corpus, and of 002's list in the large lists.
TEXT_COPIES = 40
LIST_COPIES = 200
#: A numbered list stays under 1,000 entries (list numbers have at most three digits).
NUMBERED_COPIES = 13

_REFEXTRACT_RUNNER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
from refextract import extract_references_from_string
texts = json.load(sys.stdin)
extract_references_from_string("References\n[1] A. Smith, Phys. Rev. D 1 (1990) 1.")
out = []
for text in texts:
    started = time.perf_counter()
    refs = extract_references_from_string(text, is_only_references=False)
    out.append({"entries": len(refs), "seconds": time.perf_counter() - started})
json.dump(out, sys.stdout)
"""


def seed(name: str) -> str:
    """The text of one seed file."""
    return (SEEDS / name).read_text(encoding="utf-8")


def seed002_entries() -> list[str]:
    """The 76 clean entries of seed 002's reference list."""
    return [e.text for e in find_reference_entries(seed(SEED_002))]


def web_list(copies: int) -> str:
    """Seed 002's list as its web page shows it (bullets, "Google Scholar" lines), repeated
    under one heading."""
    text = seed(SEED_002)
    section = finder.find_reference_section(text)
    assert section is not None
    body = text[section[0] : section[1]].split("\n", 1)[1]
    return "References\n" + "\n".join([body] * copies) + "\n\nDownload references\n"


def wrapped_list(entries: list[str], copies: int, indent: str) -> str:
    """The entries wrapped at 70 columns like PDF text, continuation lines indented by
    `indent` (flat when empty), repeated under one heading."""
    lines = ["References"]
    for _ in range(copies):
        for entry in entries:
            lines.extend(textwrap.wrap(entry, 70, subsequent_indent=indent))
    return "\n".join(lines) + "\n"


def numbered_list(entries: list[str], copies: int) -> str:
    """The entries as an IEEE list ("[12] ..."), wrapped at 70 columns."""
    lines = ["References"]
    for number, entry in enumerate(entries * copies, 1):
        lines.extend(textwrap.wrap(f"[{number}] {entry}", 70, subsequent_indent="    "))
    return "\n".join(lines) + "\n"


def vancouver_article(entries: list[str], paragraphs: int) -> str:
    """A long article citing a Vancouver list ("12. ...") with "[3]", "[4, 6–8]", "Smith
    [5]" and "refs. 2–3"."""
    count = len(entries)
    body = []
    for k in range(paragraphs):
        a, b, c = k % count + 1, (k * 7) % count + 1, (k * 13) % (count - 3) + 1
        body.append(
            f"Co-production of public services has been studied in many settings [{a}]. "
            f"Some authors stress the role of users [{b}, {c}–{c + 2}], while Smith [{a}] "
            f"argues that professionals matter as much, as refs. {c}–{c + 1} discuss at "
            "length in their reviews of local government practice and service quality."
        )
    listing = [f"{n}. {entry}" for n, entry in enumerate(entries, 1)]
    return "\n\n".join(body) + "\n\nReferences\n\n" + "\n".join(listing) + "\n"


def best_of(repeat: int, run: Callable[[], Sized]) -> tuple[float, int]:
    """The shortest wall time of `repeat` runs and the size of the result (finder cache
    cleared before each run, so every run does the whole work)."""
    best = float("inf")
    size = 0
    for _ in range(repeat):
        finder.clear_caches()
        started = time.perf_counter()
        size = len(run())
        best = min(best, time.perf_counter() - started)
    return best, size


def refextract_python(install: bool) -> Path | None:
    """The interpreter of the refextract venv, created (pip install refextract) if asked."""
    python = REFEXTRACT_VENV / "bin" / "python"
    if not python.exists() and install:
        subprocess.run([sys.executable, "-m", "venv", str(REFEXTRACT_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "refextract"], check=True)
    return python if python.exists() else None


def run_refextract(python: Path, texts: list[str]) -> list[dict[str, float]]:
    """refextract's entry count and seconds for each text (one process, warmed up)."""
    return run_in_venv(python, _REFEXTRACT_RUNNER, texts, nice=False)


def text_figures(repeat: int) -> None:
    """normalize and find_mentions on author-year and numbered texts."""
    pair = seed(SEED_001) + "\n\n" + seed(SEED_003)
    corpus = "\n\n".join([pair] * TEXT_COPIES)
    article = vancouver_article(seed002_entries(), 6000)
    runs: list[tuple[str, str, str, Callable[[], Sized]]] = [
        ("001 + 003", pair, "find_mentions", lambda: find_mentions(pair)),
        (f"001 + 003 x{TEXT_COPIES}", corpus, "normalize", lambda: normalize(corpus).text),
        (f"001 + 003 x{TEXT_COPIES}", corpus, "find_mentions", lambda: find_mentions(corpus)),
        ("Vancouver article", article, "find_mentions", lambda: find_mentions(article)),
    ]
    print(f"\nText extraction (coprod-refs, best of {repeat})")
    print(f"{'input':<20} {'size':>8} {'operation':<14} {'time':>9} {'MB/s':>6} {'mentions/s':>18}")
    for name, text, operation, run in runs:
        seconds, found = best_of(repeat, run)
        megabytes = len(text.encode("utf-8")) / 1e6
        rate = f"{found:,} = {found / seconds:,.0f}/s" if operation == "find_mentions" else ""
        print(
            f"{name:<20} {megabytes:>6.2f}MB {operation:<14} {seconds * 1000:>7.1f}ms "
            f"{megabytes / seconds:>6.1f} {rate:>18}"
        )


def list_figures(repeat: int, python: Path | None) -> None:
    """find_reference_entries on large lists, then both tools on the same 76-entry lists."""
    entries = seed002_entries()
    true_count = len(entries)
    large = {
        f"web bullets x{LIST_COPIES}": web_list(LIST_COPIES),
        f"PDF flat x{LIST_COPIES}": wrapped_list(entries, LIST_COPIES, ""),
        f"PDF hanging x{LIST_COPIES}": wrapped_list(entries, LIST_COPIES, "    "),
        f"IEEE numbered x{NUMBERED_COPIES}": numbered_list(entries, NUMBERED_COPIES),
    }
    print(f"\nReference-section finder (coprod-refs, best of {repeat})")
    print(f"{'list':<22} {'true':>7} {'found':>7} {'time':>9} {'entries/s':>10}")
    for name, text in large.items():
        copies = NUMBERED_COPIES if "numbered" in name else LIST_COPIES
        seconds, count = best_of(repeat, lambda text=text: find_reference_entries(text))
        print(
            f"{name:<22} {true_count * copies:>7,} {count:>7,} {seconds * 1000:>7.0f}ms "
            f"{count / seconds:>10,.0f}"
        )

    small = {
        "web bullets": web_list(1),
        "PDF flat": wrapped_list(entries, 1, ""),
        "PDF hanging": wrapped_list(entries, 1, "    "),
        "IEEE numbered": numbered_list(entries, 1),
    }
    theirs = run_refextract(python, list(small.values())) if python else None
    print(f"\nSame lists, {true_count} entries each: coprod-refs vs refextract")
    print(
        f"{'list':<16} {'ours found':>10} {'entries/s':>10}   "
        f"{'refextract found':>16} {'entries/s':>10}"
    )
    for k, (name, text) in enumerate(small.items()):
        seconds, count = best_of(max(repeat, 10), lambda text=text: find_reference_entries(text))
        ours = f"{count:>10} {true_count / seconds:>10,.0f}"
        if theirs is None:
            other = f"{'not run':>16} {'':>10}"
        else:
            result = theirs[k]
            other = f"{int(result['entries']):>16} {true_count / result['seconds']:>10,.1f}"
        print(f"{name:<16} {ours}   {other}")


def main() -> None:
    """Print every figure docs/extraction.md quotes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-refextract", action="store_true")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    text_figures(args.repeat)
    python = None if args.no_refextract else refextract_python(install=True)
    list_figures(args.repeat, python)


if __name__ == "__main__":
    main()
