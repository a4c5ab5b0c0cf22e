"""Numbered in-text citations (Vancouver, IEEE, "(12)" styles): read only when the text's
own reference list is numbered, one mention per cited number, linked by list label."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.finder import find_reference_section
from coprod_refs.parse.mentions import find_mentions, list_numbering

VANCOUVER_LIST = """
References

1. Needham C, Carr S. Co-production: an emerging evidence base for adult social
   care transformation. London: SCIE; 2009.
2. Realpe A, Wallace LM. What is co-production? London: The Health Foundation;
   2010.
3. Batalden M, Batalden P, Margolis P, Seid M, Armstrong G, Opipari-Arrigan L,
   et al. Coproduction of healthcare service. BMJ Qual Saf. 2016;25(7):509-17.
4. Palumbo R. Contextualizing co-production of health care: a systematic
   literature review. Int J Public Sect Manag. 2016;29(1):72-90.
5. Vennik FD, van de Bovenkamp HM, Putters K, Grit KJ. Co-production in
   healthcare: rhetoric and practice. Int Rev Adm Sci. 2016;82(1):150-68.
"""

IEEE_LIST = """
REFERENCES
[1] J. Smith and K. Lee, "Sensor networks for civic co-production," IEEE Trans.
    Smart Cities, vol. 3, no. 2, pp. 101–110, 2019.
[2] M. Rossi, "Open data portals and participation," in Proc. Int. Conf.
    E-Government, Lisbon, Portugal, 2018, pp. 55–62.
[3] A. Novak et al., "Crowdsourced reporting of urban faults," Gov. Inf. Q.,
    vol. 36, no. 4, p. 101402, 2019.
"""

PARENTHESISED_LIST = """
Literature cited
(1) Needham C, Carr S. Co-production: an emerging evidence base. London: SCIE; 2009.
(2) Realpe A, Wallace LM. What is co-production? London: The Health Foundation; 2010.
(3) Palumbo R. Contextualizing co-production of health care. Int J Public Sect Manag.
2016;29(1):72-90.
"""


def cite(text: str) -> list[tuple[str, str, str, bool]]:
    """(label, surface, locator, narrative) of every numbered mention, checking offsets."""
    out = []
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.surface
        if m.label:
            assert m.authors == []
            out.append((m.label, m.surface, m.locator, m.narrative))
    return out


def test_single_numbers_and_lists_and_ranges():
    text = "Co-production grew [1]. Others agree [2, 4] or differ [3–5].\n" + VANCOUVER_LIST
    assert cite(text) == [
        ("1", "[1]", "", False),
        ("2", "[2, 4]", "", False),
        ("4", "[2, 4]", "", False),
        ("3", "[3–5]", "", False),
        ("4", "[3–5]", "", False),
        ("5", "[3–5]", "", False),
    ]


def test_mixed_lists_with_hyphen_ranges_and_no_spaces():
    text = "As shown [1,3-5] and [2; 4].\n" + VANCOUVER_LIST
    assert [label for label, *_ in cite(text)] == ["1", "3", "4", "5", "2", "4"]


def test_adjacent_groups_are_separate_surfaces():
    text = "Services change [1][4], [5].\n" + VANCOUVER_LIST
    assert cite(text) == [
        ("1", "[1]", "", False),
        ("4", "[4]", "", False),
        ("5", "[5]", "", False),
    ]


def test_narrative_after_a_name_and_adjacent_groups_share_it():
    text = "Needham and Carr [1] argue so; Batalden et al. [3][4] agree. We [2] do not.\n"
    assert cite(text + VANCOUVER_LIST) == [
        ("1", "[1]", "", True),
        ("3", "[3]", "", True),
        ("4", "[4]", "", True),
        ("2", "[2]", "", False),
    ]


def test_locators_and_prefixes():
    text = "Rossi [2, pp. 55–57] and others [see 1, Fig. 3; 3].\n" + IEEE_LIST
    mentions = [m for m in find_mentions(text) if m.label]
    assert [(m.label, m.locator, m.prefix, m.surface) for m in mentions] == [
        ("2", "pp. 55–57", "", "[2, pp. 55–57]"),
        ("1", "Fig. 3", "see", "[see 1, Fig. 3; 3]"),
        ("3", "", "", "[see 1, Fig. 3; 3]"),
    ]


def test_refs_phrases():
    text = "This is reviewed in refs. 2–3 and in ref 5 (see also Refs. 1 and 4).\n"
    assert cite(text + VANCOUVER_LIST) == [
        ("2", "refs. 2–3", "", False),
        ("3", "refs. 2–3", "", False),
        ("5", "ref 5", "", False),
        ("1", "Refs. 1 and 4", "", False),
        ("4", "Refs. 1 and 4", "", False),
    ]


def test_a_long_refs_phrase_is_read_to_its_end():
    text = "Compare refs. 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4 and 5, p. 12 with ours.\n"
    mentions = [m for m in find_mentions(text + VANCOUVER_LIST) if m.label]
    assert len(mentions) == 15
    assert {m.surface for m in mentions} == {
        "refs. 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4 and 5, p. 12"
    }
    assert mentions[-1].locator == "p. 12"


def test_context_is_the_sentence():
    text = "First point. Second point cites [2]. Third point.\n" + VANCOUVER_LIST
    (mention,) = [m for m in find_mentions(text) if m.label]
    assert mention.context == "Second point cites [2]."


def test_parenthesised_numbers_with_a_parenthesised_or_full_stop_list():
    body = "Care is co-produced (1) and evaluated (2, 3). Smith (3) agrees.\n"
    expected = [
        ("1", "(1)", "", False),
        ("2", "(2, 3)", "", False),
        ("3", "(2, 3)", "", False),
        ("3", "(3)", "", True),
    ]
    assert cite(body + PARENTHESISED_LIST) == expected
    assert cite(body + VANCOUVER_LIST) == expected
    # A list in square brackets is cited in square brackets.
    assert cite(body + IEEE_LIST) == []


@pytest.mark.parametrize(
    "body",
    [
        "Three steps: (1) plan, (2) act and (3) review.",
        "(1) Plan the service.\n(2) Act on it.",
        "The model (1) works and the other (2) does not.",
    ],
)
def test_enumerations_are_no_citations_of_a_full_stop_list(body: str):
    assert cite(body + "\n" + VANCOUVER_LIST) == []


def test_square_brackets_also_count_with_a_parenthesised_list():
    assert cite("Shown before [2].\n" + PARENTHESISED_LIST) == [("2", "[2]", "", False)]


@pytest.mark.parametrize(
    "body",
    [
        "He wrote it [sic] in [1990] and [2010a].",
        "The step [3rd] and [2.5] and [10%] and [1.2.3].",
        "Numbers past the list [6] and [4–9] and [0] are not citations.",
        "A backwards range [5–3] is not one.",
        "Words in the bracket [3 cases] or [n = 3] or [Table 2] are not either.",
        "Quantities such as refs. of 3 or the referee 3 are prose.",
    ],
)
def test_false_friends_in_numbered_texts(body: str):
    assert cite(body + "\n" + VANCOUVER_LIST) == []


@pytest.mark.parametrize(
    "text",
    [
        "Data [1] and [2, 3] and (1) and refs. 2–3 (Smith, 2000).",
        "Index x[2] [sic] [1990] (Ostrom, 1990).\n\nReferences\nOstrom, E. (1990). "
        "Governing the commons. Cambridge: CUP.\nSmith, J. (2000). A title. London: Sage.\n",
    ],
)
def test_author_year_texts_have_no_numbered_citations(text: str):
    assert all(not m.label for m in find_mentions(text))
    assert list_numbering(text) is None


def test_list_numbering_reads_the_list():
    numbering = list_numbering("Body [1].\n" + PARENTHESISED_LIST)
    assert numbering is not None
    assert (numbering.highest, numbering.parenthesised) == (3, True)
    ieee = list_numbering("Body [1].\n" + IEEE_LIST)
    assert ieee is not None
    assert (ieee.highest, ieee.parenthesised) == (3, False)


def test_the_list_markers_and_excluded_spans_are_never_citations():
    text = "Body cites [1] and [3].\n" + IEEE_LIST
    assert [m.label for m in find_mentions(text)] == ["1", "3"]
    section = find_reference_section(text)
    assert section is not None
    assert all(m.end <= section[0] for m in find_mentions(text))
    first = text.index("[3]")
    assert [m.label for m in find_mentions(text, exclude=[(first, first + 3)])] == ["1"]


def test_line_wrapped_groups_keep_their_original_surface():
    text = "Many studies agree [1,\n3–4].\n" + VANCOUVER_LIST
    assert cite(text) == [
        ("1", "[1,\n3–4]", "", False),
        ("3", "[1,\n3–4]", "", False),
        ("4", "[1,\n3–4]", "", False),
    ]


def test_author_year_citations_are_still_read_in_a_numbered_text():
    text = "As Ostrom (1990) showed [2].\n" + VANCOUVER_LIST
    mentions = find_mentions(text)
    assert [(m.authors, m.year, m.label) for m in mentions] == [
        (["Ostrom"], 1990, ""),
        ([], None, "2"),
    ]


_BODY_PIECES = st.sampled_from(
    [
        "[",
        "]",
        "(",
        ")",
        "1",
        "2",
        "3",
        "12",
        "1990",
        ", ",
        "; ",
        "–",
        "-",
        " and ",
        "p. ",
        "Fig. ",
        "see ",
        "refs. ",
        "ref ",
        "Ostrom ",
        "et al. ",
        "The ",
        "sic",
        ".",
        " ",
        "\n",
        "\n\n",
        "\u00a0",
        "\u00ad",
    ]
)
_LISTS = st.sampled_from([VANCOUVER_LIST, IEEE_LIST, PARENTHESISED_LIST])
_NUMBERED_TEXTS = st.one_of(
    st.tuples(st.lists(_BODY_PIECES, max_size=60).map("".join), _LISTS).map("".join),
    st.tuples(st.text(max_size=200), _LISTS, st.text(max_size=60)).map("".join),
)


@settings(max_examples=150, deadline=None)
@given(_NUMBERED_TEXTS)
def test_any_text_with_a_numbered_list_gives_valid_mentions(text: str):
    numbering = list_numbering(text)
    for m in find_mentions(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
        assert "\n" not in m.context
        if m.label:
            assert numbering is not None
            assert 1 <= int(m.label) <= numbering.highest
            assert m.authors == []


@pytest.mark.parametrize(
    "text",
    [
        "[1]" * 10_000 + "\n" + VANCOUVER_LIST,
        "[" + "1, " * 50_000 + "1]\n" + VANCOUVER_LIST,
        "refs. " + "1, " * 50_000 + "\n" + VANCOUVER_LIST,
        "ref 1 " * 10_000 + "\n" + VANCOUVER_LIST,
        "Ostrom " * 20_000 + "[1]\n" + VANCOUVER_LIST,
        "[1–999]" * 10_000 + "\n" + VANCOUVER_LIST,
    ],
    ids=lambda t: repr(t[:12]),
)
@pytest.mark.usefixtures("hang_guard")
def test_pathological_numbered_input_finishes(text: str):
    mentions = find_mentions(text)
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    assert all(1 <= int(m.label) <= 5 for m in mentions if m.label)


VANCOUVER_ARTICLE = (
    """Co-producing adult social care: a short review

Co-production is now expected in adult social care (1). Realpe and Wallace [2] define
it broadly, while Batalden et al. [3] describe it in health care; reviews [4, 5] find
mixed evidence, and refs. 1-2 urge caution.
"""
    + VANCOUVER_LIST
)


def test_a_vancouver_article_is_linked_to_its_numbered_entries(tmp_path: Path):
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    article = tmp_path / "vancouver_article.txt"
    article.write_text(VANCOUVER_ARTICLE, encoding="utf-8")
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [article])
    graph = store.load().graph
    cited_by_surface: dict[str, set[str]] = {}
    for citation in graph.citations:
        for mention in citation.mentions:
            cited_by_surface.setdefault(mention.surface, set()).add(citation.cited)
    titles = {key: work.title for key, work in graph.works.items()}
    (second,) = cited_by_surface["[2]"]
    assert titles[second] == "What is co-production?"
    assert {titles[k] for k in cited_by_surface["[4, 5]"]} == {
        "Contextualizing co-production of health care: a systematic literature review",
        "Co-production in healthcare: rhetoric and practice",
    }
    assert {titles[k] for k in cited_by_surface["refs. 1-2"]} == {
        "Co-production: an emerging evidence base for adult social care transformation",
        "What is co-production?",
    }
    assert "(1)" not in cited_by_surface


def test_the_word_reference_before_a_number_cites_it():
    assert cite(
        "See reference 2 and references 3-4; in reference 2010 prices.\n" + VANCOUVER_LIST
    ) == [
        ("2", "reference 2", "", False),
        ("3", "references 3-4", "", False),
        ("4", "references 3-4", "", False),
    ]
