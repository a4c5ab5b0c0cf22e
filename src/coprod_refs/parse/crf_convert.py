"""Turning a model trained by python-crfsuite into the weights file the parser ships.

crfsuite writes a binary model; its Python binding lists the labels and feature strings
with their numeric ids but prints weights with six decimals only. The weights are read
from the model file's feature table itself, so the shipped file holds them exactly.
Needed only when training (python-crfsuite is imported here, not by the parser).
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import TypedDict

from coprod_refs.parse.crf import MODEL_FORMAT

#: crfsuite's feature table: a "FEAT" chunk (id, byte size, count), then per feature its
#: type (0 state, 1 transition), source id, destination id and weight, little-endian.
_CHUNK = struct.Struct("<4sii")
_FEATURE = struct.Struct("<iiid")


class ModelWeights(TypedDict):
    """A model file's content: label names, transition weights (row: from, column: to)
    and, per feature string, its [label index, weight] pairs."""

    format: str
    labels: list[str]
    transitions: list[list[float]]
    state: dict[str, list[list[float]]]


def weights_from_crfsuite(path: Path) -> ModelWeights:
    """The labels, transition matrix and per-feature label weights of a crfsuite model,
    as the JSON document `write_model` stores."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    labels = [name for name, _ in sorted(info.labels.items(), key=lambda kv: int(kv[1]))]
    attributes = {int(i): name for name, i in info.attributes.items()}
    blob = path.read_bytes()
    offset = int(info.header["off_features"], 16)
    chunk, _, count = _CHUNK.unpack_from(blob, offset)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature table where the header points")
    transitions = [[0.0] * len(labels) for _ in labels]
    state: dict[str, list[list[float]]] = {}
    for kind, source, target, weight in _FEATURE.iter_unpack(
        blob[offset + _CHUNK.size : offset + _CHUNK.size + count * _FEATURE.size]
    ):
        if kind == 1:
            transitions[source][target] = weight
        else:
            state.setdefault(attributes[source], []).append([target, weight])
    return {
        "format": MODEL_FORMAT,
        "labels": labels,
        "transitions": transitions,
        "state": {name: sorted(state[name]) for name in sorted(state)},
    }


def write_model(weights: ModelWeights, out: Path) -> None:
    """Write the weights file atomically (one feature per line, so diffs stay readable)."""
    state = weights["state"]
    lines = [
        "{",
        f'"format": {json.dumps(weights["format"])},',
        f'"labels": {json.dumps(weights["labels"])},',
        f'"transitions": {json.dumps(weights["transitions"])},',
        '"state": {',
        ",\n".join(f"{json.dumps(name)}: {json.dumps(rows)}" for name, rows in state.items()),
        "}}",
    ]
    tmp = out.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, out)
