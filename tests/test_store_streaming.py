"""Store files written in pieces: the same canonical bytes as `json.dumps` gives, written
and compared with what is on disk without ever holding a whole file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import StoreError
from coprod_refs.model import ExtractedMention, ExtractedWork, Extraction, Name, Span, Work
from coprod_refs.model.records import SourceDocument
from coprod_refs.store import Store, atomic, codec, jsontext
from coprod_refs.store.codec import encode_document, encode_extraction, record_fields
from coprod_refs.store.jsontext import NotPlainJSON, indented, indented_document
from coprod_refs.store.layout import RECORD_FILE_BY_KIND
from coprod_refs.store.state import render, render_file_chunks


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)


TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Löffler", "line\u2028sep\x85", '"q" \\ b', "\x00\x1f", "😀", "{}[],:"]),
)
FLOATS = st.floats(allow_nan=False, allow_infinity=False)
SCALARS = st.none() | st.booleans() | st.integers() | FLOATS | TEXT
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(TEXT, inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=400)
@given(VALUES)
def test_indented_text_is_what_json_dumps_writes(value: Any) -> None:
    assert indented(value) == _dumps(value)


@settings(max_examples=200)
@given(
    st.dictionaries(TEXT, VALUES, max_size=4),
    st.dictionaries(TEXT, st.lists(VALUES, max_size=7), max_size=3),
    st.integers(1, 4),
)
def test_a_document_written_in_pieces_is_what_json_dumps_writes(
    head: dict[str, Any], lists: dict[str, list[Any]], batch: int
) -> None:
    lists = {key: items for key, items in lists.items() if key not in head}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jsontext, "_BATCH", batch)
        pieces = list(indented_document(head, {k: iter(v) for k, v in lists.items()}))
    assert "".join(pieces) == _dumps({**head, **lists})


@pytest.mark.parametrize(
    "value", [float("nan"), {"a": float("-inf")}, {1: "int key"}, {1: 1, "a": 2}, [object()]]
)
def test_values_json_dumps_treats_its_own_way_are_left_to_it(value: Any) -> None:
    with pytest.raises(NotPlainJSON):
        indented(value)


def test_documents_keep_the_rules_of_json_dumps() -> None:
    assert encode_document({2: "b", 1: ["a"]}) == (_dumps({2: "b", 1: ["a"]}) + "\n").encode()
    with pytest.raises(StoreError, match="refusing to write JSON"):
        encode_document({"a": float("nan")})


NAMES = st.builds(Name, family=TEXT, given=TEXT, literal=TEXT)
SPANS = st.builds(Span, source=TEXT, start=st.integers(0, 99), end=st.integers(0, 99))
EXTRACTED = st.builds(
    ExtractedWork,
    title=TEXT,
    authors=st.lists(NAMES, max_size=3),
    year=st.none() | st.integers(1900, 2100),
    keywords=st.lists(TEXT, max_size=2),
    field_confidence=st.dictionaries(TEXT, FLOATS, max_size=2),
    confidence=FLOATS,
    raw=TEXT,
    span=st.none() | SPANS,
)
MENTIONS = st.builds(
    ExtractedMention,
    authors=st.lists(TEXT, max_size=2),
    surface=TEXT,
    start=st.integers(0, 9),
    end=st.integers(0, 9),
)
EXTRACTIONS = st.builds(
    Extraction,
    source=st.builds(SourceDocument, id=st.just("s1"), path=TEXT, sha256=TEXT, kind=TEXT),
    document=st.none() | EXTRACTED,
    references=st.lists(EXTRACTED, max_size=4),
    mentions=st.lists(MENTIONS, max_size=3),
    works=st.lists(EXTRACTED, max_size=6),
    problems=st.lists(TEXT, max_size=2),
)


@settings(max_examples=150)
@given(EXTRACTIONS, st.integers(1, 3))
def test_an_extraction_written_in_batches_is_what_json_dumps_writes(
    extraction: Extraction, batch: int
) -> None:
    expected = encode_document(record_fields(extraction))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(codec, "_BATCH", batch)
        patch.setattr(jsontext, "_BATCH", batch)
        assert b"".join(codec.extraction_chunks(extraction)) == expected
    assert encode_extraction(extraction) == expected


def test_an_extraction_json_dumps_refuses_is_refused() -> None:
    work = ExtractedWork(title="t", field_confidence={"title": 0.5})
    work.field_confidence["title"] = float("nan")
    extraction = Extraction(source=SourceDocument(id="s", path="p", sha256="x", kind="k"))
    extraction.works.append(work)
    with pytest.raises(StoreError, match="Out of range float"):
        encode_extraction(extraction)


def test_record_files_in_batches_name_the_record_at_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "_BATCH", 2)
    spec = RECORD_FILE_BY_KIND["works"]
    works = [Work(key=f"w{i}", title=f"T{i}") for i in range(7)]
    assert codec.encode_jsonl(works, spec) == b"".join(
        (codec.encode_record(w) + "\n").encode() for w in works
    )
    works[5] = Work.model_construct(key="w5", title=5)
    with pytest.raises(StoreError, match="refusing to write a Work"):
        codec.encode_jsonl(works, spec)


def _chunks(*parts: bytes) -> Iterator[bytes]:
    yield from parts


def _temps(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(
    ("current", "parts", "staged"),
    [
        (b"abcdef", (b"abc", b"def"), False),
        (b"abcdef", (b"abc", b"dXf"), True),
        (b"abcdef", (b"abc",), True),
        (b"abc", (b"abc", b"def"), True),
        (None, (), True),
        (b"", (), False),
    ],
)
def test_a_file_is_staged_only_when_its_contents_change(
    tmp_path: Path, current: bytes | None, parts: tuple[bytes, ...], staged: bool
) -> None:
    if current is not None:
        (tmp_path / "f.jsonl").write_bytes(current)
    with atomic.FileSet(tmp_path) as files:
        assert files.stage("f.jsonl", _chunks(*parts), current) is staged
        assert len(_temps(tmp_path)) == int(staged)
        files.commit()
    assert (tmp_path / "f.jsonl").read_bytes() == b"".join(parts)
    assert _temps(tmp_path) == []


def test_a_failure_while_staging_leaves_nothing_behind(tmp_path: Path) -> None:
    def failing() -> Iterator[bytes]:
        yield b"new contents"
        raise StoreError("refusing to write")

    (tmp_path / "a.json").write_bytes(b"old")
    with pytest.raises(StoreError), atomic.FileSet(tmp_path) as files:
        files.stage("b.json", [b"b"])
        files.stage("a.json", failing(), b"old")
    assert (tmp_path / "a.json").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_an_update_writes_the_same_bytes_as_the_rendered_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(codec, "_BATCH", 7)
    monkeypatch.setattr(jsontext, "_BATCH", 5)
    store = Store.init(tmp_path / ".coprod-refs")
    source = SourceDocument(id="s1", path="refs.bib", sha256="00", kind="bibtex")
    with store.update() as state:
        state.graph.works = {f"w{i:03d}": Work(key=f"w{i:03d}", title=f"Ä {i}") for i in range(60)}
        state.extractions["s1"] = Extraction(
            source=source, works=[ExtractedWork(title=f"T {i}", raw="@misc{}") for i in range(40)]
        )
        expected = render(state)
    for name, data in expected.items():
        assert (store.root / name).read_bytes() == data
    assert store.noncanonical_files() == []
    state = store.load()
    assert b"".join(render_file_chunks(state, "works.jsonl")) == expected["works.jsonl"]


def test_an_update_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    store = Store.init(tmp_path / ".coprod-refs")
    before = sorted(p.relative_to(store.root) for p in store.root.rglob("*") if p.is_file())
    work = ExtractedWork(title="t", field_confidence={"title": 0.5})
    work.field_confidence["title"] = float("nan")
    source = SourceDocument(id="s1", path="refs.bib", sha256="00", kind="bibtex")
    with pytest.raises(StoreError, match="Out of range float"), store.update() as state:
        state.graph.works["w"] = Work(key="w")
        state.extractions["s1"] = Extraction(source=source, works=[work] * 3)
    after = sorted(p.relative_to(store.root) for p in store.root.rglob("*") if p.is_file())
    assert after == before
    assert store.load().graph.works == {}
