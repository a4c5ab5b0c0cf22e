"""A short name and its spelled-out name are one body across the store when a source
states it ("WHO" published by the "World Health Organization", a text citing its list's
"Department of Health" as "DH"), and the works of one body, year and title are one work
whichever form and spelling each source gives; citekeys given before stay."""

from __future__ import annotations

from pathlib import Path

from builders import source
from coprod_refs.model import (
    ExtractedMention,
    ExtractedWork,
    Extraction,
    Graph,
    KeyAssignment,
    Name,
)
from coprod_refs.resolve.acronyms import body_groups, stated_short_names
from coprod_refs.resolve.build import build_graph

TITLE = "Framework for action on interprofessional education and collaborative practice"
WHO_LONG = "World Health Organization"


def test_a_record_states_a_short_name_with_its_publisher() -> None:
    assert stated_short_names(["WHO"], WHO_LONG) == [("WHO", WHO_LONG)]
    assert stated_short_names([WHO_LONG], "WHO") == [("WHO", WHO_LONG)]
    assert stated_short_names(["DH"], "Department of Health") == [("DH", "Department of Health")]
    nice = "National Institute for Health and Care Excellence"
    assert stated_short_names([], f"{nice} (NICE)") == [("NICE", nice)]
    assert stated_short_names(["WHO"], "Geneva University Press") == []
    assert stated_short_names(["WHO"], "") == []


def test_a_stated_short_name_joins_its_body_unless_it_fits_another() -> None:
    health = "Department of Health"
    assert body_groups(["DH", health])["DH"] == "dh"
    assert body_groups(["DH", health], stated=[("DH", health)])["DH"] == "departmentofhealth"
    two = body_groups(["DH", health], stated=[("DH", health), ("DH", "Department of Housing")])
    assert two["DH"] == "dh"
    women = "Women's Health Organisation"
    fits_another = body_groups(["WHO", WHO_LONG, women], stated=[("WHO", WHO_LONG)])
    assert fits_another["WHO"] == "who"
    assert body_groups(["SMITH"], {"smith"}, [("SMITH", "Society of Medical Imaging")]) == {
        "SMITH": "smith"
    }


def _report(author: str, **kw: object) -> ExtractedWork:
    return ExtractedWork(
        type="report",
        authors=[Name(literal=author)],
        year=2010,
        title=str(kw.pop("title", TITLE)),
        **kw,  # type: ignore[arg-type]
    )


def _text(sid: str, author: str, cited: str | None = None) -> Extraction:
    """A text listing `author` (2010) with TITLE and citing it as "(cited, 2010)"."""
    name = cited or author
    mention = ExtractedMention(authors=[name], year=2010, surface=f"{name}, 2010", start=5, end=9)
    return Extraction(source=source(sid), references=[_report(author)], mentions=[mention])


def _bib(*works: ExtractedWork) -> Extraction:
    return Extraction(source=source("bib", "bibtex"), works=list(works))


def _one_work(graph: Graph) -> tuple[str, list[str]]:
    """The key and authors of the one work of 2010, failing when there are several."""
    (work,) = [w for w in graph.works.values() if w.year == 2010 and not w.stub]
    return work.key, work.authors


def _cited_by(graph: Graph) -> dict[str, set[str]]:
    return {
        sid: {c.cited for c in graph.cites(doc) if c.mentions}
        for sid, s in graph.sources.items()
        if (doc := s.work) is not None
    }


def test_a_bib_entry_by_a_short_name_with_its_institution_joins_the_texts_work() -> None:
    bib = _bib(_report("WHO", publisher=WHO_LONG, key="who2010"))
    result = build_graph([_text("a", WHO_LONG), _text("b", "World Health Organisation"), bib], [])
    graph = result.graph
    key, authors = _one_work(graph)
    assert key == "who2010"
    assert result.counts.bodies == 1 and result.counts.stubs == 0
    (body,) = graph.agents.values()
    assert authors == [body.id]
    assert body.name_forms == ["WHO", "World Health Organisation", WHO_LONG]
    assert _cited_by(graph) == {"a": {key}, "b": {key}}


def test_a_two_letter_short_name_needs_a_statement_to_join() -> None:
    bare = build_graph([_text("a", "Department of Health"), _bib(_report("DH"))], [])
    assert bare.counts.works == 3 and bare.counts.bodies == 2
    stated = _bib(_report("DH", publisher="Department of Health"))
    joined = build_graph([_text("a", "Department of Health"), stated], [])
    assert joined.counts.works == 2 and joined.counts.bodies == 1


def test_a_text_citing_its_list_by_the_other_form_states_it_for_the_whole_store() -> None:
    result = build_graph(
        [_text("a", "Department of Health", "DH"), _text("b", "DH")],
        [],
    )
    graph = result.graph
    key, authors = _one_work(graph)
    assert result.counts.bodies == 1 and result.counts.stubs == 0
    assert graph.agents[authors[0]].name_forms == ["DH", "Department of Health"]
    assert _cited_by(graph) == {"a": {key}, "b": {key}}


def test_a_short_name_two_bodies_in_the_store_fit_joins_neither() -> None:
    bib = _bib(_report("WHO", publisher=WHO_LONG))
    women = _bib(_report("Women's Health Organisation", title="Another report"))
    women = women.model_copy(update={"source": source("bib2", "bibtex")})
    result = build_graph([_text("a", WHO_LONG), bib, women], [])
    assert result.counts.bodies == 3
    assert len([w for w in result.graph.works.values() if w.title.startswith("Frame")]) == 2


def test_a_stub_naming_a_second_body_keeps_the_short_name_and_its_work_apart() -> None:
    """An in-text citation of a body no list names makes a stub, whose body counts as
    one more that "WHO" may stand for: works and bodies are then kept apart alike."""
    texts = [_text("a", WHO_LONG), _bib(_report("WHO"))]
    assert build_graph(texts, []).counts.works == 2
    surface = "Women's Health Organisation, 2012"
    stray = Extraction(
        source=source("c"),
        mentions=[
            ExtractedMention(
                authors=["Women's Health Organisation"], year=2012, surface=surface, start=0, end=9
            )
        ],
    )
    apart = build_graph([*texts, stray], [])
    assert apart.counts.stubs == 1 and apart.counts.bodies == 3
    assert apart.counts.works == 4  # two of 2010, the stub, the text c itself


#: The fingerprints a store built before spellings and stated short names joined bodies
#: recorded for the three statements of the example, each its own work.
_OLD_REGISTRY = [
    KeyAssignment(fingerprint=f"t:{author}:2010:{''.join(TITLE.lower().split())}:book", key=key)
    for author, key in [
        ("who", "who2010"),
        ("worldhealthorganisation", "who2010framework"),
        ("worldhealthorganization", "who2010frameworka"),
    ]
]


def _example() -> list[Extraction]:
    bib = _bib(_report("WHO", publisher=WHO_LONG, key="who2010"))
    return [_text("a", WHO_LONG), _text("b", "World Health Organisation"), bib]


def test_keys_of_works_found_to_be_one_stay_as_key_and_aliases() -> None:
    result = build_graph(_example(), _OLD_REGISTRY)
    (work,) = [w for w in result.graph.works.values() if w.year == 2010]
    assert (work.key, work.aliases) == ("who2010", ["who2010framework", "who2010frameworka"])
    again = build_graph(_example(), result.keys, known=result.graph)
    assert again.graph == result.graph and again.keys == result.keys


def test_a_stored_key_stays_the_key_when_other_spellings_join_its_work() -> None:
    first = build_graph([_text("b", "World Health Organisation")], [])
    assert _one_work(first.graph)[0] == "who2010framework"
    later = build_graph(_example(), first.keys, known=first.graph)
    assert _one_work(later.graph)[0] == "who2010framework"
    assert later.counts.bodies == 1


def test_the_example_ingests_as_one_work_of_one_body_both_texts_cite(tmp_path: Path) -> None:
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    files = {
        "a.txt": "Health systems and co-production\n\nCo-production in health is growing "
        f"({WHO_LONG}, 2010).\n\nReferences\n\n{WHO_LONG} (2010). {TITLE}. Geneva: WHO.\n",
        "b.txt": "Another paper\n\nAs argued before (World Health Organisation, 2010), people "
        f"co-produce.\n\nReferences\n\nWorld Health Organisation (2010). {TITLE}. Geneva: WHO.\n",
        "c.bib": "@techreport{who2010,\n  author = {{WHO}},\n  title = {Framework for Action on "
        "Interprofessional Education and Collaborative Practice},\n  institution = {World "
        "Health Organization},\n  address = {Geneva},\n  year = {2010}\n}\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = Store.init(tmp_path / ".coprod-refs")
    report = ingest_paths(store, [tmp_path / name for name in files])
    assert (report.counts.works, report.counts.bodies, report.counts.stubs) == (3, 1, 0)
    graph = store.load().graph
    key, authors = _one_work(graph)
    assert key == "who2010"
    body = graph.agents[authors[0]]
    assert body.name_forms == ["WHO", "World Health Organisation", WHO_LONG]
    work = graph.works[key]
    assert (work.type, work.publisher, work.place) == ("report", WHO_LONG, "Geneva")
    texts = {s.work for s in graph.sources.values() if s.path.endswith(".txt")}
    citing = {c.citing for c in graph.citations if c.cited == key and c.listed and c.mentions}
    assert citing == texts and len(texts) == 2
