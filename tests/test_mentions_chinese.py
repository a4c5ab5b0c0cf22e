"""In-text citations of Chinese texts: bracketed ones read as they stand, narrative ones
when the reference list holds the names."""

from __future__ import annotations

import pytest

from coprod_refs.parse.han_mentions import find_han_mentions
from coprod_refs.parse.reference import parse_references
from coprod_refs.parse.sentences import split_sentences

REFERENCES = parse_references(
    [
        "王明, 李华. 公共服务合作生产研究[J]. 中国行政管理, 2018(3): 45-50.",
        "欧阳明, 张三. 社区治理中的合作生产[M]. 北京: 社会科学文献出版社, 2019.",
        "国务院. 关于政府向社会力量购买服务的指导意见[EB/OL]. (2013-09-30)[2020-01-01]. "
        "http://www.gov.cn/x.htm.",
    ]
)


def found(text: str) -> list[tuple[str, list[str], int | None, bool, str, bool]]:
    return [
        (m.surface, m.authors, m.year, m.et_al, m.locator, m.narrative)
        for m in find_han_mentions(text, REFERENCES)
    ]


def test_a_bracket_of_citations_is_read_as_it_stands() -> None:
    text = (
        "合作生产很重要（王明，2018；欧阳明等，2019：45；"
        "张伟、刘洋，2016，第12页；李和平，2017a）。"
    )
    assert found(text) == [
        ("王明，2018", ["王"], 2018, False, "", False),
        ("欧阳明等，2019：45", ["欧阳"], 2019, True, "45", False),
        ("张伟、刘洋，2016，第12页", ["张", "刘"], 2016, False, "第12页", False),
        ("李和平，2017a", ["李"], 2017, False, "", False),
    ]


def test_names_joined_by_he_are_two_names_unless_one_side_is_no_name() -> None:
    assert found("（王明和李华，2018）")[0][1] == ["王", "李"]
    assert found("（李和平，2017）")[0][1] == ["李"]


def test_narrative_citations_name_listed_people_and_bodies() -> None:
    text = (
        "研究表明王明和李华（2018）认为居民参与很重要。"
        "欧阳明等（2019）也指出。国务院（2013）发布了意见。"
    )
    assert found(text) == [
        ("王明和李华（2018）", ["王", "李"], 2018, False, "", True),
        ("欧阳明等（2019）", ["欧阳"], 2019, True, "", True),
        ("国务院（2013）", ["国务院"], 2013, False, "", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "张伟（2016）认为这很重要。",  # not in the reference list: the name has no edges
        "（这是一个很长的句子而不是引用，2010）",
        "合作生产（2018）",
        "No Chinese here (Ostrom, 1990).",
    ],
)
def test_no_citation_where_no_name_can_be_told(text: str) -> None:
    assert found(text) == []


def test_the_context_is_the_sentence_up_to_its_full_width_stop() -> None:
    text = "第一句话。研究表明王明（2018）认为居民参与很重要。第三句话。"
    assert [m.context for m in find_han_mentions(text, REFERENCES)] == [
        "研究表明王明（2018）认为居民参与很重要。"
    ]
    assert split_sentences("一。二！三？").around(2, 3) == "二！"


def test_spans_point_at_the_surface() -> None:
    text = "序言。\n\n合作生产（王明，2018； 欧阳明等，2019 ）。欧阳明等（2019）也指出。"
    mentions = find_han_mentions(text, REFERENCES)
    assert [m.surface for m in mentions] == ["王明，2018", "欧阳明等，2019", "欧阳明等（2019）"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize(
    "text",
    [
        "（" + "王王和" * 100 + "）",
        "（" + "王" * 100000 + "）",
        "王明和" * 50000 + "王明（2018）",
        "（" * 50000 + "王明，2018" + "）" * 50000,
    ],
)
def test_pathological_input_finishes(text: str) -> None:
    for mention in find_han_mentions(text, REFERENCES):
        assert len(mention.authors) <= 8


def test_latin_names_in_a_chinese_text_with_full_width_marks() -> None:
    from coprod_refs.parse.mentions import find_mentions

    text = "理论源于（Ostrom，1996；Brandsen & Honingh，2016：45）。如Ostrom等（1978）所述。"
    assert [
        (m.surface, m.authors, m.year, m.locator, m.et_al, m.narrative) for m in find_mentions(text)
    ] == [
        ("Ostrom，1996", ["Ostrom"], 1996, "", False, False),
        ("Brandsen & Honingh，2016：45", ["Brandsen", "Honingh"], 2016, "45", False, False),
        ("Ostrom等（1978）", ["Ostrom"], 1978, "", True, True),
    ]
    # the context quotes the text's own marks
    assert find_mentions(text)[2].context == "如Ostrom等（1978）所述。"
