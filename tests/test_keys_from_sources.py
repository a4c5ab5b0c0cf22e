"""A key an imported record carries (.bib entry key, RIS ID, CSL-JSON id) keeps naming its
work: when the work already has another key, the imported one becomes an alias, unless it
is unsafe, another work's, or stated for two works (then it names neither)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import ingest_batches, source, statement
from coprod_refs.cli import main
from coprod_refs.model import ExtractedWork, Extraction, Span
from coprod_refs.resolve.build import BuildResult, build_graph
from coprod_refs.resolve.citekeys import is_safe_key

CARE = statement("Smith", "J.", 2010, "Networks of care")
SCHOOLS = statement("Smith", "J.", 2010, "Networks in schools")
COMMUNITY = statement("Jones", "A.", 2012, "Care in the community")


def _text(sid: str, *listed: ExtractedWork) -> Extraction:
    """A text whose reference list states `listed` (no keys: a text carries none)."""
    document = statement("Brudney", "J. L.", 2020, "Citizens and their services")
    return Extraction(source=source(sid), document=document, references=list(listed))


def _bib(sid: str, *entries: tuple[str, ExtractedWork]) -> Extraction:
    """A .bib file holding each (key, work) entry; its source id orders merges."""
    works = [
        work.model_copy(update={"key": key, "span": Span(source=sid, start=i, end=i + 1)})
        for i, (key, work) in enumerate(entries)
    ]
    return Extraction(source=source(sid, "bibtex"), works=works)


def _keys(result: BuildResult) -> dict[str, tuple[str, list[str]]]:
    """Each work's title with its key and aliases (the citing text left out)."""
    return {
        w.title: (w.key, w.aliases)
        for w in result.graph.works.values()
        if w.title != "Citizens and their services"
    }


def test_a_bib_key_joining_a_keyed_work_becomes_its_alias() -> None:
    result = ingest_batches([_text("t1", CARE)], [_bib("b1", ("smith:networks", CARE))])
    assert _keys(result) == {"Networks of care": ("smith2010networks", ["smith:networks"])}
    assert result.graph.resolve_key("smith:networks") == "smith2010networks"
    assert {(k.key, tuple(k.aliases)) for k in result.keys if k.key != "brudney2020citizens"} == {
        ("smith2010networks", ("smith:networks",))
    }


@pytest.mark.parametrize(
    ("batches", "expected"),
    [
        pytest.param(("text", "bib"), ("smith2010networks", ["smith:networks"]), id="text first"),
        pytest.param(("bib", "text"), ("smith:networks", []), id="bib first"),
        pytest.param(("text+bib",), ("smith:networks", []), id="together"),
    ],
)
def test_the_bib_key_names_the_work_whatever_came_first(
    batches: tuple[str, ...], expected: tuple[str, list[str]]
) -> None:
    files = {"text": [_text("t1", CARE)], "bib": [_bib("b1", ("smith:networks", CARE))]}
    files["text+bib"] = files["text"] + files["bib"]
    assert _keys(ingest_batches(*(files[b] for b in batches))) == {"Networks of care": expected}


def test_an_imported_alias_survives_rebuilds_and_reingests() -> None:
    exs = [_text("t1", CARE, SCHOOLS)]
    first = ingest_batches(exs, [_bib("b1", ("smith:networks", CARE))])
    again = build_graph([*exs, _bib("b1", ("smith:networks", CARE))], first.keys, known=first.graph)
    assert again.graph.works == first.graph.works
    assert again.keys == first.keys


def test_every_key_the_sources_of_one_work_carry_is_kept() -> None:
    result = ingest_batches(
        [_text("t1", CARE)],
        [
            _bib("b1", ("smith:networks", CARE.model_copy(update={"aliases": ["smith10"]}))),
            _bib("b2", ("SmithNetworks2010", CARE)),
        ],
    )
    assert _keys(result) == {
        "Networks of care": (
            "smith2010networks",
            ["smith:networks", "smith10", "SmithNetworks2010"],
        )
    }


def test_two_files_keying_one_new_work_give_the_first_key_and_the_other_alias() -> None:
    result = ingest_batches(
        [_bib("b2", ("SmithNetworks2010", CARE)), _bib("b1", ("smith:networks", CARE))]
    )
    assert _keys(result) == {"Networks of care": ("smith:networks", ["SmithNetworks2010"])}


@pytest.mark.parametrize("order", [("b1", "b2"), ("b2", "b1")])
def test_a_key_stated_for_two_works_names_neither(order: tuple[str, str]) -> None:
    care = CARE.model_copy(update={"aliases": ["care:2010"]})
    bibs = {"b1": _bib("b1", ("smith2010", care)), "b2": _bib("b2", ("Smith2010", SCHOOLS))}
    result = ingest_batches([_text("t1", CARE, SCHOOLS)], [bibs[order[0]], bibs[order[1]]])
    assert _keys(result) == {
        "Networks of care": ("smith2010networksa", ["care:2010"]),
        "Networks in schools": ("smith2010networks", []),
    }
    assert result.graph.resolve_key("smith2010") is None
    assert result.graph.resolve_key("Smith2010") is None
    # The build says so, for `ingest` to report.
    assert sorted(result.notes) == [
        "citekey 'Smith2010' of an imported entry not kept for smith2010networks: "
        "sources state it for two works",
        "citekey 'smith2010' of an imported entry not kept for smith2010networksa: "
        "sources state it for two works",
    ]


def test_across_ingests_the_work_that_got_a_key_first_keeps_it() -> None:
    result = ingest_batches(
        [_text("t1", CARE, SCHOOLS)],
        [_bib("b2", ("smith2010", CARE))],
        [_bib("b1", ("smith2010", SCHOOLS))],
    )
    assert _keys(result) == {
        "Networks of care": ("smith2010networksa", ["smith2010"]),
        "Networks in schools": ("smith2010networks", []),
    }


def test_a_key_stated_for_a_keyed_work_and_a_new_one_is_the_new_ones_key() -> None:
    result = ingest_batches(
        [_text("t1", CARE)], [_bib("b1", ("smith2010", CARE), ("smith2010", SCHOOLS))]
    )
    assert _keys(result) == {
        "Networks of care": ("smith2010networks", []),
        "Networks in schools": ("smith2010", []),
    }


@pytest.mark.parametrize(
    "stated",
    [
        pytest.param("smith2010networks", id="another work's key"),
        pytest.param("Smith2010Networks", id="another work's key in other case"),
        pytest.param("smith 2010", id="unsafe"),
    ],
)
def test_a_key_that_is_unsafe_or_another_works_is_not_kept(stated: str) -> None:
    result = ingest_batches([_text("t1", CARE, SCHOOLS)], [_bib("b1", (stated, CARE))])
    assert _keys(result) == {
        "Networks of care": ("smith2010networksa", []),
        "Networks in schools": ("smith2010networks", []),
    }


def test_a_made_key_never_takes_a_key_a_source_states_for_another_work() -> None:
    # The new work "Networks in schools" would be keyed smith2010networksa, which the
    # .bib states for the work already keyed smith2010networks.
    first = [_text("t1", CARE)]
    later = [_text("t2", SCHOOLS), _bib("b1", ("smith2010networksa", CARE))]
    assert _keys(ingest_batches(first, later)) == {
        "Networks of care": ("smith2010networks", ["smith2010networksa"]),
        "Networks in schools": ("smith2010networksb", []),
    }


def test_an_imported_key_is_not_free_when_another_work_holds_it_in_other_case() -> None:
    result = ingest_batches([_text("t1", CARE)], [_bib("b1", ("Smith2010Networks", SCHOOLS))])
    assert _keys(result) == {
        "Networks of care": ("smith2010networks", []),
        "Networks in schools": ("smith2010networksa", []),
    }


POOL = (CARE, SCHOOLS, COMMUNITY)
STATED = ("", "smith2010", "Smith2010", "smith2010networksa", "jones2012care", "who:x", "a b")


@st.composite
def _bib_files(draw: st.DrawFn) -> list[Extraction]:
    """Up to four .bib files of up to three entries, each a pool work under a key (or
    none) from a small set, some with old keys (`ids`), clashes and unsafe keys included."""
    files = []
    for n in range(draw(st.integers(1, 4))):
        entries = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(STATED),
                    st.sampled_from(range(len(POOL))),
                    st.lists(st.sampled_from(STATED[1:]), max_size=2),
                ),
                min_size=1,
                max_size=3,
            )
        )
        files.append(
            _bib(f"b{n}", *((k, POOL[w].model_copy(update={"aliases": a})) for k, w, a in entries))
        )
    return files


def _names(result: BuildResult) -> dict[str, str]:
    """Every key and alias, lower-cased as BibTeX compares them, with its work's title."""
    return {
        name.lower(): w.title for w in result.graph.works.values() for name in (w.key, *w.aliases)
    }


def _stated(files: list[Extraction]) -> dict[str, set[str]]:
    """Every key the files carry, lower-cased, with the titles of the works it is stated for."""
    stated: dict[str, set[str]] = {}
    for ex in files:
        for w in ex.works:
            for key in filter(None, (w.key, *w.aliases)):
                stated.setdefault(key.lower(), set()).add(w.title)
    return stated


@settings(max_examples=60, deadline=None)
@given(files=_bib_files(), cut=st.integers(0, 4), text_first=st.booleans())
def test_no_key_or_alias_ever_names_two_works(
    files: list[Extraction], cut: int, text_first: bool
) -> None:
    """Whatever is ingested in whatever batches, no key or alias (case aside) names two
    works, and none given in one ingest is lost or moved by a later one."""
    batches = [[_text("t1", *POOL)]] if text_first else []
    batches += [files[:cut], files[cut:]]
    seen: list[Extraction] = []
    result = build_graph([], [])
    for batch in batches:
        seen += batch
        before = _names(result)
        result = build_graph(seen, result.keys, known=result.graph)
        names = [n.lower() for w in result.graph.works.values() for n in (w.key, *w.aliases)]
        assert len(names) == len(set(names))
        assert _names(result).items() >= before.items()


@settings(max_examples=60, deadline=None)
@given(files=_bib_files(), text_first=st.booleans())
def test_keys_ingested_together_name_the_works_they_are_stated_for(
    files: list[Extraction], text_first: bool
) -> None:
    """Ingested together, a safe key stated for one work names it (case aside); one
    stated for several names none of them, or one whose own entry it keys."""
    result = ingest_batches([*([_text("t1", *POOL)] if text_first else []), *files])
    names = _names(result)
    for key, titles in _stated(files).items():
        if len(titles) == 1 and is_safe_key(key):
            assert names.get(key) in titles
        elif len(titles) > 1 and key in names:
            work = next(w for w in result.graph.works.values() if w.title == names[key])
            assert work.key.lower() == key and key not in map(str.lower, work.aliases)


TEXT = """Health systems and co-production

Co-production in health is growing (World Health Organization, 2010).

References

World Health Organization (2010). Framework for action on interprofessional education \
and collaborative practice. Geneva: WHO.
"""

BIB = """@techreport{WHO:framework2010,
  author = {{World Health Organization}},
  title = {Framework for Action on Interprofessional Education and Collaborative Practice},
  institution = {World Health Organization},
  address = {Geneva},
  year = {2010}
}
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """A text listing the WHO framework, and a .bib keying it WHO:framework2010."""
    text, bib = tmp_path / "a.txt", tmp_path / "c.bib"
    text.write_text(TEXT, encoding="utf-8")
    bib.write_text(BIB, encoding="utf-8")
    return text, bib


def test_a_paper_citing_the_bib_key_gets_the_work_exported(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(tmp_path / "store")
    for path in files:
        assert main(["--store", store, "ingest", str(path)]) == 0
    aux = tmp_path / "paper.aux"
    aux.write_text("\\citation{WHO:framework2010}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--store", store, "export", "-f", "biblatex", "--aux", str(aux)]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("@report{who2010framework,\n  ids = {WHO:framework2010},\n")
    assert "missing" not in out.err
    assert main(["--store", store, "show", "WHO:framework2010", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["item"]["id"] == "who2010framework"


def test_the_bib_key_is_the_key_when_both_files_come_together(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    stores = []
    for name, order in (("s1", files), ("s2", files[::-1])):
        store = tmp_path / name
        assert main(["--store", str(store), "ingest", *map(str, order)]) == 0
        stores.append({p.name: p.read_bytes() for p in store.glob("*.jsonl")})
    assert stores[0] == stores[1]
    works = [json.loads(line) for line in stores[0]["works.jsonl"].decode().splitlines()]
    assert [(w["key"], w.get("aliases", [])) for w in works] == [
        ("WHO:framework2010", []),
        ("anonndhealth", []),
    ]


def test_ingest_reports_an_imported_key_it_could_not_keep(tmp_path: Path) -> None:
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    first = tmp_path / "a.bib"
    first.write_text(
        "@book{smith2010, author = {Smith, Jane}, title = {Networks of care}, year = {2010}}\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.bib"
    second.write_text(
        "@book{smith2010, author = {Smith, Jane}, title = {Networks in schools}, year = {2010}}\n",
        encoding="utf-8",
    )
    store = Store.init(tmp_path / ".coprod-refs")
    report = ingest_paths(store, [first, second])
    # One of the two new works takes the key as its own; the other is told.
    assert [p for p in report.problems if "not kept" in p] == [
        "citekey 'smith2010' of an imported entry not kept for smith2010networks: "
        "sources state it for two works",
    ]
