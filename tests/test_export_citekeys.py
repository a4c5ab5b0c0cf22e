"""Citekey patterns and the explicit rename that keeps the old key as an alias."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.errors import NotFoundError, UsageError
from coprod_refs.model import Citation, Graph, KeyAssignment, SourceDocument, Work
from coprod_refs.resolve.citekeys import (
    DEFAULT_PATTERN,
    body_key_name,
    citekey_from_pattern,
    citekey_pattern,
    is_safe_key,
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


@pytest.mark.parametrize(
    ("title", "year", "key"),
    [
        ("Care Act 2014", "2014", "careact2014"),
        ("Localism Act 2011", "2011", "localismact2011"),
        ("Americans with Disabilities Act of 1990", "1990", "americansdisabilitiesact1990"),
        # A long name gives whole words up to 40 characters.
        (
            "The Care and Support (Eligibility Criteria) Regulations 2014",
            "2014",
            "caresupporteligibilitycriteria2014",
        ),
        (
            "Patient Protection and Affordable Care Act",
            "2010",
            "patientprotectionaffordablecareact2010",
        ),
        # An EU act or a numbered French law: its kind and number, which hold the year.
        (
            "Directive 2000/60/EC of the European Parliament and of the Council of 23 October "
            "2000 establishing a framework for Community action in the field of water policy",
            "2000",
            "directive2000-60-ec",
        ),
        ("Regulation (EU) 2016/679 of the European Parliament", "2016", "regulation2016-679"),
        ("Loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale", "2002", "loi2002-2"),
        ("Jeugdwet", "2014", "jeugdwet2014"),
        ("Care Act", "nd", "careactnd"),
        ("", "2014", "anon2014"),
    ],
)
def test_a_law_with_no_author_is_keyed_by_its_name(title: str, year: str, key: str) -> None:
    assert citekey_from_pattern(DEFAULT_PATTERN, [], year, title, law=True) == key
    assert is_safe_key(key)


@pytest.mark.parametrize(
    ("pattern", "care", "directive"),
    [
        ("[auth][year]", "careact2014", "directive2000-60-ec"),
        ("[auth]:[year]", "careact:2014", "directive:2000-60-ec"),
        ("[auth4]_[year]", "care_2014", "dire_2000-60-ec"),
        ("[authors2][year][shorttitle3]", "careact2014", "directive2000-60-ec"),
        # Without an author token the title tokens take the name's words.
        ("[veryshorttitle]-[year]", "care-2014", "directive-2000-60-ec"),
        ("[shorttitle3]", "careact", "directive"),
    ],
)
def test_a_law_fills_every_pattern(pattern: str, care: str, directive: str) -> None:
    assert citekey_from_pattern(pattern, [], "2014", "Care Act 2014", law=True) == care
    eu = "Directive 2000/60/EC of the European Parliament"
    assert citekey_from_pattern(pattern, [], "2000", eu, law=True) == directive


def test_only_a_law_with_no_author_is_keyed_by_its_name() -> None:
    # Any other work with no author, whatever its title, keeps "anon".
    assert citekey_from_pattern(DEFAULT_PATTERN, [], "2014", "Care Act 2014") == "anon2014care"
    # A law with an author (an imported record's) is keyed by it, as any work.
    key = citekey_from_pattern(DEFAULT_PATTERN, ["Parliament"], "2014", "Care Act 2014", law=True)
    assert key == "parliament2014care"


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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("OECD", "oecd"),
        ("World Bank", "worldbank"),
        ("Department of Health", "departmenthealth"),
        ("The King's Fund", "kingsfund"),
        ("World Health Organization", "who"),
        ("Organisation for Economic Co-operation and Development", "oecd"),
        ("Wetenschappelijke Raad voor het Regeringsbeleid", "wrr"),
        ("nef (New Economics Foundation)", "nef"),
        ("Co-operatives UK", "cooperativesuk"),
        ("", ""),
    ],
)
def test_a_body_gives_a_key_its_short_name_or_its_initials(body: str, expected: str) -> None:
    assert body_key_name(body) == expected


@pytest.mark.parametrize(
    ("families", "title", "key"),
    [
        (["王"], "公共服务合作生产研究", "wang2018gonggong"),
        (["欧阳"], "社区治理中的合作生产", "ouyang2018shequ"),
        (["Иванов"], "Соучастие граждан в управлении", "ivanov2018souchastie"),
        (["王"], "Co-production in 中国", "wang2018coproduction"),
    ],
)
def test_keys_of_chinese_and_cyrillic_works_are_transliterated_word_by_word(
    families: list[str], title: str, key: str
) -> None:
    assert citekey_from_pattern(DEFAULT_PATTERN, families, "2018", title) == key
