"""Marks of Nordic, Estonian, French and linguistics styles read as the labeller knows
them: Danish "107. årgang", "s. 143–162 i S. Watson & A. Moran (red)", Estonian "–
Book. Toim S. Watson" and "Veebiaadress:", French "nᵒ 4, vol. 35", the Linguistic Society
of America's "Review 107.726–741", a colon run into the last pages, a space before the
full stop after a year; and German names with the year before the colon ("und V. Tarko
2013:"), and bracketed editors marked "(Eds S Watson and A Moran)"."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference


def test_danish_volume_word_and_chapter_in() -> None:
    article = parse_reference(
        "Fledderus, J. & M. Honingh (2016). Why people co-produce within activation "
        "services, International Review of Administrative Sciences, 82. årgang, s. 69–87."
    )
    assert (article.volume, article.pages) == ("82", "69–87")
    chapter = parse_reference(
        "Fledderus, J. (2015). Building trust through public service co-production, s. 33–48 "
        "i S. P. Osborne & K. Strokosch (red), Public service co-production, London: "
        "Routledge."
    )
    assert chapter.container_title == "Public service co-production"
    assert [e.family for e in chapter.editors] == ["Osborne", "Strokosch"]


def test_estonian_dash_before_the_book_and_its_editors() -> None:
    work = parse_reference(
        "Fledderus, J. 2015. Building trust through public service co-production. – Public "
        "service co-production. Toim S. P. Osborne, K. Strokosch. London: Routledge, lk 33–48."
    )
    assert work.title == "Building trust through public service co-production"
    assert work.container_title == "Public service co-production"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]


def test_estonian_link_and_access_words() -> None:
    assert with_marks_spaced("Veebiaadress: http://x.org/a [Vaadatud 2.4.2019].") == (
        "Available at: http://x.org/a [Accessed 2.4.2019]."
    )


def test_dash_between_names_opens_no_book() -> None:
    text = "Smith – Jones, 2001. Title of the work. Eds A. Brown. London."
    assert " In: " not in with_marks_spaced(text)


def test_french_issue_before_volume() -> None:
    work = parse_reference(
        "Fledderus J., « Why people co-produce within activation services », International "
        "Review of Administrative Sciences, nᵒ 1, vol. 82, 2016, p. 69‑87."
    )
    assert (work.volume, work.issue) == ("82", "1")
    assert work.container_title == "International Review of Administrative Sciences"


def test_volume_and_pages_parted_by_a_full_stop() -> None:
    work = parse_reference(
        "Fledderus, J.; and M. Honingh. 2016. Why people co-produce within activation "
        "services. International Review of Administrative Sciences 82.69–87."
    )
    assert (work.volume, work.issue, work.pages) == ("82", "", "69–87")
    assert with_marks_spaced("version 3.1–3.5 of the guide") == "version 3.1–3.5 of the guide"


def test_colon_run_into_the_last_pages() -> None:
    work = parse_reference(
        "Fledderus, J. 2015. Building trust through public service co-production. In Public "
        "service co-production. Edited by S Osborne & K Strokosch. London: Routledge:33–48."
    )
    assert (work.publisher, work.pages) == ("Routledge", "33–48")


def test_space_before_the_full_stop_after_a_year() -> None:
    assert with_marks_spaced("Cooperative Party 2019 . Public services") == (
        "Cooperative Party 2019. Public services"
    )
    assert with_marks_spaced("juillet 1959 . - s.n., 1959") == "juillet 1959 . - s.n., 1959"


def test_german_names_with_the_year_before_the_colon() -> None:
    work = parse_reference(
        "Fledderus, J. und M. Honingh 2016: Why people co-produce within activation services. "
        "International Review of Administrative Sciences 82 (1): 69–87."
    )
    assert [a.family for a in work.authors] == ["Fledderus", "Honingh"]
    assert work.year == 2016
    assert work.title == "Why people co-produce within activation services"


def test_bracketed_editors_mark_without_a_full_stop() -> None:
    work = parse_reference(
        "Fledderus J., and Honingh M. (2015). Building trust through public service "
        "co-production. ‘Public service co-production’. (Eds S Osborne and K Strokosch) pp. "
        "33–48. (Routledge: London)"
    )
    assert work.title == "Building trust through public service co-production"
    assert work.container_title == "Public service co-production"
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]


def test_year_letter_after_the_years_full_stop() -> None:
    work = parse_reference(
        "FLEDDERUS, J. Why people co-produce within activation services. International Review "
        "of Administrative Sciences, [s. l.], v. 82, n. 1, p. 69–87, 2016.b."
    )
    assert (work.year, work.year_suffix, work.pages) == (2016, "b", "69–87")
    assert with_marks_spaced("version 2.1.") == "version 2.1."


def test_year_run_into_url() -> None:
    work = parse_reference(
        "8 Fledderus J. Time banking in rural Scotland. Glasgow, Participation Scotland, "
        "2015URL http://www.example.org/timebanking [accessed on 2 April 2019]."
    )
    assert work.year == 2015
    assert work.url == "http://www.example.org/timebanking"


def test_italian_text_available_at_the_site() -> None:
    work = parse_reference(
        "Fledderus J. (2015). Time banking in rural Scotland. Glasgow: Participation Scotland. "
        "testo disponibile al sito."
    )
    assert work.publisher == "Participation Scotland"


def test_french_editors_with_dir_after_the_quoted_title() -> None:
    work = parse_reference(
        "Fledderus, J. et Honingh, M., « Building trust through public service co-production », "
        "S. P. Osborne et K. Strokosch (dir.), Public service co-production, London, "
        "Routledge, 2015."
    )
    assert [a.family for a in work.authors] == ["Fledderus", "Honingh"]
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"


def test_body_and_year_before_a_colon_open_the_entry() -> None:
    work = parse_reference(
        "Social Care Institute for Excellence 2013: Co-production in social care: What it is "
        "and how to do it. In: https://www.scie.org.uk/x.pdf, zugegriffen am 30. November 2013"
    )
    assert [a.literal for a in work.authors] == ["Social Care Institute for Excellence"]
    assert work.year == 2013
    assert work.title == "Co-production in social care: What it is and how to do it"


def test_whole_body_before_a_title_with_a_year_and_colon_keeps_its_title() -> None:
    work = parse_reference(
        "The Royal Society of Edinburgh: The Future of Public Services 2019: A Report, in: "
        "“RSE.org.uk,” 2019."
    )
    assert [a.literal for a in work.authors] == ["The Royal Society of Edinburgh"]
    assert work.title.startswith("The Future of Public Services 2019")


def test_title_with_a_year_and_colon_and_no_author_is_no_body() -> None:
    work = parse_reference(
        "The Future of Public Services 2019: A Report (Zugriff am 14. März 2024): "
        "https://www.example.org/future-public-services/."
    )
    assert work.authors == []
    assert work.title.startswith("The Future of Public Services 2019")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("NESTA 2012: People powered health co-production catalogue. London: NESTA.", "NESTA"),
        ("Spice 2018: Spending time credits 2018. Available at: http://x.org/a.pdf", "Spice"),
    ],
)
def test_acronym_or_one_word_body_before_a_year_and_colon(text: str, body: str) -> None:
    work = parse_reference(text)
    assert [a.literal for a in work.authors] == [body]
    assert work.year in (2012, 2018)
