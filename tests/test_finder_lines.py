"""Line classification for the reference-section finder: headings, end markers, noise,
page furniture, list markers and entry openings."""

from __future__ import annotations

import pytest

from coprod_refs.parse import section_lines as sl


@pytest.mark.parametrize(
    "line",
    [
        "References",
        "REFERENCES",
        "Список литературы",
        "ЛИТЕРАТУРА",
        "Список використаних джерел",
        "Βιβλιογραφία",
        "参考文献",
        "참고문헌",
        "Reference list",
        "Bibliography",
        "Select Bibliography",
        "Literature",
        "Literature cited",
        "Works Cited",
        "Works Consulted",
        "Works Referenced",
        "Sources",
        "Sources Consulted",
        "Literaturverzeichnis",
        "Références bibliographiques",
        "7. References",
        "IV. Bibliography",
        "References:",
        "References (continued)",
        "Referências bibliográficas",
        "Bibliografía",
        "Källor",
        "Literatura",
        "References (45)",
        "References and further reading",
        "Further Reading and References",
        "Bibliography and references",
        "Sources and references",
        "List of sources",
        "Cited works",
        "Literaturangaben",
        "Quellen- und Literaturverzeichnis",
        "Literatuurlijst",
        "Referenser",
        "Litteraturliste",
        "Lähdeluettelo",
        "Kaynakça",
        "Irodalom",
        "Kilder",
        "R E F E R E N C E S",
    ],
)
def test_headings(line: str):
    assert sl.is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "References to the past are many.",
        "Sources: Loeffler and Hine-Hughes (2012).",
        "Literature review",
        "Further reading",
        "R E S U L T S",
    ],
)
def test_not_headings(line: str):
    assert not sl.is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "Download references",
        "Author information",
        "Acknowledgements",
        "Acknowledgments",
        "Notes",
        "Appendix",
        "Appendix A: Interview guide",
        "About the authors",
        "About this chapter",
        "Funding",
        "Conflict of interest",
        "Rights and permissions",
        "Chapter 14",
        "Citing Literature",
        "Cited by (12)",
        "Related articles",
        "Recommended articles",
        "Metrics",
        "Notes on the authors",
        "Contributors",
        "Disclosure statement",
        "Author contributions",
        "Authors’ contributions",
        "CRediT authorship contribution statement",
        "Abbreviations",
        "Annex 2: Survey items",
        "Agradecimientos",
        "Remerciements",
        "Danksagung",
        "Anhang",
        "Bijlage",
        "Figure 1. The co-production cycle.",
        "Fig. 2: Stages of co-commissioning",
        "Table A1. Interview respondents by municipality and role.",
        "Tabelle 2: Befragte nach Kommune",
        "Box 1 Co-production in practice",
        "Table 3",
    ],
)
def test_end_markers(line: str):
    assert sl.is_end_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        "Table of contents",
        "Map of the city",
        "Box, G. E. P. (1976). Science and statistics.",
        "Figures of speech in policy documents. Policy Press.",
    ],
)
def test_not_end_markers(line: str):
    assert not sl.is_end_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        "Google Scholar",
        "Article\u00a0 Google Scholar\u00a0",
        "Book Google Scholar",
        "CrossRef | PubMed | Web of Science ®",
        "[Google Scholar]",
        "View Article",
        "Chapter",
        "CrossrefGoogle Scholar",
        "View in ScopusGoogle Scholar",
        "View in Scopus",
        "View PDFView articleView in ScopusGoogle Scholar",
        "[Taylor & Francis Online], [Web of Science ®], [Google Scholar]",
        "Wiley Online LibraryWeb of Science®Google Scholar",
        "Web of Science®",
        "PubMed Abstract | Publisher Full Text | Google Scholar",
        "Download citation | Find in library",
        "Open in new tab",
        "Abstract | Full Text | PDF",
        "Find this resource:",
    ],
)
def test_noise_lines(line: str):
    assert sl.is_noise(" ".join(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "Google Scholar as a bibliometric source. Scientometrics, 2010.",
        "Articles of war",
        "The Wiley Online Library at ten",
        "FaceBook",
        "|",
    ],
)
def test_lines_with_noise_words_and_content_are_not_noise(line: str):
    assert not sl.is_noise(line)


@pytest.mark.parametrize(
    "line",
    [
        "12",
        "xiv",
        "Page 12 of 20",
        "– 12 –",
        "© 2021 The Author(s)",
        "Downloaded from x",
        "218          PUBLIC ADMINISTRATION REVIEW",
        "ADMINISTRATION & SOCIETY   45",
        "Volume 80, Issue 2",
        "March/April 2020",
        "Pages 250-262",
        "Volume 16, Issue 3, March 2014, Pages 299–316",
        "Vol. 12, No. 3",
    ],
)
def test_page_furniture(line: str):
    assert sl.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "3 OECD",
        "12 J. Smith et al.",
        "1. OECD (2011) TOGETHER FOR BETTER PUBLIC SERVICES.",
        "12 SMITH J, JONES K. CARE IN CAPITALS. LANCET 2001;3:4-5.",
        "Public Administration Review 76",
        "March 2020",
        "pp. 846–860",
        "Volume 3 of the Collected Works. 1990.",
    ],
)
def test_entries_and_short_lines_are_not_page_furniture(line: str):
    assert not sl.is_furniture(line)


@pytest.mark.parametrize(
    ("entry", "clean"),
    [
        (
            "Smith, J. (2000). A book. London: Verso. Book Google Scholar",
            "Smith, J. (2000). A book. London: Verso.",
        ),
        (
            "Smith, J. (2000). Title. J, 1(2), 3–4. [CrossRef] [PubMed]",
            "Smith, J. (2000). Title. J, 1(2), 3–4.",
        ),
        ("Smith, J. (2000). The book", "Smith, J. (2000). The book"),
        ("Smith, J. (2000). Article", "Smith, J. (2000). Article"),
        (
            "Jo, S. (2016). Title. Journal, 39, 1–8. Web of Science®",
            "Jo, S. (2016). Title. Journal, 39, 1–8.",
        ),
        (
            "Jo, S. (2016). Title. Journal, 39, 1–8. View in ScopusGoogle Scholar",
            "Jo, S. (2016). Title. Journal, 39, 1–8.",
        ),
        (
            "Jo, S. (2016). Title. Journal, 39, 1–8. CrossrefGoogle Scholar",
            "Jo, S. (2016). Title. Journal, 39, 1–8.",
        ),
        (
            "Jo S. Title. J Adm. 2016;39(3):1-8. PubMed Abstract | Publisher Full Text | "
            "Google Scholar",
            "Jo S. Title. J Adm. 2016;39(3):1-8.",
        ),
        (
            "Jo, S. 2016. Title. Journal 39: 1–8. [Taylor & Francis Online], "
            "[Web of Science ®], [Google Scholar]",
            "Jo, S. 2016. Title. Journal 39: 1–8.",
        ),
        (
            "Jo, S. 2016. Title. Journal 39: 1–8. Wiley Online LibraryWeb of Science®Google "
            "Scholar",
            "Jo, S. 2016. Title. Journal 39: 1–8.",
        ),
        (
            "Jo, S. (2016). Title. Journal, 39, 1–8. Download citation | Find in library",
            "Jo, S. (2016). Title. Journal, 39, 1–8.",
        ),
        (
            "Jo, S. (2016). Title. Journal, 39, 1–8. Abstract | Full Text | PDF",
            "Jo, S. (2016). Title. Journal, 39, 1–8.",
        ),
        ("Jo, S. (2016). Title. Journal, 39, 1–8. ↑", "Jo, S. (2016). Title. Journal, 39, 1–8."),
        ("Lee K (2019) Portrait of a scholar", "Lee K (2019) Portrait of a scholar"),
        ("Lee K (2019) Inside the public library", "Lee K (2019) Inside the public library"),
        ("Lee K (2019) Bibliometrics with iScopus", "Lee K (2019) Bibliometrics with iScopus"),
        (
            "Lee K (2019) Title. J Doc 7:1–9. Article PDF",
            "Lee K (2019) Title. J Doc 7:1–9. Article PDF",
        ),
    ],
)
def test_strip_noise(entry: str, clean: str):
    assert sl.strip_noise(entry) == clean


@pytest.mark.parametrize(
    "line",
    [
        "Brudney, J. L., & England, R. E. (1983). Toward a definition",
        "van Eijk, S., Steen, T., & Verschuere, B. (2018). Case study",
        "Stephens, L. Slay, J. & Penny, J. (n.d.). Coproduction",
        "Welsh Government. (2014). Improving public services",
        "European CAF Resource Centre. (2013). Improving",
        "Needham C, Carr S. Co-production: an emerging evidence base",
        'J. Smith, K. Lee, and M. Rossi, "Title," 2019.',
        "———. 2005. Understanding Institutional Diversity.",
        "Ostrom, Elinor. 1990. Governing the Commons.",
        "Löffler, E., Timm-Arnold, P. (2015). Koproduktion",
        "Cabinet Office (2010) Building the Big Society. London: Cabinet Office.",
        "SCIE (2013) Co-production in social care. London: SCIE.",
        "nef (new economics foundation) (2008) Co-production: a manifesto.",
        "World Health Organization (WHO). (2018). Continuity and coordination of care.",
        "Governance International. (n.d.). Co-production star toolkit.",
        "BMAS – Bundesministerium für Arbeit und Soziales (2017): Lebenslagen in",
        "Audit Commission (2009) 'Hearts and minds'. London: Audit Commission.",
        "Department for Communities and Local Government (DCLG) (2011)",
        "National Institute for Health and Care Excellence [NICE]. (2018). Community",
        "Department of Health [DH]. (2014). Care and support statutory guidance.",
        # Names in reading order, and Chicago's "Family, Given." with the year lines later
        "Y. Robert. The Impact of Vector and Parallel Architectures on the Gaussian",
        "M. C. Ferris and J.-S. Pang (editors). Complementarity and variational",
        "Mark Keane, Padraig Cunningham, Mike Brady, and Ruth Byrne, editors. Proc.",
        "Wolfgang Jantzen: Singer-Debatte und postmoderne Ethik. Sonderpädagogik",
        "Bradbury, Bettina. Working Families. Age, Gender and Daily Survival in",
        "Bynum, Caroline W. Holy Feast and Holy Fast: The Religious Significance",
    ],
)
def test_entry_openings(line: str):
    assert sl.starts_entry(line)


@pytest.mark.parametrize(
    "line",
    [
        "Public Administration Review, 43(1), 59–65.",
        "In T. Bovaird & E. Loeffler (Eds.), Public management and governance",
        "Palgrave Macmillan, Cham.",
        "Basingstoke, UK: Palgrave.",
        "racy: Transforming local governance and civil society in Brazil.",
        "16(1), 27–46. https://doi.org/10.1177/",
        "Public Administration Review (2016) 76(3), 427–435.",
        "Social Policy and Society (2008), 7(2), pp. 221-231.",
        "Public Management Review 2016, 18, 639–653.",
        "In J. Smith (Ed.) (2010) Handbook of governance. London: Sage.",
        "Smith (ed.) (2010) Handbook of governance. London: Sage.",
        "Smith [ed.] (2010) Handbook of governance. London: Sage.",
        "Department of Health (2010) published a white paper on personalisation.",
        "Governance International (n.d.) offers a toolkit.",
        "nef (2008) Co-production: a manifesto.",
        "and (2008) Co-production: a manifesto.",
        # An initial going on from the line before, and two authors as a running head
        "D., et al. (2013). Sirt1 extends life span and delays aging in mice through the",
        "S. Jo and T. Nabatchi",
        "S. J. Smith",
        "Press, Cambridge University",
    ],
)
def test_continuation_lines_do_not_open_entries(line: str):
    assert not sl.starts_entry(line)


@pytest.mark.parametrize(
    "line",
    [
        "References",
        "Bibliography",
        "Literatur",
        "Citing Literature",
        "Volume 80, Issue 2",
        "March/April 2020",
        "Pages 250-262",
        "CrossrefGoogle Scholar",
        "Article",
        "14",
    ],
)
def test_lines_outside_entries(line: str):
    assert sl.is_outside_entries(line)


@pytest.mark.parametrize(
    "line",
    [
        "Declaration of Independence. 1776.",
        "Welsh Government. (2014). Improving public services. Cardiff.",
        "Literature review",
        "References to the past are many.",
    ],
)
def test_references_and_prose_are_not_outside_entries(line: str):
    assert not sl.is_outside_entries(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Alford, 2014", "Alford"),
        ("Brandsen and Honingh, 2016", "Brandsen"),
        ("Bovaird & Loeffler, 2012a", "Bovaird"),
        ("Verschuere et al., 2012", "Verschuere"),
        ("van Eijk and Steen, 2014", "Eijk"),
        ("World Bank, 2004", "World"),
        ("Alford, J. (2014). The multiple facets of co-production.", None),
        ("Public Management Review, 16 (3) (2014), pp. 299-316", None),
        ("In, 2014", None),
        ("J. Alford", None),
    ],
)
def test_citation_label_lines(line: str, name: str | None):
    assert sl.citation_label_name(line) == name


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("12 J. Smith et al.", "J. Smith et al."),
        ("Distinguishing types of coproduction     429", "Distinguishing types of coproduction"),
        ("LOCAL   GOVERNMENT STUDIES", "LOCAL GOVERNMENT STUDIES"),
        ("Voluntas (2012) 23:1119–1138", "Voluntas (2012) 23:1119–1138"),
        ("Review, 16(3), 299–316. https://doi.org/10.1080/14719037.2013.806578", None),
        ("Review, 16(3), 299–316.", None),
        ("public services: The who, when, and what of coproduction", None),
        ("Ostrom, E. (1990). Governing the commons", None),
        ("[3] Smith J", None),
    ],
)
def test_running_head_keys(line: str, key: str | None):
    assert sl.running_head_key(line) == key


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("12 J. Smith et al.", True),
        ("Distinguishing types of coproduction 429", True),
        ("PUBLIC SERVICE STUDIES", True),
        ("S. Jo and T. Nabatchi", False),
        ("Public Administration Review", False),
        ("Review, 16(3), 299–316", False),
    ],
)
def test_lines_printed_like_running_heads(line: str, expected: bool):
    assert sl.looks_like_running_head(line) is expected


def test_list_markers():
    assert sl.list_marker("• Alford, J.", dashes=False) == ("bullet", "", 2)
    assert sl.list_marker("[12] J. Smith", dashes=False) == ("number", "12", 5)
    assert sl.list_marker("3. Smith J", dashes=False) == ("number", "3", 3)
    assert sl.list_marker("(4) Smith J", dashes=False) == ("number", "4", 4)
    assert sl.list_marker("- Smith", dashes=False) is None
    assert sl.list_marker("- Smith", dashes=True) == ("bullet", "", 2)
    assert sl.list_marker("2008. Title", dashes=False) is None
    assert sl.list_marker("1.", dashes=False) == ("number", "1", 2)
    assert sl.list_marker("[7]", dashes=False) == ("number", "7", 3)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("J. Smith et al.", True),
        ("Public Management Review 23(4)   612", True),
        ("Secondary sources", True),
        ("PUBLIC MANAGEMENT REVIEW", True),
        ("Palgrave Macmillan, Basingstoke", False),
        ("Public Adm Rev 67(5):846–860", False),
        ("095624780401600104", False),
        ("Public Administration Review, 43(1), 59–65.", False),
        ("Policy Press 2012", False),
        ("services: The who, when, and what", False),
        ("Box, G. E. P. (1976). Science and statistics.", False),
    ],
)
def test_lines_that_could_be_stray_heads(line: str, expected: bool):
    assert sl.could_be_stray_head(line) is expected


def test_entry_ends_and_open_lines():
    assert sl.ends_entry("Cambridge University Press.")
    assert sl.ends_entry("https://doi.org/10.1177/095624780401600104")
    assert not sl.ends_entry("Journal of the American Institute of")
    assert sl.leaves_open("Bovaird, T., &")
    assert sl.leaves_open("Environment and")


def test_prose_is_not_a_reference():
    prose = " ".join(["the councils met again and talked about the budget in 2009"] * 6)
    assert sl.is_prose(prose)
    assert not sl.looks_like_reference(prose)
    assert sl.looks_like_reference("Public Administration Review, 43(1), 59–65, 1983.")


def test_a_person_opening_is_one_the_middle_of_an_entry_seldom_takes():
    for line in (
        "Lynch, K. (1982). Voir",
        "Stokes, D (2000). “Putting",
        "Mackie JL (1980) The",
        "Y. Robert. The Impact",
        "Tilly, Charles. “Revolutionary Trajectories”",
        "McMahon, April (1994). Understanding",
    ):
        assert sl.opens_with_a_person(line), line
    for line in (
        "Science, Stanford University, Report No. 3, June 1992.",
        "Press, 1994.",
        "Review, A special issue",
    ):
        assert not sl.opens_with_a_person(line), line


def test_a_person_opening_with_a_quoted_title_or_in_another_script():
    for line in (
        "Rokycana, Jan, “De quinque prioribus sacramentis,” in",
        "GAÏTI Brigitte, « Politique d’abord : le chemin",
        "Allen Hicken, “Clientelism,” Annual Review",
        "Хомская Е.Д., Батова Н.Я. Мозг и эмоции",
        "Търпоманова, Екатерина. Тире и дефис.",
        "D. Bourg & K.H. Whiteside, France’s Charter",
    ):
        assert sl.opens_with_a_person(line), line
    for line in (
        "Public Administration Review, “a special issue”",
        "In Smith, John, “Title”",
        "S. Jo and T. Nabatchi",
    ):
        assert not sl.opens_with_a_person(line), line


def test_family_and_given_name_open_an_entry_unless_they_name_a_place_or_publisher():
    for line in (
        "Lynch, Sandra, Philosophy and Friendship",
        "RAMBERG, Jan, The Future",
        "Hall, Peter, Governing the Economy",
    ):
        assert sl.opens_with_a_name(line), line
    for line in (
        "Paris, France: Plon.",
        "Palgrave Macmillan, Cham.",
        "Routledge, New York, 2010.",
        "Thousand Oaks, California: Sage.",
        "Retrieved, January 2010",
    ):
        assert not sl.opens_with_a_name(line), line


def test_a_place_and_a_year_end_an_imprint_and_open_no_entry():
    assert not sl.starts_entry("Berlin 2003.")
    assert not sl.starts_entry("Paris, France : Mouton & Co. (Original work published 1949).")
    assert sl.starts_entry("World Bank 2010. World Development Report.")


def test_a_second_author_in_reading_order_may_carry_initials():
    assert sl.starts_entry("Peter Glass and Michael C. Mackey, From Clocks to Chaos")
