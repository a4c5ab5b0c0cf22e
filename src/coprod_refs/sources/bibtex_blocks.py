"""A .bib file parsed by bibtexparser 2 in pieces, in parallel when it is large.

bibtexparser's splitter treats an `@type{` (or `@type(`) at the start of a line as the
start of a block whatever state it is in: an unfinished block before it is aborted there.
So a file cut just before such a line parses, piece by piece, into exactly the blocks of
the whole file, provided that

- each piece ends with the opening of the block that follows it (a *sentinel*, dropped
  afterwards), so an unfinished last block is aborted with the same message;
- line numbers are shifted by the lines bibtexparser counted before the piece (it does not
  count a newline escaped by a backslash);
- `@string` macros, which an entry anywhere may use, are collected from the whole file
  first, and keys defined twice in different pieces are reported as bibtexparser does.

A file with an `@string` that does not start a line is parsed whole, in this process, as
is any small file. Pieces are parsed by a pool of worker processes in file order.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, pairwise
from typing import Any, NamedTuple

from coprod_refs.sources.bibtex_fields import EntryValues, entry_values

#: Files of at most this many characters are parsed whole, in this process.
SERIAL_LIMIT = 1_000_000
#: The size a file is cut into pieces of (each piece ends where a block starts).
PIECE_CHARS = 1_000_000
#: Worker processes for a large file (fewer on a machine with fewer processors).
WORKERS = 2

_BLOCK_START = re.compile(r"@\w*[ \t]*[{(]")
_BLOCK_START_LINE = re.compile(r"^@\w*[ \t]*[{(]", re.MULTILINE)
_STRING_MENTION = re.compile(r"@string", re.IGNORECASE)


class Piece(NamedTuple):
    """A stretch of a .bib file that starts a line with a block (or starts the file):
    its text, the opening of the block after it, the lines before it as bibtexparser
    counts them (a newline escaped by a backslash is not counted) and as they are, and
    its offset in the file."""

    text: str
    sentinel: str
    first_line: int
    true_lines: int
    first_offset: int
    #: The file's `@string` definitions as (key, raw value); None when the piece is the
    #: whole file, whose own definitions are then all there are.
    strings: tuple[tuple[str, str], ...] | None


class ParsedEntry(NamedTuple):
    """An entry as parsed: key, 1-based line, raw text, where its line starts in the file
    (None when that is before the piece, see `_LineStarts`), and its values (None when it
    has no title, author or editor)."""

    key: str
    line: int
    raw: str
    line_offset: int | None
    values: EntryValues | None


class ParsedPiece(NamedTuple):
    """What one piece holds: its entries, unreadable blocks as (line, message), and its
    `@string` keys with their lines (for keys defined again in a later piece)."""

    entries: list[ParsedEntry]
    failures: list[tuple[int, str]]
    strings: list[tuple[str, int]]


def failure_message(reason: str) -> str:
    """A bibtexparser error as one line of text."""
    return " ".join(reason.split()) or "entry could not be read"


def duplicate_message(key: str) -> str:
    """bibtexparser's message for a key defined a second time."""
    return failure_message(f"Duplicate entry key '{key}'")


def _block_message(block: Any) -> str:
    error = block.error
    return failure_message(getattr(error, "abort_reason", "") or str(error))


def _split_quietly(text: str) -> Any:
    """bibtexparser's split of `text`, without its log messages about bad blocks (they are
    reported as problems instead)."""
    from bibtexparser.splitter import Splitter

    log = logging.getLogger("bibtexparser")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        return Splitter(bibstr=text).split()
    finally:
        log.setLevel(level)


def _string_table(text: str) -> tuple[tuple[str, str], ...] | None:
    """Every `@string` definition of the file as (key, raw value), in file order; None when
    one does not start a line, so the file must be parsed whole."""
    from bibtexparser.model import String

    table: list[tuple[str, str]] = []
    for mention in _STRING_MENTION.finditer(text):
        start = mention.start()
        opening = _BLOCK_START.match(text, start)
        if opening is None or not opening.group().lower().startswith("@string"):
            continue
        if start and text[start - 1] != "\n":
            return None
        following = _BLOCK_START_LINE.search(text, opening.end())
        end = following.start() if following else len(text)
        blocks = _split_quietly(text[start:end]).blocks
        if blocks and isinstance(blocks[0], String):
            table.append((blocks[0].key, blocks[0].value))
    return tuple(table)


def pieces(text: str, piece_chars: int | None = None) -> list[Piece]:
    """The file cut into pieces of about `piece_chars` (default `PIECE_CHARS`), each ending
    where a line starts a block; one piece for a file that must be parsed whole."""
    piece_chars = piece_chars or PIECE_CHARS
    strings = _string_table(text) if len(text) > piece_chars else None
    cuts = [0]
    if strings is not None:
        while True:
            found = _BLOCK_START_LINE.search(text, cuts[-1] + piece_chars)
            if found is None:
                break
            cuts.append(found.start())
    cuts.append(len(text))
    out: list[Piece] = []
    lines = escaped = 0
    for start, end in pairwise(cuts):
        sentinel = _BLOCK_START_LINE.match(text, end)
        out.append(
            Piece(
                text=text[start:end],
                sentinel=sentinel.group() if sentinel else "",
                first_line=lines - escaped,
                true_lines=lines,
                first_offset=start,
                strings=strings if len(cuts) > 2 else None,
            )
        )
        lines += text.count("\n", start, end)
        escaped += text.count("\\\n", start, end)
    return out


def parse_piece(piece: Piece) -> ParsedPiece:
    """Parse one piece with bibtexparser (splitter, `@string` resolution, enclosing
    braces removed) and decode its entries; lines are the file's."""
    from bibtexparser.library import Library
    from bibtexparser.middlewares import ResolveStringReferencesMiddleware
    from bibtexparser.middlewares.parsestack import default_parse_stack
    from bibtexparser.model import Entry, ParsingFailedBlock, String

    split = _split_quietly(piece.text + piece.sentinel)
    # The sentinel is always the last block: its opening starts a line at the very end.
    blocks = split.blocks[:-1] if piece.sentinel else split.blocks
    failures = [
        (piece.first_line + (b.start_line or 0) + 1, _block_message(b))
        for b in blocks
        if isinstance(b, ParsingFailedBlock)
    ]
    strings = [
        (b.key, piece.first_line + (b.start_line or 0) + 1) for b in blocks if isinstance(b, String)
    ]
    if piece.strings is None:
        macros = [b for b in blocks if isinstance(b, String)]
    else:
        macros = [String(key, value) for key, value in piece.strings]
    library = Library([*macros, *(b for b in blocks if isinstance(b, Entry))], False)
    for middleware in default_parse_stack():
        # Without a single `@string` there is no reference to resolve.
        if macros or not isinstance(middleware, ResolveStringReferencesMiddleware):
            library = middleware.transform(library)
    line_starts = _LineStarts(piece)
    entries = []
    for entry in library.entries:
        local = entry.start_line or 0
        values = entry_values(entry.entry_type, entry.key, {f.key: f.value for f in entry.fields})
        if not (values.title or values.authors or values.editors):
            values = None
        entries.append(
            ParsedEntry(
                entry.key,
                piece.first_line + local + 1,
                entry.raw or "",
                line_starts.offset(piece.first_line + local),
                values,
            )
        )
    return ParsedPiece(entries, failures, strings)


@dataclass
class _LineStarts:
    """Where the file's lines start, for the lines inside one piece."""

    piece: Piece
    starts: list[int] | None = None

    def offset(self, line: int) -> int | None:
        """The offset in the file where 0-based line `line` starts, or None when that line
        starts before the piece (bibtexparser's line numbers lag behind the true ones after
        a backslash at a line end)."""
        local = line - self.piece.true_lines
        if local < 0:
            return None
        if self.starts is None:
            lengths = (len(part) + 1 for part in self.piece.text.split("\n"))
            self.starts = [0, *accumulate(lengths)]
        return self.piece.first_offset + self.starts[local]


def _worker_count() -> int:
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:
        available = os.cpu_count() or 1
    return min(WORKERS, available)


def parse_pieces(text: str) -> Iterator[ParsedPiece]:
    """The pieces of a .bib file parsed in file order: in a pool of worker processes for
    a large file, here for a small one (or on a single processor)."""
    if len(text) <= SERIAL_LIMIT:
        yield from map(parse_piece, pieces(text, len(text) + 1))
        return
    cut = pieces(text)
    workers = min(_worker_count(), len(cut))
    if workers < 2 or not _can_fork():
        yield from map(parse_piece, cut)
        return
    # Forked workers start at once with everything imported, and never re-run the
    # caller's main module (which spawned ones would, in a script without a main guard).
    with multiprocessing.get_context("fork").Pool(workers, _start_worker) as pool:
        yield from pool.imap(parse_piece, cut)


def _can_fork() -> bool:
    """True where worker processes can be forked safely: a platform whose default is to
    fork (not macOS, where forking is unsafe), from a process allowed to have children
    and running no other thread (a lock another thread holds at the fork would stay held
    in the child)."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and sys.platform != "darwin"
        and not multiprocessing.current_process().daemon
        and threading.active_count() == 1
    )


def _start_worker() -> None:
    """Set a forked worker's garbage collector to ignore what it inherited (scanning that
    would copy the parent's memory page by page) and to collect what it makes."""
    gc.freeze()
    gc.enable()
