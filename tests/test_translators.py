"""Translators: read from reference strings and bibliographic files, one person under every
spelling, and exported in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import source, statement
from coprod_refs.export import export_works
from coprod_refs.model import Extraction, Name
from coprod_refs.model.csl import extracted_to_csl
from coprod_refs.parse.names import (
    has_translator_marker,
    marked_role,
    parse_translator_list,
    split_title_translators,
)
from coprod_refs.parse.reference import parse_reference
from coprod_refs.query import graph as walk
from coprod_refs.resolve.build import build_graph
from coprod_refs.sources import source_document
from coprod_refs.sources.bibtex import read_bibtex
from coprod_refs.sources.csljson import read_csljson
from coprod_refs.sources.ris import read_ris


def _people(names: list[Name]) -> list[tuple[str, str, str]]:
    return [(n.given, n.particle, n.family) for n in names]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trans. R. Nice.", [("R.", "", "Nice")]),
        ("(J. Smith, Trans.).", [("J.", "", "Smith")]),
        ("Translated by Alan Sheridan.", [("Alan", "", "Sheridan")]),
        ("translated by Caryl Emerson and Michael Holquist.", [
            ("Caryl", "", "Emerson"), ("Michael", "", "Holquist"),
        ]),
        ("Translated from the French by Alan Sheridan", [("Alan", "", "Sheridan")]),
        ("transl. Harry Zohn,", [("Harry", "", "Zohn")]),
        ("(tr. David Smith and G.A. Kon),", [("David", "", "Smith"), ("G. A.", "", "Kon")]),
        ("Richard Stokes (trans.)", [("Richard", "", "Stokes")]),
        ("Philippi, Donald L. (Trans.)", [("Donald L.", "", "Philippi")]),
        ("übersetzt von J. Smith.", [("J.", "", "Smith")]),
        ("übers. v. Hans Meier", [("Hans", "", "Meier")]),
        ("trad. par J. Dupont.", [("J.", "", "Dupont")]),
        ("Trad fr. par Maurice de Gandillac.", [("Maurice", "de", "Gandillac")]),
        ("traduit par Jean Dupont", [("Jean", "", "Dupont")]),
        ("Traduction de Chantal Thérond.", [("Chantal", "", "Thérond")]),
        ("traducido por Juan Pérez", [("Juan", "", "Pérez")]),
        ("trad. di Sergia Adamo,", [("Sergia", "", "Adamo")]),
        ("tłum. Józef Radzicki,", [("Józef", "", "Radzicki")]),
        ("(C. Tiercelin, Trans. 2000 ed.).", [("C.", "", "Tiercelin")]),
    ],
)  # fmt: skip
def test_translator_strings_give_the_translators(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert has_translator_marker(text)
    assert _people(parse_translator_list(text).names) == expected


@pytest.mark.parametrize("text", ["p. 205 219.", "581 p.", ";", "Revue canadienne des sciences"])
def test_page_counts_and_stray_words_are_no_translators(text: str) -> None:
    assert parse_translator_list(text).names == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Trans. R. Nice", "translator"),
        ("a cura di G. Pasquino", "editor"),
        ("Pasquino, G. (a cura di)", "editor"),
        ("(R. Harris, Ed.", "editor"),
        ("(C. Tiercelin, Trans. 2000 ed.)", "translator"),
        ("Trad, J.", ""),
        ("Tran, T.", ""),
        ("Smith, J.", ""),
    ],
)
def test_the_marked_role_of_a_name_string(text: str, role: str) -> None:
    assert marked_role(text) == role


def test_a_title_that_runs_on_into_its_translators_is_split() -> None:
    assert split_title_translators("Distinction (R. Nice, Trans.)") == (
        "Distinction",
        "(R. Nice, Trans.)",
    )
    assert split_title_translators("Wirtschaft und Gesellschaft. Übersetzt von J. Smith") == (
        "Wirtschaft und Gesellschaft",
        "Übersetzt von J. Smith",
    )
    for title in ("Lost in translation", "Translators and interpreters", "Taste (Vol. 2)"):
        assert split_title_translators(title) == (title, "")


@pytest.mark.parametrize(
    ("text", "title", "translators"),
    [
        (
            "Bourdieu, Pierre. 1984. Distinction. Trans. R. Nice. Cambridge, MA: Harvard "
            "University Press.",
            "Distinction",
            [("R.", "", "Nice")],
        ),
        (
            "Bourdieu, P. (1984). Distinction: A social critique of the judgement of taste "
            "(R. Nice, Trans.). Harvard University Press.",
            "Distinction: A social critique of the judgement of taste",
            [("R.", "", "Nice")],
        ),
        (
            "Foucault, M. (1977). Discipline and punish. Translated by Alan Sheridan. New York: "
            "Pantheon.",
            "Discipline and punish",
            [("Alan", "", "Sheridan")],
        ),
        (
            "Weber, M. (1922). Wirtschaft und Gesellschaft. Übersetzt von J. Smith. "
            "Tübingen: Mohr.",
            "Wirtschaft und Gesellschaft",
            [("J.", "", "Smith")],
        ),
        (
            "Tocqueville, A. de (1986). De la démocratie en Amérique. trad. par J. Dupont. "
            "Paris: Gallimard.",
            "De la démocratie en Amérique",
            [("J.", "", "Dupont")],
        ),
        (
            "Habermas, J. (1996). Between facts and norms. Tr. W. Rehg. Cambridge, MA: MIT Press.",
            "Between facts and norms",
            [("W.", "", "Rehg")],
        ),
    ],
)
def test_the_parser_keeps_translators_as_people(
    text: str, title: str, translators: list[tuple[str, str, str]]
) -> None:
    work = parse_reference(text)
    assert work.title == title
    assert _people(work.translators) == translators
    assert work.editors == [] and work.type == "book"
    assert "translators" in work.field_confidence
    item = extracted_to_csl(work)
    assert item["translator"] == [
        {k: v for k, v in (("family", f), ("given", g)) if v} for g, _, f in translators
    ]


def test_a_bracket_naming_editors_and_a_translator_gives_both() -> None:
    work = parse_reference(
        "Saussure, F. de (1959). Course in general linguistics (C. Bally & A. Sechehaye, Eds.; "
        "W. Baskin, Trans.). New York: Philosophical Library."
    )
    assert work.title == "Course in general linguistics"
    assert _people(work.editors) == [("C.", "", "Bally"), ("A.", "", "Sechehaye")]
    assert _people(work.translators) == [("W.", "", "Baskin")]


def test_a_cura_di_makes_editors_not_translators() -> None:
    work = parse_reference(
        "Pasquino, G. (a cura di) (2001). Il sistema politico italiano. Roma: Laterza."
    )
    assert work.translators == []
    assert _people(work.editors) == [("G.", "", "Pasquino")]


def _read(reader, text: str, name: str) -> Extraction:  # type: ignore[no-untyped-def]
    return reader(text, source_document(text.encode(), Path(name), "test"))


def test_bibtex_csljson_and_ris_translators_are_read() -> None:
    bib = _read(
        read_bibtex,
        "@book{b, author = {Bourdieu, Pierre}, translator = {Nice, Richard and "
        "de Gandillac, Maurice}, title = {Distinction}, year = {1984}}",
        "refs.bib",
    )
    csl = _read(
        read_csljson,
        json.dumps(
            [
                {
                    "id": "b",
                    "type": "book",
                    "title": "Distinction",
                    "author": [{"family": "Bourdieu", "given": "Pierre"}],
                    "translator": [
                        {"family": "Nice", "given": "Richard"},
                        {"family": "Gandillac", "given": "Maurice", "non-dropping-particle": "de"},
                    ],
                }
            ]
        ),
        "refs.json",
    )
    ris = _read(
        read_ris,
        "TY  - BOOK\nAU  - Bourdieu, Pierre\nA4  - Nice, Richard\nA4  - de Gandillac, Maurice\n"
        "TI  - Distinction\nER  - \n",
        "refs.ris",
    )
    for extraction in (bib, csl, ris):
        [work] = extraction.works
        assert _people(work.authors) == [("Pierre", "", "Bourdieu")]
        assert _people(work.translators) == [
            ("Richard", "", "Nice"),
            ("Maurice", "de", "Gandillac"),
        ]
        assert work.editors == []


def test_a_translator_is_one_person_under_every_spelling() -> None:
    translated = statement("Bourdieu", "P.", 1984, "Distinction", type="book")
    translated.translators = [Name(family="Nice", given="R.")]
    by_nice = statement("Nice", "Richard", 1977, "Outline of a theory", type="book")
    same = statement("Bourdieu", "Pierre", 1984, "Distinction", type="book")
    same.translators = [Name(family="Nice", given="Richard")]
    graph = build_graph(
        [
            Extraction(source=source("a" * 16), works=[translated]),
            Extraction(source=source("b" * 16, "bibtex"), works=[by_nice, same]),
        ],
        [],
    ).graph
    distinction = next(w for w in graph.works.values() if w.title == "Distinction")
    outline = next(w for w in graph.works.values() if w.title == "Outline of a theory")
    assert distinction.translators == outline.authors
    nice = graph.agents[outline.authors[0]]
    assert nice.display() == "Richard Nice"
    assert nice.name_forms == ["Nice, R.", "Nice, Richard"]
    # `author NAME` credits the works a person translated, as it credits editors.
    (detail,) = walk.author(graph, "Nice")
    assert sorted(w.key for w in detail.work_list) == sorted([distinction.key, outline.key])


def test_translators_are_exported_in_every_format() -> None:
    from test_export_golden import load_fixture

    graph = load_fixture("translators")
    work = graph.works["bourdieu1984distinction"]
    text = {fmt: export_works([work], graph, fmt).text for fmt in ("bibtex", "biblatex", "ris")}
    assert "  translator = {Nice, Richard}," in text["bibtex"]
    assert "  translator = {Nice, Richard}," in text["biblatex"]
    assert "A4  - Nice, Richard\n" in text["ris"]
    [item] = json.loads(export_works([work], graph, "csljson").text)
    assert item["translator"] == [{"family": "Nice", "given": "Richard"}]
