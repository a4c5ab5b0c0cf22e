"""The store directory: finding, creating, canonical files, diffs, merges, versions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from coprod_refs.errors import StoreError
from coprod_refs.model.extracted import Extraction
from coprod_refs.model.records import Body, Citation, Person, SourceDocument, Work
from coprod_refs.store import FORMAT_VERSION, Store, migrations


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.init(tmp_path / "project" / ".coprod-refs")


def _add_works(store: Store, *keys: str) -> None:
    with store.update() as state:
        for key in keys:
            state.graph.works[key] = Work(key=key, title=f"On {key}", year=2001)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "cache" not in p.relative_to(root).parts
    }


# -- creating and finding ------------------------------------------------------------------


def test_init_creates_every_file(store: Store) -> None:
    names = {p.name for p in store.root.iterdir()}
    expected = {"store.json", "config.json", "extractions", ".gitignore", ".gitattributes"}
    assert expected | {f"{k}.jsonl" for k in ("works", "agents", "citations")} <= names
    assert json.loads((store.root / "store.json").read_text()) == {"format_version": 1}
    assert (store.root / "works.jsonl").read_bytes() == b""
    ignored = (store.root / ".gitignore").read_text().split()
    assert {".lock", "cache/", ".journal"} <= set(ignored)
    assert store.load().graph.works == {}


def test_init_refuses_an_existing_store(store: Store) -> None:
    with pytest.raises(StoreError, match="already exists"):
        Store.init(store.root)


def test_init_refuses_a_directory_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not empty"):
        Store.init(tmp_path)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".lock")] == ["notes.txt"]


def test_find_walks_up_from_the_working_directory(store: Store, tmp_path: Path) -> None:
    deep = tmp_path / "project" / "chapters" / "one"
    deep.mkdir(parents=True)
    assert Store.find(start=deep).root == store.root


def test_find_prefers_explicit_then_environment(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Store.init(tmp_path / "other")
    monkeypatch.setenv("COPROD_REFS_STORE", str(other.root))
    assert Store.find(start=store.root.parent).root == other.root
    assert Store.find(store.root).root == store.root
    assert Store.find(store.root.parent).root == store.root


def test_find_without_a_store_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COPROD_REFS_STORE", raising=False)
    with pytest.raises(StoreError, match="no coprod-refs store"):
        Store.find(tmp_path / "nothing")
    (tmp_path / "a" / ".coprod-refs").mkdir(parents=True)
    with pytest.raises(StoreError, match=r"store\.json is missing"):
        Store.find(start=tmp_path / "a")


# -- canonical, diff- and merge-friendly ---------------------------------------------------


def test_records_are_sorted_one_per_line_with_defaults_left_out(store: Store) -> None:
    with store.update() as state:
        state.graph.works["zz"] = Work(key="zz")
        state.graph.works["ab"] = Work(key="ab", title="Ça va", authors=["p1"])
        state.graph.agents["p1"] = Person(id="p1", family="Löffler")
        state.graph.agents["b1"] = Body(id="b1", name="Welsh Government")
        state.graph.citations.append(Citation(citing="zz", cited="ab"))
        state.graph.citations.append(Citation(citing="ab", cited="zz", listed=True))
    assert (store.root / "works.jsonl").read_text() == (
        '{"authors":["p1"],"key":"ab","title":"Ça va"}\n{"key":"zz"}\n'
    )
    assert (store.root / "agents.jsonl").read_text() == (
        '{"id":"b1","kind":"body","name":"Welsh Government"}\n'
        '{"family":"Löffler","id":"p1","kind":"person"}\n'
    )
    assert (store.root / "citations.jsonl").read_text().splitlines() == [
        '{"cited":"zz","citing":"ab","listed":true}',
        '{"cited":"ab","citing":"zz"}',
    ]


def test_adding_one_work_changes_one_line(store: Store) -> None:
    _add_works(store, *(f"key{i:03d}" for i in range(0, 100, 2)))
    before = (store.root / "works.jsonl").read_text().splitlines()
    _add_works(store, "key051")
    after = (store.root / "works.jsonl").read_text().splitlines()
    assert len(after) == len(before) + 1
    assert [line for line in after if line not in before] == [after[26]]
    with store.update() as state:
        state.graph.works["key010"].title = "Changed"
    changed = (store.root / "works.jsonl").read_text().splitlines()
    assert [i for i, (a, b) in enumerate(zip(after, changed, strict=True)) if a != b] == [5]


def test_an_unchanged_update_writes_nothing(store: Store) -> None:
    _add_works(store, "a", "b")
    stamps = {p: p.stat().st_mtime_ns for p in store.root.glob("*.json*")}
    with store.update():
        pass
    assert {p: p.stat().st_mtime_ns for p in store.root.glob("*.json*")} == stamps


def _git(cwd: Path, *args: str) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.org",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.org",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_SYSTEM=os.devnull,
    )
    result = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_two_branches_adding_works_merge_without_conflict(store: Store) -> None:
    repo = store.root.parent
    _add_works(store, "alpha", "omega")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    _git(repo, "checkout", "-q", "-b", "left")
    _add_works(store, "beta", "mu")
    _git(repo, "commit", "-q", "-am", "left")
    _git(repo, "checkout", "-q", "main")
    _add_works(store, "gamma", "nu")
    _git(repo, "commit", "-q", "-am", "right")
    _git(repo, "merge", "-q", "--no-edit", "left")
    assert set(store.load().graph.works) == {"alpha", "beta", "gamma", "mu", "nu", "omega"}
    assert _git(repo, "status", "--porcelain") == ""
    diff = _git(repo, "diff", "--numstat", "HEAD~1", "--", ".coprod-refs/works.jsonl")
    assert diff.split()[:2] == ["2", "0"]


def test_unsorted_file_is_noncanonical_not_an_error(store: Store) -> None:
    _add_works(store, "a", "b", "c")
    works = store.root / "works.jsonl"
    lines = works.read_text().splitlines()
    works.write_text("\n".join([lines[0], lines[2], lines[1]]) + "\n")
    assert set(store.load().graph.works) == {"a", "b", "c"}
    assert store.noncanonical_files() == [(works, 2)]
    assert store.rewrite_canonical() == [works]
    assert works.read_text().splitlines() == lines
    assert store.noncanonical_files() == []


def test_spacing_and_key_order_are_noncanonical(store: Store) -> None:
    (store.root / "works.jsonl").write_text('{"key":"a"}\n{ "title": "T",  "key": "b" }\r\n\n')
    assert store.noncanonical_files() == [(store.root / "works.jsonl", 2)]
    store.rewrite_canonical()
    assert (store.root / "works.jsonl").read_text() == '{"key":"a"}\n{"key":"b","title":"T"}\n'


def test_record_locations_name_file_and_line(store: Store) -> None:
    _add_works(store, "b", "a")
    with store.update() as state:
        state.graph.citations.append(Citation(citing="a", cited="b"))
    locations = store.record_locations()
    assert locations[("works", "a")] == (store.root / "works.jsonl", 1)
    assert locations[("works", "b")] == (store.root / "works.jsonl", 2)
    assert locations[("citations", "a -> b")] == (store.root / "citations.jsonl", 1)


def test_extraction_files_follow_the_state(store: Store) -> None:
    source = SourceDocument(id="s1", path="a.txt", sha256="00", kind="text")
    with store.update() as state:
        state.graph.sources["s1"] = source
        state.extractions["s1"] = Extraction(source=source, problems=["x"])
    path = store.root / "extractions" / "s1.json"
    assert json.loads(path.read_text())["problems"] == ["x"]
    assert path.read_text().startswith('{\n "problems": [\n  "x"\n ],')
    assert store.record_locations()[("extractions", "s1")] == (path, 1)
    with store.update() as state:
        del state.graph.sources["s1"]
        del state.extractions["s1"]
    assert not path.exists()


def test_refuses_to_write_what_could_not_be_read_back(store: Store) -> None:
    before = _snapshot(store.root)
    with pytest.raises(StoreError, match="two citation records"), store.update() as state:
        state.graph.citations += [Citation(citing="a", cited="b")] * 2
    with pytest.raises(StoreError, match="holds a record whose key"), store.update() as state:
        state.graph.works["a"] = Work(key="b")
    with pytest.raises(StoreError, match="cannot name a file"), store.update() as state:
        bad = SourceDocument(id="../x", path="p", sha256="0", kind="text")
        state.extractions["../x"] = Extraction(source=bad)
    with pytest.raises(StoreError, match="wrong type"), store.update() as state:
        work = Work(key="a")
        work.year = "nineteen"  # type: ignore[assignment]
        state.graph.works["a"] = work
    assert _snapshot(store.root) == before


def test_an_exception_inside_update_writes_nothing(store: Store) -> None:
    _add_works(store, "a")
    before = _snapshot(store.root)
    with pytest.raises(RuntimeError), store.update() as state:
        state.graph.works["b"] = Work(key="b")
        raise RuntimeError("stop")
    assert _snapshot(store.root) == before


def test_a_nested_update_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="cannot be nested"), store.update(), store.update():
        pass


def test_load_inside_update_is_allowed(store: Store) -> None:
    _add_works(store, "a")
    with store.update() as state:
        state.graph.works["b"] = Work(key="b")
        assert set(store.load().graph.works) == {"a"}
    assert set(store.load().graph.works) == {"a", "b"}


def test_fingerprint_changes_with_any_store_file(store: Store) -> None:
    first = store.fingerprint()
    assert store.fingerprint() == first
    _add_works(store, "a")
    second = store.fingerprint()
    assert second != first
    with store.update() as state:
        state.config["style"] = "apa"
    assert store.fingerprint() not in (first, second)


def test_cache_dir_is_made_on_demand(store: Store) -> None:
    shutil.rmtree(store.root / "cache", ignore_errors=True)
    cache = store.cache_dir()
    assert cache == store.root / "cache"
    assert cache.is_dir()
    (cache / "index.bin").write_bytes(b"x")
    assert store.noncanonical_files() == []


# -- format versions -----------------------------------------------------------------------


def test_a_newer_format_is_refused_and_left_alone(store: Store) -> None:
    (store.root / "store.json").write_text('{"format_version": 2, "new_thing": true}\n')
    before = _snapshot(store.root)
    message = "written by a newer coprod-refs (format 2); this version reads format 1"
    with pytest.raises(StoreError, match=message.replace("(", r"\(").replace(")", r"\)")):
        store.load()
    with pytest.raises(StoreError, match="newer"), store.update():
        pass
    assert _snapshot(store.root) == before


def test_an_old_format_goes_through_the_migrations(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def people_to_agents(files: dict[str, bytes]) -> dict[str, bytes]:
        people = files.pop("people.jsonl")
        lines = [json.loads(line) | {"kind": "person"} for line in people.splitlines()]
        files["agents.jsonl"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)
        return files

    (store.root / "agents.jsonl").unlink()
    (store.root / "people.jsonl").write_text('{"id": "p1", "family": "Ostrom"}\n')
    (store.root / "store.json").write_text('{"format_version": 0}\n')
    with pytest.raises(StoreError, match="format 0 is too old"):
        store.load()

    monkeypatch.setitem(migrations.MIGRATIONS, 0, people_to_agents)
    assert store.load().graph.agents["p1"].family == "Ostrom"
    assert (store.root / "people.jsonl").exists()  # a read never writes
    assert (store.root / "store.json", 1) in store.noncanonical_files()
    with store.update():
        pass
    assert not (store.root / "people.jsonl").exists()
    assert json.loads((store.root / "store.json").read_text()) == {"format_version": FORMAT_VERSION}
    assert (store.root / "agents.jsonl").read_text() == (
        '{"family":"Ostrom","id":"p1","kind":"person"}\n'
    )
