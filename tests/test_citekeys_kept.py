"""Citekeys and person ids, once given, are kept: a later source that changes a work's
year, title or names, a stub's full record, two works found to be one, and unrelated
works arriving never change or drop them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import ingest_batches, source, statement
from coprod_refs.cli import main
from coprod_refs.model import (
    ExtractedMention,
    ExtractedWork,
    Extraction,
    Span,
)
from coprod_refs.resolve.build import BuildResult, build_graph
from coprod_refs.resolve.works import title_fingerprints, title_key

OSBORNE = "Co-production and the co-creation of value in public services: a suitable case"


def _file(sid: str, *works: ExtractedWork) -> Extraction:
    """A bibliographic file (.ris, .bib) holding `works`; its source id orders merges."""
    spanned = [
        w.model_copy(update={"span": Span(source=sid, start=i, end=i + 1)})
        for i, w in enumerate(works)
    ]
    return Extraction(source=source(sid, "ris"), works=spanned)


def _text_citing(sid: str, author: str, year: int) -> Extraction:
    """A text by Brudney (2020) citing "(author, year)" in its body, with no list."""
    surface = f"({author}, {year})"
    mention = ExtractedMention(authors=[author], year=year, surface=surface, start=5, end=17)
    document = statement("Brudney", "J. L.", 2020, "Citizens and their services")
    return Extraction(source=source(sid, "ris"), document=document, mentions=[mention])


def _works(result: BuildResult) -> list[tuple[str, str, int | None, list[str]]]:
    return [(w.key, w.title, w.year, w.aliases) for w in result.graph.works.values()]


def test_hyphens_spaces_and_case_give_one_fingerprint() -> None:
    hyphenated = statement(
        "Alford", "J.", 2009, "Engaging clients: from Service-Delivery to co-production"
    )
    spaced = statement(
        "Alford", "J.", 2009, "Engaging Clients. From service delivery to coproduction"
    )
    prints = {title_fingerprints(w, title_key(w.title))[0] for w in (hyphenated, spaced)}
    assert prints == {"t:alford:2009:engagingclientsfromservicedeliverytocoproduction"}


@pytest.mark.parametrize(
    ("first", "later", "kept"),
    [
        pytest.param(
            statement("Osborne", "S. P.", 2016, OSBORNE, doi="10.1080/14719037.2015.1111927"),
            statement("Osborne", "Stephen P.", 2015, OSBORNE, doi="10.1080/14719037.2015.1111927"),
            ("osborne2016coproduction", OSBORNE, 2015, []),
            id="same DOI, another year",
        ),
        pytest.param(
            statement("Realpe", "A.", 2010, "What is co-production? London: The Health Foundation"),
            statement("Realpe", "A.", 2010, "What is co-production?"),
            ("realpe2010what", "What is co-production?", 2010, []),
            id="a shorter title",
        ),
        pytest.param(
            statement(
                "Alford", "J.", 2009, "Engaging clients: from service delivery to coproduction"
            ),
            statement(
                "Alford", "J.", 2009, "Engaging clients: from Service-Delivery to Co-Production"
            ),
            (
                "alford2009engaging",
                "Engaging clients: from Service-Delivery to Co-Production",
                2009,
                [],
            ),
            id="another hyphenation",
        ),
    ],
)
def test_a_work_keeps_its_key_when_a_later_source_wins_the_merge(
    first: ExtractedWork, later: ExtractedWork, kept: tuple[str, str, int, list[str]]
) -> None:
    # Source "s1" sorts before "s2", so the later statement is the one the merge takes.
    result = ingest_batches([_file("s2", first)], [_file("s1", later)])
    assert _works(result) == [kept]


def test_a_new_work_colliding_with_a_kept_key_gets_the_suffix() -> None:
    first = [_file("s2", statement("Smith", "J.", 2010, "Networks of care"))]
    later = [
        _file(
            "s1",
            statement("Smith", "J.", 2010, "Networks of care: a study of carers"),
            statement("Smith", "J.", 2010, "Networks in schools"),
        )
    ]
    assert _works(ingest_batches(first, later)) == [
        ("smith2010networks", "Networks of care: a study of carers", 2010, []),
        ("smith2010networksa", "Networks in schools", 2010, []),
    ]


def test_works_found_to_be_one_keep_one_key_and_the_other_as_an_alias() -> None:
    first = [
        _file("s1", statement("Smith", "J.", 2010, "Alpha beta gamma", doi="10.1/x")),
        _file("s2", statement("Smith", "J.", 2010, "Delta epsilon zeta")),
    ]
    bridge = [_file("s3", statement("Smith", "J.", 2010, "Delta epsilon zeta", doi="10.1/x"))]
    result = ingest_batches(first, bridge)
    assert _works(result) == [("smith2010alpha", "Alpha beta gamma", 2010, ["smith2010delta"])]
    assert result.graph.resolve_key("smith2010delta") == "smith2010alpha"
    assert {(k.key, tuple(k.aliases)) for k in result.keys} == {
        ("smith2010alpha", ("smith2010delta",))
    }


@pytest.mark.parametrize("stub_recorded", [True, False], ids=["store", "store before stubs"])
def test_a_stub_keeps_its_key_when_its_full_record_arrives(stub_recorded: bool) -> None:
    cited = build_graph([_text_citing("t1", "Ostrom", 1996)], [])
    assert cited.graph.works["ostrom1996"].stub
    registry = [k for k in cited.keys if stub_recorded or not k.fingerprint.startswith("stub:")]
    record = _file("s1", statement("Ostrom", "Elinor", 1996, "Crossing the great divide"))
    result = build_graph([_text_citing("t1", "Ostrom", 1996), record], registry, known=cited.graph)
    assert _works(result) == [
        ("brudney2020citizens", "Citizens and their services", 2020, []),
        ("ostrom1996", "Crossing the great divide", 1996, []),
    ]
    assert not result.graph.works["ostrom1996"].stub
    assert [(c.citing, c.cited) for c in result.graph.citations] == [
        ("brudney2020citizens", "ostrom1996")
    ]


def test_ingested_together_the_full_record_makes_the_key() -> None:
    record = _file("s1", statement("Ostrom", "Elinor", 1996, "Crossing the great divide"))
    result = ingest_batches([_text_citing("t1", "Ostrom", 1996), record])
    assert sorted(result.graph.works) == ["brudney2020citizens", "ostrom1996crossing"]


@settings(max_examples=20, deadline=None)
@given(st.permutations(["s1", "s2", "s3"]))
def test_in_one_ingest_colliding_keys_follow_the_titles_not_the_files(order: list[str]) -> None:
    titles = {"s1": "Networks of care", "s2": "Networks in schools", "s3": "Networks at work"}
    files = [_file(sid, statement("Smith", "J.", 2010, titles[sid])) for sid in order]
    assert {w.key: w.title for w in ingest_batches(files).graph.works.values()} == {
        "smith2010networks": "Networks at work",
        "smith2010networksa": "Networks in schools",
        "smith2010networksb": "Networks of care",
    }


def _agents(result: BuildResult) -> dict[str, list[str]]:
    return {a.id: a.name_forms for a in result.graph.agents.values()}


def test_a_person_keeps_the_id_when_another_spelling_becomes_the_most_frequent() -> None:
    first = [_file("s1", statement("Löffler", "E.", 2016, "User and community co-production"))]
    later = [
        _file(f"s{i}", statement("Loeffler", "Elke", 2000 + i, f"Co-production study {i}"))
        for i in (2, 3)
    ]
    result = ingest_batches(first, later)
    assert _agents(result) == {"loffler-e": ["Loeffler, Elke", "Löffler, E."]}
    assert result.graph.agents["loffler-e"].display() == "Elke Loeffler"


def test_a_person_keeps_the_id_when_a_fuller_given_name_arrives() -> None:
    first = [_file("s1", statement("Steen", "T.", 2018, "The roles of the professional"))]
    later = [_file("s2", statement("Steen", "T. P. S.", 2019, "Another paper on professionals"))]
    assert _agents(ingest_batches(first, later)) == {"steen-t": ["Steen, T.", "Steen, T. P. S."]}


def test_a_namesake_arriving_leaves_the_id_with_the_person_it_named() -> None:
    first = [
        _file("s1", statement("Smith", "J.", 2010, "Networks of care")),
        _file("s2", statement("Smith", "", 2011, "Networks in schools")),
    ]
    later = [_file("s3", statement("Smith", "K.", 2012, "Networks at work"))]
    assert _agents(ingest_batches(first)) == {"smith-j": ["Smith", "Smith, J."]}
    assert _agents(ingest_batches(first, later)) == {
        "smith": ["Smith"],
        "smith-j": ["Smith, J."],
        "smith-k": ["Smith, K."],
    }


def _places(result: BuildResult) -> dict[str, list[tuple[str, int]]]:
    return {
        key: sorted((s.source, s.start) for s in work.provenance)
        for key, work in result.graph.works.items()
    }


_TWO_BOOKS_AND_A_CHAPTER = [
    _file(
        "b0",
        statement("Smith", "", 2010, "co-production", doi="10.1/a", type="book"),
        statement("Smith", "", 2010, "co-production", doi="10.1/b", type="book"),
        statement("Löffler", "", 2010, "co-production", doi="10.1/b", type="chapter"),
    )
]
_KEYS_BEFORE = {
    "loffler2010coproduction": [("b0", 2)],
    "smith2010coproduction": [("b0", 0)],
    "smith2010coproductiona": [("b0", 1)],
}


def test_a_statement_without_doi_joins_one_of_two_works_whose_dois_differ() -> None:
    extra = [_file("a0", statement("Smith", "", 2010, "co-production", type="book"))]
    assert _places(ingest_batches(_TWO_BOOKS_AND_A_CHAPTER)) == _KEYS_BEFORE
    assert _places(ingest_batches(_TWO_BOOKS_AND_A_CHAPTER, extra)) == {
        "loffler2010coproduction": [("b0", 2)],
        "smith2010coproduction": [("a0", 0), ("b0", 0)],
        "smith2010coproductiona": [("b0", 1)],
    }


def test_a_book_and_a_chapter_stating_one_doi_are_not_joined_through_a_third() -> None:
    extra = [_file("a0", statement("Smith", "", 2010, "public", doi="10.1/b"))]
    assert _places(ingest_batches(_TWO_BOOKS_AND_A_CHAPTER, extra)) == {
        "loffler2010coproduction": [("b0", 2)],
        "smith2010coproduction": [("b0", 0)],
        "smith2010coproductiona": [("a0", 0), ("b0", 1)],
    }


def test_a_key_whose_fingerprints_other_works_share_stays_with_its_statements() -> None:
    # The book with DOI b shares its title fingerprint with the book with DOI a and its
    # DOI with the chapter: the registry records neither for its key.
    extra = [
        _file(
            "a0",
            statement("Smith", "", 2010, "co-production", type="chapter"),
            statement("Smith", "", 2010, "co production", doi="10.1/b"),
        )
    ]
    after = _places(ingest_batches(_TWO_BOOKS_AND_A_CHAPTER, extra))
    assert after["smith2010coproductiona"] == [("a0", 1), ("b0", 1)]
    assert after["smith2010coproduction"] == [("b0", 0)]


_WORKS = st.builds(
    statement,
    family=st.sampled_from(["Smith", "Löffler", "Loeffler", "Ostrom"]),
    given=st.sampled_from(["", "J.", "John", "E.", "Elke", "J. A."]),
    year=st.sampled_from([2010, 2011]),
    title=st.lists(
        st.sampled_from(["co-production", "coproduction", "co production", "public", "care"]),
        min_size=1,
        max_size=5,
    ).map(" ".join),
    doi=st.sampled_from(["", "10.1/a", "10.1/b"]),
    type=st.sampled_from(["article-journal", "book", "chapter", "document"]),
)


def _files(prefix: str) -> st.SearchStrategy[list[Extraction]]:
    files = st.lists(st.lists(_WORKS, min_size=1, max_size=4), min_size=1, max_size=3)
    return files.map(lambda fs: [_file(f"{prefix}{i}", *ws) for i, ws in enumerate(fs)])


@settings(max_examples=150, deadline=None)
@given(base=_files("b"), extra=_files("a"))
def test_ingesting_more_files_never_drops_a_key_or_an_id(
    base: list[Extraction], extra: list[Extraction]
) -> None:
    # The extra files' ids sort first, so their statements win merges and change fields.
    before = ingest_batches(base)
    after = ingest_batches(base, extra)
    for key, work in before.graph.works.items():
        now = after.graph.work(key)
        assert now is not None, key
        spans = {(s.source, s.start) for s in work.provenance}
        assert spans & {(s.source, s.start) for s in now.provenance}, key
    assert set(before.graph.agents) <= set(after.graph.agents)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def _ris(path: Path, year: int, author: str, title: str, *tags: str) -> Path:
    lines = ["TY  - JOUR", f"AU  - {author}", f"PY  - {year}", f"TI  - {title}", *tags]
    path.write_text("\n".join([*lines, "ER  - ", ""]), encoding="utf-8")
    return path


def test_keys_and_ids_a_paper_uses_survive_a_later_ingest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(tmp_path / "store")
    doi = "DO  - 10.1080/14719037.2015.1111927"
    article = _ris(tmp_path / "a.ris", 2016, "Osborne, S. P.", OSBORNE, "JO  - PMR", doi)
    landing = _ris(tmp_path / "b.ris", 2015, "Osborne, Stephen P.", OSBORNE, doi)
    # The statement of the file with the smaller source id (its sha256) wins the merge.
    assert (
        hashlib.sha256(landing.read_bytes()).digest()
        < hashlib.sha256(article.read_bytes()).digest()
    )
    paper = tmp_path / "paper.tex"
    paper.write_text("\\citet{osborne2016coproduction}\n", encoding="utf-8")
    loffler = _ris(tmp_path / "c.ris", 2016, "Löffler, E.", "User and community co-production")
    later = [
        _ris(tmp_path / "d.ris", 2019, "Loeffler, Elke", "Co-design of public services"),
        _ris(tmp_path / "e.ris", 2020, "Loeffler, Elke", "Outcomes of co-production"),
    ]
    for files in ([article, loffler], [landing, *later]):
        assert main(["--store", store, "ingest", *map(str, files)]) == 0
        capsys.readouterr()
        assert _run(capsys, "--store", store, "check-tex", str(paper)) == (
            0,
            f"{paper}: 1 cited keys, all found\n",
        )
        code, out = _run(capsys, "--store", store, "author", "loffler-e", "--json")
        assert (code, [a["id"] for a in json.loads(out)]) == (0, ["loffler-e"])
    code, out = _run(capsys, "--store", store, "show", "osborne2016coproduction", "--json")
    assert (code, json.loads(out)["item"]["issued"]) == (0, {"date-parts": [[2015]]})
    code, out = _run(capsys, "--store", store, "author", "loffler-e", "--json")
    assert [(a["name"], a["works"]) for a in json.loads(out)] == [("Elke Loeffler", 3)]


@pytest.mark.parametrize(
    ("old_type", "extra"),
    [
        # A chapter's former fingerprint equals the article's current one.
        ("article-journal", [("Smith", "10.1/b", "book"), ("Löffler", "10.1/b", "chapter")]),
        # Two equal statements the resolver keeps apart: the key stays with the old one.
        (
            "chapter",
            [
                ("Smith", "10.1/b", "book"),
                ("Löffler", "10.1/a", "chapter"),
                ("Löffler", "10.1/b", "chapter"),
            ],
        ),
    ],
)
def test_a_key_stays_with_the_statements_it_was_given_for(
    old_type: str, extra: list[tuple[str, str, str]]
) -> None:
    old = statement("Löffler", "", 2010, "co-production", doi="10.1/b", type=old_type)
    before = ingest_batches([_file("b0", old)])
    (key,) = before.graph.works
    later = [statement(a, "", 2010, "co-production", doi=d, type=t) for a, d, t in extra]
    after = ingest_batches([_file("b0", old)], [_file("a0", *later)])
    assert ("b0", 0) in {(s.source, s.start) for s in after.graph.works[key].provenance}
