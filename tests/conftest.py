"""Shared fixtures: the seed texts, a store built from them, golden files, external tools."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_configure(config: pytest.Config) -> None:
    """Stop before testing old compiled parser code in place of edited sources."""
    from coprod_refs.parse.compiled import stale_compiled_modules

    stale = stale_compiled_modules()
    if stale:
        pytest.exit(
            f"the compiled parser modules {', '.join(stale)} are older than their sources: "
            "reinstall (python -m pip install -e .), or reinstall with "
            "COPROD_REFS_PURE_PYTHON=1 to work on the pure-Python parser",
            returncode=4,
        )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files from the current output instead of comparing.",
    )


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five bundled seed texts."""
    return SEEDS


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>; with --update-golden, rewrite it instead."""
    update = request.config.getoption("--update-golden")

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update or not path.exists():
            if not update:
                pytest.fail(f"golden file {path} is missing; run pytest --update-golden")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert actual == path.read_text(encoding="utf-8"), f"output differs from {path}"

    return check


@pytest.fixture
def store(tmp_path: Path):
    """A store holding three small works "a", "b", "c" (test modules may define their own)."""
    from coprod_refs.model.records import Work
    from coprod_refs.store import Store

    store = Store.init(tmp_path / ".coprod-refs")
    with store.update() as state:
        for key in ("a", "b", "c"):
            state.graph.works[key] = Work(key=key, title=f"Title {key}")
    return store


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory):
    """A store with the five seeds ingested (read-only for tests: copy it to change it)."""
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    store = Store.init(tmp_path_factory.mktemp("seeds") / ".coprod-refs")
    ingest_paths(store, [SEEDS])
    return store


@pytest.fixture(scope="session")
def seed_graph(seed_store):
    """The graph of the seed store."""
    return seed_store.load().graph


@pytest.fixture
def require_tool() -> Callable[[str], str]:
    """Path of an external program; skipped when missing, but a failure in CI
    (COPROD_REFS_REQUIRE_TOOLS=1), where .ci/run installs every tool the tests use."""

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            if os.environ.get("COPROD_REFS_REQUIRE_TOOLS") == "1":
                pytest.fail(f"{name} is required in CI but not on PATH")
            pytest.skip(f"{name} not installed")
        return path

    return find


@pytest.fixture
def hang_guard(request: pytest.FixtureRequest) -> None:
    """Fails the test if it runs for minutes: a guard against runaway matching on
    pathological input, not a speed measurement (speed is in benchmarks/)."""
    import signal

    def stop(signum: int, frame: object) -> None:
        raise AssertionError("pathological input did not finish")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(120)

    def restore() -> None:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)

    request.addfinalizer(restore)
