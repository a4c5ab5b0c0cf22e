"""docs/ci.md lists every rule exactly as the registry defines it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.validate.registry import all_rules, rule_table_markdown

DOC = Path(__file__).resolve().parent.parent / "docs" / "ci.md"
START, END = "<!-- rules:start -->\n", "<!-- rules:end -->"


def test_rule_table_in_docs_is_current(request: pytest.FixtureRequest):
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    expected = f"{head}{START}{rule_table_markdown()}{END}{tail}"
    if request.config.getoption("--update-golden"):
        DOC.write_text(expected, encoding="utf-8")
        return
    assert text == expected, "docs/ci.md rule table is stale: run pytest --update-golden"


def test_every_rule_is_documented_with_id_and_severity():
    text = DOC.read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"| `{rule.id}` | {rule.severity} |" in text


def test_rule_ids_are_stable_family_dot_name():
    families = {"shape", "identity", "citations", "store", "export"}
    for rule in all_rules():
        family, _, name = rule.id.partition(".")
        assert family in families and name and name == name.lower()
        assert rule.description.endswith(".") and "\n" not in rule.description
