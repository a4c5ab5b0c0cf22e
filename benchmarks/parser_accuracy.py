"""Field-level accuracy of the reference parser, side by side with refextract.

    python benchmarks/parser_accuracy.py [--no-refextract] [--data DIR]
    python benchmarks/parser_accuracy.py --model FILE --bucket 1 --no-refextract


Evaluates on the fixed held-out split of the annotated data (never trained on; see
scripts/train_parser.py) and on seed 002's reference list (tests/golden/parser/). For
each field: precision, recall, F1; then micro-F1 over all fields and the rate of
references right in every field, per style family of the annotation and overall:
numbered (the annotation starts with a citation number), author-date (the date segment
comes right after the authors or editors, as in APA, Harvard and Chicago author-date),
other unnumbered styles (notes-bibliography, humanities and engineering styles that put
the date later), and all unnumbered ones together.

Gold fields of the annotated data are the hand-labelled segments passed through the same
value normalisation as the parser's own output (`parse.reference.assemble`), so a field
counts as right when the parser put the same words under the same label. Values are
compared case- and punctuation-insensitively; author and editor lists by family names.

refextract runs in its own virtual environment (benchmarks/.cache/refextract-venv, or
/tmp/refextract-venv if present); its authors are split with our name parser, its
`journal_*` fields map to container, volume, issue and pages, `misc` is left unscored.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "scripts"))
#: The package measured: this checkout's sources, or the copy COPROD_REFS_SOURCES names
#: (the speed benchmark times the Python sources alone from such a copy).
sys.path.insert(0, os.environ.get("COPROD_REFS_SOURCES") or str(ROOT / "src"))

from train_parser import (  # noqa: E402
    DEFAULT_DATA,
    AnnotatedReference,
    hash_bucket,
    load_references,
)

from coprod_refs.model.extracted import ExtractedWork, Name  # noqa: E402
from coprod_refs.parse import crf  # noqa: E402
from coprod_refs.parse.names import parse_names  # noqa: E402
from coprod_refs.parse.reference import assemble, group_segments, parse_references  # noqa: E402
from coprod_refs.parse.tokens import tokenize  # noqa: E402
from coprod_refs.text.fold import ascii_fold, name_key  # noqa: E402

FIELDS = (
    "authors",
    "year",
    "title",
    "container",
    "volume",
    "issue",
    "pages",
    "publisher",
    "place",
    "editors",
    "doi",
    "url",
)
GOLD_002 = ROOT / "tests" / "golden" / "parser" / "seed002_references.json"
VENVS = (HERE / ".cache" / "refextract-venv", Path("/tmp/refextract-venv"))


def text_key(value: str) -> str:
    """A value as compared: its letters and digits, accents folded, in small letters."""
    return "".join(c for c in ascii_fold(value) if c.isalnum())


def names_key(names: list[Name]) -> str:
    """A name list as compared: family names (or bodies' names), in order."""
    return "|".join(name_key(n.literal if n.is_body else n.family) for n in names)


def field_values(work: ExtractedWork) -> dict[str, str]:
    """The comparable value of every scored field ("" when absent)."""
    year = ""
    if work.year is not None:
        year = f"{work.year}{work.year_suffix}"
    elif work.no_date:
        year = "nd"
    url = work.url.lower().split("://", 1)[-1].removeprefix("www.").rstrip("/")
    return {
        "authors": names_key(work.authors),
        "year": year,
        "title": text_key(work.title),
        "container": text_key(work.container_title),
        "volume": text_key(work.volume),
        "issue": text_key(work.issue),
        "pages": text_key(work.pages or work.article_number),
        "publisher": text_key(work.publisher),
        "place": text_key(work.place),
        "editors": names_key(work.editors),
        "doi": work.doi.lower(),
        "url": url,
    }


@dataclass
class Score:
    """True positives, false positives and false negatives per field, and exact matches."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    exact: int = 0
    count: int = 0

    def add(self, gold: dict[str, str], pred: dict[str, str]) -> None:
        """Score one reference."""
        self.count += 1
        all_right = True
        for name in FIELDS:
            g, p = gold[name], pred[name]
            if g and p == g:
                self.tp[name] += 1
                continue
            if p != g:
                all_right = False
            if p:
                self.fp[name] += 1
            if g:
                self.fn[name] += 1
        self.exact += all_right

    def merge(self, other: Score) -> None:
        """Add the counts of `other` (another run, another style) to these."""
        for name in FIELDS:
            self.tp[name] += other.tp[name]
            self.fp[name] += other.fp[name]
            self.fn[name] += other.fn[name]
        self.exact += other.exact
        self.count += other.count

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def field_prf(self, name: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of one field."""
        return self._prf(self.tp[name], self.fp[name], self.fn[name])

    def micro_f1(self) -> float:
        """F1 over every field of every reference."""
        return self._prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))[2]

    def exact_rate(self) -> float:
        """Share of references right in every scored field."""
        return self.exact / self.count if self.count else 0.0


def gold_from_segments(segments: tuple[tuple[str, str], ...], raw: str) -> ExtractedWork:
    """The typed fields of one hand-labelled reference (same normalisation as the parser)."""
    pairs = [(tok, label) for label, text in segments for tok in text.split()]
    words = " ".join(tok for tok, _ in pairs)
    tokens = tokenize(words)
    labels = [label for _, label in pairs]
    return assemble(group_segments(tokens, labels, [1.0] * len(tokens), words), raw)


def load_gold_002() -> tuple[list[str], list[ExtractedWork]]:
    """Seed 002's reference strings and their hand-checked fields."""
    data = json.loads(GOLD_002.read_text(encoding="utf-8"))
    texts = [entry["text"] for entry in data["entries"]]
    works = [gold_to_work(entry["expected"]) for entry in data["entries"]]
    return texts, works


def _gold_names(items: list[dict[str, str]]) -> list[Name]:
    return [Name(**item) for item in items]


def gold_to_work(expected: dict[str, object]) -> ExtractedWork:
    """An ExtractedWork from a gold entry's expected fields (names as dicts)."""
    data = dict(expected)
    data["authors"] = _gold_names(data.get("authors", []))  # type: ignore[arg-type]
    data["editors"] = _gold_names(data.get("editors", []))  # type: ignore[arg-type]
    return ExtractedWork.model_validate(data)


def refextract_python() -> Path | None:
    """The interpreter of a virtual environment with refextract installed, if any."""
    for venv in VENVS:
        python = venv / "bin" / "python"
        if python.exists():
            probe = subprocess.run(
                [str(python), "-c", "import refextract"], capture_output=True, check=False
            )
            if probe.returncode == 0:
                return python
    return None


_RUNNER = r"""
import json, sys, time
from refextract import extract_references_from_string
texts = json.load(sys.stdin)
out = []
wall, cpu = time.perf_counter(), time.process_time()
for text in texts:
    try:
        refs = extract_references_from_string(text, is_only_references=True)
    except Exception as exc:
        refs = [{"error": [repr(exc)]}]
    out.append(refs[0] if refs else {})
seconds = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}
json.dump({"results": out, "seconds": seconds}, sys.stdout)
"""


def run_in_venv(python: Path, runner: str, texts: list[str], *, nice: bool = True) -> Any:
    """What the `runner` program prints as JSON when run by `python` (refextract's venv)
    on `texts` given as JSON on its standard input; under `nice` unless told otherwise."""
    proc = subprocess.run(
        [*(["nice"] if nice else []), str(python), "-c", runner],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    return json.loads(proc.stdout)


def run_refextract(
    python: Path, texts: list[str]
) -> tuple[list[dict[str, list[str]]], dict[str, float]]:
    """refextract's raw output for every string, and the CPU and wall-clock seconds it
    took (start-up excluded)."""
    data = run_in_venv(python, _RUNNER, texts)
    return data["results"], data["seconds"]


def refextract_to_work(result: dict[str, list[str]]) -> ExtractedWork:
    """Map refextract's fields onto ours (authors through our name parser)."""

    def first(key: str) -> str:
        values = result.get(key) or [""]
        return str(values[0])

    authors = [n for text in result.get("author", []) for n in parse_names(text)]
    year = first("year")
    doi = first("doi").lower().removeprefix("doi:")
    return ExtractedWork(
        authors=authors,
        year=int(year) if year.isdigit() else None,
        title=first("title"),
        container_title=first("journal_title"),
        volume=first("journal_volume"),
        issue=first("journal_issue"),
        pages=first("journal_page").replace("-", "–"),
        publisher=first("publisher"),
        doi=doi,
        url=first("url"),
    )


def print_table(title: str, scores: dict[str, Score]) -> None:
    """Print one block: per-field P/R/F1 for each named score, then micro-F1 and exact."""
    names = list(scores)
    print(f"\n== {title}")
    header = f"{'field':<10}" + "".join(f"{n:>26}" for n in names)
    print(header)
    print(f"{'':<10}" + "".join(f"{'P':>8}{'R':>9}{'F1':>9}" for _ in names))
    for name in FIELDS:
        row = f"{name:<10}"
        for score in scores.values():
            p, r, f = score.field_prf(name)
            row += f"{p:>8.3f}{r:>9.3f}{f:>9.3f}"
        print(row)
    print(f"{'micro-F1':<10}" + "".join(f"{s.micro_f1():>26.4f}" for s in scores.values()))
    print(f"{'exact':<10}" + "".join(f"{s.exact_rate():>26.4f}" for s in scores.values()))
    print(f"{'refs':<10}" + "".join(f"{s.count:>26d}" for s in scores.values()))


def print_by_file(
    held_out: list[AnnotatedReference], texts: list[str], gold: list[ExtractedWork]
) -> None:
    """Micro-F1 and exact-match rate of coprod-refs per source file of the split."""
    predicted = parse_references(texts)
    by_file: dict[str, Score] = {}
    for ref, g, p in zip(held_out, gold, predicted, strict=True):
        by_file.setdefault(ref.source, Score()).add(field_values(g), field_values(p))
    print("\n== coprod-refs, held-out, by source file")
    print(f"{'file':<22}{'refs':>6}{'micro-F1':>10}{'exact':>8}")
    for name, score in by_file.items():
        print(f"{name:<22}{score.count:>6}{score.micro_f1():>10.4f}{score.exact_rate():>8.4f}")


FAMILIES = ("author-date", "numbered", "other", "unnumbered", "overall")


def style_family(ref: AnnotatedReference) -> str:
    """ "numbered", "author-date" or "other", from the annotation's order of segments."""
    labels = [label for label, _ in ref.segments]
    if labels[0] == "citation-number":
        return "numbered"
    names = 0
    while names < len(labels) and labels[names] in ("author", "editor"):
        names += 1
    if 0 < names < len(labels) and labels[names] == "date":
        return "author-date"
    return "other"


def evaluate(
    texts: list[str],
    gold: list[ExtractedWork],
    families: list[str],
    predict: Callable[[list[str]], list[ExtractedWork]],
) -> dict[str, Score]:
    """Scores per style family and overall for one parser."""
    predicted = predict(texts)
    scores = {name: Score() for name in FAMILIES}
    for fam, g, p in zip(families, gold, predicted, strict=True):
        gv, pv = field_values(g), field_values(p)
        scores[fam].add(gv, pv)
        if fam != "numbered":
            scores["unnumbered"].add(gv, pv)
        scores["overall"].add(gv, pv)
    return {name: score for name, score in scores.items() if score.count}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-refextract", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="print N wrong references")
    parser.add_argument("--model", type=Path, help="a trained model instead of the shipped one")
    parser.add_argument(
        "--bucket",
        type=int,
        default=0,
        help="evaluate on this hash bucket (0, the held-out split, unless comparing "
        "settings on a validation bucket the model was trained without)",
    )
    args = parser.parse_args(argv)
    if args.model:
        crf.use_model(args.model)

    held_out = [r for r in load_references(args.data) if hash_bucket(r) == args.bucket]
    texts = [r.text for r in held_out]
    gold = [gold_from_segments(r.segments, r.text) for r in held_out]
    families = [style_family(r) for r in held_out]
    texts_002, gold_002 = load_gold_002() if GOLD_002.exists() else ([], [])

    ours = evaluate(texts, gold, families, parse_references)
    ours_002 = evaluate(texts_002, gold_002, ["author-date"] * len(texts_002), parse_references)
    if args.errors:
        for text, g, p in zip(texts, gold, parse_references(texts), strict=True):
            gv, pv = field_values(g), field_values(p)
            wrong = [f"{k}: {gv[k]!r} != {pv[k]!r}" for k in FIELDS if gv[k] != pv[k]]
            if wrong and args.errors > 0:
                args.errors -= 1
                print(text, *wrong, sep="\n    ")

    print(
        f"held-out split: {len(held_out)} references (sha256 bucket {args.bucket} of 10), "
        f"{families.count('author-date')} author-date, {families.count('numbered')} numbered, "
        f"{families.count('other')} other"
    )
    print_table("coprod-refs, held-out", ours)
    print_by_file(held_out, texts, gold)
    print_table("coprod-refs, seed 002 reference list", {"002": ours_002["overall"]})

    if args.no_refextract:
        return 0
    python = refextract_python()
    if python is None:
        print(
            "\nrefextract: not installed; create a venv with "
            "`python -m venv benchmarks/.cache/refextract-venv && "
            "benchmarks/.cache/refextract-venv/bin/pip install refextract`"
        )
        return 0

    def predict_refextract(batch: list[str]) -> list[ExtractedWork]:
        results, _ = run_refextract(python, batch)
        return [refextract_to_work(r) for r in results]

    theirs = evaluate(texts, gold, families, predict_refextract)
    print_table("refextract, held-out", theirs)
    theirs_002 = evaluate(texts_002, gold_002, ["author-date"] * len(texts_002), predict_refextract)
    print_table(
        "seed 002: coprod-refs vs refextract",
        {"coprod-refs": ours_002["overall"], "refextract": theirs_002["overall"]},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
