"""Train the reference-string CRF shipped in `coprod_refs/parse/models/`.

Reads the annotated AnyStyle data (`data/refparse/*.xml`, BSD-2-Clause), holds out
every reference whose text hashes into bucket 0 of 10 (sha256 of the whitespace-normalised
string, so duplicates land on the same side and the split never changes), and trains a
linear-chain CRF with L-BFGS on the rest. Deterministic: same data, same model.

    python scripts/train_parser.py [--data DIR] [--out FILE] [--iterations N] [--c1 X]
    python scripts/train_parser.py --validation-bucket 1 --c1 X --out /tmp/v.json

The second form also leaves out bucket 1 of the training data, so that settings can be
compared on it (benchmarks/parser_accuracy.py --model /tmp/v.json --bucket 1)
without ever looking at the held-out bucket.

Takes a few minutes on two cores; run it under `nice` on a shared machine.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "data" / "refparse"
DATA_FILES = ("anystyle-core.xml", "anystyle-good.xml", "anystyle-ugly.xml", "anystyle-bad.xml")
DEFAULT_OUT = ROOT / "src" / "coprod_refs" / "parse" / "models" / "refparser.json"
HOLDOUT_BUCKETS = 10

#: Tags of the data merged into the model's label set (rare roles into their nearest kin).
TAG_MAP = {
    "director": "author",
    "producer": "author",
    "medium": "note",
    "source": "note",
    "dataset": "note",
}

TRAINER_PARAMS = {
    "c1": 1.0,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 2,
}


@dataclass(frozen=True)
class AnnotatedReference:
    """One annotated reference: its segments as (label, text), and the file it came from."""

    source: str
    segments: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        """The reference as printed (segments joined by single spaces)."""
        return " ".join(" ".join(t.split()) for _, t in self.segments if t.split())

    def token_labels(self) -> list[tuple[str, str]]:
        """(token, label) pairs, tokens split at white space as the parser does."""
        return [(tok, label) for label, text in self.segments for tok in text.split()]


def load_references(data_dir: Path = DEFAULT_DATA) -> list[AnnotatedReference]:
    """Every annotated reference of the data files, in file order."""
    refs: list[AnnotatedReference] = []
    for name in DATA_FILES:
        root = ET.parse(data_dir / name).getroot()
        for seq in root.iter("sequence"):
            segments = tuple(
                (TAG_MAP.get(el.tag, el.tag), el.text or "")
                for el in seq
                if (el.text or "").strip()
            )
            if segments:
                refs.append(AnnotatedReference(name, segments))
    return refs


def hash_bucket(ref: AnnotatedReference) -> int:
    """The reference's bucket (0-9): sha256 of its text, first 8 bytes, modulo 10."""
    digest = hashlib.sha256(ref.text.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % HOLDOUT_BUCKETS


def is_held_out(ref: AnnotatedReference) -> bool:
    """True for the fixed development split: sha256 of the text, bucket 0 of 10."""
    return hash_bucket(ref) == 0


def train(refs: list[AnnotatedReference], out: Path, params: dict[str, object]) -> None:
    """Train the CRF on `refs` and write its weights, as the parser reads them, to `out`."""
    import pycrfsuite

    from coprod_refs.parse.crf_convert import weights_from_crfsuite, write_model
    from coprod_refs.parse.features import sequence_features
    from coprod_refs.parse.tokens import tokenize

    trainer = pycrfsuite.Trainer(verbose=False)
    for ref in refs:
        pairs = ref.token_labels()
        tokens = tokenize(" ".join(tok for tok, _ in pairs))
        trainer.append(sequence_features(tokens).strings(), [label for _, label in pairs])
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        trained = Path(scratch) / "model.crfsuite"
        trainer.train(str(trained))
        write_model(weights_from_crfsuite(trained), out)
    last = trainer.logparser.last_iteration or {}
    print(f"iterations: {last.get('num', '?')}, loss: {last.get('loss', '?')}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: load, split, train, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--iterations", type=int, default=TRAINER_PARAMS["max_iterations"])
    parser.add_argument("--c1", type=float, default=TRAINER_PARAMS["c1"], help="L1 penalty")
    parser.add_argument("--c2", type=float, default=TRAINER_PARAMS["c2"], help="L2 penalty")
    parser.add_argument(
        "--validation-bucket",
        type=int,
        choices=range(1, HOLDOUT_BUCKETS),
        help="also leave out this bucket of the training data, to compare settings on it",
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    refs = load_references(args.data)
    left_out = sorted({0, args.validation_bucket or 0})
    training = [r for r in refs if hash_bucket(r) not in left_out]
    print(
        f"references: {len(refs)}, training: {len(training)}, "
        f"left out: {len(refs) - len(training)} (buckets {left_out})"
    )
    started = time.perf_counter()
    params = {**TRAINER_PARAMS, "max_iterations": args.iterations, "c1": args.c1, "c2": args.c2}
    train(training, args.out, params)
    size = args.out.stat().st_size
    print(f"model: {args.out} ({size / 2**20:.1f} MiB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
