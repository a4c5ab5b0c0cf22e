"""What a validation rule reports: a `Finding`, pointing at a record and its store line.

A finding's fingerprint names the problem without its line number, so a committed
baseline keeps matching while other records are added or moved around it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning", "info"]

#: Severities from most to least serious.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class Finding(BaseModel):
    """One problem in one record: which rule, how serious, which record, where it lives.

    `subject` names the exact thing at fault (a field and its value, the other record of a
    duplicate pair) and feeds the fingerprint together with the rule and the key.
    `record` is the (file kind, record id) pair the store maps to a file and line.
    """

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    key: str
    message: str
    subject: str = ""
    file: str | None = None
    line: int | None = None
    record: tuple[str, str] | None = None

    @property
    def fingerprint(self) -> str:
        """A stable 16-hex-digit id of the problem, independent of file and line."""
        text = "\x1f".join((self.rule, self.key, self.subject or self.message))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def location(self) -> str:
        """`file:line` (or just the file, or the store) for messages."""
        if self.file is None:
            return "store"
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def public(self) -> dict[str, object]:
        """The finding as the JSON report shows it."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "key": self.key,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "fingerprint": self.fingerprint,
        }


def sort_key(finding: Finding) -> tuple[str, int, str, str, str]:
    """Order findings by file, line, rule and key so every report is deterministic."""
    return (
        finding.file or "",
        finding.line or 0,
        finding.rule,
        finding.key,
        finding.subject or finding.message,
    )


def shown_path(path: Path, cwd: Path) -> str:
    """A path as reports show it: relative to the working directory when inside it, so
    CI annotations point at repository files."""
    if not path.is_absolute():
        return path.as_posix()
    try:
        relative = Path(os.path.relpath(path, cwd))
    except ValueError:  # another drive on Windows
        return path.as_posix()
    return path.as_posix() if relative.parts[:1] == ("..",) else relative.as_posix()
