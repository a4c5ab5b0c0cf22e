"""Saved web pages: their visible text and the bibliographic meta tags of their head."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import InputError
from coprod_refs.sources import decode, read_source
from coprod_refs.sources.html_meta import work_from_meta
from coprod_refs.sources.html_text import page_text

PAGE = """<!DOCTYPE html>
<html><head>
<title>Beyond Engagement - Public Administration Review</title>
<meta name="citation_title" content="Beyond Engagement and Participation">
<meta name="citation_author" content="Bovaird, Tony">
<meta name="citation_publication_date" content="2007/09/01">
<meta name="citation_journal_title" content="Public Administration Review">
<meta name="citation_volume" content="67">
<meta name="citation_issue" content="5">
<meta name="citation_firstpage" content="846">
<meta name="citation_lastpage" content="60">
<meta name="citation_doi" content="10.1111/J.1540-6210.2007.00773.X">
<script>var hidden = "(Hidden, 1999)";</script>
</head><body>
<h1>Beyond   Engagement and Participation</h1>
<p>Coproduction was theorised early (Ostrom &amp; Ostrom, 1977).
Whitaker (1980) described citizen roles.</p>
<h2>References</h2><ul>
<li>Ostrom, V., &amp; Ostrom, E. (1977). Public goods and public choices. In E. S. Savas
(Ed.), <i>Alternatives for delivering public services</i> (pp. 7&#8211;49). Boulder, CO:
Westview Press.</li>
<li>Whitaker, G. P. (1980). Coproduction: Citizen participation in service delivery.
<i>Public Administration Review</i>, 40(3), 240&#8211;246.</li>
</ul>
</body></html>
"""


def test_page_text_has_one_line_per_block_and_no_hidden_content() -> None:
    page = page_text(PAGE)
    lines = page.text.splitlines()
    assert lines[0] == "Beyond Engagement and Participation"
    assert lines[1].startswith("Coproduction was theorised early (Ostrom & Ostrom, 1977).")
    assert lines[3].endswith("Boulder, CO: Westview Press.")
    assert lines[4].endswith("Public Administration Review, 40(3), 240–246.")
    assert "Hidden" not in page.text and "Public Administration Review</title" not in page.text
    assert page.meta["citation_author"] == ["Bovaird, Tony"]


def test_numbered_list_items_open_with_their_numbers() -> None:
    html = (
        "<ol><li>First</li><li>Second<ul><li>bullet</li></ul></li></ol>"
        '<ol start="7"><li>Seventh</li><li>Eighth</li></ol><ul><li>plain</li></ul>'
    )
    assert page_text(html).text.splitlines() == [
        "1. First",
        "2. Second",
        "bullet",
        "7. Seventh",
        "8. Eighth",
        "plain",
    ]


def test_a_doi_link_labelled_crossref_shows_its_address() -> None:
    doi = "https://doi.org/10.1016/0305-750X(95)00023-X"
    html = (
        "<ol><li>Ostrom, E. Crossing the great divide. <em>World Dev.</em> <b>1996</b>, "
        f'<i>24</i>, 1073–1087. [<a href="https://scholar.google.com">Google Scholar</a>] '
        f'[<a href="{doi}">CrossRef</a>]</li>'
        '<li>See <a href="https://doi.org/10.1111/puar.12765">the article by Nabatchi '
        'and colleagues</a> and <a href="https://doi.org/10.1111/puar.1">10.1111/puar.1</a>.</li></ol>'
    )
    assert page_text(html).text.split("\n")[:2] == [
        "1. Ostrom, E. Crossing the great divide. World Dev. 1996, 24, 1073–1087. "
        f"[Google Scholar] [{doi}]",
        "2. See the article by Nabatchi and colleagues and 10.1111/puar.1.",
    ]


def test_endnotes_in_a_numbered_list_are_read_as_notes(tmp_path: Path) -> None:
    path = tmp_path / "blog.html"
    path.write_text(
        "<html><body><h1>Co-production in local government</h1>"
        "<p>Citizens have long helped councils.<sup>1</sup> The term came from Indiana."
        "<sup>2</sup></p><p>British councils took it up later.<sup>3</sup></p>"
        "<h2>Notes</h2><ol>"
        "<li>Elinor Ostrom, <em>Governing the Commons</em> (Cambridge: Cambridge University"
        " Press, 1990), 12.</li>"
        '<li>Elinor Ostrom, "Crossing the Great Divide," <em>World Development</em> 24, no.'
        " 6 (1996): 1073.</li><li>Ibid., 1080.</li></ol></body></html>",
        encoding="utf-8",
    )
    extraction = read_source(path)
    assert [(m.year, m.locator, m.context) for m in extraction.mentions] == [
        (1990, "12", "Citizens have long helped councils."),
        (1996, "1073", "The term came from Indiana."),
        (1996, "1080", "British councils took it up later."),
    ]


def test_meta_tags_state_the_pages_work() -> None:
    work = work_from_meta(page_text(PAGE).meta)
    assert work is not None
    assert (work.type, work.title, work.year) == (
        "article-journal",
        "Beyond Engagement and Participation",
        2007,
    )
    assert [(n.family, n.given) for n in work.authors] == [("Bovaird", "Tony")]
    assert (work.container_title, work.container_kind) == (
        "Public Administration Review",
        "journal",
    )
    assert (work.volume, work.issue, work.pages) == ("67", "5", "846–860")
    assert work.doi == "10.1111/j.1540-6210.2007.00773.x"


def test_chapter_thesis_and_dublin_core_pages() -> None:
    chapter = work_from_meta(
        {
            "citation_title": ["Co-production in care"],
            "citation_author": ["Elke Loeffler", "Tony Bovaird"],
            "citation_inbook_title": ["The Palgrave Handbook"],
            "citation_date": ["2018"],
        }
    )
    assert chapter is not None
    assert (chapter.type, chapter.container_kind, chapter.year) == ("chapter", "book", 2018)
    assert [n.family for n in chapter.authors] == ["Loeffler", "Bovaird"]
    thesis = work_from_meta(
        {"dc.title": ["Citizens as co-producers"], "citation_dissertation_institution": ["UCL"]}
    )
    assert thesis is not None and thesis.type == "thesis"
    assert work_from_meta({"citation_author": ["Nobody, A."]}) is None


def test_an_html_file_is_read_with_its_meta_tags_and_reference_list(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    extraction = read_source(path)
    assert extraction.source.kind != "reference-list"
    document = extraction.document
    assert document is not None
    assert document.doi == "10.1111/j.1540-6210.2007.00773.x"
    assert document.pages == "846–860"
    assert [r.year for r in extraction.references] == [1977, 1980]
    assert sorted((m.authors[0], m.year) for m in extraction.mentions) == [
        ("Ostrom", 1977),
        ("Whitaker", 1980),
    ]


def test_a_page_without_meta_tags_is_read_as_its_text(tmp_path: Path) -> None:
    path = tmp_path / "list.htm"
    path.write_text(
        "<ul><li>Ostrom, E. (1990). Governing the commons. Cambridge: CUP.</li>"
        "<li>Sharp, E. B. (1980). Toward a new understanding. Midwest Review, 14(2), 105-118.</li>"
        "<li>Alford, J. (2009). Engaging public sector clients. Basingstoke: Palgrave.</li></ul>",
        encoding="utf-8",
    )
    extraction = read_source(path)
    assert extraction.document is None
    assert [w.year for w in extraction.works] == [1990, 1980, 2009]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcp&;#x1\n")), max_size=300))
def test_any_markup_gives_text_without_error(html: str) -> None:
    page = page_text(html)
    assert page.text.endswith("\n")
    assert all(line == line.strip() for line in page.text.splitlines())


def test_a_directory_ingest_picks_up_every_suffix_a_reader_claims(tmp_path: Path) -> None:
    from coprod_refs.ingest import expand_paths

    for name in ("page.html", "old.htm", "refs.bib", "list.ris", "items.json", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "figure.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    found = sorted(p.name for p in expand_paths([tmp_path]).files)
    assert found == ["items.json", "list.ris", "notes.txt", "old.htm", "page.html", "refs.bib"]


LIBRARY_PAGE = """<html><head>
<meta name="dc.Title" content="Volunteering in public libraries">
<meta name="dc.Creator" content="Ingrid Holm">
<meta name="dc.Date" content="03 Mar 2016">{extra}
</head><body>
<div>Journal of Civic Services, Volume 12, 2015 - Issue 2</div>
<h1>Volunteering in public libraries</h1>
<div>Ingrid Holm</div>
<div>Pages 101-120 | Published online: 03 Mar 2016</div>
<h2>Abstract</h2><p>Libraries rely on volunteers (Dahl, 2010).</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("extra", "year"),
    [
        ("", 2015),  # the online date yields to the issue year the page prints
        ('\n<meta name="citation_publication_date" content="2017/01/01">', 2017),
        ('\n<meta name="citation_date" content="2014">', 2014),
    ],
)
def test_an_issue_date_tag_wins_and_an_online_date_tag_yields(
    tmp_path: Path, extra: str, year: int
) -> None:
    path = tmp_path / "page.html"
    path.write_text(LIBRARY_PAGE.format(extra=extra), encoding="utf-8")
    document = read_source(path).document
    assert document is not None
    assert (document.title, document.year) == ("Volunteering in public libraries", year)


def test_an_online_date_tag_dates_a_page_that_prints_no_year(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = LIBRARY_PAGE.format(extra="").replace(", Volume 12, 2015 - Issue 2", "")
    path.write_text(page.replace(" | Published online: 03 Mar 2016", ""), encoding="utf-8")
    document = read_source(path).document
    assert document is not None and document.year == 2016


@pytest.mark.parametrize(
    ("declaration", "body", "encoding"),
    [
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
            "Jörg Müller - Koproduktion",
            "latin-1",
        ),
        ("<meta charset='windows-1252'>", "Jörg Müller – Koproduktion", "cp1252"),
        ('<meta charset="ISO-8859-15">', "Jörg Müller € Koproduktion", "iso-8859-15"),
        ('<?xml version="1.0" encoding="iso-8859-1"?><html>', "Jörg Müller", "latin-1"),
        # A page re-saved as UTF-8 that keeps its old declaration is read as UTF-8.
        ('<meta charset="iso-8859-1">', "Jörg Müller – Koproduktion", "utf-8"),
    ],
)
def test_a_page_is_decoded_in_the_character_set_it_declares(
    declaration: str, body: str, encoding: str
) -> None:
    page = f"{declaration}<head></head><body><h1>{body}</h1></body>"
    assert decode(page.encode(encoding), Path("page.html")) == page


def test_a_latin1_page_is_read_with_its_meta_tags(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        '<meta name="citation_title" content="Koproduktion in der Kommune">'
        '<meta name="citation_author" content="Müller, Jörg">'
        '<meta name="citation_publication_date" content="2015"></head>'
        "<body><h1>Koproduktion in der Kommune</h1><p>Text (Bogumil 2013).</p></body>"
        "</html>".encode("latin-1")
    )
    document = read_source(path).document
    assert document is not None
    assert [(n.family, n.given) for n in document.authors] == [("Müller", "Jörg")]
    assert (document.title, document.year) == ("Koproduktion in der Kommune", 2015)


@pytest.mark.parametrize(
    ("declaration", "byte", "message"),
    [
        ("", b"\xfc", r"not UTF-8 text \(invalid byte 0xfc\)$"),
        ('<meta charset="utf-8">', b"\xfc", r"not UTF-8 text \(invalid byte 0xfc\)$"),
        (
            '<meta charset="ascii">',
            b"\x81",
            r"not UTF-8 text \(invalid byte 0x81\), nor cp1252 as declared$",
        ),
    ],
)
def test_bytes_that_are_not_the_declared_text_are_refused(
    declaration: str, byte: bytes, message: str
) -> None:
    data = f"<html><head>{declaration}</head><body>M".encode() + byte + b"ller</body></html>"
    with pytest.raises(InputError, match=message):
        decode(data, Path("page.html"))
