"""Identity resolution: people, venues, works and mentions, on records written here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from builders import source, statement
from coprod_refs.model import ExtractedMention, Extraction, Name
from coprod_refs.resolve.build import build_graph
from coprod_refs.resolve.people import givens_compatible, resolve_people
from coprod_refs.resolve.venues import venue_name_key
from coprod_refs.resolve.works import titles_match


def _mention(authors: list[str], year: int, start: int, **kw: object) -> ExtractedMention:
    surface = f"({' & '.join(authors)}, {year})"
    return ExtractedMention(
        authors=authors, year=year, surface=surface, start=start, end=start + len(surface), **kw
    )


def test_given_names_compatible_by_initials_and_spelling():
    assert givens_compatible("T.", "Tony")
    assert givens_compatible("J. L.", "Jeffrey L.")
    assert givens_compatible("", "Elinor")
    assert not givens_compatible("E.", "V.")
    assert not givens_compatible("John", "Jane")


def test_one_person_under_every_spelling_but_namesakes_kept_apart():
    names = [
        (Name(family="Bovaird", given="T."), "s1"),
        (Name(family="Bovaird", given="Tony"), "s2"),
        (Name(family="Löffler", given="Elke"), "s2"),
        (Name(family="Loeffler", given="E."), "s1"),
        (Name(family="Ostrom", given="E."), "s1"),
        (Name(family="Ostrom", given="V."), "s1"),
        (Name(literal="Welsh Government"), "s1"),
    ]
    index = resolve_people(names)
    ids = [index.agent_id(n) for n, _ in names]
    assert ids[0] == ids[1]
    assert ids[2] == ids[3]
    assert ids[4] != ids[5]
    person = index.agents[ids[0]]
    assert person.given == "Tony"
    assert person.name_forms == ["Bovaird, T.", "Bovaird, Tony"]
    assert index.agents[ids[6]].kind == "body"


def test_venue_names_fold_case_article_and_ampersand():
    assert venue_name_key("The Public Administration Review") == venue_name_key(
        "public administration review"
    )
    assert venue_name_key("Policy & Politics") == venue_name_key("Policy and Politics")


def test_titles_match_typos_and_dropped_subtitles_but_not_other_titles():
    assert titles_match("Learning to co-produce? The perspective", "Learning to coproduce?")
    assert titles_match(
        "The snakes and ladders of user involvement: Moving beyond Arnstein",
        "The snakes and ladders of user involvement",
    )
    assert not titles_match("Crossing the great divide", "Governing the commons")


def test_same_work_from_two_sources_is_one_work_and_mentions_resolve_to_it():
    page = Extraction(
        source=source("a"),
        document=statement(
            "Tuurnas",
            "Sanna",
            2015,
            "Learning to co-produce? The perspective of public service professionals",
            doi="10.1108/ijpsm-04-2015-0073",
        ),
    )
    chapter = Extraction(
        source=source("b"),
        document=statement("Loeffler", "E.", 2021, "Distinguishing types", type="chapter"),
        references=[
            statement(
                "Tuurnas", "S.", 2015, "Learning to co-produce?", doi="10.1108/IJPSM-04-2015-0073"
            ),
            statement("Bovaird", "T.", 2016, "What has co-production ever done", year_suffix="a"),
            statement("Bovaird", "T.", 2016, "Quality management", year_suffix="b"),
        ],
        mentions=[
            _mention(["Tuurnas"], 2015, 10),
            _mention(["Bovaird"], 2016, 40, year_suffix="b"),
            _mention(["Bovaird"], 2016, 80),
            _mention(["Ostrom"], 1990, 120),
        ],
    )
    result = build_graph([page, chapter], [])
    graph = result.graph
    tuurnas = [w for w in graph.works.values() if w.title.startswith("Learning")]
    assert len(tuurnas) == 1
    assert tuurnas[0].key == "tuurnas2015learning"
    citing = graph.sources["b"].work
    cited = {c.cited: c for c in graph.cites(citing)}
    assert len(cited["tuurnas2015learning"].mentions) == 1
    assert cited["bovaird2016quality"].mentions[0].start == 40
    # "Bovaird 2016" without suffix fits two works: reported, not guessed.
    assert len(graph.ambiguities) == 1
    assert sorted(graph.ambiguities[0].candidates) == ["bovaird2016quality", "bovaird2016what"]
    # Ostrom 1990 is not in the store: a stub.
    stub = graph.works["ostrom1990"]
    assert stub.stub and stub.year == 1990
    assert result.counts.stubs == 1


def test_book_and_its_chapter_with_one_title_stay_apart():
    a = Extraction(
        source=source("a"),
        works=[
            statement("Bovaird", "T.", 2016, "Public management and governance", type="book"),
            statement("Bovaird", "T.", 2016, "Public management and governance", type="chapter"),
        ],
    )
    graph = build_graph([a], []).graph
    assert len(graph.works) == 2


def _corpus() -> list[Extraction]:
    return [
        Extraction(
            source=source(f"s{i}"),
            document=statement(
                f"Author{i}", "A.", 2000 + i, f"Document number {i} about co-production"
            ),
            references=[
                statement("Ostrom", "E.", 1996, "Crossing the great divide"),
                statement(
                    "Brudney", "J. L.", 1983, "Toward a definition of the coproduction concept"
                ),
                statement("Alford", "J.", 2000 + i % 3, f"Engaging clients {i % 3}"),
            ],
            mentions=[_mention(["Ostrom"], 1996, 5), _mention(["Brudney"], 1983, 50)],
        )
        for i in range(5)
    ]


@settings(max_examples=25, deadline=None)
@given(st.permutations(list(range(5))))
def test_ingest_order_does_not_change_the_graph(order: list[int]):
    corpus = _corpus()
    reference = build_graph(corpus, [])
    keys: list = []
    seen: list[Extraction] = []
    for i in order:  # one ingest per file, carrying the key registry along
        seen.append(corpus[i])
        step = build_graph(seen, keys)
        keys = step.keys
    assert step.graph == reference.graph
    assert keys == reference.keys


def test_rebuilding_is_idempotent_and_keeps_keys():
    corpus = _corpus()
    first = build_graph(corpus, [])
    again = build_graph(corpus, first.keys)
    assert again.graph == first.graph
    assert again.keys == first.keys


def test_et_al_mention_joins_the_stub_that_names_every_author():
    doc = Extraction(
        source=source("a"),
        document=statement("Bovaird", "T.", 2012, "Coproducing public services"),
        mentions=[
            _mention(["Loeffler", "Parrado", "Bovaird", "van Ryzin"], 2008, 10),
            _mention(["Loeffler"], 2008, 60, et_al=True),
            _mention(["Pestoff"], 2012, 90),
            _mention(["Pestoff", "Brandsen", "Verschuere"], 2012, 120),
        ],
    )
    graph = build_graph([doc], []).graph
    stubs = {w.key: w for w in graph.works.values() if w.stub}
    assert sorted(stubs) == ["loeffler2008", "pestoff2012", "pestoff2012a"]
    loeffler = next(c for c in graph.citations if c.cited == "loeffler2008")
    assert [m.start for m in loeffler.mentions] == [10, 60]


def test_mentions_link_to_an_entry_whose_own_author_list_ends_in_et_al():
    listed = statement("Parks", "R. B.", 1981, "Consumers as coproducers", flags=["et-al"])
    doc = Extraction(
        source=source("a"),
        document=statement("Berg", "A.", 2020, "Co-production revisited"),
        references=[listed],
        mentions=[
            _mention(["Parks"], 1981, 10, et_al=True),
            _mention(["Parks", "Baker", "Kiser"], 1981, 40),
            _mention(["Kiser"], 1981, 80),
        ],
    )
    graph = build_graph([doc], []).graph
    parks = next(c for c in graph.citations if c.cited == "parks1981consumers")
    assert [m.start for m in parks.mentions] == [10, 40]
    assert sorted(w.key for w in graph.works.values() if w.stub) == ["kiser1981"]


def test_numbered_citations_link_to_the_numbered_entries():
    refs = [
        statement("Ostrom", "E.", 1996, "Crossing the great divide", label="1"),
        statement("Alford", "J.", 2009, "Engaging public sector clients", label="2"),
    ]
    doc = Extraction(
        source=source("a"),
        document=statement("Nabatchi", "T.", 2017, "Varieties of participation"),
        references=refs,
        mentions=[
            ExtractedMention(label="2", surface="[2]", start=10, end=13),
            ExtractedMention(label="1", surface="[1]", start=40, end=43),
            ExtractedMention(label="7", surface="[7]", start=70, end=73),
        ],
    )
    graph = build_graph([doc], []).graph
    cited = {c.cited: [m.surface for m in c.mentions] for c in graph.citations}
    assert cited == {"alford2009engaging": ["[2]"], "ostrom1996crossing": ["[1]"]}
    assert [a.mention.surface for a in graph.ambiguities] == ["[7]"]
    assert graph.ambiguities[0].candidates == []


def test_titles_differing_only_in_a_number_are_different_works():
    assert not titles_match(
        "Co-production in practice: Part 1", "Co-production in practice: Part 2"
    )
    a = Extraction(
        source=source("a"),
        works=[
            statement(
                "Pestoff", "V.", 2012, "Co-production and third sector social services, part 1"
            ),
            statement(
                "Pestoff", "V.", 2012, "Co-production and third sector social services, part 2"
            ),
            statement("Pestoff", "V.", 2012, "Co-production and third sector social services"),
        ],
    )
    graph = build_graph([a], []).graph
    assert len(graph.works) == 3


def test_same_title_with_different_dois_stays_apart():
    a = Extraction(
        source=source("a"),
        works=[
            statement("Alford", "J.", 2014, "The multiple facets of co-production", doi="10.1/a"),
            statement("Alford", "J.", 2014, "The multiple facets of co-production", doi="10.1/b"),
        ],
    )
    assert len(build_graph([a], []).graph.works) == 2


def test_an_in_press_mention_links_to_the_in_press_entry():
    listed = statement("Smith", "J.", 2000, "Co-production at work").model_copy(
        update={"year": None}
    )
    doc = Extraction(
        source=source("a"),
        document=statement("Berg", "A.", 2020, "Co-production today"),
        references=[listed],
        mentions=[_mention(["Smith"], 2000, 10).model_copy(update={"year": None})],
    )
    graph = build_graph([doc], []).graph
    (citation,) = graph.citations
    assert graph.works[citation.cited].title == "Co-production at work"
    assert len(citation.mentions) == 1 and not any(w.stub for w in graph.works.values())
