"""CSL-JSON export: the items pandoc's citeproc and Zotero read, one array, ids = citekeys."""

from __future__ import annotations

import json
from typing import Any

from coprod_refs.export import ExportOptions, ExportResult, register_writer
from coprod_refs.export.escape import written_keys
from coprod_refs.model import Graph, Work
from coprod_refs.model.csl import work_to_csl
from coprod_refs.text.characters import visible_text

#: Keys `work_to_csl` may produce that are not CSL input variables (the processor makes them).
_NOT_INPUT = ("year-suffix",)


def _clean(value: Any) -> Any:
    """Strings cleaned of control characters and lone surrogates, recursively."""
    if isinstance(value, str):
        return visible_text(value.encode("utf-8", "replace").decode("utf-8"))
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def csl_item(work: Work, graph: Graph, options: ExportOptions) -> dict[str, Any]:
    """The CSL-JSON item for one work, as pandoc and Zotero read it."""
    item = work_to_csl(work, graph)
    for key in _NOT_INPUT:
        item.pop(key, None)
    if not options.include_abstract:
        item.pop("abstract", None)
    return _clean(item)


@register_writer("csljson")
def write_csljson(works: list[Work], graph: Graph, options: ExportOptions) -> ExportResult:
    """A JSON array of CSL items, one item per line (diffs stay per work), UTF-8 unless
    ASCII is asked for."""
    ensure_ascii = bool(options.ascii_only)
    keys, warnings = written_keys([w.key for w in works], "csljson")
    lines = []
    for work, key in zip(works, keys, strict=True):
        item = csl_item(work, graph, options)
        item["id"] = key
        lines.append(json.dumps(item, ensure_ascii=ensure_ascii))
    text = "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"
    return ExportResult(text=text, warnings=warnings)
