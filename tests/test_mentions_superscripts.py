"""Numbered citations printed as superscripts and copied into plain text ("interest.1 2",
"design,3", "policy.4-6"), as Vancouver and AMA styles cite: read in a text whose list is
numbered and that cites no number in brackets, in the order such styles cite."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.mentions import find_mentions
from coprod_refs.parse.superscripts import superscript_citations

LIST = textwrap.dedent(
    """\

    References
    1. Batalden M, Batalden P, et al. Coproduction of healthcare. BMJ Qual Saf 2016;25:509-17.
    2. Palumbo R. Contextualizing co-production. Int J Public Sect Manag 2016;29:72-90.
    3. Bate P, Robert G. Experience-based design. Qual Saf Health Care 2006;15:307-10.
    4. NHS England. Five year forward view. London: NHS England, 2014.
    5. Department of Health. Liberating the NHS. London: DH, 2012.
    6. Coalition for Collaborative Care. Co-production model. 2016.
    7. Clarke D, Jones F, Harris R, et al. What outcomes are associated? BMJ Open 2017;7:e014650.
    8. Locock L, Robert G, et al. Using a national archive. J Health Serv Res Policy 2014;19:200-7.
    """
)

BODY = (
    "Co-production of health services has attracted growing interest.1 2 Patients and "
    "carers bring lived experience to service design,3 and co-production is promoted by "
    "policy in the UK.4-6 Yet evidence of impact remains limited.2,7 In 2019, 45% of "
    "trusts reported projects; the mean age was 65.3 years and CO2 emissions were not "
    "measured. We interviewed 24 staff, following earlier work.8\n"
)


def _cited(text: str) -> list[tuple[str, str]]:
    return [(m.label, m.surface) for m in find_mentions(text)]


def test_superscripts_cite_the_numbered_list() -> None:
    assert _cited(BODY + LIST) == [
        ("1", "1 2"),
        ("2", "1 2"),
        ("3", "3"),
        ("4", "4-6"),
        ("5", "4-6"),
        ("6", "4-6"),
        ("2", "2,7"),
        ("7", "2,7"),
        ("8", "8"),
    ]


def test_a_superscript_has_the_sentence_it_closes_as_context() -> None:
    mentions = find_mentions(BODY + LIST)
    assert mentions[0].context == (
        "Co-production of health services has attracted growing interest."
    )
    assert mentions[-1].context == "We interviewed 24 staff, following earlier work."
    for mention in mentions:
        assert (BODY + LIST)[mention.start : mention.end] == mention.surface


@pytest.mark.parametrize(
    "body",
    [
        # An author-year text: its list is not numbered.
        "Interest grew.1 2 It grew again.3\n\nReferences\nOstrom, E. (1990). Governing. CUP.\n"
        "Alford, J. (2009). Engaging. Palgrave.\n",
        # Numbers after a digit, a capital or before a percent sign, and one stray number.
        "The mean was 65.3 and CO2 fell by 45% in 2019.1 Nothing else.\n" + LIST,
    ],
)
def test_numbers_that_are_no_superscript_citations(body: str) -> None:
    assert find_mentions(body) == []


def test_a_text_citing_in_brackets_is_not_read_for_superscripts() -> None:
    text = "Interest grew [1]. It grew in phase2 and phase3 of the study.\n" + LIST
    assert _cited(text) == [("1", "[1]")]


def test_a_number_cited_before_its_turn_is_no_citation() -> None:
    # Numbered styles give a work its number when first cited: "5" cannot come before 2.
    found = superscript_citations("One.1 Two.5 Three.2 Four.3", 8, 100)
    assert [s.numbers for s in found] == [(1,), (2,), (3,)]


def test_ranges_and_groups_are_expanded() -> None:
    found = superscript_citations("First.1-3 Then,4,5 and again.2 6", 8, 100)
    assert [s.numbers for s in found] == [(1, 2, 3), (4, 5), (2, 6)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .,;1234567890-\n", max_size=80), st.integers(1, 30))
def test_superscripts_only_cite_list_numbers_in_their_turn(text: str, highest: int) -> None:
    found = superscript_citations(text, highest, len(text))
    cited = 0
    for superscript in found:
        assert all(1 <= n <= highest for n in superscript.numbers)
        new = sorted(n for n in superscript.numbers if n > cited)
        assert new == list(range(cited + 1, cited + 1 + len(new)))
        cited = max(cited, *superscript.numbers)


def test_a_superscript_after_a_year_ending_a_sentence_is_a_citation() -> None:
    text = "Councils took it up after 2008.1 Later work followed.2 The mean was 65.3 years."
    assert [s.numbers for s in superscript_citations(text, 8, len(text))] == [(1,), (2,)]


def test_a_chain_of_ranges_is_no_citation() -> None:
    assert superscript_citations("First.1-2-3 Then.1", 8, 20) == []
