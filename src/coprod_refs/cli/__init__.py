"""Command-line interface: thin Typer commands over the library, one module per family."""

from __future__ import annotations

import sys

from coprod_refs.cli.app import app
from coprod_refs.cli.output import err_console
from coprod_refs.errors import CoprodError, ExitCode

# Importing a command module registers its commands on `app`.
from coprod_refs.cli import commands as _commands  # noqa: F401  isort: skip

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every failure ends as one line on stderr and a documented exit code.

    Usage errors are reported by Typer itself (exit 2); errors the library raises on
    purpose become `error: <file>:<line>: <message>`; anything else is a bug, reported in
    one line with exit code 3 — never a traceback.
    """
    try:
        app(args=argv, prog_name="coprod-refs", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else ExitCode.BAD_INPUT)
    except CoprodError as exc:
        err_console().print(f"error: {exc.one_line()}", markup=False)
        return exc.exit_code
    except BrokenPipeError:
        return ExitCode.OK
    except KeyboardInterrupt:
        err_console().print("error: interrupted", markup=False)
        return 130
    except Exception as exc:  # a bug: one line, never a traceback
        err_console().print(f"error: internal error ({type(exc).__name__}): {exc}", markup=False)
        return ExitCode.INTERNAL
    return ExitCode.OK


def run() -> None:
    """Entry point for the console script and `python -m coprod_refs`."""
    sys.exit(main())
