"""Format versions: read the version a store was written in, refuse newer, upgrade older.

A migration turns the files of a store in format N into format N+1. It works on the raw
files (store-relative path -> bytes) so it can rename files, split them or rewrite
fields before anything is validated against today's records. The upgraded files are
written back on the next update, never by a plain read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coprod_refs.errors import StoreError
from coprod_refs.store.codec import decode_document, encode_document
from coprod_refs.store.layout import FORMAT_VERSION, STORE_FILE

Migration = Callable[[dict[str, bytes]], dict[str, bytes]]

#: format N -> the function that upgrades a store's files from format N to N+1.
MIGRATIONS: dict[int, Migration] = {}


def store_file_bytes(version: int = FORMAT_VERSION) -> bytes:
    """The canonical contents of store.json for `version`."""
    return encode_document({"format_version": version})


def read_format_version(data: bytes, file: Path) -> int:
    """The format version store.json states; StoreError if it is missing, bad or too new."""
    value = decode_document(data, file)
    if not isinstance(value, dict):
        raise StoreError("store.json must be a JSON object", file=file, line=1)
    version = value.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise StoreError(
            "store.json needs a 'format_version' that is a whole number", file=file, line=1
        )
    if version > FORMAT_VERSION:
        raise StoreError(
            f"written by a newer coprod-refs (format {version}); "
            f"this version reads format {FORMAT_VERSION}",
            file=file,
        )
    unknown = sorted(set(value) - {"format_version"})
    if unknown:
        raise StoreError(f"unknown field {unknown[0]!r} in store.json", file=file, line=1)
    return version


def migrate(files: dict[str, bytes], version: int, file: Path) -> dict[str, bytes]:
    """The store's files upgraded from `version` to the current format, step by step."""
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(
                f"format {version} is too old for this version of coprod-refs "
                f"(it reads format {FORMAT_VERSION}); no upgrade from it is known",
                file=file,
            )
        files = step(dict(files))
        version += 1
        files[STORE_FILE] = store_file_bytes(version)
    return files
