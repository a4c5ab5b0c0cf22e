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


def _colour_allowed(stream: Any) -> bool:
    return "NO_COLOR" not in os.environ and bool(getattr(stream, "isatty", lambda: False)())


def console() -> Console:
    """A console for stdout: styled on a terminal, plain text when piped or under NO_COLOR."""
    plain = not _colour_allowed(sys.stdout)
    return Console(
        highlight=False,
        no_color=plain,
        color_system=None if plain else "auto",
        soft_wrap=plain,
    )


def err_console() -> Console:
    """A console for stderr, with the same colour rules."""
    plain = not _colour_allowed(sys.stderr)
    return Console(
        stderr=True, highlight=False, no_color=plain, color_system=None if plain else "auto"
    )


def emit_json(data: Any) -> None:
    """Print `data` as indented UTF-8 JSON on stdout (the `--json` contract)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")
    sys.stdout.flush()


def show_progress() -> bool:
    """True when a progress bar is wanted: a terminal on stderr and not running in CI."""
    return bool(getattr(sys.stderr, "isatty", lambda: False)()) and not os.environ.get("CI")
