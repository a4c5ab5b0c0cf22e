"""The compiled parser gives what its Python sources give. `setup.py` compiles the
parser's hot modules with mypyc when it can; compiled code checks the declared types at
run time, where Python lets a stray None through, so both are run on the same strings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coprod_refs.parse.compiled import COMPILED_MODULES, compiled_modules, copy_python_sources
from coprod_refs.parse.reference import parse_references

ROOT = Path(__file__).resolve().parent.parent
ANNOTATED = sorted((ROOT / "data" / "refparse").glob("anystyle-*.xml"))
SEED_002 = Path(__file__).resolve().parent / "golden" / "parser" / "seed002_references.json"
#: Every n-th annotated reference is parsed by both builds (about 2,000 of them).
SAMPLE_STEP = 5

#: Parses the JSON list of strings on stdin with the package on PYTHONPATH, printing each
#: record as JSON, and says first whether any module ran compiled.
_PARSE_IN_CHILD = """
import json, sys
from coprod_refs.parse.compiled import compiled_modules
from coprod_refs.parse.reference import parse_references
works = parse_references(json.load(sys.stdin))
print(json.dumps({"compiled": compiled_modules(),
                  "works": [w.model_dump(mode="json") for w in works]}))
"""


def _annotated_strings() -> list[str]:
    """A fixed sample of the annotated reference strings, each as one line."""
    texts = []
    for path in ANNOTATED:
        for sequence in ET.parse(path).getroot().iter("sequence"):
            texts.append(" ".join((el.text or "").strip() for el in sequence if el.text))
    return [text for text in texts[::SAMPLE_STEP] if text]


def _strings() -> list[str]:
    """Seed 002's entries, the annotated sample and strings that stress the repairs."""
    entries = json.loads(SEED_002.read_text(encoding="utf-8"))["entries"]
    return [
        *(entry["text"] for entry in entries),
        *_annotated_strings(),
        "Durose C, Needham C (2017) Generating evidence for co-production. Evidence & "
        "Policy 13:135–151. doi: 10.1332/174426415X14440",
        "79. National Co-Production Advisory Group. Ladder of co-production [Internet]. 2016.",
        "112. Social Care Institute for Excellence. Co-production in Social Care [Internet]. "
        "SCIE. 2013.",
    ]


def test_the_build_compiled_the_parser_when_it_must() -> None:
    if os.environ.get("COPROD_REFS_REQUIRE_COMPILED", "") in ("", "0"):
        pytest.skip("only where the build must compile (COPROD_REFS_REQUIRE_COMPILED=1, as in CI)")
    assert compiled_modules() == list(COMPILED_MODULES)


def test_compiled_and_pure_parsers_give_the_same_records(tmp_path: Path) -> None:
    if not compiled_modules():
        pytest.skip("the package is installed as pure Python")
    texts = _strings()
    child = subprocess.run(
        [sys.executable, "-c", _PARSE_IN_CHILD],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(copy_python_sources(tmp_path))},
    )
    pure = json.loads(child.stdout)
    assert pure["compiled"] == []
    compiled = [work.model_dump(mode="json") for work in parse_references(texts)]
    differing = [
        (text, a, b) for text, a, b in zip(texts, compiled, pure["works"], strict=True) if a != b
    ]
    assert not differing, f"{len(differing)} of {len(texts)} differ, first: {differing[0]}"
