"""Marks run together and marks of other languages read as the labeller knows them: a
bracketed year or a comma run into the title, a chapter's "In:" run into the title's last
word, a volume and its pages parted by a bare comma, "pp:", French "Dans:" and
"rédacteurs", the NLM's "editor(s)", Polish "red.", and Turkish "c. CVII, sy 4"."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference


def test_bracketed_year_run_into_the_title() -> None:
    work = parse_reference(
        "Pestoff, V. (2006a)Citizens and co-production of welfare services: Childcare in eight "
        "European countries. Public Management Review, 8, 503–519."
    )
    assert work.year == 2006
    assert work.title == (
        "Citizens and co-production of welfare services: Childcare in eight European countries"
    )


def test_comma_run_into_the_opening_quote() -> None:
    work = parse_reference(
        "Needham, C & Carr, S 2009,‘Co-production: An emerging evidence base for adult social "
        "care transformation’, SCIE Research Briefing 31, Social Care Institute for "
        "Excellence, London."
    )
    assert [a.family for a in work.authors] == ["Needham", "Carr"]
    assert work.year == 2009
    assert work.title.startswith("Co-production: An emerging evidence base")


@pytest.mark.parametrize("stop", ["", "?"], ids=["after-a-word", "after-a-question-mark"])
def test_in_run_into_the_title(stop: str) -> None:
    title = "Co-production and the third sector" + stop
    work = parse_reference(
        f"Pestoff V. {title}In: Osborne SP, ed. The new public governance? London: Routledge; "
        "2010:300–318."
    )
    assert work.title == title
    assert [e.family for e in work.editors] == ["Osborne"]
    assert work.container_title == "The new public governance?"


def test_linkedin_keeps_its_in() -> None:
    assert with_marks_spaced("LinkedIn: A study of networks") == "LinkedIn: A study of networks"


def test_volume_and_pages_parted_by_a_bare_comma() -> None:
    work = parse_reference(
        "Needham, C. (2008) Realising the potential of co-production. Social Policy and "
        "Society, 7,221–231."
    )
    assert work.volume == "7"
    assert work.pages == "221–231"
    assert with_marks_spaced("with over 200,000 volunteers.") == "with over 200,000 volunteers."


def test_pages_mark_with_a_colon() -> None:
    work = parse_reference(
        "Ewert B and Evers A, 2012. Co-production. In: New Public Governance, the Third Sector "
        "and Co-Production (Pestoff V, Brandsen T and Verschuere B, eds). Routledge: London, "
        "pp:61–78."
    )
    assert work.pages == "61–78"
    assert work.publisher == "Routledge"


@pytest.mark.parametrize("word", ["rédacteurs", "editor(s)"])
def test_vancouver_editors_words(word: str) -> None:
    work = parse_reference(
        "Fledderus J. Building trust through public service co-production. Dans: Osborne SP, "
        f"Strokosch K, {word}. Public service co-production. London : Routledge; 2015. "
        "p. 33-48."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"
    assert work.pages == "33–48"


def test_polish_red_before_the_editors() -> None:
    work = parse_reference(
        "Fledderus J., Building trust through public service co-production, w: Public service "
        "co-production, red. S. P. Osborne, K. Strokosch, London 2015, s. 33-48."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"


def test_turkish_short_volume_and_issue() -> None:
    work = parse_reference(
        "PESTOFF, V.: “Citizens and co-production of welfare services”, Public Management "
        "Review, 2006, c. VIII, sy 4, ss. 503-519."
    )
    assert work.volume == "VIII"
    assert work.issue == "4"
    assert work.pages == "503–519"


def test_romanian_in_before_the_editors() -> None:
    work = parse_reference(
        "Fledderus, J.; Honingh, M., „Building trust through public service co-production”, "
        "în S. P. Osborne, K. Strokosch (ed.), Public service co-production, Routledge, "
        "London, 2015, pp. 33–48."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"


def test_italian_a_c_di_marks_the_editors() -> None:
    assert with_marks_spaced("in S. Osborne - K. Strokosch (a c. di), Public service") == (
        "in S. Osborne, K. Strokosch (eds.), Public service"
    )


def test_german_heft_before_the_bracketed_volume() -> None:
    assert with_marks_spaced("in: Voluntas, Heft 4 (23) 2012, S. 1083–1101.") == (
        "in: Voluntas, vol. 23, no. 4 2012, S. 1083–1101."
    )


def test_untitled_chapter_with_a_comma_after_in() -> None:
    work = parse_reference(
        "[6] Fledderus, J., Honingh, M., in:, Osborne S, Strokosch K (Eds.), Public service "
        "co-production, Routledge, London 2015, pp. 33–48."
    )
    assert [a.family for a in work.authors] == ["Fledderus", "Honingh"]
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"


def test_persian_year_letter_before_the_year() -> None:
    work = parse_reference(
        "Fledderus، J. b–2015. Building trust through public service co-production. London: "
        "Routledge."
    )
    assert (work.year, work.year_suffix) == (2015, "b")
    assert work.title == "Building trust through public service co-production"


def test_journal_numbers_before_a_semicolon() -> None:
    work = parse_reference(
        "Fledderus J. 2016. Why people co-produce within activation services. International "
        "Review of Administrative Sciences 82:69–87; doi:10.1177/0020852314566006."
    )
    assert work.container_title == "International Review of Administrative Sciences"
    assert (work.volume, work.pages) == ("82", "69–87")


@pytest.mark.parametrize(
    ("imprint", "publisher", "place"),
    [
        ("Policy Press Bristol", "Policy Press", "Bristol"),
        ("Routledge London", "Routledge", "London"),
        ("University of Oxford", "University of Oxford", ""),
    ],
)
def test_places_right_after_the_publisher(imprint: str, publisher: str, place: str) -> None:
    work = parse_reference(
        f"Fledderus, J., 2015: Public service co-production and trust. {imprint}."
    )
    assert (work.publisher, work.place) == (publisher, place)


def test_indonesian_di_dalam_is_in() -> None:
    work = parse_reference(
        "Fledderus J, Honingh M. 2015. Building trust through public service co-production. Di "
        "dalam: Osborne SP, Strokosch K, editor. Public service co-production. London: "
        "Routledge. hlm. 33–48."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Osborne SP and Strokosch K(Eds). London", "Osborne SP and Strokosch K (Eds). London"),
        ("co-production(eds. Osborne, S. P.)", "co-production (eds. Osborne, S. P.)"),
        ("Journal (Edinburgh) 4", "Journal (Edinburgh) 4"),
    ],
)
def test_editors_mark_run_into_the_word_before(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read
