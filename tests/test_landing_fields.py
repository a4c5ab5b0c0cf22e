"""Labelled fields, values, author lines and furniture as publisher pages print them."""

from __future__ import annotations

import pytest

from coprod_refs.model import Metric, Name
from coprod_refs.sources.page_cite import enrich_names, merge_authors
from coprod_refs.sources.page_fields import (
    Locator,
    imprint_fields,
    line_segments,
    match_bare_label,
    match_field,
    parse_locator,
    styled_citation,
)
from coprod_refs.sources.page_furniture import is_breadcrumb, is_furniture
from coprod_refs.sources.page_lines import Section, assign_sections, split_lines
from coprod_refs.sources.page_names import author_names, names_before_break, person_names
from coprod_refs.sources.page_statements import split_place
from coprod_refs.sources.page_values import (
    badge_type,
    commissioned_type,
    csl_type_of,
    dateline_year,
    find_isbn,
    language_code,
    parse_metric,
    publisher_from_copyright,
    split_trailing_date,
    status_date,
    year_of_date,
)


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("JournalCogent Business and Management", "journal", "Cogent Business and Management"),
        ("Issue number1", "issue", "1"),
        ("Article number1617023", "article_number", "1617023"),
        ("Original languageAmerican English", "language", "en-US"),
        ("StatePublished - 1 Jan 2019", "status", "published:2019"),
        ("ISSN: 0951-3558", "issn", "0951-3558"),
        ("Article publication date: 12 October 2015", "published", "2015"),
        ("First Online: 15 December 2020", "online", "2020"),
        ("Published online: 29 Sep 2016", "online", "2016"),
        (
            "DOIshttps://doi.org/10.1080/14719037.2016.1234567",
            "doi",
            "10.1080/14719037.2016.1234567",
        ),
        ("DOI: 10.1108/IJPSM-04-2015-0073", "doi", "10.1108/ijpsm-04-2015-0073"),
        ("Pages (from-to)583-598", "pages", "583–598"),
        ("Print ISBN978-3-030-55508-5", "isbn", "9783030555085"),
        ("Book cover Co-Production of Public Services and Outcomes", "book", None),
        ("In: Handbook of Co-Production", "book", "Handbook of Co-Production"),
        ("Publisher Name: Palgrave Macmillan, Cham", "publisher", "Palgrave Macmillan, Cham"),
        ("Issue Date: June 2020", "issued", "2020"),
        ("Posted: 3 Mar 2021", "online", "2021"),
        ("Date Written: February 28, 2021", "published", "2021"),
        ("32 Pages", "ignore", None),
        ("Research output: Contribution to journal › Article › peer-review", "type", None),
        # A body credited with a work, as government pages print it.
        (
            "From: Department of Health and Social Care",
            "authors",
            "Department of Health and Social Care",
        ),
        ("Awarding institution: University of Northshire", "publisher", "University of Northshire"),
        ("Issue Section: Articles", "ignore", None),
        ("Supervisors: Holm, Ingrid and Dahl, Lars", "ignore", None),
        # A venue after "Published in" and a space, its date still in the value.
        (
            "Published in Public Administration Review 1 May 2019",
            "journal",
            "Public Administration Review 1 May 2019",
        ),
        ("Corpus ID: 158912345", "ignore", None),
        ("Publication date and place: Cham, 2021", "place", "Cham, 2021"),
        ("TLDR: This review maps how citizens take part.", "digest", None),
    ],
)
def test_labelled_fields(line: str, kind: str, value: str | None) -> None:
    found = match_field(line)
    assert found is not None
    assert found.kind == kind
    if value is not None:
        assert found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Journalism and the co-production of news",
        "INTRODUCTION",
        "Issues in co-production research",
        "Published research on co-production has grown since 2009.",
        "Nov 2019",
        "Volunteering in local government",
        "Source: authors' own survey",
        "Date night and other rituals",
        "From: a study of eight cities",
        "From the editors",
        "Published in the framework of the EU project",
        "MLA guidelines for co-production studies",
    ],
)
def test_prose_that_starts_with_a_label_word_is_no_field(line: str) -> None:
    assert match_field(line) is None


@pytest.mark.parametrize(
    ("line", "segments"),
    [
        (
            "32 Pages Posted: 3 Mar 2021 Last revised: 15 Apr 2021",
            ["32 Pages", "Posted: 3 Mar 2021", "Last revised: 15 Apr 2021"],
        ),
        ("Published By: Wiley", ["Published By: Wiley"]),
        ("Note: Published online: 12 Jan 2016", ["Note:", "Published online: 12 Jan 2016"]),
        ("A Review: Why Co-production Matters", ["A Review: Why Co-production Matters"]),
    ],
)
def test_fields_run_together_on_one_line_are_cut_at_their_labels(
    line: str, segments: list[str]
) -> None:
    assert line_segments(line) == segments


@pytest.mark.parametrize(
    ("value", "name", "year"),
    [
        ("Public Administration Review 1 May 2019", "Public Administration Review", 2019),
        ("Routledge, 2018", "Routledge", 2018),
        ("Routledge, Mar 5, 2018", "Routledge", 2018),
        ("Cham, 2021", "Cham", 2021),
        # A bare year after a space is part of a name; so is a month-like word.
        ("Europe 2020", "Europe 2020", None),
        ("Journal of Marketing 2019", "Journal of Marketing 2019", None),
        ("Palgrave Macmillan, Cham", "Palgrave Macmillan, Cham", None),
        (", 2018", ", 2018", None),
    ],
)
def test_a_date_ending_a_name_is_split_off(value: str, name: str, year: int | None) -> None:
    assert split_trailing_date(value) == (name, year)


def test_the_13_digit_isbn_is_preferred() -> None:
    assert find_isbn("1351792539, 9781351792530") == "9781351792530"
    assert find_isbn("9783030555085, 9783030555092") == "9783030555085"
    assert find_isbn("1351792539") == "1351792539"
    assert find_isbn("310 pages") is None


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        (
            "Routledge, Mar 5, 2018 - Political Science - 310 pages",
            [("publisher", "Routledge"), ("published", "2018")],
        ),
        ("Policy Press, 2016 - 248 pages", [("publisher", "Policy Press"), ("published", "2016")]),
        # No length: a place and a date, or a title.
        ("Routledge, Mar 5, 2018 - Political Science", []),
        # A person is no publisher; a sentence is no subject.
        ("Tony Bovaird, 2016 - 248 pages", []),
        ("Routledge, 2018 - a study of eight cities - 310 pages", []),
    ],
)
def test_a_book_imprint_line_gives_publisher_and_year(
    line: str, fields: list[tuple[str, str]]
) -> None:
    assert [(f.kind, f.value) for f in imprint_fields(line)] == fields


def test_a_citation_after_its_style_name_and_a_tab_is_the_page_citation() -> None:
    found = styled_citation("APA\tBrandsen, T., & Honingh, M. (2016). Distinguishing types.")
    assert found is not None
    assert (found.kind, found.label) == ("cite", "apa")
    assert found.value == "Brandsen, T., & Honingh, M. (2016). Distinguishing types."
    assert styled_citation("APA: Brandsen, T., & Honingh, M. (2016). Distinguishing.") is None
    assert styled_citation("Harvard\tUniversity Press") is None
    assert styled_citation("Journal\tPublic Administration Review, 2016 issue") is None


def test_bare_labels() -> None:
    assert match_bare_label("Publisher").kind == "publisher"
    assert match_bare_label("First Online:").kind == "online"
    assert match_bare_label("Co-production") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Volume 37, Issue 2, April 2020, 101447",
            Locator(volume="37", issue="2", article_number="101447", year=2020),
        ),
        ("Volume 19, 2017 - Issue 5", Locator(volume="19", issue="5", year=2017)),
        (
            "Vol. 21, No. 3 (Mar., 1986), pp. 331-352 (22 pages)",
            Locator(volume="21", issue="3", pages="331–352", year=1986),
        ),
        (
            "Journal of Public Administration Research and Theory, Volume 25, Issue 2, "
            "April 2015, Pages 453–473, https://doi.org/10.1093/jopart/muu014",
            Locator(
                container="Journal of Public Administration Research and Theory",
                volume="25",
                issue="2",
                pages="453–473",
                year=2015,
            ),
        ),
        (
            "Sustainability 2021, 13(9), 4827; https://doi.org/10.3390/su13094827",
            Locator(
                container="Sustainability", volume="13", issue="9", article_number="4827", year=2021
            ),
        ),
        ("Vol. 20, No. 3, 401–421", Locator(volume="20", issue="3", pages="401–421")),
        # Pages whose numbers could be years are pages; a span of one year is a date.
        ("VOL. 14, NO. 2, 1803–1827", Locator(volume="14", issue="2", pages="1803–1827")),
        ("Vol. 9, 2012, 1987-2004", Locator(volume="9", pages="1987–2004", year=2012)),
        ("Volume 8, 2006–2007", Locator(volume="8", year=2006)),
        # A themed issue's title after its number is no part of the placement.
        (
            "Volume 3, 2011 - Issue 2: Participatory Budgeting: Lessons from Brazil",
            Locator(volume="3", issue="2", year=2011),
        ),
        # Vancouver journal lines, as printed at the top of an article.
        (
            "Health Policy 2019;123(4):350-357. doi:10.1016/j.healthpol.2019.01.002",
            Locator(container="Health Policy", volume="123", issue="4", pages="350–357", year=2019),
        ),
        (
            "J Gen Intern Med. 2018 Jul;33(7):1096-1102.",
            Locator(
                container="J Gen Intern Med", volume="33", issue="7", pages="1096–1102", year=2018
            ),
        ),
        (
            "BMJ Open 2019;9:e024321",
            Locator(container="BMJ Open", volume="9", article_number="e024321", year=2019),
        ),
    ],
)
def test_locator_lines(line: str, expected: Locator) -> None:
    assert parse_locator(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Volume discounts are available for institutions.",
        "VOLUNTAS",
        "The second volume of the handbook was published in 2019 by a small press.",
        "Lind J. Shared care in practice. Health Policy. 2019;123(4):350-357.",
    ],
)
def test_prose_is_no_locator(line: str) -> None:
    assert parse_locator(line) is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("1 Jan 2019", 2019),
        ("October 12, 2015", 2015),
        ("2019-01-01", 2019),
        ("May/June 2016", 2016),
        ("Jan. - Feb., 1983", 1983),
        ("in 2019", None),
        ("Chapter 2019 of the report", None),
    ],
)
def test_year_of_date(text: str, year: int | None) -> None:
    assert year_of_date(text) == year


def test_status_values() -> None:
    assert status_date("Published - 1 Jan 2019") == ("published", 2019)
    assert status_date("E-pub ahead of print - 12 Mar 2018") == ("online", 2018)
    assert status_date("Accepted/In press - 2020") == ("other", 2020)
    assert status_date("Published research") is None


@pytest.mark.parametrize(
    ("text", "csl"),
    [
        ("Contribution to journalArticlepeer-review", "article-journal"),
        ("Chapter in Book/Report/Conference proceeding › Chapter", "chapter"),
        ("Book/Report › Book", "book"),
        ("Book/Report › Commissioned report", "report"),
        ("Contribution to conference › Paper", "paper-conference"),
        ("Doctoral Thesis", "thesis"),
        ("Book review", "review"),
        ("Shopping basket", None),
    ],
)
def test_output_types(text: str, csl: str | None) -> None:
    assert csl_type_of(text) == csl


def test_badges() -> None:
    assert badge_type("Chapter") == "chapter"
    assert badge_type("Research Article") == "article-journal"
    assert badge_type("Open Access") == ""
    assert badge_type("Coproduction") is None
    # A journal's section names an article's type in the plural; other plurals are menus.
    assert badge_type("Original Articles") == "article-journal"
    assert badge_type("Book Reviews") == "review"
    assert badge_type("Books") is None
    assert badge_type("Chapters") is None


@pytest.mark.parametrize(
    ("line", "csl"),
    [
        ("Policy paper", "report"),
        ("Guidance", "report"),
        ("Research and analysis", "report"),
        ("Independent report", "report"),
        ("Corporate report", "report"),
        ("Statistics", "report"),
        ("Consultation outcome", "report"),
        ("Working paper", "report"),
        ("Thesis", "thesis"),
        ("Doctoral thesis", "thesis"),
        ("Policy papers", None),
        ("Guidance for councils", None),
    ],
)
def test_document_kind_badges(line: str, csl: str | None) -> None:
    assert badge_type(line) == csl


@pytest.mark.parametrize(
    ("line", "csl"),
    [
        ("A report for the Association of Town Councils", "report"),
        ("A thesis submitted to the University of Leeds for the degree of PhD", "thesis"),
        ("An independent working paper prepared for the City Council", "report"),
        ("A report card on co-production", None),
        ("Reporting for the common good", None),
    ],
)
def test_cover_lines_that_say_what_the_document_is(line: str, csl: str | None) -> None:
    assert commissioned_type(line) == csl


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("October 2012", 2012),
        ("Leeds, October 2012", 2012),
        ("New York, 3 May 2020", 2020),
        ("LOCAL GOVERNMENT STUDIES, 2018", None),
        ("Cheltenham, Edward Elgar", None),
    ],
)
def test_date_lines_with_and_without_a_place(line: str, year: int | None) -> None:
    assert dateline_year(line) == year


def test_languages() -> None:
    assert language_code("American English") == "en-US"
    assert language_code("English") == "en"
    assert language_code("en-gb") == "en-GB"
    assert language_code("Klingon") is None


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("7 Scopus citations", Metric(name="Scopus citations", value=7)),
        ("873 Accesses", Metric(name="accesses", value=873)),
        ("Downloads: 1,507", Metric(name="downloads", value=1507)),
        ("Citations (Scopus): 7", Metric(name="Scopus citations", value=7)),
        ("41 CrossRef citations to date", Metric(name="Crossref citations", value=41)),
        ("Cited by 12", Metric(name="citations", value=12)),
        ("1507", None),
        ("2.5 citations", None),
    ],
)
def test_metrics(text: str, metric: Metric | None) -> None:
    assert parse_metric(text) == metric


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Copyright © 2015, Emerald Group Publishing Limited", "Emerald Group Publishing Limited"),
        ("© 2019, © 2019 The Author(s). This open access article is distributed", None),
        (
            "© 2021 The Author(s), under exclusive license to Springer Nature Switzerland AG",
            "Springer Nature Switzerland AG",
        ),
        ("© 2019 Elsevier Ltd. All rights reserved.", "Elsevier Ltd."),
        ("© 2016 Informa UK Limited, trading as Taylor & Francis Group", "Taylor & Francis Group"),
        ("© 2020 Tony Bovaird", None),
        (
            "© The Author(s) 2018. Published by Oxford University Press on behalf of the "
            "Public Management Research Association.",
            "Oxford University Press",
        ),
        ("© The Civic Care Fund 2021", "The Civic Care Fund"),
        ("© Crown copyright 2015", None),
    ],
)
def test_publisher_from_copyright(line: str, publisher: str | None) -> None:
    assert publisher_from_copyright(line) == publisher


def test_publisher_and_place() -> None:
    assert split_place("Palgrave Macmillan, Cham") == ("Palgrave Macmillan", "Cham")
    assert split_place("Taylor & Francis, Ltd.") == ("Taylor & Francis, Ltd.", "")
    assert split_place("Emerald Group Publishing Limited") == (
        "Emerald Group Publishing Limited",
        "",
    )


def _pairs(names: list[Name]) -> list[tuple[str, str]]:
    return [(n.family, n.given) for n in names]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Sanna Tuurnas (School of Management, University of Tampere, Tampere, Finland)",
            [("Tuurnas", "Sanna")],
        ),
        ("Drorit Gassner, Anat Gofen*", [("Gassner", "Drorit"), ("Gofen", "Anat")]),
        ("Tony Bovaird and Elke Loeffler", [("Bovaird", "Tony"), ("Loeffler", "Elke")]),
        ("Tony Bovaird a, Elke Loeffler b", [("Bovaird", "Tony"), ("Loeffler", "Elke")]),
        ("Tony Bovaird1,2, Elke Loeffler3", [("Bovaird", "Tony"), ("Loeffler", "Elke")]),
        ("Tony Bovaird ORCID Icon & Elke Loeffler", [("Bovaird", "Tony"), ("Loeffler", "Elke")]),
        (
            "by Ines Carvalho 1,*, Tiago M. Rocha 2 and Marta Lopes 1",
            [("Carvalho", "Ines"), ("Rocha", "Tiago M."), ("Lopes", "Marta")],
        ),
        ("Tuurnas, Sanna; Bovaird, Tony", [("Tuurnas", "Sanna"), ("Bovaird", "Tony")]),
        ("Bovaird, T., & Loeffler, E.", [("Bovaird", "T."), ("Loeffler", "E.")]),
        ("Jeffrey L. Brudney, Ph.D.", [("Brudney", "Jeffrey L.")]),
        (
            "Jeffrey L. Brudney, PhD, and Anna Berg, MPA",
            [("Brudney", "Jeffrey L."), ("Berg", "Anna")],
        ),
        ("Smith, M. D.", [("Smith", "M. D.")]),
        # PDF affiliation numbers after the comma that parts two names.
        (
            "Sara M Berg,1 Jonas Lind,2,3 Eva Nyström1",
            [("Berg", "Sara M"), ("Lind", "Jonas"), ("Nyström", "Eva")],
        ),
        (
            "Authors: Ruth Cole, Amit Shah and Lea Bauer",
            [("Cole", "Ruth"), ("Shah", "Amit"), ("Bauer", "Lea")],
        ),
        # "and" in Dutch, Norwegian, Swedish and Italian; a capital is an initial.
        ("Sofie de Boer en Pieter Jansen", [("Boer", "Sofie"), ("Jansen", "Pieter")]),
        ("Ingrid Holm og Lars Dahl", [("Holm", "Ingrid"), ("Dahl", "Lars")]),
        ("Karin Ek och Per Sund", [("Ek", "Karin"), ("Sund", "Per")]),
        ("Marco Rossi e Giulia Bianchi", [("Rossi", "Marco"), ("Bianchi", "Giulia")]),
        ("Mary Y Chen and Tony E Bovaird", [("Chen", "Mary Y"), ("Bovaird", "Tony E")]),
        # Two people parted by a comma: a particle after a given name, not a family name.
        ("Carola van Eijk, Trui Steen", [("Eijk", "Carola"), ("Steen", "Trui")]),
        ("van Eijk, Carola", [("Eijk", "Carola")]),
        ("Garcia Marquez, Gabriel", [("Garcia Marquez", "Gabriel")]),
    ],
)
def test_author_lines(line: str, people: list[tuple[str, str]]) -> None:
    assert _pairs(person_names(line)) == people


@pytest.mark.parametrize(
    "line",
    [
        "Learning to co-produce? The perspective of public service professionals",
        "International Journal of Public Sector Management",
        "School of Management, University of Tampere",
        "Public Service Logic",
        "Help & FAQ",
        "Governance International",
        "Published: 12 March 2016",
    ],
)
def test_lines_that_are_not_author_lines(line: str) -> None:
    assert person_names(line) == []


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Catherine Needham and", [("Needham", "Catherine")]),
        ("Anna Lopes, Jonas K. Lindqvist &", [("Lopes", "Anna"), ("Lindqvist", "Jonas K.")]),
        ("Sofie de Boer en", [("Boer", "Sofie")]),
        ("Catherine Needham", []),
        ("Why citizens co-produce and", []),
    ],
)
def test_author_lines_broken_after_a_connector(line: str, people: list[tuple[str, str]]) -> None:
    assert _pairs(names_before_break(line)) == people


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("Department of Health and Social Care", ["Department of Health and Social Care"]),
        ("Cabinet Office, HM Treasury", ["Cabinet Office", "HM Treasury"]),
        ("The Civic Care Fund", ["The Civic Care Fund"]),
        (
            "Social Care Institute for Excellence (SCIE)",
            ["Social Care Institute for Excellence (SCIE)"],
        ),
        ("Tony Bovaird, Elke Loeffler", ["Tony Bovaird", "Elke Loeffler"]),
        ("Co-production of Public Services", []),
        ("Health and social care", []),
        ("England", []),
    ],
)
def test_author_fields_name_people_or_bodies(value: str, authors: list[str]) -> None:
    assert [name.display() for name in author_names(value)] == authors


def test_fuller_given_names_are_kept() -> None:
    page = [Name(family="Tuurnas", given="Sanna")]
    cited = [Name(family="Tuurnas", given="S.")]
    assert merge_authors(page, cited) == page
    assert merge_authors([], cited) == cited
    assert enrich_names(cited, [Name(family="Tuurnas", given="Sanna")]) == page
    other = [Name(family="Tuurnas", given="Pekka")]
    assert enrich_names(cited, other) == cited


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "USD 29.95",
        "Price excludes VAT (USA)",
        "Access this chapter",
        "Download citation",
        "Buy article PDF USD 39.95",
        "Search for more papers by this author",
        "€24.95",
        "This is a preview of subscription content, log in via an institution to check access.",
        "We use cookies to help provide and enhance our service and tailor content.",
        "Log in  |  Register",
        "Related articles",
        "Add to cart",
        "Login Alert",
        "Institutional login",
        "Accessibility help",
        "Save PDF",
        "PDF, 1.2 MB, 40 pages",
        "Download (2MB) | Preview",
        "Search for other works by this author on:",
        "Browse by year",
        "Semantic Scholar's Logo",
        "OAPEN Library logo",
        "Search 214,589,123 papers from all fields of science",
        "Create Free Account",
        "Create an account",
        "Expand",
        "View on Wiley",
        "Save to Library",
        "Create Alert",
        "Toggle navigation",
        "Show full item record",
        "Preview this book »",
        "What people are saying - Write a review",
        "BibTeX EndNote RefMan RefWorks",
    ],
)
def test_furniture_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Co-production and the politics of expertise",
        "Citizens share this responsibility with professionals in many ways, and the "
        "literature on co-production has described the forms it takes in detail over "
        "several decades of research on public services and their users.",
        "Tony Bovaird",
        "Accessibility of public services for disabled citizens",
        "Login and logout: digital co-production in two councils",
        "Search and rescue volunteers as co-producers",
        "Saving public services through co-production",
        "Alert citizens: co-production in emergencies",
        "Political Science",
        "Harvard University Press",
    ],
)
def test_data_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    ("line", "crumb"),
    [
        ("Home > Journals > Journal of Social Policy > Volume 47 Issue 2", True),
        ("Home › Books › Handbook of Co-Production", True),
        ("Home / Health and social care", True),
        ("> Co-production and the Politics of Care", True),
        ("Home", False),
        ("Homelessness > and housing", False),
        ("Research output: Contribution to journal › Article › peer-review", False),
    ],
)
def test_breadcrumb_trails(line: str, crumb: bool) -> None:
    assert is_breadcrumb(line) is crumb


def test_sections_and_menus() -> None:
    text = "Contents\nAbstract\nIntroduction\nTheory\n\nAbstract\nThe text.\nReferences\nA. (2001)."
    lines = split_lines(text)
    sections = assign_sections(lines)
    assert sections[1] is None  # a menu entry, not the abstract
    # "Introduction" is listed under "Contents" too: it opens no body, and "Theory" is the
    # contents' next entry, still in the page's front part.
    assert sections[2] is None
    assert sections[3] is Section.FRONT
    assert sections[6] is Section.ABSTRACT
    assert sections[8] is Section.SKIP


def test_a_row_of_tabs_under_a_contents_line_opens_nothing() -> None:
    text = (
        "Article contents\nAbstract\nReferences\nA title\nAbstract\nThe text.\n"
        "References\nA. (2001)."
    )
    sections = assign_sections(split_lines(text))
    assert sections[1:3] == [None, None]
    assert sections[3] is Section.FRONT  # the title, no reference
    assert sections[5] is Section.ABSTRACT
    assert sections[7] is Section.SKIP


def test_a_heading_above_its_own_text_under_a_collapsed_menu_opens_its_section() -> None:
    sections = assign_sections(split_lines("In this article\nAbstract\nThe text.\n"))
    assert sections == [Section.FRONT, None, Section.ABSTRACT, Section.ABSTRACT]
