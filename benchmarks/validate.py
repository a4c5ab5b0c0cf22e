"""How long `coprod-refs validate` takes on a large store, beside what users would run instead.

Generates a store of N works (default 100,000: articles, chapters, books, reports, web
pages, theses, with people, venues, citations with mentions, and about 1% defective
records), then times:

- loading the store alone (the floor every command pays), the separate reads for record
  locations and the canonical check, and the one read `validate` makes (`inspect`);
- `validate` with every rule, as CI runs it (findings located at their store lines):
  cold twice (no remembered export warnings; and a fresh checkout, nothing at all in
  `cache/`), warm (the store unchanged since the last run) and after one work changed;
- each rule on its own, slowest first (export rules with their cache warm);
- the exporter writing the library as BibLaTeX, and only checking it (what the export
  rules need), then the alternatives: bibtexparser parsing that BibLaTeX (the least a
  home-made CI check does), and `biber --tool --validate-datamodel` on it when biber is
  installed (on a subset when the whole library would take too long).

CPU time includes the worker processes `validate` forks for the export rules on a large
store (it uses two beside itself), so on an idle machine wall time can be below CPU time.

    python benchmarks/validate.py [--works 100000] [--biber-works 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from coprod_refs.model import Citation, Graph, Mention, Person, Venue, Work
from coprod_refs.store import Store
from coprod_refs.store.state import collector_paused
from coprod_refs.validate import ValidateConfig, run_rules, validate_store
from coprod_refs.validate.registry import ValidationContext, all_rules

FAMILIES = (
    "Ostrom Brudney England Bovaird Loeffler Pestoff Brandsen Verschuere Alford Osborne "
    "Radnor Strokosch Nabatchi Sancino Voorberg Bekkers Tummers Whitaker Sharp Parks Percy "
    "Levine Fisher Steen Tuurnas Eijk Gofen Gassner Needham Cahn Boyle Harris Durose "
    "Fledderus Honingh Thomsen Jakobsen Lipsky Normann Frederickson Arnstein Putnam"
).split()
GIVEN = "A. B. C. D. E. F. G. H. J. K. L. M. N. P. R. S. T. V. W. E. S. J. C. T. R.".split()
WORDS = (
    "co-production public services citizens governance value outcomes participation "
    "community professionals reform welfare local state policy network trust quality "
    "design delivery innovation accountability volunteers health education housing"
).split()
TYPES = (
    ["article-journal"] * 60
    + ["chapter"] * 15
    + ["book"] * 10
    + ["report"] * 8
    + ["webpage"] * 5
    + ["thesis"] * 2
)


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(4, 9))
    return " ".join(words).capitalize()


def generate(n_works: int, seed: int = 7) -> Graph:
    """A realistic graph of `n_works` works with about 1% defects of every kind."""
    rng = random.Random(seed)
    people: dict[str, Person | object] = {}
    for i in range(max(50, n_works // 4)):
        family = f"{rng.choice(FAMILIES)}{i % 997}"
        pid = f"p{i}"
        people[pid] = Person(id=pid, family=family, given=rng.choice(GIVEN))
    person_ids = list(people)
    venues: dict[str, Venue] = {}
    for i in range(max(10, n_works // 50)):
        kind = "book" if i % 3 == 0 else "journal"
        venues[f"v{i}"] = Venue(id=f"v{i}", name=f"{_title(rng)} {i}", kind=kind)
    journals = [v for v in venues if venues[v].kind == "journal"]
    books = [v for v in venues if venues[v].kind == "book"]
    works: dict[str, Work] = {}
    for i in range(n_works):
        kind = rng.choice(TYPES)
        start = rng.randint(1, 900)
        fields: dict[str, object] = {
            "key": f"w{i}",
            "type": kind,
            "title": _title(rng),
            "authors": rng.sample(person_ids, rng.randint(1, 4)),
            "year": rng.randint(1960, 2025),
        }
        if kind == "article-journal":
            fields |= {"container": rng.choice(journals), "volume": str(rng.randint(1, 80))}
            fields |= {"pages": f"{start}–{start + rng.randint(5, 30)}"}
            fields |= {"doi": f"10.{rng.randint(1000, 9999)}/x{i}"}
        elif kind == "chapter":
            fields |= {"container": rng.choice(books), "editors": rng.sample(person_ids, 2)}
            fields |= {"pages": f"{start}–{start + 20}", "publisher": "Routledge"}
        elif kind in ("book", "report", "thesis"):
            fields |= {"publisher": "Palgrave Macmillan", "place": "Basingstoke"}
            if kind == "book":
                fields["isbn"] = "978-3-030-55509-2"
        else:
            fields |= {"url": f"https://example.org/page/{i}", "accessed": "2019-04-02"}
        defect = rng.random()
        if defect < 0.002:
            fields["pages"] = "499–416"
        elif defect < 0.004:
            fields["year"] = None
        elif defect < 0.006:
            fields["doi"] = f"10.1/{i}."
        elif defect < 0.008 and i:
            twin = works[f"w{i - 1}"]
            fields |= {"title": twin.title, "authors": twin.authors, "year": twin.year}
        elif defect < 0.010:
            fields["isbn"] = "978-3-030-55509-3"
        works[f"w{i}"] = Work.model_validate(fields)
    keys = list(works)
    citations: list[Citation] = []
    for citing in keys[: n_works // 100]:
        cited_keys = rng.sample(keys, 50)
        for j, cited in enumerate(cited_keys):
            work = works[cited]
            year = work.year if work.year is not None else "n.d."
            mention = Mention(
                surface=f"(Author, {year})", source="s", start=j * 40, end=j * 40 + 15
            )
            citations.append(
                Citation(
                    citing=citing, cited=cited, listed=True, mentions=[mention] if j % 5 else []
                )
            )
    return Graph(works=works, agents=people, venues=venues, citations=citations)  # type: ignore[arg-type]


def _cpu() -> float:
    """CPU seconds of this process and of the worker processes it has waited for."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _timed(label: str, fn, *args, **kwargs):
    """Run fn, print its wall and CPU time (CPU is what a busy shared machine distorts least)."""
    wall, cpu = time.perf_counter(), _cpu()
    result = fn(*args, **kwargs)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    print(f"{label:<58} {wall:8.2f} s {cpu:8.2f} s")
    return result, wall


def per_rule(store: Store) -> None:
    """Each rule's time on its own (the store already read, as validate runs it), slowest
    first; the export rules share their fingerprints, so the first of them pays for both."""
    with collector_paused():
        inspection = store.inspect()
        state = inspection.state
        ctx = ValidationContext(
            graph=state.graph, decisions=state.decisions, store=store, inspection=inspection
        )
        timings = []
        for rule in all_rules():
            start = _cpu()
            found = run_rules(ctx, [rule], ValidateConfig())
            timings.append((_cpu() - start, rule.id, len(found)))
    print("\nper rule (CPU seconds with workers, findings):")
    for seconds, rule_id, count in sorted(timings, reverse=True):
        print(f"  {rule_id:<30} {seconds:7.2f} s  {count:6d}")


def alternatives(store: Store, workdir: Path, biber_works: int) -> None:
    """The exporter writing and checking the library as BibLaTeX; bibtexparser and biber
    over that BibLaTeX."""
    import bibtexparser

    from coprod_refs.export import entry_warnings, export_works

    graph = store.load().graph
    works = list(graph.works.values())
    result, _ = _timed(
        "export the library to BibLaTeX (input for the others)",
        export_works,
        works,
        graph,
        "biblatex",
    )
    _timed(
        "check the library as BibLaTeX (entry_warnings)", entry_warnings, works, graph, "biblatex"
    )
    bib = workdir / "library.bib"
    bib.write_text(result.text, encoding="utf-8")
    _timed(
        "bibtexparser.parse_string (parse only, no checks)", bibtexparser.parse_string, result.text
    )
    if shutil.which("biber") is None:
        print("biber not installed: skipped")
        return
    subset = export_works(works[:biber_works], graph, "biblatex").text
    small = workdir / "subset.bib"
    small.write_text(subset, encoding="utf-8")
    command = [
        "biber",
        "--tool",
        "--validate-datamodel",
        "--quiet",
        "--output-file",
        str(workdir / "out.bib"),
        str(small),
    ]
    _, seconds = _timed(
        f"biber --tool --validate-datamodel ({biber_works:,} works)",
        subprocess.run,
        command,
        capture_output=True,
        check=False,
    )
    scale = len(works) / biber_works
    print(f"{'  biber, scaled linearly to the whole library':<58} {seconds * scale:8.2f} s")


def main() -> None:
    """Generate, write, validate and compare; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--biber-works", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="Build the store here and keep it.")
    parser.add_argument("--skip-alternatives", action="store_true")
    args = parser.parse_args()
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="coprod-validate-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"coprod-refs validate benchmark: {args.works:,} works, Python {sys.version.split()[0]}")
    graph, _ = _timed("generate the graph", generate, args.works)
    store = Store.init(workdir / ".coprod-refs")

    def write() -> None:
        with store.update() as state:
            state.graph = graph

    _timed("write the store", write)
    print(f"{'':<58} {'wall':>10} {'CPU':>10}")
    _timed("store.load() (the floor for every command)", store.load)
    _timed("store.record_locations() (a full read)", store.record_locations)
    _timed("store.noncanonical_files() (a full read + canonical check)", store.noncanonical_files)
    _timed("store.inspect() (all three: the one read validate makes)", store.inspect)
    core = ValidateConfig(select=["shape", "identity", "citations", "store"])
    _timed("validate, without export rules", validate_store, store, core, cwd=workdir)
    for path in store.cache_dir().glob("export-warnings-*.json"):
        path.unlink()
    report, _ = _timed(
        "validate, every rule, cold (export cache empty)", validate_store, store, cwd=workdir
    )
    shutil.rmtree(store.cache_dir())
    fresh, _ = _timed(
        "validate, every rule, fresh checkout (cache/ empty)", validate_store, store, cwd=workdir
    )
    warm, _ = _timed(
        "validate, every rule, warm (store unchanged)", validate_store, store, cwd=workdir
    )
    with store.update() as state:
        state.graph.works["w0"].title += " (revised)"
    _timed("validate, every rule, after one work changed", validate_store, store, cwd=workdir)
    if not warm.findings == fresh.findings == report.findings:
        raise SystemExit("warm and cold runs disagree: a bug in the export cache")
    counts = report.counts()
    print(
        f"  findings: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info"
    )
    per_rule(store)
    if not args.skip_alternatives:
        print()
        alternatives(store, workdir, args.biber_works)
    if args.keep is None:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
