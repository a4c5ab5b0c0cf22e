"""Search speed on a large generated store, side by side with papis and pubs.

    python benchmarks/search.py [--works 100000] [--citations 1000000] [--runs 5]
                                [--tool-sizes 1000,10000] [--skip-tools]

Builds (once, cached under benchmarks/.cache/) a store of generated but realistic records:
international names with diacritics, titles and abstracts in the vocabulary of the
co-production literature with hyphen and spelling variants, journals, books, chapters and
reports, DOIs, keywords, and a citation graph with a long-tailed (preferential) degree
distribution in which a fifth of the citing works carry in-text mentions with sentences.
It is written through the Store API, so it is a real store.

Then it prints: the time to build the search index; the whole-process wall time of
`coprod-refs search` (median of --runs) for several kinds of query against the floor of
`python -c "import coprod_refs.cli"`; in-process query latency p50/p99; peak memory;
and papis and pubs (installed into a throw-away venv under benchmarks/.cache/) answering
equivalent queries on libraries of the same records, at each of --tool-sizes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coprod_refs.model import Graph

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
GENERATOR_VERSION = 1

FAMILIES = """Ostrom Bovaird Löffler Brudney England Pestoff Osborne Alford Verschuere Brandsen
Nabatchi Sicilia Grönroos Voorberg Bekkers Tummers Jakobsen Andersen Thomsen Fledderus
Sørensen Müller Schäfer Jäger Weiß García Fernández Muñoz López Núñez Çelik Öztürk Yılmaz
Nguyễn Trần Lê Phạm Kowalski Wiśniewska Dvořák Novák Horváth Kovács Nagy Szabó Björk
Lindqvist Åberg Østergaard Ó Súilleabháin O'Brien McLaughlin Dubois Lefèvre Moreau Rossi
Bianchi Esposito Costa Ferreira Gonçalves Silva Santos Oliveira Tanaka Suzuki Watanabe
Kim Lee Park Chen Wang Zhang Liu Huang Singh Kumar Sharma Patel Okafor Mensah Abubakar
Van Eijk De Vries Van der Berg Durose Richardson Needham Carr Cahn Parks Whitaker Percy
Boyle Harris Normann Lipsky Tuurnas Gassner Gofen Steen Torfing Sørensen Ansell Gash
Hartley Radnor Strokosch Howlett Kekez Uzochukwu Thomas Clark Mayne Fung Wright""".split()
GIVEN = """Elinor Tony Elke Jeffrey Robert Victor Stephen John Bram Taco Tina Mariafrancesca
Christian William Victor Lars Anne Søren Jürgen Lena Ana José María Özlem Minh Linh Piotr
Zofia Jan Eva Péter Ingrid Åsa Niamh Aoife Sinéad Claire Élodie Luca Giulia João Beatriz
Hiroshi Yuki Ji-hoon Mei Wei Priya Arjun Chinedu Kwame Amina Sandra Catherine Liz Edgar
Trui Jacob Kirsty Zoe Eva Emma Hanna Diego Lucía Matthias Sanna Drorit Anat""".split()
CORE = """co-production coproduction co production co-design codesign co-creation
cocreation co-delivery co-commissioning co-assessment participation engagement citizen
citizens user users community communities public service services professional
professionals volunteer volunteering third sector nonprofit non-profit governance
collaborative collaboration network networks accountability legitimacy trust value
outcomes efficiency effectiveness innovation social care health education policing
housing welfare local government municipal neighbourhood neighborhood organisation
organization organisational organizational behaviour behavior centre center programme
program street-level bureaucracy bureaucrats frontline management managerial reform
new public management new public governance public value digital e-government
self-efficacy motivation inequality inclusion diversity empowerment deliberation
democracy representation evaluation performance measurement case study survey
experiment qualitative quantitative systematic review literature framework theory
typology conceptual empirical evidence analysis analyse analyze mechanism institutional
institutions policy policies crisis pandemic resilience sustainability climate urban
rural regional european nordic dutch british american chinese""".split()
GENERAL = """the of and in a to for on with from towards toward between beyond through under
role impact effects determinants drivers barriers conditions lessons insights perspective
perspectives approach approaches model models understanding rethinking exploring
examining assessing explaining revisiting comparing learning designing building
making shaping""".split()
TEMPLATES = (
    "{A} {B}: {C} {D} in {E}",
    "{V} {A} {B} of {C} {D}",
    "{A} and {B} in {C} {D}: {E} {F}",
    "{V} the {A} of {B}: a {C} {D}",
    "Why {A} {B} matters for {C} {D}",
    "{A} {B} {C}: evidence from {E}",
)
VERBS = "Rethinking Exploring Examining Assessing Explaining Revisiting Understanding".split()
PLACES = """Denmark Belgium the Netherlands Scotland Wales England Finland Sweden Norway
Germany Italy Spain Portugal Brazil Chile Mexico Japan Korea China India Nigeria Ghana
Kenya Australia Canada California Bavaria Flanders Lombardy Catalonia""".split()
TYPES = (
    ("article-journal", 70),
    ("book", 8),
    ("chapter", 10),
    ("report", 7),
    ("paper-conference", 3),
    ("thesis", 2),
)


def _syllable_word(rng: random.Random) -> str:
    parts = ["ka", "lo", "ve", "ri", "sta", "mon", "tel", "quo", "ar", "en", "ix", "bru", "del"]
    return "".join(rng.choice(parts) for _ in range(rng.randint(2, 4)))


def generate_graph(n_works: int, n_citations: int, seed: int = 7) -> Graph:
    """A graph of `n_works` works and about `n_citations` citations (see module doc)."""
    from coprod_refs.model import Citation, Graph, Mention, Person, SourceDocument, Venue, Work

    rng = random.Random(seed)
    rare = [_syllable_word(rng) for _ in range(20000)]
    vocab = CORE * 6 + GENERAL * 2 + rare
    n_people = max(n_works // 3, 10)
    agents = {}
    for i in range(n_people):
        family = rng.choice(FAMILIES) if rng.random() < 0.6 else _syllable_word(rng).title()
        given = rng.choice(GIVEN)
        forms = [f"{family}, {given[0]}."] if rng.random() < 0.5 else []
        agents[f"p{i}"] = Person(id=f"p{i}", family=family, given=given, name_forms=forms)
    venues = {}
    for i in range(max(n_works // 50, 5)):
        name = f"{rng.choice(['Journal of', 'Review of', 'International Journal of'])} "
        name += " ".join(rng.choice(CORE).title() for _ in range(rng.randint(1, 3)))
        venues[f"v{i}"] = Venue(id=f"v{i}", name=name)
    type_names = [t for t, _ in TYPES]
    type_weights = [w for _, w in TYPES]
    works = {}
    taken: set[str] = set()
    for i in range(n_works):
        words = {k: rng.choice(vocab) for k in "ABCDF"}
        title = rng.choice(TEMPLATES).format(V=rng.choice(VERBS), E=rng.choice(PLACES), **words)
        title = title[0].upper() + title[1:]
        year = min(2024, int(rng.triangular(1965, 2025, 2020)))
        authors = [
            f"p{int(rng.paretovariate(1.2) * 7) % n_people}" for _ in range(rng.randint(1, 4))
        ]
        authors = list(dict.fromkeys(authors))
        family = agents[authors[0]].family.lower().replace(" ", "").replace("'", "")
        base = f"{family}{year}{title.split()[0].lower().strip(':')}"
        key = base if base not in taken else f"{base}{i}"
        key = "".join(c for c in key if c.isascii() and c.isalnum()) or f"work{i}"
        while key in taken:
            key += "x"
        taken.add(key)
        kind = rng.choices(type_names, type_weights)[0]
        abstract = ""
        if rng.random() < 0.25:
            abstract = " ".join(
                " ".join(rng.choice(vocab) for _ in range(rng.randint(12, 25))) + "."
                for _ in range(rng.randint(3, 6))
            )
        works[key] = Work(
            key=key,
            type=kind,
            title=title,
            authors=authors,
            year=year,
            container=f"v{rng.randrange(len(venues))}" if kind == "article-journal" else None,
            doi=f"10.{1000 + i % 9000}/bench.{i}" if rng.random() < 0.6 else "",
            abstract=abstract,
            keywords=[rng.choice(CORE) for _ in range(rng.randint(2, 5))]
            if rng.random() < 0.4
            else [],
            stub=rng.random() < 0.2,
        )
    keys = list(works)
    # Preferential attachment: a few works are cited thousands of times, most rarely.
    weights = [1.0 / (rank + 10) ** 0.9 for rank in range(len(keys))]
    rng.shuffle(weights)
    cumulative = list(itertools.accumulate(weights))
    citing_keys = rng.sample(keys, k=min(len(keys), max(n_citations // 25, 1)))
    per_citing = max(n_citations // len(citing_keys), 1)
    sources = {}
    citations = []
    for n, citing in enumerate(citing_keys):
        full_text = rng.random() < 0.2
        source = f"src{n}"
        if full_text:
            sources[source] = SourceDocument(
                id=source, path=f"texts/{citing}.txt", sha256=f"{n:064x}", kind="text"
            )
        cited = set(rng.choices(keys, cum_weights=cumulative, k=per_citing + 5))
        cited.discard(citing)
        for target in list(cited)[:per_citing]:
            mentions = []
            if full_text:
                work = works[target]
                family = agents[work.authors[0]].family if work.authors else "Anon"
                for _ in range(rng.randint(1, 2)):
                    surface = f"{family}, {work.year}"
                    before = " ".join(rng.choice(vocab) for _ in range(rng.randint(6, 14)))
                    after = " ".join(rng.choice(vocab) for _ in range(rng.randint(3, 8)))
                    context = f"{before.capitalize()} ({surface}) {after}."
                    start = rng.randrange(100000)
                    at = context.index(surface)
                    mentions.append(
                        Mention.model_construct(
                            surface=surface,
                            locator=f"p. {rng.randint(1, 300)}" if rng.random() < 0.3 else "",
                            context=context,
                            source=source,
                            start=start + at,
                            end=start + at + len(surface),
                        )
                    )
            citations.append(
                Citation.model_construct(
                    citing=citing, cited=target, listed=True, mentions=mentions
                )
            )
    return Graph(works=works, agents=agents, venues=venues, citations=citations, sources=sources)


def ensure_store(n_works: int, n_citations: int) -> Path:
    """The cached benchmark store for this size, generated and written if missing."""
    from coprod_refs.store import Store

    directory = CACHE / f"store-{n_works}-{n_citations}-v{GENERATOR_VERSION}"
    root = directory / ".coprod-refs"
    if (directory / "complete").exists():
        return root
    shutil.rmtree(directory, ignore_errors=True)
    started = time.perf_counter()
    graph = generate_graph(n_works, n_citations)
    print(f"generated {len(graph.works)} works, {len(graph.citations)} citations "
          f"in {time.perf_counter() - started:.0f} s", flush=True)  # fmt: skip
    store = Store.init(root)
    with store.update() as state:
        state.graph = graph
    (directory / "complete").write_text("ok\n")
    print(f"store written in {time.perf_counter() - started:.0f} s", flush=True)
    return root


def timed_process(args: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """Wall seconds and stdout of one process."""
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, env=env, text=True, check=False)
    return time.perf_counter() - started, done.stdout


def median_time(args: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, str]:
    """Median wall time over `runs` runs (after one warm-up) and the last output."""
    timed_process(args, env)
    times = []
    out = ""
    for _ in range(runs):
        elapsed, out = timed_process(args, env)
        times.append(elapsed)
    return statistics.median(times), out


def peak_rss_mib(args: list[str]) -> int:
    """Peak resident memory of one run of `args`, in MiB (from /proc via wait4)."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return int(usage.ru_maxrss / 1024)


QUERIES = {
    "one word": ["coproduction"],
    "two words": ["public", "services"],
    "author (transliterated)": ["author:loffler"],
    "phrase": ['"evidence from denmark"'],
    "prefix": ["coprod*"],
    "boolean": ["(codesign OR co-creation) -health"],
    "fields + year range": ["title:governance", "year:2010..2020", "type:article-journal"],
    "citation link": ["cites:{top}"],
    "sorted by times cited": ["participation", "--sort", "cited"],
}


def in_process_latency(root: Path, top_key: str) -> tuple[float, float, int]:
    """p50 and p99 in ms over a mixed set of queries, and how many were run."""
    from coprod_refs.query.index import INDEX_FILE, SearchIndex
    from coprod_refs.query.search import search

    index = SearchIndex.open(root / "cache" / INDEX_FILE)
    rng = random.Random(3)
    queries = [" ".join(q).replace("{top}", top_key) for q in QUERIES.values() if "--sort" not in q]
    queries += [rng.choice(CORE) for _ in range(60)]
    queries += [f"author:{rng.choice(FAMILIES).split()[-1]}" for _ in range(30)]
    queries += [f"{rng.choice(CORE)} {rng.choice(CORE)}" for _ in range(60)]
    queries += [f"{rng.choice(CORE)[:5]}*" for _ in range(20)]
    queries += [f"year:{rng.randint(1970, 2020)}..2024 {rng.choice(CORE)}" for _ in range(20)]
    times = []
    for query in queries:
        for _ in range(3):
            started = time.perf_counter()
            search(index, query, limit=20)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))], len(queries)


def coprod_figures(root: Path, runs: int) -> dict[str, object]:
    """Every coprod-refs figure for the store at `root`."""
    from coprod_refs.query.index import SearchIndex

    cli = [sys.executable, "-m", "coprod_refs", "--store", str(root)]
    index_file = root / "cache" / "search-index.bin"
    index_file.unlink(missing_ok=True)
    started = time.perf_counter()
    build_rss = peak_rss_mib([*cli, "search", "coproduction", "--keys"])
    build_seconds = time.perf_counter() - started
    # The parent stays small (no store loaded): a child forked from a large process
    # would report the parent's memory as its own peak.
    index = SearchIndex.open(index_file)
    top_key = index.key(max(range(index.n_docs), key=lambda d: (index.cited(d), -d)))
    search_rss = peak_rss_mib([*cli, "search", "public", "services", "--json"])
    floor, _ = median_time([sys.executable, "-c", "import coprod_refs.cli"], runs)
    with_store, _ = median_time(
        [sys.executable, "-c", "import coprod_refs.cli, coprod_refs.store"], runs
    )
    rows = {}
    for name, args in QUERIES.items():
        argv = [a.replace("{top}", top_key) for a in args]
        seconds, _ = median_time([*cli, "search", *argv, "--limit", "20"], runs)
        _, keys = timed_process([*cli, "search", *argv, "--keys", "--limit", "20"])
        rows[name] = {"seconds": seconds, "over_floor": seconds - floor, "hits": len(keys.split())}
    p50, p99, n = in_process_latency(root, top_key)
    return {
        "index_build_seconds": build_seconds,
        "index_build_peak_mib": build_rss,
        "index_mib": index_file.stat().st_size / 2**20,
        "floor_seconds": floor,
        "store_import_seconds": with_store - floor,
        "queries": rows,
        "p50_ms": p50,
        "p99_ms": p99,
        "in_process_queries": n,
        "search_peak_mib": search_rss,
        "load_average": os.getloadavg()[1],
    }


# --- papis and pubs ----------------------------------------------------------------------

TOOLS_VENV = CACHE / "tools-venv"


def tools_python() -> Path:
    """The throw-away venv with papis and pubs, created on first use."""
    bin_dir = TOOLS_VENV / "bin"
    if not (bin_dir / "papis").exists() or not (bin_dir / "pubs").exists():
        subprocess.run([sys.executable, "-m", "venv", str(TOOLS_VENV)], check=True)
        pip = [str(bin_dir / "pip"), "install", "-q"]
        subprocess.run([*pip, "papis", "pubs", "pyparsing", "bibtexparser<2"], check=True)
    return bin_dir


def _yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_tool_libraries(root: Path, size: int, target: Path) -> None:
    """A papis library and a pubs repository holding the first `size` works of the store."""
    from coprod_refs.store import Store

    if (target / "complete").exists():
        return
    shutil.rmtree(target, ignore_errors=True)
    graph = Store(root).load().graph
    papis_dir = target / "papis"
    pubs_dir = target / "pubs"
    for sub in ("bib", "meta", "doc", "notes"):
        (pubs_dir / sub).mkdir(parents=True)
    for key in sorted(graph.works)[:size]:
        work = graph.works[key]
        people = [graph.agents[a] for a in work.authors if a in graph.agents]
        names = " and ".join(f"{p.family}, {getattr(p, 'given', '')}" for p in people)
        venue = graph.venue_of(work)
        doc = papis_dir / key
        doc.mkdir(parents=True)
        lines = [f"ref: {key}", f"title: {_yaml_text(work.title)}", f"author: {_yaml_text(names)}"]
        lines.append(f"year: {work.year}")
        if venue:
            lines.append(f"journal: {_yaml_text(venue.name)}")
        if work.abstract:
            lines.append(f"abstract: {_yaml_text(work.abstract)}")
        (doc / "info.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        bib = [f"@article{{{key},", f" author = {{{names}}},", f" title = {{{work.title}}},"]
        bib.append(f" year = {{{work.year}}},")
        if venue:
            bib.append(f" journal = {{{venue.name}}},")
        bib.append("}")
        (pubs_dir / "bib" / f"{key}.bib").write_text("\n".join(bib) + "\n", encoding="utf-8")
        meta = "added: 2026-11-22 00:00:00\ndocfile: null\ntags: !!set {}\n"
        (pubs_dir / "meta" / f"{key}.yaml").write_text(meta, encoding="utf-8")
    (target / "pubs.conf").write_text(f"[main]\npubsdir = {pubs_dir}\ndocsdir = docsdir://\n")
    config = target / "xdg-config" / "papis"
    config.mkdir(parents=True)
    (config / "config").write_text(
        f"[settings]\ndefault-library = bench\n\n[bench]\ndir = {papis_dir}\n"
    )
    (target / "complete").write_text("ok\n")


TOOL_QUERIES = {
    "one word": (["coproduction"], ["title:coproduction"]),
    "author (transliterated)": (["author:loffler"], ["author:loffler"]),
    "fields + year": (["title:governance year:2015"], ["title:governance", "year:2015"]),
}


def tool_figures(root: Path, sizes: list[int], runs: int) -> dict[str, dict[str, dict[str, float]]]:
    """papis and pubs wall times per query kind at each library size."""
    bin_dir = tools_python()
    out: dict[str, dict[str, dict[str, float]]] = {}
    for size in sizes:
        target = CACHE / f"tools-{size}"
        started = time.perf_counter()
        write_tool_libraries(root, size, target)
        print(f"tool libraries of {size} ready ({time.perf_counter() - started:.0f} s)", flush=True)
        env = {**os.environ, "XDG_CONFIG_HOME": str(target / "xdg-config"),
               "XDG_CACHE_HOME": str(target / "xdg-cache")}  # fmt: skip
        rows: dict[str, dict[str, float]] = {}
        for name, (papis_q, pubs_q) in TOOL_QUERIES.items():
            papis = [str(bin_dir / "papis"), "list", "--all", "--format", "{doc[ref]}", *papis_q]
            pubs = [str(bin_dir / "pubs"), "-c", str(target / "pubs.conf"), "list", *pubs_q]
            first, _ = timed_process(papis, env)
            papis_s, papis_out = median_time(papis, runs, env)
            pubs_s, pubs_out = median_time(pubs, runs, env)
            rows[name] = {
                "papis_seconds": papis_s,
                "papis_first_seconds": first,
                "papis_hits": len(papis_out.split()),
                "pubs_seconds": pubs_s,
                "pubs_hits": sum(1 for line in pubs_out.splitlines() if line.startswith("[")),
            }
        out[str(size)] = rows
    return out


def print_report(figures: dict[str, object]) -> None:
    """The figures as aligned text."""
    c = figures["coprod"]
    assert isinstance(c, dict)
    print(f"\nstore: {figures['works']} works, {figures['citations']} citations; "
          f"machine load average {c['load_average']:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print(f"index build (first search): {c['index_build_seconds']:.1f} s, "
          f"peak {c['index_build_peak_mib']} MiB, index file {c['index_mib']:.0f} MiB")  # fmt: skip
    floor_ms = c["floor_seconds"] * 1000
    store_ms = c["store_import_seconds"] * 1000
    print(f"floor `python -c 'import coprod_refs.cli'`: {floor_ms:.0f} ms; "
          f"importing coprod_refs.store adds {store_ms:.0f} ms")  # fmt: skip
    print("whole process: `python -m coprod_refs search QUERY --limit 20` printing the table")
    print(f"{'query kind':28} {'whole process':>14} {'over floor':>11} {'hits':>5}")
    for name, row in c["queries"].items():
        print(f"{name:28} {row['seconds'] * 1000:11.0f} ms {row['over_floor'] * 1000:8.0f} ms "
              f"{row['hits']:5d}")  # fmt: skip
    print(f"in-process latency over {c['in_process_queries']} queries x3: "
          f"p50 {c['p50_ms']:.1f} ms, p99 {c['p99_ms']:.1f} ms")  # fmt: skip
    print(f"peak memory of a search process: {c['search_peak_mib']} MiB")


def print_tools(tools: dict[str, dict[str, dict[str, float]]]) -> None:
    """papis and pubs figures as aligned text."""
    for size, rows in tools.items():
        print(f"\npapis / pubs on {size} of the same works (median wall time, hits):")
        for name, row in rows.items():
            print(f"{name:28} papis {row['papis_seconds'] * 1000:7.0f} ms ({row['papis_hits']:4d})"
                  f"   pubs {row['pubs_seconds'] * 1000:7.0f} ms ({row['pubs_hits']:4d})"
                  f"   papis first run {row['papis_first_seconds']:.1f} s")  # fmt: skip


def main() -> None:
    """Parse options, build or reuse the store, measure, print and save the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--citations", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tool-sizes", default="1000,10000")
    parser.add_argument("--skip-tools", action="store_true")
    options = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    root = ensure_store(options.works, options.citations)
    figures: dict[str, object] = {"works": options.works, "citations": options.citations}
    figures["coprod"] = coprod_figures(root, options.runs)
    print_report(figures)
    if not options.skip_tools:
        sizes = [int(s) for s in options.tool_sizes.split(",") if s.strip()]
        tools = tool_figures(root, sizes, options.runs)
        figures["tools"] = tools
        print_tools(tools)
    result = CACHE / f"search-figures-{options.works}.json"
    result.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"\nfigures saved to {result}")


if __name__ == "__main__":
    main()
