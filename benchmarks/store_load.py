"""Load and save times of a large generated store, beside what users would otherwise wait for.

    python benchmarks/store_load.py [--works 100000] [--no-bibtex]

Builds a store with N works (plus people, venues, citations with mentions, key
assignments), then times: the first save, a full load of files as the store wrote them,
a full load of files changed from outside (every line checked for hostile JSON), the one
read a checker makes (`inspect`: state, record locations, canonical check), an update that
changes nothing, an update that adds one work, the canonical-form check of files as the
store wrote them and after a hand edit, and the fingerprint. Side by side: plain
`json.loads` of every record line (the floor: parsing without validation) and
bibtexparser 2 reading the same works as one .bib file (what a BibTeX-based workflow
waits for on every run).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coprod_refs.model.records import (
    Citation,
    KeyAssignment,
    Mention,
    Person,
    Span,
    Venue,
    Work,
)
from coprod_refs.store import Store, StoreState, trust

FAMILIES = ["Ostrom", "Löffler", "Bovaird", "Brudney", "Pestoff", "Osborne", "Nabatchi", "Sørensen"]
GIVEN = ["Elinor", "Elke", "Tony", "Jeffrey L.", "Victor", "Stephen P.", "Tina", "Eva"]
WORDS = "co-production public services citizens participation value governance reform".split()


def build_state(n_works: int, seed: int = 7) -> StoreState:
    """A store state of realistic shape: ~0.6 people and 1.5 citations per work."""
    rnd = random.Random(seed)
    state = StoreState()
    graph = state.graph
    for i in range(int(n_works * 0.6)):
        pid = f"p{i:06d}"
        family = rnd.choice(FAMILIES)
        graph.agents[pid] = Person(
            id=pid, family=family, given=rnd.choice(GIVEN), name_forms=[f"{family}, X."]
        )
    for i in range(max(1, n_works // 30)):
        vid = f"v{i:05d}"
        graph.venues[vid] = Venue(id=vid, name=f"Journal of {rnd.choice(WORDS).title()} {i}")
    agent_ids, venue_ids = list(graph.agents), list(graph.venues)
    for i in range(n_works):
        key = f"{rnd.choice(FAMILIES).lower()}{1970 + i % 55}{rnd.choice(WORDS)}{i:06d}"
        graph.works[key] = Work(
            key=key,
            title=" ".join(rnd.choice(WORDS) for _ in range(8)).capitalize(),
            authors=rnd.sample(agent_ids, k=rnd.randint(1, 4)),
            year=1970 + i % 55,
            container=rnd.choice(venue_ids),
            volume=str(rnd.randint(1, 80)),
            issue=str(rnd.randint(1, 12)),
            pages=f"{rnd.randint(1, 400)}–{rnd.randint(401, 900)}",
            doi=f"10.1080/{rnd.randint(10**6, 10**7)}",
            publisher="Routledge",
            keywords=rnd.sample(WORDS, k=2),
            confidence=round(rnd.random(), 3),
            provenance=[Span(source=f"s{i % 50:03d}", start=i, end=i + 180, extractor="reflist")],
        )
        state.keys.append(KeyAssignment(fingerprint=f"fp{i:07d}", key=key))
    keys = list(graph.works)
    pairs = {(rnd.choice(keys), rnd.choice(keys)) for _ in range(int(n_works * 1.5))}
    for n, (citing, cited) in enumerate(sorted(pairs)):
        mentions = []
        if n % 3 == 0:
            mentions.append(
                Mention(
                    surface="(Ostrom, 1996, p. 1073)",
                    locator="p. 1073",
                    context="Co-production is a process through which inputs are transformed.",
                    source=f"s{n % 50:03d}",
                    start=n,
                    end=n + 23,
                )
            )
        graph.citations.append(
            Citation(citing=citing, cited=cited, listed=n % 2 == 0, mentions=mentions)
        )
    return state


def timed(label: str, action: Callable[[], Any], rows: list[tuple[str, float, float]]) -> Any:
    """Run `action`; record and print its wall time and the CPU time this process spent."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rows.append((label, wall, cpu))
    print(f"  {label:<56} {wall:7.2f} s {cpu:7.2f} s", flush=True)
    return result


def save(store: Store, state: StoreState) -> None:
    """Write `state` into `store` through an ordinary update."""
    with store.update() as current:
        current.graph = state.graph
        current.keys = state.keys


def add_one(store: Store) -> None:
    """The smallest real change: one more work."""
    with store.update() as current:
        current.graph.works["zz-benchmark"] = Work(key="zz-benchmark", title="One more")


def plain_json(root: Path) -> int:
    """Parse every record line with json.loads, nothing else: the floor."""
    count = 0
    for path in root.glob("*.jsonl"):
        for line in path.read_bytes().split(b"\n"):
            if line:
                json.loads(line)
                count += 1
    return count


def write_bib(state: StoreState, path: Path) -> None:
    """The same works as a BibTeX file, for the bibtexparser comparison."""
    graph = state.graph
    with path.open("w", encoding="utf-8") as out:
        for work in graph.works.values():
            authors = " and ".join(
                f"{graph.agents[a].family}, {graph.agents[a].given}" for a in work.authors
            )
            venue = graph.venues[work.container].name if work.container else ""
            out.write(
                f"@article{{{work.key},\n  author = {{{authors}}},\n  title = {{{work.title}}},\n"
                f"  journal = {{{venue}}},\n  year = {{{work.year}}},\n"
                f"  volume = {{{work.volume}}},\n  number = {{{work.issue}}},\n"
                f"  pages = {{{work.pages}}},\n  doi = {{{work.doi}}}\n}}\n\n"
            )


def main() -> None:
    """Generate, time, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--no-bibtex", action="store_true", help="skip the bibtexparser run")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="store-bench-"))
    try:
        print(f"building a state with {args.works:,} works ...", flush=True)
        state = build_state(args.works)
        store = Store.init(tmp / ".coprod-refs")
        rows: list[tuple[str, float, float]] = []
        print(f"  {'coprod-refs store':<56} {'wall':>9} {'CPU':>9}")
        timed("first save (every file written)", lambda: save(store, state), rows)
        size = sum(p.stat().st_size for p in store.root.glob("*.jsonl"))
        loaded = timed("load, fast path (files as this program wrote them)", store.load, rows)
        timed("inspect: load + locations + canonical check, one read", store.inspect, rows)
        (store.root / "cache" / trust.VERIFIED_FILE).unlink()
        timed("load, careful path (files changed by someone else)", store.load, rows)
        timed("update that changes nothing (load + render)", lambda: add_none(store), rows)
        timed("update adding one work (load + render + commit)", lambda: add_one(store), rows)
        timed("canonical-form check, files as the store wrote them", store.noncanonical_files, rows)
        swap_first_lines(store.root / "works.jsonl")
        timed(
            "canonical-form check after a hand edit (works.jsonl)", store.noncanonical_files, rows
        )
        timed("fingerprint (for derived caches)", store.fingerprint, rows)
        print("  instead:")
        lines = timed(
            "json.loads of every record line, no validation",
            lambda: plain_json(store.root),
            rows,
        )
        if not args.no_bibtex:
            import bibtexparser

            bib = tmp / "same-works.bib"
            write_bib(state, bib)
            text = bib.read_text(encoding="utf-8")
            timed(
                f"bibtexparser 2 parsing the works as .bib ({len(text) / 1e6:.0f} MB)",
                lambda: bibtexparser.parse_string(text),
                rows,
            )
        graph = loaded.graph
        print(
            f"store: {len(graph.works):,} works, {len(graph.agents):,} people, "
            f"{len(graph.venues):,} venues, {len(graph.citations):,} citations, "
            f"{len(loaded.keys):,} keys; {lines:,} lines, {size / 1e6:.1f} MB of *.jsonl"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def swap_first_lines(path: Path) -> None:
    """A hand edit: two records out of order, so the file is read carefully and rendered."""
    lines = path.read_bytes().split(b"\n", 2)
    path.write_bytes(b"\n".join([lines[1], lines[0], lines[2]]))


def add_none(store: Store) -> None:
    """An update whose block changes nothing: the cost every command that writes pays."""
    with store.update():
        pass


if __name__ == "__main__":
    main()
