"""How well the reference-section finder splits a text's reference list into its entries,
in seven layouts, side by side with refextract's reference-section extraction.

    python benchmarks/finder_accuracy.py [--lists N] [--bucket B] [--no-refextract]

Lists are made of annotated references (../shared/refparse, the parser's training data;
`--bucket 0` takes the held-out split only): runs of 25 consecutive unnumbered references
of one source file, so each list keeps one style, as a paper's does. Each list is laid
out after a short body text as a researcher's copy would give it:

- lines: one entry per line under "References";
- blank: a blank line between entries;
- pdf: wrapped at 80 columns with no indent, long words hyphenated at line ends;
- hanging: wrapped, continuation lines indented;
- numbered: "[n]" before each entry, wrapped with an indent;
- web: link noise lines ("Google Scholar", "CrossRef", "PubMed") after entries;
- pages: the pdf layout with a running head and a page number every 45 lines.

An entry counts as found when the finder gives one with the same text as the annotated
reference (a list number or bullet some annotated references keep, "[34]." or "•",
left out; text compared in Unicode's composed form). Two measures: *text*, with spaces
collapsed (a hyphen wrongly kept or dropped at a line end counts as an error), and
*boundaries*, on letters and digits only (was the entry cut where it should be?).
Precision is over the entries found, recall over the annotated ones. refextract (PyPI)
runs on the first `--refextract-lists` lists of each layout (it reads about ten
references a second), in its own virtual environment.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from parser_accuracy import refextract_python, run_in_venv
from train_parser import DEFAULT_DATA, hash_bucket, load_references

from coprod_refs.parse.finder import find_reference_entries

LIST_LENGTH = 25
WIDTH = 80
BODY = (
    "Introduction\n\nCo-production of public services has drawn a growing literature "
    "over four decades, and this paper reviews it.\n\nConclusion\n\nMore work is needed.\n\n"
)
_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_LIST_NUMBER = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|[•·▪◦])\s*\.?\s*")
_NOISE = ("Google Scholar", "CrossRef", "PubMed", "[Google Scholar]", "Web of Science")

_REFEXTRACT_RUNNER = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
from refextract import extract_references_from_string
out = []
for text in json.load(sys.stdin):
    try:
        refs = extract_references_from_string(text, is_only_references=False)
    except Exception:
        refs = []
    out.append([" ".join(r.get("raw_ref", [])) for r in refs])
json.dump(out, sys.stdout)
"""


def reference_lists(data: Path, count: int, bucket: int | None) -> list[list[str]]:
    """`count` lists of LIST_LENGTH references, each from one source file, in file order."""
    by_file: dict[str, list[str]] = {}
    for ref in load_references(data):
        if bucket is not None and hash_bucket(ref) != bucket:
            continue
        if ref.segments[0][0] == "citation-number" or "\n" in ref.text:
            continue
        by_file.setdefault(ref.source, []).append(_without_number(_SPACES.sub(" ", ref.text)))
    runs = [
        refs[i : i + LIST_LENGTH]
        for refs in by_file.values()
        for i in range(0, len(refs) - LIST_LENGTH + 1, LIST_LENGTH)
    ]
    random.Random(2026).shuffle(runs)
    return runs[:count]


def _wrapped(entry: str, indent: str, rng: random.Random) -> list[str]:
    """The entry's lines at WIDTH columns; a long word at a line end is hyphenated."""
    lines: list[str] = []
    line = ""
    for word in entry.split(" "):
        room = WIDTH - len(line) - 1
        if line and len(line) + 1 + len(word) > WIDTH:
            if word.isalpha() and len(word) >= 8 and room >= 4 and rng.random() < 0.5:
                cut = min(room - 1, len(word) - 3)
                lines.append(f"{line} {word[:cut]}-")
                line, word = indent, word[cut:]
                line = indent + word
                continue
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def layouts(entries: list[str], rng: random.Random) -> dict[str, str]:
    """The list laid out in every layout, each as a whole text."""
    head = BODY + "References\n\n"
    pdf_lines = [line for e in entries for line in _wrapped(e, "", rng)]
    paged: list[str] = []
    for n, line in enumerate(pdf_lines, 1):
        paged.append(line)
        if n % 45 == 0:
            paged += ["", f"{12 + n // 45}    PUBLIC MANAGEMENT REVIEW", ""]
    web: list[str] = []
    for e in entries:
        web.append(e)
        web += rng.sample(_NOISE, rng.randint(0, 2))
    return {
        "lines": head + "\n".join(entries) + "\n",
        "blank": head + "\n\n".join(entries) + "\n",
        "pdf": head + "\n".join(pdf_lines) + "\n",
        "hanging": head + "\n".join(line for e in entries for line in _wrapped(e, "    ", rng)),
        "numbered": head
        + "\n".join(
            line for n, e in enumerate(entries, 1) for line in _wrapped(f"[{n}] {e}", "    ", rng)
        ),
        "web": head + "\n".join(web) + "\n",
        "pages": head + "\n".join(paged) + "\n",
    }


class Tally:
    """Entries right, found and annotated, under one way of comparing texts."""

    def __init__(self) -> None:
        self.right = self.found = self.gold = 0

    def add(self, found: list[str], gold: list[str], key: Callable[[str], str]) -> None:
        """Count one list: entries whose keys match, as multisets."""
        ours, theirs = Counter(map(key, found)), Counter(map(key, gold))
        self.right += sum((ours & theirs).values())
        self.found += len(found)
        self.gold += len(gold)

    def line(self) -> str:
        """Precision, recall and F1 as one table cell."""
        p = self.right / self.found if self.found else 0.0
        r = self.right / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{p:.3f} / {r:.3f} / {f:.3f}"


def _text_key(entry: str) -> str:
    """The entry's text with spaces collapsed and Unicode composed (NFKC: "ﬁ" is "fi"),
    as the finder gives it."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", entry)).strip()


def _boundary_key(entry: str) -> str:
    """The entry's letters and digits only, lower-case: where it starts and ends."""
    return _NOT_ALNUM.sub("", _text_key(entry)).lower()


def _without_number(entry: str) -> str:
    """The entry without a list number or bullet before it ("[3]", "15.", "(4)", "•"):
    the finder takes them off, and some annotated references keep theirs."""
    return _LIST_NUMBER.sub("", entry)


def run_refextract(python: Path, texts: list[str]) -> list[list[str]]:
    """refextract's entries (raw reference strings) for each text, in one process."""
    return run_in_venv(python, _REFEXTRACT_RUNNER, texts)


def main(argv: list[str] | None = None) -> int:
    """Lay the lists out, run the finder (and refextract), print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=int, default=40)
    parser.add_argument("--bucket", type=int, default=None)
    parser.add_argument("--refextract-lists", type=int, default=6)
    parser.add_argument("--no-refextract", action="store_true")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)

    lists = reference_lists(args.data, args.lists, args.bucket)
    rng = random.Random(7)
    texts = [layouts(entries, rng) for entries in lists]
    names = list(texts[0]) if texts else []
    python = None if args.no_refextract else refextract_python()
    total = sum(map(len, lists))
    print(f"{len(lists)} lists, {total} references; P / R / F1 of entries found")
    print(f"{'layout':<10} {'coprod-refs text':>24} {'coprod-refs boundaries':>24}")
    ours: dict[str, list[list[str]]] = {}
    for name in names:
        text_tally, bound_tally = Tally(), Tally()
        ours[name] = []
        for entries, laid in zip(lists, texts, strict=True):
            found = [_without_number(e.text) for e in find_reference_entries(laid[name])]
            ours[name].append(found)
            text_tally.add(found, entries, _text_key)
            bound_tally.add(found, entries, _boundary_key)
        print(f"{name:<10} {text_tally.line():>24} {bound_tally.line():>24}")
    if python is None:
        return 0
    few = lists[: args.refextract_lists]
    print(f"\nSide by side on the first {len(few)} lists ({sum(map(len, few))} references)")
    print(f"{'layout':<10} {'coprod-refs boundaries':>24} {'refextract boundaries':>24}")
    for name in names:
        mine, theirs = Tally(), Tally()
        found_by_them = run_refextract(python, [laid[name] for laid in texts[: len(few)]])
        for k, entries in enumerate(few):
            mine.add(ours[name][k], entries, _boundary_key)
            theirs.add([_without_number(e) for e in found_by_them[k]], entries, _boundary_key)
        print(f"{name:<10} {mine.line():>24} {theirs.line():>24}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
