"""Readers: one module per kind of input, each turning a file into an `Extraction`.

A reader never touches the store. `read_source` decodes the file, refuses what is not
text, and hands it to the reader registered for its kind.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coprod_refs.errors import InputError, ParseError
from coprod_refs.model import ExtractedWork, Extraction, SourceDocument

#: Largest input file accepted, in bytes (a guard against feeding in a disk image).
MAX_INPUT_BYTES = 256 * 1024 * 1024

ReadFn = Callable[[str, SourceDocument], Extraction]

#: Files that are not text, by their first bytes: what they are and what to do instead.
_NOT_TEXT = (
    (b"%PDF-", "a PDF file", "extract its text first (e.g. pdftotext -layout FILE.pdf)"),
    (b"PK\x03\x04", "a zipped file (Word, OpenDocument, EPUB)", "save it as plain text first"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office file", "save it as plain text first"),
)


@dataclass(frozen=True)
class Reader:
    """A registered reader: its kind name, the file suffixes it claims, its read function."""

    kind: str
    suffixes: tuple[str, ...]
    read: ReadFn


_READERS: dict[str, Reader] = {}


def register(kind: str, suffixes: tuple[str, ...]) -> Callable[[ReadFn], ReadFn]:
    """Register a read function for a kind of input and the suffixes that select it."""

    def wrap(fn: ReadFn) -> ReadFn:
        _READERS[kind] = Reader(kind, suffixes, fn)
        return fn

    return wrap


def _load_readers() -> None:
    # Importing the reader modules registers them; done lazily to keep CLI start-up fast.
    from coprod_refs.sources import (  # noqa: F401
        bibtex,
        csljson,
        html,
        markdown,
        ris,
        text,
    )


def claimed_suffixes() -> frozenset[str]:
    """Every file suffix a reader claims: what ingesting a directory picks up."""
    _load_readers()
    return frozenset(suffix for reader in _READERS.values() for suffix in reader.suffixes)


def reader_for(path: Path) -> Reader:
    """The reader for a file, chosen by suffix; plain text for anything unclaimed."""
    _load_readers()
    name = path.name.lower()
    for reader in _READERS.values():
        if any(name.endswith(s) for s in reader.suffixes):
            return reader
    return _READERS["text"]


def decode(data: bytes, path: Path) -> str:
    """The text of a file, or an InputError naming it when it is empty or not text."""
    if not data.strip():
        raise InputError("empty file: nothing to ingest", file=path)
    for signature, what, instead in _NOT_TEXT:
        if data.startswith(signature):
            raise InputError(f"{what}, not text: {instead}", file=path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _utf16_text(data, path)
    if b"\x00" in data[:8192]:
        raise InputError("binary file: expected text (UTF-8)", file=path)
    text = _as_text(data, path)
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > 8:
        raise InputError("binary file: expected text (UTF-8)", file=path)
    return text


def _utf16_text(data: bytes, path: Path) -> str:
    """The text of a UTF-16 file with its byte-order mark (as Windows editors save
    "Unicode" text), or an InputError naming it."""
    try:
        text = data.decode("utf-16").lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-16 text despite its byte-order mark ({exc.reason})", file=path
        ) from None
    if not text.strip():
        raise InputError("empty file: nothing to ingest", file=path)
    return text


#: A character set declared in a file's head: `<meta charset="…">`, `<meta
#: http-equiv="Content-Type" content="text/html; charset=…">` or `<?xml … encoding="…"?>`.
_DECLARED_CHARSET = re.compile(
    rb"<meta\b[^>]{0,300}?\bcharset\s*=\s*[\"']?\s*([\w.:-]{1,40})"
    rb"|<\?xml\b[^>]{0,200}?\bencoding\s*=\s*[\"']([\w.:-]{1,40})",
    re.IGNORECASE,
)
#: Labels that browsers read as Windows-1252, the superset of Latin-1 that pages use.
_WINDOWS_1252 = frozenset(
    "iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 cp819 ibm819 us-ascii ascii "
    "windows-1252 cp1252 x-cp1252".split()
)
#: How far into a file a declaration is looked for (browsers look at the first 1,024 bytes).
_DECLARATION_BYTES = 4096


def declared_encoding(data: bytes) -> str | None:
    """The Python codec for the character set a file declares in its head, or None when
    it declares none (or one Python does not know)."""
    match = _DECLARED_CHARSET.search(data[:_DECLARATION_BYTES])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _as_text(data: bytes, path: Path) -> str:
    """The bytes as text: UTF-8 (a byte-order mark dropped), else the character set the
    file declares (a page saved as ISO-8859-1). UTF-8 is tried first because a page
    re-saved as UTF-8 often keeps its old declaration; an InputError names the first byte
    that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        failure = exc
    declared = declared_encoding(data)
    if declared not in (None, "utf-8"):
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(declared)
    line = data[: failure.start].count(b"\n") + 1
    tried = f", nor {declared} as declared" if declared not in (None, "utf-8") else ""
    raise InputError(
        f"not UTF-8 text (invalid byte 0x{data[failure.start]:02x}){tried}", file=path, line=line
    )


def source_document(data: bytes, path: Path, kind: str) -> SourceDocument:
    """The SourceDocument for a file's bytes: its id is the content hash."""
    digest = hashlib.sha256(data).hexdigest()
    return SourceDocument(
        id=digest[:16], path=path.as_posix(), sha256=digest, kind=kind, size=len(data)
    )


def records_extraction(
    source: SourceDocument,
    works: list[ExtractedWork],
    problems: list[tuple[int, str]],
    nothing_found: str,
) -> Extraction:
    """The Extraction of a bibliographic file: its readable records, and each unreadable
    one as "file:line: message"; a file with no readable record at all is a ParseError."""
    if not works:
        line, message = min(problems) if problems else (1, nothing_found)
        raise ParseError(message, file=source.path, line=line)
    return Extraction(
        source=source,
        works=works,
        problems=[f"{source.path}:{line}: {message}" for line, message in sorted(problems)],
    )


def read_input_bytes(path: Path, shown: Path | None = None) -> bytes:
    """The bytes of an input file, or an InputError naming it (as `shown`, if given)."""
    shown = shown or path
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InputError(f"file larger than {MAX_INPUT_BYTES // 2**20} MiB", file=shown)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=shown) from None
    except IsADirectoryError:
        raise InputError("is a directory", file=shown) from None
    except PermissionError:
        raise InputError("permission denied", file=shown) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=shown) from None


def read_source(path: Path, display_path: str | None = None) -> Extraction:
    """Read one input file into an Extraction; errors name the file (and line)."""
    shown = Path(display_path) if display_path else path
    data = read_input_bytes(path, shown)
    reader = reader_for(path)
    text = decode(data, shown)
    return reader.read(text, source_document(data, shown, reader.kind))
