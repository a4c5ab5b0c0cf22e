"""Record-shape rules: each has a failing and a passing record; helpers tested on their own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.model import Body, Graph, Person, Venue, Work
from coprod_refs.validate import ValidateConfig, validate_graph
from coprod_refs.validate.rules_shape import (
    accessed_problem,
    doi_problem,
    isbn_problem,
    issn_problem,
    missing_required,
    page_range_problem,
    url_problem,
)

TODAY = dt.date(2026, 11, 22)
PEOPLE = {
    "p-alford-j": Person(id="p-alford-j", family="Alford", given="John"),
    "p-sabetti-f": Person(id="p-sabetti-f", family="Sabetti", given="F."),
    "b-scie": Body(id="b-scie", name="Social Care Institute for Excellence"),
}
VENUES = {
    "v-pmr": Venue(id="v-pmr", name="Public Management Review", kind="journal"),
    "v-handbook": Venue(id="v-handbook", name="A Handbook of Governance", kind="book"),
}


def article(**fields: object) -> Work:
    base: dict[str, object] = {
        "key": "alford2009engaging",
        "type": "article-journal",
        "title": "Engaging public sector clients",
        "authors": ["p-alford-j"],
        "year": 2009,
        "container": "v-pmr",
    }
    base.update(fields)
    return Work.model_validate(base)


def findings(rule_id: str, *works: Work) -> list[str]:
    graph = Graph(works={w.key: w for w in works}, agents=dict(PEOPLE), venues=dict(VENUES))
    report = validate_graph(graph, config=ValidateConfig(select=[rule_id]), today=TODAY)
    return [f"{f.key}: {f.message}" for f in report.findings]


# --- required fields -----------------------------------------------------------------


def test_required_fields_pass_for_a_complete_article():
    assert findings("shape.required-field", article()) == []


def test_required_fields_report_each_missing_field_of_an_article():
    found = findings("shape.required-field", article(title="", container=None))
    assert found == [
        "alford2009engaging: article-journal (@article) has no journaltitle",
        "alford2009engaging: article-journal (@article) has no title",
    ]


@pytest.mark.parametrize(
    ("fields", "entry", "missing"),
    [
        ({"type": "book", "authors": [], "editors": []}, "collection", ["editor"]),
        ({"type": "book", "authors": [], "editors": ["p-sabetti-f"]}, "collection", []),
        ({"type": "chapter", "container": None}, "inbook", ["booktitle"]),
        (
            {"type": "chapter", "editors": ["p-sabetti-f"], "container": "v-handbook"},
            "incollection",
            [],
        ),
        ({"type": "report", "authors": ["b-scie"]}, "report", ["institution"]),
        ({"type": "report", "publisher": "SCIE"}, "report", []),
        ({"type": "thesis", "publisher": "University of Tampere"}, "thesis", []),
        ({"type": "webpage", "container": None}, "online", ["url/doi"]),
        ({"type": "webpage", "url": "https://example.org/page"}, "online", []),
        ({"type": "paper-conference", "container": None}, "inproceedings", ["booktitle"]),
        ({"type": "document", "authors": []}, "misc", ["author/editor"]),
    ],
)
def test_required_fields_follow_the_biblatex_entry_type(fields, entry, missing):
    work = article(**fields)
    graph = Graph(works={work.key: work}, agents=dict(PEOPLE), venues=dict(VENUES))
    assert missing_required(work, graph) == (entry, missing)


def test_stubs_are_left_to_the_stub_rule():
    stub = article(title="", container=None, stub=True)
    assert findings("shape.required-field", stub) == []
    assert findings("shape.year-missing", stub.model_copy(update={"year": None})) == []


# --- years -----------------------------------------------------------------------------


def test_year_missing_reports_no_date_and_unknown_year():
    nd = article(key="stephens2000coproduction", year=None, no_date=True)
    unknown = article(key="anon", year=None)
    assert findings("shape.year-missing", nd, unknown, article()) == [
        "anon: no year (no date found in the source)",
        'stephens2000coproduction: no year (the source says "n.d.")',
    ]


@pytest.mark.parametrize(
    ("year", "bad"), [(2027, True), (1499, True), (2026, False), (1500, False)]
)
def test_year_plausible_between_1500_and_this_year(year, bad):
    assert bool(findings("shape.year-implausible", article(year=year))) is bad


# --- pages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pages",
    [
        "583-598",
        "583–598",
        "583--598",
        "135–58",
        "1073–87",
        "S12–S19",
        "xi–xv",
        "e1003",
        "1617023",
        "12, 14–16",
        "41–45",
        "12a–12c",
        "7",
    ],
)
def test_well_formed_page_ranges_pass(pages):
    assert page_range_problem(pages) is None


@pytest.mark.parametrize(
    ("pages", "why"),
    [
        ("499–416", "runs backwards"),
        ("199–98", "runs backwards"),
        ("12–", "first–last"),
        ("pp. 3", "not a page"),
        ("A1–B3", "different prefixes"),
        ("xi–12", "roman and arabic"),
        ("12, 16–14", 'page range "16–14"'),
        ("12–14–16", "first–last"),
    ],
)
def test_malformed_or_backwards_page_ranges_fail(pages, why):
    problem = page_range_problem(pages)
    assert problem is not None and why in problem


def test_page_range_rule_reports_the_impossible_range():
    assert findings(
        "shape.page-range", article(pages="499–416"), article(key="ok", pages="1-2")
    ) == ['alford2009engaging: pages "499–416": runs backwards (ends before it starts)']


@given(st.integers(1, 99999), st.integers(0, 5000))
@settings(max_examples=60)
def test_any_increasing_range_passes_and_its_reverse_fails(start, length):
    assert page_range_problem(f"{start}–{start + length}") is None
    end = start + length
    if length and len(str(end)) == len(str(start)):  # a shorter end reads as abbreviated
        assert page_range_problem(f"{end}–{start}") is not None


@given(st.text(max_size=30))
@settings(max_examples=80)
def test_page_checker_never_crashes_on_any_text(text):
    assert page_range_problem(text) is None or isinstance(page_range_problem(text), str)


# --- identifiers -----------------------------------------------------------------------


@pytest.mark.parametrize("doi", ["10.1108/IJPSM-04-2015-0073", "10.1007/978-3-030-55509-2_2"])
def test_valid_dois_pass(doi):
    assert doi_problem(doi) is None


@pytest.mark.parametrize(
    "doi", ["https://doi.org/10.1108/x", "10.1/x", "10.1007/s11747-007-0061-1.", "doi:10.1000/1"]
)
def test_invalid_dois_fail(doi):
    assert doi_problem(doi) is not None


def test_doi_rule():
    assert findings("shape.doi", article(doi="10.1108/IJPSM-04-2015-0073")) == []
    assert len(findings("shape.doi", article(doi="10.1108 IJPSM"))) == 1


@pytest.mark.parametrize(
    "isbn",
    [
        "978-3-030-55509-2",
        "0-306-40615-2",
        "080442957X",
        "ISBN 978-0-306-40615-7 (pbk.); 0 306 40615 2",
        "9780306406157 0306406152",
    ],
)
def test_valid_isbns_pass(isbn):
    assert isbn_problem(isbn) is None


@pytest.mark.parametrize(
    "isbn", ["978-3-030-55509-3", "0-306-40615-3", "12345", "977-0-306-40615-7"]
)
def test_isbns_with_wrong_check_digit_or_length_fail(isbn):
    assert isbn_problem(isbn) is not None


def test_isbn_rule():
    assert findings("shape.isbn", article(type="book", isbn="978-3-030-55509-2")) == []
    assert findings("shape.isbn", article(type="book", isbn="978-3-030-55509-3")) == [
        'alford2009engaging: ISBN "978-3-030-55509-3" has a wrong length or check digit'
    ]


@pytest.mark.parametrize(
    ("issn", "ok"),
    [
        ("0951-3558", True),
        ("0951-3559", False),
        ("2049-3630", True),
        ("1234-567", False),
        ("0378-5955", True),
        ("0317-8471", True),
    ],
)
def test_issn_check_digit(issn, ok):
    assert (issn_problem(issn) is None) is ok


def test_issn_rule_checks_works_and_journals():
    bad_journal = Venue(id="v-bad", name="Bad", identifiers={"issn": "0951-3559"})
    graph = Graph(works={}, venues={"v-bad": bad_journal})
    report = validate_graph(graph, config=ValidateConfig(select=["shape.issn"]), today=TODAY)
    assert [(f.key, f.record) for f in report.findings] == [("v-bad", ("venues", "v-bad"))]
    assert findings("shape.issn", article(issn="0951-3558")) == []


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.cetri.be/Porto-Alegre-s-Participatory?lang=fr", True),
        ("http://www.govint.org/news/blog/tags/timebanks%20uk/?no_cache=1", True),
        ("ftp://ftp.example.org/file.pdf", True),
        ("www.govint.org", False),
        ("https://exa mple.org", False),
        ("https://localhost:99999/x", False),
        ("mailto:someone@example.org", False),
        ("https://example.org/a.pdf.", False),
        ("https://nodot/x", False),
    ],
)
def test_url_syntax(url, ok):
    assert (url_problem(url) is None) is ok


def test_url_rule():
    assert findings("shape.url", article(url="https://example.org")) == []
    assert len(findings("shape.url", article(url="example.org"))) == 1


# --- accessed dates --------------------------------------------------------------------


def test_web_page_without_accessed_date_is_reported():
    page = article(key="fox2008porto", type="webpage", url="https://www.cetri.be/x", container=None)
    seen = page.model_copy(update={"key": "seen", "accessed": "2019-04-01"})
    assert findings("shape.accessed-missing", page, seen, article()) == [
        "fox2008porto: webpage has no accessed date"
    ]


@pytest.mark.parametrize(
    ("accessed", "year", "why"),
    [
        ("2019-04-02", 2014, None),
        ("2020-09", 2020, None),
        ("2019-02-30", 2014, "not a real date"),
        ("2 Apr 2019", 2014, "not YYYY"),
        ("2027-01-01", 2014, "future"),
        ("2012-11-30", 2013, "before the work"),
    ],
)
def test_accessed_date_values(accessed, year, why):
    problem = accessed_problem(accessed, year, TODAY)
    assert (problem is None) if why is None else (problem is not None and why in problem)


@pytest.mark.parametrize(
    ("original", "found"),
    [("1922", 0), ("1922-05", 0), ("2009", 1), ("2010", 1), ("c. 1850", 1)],
)
def test_original_date_rule(original: str, found: int):
    assert len(findings("shape.original-date", article(original_date=original))) == found


def test_accessed_date_rule():
    assert findings("shape.accessed-date", article(accessed="2019-04-02")) == []
    assert len(findings("shape.accessed-date", article(accessed="2019-13-01"))) == 1
