"""Month and day of publication: read from reference strings, web pages and bibliographic
files, kept in the store and merged, and exported in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builders import source, statement
from coprod_refs.export import export_works
from coprod_refs.model import Extraction, Work
from coprod_refs.model.csl import extracted_to_csl
from coprod_refs.parse.fields import (
    month_day,
    month_number,
    parse_date,
    stated_date,
    valid_month_day,
)
from coprod_refs.parse.reference import parse_reference
from coprod_refs.resolve.build import build_graph
from coprod_refs.sources import source_document
from coprod_refs.sources.bibtex import read_bibtex
from coprod_refs.sources.csljson import read_csljson
from coprod_refs.sources.html_meta import work_from_meta
from coprod_refs.sources.ris import read_ris


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2019, March 5", "2019-03-05"),
        ("2019, 5 March", "2019-03-05"),
        ("2016 Jun 5;94(2)", "2016-06-05"),
        ("2016 Jun;9(2):1-5", "2016-06"),  # the issue is no day
        ("2019/03/05", "2019-03-05"),
        ("March/April 2019", "2019"),  # a range of months names no month
        ("June 12–14, 2019", "2019-06"),  # a range of days names no day
        ("Spring 2019", "2019"),
        ("2 Apr 2019", "2019-04-02"),
        ("31 Feb 2019", "2019-02"),
    ],
)
def test_parse_date_reads_publication_dates_too(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("(2019, March 5).", 2019, (3, 5)),
        ("(2020, June).", 2020, (6, None)),
        ("2016 Jun;", 2016, (6, None)),
        ("2016 Jun 5;", 2016, (6, 5)),
        ("Jun", 2016, (6, None)),  # the year stated elsewhere
        ("(Spring 2019)", 2019, (None, None)),
        ("(Fall 2019)", 2019, (None, None)),
        ("(2018, March 5)", 2019, (None, None)),  # another year's date
        ("(2019, February 30)", 2019, (2, None)),
        ("(2019a)", 2019, (None, None)),
    ],
)
def test_month_and_day_beside_the_year(
    text: str, year: int, expected: tuple[int | None, int | None]
) -> None:
    assert month_day(text, year) == expected


def test_stated_dates_month_names_and_impossible_days() -> None:
    assert stated_date("2019/03/05/") == (2019, 3, 5)
    assert stated_date("2019/03//") == (2019, 3, None)
    assert stated_date("2019///") == (2019, None, None)
    assert stated_date("2019-03-05T10:00:00Z") == (2019, 3, 5)
    assert stated_date("2019-03-05/2019-04-01") == (2019, 3, 5)
    assert stated_date("March 5, 2019") == (2019, 3, 5)
    assert stated_date("2019-13-01") == (2019, None, None)
    assert stated_date("2019-02-29") == (2019, 2, None)
    assert stated_date("2020-02-29") == (2020, 2, 29)
    assert stated_date("") == (None, None, None)
    assert [month_number(v) for v in ("jan", "March", "3", "{Dec.}", "Spring", "13", "")] == [
        1,
        3,
        3,
        12,
        None,
        None,
        None,
    ]
    assert valid_month_day(2019, 4, 31) == (4, None)


@pytest.mark.parametrize(
    ("text", "year", "month", "day"),
    [
        (
            "Ostrom, E. (2019, March 5). Crossing the great divide. World Development, 24(6), "
            "1073-1087.",
            2019,
            3,
            5,
        ),
        (
            "Pestoff, V. (2020, June). Co-production at the crossroads. Public Management "
            "Review, 22(1), 1-20.",
            2020,
            6,
            None,
        ),
        (
            "Smith J, Jones A. Coproduction of health. Bull World Health Organ. "
            "2016 Jun;94(2):392-429.",
            2016,
            6,
            None,
        ),
        (
            "Smith J, Jones A. Coproduction of health. Bull World Health Organ. "
            "2016 Jun 5;94(2):392-429.",
            2016,
            6,
            5,
        ),
        (
            "Brudney, J. (Spring 2019). Toward a definition. Public Administration Review, "
            "43(1), 59-65.",
            2019,
            None,
            None,
        ),
        (
            "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073-1087.",
            1996,
            None,
            None,
        ),
    ],
)
def test_the_parser_keeps_month_and_day(
    text: str, year: int, month: int | None, day: int | None
) -> None:
    work = parse_reference(text)
    assert (work.year, work.month, work.day) == (year, month, day)
    parts = [p for p in (year, month, day) if p is not None]
    assert extracted_to_csl(work)["issued"] == {"date-parts": [parts]}


def test_meta_tags_and_json_ld_date_a_page() -> None:
    meta = {"citation_title": ["Beyond engagement"], "citation_publication_date": ["2007/09/01"]}
    work = work_from_meta(meta)
    assert work is not None and (work.year, work.month, work.day) == (2007, 9, 1)
    work = work_from_meta({"citation_title": ["Beyond engagement"], "dc.date": ["03 Mar 2016"]})
    assert work is not None and (work.year, work.month, work.day) == (2016, 3, 3)
    ld = ['{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, '
          '{"@type": "ScholarlyArticle", "datePublished": "2019-03-05T08:00:00Z"}]}']  # fmt: skip
    work = work_from_meta({"citation_title": ["Beyond engagement"]}, ld)
    assert work is not None and (work.year, work.month, work.day) == (2019, 3, 5)
    # An issue date tag wins over the JSON-LD date; a broken block is passed over.
    meta = {"citation_title": ["Beyond engagement"], "citation_date": ["2018"]}
    work = work_from_meta(meta, ["{not json", *ld])
    assert work is not None and (work.year, work.month, work.day) == (2018, None, None)


def test_a_json_ld_date_completes_a_page_without_meta_tags(tmp_path: Path) -> None:
    from coprod_refs.sources import read_source

    path = tmp_path / "post.html"
    path.write_text(
        '<html><head><script type="application/ld+json">{"@type": "BlogPosting", '
        '"datePublished": "2021-12-31"}</script></head><body>'
        "<h1>Social services and well-being: a year on</h1><p>Welsh Government</p>"
        "<p>31 December 2021</p><p>Co-production is a duty (Welsh Government, 2014).</p>"
        "</body></html>",
        encoding="utf-8",
    )
    document = read_source(path).document
    assert document is not None
    assert (document.year, document.month, document.day) == (2021, 12, 31)


def _read(reader, text: str, name: str) -> Extraction:  # type: ignore[no-untyped-def]
    return reader(text, source_document(text.encode(), Path(name), "test"))


def test_bibtex_month_and_biblatex_date_are_read() -> None:
    text = "\n".join(
        "@article{" + key + ", author = {Ostrom, E.}, title = {T}, " + fields + "}"
        for key, fields in (
            ("macro", "year = 2019, month = mar"),
            ("word", "year = {2019}, month = {March}"),
            ("number", "year = 2019, month = 3, day = 5"),
            ("date", "date = {2019-03-05}"),
            ("yearmonth", "date = {2019-03}"),
            ("season", "year = 2019, month = {Spring}"),
            ("impossible", "year = 2019, month = feb, day = 30"),
        )
    )
    works = {w.key: w for w in _read(read_bibtex, text, "refs.bib").works}
    assert {k: (w.year, w.month, w.day) for k, w in works.items()} == {
        "macro": (2019, 3, None),
        "word": (2019, 3, None),
        "number": (2019, 3, 5),
        "date": (2019, 3, 5),
        "yearmonth": (2019, 3, None),
        "season": (2019, None, None),
        "impossible": (2019, 2, None),
    }


def test_csljson_and_ris_dates_are_read() -> None:
    items = [
        {"id": "a", "type": "book", "title": "A", "issued": {"date-parts": [[2019, 3, 5]]}},
        {"id": "b", "type": "book", "title": "B", "issued": {"date-parts": [["2019", "3"]]}},
        {"id": "c", "type": "book", "title": "C", "issued": {"date-parts": [[2019, 2, 30]]}},
        {"id": "d", "type": "book", "title": "D", "issued": {"raw": "2019-03-05"}},
    ]
    works = _read(read_csljson, json.dumps(items), "refs.json").works
    assert [(w.year, w.month, w.day) for w in works] == [
        (2019, 3, 5),
        (2019, 3, None),
        (2019, 2, None),
        (2019, 3, 5),
    ]
    ris = "".join(
        f"TY  - BOOK\nTI  - {title}\n{dates}ER  - \n\n"
        for title, dates in (
            ("Zotero", "PY  - 2019\nDA  - 2019/03/05/\n"),
            ("EndNote", "PY  - 2019/03//\n"),
            ("Year only", "PY  - 2019///\n"),
            ("Other year", "PY  - 2019\nDA  - 2018/03/05/\n"),
        )
    )
    works = _read(read_ris, ris, "refs.ris").works
    assert [(w.year, w.month, w.day) for w in works] == [
        (2019, 3, 5),
        (2019, 3, None),
        (2019, None, None),
        (2019, None, None),
    ]


def test_dates_are_exported_in_every_format() -> None:
    from test_export_golden import load_fixture

    graph = load_fixture("publication_dates")
    full, year_month = graph.works["ostrom2019crossing"], graph.works["pestoff2020coproduction"]
    bibtex = export_works([full, year_month], graph, "bibtex").text
    assert "  year = {2019},\n  month = mar,\n" in bibtex
    assert "  year = {2020},\n  month = jun,\n" in bibtex
    biblatex = export_works([full, year_month], graph, "biblatex").text
    assert "  date = {2019-03-05},\n" in biblatex and "  date = {2020-06},\n" in biblatex
    assert "month" not in biblatex
    items = json.loads(export_works([full, year_month], graph, "csljson").text)
    assert [i["issued"] for i in items] == [
        {"date-parts": [[2019, 3, 5]]},
        {"date-parts": [[2020, 6]]},
    ]
    ris = export_works([full, year_month], graph, "ris").text
    assert "PY  - 2019\nDA  - 2019/03/05/\n" in ris and "PY  - 2020\nDA  - 2020/06//\n" in ris


def _merged(*dates: tuple[int, int | None, int | None]) -> tuple[int | None, ...]:
    """The date of the one work that statements with these dates (and one DOI) make."""
    works = []
    for i, (year, month, day) in enumerate(dates):
        work = statement("Ostrom", "E.", year, "Crossing", doi="10.1/x", month=month, day=day)
        works.append(Extraction(source=source(f"{i}" * 16, "bibtex"), works=[work]))
    graph = build_graph(works, []).graph
    [work] = graph.works.values()
    return work.year, work.month, work.day


def test_a_fuller_date_wins_and_a_conflicting_one_is_left_aside() -> None:
    assert _merged((2019, None, None), (2019, 3, 5)) == (2019, 3, 5)
    assert _merged((2019, 3, None), (2019, 3, 5)) == (2019, 3, 5)
    assert _merged((2019, 3, 5), (2019, None, None)) == (2019, 3, 5)
    assert _merged((2019, 3, 5), (2019, 4, 1)) == (2019, 3, 5)
    assert _merged((2019, 3, None), (2019, 4, 1), (2019, 3, 7)) == (2019, 3, 7)
    # Conflicting years: the first statement's year, and only its own month and day.
    assert _merged((2019, None, None), (2018, 3, 5)) == (2019, None, None)


def test_the_store_keeps_month_and_day_and_reads_records_without_them(tmp_path: Path) -> None:
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{dated, author = {Ostrom, E.}, title = {Dated}, date = {2019-03-05}}\n"
        "@article{undated, author = {Ostrom, E.}, title = {Undated}, year = {2018}}\n",
        encoding="utf-8",
    )
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [bib])
    lines = (tmp_path / ".coprod-refs" / "works.jsonl").read_text(encoding="utf-8").splitlines()
    dated, undated = (json.loads(line) for line in lines)
    assert (dated["month"], dated["day"]) == (3, 5)
    assert "month" not in undated and "day" not in undated  # defaults are left out
    works = store.load().graph.works
    assert (works["dated"].month, works["dated"].day) == (3, 5)
    # A record written before months were kept is read as one without them.
    assert Work.model_validate_json('{"key": "k", "year": 2001}').month is None
