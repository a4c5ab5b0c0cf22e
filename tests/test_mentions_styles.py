"""In-text citations in the styles researchers write: APA, Harvard, Chicago author-date,
narrative and parenthetical, with prefixes, locators, several works and several years."""

from __future__ import annotations

import pytest

from coprod_refs.parse.mentions import find_mentions


def cite(text: str) -> list[tuple[str, list[str], str, str, bool]]:
    """(surface, authors, year label, locator, narrative) of every mention, checking the
    offsets on the way."""
    out = []
    for m in find_mentions(text):
        assert text[m.start : m.end] == m.surface
        label = "n.d." if m.no_date else f"{m.year}{m.year_suffix}"
        out.append((m.surface, m.authors, label, m.locator, m.narrative))
    return out


def test_harvard_without_a_comma():
    assert cite("Commons can be governed locally (Ostrom 1990).") == [
        ("Ostrom 1990", ["Ostrom"], "1990", "", False)
    ]


def test_chicago_page_after_the_year():
    assert cite("Self-organisation is fragile (Ostrom 1990, 45).") == [
        ("Ostrom 1990, 45", ["Ostrom"], "1990", "45", False)
    ]


def test_harvard_colon_locator_with_a_range():
    assert cite("as argued before (Sharp 1980: 105–18).") == [
        ("Sharp 1980: 105–18", ["Sharp"], "1980", "105–18", False)
    ]


def test_prefixes_and_several_works_and_suffixed_years():
    mentions = find_mentions("Many agree (see e.g. Alford 2009; Pestoff 2012a, 2012b).")
    assert [(m.surface, m.year, m.year_suffix, m.prefix) for m in mentions] == [
        ("Alford 2009", 2009, "", "see e.g."),
        ("Pestoff 2012a, 2012b", 2012, "a", ""),
        ("Pestoff 2012a, 2012b", 2012, "b", ""),
    ]


def test_a_german_abbreviation_before_the_names_is_the_prefix() -> None:
    mentions = find_mentions("Das ist strittig (z. B. Steen u. a. 2018; vgl. Alford 2009).")
    assert [(m.surface, m.authors, m.et_al, m.prefix) for m in mentions] == [
        ("Steen u. a. 2018", ["Steen"], True, "z. B."),
        ("Alford 2009", ["Alford"], False, "vgl."),
    ]
    assert mentions[0].context == "Das ist strittig (z. B. Steen u. a. 2018; vgl. Alford 2009)."


def test_suffix_list_after_one_year():
    assert cite("Loeffler (2016a, b) reviews it.") == [
        ("Loeffler (2016a, b)", ["Loeffler"], "2016a", "", True),
        ("Loeffler (2016a, b)", ["Loeffler"], "2016b", "", True),
    ]


def test_apa_parenthetical_with_page_and_ampersand():
    assert cite("a definition (Bovaird & Loeffler, 2012, p. 1121).") == [
        ("Bovaird & Loeffler, 2012, p. 1121", ["Bovaird", "Loeffler"], "2012", "p. 1121", False)
    ]


def test_page_ranges_and_page_lists():
    assert cite("(Jones 2001, pp. 3, 7) and (Lee, 2002, pp. 12–14) and (Kim 2003: 45ff)") == [
        ("Jones 2001, pp. 3, 7", ["Jones"], "2001", "pp. 3, 7", False),
        ("Lee, 2002, pp. 12–14", ["Lee"], "2002", "pp. 12–14", False),
        ("Kim 2003: 45ff", ["Kim"], "2003", "45ff", False),
    ]


def test_chapter_locator_after_a_year():
    assert cite("(Alford, 2009, chapter 3)") == [
        ("Alford, 2009, chapter 3", ["Alford"], "2009", "chapter 3", False)
    ]


def test_narrative_forms():
    text = (
        "Following Ostrom (1996, p. 1073), Alford (2002, 2009) and Pestoff et al. (2006) "
        "agree with Frederickson's (1982) view, as do Osborne, Radnor, and Nasi (2013) and "
        "Brudney and England (1983)."
    )
    assert cite(text) == [
        ("Ostrom (1996, p. 1073)", ["Ostrom"], "1996", "p. 1073", True),
        ("Alford (2002, 2009)", ["Alford"], "2002", "", True),
        ("Alford (2002, 2009)", ["Alford"], "2009", "", True),
        ("Pestoff et al. (2006)", ["Pestoff"], "2006", "", True),
        ("Frederickson's (1982)", ["Frederickson"], "1982", "", True),
        ("Osborne, Radnor, and Nasi (2013)", ["Osborne", "Radnor", "Nasi"], "2013", "", True),
        ("Brudney and England (1983)", ["Brudney", "England"], "1983", "", True),
    ]
    assert [m.et_al for m in find_mentions(text)][3] is True


def test_narrative_with_initial_corporate_and_possessive_apostrophe():
    text = "As V. Ostrom (1973) argued, the World Bank (2004) and Jones’ (2010) study agree."
    assert cite(text) == [
        ("V. Ostrom (1973)", ["Ostrom"], "1973", "", True),
        ("World Bank (2004)", ["World Bank"], "2004", "", True),
        ("Jones’ (2010)", ["Jones"], "2010", "", True),
    ]


def test_sentence_words_before_a_narrative_citation_are_not_names():
    assert cite("Indeed, Pestoff (2012) concludes. However Smith and Jones (2001) differ.") == [
        ("Pestoff (2012)", ["Pestoff"], "2012", "", True),
        ("Smith and Jones (2001)", ["Smith", "Jones"], "2001", "", True),
    ]


def test_particles_and_multiword_bodies():
    text = (
        "De Rynck (2005) and van Ryzin (2011) differ (van Eijk & Steen, 2014; de la Porte "
        "2010; Department of Health, 2010; Quirk Review, 2007)."
    )
    assert [m.authors for m in find_mentions(text)] == [
        ["De Rynck"],
        ["van Ryzin"],
        ["van Eijk", "Steen"],
        ["de la Porte"],
        ["Department of Health"],
        ["Quirk Review"],
    ]


def test_et_al_with_and_without_stop_and_comma():
    text = "(Parrado et al., 2013; Bouchard, et al., 2006; Lee et al 2001; Kim et. al. 2002)"
    mentions = find_mentions(text)
    assert [(m.authors, m.et_al, m.year) for m in mentions] == [
        (["Parrado"], True, 2013),
        (["Bouchard"], True, 2006),
        (["Lee"], True, 2001),
        (["Kim"], True, 2002),
    ]


def test_one_author_several_years():
    text = "(Parks, et al., 1981 & 1999) and (Bovaird, 2007 2008) and (Ostrom, 1990; 1996)."
    assert [(m.surface, m.year) for m in find_mentions(text)] == [
        ("Parks, et al., 1981 & 1999", 1981),
        ("Parks, et al., 1981 & 1999", 1999),
        ("Bovaird, 2007 2008", 2007),
        ("Bovaird, 2007 2008", 2008),
        ("Ostrom, 1990", 1990),
        ("1996", 1996),
    ]
    assert find_mentions(text)[-1].authors == ["Ostrom"]


def test_no_date_forms():
    text = "(Smith, n.d.; Jones, n. d.) and Stephens (n.d.)"
    assert cite(text) == [
        ("Smith, n.d.", ["Smith"], "n.d.", "", False),
        ("Jones, n. d.", ["Jones"], "n.d.", "", False),
        ("Stephens (n.d.)", ["Stephens"], "n.d.", "", True),
    ]


def test_works_joined_by_and_or_comma_inside_one_parenthesis():
    assert [m.surface for m in find_mentions("(Smith, 2000 and Jones, 2001)")] == [
        "Smith, 2000",
        "Jones, 2001",
    ]
    assert [m.surface for m in find_mentions("(Smith 2000, Jones 2001)")] == [
        "Smith 2000",
        "Jones 2001",
    ]


def test_a_trailing_comment_is_not_part_of_the_citation():
    assert cite("(Smith, 2000, emphasis added)") == [("Smith, 2000", ["Smith"], "2000", "", False)]


def test_a_citation_in_an_aside_after_a_semicolon():
    text = "(Time banks reward members with credits; Cahn, 2004.) Befriending schemes cost less."
    assert cite(text) == [("Cahn, 2004", ["Cahn"], "2004", "", False)]


def test_a_citation_inside_an_aside_parenthesis():
    assert cite("(as Smith (2000) notes, it varies)") == [
        ("Smith (2000)", ["Smith"], "2000", "", True)
    ]


def test_line_wrapped_and_hyphenated_citations():
    text = "Loeff-\nler and Hine-\nHughes (2012) agree (Pestoff &\nBrandsen, 2008)."
    assert cite(text) == [
        ("Loeff-\nler and Hine-\nHughes (2012)", ["Loeffler", "Hine-Hughes"], "2012", "", True),
        ("Pestoff &\nBrandsen, 2008", ["Pestoff", "Brandsen"], "2008", "", False),
    ]


def test_prefixes_are_recorded():
    text = "(see Alford, 2009) (cf. Brown, 2001) (e.g., Lee, 2003) (see also van Eijk, 2018)"
    assert [m.prefix for m in find_mentions(text)] == ["see", "cf.", "e.g.", "see also"]


def test_square_brackets():
    assert cite("as shown [Ostrom, 1990]") == [("Ostrom, 1990", ["Ostrom"], "1990", "", False)]


def test_context_is_the_sentence_around_the_citation():
    text = "First sentence here. Second one cites (Smith et al., 2000, p. 5) clearly. Third."
    (mention,) = find_mentions(text)
    assert mention.context == "Second one cites (Smith et al., 2000, p. 5) clearly."


@pytest.mark.parametrize(
    "text",
    [
        "Here we refer to the 2009 Nobel Laureate in Economics.",
        "In the early 1970s, she studied urban reform in the 1970s.",
        "(treated in detail in chapter 3, this volume)",
        "policing, education, and social services (N = 78).",
        "About 45% of respondents (45%) agreed (p < .05).",
        "(index score 61) and (2008) and (in 2009) and (since 2010)",
        "the Economic Opportunity Act of 1964 and the Economic Opportunity Act (1964)",
        "(Act 1964) (Table 2, 2010) (Since 2009) (May 2010) (Summer 2015) (Updated 2019)",
        "between 2000 and 2005 (2000–2005), see Figure 3 (2011)",
        "the survey in 2008 (2008) was repeated (1990s) and (the 1990s)",
        "CI.VI.VO. in Rimini (Urban Institute Paper 1206–17)",
        "(e.g., service agents, public administrators)",
        "[1] [2, 3] (1) (p. 502)",
    ],
)
def test_false_friends_are_not_citations(text: str):
    assert find_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reforms were piloted in Denmark (2010) and in April (2019).",
        "The Act (2012) and the Localism Act (2011) and the Lisbon Treaty (2007) apply.",
        "Budgets fell in the UK (2010), the United Kingdom (2011) and the Netherlands (2012).",
        "Trials ran in New Zealand (2011), in New York (2012) and in England (2013).",
        "The Commission (2010) and the Council (2014) agreed; so did Germany's (2015) court.",
        "The Marshall Plan (1948) and the Health Bill (2011) and the Census (2011) differ.",
        "Schemes spread across Europe (2015), Scandinavia (2016) and California (2017).",
        "(Denmark, 2010; Sweden, 2012) (Census 2011) (Kyoto Protocol, 1997) (Jan 2010)",
    ],
)
def test_places_laws_and_institutions_before_a_year_are_not_citations(text: str):
    assert find_mentions(text) == []


def test_names_that_are_also_places_or_institutions_still_cite():
    text = (
        "As Brudney and England (1983) and Frederickson's (1982) work shows, the work of "
        "Ostrom (1990), the World Bank (2004), the European Commission (2010), Law (2004), "
        "Boston (1996) and Florida (2002) agree, as reported in Pestoff et al. (2006) and "
        "(Statistics Denmark, 2010; Brudney & England, 1983)."
    )
    assert [(m.surface, m.authors) for m in find_mentions(text)] == [
        ("Brudney and England (1983)", ["Brudney", "England"]),
        ("Frederickson's (1982)", ["Frederickson"]),
        ("Ostrom (1990)", ["Ostrom"]),
        ("World Bank (2004)", ["World Bank"]),
        ("European Commission (2010)", ["European Commission"]),
        ("Law (2004)", ["Law"]),
        ("Boston (1996)", ["Boston"]),
        ("Florida (2002)", ["Florida"]),
        ("Pestoff et al. (2006)", ["Pestoff"]),
        ("Statistics Denmark, 2010", ["Statistics Denmark"]),
        ("Brudney & England, 1983", ["Brudney", "England"]),
    ]


def test_a_body_at_the_start_of_a_sentence_keeps_all_its_words():
    assert cite("The World Bank (2012) agrees.") == [
        ("World Bank (2012)", ["World Bank"], "2012", "", True)
    ]


def test_a_month_with_a_comma_is_a_name():
    assert cite("(May, 2010)") == [("May, 2010", ["May"], "2010", "", False)]


def test_excluded_spans_are_left_out():
    text = "Cited (Smith, 2000).\n\nReferences\nSmith, J. (2000). A book (Jones, 1999)."
    section = (text.index("References"), len(text))
    assert [m.surface for m in find_mentions(text, exclude=[section])] == ["Smith, 2000"]


def test_narrative_names_on_the_line_before_the_bracket():
    text = (
        "As Nabatchi et al.\n(2017, p. 770) argue, participation varies.\n\nSmith.\n\n(2017) too."
    )
    found = [(m.surface, m.authors, m.locator, m.narrative) for m in find_mentions(text)]
    assert found == [("Nabatchi et al.\n(2017, p. 770)", ["Nabatchi"], "p. 770", True)]


def test_german_slash_between_authors():
    assert cite("Das zeigen Bogumil/Holtkamp (2013: 12) deutlich.") == [
        ("Bogumil/Holtkamp (2013: 12)", ["Bogumil", "Holtkamp"], "2013", "12", True)
    ]
    assert cite("so gesehen (Brandsen/Honingh 2016).") == [
        ("Brandsen/Honingh 2016", ["Brandsen", "Honingh"], "2016", "", False)
    ]


def test_a_slash_between_years_or_words_is_no_author_list():
    assert cite("In 2014/2015 (Alford 2014) it was.") == [
        ("Alford 2014", ["Alford"], "2014", "", False)
    ]


def test_a_single_letter_before_a_year_is_no_author():
    assert cite("Bovaird T (2007) Beyond engagement. See Appendix B (2010).") == []


def test_comments_after_the_year_and_works_cited_in_others():
    assert cite("It is used (see Brandsen et al. 2018 for a review).") == [
        ("Brandsen et al. 2018", ["Brandsen"], "2018", "", False)
    ]
    assert cite("It works (Sharp, 1980, cited in Brudney & England, 1983).") == [
        ("Sharp, 1980", ["Sharp"], "1980", "", False),
        ("Brudney & England, 1983", ["Brudney", "England"], "1983", "", False),
    ]
    assert cite("Also (Ostrom 1990, p. 12, and passim).") == [
        ("Ostrom 1990, p. 12", ["Ostrom"], "1990", "p. 12", False)
    ]


def test_possessive_after_et_al():
    assert cite("Osborne et al.'s (2016) framework is used.") == [
        ("Osborne et al.'s (2016)", ["Osborne"], "2016", "", True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das zeigt sich (vgl. Ostrom 1990, S. 45).", [(["Ostrom"], 1990, "S. 45", False)]),
        ("Und (Müller u. a. 2010).", [(["Müller"], 2010, "", True)]),
        ("Wie Müller u. a. (2010) zeigen.", [(["Müller"], 2010, "", True)]),
        ("En español (Ostrom y Ostrom, 1977).", [(["Ostrom", "Ostrom"], 1977, "", False)]),
        ("Zie ook Bovaird en Loeffler (2012).", [(["Bovaird", "Loeffler"], 2012, "", False)]),
        ("Selon Bovaird et Loeffler (2012).", [(["Bovaird", "Loeffler"], 2012, "", False)]),
        ("Voir (Parks et coll., 1981).", [(["Parks"], 1981, "", True)]),
        ("Según Ostrom y col. (1978), los ciudadanos.", [(["Ostrom"], 1978, "", True)]),
        ("Selon Pestoff et coll. (2006), la coproduction.", [(["Pestoff"], 2006, "", True)]),
        ("Volgens Brandsen e.a. (2018) is dat zo.", [(["Brandsen"], 2018, "", True)]),
        ("Dit blijkt (Brandsen e.a., 2018).", [(["Brandsen"], 2018, "", True)]),
        ("Enligt Brandsen m.fl. (2018) är det så.", [(["Brandsen"], 2018, "", True)]),
        ("Detta (Brandsen m.fl. 2018) visar.", [(["Brandsen"], 2018, "", True)]),
        ("To prawda (Nowak i in., 2019).", [(["Nowak"], 2019, "", True)]),
        ("Virtanen ym. (2018) toteaa.", [(["Virtanen"], 2018, "", True)]),
        ("Como mostram Salm e outros (2010).", [(["Salm"], 2010, "", True)]),
        ("Como dicen (Ostrom y otros, 1978).", [(["Ostrom"], 1978, "", True)]),
        ("Ostrom et alii (1978) argue.", [(["Ostrom"], 1978, "", True)]),
        ("Ze studie (Novák a kol., 2015).", [(["Novák"], 2015, "", True)]),
        (
            "Это так (Петров и Сидорова, 2019, с. 45).",
            [(["Петров", "Сидорова"], 2019, "с. 45", False)],
        ),
        ("Как пишет Иванов (2018, с. 45–47).", [(["Иванов"], 2018, "с. 45–47", False)]),
        ("Иванов и др. (2017) показали.", [(["Иванов"], 2017, "", True)]),
        ("Як (Коваль та ін., 2016).", [(["Коваль"], 2016, "", True)]),
        (
            "Όπως (Παπαδόπουλος και Νικολάου, 2015, σ. 12).",
            [(["Παπαδόπουλος", "Νικολάου"], 2015, "σ. 12", False)],
        ),
    ],
)
def test_connectors_et_al_and_page_labels_of_other_languages(
    text: str, expected: list[tuple[list[str], int, str, bool]]
):
    found = [(m.authors, m.year, m.locator, m.et_al) for m in find_mentions(text)]
    assert found == expected


def test_in_press_and_forthcoming_stand_for_a_year_not_yet_given():
    found = find_mentions(
        "New work (Smith, in press; Jones, forthcoming). As Lee (in press) shows."
    )
    assert [(m.surface, m.authors, m.year, m.no_date) for m in found] == [
        ("Smith, in press", ["Smith"], None, False),
        ("Jones, forthcoming", ["Jones"], None, False),
        ("Lee (in press)", ["Lee"], None, False),
    ]
    assert find_mentions("He spoke (in press conferences) often.") == []
