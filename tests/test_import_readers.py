"""Readers for .bib, .ris and CSL-JSON: fields, names, decoding, and bad input reported
with file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import ParseError
from coprod_refs.model import Extraction
from coprod_refs.sources import source_document
from coprod_refs.sources.bibtex import decode_latex, parse_names, read_bibtex
from coprod_refs.sources.csljson import read_csljson
from coprod_refs.sources.ris import read_ris, ris_name

BIB = r"""% a library written by hand, in several styles
@string{pmr = "Public Management Review"}

@article{Bovaird:2007,
  author    = {Bovaird, Tony and L{\"o}ffler, Elke and {World Health Organization}},
  title     = {Beyond engagement and participation: user and community {coproduction}},
  journal   = pmr,
  year      = 2007,
  volume    = {67},
  number    = {5},
  pages     = {846--860},
  doi       = {10.1111/j.1540-6210.2007.00773.x},
  keywords  = {co-production; participation},
}

@incollection{steen2018,
  author = "Trui Steen and van Eijk, Carola",
  editor = {Brandsen, Taco and Verschuere, Bram},
  title = {The dark side of co-creation},
  booktitle = {Co-Production and Co-Creation},
  date = {2018-03-01},
  publisher = {Routledge},
  address = {New York},
  ids = {steen2018dark, oldkey},
}

@article{broken,
  title = {No closing brace,
  year = 2020

@misc{govuk,
  author = {{Cabinet Office}},
  title = {Guidance \& tools: 100\% {\textbraceleft}open{\textbraceright}},
  howpublished = {\url{https://www.gov.uk/x_y}},
  year = {n.d.},
  urldate = {2024-01-02},
}

@misc{empty, year = {2001}}
"""


def _read(reader, text: str, name: str) -> Extraction:  # type: ignore[no-untyped-def]
    return reader(text, source_document(text.encode(), Path(name), "test"))


def test_bibtex_fields_names_and_decoding() -> None:
    ex = _read(read_bibtex, BIB, "refs.bib")
    works = {w.key: w for w in ex.works}
    assert sorted(works) == ["Bovaird:2007", "govuk", "steen2018"]
    bovaird = works["Bovaird:2007"]
    assert bovaird.type == "article-journal"
    assert [n.display() for n in bovaird.authors] == [
        "Tony Bovaird",
        "Elke Löffler",
        "World Health Organization",
    ]
    assert bovaird.authors[2].is_body
    assert bovaird.container_title == "Public Management Review"
    assert (bovaird.year, bovaird.volume, bovaird.issue) == (2007, "67", "5")
    assert bovaird.pages == "846-860"
    assert bovaird.keywords == ["co-production", "participation"]
    assert bovaird.title.endswith("community coproduction")
    steen = works["steen2018"]
    assert steen.type == "chapter" and steen.container_kind == "book"
    assert [(n.given, n.particle, n.family) for n in steen.authors] == [
        ("Trui", "", "Steen"),
        ("Carola", "van", "Eijk"),
    ]
    assert [n.family for n in steen.editors] == ["Brandsen", "Verschuere"]
    assert steen.year == 2018 and steen.aliases == ["steen2018dark", "oldkey"]
    govuk = works["govuk"]
    assert govuk.title == "Guidance & tools: 100% {open}"
    assert govuk.url == "https://www.gov.uk/x_y"
    assert govuk.no_date and govuk.year is None and govuk.accessed == "2024-01-02"
    assert govuk.span is not None and govuk.raw.startswith("@misc{govuk")


def test_bibtex_unreadable_entries_are_reported_with_file_and_line() -> None:
    ex = _read(read_bibtex, BIB, "refs.bib")
    assert ex.problems == [
        "refs.bib:27: Unexpected block start: `@misc`. Was still looking for field-value "
        "closing `}`",
        "refs.bib:39: entry 'empty' has no title, author or editor",
    ]


def test_bibtex_file_with_nothing_readable_raises_with_line() -> None:
    with pytest.raises(ParseError) as err:
        _read(read_bibtex, "\n\n@article{x,\n  title = {open\n", "bad.bib")
    assert err.value.file == "bad.bib" and err.value.line == 3
    with pytest.raises(ParseError):
        _read(read_bibtex, "% only a comment\n", "empty.bib")


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"Gr{\"o}nroos", "Grönroos"),
        (r"Gr\"{o}nroos", "Grönroos"),
        (r"{\'\i}{\c c}{\v{z}}{\H o}{\k{a}}", "íçžőą"),
        (r"{\ss}{\o}{\L}{\textemdash}", "ßøŁ—"),
        (r"a--b---c ``q''", "a–b—c “q”"),
        (r"\emph{Nice} $\alpha$-test \textbackslash{}x", "Nice α-test \\x"),
        (r"-{}- '{}' \& \% \$ \# \_", "-- '' & % $ # _"),
    ],
)
def test_latex_decoding(latex: str, text: str) -> None:
    assert decode_latex(latex) == text


def test_bibtex_name_forms() -> None:
    names = parse_names(r"von Neumann, Jr., John and {\"O}zt{\"u}rk, Ay{\c{s}}e and Plato")
    assert [(n.family, n.particle, n.suffix, n.given) for n in names] == [
        ("Neumann", "von", "Jr.", "John"),
        ("Öztürk", "", "", "Ayşe"),
        ("Plato", "", "", ""),
    ]


RIS = """TY  - JOUR
ID  - ostrom1996crossing
AU  - Ostrom, Elinor
AU  - van Eijk, Carola
AU  - Welsh Government,
TI  - Crossing the great divide
T2  - World Development
PY  - 1996///
VL  - 24
IS  - 6
SP  - 1073
EP  - 1087
SN  - 0305-750X
DO  - 10.1016/0305-750X(96)00023-X
KW  - coproduction
KW  - synergy
AB  - A long abstract that
  continues on the next line.
Y2  - 2020/05/06
ER  -

AU  - Orphan, Line
TY  - BOOK
TI  - Never finished
"""


def test_ris_fields_and_problems() -> None:
    ex = _read(read_ris, RIS, "refs.ris")
    [work] = ex.works
    assert work.key == "ostrom1996crossing" and work.type == "article-journal"
    assert [(n.particle, n.family, n.given, n.literal) for n in work.authors] == [
        ("", "Ostrom", "Elinor", ""),
        ("van", "Eijk", "Carola", ""),
        ("", "", "", "Welsh Government"),
    ]
    assert (work.year, work.pages, work.issn) == (1996, "1073-1087", "0305-750X")
    assert work.abstract == "A long abstract that continues on the next line."
    assert work.accessed == "2020-05-06" and work.keywords == ["coproduction", "synergy"]
    assert ex.problems == [
        "refs.ris:22: 'AU' line outside a record (expected 'TY  - ')",
        "refs.ris:23: record has no 'ER  - ' at the end of the file",
    ]


@pytest.mark.parametrize(
    ("y2", "accessed"),
    [("2019/02/31", "2019-02"), ("2019/03//", "2019-03"), ("March 5, 2019", "2019-03-05")],
)
def test_ris_access_dates_are_checked(y2: str, accessed: str) -> None:
    ex = _read(read_ris, f"TY  - ELEC\nTI  - Page\nY2  - {y2}\nER  - \n", "refs.ris")
    assert ex.works[0].accessed == accessed


def test_ris_without_records_raises() -> None:
    with pytest.raises(ParseError) as err:
        _read(read_ris, "just some text\n", "x.ris")
    assert err.value.line == 1


def test_ris_name_forms() -> None:
    assert ris_name("King, Martin Luther, Jr.").suffix == "Jr."
    assert ris_name("Plato").family == "Plato"


CSL = [
    {"id": "a", "type": "article-journal", "title": "One", "author": [{"family": "X"}]},
    {"id": "b", "type": "book"},
    7,
    {"id": "c", "type": "not-a-type", "title": "Three", "issued": {"date-parts": [[2001]]}},
]


def test_csljson_items_and_problems_with_lines() -> None:
    text = "[\n" + ",\n".join(json.dumps(i) for i in CSL) + "\n]\n"
    ex = _read(read_csljson, text, "refs.json")
    assert [w.key for w in ex.works] == ["a", "c"]
    assert ex.works[1].type == "document" and ex.works[1].year == 2001
    assert ex.problems == [
        "refs.json:3: item 2 has no title, author or editor",
        "refs.json:4: item 3 is not an object",
    ]


@pytest.mark.parametrize(
    "text",
    ['[{"id": "a", "id": "b"}]', '[{"title": NaN}]', '[{"title": "\\ud800"}]', "[" * 100],
)
def test_csljson_is_loaded_safely(text: str) -> None:
    with pytest.raises(ParseError):
        _read(read_csljson, text, "bad.json")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_readers_never_crash_on_arbitrary_text(text: str) -> None:
    for reader, name in ((read_bibtex, "x.bib"), (read_ris, "x.ris"), (read_csljson, "x.json")):
        try:
            _read(reader, text, name)
        except ParseError as exc:
            assert exc.file == name


def test_bibtex_publication_state_is_read_from_pubstate_or_the_year() -> None:
    text = (
        "@article{a, author = {Ostrom, Elinor}, title = {Revisited}, pubstate = {inpress}}\n"
        "@book{b, author = {Smith, Jo}, title = {Later}, year = {forthcoming}}\n"
        "@book{c, author = {Smith, Jo}, title = {Out}, year = {2020}, pubstate = {inpress}}\n"
    )
    works = {w.key: w for w in _read(read_bibtex, text, "refs.bib").works}
    assert [(works[k].year, works[k].status) for k in "abc"] == [
        (None, "in press"),
        (None, "forthcoming"),
        (2020, ""),
    ]
