"""`Store.inspect()`: one read that gives the state, record locations and non-canonical files.

The inspection must agree with the separate calls and with the canonical check worked out
from scratch; files the store wrote itself are canonical by construction and not rendered
again, while anything edited by hand is rendered and compared.
"""

from __future__ import annotations

import gc
import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_refs.errors import StoreError
from coprod_refs.model.extracted import Extraction
from coprod_refs.model.records import Work
from coprod_refs.store import Store, StoreState, trust
from coprod_refs.store import state as state_module
from coprod_refs.store.layout import RECORD_FILES, RecordFile
from coprod_refs.store.state import first_difference, parse, render
from test_store_roundtrip import _same_state, states


def _save(store: Store, state: StoreState) -> None:
    with store.update() as current:
        current.graph = state.graph
        current.extractions = state.extractions
        current.keys = state.keys
        current.decisions = state.decisions
        current.config = state.config


def _disk(store: Store) -> dict[str, bytes]:
    """The store's files as the store reads them (cache and hidden files left out)."""
    out = {}
    for path in sorted(store.root.rglob("*")):
        name = path.relative_to(store.root).as_posix()
        if path.is_file() and path.suffix in (".json", ".jsonl") and not name.startswith("cache"):
            out[name] = path.read_bytes()
    return out


def _expected_noncanonical(store: Store) -> list[tuple[Path, int]]:
    """The canonical check worked out from scratch: parse everything, render everything."""
    files = _disk(store)
    rendered = render(parse(files, store.root))
    return sorted(
        (store.root / name, first_difference(files[name], data))
        for name, data in rendered.items()
        if files.get(name) != data
    )


def _damage(store: Store, how: str, rnd: random.Random) -> None:
    """Edit one record file the way people and merges do: reorder, respace, CRLF."""
    spec = rnd.choice(RECORD_FILES)
    path = store.root / spec.filename
    lines = path.read_bytes().splitlines(keepends=True)
    if how == "shuffle":
        rnd.shuffle(lines)
    elif how == "spaces" and lines:
        record = json.loads(lines[0])
        lines[0] = json.dumps(record, ensure_ascii=False).encode() + b"\n"
    elif how == "crlf":
        lines = [line.replace(b"\n", b"\r\n") for line in lines]
    path.write_bytes(b"".join(lines))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    states(),
    st.sampled_from(["none", "shuffle", "spaces", "crlf"]),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_inspect_agrees_with_the_separate_calls_and_with_a_full_check(
    state: StoreState, how: str, drop_cache: bool, rnd: random.Random
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.init(Path(tmp) / "store")
        _save(store, state)
        _damage(store, how, rnd)
        if drop_cache:
            (store.root / "cache" / trust.VERIFIED_FILE).unlink()
        expected = _expected_noncanonical(store)
        for _ in range(2):  # the second time with what the first one remembered
            inspection = store.inspect()
            assert inspection.noncanonical == expected
            assert inspection.format_version == 1
            _same_state(inspection.state, state)
            assert inspection.locations == store.record_locations()
            assert store.noncanonical_files() == expected
            _same_state(store.load(), inspection.state)


def _rendered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record which files have their canonical form computed, by the canonical check or by
    the read (which reads a file fast when it renders back to exactly its bytes); each
    name once, in the order first seen."""
    seen: list[str] = []

    def note(name: str) -> None:
        if name not in seen:
            seen.append(name)

    real_render, real_jsonl = state_module.render_file, state_module.encode_jsonl
    real_extraction = state_module.encode_extraction

    def render_spy(state: StoreState, name: str) -> bytes:
        note(name)
        return real_render(state, name)

    def jsonl_spy(records: list[object], spec: RecordFile) -> bytes:
        note(spec.filename)
        return real_jsonl(records, spec)

    def extraction_spy(extraction: Extraction) -> bytes:
        note(f"extractions/{extraction.source.id}.json")
        return real_extraction(extraction)

    monkeypatch.setattr(state_module, "render_file", render_spy)
    monkeypatch.setattr(state_module, "encode_jsonl", jsonl_spy)
    monkeypatch.setattr(state_module, "encode_extraction", extraction_spy)
    return seen


def test_files_the_store_wrote_are_not_rendered_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _rendered(monkeypatch)
    assert store.inspect().noncanonical == []
    assert seen == []


def test_a_hand_edited_file_is_rendered_and_compared(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    works = store.root / "works.jsonl"
    lines = works.read_text().splitlines(keepends=True)
    works.write_text(lines[1] + lines[0] + lines[2])
    seen = _rendered(monkeypatch)
    assert store.inspect().noncanonical == [(works, 1)]
    assert seen == ["works.jsonl"]


def test_a_checked_file_is_not_taken_for_a_canonical_one(store: Store) -> None:
    works = store.root / "works.jsonl"
    lines = works.read_text().splitlines(keepends=True)
    works.write_text(lines[2] + lines[0] + lines[1])
    store.load()  # remembers the file as checked: read fast next time, still not canonical
    assert "works.jsonl" in trust.load_verified(store.root)
    assert store.inspect().noncanonical == [(works, 1)]
    assert store.noncanonical_files() == [(works, 1)]
    assert store.rewrite_canonical() == [works]
    assert store.noncanonical_files() == []


def test_a_canonical_edit_by_hand_is_found_canonical_and_remembered(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    works = store.root / "works.jsonl"
    text = works.read_text()
    works.write_text(text.replace("Title b", "Title B"))
    seen = _rendered(monkeypatch)
    assert store.inspect().noncanonical == []
    assert seen == ["works.jsonl"]
    seen.clear()
    assert store.inspect().noncanonical == []
    assert seen == []


def test_canonical_knowledge_belongs_to_the_code_that_wrote_the_files(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trust, "writer_stamp", lambda: "another version of the models")
    seen = _rendered(monkeypatch)
    assert store.inspect().noncanonical == []
    assert "works.jsonl" in seen and "store.json" in seen
    assert trust.load(store.root).canonical  # remembered again, for this writer


def test_a_cache_in_an_older_layout_only_costs_speed(store: Store) -> None:
    works = store.root / "works.jsonl"
    old = {"works.jsonl": trust.digest(works.read_bytes())}
    (store.root / "cache" / trust.VERIFIED_FILE).write_text(json.dumps(old))
    assert trust.load(store.root) == trust.Verified()
    assert set(store.inspect().state.graph.works) == {"a", "b", "c"}
    assert trust.load_verified(store.root)["works.jsonl"] == old["works.jsonl"]


def test_a_hand_edited_file_gets_its_file_and_line_error(store: Store) -> None:
    works = store.root / "works.jsonl"
    lines = works.read_text().splitlines(keepends=True)
    works.write_text(lines[0] + '{"key":"b","year":"1983"}\n' + lines[2])
    with pytest.raises(StoreError, match="field 'year'") as info:
        store.inspect()
    assert (info.value.file, info.value.line) == (str(works), 2)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(store: Store, enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        store.inspect()
        assert gc.isenabled() is enabled
        (store.root / "works.jsonl").write_text("{not json\n")
        with pytest.raises(StoreError):
            store.load()
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()


def test_an_update_leaves_every_file_known_canonical(store: Store) -> None:
    with store.update() as state:
        state.graph.works["d"] = Work(key="d")
    digests = {name: trust.digest(data) for name, data in _disk(store).items()}
    assert trust.load(store.root).known_canonical(digests) == set(digests)
