"""Building the search index file from a graph: term counts, BM25F weights, postings
grouped by term, the per-work result records, and writing the sections to disk.

The file layout and the reader are in `query.index`; that module imports this one only
when an index must be built, so a search over a fresh index never loads it.
"""

from __future__ import annotations

import io
import json
import sys
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from coprod_refs.model.csl import work_to_csl
from coprod_refs.model.records import CSL_TYPES, initials_of
from coprod_refs.query.folding import STOP_WORDS, analyze_terms, name_terms, word_count
from coprod_refs.query.grammar import normalize_doi
from coprod_refs.query.graph import agent_table, context_records, venue_table
from coprod_refs.query.index import FORMAT_VERSION, MAGIC, SECTIONS
from coprod_refs.query.rank import field_tf, saturate
from coprod_refs.store.atomic import write_bytes

if TYPE_CHECKING:
    from coprod_refs.model.graph import Graph
    from coprod_refs.model.records import Body, Person, Work

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
    names the work (exact in a float32 for any realistic count); `index.link_counts`
    reads it back."""
    return float(2 * mentions + (1 if listed else 0))


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
            # A book's series is searched as its venue: venue:"Palgrave Studies".
            "venue": [
                *([venue.name, *venue.name_forms] if venue else []),
                *([work.collection_title] if work.collection_title else []),
            ],
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


def write_sections(handle: BinaryIO, meta: dict[str, Any], sections: dict[str, bytes]) -> None:
    """Write the index layout: magic, header length, JSON header, 8-byte aligned sections."""
    if sys.byteorder != "little":
        raise ValueError("the search index is written little-endian only")
    layout: dict[str, list[int]] = {}
    header_room = 16 + 4096 + 64 * len(sections)
    offset = header_room
    for name in SECTIONS:
        layout[name] = [offset, len(sections[name])]
        offset += (len(sections[name]) + 7) // 8 * 8
    header = json.dumps({**meta, "format": FORMAT_VERSION, "sections": layout}).encode()
    if 16 + len(header) > header_room:
        raise ValueError("search index header too large")
    handle.write(MAGIC + len(header).to_bytes(8, "little") + header)
    handle.write(b"\0" * (header_room - 16 - len(header)))
    for name in SECTIONS:
        data = sections[name]
        handle.write(data)
        handle.write(b"\0" * ((len(data) + 7) // 8 * 8 - len(data)))


def build_index_bytes(graph: Graph, fingerprint: str = "") -> bytes:
    """The bytes of an index file for a graph."""
    meta, sections = _Builder(graph).build(fingerprint)
    out = io.BytesIO()
    write_sections(out, meta, sections)
    return out.getvalue()


def write_index(graph: Graph, path: Path, fingerprint: str) -> None:
    """Build the index of a graph into `path`, replacing any older file atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, build_index_bytes(graph, fingerprint))
