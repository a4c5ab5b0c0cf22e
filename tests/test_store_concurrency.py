"""Several processes at once: writers lose nothing, readers see whole states, waits time out."""

from __future__ import annotations

import errno
import fcntl
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from coprod_refs.errors import StoreError
from coprod_refs.model.records import Work
from coprod_refs.store import Store
from coprod_refs.store import lock as lock_module

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from coprod_refs.model.records import KeyAssignment, Work
    from coprod_refs.store import Store

    root, name, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = Store(root)
    for i in range(rounds):
        with store.update() as state:
            key = f"{name}-{i:03d}"
            state.graph.works[key] = Work(key=key, title=f"Work {key}")
            state.keys.append(KeyAssignment(fingerprint=f"fp-{key}", key=key))
            state.config["count"] = state.config.get("count", 0) + 1
    """
)

READER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from coprod_refs.store import Store

    root, until = Path(sys.argv[1]), int(sys.argv[2])
    store = Store(root)
    reads = 0
    while True:
        state = store.load()
        count = state.config.get("count", 0)
        if not (len(state.graph.works) == len(state.keys) == count):
            print(f"inconsistent: {len(state.graph.works)} {len(state.keys)} {count}")
            sys.exit(1)
        reads += 1
        if count >= until:
            break
    print(reads)
    """
)


def _spawn(script: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(child: subprocess.Popen[str]) -> str:
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0, out + err
    return out


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.init(tmp_path / ".coprod-refs")


def test_eight_concurrent_writers_lose_nothing(store: Store) -> None:
    writers = [_spawn(WRITER, store.root, f"writer{n}", 3) for n in range(8)]
    for writer in writers:
        _finish(writer)
    state = store.load()
    expected = {f"writer{n}-{i:03d}" for n in range(8) for i in range(3)}
    assert set(state.graph.works) == expected
    assert len(state.keys) == 24
    assert state.config == {"count": 24}


def test_readers_always_see_a_whole_update(store: Store) -> None:
    rounds = 25
    readers = [_spawn(READER, store.root, rounds) for _ in range(2)]
    writer = _spawn(WRITER, store.root, "w", rounds)
    _finish(writer)
    for reader in readers:
        assert int(_finish(reader)) >= 1


def test_a_held_lock_times_out_with_a_clear_message(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPROD_REFS_LOCK_TIMEOUT", "0.3")
    fd = os.open(store.root / ".lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(StoreError, match="store is locked by another process"), store.update():
            pass
        with pytest.raises(StoreError, match="locked by another process"):
            store.load()
        fcntl.flock(fd, fcntl.LOCK_SH)
        assert store.load().graph.works == {}
        with pytest.raises(StoreError, match="locked by another process"), store.update():
            pass
    finally:
        os.close(fd)
    with store.update() as state:
        state.graph.works["a"] = Work(key="a")


def test_threads_of_one_process_take_turns(store: Store) -> None:
    errors: list[BaseException] = []

    def add(name: str) -> None:
        try:
            for i in range(5):
                with store.update() as state:
                    state.graph.works[f"{name}{i}"] = Work(key=f"{name}{i}")
        except BaseException as exc:  # reported to the test thread below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(name,)) for name in ("x", "y", "z")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(store.load().graph.works) == 15


def test_a_store_without_write_access_can_still_be_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = lock_module.os.open

    def no_write_access(path: Any, flags: int, *args: Any) -> int:
        if Path(path).name.startswith(".lock") and flags & os.O_RDWR:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", no_write_access)
    assert store.load().graph.works == {}
    with pytest.raises(StoreError, match="cannot open the lock file"), store.update():
        pass
