"""A work's series and genre: read from every source, kept in the store, exported in the
fields each format's styles print (BibTeX's `@mastersthesis` and `type`, biblatex's
`mathesis`, CSL's `collection-title` and `genre`, RIS's T3 and M3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import store_of_file
from coprod_refs.export import ExportOptions, export_works
from coprod_refs.model import Graph, SourceDocument, Venue, Work
from coprod_refs.model.csl import work_to_csl
from coprod_refs.parse.fields import thesis_degree
from coprod_refs.parse.reference import parse_reference
from coprod_refs.query.search import search_keys
from coprod_refs.sources.bibtex_fields import entry_values
from coprod_refs.sources.ris import read_ris

FIXTURE_PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


@pytest.mark.parametrize(
    ("genre", "degree"),
    [
        ("Master's thesis", "master"),
        ("MSc dissertation", "master"),
        ("M.A. thesis", "master"),
        ("Masterarbeit", "master"),
        ("Mémoire de master", "master"),
        ("Doctoraalscriptie", "master"),
        ("Doctoral dissertation", "doctoral"),
        ("Unpublished doctoral dissertation", "doctoral"),
        ("PhD thesis", "doctoral"),
        ("Ph.D. diss.", "doctoral"),
        ("DPhil thesis", "doctoral"),
        ("Dissertation", "doctoral"),
        ("Proefschrift", "doctoral"),
        ("Thèse de doctorat", "doctoral"),
        ("Bachelor's thesis", ""),
        ("Honours thesis", ""),
        ("Habilitationsschrift", ""),
        ("", ""),
    ],
)
def test_the_degree_a_thesis_descriptor_names(genre: str, degree: str) -> None:
    assert thesis_degree(genre) == degree


@pytest.mark.parametrize(
    ("reference", "publisher"),
    [
        (
            "Moreau, C. (2019). La coproduction des services publics locaux (Doctoral "
            "dissertation). Université de Lille.",
            "Université de Lille",
        ),
        (
            "Müller, J. (2018). Koproduktion in Kommunen (Dissertation). Universität Hamburg.",
            "Universität Hamburg",
        ),
    ],
)
def test_a_thesis_university_read_as_the_place_is_the_publisher(
    reference: str, publisher: str
) -> None:
    work = parse_reference(reference)
    assert (work.type, work.publisher, work.place) == ("thesis", publisher, "")


def test_a_thesis_city_stays_the_place() -> None:
    work = parse_reference(
        "Smith, J. (2019). Co-production in schools (Doctoral dissertation). Leeds."
    )
    assert (work.publisher, work.place) == ("", "Leeds")


@pytest.mark.parametrize(
    ("entry_type", "type_field", "genre"),
    [
        ("mastersthesis", "", "Master's thesis"),
        ("mastersthesis", "MPhil thesis", "MPhil thesis"),
        ("phdthesis", "", ""),
        ("phdthesis", "Habilitation thesis", "Habilitation thesis"),
        ("thesis", "mathesis", "Master's thesis"),
        ("thesis", "phdthesis", ""),
        ("report", "techreport", ""),
        ("techreport", "Working paper", "Working paper"),
        ("misc", "Blog post", "Blog post"),
    ],
)
def test_a_bib_entry_genre_from_its_type(entry_type: str, type_field: str, genre: str) -> None:
    raw = {"title": "T", "author": "Jansen, Anke", "year": "2015"}
    if type_field:
        raw["type"] = type_field
    assert entry_values(entry_type, "k", raw).genre == genre


def test_ris_type_of_work_is_the_genre_and_a_doi_there_is_the_doi() -> None:
    text = (
        "TY  - THES\nAU  - Jansen, Anke\nTI  - Coproductie\nPY  - 2015\nM3  - Master's thesis\n"
        "ER  - \n\nTY  - JOUR\nAU  - Alford, John\nTI  - Engaging clients\nPY  - 2002\n"
        "M3  - https://doi.org/10.1177/0095399702034001004\nT3  - Sage Classics\nER  - \n"
    )
    source = SourceDocument(id="s", path="a.ris", sha256="", kind="ris")
    thesis, article = read_ris(text, source).works
    assert (thesis.genre, thesis.doi) == ("Master's thesis", "")
    assert (article.genre, article.doi) == ("", "10.1177/0095399702034001004")
    assert article.collection_title == "Sage Classics"


LIST = "\n".join(
    [
        "Co-production in local services",
        "",
        "Co-production has been studied widely (Jansen, 2015; Garn, 1976).",
        "",
        "References",
        "",
        "Garn, H. A. (1976). Models for indicator development (Working Paper No. 1206-17). "
        "Washington, DC: Urban Institute.",
        "Jansen, A. (2015). Coproductie in de jeugdzorg (Master's thesis). Universiteit "
        "Utrecht, Utrecht.",
        "",
    ]
)


def test_parsed_genres_are_stored_and_exported(tmp_path: Path) -> None:
    graph, _ = store_of_file(tmp_path, "chapter.txt", LIST)
    by_year = {w.year: w for w in graph.works.values() if w.year}
    assert (by_year[2015].type, by_year[2015].genre) == ("thesis", "Master's thesis")
    assert (by_year[1976].type, by_year[1976].genre) == ("report", "Working Paper No. 1206-17")
    works = [by_year[2015], by_year[1976]]
    bibtex = export_works(works, graph, "bibtex").text
    assert "@mastersthesis{" in bibtex
    assert "type = {Working Paper No. 1206-17}" in bibtex
    biblatex = export_works(works, graph, "biblatex").text
    assert "type = {mathesis}" in biblatex
    assert "type = {Working Paper No. 1206-17}" in biblatex
    assert "techreport" not in biblatex


def test_a_landing_page_series_is_stored_and_exported(tmp_path: Path) -> None:
    text = (FIXTURE_PAGES / "oapen_library_book.txt").read_text(encoding="utf-8")
    graph, _ = store_of_file(tmp_path, "oapen.txt", text)
    (book,) = [w for w in graph.works.values() if w.type == "book"]
    assert book.collection_title == "Palgrave Studies in Public Service Delivery"
    bibtex = export_works([book], graph, "bibtex").text
    assert "series = {Palgrave Studies in Public Service Delivery}" in bibtex
    ris = export_works([book], graph, "ris").text
    assert "T3  - Palgrave Studies in Public Service Delivery\n" in ris
    assert search_keys(graph, 'venue:"Palgrave Studies"') == [book.key]


def _graph_with_series_venue(work_type: str) -> tuple[Graph, Work]:
    graph = Graph()
    graph.venues = {"v": Venue(id="v", name="United States Code", kind="series")}
    work = Work(key="k", type=work_type, title="T", container="v", collection_title="")
    graph.works = {"k": work}
    return graph, work


def test_a_book_series_venue_is_the_csl_collection_title() -> None:
    graph, work = _graph_with_series_venue("book")
    item = work_to_csl(work, graph)
    assert item.get("collection-title") == "United States Code"
    assert "container-title" not in item


def test_a_law_code_stays_the_csl_container() -> None:
    graph, work = _graph_with_series_venue("legislation")
    item = work_to_csl(work, graph)
    assert item.get("container-title") == "United States Code"
    assert "collection-title" not in item


def test_an_article_series_is_not_written_as_a_journal_series() -> None:
    graph = Graph()
    work = Work(key="k", title="T", year=2000, collection_title="Special issue on co-production")
    graph.works = {"k": work}
    bibtex = export_works([work], graph, "bibtex", ExportOptions()).text
    assert "series" not in bibtex
    csl = json.loads(export_works([work], graph, "csljson").text)
    assert csl[0]["collection-title"] == "Special issue on co-production"
