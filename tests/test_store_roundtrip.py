"""Round trips: save(load(save(g))) == save(g), byte for byte, for any graph of records.

Both ways of reading are checked: the careful one every file from outside takes, and the
fast one for files exactly as this program wrote them.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_refs.model.extracted import ExtractedMention, ExtractedWork, Extraction, Name
from coprod_refs.model.graph import Graph
from coprod_refs.model.records import (
    CSL_TYPES,
    Ambiguity,
    Body,
    Citation,
    Decision,
    KeyAssignment,
    Mention,
    Metric,
    Person,
    SourceDocument,
    Span,
    Venue,
    Work,
)
from coprod_refs.store import Store, StoreState
from coprod_refs.store.layout import RECORD_FILES
from coprod_refs.store.state import parse, render

ROOT = Path("/store")

# Text from many scripts: accents, combining marks, RTL, emoji sequences, separators that
# some tools take for line ends, control characters.
_SAMPLES = st.sampled_from(
    [
        "Löffler",
        "Loeffler",
        "e\u0301",
        "مشاركة المواطنين",
        "שירותים ציבוריים",
        "\u200fRTL mark",
        "😀👩\u200d👩\u200d👧",
        "co-\nproduction",
        "line\u2028sep\u2029para\x85nel",
        "tab\tand\r\nCRLF",
        '"quoted" \\ back',
        "\x00\x1f",
        "中文 日本語 한국어",
        "",
    ]
)
TEXT = st.one_of(_SAMPLES, st.text(max_size=30))
IDS = st.one_of(st.text(min_size=1, max_size=10), st.sampled_from(["a", "ä", "z", "😀", "A b"]))
SOURCE_IDS = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_.", min_size=1, max_size=12
).filter(lambda s: not s.startswith("."))
SMALL_INT = st.integers(min_value=-(2**40), max_value=2**40)
FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)

SPANS = st.builds(Span, source=IDS, start=SMALL_INT, end=SMALL_INT, extractor=TEXT)
METRICS = st.builds(Metric, name=TEXT, value=SMALL_INT, seen=TEXT)
PEOPLE = st.builds(
    Person,
    id=IDS,
    family=TEXT,
    given=TEXT,
    particle=TEXT,
    suffix=TEXT,
    name_forms=st.lists(TEXT, max_size=3),
    sources=st.lists(IDS, max_size=2),
)
BODIES = st.builds(Body, id=IDS, name=TEXT, name_forms=st.lists(TEXT, max_size=2))
VENUES = st.builds(
    Venue,
    id=IDS,
    name=TEXT,
    kind=st.sampled_from(["journal", "book", "series", "publisher", "website"]),
    identifiers=st.dictionaries(TEXT, TEXT, max_size=2),
    publisher=TEXT,
)
WORKS = st.builds(
    Work,
    key=IDS,
    aliases=st.lists(IDS, max_size=2),
    type=st.sampled_from(CSL_TYPES),
    title=TEXT,
    authors=st.lists(IDS, max_size=3),
    editors=st.lists(IDS, max_size=2),
    year=st.none() | st.integers(min_value=-5000, max_value=5000),
    year_suffix=TEXT,
    no_date=st.booleans(),
    container=st.none() | IDS,
    pages=TEXT,
    doi=TEXT,
    abstract=TEXT,
    collection_title=TEXT,
    genre=TEXT,
    keywords=st.lists(TEXT, max_size=3),
    metrics=st.lists(METRICS, max_size=2),
    stub=st.booleans(),
    confidence=FLOAT,
    flags=st.lists(TEXT, max_size=2),
    provenance=st.lists(SPANS, max_size=2),
)
MENTIONS = st.builds(
    Mention,
    surface=TEXT,
    locator=TEXT,
    prefix=TEXT,
    context=TEXT,
    source=IDS,
    start=SMALL_INT,
    end=SMALL_INT,
    narrative=st.booleans(),
)
CITATIONS = st.builds(
    Citation, citing=IDS, cited=IDS, listed=st.booleans(), mentions=st.lists(MENTIONS, max_size=3)
)
AMBIGUITIES = st.builds(
    Ambiguity, citing=IDS, mention=MENTIONS, candidates=st.lists(IDS, max_size=3), chosen=TEXT
)
SOURCES = st.builds(
    SourceDocument, id=IDS, path=TEXT, sha256=TEXT, kind=TEXT, size=SMALL_INT, work=st.none() | IDS
)
KEYS = st.builds(KeyAssignment, fingerprint=IDS, key=IDS, aliases=st.lists(IDS, max_size=2))
DECISIONS = st.builds(
    Decision,
    kind=st.sampled_from(["distinct", "same"]),
    record=st.sampled_from(["work", "person"]),
    a=IDS,
    b=IDS,
    note=TEXT,
)
NAMES = st.builds(Name, family=TEXT, given=TEXT, particle=TEXT, literal=TEXT)
EXTRACTED_WORKS = st.builds(
    ExtractedWork,
    type=TEXT,
    title=TEXT,
    authors=st.lists(NAMES, max_size=3),
    year=st.none() | SMALL_INT,
    container_title=TEXT,
    field_confidence=st.dictionaries(TEXT, FLOAT, max_size=3),
    raw=TEXT,
    span=st.none() | SPANS,
)
EXTRACTED_MENTIONS = st.builds(
    ExtractedMention,
    authors=st.lists(TEXT, max_size=3),
    et_al=st.booleans(),
    year=st.none() | SMALL_INT,
    surface=TEXT,
    start=SMALL_INT,
    end=SMALL_INT,
)


def _unique(items: list, key) -> list:  # type: ignore[no-untyped-def]
    seen: dict = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


@st.composite
def states(draw: st.DrawFn) -> StoreState:
    """A random store state that obeys the store's identity rules (unique keys per file)."""
    works = draw(st.lists(WORKS, max_size=6))
    agents = draw(st.lists(st.one_of(PEOPLE, BODIES), max_size=6))
    venues = draw(st.lists(VENUES, max_size=3))
    sources = draw(st.lists(SOURCES, max_size=3))
    spec = {s.kind: s for s in RECORD_FILES}
    extractions: dict[str, Extraction] = {}
    for source_id in draw(st.lists(SOURCE_IDS, max_size=2, unique=True)):
        extractions[source_id] = Extraction(
            source=draw(SOURCES).model_copy(update={"id": source_id}),
            document=draw(st.none() | EXTRACTED_WORKS),
            references=draw(st.lists(EXTRACTED_WORKS, max_size=2)),
            mentions=draw(st.lists(EXTRACTED_MENTIONS, max_size=2)),
            problems=draw(st.lists(TEXT, max_size=2)),
        )
    graph = Graph(
        works={w.key: w for w in works},
        agents={a.id: a for a in agents},
        venues={v.id: v for v in venues},
        citations=_unique(draw(st.lists(CITATIONS, max_size=5)), spec["citations"].sort_key),
        sources={s.id: s for s in sources},
        ambiguities=_unique(draw(st.lists(AMBIGUITIES, max_size=3)), spec["ambiguities"].sort_key),
    )
    return StoreState(
        graph=graph,
        extractions=extractions,
        keys=_unique(draw(st.lists(KEYS, max_size=3)), spec["keys"].sort_key),
        decisions=_unique(draw(st.lists(DECISIONS, max_size=3)), spec["decisions"].sort_key),
        config=draw(st.dictionaries(TEXT, st.one_of(TEXT, SMALL_INT, st.booleans()), max_size=3)),
    )


def _same_state(a: StoreState, b: StoreState) -> None:
    assert a.graph.works == b.graph.works
    assert a.graph.agents == b.graph.agents
    assert a.graph.venues == b.graph.venues
    assert a.graph.sources == b.graph.sources
    for kind, left, right in (
        ("citations", a.graph.citations, b.graph.citations),
        ("ambiguities", a.graph.ambiguities, b.graph.ambiguities),
        ("keys", a.keys, b.keys),
        ("decisions", a.decisions, b.decisions),
    ):
        key = next(s for s in RECORD_FILES if s.kind == kind).sort_key
        assert sorted(left, key=key) == sorted(right, key=key)
    assert a.extractions == b.extractions
    assert a.config == b.config


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(states())
def test_render_parse_render_is_byte_identical(state: StoreState) -> None:
    files = render(state)
    loaded = parse(files, ROOT)
    _same_state(loaded, state)
    assert render(loaded) == files
    fast = parse(files, ROOT, trusted=set(files))
    _same_state(fast, state)


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(states(), st.randoms(use_true_random=False))
def test_record_order_on_disk_does_not_change_the_canonical_form(
    state: StoreState, rnd: random.Random
) -> None:
    files = render(state)
    shuffled = dict(files)
    for spec in RECORD_FILES:
        lines = files[spec.filename].decode().splitlines(keepends=True)
        rnd.shuffle(lines)
        shuffled[spec.filename] = "".join(lines).encode()
    loaded = parse(shuffled, ROOT)
    assert render(loaded) == files


def _files(root: Path) -> dict[Path, bytes]:
    """Every file of the store except derived data in cache/."""
    return {
        p: p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "cache" not in p.relative_to(root).parts
    }


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(states())
def test_store_on_disk_round_trips_byte_for_byte(state: StoreState) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.init(Path(tmp) / "store")
        with store.update() as current:
            current.graph = state.graph
            current.extractions = state.extractions
            current.keys = state.keys
            current.decisions = state.decisions
            current.config = state.config
        before = _files(store.root)
        _same_state(store.load(), state)
        assert store.rewrite_canonical() == []
        assert store.noncanonical_files() == []
        with store.update():
            pass
        after = _files(store.root)
        assert after == before


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORKS, max_size=5), st.lists(st.one_of(PEOPLE, BODIES), max_size=4))
def test_each_line_is_the_documented_canonical_json(works: list[Work], agents: list) -> None:
    def documented(record: Work | Person | Body, **extra: str) -> str:
        fields = record.model_dump(mode="json", exclude_defaults=True) | extra
        text = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        for char in "\x85\u2028\u2029":
            text = text.replace(char, f"\\u{ord(char):04x}")
        return text

    state = StoreState(
        graph=Graph(works={w.key: w for w in works}, agents={a.id: a for a in agents})
    )
    files = render(state)
    expected_works = [
        documented(w) for w in sorted(state.graph.works.values(), key=lambda w: w.key)
    ]
    assert files["works.jsonl"].decode().splitlines() == expected_works
    ordered_agents = sorted(state.graph.agents.values(), key=lambda a: a.id)
    assert files["agents.jsonl"].decode().split("\n")[:-1] == [
        documented(a, kind=a.kind) for a in ordered_agents
    ]
