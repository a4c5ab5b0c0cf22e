"""Citation-integrity rules: stubs, ambiguous and unresolved mentions, missing works,
listed-but-never-cited entries, year mismatches."""

from __future__ import annotations

import datetime as dt

from coprod_refs.model import Ambiguity, Citation, Graph, Mention, Work
from coprod_refs.validate import ValidateConfig, validate_graph
from coprod_refs.validate.rules_citations import surface_years

TODAY = dt.date(2026, 11, 22)


def work(key: str, **fields: object) -> Work:
    base: dict[str, object] = {"key": key, "title": f"Title of {key}", "year": 2009}
    base.update(fields)
    return Work.model_validate(base)


def mention(surface: str, start: int = 10, locator: str = "") -> Mention:
    return Mention(
        surface=surface, source="src-a", start=start, end=start + len(surface), locator=locator
    )


def run(rule_id: str, works=(), citations=(), ambiguities=()) -> list[tuple[str, str]]:
    graph = Graph(
        works={w.key: w for w in works},
        citations=list(citations),
        ambiguities=list(ambiguities),
    )
    report = validate_graph(graph, config=ValidateConfig(select=[rule_id]), today=TODAY)
    return [(f.key, f.message) for f in report.findings]


PAPER = work("bovaird2013coproducing", year=2013)


def test_a_stub_is_reported_with_the_mention_that_made_it():
    stub = work("ostrom1977", title="", stub=True, year=1977)
    cites = Citation(
        citing=PAPER.key, cited=stub.key, mentions=[mention("(Ostrom & Ostrom, 1977)")]
    )
    assert run("citations.stub", [PAPER, stub], [cites]) == [
        (
            "ostrom1977",
            'known only from in-text citations (cited as "(Ostrom & Ostrom, 1977)"); '
            "its reference is missing",
        )
    ]
    assert run("citations.stub", [PAPER]) == []


def test_ambiguous_and_unresolved_mentions():
    two = Ambiguity(
        citing=PAPER.key,
        mention=mention("(Pestoff, 2012)"),
        candidates=["pestoff2012a", "pestoff2012b"],
    )
    none = Ambiguity(
        citing=PAPER.key,
        mention=mention("(Smith, 1999)", start=99),
        candidates=[],
        reason="no work by Smith in 1999",
    )
    assert run("citations.ambiguous", [PAPER], ambiguities=[two, none]) == [
        (PAPER.key, '"(Pestoff, 2012)" could be any of pestoff2012a, pestoff2012b; left unlinked')
    ]
    assert run("citations.unresolved", [PAPER], ambiguities=[two, none]) == [
        (PAPER.key, '"(Smith, 1999)" is not linked to any work (no work by Smith in 1999)')
    ]
    assert run("citations.ambiguous", [PAPER]) == run("citations.unresolved", [PAPER]) == []


def test_citation_to_a_missing_work_is_an_error_but_an_alias_counts():
    renamed = work("alford2009engaging", aliases=["alford2009"])
    ok = Citation(citing=PAPER.key, cited="alford2009", listed=True)
    gone = Citation(citing=PAPER.key, cited="nobody2001", listed=True)
    found = run("citations.missing-work", [PAPER, renamed], [ok, gone])
    assert found == [
        (
            PAPER.key,
            "citation bovaird2013coproducing -> nobody2001: the cited work nobody2001 "
            "is not in the store",
        )
    ]


def test_listed_but_never_cited_only_when_the_text_has_mentions():
    a, b = work("a"), work("b")
    mentioned = Citation(citing=PAPER.key, cited="a", listed=True, mentions=[mention("(A, 2009)")])
    silent = Citation(citing=PAPER.key, cited="b", listed=True)
    assert run("citations.unmentioned", [PAPER, a, b], [mentioned, silent]) == [
        ("b", "listed in the references of bovaird2013coproducing but never cited in its text")
    ]
    # A reference list whose text was not read (a landing page): nothing to compare with.
    assert run("citations.unmentioned", [PAPER, a, b], [silent]) == []


def test_year_mismatch_between_mention_and_work():
    alford = work("alford2009engaging", year=2009)
    right = Citation(
        citing=PAPER.key,
        cited=alford.key,
        mentions=[mention("Alford (2009, p. 183)", locator="p. 183")],
    )
    assert run("citations.year-mismatch", [PAPER, alford], [right]) == []
    wrong = Citation(citing=PAPER.key, cited=alford.key, mentions=[mention("(Alford, 2002)")])
    assert run("citations.year-mismatch", [PAPER, alford], [wrong]) == [
        (
            "alford2009engaging",
            '"(Alford, 2002)" in bovaird2013coproducing gives another year than alford2009engaging '
            "(2009)",
        )
    ]


def test_year_suffixes_must_agree_when_both_are_given():
    b = work("bovaird2016b", year=2016, year_suffix="b")
    cites = Citation(
        citing=PAPER.key,
        cited=b.key,
        mentions=[mention("(Bovaird & Loeffler, 2016a)"), mention("(Bovaird, 2016b)", 50)],
    )
    found = run("citations.year-mismatch", [PAPER, b], [cites])
    assert [msg.split(" in ")[0] for _, msg in found] == ['"(Bovaird & Loeffler, 2016a)"']


def test_surface_years_ignore_locators_and_read_no_date():
    assert surface_years(mention("(Smith, 2001, p. 1999)")) == [(2001, "")]
    assert surface_years(mention("(Parks, et al., 1981 & 1999)")) == [(1981, ""), (1999, "")]
    assert surface_years(mention("(Stephens et al., n.d.)")) == [(None, "")]
    assert surface_years(mention("Frederickson's (1982)")) == [(1982, "")]
