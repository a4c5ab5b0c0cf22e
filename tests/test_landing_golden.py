"""The document's own work read from the seeds and from pages in other publisher layouts,
compared with golden JSON under tests/golden/landing/.

Regenerate after a reviewed change with:

    python -m pytest tests/test_landing_golden.py --update-golden

Span offsets are left out of the golden files (they move with any edit of a page); each
test checks instead that the span is a non-empty range made by the landing extractor.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_refs.model import ExtractedWork
from coprod_refs.sources.landing import extract_document_work

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"

SEED_FILES = sorted(SEEDS.glob("00[0-4]_*.txt"))
PAGE_FILES = sorted(p for p in PAGES.glob("*.txt") if p.stem != "reference_list")


def _golden_json(work: ExtractedWork | None) -> str:
    data = None if work is None else work.model_dump(mode="json", exclude_defaults=True)
    if data is not None:
        data.pop("span", None)
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _check(path: Path, name: str, golden: Callable[[str, str], None]) -> ExtractedWork:
    work = extract_document_work(path.read_text(encoding="utf-8"))
    assert work is not None, f"{path.name}: no work found"
    assert work.span is not None
    assert work.span.extractor == "landing"
    assert 0 <= work.span.start < work.span.end <= len(path.read_text(encoding="utf-8"))
    golden(f"landing/{name}.json", _golden_json(work))
    return work


def test_seed_files_present() -> None:
    assert len(SEED_FILES) == 5
    assert len(PAGE_FILES) >= 6


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_document_work(path: Path, golden: Callable[[str, str], None]) -> None:
    _check(path, f"seed_{path.name[:3]}", golden)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.stem)
def test_page_document_work(path: Path, golden: Callable[[str, str], None]) -> None:
    _check(path, path.stem, golden)


def test_reference_list_states_nothing_about_itself() -> None:
    text = (PAGES / "reference_list.txt").read_text(encoding="utf-8")
    assert extract_document_work(text) is None
