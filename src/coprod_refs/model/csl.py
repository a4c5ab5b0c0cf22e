"""CSL-JSON items: the one shape every `--json` output and the csljson format share."""

from __future__ import annotations

from typing import Any

from coprod_refs.model.extracted import ExtractedWork, Name
from coprod_refs.model.graph import Graph
from coprod_refs.model.records import Body, Person, Work, WorkFields
from coprod_refs.parse.fields import stated_date, valid_month_day

# Plain string fields with the same meaning in a Work / ExtractedWork and in CSL.
_SIMPLE_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("volume", "volume"),
    ("issue", "issue"),
    ("pages", "page"),
    ("article_number", "number"),
    ("edition", "edition"),
    ("publisher", "publisher"),
    ("place", "publisher-place"),
    ("doi", "DOI"),
    ("url", "URL"),
    ("isbn", "ISBN"),
    ("issn", "ISSN"),
    ("abstract", "abstract"),
    ("language", "language"),
    ("note", "note"),
    ("status", "status"),
)


def name_to_csl(name: Name) -> dict[str, str]:
    """A CSL name object for an extracted name."""
    if name.is_body:
        return {"literal": name.literal}
    out = {"family": name.family, "given": name.given}
    if name.particle:
        out["non-dropping-particle"] = name.particle
    if name.suffix:
        out["suffix"] = name.suffix
    return {k: v for k, v in out.items() if v}


def agent_to_csl(agent: Person | Body) -> dict[str, str]:
    """A CSL name object for a stored person or body."""
    if isinstance(agent, Body):
        return {"literal": agent.name}
    return name_to_csl(
        Name(family=agent.family, given=agent.given, particle=agent.particle, suffix=agent.suffix)
    )


def csl_to_name(obj: dict[str, Any]) -> Name:
    """An extracted name from a CSL name object."""
    if "literal" in obj and not obj.get("family"):
        return Name(literal=str(obj["literal"]))
    return Name(
        family=str(obj.get("family", "")),
        given=str(obj.get("given", "")),
        particle=str(obj.get("non-dropping-particle", obj.get("dropping-particle", ""))),
        suffix=str(obj.get("suffix", "")),
    )


def _issued(fields: WorkFields) -> dict[str, Any] | None:
    """CSL's `issued`: [year, month, day] as far as they are known, or "n.d."."""
    if fields.year is None:
        return {"literal": "n.d." + fields.year_suffix} if fields.no_date else None
    parts = [fields.year]
    if fields.month is not None:
        parts.append(fields.month)
        if fields.day is not None:
            parts.append(fields.day)
    return {"date-parts": [parts]}


def _csl_date(iso: str) -> dict[str, Any] | None:
    """A CSL date from an ISO date ("2019-03-05", "1922"), or its text as a literal."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-") if p.isdigit()]
    return {"date-parts": [parts]} if parts else {"literal": iso}


def _csl_item(
    head: dict[str, Any],
    fields: WorkFields,
    names: dict[str, list[dict[str, str]]],
    containers: dict[str, str],
) -> dict[str, Any]:
    """The CSL item both stored and extracted works produce, in one field order."""
    item = dict(head)
    item.update({role: people for role, people in names.items() if people})
    issued = _issued(fields)
    if issued:
        item["issued"] = issued
    if fields.year_suffix:
        item["year-suffix"] = fields.year_suffix
    item.update({name: value for name, value in containers.items() if value})
    for attr, csl in _SIMPLE_FIELDS:
        value = getattr(fields, attr)
        if value:
            item[csl] = value
    if fields.keywords:
        item["keyword"] = ", ".join(fields.keywords)
    for attr, csl in (("original_date", "original-date"), ("accessed", "accessed")):
        date = _csl_date(getattr(fields, attr))
        if date:
            item[csl] = date
    if fields.genre:
        item["genre"] = fields.genre
    return item


def extracted_to_csl(work: ExtractedWork, item_id: str = "") -> dict[str, Any]:
    """A CSL-JSON item for a work as a source states it (used by `parse` and `--json`)."""
    head: dict[str, Any] = {"id": item_id or work.key} if item_id or work.key else {}
    head["type"] = work.type or "document"
    item = _csl_item(
        head,
        work,
        {
            "author": [name_to_csl(n) for n in work.authors],
            "editor": [name_to_csl(n) for n in work.editors],
            "translator": [name_to_csl(n) for n in work.translators],
        },
        {"container-title": work.container_title, "collection-title": work.collection_title},
    )
    if work.label:
        item["citation-number"] = work.label
    # CSL-JSON keeps data of its own under "custom": how sure the parser was, and its
    # flags ("low-confidence", "et-al", "suspicious-pages"), for scripts to filter on.
    custom: dict[str, Any] = {"confidence": work.confidence}
    if work.field_confidence:
        custom["field-confidence"] = dict(sorted(work.field_confidence.items()))
    if work.flags:
        custom["flags"] = list(work.flags)
    item["custom"] = custom
    return item


def work_to_csl(work: Work, graph: Graph) -> dict[str, Any]:
    """A CSL-JSON item for a stored work; its `id` is the citekey. A book's or report's
    series is CSL's `collection-title`: `container-title` would print it as the journal
    or book the work appears in."""
    container = graph.container_of(work)
    return _csl_item(
        {"id": work.key, "type": work.type},
        work,
        {
            "author": [agent_to_csl(graph.agents[a]) for a in work.authors if a in graph.agents],
            "editor": [agent_to_csl(graph.agents[a]) for a in work.editors if a in graph.agents],
            "translator": [
                agent_to_csl(graph.agents[a]) for a in work.translators if a in graph.agents
            ],
        },
        {
            "container-title": container.name if container is not None else "",
            "collection-title": graph.series_of(work),
        },
    )


def _issued_date(value: Any) -> tuple[int | None, int | None, int | None, bool]:
    """(year, month, day, no_date) of a CSL date: `date-parts` (the first date of a
    range), else the date its `literal` or `raw` text states, or "n.d."; a month or day
    that cannot be is left out."""
    if not isinstance(value, dict):
        return None, None, None, False
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            year, month, day = [*(int(p) for p in parts[0][:3]), 0, 0][:3]
        except (TypeError, ValueError):
            return None, None, None, False
        return year, *valid_month_day(year, month, day), False
    literal = str(value.get("literal", value.get("raw", "")))
    year, month, day = stated_date(literal)
    if year is not None:
        return year, month, day, False
    return None, None, None, "n.d" in literal.lower()


def _date_iso(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list):
        nums = [int(p) for p in parts[0] if str(p).lstrip("-").isdigit()]
        return "-".join(f"{n:04d}" if i == 0 else f"{n:02d}" for i, n in enumerate(nums))
    return str(value.get("literal", value.get("raw", "")))


def csl_to_extracted(item: dict[str, Any]) -> ExtractedWork:
    """An extracted work from a CSL-JSON item (import of .json files)."""
    year, month, day, no_date = _issued_date(item.get("issued"))
    fields: dict[str, Any] = {
        attr: str(item[csl]) for attr, csl in _SIMPLE_FIELDS if item.get(csl) not in (None, "")
    }
    keywords = item.get("keyword", "")
    return ExtractedWork(
        type=str(item.get("type", "")),
        key=str(item.get("id", "")),
        authors=[csl_to_name(n) for n in item.get("author", []) if isinstance(n, dict)],
        editors=[csl_to_name(n) for n in item.get("editor", []) if isinstance(n, dict)],
        translators=[csl_to_name(n) for n in item.get("translator", []) if isinstance(n, dict)],
        year=year,
        month=month,
        day=day,
        no_date=no_date,
        year_suffix=str(item.get("year-suffix", "")),
        container_title=str(item.get("container-title", "")),
        collection_title=str(item.get("collection-title", "")),
        genre=str(item.get("genre", "")),
        accessed=_date_iso(item.get("accessed")),
        original_date=_date_iso(item.get("original-date")),
        keywords=[k.strip() for k in str(keywords).split(",") if k.strip()],
        **fields,
    )
