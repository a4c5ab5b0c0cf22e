"""A small hand-made graph in several citation styles, shared by the search and graph tests.

It is not built from the seeds: names with umlauts and their transliterations, hyphen and
spelling variants, a corporate author, stubs and citations with contexts are written here
so every folding rule has a work to find.
"""

from __future__ import annotations

from coprod_refs.model import Body, Citation, Graph, Mention, Person, Venue, Work


def _person(pid: str, family: str, given: str, *forms: str) -> Person:
    return Person(id=pid, family=family, given=given, name_forms=list(forms))


def _mention(surface: str, context: str, locator: str = "") -> Mention:
    start = context.find(surface)
    return Mention(
        surface=surface,
        context=context,
        locator=locator,
        source="src-1",
        start=max(start, 0),
        end=max(start, 0) + len(surface),
    )


def corpus() -> Graph:
    """Eight works, five people, a body, three venues and six citations."""
    agents: dict[str, Person | Body] = {
        "p-loeffler": _person("p-loeffler", "Löffler", "Elke", "Loeffler, E."),
        "p-bovaird": _person("p-bovaird", "Bovaird", "Tony", "T. Bovaird"),
        "p-ostrom": _person("p-ostrom", "Ostrom", "Elinor"),
        "p-brudney": _person("p-brudney", "Brudney", "Jeffrey L."),
        "p-gronroos": _person("p-gronroos", "Grönroos", "Christian"),
        "b-nef": Body(id="b-nef", name="New Economics Foundation"),
    }
    venues = {
        "v-pmr": Venue(id="v-pmr", name="Public Management Review"),
        "v-wd": Venue(id="v-wd", name="World Development"),
        "v-par": Venue(id="v-par", name="Public Administration Review"),
    }
    works = [
        Work(
            key="bovaird2012coproduction",
            title="From engagement to co-production: the contribution of users",
            authors=["p-bovaird", "p-loeffler"],
            year=2012,
            container="v-pmr",
            doi="10.1080/14719037.2012.000001",
            keywords=["co-production", "user involvement"],
            abstract="Public service organisations increasingly co-produce outcomes.",
        ),
        Work(
            key="loeffler2016codesign",
            title="Co-design of public services in the neighbourhood",
            authors=["p-loeffler"],
            year=2016,
            container="v-pmr",
            keywords=["codesign"],
        ),
        Work(
            key="ostrom1996crossing",
            title="Crossing the great divide: coproduction, synergy, and development",
            authors=["p-ostrom"],
            year=1996,
            container="v-wd",
            abstract="Coproduction of goods and services by citizens and officials.",
        ),
        Work(
            key="brudney1983toward",
            title="Toward a definition of the coproduction concept",
            authors=["p-brudney"],
            year=1983,
            container="v-par",
        ),
        Work(
            key="gronroos2019reforming",
            title="Reforming public services: does service logic have anything to offer?",
            authors=["p-gronroos"],
            year=2019,
            container="v-pmr",
            abstract="Organizations that deliver public services and their behavior.",
        ),
        Work(
            key="nef2009public",
            type="report",
            title="Public services inside out: putting co production into practice",
            authors=["b-nef"],
            year=2009,
        ),
        Work(
            key="normann1984service",
            type="book",
            title="Service management: strategy and leadership in service businesses",
            year=1984,
            stub=True,
        ),
        Work(
            key="tuurnas2015learning",
            title="Learning to co-produce? The perspective of public service professionals",
            authors=[],
            year=2015,
            aliases=["tuurnas2015"],
        ),
    ]
    citations = [
        Citation(
            citing="bovaird2012coproduction",
            cited="ostrom1996crossing",
            listed=True,
            mentions=[
                _mention(
                    "Ostrom, 1996",
                    "Coproduction crosses the great divide (Ostrom, 1996).",
                    "p. 1073",
                ),
                _mention("Ostrom (1996)", "As Ostrom (1996) argued, synergy matters."),
            ],
        ),
        Citation(citing="bovaird2012coproduction", cited="brudney1983toward", listed=True),
        Citation(
            citing="loeffler2016codesign",
            cited="bovaird2012coproduction",
            listed=True,
            mentions=[
                _mention(
                    "Bovaird & Loeffler, 2012", "User co-production (Bovaird & Loeffler, 2012)."
                )
            ],
        ),
        Citation(citing="loeffler2016codesign", cited="ostrom1996crossing", listed=True),
        Citation(citing="gronroos2019reforming", cited="ostrom1996crossing", listed=True),
        Citation(
            citing="gronroos2019reforming",
            cited="normann1984service",
            mentions=[_mention("Normann, 1984", "Service logic (Normann, 1984) is older.")],
        ),
    ]
    return Graph(works={w.key: w for w in works}, agents=agents, venues=venues, citations=citations)


def test_corpus_is_consistent() -> None:
    graph = corpus()
    for citation in graph.citations:
        assert citation.citing in graph.works and citation.cited in graph.works
    for work in graph.works.values():
        assert all(a in graph.agents for a in work.authors)
