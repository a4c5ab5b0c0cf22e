"""The store built from data/seeds validates with exactly the problems the seed texts have,
and the committed baseline accepts exactly those (as the project's own CI checks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.validate import ValidateConfig, ValidationReport, validate_store

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "data" / "seeds-validate-baseline.json"


@pytest.fixture(scope="module")
def everything(seed_store) -> ValidationReport:
    return validate_store(seed_store, use_baseline=False, cwd=ROOT)


def found(report: ValidationReport, rule: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in report.findings:
        if f.rule == rule:
            out.setdefault(f.key, []).append(f.message)
    return out


def test_the_impossible_page_range_of_002_is_an_error(everything):
    assert found(everything, "shape.page-range") == {
        "edson2012complex": ['pages "499–416": runs backwards (ends before it starts)']
    }
    (finding,) = [f for f in everything.findings if f.rule == "shape.page-range"]
    assert finding.severity == "error" and finding.file and finding.line


def test_the_entry_of_002_without_a_year_is_reported(everything):
    nd = found(everything, "shape.year-missing")
    assert nd["stephensndcoproduction"] == ['no year (the source says "n.d.")']


def test_the_other_real_defects_of_002(everything):
    # "EIPA. (2019). https://..." has no title; Fox (2008) is a web page with no "Accessed".
    assert "webpage (@online) has no title" in found(everything, "shape.required-field")["eipa2019"]
    assert found(everything, "shape.accessed-missing") == {
        "fox2008porto": ["webpage has no accessed date"]
    }


def test_no_false_identity_or_citation_findings(everything):
    # Tuurnas (2015) in 002 and 004 is one work; Löffler = Loeffler; E. and V. Ostrom differ.
    rules = {f.rule for f in everything.findings}
    for clean in (
        "identity.duplicate-doi",
        "identity.duplicate-work",
        "identity.duplicate-person",
        "identity.citekey-collision",
        "identity.unsafe-key",
        "citations.missing-work",
        "citations.year-mismatch",
        "citations.unmentioned",
        "shape.doi",
        "shape.url",
        "shape.isbn",
        "shape.issn",
        "shape.year-implausible",
        "store.dangling-reference",
        "store.noncanonical",
    ):
        assert clean not in rules, clean


def test_texts_without_reference_lists_leave_stubs(everything):
    stubs = found(everything, "citations.stub")
    assert "ostrom1977" in stubs  # 001: "(Ostrom & Ostrom, 1977)", listed nowhere
    assert all(f.severity == "info" for f in everything.findings if f.rule == "citations.stub")


def test_committed_baseline_accepts_exactly_the_seed_findings(seed_store):
    report = validate_store(seed_store, ValidateConfig(baseline=BASELINE), cwd=ROOT)
    assert [f"{f.rule} {f.key}: {f.message}" for f in report.findings] == [], (
        "new findings on the seeds store; if they are real, regenerate the baseline "
        "(see docs/ci.md)"
    )
    assert report.stale_baseline == 0, "baseline entries no longer occur: regenerate it"
    assert report.exit_code(strict=True) == 0
