"""Chapters whose book, editors and imprint the labeller cut at the wrong word (the book
ending in "in" before its editors, "Eds:" after the book's full stop, "Eds" before the
names and the publisher and places after them, a place opened in the editors'
segment), a publisher's name cut before its full stop and a link phrase, Vancouver
editors marked "eds." without brackets, an access word run into its date ("URL
(consultedMay 2019)"), a lone "In:" before a web page's year, and the year's letter in
capitals, spaced in brackets, before Vancouver's semicolon or spaced at the end."""

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


def test_vancouver_editors_marked_eds_without_brackets() -> None:
    work = parse_reference(
        "7. Osborne SP, Strokosch K eds. Public service logic. London: Routledge; 2021."
    )
    assert [n.family for n in work.editors] == ["Osborne", "Strokosch"]
    assert work.authors == []
    assert work.title == "Public service logic"


def test_a_spaced_year_letter_in_brackets() -> None:
    work = parse_reference(
        "Needham, C. (2008 b). Realising the potential of co-production. Social Policy and "
        "Society, 7, 221–231."
    )
    assert (work.year, work.year_suffix) == (2008, "b")
    assert work.title == "Realising the potential of co-production"


def test_an_access_word_run_into_the_date_and_a_lone_in() -> None:
    page = parse_reference(
        "Scottish Government. 2011. Renewing Scotland's Public Services. Edinburgh: Scottish "
        "Government. URL (consultedMay 2019): https://www.gov.scot/publications/renewing/"
    )
    assert (page.publisher, page.accessed[:4]) == ("Scottish Government", "2019")
    czech = parse_reference(
        "SCOTTISH GOVERNMENT. Renewing public services. In: 2011 [cit. 2019-05-02]. Dostupné "
        "z: https://www.gov.scot/publications/renewing/"
    )
    assert (czech.place, czech.year) == ("", 2011)


def test_a_given_name_ending_in_ed_is_no_editors_mark() -> None:
    work = parse_reference(
        "105 Osborne David, Gaebler Ted. Reinventing Government. Reading, MA: Addison-Wesley; 1992."
    )
    assert [n.family for n in work.authors] == ["Osborne", "Gaebler"]
    assert work.editors == []
