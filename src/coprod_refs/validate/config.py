"""Which rules run and how serious each is: from the store, pyproject.toml and the command line.

Settings are read in this order, later ones winning: the store's `config.json` key
"validate", then `[tool.coprod-refs.validate]` in the nearest pyproject.toml upward from
the working directory, then the command line. `select` is replaced by a later source,
`ignore` and `severity` accumulate.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprod_refs.errors import InputError
from coprod_refs.validate.findings import SEVERITIES, Severity

PYPROJECT_TABLE = ("tool", "coprod-refs", "validate")


@dataclass
class ValidateConfig:
    """Rule selection, severity overrides and the baseline file, merged from every source."""

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    baseline: Path | None = None

    def merged(self, later: ValidateConfig) -> ValidateConfig:
        """This configuration overridden by `later` (select replaced, the rest accumulated)."""
        return ValidateConfig(
            select=later.select or self.select,
            ignore=[*self.ignore, *later.ignore],
            severity={**self.severity, **later.severity},
            baseline=later.baseline or self.baseline,
        )

    def severity_of(self, rule_id: str, default: Severity) -> Severity:
        """The configured severity for a rule: its own entry, else its family's, else default."""
        family = rule_id.split(".", 1)[0]
        return self.severity.get(rule_id, self.severity.get(family, default))


def _string_list(value: Any, name: str, where: Path) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise InputError(f'"{name}" must be a list of rule ids or families', file=where)


def config_from_mapping(data: Any, where: Path, base_dir: Path) -> ValidateConfig:
    """A ValidateConfig from a parsed table; `base_dir` anchors a relative baseline path."""
    if not isinstance(data, dict):
        raise InputError("validate settings must be a table/object", file=where)
    unknown = sorted(set(data) - {"select", "ignore", "severity", "baseline"})
    if unknown:
        raise InputError(
            f"unknown validate setting(s): {', '.join(unknown)} "
            "(known: select, ignore, severity, baseline)",
            file=where,
        )
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise InputError('"severity" must map rule ids to error|warning|info', file=where)
    for rule_id, level in severity.items():
        if level not in SEVERITIES:
            raise InputError(
                f'severity of "{rule_id}" must be error, warning or info, not {level!r}',
                file=where,
            )
    baseline = data.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise InputError('"baseline" must be a file path', file=where)
    return ValidateConfig(
        select=_string_list(data.get("select", []), "select", where),
        ignore=_string_list(data.get("ignore", []), "ignore", where),
        severity=dict(severity),
        baseline=base_dir / baseline if baseline else None,
    )


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml upward from `start` that has a [tool.coprod-refs] table."""
    for directory in [start, *start.parents]:
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and "coprod-refs" in _read_toml(candidate).get("tool", {}):
            return candidate
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", file=path) from None
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise InputError(f"not valid TOML: {exc}", file=path, line=line) from None


def pyproject_config(path: Path) -> ValidateConfig:
    """The settings in `[tool.coprod-refs.validate]` of one pyproject.toml."""
    table: Any = _read_toml(path)
    for name in PYPROJECT_TABLE:
        table = table.get(name, {}) if isinstance(table, dict) else {}
    return config_from_mapping(table, path, path.parent)


def load_config(store_config: dict[str, Any], store_root: Path | None, cwd: Path) -> ValidateConfig:
    """The merged settings of the store's config.json and the nearest pyproject.toml."""
    config = ValidateConfig()
    if "validate" in store_config:
        where = (store_root / "config.json") if store_root else Path("config.json")
        config = config.merged(
            config_from_mapping(store_config["validate"], where, store_root or cwd)
        )
    pyproject = find_pyproject(cwd)
    if pyproject is not None:
        config = config.merged(pyproject_config(pyproject))
    return config
