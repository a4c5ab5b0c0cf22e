"""What a store directory holds: file names, the record kind of each file, sort keys.

Every record file is JSON Lines, one record per line, sorted by a key that identifies the
record; that key is also what makes two records "the same" (a second line with the same
key is a duplicate). Keeping these facts in one table means the reader, the writer, the
canonical check and `record_locations` cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pydantic import TypeAdapter

from coprod_refs.model.records import (
    Agent,
    Ambiguity,
    Citation,
    Decision,
    KeyAssignment,
    SourceDocument,
    Venue,
    Work,
)

#: The on-disk format this version writes and reads; older ones go through migrations.
FORMAT_VERSION = 1

#: The directory name `Store.find` looks for, upward from the working directory.
STORE_DIR_NAME = ".coprod-refs"
STORE_FILE = "store.json"
CONFIG_FILE = "config.json"
EXTRACTIONS_DIR = "extractions"
CACHE_DIR = "cache"
LOCK_FILE = ".lock"
GATE_LOCK_FILE = ".lock-gate"
JOURNAL_FILE = ".journal"
GITIGNORE_FILE = ".gitignore"
GITATTRIBUTES_FILE = ".gitattributes"

#: Temporary files are `.<target name>.tmp-<random>` beside their target.
TEMP_MARK = ".tmp-"

#: Longest record line accepted in a *.jsonl file (a citation with many mentions fits).
MAX_RECORD_LINE_BYTES = 16 * 2**20
#: Largest whole JSON document accepted in the store (an extraction of a huge text).
MAX_STORE_DOCUMENT_BYTES = 1024 * 2**20

#: Written by `Store.init`: what git should not track in a store directory.
GITIGNORE_TEXT = (
    "# Local to this machine; not part of the store's history.\n"
    f"{LOCK_FILE}\n"
    f"{GATE_LOCK_FILE}\n"
    f"{JOURNAL_FILE}\n"
    f".*{TEMP_MARK}*\n"
    f"{CACHE_DIR}/\n"
)

#: Written by `Store.init`: LF line ends everywhere, and record files merge line by line,
#: so two branches that each add records merge without a conflict.
GITATTRIBUTES_TEXT = (
    "# Store files are UTF-8 text with LF line ends, one record per line.\n"
    "*.json text eol=lf\n"
    "*.jsonl text eol=lf merge=union\n"
)


@dataclass(frozen=True)
class RecordFile:
    """One JSON Lines file of the store and the records it holds.

    `sort_key` orders the file and identifies a record (no two records share it);
    `record_id` is the same identity as one readable string, used by
    `Store.record_locations`; `always_written` names fields written even when they hold
    their default (the `kind` discriminator of agents).
    """

    kind: str
    noun: str
    model: Any
    sort_key: Callable[[Any], tuple[Any, ...]]
    record_id: Callable[[Any], str]
    always_written: tuple[str, ...] = ()

    @property
    def filename(self) -> str:
        """The file's name inside the store directory."""
        return f"{self.kind}.jsonl"

    @cached_property
    def adapter(self) -> TypeAdapter[list[Any]]:
        """Validates a whole file's records at once (errors carry the record's index)."""
        return TypeAdapter(list[self.model])  # type: ignore[name-defined]


def _ambiguity_key(a: Ambiguity) -> tuple[Any, ...]:
    return (a.citing, a.mention.start, a.mention.source)


def _decision_key(d: Decision) -> tuple[Any, ...]:
    return (d.record, d.a, d.b, d.kind)


#: Every record file, in the order they are read and written.
RECORD_FILES: tuple[RecordFile, ...] = (
    RecordFile("works", "work", Work, lambda w: (w.key,), lambda w: w.key),
    RecordFile(
        "agents", "agent", Agent, lambda a: (a.id,), lambda a: a.id, always_written=("kind",)
    ),
    RecordFile("venues", "venue", Venue, lambda v: (v.id,), lambda v: v.id),
    RecordFile(
        "citations",
        "citation",
        Citation,
        lambda c: (c.citing, c.cited),
        lambda c: f"{c.citing} -> {c.cited}",
    ),
    RecordFile("sources", "source", SourceDocument, lambda s: (s.id,), lambda s: s.id),
    RecordFile(
        "ambiguities",
        "ambiguity",
        Ambiguity,
        _ambiguity_key,
        lambda a: f"{a.citing} @ {a.mention.source}:{a.mention.start}",
    ),
    RecordFile(
        "keys", "key assignment", KeyAssignment, lambda k: (k.fingerprint,), lambda k: k.fingerprint
    ),
    RecordFile(
        "decisions",
        "decision",
        Decision,
        _decision_key,
        lambda d: f"{d.kind} {d.record} {d.a} {d.b}",
    ),
)

RECORD_FILE_BY_KIND: dict[str, RecordFile] = {spec.kind: spec for spec in RECORD_FILES}


def extraction_path(source_id: str) -> str:
    """The store-relative path of the extraction file of a source document."""
    return f"{EXTRACTIONS_DIR}/{source_id}.json"


def is_temp_name(name: str) -> bool:
    """True for a temporary file left by an unfinished write (`.works.jsonl.tmp-ab12`)."""
    return name.startswith(".") and TEMP_MARK in name


def is_safe_source_id(source_id: str) -> bool:
    """True when a source id can name a file in `extractions/` on every platform.

    Letters, digits, `.`, `_` and `-`, not starting with a dot, at most 200 characters:
    an id can never reach outside the directory or collide with a temporary file.
    """
    if not source_id or len(source_id) > 200 or source_id.startswith("."):
        return False
    return all(c.isascii() and (c.isalnum() or c in "._-") for c in source_id)
