"""RIS export: tagged lines as Zotero and EndNote read them, one record per work.

Every value is put on one line (whitespace collapsed), so no value can start a tag or end
a record early.
"""

from __future__ import annotations

import re

from coprod_refs.export import ExportOptions, ExportResult, register_writer
from coprod_refs.export.escape import written_keys
from coprod_refs.model import Body, Graph, Person, Work
from coprod_refs.text.characters import visible_text

#: CSL type -> RIS reference type.
RIS_TYPES: dict[str, str] = {
    "article-journal": "JOUR",
    "review": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "book": "BOOK",
    "chapter": "CHAP",
    "paper-conference": "CONF",
    "report": "RPRT",
    "thesis": "THES",
    "webpage": "ELEC",
    "post-weblog": "BLOG",
    "dataset": "DATA",
    "entry-encyclopedia": "ENCYC",
    "manuscript": "UNPB",
    # Zotero's and EndNote's statute: its number in M1 (public law number), as written.
    "legislation": "STAT",
}

#: RIS types whose container is a serial, whose standard number is an ISSN.
_SERIAL_TYPES = ("JOUR", "MGZN", "NEWS")
_RANGE = re.compile(r"\s*[-\u2010-\u2015\u2212]+\s*")


def ris_name(agent: Person | Body) -> str:
    """`Family, Given[, Suffix]`; a body with a trailing comma, as EndNote marks one."""
    if isinstance(agent, Body):
        return visible_text(agent.name) + ","
    family = visible_text(" ".join(p for p in (agent.particle, agent.family) if p))
    parts = [family, visible_text(agent.given)]
    if agent.suffix:
        parts.append(visible_text(agent.suffix))
    return ", ".join(p for p in parts if p) if agent.given or agent.suffix else family


def _ris_date(iso: str) -> str:
    parts = iso.split("-")
    if all(p.isdigit() for p in parts) and 1 <= len(parts) <= 3:
        return "/".join(parts + [""] * (3 - len(parts)))
    return iso


def ris_record(
    work: Work, graph: Graph, options: ExportOptions, key: str = ""
) -> list[tuple[str, str]]:
    """The tagged lines of one work, TY first and ER last; `key` overrides its citekey."""
    ris_type = RIS_TYPES.get(work.type, "GEN")
    lines: list[tuple[str, str]] = [("TY", ris_type)]

    def put(tag: str, value: str) -> None:
        value = visible_text(value)
        if value:
            lines.append((tag, value))

    put("ID", key or work.key)
    for agent_id in work.authors:
        if agent_id in graph.agents:
            put("AU", ris_name(graph.agents[agent_id]))
    editor_tag = "A2" if ris_type in ("CHAP", "CONF", "ENCYC") else "ED"
    for agent_id in work.editors:
        if agent_id in graph.agents:
            put(editor_tag, ris_name(graph.agents[agent_id]))
    for agent_id in work.translators:
        if agent_id in graph.agents:
            put("A4", ris_name(graph.agents[agent_id]))
    put("TI", work.title)
    venue = graph.venue_of(work)
    container = graph.container_of(work)
    if container is not None:
        put("T2", container.name)
    put("T3", graph.series_of(work))
    if work.year is not None:
        put("PY", str(work.year))
        if work.month is not None:
            put("DA", _ris_date(work.issued_iso) + "/")  # "2019/03/05/", "2019/03//"
    put("VL", work.volume)
    put("IS", work.issue)
    pages = [p for p in _RANGE.split(visible_text(work.pages)) if p]
    if pages:
        put("SP", pages[0])
        if len(pages) > 1:
            put("EP", pages[-1])
    put("M1", work.article_number)
    put("M3", work.genre)  # "type of work": the thesis's degree, the report's kind
    put("ET", work.edition)
    put("OP", work.original_date)
    put("PB", work.publisher or (venue.publisher if venue else ""))
    put("CY", work.place or (venue.place if venue else ""))
    issn = work.issn or (venue.identifiers.get("issn", "") if venue else "")
    if ris_type in _SERIAL_TYPES:
        put("SN", issn or work.isbn)
    else:
        put("SN", work.isbn or issn)
    put("DO", work.doi)
    put("UR", work.url)
    if work.accessed:
        put("Y2", _ris_date(work.accessed))
    for keyword in work.keywords:
        put("KW", keyword)
    if options.include_abstract:
        put("AB", work.abstract)
    put("LA", work.language)
    put("N1", work.note)
    lines.append(("ER", ""))
    return lines


@register_writer("ris")
def write_ris(works: list[Work], graph: Graph, options: ExportOptions) -> ExportResult:
    """RIS records separated by blank lines, UTF-8."""
    chunks = []
    keys, warnings = written_keys([w.key for w in works], "ris")
    for work, key in zip(works, keys, strict=True):
        record = ris_record(work, graph, options, key)
        chunks.append("".join(f"{tag}  - {value}\n" for tag, value in record))
    return ExportResult(text="\n".join(chunks), warnings=warnings)
