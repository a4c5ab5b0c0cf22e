"""Author-page citations (MLA): "(Ostrom 1073)", "(Pestoff and Brandsen 12–14)", "(Alford,
Engaging 3)" and a page alone after a sentence naming the author, read against the text's
own reference list and linked to its entries."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from builders import store_of_file
from coprod_refs.model import ExtractedWork, Name
from coprod_refs.parse.author_page import find_author_page_mentions


def work(year: int, title: str, *families: str, body: bool = False) -> ExtractedWork:
    """A listed work by people with these family names (or by one body)."""
    names = [Name(literal=f) if body else Name(family=f, given="A.") for f in families]
    return ExtractedWork(type="book", authors=names, year=year, title=title)


LIST = [
    work(2009, "Engaging Public Sector Clients", "Alford"),
    work(2007, "Beyond Engagement and Participation", "Bovaird"),
    work(1996, "Crossing the Great Divide", "Ostrom"),
    work(1990, "Governing the Commons", "Ostrom"),
    work(2008, "Co-production: The Third Sector", "Pestoff", "Brandsen"),
    work(2012, "New Public Governance", "Brandsen", "Pestoff", "Verschuere"),
    work(2016, "Co-production in health", "van Eijk"),
    work(2018, "Working together", "World Health Organization", body=True),
]


def cite(text: str, listed: list[ExtractedWork] = LIST) -> list[tuple[str, int | None, str, bool]]:
    """(surface, year of the work cited, locator, narrative) of every mention, checking
    offsets and surfaces on the way."""
    out = []
    for m in find_author_page_mentions(text, listed):
        assert text[m.start : m.end] == m.surface
        out.append((m.surface, m.year, m.locator, m.narrative))
    return out


def test_author_and_page() -> None:
    assert cite("Citizens produce too (Bovaird 847).") == [("Bovaird 847", 2007, "847", False)]


def test_two_authors_and_a_page_range() -> None:
    assert cite("welfare states (Pestoff and Brandsen 12–14).") == [
        ("Pestoff and Brandsen 12–14", 2008, "12–14", False)
    ]


def test_et_al_names_the_work_with_three_authors() -> None:
    assert cite("governance (Brandsen et al. 45).") == [("Brandsen et al. 45", 2012, "45", False)]


def test_a_short_title_tells_one_authors_works_apart() -> None:
    assert cite("the commons (Ostrom, Governing 90) and synergy (Ostrom, “Crossing” 1075).") == [
        ("Ostrom, Governing 90", 1990, "90", False),
        ("Ostrom, “Crossing” 1075", 1996, "1075", False),
    ]


def test_an_author_with_several_works_and_no_title_cites_none() -> None:
    assert cite("synergy (Ostrom 1075).") == []


def test_several_works_lead_in_and_locator_forms() -> None:
    found = cite("as shown (see Bovaird 847; qtd. in Alford par. 4) and (van Eijk xiv).")
    assert found == [
        ("Bovaird 847", 2007, "847", False),
        ("Alford par. 4", 2009, "par. 4", False),
        ("van Eijk xiv", 2016, "xiv", False),
    ]
    mentions = find_author_page_mentions("as shown (see Bovaird 847).", LIST)
    assert mentions[0].prefix == "see"


def test_a_body_with_a_page() -> None:
    assert cite("guidance (World Health Organization 12).") == [
        ("World Health Organization 12", 2018, "12", False)
    ]


def test_a_year_is_never_read_as_a_page() -> None:
    assert cite("the nature of co-production (Alford, 2002) and (Bovaird 2007).") == []
    assert cite("Citizens co-produce (Alford 3). Others agree (Bovaird, 2007).") == [
        ("Alford 3", 2009, "3", False)
    ]


def test_names_not_in_the_list_are_no_citations() -> None:
    assert cite("as the data show (Table 3) and (Figure 2); (Smith 12).") == []


def test_a_part_that_cites_no_listed_work_spoils_its_parenthesis() -> None:
    assert cite("(Bovaird 847; Table 2)") == []


def test_a_page_alone_reads_the_author_named_before_it_in_an_author_page_text() -> None:
    text = (
        "Bovaird makes a similar case, noting that users shape outcomes (847). "
        "Pestoff and Brandsen argue the same (12). As Ostrom puts it (Governing 90), "
        "rules matter. Clients co-produce (Alford 3)."
    )
    assert cite(text) == [
        ("Bovaird makes a similar case, noting that users shape outcomes (847)", 2007, "847", True),
        ("Pestoff and Brandsen argue the same (12)", 2008, "12", True),
        ("Ostrom puts it (Governing 90)", 1990, "90", True),
        ("Alford 3", 2009, "3", False),
    ]


def test_a_page_alone_is_no_citation_in_a_text_that_never_cites_author_and_page() -> None:
    assert cite("Bovaird (2007) counted 847 cases in all (847).") == []


def test_names_alone_cite_in_an_author_page_text_but_a_short_name_glosses() -> None:
    text = "Citizens co-produce (Alford 3). Others agree (Bovaird). The (WHO) says so."
    listed = [*LIST, work(2019, "Report", "WHO", body=True)]
    assert cite(text, listed) == [("Alford 3", 2009, "3", False), ("Bovaird", 2007, "", False)]


def test_numbered_items_are_not_pages() -> None:
    text = "Citizens co-produce (Alford 3). Bovaird lists (1) users and (2) communities."
    assert cite(text) == [("Alford 3", 2009, "3", False)]


def test_excluded_spans_are_skipped() -> None:
    text = "Citizens co-produce (Alford 3)."
    assert find_author_page_mentions(text, LIST, exclude=[(20, 31)]) == []


MLA_TEXT = textwrap.dedent(
    """\
    Co-production and the Literary Imagination of Public Services

    Scholars have long argued that citizens produce services alongside officials
    (Ostrom 1073). Bovaird makes a similar case (847). Later work extends the argument
    to welfare states (Pestoff and Brandsen 12-14).

    Works Cited

    Bovaird, Tony. "Beyond Engagement and Participation: User and Community Coproduction of Public Services." Public Administration Review, vol. 67, no. 5, 2007, pp. 846-60.
    Ostrom, Elinor. "Crossing the Great Divide: Coproduction, Synergy, and Development." World Development, vol. 24, no. 6, 1996, pp. 1073-87.
    Pestoff, Victor, and Taco Brandsen, editors. Co-production: The Third Sector and the Delivery of Public Services. Routledge, 2008.
    """  # noqa: E501
)


def test_an_mla_text_cites_its_listed_works_and_makes_no_stubs(tmp_path: Path) -> None:
    graph, _ = store_of_file(tmp_path, "mla.txt", MLA_TEXT)
    assert not any(w.stub for w in graph.works.values())
    cited = {c.cited: [m.locator for m in c.mentions] for c in graph.citations}
    assert cited == {
        "bovaird2007beyond": ["847"],
        "ostrom1996crossing": ["1073"],
        "pestoff2008coproduction": ["12-14"],
    }


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="AOBbcstlr aen.,;:()0123456789–'’\n", max_size=200))
def test_any_text_reads_without_error_and_surfaces_are_slices(text: str) -> None:
    listed = [work(2001, "Able", "Ab"), work(2002, "Bean", "Ab"), work(2003, "Cost", "Ob", "Bs")]
    for m in find_author_page_mentions(text, listed):
        assert text[m.start : m.end] == m.surface
        assert m.year in (2001, 2002, 2003)
