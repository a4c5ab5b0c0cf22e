"""References to legislation: the detector (positive and negative forms), the parse that
uses it, each export's exact output for one law, each import, the shape rules, the
finder, and properties (any string: None or a titled record)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.export import ExportOptions, export_works
from coprod_refs.ingest import ingest_paths
from coprod_refs.model import CSL_TYPES, Extraction, Graph, Work
from coprod_refs.parse.finder import find_reference_entries
from coprod_refs.parse.law_mentions import find_law_mentions
from coprod_refs.parse.legislation import law_name, law_number, legislation_record
from coprod_refs.parse.mentions import find_mentions
from coprod_refs.parse.reference import parse_reference, parse_references
from coprod_refs.sources import source_document
from coprod_refs.sources.bibtex import read_bibtex
from coprod_refs.sources.csljson import read_csljson
from coprod_refs.sources.ris import read_ris
from coprod_refs.store import Store
from coprod_refs.validate.rules_shape import missing_required

# --- the detector ----------------------------------------------------------------------

#: reference -> (title, year, number)
LAWS = {
    "Care Act 2014, c. 23.": ("Care Act 2014", 2014, "c. 23"),
    "Health and Social Care Act 2012. London: The Stationery Office.": (
        "Health and Social Care Act 2012",
        2012,
        "",
    ),
    "Localism Act 2011 (c. 20). London: HMSO.": ("Localism Act 2011", 2011, "c. 20"),
    "Social Services and Well-being (Wales) Act 2014 (anaw 4).": (
        "Social Services and Well-being (Wales) Act 2014",
        2014,
        "anaw 4",
    ),
    "Public Services (Social Value) Act 2012, c. 3. https://www.legislation.gov.uk/ukpga/2012/3": (
        "Public Services (Social Value) Act 2012",
        2012,
        "c. 3",
    ),
    "Community Empowerment (Scotland) Act 2015 (asp 6).": (
        "Community Empowerment (Scotland) Act 2015",
        2015,
        "asp 6",
    ),
    "Americans with Disabilities Act of 1990, 42 U.S.C. § 12101 et seq. (1990).": (
        "Americans with Disabilities Act of 1990",
        1990,
        "42 U.S.C. § 12101 et seq.",
    ),
    "Patient Protection and Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010).": (
        "Patient Protection and Affordable Care Act",
        2010,
        "Pub. L. No. 111-148, 124 Stat. 119",
    ),
    "The Care and Support (Eligibility Criteria) Regulations 2014, SI 2014/313.": (
        "The Care and Support (Eligibility Criteria) Regulations 2014",
        2014,
        "SI 2014/313",
    ),
    "The Care Act 2014 (Commencement No. 1) Order 2014, S.I. 2014 No. 1714.": (
        "The Care Act 2014 (Commencement No. 1) Order 2014",
        2014,
        "S.I. 2014 No. 1714",
    ),
    "The Public Contracts Regulations 2015.": ("The Public Contracts Regulations 2015", 2015, ""),
    "[12] Care Act 2014, c. 23.": ("Care Act 2014", 2014, "c. 23"),
    "12. Localism Act 2011.": ("Localism Act 2011", 2011, ""),
    "The Care Act 2014.": ("Care Act 2014", 2014, ""),
    "Children Act (1989). London: HMSO.": ("Children Act 1989", 1989, ""),
    "UK Borders Act 2007.": ("UK Borders Act 2007", 2007, ""),
    "European Union (Withdrawal) Act 2018, c. 16.": (
        "European Union (Withdrawal) Act 2018",
        2018,
        "c. 16",
    ),
    "Local Government (Wales) Measure 2011 (nawm 4).": (
        "Local Government (Wales) Measure 2011",
        2011,
        "nawm 4",
    ),
    "Right to Information Act, 2005 (Act No. 22 of 2005).": (
        "Right to Information Act, 2005",
        2005,
        "Act No. 22 of 2005",
    ),
    "Disability Discrimination Act 1992 (Cth).": ("Disability Discrimination Act 1992", 1992, ""),
    "Individuals with Disabilities Education Act (IDEA), 20 U.S.C. § 1400 (2004).": (
        "Individuals with Disabilities Education Act (IDEA)",
        2004,
        "20 U.S.C. § 1400",
    ),
    # a jurisdiction or legislature as the author, dropped: a law has none
    "Great Britain (2014) Care Act 2014. London: The Stationery Office.": (
        "Care Act 2014",
        2014,
        "",
    ),
    "UK Parliament. (2014). Care Act 2014. Retrieved from https://www.legislation.gov.uk/ukpga/2014/23/contents": (  # noqa: E501
        "Care Act 2014",
        2014,
        "",
    ),
    "Welsh Government 2014. Social Services and Well-being (Wales) Act 2014.": (
        "Social Services and Well-being (Wales) Act 2014",
        2014,
        "",
    ),
    "U.S. Congress. 2005. Energy Policy Act of 2005. Public Law 109-058. 8 August.": (
        "Energy Policy Act of 2005",
        2005,
        "Public Law 109-058",
    ),
    # the EU, Germany, France, the Netherlands
    "Directive 2014/24/EU of the European Parliament and of the Council of 26 February 2014 "
    "on public procurement and repealing Directive 2004/18/EC. OJ L 94, 28.3.2014, "
    "p. 65–242.": (
        "Directive 2014/24/EU of the European Parliament and of the Council of 26 February "
        "2014 on public procurement and repealing Directive 2004/18/EC",
        2014,
        "OJ L 94, 28.3.2014, p. 65–242",
    ),
    "Directive 2000/60/EC of the European Parliament and of the Council of 23 October 2000 "
    "establishing a framework for Community action in the field of water policy. Official "
    "Journal L 327, 22.12.2000, p. 1–73.": (
        "Directive 2000/60/EC of the European Parliament and of the Council of 23 October "
        "2000 establishing a framework for Community action in the field of water policy",
        2000,
        "Official Journal L 327, 22.12.2000, p. 1–73",
    ),
    "Council Directive 95/46/EC on the protection of individuals.": (
        "Council Directive 95/46/EC on the protection of individuals",
        1995,
        "",
    ),
    "Gesetz zur Stärkung der Teilhabe und Selbstbestimmung von Menschen mit Behinderungen "
    "(Bundesteilhabegesetz – BTHG) vom 23. Dezember 2016, BGBl. I S. 3234.": (
        "Gesetz zur Stärkung der Teilhabe und Selbstbestimmung von Menschen mit Behinderungen "
        "(Bundesteilhabegesetz – BTHG)",
        2016,
        "BGBl. I S. 3234",
    ),
    "Loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale. "
    "JORF n°0002 du 3 janvier 2002.": (
        "Loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale et médico-sociale",
        2002,
        "JORF n°0002",
    ),
    "Wet maatschappelijke ondersteuning 2015. Staatsblad 2014, 280.": (
        "Wet maatschappelijke ondersteuning 2015",
        2015,
        "Staatsblad 2014, 280",
    ),
    "Jeugdwet (2015). Staatsblad 2014, 105.": ("Jeugdwet", 2015, "Staatsblad 2014, 105"),
}

NOT_LAWS = [
    # a work about a law, by an author
    "Newman, J. (2014). The Care Act 2014 and its implications. Journal of Social Work, "
    "12(3), 1–10.",
    "Williams, C. (2019). Implementing the Social Services and Well-being (Wales) Act 2014. "
    "Journal of Social Policy, 48(1), 1–20.",
    "Bloggs J (2014) The Care Act 2014. Community Care 12: 3-4.",
    "Smith J, Jones K. Care Act 2014. Community Care 2014;12:3-4.",
    "Smith J 2014, Care Act 2014.",
    "Smith, A. (2010). Regulation (EU) and the public sector. Public Administration, 88(2), 1-20.",
    "Müller, K. (2018). Das Bundesteilhabegesetz in der Praxis. Sozialer Fortschritt, 67(3).",
    # guidance and commentary named after a law
    "Department of Health (2014) Care Act 2014: statutory guidance. London: DH.",
    "Care Act 2014: statutory guidance. London: Department of Health.",
    "The Equality Act 2010: a guide. London: EHRC.",
    "Localism Act 2011: an overview. House of Commons Library.",
    "Freedom of Information Act 2000 and public authorities. Public Law, 3, 12-15.",
    "Care Act 2014 explanatory notes. London: TSO.",
    # titles that only look like a law's name
    "New World Order 2014. London: Verso.",
    "The Balancing Act (2010). London: Penguin.",
    "Act Now 2020: a toolkit. London: Community Action.",
    "Rules of the game 2016. Oxford: OUP.",
    "Wet markets and zoonoses 2020. Lancet.",
    "Gesetzgebung und Verwaltung. Tübingen: Mohr.",
    "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073–1087.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), LAWS.items(), ids=range(len(LAWS)))
def test_a_reference_to_a_law_gives_its_title_year_and_number(
    text: str, expected: tuple[str, int, str]
) -> None:
    law = legislation_record(text)
    assert law is not None
    assert (law.title, law.year, law.article_number) == expected
    assert law.type == "legislation" and not law.authors and law.raw == text


@pytest.mark.parametrize("text", NOT_LAWS)
def test_other_references_are_no_law(text: str) -> None:
    assert legislation_record(text) is None


def test_imprint_link_and_date_of_a_law_are_kept() -> None:
    law = legislation_record(
        "Health and Social Care Act 2012, c. 7. London: TSO. [online] Available at: "
        "http://www.legislation.gov.uk/ukpga/2012/7/contents [Accessed 12 May 2016]."
    )
    assert law is not None
    assert (law.place, law.publisher) == ("London", "TSO")
    assert law.url == "http://www.legislation.gov.uk/ukpga/2012/7/contents"
    german = legislation_record(
        "Sozialgesetzbuch (SGB) Neuntes Buch (IX) – Rehabilitation und Teilhabe – vom "
        "23. Dezember 2016 (BGBl. I S. 3234)."
    )
    assert german is not None
    assert german.title == "Sozialgesetzbuch (SGB) Neuntes Buch (IX) – Rehabilitation und Teilhabe"
    assert (german.year, german.month, german.day) == (2016, 12, 23)
    bthg = legislation_record(next(t for t in LAWS if "BTHG" in t))
    assert bthg is not None and bthg.language == "de"
    french = legislation_record("Loi du 1er juillet 1901 relative au contrat d'association.")
    assert french is not None and (french.year, french.month, french.day) == (1901, 7, 1)


# --- the parse ---------------------------------------------------------------------------

BRIEF = [
    "Care Act 2014, c. 23.",
    "Health and Social Care Act 2012. London: The Stationery Office.",
    "Localism Act 2011 (c. 20). London: HMSO.",
    "Social Services and Well-being (Wales) Act 2014 (anaw 4).",
    "Public Services (Social Value) Act 2012, c. 3. https://www.legislation.gov.uk/ukpga/2012/3",
    "Community Empowerment (Scotland) Act 2015 (asp 6).",
    "Americans with Disabilities Act of 1990, 42 U.S.C. § 12101 et seq. (1990).",
    "Patient Protection and Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010).",
    "The Care and Support (Eligibility Criteria) Regulations 2014, SI 2014/313.",
]


def test_the_parser_gives_laws_their_own_type_and_keeps_the_imprint() -> None:
    works = parse_references(BRIEF)
    for text, work in zip(BRIEF, works, strict=True):
        title, year, number = LAWS[text]
        assert (work.type, work.title, work.year, work.article_number) == (
            "legislation",
            title,
            year,
            number,
        )
        assert not (work.authors or work.container_title or work.issue or work.volume)
        assert "low-confidence" not in work.flags and work.confidence >= 0.9
    assert (works[1].place, works[1].publisher) == ("London", "The Stationery Office")
    assert (works[2].place, works[2].publisher) == ("London", "HMSO")
    assert works[4].url == "https://www.legislation.gov.uk/ukpga/2012/3"


def test_the_parser_keeps_the_access_date_it_read() -> None:
    work = parse_reference(
        "Care Act 2014. Available at: https://www.legislation.gov.uk/ukpga/2014/23/contents "
        "(Accessed: 3 March 2020)."
    )
    assert (work.type, work.title, work.accessed) == ("legislation", "Care Act 2014", "2020-03-03")


def test_works_about_a_law_keep_their_own_type() -> None:
    article = parse_reference(
        "Newman, J. (2014). The Care Act 2014 and its implications. Journal of Social Work, "
        "12(3), 1–10."
    )
    assert article.type == "article-journal"
    assert article.title == "The Care Act 2014 and its implications"
    # The department's guidance is its own publication (a book: a publisher, no series).
    guidance = parse_reference(
        "Department of Health (2014) Care Act 2014: statutory guidance. London: DH."
    )
    assert guidance.type == "book"
    assert [n.literal for n in guidance.authors] == ["Department of Health"]
    assert guidance.title == "Care Act 2014: statutory guidance"


# --- exports -------------------------------------------------------------------------

CARE_ACT = Work(
    key="careact2014",
    type="legislation",
    title="Care Act 2014",
    year=2014,
    article_number="c. 23",
    publisher="The Stationery Office",
    place="London",
    url="https://www.legislation.gov.uk/ukpga/2014/23/contents",
)

EXPECTED = {
    "bibtex": """@misc{careact2014,
  title = {Care {Act} 2014},
  year = {2014},
  howpublished = {c. 23},
  publisher = {The Stationery Office},
  address = {London},
  url = {https://www.legislation.gov.uk/ukpga/2014/23/contents},
  key = {Care Act 2014},
  entrysubtype = {legislation}
}
""",
    "biblatex": """@misc{careact2014,
  title = {Care {Act} 2014},
  date = {2014},
  howpublished = {c. 23},
  organization = {The Stationery Office},
  location = {London},
  url = {https://www.legislation.gov.uk/ukpga/2014/23/contents},
  entrysubtype = {legislation}
}
""",
    "csljson": (
        '[\n{"id": "careact2014", "type": "legislation", "issued": {"date-parts": [[2014]]}, '
        '"title": "Care Act 2014", "number": "c. 23", "publisher": "The Stationery Office", '
        '"publisher-place": "London", '
        '"URL": "https://www.legislation.gov.uk/ukpga/2014/23/contents"}\n]\n'
    ),
    "ris": (
        "TY  - STAT\nID  - careact2014\nTI  - Care Act 2014\nPY  - 2014\nM1  - c. 23\n"
        "PB  - The Stationery Office\nCY  - London\n"
        "UR  - https://www.legislation.gov.uk/ukpga/2014/23/contents\nER  - \n"
    ),
}


@pytest.mark.parametrize("fmt", sorted(EXPECTED))
def test_each_format_writes_a_law_exactly_and_without_warnings(fmt: str) -> None:
    graph = Graph(works={CARE_ACT.key: CARE_ACT})
    result = export_works([CARE_ACT], graph, fmt, ExportOptions())
    assert result.text == EXPECTED[fmt]
    assert result.warnings == []


def test_a_law_with_a_code_folds_it_into_its_number_in_bibtex() -> None:
    from coprod_refs.model import Venue

    ada = Work(
        key="ada1990",
        type="legislation",
        title="Americans with Disabilities Act of 1990",
        year=1990,
        article_number="42 U.S.C. § 12101",
        container="v-usc",
    )
    graph = Graph(works={ada.key: ada}, venues={"v-usc": Venue(id="v-usc", name="U.S.C.")})
    text = export_works([ada], graph, "biblatex", ExportOptions()).text
    assert text.count("howpublished") == 1
    assert "  howpublished = {U.S.C., 42 U.S.C. § 12101},\n" in text


def test_a_law_with_an_author_still_needs_no_key() -> None:
    from coprod_refs.model import Body

    law = CARE_ACT.model_copy(update={"authors": ["b-uk"]})
    graph = Graph(works={law.key: law}, agents={"b-uk": Body(id="b-uk", name="UK Parliament")})
    result = export_works([law], graph, "bibtex", ExportOptions())
    assert "key = " not in result.text and result.warnings == []


# --- imports -------------------------------------------------------------------------


def _read(reader, text: str, name: str) -> Extraction:  # type: ignore[no-untyped-def]
    return reader(text, source_document(text.encode(), Path(name), "test"))


@pytest.mark.parametrize("ris_type", ["STAT", "BILL"])
def test_ris_statutes_and_bills_are_read_as_legislation(ris_type: str) -> None:
    text = f"TY  - {ris_type}\nTI  - Care Act 2014\nPY  - 2014\nM1  - c. 23\nER  - \n"
    [work] = _read(read_ris, text, "laws.ris").works
    assert (work.type, work.title, work.year, work.article_number) == (
        "legislation",
        "Care Act 2014",
        2014,
        "c. 23",
    )


BIB = r"""
@legislation{care, title = {Care Act 2014}, date = {2014}, number = {c. 23},
  location = {London}, publisher = {The Stationery Office}}
@misc{localism, title = {Localism Act 2011}, year = {2011}, howpublished = {c. 20},
  organization = {HMSO}, entrysubtype = {legislation}}
@misc{site, title = {Localism Act 2011}, year = {2011}, howpublished = {c. 20}}
"""


def test_bib_legislation_entries_and_misc_with_the_subtype_are_laws() -> None:
    works = {w.key: w for w in _read(read_bibtex, BIB, "laws.bib").works}
    care, localism = works["care"], works["localism"]
    assert (care.type, care.article_number, care.place, care.publisher, care.issue) == (
        "legislation",
        "c. 23",
        "London",
        "The Stationery Office",
        "",
    )
    assert (localism.type, localism.article_number, localism.publisher) == (
        "legislation",
        "c. 20",
        "HMSO",
    )
    assert not localism.container_title
    # A @misc without the subtype is no law: its howpublished stays where it was.
    assert (works["site"].type, works["site"].container_title) == ("document", "c. 20")


@pytest.mark.parametrize("csl_type", ["legislation", "bill", "regulation"])
def test_csl_legislation_bills_and_regulations_are_read_as_legislation(csl_type: str) -> None:
    item = {"id": "care", "type": csl_type, "title": "Care Act 2014", "number": "c. 23"}
    [work] = _read(read_csljson, json.dumps([item]), "laws.json").works
    assert (work.type, work.article_number) == ("legislation", "c. 23")


def test_legislation_is_a_stored_type() -> None:
    assert "legislation" in CSL_TYPES


# --- validation ----------------------------------------------------------------------


def test_a_law_needs_no_author_but_a_title() -> None:
    assert missing_required(CARE_ACT, Graph()) == ("legislation", [])
    untitled = CARE_ACT.model_copy(update={"title": ""})
    assert missing_required(untitled, Graph()) == ("legislation", ["title"])


# --- reference lists and mentions ----------------------------------------------------

TEXT = """Care under the law

Local authorities must promote well-being (Care Act 2014), as Bovaird (2007) argued.

References

Bovaird, T. (2007). Beyond engagement and participation. Public Administration Review, 67(5), 846–860.
Department of Health (2014) Care and support statutory guidance. London: DH.
Localism Act 2011 (c. 20). London: HMSO.
"""  # noqa: E501


def test_a_law_opens_its_own_entry_in_a_reference_list() -> None:
    entries = [e.text for e in find_reference_entries(TEXT)]
    assert entries[-2:] == [
        "Department of Health (2014) Care and support statutory guidance. London: DH.",
        "Localism Act 2011 (c. 20). London: HMSO.",
    ]


def test_a_law_named_in_the_text_makes_no_author_year_mention() -> None:
    # "(Care Act 2014)" names a law, not an author: no mention, so no stub work either.
    surfaces = [m.surface for m in find_mentions(TEXT)]
    assert "Bovaird (2007)" in surfaces
    assert not any("Act" in surface for surface in surfaces)


def test_a_law_name_is_its_title_without_its_year() -> None:
    assert law_name("Care Act 2014") == ("Care Act", 2014)
    assert law_name("Americans with Disabilities Act of 1990") == (
        "Americans with Disabilities Act",
        1990,
    )
    assert law_name("Patient Protection and Affordable Care Act") == (
        "Patient Protection and Affordable Care Act",
        None,
    )
    # An EU act is named by its kind and number, which hold its year.
    assert law_name("Council Directive 95/46/EC on the protection of individuals") == (
        "Directive 95/46/EC",
        None,
    )
    assert law_name("Regulation (EU) 2016/679 of the European Parliament") == (
        "Regulation (EU) 2016/679",
        None,
    )


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("Directive 2000/60/EC of the European Parliament", ("Directive", "2000/60/EC")),
        ("Regulation (EU) No 1303/2013 of the European", ("Regulation", "1303/2013")),
        ("Loi n° 2002-2 du 2 janvier 2002 rénovant l'action sociale", ("Loi", "2002-2")),
        ("Loi du 1er juillet 1901 relative au contrat d'association", None),
        ("Care Act 2014", None),
        ("Jeugdwet", None),
    ],
)
def test_a_law_known_by_its_number_gives_its_kind_and_number(
    title: str, number: tuple[str, str] | None
) -> None:
    assert law_number(title) == number


def test_a_listed_law_named_with_its_year_in_the_text_is_a_mention_of_it() -> None:
    laws = parse_references(
        ["Care Act 2014, c. 23.", "Americans with Disabilities Act of 1990, 42 U.S.C. § 12101."]
    )
    text = (
        "Councils must promote wellbeing under the Care Act 2014. Rights followed (Care Act "
        "2014). The Americans with Disabilities Act of 1990 differs. A Care Act 2015 or a "
        "Carer Act 2014 names no listed law."
    )
    found = [(m.authors, m.year, m.surface, m.narrative) for m in find_law_mentions(text, laws)]
    assert found == [
        (["Care Act"], 2014, "Care Act 2014", True),
        (["Care Act"], 2014, "Care Act 2014", False),
        (
            ["Americans with Disabilities Act"],
            1990,
            "Americans with Disabilities Act of 1990",
            True,
        ),
    ]
    # A span already taken (the reference list, an author-year mention) is left alone.
    first = text.index("Care Act 2014")
    assert len(find_law_mentions(text, laws, exclude=[(first, first + 13)])) == 2


def test_laws_of_one_name_listed_with_two_years_are_each_found_with_their_year() -> None:
    laws = parse_references(["Children Act 1989, c. 41.", "Children Act 2004, c. 31."])
    text = "The Children Act 1989 and the Children Act 2004 differ; the Children Act does not."
    found = [(m.year, m.surface) for m in find_law_mentions(text, laws)]
    # The name alone may be either act: no mention.
    assert found == [(1989, "Children Act 1989"), (2004, "Children Act 2004")]


def test_a_listed_law_named_without_its_year_is_a_mention_of_it() -> None:
    laws = parse_references(
        ["Care Act 2014, c. 23.", "Localism Act 2011, c. 20.", "Children Act 1989, c. 41."]
    )
    text = (
        "Under the Care Act, assessments are co-produced (Care Act, s. 12). The Localism "
        "Act gave councils a general power; the Care Act's duties differ. The Children "
        "Act 1989 came first."
    )
    mentions = find_law_mentions(text, laws)
    assert [(m.authors, m.year, m.surface, m.locator, m.narrative) for m in mentions] == [
        (["Care Act"], 2014, "Care Act", "", True),
        (["Care Act"], 2014, "Care Act, s. 12", "s. 12", False),
        (["Localism Act"], 2011, "Localism Act", "", True),
        (["Care Act"], 2014, "Care Act", "", True),
        (["Children Act"], 1989, "Children Act 1989", "", True),
    ]
    assert [text[m.start : m.end] for m in mentions] == [m.surface for m in mentions]
    assert mentions[2].context == (
        "The Localism Act gave councils a general power; the Care Act's duties differ."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Under the act, assessments are co-produced.",
        "Under the care act, assessments are co-produced.",
        "Under the CARE ACT, assessments are co-produced.",
        "The Care Act 1990 is not the listed act.",
        "The Care Act, 1990, is not the listed act.",
        "The Care Act (1990) is not the listed act.",
        "The Health and Care Act changed it.",
        "The Health and Social Care Act changed it.",
        "The Social Care Act changed it.",
        "Care Actions changed it.",
        "The Carer Act changed it.",
    ],
)
def test_a_name_without_its_year_that_may_be_another_law_is_no_mention(text: str) -> None:
    laws = parse_references(["Care Act 2014, c. 23."])
    assert find_law_mentions(text, laws) == []


def test_an_eu_act_is_named_by_its_number_without_a_year() -> None:
    laws = parse_references(
        [
            "Directive 2000/60/EC of the European Parliament and of the Council of 23 October "
            "2000 establishing a framework for Community action in the field of water policy. "
            "Official Journal L 327, 22.12.2000, p. 1–73."
        ]
    )
    text = "Council Directive 2000/60/EC, Art. 4, sets goals; Directive 2000/60/ECX does not."
    found = [(m.authors, m.year, m.surface, m.locator) for m in find_law_mentions(text, laws)]
    assert found == [(["Directive 2000/60/EC"], 2000, "Directive 2000/60/EC, Art. 4", "Art. 4")]


def test_a_text_naming_a_listed_law_cites_it(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Care under the law\n\nCouncils must promote well-being under the Care Act 2014, "
        "as Bovaird (2007) argued, and the Localism Act 2011 gave communities new rights "
        "(see also Localism Act 2011).\n\nReferences\n\n"
        "Bovaird, T. (2007). Beyond engagement and participation. Public Administration "
        "Review, 67(5), 846–860.\nCare Act 2014, c. 23.\n"
        "Localism Act 2011 (c. 20). London: HMSO.\n",
        encoding="utf-8",
    )
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [paper])
    graph = store.load().graph
    titles = {key: work.title for key, work in graph.works.items()}
    cited = {titles[c.cited]: len(c.mentions) for c in graph.citations}
    assert cited == {
        "Beyond engagement and participation": 1,
        "Care Act 2014": 1,
        "Localism Act 2011": 2,
    }
    assert not any(work.stub for work in graph.works.values())


# --- properties ------------------------------------------------------------------------

_PIECES = [
    "Care", "Act", "2014", "Act of", "1990", ",", ".", " ", "(", ")", "c. 23", "asp 6",
    "SI 2014/313", "The", "Regulations", "Order", "Measure", "(Wales)", "London:", "HMSO",
    "Pub. L. No. 111-148", "124 Stat. 119", "42 U.S.C. § 12101", "et seq.", "Directive",
    "2014/24/EU", "Regulation (EU) 2016/679", "of 26 February 2014", "OJ L 94", "p. 1–88",
    "Gesetz", "vom 23. Dezember 2016", "BGBl. I S. 3234", "Loi n° 2002-2 du 2 janvier 2002",
    "Wet", "Staatsblad 2014, 280", "Great Britain", "(2014)", "https://legislation.gov.uk/x",
    "Accessed", "3 March 2020", ":", "No. 1", "Smith, J.", "[12]",
]  # fmt: skip


def _check(text: str) -> None:
    law = legislation_record(text)
    assert law is None or (law.title.strip() and law.type == "legislation")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_string_gives_none_or_a_titled_law(text: str) -> None:
    _check(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join))
def test_strings_made_of_law_pieces_give_none_or_a_titled_law(text: str) -> None:
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        "Care Act 2014 " * 400,
        "Directive 2014/24/EU " + "a. " * 1300,
        "The " + "Regulations 2014 (W. 1) " * 200,
        "Gesetz " + "vom " * 1000,
        "A" * 4000 + " Act 2014",
    ],
)
def test_long_hostile_strings_are_read_quickly(text: str) -> None:
    started = time.perf_counter()
    _check(text)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        ("(see also Localism Act 2011, s. 81)", "s. 81"),
        ("under the Localism Act 2011 section 2(1)(a), councils", "section 2(1)(a)"),
        ("Localism Act 2011, Sch. 3.", "Sch. 3"),
        ("the Localism Act 2011 seems", ""),
    ],
)
def test_the_part_of_a_law_a_mention_points_at_is_its_locator(text: str, locator: str) -> None:
    laws = parse_references(["Localism Act 2011 (c. 20). London: HMSO."])
    assert [m.locator for m in find_law_mentions(text, laws)] == [locator]
