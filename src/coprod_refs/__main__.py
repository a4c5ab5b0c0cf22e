"""`python -m coprod_refs` runs the CLI."""

from coprod_refs.cli import run

run()
