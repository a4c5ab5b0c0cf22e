"""Which store files hold exactly the bytes this program last wrote or fully checked.

Every load validates every record against its model. The extra checks for hostile JSON
(duplicate keys, NaN, nesting, per-line limits) need a Python pass over each line; a file
whose bytes this program wrote itself, or already checked, does not need them again and is
read by pydantic's JSON parser in one call, which is much faster.

A file the store wrote (or re-rendered and found identical) is also *canonical*: the
canonical-form check can skip re-rendering it. That holds only for the code that wrote
it, so canonical names are kept together with a stamp of that code (`writer_stamp`); a
different version of the models or the codec starts from nothing.

A file is recognised by the SHA-256 of its contents (a few hundredths of a second for a
large store), so any change by an editor, git or a merge, however small and however fast
after the last write, sends the file down the careful path. The digests live in
`cache/verified.json`, derived data like the rest of `cache/`: deleting it only makes the
next load take the careful path.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from coprod_refs.store import atomic
from coprod_refs.store.layout import CACHE_DIR, FORMAT_VERSION

VERIFIED_FILE = "verified.json"

#: The modules whose code decides the exact bytes the store writes for a state.
WRITER_MODULES: tuple[str, ...] = (
    "coprod_refs.model.records",
    "coprod_refs.model.extracted",
    "coprod_refs.store.codec",
    "coprod_refs.store.jsontext",
    "coprod_refs.store.layout",
    "coprod_refs.store.migrations",
    "coprod_refs.store.state",
)


@dataclass(frozen=True)
class Verified:
    """What the cache knows: digests of checked contents, and which of them are canonical."""

    digests: dict[str, str] = field(default_factory=dict)
    canonical: frozenset[str] = frozenset()

    def known_canonical(self, current: Mapping[str, str]) -> set[str]:
        """Names whose current digest is the one recorded as canonical."""
        return {n for n in self.canonical if n in current and self.digests.get(n) == current[n]}


def digest(data: bytes) -> str:
    """The digest a file's contents are recognised by."""
    return hashlib.sha256(data).hexdigest()


def new_digest() -> Any:
    """A hash object that gives `digest` of everything fed to it (`update`, `hexdigest`),
    for contents written in pieces."""
    return hashlib.sha256()


def _module_source(name: str) -> bytes:
    spec = importlib.util.find_spec(name)
    origin = spec.origin if spec is not None else None
    try:
        return Path(origin).read_bytes() if origin else name.encode()
    except OSError:
        return name.encode()


def code_stamp(modules: Iterable[str], *extra: str) -> str:
    """A digest of the source of `modules` (and `extra` strings such as versions).

    Derived data stores it beside what it derived, so any change to the code that
    produced it, released or not, makes it look stale.
    """
    from coprod_refs import __version__

    stamp = hashlib.sha256(__version__.encode())
    for text in extra:
        stamp.update(b"\0" + text.encode())
    for name in modules:
        stamp.update(b"\0" + name.encode() + b"\0" + _module_source(name))
    return stamp.hexdigest()[:32]


@cache
def writer_stamp() -> str:
    """The stamp of the code that renders store files (models, codec, format version)."""
    import pydantic_core

    return code_stamp(WRITER_MODULES, str(FORMAT_VERSION), pydantic_core.__version__)


def load(root: Path) -> Verified:
    """Everything `cache/verified.json` records; empty when it is missing or damaged."""
    try:
        raw = json.loads((root / CACHE_DIR / VERIFIED_FILE).read_bytes())
    except (OSError, ValueError):
        return Verified()
    if not isinstance(raw, dict) or not isinstance(raw.get("digests"), dict):
        return Verified()
    digests = {name: value for name, value in raw["digests"].items() if isinstance(value, str)}
    canonical = raw.get("canonical")
    if raw.get("writer") != writer_stamp() or not isinstance(canonical, list):
        return Verified(digests)
    return Verified(digests, frozenset(n for n in canonical if n in digests))


def load_verified(root: Path) -> dict[str, str]:
    """Store-relative name -> digest of the contents last written or checked."""
    return load(root).digests


def save_verified(root: Path, digests: Mapping[str, str], canonical: Collection[str] = ()) -> None:
    """Remember these digests, and that the files named in `canonical` are canonical.

    A store that cannot be written to is simply not cached.
    """
    document = {
        "canonical": sorted(n for n in canonical if n in digests),
        "digests": dict(sorted(digests.items())),
        "writer": writer_stamp(),
    }
    data = json.dumps(document, indent=0).encode("utf-8")
    try:
        (root / CACHE_DIR).mkdir(exist_ok=True)
        atomic.write_bytes(root / CACHE_DIR / VERIFIED_FILE, data)
    except OSError:
        return
