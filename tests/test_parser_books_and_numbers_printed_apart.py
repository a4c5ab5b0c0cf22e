"""Books, editors and numbers some styles print apart from where the labeller expects
them: a book after the chapter's full stop before its editors' "(eds.)", a title or a
place a style prints twice, McGill's "(2013) 107:4 Journal 726–741", a chapter with no
title of its own before "edited by", and a last editor's family name before the
bracketed imprint."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import said_once
from coprod_refs.parse.reference import parse_reference


def test_book_before_bracketed_eds_after_the_title() -> None:
    work = parse_reference(
        "Fledderus, J. 2015. Building trust through public service co-production. Public "
        "service co-production, Osborne, S. P. & Strokosch, K. (eds.), 33–48. London: "
        "Routledge."
    )
    assert work.title == "Building trust through public service co-production"
    assert work.container_title == "Public service co-production"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert (work.pages, work.publisher, work.place) == ("33–48", "Routledge", "London")


def test_title_printed_twice_is_read_once() -> None:
    work = parse_reference(
        "Needham C 2008: Realising the potential of co-production. Realising the potential "
        "of co-production. Policy Press: Bristol."
    )
    assert work.title == "Realising the potential of co-production"


def test_place_printed_twice_is_read_once() -> None:
    work = parse_reference(
        "Pestoff, V., Beyond the Market and State: Civil Democracy and Social Enterprises in "
        "a Welfare Society (Aldershot, Aldershot: Ashgate, 1998)."
    )
    assert (work.place, work.publisher) == ("Aldershot", "Ashgate")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sorry, Sorry", "Sorry, Sorry"),
        ("New public management. New public management", "New public management"),
        ("Who cares? Who cares?", "Who cares? Who cares?"),
        ("Why co-produce at all? Why co-produce at all?", "Why co-produce at all?"),
    ],
)
def test_said_once(text: str, kept: str) -> None:
    assert said_once(text) == kept


def test_mcgill_volume_and_issue_before_the_journal() -> None:
    work = parse_reference(
        "Needham, C, “Realising the potential of co-production: Negotiating improvements in "
        "public services” (2008) 7:2 Social Policy and Society 221–231."
    )
    assert (work.volume, work.issue, work.pages) == ("7", "2", "221–231")
    assert work.container_title == "Social Policy and Society"


def test_first_page_before_the_doi_mark() -> None:
    work = parse_reference(
        "Needham, C., « Realising the potential of co-production », (2008) 7 Social Policy and "
        "Society 221‑231, doi : 10.1017/S1474746407004174."
    )
    assert (work.volume, work.pages) == ("7", "221–231")
    assert work.doi == "10.1017/s1474746407004174"


def test_untitled_chapter_before_edited_by() -> None:
    work = parse_reference(
        "4. V. Pestoff and T. Brandsen, in Public Service Co-production, edited by S. P. "
        "Osborne and K. Strokosch (Routledge, London, 2015), pp. 33–48"
    )
    assert [a.family for a in work.authors] == ["Pestoff", "Brandsen"]
    assert work.container_title == "Public Service Co-production"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]


def test_last_editor_before_the_bracketed_imprint() -> None:
    work = parse_reference(
        "7. J. Fledderus, Building trust through public service co-production, in Public "
        "Service Co-production, eds. S. P. Osborne and K. J. Strokosch (Routledge, London, "
        "2015), pp. 33–48."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.publisher == "Routledge"


@pytest.mark.parametrize(
    ("name", "read"), [("Participation International", True), ("in International", False)]
)
def test_organisation_ending_the_title_before_the_place(name: str, read: bool) -> None:
    work = parse_reference(
        f"[8] J. Fledderus, Time banking in rural Scotland: Lessons learnt, {name}, Glasgow, 2015."
    )
    assert (work.publisher == name) is read
    assert work.place == "Glasgow"


def test_chapter_pages_after_the_year_and_its_letter() -> None:
    work = parse_reference(
        "Fledderus J. Building trust through public service co-production. In: Osborne SP, "
        "Strokosch K, eds. Public service co-production. London: Routledge; 2015b:33–48."
    )
    assert (work.year, work.year_suffix, work.pages) == (2015, "b", "33–48")


@pytest.mark.parametrize(
    "text",
    [
        "Fledderus, J., and M. Honingh (2015). Building trust through public service "
        "co-production, in Public service co-production S. Osborne, and K. Strokosch(Editors), "
        "Taylor and Francis, Abingdon, 33–48.",
        "Fledderus, J., and M. Honingh, 2015, Building trust through public service "
        "co-production, in Public service co-production S. Osborne, and K. Strokosch "
        "(Editors), Taylor and Francis, Abingdon, 33–48.",
    ],
    ids=["mark-run-in", "mark-spaced"],
)
def test_book_and_imprint_around_editors_with_a_bracketed_mark(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == "Public service co-production"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert (work.publisher, work.place) == ("Taylor and Francis", "Abingdon")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Open Government Partnership (2019). Co-creation requirements: Guidance. "
            "OpenGovPartnership.org. https://www.opengovpartnership.org/guidance/ (Accessed 14 "
            "March 2024).",
            2019,
        ),
        (
            "12. Open Government Partnership. Co-creation requirements: Guidance. "
            "OpenGovPartnership.org 2019. Available at: https://www.opengovpartnership.org/x/.",
            2019,
        ),
    ],
    ids=["after-the-title", "with-the-year"],
)
def test_website_named_by_its_domain_after_the_title(text: str, year: int) -> None:
    work = parse_reference(text)
    assert work.title == "Co-creation requirements: Guidance"
    assert work.container_title == "OpenGovPartnership.org"
    assert work.year == year


def test_domain_inside_a_title_stays() -> None:
    work = parse_reference("Smith, J. (2019). The rise of Amazon.com. Journal of Retail, 4, 1–9.")
    assert work.title == "The rise of Amazon.com"


def test_editors_and_publisher_read_into_the_book() -> None:
    work = parse_reference(
        "9. Fledderus, J. and M. Honingh, 2015. Building trust through public service "
        "co-production, In Public Service Co-production: Theory and Practice, S. P. Osborne, "
        "K. Strokosch, eds., Routledge, pp. 33–48."
    )
    assert work.container_title == "Public Service Co-production: Theory and Practice"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.publisher == "Routledge"
