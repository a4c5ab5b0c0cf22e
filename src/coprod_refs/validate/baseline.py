"""A committed baseline: today's accepted findings, suppressed so CI can gate the rest.

The file lists each finding's fingerprint (rule + key + subject, never the line number)
with its rule, key and message for readers; one finding per line, sorted, so a ratchet
towards zero shows in `git diff` as deleted lines.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from coprod_refs.errors import InputError
from coprod_refs.store import safejson
from coprod_refs.validate.findings import Finding

BASELINE_FORMAT = "coprod-refs-validate-baseline"
BASELINE_VERSION = 1
#: File name of the default baseline, kept in the store directory beside the records.
DEFAULT_BASELINE_NAME = "validate-baseline.json"
#: Largest baseline file read, in bytes.
MAX_BASELINE_BYTES = 64 * 1024 * 1024


def baseline_text(findings: Iterable[Finding]) -> str:
    """The baseline file for `findings`: JSON with one finding object per line."""
    rows = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "rule": f.rule,
                "key": f.key,
                "message": f.message,
            }
            for f in findings
        ),
        key=lambda r: (r["rule"], r["key"], r["fingerprint"]),
    )
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in rows]
    body = ",\n    ".join(lines)
    findings_json = f"[\n    {body}\n  ]" if lines else "[]"
    return (
        "{\n"
        f'  "format": "{BASELINE_FORMAT}",\n'
        f'  "version": {BASELINE_VERSION},\n'
        f'  "findings": {findings_json}\n'
        "}\n"
    )


def read_baseline(path: Path) -> Counter[str]:
    """The fingerprints a baseline file accepts, with how many findings each may cover."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("baseline file not found", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read baseline: {exc.strerror}", file=path) from None
    data = safejson.loads(raw, file=path, max_bytes=MAX_BASELINE_BYTES)
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT:
        raise InputError(f'not a baseline file (expected "format": "{BASELINE_FORMAT}")', file=path)
    if data.get("version") != BASELINE_VERSION:
        raise InputError(
            f"baseline version {data.get('version')!r} is not supported "
            f"(this coprod-refs writes version {BASELINE_VERSION})",
            file=path,
        )
    rows = data.get("findings")
    if not isinstance(rows, list) or not all(
        isinstance(r, dict) and isinstance(r.get("fingerprint"), str) for r in rows
    ):
        raise InputError('"findings" must be a list of objects with a "fingerprint"', file=path)
    return Counter(r["fingerprint"] for r in rows)


def apply_baseline(
    findings: Iterable[Finding], accepted: Counter[str]
) -> tuple[list[Finding], list[Finding], int]:
    """Split findings into (new, suppressed) and count accepted entries that no longer occur."""
    left = Counter(accepted)
    new: list[Finding] = []
    suppressed: list[Finding] = []
    for finding in findings:
        if left[finding.fingerprint] > 0:
            left[finding.fingerprint] -= 1
            suppressed.append(finding)
        else:
            new.append(finding)
    return new, suppressed, sum(left.values())
