"""The search index: a derived, memory-mapped file beside the store, never the truth.

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
"""

from __future__ import annotations

import io
import json
import mmap
import os
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from coprod_refs.query.folding import STOP_WORDS, analyze_terms, name_terms, word_count
from coprod_refs.query.grammar import normalize_doi
from coprod_refs.query.rank import field_tf, saturate

if TYPE_CHECKING:
    from coprod_refs.model.graph import Graph
    from coprod_refs.model.records import Body, Person, Work
    from coprod_refs.store import Store

INDEX_FILE = "search-index.bin"
FORMAT_VERSION = 1
_MAGIC = b"CPRSIDX1"
_SECTIONS = ("term_off", "term_blob", "post_off", "post_df", "post_ids", "post_weights",
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
        if len(data) < 16 or data[:8] != _MAGIC:
            raise ValueError("not a search index")
        size = int.from_bytes(data[8:16], "little")
        meta = json.loads(bytes(data[16 : 16 + size]))
        if meta.get("format") != FORMAT_VERSION or set(meta["sections"]) != set(_SECTIONS):
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
        return cls.from_bytes(build_index_bytes(graph, fingerprint))


def write_sections(handle: BinaryIO, meta: dict[str, Any], sections: dict[str, bytes]) -> None:
    """Write the index layout: magic, header length, JSON header, 8-byte aligned sections."""
    if sys.byteorder != "little":
        raise ValueError("the search index is written little-endian only")
    layout: dict[str, list[int]] = {}
    header_room = 16 + 4096 + 64 * len(sections)
    offset = header_room
    for name in _SECTIONS:
        layout[name] = [offset, len(sections[name])]
        offset += (len(sections[name]) + 7) // 8 * 8
    header = json.dumps({**meta, "format": FORMAT_VERSION, "sections": layout}).encode()
    if 16 + len(header) > header_room:
        raise ValueError("search index header too large")
    handle.write(_MAGIC + len(header).to_bytes(8, "little") + header)
    handle.write(b"\0" * (header_room - 16 - len(header)))
    for name in _SECTIONS:
        data = sections[name]
        handle.write(data)
        handle.write(b"\0" * ((len(data) + 7) // 8 * 8 - len(data)))


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
    graph = store.load().graph
    if path is not None:
        try:
            write_index(graph, path, fingerprint)
        except OSError:
            path = None
    index = open_cached(path, fingerprint) if path is not None else None
    return index if index is not None else SearchIndex.from_graph(graph, fingerprint)


# --- building -------------------------------------------------------------------------

# Fields mixed into the "any" words (a) and word pairs (A). Citing sentences add words
# but no pairs: phrases are looked for in what the work itself says.
_ANY_WORDS = ("title", "abstract", "keywords", "contexts")
_ANY_PAIRS = ("title", "abstract", "keywords")
_LENGTH_FIELDS = ("title", "abstract", "keywords", "contexts", "authors", "venue")


class _FieldCounts(NamedTuple):
    """Term and word-pair frequencies of one field of one work, and its length in words."""

    terms: dict[str, int]
    pairs: dict[str, int]
    length: int


def _count(texts: list[str], with_pairs: bool) -> _FieldCounts:
    terms: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for text in texts:
        previous = ""
        for term, alternates in analyze_terms(text):
            if term not in STOP_WORDS:
                terms[term] = terms.get(term, 0) + 1
            for alternate in alternates:
                terms[alternate] = terms.get(alternate, 0) + 1
            if with_pairs and previous:
                pair = f"{previous} {term}"
                pairs[pair] = pairs.get(pair, 0) + 1
            previous = term
    return _FieldCounts(terms, pairs, sum(word_count(t) for t in texts))


def _agent_terms(agent: Person | Body) -> list[str]:
    """Name terms of one author: every part of every name form, and given-name initials."""
    from coprod_refs.model.records import initials_of

    if agent.kind == "body":
        names = [agent.name, *agent.name_forms]
    else:
        names = [agent.family, agent.given, agent.particle, *agent.name_forms]
        names.append(initials_of(agent.given))
    seen: dict[str, None] = {}
    for name in names:
        for term in name_terms(name):
            seen.setdefault(term, None)
    return list(seen)


def _author_counts(agent_terms: list[list[str]]) -> _FieldCounts:
    terms: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for own in agent_terms:
        for term in own:
            terms[term] = terms.get(term, 0) + 1
        for first in own:
            for second in own:
                if first != second:
                    pairs[f"{first} {second}"] = 1
    return _FieldCounts(terms, pairs, sum(len(own) for own in agent_terms))


def link_weight(mentions: int, listed: bool) -> float:
    """What a `c`/`b` posting stores: the mention count and whether the reference list
    names the work (exact in a float32 for any realistic count)."""
    return float(2 * mentions + (1 if listed else 0))


def link_counts(weight: float) -> tuple[int, bool]:
    """(mentions, listed) from a `c`/`b` posting weight."""
    value = int(weight)
    return value // 2, bool(value % 2)


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _packed(items: list[bytes]) -> tuple[bytes, bytes]:
    """Offsets (n + 1 uint64) and the concatenation of `items`."""
    offsets = array("Q", [0])
    for item in items:
        offsets.append(offsets[-1] + len(item))
    return offsets.tobytes(), b"".join(items)


def _short_name(agent: Person | Body) -> str:
    if agent.kind == "body":
        return agent.name
    return " ".join(p for p in (agent.particle, agent.family) if p) or agent.given


class _Builder:
    """Collects the postings and result records of every work of a graph.

    Postings are appended as parallel arrays (term id, document id, weight) in document
    order, then grouped by term with a counting sort, which keeps each term's documents
    ascending without holding a list per term.
    """

    def __init__(self, graph: Graph):
        self.graph = graph
        self.keys = sorted(graph.works)
        self.contexts: dict[str, list[str]] = {}
        self.citing: dict[str, set[str]] = {}
        for citation in graph.citations:
            self.citing.setdefault(citation.cited, set()).add(citation.citing)
            if citation.mentions:
                bucket = self.contexts.setdefault(citation.cited, [])
                bucket.extend(m.context for m in citation.mentions if m.context)
        for key, bucket in self.contexts.items():
            self.contexts[key] = list(dict.fromkeys(bucket))
        self.agent_terms = {aid: _agent_terms(agent) for aid, agent in graph.agents.items()}
        self.term_ids: dict[str, int] = {}
        self.tids: array[int] = array("I")
        self.dids: array[int] = array("I")
        self.weights: array[float] = array("f")
        self.averages: dict[str, float] = {}

    def _texts(self, work: Work) -> dict[str, list[str]]:
        venue = self.graph.venue_of(work)
        return {
            "title": [work.title],
            "abstract": [work.abstract] if work.abstract else [],
            "keywords": work.keywords,
            "contexts": self.contexts.get(work.key, []),
            "venue": [venue.name, *venue.name_forms] if venue else [],
        }

    def _averages(self, works: list[Work]) -> None:
        totals = dict.fromkeys(_LENGTH_FIELDS, 0)
        for work in works:
            for name, texts in self._texts(work).items():
                totals[name] += sum(word_count(t) for t in texts)
            totals["authors"] += sum(len(self.agent_terms.get(a, ())) for a in work.authors)
        n = max(len(works), 1)
        self.averages = {name: total / n for name, total in totals.items()}

    def _add(self, doc: int, weighted: dict[str, float]) -> None:
        term_ids, tids, dids, weights = self.term_ids, self.tids, self.dids, self.weights
        for term, weight in weighted.items():
            tid = term_ids.get(term)
            if tid is None:
                tid = term_ids[term] = len(term_ids)
            tids.append(tid)
            dids.append(doc)
            weights.append(weight)

    def add_work(self, doc: int, work: Work) -> None:
        texts = self._texts(work)
        fields = {name: _count(t, name in _ANY_PAIRS) for name, t in texts.items()}
        agents = [self.agent_terms[a] for a in work.authors if a in self.agent_terms]
        fields["authors"] = _author_counts(agents)
        avg = self.averages
        out: dict[str, float] = {}
        for code, name in (("t", "title"), ("k", "keywords"), ("v", "venue"), ("n", "authors")):
            counts = fields[name]
            for term, tf in counts.terms.items():
                out[code + term] = saturate(field_tf(tf, counts.length, avg[name], name))
            if code in ("t", "n"):
                for pair, tf in counts.pairs.items():
                    out[code.upper() + pair] = saturate(
                        field_tf(tf, counts.length, avg[name], name)
                    )
        for code, names in (("a", _ANY_WORDS), ("A", _ANY_PAIRS)):
            combined: dict[str, float] = {}
            for name in names:
                counts = fields[name]
                for term, tf in (counts.terms if code == "a" else counts.pairs).items():
                    part = field_tf(tf, counts.length, avg[name], name)
                    combined[term] = combined.get(term, 0.0) + part
            for term, pseudo in combined.items():
                out[code + term] = saturate(pseudo)
        authors = fields["authors"]
        for term, tf in authors.terms.items():
            out["a~" + term] = saturate(field_tf(tf, authors.length, avg["authors"], "authors"))
        filters = [
            "p" + work.type,
            "i" + work.key.lower(),
            *("i" + a.lower() for a in work.aliases),
        ]
        if work.year is not None:
            filters.append(f"y{work.year:04d}")
        if work.doi:
            filters.append("d" + normalize_doi(work.doi))
        out.update(dict.fromkeys(filters, 0.0))
        for c in self.graph.cites(work.key):
            out["c" + c.cited] = link_weight(len(c.mentions), c.listed)
        for c in self.graph.cited_by(work.key):
            out["b" + c.citing] = link_weight(len(c.mentions), c.listed)
        self._add(doc, out)

    def record(self, work: Work) -> bytes:
        from coprod_refs.model.csl import work_to_csl

        agents = [self.graph.agents[a] for a in work.authors if a in self.graph.agents]
        venue = self.graph.venue_of(work)
        shown = {
            "key": work.key,
            "authors": [_short_name(a) for a in agents],
            "names": [a.display() for a in agents],
            "stub": work.stub,
            "year": work.year_label,
            "title": work.title,
            "venue": venue.name if venue else "",
            "type": work.type,
            "csl": work_to_csl(work, self.graph),
        }
        return _json(shown)

    def build(self, fingerprint: str) -> tuple[dict[str, Any], dict[str, bytes]]:
        from coprod_refs.model.records import CSL_TYPES
        from coprod_refs.query.graph import agent_table, context_records, venue_table

        works = [self.graph.works[k] for k in self.keys]
        self._averages(works)
        records: list[bytes] = []
        for doc, work in enumerate(works):
            self.add_work(doc, work)
            records.append(self.record(work))
        sections = self._postings_sections()
        sections["doc_off"], sections["doc_blob"] = _packed(records)
        sections["doc_year"] = array("h", [w.year or 0 for w in works]).tobytes()
        cited = [len(self.citing.get(w.key, ())) for w in works]
        sections["doc_cited"] = array("I", cited).tobytes()
        refs = [len({c.cited for c in self.graph.cites(w.key)}) for w in works]
        sections["doc_refs"] = array("I", refs).tobytes()
        sections["key_off"], sections["key_blob"] = _packed([k.encode() for k in self.keys])
        contexts = [context_records(self.graph, key) for key in self.keys]
        sections["ctx_off"], sections["ctx_blob"] = _packed(
            [_json(c) if c else b"" for c in contexts]
        )
        doc_of = {key: doc for doc, key in enumerate(self.keys)}
        sections["agents"] = _json(agent_table(self.graph, doc_of))
        sections["venues"] = _json(venue_table(self.graph, doc_of))
        meta = {
            "fingerprint": fingerprint,
            "docs": len(works),
            "terms": len(self.term_ids),
            "types": list(CSL_TYPES),
        }
        return meta, sections

    def _postings_sections(self) -> dict[str, bytes]:
        terms = sorted(self.term_ids, key=lambda t: t.encode("utf-8"))
        df = array("I", bytes(4 * len(terms)))
        for tid in self.tids:
            df[tid] += 1
        cursor = array("Q", bytes(8 * len(terms)))
        term_off = array("Q", [0])
        post_off = array("Q")
        post_df = array("I")
        blob = bytearray()
        position = 0
        for term in terms:
            tid = self.term_ids[term]
            blob += term.encode("utf-8")
            term_off.append(len(blob))
            post_off.append(position)
            post_df.append(df[tid])
            cursor[tid] = position
            position += df[tid]
        ids = array("I", bytes(4 * position))
        weights = array("f", bytes(4 * position))
        for tid, doc, weight in zip(self.tids, self.dids, self.weights, strict=True):
            at = cursor[tid]
            ids[at] = doc
            weights[at] = weight
            cursor[tid] = at + 1
        return {
            "term_off": term_off.tobytes(),
            "term_blob": bytes(blob),
            "post_off": post_off.tobytes(),
            "post_df": post_df.tobytes(),
            "post_ids": ids.tobytes(),
            "post_weights": weights.tobytes(),
        }


def build_index_bytes(graph: Graph, fingerprint: str = "") -> bytes:
    """The bytes of an index file for a graph."""
    meta, sections = _Builder(graph).build(fingerprint)
    out = io.BytesIO()
    write_sections(out, meta, sections)
    return out.getvalue()


def write_index(graph: Graph, path: Path, fingerprint: str) -> None:
    """Build the index of a graph into `path`, replacing any older file atomically."""
    from coprod_refs.store.atomic import write_bytes

    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, build_index_bytes(graph, fingerprint))
