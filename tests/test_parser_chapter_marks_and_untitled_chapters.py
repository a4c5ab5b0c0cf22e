"""Chapters printed in forms the labeller reads poorly: Psychiatric Services' "Title; in
Book. Edited by …", ACS chapters with no title of their own ("Authors. In Book; Editors,
Eds.;"), Polish "w:" in small letters, a book then editors written given name first, and
the volume with its issue and the first page after the year ("2013, 107 (4), 726.")."""

from __future__ import annotations

from coprod_refs.parse.reference import parse_reference


def test_semicolon_then_small_in_opens_the_book() -> None:
    work = parse_reference(
        "4. Alford J, Yates S: Co-production of public services in Australia; in Public "
        "service co-production. Edited by Osborne SP, Strokosch K. London and New York, "
        "Routledge, 2016."
    )
    assert work.title == "Co-production of public services in Australia"
    assert work.container_title == "Public service co-production"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.place == "London and New York"
    assert work.publisher == "Routledge"


def test_acs_chapter_without_a_title_of_its_own() -> None:
    work = parse_reference(
        "(12) Pestoff, V.; Osborne, S. P. In Co-production and public service delivery; "
        "Brandsen, T., Honingh, M., Eds.; Routledge: New York, 2012; pp 13–34."
    )
    assert [a.family for a in work.authors] == ["Pestoff", "Osborne"]
    assert work.container_title == "Co-production and public service delivery"
    assert [e.family for e in work.editors] == ["Brandsen", "Honingh"]
    assert work.pages == "13–34"


def test_last_authors_initial_is_not_german_pages_mark() -> None:
    work = parse_reference(
        "(45) Needham, C.; Martin, S. In Public management and governance; Bovaird, T., "
        "Loeffler, E., Eds.; Routledge: Abingdon, 2016; pp 301–318."
    )
    assert [a.family for a in work.authors] == ["Needham", "Martin"]
    assert work.pages == "301–318"


def test_polish_small_w_opens_the_book() -> None:
    work = parse_reference(
        "Nowak J., 2018, Współtworzenie usług publicznych, w: A. Kowalska, P. Wiśniewski "
        "(red.), Zarządzanie publiczne, Warszawa: 45-67."
    )
    assert work.container_title == "Zarządzanie publiczne"
    assert [e.family for e in work.editors] == ["Kowalska", "Wiśniewski"]


def test_book_then_editors_written_given_name_first() -> None:
    work = parse_reference(
        "Smith Adam, Jones Carl, Coproduction and its critics, w: Public Services. Old and "
        "New Readings, Mary K Brown, Peter D. Green (eds), Oxford University Press, Oxford 2001."
    )
    assert work.container_title == "Public Services. Old and New Readings"
    assert [e.family for e in work.editors] == ["Brown", "Green"]


def test_vancouver_editors_after_in_keep_their_book() -> None:
    work = parse_reference(
        "Meehl GA, Stocker TF. 2007. Global climate projections. In: Solomon S, Qin D, eds. "
        "Climate change 2007: the physical science basis. Cambridge, UK: Cambridge "
        "University Press, 747–845."
    )
    assert [e.family for e in work.editors] == ["Solomon", "Qin"]
    assert work.container_title.startswith("Climate change 2007")


def test_volume_issue_and_first_page_after_the_year() -> None:
    work = parse_reference(
        "(65) Snowden, D.; Boone, M. E. Harvard Business Review 2007, 85 (11), 68."
    )
    assert (work.year, work.volume, work.issue, work.pages) == (2007, "85", "11", "68")
    assert work.container_title == "Harvard Business Review"
