"""Which store files hold exactly the bytes this program last wrote or fully checked.

Every load validates every record against its model. The extra checks for hostile JSON
(duplicate keys, NaN, nesting, per-line limits) need a Python pass over each line; a file
whose bytes this program wrote itself, or already checked, does not need them again and is
read by pydantic's JSON parser in one call, which is much faster.

A file is recognised by the SHA-256 of its contents (a few hundredths of a second for a
large store), so any change by an editor, git or a merge, however small and however fast
after the last write, sends the file down the careful path. The digests live in
`cache/verified.json`, derived data like the rest of `cache/`: deleting it only makes the
next load take the careful path.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

from coprod_refs.store import atomic
from coprod_refs.store.layout import CACHE_DIR

VERIFIED_FILE = "verified.json"


def digest(data: bytes) -> str:
    """The digest a file's contents are recognised by."""
    return hashlib.sha256(data).hexdigest()


def load_verified(root: Path) -> dict[str, str]:
    """Store-relative name -> digest of the contents last written or checked."""
    try:
        raw = json.loads((root / CACHE_DIR / VERIFIED_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {name: value for name, value in raw.items() if isinstance(value, str)}


def save_verified(root: Path, digests: Mapping[str, str]) -> None:
    """Remember these digests; a store that cannot be written to is simply not cached."""
    data = json.dumps(dict(sorted(digests.items())), indent=0).encode("utf-8")
    try:
        (root / CACHE_DIR).mkdir(exist_ok=True)
        atomic.write_bytes(root / CACHE_DIR / VERIFIED_FILE, data)
    except OSError:
        return
