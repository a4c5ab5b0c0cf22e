"""Which store files are exactly as this program last wrote or fully checked them.

Every load validates every record against its model. The extra checks for hostile JSON
(duplicate keys, NaN, nesting, per-line limits) need a Python pass over each line; a file
whose bytes this program wrote itself, or already checked, does not need it again and is
read by pydantic's JSON parser directly, which is much faster.

A file is recognised by its stat signature (size, mtime, ctime, inode): any write to it,
by an editor, git or a merge, changes at least its ctime, which no user command can set
back. The signatures live in `cache/verified.json`, derived data like the rest of
`cache/`: deleting it only makes the next load take the careful path.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from coprod_refs.store import atomic
from coprod_refs.store.layout import CACHE_DIR

VERIFIED_FILE = "verified.json"

Signature = tuple[int, int, int, int]


def signature(path: Path) -> Signature | None:
    """The file's stat signature, or None when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def load_verified(root: Path) -> dict[str, Signature]:
    """Store-relative name -> signature of every file known to be as last checked."""
    try:
        raw = json.loads((root / CACHE_DIR / VERIFIED_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    out: dict[str, Signature] = {}
    for name, value in raw.items():
        if isinstance(value, list) and len(value) == 4 and all(type(v) is int for v in value):
            out[name] = (value[0], value[1], value[2], value[3])
    return out


def save_verified(root: Path, signatures: Mapping[str, Signature | None]) -> None:
    """Remember these signatures; a store that cannot be written to is simply not cached."""
    known = {name: list(sig) for name, sig in sorted(signatures.items()) if sig is not None}
    try:
        (root / CACHE_DIR).mkdir(exist_ok=True)
        atomic.write_bytes(root / CACHE_DIR / VERIFIED_FILE, json.dumps(known).encode("utf-8"))
    except OSError:
        return
