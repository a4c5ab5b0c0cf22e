"""Import a large .bib library: coprod-refs side by side with bibtexparser, papis and pubs.

Each measurement runs in its own process, which reports wall time and peak memory (RSS).
papis and pubs are installed into a throw-away venv under benchmarks/.cache/ with
`--others`, and run at the sizes given by `--others-sizes` (they are much slower).

    python benchmarks/import.py [--sizes 1000,10000,100000] [--others]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bib_corpus import CACHE, library_file

OTHERS_VENV = CACHE / "venv-others"


def _measure_inline(what: str, path: Path) -> dict[str, float]:
    """Run one measurement in this process (called in a child) and return its figures."""
    text = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    cpu_start = time.process_time()
    if what == "bibtexparser":
        import bibtexparser

        count = len(bibtexparser.parse_string(text).entries)
    elif what == "reader":
        from coprod_refs.sources import read_source

        count = len(read_source(path).works)
    elif what == "ingest":
        from coprod_refs.ingest import ingest_paths
        from coprod_refs.store import Store

        with tempfile.TemporaryDirectory() as tmp:
            store = Store.init(Path(tmp) / ".coprod-refs")
            count = ingest_paths(store, [path]).counts.works
    else:
        raise SystemExit(f"unknown measurement {what}")
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "cpu": cpu, "peak_mib": peak, "count": count}


def _child(what: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", what, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _ensure_others() -> Path:
    python = OTHERS_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(OTHERS_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "papis", "pubs"], check=True)
    return OTHERS_VENV / "bin"


def _timed(args: list[str], env: dict[str, str], timeout: int) -> tuple[float, float] | None:
    start = time.perf_counter()
    wrapped = ["/usr/bin/time", "-f", "%M", *args] if Path("/usr/bin/time").exists() else args
    try:
        done = subprocess.run(
            wrapped, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return None
    seconds = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    peak = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
    return seconds, peak


def _others(path: Path, timeout: int) -> dict[str, tuple[float, float] | None]:
    bin_dir = _ensure_others()
    results: dict[str, tuple[float, float] | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
        pubs_conf = home / "pubsrc"
        subprocess.run(
            [str(bin_dir / "pubs"), "-c", str(pubs_conf), "init", "-p", str(home / "pubs")],
            env=env,
            capture_output=True,
            check=False,
        )
        results["pubs import"] = _timed(
            [str(bin_dir / "pubs"), "-c", str(pubs_conf), "import", str(path)], env, timeout
        )
        papis_lib = home / "papis"
        papis_lib.mkdir()
        (home / ".config" / "papis").mkdir(parents=True)
        (home / ".config" / "papis" / "config").write_text(
            f"[settings]\ndefault-library = bench\n[bench]\ndir = {papis_lib}\n",
            encoding="utf-8",
        )
        results["papis bibtex import"] = _timed(
            [str(bin_dir / "papis"), "bibtex", "read", str(path), "import", "--all"],
            env,
            timeout,
        )
    return results


def main() -> None:
    """Print import figures for each size, coprod-refs next to the tools users would pick."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--others", action="store_true", help="also papis and pubs")
    parser.add_argument("--others-sizes", default="1000,10000")
    parser.add_argument("--others-timeout", type=int, default=900)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure_inline(args.child[0], Path(args.child[1]))))
        return
    print(
        f"{'entries':>8}  {'tool':<24}{'seconds':>9}  {'cpu s':>7}  {'peak MiB':>9}  "
        f"{'entries/s':>10}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        path = library_file(size)
        for what, label in (
            ("bibtexparser", "bibtexparser parse"),
            ("reader", "coprod-refs read .bib"),
            ("ingest", "coprod-refs ingest"),
        ):
            r = _child(what, path)
            rate = size / r["seconds"]
            print(
                f"{size:>8}  {label:<24}{r['seconds']:>9.2f}  {r['cpu']:>7.2f}  "
                f"{r['peak_mib']:>9.0f}  {rate:>10.0f}"
            )
        if args.others and size in {int(s) for s in args.others_sizes.split(",")}:
            for label, figures in _others(path, args.others_timeout).items():
                if figures is None:
                    print(f"{size:>8}  {label:<24}  timed out after {args.others_timeout} s")
                else:
                    seconds, peak = figures
                    print(
                        f"{size:>8}  {label:<24}{seconds:>9.2f}  {'':>7}  {peak:>9.0f}  "
                        f"{size / seconds:>10.0f}"
                    )
    shutil.rmtree(CACHE / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
