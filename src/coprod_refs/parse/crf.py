"""The trained CRF: loading the shipped model once and labelling token sequences.

python-crfsuite is imported only when a reference is first parsed, so importing the
parser (or the CLI) stays cheap.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pycrfsuite

#: The labels the model predicts (the annotated data's tags after merging rare ones).
LABELS: tuple[str, ...] = (
    "author",
    "editor",
    "translator",
    "date",
    "title",
    "container-title",
    "journal",
    "collection-title",
    "volume",
    "pages",
    "edition",
    "publisher",
    "location",
    "genre",
    "note",
    "url",
    "doi",
    "isbn",
    "citation-number",
)

_MODEL_NAME = "refparser.crfsuite"
_lock = threading.Lock()
_tagger: pycrfsuite.Tagger | None = None


@dataclass(frozen=True, slots=True)
class Labelled:
    """A tagged sequence: one label and its marginal probability per token, plus the
    probability of the whole label sequence."""

    labels: list[str]
    marginals: list[float]
    sequence_probability: float


def model_path() -> Path:
    """Where the shipped model lives inside the installed package."""
    return Path(str(resources.files("coprod_refs.parse") / "models" / _MODEL_NAME))


def _load_tagger() -> pycrfsuite.Tagger:
    global _tagger
    with _lock:
        if _tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(model_path()))
            _tagger = tagger
    return _tagger


def use_model(path: Path) -> None:
    """Label with the model at `path` from now on instead of the shipped one (for
    comparing trained models on the same strings)."""
    import pycrfsuite

    global _tagger
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    with _lock:
        _tagger = tagger


def tag(features: list[list[str]]) -> Labelled:
    """Label one token sequence with the shipped model (loaded on first use)."""
    if not features:
        return Labelled([], [], 0.0)
    tagger = _load_tagger()
    with _lock:
        tagger.set(features)
        labels = tagger.tag()
        marginals = [tagger.marginal(label, i) for i, label in enumerate(labels)]
        probability = tagger.probability(labels)
    return Labelled(labels, marginals, probability)
