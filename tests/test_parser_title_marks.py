"""References in the Chinese style that marks titles with 《 》 (law and humanities)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.section_lines import list_marker
from coprod_refs.parse.title_marks import title_marks_record


def test_journal_article_in_chinese() -> None:
    work = parse_reference(
        "王明、李华：《公共服务合作生产研究》，载《中国行政管理》2018年第3期，第45页。"
    )
    assert (work.type, work.title, work.container_title) == (
        "article-journal",
        "公共服务合作生产研究",
        "中国行政管理",
    )
    assert [(n.family, n.given) for n in work.authors] == [("王", "明"), ("李", "华")]
    assert (work.year, work.issue, work.pages) == (2018, "3", "45")
    assert work.label == ""


def test_book_with_its_volume_and_pages() -> None:
    work = parse_reference("王利明：《合同法研究》（第一卷），中国人民大学出版社2002年版，第20页。")
    assert (work.type, work.title, work.volume) == ("book", "合同法研究", "一")
    assert (work.publisher, work.year, work.pages) == ("中国人民大学出版社", 2002, "20")


def test_edited_book() -> None:
    work = parse_reference("张三主编：《公共管理学》，北京大学出版社2010年版。")
    assert [n.family for n in work.editors] == ["张"]
    assert work.authors == []


def test_chapter_in_an_edited_book() -> None:
    work = parse_reference(
        "李四：《合作生产的逻辑》，载王五主编：《公共服务研究》，社会科学文献出版社2015年版，第12-30页。"
    )
    assert (work.type, work.container_title, work.pages) == ("chapter", "公共服务研究", "12–30")
    assert [n.family for n in work.editors] == ["王"]


def test_newspaper_article() -> None:
    work = parse_reference("赵六：《社区治理新探索》，载《人民日报》2018年3月5日，第7版。")
    assert (work.type, work.container_title) == ("article-newspaper", "人民日报")
    assert (work.year, work.month, work.day) == (2018, 3, 5)


@pytest.mark.parametrize(
    ("text", "authors", "editors", "container", "publisher"),
    [
        (
            "〔2〕 P. Aligica、V. Tarko：《Co-production, polycentricity, and value "
            "heterogeneity》，载《American Political Science Review》2013年第4期。",
            ["Aligica", "Tarko"],
            [],
            "American Political Science Review",
            "",
        ),
        (
            "〔6〕 T. Bovaird、E. Loeffler：《Communities, trust and organisational responses "
            "to local governance failure》，载S. Watson、A. Moran主编：《Trust, risk and "
            "uncertainty》，Palgrave Macmillan2005年版。",
            ["Bovaird", "Loeffler"],
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
            "Palgrave Macmillan",
        ),
        (
            "〔53〕 R. Normann：《Services management》（第2版），Wiley1984年版。",
            ["Normann"],
            [],
            "",
            "Wiley",
        ),
    ],
)
def test_western_works_in_the_chinese_law_style(
    text: str, authors: list[str], editors: list[str], container: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == authors
    assert [n.family for n in work.editors] == editors
    assert (work.container_title, work.publisher) == (container, publisher)
    assert work.label == text[1:].split("〕")[0]


def test_thesis_and_web_page_without_title_marks() -> None:
    thesis = parse_reference(
        "〔122〕 K. Strokosch：《Understanding the Co-production of Public Services》，University "
        "of Edinburgh2013年PhD thesis。"
    )
    assert (thesis.type, thesis.publisher, thesis.year) == (
        "thesis",
        "University of Edinburgh",
        2013,
    )
    page = parse_reference("〔22〕 Cooperative Party：Public services in our interests，2019年版。")
    assert (page.title, page.year) == ("Public services in our interests", 2019)
    assert [n.literal or n.family for n in page.authors] == ["Cooperative Party"]


def test_other_forms_are_left_to_the_labeller() -> None:
    assert title_marks_record("Ostrom, E. (1990). Governing the commons. Cambridge UP.") is None
    assert (
        title_marks_record("王明. 公共服务合作生产研究[J]. 中国行政管理, 2018(3): 45-50.") is None
    )


@given(st.text(alphabet="《》：，载年第期版主编0123456789 Ab.、", max_size=80))
def test_any_string_in_the_style_alphabet_parses_or_is_refused(text: str) -> None:
    work = title_marks_record(text)
    assert work is None or work.title


@pytest.mark.parametrize(
    ("line", "label"),
    [("〔1〕 J. Alford", "1"), ("［12］ 王明", "12"), ("（3）王明", "3"), ("12、王明", "12")],
)
def test_full_width_list_numbers(line: str, label: str) -> None:
    marker = list_marker(line, dashes=False)
    assert marker is not None and marker[:2] == ("number", label)


def test_year_and_comma_is_no_list_number() -> None:
    assert list_marker("2013、王明", dashes=False) is None
