"""Reading the search index: a derived, memory-mapped file beside the store, never the truth.

One file, `cache/search-index.bin`, holds a sorted term dictionary, postings (document
ids and BM25F weights as raw little-endian arrays), and a small record per work for
showing results. It is opened with mmap and binary-searched in place, so a search reads
only the postings it needs and never loads the store. The file records the store
fingerprint it was built from; `ensure_index` rebuilds it when the store has changed, and
deleting it is always safe.

Terms are `field code + folded term`. Codes: a any text field's words (title, abstract,
keywords, citing sentences; author name parts as `a~part`), A word pairs of title,
abstract and keywords (for phrases), t/T title words/pairs, k keywords, v venue,
n/N author name parts/pairs of parts of one author, y year, p type, d DOI, i citekey or
alias (lower case), c works citing a key, b works cited by a key.

This module only reads: it imports no pydantic models, so a search starts fast. Building
the file lives in `query.index_build`, imported only when an index must be (re)built.
"""

from __future__ import annotations

import json
import mmap
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprod_refs.query.fuzzy import within_typos

if TYPE_CHECKING:
    from coprod_refs.model.graph import Graph
    from coprod_refs.store import Store

INDEX_FILE = "search-index.bin"
FORMAT_VERSION = 3
MAGIC = b"CPRSIDX1"
SECTIONS = ("term_off", "term_blob", "post_off", "post_df", "post_ids", "post_weights",
            "doc_off", "doc_blob", "doc_year", "doc_cited", "doc_refs", "key_off", "key_blob",
            "ctx_off", "ctx_blob", "agents", "venues")  # fmt: skip


class Postings:
    """The works holding one term: ascending document ids and their weights."""

    __slots__ = ("ids", "term", "weights")

    def __init__(self, term: str, ids: memoryview, weights: memoryview):
        self.term = term
        self.ids = ids
        self.weights = weights

    def __len__(self) -> int:
        return len(self.ids)


class SearchIndex:
    """Read access to an index file's bytes (memory-mapped, or in memory for a Graph)."""

    def __init__(self, data: bytes | mmap.mmap, meta: dict[str, Any]):
        self._data = data
        self.meta = meta
        view = memoryview(data)
        sections = meta["sections"]

        def section(name: str, code: str) -> memoryview:
            start, size = sections[name]
            part = view[start : start + size]
            return part.cast(code) if code else part

        self._term_off = section("term_off", "Q")
        self._term_blob = section("term_blob", "")
        self._post_off = section("post_off", "Q")
        self._post_df = section("post_df", "I")
        self._post_ids = section("post_ids", "I")
        self._post_weights = section("post_weights", "f")
        self._doc_off = section("doc_off", "Q")
        self._doc_blob = section("doc_blob", "")
        self._year = section("doc_year", "h")
        self._cited = section("doc_cited", "I")
        self._refs = section("doc_refs", "I")
        self._key_off = section("key_off", "Q")
        self._key_blob = section("key_blob", "")
        self._ctx_off = section("ctx_off", "Q")
        self._ctx_blob = section("ctx_blob", "")
        self._tables = {name: section(name, "") for name in ("agents", "venues")}
        self.n_docs: int = meta["docs"]
        self.n_terms: int = meta["terms"]

    @property
    def fingerprint(self) -> str:
        """The store fingerprint the index was built from."""
        return str(self.meta.get("fingerprint", ""))

    def _term_at(self, i: int) -> bytes:
        return bytes(self._term_blob[self._term_off[i] : self._term_off[i + 1]])

    def _bisect(self, target: bytes) -> int:
        lo, hi = 0, self.n_terms
        while lo < hi:
            mid = (lo + hi) // 2
            if self._term_at(mid) < target:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _postings_at(self, i: int) -> Postings:
        start = self._post_off[i]
        end = start + self._post_df[i]
        term = self._term_at(i)[1:].decode("utf-8")
        return Postings(term, self._post_ids[start:end], self._post_weights[start:end])

    def lookup(self, field: str, term: str) -> Postings | None:
        """The postings of one term in one field, or None when no work has it."""
        target = (field + term).encode("utf-8")
        i = self._bisect(target)
        if i < self.n_terms and self._term_at(i) == target:
            return self._postings_at(i)
        return None

    def scan(self, field: str, low: str, high: str | None = None, limit: int = 0) -> list[Postings]:
        """Postings of every term from `low` up to `high` inclusive, or starting with `low`
        when `high` is None; at most `limit` terms when `limit` > 0."""
        start = (field + low).encode("utf-8")
        stop = (field + high).encode("utf-8") if high is not None else None
        out: list[Postings] = []
        i = self._bisect(start)
        while i < self.n_terms and (limit <= 0 or len(out) < limit):
            term = self._term_at(i)
            if stop is not None and term > stop:
                break
            if stop is None and not term.startswith(start):
                break
            out.append(self._postings_at(i))
            i += 1
        return out

    def near(self, field: str, term: str, limit: int, scanned: int = 5_000) -> list[Postings]:
        """Postings of the terms within `limit` typos of `term` that share its first two
        letters (typos there are rare, and the shared start keeps the scan short)."""
        if limit <= 0 or len(term) < 2:
            return []
        found = self.scan(field, term[:2], limit=scanned)
        return [p for p in found if p.term != term and within_typos(term, p.term, limit)]

    def document(self, doc: int) -> dict[str, Any]:
        """What a result shows about a work: key, authors, year, title, venue, CSL item."""
        raw = self._doc_blob[self._doc_off[doc] : self._doc_off[doc + 1]]
        value: dict[str, Any] = json.loads(bytes(raw))
        return value

    def year(self, doc: int) -> int:
        """The work's year, 0 when unknown."""
        return int(self._year[doc])

    def cited(self, doc: int) -> int:
        """How many works in the store cite the work."""
        return int(self._cited[doc])

    def references(self, doc: int) -> int:
        """How many works in the store the work cites."""
        return int(self._refs[doc])

    def key(self, doc: int) -> str:
        """The work's citekey."""
        return bytes(self._key_blob[self._key_off[doc] : self._key_off[doc + 1]]).decode()

    def contexts(self, doc: int) -> list[dict[str, Any]]:
        """Every sentence citing the work, as `query.graph.CitationContext` fields."""
        raw = bytes(self._ctx_blob[self._ctx_off[doc] : self._ctx_off[doc + 1]])
        value: list[dict[str, Any]] = json.loads(raw) if raw else []
        return value

    def table(self, name: str) -> list[dict[str, Any]]:
        """A whole JSON table of the index: "agents" or "venues"."""
        value: list[dict[str, Any]] = json.loads(bytes(self._tables[name]))
        return value

    def find_key(self, key: str) -> int | None:
        """The document id of a citekey or alias (case-insensitive), or None."""
        hit = self.lookup("i", key.strip().lower())
        return int(hit.ids[0]) if hit is not None and len(hit) else None

    @classmethod
    def from_bytes(cls, data: bytes | mmap.mmap) -> SearchIndex:
        """An index over the bytes of an index file; ValueError if they are not one."""
        if len(data) < 16 or data[:8] != MAGIC:
            raise ValueError("not a search index")
        size = int.from_bytes(data[8:16], "little")
        meta = json.loads(bytes(data[16 : 16 + size]))
        if meta.get("format") != FORMAT_VERSION or set(meta["sections"]) != set(SECTIONS):
            raise ValueError("search index from another format version")
        for start, length in meta["sections"].values():
            if start + length > len(data):
                raise ValueError("truncated search index")
        return cls(data, meta)

    @classmethod
    def open(cls, path: Path) -> SearchIndex:
        """Memory-map an index file; ValueError or OSError if it is missing or damaged."""
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                raise ValueError("empty search index")
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return cls.from_bytes(data)

    @classmethod
    def from_graph(cls, graph: Graph, fingerprint: str = "") -> SearchIndex:
        """An in-memory index of a graph (tests, export's key selection)."""
        from coprod_refs.query.index_build import build_index_bytes

        return cls.from_bytes(build_index_bytes(graph, fingerprint))


def open_cached(path: Path, fingerprint: str) -> SearchIndex | None:
    """The cached index at `path` if it exists, is readable and matches `fingerprint`."""
    try:
        index = SearchIndex.open(path)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return index if index.fingerprint == fingerprint else None


def ensure_index(store: Store, on_rebuild: Callable[[], None] | None = None) -> SearchIndex:
    """The store's search index, rebuilt first if missing, damaged or older than the store
    (calling `on_rebuild` then, to tell the user why this search is slow). When the cache
    cannot be written (a read-only store), the index is built in memory for this run.

    The fingerprint is read before the store is loaded, so a change made during a
    rebuild leaves an index that the next search sees as stale.
    """
    fingerprint = store.fingerprint()
    try:
        path: Path | None = store.cache_dir() / INDEX_FILE
    except OSError:
        path = None
    index = open_cached(path, fingerprint) if path is not None else None
    if index is not None:
        return index
    if on_rebuild is not None:
        on_rebuild()
    from coprod_refs.query.index_build import write_index

    graph = store.load().graph
    if path is not None:
        try:
            write_index(graph, path, fingerprint)
        except OSError:
            path = None
    index = open_cached(path, fingerprint) if path is not None else None
    return index if index is not None else SearchIndex.from_graph(graph, fingerprint)


def link_counts(weight: float) -> tuple[int, bool]:
    """(mentions, listed) from a `c`/`b` posting weight (see `index_build.link_weight`)."""
    value = int(weight)
    return value // 2, bool(value % 2)
