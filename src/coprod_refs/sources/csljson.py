"""CSL-JSON reader: the item arrays Zotero, pandoc and citation.js write.

The document goes through the store's safe JSON loader (size limit; duplicate keys, NaN,
lone surrogates and deep nesting refused with file and line). Items that are not objects
or hold nothing to cite are reported with the line they start on and skipped.
"""

from __future__ import annotations

import re
from typing import Any

from coprod_refs.errors import ParseError
from coprod_refs.model import CSL_TYPES, ExtractedWork, Extraction, SourceDocument, Span
from coprod_refs.model.csl import csl_to_extracted
from coprod_refs.sources import register
from coprod_refs.store import safejson

#: CSL types read as another: a bill and a regulation are stored as legislation.
_TYPE_ALIASES = {"bill": "legislation", "regulation": "legislation"}
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},]', re.DOTALL)


def item_offsets(text: str) -> list[int]:
    """Character offsets where each element of the top-level array starts."""
    offsets: list[int] = []
    depth = 0
    expecting = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if expecting and token not in "]":
            offsets.append(match.start())
            expecting = False
        if token in "[{":
            depth += 1
            if depth == 1 and token == "[":
                expecting = True
        elif token in "]}":
            depth -= 1
        elif token == "," and depth == 1:
            expecting = True
    return offsets


def _items(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        return data["items"]
    if isinstance(data, dict) and ("type" in data or "id" in data):
        return [data]
    return None


@register("csljson", (".json",))
def read_csljson(text: str, source: SourceDocument) -> Extraction:
    """Every CSL item of a .json file as an extracted work; unusable items as problems."""
    data = safejson.loads(text, file=source.path)
    items = _items(data)
    if items is None:
        raise ParseError("not CSL-JSON: expected an array of items", file=source.path, line=1)
    offsets = item_offsets(text) if isinstance(data, list) else []
    works: list[ExtractedWork] = []
    problems: list[tuple[int, str]] = []
    line, counted_to = 1, 0
    for index, item in enumerate(items):
        start = offsets[index] if index < len(offsets) else 0
        if start > counted_to:
            line += text.count("\n", counted_to, start)
            counted_to = start
        if not isinstance(item, dict):
            problems.append((line, f"item {index + 1} is not an object"))
            continue
        try:
            work = csl_to_extracted(item)
        except (TypeError, ValueError, AttributeError) as exc:
            problems.append((line, f"item {index + 1}: {exc}"))
            continue
        if not (work.title or work.authors or work.editors):
            problems.append((line, f"item {index + 1} has no title, author or editor"))
            continue
        work.type = _TYPE_ALIASES.get(work.type, work.type)
        if work.type not in CSL_TYPES:
            work.type = "document"
        work.span = Span(source=source.id, start=start, end=start, extractor="csljson")
        works.append(work)
    if not works:
        line, message = min(problems) if problems else (1, "no CSL items found")
        raise ParseError(message, file=source.path, line=line)
    return Extraction(
        source=source,
        works=works,
        problems=[f"{source.path}:{line}: {message}" for line, message in problems],
    )
