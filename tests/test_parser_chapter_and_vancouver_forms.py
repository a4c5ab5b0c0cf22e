"""Chapters whose book, editors and imprint the labeller cut at the wrong word (the book
ending in "in" before its editors, "Eds:" after the book's full stop, "Eds" before the
names and the publisher and places after them, a place opened in the editors'
segment), a publisher's name cut before its full stop and a link phrase, and the
year's letter in capitals, before Vancouver's semicolon or spaced at the end."""

from __future__ import annotations

from coprod_refs.parse.reference import parse_reference


def test_eds_with_a_colon_after_the_book() -> None:
    work = parse_reference(
        "Alford, J. and Yates, S. (2016) Co-production of public services in Australia. In: "
        "Trust and public governance. Eds: Smith, K. and Jones, P. Melbourne and Sydney: "
        "Allen & Unwin. 45-62."
    )
    assert work.container_title == "Trust and public governance"
    assert [n.family for n in work.editors] == ["Smith", "Jones"]
    assert work.place == "Melbourne and Sydney"


def test_a_book_ending_in_in_goes_on_before_its_editors() -> None:
    work = parse_reference(
        "Pestoff, V. 2014. Collective action and the sustainability of co-production. In The "
        "Handbook of Public Services in Europe. B. Verschuere & T. Brandsen, Eds. London: "
        "Routledge. 11–25."
    )
    assert work.container_title == "The Handbook of Public Services in Europe"
    assert [n.family for n in work.editors] == ["Verschuere", "Brandsen"]


def test_a_publisher_cut_before_its_last_word_and_a_link_phrase() -> None:
    work = parse_reference(
        "Scottish Government. 2011. Renewing Scotland's public services. Edinburgh: Scottish "
        "Government. Available: https://www.gov.scot/publications/renewing/ [2019, March 28]."
    )
    assert (work.place, work.publisher) == ("Edinburgh", "Scottish Government")


def test_vancouver_year_letters() -> None:
    article = parse_reference(
        "Ostrom E. Crossing the great divide. World Development. 1996b;24(6):1073–1087."
    )
    assert (article.year, article.year_suffix, article.volume, article.issue) == (
        1996,
        "b",
        "24",
        "6",
    )
    book = parse_reference(
        "Needham C, Carr S. Co-production: An emerging evidence base. London: Social Care "
        "Institute for Excellence; 2009 b."
    )
    assert (book.year, book.year_suffix) == (2009, "b")
    assert [n.family for n in book.authors] == ["Needham", "Carr"]


def test_editors_ending_their_segment_keep_their_name() -> None:
    work = parse_reference(
        'Lorenz, K. "Comparative studies of the motor patterns of Anatinae." Studies in '
        "Animal and Human Behavior. Ed. K. Lorenz. Cambridge, MA: Harvard University Press, "
        "1971. 14-114."
    )
    assert [n.family for n in work.editors] == ["Lorenz"]
    assert work.place == "Cambridge, MA"


def test_eds_without_a_stop_then_the_publisher_and_its_places() -> None:
    work = parse_reference(
        "Durose, C. and Richardson, L. (2016). Designing public policy for co-production. In: "
        "Public policy and the citizen, Eds Smith, K. and Jones, P. Policy Press, Bristol and "
        "Chicago, pp. 33–50."
    )
    assert [n.family for n in work.editors] == ["Smith", "Jones"]
    assert (work.publisher, work.place) == ("Policy Press", "Bristol and Chicago")


def test_a_year_letter_in_capitals() -> None:
    work = parse_reference(
        "Whitaker GP. 1980B. Coproduction: citizen participation in service delivery. Public "
        "Administration Review 40: 240–246."
    )
    assert (work.year, work.year_suffix) == (1980, "b")
    assert [n.family for n in work.authors] == ["Whitaker"]
