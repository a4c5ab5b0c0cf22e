"""References a saved page states in `citation_reference` meta tags: read when the page's
text holds no list, in Highwire fields or as printed, and linked to the text's citations."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from builders import store_of_file
from coprod_refs.sources import read_source
from coprod_refs.sources.html_references import references_from_meta

OSTROM = (
    "citation_journal_title=World Dev; citation_title=Crossing the great divide: "
    "coproduction, synergy, and development; citation_author=E Ostrom; citation_volume=24; "
    "citation_issue=6; citation_publication_date=1996; citation_pages=1073-1087; "
    "citation_doi=10.1016/0305-750X(96)00023-X; citation_id=CR1"
)
PESTOFF = (
    "citation_title=Co-production: the third sector; citation_publication_date=2006; "
    "citation_author=V Pestoff; citation_author=T Brandsen; citation_publisher=Routledge"
)
ALFORD = "Alford, J. (2009). Engaging public sector clients. Basingstoke: Palgrave Macmillan."
SAVAS = (
    "citation_inbook_title=Alternatives for delivering public services; "
    "citation_author=V Ostrom; citation_publication_date=1977; citation_firstpage=7"
)


def test_fields_and_printed_references_in_their_order() -> None:
    works = references_from_meta({"citation_reference": [OSTROM, ALFORD, PESTOFF, SAVAS]})
    ostrom, alford, pestoff, savas = works
    assert (ostrom.type, ostrom.title[:25], ostrom.container_title) == (
        "article-journal",
        "Crossing the great divide",
        "World Dev",
    )
    assert (ostrom.year, ostrom.volume, ostrom.issue, ostrom.pages) == (
        1996,
        "24",
        "6",
        "1073–1087",
    )
    assert ostrom.doi == "10.1016/0305-750x(96)00023-x"
    assert [a.family for a in ostrom.authors] == ["Ostrom"]
    assert (alford.year, alford.publisher, alford.place) == (
        2009,
        "Palgrave Macmillan",
        "Basingstoke",
    )
    assert (pestoff.type, pestoff.publisher) == ("book", "Routledge")
    assert [a.family for a in pestoff.authors] == ["Pestoff", "Brandsen"]
    assert (savas.title, savas.year) == ("Alternatives for delivering public services", 1977)


def test_tags_without_a_title_or_content_give_nothing() -> None:
    meta = {"citation_reference": ["citation_author=X Y; citation_volume=2", "  ", OSTROM]}
    assert [w.year for w in references_from_meta(meta)] == [1996]
    assert references_from_meta({}) == []


def _page(body: str, tags: list[str]) -> str:
    metas = "\n".join(f'<meta name="citation_reference" content="{t}">' for t in tags)
    return (
        '<html><head><meta name="citation_title" content="Co-production in welfare">'
        '<meta name="citation_author" content="Verschuere, Bram">'
        '<meta name="citation_publication_date" content="2012">'
        f"{metas}</head><body><h1>Co-production in welfare</h1>{body}</body></html>"
    )


def test_a_page_without_a_visible_list_cites_the_works_its_tags_state(tmp_path: Path) -> None:
    body = "<p>Citizens co-produce (Ostrom 1996). Alford (2009) agrees, as do Pestoff and "
    body += "Brandsen (2006).</p>"
    graph, report = store_of_file(tmp_path, "page.html", _page(body, [OSTROM, ALFORD, PESTOFF]))
    assert report.problems == []
    assert not any(w.stub for w in graph.works.values())
    assert sorted(c.cited for c in graph.citations) == [
        "alford2009engaging",
        "ostrom1996crossing",
        "pestoff2006coproduction",
    ]


def test_numbered_citations_cite_the_tags_in_their_order(tmp_path: Path) -> None:
    body = "<p>Citizens co-produce [1, 2]. Others disagree [3]. Table [4] sums it up.</p>"
    graph, report = store_of_file(tmp_path, "page.html", _page(body, [OSTROM, ALFORD, PESTOFF]))
    assert report.problems == []
    cited = {c.cited: [m.surface for m in c.mentions] for c in graph.citations}
    assert cited == {
        "ostrom1996crossing": ["[1, 2]"],
        "alford2009engaging": ["[1, 2]"],
        "pestoff2006coproduction": ["[3]"],
    }


def test_a_page_citing_by_author_and_year_reads_no_numbers(tmp_path: Path) -> None:
    body = "<p>Citizens co-produce (Ostrom 1996), see figure [2].</p>"
    graph, _ = store_of_file(tmp_path, "page.html", _page(body, [OSTROM, ALFORD]))
    mentions = [m.surface for c in graph.citations for m in c.mentions]
    assert mentions == ["Ostrom 1996"]


def test_a_visible_list_wins_over_the_tags(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = "<p>As shown (Sharp, 1980).</p><h2>References</h2><ul><li>Sharp, E. B. (1980). "
    body += "Toward a new understanding. Midwest Review, 14(2), 105-118.</li></ul>"
    path.write_text(_page(body, [OSTROM]), encoding="utf-8")
    assert [r.year for r in read_source(path).references] == [1980]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="citaon_ltrhy=; 19X.-–Ab", max_size=80), max_size=4))
def test_any_tag_contents_read_without_error(tags: list[str]) -> None:
    for work in references_from_meta({"citation_reference": tags}):
        assert work.title or work.authors or work.container_title
