"""kill -9 in the middle of a write: the store reads back as the old state or the new, not a mix."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coprod_refs.model.extracted import Extraction
from coprod_refs.model.records import KeyAssignment, SourceDocument, Work
from coprod_refs.store import Store

# A child process that makes one big change touching several files (works, keys, config,
# one extraction removed and one added); with a step name it stops at that step of the
# commit, tells the parent, and waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from coprod_refs.model.extracted import Extraction
    from coprod_refs.model.records import KeyAssignment, SourceDocument, Work
    from coprod_refs.store import Store, atomic

    root, step, nth, marker = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    seen = 0

    def hook(name):
        global seen
        if name == step:
            seen += 1
            if seen == nth:
                marker.write_text("paused")
                time.sleep(600)

    atomic.set_fault_hook(hook)
    with Store(root).update() as state:
        for i in range(3000):
            key = f"new{i:05d}"
            state.graph.works[key] = Work(key=key, title=f"Neue Arbeit {i} — été")
            state.keys.append(KeyAssignment(fingerprint=f"fp-{key}", key=key))
        state.config["generation"] = 2
        del state.graph.sources["s1"]
        del state.extractions["s1"]
        source = SourceDocument(id="s2", path="b.txt", sha256="02", kind="text")
        state.graph.sources["s2"] = source
        state.extractions["s2"] = Extraction(source=source, problems=["p"] * 500)
    marker.write_text("done")
    """
)


def _visible(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(".") and "cache" not in p.parts
    }


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict]:
    """A template store (old state), its files, and the files of the state after the change."""
    base = tmp_path_factory.mktemp("crash")
    store = Store.init(base / "template")
    source = SourceDocument(id="s1", path="a.txt", sha256="01", kind="text")
    with store.update() as state:
        for i in range(2000):
            key = f"old{i:05d}"
            state.graph.works[key] = Work(key=key, title=f"Old work {i}")
            state.keys.append(KeyAssignment(fingerprint=f"fp-{key}", key=key))
        state.config["generation"] = 1
        state.graph.sources["s1"] = source
        state.extractions["s1"] = Extraction(source=source, problems=["q"] * 500)
    old = _visible(store.root)
    finished = shutil.copytree(store.root, base / "finished")
    marker = base / "finished-marker"
    _run_child(finished, "none", 0, marker).wait(timeout=120)
    assert marker.read_text() == "done"
    return store.root, old, _visible(finished)


def _run_child(root: Path, step: str, nth: int, marker: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), step, str(nth), str(marker)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_for(marker: Path, child: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        assert time.monotonic() < deadline, "child never reached the step"
        time.sleep(0.02)


def _kill(child: subprocess.Popen[bytes]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    if child.stderr:
        child.stderr.close()


@pytest.mark.parametrize(
    ("step", "nth", "expected"),
    [
        ("temp-written", 1, "old"),
        ("temp-written", 3, "old"),
        ("temps-synced", 1, "old"),
        ("journal-written", 1, "new"),
        ("replaced", 1, "new"),
        ("replaced", 3, "new"),
        ("committed", 1, "new"),
    ],
)
def test_kill_at_each_step_of_a_commit(
    states: tuple[Path, dict[str, bytes], dict[str, bytes]],
    tmp_path: Path,
    step: str,
    nth: int,
    expected: str,
) -> None:
    template, old, new = states
    root = shutil.copytree(template, tmp_path / "store")
    marker = tmp_path / "marker"
    child = _run_child(root, step, nth, marker)
    _wait_for(marker, child)
    _kill(child)

    store = Store(root)
    state = store.load()
    files = _visible(root)
    assert files == (old if expected == "old" else new)
    assert state.config == {"generation": 1 if expected == "old" else 2}
    assert len(state.graph.works) == len(state.keys)
    with store.update():
        pass
    assert sorted(p.name for p in root.rglob(".*")) == [
        ".gitattributes",
        ".gitignore",
        ".lock",
        ".lock-gate",
    ]


def test_kill_at_random_moments_leaves_old_or_new(
    states: tuple[Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    template, old, new = states
    rnd = random.Random(20261122)
    for attempt in range(3):
        root = shutil.copytree(template, tmp_path / f"store{attempt}")
        marker = tmp_path / f"marker{attempt}"
        child = _run_child(root, "none", 0, marker)
        time.sleep(rnd.uniform(0.5, 3.0))
        _kill(child)
        Store(root).load()
        assert _visible(root) in (old, new)
