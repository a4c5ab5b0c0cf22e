"""The CLI reference in docs/cli.md is generated from the commands and must be current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location(
        "gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current():
    expected = _generator().render()
    actual = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is stale: run python scripts/gen_cli_docs.py"


def test_every_command_is_documented_with_json_option():
    generator = _generator()
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    names = generator.command_names()
    assert {"init", "ingest", "list", "show", "stats", "citations", "parse"} <= set(names)
    for name in names:
        assert f"### `coprod-refs {name}`" in text
        assert "--json" in generator._help([name]), f"{name} lacks --json"
