"""Citekey patterns and the explicit rename that keeps the old key as an alias."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.errors import NotFoundError, UsageError
from coprod_refs.model import Citation, Graph, KeyAssignment, SourceDocument, Work
from coprod_refs.resolve.citekeys import (
    DEFAULT_PATTERN,
    citekey_from_pattern,
    citekey_pattern,
    parse_pattern,
    rename_key,
)

TITLE = "Toward a definition of the coproduction concept"


def test_default_pattern_is_the_existing_rule() -> None:
    key = citekey_from_pattern(DEFAULT_PATTERN, ["Brudney", "England"], "1983", TITLE)
    assert key == "brudney1983toward"
    assert citekey_from_pattern(DEFAULT_PATTERN, [], "", "The state") == "anonndstate"


@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        ("[auth][year]", "brudney1983"),
        ("[auth4]_[year]", "brud_1983"),
        ("[authors2][year]", "brudneyenglandetal1983"),
        ("[authors3]:[year]", "brudneyenglandloffler:1983"),
        ("[auth][year][shorttitle3]", "brudney1983towarddefinitioncoproduction"),
        ("[veryshorttitle]-[year]", "toward-1983"),
    ],
)
def test_pattern_tokens(pattern: str, key: str) -> None:
    families = ["Brudney", "England", "Löffler"]
    assert citekey_from_pattern(pattern, families, "1983", TITLE) == key


def test_missing_parts_fall_back() -> None:
    assert citekey_from_pattern(DEFAULT_PATTERN, [], "", "") == "anonnd"


@pytest.mark.parametrize("pattern", ["", "[nope]", "[auth] [year]", "[AUTH]"])
def test_bad_patterns_are_usage_errors(pattern: str) -> None:
    with pytest.raises(UsageError):
        parse_pattern(pattern)


def test_pattern_from_config_then_pyproject_then_default(tmp_path: Path) -> None:
    assert citekey_pattern({}, tmp_path) == DEFAULT_PATTERN
    (tmp_path / "pyproject.toml").write_text(
        '[tool.coprod-refs]\ncitekey_pattern = "[auth]:[year]"\n', encoding="utf-8"
    )
    assert citekey_pattern({}, tmp_path) == "[auth]:[year]"
    assert citekey_pattern({"citekey_pattern": "[auth][year]"}, tmp_path) == "[auth][year]"
    with pytest.raises(UsageError):
        citekey_pattern({"citekey_pattern": "[bad]"}, tmp_path)


def _graph() -> tuple[Graph, list[KeyAssignment]]:
    works = {
        "a": Work(key="a", title="A", aliases=["a0"]),
        "b": Work(key="b", title="B"),
    }
    graph = Graph(
        works=works,
        citations=[Citation(citing="b", cited="a")],
        sources={"s": SourceDocument(id="s", path="p", sha256="x", kind="text", work="a")},
    )
    return graph, [KeyAssignment(fingerprint="fa", key="a", aliases=["a0"])]


def test_rename_keeps_the_old_key_as_alias_and_follows_references() -> None:
    graph, keys = _graph()
    new_graph, new_keys = rename_key(graph, keys, "a", "alpha")
    assert list(new_graph.works) == ["alpha", "b"]
    assert new_graph.works["alpha"].aliases == ["a0", "a"]
    assert new_graph.resolve_key("a") == "alpha"
    assert new_graph.citations[0].cited == "alpha"
    assert new_graph.sources["s"].work == "alpha"
    assert new_keys[0].key == "alpha" and new_keys[0].aliases == ["a0", "a"]
    back, _ = rename_key(new_graph, new_keys, "alpha", "a0")
    assert back.works["a0"].aliases == ["a", "alpha"]


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        ("a", "b", UsageError),
        ("b", "a0", UsageError),
        ("a", "a", UsageError),
        ("a", "has space", UsageError),
        ("a0", "x", UsageError),
        ("zzz", "x", NotFoundError),
    ],
)
def test_rename_refusals(old: str, new: str, error: type[Exception]) -> None:
    graph, keys = _graph()
    with pytest.raises(error):
        rename_key(graph, keys, old, new)
