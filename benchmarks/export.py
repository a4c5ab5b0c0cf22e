"""Export a large library to BibTeX and CSL-JSON, side by side with bibtexparser writing it.

The library (benchmarks/bib_corpus.py) is ingested into a store once (cached under
benchmarks/.cache/); each measurement then runs in its own process and reports wall time,
CPU time and peak memory. A sample is also written through bibtexparser's writer to show
the fast layout gives identical bytes.

    python benchmarks/export.py [--size 100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bib_corpus import CACHE, library_file, measure_in_child


def _store(size: int) -> Path:
    root = CACHE / f"store-{size}" / ".coprod-refs"
    if not root.exists():
        from coprod_refs.ingest import ingest_paths
        from coprod_refs.store import Store

        ingest_paths(Store.init(root), [library_file(size)])
    return root


def _measure_inline(what: str, size: int) -> dict[str, float]:
    """One measurement in this process (called in a child)."""
    start, cpu_start = time.perf_counter(), time.process_time()
    if what == "prepare":
        _store(size)
        count = 0
    elif what == "identical":
        count = int(_identical_sample(size))
    elif what == "bibtexparser":
        import bibtexparser

        library = bibtexparser.parse_string(library_file(size).read_text(encoding="utf-8"))
        start, cpu_start = time.perf_counter(), time.process_time()
        count = len(bibtexparser.write_string(library))
    else:
        from coprod_refs.export import export_works
        from coprod_refs.store import Store

        graph = Store(_store(size)).load().graph
        works = [graph.works[k] for k in sorted(graph.works)]
        start, cpu_start = time.perf_counter(), time.process_time()
        count = len(export_works(works, graph, what).text)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu_start,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "chars": count,
    }


def _identical_sample(size: int, sample: int = 2000) -> bool:
    from coprod_refs.export import ExportOptions, export_works
    from coprod_refs.store import Store

    graph = Store(_store(size)).load().graph
    works = [graph.works[k] for k in sorted(graph.works)][:sample]
    fast = export_works(works, graph, "bibtex").text
    reference = export_works(works, graph, "bibtex", ExportOptions(bibtexparser_writer=True))
    return fast == reference.text


def _child(what: str, size: int) -> dict[str, float]:
    """One measurement in a fresh process, so its peak memory is its own."""
    return measure_in_child(__file__, what, str(size))


def main() -> None:
    """Print export figures: coprod-refs BibTeX and CSL-JSON, bibtexparser writing BibTeX."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure_inline(args.child[0], int(args.child[1]))))
        return
    _child("prepare", args.size)
    print(f"{'entries':>8}  {'writer':<28}{'seconds':>9}  {'cpu s':>7}  {'peak MiB':>9}")
    for what, label in (
        ("bibtex", "coprod-refs BibTeX"),
        ("csljson", "coprod-refs CSL-JSON"),
        ("bibtexparser", "bibtexparser write_string"),
    ):
        r = _child(what, args.size)
        print(
            f"{args.size:>8}  {label:<28}{r['seconds']:>9.2f}  {r['cpu']:>7.2f}  "
            f"{r['peak_mib']:>9.0f}"
        )
    same = bool(_child("identical", args.size)["chars"])
    print(f"fast layout and bibtexparser's writer give identical bytes on a sample: {same}")


if __name__ == "__main__":
    main()
