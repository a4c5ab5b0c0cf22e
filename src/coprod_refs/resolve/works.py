"""Works: one record however many sources state it.

Statements of a work (a landing page, a reference-list entry, a .bib entry) are the same
work when they share a DOI, or the same first author, year and near-identical title, with
books and their chapters kept apart. A first author that is a body is compared by its
group (`people.name_groups`), so "WHO", "World Health Organization" and "World Health
Organisation" are one first author when they are one body. The merge picks each field
from the most authoritative statement that has it, so the result does not depend on
ingest order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from coprod_refs.model import ExtractedWork, Name, Span
from coprod_refs.text.fold import ascii_fold, name_key

#: Lower ranks win when statements disagree: the document about itself, then a
#: bibliographic record, then a reference-list entry.
ROLE_RANK = {"document": 0, "standalone": 1, "reference": 2}

#: Text fields merged by "first authoritative statement that has it".
_SCALAR_FIELDS = tuple(
    name
    for name, info in ExtractedWork.model_fields.items()
    if info.annotation is str and name not in {"type", "key", "label", "raw"}
)
_BOOKISH = frozenset({"book", "report", "thesis"})
_PARTS = frozenset({"chapter", "paper-conference", "entry-encyclopedia"})
_WORDS = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"[0-9]+")
#: Title letters a fingerprint keeps: enough to tell apart long titles that share an opening.
_PRINT_LETTERS = 100


@dataclass(slots=True)
class Statement:
    """One source's statement of a work, with the role it plays in that source."""

    work: ExtractedWork
    source: str
    role: str
    index: int

    @property
    def rank(self) -> tuple[int, float, str, int]:
        """Sort order: most authoritative first; ties broken by content, never arrival."""
        return (ROLE_RANK[self.role], -self.work.confidence, self.source, self.index)


@dataclass(slots=True)
class WorkCluster:
    """The statements found to be one work, and the merged fields.

    `fingerprint` is the merged work's title fingerprint, which orders clusters. `prints`
    identify the work in the citekey registry: every statement's title fingerprint, then
    the DOIs, so the key is found again whichever statement a later merge takes its
    title, year or authors from. `former_prints` are the title fingerprints stores
    recorded before hyphens and spaces were folded together; they are only looked up.
    """

    statements: list[Statement]
    merged: ExtractedWork
    spans: list[Span] = field(default_factory=list)
    fingerprint: str = ""
    prints: list[str] = field(default_factory=list)
    former_prints: list[str] = field(default_factory=list)


def first_author_key(names: list[Name]) -> str:
    """The folded family name (or body name) of the first author, "" when there is none."""
    if not names:
        return ""
    first = names[0]
    return name_key(first.literal) if first.is_body else name_key(first.particle + first.family)


def _compared_author(names: list[Name], body_group: Mapping[str, str]) -> str:
    """The first author as statements are compared by: a body's group (`body_group`,
    body name -> group), else `first_author_key`. Fingerprints keep `first_author_key`,
    so the citekeys of works stored before bodies were grouped are found again."""
    if names and names[0].is_body:
        return body_group[names[0].literal]
    return first_author_key(names)


def title_key(title: str) -> str:
    """A title folded for comparison: lower-case ASCII words, hyphens dropped."""
    return " ".join(_WORDS.findall(ascii_fold(title).replace("-", "")))


def compact_title(key: str) -> str:
    """A `title_key` without its spaces: "service-delivery", "Service Delivery" and
    "servicedelivery" are one title, however a text hyphenates or spaces it."""
    return key.replace(" ", "")


def title_fingerprints(work: ExtractedWork, key: str) -> tuple[str, str]:
    """The fingerprint a citekey is remembered by, and the one stores recorded before it
    (looked up only, so the keys in such a store are found again); "" for no title.

    The fingerprint is the first author, year and the title's letters and digits (`key`
    is the work's `title_key`): case, accents, punctuation, hyphens and spaces do not
    count. Books and parts of books are marked, since a chapter may have its book's
    title. The former one kept the first twelve words of `key`, spaces and all.
    """
    words = key.split()
    if not words:
        return "", ""
    year = str(work.year) if work.year is not None else "nd"
    head = f"t:{first_author_key(work.authors or work.editors)}:{year}:"
    kind = _type_class(work.type)
    mark = "" if kind == "other" else f":{kind}"
    return head + "".join(words)[:_PRINT_LETTERS] + mark, head + " ".join(words[:12])


def titles_match(a: str, b: str) -> bool:
    """Near-identical titles: equal, one a prefix of the other (a dropped subtitle), or a
    small edit distance apart (a typo)."""
    return title_keys_match(title_key(a), title_key(b))


def title_keys_match(ka: str, kb: str) -> bool:
    """`titles_match` on keys already folded with `title_key`. Numbers in titles must
    agree ("Part 1" is not "Part 2"), except in a dropped subtitle."""
    if not ka or not kb:
        return False
    if compact_title(ka) == compact_title(kb):
        return True
    short, long_ = sorted((ka, kb), key=len)
    if len(short.split()) >= 3 and long_.startswith(short + " "):
        return True
    return _DIGITS.findall(ka) == _DIGITS.findall(kb) and fuzz.ratio(ka, kb) >= 92


def _bucket(key: str) -> tuple[str, tuple[str, ...]]:
    """Titles that may match share their opening letters and their numbers."""
    return compact_title(key)[:4], tuple(_DIGITS.findall(key))


def types_compatible(a: str, b: str) -> bool:
    """False for a book and a chapter of it (kept apart), True otherwise."""
    return not ((a in _BOOKISH and b in _PARTS) or (b in _BOOKISH and a in _PARTS))


def _same_work(a: ExtractedWork, b: ExtractedWork, ka: str, kb: str) -> bool:
    """Same work by DOI, else by type, year, first author and title (keys precomputed)."""
    if not types_compatible(a.type, b.type):
        return False
    if a.doi and b.doi:
        return a.doi.lower() == b.doi.lower()
    if a.year != b.year or a.no_date != b.no_date:
        return False
    return title_keys_match(ka, kb)


#: The type classes a set of statements may hold together: a book and a chapter of it
#: are never one work, however a third statement links them.
_CLASS_BITS = {"book": 1, "part": 2, "other": 0}


class _UnionFind:
    """Sets of statements found to be one work, each with the DOI its statements carry
    ("" for none) and the type classes they hold. Two sets are never joined when their
    DOIs differ or when one holds a book and the other a part of a book, so a statement
    that matches two such works joins one of them, not both."""

    def __init__(self, statements: list[Statement]) -> None:
        self.parent = list(range(len(statements)))
        self.doi = [st.work.doi.lower() for st in statements]
        self.kinds = [_CLASS_BITS[_type_class(st.work.type)] for st in statements]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj or (self.doi[ri] and self.doi[rj] and self.doi[ri] != self.doi[rj]):
            return
        if self.kinds[ri] | self.kinds[rj] == 3:
            return
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.doi[root] = self.doi[root] or self.doi[child]
        self.kinds[root] |= self.kinds[child]


def _type_class(csl_type: str) -> str:
    if csl_type in _BOOKISH:
        return "book"
    return "part" if csl_type in _PARTS else "other"


def _cluster_block(
    statements: list[Statement], keys: list[str], members: list[int], uf: _UnionFind
) -> None:
    """Join the statements of one (first author, year) block that are one work (`keys`
    holds every statement's `title_key`).

    Statements with the same folded title (spaces aside) and type class are one work
    outright, unless their DOIs disagree; then one representative per title is compared
    with the others' (fuzzy titles), so a block of many statements of a few works costs
    little.
    """
    groups: dict[tuple[str, str, bool], list[int]] = defaultdict(list)
    for i in members:
        w = statements[i].work
        groups[(compact_title(keys[i]), _type_class(w.type), w.no_date)].append(i)
    reps: list[tuple[int, str, bool]] = []
    for group in groups.values():
        key = keys[group[0]]
        if len(group) == 1:
            reps.append((group[0], key, bool(statements[group[0]].work.doi)))
            continue
        dois = {statements[i].work.doi.lower() for i in group} - {""}
        plain = [i for i in group if not statements[i].work.doi]
        joinable = group if len(dois) <= 1 else plain
        for j in joinable[1:]:
            uf.union(joinable[0], j)
        if len(dois) <= 1:
            reps.append((group[0], key, bool(dois)))
        else:
            reps += [(i, key, True) for i in group if statements[i].work.doi]
            reps += [(plain[0], key, False)] if plain else []
    # Two statements with DOIs are one work only when the DOIs agree (joined earlier), so
    # titles are compared only where at least one side has no DOI, and only within a
    # bucket (a typo in the first four letters goes unnoticed); a dropped subtitle is
    # matched by the shorter title's bucket among the longer titles that extend it.
    buckets: dict[tuple[str, tuple[str, ...]], list[tuple[int, str, bool]]] = defaultdict(list)
    for rep in reps:
        buckets[_bucket(rep[1])].append(rep)
    for bucket in buckets.values():
        _compare_reps(statements, bucket, uf)
    if len(buckets) > 1:
        _join_dropped_subtitles(statements, reps, uf)


def _compare_reps(
    statements: list[Statement], reps: list[tuple[int, str, bool]], uf: _UnionFind
) -> None:
    for pos, (i, ki, doi_i) in enumerate(reps):
        for j, kj, doi_j in reps[pos + 1 :]:
            if (doi_i and doi_j) or uf.find(i) == uf.find(j):
                continue
            if _same_work(statements[i].work, statements[j].work, ki, kj):
                uf.union(i, j)


def _join_dropped_subtitles(
    statements: list[Statement], reps: list[tuple[int, str, bool]], uf: _UnionFind
) -> None:
    """Join "Title" with the one "Title subtitle..." work that extends it (sorted, so each
    prefix is next to the titles that extend it); a title that several different works
    extend ("Part 1", "Part 2") is left alone rather than merging them all."""
    ordered = sorted(reps, key=lambda r: r[1])
    for pos, (i, ki, doi_i) in enumerate(ordered):
        if len(ki.split()) < 3:
            continue
        fits = set()
        for j, kj, doi_j in ordered[pos + 1 :]:
            if not kj.startswith(ki):
                break
            if (
                kj.startswith(ki + " ")
                and not (doi_i and doi_j)
                and _same_work(statements[i].work, statements[j].work, ki, kj)
            ):
                fits.add(uf.find(j))
        if len(fits) == 1:
            uf.union(i, fits.pop())


def cluster_statements(
    statements: list[Statement], body_group: Mapping[str, str]
) -> list[WorkCluster]:
    """Group statements into works: by DOI, then by first author + year + title, a body
    first author by its group (`body_group`: every body name of the statements -> its
    group, as `people.name_groups` gives it)."""
    uf = _UnionFind(statements)
    # Per DOI, the first statement of each type class: a book and a chapter stating one
    # DOI stay apart, and each joins the statements of its own class.
    by_doi: dict[str, dict[str, int]] = defaultdict(dict)
    blocks: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    keys = [title_key(st.work.title) for st in statements]
    for i, st in enumerate(statements):
        w = st.work
        if w.doi:
            firsts = by_doi[w.doi.lower()]
            for j in firsts.values():
                uf.union(j, i)  # refused between a book and a part of one
            firsts.setdefault(_type_class(w.type), i)
        if w.title:
            blocks[(_compared_author(w.authors or w.editors, body_group), w.year)].append(i)
    for members in blocks.values():
        _cluster_block(statements, keys, members, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(statements)):
        groups[uf.find(i)].append(i)
    clusters = [_cluster(statements, keys, group) for group in groups.values()]
    return sorted(clusters, key=lambda c: (c.fingerprint, c.prints))


def _span_order(span: Span) -> tuple[str, int, int, str]:
    return (span.source, span.start, span.end, span.extractor)


def _cluster(statements: list[Statement], keys: list[str], group: list[int]) -> WorkCluster:
    """The cluster of the statements at indexes `group`, merged, with its fingerprints."""
    if len(group) == 1:
        members = [statements[group[0]]]
        merged, key = members[0].work, keys[group[0]]
        spans = [merged.span] if merged.span is not None else []
    else:
        members = sorted((statements[i] for i in group), key=lambda s: s.rank)
        merged = merge_statements(members)
        key = title_key(merged.title)
        spans = sorted((s.work.span for s in members if s.work.span is not None), key=_span_order)
    pairs = [title_fingerprints(statements[i].work, keys[i]) for i in group]
    merged_prints = pairs[0] if len(group) == 1 else title_fingerprints(merged, key)
    prints = sorted({p for p, _ in pairs} - {""})
    prints += sorted({f"doi:{s.work.doi.lower()}" for s in members if s.work.doi})
    former = sorted(({f for _, f in pairs} | {merged_prints[1]}) - {""})
    return WorkCluster(members, merged, spans, merged_prints[0], prints, former)


def _merged_date(dated: list[ExtractedWork]) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of works stating a year, most authoritative first: the first
    statement's date, made fuller by later ones that agree with it ("2019" and
    "2019-03-05" give 2019-03-05); a later date that disagrees is left aside, as a later
    year is."""
    if not dated:
        return None, None, None
    year, month, day = dated[0].year, dated[0].month, dated[0].day
    for work in dated[1:]:
        fuller = work.year == year and work.month is not None
        if fuller and month in (None, work.month) and day in (None, work.day):
            month, day = work.month, work.day
    return year, month, day


def merge_statements(statements: list[Statement]) -> ExtractedWork:
    """One work from statements sorted most authoritative first: each field from the first
    statement that has it (the date as `_merged_date` makes it); keywords, metrics and
    flags pooled."""
    works = [s.work for s in statements]
    if len(works) == 1:
        return works[0]
    values: dict[str, object] = {}
    for attr in _SCALAR_FIELDS:
        values[attr] = next((getattr(w, attr) for w in works if getattr(w, attr)), "")
    with_authors = [w for w in works if w.authors]
    with_editors = [w for w in works if w.editors]
    with_translators = [w for w in works if w.translators]
    year, month, day = _merged_date([w for w in works if w.year is not None])
    keywords = sorted({k for w in works for k in w.keywords}, key=str.lower)
    metrics = {(m.name, m.seen): m for w in reversed(works) for m in w.metrics}
    flags = sorted({f for w in works for f in w.flags})
    if any("low-confidence" not in w.flags for w in works):
        flags = [f for f in flags if f != "low-confidence"]
    return ExtractedWork(
        type=next((w.type for w in works if w.type), "document"),
        authors=with_authors[0].authors if with_authors else [],
        editors=with_editors[0].editors if with_editors else [],
        translators=with_translators[0].translators if with_translators else [],
        year=year,
        month=month,
        day=day,
        no_date=year is None and any(w.no_date for w in works),
        keywords=keywords,
        metrics=[metrics[k] for k in sorted(metrics)],
        confidence=max(w.confidence for w in works),
        flags=flags,
        **values,  # type: ignore[arg-type]
    )
