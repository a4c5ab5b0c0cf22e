"""`export` (BibTeX, BibLaTeX, CSL-JSON, RIS) and `rekey` (rename a citekey, keep an alias)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coprod_refs.cli.app import JsonFlag, app
from coprod_refs.cli.commands.store_cmds import open_store
from coprod_refs.cli.output import console, emit_json, err_console
from coprod_refs.errors import ExitCode, UsageError

FORMATS = ("bibtex", "biblatex", "csljson", "ris")


@app.command("export")
def export_cmd(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None, typer.Argument(help="Search query choosing the works (default: all).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="bibtex, biblatex, csljson or ris.")
    ] = "bibtex",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", dir_okay=False, help="Write to FILE.")
    ] = None,
    keys: Annotated[
        Path | None, typer.Option("--keys", dir_okay=False, help="Citekeys, one a line.")
    ] = None,
    aux: Annotated[
        Path | None, typer.Option("--aux", dir_okay=False, help="Keys a paper's .aux cites.")
    ] = None,
    tex: Annotated[
        Path | None, typer.Option("--tex", dir_okay=False, help="Keys a paper's .tex cites.")
    ] = None,
    markdown: Annotated[
        Path | None,
        typer.Option(
            "--md", dir_okay=False, help="Keys a pandoc Markdown paper cites (.md, .qmd, .Rmd)."
        ),
    ] = None,
    ascii_only: Annotated[
        bool | None,
        typer.Option(
            "--ascii/--utf8",
            help="LaTeX commands or UTF-8 for non-ASCII letters (default: ASCII for "
            "bibtex, UTF-8 otherwise).",
            show_default=False,
        ),
    ] = None,
    json_out: JsonFlag = False,
) -> None:
    """Export works; with --keys/--aux/--tex/--md exactly the works a paper cites (exit 1
    and a list when some are missing)."""
    from coprod_refs.export import FORMATS_WITH_ALIASES, ExportOptions, export_works
    from coprod_refs.export.selection import select_works
    from coprod_refs.store import atomic

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not '{fmt}'")
    graph = open_store(ctx).load().graph
    selection = select_works(
        graph,
        " ".join(query or []),
        keys_file=keys,
        aux=aux,
        tex=tex,
        markdown=markdown,
        under_cited_keys=fmt not in FORMATS_WITH_ALIASES,
    )
    result = export_works(selection.works, graph, fmt, ExportOptions(ascii_only=ascii_only))
    if output is not None:
        atomic.write_text(output, result.text)
    if json_out:
        report = {
            "format": fmt,
            "output": output.as_posix() if output is not None else None,
            "count": len(selection.works),
            "missing": selection.missing,
            "warnings": [{"key": k, "message": m} for k, m in result.warnings],
        }
        if output is None:
            report["text"] = result.text
        emit_json(report)
    else:
        if output is None:
            typer.echo(result.text, nl=False)
        errors = err_console()
        for key, message in result.warnings:
            errors.print(f"warning: {key}: {message}", markup=False)
        for key in selection.missing:
            errors.print(f"missing: {key}", markup=False)
        if output is not None:
            errors.print(f"wrote {len(selection.works)} entries to {output}", markup=False)
    if selection.missing:
        raise typer.Exit(ExitCode.FINDINGS)


@app.command("rekey")
def rekey_cmd(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(help="The work's current citekey.")],
    new: Annotated[str, typer.Argument(help="The new citekey (must be free).")],
    json_out: JsonFlag = False,
) -> None:
    """Rename a citekey; the old key stays an alias (exported as biblatex `ids`)."""
    from coprod_refs.resolve.citekeys import rename_key

    store = open_store(ctx)
    with store.update() as state:
        state.graph, state.keys = rename_key(state.graph, state.keys, old, new)
        aliases = state.graph.works[new].aliases
    if json_out:
        emit_json({"old": old, "new": new, "aliases": aliases})
    else:
        console().print(f"renamed {old} -> {new} ({old} kept as an alias)", markup=False)
