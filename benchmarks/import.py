"""Import a large .bib library: coprod-refs side by side with bibtexparser, papis and pubs.

Each measurement runs in its own process and reports wall time, CPU time (with the
worker processes a large .bib is parsed in) and peak memory (RSS) of the process and of
its largest worker. `coprod-refs ingest` is measured twice: in a process calling the
library, and as the command itself (`python -m coprod_refs ingest`, under /usr/bin/time).
papis and pubs are installed into a throw-away venv under benchmarks/.cache/ with
`--others`, and run at the sizes given by `--pubs-sizes` and `--papis-sizes` (they are
much slower: papis imports about ten entries a second).
Commands are timed with GNU time (/usr/bin/time, Debian package `time`).

    python benchmarks/import.py [--sizes 1000,10000,100000] [--others] [--others-timeout 900]
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
from bib_corpus import CACHE, library_file, measure_in_child

OTHERS_VENV = CACHE / "venv-others"
TIME = Path("/usr/bin/time")


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def _measure_inline(what: str, path: Path) -> dict[str, float]:
    """Run one measurement in this process (called in a child) and return its figures."""
    text = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    cpu_start = _cpu(resource.getrusage(resource.RUSAGE_SELF))
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
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "cpu": _cpu(resource.getrusage(resource.RUSAGE_SELF)) - cpu_start + _cpu(workers),
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mib": workers.ru_maxrss / 1024,
        "count": count,
    }


def _child(what: str, path: Path) -> dict[str, float]:
    """One measurement in a fresh process, so its peak memory is its own."""
    return measure_in_child(__file__, what, str(path))


def _command(path: Path) -> dict[str, float]:
    """`coprod-refs ingest` as a user runs it, into an empty store; /usr/bin/time gives
    the CPU of the command and its workers, and the largest peak among them."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / ".coprod-refs"
        cli = [sys.executable, "-m", "coprod_refs", "--store", str(store)]
        subprocess.run([*cli, "init"], capture_output=True, check=True)
        start = time.perf_counter()
        done = subprocess.run(
            [str(TIME), "-f", "%U %S %M", *cli, "ingest", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds = time.perf_counter() - start
    user, system, peak_kib = done.stderr.strip().splitlines()[-1].split()
    return {
        "seconds": seconds,
        "cpu": float(user) + float(system),
        "peak_mib": int(peak_kib) / 1024,
        "worker_peak_mib": float("nan"),
    }


def _ensure_others() -> Path:
    """The throw-away venv with papis and pubs (pubs needs bibtexparser 1 and pyparsing)."""
    ready = OTHERS_VENV / "ready"
    if not ready.exists():
        subprocess.run([sys.executable, "-m", "venv", str(OTHERS_VENV)], check=True)
        pip = [str(OTHERS_VENV / "bin" / "python"), "-m", "pip", "install", "-q"]
        subprocess.run([*pip, "papis", "pubs", "pyparsing", "bibtexparser<2"], check=True)
        ready.write_text("papis pubs\n", encoding="utf-8")
    return OTHERS_VENV / "bin"


def _timed(args: list[str], env: dict[str, str], timeout: int) -> dict[str, float] | str:
    """Wall and CPU time and peak memory of a command, or why it gave none."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [str(TIME), "-f", "%U %S %M", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout} s"
    seconds = time.perf_counter() - start
    lines = done.stderr.strip().splitlines() or [""]
    if done.returncode != 0:
        return f"failed: {lines[-2] if len(lines) > 1 else lines[-1]}"
    user, system, peak_kib = lines[-1].split()
    return {
        "seconds": seconds,
        "cpu": float(user) + float(system),
        "peak_mib": int(peak_kib) / 1024,
        "worker_peak_mib": float("nan"),
    }


def _pubs(
    bin_dir: Path, path: Path, home: Path, timeout: int
) -> tuple[dict[str, float] | str, int]:
    """pubs importing the file into an empty repository: figures, documents it holds."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    pubs_conf, pubs_dir = home / "pubsrc", home / "pubs"
    pubs = [str(bin_dir / "pubs"), "-c", str(pubs_conf)]
    subprocess.run([*pubs, "init", "-p", str(pubs_dir)], env=env, capture_output=True, check=True)
    figures = _timed([*pubs, "import", str(path)], env, timeout)
    return figures, len(list((pubs_dir / "bib").glob("*.bib")))


def _papis(
    bin_dir: Path, path: Path, home: Path, timeout: int
) -> tuple[dict[str, float] | str, int]:
    """papis importing the file into an empty library: figures, documents it holds."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    library = home / "papis"
    library.mkdir()
    (home / ".config" / "papis").mkdir(parents=True)
    (home / ".config" / "papis" / "config").write_text(
        f"[settings]\ndefault-library = bench\n[bench]\ndir = {library}\n", encoding="utf-8"
    )
    papis = [str(bin_dir / "papis"), "bibtex", "read", str(path), "import", "--all", "--batch"]
    figures = _timed(papis, env, timeout)
    return figures, sum(1 for _ in library.iterdir())


def _row(size: int, label: str, r: dict[str, float]) -> str:
    def figure(value: float, spec: str) -> str:
        return "-" if value != value else format(value, spec)

    return (
        f"{size:>8}  {label:<28}{r['seconds']:>8.2f}  {figure(r['cpu'], '.2f'):>7}  "
        f"{figure(r['peak_mib'], '.0f'):>9}  {figure(r['worker_peak_mib'], '.0f'):>9}  "
        f"{size / r['seconds']:>10.0f}"
    )


def main() -> None:
    """Print import figures for each size, coprod-refs next to the tools users would pick."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--others", action="store_true", help="also papis and pubs")
    parser.add_argument("--pubs-sizes", default="1000,10000,100000")
    parser.add_argument("--papis-sizes", default="1000")
    parser.add_argument("--others-timeout", type=int, default=900)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure_inline(args.child[0], Path(args.child[1]))))
        return
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cpus")
    print(
        f"{'entries':>8}  {'tool':<28}{'wall s':>8}  {'cpu s':>7}  {'peak MiB':>9}  "
        f"{'workers':>9}  {'entries/s':>10}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        path = library_file(size)
        for what, label in (
            ("bibtexparser", "bibtexparser parse"),
            ("reader", "coprod-refs read .bib"),
            ("ingest", "coprod-refs ingest (library)"),
        ):
            print(_row(size, label, _child(what, path)), flush=True)
        print(_row(size, "coprod-refs ingest (command)", _command(path)), flush=True)
        if not args.others:
            continue
        for label, run, sizes in (
            ("pubs import", _pubs, args.pubs_sizes),
            ("papis bibtex import", _papis, args.papis_sizes),
        ):
            if str(size) not in sizes.split(","):
                continue
            with tempfile.TemporaryDirectory() as home:
                figures, imported = run(_ensure_others(), path, Path(home), args.others_timeout)
            if isinstance(figures, str):
                print(f"{size:>8}  {label:<28}{figures} ({imported} imported)", flush=True)
            else:
                print(f"{_row(size, label, figures)}  ({imported} imported)", flush=True)
    shutil.rmtree(CACHE / "tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
