"""Report formats: exact output (golden files), escaping of hostile text, JUnit validity."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from coprod_refs.validate import ValidationReport
from coprod_refs.validate.findings import Finding
from coprod_refs.validate.report import (
    RENDERERS,
    github_annotation,
    render_junit,
    report_json,
)

RULES = ["citations.stub", "identity.unsafe-key", "shape.page-range", "shape.year-missing"]


def sample_report() -> ValidationReport:
    findings = [
        Finding(
            rule="shape.page-range",
            severity="error",
            key="edson2012complex",
            message='pages "499–416": runs backwards (ends before it starts)',
            subject="pages=499–416",
            file=".coprod-refs/works.jsonl",
            line=12,
        ),
        Finding(
            rule="shape.year-missing",
            severity="warning",
            key="stephensndcoproduction",
            message='no year (the source says "n.d.")',
            subject="year",
            file=".coprod-refs/works.jsonl",
            line=40,
        ),
        Finding(
            rule="citations.stub",
            severity="info",
            key="ostrom1977",
            message="known only from in-text citations",
            subject="stub",
            file=".coprod-refs/works.jsonl",
            line=31,
        ),
    ]
    suppressed = [
        Finding(rule="shape.year-missing", severity="warning", key="old", message="no year")
    ]
    return ValidationReport(
        findings=findings,
        suppressed=suppressed,
        rules=RULES,
        works=57,
        baseline="validate-baseline.json",
    )


def test_text_report(golden):
    golden("validate/report.txt", RENDERERS["text"](sample_report(), False))


def test_text_report_strict_fails_on_warnings():
    text = RENDERERS["text"](sample_report(), True)
    assert text.rstrip().endswith("FAILED (strict)")


def test_github_report(golden):
    golden("validate/report.github.txt", RENDERERS["github"](sample_report(), False))


def test_junit_report(golden):
    golden("validate/report.junit.xml", RENDERERS["junit"](sample_report(), False))


def test_json_report(golden):
    text = RENDERERS["json"](sample_report(), False)
    golden("validate/report.json", text)
    data = json.loads(text)
    assert data["summary"]["exit_code"] == 1
    assert data["summary"]["suppressed"] == 1
    assert {f["rule"] for f in data["findings"]} == {
        "shape.page-range",
        "shape.year-missing",
        "citations.stub",
    }


def test_json_summary_counts_and_exit_code_follow_strictness():
    report = sample_report()
    report.findings = [f for f in report.findings if f.severity != "error"]
    assert report_json(report, False)["summary"]["exit_code"] == 0
    assert report_json(report, True)["summary"]["exit_code"] == 1


def test_github_annotations_escape_data_and_properties():
    finding = Finding(
        rule="shape.url",
        severity="warning",
        key="k",
        message="100% wrong\nsecond line\r",
        file="dir,with:odd/works.jsonl",
        line=3,
    )
    line = github_annotation(finding)
    assert line == (
        "::warning file=dir%2Cwith%3Aodd/works.jsonl,line=3,title=shape.url::"
        "[k] 100%25 wrong%0Asecond line%0D"
    )
    assert "\n" not in line


def test_github_annotation_without_location_and_info_is_a_notice():
    finding = Finding(rule="citations.stub", severity="info", key="k", message="m")
    assert github_annotation(finding) == "::notice title=citations.stub::[k] m"


def test_junit_is_well_formed_even_with_control_characters_and_markup():
    finding = Finding(
        rule="identity.unsafe-key",
        severity="error",
        key='a<b>&"c\x01',
        message='key "a<b>&c" has \x1b[31m escapes ]]> and \ud800',
        file="works.jsonl",
        line=1,
    )
    report = ValidationReport(findings=[finding], rules=["identity.unsafe-key"], works=1)
    root = ET.fromstring(render_junit(report).encode("utf-8"))
    assert root.get("failures") == "1"
    failure = root.find(".//failure")
    assert failure is not None and "]]>" in (failure.text or "")


def test_junit_failures_follow_the_gate():
    report = sample_report()
    lenient = ET.fromstring(render_junit(report, False))
    strict = ET.fromstring(render_junit(report, True))
    assert lenient.get("failures") == "1"
    assert strict.get("failures") == "2"
    cases = lenient.findall(".//testcase")
    assert {c.get("classname") for c in cases} == set(RULES)
    assert lenient.get("tests") == str(len(cases))
