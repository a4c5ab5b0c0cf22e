"""The Typer application object and the options every command shares."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="coprod-refs",
    help="Turn texts about co-production into a linked reference graph; search and export it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]


@dataclass
class CliState:
    """What the root options say: the store path given with --store or COPROD_REFS_STORE."""

    store: Path | None = None


@app.callback()
def root(
    ctx: typer.Context,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            envvar="COPROD_REFS_STORE",
            help="Store directory (default: nearest .coprod-refs/ upward from here).",
        ),
    ] = None,
) -> None:
    """coprod-refs: a reference manager for the co-production literature."""
    ctx.obj = CliState(store=store)


def state(ctx: typer.Context) -> CliState:
    """The root options of the running command."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, CliState) else CliState()
