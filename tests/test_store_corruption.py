"""A hand-edited or damaged store: StoreError at file:line, exit code 2, nothing written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_refs.errors import ExitCode, StoreError
from coprod_refs.model.extracted import Extraction
from coprod_refs.model.records import Person, SourceDocument, Work
from coprod_refs.store import Store

GOOD_WORKS = '{"key":"a","title":"One"}\n{"key":"b","title":"Two"}\n{"key":"c"}\n{"key":"d"}\n'


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store.init(tmp_path / ".coprod-refs")
    source = SourceDocument(id="s1", path="paper.txt", sha256="ab", kind="text")
    with store.update() as state:
        for key in "abcd":
            state.graph.works[key] = Work(key=key)
        state.graph.agents["p1"] = Person(id="p1", family="Ostrom")
        state.graph.sources["s1"] = source
        state.extractions["s1"] = Extraction(source=source)
    return store


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and p.name != ".lock" and "cache" not in p.relative_to(root).parts
    }


def _write(name: str, text: str | bytes) -> Callable[[Path], None]:
    def damage(root: Path) -> None:
        data = text.encode() if isinstance(text, str) else text
        (root / name).write_bytes(data)

    return damage


def _works_line3(line: str) -> Callable[[Path], None]:
    lines = GOOD_WORKS.splitlines()
    lines[2] = line
    return _write("works.jsonl", "\n".join(lines) + "\n")


CASES: dict[str, tuple[Callable[[Path], None], str, int | None, str]] = {
    "bad JSON on line 3": (_works_line3('{"key": "c",'), "works.jsonl", 3, "invalid JSON"),
    "conflict marker": (_works_line3("<<<<<<< HEAD"), "works.jsonl", 3, "invalid JSON"),
    "unknown field": (
        _works_line3('{"key":"c","titel":"x"}'),
        "works.jsonl",
        3,
        "unknown field 'titel'",
    ),
    "wrong type": (
        _works_line3('{"key":"c","year":"1983"}'),
        "works.jsonl",
        3,
        "field 'year': Input should be a valid integer",
    ),
    "nested wrong type": (
        _works_line3('{"key":"c","provenance":[{"source":"s","start":"x"}]}'),
        "works.jsonl",
        3,
        "field 'provenance.0.start'",
    ),
    "missing field": (_works_line3('{"title":"x"}'), "works.jsonl", 3, "missing field 'key'"),
    "not an object": (_works_line3('["c"]'), "works.jsonl", 3, "must be a JSON object"),
    "duplicate record": (
        _works_line3('{"key":"a"}'),
        "works.jsonl",
        3,
        "duplicate work 'a' (first on line 1)",
    ),
    "duplicate JSON key": (
        _works_line3('{"key":"c","key":"e"}'),
        "works.jsonl",
        3,
        "duplicate key 'key'",
    ),
    "NaN": (_works_line3('{"key":"c","confidence":NaN}'), "works.jsonl", 3, "NaN"),
    "truncated": (_write("works.jsonl", GOOD_WORKS[:-5]), "works.jsonl", 4, "invalid JSON"),
    "binary garbage": (
        _write("works.jsonl", b'{"key":"a"}\n\x89PNG\r\n\x1a\n\x00\xff'),
        "works.jsonl",
        2,
        "UTF-8",
    ),
    "agent without kind": (
        _write("agents.jsonl", '{"family":"Ostrom","id":"p1"}\n'),
        "agents.jsonl",
        1,
        "field 'kind' must be one of",
    ),
    "config not an object": (_write("config.json", "[]\n"), "config.json", 1, "JSON object"),
    "store.json garbage": (_write("store.json", "version 1\n"), "store.json", 1, "invalid JSON"),
    "no format version": (_write("store.json", "{}\n"), "store.json", 1, "format_version"),
    "extraction names another source": (
        _write("extractions/s2.json", '{"source":{"id":"s1","path":"","sha256":"","kind":""}}'),
        "extractions/s2.json",
        1,
        "holds source 's1'",
    ),
    "extraction with unknown field": (
        _write(
            "extractions/s1.json", '{"source":{"id":"s1","path":"","sha256":"","kind":""},\n"x":1}'
        ),
        "extractions/s1.json",
        1,
        "unknown field 'x'",
    ),
    "stray file in extractions": (
        _write("extractions/s1.json.orig", "{}"),
        "extractions/s1.json.orig",
        None,
        "unexpected file",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_damage_is_reported_at_file_and_line_and_nothing_is_written(
    store: Store, case: str
) -> None:
    damage, name, line, words = CASES[case]
    damage(store.root)
    before = _files(store.root)
    for action in (
        store.load,
        store.inspect,
        store.record_locations,
        store.noncanonical_files,
        store.rewrite_canonical,
    ):
        with pytest.raises(StoreError) as info:
            action()
        error = info.value
        assert error.file == str(store.root / name)
        assert error.line == line
        assert words in error.message
        assert error.exit_code == ExitCode.BAD_INPUT
        expected_where = f"{store.root / name}:{line}: " if line else f"{store.root / name}: "
        assert error.one_line().startswith(expected_where)
    with pytest.raises(StoreError), store.update() as state:
        state.graph.works["new"] = Work(key="new")
    assert _files(store.root) == before


def test_a_missing_file_is_an_error_not_an_empty_store(store: Store) -> None:
    (store.root / "works.jsonl").unlink()
    with pytest.raises(StoreError, match=r"missing store file works\.jsonl"):
        store.load()
    assert not (store.root / "works.jsonl").exists()
    with pytest.raises(StoreError), store.update():
        pass
    assert not (store.root / "works.jsonl").exists()


def test_a_blank_line_and_crlf_are_tolerated_then_normalised(store: Store) -> None:
    (store.root / "works.jsonl").write_bytes(GOOD_WORKS.replace("\n", "\r\n\n").encode())
    assert set(store.load().graph.works) == set("abcd")
    store.rewrite_canonical()
    assert (store.root / "works.jsonl").read_text() == GOOD_WORKS
