"""The five seed texts ingested: records typed, linked and deduplicated as the texts say."""

from __future__ import annotations

import re

import pytest

NOISE = {"google scholar", "article", "book", "chapter", "crossref", "download references"}


def _source_work(graph, prefix: str) -> str:
    return next(s.work for s in graph.sources.values() if s.path.split("/")[-1].startswith(prefix))


def test_every_seed_is_a_source_and_a_work(seed_graph):
    assert len(seed_graph.sources) == 5
    kinds = {s.path.split("/")[-1][:3]: s.kind for s in seed_graph.sources.values()}
    assert kinds == {
        "000": "landing-page",
        "001": "fulltext",
        "002": "landing-page",
        "003": "fulltext",
        "004": "landing-page",
    }
    for source in seed_graph.sources.values():
        assert source.work in seed_graph.works


def test_reference_list_of_002_is_76_works_and_no_noise(seed_graph):
    chapter = _source_work(seed_graph, "002")
    listed = [c for c in seed_graph.cites(chapter) if c.listed]
    assert len(listed) == 76
    for c in listed:
        work = seed_graph.works[c.cited]
        assert not work.stub
        assert work.title.strip().lower() not in NOISE
        assert work.authors or work.editors, c.cited


@pytest.mark.parametrize(
    ("key", "fields"),
    [
        (
            "brudney1983toward",
            {
                "year": 1983,
                "volume": "43",
                "issue": "1",
                "pages": "59–65",
                "type": "article-journal",
            },
        ),
        (
            "bovaird2016what",
            {"year": 2016, "year_suffix": "a", "pages": "254–277", "type": "chapter"},
        ),
        ("edson2012complex", {"pages": "499–416", "volume": "29", "issue": "5"}),
    ],
)
def test_reference_entries_have_their_fields(seed_graph, key, fields):
    work = seed_graph.works[key]
    for name, value in fields.items():
        assert getattr(work, name) == value, (key, name)


def test_chapter_entry_links_its_book_and_editors(seed_graph):
    work = seed_graph.works["bovaird2016what"]
    venue = seed_graph.venue_of(work)
    assert venue is not None and venue.kind == "book"
    assert venue.name.startswith("Critical reflections on interactive governance")
    editors = [seed_graph.agents[e] for e in work.editors]
    assert [e.family for e in editors] == ["Edelenbos", "van Meerkerk"] or [
        (getattr(e, "particle", "") + " " + e.family).strip() for e in editors
    ] == ["Edelenbos", "van Meerkerk"]
    assert work.publisher == "Edward Elgar"
    assert work.place == "Cheltenham"


def test_corporate_author_and_web_entry(seed_graph):
    work = next(
        w
        for w in seed_graph.works.values()
        if w.title.startswith("Improving public services for people in Wales")
    )
    author = seed_graph.agents[work.authors[0]]
    assert author.kind == "body" and author.name == "Welsh Government"
    assert work.accessed == "2019-03-28"
    assert work.url.startswith("https://gweddill.gov.wales/")


def test_entry_without_a_year_is_no_date(seed_graph):
    work = next(
        w
        for w in seed_graph.works.values()
        if w.title.startswith("Coproduction self-assessment framework")
    )
    assert work.year is None and work.no_date
    assert [seed_graph.agents[a].family for a in work.authors] == ["Stephens", "Slay", "Penny"]


def test_landing_page_000_is_complete(seed_graph):
    work = seed_graph.works[_source_work(seed_graph, "000")]
    assert (
        work.title
        == "Coproduction investments: Street-level management perspective on coproduction"
    )
    assert [seed_graph.agents[a].display() for a in work.authors] == [
        "Drorit Gassner",
        "Anat Gofen",
    ]
    assert work.type == "article-journal"
    assert seed_graph.venue_of(work).name == "Cogent Business and Management"
    assert (work.year, work.issue, work.article_number) == (2019, "1", "1617023")
    assert work.keywords == [
        "co-delivery",
        "coproduction",
        "public managers",
        "street-level management",
        "street-level organizations",
    ]
    assert [(m.name, m.value) for m in work.metrics] == [("Scopus citations", 7)]
    assert work.abstract.startswith("Although public managers")
    assert "USD" not in work.model_dump_json()


def test_landing_page_004_is_complete_and_one_work_with_002s_entry(seed_graph):
    key = _source_work(seed_graph, "004")
    work = seed_graph.works[key]
    assert key == "tuurnas2015learning"
    assert work.doi == "10.1108/ijpsm-04-2015-0073"
    assert (work.year, work.volume, work.issue, work.pages) == (2015, "28", "7", "583–598")
    assert work.issn == "0951-3558"
    assert seed_graph.venue_of(work).name == "International Journal of Public Sector Management"
    assert work.abstract.startswith("Purpose")
    # 002's list cites the very same work
    chapter = _source_work(seed_graph, "002")
    assert any(c.cited == key and c.listed for c in seed_graph.cites(chapter))
    assert (
        sum(1 for w in seed_graph.works.values() if w.title.startswith("Learning to co-produce"))
        == 1
    )


def test_people_merged_across_spellings_but_namesakes_kept_apart(seed_graph):
    people = {a.id: a for a in seed_graph.agents.values() if a.kind == "person"}
    bovaird = [p for p in people.values() if p.family == "Bovaird"]
    assert len(bovaird) == 1
    assert {"Bovaird, T.", "Bovaird, Tony"} <= set(bovaird[0].name_forms)
    loeffler = [p for p in people.values() if p.family in ("Loeffler", "Löffler") and p.given]
    assert len(loeffler) == 1
    assert {"Loeffler, E.", "Löffler, E."} <= set(loeffler[0].name_forms)
    ostroms = {p.given for p in people.values() if p.family == "Ostrom" and p.given}
    assert {"E.", "V."} <= ostroms


@pytest.mark.parametrize(
    ("surface", "cited", "locator", "narrative"),
    [
        ("Bovaird & Loeffler, 2012, p. 1121", "bovaird2012engagement", "p. 1121", False),
        ("Brudney and England (1983)", "brudney1983toward", "", True),
        ("Alford (2009, p. 183)", "alford2009engaging", "p. 183", True),
        ("Frederickson's (1982)", "frederickson1982recovery", "", True),
        ("Ostrom, 1996", "ostrom1996crossing", "", False),
        ("Normann, 1984", "normann1984services", "", False),
        ("Parks, et al., 1981 & 1999", "parks1981consumers", "", False),
    ],
)
def test_full_text_mentions_link_to_the_works_they_name(
    seed_graph, surface, cited, locator, narrative
):
    found = [(c, m) for c in seed_graph.citations for m in c.mentions if m.surface == surface]
    assert found, surface
    citation, mention = found[0]
    assert citation.cited == cited
    assert mention.locator == locator
    assert mention.narrative is narrative
    compact = re.sub(r"\s+", " ", surface)
    assert compact in mention.context


def test_mention_spans_point_into_the_source_text(seed_graph, seeds_dir):
    texts = {
        sid: (seeds_dir / s.path.split("/")[-1]).read_text(encoding="utf-8")
        for sid, s in seed_graph.sources.items()
    }
    mentions = [m for c in seed_graph.citations for m in c.mentions]
    assert len(mentions) >= 70
    for m in mentions:
        assert texts[m.source][m.start : m.end] == m.surface


def test_false_friends_are_not_citations(seed_graph):
    surfaces = " | ".join(m.surface for c in seed_graph.citations for m in c.mentions)
    assert "2009 Nobel" not in surfaces
    assert "chapter 3" not in surfaces
    assert not any(w.year == 2009 and w.stub and not w.authors for w in seed_graph.works.values())


def test_unknown_works_become_stubs_with_authors_and_year(seed_graph):
    stub = seed_graph.works["ostrom1977"]
    assert stub.stub and stub.year == 1977
    assert len(stub.authors) == 2
