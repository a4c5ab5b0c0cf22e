"""Which works an export holds: all, a search query's hits, or exactly the keys a paper cites.

Key lists (`--keys FILE`, `--aux`, `--tex`) are joined; a query then narrows them. Keys
that name no work (aliases count) are returned as `missing`, for the caller to report.
For a format whose entries cannot carry a work's other keys (BibTeX, which has no `ids`,
CSL-JSON, RIS), a work a paper cites by one of its aliases only (a key an imported .bib
gave it, a key renamed since) comes out under that alias, its key and other aliases as
its aliases, so the paper finds the entry under the key it cites. Works come out sorted
by citekey, so the same store always exports the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, Field

from coprod_refs.errors import InputError, UsageError
from coprod_refs.export.texkeys import cited_keys
from coprod_refs.model import Graph, Work

#: The key that stands for every work (`\nocite{*}`).
ALL_WORKS = "*"


class Selection(BaseModel):
    """The works to export and the requested keys that are not in the store."""

    works: list[Work] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)


def keys_from_file(path: Path) -> list[str]:
    """Keys listed one per line (the first word of each line; blank and `#` lines skipped)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("no such file", file=path) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=path) from None
    keys = []
    for line in text.splitlines():
        words = line.split()
        if words and not words[0].startswith("#"):
            keys.append(words[0])
    return keys


def _query_keys(graph: Graph, query: str) -> set[str]:
    try:
        from coprod_refs.query.search import search_keys
    except ImportError:
        raise UsageError("searching is not available: export without a query") from None
    return set(search_keys(graph, query))


def _resolve(
    graph: Graph, wanted: Iterable[str]
) -> tuple[set[str], list[str], dict[str, set[str]]]:
    """(the works named, the keys naming none, each work's names as the keys cite it)."""
    found: set[str] = set()
    missing: list[str] = []
    cited_as: dict[str, set[str]] = {}
    for key in dict.fromkeys(wanted):
        if key == ALL_WORKS:
            found.update(graph.works)
            continue
        current = graph.resolve_key(key)
        if current is None:
            missing.append(key)
        else:
            found.add(current)
            cited_as.setdefault(current, set()).add(key)
    return found, missing, cited_as


def _as_cited(work: Work, names: set[str]) -> Work:
    """The work under the one alias the paper cites it by, its key an alias in turn; as
    it is when the paper cites it by its key, or by more than one name."""
    if len(names) != 1 or work.key in names:
        return work
    (cited,) = names
    aliases = [work.key, *(a for a in work.aliases if a != cited)]
    return work.model_copy(update={"key": cited, "aliases": aliases})


def select_works(
    graph: Graph,
    query: str = "",
    *,
    keys_file: Path | None = None,
    aux: Path | None = None,
    tex: Path | None = None,
    markdown: Path | None = None,
    under_cited_keys: bool = True,
) -> Selection:
    """The works named by the key sources given (all works when none), narrowed by `query`;
    with `under_cited_keys`, a work cited by one alias only comes out under it (for the
    formats that cannot write a work's other keys)."""
    wanted: list[str] = []
    if keys_file is not None:
        wanted += keys_from_file(keys_file)
    papers = [p for p in (aux, tex, markdown) if p is not None]
    for paper in papers:
        wanted += cited_keys(paper)
    explicit = keys_file is not None or bool(papers)
    if explicit:
        keys, missing, cited_as = _resolve(graph, wanted)
    else:
        keys, missing, cited_as = set(graph.works), [], {}
    if query.strip():
        keys &= _query_keys(graph, query)
    if not under_cited_keys:
        cited_as = {}
    works = [_as_cited(graph.works[k], cited_as.get(k, set())) for k in keys]
    return Selection(works=sorted(works, key=lambda w: w.key), missing=missing)
