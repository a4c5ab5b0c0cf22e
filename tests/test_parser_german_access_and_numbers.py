"""German and French styles' marks: the state of a web page ("(Stand: 2019; Abruf:
29.03.2019)", "(Stand 01.04.2019)", "[Zugriff: …]") is an access note, never a place or
a publisher; "online:" after the place leads to the link; "in:" closing the title opens
the journal or book; the editors' marks "(Hgg.)" and "(sous la direction de)"; and a
journal's volume and issue words ("107. Jg., Heft 4") read into its name."""

from __future__ import annotations

import pytest

from coprod_refs.parse import fields
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "year", "accessed"),
    [
        (
            "Fischer, M., Bürgerhaushalte in deutschen Städten, https://www.example.de/bh "
            "(Stand: 2016; Abruf: 14.05.2021).",
            2016,
            "2021-05-14",
        ),
        (
            "Müller, K. (2017): Ehrenamt im Wandel. https://www.example.de/ehrenamt.pdf "
            "(Stand 02.11.2018).",
            2017,
            "2018-11-02",
        ),
        (
            "Weber, A. (2015): Koproduktion in der Pflege. Berlin. URL: "
            "https://www.example.de/pflege [Zugriff: 12.05.2020].",
            2015,
            "2020-05-12",
        ),
    ],
)
def test_the_state_of_a_page_is_an_access_note(text: str, year: int, accessed: str) -> None:
    work = parse_reference(text)
    assert (work.year, work.accessed) == (year, accessed)
    assert "stand" not in (work.place + work.publisher).lower()
    assert "abruf" not in (work.place + work.publisher + work.title).lower()


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        ("(Stand 01.04.2019).", "2019-04-01"),
        ("Abruf: 29.03.2019).", "2019-03-29"),
        ("zuletzt aufgerufen am 3. März 2020", "2020-03-03"),
    ],
)
def test_german_access_phrases_give_the_day(text: str, accessed: str) -> None:
    assert fields.accessed_date(text) == accessed


def test_stand_in_a_title_is_no_access_phrase() -> None:
    work = parse_reference("Kuhn, T. (2004). Where we stand. Journal of Civic Life, 3(2), 1-9.")
    assert work.title == "Where we stand"
    assert work.accessed == ""


def test_online_after_the_place_leads_to_the_link() -> None:
    work = parse_reference(
        "Hofmann, B./ Seidel, L. (2018): Nachbarschaftshilfe in der Stadt: Ein Leitfaden. "
        "Hamburg, online: https://www.example.org/leitfaden.pdf (Stand 10.01.2019)."
    )
    assert work.place == "Hamburg"
    assert work.url == "https://www.example.org/leitfaden.pdf"
    assert work.accessed == "2019-01-10"


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "Pestoff, V., Citizens and co-production of welfare services, in: Public "
            "Management Review 8 (2006), 503–519.",
            "Citizens and co-production of welfare services",
            "Public Management Review",
        ),
        (
            "Alford, J. 2002: Why do public-sector clients coproduce?, in: Administration & "
            "Society 34: 1, 32-56.",
            "Why do public-sector clients coproduce?",
            "Administration & Society",
        ),
    ],
)
def test_in_closing_the_title_opens_the_journal(text: str, title: str, journal: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, journal)


def test_a_title_ending_in_the_word_in_keeps_it_without_a_colon() -> None:
    work = parse_reference(
        "Smith, J. (2010). What we believe in. Journal of Public Ethics, 4(1), 1-20."
    )
    assert work.title == "What we believe in"


def test_plural_hgg_marks_editors_named_initials_first() -> None:
    work = parse_reference(
        "Brandsen, T./Honingh, M., Definitions of co-production, in: T. Brandsen/B. "
        "Verschuere (Hgg.), Co-production and co-creation. New York: Routledge 2018, 9–17."
    )
    assert [n.family for n in work.editors] == ["Brandsen", "Verschuere"]
    assert work.container_title == "Co-production and co-creation"
    assert work.title == "Definitions of co-production"


def test_sous_la_direction_de_marks_editors_before_the_book() -> None:
    work = parse_reference(
        "Jeannot G., 2008, Les métiers flous du développement rural, in : Dubet F., Martuccelli "
        "D. (sous la direction de), Le déclin de l'institution, Paris : Seuil, p. 33‑58."
    )
    assert [n.family for n in work.editors] == ["Dubet", "Martuccelli"]
    assert work.container_title == "Le déclin de l'institution"
    assert (work.place, work.publisher, work.pages) == ("Paris", "Seuil", "33–58")


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue"),
    [
        (
            "Klages, H. (2003): Bürgerschaftliches Engagement. In: Politische "
            "Vierteljahresschrift, 44. Jg., Heft 3, S. 301–320.",
            "Politische Vierteljahresschrift",
            "44",
            "3",
        ),
        (
            "Brudney, J. L./ England, R. E. (1983): Toward a definition of the coproduction "
            "concept. In: Public Administration Review, Heft Spring, S. 59–65.",
            "Public Administration Review",
            "",
            "Spring",
        ),
    ],
)
def test_volume_and_issue_words_leave_the_journal(
    text: str, journal: str, volume: str, issue: str
) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.volume, work.issue) == (journal, volume, issue)


def test_stand_with_a_colon_after_the_link_is_an_access_note() -> None:
    work = parse_reference(
        "Becker, U.: Quartiersarbeit heute, 2021, <https://www.example.de/quartier>, "
        "Stand: 30.11.2022."
    )
    assert (work.year, work.accessed, work.pages, work.place) == (2021, "2022-11-30", "", "")


def test_a_german_imprint_ends_with_the_year() -> None:
    work = parse_reference(
        "Schmidt, R.; Lang, P.: Bürger als Koproduzenten: Eine Fallstudie, Institut für "
        "Stadtforschung, Leipzig 2014. Online: <https://www.example.de/koproduktion>."
    )
    assert (work.year, work.place) == (2014, "Leipzig")


@pytest.mark.parametrize(
    "text",
    [
        "Parks, R. B.: Consumers as coproducers of public services, Policy Studies Journal, 9, "
        "1001–1011, 1981b.",
        "Parks, R. B., “Consumers as coproducers of public services,” Policy Studies Journal, "
        "9 (1981b), 1001–1011.",
    ],
)
def test_the_year_after_the_pages_or_bracketed_after_the_volume(text: str) -> None:
    work = parse_reference(text)
    assert (work.year, work.year_suffix, work.volume, work.pages) == (1981, "b", "9", "1001–1011")
    assert work.container_title == "Policy Studies Journal"


def test_internet_before_the_link_is_no_place() -> None:
    work = parse_reference(
        "Braun, S. (2011): Engagement in Vereinen. Internet: https://www.example.de/vereine "
        "(12.03.2015)."
    )
    assert (work.year, work.place, work.container_title) == (2011, "", "")
    assert work.url == "https://www.example.de/vereine"


def test_names_opening_an_article_are_its_authors() -> None:
    work = parse_reference(
        "Ostrom, E. und V. Ostrom (1977): Public goods and public choices. In: Journal of "
        "Public Economics 12 (4): 41–49."
    )
    assert [n.family for n in work.authors] == ["Ostrom", "Ostrom"]
    assert work.editors == []


def test_the_issue_after_a_volume_with_a_colon() -> None:
    work = parse_reference(
        "Brandsen, T./Pestoff, V. 2006: Co-production, the third sector and the delivery of "
        "public services: An introduction, in: Public Management Review 8: 4, 493-501."
    )
    assert (work.container_title, work.volume, work.issue, work.pages) == (
        "Public Management Review",
        "8",
        "4",
        "493–501",
    )


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "Whitaker, G. P. und S. L. Percy: „Coproduction in police services“, in: Urban "
            "Affairs Quarterly 15/2 (1979), S. 201–215.",
            ["Whitaker", "Percy"],
            "Coproduction in police services",
        ),
        (
            "Parks, R. B., L. Kiser und E. Ostrom: „Consumers as coproducers of public "
            "services“, in: Policy Studies Journal 9/7 (1981), S. 1001–1011.",
            ["Parks", "Kiser", "Ostrom"],
            "Consumers as coproducers of public services",
        ),
    ],
)
def test_names_given_first_after_the_first_up_to_the_colon(
    text: str, families: list[str], title: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == families
    assert work.title == title


def test_a_family_and_initials_before_a_colon_title_stay_apart() -> None:
    work = parse_reference(
        "Hill, A.C. Vegetation: A sink for atmospheric pollutants, Journal of the Air "
        "Pollution Control Association, 21, 341-346, 1971."
    )
    assert [n.family for n in work.authors] == ["Hill"]
    assert work.title == "Vegetation: A sink for atmospheric pollutants"


def test_a_dash_before_in_or_the_journal_closes_the_title() -> None:
    chapter = parse_reference(
        "Brandsen, T. & Honingh, M. (2018): Definitions of co-production. – In: Brandsen, T., "
        "Steen, T. & Verschuere, B. (eds): Co-production and co-creation: 9–17; (Routledge) "
        "New York."
    )
    assert chapter.title == "Definitions of co-production"
    assert chapter.container_title == "Co-production and co-creation"
    article = parse_reference(
        "Needham, C. & Carr, S. (2009): Co-production in social care. – Journal of "
        "Integrated Care 17: 3–12."
    )
    assert (article.title, article.container_title) == (
        "Co-production in social care",
        "Journal of Integrated Care",
    )


def test_full_given_names_up_to_the_colon_before_a_quoted_title() -> None:
    work = parse_reference(
        "Jakobsen, Morten und Simon Calmar Andersen: „Coproduction and equity in public "
        "service delivery“, in: Public Administration Review 73/5 (2013), S. 704–713."
    )
    assert [n.family for n in work.authors] == ["Jakobsen", "Andersen"]
    assert work.title == "Coproduction and equity in public service delivery"


def test_a_body_before_a_colon_and_a_quoted_title() -> None:
    work = parse_reference(
        "Bertelsmann Stiftung: „Bürgerbeteiligung in den Städten“ (2013), "
        "https://www.bertelsmann-stiftung.de/beteiligung.pdf (abgerufen am 12.04.2019)."
    )
    assert [n.literal for n in work.authors] == ["Bertelsmann Stiftung"]
    assert work.title == "Bürgerbeteiligung in den Städten"
    assert work.accessed == "2019-04-12"
