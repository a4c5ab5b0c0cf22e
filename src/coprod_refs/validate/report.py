"""Report formats for a validation run: text for people, JSON, GitHub annotations, JUnit XML.

Each renderer takes a `ValidationReport` and returns the whole output as a string (text
also as a styled rich `Text`), so the CLI can print it or write it to a file unchanged.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text

from coprod_refs.validate.findings import Finding

if TYPE_CHECKING:
    from coprod_refs.validate import ValidationReport

#: The report formats `validate --format` accepts.
FORMATS: tuple[str, ...] = ("text", "json", "github", "junit")
REPORT_VERSION = 1

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def summary_line(report: ValidationReport, strict: bool) -> str:
    """One line: counts by severity, what the baseline hid, and whether the gate passes."""
    counts = report.counts()
    parts = [
        f"{counts['error']} error{'s' * (counts['error'] != 1)}",
        f"{counts['warning']} warning{'s' * (counts['warning'] != 1)}",
        f"{counts['info']} info",
    ]
    text = ", ".join(parts) + f" in {report.works} works ({len(report.rules)} rules)"
    if report.baseline is not None:
        text += f"; {len(report.suppressed)} accepted by baseline {report.baseline}"
        if report.stale_baseline:
            text += (
                f" ({report.stale_baseline} baseline entries no longer occur: "
                "run --write-baseline to ratchet)"
            )
    verdict = "FAILED" if report.failing(strict) else "passed"
    return f"{text}. {verdict}{' (strict)' * strict}"


def render_text(report: ValidationReport, strict: bool = False) -> Text:
    """Human-readable lines `file:line: severity rule [key] message`, then the summary."""
    out = Text()
    for f in report.findings:
        out.append(f"{f.location()}: ")
        out.append(f.severity, style=_STYLE[f.severity])
        out.append(f" {f.rule} ", style="bold")
        out.append(f"[{f.key}] ", style="dim")
        out.append(f.message + "\n")
    style = "bold red" if report.failing(strict) else "bold green"
    out.append(summary_line(report, strict) + "\n", style=style)
    return out


def report_json(report: ValidationReport, strict: bool = False) -> dict[str, Any]:
    """The machine-readable report: every finding plus a summary with the exit code."""
    counts = report.counts()
    return {
        "version": REPORT_VERSION,
        "findings": [f.public() for f in report.findings],
        "summary": {
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
            "suppressed": len(report.suppressed),
            "stale_baseline": report.stale_baseline,
            "baseline": report.baseline,
            "works": report.works,
            "rules": report.rules,
            "strict": strict,
            "exit_code": report.exit_code(strict),
        },
    }


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(finding: Finding) -> str:
    """One GitHub Actions workflow command: `::error file=F,line=L,title=RULE::message`."""
    props = []
    if finding.file is not None:
        props.append(f"file={_gh_property(finding.file)}")
        if finding.line is not None:
            props.append(f"line={finding.line}")
    props.append(f"title={_gh_property(finding.rule)}")
    level = _GITHUB_LEVEL[finding.severity]
    return f"::{level} {','.join(props)}::{_gh_data(f'[{finding.key}] {finding.message}')}"


def render_github(report: ValidationReport, strict: bool = False) -> str:
    """GitHub Actions annotations, one per finding, then the summary as a plain line."""
    lines = [github_annotation(f) for f in report.findings]
    lines.append(summary_line(report, strict))
    return "\n".join(lines) + "\n"


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def render_junit(report: ValidationReport, strict: bool = False) -> str:
    """JUnit XML: one test suite per rule family, one test case per rule and per finding.

    A rule with no findings is one passing case; each finding is a case of its own that
    fails when the finding fails the gate (errors; warnings too under `strict`).
    """
    failing = {id(f) for f in report.failing(strict)}
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_rule[f.rule].append(f)
    families: dict[str, list[str]] = defaultdict(list)
    for rule_id in sorted(set(report.rules) | set(by_rule)):
        families[rule_id.split(".", 1)[0]].append(rule_id)
    root = ET.Element("testsuites", name="coprod-refs validate")
    total_tests = total_failures = 0
    for family, rule_ids in families.items():
        suite = ET.SubElement(root, "testsuite", name=f"coprod-refs.{family}")
        tests = failures = 0
        for rule_id in rule_ids:
            findings = by_rule.get(rule_id, [])
            if not findings:
                ET.SubElement(suite, "testcase", classname=rule_id, name=rule_id)
                tests += 1
            for f in findings:
                case = ET.SubElement(
                    suite,
                    "testcase",
                    classname=rule_id,
                    name=_xml_text(f"{f.key} ({f.location()})"),
                    file=_xml_text(f.file or ""),
                    line=str(f.line or 0),
                )
                tests += 1
                text = _xml_text(f"{f.location()}: {f.severity} {f.rule} [{f.key}] {f.message}")
                if id(f) in failing:
                    failures += 1
                    node = ET.SubElement(
                        case, "failure", message=_xml_text(f.message), type=f.severity
                    )
                    node.text = text
                else:
                    ET.SubElement(case, "system-out").text = text
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


#: Renderers producing a string, by format name (text is rendered to plain text here).
RENDERERS: dict[str, Callable[[ValidationReport, bool], str]] = {
    "text": lambda report, strict: render_text(report, strict).plain,
    "json": lambda report, strict: (
        json.dumps(report_json(report, strict), ensure_ascii=False, indent=2) + "\n"
    ),
    "github": render_github,
    "junit": render_junit,
}
