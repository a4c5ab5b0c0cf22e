"""References in China's GB/T 7714, read from their form: the type code after the title
and the order of the rest by type, in Chinese and in Latin script."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.gbt7714 import gbt7714_record
from coprod_refs.parse.reference import parse_reference


def _people(names: list) -> list[tuple[str, str]]:
    return [(n.family, n.given) if not n.is_body else (n.literal, "") for n in names]


def test_a_journal_article_in_chinese() -> None:
    work = parse_reference("王明, 李华. 公共服务合作生产研究[J]. 中国行政管理, 2018(3): 45-50.")
    assert work.type == "article-journal"
    assert _people(work.authors) == [("王", "明"), ("李", "华")]
    assert (work.title, work.container_title) == ("公共服务合作生产研究", "中国行政管理")
    assert (work.year, work.volume, work.issue, work.pages) == (2018, "", "3", "45–50")


def test_a_journal_article_in_latin_script_with_a_list_number() -> None:
    work = parse_reference(
        "[2] OSTROM E. Crossing the great divide: coproduction, synergy, and development[J]. "
        "World Development, 1996, 24(6): 1073-1087."
    )
    assert work.type == "article-journal"
    assert [n.family for n in work.authors] == ["Ostrom"]
    assert work.title == "Crossing the great divide: coproduction, synergy, and development"
    assert (work.container_title, work.year, work.volume, work.issue, work.pages) == (
        "World Development",
        1996,
        "24",
        "6",
        "1073–1087",
    )
    assert work.label == "2"


def test_a_book_with_a_compound_family_name_and_et_al() -> None:
    work = parse_reference(
        "欧阳明, 张三, 李四, 等. 社区治理中的合作生产[M]. 北京: 社会科学文献出版社, 2019: 12-20."
    )
    assert work.type == "book"
    assert _people(work.authors) == [("欧阳", "明"), ("张", "三"), ("李", "四")]
    assert "et-al" in work.flags
    assert (work.place, work.publisher, work.year) == ("北京", "社会科学文献出版社", 2019)


def test_dotted_initials_do_not_end_the_names() -> None:
    work = parse_reference(
        "Ostrom E., Ostrom V. Public goods and public choices[M]. Boulder: Westview Press, "
        "1977: 7-49."
    )
    assert _people(work.authors) == [("Ostrom", "E."), ("Ostrom", "V.")]
    assert work.title == "Public goods and public choices"


def test_a_part_of_a_book_names_its_editors_and_the_book() -> None:
    work = parse_reference(
        "王浦劬. 政府向社会力量购买公共服务的改革意蕴[C]//王浦劬, 萨拉蒙. "
        "政府向社会组织购买公共服务研究. 北京: 北京大学出版社, 2010: 1-20."
    )
    assert work.type == "paper-conference"
    assert [n.family for n in work.editors] == ["王", "萨"]
    assert work.container_title == "政府向社会组织购买公共服务研究"
    assert (work.publisher, work.pages) == ("北京大学出版社", "1–20")


def test_a_thesis_a_newspaper_and_a_web_page_by_a_body() -> None:
    thesis = parse_reference("李明. 公共服务合作生产的机制研究[D]. 上海: 复旦大学, 2016.")
    assert (thesis.type, thesis.publisher, thesis.place, thesis.year) == (
        "thesis",
        "复旦大学",
        "上海",
        2016,
    )
    paper = parse_reference("张华. 社区居民参与公共服务[N]. 人民日报, 2018-03-05(3).")
    assert (paper.type, paper.container_title, paper.month, paper.day, paper.pages) == (
        "article-newspaper",
        "人民日报",
        3,
        5,
        "3",
    )
    page = parse_reference(
        "国务院. 关于政府向社会力量购买服务的指导意见[EB/OL]. (2013-09-30)[2020-01-01]. "
        "http://www.gov.cn/zwgk/2013-09/30/content_2498186.htm."
    )
    assert page.type == "webpage"
    assert _people(page.authors) == [("国务院", "")]
    assert (page.year, page.month, page.day, page.accessed) == (2013, 9, 30, "2020-01-01")
    assert page.url == "http://www.gov.cn/zwgk/2013-09/30/content_2498186.htm"


def test_a_place_with_a_comma_in_a_book_a_report_and_a_part_of_a_book() -> None:
    book = parse_reference(
        "[3] ARGYRIS C, SCHÖN D. Organizational learning: A theory of action perspective[M]. "
        "Reading, MA: Addison Wesley, 1978."
    )
    assert (book.type, book.title) == (
        "book",
        "Organizational learning: A theory of action perspective",
    )
    assert (book.place, book.publisher, book.year) == ("Reading, MA", "Addison Wesley", 1978)
    report = parse_reference(
        "[31] GARN H, FLAX M, SPRINGER M, 等. Models for indicator development[R]. "
        "Washington, DC: The Urban Institute, 1976."
    )
    assert [n.family for n in report.authors] == ["Garn", "Flax", "Springer"]
    assert (report.type, report.place, report.publisher) == (
        "report",
        "Washington, DC",
        "The Urban Institute",
    )
    part = parse_reference(
        "[6] BOVAIRD T, LOEFFLER E. Communities, trust and organisational responses[M]//WATSON S, "
        "MORAN A. Trust, risk and uncertainty. Houndmills, Basingstoke: Palgrave Macmillan, "
        "2005: 143-162."
    )
    assert [n.family for n in part.editors] == ["Watson", "Moran"]
    assert (part.container_title, part.place, part.pages) == (
        "Trust, risk and uncertainty",
        "Houndmills, Basingstoke",
        "143–162",
    )


def test_an_online_report_gives_its_dates_and_an_online_page_its_imprint() -> None:
    report = parse_reference(
        "[8] BOVAIRD T, LOEFFLER E. Bringing the power of the citizen into local public "
        "services[R/OL]. (2014)[2019-03-29]. https://gov.wales/docs/report-en.pdf."
    )
    assert (report.type, report.year, report.accessed) == ("report", 2014, "2019-03-29")
    assert report.title == "Bringing the power of the citizen into local public services"
    assert report.url == "https://gov.wales/docs/report-en.pdf"
    page = parse_reference(
        "[32] GOAN M. How we grew timebanking in rural Scotland[EB/OL]. Birmingham: "
        "Governance International, 2014[2019-04-01]. http://www.govint.org/news/blog/"
    )
    assert (page.type, page.year, page.accessed) == ("webpage", 2014, "2019-04-01")
    assert (page.place, page.publisher) == ("Birmingham", "Governance International")


@pytest.mark.parametrize(
    "text",
    [
        "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073-1087.",
        "Smith, J. (2010). A study [Doctoral dissertation]. University of York.",
        "王明. 公共服务合作生产研究[J]. 没有年份的期刊.",
        "[12] J. Alford, “Why do clients coproduce?,” Admin. Soc., vol. 34, pp. 32–56, 2002.",
        "王明. 公共服务合作生产研究[R/OL]. 没有日期. http://example.org/report.",
    ],
)
def test_other_forms_are_left_to_the_parser(text: str) -> None:
    assert gbt7714_record(text) is None


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize(
    "text",
    ["a." * 50000 + "[x]", "a." * 50000 + "[J]", "[J]" * 30000, "(" * 100000 + "[M]. a: b, 2000"],
)
def test_pathological_input_is_turned_down_at_once(text: str) -> None:
    gbt7714_record(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("王明李.,，[]JM/OL:：() 0123456789-EB"), max_size=80))
def test_any_string_gives_a_record_with_a_title_or_none(text: str) -> None:
    work = gbt7714_record(text)
    if work is not None:
        assert work.title
        # only an online item may give the day it was cited and no date of its own
        assert work.year is not None or work.type in ("webpage", "dataset", "document")
