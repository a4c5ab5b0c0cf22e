"""A work's publication status printed where its year goes, in several languages ("(en
prensa).", "(no prelo)", "à paraître"), read as the date even where the labeller took it
for the title or ran it into the names; a book's subtitle naming its subject ("A Guide to
Co-production") kept in the title rather than read as a report's descriptor, and a
journal named "Bulletin of …" kept as the container; GOST's page mark "С." kept with the
pages."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "journal", "status"),
    [
        (
            "García, J. (en prensa). La coproducción de servicios. Revista de Estudios "
            "Sociales, 12, 33-40.",
            "La coproducción de servicios",
            "Revista de Estudios Sociales",
            "in press",
        ),
        (
            "Silva, J. (no prelo). A coprodução do bem público. Revista Brasileira de "
            "Administração, 12, 33-40.",
            "A coprodução do bem público",
            "Revista Brasileira de Administração",
            "in press",
        ),
        (
            "Nowak, J. (w druku). Koprodukcja usług publicznych. Studia Regionalne, 12, 33-40.",
            "Koprodukcja usług publicznych",
            "Studia Regionalne",
            "in press",
        ),
        (
            "Deshayes, J. à paraître. L'église Notre-Dame de Livry. Bulletin de la Société "
            "des Antiquaires de Normandie.",
            "L'église Notre-Dame de Livry",
            "Bulletin de la Société des Antiquaires de Normandie",
            "forthcoming",
        ),
    ],
)
def test_status_where_the_year_goes(text: str, title: str, journal: str, status: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, journal)
    assert work.year is None
    assert work.status == status
    assert work.authors[0].family in text.split(",")[0]


def test_status_phrase_inside_a_title_stays_there() -> None:
    work = parse_reference(
        "Smith, J. (2012). Co-production in press and broadcasting. Public Administration "
        "Review, 12, 33-40."
    )
    assert work.year == 2012
    assert work.title == "Co-production in press and broadcasting"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Smith, J. (2002). Public Services. A Guide to Co-production. London: Arnold.",
            "Public Services. A Guide to Co-production",
        ),
        (
            "Trudgill, P. and J. Hannah (2002). International English. A Guide to the "
            "Varieties of Standard English. 4th edition. London: Arnold.",
            "International English. A Guide to the Varieties of Standard English",
        ),
        (
            "Jones, K. (2015). Citizens and councils. A Case Study of Birmingham. Bristol: "
            "Policy Press.",
            "Citizens and councils. A Case Study of Birmingham",
        ),
    ],
)
def test_subtitle_naming_its_subject_stays_in_the_title(text: str, title: str) -> None:
    work = parse_reference(text)
    assert work.title == title
    assert work.genre == ""


@pytest.mark.parametrize(
    ("text", "title", "genre"),
    [
        (
            "Loeffler, E. (2016). Co-production of public services and outcomes. Governance "
            "International Case Study. Birmingham: Governance International.",
            "Co-production of public services and outcomes",
            "Governance International Case Study",
        ),
        (
            "SCIE (2013). Co-production in social care. SCIE Guide 51. London: Social Care "
            "Institute for Excellence.",
            "Co-production in social care",
            "SCIE Guide 51",
        ),
    ],
)
def test_descriptor_after_the_title_is_still_the_genre(text: str, title: str, genre: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.genre) == (title, genre)


def test_gost_page_mark_stays_with_the_pages() -> None:
    work = parse_reference(
        "Петров П.П. Совместное производство услуг // Вопросы государственного управления. "
        "2015. № 3. С. 45–60."
    )
    assert work.editors == []
    assert (work.issue, work.pages) == ("3", "45–60")
