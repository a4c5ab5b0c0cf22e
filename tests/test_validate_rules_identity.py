"""Identity rules: duplicates of works and people, citekey collisions, unsafe keys."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.model import Body, Decision, Graph, Person, Venue, Work
from coprod_refs.validate import ValidateConfig, validate_graph
from coprod_refs.validate.rules_identity import (
    compatible_people,
    family_key,
    titles_match,
    unsafe_key_problem,
)

TODAY = dt.date(2026, 11, 22)


def person(pid: str, family: str, given: str = "", particle: str = "") -> Person:
    return Person(id=pid, family=family, given=given, particle=particle)


AGENTS: dict[str, Person | Body] = {
    "p-putnam": person("p-putnam", "Putnam", "R. D."),
    "p-pestoff": person("p-pestoff", "Pestoff", "V."),
    "p-bovaird": person("p-bovaird", "Bovaird", "T."),
}
VENUES = {
    "v-pmg": Venue(id="v-pmg", name="Public management and governance", kind="book"),
    "v-other": Venue(id="v-other", name="Another edited book", kind="book"),
}


def work(key: str, **fields: object) -> Work:
    base: dict[str, object] = {
        "key": key,
        "type": "book",
        "title": "Bowling alone: The collapse and revival of American community",
        "authors": ["p-putnam"],
        "year": 2000,
    }
    base.update(fields)
    return Work.model_validate(base)


def run(rule_id: str, works=(), agents=None, decisions=()) -> list[tuple[str, str]]:
    graph = Graph(
        works={w.key: w for w in works},
        agents=dict(AGENTS if agents is None else agents),
        venues=dict(VENUES),
    )
    report = validate_graph(
        graph, decisions=decisions, config=ValidateConfig(select=[rule_id]), today=TODAY
    )
    return [(f.key, f.message) for f in report.findings]


# --- duplicate DOI -------------------------------------------------------------------


def test_same_doi_is_a_duplicate_whatever_its_case():
    works = [
        work("a", doi="10.1108/IJPSM-04-2015-0073"),
        work("b", doi="10.1108/ijpsm-04-2015-0073"),
    ]
    assert run("identity.duplicate-doi", works) == [
        ("b", "same DOI 10.1108/ijpsm-04-2015-0073 as a")
    ]


def test_different_dois_and_distinct_decisions_pass():
    works = [work("a", doi="10.1/aaaa"), work("b", doi="10.1/bbbb")]
    assert run("identity.duplicate-doi", works) == []
    same = [work("a", doi="10.1000/x1"), work("b", doi="10.1000/x1")]
    distinct = [Decision(kind="distinct", record="work", a="b", b="a", note="erratum")]
    assert run("identity.duplicate-doi", same, decisions=distinct) == []


# --- duplicate works -----------------------------------------------------------------


def test_same_people_year_and_near_identical_title_is_a_duplicate():
    works = [
        work("putnam2000bowling"),
        work(
            "putnam2000bowlinga",
            title="Bowling Alone - the collapse and revival of American community",
        ),
    ]
    found = run("identity.duplicate-work", works)
    assert found == [
        (
            "putnam2000bowlinga",
            "probably the same work as putnam2000bowling (same people, year and title)",
        )
    ]


def test_title_without_its_subtitle_still_matches():
    assert titles_match("Bowling alone", "Bowling alone: The collapse")
    assert not titles_match("Coproduction", "Coproduction: A new agenda")
    works = [
        work("a", title="Street-level bureaucracy: Dilemmas of the individual in public services"),
        work("b", title="Street-level bureaucracy"),
    ]
    assert [k for k, _ in run("identity.duplicate-work", works)] == ["b"]


@pytest.mark.parametrize(
    "other",
    [
        {"edition": "2"},  # another edition
        {"year_suffix": "b"},  # 2000a vs 2000b: the citing text says they differ
        {"year": 2001},
        {"authors": ["p-pestoff"]},
        {"type": "chapter", "container": "v-pmg"},  # a chapter of the book is not the book
        {"title": "A completely different title about governance"},
        {"doi": "10.1000/other"},
    ],
)
def test_works_that_differ_are_kept_apart(other):
    first = work("a", year_suffix="a", edition="1", doi="10.1000/first")
    assert run("identity.duplicate-work", [first, work("b")]) != []  # the control pair
    assert run("identity.duplicate-work", [first, work("b", **other)]) == []


def test_chapters_of_one_book_are_kept_apart_and_chapters_in_two_books_too():
    c1 = work(
        "c1",
        type="chapter",
        title="Quality management in public sector organisations",
        authors=["p-bovaird"],
        year=2016,
        year_suffix="b",
        container="v-pmg",
    )
    c2 = work(
        "c2",
        type="chapter",
        title="Understanding public management and governance",
        authors=["p-bovaird"],
        year=2016,
        year_suffix="c",
        container="v-pmg",
    )
    reprint = c1.model_copy(update={"key": "c3", "year_suffix": "", "container": "v-other"})
    assert run("identity.duplicate-work", [c1, c2, reprint]) == []


def test_a_distinct_decision_silences_a_duplicate_pair():
    works = [work("a"), work("b")]
    assert len(run("identity.duplicate-work", works)) == 1
    no = [Decision(kind="distinct", record="work", a="a", b="b")]
    assert run("identity.duplicate-work", works, decisions=no) == []


# --- near-duplicate people -------------------------------------------------------------


def test_same_family_and_compatible_initials_are_reported():
    agents = {
        "p-bovaird-t": person("p-bovaird-t", "Bovaird", "T."),
        "p-bovaird-tony": person("p-bovaird-tony", "Bovaird", "Tony"),
        "p-ostrom-e": person("p-ostrom-e", "Ostrom", "E."),
        "p-ostrom-v": person("p-ostrom-v", "Ostrom", "V."),
        "p-ostrom": person("p-ostrom", "Ostrom"),
        "p-loeffler": person("p-loeffler", "Loeffler", "E."),
        "p-loffler": person("p-loffler", "Löffler", "Elke"),
    }
    found = run("identity.duplicate-person", agents=agents)
    assert [k for k, _ in found] == ["p-bovaird-tony", "p-loffler"]
    assert '"Elke Löffler" may be the same person as "E. Loeffler" (p-loeffler)' in found[1][1]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("T.",), ("T. R.",), True),
        (("Tony",), ("Thomas",), False),
        (("E. S.",), ("J. C.",), False),
        (("J. L.",), ("J. L.",), True),
        (("",), ("E.",), False),
        (("Jean-Pierre",), ("J.-P.",), True),
    ],
)
def test_compatible_initials(a, b, same):
    assert compatible_people(person("a", "X", a[0]), person("b", "X", b[0])) is same


def test_particles_do_not_hide_a_near_duplicate_person():
    assert family_key(person("a", "Van Meerkerk", "I.")) == family_key(
        person("b", "Meerkerk", "I.", "van")
    )
    agents = {"a": person("a", "Van Meerkerk", "I."), "b": person("b", "Meerkerk", "Ingmar", "van")}
    assert [k for k, _ in run("identity.duplicate-person", agents=agents)] == ["b"]


def test_people_declared_distinct_are_not_reported():
    agents = {"a": person("a", "Smith", "J."), "b": person("b", "Smith", "J. A.")}
    assert len(run("identity.duplicate-person", agents=agents)) == 1
    no = [Decision(kind="distinct", record="person", a="a", b="b")]
    assert run("identity.duplicate-person", agents=agents, decisions=no) == []


# --- citekeys --------------------------------------------------------------------------


def test_key_used_as_alias_by_another_work_collides():
    works = [
        work("ostrom1996crossing"),
        work("ostrom1996coproduction", aliases=["ostrom1996crossing"]),
    ]
    assert run("identity.citekey-collision", works) == [
        (
            "ostrom1996crossing",
            'citekey "ostrom1996crossing" is also used by ostrom1996coproduction',
        )
    ]


def test_keys_differing_only_in_case_collide_and_distinct_keys_pass():
    works = [work("Ostrom1996"), work("ostrom1996")]
    found = run("identity.citekey-collision", works)
    assert found == [
        (
            "ostrom1996",
            'citekey "ostrom1996" is also used by Ostrom1996 '
            '(as "Ostrom1996", differing only in case)',
        )
    ]
    assert run("identity.citekey-collision", [work("a", aliases=["a-old"]), work("b")]) == []


@pytest.mark.parametrize(
    ("key", "safe"),
    [
        ("ostrom1996crossing", True),
        ("bovaird2016a", True),
        ("doi:10.1000/x-y_z.1", True),
        ("löffler2015", False),
        ("two words", False),
        ("a{b}", False),
        ("a,b", False),
        ("a%b", False),
        ("a#b", False),
        ("a~b", False),
        ("a\\b", False),
        ("", False),
        ("-lead", False),
    ],
)
def test_unsafe_keys(key, safe):
    assert (unsafe_key_problem(key) is None) is safe


def test_unsafe_key_rule_checks_keys_and_aliases():
    works = [work("ok2000", aliases=["old key"]), work("fine")]
    assert run("identity.unsafe-key", works) == [
        ("ok2000", "alias \"old key\" is not safe in BibTeX/LaTeX: it has ' '")
    ]


@given(st.text(max_size=20))
@settings(max_examples=80)
def test_a_key_reported_safe_has_only_safe_ascii(key):
    if unsafe_key_problem(key) is None:
        assert key and key.isascii() and not set(key) & set(" {}%,#~\\\"'")
