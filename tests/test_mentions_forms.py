"""In-text citations of bodies and in less common forms: group authors and the short
names they introduce, institutions named by several words, lower-case names, original
and edition years, German locators, and citations that a PDF page break cuts in two."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.mentions import find_mentions
from test_mentions_styles import cite

# Group authors and their short names


def test_an_apa_group_author_with_its_short_name():
    text = (
        "Health systems increasingly involve patients (World Health Organization [WHO], "
        "2018). Later guidance went further (WHO, 2020)."
    )
    assert cite(text) == [
        (
            "World Health Organization [WHO], 2018",
            ["World Health Organization"],
            "2018",
            "",
            False,
        ),
        ("WHO, 2020", ["World Health Organization"], "2020", "", False),
    ]


def test_a_short_name_introduced_before_a_parenthesis_gets_its_long_name():
    text = (
        "The National Institute for Health and Care Excellence (NICE, 2013) sets "
        "standards; its guidance changed (NICE 2016; Ostrom 1996)."
    )
    assert [(m.authors, m.year) for m in find_mentions(text)] == [
        (["National Institute for Health and Care Excellence"], 2013),
        (["National Institute for Health and Care Excellence"], 2016),
        (["Ostrom"], 1996),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Patients are involved (WHO, 2020).",
        # Used before the text introduces it.
        "Patients are involved (WHO, 2016). The World Health Organization (WHO) agrees.",
        # Letters that do not spell the short name.
        "The Ministry of Social Affairs (WHO, 2016) agrees.",
    ],
)
def test_a_short_name_not_introduced_before_stays_short(text: str):
    assert next(m.authors for m in find_mentions(text)) == ["WHO"]


def test_a_short_name_stays_short_when_the_list_knows_the_body_by_it_alone():
    text = (
        "De Wetenschappelijke Raad voor het Regeringsbeleid (WRR, 2012) pleitte voor "
        "vertrouwen in burgers.\n\nLiteratuur\n\n"
        "Tonkens, E. (2014). Vijf misvattingen over de participatiesamenleving. Amsterdam.\n"
        "WRR (2012). Vertrouwen in burgers. Amsterdam: Amsterdam University Press.\n"
    )
    listed = (text.index("Literatuur"), len(text))
    assert [m.authors for m in find_mentions(text, exclude=[listed])] == [["WRR"]]


# Bodies named by several words


@pytest.mark.parametrize(
    ("text", "surface", "authors"),
    [
        (
            "The Department of Health (2010) published a white paper.",
            "Department of Health (2010)",
            ["Department of Health"],
        ),
        (
            "Governance International (n.d.) offers a toolkit.",
            "Governance International (n.d.)",
            ["Governance International"],
        ),
        (
            "Guidance from the Department for Communities and Local Government (2011) was",
            "Department for Communities and Local Government (2011)",
            ["Department for Communities and Local Government"],
        ),
        (
            "As the Organisation for Economic Co-operation and Development (2011) shows",
            "Organisation for Economic Co-operation and Development (2011)",
            ["Organisation for Economic Co-operation and Development"],
        ),
        (
            "the Department of the Environment (1990) said",
            "Department of the Environment (1990)",
            ["Department of the Environment"],
        ),
        (
            "Scottish Government (2011) guidance",
            "Scottish Government (2011)",
            ["Scottish Government"],
        ),
        (
            "Wetenschappelijke Raad voor het Regeringsbeleid (2012) pleitte",
            "Wetenschappelijke Raad voor het Regeringsbeleid (2012)",
            ["Wetenschappelijke Raad voor het Regeringsbeleid"],
        ),
        (
            "Das Bundesministerium für Arbeit und Soziales (2010) fordert",
            "Bundesministerium für Arbeit und Soziales (2010)",
            ["Bundesministerium für Arbeit und Soziales"],
        ),
        ("the Bank of England (2010)", "Bank of England (2010)", ["Bank of England"]),
        (
            "Ostrom and World Bank (2004) agree",
            "Ostrom and World Bank (2004)",
            ["Ostrom", "World Bank"],
        ),
        ("Ostrom and the World Bank (2004)", "World Bank (2004)", ["World Bank"]),
        ("Elinor Ostrom (1996) showed", "Ostrom (1996)", ["Ostrom"]),
        ("Brudney and England (1983)", "Brudney and England (1983)", ["Brudney", "England"]),
    ],
)
def test_a_narrative_citation_by_a_body_takes_its_whole_name(
    text: str, surface: str, authors: list[str]
):
    assert [(m.surface, m.authors) for m in find_mentions(text)] == [(surface, authors)]


@pytest.mark.parametrize(
    "text",
    ["under the Treaty of Lisbon (2007)", "in the Republic of Ireland (2010)"],
)
def test_places_and_laws_named_with_of_are_not_bodies(text: str):
    assert find_mentions(text) == []


def test_a_parenthetical_body_keeps_its_and():
    text = "(Department of Health and Social Care, 2019; World Bank and Ostrom, 2004)"
    assert [m.authors for m in find_mentions(text)] == [
        ["Department of Health and Social Care"],
        ["World Bank", "Ostrom"],
    ]


def test_a_word_never_a_name_alone_goes_on_inside_a_bodys_name():
    text = "(Think Local Act Personal, 2016; Department Of Health, 2010; Localism Act 2011)"
    assert [(m.authors, m.year) for m in find_mentions(text)] == [
        (["Think Local Act Personal"], 2016),
        (["Department Of Health"], 2010),
    ]


# Articles before short names


@pytest.mark.parametrize(
    ("text", "surface", "authors"),
    [
        ("De WRR (2012) pleitte voor vertrouwen.", "WRR (2012)", ["WRR"]),
        ("Zie ook (De WRR, 2012).", "WRR, 2012", ["WRR"]),
        ("Het CPB (2010) raamt de groei.", "CPB (2010)", ["CPB"]),
        ("Die KGSt (2013) empfiehlt das.", "KGSt (2013)", ["KGSt"]),
        ("The OECD (2011) agrees.", "OECD (2011)", ["OECD"]),
        ("Zie ook De Wilde (2015).", "De Wilde (2015)", ["De Wilde"]),
        ("(De Vries, 2016)", "De Vries, 2016", ["De Vries"]),
    ],
)
def test_an_article_before_a_short_name_is_no_particle(text: str, surface: str, authors: list[str]):
    assert [(m.surface, m.authors) for m in find_mentions(text)] == [(surface, authors)]


# ABNT's authors in capitals, separated by semicolons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "serviços (OSTROM, 1996; SALM; MENEGASSO, 2010). Segundo",
            [
                (["OSTROM"], 1996, "OSTROM, 1996"),
                (["SALM", "MENEGASSO"], 2010, "SALM; MENEGASSO, 2010"),
            ],
        ),
        (
            "(SALM; MENEGASSO; SILVA, 2010)",
            [(["SALM", "MENEGASSO", "SILVA"], 2010, "SALM; MENEGASSO; SILVA, 2010")],
        ),
        # A name that is no name in capitals, or a yearless name before one that is not
        # in capitals, is left out as before.
        ("(OECD; Smith, 2010)", [(["Smith"], 2010, "Smith, 2010")]),
        ("(Smith; Jones, 2010)", [(["Jones"], 2010, "Jones, 2010")]),
    ],
)
def test_abnt_authors_separated_by_semicolons_are_one_work(text: str, expected: list[tuple]):
    assert [(m.authors, m.year, m.surface) for m in find_mentions(text)] == expected


# Lower-case names


@pytest.mark.parametrize(
    "entry",
    [
        "nef (2008). Co-production: A manifesto. London: nef.",
        "nef (new economics foundation) (2008) Co-production: a manifesto. London: nef.",
    ],
)
def test_a_lower_case_name_that_opens_a_list_entry_is_a_name(entry: str):
    body = "Time banks grew (nef 2008), as nef (2010) reports (see nef, 2009, p. 3) (in 2008)."
    text = (
        f"{body}\n\nReferences\n\n"
        "Cabinet Office (2010) Building the Big Society. London: Cabinet Office.\n\n"
        f"{entry}\n\n"
        "Whitaker, G.P. (1980) Coproduction. Public Administration Review, 40(3), 240-246.\n"
    )
    assert cite(text)[:3] == [
        ("nef 2008", ["nef"], "2008", "", False),
        ("nef (2010)", ["nef"], "2010", "", True),
        ("nef, 2009, p. 3", ["nef"], "2009", "p. 3", False),
    ]
    assert len(find_mentions(text, exclude=[(len(body), len(text))])) == 3


def test_a_lower_case_word_is_no_name_without_a_list_entry():
    assert find_mentions("Time banks grew (nef 2008) and spread (in 2008).") == []


# Original and edition years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lipsky (1980/2010) writes", [("Lipsky (1980/2010)", ["Lipsky"], "2010", "", True)]),
        (
            "discretion (Lipsky, 1980/2010, p. 3).",
            [("Lipsky, 1980/2010, p. 3", ["Lipsky"], "2010", "p. 3", False)],
        ),
        ("(Weber 1922/1980a)", [("Weber 1922/1980a", ["Weber"], "1980a", "", False)]),
        # Chicago prints the original year in square brackets, before or after.
        (
            "participation (Weber [1922] 1978, 973).",
            [("Weber [1922] 1978, 973", ["Weber"], "1978", "973", False)],
        ),
        ("As Weber ([1922] 1978) noted", [("Weber ([1922] 1978)", ["Weber"], "1978", "", True)]),
        ("As Weber (1978 [1922]) noted", [("Weber (1978 [1922])", ["Weber"], "1978", "", True)]),
        (
            "(Weber 1978 [1922]: 973; Ostrom [1990] 2015)",
            [
                ("Weber 1978 [1922]: 973", ["Weber"], "1978", "973", False),
                ("Ostrom [1990] 2015", ["Ostrom"], "2015", "", False),
            ],
        ),
        # A span of years and a year before an earlier one are no editions.
        ("(ONS 2009/10)", []),
        ("(Lipsky, 2010/1980)", []),
        # A year in square brackets with no later year beside it stays a citation of it.
        ("as Smith [2019] shows", [("Smith [2019]", ["Smith"], "2019", "", True)]),
    ],
)
def test_an_original_year_before_the_edition_year(text: str, expected: list[tuple]):
    assert cite(text) == expected


# Locators


@pytest.mark.parametrize(
    ("text", "surface", "locator"),
    [
        ("Vgl. Holtkamp (2010, S. 12 ff.) sowie", "Holtkamp (2010, S. 12 ff.)", "S. 12 ff."),
        # A labelled number may hold full stops: a paragraph or section of guidance.
        (
            "guidance (Department of Health, 2014, para 2.20) and",
            "Department of Health, 2014, para 2.20",
            "para 2.20",
        ),
        ("as Ostrom (1990, section 4.3.1) shows", "Ostrom (1990, section 4.3.1)", "section 4.3.1"),
        ("Vgl. Holtkamp (2010,\nS. 12 ff.) sowie", "Holtkamp (2010,\nS. 12 ff.)", "S. 12 ff."),
        ("Nach Holtkamp (2010: 12 f.) gilt", "Holtkamp (2010: 12 f.)", "12 f."),
        ("(Holtkamp 2010: 12 f.)", "Holtkamp 2010: 12 f.", "12 f."),
        ("(Ostrom, 1996, pp. 1073 ff.)", "Ostrom, 1996, pp. 1073 ff.", "pp. 1073 ff."),
        ("(Ostrom 1990, 45ff)", "Ostrom 1990, 45ff", "45ff"),
        ("(Ostrom 1990, p. 12f.)", "Ostrom 1990, p. 12f.", "p. 12f."),
        ("(Ostrom 1990, 12 sqq.)", "Ostrom 1990, 12 sqq.", "12 sqq."),
        # More pages after a comma, labelled or not
        ("(Ostrom 1990, 2–3, 45)", "Ostrom 1990, 2–3, 45", "2–3, 45"),
        ("(Ostrom 1990, pp. 2–3, 45)", "Ostrom 1990, pp. 2–3, 45", "pp. 2–3, 45"),
    ],
)
def test_following_pages_stay_in_the_locator(text: str, surface: str, locator: str):
    assert [(m.surface, m.locator) for m in find_mentions(text)] == [(surface, locator)]


# Page breaks

_PAGE_BREAK_TEXT = (
    "Many public managers now see citizens as a resource for public services, and this\n"
    "view has been strengthened by a decade of austerity in local government as shown by\n"
    "earlier studies of user involvement in welfare services (Bovaird,\n"
    "\n"
    "1654                      J. RASMUSSEN\n"
    "\n"
    "2007; Pestoff, 2006). A second strand of work focuses on professionals and on how\n"
    "they learn to co-produce with citizens and communities (Tuurnas, 2015). Professional\n"
    "resistance has been documented in several countries, for instance by Steen and\n"
    "\n"
    "PUBLIC MANAGEMENT REVIEW                    1655\n"
    "\n"
    "Tuurnas (2018), who describe new roles for professionals.\n"
)


def test_citations_cut_by_a_page_break_are_read_whole():
    mentions = find_mentions(_PAGE_BREAK_TEXT)
    assert [(m.authors, m.year, m.narrative) for m in mentions] == [
        (["Bovaird"], 2007, False),
        (["Pestoff"], 2006, False),
        (["Tuurnas"], 2015, False),
        (["Steen", "Tuurnas"], 2018, True),
    ]
    assert mentions[0].surface == "Bovaird,\n\n1654                      J. RASMUSSEN\n\n2007"
    assert mentions[3].context == (
        "Professional resistance has been documented in several countries, for instance by "
        "Steen and Tuurnas (2018), who describe new roles for professionals."
    )


_FURNITURE = st.sampled_from(
    [
        "1654                      J. RASMUSSEN",
        "PUBLIC MANAGEMENT REVIEW  1655",
        "Page 3 of 12",
        "14",
        "Downloaded by [University of Oslo] at 04:12 24 May 2016",
    ]
)
_FRAGMENTS = st.sampled_from(
    [
        "public",
        "services",
        "are",
        "shaped",
        "by",
        "citizens",
        "and",
        "managers",
        "in",
        "many",
        "countries",
        "matters.",
        "However,",
        "This",
        "(Ostrom, 1996)",
        "Brudney and England (1983)",
        "(see e.g. Alford, 2009; Pestoff et al., 2006)",
        "Osborne et al. (2016, p. 640)",
        "(World Health Organization [WHO], 2018)",
        "(WHO, 2020)",
        "The Department of Health (2010)",
        "Steen and Tuurnas (2018)",
        "(Bovaird & Loeffler, 2012, pp. 1119–1138)",
        "Lipsky (1980/2010)",
        "Holtkamp (2010, S. 12 ff.)",
        "van Ryzin (2011)",
        "Governance International (n.d.)",
        '("Co-production Star," n.d.)',
        "(Anon., 2014)",
    ]
)


def _readings(text: str) -> list[tuple]:
    """What each mention says, without its surface and offsets."""
    return [
        (
            m.authors,
            m.et_al,
            m.year,
            m.year_suffix,
            m.no_date,
            m.locator,
            m.prefix,
            m.narrative,
            m.context,
        )
        for m in find_mentions(text)
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_FRAGMENTS, min_size=4, max_size=40),
    st.integers(min_value=30, max_value=100),
    st.integers(min_value=0),
    _FURNITURE,
)
def test_page_furniture_between_any_two_words_reads_as_a_line_break(
    fragments: list[str], width: int, pick: int, furniture: str
):
    """Furniture at a line end of a wrapped paragraph changes no mention; anywhere else it
    reads as a line break there."""
    wrapped = textwrap.fill(" ".join(fragments) + ".", width, break_on_hyphens=False)
    gaps = [k for k, c in enumerate(wrapped) if c in " \n"]
    gap = gaps[pick % len(gaps)]
    line_break = wrapped[:gap] + "\n" + wrapped[gap + 1 :]
    page_break = wrapped[:gap] + f"\n\n{furniture}\n\n" + wrapped[gap + 1 :]
    assert _readings(page_break) == _readings(line_break)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pestoff (2006, 2012a; see also Brandsen & Pestoff, 2006) links it.",
            [
                ("Pestoff (2006, 2012a", ["Pestoff"], 2006, "", "", "", True),
                ("Pestoff (2006, 2012a", ["Pestoff"], 2012, "a", "", "", True),
                ("Brandsen & Pestoff, 2006", ["Brandsen", "Pestoff"], 2006, "", "", "see also",
                 False),
            ],
        ),
        (
            "As Smith et al. (2006, p. 4; but see Jones 2007) show.",
            [
                ("Smith et al. (2006, p. 4", ["Smith"], 2006, "", "p. 4", "", True),
                ("Jones 2007", ["Jones"], 2007, "", "", "but see", False),
            ],
        ),
        # Words before the bracket that are no names: the group alone.
        (
            "the commons (2006; Ostrom, 1990)",
            [("Ostrom, 1990", ["Ostrom"], 1990, "", "", "", False)],
        ),
    ],
)  # fmt: skip
def test_a_narrative_citation_whose_bracket_goes_on_with_other_citations(
    text: str, expected: list[tuple]
):
    found = [
        (m.surface, m.authors, m.year, m.year_suffix, m.locator, m.prefix, m.narrative)
        for m in find_mentions(text)
    ]
    assert found == expected


def test_a_page_list_stops_before_a_year_or_a_word():
    found = [(m.year, m.locator) for m in find_mentions("(OECD 2011, 23, 2012)")]
    assert found == [(2011, "23"), (2012, "")]
    found = [(m.authors, m.locator) for m in find_mentions("(Smith 2000, 45, and Jones 2001)")]
    assert found == [(["Smith"], "45"), (["Jones"], "")]


@pytest.mark.parametrize(
    "text",
    ["Osborne and colleagues (2016)", "Osborne and his colleagues (2016)",
     "Osborne and their co-workers (2016)"],
)  # fmt: skip
def test_and_colleagues_is_et_al_with_or_without_a_possessive(text: str):
    assert [(m.surface, m.authors, m.et_al) for m in find_mentions(text + " argue")] == [
        (text, ["Osborne"], True)
    ]
