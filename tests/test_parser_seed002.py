"""Seed 002's reference list: every entry right in every field it states.

The gold file (tests/golden/parser/seed002_references.json) was checked by hand against
the seed text; fields an entry does not state must come out empty.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from coprod_refs.model.extracted import ExtractedWork
from coprod_refs.parse.reference import parse_references

GOLD = Path(__file__).resolve().parent / "golden" / "parser" / "seed002_references.json"
SEED = Path(__file__).resolve().parent.parent / "data" / "seeds" / "002_3716a2e5d62b8571.txt"
CHECKED = (
    "type",
    "title",
    "year",
    "year_suffix",
    "no_date",
    "container_title",
    "container_kind",
    "volume",
    "issue",
    "pages",
    "article_number",
    "edition",
    "publisher",
    "place",
    "doi",
    "url",
    "isbn",
    "accessed",
    "genre",
    "collection_title",
)
_ENTRIES: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))["entries"]
_PARSED: dict[str, ExtractedWork] = {}


def _parsed(text: str) -> ExtractedWork:
    if not _PARSED:
        texts = [e["text"] for e in _ENTRIES]
        _PARSED.update(zip(texts, parse_references(texts), strict=True))
    return _PARSED[text]


def test_gold_has_every_entry_of_the_seed_list() -> None:
    seed = SEED.read_text(encoding="utf-8")
    section = seed[seed.index("\nReferences\n") : seed.index("Download references")]
    bullets = [line.strip()[1:].strip() for line in section.splitlines() if line.strip()[:1] == "•"]
    assert [e["text"] for e in _ENTRIES] == bullets
    assert len(_ENTRIES) == 76


@pytest.mark.parametrize("entry", _ENTRIES, ids=[e["text"][:40] for e in _ENTRIES])
def test_entry_fields(entry: dict[str, Any]) -> None:
    work = _parsed(entry["text"])
    expected = entry["expected"]
    for name in CHECKED:
        default = ExtractedWork.model_fields[name].default
        assert getattr(work, name) == expected.get(name, default), name
    for role in ("authors", "editors"):
        got = [n.model_dump(exclude_defaults=True) for n in getattr(work, role)]
        assert got == expected[role], role
    for flag in entry.get("flags", []):
        assert flag in work.flags
    assert work.raw == entry["text"]
