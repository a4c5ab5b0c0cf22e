"""Write docs/cli.md from the commands' own --help, so the reference cannot drift.

python scripts/gen_cli_docs.py          # rewrite docs/cli.md
python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer.main
from typer.testing import CliRunner

from coprod_refs.cli import app

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

HEADER = """# Command-line reference

Generated from each command's `--help` by `python scripts/gen_cli_docs.py`; a test checks
that this file matches the commands, so it is always current.

## Exit codes

| code | meaning |
| --- | --- |
| 0 | success |
| 1 | the command ran and found problems: `validate` findings at error level (warnings too with `--strict`), `check-tex` or `export --tex/--aux/--md/--keys` keys missing from the store |
| 2 | an input file, the store or the arguments could not be read: one line on stderr, `error: <file>:<line>: <what is wrong>`; nothing in the store was changed |
| 3 | an internal error (a bug): one line on stderr, never a traceback |

## Output conventions

- `--json` on every command prints machine-readable JSON on stdout; messages and errors go
  to stderr.
- Colour and progress bars only on a terminal; plain text when piped or when `NO_COLOR`
  is set.
- The store is `--store PATH` (before the command), else `COPROD_REFS_STORE`, else the
  nearest `.coprod-refs/` upward from the working directory.
"""


def _help(args: list[str]) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    return result.output.rstrip()


def command_names() -> list[str]:
    """Every command the CLI has, sorted."""
    root = typer.main.get_command(app)
    return sorted(getattr(root, "commands", {}))


def render() -> str:
    """The whole reference page as markdown."""
    parts = [HEADER, "## Commands\n", "```\n" + _help([]) + "\n```\n"]
    for name in command_names():
        parts.append(f"### `coprod-refs {name}`\n\n```\n{_help([name])}\n```\n")
    return "\n".join(parts)


def main() -> int:
    """Rewrite or check docs/cli.md."""
    text = render()
    if "--check" in sys.argv[1:]:
        current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
        if current != text:
            print("docs/cli.md is out of date: run python scripts/gen_cli_docs.py")
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
