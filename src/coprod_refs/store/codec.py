"""Canonical bytes for records, and records back from bytes, with errors at file:line.

One record is one line of compact JSON with sorted keys and fields at their default
left out, so an unchanged record is always the same line and a changed field changes
only that record's line. Whole documents (extractions, config, store.json) are indented
JSON with sorted keys, which keeps their diffs small too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import PydanticSerializationError

from coprod_refs.errors import ParseError, StoreError
from coprod_refs.model.extracted import ExtractedMention, ExtractedWork, Extraction
from coprod_refs.store import jsontext, safejson
from coprod_refs.store.jsontext import NotPlainJSON
from coprod_refs.store.layout import MAX_RECORD_LINE_BYTES, MAX_STORE_DOCUMENT_BYTES, RecordFile

_PROBLEMS_SHOWN = 1

#: Characters some tools take for line ends although JSON does not: written escaped, so a
#: record is one line for every reader (`str.splitlines`, editors, grep).
_LINE_BREAKERS = re.compile("[\x85\u2028\u2029]")


_LINE_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
)
#: Records serialised per call when writing a long list of them.
_BATCH = 2000


@cache
def _record_list_adapter(model: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def _escape_line_breakers(text: str) -> str:
    if text.isascii() or ("\x85" not in text and "\u2028" not in text and "\u2029" not in text):
        return text
    return _LINE_BREAKERS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _wrong_type(record: BaseModel, exc: PydanticSerializationError) -> StoreError:
    return StoreError(
        f"refusing to write a {type(record).__name__} holding a value of the wrong type: "
        f"{' '.join(str(exc).split())}"
    )


def record_fields(record: BaseModel, always_written: tuple[str, ...] = ()) -> dict[str, Any]:
    """The record as plain JSON data with defaults left out (except `always_written`)."""
    try:
        data = record.model_dump(mode="json", exclude_defaults=True, warnings="error")
    except PydanticSerializationError as exc:
        raise _wrong_type(record, exc) from None
    for name in always_written:
        data[name] = getattr(record, name)
    return data


def encode_record(record: BaseModel, always_written: tuple[str, ...] = ()) -> str:
    """One record as its canonical line (without the newline)."""
    try:
        text = _LINE_ENCODER.encode(record_fields(record, always_written))
    except ValueError as exc:
        raise StoreError(f"refusing to write a {type(record).__name__}: {exc}") from None
    return _escape_line_breakers(text)


def _sorted_unique(records: Iterable[Any], spec: RecordFile) -> list[Any]:
    """Records in file order; two with the same key could not be read back, so refused."""
    keyed = sorted(((spec.sort_key(r), r) for r in records), key=itemgetter(0))
    for (key, _), (next_key, record) in pairwise(keyed):
        if key == next_key:
            raise StoreError(
                f"refusing to write two {spec.noun} records for {spec.record_id(record)!r}",
                file=spec.filename,
            )
    return [record for _, record in keyed]


def _batches(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


def jsonl_chunks(records: Iterable[Any], spec: RecordFile) -> Iterator[bytes]:
    """A whole record file in pieces: records sorted by their key, one canonical line each.

    Records are serialised a batch at a time (one call each, for speed); if a batch
    fails, record by record, so the error names the record at fault.
    """
    for batch in _batches(_sorted_unique(records, spec)):
        try:
            fields = spec.adapter.dump_python(
                batch, mode="json", exclude_defaults=True, warnings="error"
            )
            for name in spec.always_written:
                for data, record in zip(fields, batch, strict=True):
                    data[name] = getattr(record, name)
            text = "\n".join(map(_LINE_ENCODER.encode, fields))
        except (PydanticSerializationError, ValueError):
            text = "\n".join(encode_record(r, spec.always_written) for r in batch)
        yield (_escape_line_breakers(text) + "\n").encode("utf-8")


def encode_jsonl(records: Iterable[Any], spec: RecordFile) -> bytes:
    """A whole record file: records sorted by their key, one canonical line each."""
    return b"".join(jsonl_chunks(records, spec))


def _json_dumps(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    except ValueError as exc:
        raise StoreError(f"refusing to write JSON: {exc}") from None


def encode_document(value: Any) -> bytes:
    """A whole JSON document in canonical form: sorted keys, one-space indent, final newline."""
    try:
        text = jsontext.indented(value)
    except NotPlainJSON:
        text = _json_dumps(value)
    return (_escape_line_breakers(text) + "\n").encode("utf-8")


#: List fields of an extraction written a batch of records at a time, and their records.
_EXTRACTION_LISTS: dict[str, type[BaseModel]] = {
    "mentions": ExtractedMention,
    "references": ExtractedWork,
    "works": ExtractedWork,
}


def _dumped(name: str, owner: Extraction) -> Iterator[dict[str, Any]]:
    adapter = _record_list_adapter(_EXTRACTION_LISTS[name])
    for batch in _batches(getattr(owner, name)):
        try:
            yield from adapter.dump_python(
                batch, mode="json", exclude_defaults=True, warnings="error"
            )
        except PydanticSerializationError as exc:
            raise _wrong_type(owner, exc) from None


def extraction_chunks(extraction: Extraction) -> Iterator[bytes]:
    """An extraction file in canonical form, in pieces: its long lists of records are
    serialised and written a batch at a time.

    Raises NotPlainJSON, before or after some pieces, for a value that needs the rules
    of `json.dumps` (which `encode_extraction` then applies to the whole file).
    """
    lists = [name for name in _EXTRACTION_LISTS if getattr(extraction, name)]
    try:
        head = extraction.model_dump(
            mode="json", exclude_defaults=True, warnings="error", exclude=set(lists)
        )
    except PydanticSerializationError as exc:
        raise _wrong_type(extraction, exc) from None
    pieces = jsontext.indented_document(head, {name: _dumped(name, extraction) for name in lists})
    for piece in pieces:
        yield _escape_line_breakers(piece).encode("utf-8")
    yield b"\n"


def encode_extraction(extraction: Extraction) -> bytes:
    """An extraction file in canonical form."""
    try:
        return b"".join(extraction_chunks(extraction))
    except NotPlainJSON:
        text = _json_dumps(record_fields(extraction))
        return (_escape_line_breakers(text) + "\n").encode("utf-8")


def describe_validation_error(exc: ValidationError, skip: int = 0) -> str:
    """The first problem pydantic found, in words a person editing the file understands.

    `skip` drops leading location parts (the index of a record in a whole-file batch).
    """
    problems = exc.errors(include_url=False)
    first = problems[0]
    loc = [str(part) for part in first["loc"][skip:]]
    where = ".".join(loc)
    kind = first["type"]
    if kind == "extra_forbidden":
        text = f"unknown field {where!r}"
    elif kind == "missing":
        text = f"missing field {where!r}"
    elif kind in ("union_tag_not_found", "union_tag_invalid"):
        expected = first.get("ctx", {}).get("expected_tags", "'person', 'body'")
        text = f"field 'kind' must be one of {expected}"
    elif where:
        text = f"field {where!r}: {first['msg']}"
    else:
        text = first["msg"]
    more = len(problems) - _PROBLEMS_SHOWN
    return f"{text} (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else text


def _store_error(exc: ParseError, file: Path) -> StoreError:
    return StoreError(exc.message, file=file, line=exc.line)


def decode_jsonl(data: bytes, spec: RecordFile, file: Path) -> list[tuple[int, Any]]:
    """Every record of a record file with its 1-based line, in file order.

    Raises StoreError at file:line for bad JSON, a line that is not an object, an unknown
    field, a wrong type or a duplicate key. Order is not checked: unsorted is only
    non-canonical.
    """
    try:
        parsed = list(safejson.loads_lines(data, file=file, max_line_bytes=MAX_RECORD_LINE_BYTES))
    except ParseError as exc:
        raise _store_error(exc, file) from None
    for number, value in parsed:
        if not isinstance(value, dict):
            raise StoreError(
                f"a {spec.noun} record must be a JSON object, not {type(value).__name__}",
                file=file,
                line=number,
            )
    try:
        records = spec.adapter.validate_python([value for _, value in parsed], strict=True)
    except ValidationError as exc:
        index = exc.errors()[0]["loc"][0]
        line = parsed[index][0] if isinstance(index, int) else None
        raise StoreError(
            f"{spec.noun} record: {describe_validation_error(exc, skip=1)}", file=file, line=line
        ) from None
    numbered = [(number, record) for (number, _), record in zip(parsed, records, strict=True)]
    _refuse_duplicates(numbered, spec, file)
    return numbered


def decode_jsonl_trusted(data: bytes, spec: RecordFile) -> list[tuple[int, Any]] | None:
    """A record file this program wrote itself, read by pydantic's JSON parser in one call.

    Every record is still validated; what is skipped is the line-by-line check for
    hostile JSON. Returns None when the file is not in the exact form this program
    writes, so the caller falls back to `decode_jsonl` and its precise errors.
    """
    if not data:
        return []
    if not data.endswith(b"\n") or b"\n\n" in data:
        return None
    lines = data[:-1].split(b"\n")
    try:
        records = spec.adapter.validate_json(b"[" + b",".join(lines) + b"]", strict=True)
    except ValidationError:
        return None
    if len(records) != len(lines):
        return None
    return list(enumerate(records, start=1))


def decode_extraction_trusted(data: bytes) -> Extraction | None:
    """An extraction file this program wrote itself (see `decode_jsonl_trusted`)."""
    try:
        return Extraction.model_validate_json(data, strict=True)
    except ValidationError:
        return None


def _refuse_duplicates(numbered: list[tuple[int, Any]], spec: RecordFile, file: Path) -> None:
    first_line: dict[tuple[Any, ...], int] = {}
    for number, record in numbered:
        key = spec.sort_key(record)
        seen = first_line.setdefault(key, number)
        if seen != number:
            raise StoreError(
                f"duplicate {spec.noun} {spec.record_id(record)!r} (first on line {seen})",
                file=file,
                line=number,
            )


def decode_document(data: bytes, file: Path) -> Any:
    """A whole JSON document of the store (config, store.json, an extraction)."""
    try:
        return safejson.loads(data, file=file, max_bytes=MAX_STORE_DOCUMENT_BYTES)
    except ParseError as exc:
        raise _store_error(exc, file) from None


def decode_extraction(data: bytes, file: Path) -> Extraction:
    """An extraction file, validated as an Extraction."""
    value = decode_document(data, file)
    try:
        return Extraction.model_validate(value, strict=True)
    except ValidationError as exc:
        raise StoreError(
            f"extraction: {describe_validation_error(exc)}", file=file, line=1
        ) from None
