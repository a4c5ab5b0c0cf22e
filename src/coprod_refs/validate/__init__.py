"""`coprod-refs validate`: check a reference store the way a CI gate needs.

Rules live in the `rules_*` modules and register themselves (see `registry`); this module
runs the selected rules over a store or a bare graph, locates each finding in the store
files, and applies the committed baseline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from coprod_refs.collector import collector_paused
from coprod_refs.errors import ExitCode, InputError, UsageError
from coprod_refs.model import Decision, Graph
from coprod_refs.store import atomic
from coprod_refs.validate.baseline import (
    DEFAULT_BASELINE_NAME,
    apply_baseline,
    baseline_text,
    read_baseline,
)
from coprod_refs.validate.config import ValidateConfig, load_config
from coprod_refs.validate.findings import SEVERITIES, Finding, Severity, shown_path, sort_key
from coprod_refs.validate.registry import (
    STORE_FILE,
    Rule,
    ValidationContext,
    all_rules,
    select_rules,
)

if TYPE_CHECKING:
    from coprod_refs.store import Store

__all__ = [
    "Finding",
    "ValidateConfig",
    "ValidationReport",
    "run_rules",
    "validate_graph",
    "validate_store",
    "write_baseline",
]


class ValidationReport(BaseModel):
    """The outcome of one validation run: new findings, what the baseline hid, what ran."""

    findings: list[Finding] = Field(default_factory=list)
    suppressed: list[Finding] = Field(default_factory=list)
    stale_baseline: int = 0
    rules: list[str] = Field(default_factory=list)
    works: int = 0
    baseline: str | None = None

    def counts(self) -> dict[Severity, int]:
        """How many new findings there are at each severity."""
        out: dict[Severity, int] = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            out[finding.severity] += 1
        return out

    def failing(self, strict: bool = False) -> list[Finding]:
        """The findings that fail the gate: errors, and warnings too when `strict`."""
        levels = ("error", "warning") if strict else ("error",)
        return [f for f in self.findings if f.severity in levels]

    def exit_code(self, strict: bool = False) -> int:
        """0 when the gate passes, 1 when a finding fails it."""
        return ExitCode.FINDINGS if self.failing(strict) else ExitCode.OK


def _check_severity_names(config: ValidateConfig, rules: list[Rule]) -> None:
    names = {r.id for r in rules} | {r.family for r in rules}
    unknown = sorted(set(config.severity) - names)
    if unknown:
        raise UsageError(f"severity given for unknown rule(s): {', '.join(unknown)}")


def run_rules(
    ctx: ValidationContext, rules: Iterable[Rule], config: ValidateConfig
) -> list[Finding]:
    """Run each rule over the context; findings carry the rule id and configured severity.

    Every rule's preparation runs first (slow work may start beside the checks); whatever
    the rules started is released when the run ends, even by an error.
    """
    rules = list(rules)
    ctx.selected = frozenset(r.id for r in rules)
    findings: list[Finding] = []
    try:
        for r in rules:
            if r.prepare is not None:
                r.prepare(ctx)
        for r in rules:
            severity = config.severity_of(r.id, r.severity)
            findings.extend(
                Finding(
                    rule=r.id,
                    severity=severity,
                    key=p.key,
                    message=p.message,
                    subject=p.subject,
                    record=p.record,
                )
                for p in r.check(ctx)
            )
    finally:
        ctx.close()
    return findings


def locate(
    findings: list[Finding], locations: dict[tuple[str, str], tuple[Path, int]], cwd: Path
) -> list[Finding]:
    """Findings with the store file and line of the record each one is about."""
    shown: dict[Path, str] = {}

    def show(path: Path) -> str:
        if path not in shown:
            shown[path] = shown_path(path, cwd)
        return shown[path]

    out: list[Finding] = []
    for finding in findings:
        if finding.record is None:
            out.append(finding)
        elif finding.record[0] == STORE_FILE:
            path, _, line = finding.record[1].rpartition(":")
            out.append(finding.model_copy(update={"file": show(Path(path)), "line": int(line)}))
        elif finding.record in locations:
            path, line = locations[finding.record]
            out.append(finding.model_copy(update={"file": show(path), "line": line}))
        else:
            out.append(finding)
    return out


def validate_graph(
    graph: Graph,
    *,
    decisions: Iterable[Decision] = (),
    config: ValidateConfig | None = None,
    today: dt.date | None = None,
) -> ValidationReport:
    """Validate an in-memory graph (no store files, so no locations and no store rules)."""
    config = config or ValidateConfig()
    rules = select_rules(config.select, config.ignore)
    _check_severity_names(config, all_rules())
    ctx = ValidationContext(
        graph=graph,
        decisions=list(decisions),
        today=today or dt.date.today(),
    )
    findings = sorted(run_rules(ctx, rules, config), key=sort_key)
    return ValidationReport(findings=findings, rules=[r.id for r in rules], works=len(graph.works))


def _baseline_path(config: ValidateConfig, store_root: Path) -> Path:
    """The baseline file to read or write: configured, else the store's default one."""
    return config.baseline or store_root / DEFAULT_BASELINE_NAME


def _collect(
    store: Store, overrides: ValidateConfig | None, cwd: Path, today: dt.date | None
) -> tuple[ValidationReport, ValidateConfig]:
    """Run the configured rules over a store; every finding located, no baseline applied.

    The cyclic garbage collector is paused for the run: the store's records and the rules'
    working data are millions of objects without reference cycles, freed as soon as the
    run ends, which the collector would otherwise scan over and over while they live.
    """
    with collector_paused():
        return _collect_findings(store, overrides, cwd, today)


def _collect_findings(
    store: Store, overrides: ValidateConfig | None, cwd: Path, today: dt.date | None
) -> tuple[ValidationReport, ValidateConfig]:
    inspection = store.inspect()
    state = inspection.state
    config = load_config(state.config, store.root, cwd).merged(overrides or ValidateConfig())
    rules = select_rules(config.select, config.ignore)
    _check_severity_names(config, all_rules())
    ctx = ValidationContext(
        graph=state.graph,
        decisions=list(state.decisions),
        store=store,
        today=today or dt.date.today(),
        inspection=inspection,
    )
    findings = run_rules(ctx, rules, config)
    if any(f.record is not None for f in findings):
        findings = locate(findings, inspection.locations, cwd)
    findings.sort(key=sort_key)
    report = ValidationReport(
        findings=findings, rules=[r.id for r in rules], works=len(state.graph.works)
    )
    return report, config


def validate_store(
    store: Store,
    overrides: ValidateConfig | None = None,
    *,
    use_baseline: bool = True,
    cwd: Path | None = None,
    today: dt.date | None = None,
) -> ValidationReport:
    """Validate a store with its configuration, the command line's `overrides` on top.

    The baseline (given in `overrides`, which must exist; else configured or
    `validate-baseline.json` in the store, when they exist) suppresses accepted findings
    unless `use_baseline` is False.
    """
    cwd = cwd or Path.cwd()
    report, config = _collect(store, overrides, cwd, today)
    baseline_path = _baseline_path(config, store.root)
    explicit = overrides is not None and overrides.baseline is not None
    if use_baseline and (explicit or baseline_path.exists()):
        new, suppressed, stale = apply_baseline(report.findings, read_baseline(baseline_path))
        report.findings, report.suppressed, report.stale_baseline = new, suppressed, stale
        report.baseline = shown_path(baseline_path, cwd)
    return report


def write_baseline(
    store: Store,
    overrides: ValidateConfig | None = None,
    *,
    cwd: Path | None = None,
    today: dt.date | None = None,
) -> tuple[Path, int]:
    """Record every current finding as accepted; returns the baseline file and the count.

    The file is `overrides.baseline`, else the configured baseline, else
    `validate-baseline.json` in the store directory.
    """
    cwd = cwd or Path.cwd()
    report, config = _collect(store, overrides, cwd, today)
    target = _baseline_path(config, store.root)
    try:
        atomic.write_text(target, baseline_text(report.findings))
    except OSError as exc:
        raise InputError(f"cannot write baseline: {exc.strerror}", file=target) from None
    return target, len(report.findings)
