"""Every forgiving-matching rule: variants fold to one term, different words stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.query.folding import (
    analyze,
    highlight_spans,
    name_terms,
    normalize_prefix,
    normalize_word,
)


def terms(text: str) -> list[str]:
    return [p.term for p in analyze(text)]


@pytest.mark.parametrize(
    "variants",
    [
        # case, diacritics
        ["Service", "SERVICE", "service"],
        ["Grönroos", "Gronroos"],
        ["naïve", "naive"],
        # hyphen and space after a bound prefix
        ["co-production", "coproduction", "co production", "Co\u2010production"],
        ["co-design", "codesign", "co design"],
        ["co–delivery", "codelivery"],
        ["e-government", "egovernment"],
        ["non-profit", "nonprofit", "non profit"],
        ["co\u00adproduction", "coproduction"],
        # singular and plural
        ["service", "services"],
        ["policy", "policies"],
        ["approach", "approaches"],
        ["process", "processes"],
        ["community", "communities"],
        # British and American spelling
        ["organisation", "organization", "organisations", "organizations"],
        ["organise", "organize"],
        ["realised", "realized"],
        ["analyse", "analyze"],
        ["behaviour", "behavior"],
        ["neighbourhood", "neighborhood"],
        ["labour", "labor"],
        ["colour", "color"],
        ["centre", "center", "centres", "centers"],
        ["theatre", "theater"],
        ["modelling", "modeling"],
        ["travelled", "traveled"],
        ["catalogue", "catalog"],
        ["dialogue", "dialog"],
        ["programme", "program", "programmes"],
        ["defence", "defense"],
        ["ageing", "aging"],
        ["judgement", "judgment"],
        # possessive apostrophe
        ["Ostrom's", "Ostrom"],
        ["citizens\u2019", "citizen"],
    ],
)
def test_variants_fold_to_one_term(variants: list[str]) -> None:
    folded = {tuple(terms(v)) for v in variants}
    assert len(folded) == 1, folded


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("service", "servant"),
        ("policy", "police"),
        ("production", "coproduction"),
        ("design", "codesign"),
        ("analysis", "analyse"),
        ("four", "for"),
        ("hour", "hor"),
        ("size", "sise"),
        ("corps", "cor"),
    ],
)
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert terms(a) != terms(b)


def test_latin_and_short_endings_are_kept() -> None:
    assert normalize_word("analysis") == "analysis"
    assert normalize_word("status") == "status"
    assert normalize_word("class") == "class"
    assert normalize_word("bus") == "bus"
    assert normalize_word("2010s") == "2010s"


def test_compound_is_indexed_whole_and_in_parts() -> None:
    positions = analyze("street-level management")
    assert [p.term for p in positions] == ["street", "level", "management"]
    assert positions[0].alternates == ("streetlevel",)
    assert terms("streetlevel") == ["streetlevel"]


def test_bound_prefix_only_joins_across_plain_space() -> None:
    assert terms("e.g. government") == ["e", "g", "government"]
    assert terms("Smith & Co. Ltd") == ["smith", "co", "ltd"]


def test_spans_point_into_the_text() -> None:
    text = "From co production to Co-design"
    spans = [(p.start, p.end) for p in analyze(text)]
    assert [text[s:e] for s, e in spans] == ["From", "co production", "to", "Co-design"]


@pytest.mark.parametrize(
    "variants",
    [
        ["Löffler", "Loeffler", "Loffler", "LOEFFLER"],
        ["Müller", "Mueller", "Muller"],
        ["Grönroos", "Groenroos"],
        ["O'Brien", "OBrien", "O\u2019Brien"],
    ],
)
def test_name_variants_fold_to_one_term(variants: list[str]) -> None:
    assert len({tuple(name_terms(v)) for v in variants}) == 1


def test_hyphenated_family_names_give_parts_and_whole() -> None:
    assert name_terms("Martin-Smith") == ["martin", "smith", "martinsmith"]


@pytest.mark.parametrize(
    ("prefix", "word"),
    [
        ("coprod", "co-production"),
        ("co-prod", "coproducers"),
        ("organiz", "organisational"),
        ("behavio", "behavioral"),
        ("centr", "center"),
    ],
)
def test_prefixes_fold_like_words(prefix: str, word: str) -> None:
    assert all(t.startswith(normalize_prefix(prefix)) for t in terms(word))


def test_highlight_spans_find_folded_matches() -> None:
    text = "Co-production in the neighborhood: Löffler"
    found = highlight_spans(text, frozenset({"coproduction", "neighbourhood", "loffler"}))
    assert [text[s:e] for s, e in found] == ["Co-production", "neighborhood", "Löffler"]
    assert highlight_spans(text, frozenset(), ("neigh",)) == [(21, 33)]


@given(st.text(max_size=80))
def test_analysis_never_fails_and_spans_are_in_range(text: str) -> None:
    for pos in analyze(text):
        assert 0 <= pos.start < pos.end <= len(text)
        assert pos.term
    for term in name_terms(text):
        assert term.isascii()


def test_each_chinese_character_is_a_word_of_its_own() -> None:
    # Chinese writes no space between words: a query for "合作生产" must find its
    # characters inside "公共服务合作生产研究", in order.
    title, query = terms("公共服务合作生产研究"), terms("合作生产")
    assert len(title) == 10 and len(query) == 4
    assert any(title[i : i + 4] == query for i in range(len(title)))
    assert terms("Co-production 合作") == ["coproduction", *terms("合作")]
