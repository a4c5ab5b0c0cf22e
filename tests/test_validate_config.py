"""Configuration merging, rule selection, baseline files: the pieces under the CLI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import InputError, ParseError, UsageError
from coprod_refs.validate import ValidationReport
from coprod_refs.validate.baseline import apply_baseline, baseline_text, read_baseline
from coprod_refs.validate.config import ValidateConfig, find_pyproject, load_config
from coprod_refs.validate.findings import Finding
from coprod_refs.validate.registry import select_rules
from coprod_refs.validate.report import github_annotation, render_junit


def finding(key: str, subject: str = "s", line: int = 1) -> Finding:
    return Finding(
        rule="shape.page-range", severity="error", key=key, message="m", subject=subject, line=line
    )


# --- selection --------------------------------------------------------------------------


def test_selectors_are_ids_families_or_all():
    ids = {r.id for r in select_rules(["shape"])}
    assert ids and all(i.startswith("shape.") for i in ids)
    assert {r.id for r in select_rules(["shape.doi", "identity.unsafe-key"])} == {
        "shape.doi",
        "identity.unsafe-key",
    }
    everything = {r.id for r in select_rules([])}
    assert {r.id for r in select_rules(["all"])} == everything
    assert "shape.doi" not in {r.id for r in select_rules([], ["shape.doi"])}
    assert not {r.id for r in select_rules(["shape"], ["shape"])}


@pytest.mark.parametrize("selector", ["shap", "shape.", "nope", "shape.doi.x"])
def test_unknown_selectors_are_usage_errors(selector):
    with pytest.raises(UsageError):
        select_rules([selector])
    with pytest.raises(UsageError):
        select_rules([], [selector])


# --- configuration ----------------------------------------------------------------------


def test_merge_order_and_severity_lookup(tmp_path: Path):
    store_root = tmp_path / ".coprod-refs"
    store_root.mkdir()
    (tmp_path / "pyproject.toml").write_text(
        "[tool.coprod-refs.validate]\n"
        'select = ["shape"]\n'
        'ignore = ["shape.url"]\n'
        'severity = { "shape.doi" = "info" }\n'
        'baseline = "ci/base.json"\n'
    )
    store_config = {
        "validate": {
            "select": "identity",
            "ignore": ["shape.isbn"],
            "severity": {"shape": "warning"},
        }
    }
    config = load_config(store_config, store_root, tmp_path)
    assert config.select == ["shape"]
    assert config.ignore == ["shape.isbn", "shape.url"]
    assert config.severity_of("shape.doi", "error") == "info"
    assert config.severity_of("shape.issn", "error") == "warning"
    assert config.severity_of("identity.unsafe-key", "error") == "error"
    assert config.baseline == tmp_path / "ci" / "base.json"
    cli = config.merged(ValidateConfig(select=["identity"], ignore=["x"]))
    assert cli.select == ["identity"] and cli.ignore[-1] == "x"


def test_nearest_pyproject_with_a_coprod_refs_table(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text("[tool.coprod-refs.validate]\nselect = []\n")
    inner = tmp_path / "pkg" / "sub"
    inner.mkdir(parents=True)
    (tmp_path / "pkg" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_pyproject(inner) == tmp_path / "pyproject.toml"


def test_store_baseline_is_relative_to_the_store(tmp_path: Path):
    config = load_config({"validate": {"baseline": "b.json"}}, tmp_path / "s", tmp_path)
    assert config.baseline == tmp_path / "s" / "b.json"


@pytest.mark.parametrize(
    "settings_",
    [[], {"select": [1]}, {"severity": "error"}, {"baseline": 3}, {"unknown": 1}],
)
def test_bad_store_settings_name_the_file(tmp_path: Path, settings_):
    with pytest.raises(InputError) as caught:
        load_config({"validate": settings_}, tmp_path, tmp_path)
    assert caught.value.file == str(tmp_path / "config.json")


# --- baseline files ---------------------------------------------------------------------


def test_baseline_round_trip_and_multiset_matching(tmp_path: Path):
    a, b = finding("a"), finding("b")
    path = tmp_path / "baseline.json"
    path.write_text(baseline_text([a, a, b]))
    accepted = read_baseline(path)
    assert accepted == Counter({a.fingerprint: 2, b.fingerprint: 1})
    new, suppressed, stale = apply_baseline([a, a, a, finding("c")], accepted)
    assert [f.key for f in new] == ["a", "c"]
    assert len(suppressed) == 2 and stale == 1
    assert json.loads(path.read_text())["findings"][0]["rule"] == "shape.page-range"


def test_baseline_lists_one_finding_per_line_sorted(tmp_path: Path):
    text = baseline_text([finding("z"), finding("a")])
    lines = text.splitlines()
    assert lines[4].startswith('    {"fingerprint"') and '"key": "a"' in lines[4]
    assert '"key": "z"' in lines[5]
    assert baseline_text([]).count("[]") == 1


def test_fingerprint_ignores_location_but_not_subject():
    assert finding("k", line=3).fingerprint == finding("k", line=300).fingerprint
    assert finding("k", subject="pages=1-2").fingerprint != finding("k", "pages=2-1").fingerprint


@pytest.mark.parametrize(
    "content",
    [
        "",
        "[]",
        '{"format": "other"}',
        '{"format": "coprod-refs-validate-baseline", "version": 9}',
        "{NaN}",
    ],
)
def test_unreadable_baselines(tmp_path: Path, content: str):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises((InputError, ParseError)):
        read_baseline(path)


# --- hostile text in reports -------------------------------------------------------------


@given(st.text(max_size=60), st.text(max_size=30))
@settings(max_examples=60)
def test_any_text_gives_one_annotation_line_and_valid_junit(message: str, key: str):
    f = Finding(
        rule="shape.url", severity="error", key=key, message=message, file="w.jsonl", line=2
    )
    assert "\n" not in github_annotation(f) and "\r" not in github_annotation(f)
    xml = render_junit(ValidationReport(findings=[f], rules=["shape.url"], works=1))
    root = ET.fromstring(xml.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    assert root.get("failures") == "1"
