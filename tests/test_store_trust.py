"""Files holding exactly what this program wrote are read the fast way; others carefully."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from coprod_refs.errors import StoreError
from coprod_refs.store import Store, trust
from coprod_refs.store import state as state_module


def _careful_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record which record files go through the careful, line-by-line reader."""
    seen: list[str] = []
    careful = state_module.decode_jsonl

    def spy(data: bytes, spec: Any, file: Path) -> Any:
        seen.append(spec.filename)
        return careful(data, spec, file)

    monkeypatch.setattr(state_module, "decode_jsonl", spy)
    return seen


def test_files_this_program_wrote_are_read_fast(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _careful_reads(monkeypatch)
    assert set(store.load().graph.works) == {"a", "b", "c"}
    assert store.record_locations()[("works", "c")] == (store.root / "works.jsonl", 3)
    assert seen == []


def test_a_file_changed_by_hand_is_read_carefully(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    works = store.root / "works.jsonl"
    text = works.read_text()
    # Same size, written at once after the store's own write: still noticed.
    works.write_text(text.replace('"title":"Title c"', '"title":NaN,"x":1'))
    assert len(works.read_text()) == len(text)
    seen = _careful_reads(monkeypatch)
    with pytest.raises(StoreError, match="NaN") as info:
        store.load()
    assert seen == ["works.jsonl"]
    assert info.value.line == 3


def test_a_file_checked_once_is_read_fast_afterwards(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    works = store.root / "works.jsonl"
    works.write_text('{"key":"z"}\n{"key":"a"}\n')
    seen = _careful_reads(monkeypatch)
    store.load()
    store.load()
    assert seen == ["works.jsonl"]


def _rendered_back(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record which record files the reader renders to compare with their bytes."""
    seen: list[str] = []
    render = state_module.encode_jsonl

    def spy(records: Any, spec: Any) -> bytes:
        seen.append(spec.filename)
        return render(records, spec)

    monkeypatch.setattr(state_module, "encode_jsonl", spy)
    return seen


def test_a_damaged_cache_only_costs_speed(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    (store.cache_dir() / "verified.json").write_text('{"works.jsonl": [')
    checked = _rendered_back(monkeypatch)
    assert set(store.load().graph.works) == {"a", "b", "c"}
    assert "works.jsonl" in checked  # not taken on the damaged cache's word
    assert "works.jsonl" in trust.load_verified(store.root)


def test_without_a_cache_files_that_render_back_exactly_are_read_fast(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh checkout has no cache: canonical files are still read in one call each,
    and proven canonical by rendering what was read back to the same bytes."""
    for path in (store.root / "cache").iterdir():
        path.unlink()
    careful = _careful_reads(monkeypatch)
    checked = _rendered_back(monkeypatch)
    assert store.inspect().noncanonical == []
    assert careful == []
    assert "works.jsonl" in checked
    assert trust.load(store.root).canonical


def test_a_valid_file_not_in_canonical_form_is_read_carefully(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    works = store.root / "works.jsonl"
    works.write_text(works.read_text().replace('"key":"a"', '"key": "a"'))
    for path in (store.root / "cache").iterdir():
        path.unlink()
    careful = _careful_reads(monkeypatch)
    assert store.inspect().noncanonical == [(works, 1)]
    assert careful == ["works.jsonl"]


def test_a_trusted_file_that_no_longer_validates_gets_the_careful_error(store: Store) -> None:
    works = store.root / "works.jsonl"
    works.write_text('{"key":"a"}\n{"key":"b","year":"x"}\n')
    trust.save_verified(store.root, {"works.jsonl": trust.digest(works.read_bytes())})
    with pytest.raises(StoreError, match="field 'year'") as info:
        store.load()
    assert info.value.line == 2
