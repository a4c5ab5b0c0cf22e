"""The search and graph commands end to end on a store: --json shapes (golden), --keys,
the table, and the exit codes of bad queries, unknown keys and clashing options."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_refs.cli import main
from coprod_refs.errors import ExitCode
from coprod_refs.store import Store
from test_search_corpus import corpus


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = Store.init(tmp_path_factory.mktemp("corpus") / ".coprod-refs")
    with store.update() as state:
        state.graph = corpus()
    return store.root


def run(store: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--store", str(store), *args])
    out, err = capsys.readouterr()
    return code, out, err


COMMANDS = {
    "search": ["search", "coproduction", "--json"],
    "search_fields": ["search", "author:loffler", "year:>=2010", "--json"],
    "cites": ["cites", "bovaird2012coproduction", "--json"],
    "cited_by": ["cited-by", "ostrom1996crossing", "--json"],
    "contexts": ["contexts", "ostrom1996crossing", "--json"],
    "top": ["top", "--limit", "3", "--json"],
    "top_citing": ["top", "--by", "citing", "--limit", "2", "--json"],
    "co_cited": ["co-cited", "ostrom1996crossing", "--json"],
    "coupled": ["coupled", "loeffler2016codesign", "--json"],
    "authors": ["authors", "--json"],
    "author": ["author", "Loeffler", "--json"],
    "venues": ["venues", "--json"],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_json_output_is_golden(
    name: str,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
    golden: Callable[[str, str], None],
) -> None:
    code, out, _ = run(store_path, capsys, *COMMANDS[name])
    assert code == ExitCode.OK
    data = json.loads(out)
    assert isinstance(data, list) and data
    golden(f"search/{name}.json", out)


def test_search_json_is_csl_plus_score(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(store_path, capsys, "search", "great", "divide", "--json")
    (item,) = json.loads(out)
    assert item["id"] == "ostrom1996crossing" and item["type"] == "article-journal"
    assert item["author"] == [{"family": "Ostrom", "given": "Elinor"}]
    assert isinstance(item["score"], float) and item["score"] > 0


def test_keys_prints_one_citekey_a_line(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(store_path, capsys, "search", "cites:ostrom1996crossing", "--keys")
    assert code == ExitCode.OK
    assert out.splitlines() == [
        "bovaird2012coproduction",
        "gronroos2019reforming",
        "loeffler2016codesign",
    ]


def test_a_word_after_a_dash_negates_without_being_read_as_an_option(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, every, _ = run(store_path, capsys, "search", "cites:ostrom1996crossing", "--keys")
    code, out, err = run(
        store_path, capsys, "search", "cites:ostrom1996crossing", "-gronroos", "--keys"
    )
    assert code == ExitCode.OK and err == ""
    assert out.splitlines() == [k for k in every.splitlines() if not k.startswith("gronroos")]


def test_table_shows_the_columns(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(store_path, capsys, "search", "synergy")
    assert code == ExitCode.OK
    for text in ("key", "authors", "year", "title", "venue", "cited", "ostrom1996crossing"):
        assert text in out


def test_no_match_is_not_an_error(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(store_path, capsys, "search", "zebra")
    assert code == ExitCode.OK and out == "" and "no works match" in err
    code, out, _ = run(store_path, capsys, "search", "zebra", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "(coproduction"], "query: column 1: '(' is never closed"),
        (["search", "year:soon"], "query: column 6: 'soon' is not a year"),
        (["search", "cites:nobody2000"], "no work with key 'nobody2000'"),
        (["search", "x", "--json", "--keys"], "cannot be used together"),
        (["search", "x", "--sort", "random"], "--sort must be one of"),
        (["search", "synergy", "--limt", "3"], "no such option: --limt"),
        (["cites", "nobody2000"], "no work with key 'nobody2000'"),
        (["cited-by", "nobody2000"], "no work with key"),
        (["contexts", "nobody2000"], "no work with key"),
        (["co-cited", "nobody2000"], "no work with key"),
        (["coupled", "nobody2000"], "no work with key"),
        (["author", "Nobody"], "no author named 'Nobody'"),
        (["top", "--by", "likes"], "--by must be cited or citing"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    args: list[str], message: str, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(store_path, capsys, *args)
    assert code == ExitCode.BAD_INPUT
    assert out == ""
    assert message in err and len(err.strip().splitlines()) == 1, err


def test_search_rebuilds_the_index_after_a_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.init(tmp_path / ".coprod-refs")
    with store.update() as state:
        state.graph = corpus()
    _, out, _ = run(store.root, capsys, "search", "synergy", "--keys")
    assert out.split() == ["ostrom1996crossing"]
    with store.update() as state:
        del state.graph.works["ostrom1996crossing"]
        state.graph.citations = [
            c for c in state.graph.citations if "ostrom1996crossing" not in (c.citing, c.cited)
        ]
    _, out, _ = run(store.root, capsys, "search", "synergy", "--keys")
    assert out.split() == []
