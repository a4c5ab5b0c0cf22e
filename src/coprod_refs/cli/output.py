"""How commands talk to people and scripts: rich tables on a terminal, JSON on request.

Colour only on a terminal and never under NO_COLOR; JSON always goes to stdout, messages
and errors to stderr.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

#: Line width when stdout is not a terminal: rows are never wrapped for grep and friends.
PIPED_WIDTH = 4096


def _colour_allowed(stream: Any) -> bool:
    return "NO_COLOR" not in os.environ and bool(getattr(stream, "isatty", lambda: False)())


def console() -> Console:
    """A console for stdout: styled on a terminal, plain text when piped or under NO_COLOR."""
    plain = not _colour_allowed(sys.stdout)
    piped = not getattr(sys.stdout, "isatty", lambda: False)()
    return Console(
        highlight=False,
        no_color=plain,
        color_system=None if plain else "auto",
        width=PIPED_WIDTH if piped else None,
    )


def err_console() -> Console:
    """A console for stderr, with the same colour rules."""
    plain = not _colour_allowed(sys.stderr)
    return Console(
        stderr=True,
        highlight=False,
        no_color=plain,
        color_system=None if plain else "auto",
        soft_wrap=True,
    )


def emit_json(data: Any) -> None:
    """Print `data` as indented UTF-8 JSON on stdout (the `--json` contract)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")
    sys.stdout.flush()


def show_progress() -> bool:
    """True when a progress bar is wanted: a terminal on stderr and not running in CI."""
    return bool(getattr(sys.stderr, "isatty", lambda: False)()) and not os.environ.get("CI")


def brief_names(names: list[str] | tuple[str, ...], most: int = 3) -> str:
    """Names for a table cell: the first `most`, then "et al." when there are more, so a
    work with ten authors keeps its row readable (`--json` gives them all)."""
    shown = ", ".join(names[:most])
    return f"{shown} et al." if len(names) > most else shown


def print_table(table: Table) -> None:
    """Print a rich table: framed on a terminal; when piped, plain rows without the padding
    that would leave trailing spaces on every line."""
    out = console()
    if out.is_terminal:
        out.print(table)
        return
    with out.capture() as captured:
        out.print(table)
    lines = [line.rstrip() for line in captured.get().splitlines()]
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
