"""`validate`, `check-tex`, `fmt`: the commands a CI gate runs over a shared store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from coprod_refs.cli.app import JsonFlag, app
from coprod_refs.cli.commands.store_cmds import open_store
from coprod_refs.cli.output import console, emit_json, err_console
from coprod_refs.errors import ExitCode, InputError, UsageError

FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        metavar="text|json|github|junit",
        help="Report format: text, json, github (Actions annotations) or junit (XML).",
    ),
]
RulesOption = Annotated[
    list[str] | None,
    typer.Option(metavar="RULES", help="Rule ids or families, comma-separated or repeated."),
]


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for v in values or [] for part in v.split(",") if part.strip()]


def _write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from coprod_refs.store import atomic

    try:
        atomic.write_text(output, text)
    except OSError as exc:
        raise InputError(f"cannot write report: {exc.strerror}", file=output) from None


def _print_rules(json_out: bool) -> None:
    from coprod_refs.validate.registry import all_rules

    rules = all_rules()
    if json_out:
        emit_json(
            [{"id": r.id, "severity": r.severity, "description": r.description} for r in rules]
        )
        return
    table = Table("rule", "severity", "what it catches")
    for r in rules:
        table.add_row(r.id, r.severity, r.description)
    console().print(table)


@app.command("validate")
def validate_cmd(
    ctx: typer.Context,
    fmt: FormatOption = "text",
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on warnings too, not only on errors.")
    ] = False,
    select: RulesOption = None,
    ignore: RulesOption = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Baseline file of accepted findings (default: validate-baseline.json in "
            "the store, or the configured one).",
        ),
    ] = None,
    no_baseline: Annotated[
        bool, typer.Option("--no-baseline", help="Report every finding, ignoring any baseline.")
    ] = False,
    write_baseline: Annotated[
        bool,
        typer.Option(
            "--write-baseline",
            help="Record today's findings as accepted in the baseline file, then exit 0.",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE."),
    ] = None,
    list_rules: Annotated[
        bool, typer.Option("--list-rules", help="List every rule with its default severity.")
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Check the store: record shape, identity, citations, store hygiene, export readiness.

    Exit code 0 when clean, 1 when a finding is an error (or a warning, with --strict),
    2 when the store, the configuration or the arguments cannot be read.
    """
    from coprod_refs.validate import ValidateConfig, validate_store
    from coprod_refs.validate import write_baseline as write_baseline_file
    from coprod_refs.validate.report import FORMATS, RENDERERS, render_text, summary_line

    if list_rules:
        _print_rules(json_out)
        return
    fmt = "json" if json_out else fmt
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if no_baseline and (baseline is not None or write_baseline):
        raise UsageError("--no-baseline cannot be combined with --baseline or --write-baseline")
    store = open_store(ctx)
    overrides = ValidateConfig(select=_split(select), ignore=_split(ignore), baseline=baseline)
    if write_baseline:
        target, count = write_baseline_file(store, overrides)
        err_console().print(f"wrote {count} accepted finding(s) to {target}", markup=False)
        return
    report = validate_store(store, overrides, use_baseline=not no_baseline)
    if fmt == "text" and output is None:
        console().print(render_text(report, strict), end="")
    else:
        _write_output(RENDERERS[fmt](report, strict), output)
    if output is not None:  # the log still shows the verdict
        err_console().print(summary_line(report, strict), markup=False, soft_wrap=True)
    code = report.exit_code(strict)
    if code != ExitCode.OK:
        raise typer.Exit(code)


@app.command("check-tex")
def check_tex_cmd(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(help="A LaTeX source (.tex), its .aux, or a pandoc Markdown paper (.md)."),
    ],
    json_out: JsonFlag = False,
) -> None:
    """Check that every key a paper cites is in the store (aliases count); exit 1 if not."""
    from coprod_refs.export.texkeys import cited_keys

    keys = [k for k in dict.fromkeys(cited_keys(path)) if k != "*"]
    graph = open_store(ctx).load().graph
    missing = [k for k in keys if graph.resolve_key(k) is None]
    renamed = {k: graph.resolve_key(k) for k in keys if k not in graph.works and k not in missing}
    if json_out:
        emit_json(
            {"file": path.as_posix(), "cited": len(keys), "missing": missing, "aliases": renamed}
        )
    else:
        out = console()
        for key in missing:
            out.print(f"{path}: missing key {key}", markup=False)
        for old, new in renamed.items():
            out.print(f"{path}: {old} is an alias of {new}", markup=False)
        verdict = f"{len(missing)} of {len(keys)} cited keys missing" if missing else "all found"
        out.print(f"{path}: {len(keys)} cited keys, {verdict}", markup=False)
    if missing:
        raise typer.Exit(ExitCode.FINDINGS)


@app.command("fmt")
def fmt_cmd(
    ctx: typer.Context,
    check: Annotated[
        bool,
        typer.Option("--check", help="Only report files not in canonical form; exit 1 if any."),
    ] = False,
    json_out: JsonFlag = False,
) -> None:
    """Rewrite the store's files in canonical form (sorted records, stable key order).

    With --check nothing is written: the files not in canonical form are listed with the
    first line that differs, and the exit code is 1 if there are any.
    """
    from coprod_refs.validate.findings import shown_path

    store = open_store(ctx)
    cwd = Path.cwd()
    if check:
        files = [(shown_path(p, cwd), line) for p, line in store.noncanonical_files()]
    else:
        files = [(shown_path(p, cwd), None) for p in store.rewrite_canonical()]
    if json_out:
        emit_json({"check": check, "files": [{"file": f, "line": n} for f, n in files]})
    else:
        out = console()
        for name, line in files:
            where = f"{name}:{line}" if line is not None else name
            out.print(f"{where}: {'not canonical' if check else 'rewritten'}", markup=False)
        if not files:
            out.print("store is canonical", markup=False)
        elif not check:
            out.print(f"{len(files)} file(s) rewritten; store is canonical", markup=False)
        else:
            out.print(f"{len(files)} file(s) not canonical: run `coprod-refs fmt`", markup=False)
    if check and files:
        raise typer.Exit(ExitCode.FINDINGS)
