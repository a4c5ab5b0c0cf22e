"""Sentence splitting for citation contexts: no break at "et al.", "e.g.", "p.", initials."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.mentions import find_mentions
from coprod_refs.parse.sentences import MAX_CONTEXT_CHARS, split_sentences


def sentences(text: str) -> list[str]:
    split = split_sentences(text)
    return [text[s:e] for s, e in zip(split.starts, split.ends, strict=True)]


def test_splits_at_full_stops_before_capitals():
    assert sentences("One thing. Another thing! A third? Yes.") == [
        "One thing.",
        "Another thing!",
        "A third?",
        "Yes.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pestoff et al. (2006) argue so.",
        "Some services (e.g. Health and Care) differ.",
        "Others (i.e. Public bodies) agree.",
        "See p. 12 and pp. 13–14 for Details.",
        "As J. L. Brudney showed, it works.",
        "In the U.S. Department of Labor it works.",
        "Compare cf. Ostrom on this.",
        "It is in vol. 8 and no. 4 of the Journal.",
        "Andere sehen das kritischer (z. B. Steen u. a. 2018).",
        "Dazu vgl. Müller und Hrsg. Schmidt.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str):
    assert sentences(text) == [text]


def test_a_year_with_its_letter_ends_a_sentence():
    assert sentences("As Smith 2010a. Next one.") == ["As Smith 2010a.", "Next one."]


def test_a_line_break_ends_a_sentence():
    assert sentences("Background\nCo-production is old.") == ["Background", "Co-production is old."]


def test_a_closing_bracket_or_quote_after_the_stop_stays_with_the_sentence():
    assert sentences("(Cahn, 2004.) Befriending helps. “It works.” Then more.") == [
        "(Cahn, 2004.)",
        "Befriending helps.",
        "“It works.”",
        "Then more.",
    ]


def test_a_note_number_glued_after_the_stop_stays_with_the_sentence():
    assert sentences(
        "It is popular (Brandsen & Honingh, 2016).1 Studies differ.2 It grew in 2008.3 Then "
        "it fell. The mean was 65.3 Years on it rose."
    ) == [
        "It is popular (Brandsen & Honingh, 2016).1",
        "Studies differ.2",
        "It grew in 2008.3",
        "Then it fell.",
        "The mean was 65.3 Years on it rose.",
    ]


def test_around_returns_the_covering_sentences_collapsed():
    text = "First one.  Second   one\n spans. Third."
    split = split_sentences(text)
    at = text.index("Second")
    assert split.around(at, at + 6) == "Second one"
    assert split.around(0, text.index("Third")) == "First one. Second one spans."


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab. A?!\n)(”e.g", max_size=200))
def test_sentences_are_ordered_disjoint_and_stripped(text: str):
    split = split_sentences(text)
    previous_end = 0
    for start, end in zip(split.starts, split.ends, strict=True):
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace()
        previous_end = end


def test_a_very_long_sentence_is_cut_to_whole_words_around_the_citation():
    words = " ".join(f"word{k}" for k in range(1500))
    text = f"{words} as shown (Ostrom, 1990) and {words}."
    (mention,) = find_mentions(text)
    assert len(mention.context) <= MAX_CONTEXT_CHARS
    assert "(Ostrom, 1990)" in mention.context
    assert mention.context.split()[0].startswith("word")
    assert all(w.startswith("word") or not w[-1].isdigit() for w in mention.context.split())
