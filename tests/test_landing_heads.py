"""What the head of a full text, and a page's own citation, say about the work."""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_refs.model import ExtractedWork
from coprod_refs.sources import read_source
from coprod_refs.sources.landing import extract_document_work
from coprod_refs.sources.page_lines import assign_sections, split_lines
from coprod_refs.sources.page_roles import Role, classify

PROSE = (
    "Public services increasingly rely on the contributions of the people who use them, "
    "and this chapter asks what that means for professionals. We review the evidence on "
    "shared planning and delivery and set out an agenda for research on the topic."
)


def test_chapter_head_with_number_title_and_authors() -> None:
    text = (
        "CHAPTER 4\nUser Involvement in Adult Social Care\n\n"
        f"Marta Lopes & Jonas K. Lindqvist\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.type == "chapter"
    assert work.title == "User Involvement in Adult Social Care"
    assert [(n.family, n.given) for n in work.authors] == [
        ("Lopes", "Marta"),
        ("Lindqvist", "Jonas K."),
    ]
    assert work.abstract == ""
    assert work.span is not None and text[work.span.start : work.span.end].startswith("CHAPTER 4")


def test_book_part_heading_is_a_chapter_without_authors() -> None:
    work = extract_document_work(f"Preface\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n")
    assert work is not None
    assert (work.type, work.title, work.authors) == ("chapter", "Preface", [])


def test_prose_alone_says_nothing_about_itself() -> None:
    assert extract_document_work(f"{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n") is None


def test_a_title_without_authors_in_a_full_text_is_not_guessed() -> None:
    text = f"Some words at the top\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
    assert extract_document_work(text) is None


def test_full_text_with_title_authors_and_labelled_abstract() -> None:
    text = (
        "Coproduction at the street level\n"
        "Anat Gofen and Drorit Gassner\n\n"
        "Abstract\n"
        "Street-level workers meet citizens every day, and their encounters shape how "
        "services are produced. This article studies those encounters.\n"
        "Keywords: coproduction; street-level bureaucracy\n\n"
        "1. Introduction\n"
        f"{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Coproduction at the street level"
    assert [n.family for n in work.authors] == ["Gofen", "Gassner"]
    assert work.abstract.startswith("Street-level workers meet citizens every day")
    assert work.keywords == ["coproduction", "street-level bureaucracy"]
    assert work.type == ""


def test_page_fields_win_over_the_citation_block() -> None:
    text = (
        "Skip to main content\n"
        "Research Article\n"
        "Sharing the work: co-production in libraries\n"
        "Femke Visser, Gábor Nagy\n"
        "Library Quarterly\n"
        "Volume 29, Issue 1, March 2019, Pages 10-30\n"
        "Download citation\n"
        "Cite this article\n"
        "Visser, F., & Nagy, G. (2018). Sharing the work: Co-production in libraries. "
        "Library Quarterly, 28(1), 10–30. https://doi.org/10.1234/lq.2018.001\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.volume == "29"
    assert work.year == 2019
    assert work.title == "Sharing the work: co-production in libraries"
    assert [(n.family, n.given) for n in work.authors] == [("Visser", "Femke"), ("Nagy", "Gábor")]
    assert work.doi == "10.1234/lq.2018.001"
    assert work.container_title == "Library Quarterly"


def test_the_citation_fills_what_the_page_leaves_out() -> None:
    text = (
        "Article\n"
        "Sharing the work: co-production in libraries\n"
        "Published: 3 March 2019\n"
        "Open Access\n"
        "Citation\n"
        'Visser, F. and Nagy, G. (2019), "Sharing the work: co-production in libraries", '
        "Library Quarterly, Vol. 29 No. 1, pp. 10-30. https://doi.org/10.1234/LQ.2019.001\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert [(n.family, n.given) for n in work.authors] == [("Visser", "F."), ("Nagy", "G.")]
    assert (work.volume, work.issue, work.pages) == ("29", "1", "10–30")
    assert work.doi == "10.1234/lq.2019.001"
    assert work.container_title == "Library Quarterly"
    assert work.type == "article-journal"


def test_an_issue_year_in_the_citation_beats_an_online_first_date() -> None:
    text = (
        "Original Paper\n"
        "Published: 18 December 2019\n"
        "Sharing the work: co-production in libraries\n"
        "Femke Visser & Gábor Nagy\n"
        "Cite this article\n"
        "Visser, F., Nagy, G. Sharing the work: co-production in libraries. "
        "Library Quarterly 29, 10–30 (2020). https://doi.org/10.1234/lq.2019.001\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.year == 2020


def test_fields_in_the_body_of_a_full_text_are_not_read() -> None:
    text = (
        "Trust and coproduction\nMarta Lopes and Tony Bovaird\n\n"
        f"{PROSE}\n\nPublished: 3 March 2001\nVolume 3, Issue 2\nDOI: 10.1234/body.1\n\n"
        f"{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Trust and coproduction"
    assert (work.year, work.volume, work.doi) == (None, "", "")


def test_a_reference_list_with_doi_lines_states_nothing_about_itself() -> None:
    text = (
        "Alford, J. (2009). Engaging public sector clients. Palgrave Macmillan.\n"
        "https://doi.org/10.1057/9780230235816\n\n"
        "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073–1087.\n"
        "https://doi.org/10.1016/0305-750X(96)00023-X\n"
    )
    assert extract_document_work(text) is None


def test_numbered_chapter_heading_on_one_line_titles_the_chapter() -> None:
    work = extract_document_work(f"Chapter 3. Co-production and its discontents\n\n{PROSE}\n")
    assert work is not None
    assert (work.type, work.title, work.authors) == (
        "chapter",
        "Co-production and its discontents",
        [],
    )


def test_numbered_chapter_heading_with_authors_below() -> None:
    head = "Chapter 3: User Involvement in Adult Social Care\n\nMarta Lopes & Jonas Lindqvist"
    text = f"{head}\n\n{PROSE}\n"
    work = extract_document_work(text)
    assert work is not None
    assert (work.type, work.title) == ("chapter", "User Involvement in Adult Social Care")
    assert [n.family for n in work.authors] == ["Lopes", "Lindqvist"]


def test_page_author_line_ending_in_a_degree_is_read() -> None:
    text = (
        "Public Administration Review\nVolume 72, Issue 6\nResearch Article\n"
        "Citizen Participation in Public Services: Co-production as a Dynamic Process\n"
        "Jeffrey L. Brudney, Ph.D.\nFirst published: 14 November 2012\n"
        "https://doi.org/10.1111/j.1540-6210.2012.02638.x\n"
        "Abstract\nThis article analyzes how co-production unfolds over time.\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title.startswith("Citizen Participation in Public Services")
    assert [(n.family, n.given) for n in work.authors] == [("Brudney", "Jeffrey L.")]


def test_first_line_before_the_first_section_heading_is_the_title() -> None:
    text = f"Co-production in primary care: a scoping review\n\nBackground\n{PROSE}\n\n{PROSE}\n"
    work = extract_document_work(text)
    assert work is not None
    assert (work.title, work.authors) == ("Co-production in primary care: a scoping review", [])


def test_a_journal_name_above_the_first_heading_is_no_title() -> None:
    assert extract_document_work(f"Public Management Review\n\nIntroduction\n{PROSE}\n") is None
    assert extract_document_work(f"Some words at the top\n\n{PROSE}\n\n{PROSE}\n") is None


def test_portal_fields_copied_from_a_table_keep_label_and_value_apart() -> None:
    text = (
        "Research output: Contribution to journal › Article › peer-review\n"
        "Co-production and the governance of public services\n"
        "Sanna Tuurnas, Jari Stenvall\n"
        "Abstract\nThis article examines co-production in Finnish municipalities.\n"
        "Journal\tInternational Journal of Public Sector Management\n"
        "Volume\t28\nIssue number\t7\nPages (from-to)\t583-598\n"
        "Publication status\tPublished - 2015\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.container_title == "International Journal of Public Sector Management"
    assert (work.volume, work.issue, work.pages, work.year) == ("28", "7", "583–598", 2015)


def test_portal_line_with_date_and_compact_journal_and_counted_headings() -> None:
    text = (
        "Article\n"
        "User and Community Co-Production of Public Services: What Does the Evidence Tell Us?\n"
        "January 2016 · International Journal of Public Administration 39(13):1006-1019\n"
        "DOI: 10.1080/01900692.2016.1177840\n"
        "Authors:\nElke Loeffler · Tony Bovaird\n"
        "Abstract\nThis article reviews the evidence on co-production.\n"
        "Discover the world's research\n25+ million members\n"
        "References (2)\n"
        "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073–1087.\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.container_title == "International Journal of Public Administration"
    assert (work.year, work.volume, work.issue, work.pages) == (2016, "39", "13", "1006–1019")
    assert work.abstract == "This article reviews the evidence on co-production."


def test_a_title_wrapped_over_two_lines_below_a_journal_header() -> None:
    text = (
        "LOCAL GOVERNMENT STUDIES, 2018\n"
        "VOL. 44, NO. 3, 1804–1826\n"
        "https://doi.org/10.1234/lgs.2018.0001\n\n"
        "Shared services in small municipalities: what councillors\n"
        "expect from co-operation with their neighbours\n\n"
        "Ruth Cole(a) and Amit Shah(b)\n"
        "(a) School of Government, University of Leeds\n\n"
        "ABSTRACT\nSmall councils share services to save money. We ask what their members "
        "expect from it.\n\n"
        f"Introduction\n{PROSE}\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == (
        "Shared services in small municipalities: what councillors expect from "
        "co-operation with their neighbours"
    )
    assert [(n.family, n.given) for n in work.authors] == [("Cole", "Ruth"), ("Shah", "Amit")]
    assert (work.container_title, work.year) == ("LOCAL GOVERNMENT STUDIES", 2018)
    assert (work.volume, work.issue, work.pages) == ("44", "3", "1804–1826")
    assert work.doi == "10.1234/lgs.2018.0001"


def test_a_title_broken_after_a_dangling_word_or_a_hyphen() -> None:
    text = (
        "Why citizens co-produce and\n"
        "why they stop: a panel study of volun-\n"
        "teers in four cities\n"
        "Lea Bauer\n\n"
        f"1. Introduction\n{PROSE}\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == (
        "Why citizens co-produce and why they stop: a panel study of volun-teers in four cities"
    )
    assert [n.family for n in work.authors] == ["Bauer"]


def test_a_subtitle_on_its_own_line_joins_the_title_but_a_section_badge_does_not() -> None:
    text = (
        "Journal of Civic Services\n"
        "Volume 12, 2015 - Issue 2: Citizens and the State\n"
        "Submit an article\n"
        "Research Articles\n"
        "Volunteering in public libraries\n"
        "Evidence from three Nordic cities\n"
        "Ingrid Holm & Lars Dahl\n"
        "Pages 101-120 | Published online: 03 Mar 2016\n"
        "Cite this article https://doi.org/10.1234/jcs.2015.777\n"
        "Abstract\nLibraries in three Nordic cities rely on volunteers.\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Volunteering in public libraries: Evidence from three Nordic cities"
    assert [n.family for n in work.authors] == ["Holm", "Dahl"]
    assert (work.container_title, work.volume, work.issue) == (
        "Journal of Civic Services",
        "12",
        "2",
    )
    # The issue's year, not the online-first date.
    assert (work.year, work.pages) == (2015, "101–120")
    assert work.doi == "10.1234/jcs.2015.777"
    assert work.type == "article-journal"


def test_a_title_cased_title_keeps_its_journal_line_apart() -> None:
    text = (
        "World Development\n"
        "Volume 24, Issue 6, June 1996, Pages 1073-1087\n"
        "World Development\n"
        "Governing the Commons Together\n"
        "Elinor Lind\n"
        "Abstract\nCommons are governed by their users.\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Governing the Commons Together"


def test_a_vancouver_journal_line_above_the_title_is_no_title() -> None:
    text = (
        "Health Policy 2019;123(4):350-357. doi:10.1016/j.healthpol.2019.01.002\n\n"
        "Shared care planning with older patients: a qualitative study\n\n"
        "Sara M Berg,1 Jonas Lind,2 Eva Nyström1\n\n"
        "1 Department of Public Health, Lund University, Sweden\n"
        "2 Region Skåne, Malmö, Sweden\n\n"
        "ABSTRACT\nOlder patients plan their care with professionals.\n\n"
        f"INTRODUCTION\n{PROSE}\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Shared care planning with older patients: a qualitative study"
    assert [(n.family, n.given) for n in work.authors] == [
        ("Berg", "Sara M"),
        ("Lind", "Jonas"),
        ("Nyström", "Eva"),
    ]
    assert (work.container_title, work.year, work.volume, work.issue, work.pages) == (
        "Health Policy",
        2019,
        "123",
        "4",
        "350–357",
    )
    assert work.doi == "10.1016/j.healthpol.2019.01.002"


def test_a_report_cover_with_labelled_authors_and_a_dated_place() -> None:
    text = (
        "Centre for Civic Research / City Lab\n\n"
        "Neighbourhood budgets in practice\n\n"
        "A report for the Association of Town Councils\n\n"
        "Leeds, October 2012\n\n"
        "Authors: Ruth Cole, Amit Shah and Lea Bauer\n\n\n"
        f"Executive summary\n\n{PROSE}\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert (work.title, work.type, work.year) == (
        "Neighbourhood budgets in practice",
        "report",
        2012,
    )
    assert [n.family for n in work.authors] == ["Cole", "Shah", "Bauer"]


def test_authors_joined_by_a_dutch_en() -> None:
    text = (
        "Burgerinitiatieven in de wijk\n\nSofie de Boer en Pieter Jansen\n\n"
        f"Inleiding\n\n{PROSE}\n\n{PROSE}\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Burgerinitiatieven in de wijk"
    assert [(n.particle, n.family, n.given) for n in work.authors] == [
        ("de", "Boer", "Sofie"),
        ("", "Jansen", "Pieter"),
    ]


def test_a_text_that_cites_is_titled_by_its_first_heading_like_line() -> None:
    text = (
        f"Notes on neighbourhood budgets\n\n{PROSE} (Cole, 2012)\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n"
    )
    assert extract_document_work(text) is None
    work = extract_document_work(text, cites=True)
    assert work is not None
    assert (work.title, work.authors, work.year) == ("Notes on neighbourhood budgets", [], None)
    assert work.span is not None and text[work.span.start : work.span.end] == work.title
    # With no heading-like line at all, or only a journal's running head, there is none.
    assert extract_document_work(f"{PROSE} (Cole, 2012)\n\n{PROSE}\n", cites=True) is None
    running_head = f"Public Management Review\n\n{PROSE} (Cole, 2012)\n\n{PROSE}\n"
    assert extract_document_work(running_head, cites=True) is None


def test_the_text_reader_titles_a_citing_text_by_its_first_heading_like_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        f"Notes on neighbourhood budgets\n\n{PROSE} (Cole, 2012)\n\n{PROSE}\n\n{PROSE}\n",
        encoding="utf-8",
    )
    extraction = read_source(path)
    assert extraction.document is not None
    assert extraction.document.title == "Notes on neighbourhood budgets"
    assert [(m.authors, m.year) for m in extraction.mentions] == [(["Cole"], 2012)]


def _people(work: ExtractedWork | None) -> list[tuple[str, str]]:
    assert work is not None
    return [(n.family, n.given) for n in work.authors]


def test_the_site_header_above_a_breadcrumb_and_an_author_line_broken_after_and() -> None:
    text = (
        "Skip to main content\nLogin Alert\nNorthgate Core\n"
        "Home > Journals > Journal of Civic Services > Volume 12 Issue 2\n"
        "> Volunteering in public libraries\n"
        "Article contents\nAbstract\nReferences\n"
        "Volunteering in public libraries\n"
        "Published online by Northgate University Press: 14 August 2017\n"
        "Ingrid Holm,\nLars Dahl and\nEva Nyström\nArticle\n"
        "Journal of Civic Services , Volume 12 , Issue 2 , April 2018 , pp. 101 - 120\n"
        "DOI: https://doi.org/10.1234/jcs.2018.7\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Volunteering in public libraries"
    assert _people(work) == [("Holm", "Ingrid"), ("Dahl", "Lars"), ("Nyström", "Eva")]
    assert (work.container_title, work.volume, work.issue, work.pages, work.year) == (
        "Journal of Civic Services",
        "12",
        "2",
        "101–120",
        2018,
    )


def test_a_breadcrumb_at_the_foot_of_a_page_leaves_the_head_alone() -> None:
    text = (
        "Research Article\nSharing the work: co-production in libraries\n"
        "Femke Visser, Gábor Nagy\nLibrary Quarterly\n"
        "Volume 29, Issue 1, March 2019, Pages 10-30\n"
        "Abstract\nLibraries rely on volunteers.\nHome > Journals > Library Quarterly\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Sharing the work: co-production in libraries"
    assert _people(work) == [("Visser", "Femke"), ("Nagy", "Gábor")]
    assert work.container_title == "Library Quarterly"


def test_a_title_line_ending_in_and_is_no_broken_author_line() -> None:
    text = (
        "Research Article\nWhy citizens co-produce and\nwhy they stop\nLea Bauer\n"
        "Published: 3 March 2019\nDOI: 10.1234/x.2019.1\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Why citizens co-produce and why they stop"
    assert _people(work) == [("Bauer", "Lea")]


def test_a_bare_authors_label_heads_one_name_per_line_with_affiliations_between() -> None:
    text = (
        "Article\nSharing the work: co-production in libraries\n"
        "March 2019\nLibrary Quarterly 29(1):10-30\nDOI:10.1234/lq.2019.001\n"
        "Authors:\nFemke Visser\nLeiden University\nInstitute of Public Administration\n"
        "Gábor Nagy\n\nEva Nyström\nLund University\n"
        "Discover the world's scientific knowledge\n"
        "Abstract\nLibraries rely on volunteers.\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Sharing the work: co-production in libraries"
    assert _people(work) == [("Visser", "Femke"), ("Nagy", "Gábor"), ("Nyström", "Eva")]
    # The month above a journal line without a year dates it.
    assert (work.year, work.container_title, work.volume) == (2019, "Library Quarterly", "29")


def test_a_date_beside_a_journal_line_with_its_own_year_does_not_date_it() -> None:
    text = (
        "Article\nSharing the work: co-production in libraries\nFemke Visser\n"
        "14 August 2017\nLibrary Quarterly, Volume 29, Issue 1, April 2018, pp. 10-30\n"
        "DOI: 10.1234/lq.2018.001\n"
    )
    assert (extract_document_work(text) or ExtractedWork()).year == 2018


def test_a_supervisor_label_ends_the_names_under_an_author_label() -> None:
    text = (
        "Thesis\nCo-production in Welsh housing associations\n"
        "Author\nGwen Morgan\nSupervisor\nJohn Smith\n"
        "Awarding institution\nCardiff University\nDate\n2017\n"
    )
    work = extract_document_work(text)
    assert _people(work) == [("Morgan", "Gwen")]
    assert work is not None
    assert (work.type, work.publisher, work.year) == ("thesis", "Cardiff University", 2017)


def test_a_name_repeated_at_the_head_of_its_card_is_one_author() -> None:
    text = (
        "Journal Article\nDoes co-production build trust?\n"
        "Mette Kjær Andersen,\nMette Kjær Andersen\n"
        "Department of Political Science, Aarhus University\n"
        "Address correspondence to the author at mka@example.org.\n"
        "Search for other works by this author on:\nOxford Academic\nGoogle Scholar\n"
        "Lars Bo Jensen\nLars Bo Jensen\n"
        "Journal of Civic Services, Volume 28, Issue 3, July 2018, Pages 366–381, "
        "https://doi.org/10.1234/jcs.2018.12\n"
    )
    assert _people(extract_document_work(text)) == [
        ("Andersen", "Mette Kjær"),
        ("Jensen", "Lars Bo"),
    ]


def test_a_body_labelled_from_is_the_author_and_no_part_of_the_title() -> None:
    text = (
        "Home\nSociety and culture\nIndependent report\n"
        "Community-led services: lessons from the pilots\n"
        "From:\nCabinet Office, HM Treasury\nPublished\n12 March 2019\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Community-led services: lessons from the pilots"
    assert [(n.literal, n.is_body) for n in work.authors] == [
        ("Cabinet Office", True),
        ("HM Treasury", True),
    ]
    assert (work.type, work.year, work.container_title) == ("report", 2019, "")


@pytest.mark.parametrize(
    "printed",
    [
        # A line above the title that would join it as its first part.
        "Theses and dissertations\nCo-producing adult social care: a study of personal budgets",
        # The title wrapped over two lines, which the citation quotes whole.
        "Co-producing adult social care:\na study of personal budgets",
    ],
)
def test_the_page_citation_below_its_title_places_the_title_and_fills_the_record(
    printed: str,
) -> None:
    title = "Co-producing adult social care: a study of personal budgets"
    text = (
        "Northshire eTheses Online\nHome\n"
        f"{printed}\n"
        f"Patel, Rina (2016) {title}. PhD thesis, University of Northshire.\n"
        "Download (2MB) | Preview\nAbstract\nPersonal budgets changed social care.\n"
        "Keywords: co-production, personal budgets\n"
        "URI: https://etheses.example.ac.uk/id/eprint/15678\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == title
    assert _people(work) == [("Patel", "Rina")]
    assert (work.year, work.type, work.publisher) == (2016, "thesis", "University of Northshire")


def test_a_line_that_repeats_the_title_without_a_year_is_no_citation() -> None:
    title = "Co-producing adult social care: a study of personal budgets"
    text = (
        "Northshire eTheses Online\nHome\n"
        f"{title}\n"
        f"Related: {title} and other studies\n"
        "Abstract\nPersonal budgets changed social care.\n"
        "Keywords: co-production, personal budgets\n"
        "URI: https://etheses.example.ac.uk/id/eprint/15678\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert (work.title, work.authors, work.year) == ("Northshire eTheses Online", [], None)


def test_a_copyright_footer_below_related_content_names_the_publisher() -> None:
    text = (
        "Report\nCo-producing care: what works\nAuthors\nJenny Okafor\nTom Whitfield\n"
        "Published\n14 June 2021\nRelated content\nWhy co-production needs time\n"
        "© The Civic Care Fund 2021\n"
    )
    work = extract_document_work(text)
    assert _people(work) == [("Okafor", "Jenny"), ("Whitfield", "Tom")]
    assert work is not None
    assert (work.publisher, work.type, work.year) == ("The Civic Care Fund", "report", 2021)


def test_the_text_reader_records_a_page_with_a_references_tab_and_no_list(
    tmp_path: Path,
) -> None:
    page = Path(__file__).resolve().parent / "fixtures" / "pages" / "cambridge_core_article.txt"
    path = tmp_path / "page.txt"
    path.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    extraction = read_source(path)
    assert extraction.source.kind == "landing-page"
    assert extraction.document is not None
    assert extraction.document.title == "Co-production and the Politics of Care"
    assert (extraction.references, extraction.mentions, extraction.works) == ([], [], [])


def test_a_date_ending_a_published_in_value_dates_the_work() -> None:
    text = (
        "Co-Production, Co-Creation, and Citizen Empowerment: A Systematic Review\n"
        "Carola van Eijk, Trui Steen\n"
        "Published in Public Administration Review 1 May 2019\n"
        "Political Science\nDOI:10.1111/puar.12765\n120 Citations\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert (work.container_title, work.year, work.type) == (
        "Public Administration Review",
        2019,
        "article-journal",
    )
    assert _people(work) == [("Eijk", "Carola"), ("Steen", "Trui")]


def test_site_furniture_above_the_title_is_never_data() -> None:
    text = (
        "Semantic Scholar's Logo\nSearch 214,589,123 papers from all fields of science\n"
        "Search\nSign In\nCreate Free Account\nDOI:10.1111/puar.12765\nCorpus ID: 158912345\n"
        "Co-production in Housing Services\nAnna Smith, Ben Jones\n"
        "Published in Housing Studies 2 March 2020\nExpand\nView on Wiley\nSave to Library\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Co-production in Housing Services"
    assert _people(work) == [("Smith", "Anna"), ("Jones", "Ben")]
    assert (work.container_title, work.year) == ("Housing Studies", 2020)


def test_a_portal_summary_under_tldr_is_not_the_abstract() -> None:
    summary = (
        "This review maps how citizens take part in public services, and it finds that "
        "co-production is studied mostly in health and social care, while education, "
        "housing and public safety are studied far less often than they deserve to be."
    )
    text = (
        "Co-production in Housing Services\nAnna Smith, Ben Jones\n"
        f"Published in Housing Studies 2 March 2020\nTLDR\n{summary}\nExpand\n"
        "DOI: 10.1080/02673037.2020.1234567\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.abstract == ""
    assert work.title == "Co-production in Housing Services"


def test_counts_beside_figure_labels_are_figures_or_furniture() -> None:
    text = (
        "Co-production in Housing Services\nAnna Smith, Ben Jones\n"
        "Published in Housing Studies 2 March 2020\nDOI: 10.1080/02673037.2020.1234567\n"
        "Citations\n120\nHighly Influential Citations\n8\nBackground Citations\n60\n"
    )
    lines = split_lines(text)
    facts = classify(lines, assign_sections(lines))
    assert [f.role for f in facts[4:10]] == [
        Role.FURNITURE,
        Role.METRIC,
        Role.FURNITURE,
        Role.FURNITURE,
        Role.FURNITURE,
        Role.FURNITURE,
    ]
    work = extract_document_work(text)
    assert work is not None
    assert [(m.name, m.value) for m in work.metrics] == [("citations", 120)]


BOOK_PAGE = (
    "Books\n"
    "Co-Production and Co-Creation: Engaging Citizens in Public Services\n"
    "Taco Brandsen, Trui Steen, Bram Verschuere\n"
    "Routledge, Mar 5, 2018 - Political Science - 310 pages\n"
    "Bibliographic information\n"
    "Title\tCo-Production and Co-Creation: Engaging Citizens in Public Services\n"
    "Routledge Critical Studies in Public Management\n"
    "Editors\tTaco Brandsen, Trui Steen, Bram Verschuere\n"
    "Publisher\tRoutledge, 2018\n"
    "ISBN\t1351792539, 9781351792530\n"
)


def test_names_under_the_title_that_a_label_calls_editors_are_editors() -> None:
    work = extract_document_work(BOOK_PAGE)
    assert work is not None
    assert work.authors == []
    assert [(n.family, n.given) for n in work.editors] == [
        ("Brandsen", "Taco"),
        ("Steen", "Trui"),
        ("Verschuere", "Bram"),
    ]
    assert (work.publisher, work.year, work.isbn, work.type) == (
        "Routledge",
        2018,
        "9781351792530",
        "book",
    )
    assert work.collection_title == "Routledge Critical Studies in Public Management"


def test_editors_who_write_a_chapter_of_their_book_stay_its_authors() -> None:
    text = (
        "Chapter\nIntroduction: Co-Production and Co-Creation\n"
        "Taco Brandsen, Trui Steen\n"
        "Book title: Co-Production and Co-Creation\n"
        "Editors: Taco Brandsen, Trui Steen\n"
        "Publisher: Routledge\nISBN: 9781351792530\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert _people(work) == [("Brandsen", "Taco"), ("Steen", "Trui")]
    assert (work.type, work.container_title) == ("chapter", "Co-Production and Co-Creation")


def test_a_book_imprint_line_dates_the_book_without_its_table() -> None:
    work = extract_document_work(
        BOOK_PAGE.split("Bibliographic information")[0] + "ISBN 9781351792530\n"
    )
    assert work is not None
    assert (work.publisher, work.year, work.type) == ("Routledge", 2018, "book")
    assert _people(work) == [("Brandsen", "Taco"), ("Steen", "Trui"), ("Verschuere", "Bram")]


def test_a_line_below_a_title_row_that_goes_on_with_the_title_is_no_series() -> None:
    text = BOOK_PAGE.replace(
        "Title\tCo-Production and Co-Creation: Engaging Citizens in Public Services\n"
        "Routledge Critical Studies in Public Management\n",
        "Title\tCo-Production and Co-Creation:\nEngaging Citizens in Public Services\n",
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.collection_title == ""


def test_a_book_imprint_beats_the_group_that_owns_it_and_a_place_gives_its_date() -> None:
    text = (
        "Co-Production of Public Services and Outcomes\nLoeffler, Elke\nBook\n"
        "Author(s)\nLoeffler, Elke\nPublisher\nSpringer Nature\n"
        "Publication date and place\nCham, 2021\nImprint\nPalgrave Macmillan\n"
        "ISBN\n9783030555085\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert (work.publisher, work.place, work.year, work.type) == (
        "Palgrave Macmillan",
        "Cham",
        2021,
        "book",
    )


def test_a_cite_pop_up_is_read_from_its_first_style() -> None:
    text = (
        "Cite\n×\n"
        'MLA\tBrandsen, Taco, and Marlies Honingh. "Distinguishing different types of '
        'coproduction." Public Administration Review 76.3 (2016): 427-435.\n'
        "APA\tBrandsen, T., & Honingh, M. (2016). Distinguishing different types of "
        "coproduction. Public Administration Review, 76(3), 427-435.\n"
        "BibTeX EndNote RefMan RefWorks\n"
    )
    work = extract_document_work(text)
    assert work is not None
    assert work.title == "Distinguishing different types of coproduction"
    assert _people(work) == [("Brandsen", "Taco"), ("Honingh", "Marlies")]
    assert (work.container_title, work.year, work.volume, work.pages) == (
        "Public Administration Review",
        2016,
        "76",
        "427–435",
    )


def test_a_reference_heading_of_any_name_ends_the_head() -> None:
    from coprod_refs.sources.landing import extract_document_work

    text = (
        "Title of the paper\n\nCitizens co-produce (Ostrom, 1996).\n\nSources Consulted\n\n"
        "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073-1087.\n"
    )
    work = extract_document_work(text, cites=True)
    assert work is not None and work.title == "Title of the paper" and work.authors == []
