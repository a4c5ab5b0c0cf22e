"""Ingest throughput on a generated corpus of chapter texts with long reference lists.

Prints references/s and MB/s for `ingest` (read, find, parse, resolve, store), the store's
load time, and — side by side on a sample of the same texts — refextract's throughput
(installed from PyPI into a throw-away venv under benchmarks/.cache/).

    python benchmarks/ingest.py [--references 100000] [--per-file 1000]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from extraction import refextract_python, run_refextract

FAMILIES = [
    "Ostrom",
    "Brudney",
    "England",
    "Bovaird",
    "Loeffler",
    "Löffler",
    "Pestoff",
    "Brandsen",
    "Verschuere",
    "Alford",
    "Osborne",
    "Radnor",
    "Strokosch",
    "Nabatchi",
    "Sancino",
    "Voorberg",
    "Bekkers",
    "Tummers",
    "Whitaker",
    "Sharp",
    "Parks",
    "Percy",
    "Levine",
    "Fisher",
    "Steen",
    "Tuurnas",
    "van Eijk",
    "Jo",
    "Gofen",
    "Gassner",
    "Needham",
    "Cahn",
    "Boyle",
    "Harris",
    "Durose",
    "Richardson",
    "Fledderus",
    "Honingh",
    "Thomsen",
    "Jakobsen",
]
GIVEN = ["E.", "V.", "J. L.", "R. E.", "T.", "V. A.", "S.", "J.", "W. H.", "K.", "A.", "C."]
WORDS = (
    "co-production public services citizens participation governance value creation "
    "outcomes professionals communities third sector accountability innovation design "
    "delivery policy management trust welfare health care neighbourhood volunteering "
    "motivation digital platforms local government evaluation performance equity"
).split()
JOURNALS = [
    "Public Administration Review",
    "Public Management Review",
    "Voluntas",
    "International Review of Administrative Sciences",
    "Policy & Politics",
    "Journal of Public Administration Research and Theory",
    "Public Administration",
    "Local Government Studies",
    "Nonprofit and Voluntary Sector Quarterly",
]
PUBLISHERS = [
    ("Routledge", "London"),
    ("Palgrave Macmillan", "Basingstoke"),
    ("Edward Elgar", "Cheltenham"),
    ("Policy Press", "Bristol"),
    ("Oxford University Press", "Oxford"),
    ("Springer", "Cham"),
]


def _authors(rng: random.Random) -> str:
    people = [f"{rng.choice(FAMILIES)}, {rng.choice(GIVEN)}" for _ in range(rng.randint(1, 4))]
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + ", & " + people[-1]


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(4, 10))
    head = " ".join(words).capitalize()
    return head + (": " + " ".join(rng.sample(WORDS, 3)) if rng.random() < 0.4 else "")


def reference(rng: random.Random) -> str:
    """One realistic APA-style reference: article, chapter, book or report."""
    year = rng.randint(1970, 2024)
    kind = rng.random()
    if kind < 0.55:
        vol, iss, first = rng.randint(1, 90), rng.randint(1, 12), rng.randint(1, 900)
        return (
            f"{_authors(rng)} ({year}). {_title(rng)}. {rng.choice(JOURNALS)}, {vol}({iss}), "
            f"{first}–{first + rng.randint(5, 30)}. https://doi.org/10.{rng.randint(1000, 9999)}"
            f"/{rng.randint(100000, 999999)}"
        )
    publisher, place = rng.choice(PUBLISHERS)
    if kind < 0.8:
        first = rng.randint(1, 300)
        return (
            f"{_authors(rng)} ({year}). {_title(rng)}. In {rng.choice(GIVEN)} "
            f"{rng.choice(FAMILIES)} (Ed.), {_title(rng)} (pp. {first}–{first + 20}). "
            f"{place}: {publisher}."
        )
    return f"{_authors(rng)} ({year}). {_title(rng)}. {place}: {publisher}."


def write_corpus(folder: Path, total: int, per_file: int, seed: int = 7) -> list[str]:
    """Chapter-like texts, each with a few citations and a reference list; returns the refs."""
    rng = random.Random(seed)
    refs: list[str] = []
    for n in range(0, total, per_file):
        entries = [reference(rng) for _ in range(min(per_file, total - n))]
        refs += entries
        body = (
            f"Chapter {n // per_file + 1}\nCo-production in practice {n}\n\n"
            "Coproduction has a long history (Ostrom, 1996; Brudney & England, 1983). "
            "Bovaird and Loeffler (2012, p. 1121) define it as working together.\n\n"
        )
        text = body + "References\n\n" + "\n".join(entries) + "\n"
        (folder / f"chapter_{n // per_file:05d}.txt").write_text(text, encoding="utf-8")
    return refs


def refextract_rate(folder: Path, sample_files: int = 2, per_file: int = 100) -> str:
    """refextract's references/s finding and parsing the reference lists of a few of the
    same chapter texts (cut to `per_file` entries: it is slow), or why it could not run."""
    python = refextract_python(install=True)
    if python is None:
        return "not available (pip install refextract failed)"
    texts = []
    for path in sorted(folder.iterdir())[:sample_files]:
        head, _, refs = path.read_text(encoding="utf-8").partition("References\n\n")
        texts.append(head + "References\n\n" + "\n".join(refs.splitlines()[:per_file]))
    runs = run_refextract(python, texts)
    found = sum(int(r["entries"]) for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    return f"{found / seconds:,.1f} references/s ({found} found of {len(texts) * per_file})"


def main() -> int:
    """Generate the corpus, ingest it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--references", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=1_000)
    args = parser.parse_args()

    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    work = Path(tempfile.mkdtemp(prefix="coprod-ingest-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        refs = write_corpus(corpus, args.references, args.per_file)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        store = Store.init(work / "store")
        start = time.perf_counter()
        report = ingest_paths(store, [corpus])
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        graph = store.load().graph
        load = time.perf_counter() - start
        print(
            f"corpus: {len(refs):,} references in {report.counts.sources} files, "
            f"{size / 2**20:.1f} MB"
        )
        print(
            f"coprod-refs ingest: {elapsed:.1f} s = {len(refs) / elapsed:,.0f} references/s, "
            f"{size / 2**20 / elapsed:.2f} MB/s"
        )
        print(
            f"  graph: {len(graph.works):,} works, {len(graph.agents):,} people/bodies, "
            f"{len(graph.citations):,} citations"
        )
        print(f"store load: {load:.2f} s")
        print(f"refextract (find + parse only, no store): {refextract_rate(corpus)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
