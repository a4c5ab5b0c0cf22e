"""Atomic writes and the multi-file commit, with failures injected at every step."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_refs.errors import StoreError
from coprod_refs.model.records import KeyAssignment, Work
from coprod_refs.store import Store, atomic

STEPS_BEFORE_JOURNAL = ["temp-written", "temps-synced"]
STEPS_AFTER_JOURNAL = ["journal-written", "replaced"]


@pytest.fixture(autouse=True)
def _no_hook_left() -> Iterator[None]:
    yield
    atomic.set_fault_hook(None)


def _fail_at(step: str, error: BaseException) -> None:
    def hook(name: str) -> None:
        if name == step:
            raise error

    atomic.set_fault_hook(hook)


def _visible(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(".") and "cache" not in p.parts
    }


def _hidden(root: Path) -> list[str]:
    return sorted(
        p.name
        for p in root.rglob(".*")
        if not p.name.startswith(".lock") and p.name not in (".gitignore", ".gitattributes")
    )


def test_write_bytes_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.bib"
    target.write_text("old")
    atomic.write_text(target, "new ✓")
    assert target.read_text() == "new ✓"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bib"]


def test_written_files_are_not_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic.write_bytes(tmp_path / "a.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644


@pytest.mark.parametrize("step", ["file-written", "file-replaced"])
def test_write_bytes_failure_keeps_the_old_file(tmp_path: Path, step: str) -> None:
    target = tmp_path / "out.bib"
    target.write_text("old")
    _fail_at(step, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(OSError):
        atomic.write_text(target, "new")
    expected = "old" if step == "file-written" else "new"
    assert target.read_text() == expected


def test_commit_writes_and_deletes_as_one_set(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("old a\n")
    (tmp_path / "gone.json").write_text("{}")
    atomic.commit(tmp_path, {"a.jsonl": b"new a\n", "sub/b.json": b"b", "gone.json": None})
    assert (tmp_path / "a.jsonl").read_text() == "new a\n"
    assert (tmp_path / "sub" / "b.json").read_text() == "b"
    assert not (tmp_path / "gone.json").exists()
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.jsonl", "b.json", "sub"]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.init(tmp_path / ".coprod-refs")
    with store.update() as state:
        state.graph.works["old"] = Work(key="old")
        state.keys.append(KeyAssignment(fingerprint="f-old", key="old"))
    return store


def _big_change(store: Store) -> None:
    with store.update() as state:
        state.graph.works["new"] = Work(key="new")
        state.keys.append(KeyAssignment(fingerprint="f-new", key="new"))
        state.config["generation"] = 2


@pytest.mark.parametrize("step", STEPS_BEFORE_JOURNAL)
def test_failure_before_the_journal_leaves_the_old_store(store: Store, step: str) -> None:
    before = _visible(store.root)
    _fail_at(step, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(StoreError, match="nothing was changed"):
        _big_change(store)
    atomic.set_fault_hook(None)
    assert _visible(store.root) == before
    assert _hidden(store.root) == []
    assert set(store.load().graph.works) == {"old"}


@pytest.mark.parametrize("step", STEPS_AFTER_JOURNAL)
def test_failure_after_the_journal_is_rolled_forward(
    store: Store, tmp_path: Path, step: str
) -> None:
    reference = Store(shutil.copytree(store.root, tmp_path / "reference"))
    _big_change(reference)
    _fail_at(step, OSError(errno.EIO, "Input/output error"))
    with pytest.raises(StoreError, match="completed the next time"):
        _big_change(store)
    atomic.set_fault_hook(None)
    state = store.load()
    assert set(state.graph.works) == {"old", "new"}
    assert state.config == {"generation": 2}
    assert _visible(store.root) == _visible(reference.root)
    assert _hidden(store.root) == []


def test_an_interrupt_before_the_journal_removes_temporary_files(store: Store) -> None:
    _fail_at("temps-synced", KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        _big_change(store)
    assert _hidden(store.root) == []


def test_stray_temporary_files_are_removed_by_the_next_writer(store: Store) -> None:
    (store.root / ".works.jsonl.tmp-0123abcd").write_text("half")
    (store.root / "extractions" / ".s1.json.tmp-0123abcd").write_text("half")
    assert set(store.load().graph.works) == {"old"}
    _big_change(store)
    assert _hidden(store.root) == []


def test_a_journal_naming_a_path_outside_the_store_is_refused(store: Store) -> None:
    outside = store.root.parent / "victim.txt"
    outside.write_text("keep me")
    (store.root / ".journal").write_text(json.dumps({"replace": [], "delete": ["../victim.txt"]}))
    with pytest.raises(StoreError, match="outside the store"):
        store.load()
    assert outside.read_text() == "keep me"


def test_a_damaged_journal_is_a_clear_error(store: Store) -> None:
    (store.root / ".journal").write_text('{"replace": [')
    with pytest.raises(StoreError, match="journal is damaged") as info:
        store.load()
    assert info.value.file == str(store.root / ".journal")
