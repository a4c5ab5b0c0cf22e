"""Physics journals' and law journals' compact forms: the abbreviated journal opened
after the names' comma ("T. Ito, Jpn. J. Appl. Phys."), the issue in square brackets
before the first page ("43 [1], 59 (1983)"), a list number run into the names ("37)J."),
the year's letter in brackets ("2009(a)") and French editors written out ("(sous la
direction de)"), and a body's name before a comma opening a numbered entry ("[22]
Cooperative Party, Public services …")."""

from __future__ import annotations

from coprod_refs.parse.reference import parse_reference


def test_an_abbreviated_journal_after_the_names() -> None:
    work = parse_reference("5) T. Ito, Jpn. J. Appl. Phys. 52 [4], 041101 (2013).")
    assert [n.family for n in work.authors] == ["Ito"]
    assert work.container_title == "Jpn. J. Appl. Phys."
    assert (work.volume, work.issue, work.pages, work.year) == ("52", "4", "041101", 2013)


def test_a_bracketed_issue_before_the_first_page() -> None:
    work = parse_reference(
        "17) R. B. Parks and E. Ostrom, Policy Studies Journal 9 [7], 1001 (1981)."
    )
    assert (work.volume, work.issue, work.pages, work.year) == ("9", "7", "1001", 1981)


def test_a_list_number_run_into_the_names() -> None:
    work = parse_reference("37)J. Alford and O. Hughes, Public Admin. Rev. 68 [1], 130 (2008).")
    assert work.label == "37"
    assert [n.family for n in work.authors] == ["Alford", "Hughes"]


def test_a_year_letter_in_brackets() -> None:
    work = parse_reference(
        "PESTOFF V 2006(b). Citizens and co-production of welfare services. Public "
        "Management Review 8(4):503–519."
    )
    assert (work.year, work.year_suffix) == (2006, "b")
    assert [n.family for n in work.authors] == ["Pestoff"]


def test_sous_la_direction_de_read_as_the_editors_mark() -> None:
    work = parse_reference(
        "Laville J.-L., 2010, Solidarity economy, in : Hart K., Laville J.-L., Cattani A. D. "
        "(sous la direction de), The human economy, Cambridge : Polity, p. 225‑235."
    )
    assert [n.family for n in work.authors] == ["Laville"]
    assert [n.family for n in work.editors] == ["Hart", "Laville", "Cattani"]
    assert work.container_title == "The human economy"


def test_a_body_and_a_comma_opening_a_numbered_entry() -> None:
    work = parse_reference(
        "[14] Scottish Government, Christie Commission on the future delivery of public "
        "services, https://www.gov.scot/publications/commission/, (accessed 2 May 2019)."
    )
    assert [n.literal for n in work.authors] == ["Scottish Government"]
    assert work.title == "Christie Commission on the future delivery of public services"


def test_a_title_opening_with_words_and_a_comma_keeps_them() -> None:
    work = parse_reference("[3] Trust, risk and uncertainty, Palgrave Macmillan, 2005.")
    assert work.authors == []
