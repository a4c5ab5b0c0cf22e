"""Works with no author, as APA and Harvard print and cite them: the reference list opens
the entry with the title ("Co-production toolkit. (2015).") or "Anon.", and the text cites
the title's first words, in quotes for an article or web page ("Co-production Star,"
n.d.), or "Anon."."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import store_of_file
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.finder import find_reference_entries
from coprod_refs.parse.mentions import find_mentions
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments
from coprod_refs.parse.section_lines import starts_entry

STAR = (
    "Co-production star. (n.d.). Retrieved March 2, 2020, from "
    "https://www.outcomesstar.org.uk/coproduction"
)
TOOLKIT = "Co-production toolkit. (2015). London: National Council for Voluntary Organisations."
PARTNERS = (
    "Citizens as partners: A pilot evaluation of co-production. (2014, May 3). "
    "London: Local Government Association."
)


@pytest.mark.parametrize("line", [STAR, TOOLKIT, PARTNERS])
def test_a_title_and_its_date_open_an_entry(line: str) -> None:
    assert starts_entry(line)


@pytest.mark.parametrize(
    "line",
    [
        "Public Management Review, 16(3), 383–401.",
        "services. (Original work published 1922)",
        "and outcomes (pp. 12–14). Bristol: Policy Press.",
    ],
)
def test_a_line_going_on_with_an_entry_opens_none(line: str) -> None:
    assert not starts_entry(line)


def test_title_first_entries_on_their_own_lines_are_not_joined() -> None:
    text = "\n".join(
        [
            "References",
            "",
            "Anonymous. (2012). The first co-production pilot in Bristol. Bristol: City Council.",
            STAR,
            TOOLKIT,
            "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073–1087.",
        ]
    )
    assert [e.text.split(".")[0] for e in find_reference_entries(text)] == [
        "Anonymous",
        "Co-production star",
        "Co-production toolkit",
        "Ostrom, E",
    ]


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        (STAR, "Co-production star"),
        (TOOLKIT, "Co-production toolkit"),
        (PARTNERS, "Citizens as partners: A pilot evaluation of co-production"),
    ],
)
def test_a_title_printed_first_is_the_title_and_the_work_has_no_author(
    reference: str, title: str
) -> None:
    work = parse_reference(reference)
    assert (work.title, work.authors) == (title, [])


def test_a_title_read_as_the_author_becomes_the_title() -> None:
    segments = [
        Segment("author", "Co-production toolkit.", 0.7),
        Segment("date", "(2015).", 0.9),
        Segment("location", "London:", 0.9),
        Segment("publisher", "NCVO.", 0.9),
    ]
    assert [s.label for s in repair_segments(segments)][:2] == ["title", "date"]


@pytest.mark.parametrize(
    "author",
    [
        "Welsh Government.",  # a body
        "Smith, J.",  # a name with its initial
        "van der Berg.",  # a family name with particles
        "Department of Health and Social Care.",
        "Steen, T., Brandsen, T., and Verschuere, B.",
    ],
)
def test_names_before_the_date_stay_the_author(author: str) -> None:
    segments = [
        Segment("author", author, 0.7),
        Segment("date", "(2015).", 0.9),
        Segment("publisher", "NCVO.", 0.9),
    ]
    assert repair_segments(segments)[0].label == "author"


def test_a_title_in_quotes_is_cited_for_its_author() -> None:
    mentions = find_mentions(
        "Toolkits exist (“Co-production Star,” n.d.; see “Citizens as Partners,” 2014, p. 3)."
    )
    assert [(m.surface, m.authors, m.year, m.locator, m.prefix) for m in mentions] == [
        ("“Co-production Star,” n.d.", ["Co-production Star"], None, "", ""),
        ("“Citizens as Partners,” 2014, p. 3", ["Citizens as Partners"], 2014, "p. 3", "see"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'He replied ("hello there" 2014).',
        'A quote ("It works," Smith said, 2014).',
        'Unclosed ("Co-production Star, n.d.).',
    ],
)
def test_quoted_words_that_are_no_cited_title_give_no_mention(text: str) -> None:
    assert find_mentions(text) == []


def test_anon_with_its_full_stop_is_cited() -> None:
    (mention,) = find_mentions("An unsigned report (Anon., 2014) says so.")
    assert (mention.surface, mention.authors, mention.year) == ("Anon., 2014", ["Anon"], 2014)


CHAPTER = "\n".join(
    [
        "Tools for co-production",
        "",
        "Several toolkits exist (“Co-production Star,” n.d.; Co-production Toolkit, 2015).",
        "The pilot was evaluated (“Citizens as Partners,” 2014) and later reviewed (Anon., 2016).",
        "",
        "References",
        "",
        "Anon. (2016). A review of local pilots. Leeds: Leeds City Council.",
        PARTNERS.replace("(2014, May 3)", "(2014)"),
        STAR,
        TOOLKIT,
    ]
)


def test_works_with_no_author_are_linked_by_their_titles(tmp_path: Path) -> None:
    graph, _ = store_of_file(tmp_path, "chapter.txt", CHAPTER)
    (citing,) = [w for w in graph.works.values() if w.title == "Tools for co-production"]
    cited = {graph.works[c.cited].title: len(c.mentions) for c in graph.cites(citing.key)}
    assert cited == {
        "A review of local pilots": 1,
        "Citizens as partners: A pilot evaluation of co-production": 1,
        "Co-production star": 1,
        "Co-production toolkit": 1,
    }
    assert not any(w.stub for w in graph.works.values())


def test_a_family_name_never_links_to_a_title_beginning_with_it(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Commons",
            "",
            "Rules matter (Ostrom, 1990).",
            "",
            "References",
            "",
            "Ostrom and the commons. (1990). London: Policy Press.",
        ]
    )
    graph, _ = store_of_file(tmp_path, "text.txt", text)
    (citation,) = [c for c in graph.citations if c.mentions]
    assert graph.works[citation.cited].stub
