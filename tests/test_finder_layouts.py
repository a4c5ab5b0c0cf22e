"""The reference-section finder on lists laid out the ways researchers paste them: web
pages with link noise, PDF text with hanging indents, hyphenation, running heads and page
numbers, numbered styles, lists without a heading, APA, Harvard and Chicago."""

from __future__ import annotations

import textwrap

from coprod_refs.parse.finder import ReferenceEntry, find_reference_entries, find_reference_section


def texts(text: str) -> list[str]:
    entries = find_reference_entries(text)
    for entry in entries:
        check_span(text, entry)
    return [e.text for e in entries]


def check_span(text: str, entry: ReferenceEntry) -> None:
    """The span starts at the entry's first word and ends at its last character."""
    raw = text[entry.start : entry.end]
    assert raw.split()[0] == entry.text.split()[0]
    assert not raw[0].isspace() and not raw[-1].isspace()


ABERS = (
    "Abers, R. (2000). Inventing local democracy: Grassroots politics in Brazil. "
    "Boulder, CO: Lynne Rienner."
)
BAIOCCHI = (
    "Baiocchi, G., Heller, P., & Silva, M. K. (2011). Bootstrapping democracy: Transforming "
    "local governance and civil society in Brazil. Stanford, CA: Stanford University Press."
)
CABANNES = (
    "Cabannes, Y. (2004). Participatory budgeting: A significant contribution to "
    "participatory democracy. Environment and Urbanization, 16(1), 27–46."
)
WAMPLER = (
    "Wampler, B. (2007). Participatory budgeting in Brazil: Contestation, cooperation, and "
    "accountability. University Park: Penn State University Press."
)

PDF_HANGING = """Conclusion
Citizen juries work best when the agenda is open (Fischer, 2012).

References
Abers, R. (2000). Inventing local democracy: Grassroots politics in
    Brazil. Boulder, CO: Lynne Rienner.
Baiocchi, G., Heller, P., & Silva, M. K. (2011). Bootstrapping democ-
    racy: Transforming local governance and civil society in Brazil.
    Stanford, CA: Stanford University Press.
Cabannes, Y. (2004). Participatory budgeting: A significant contribu-
    tion to participatory democracy. Environment and Urbanization,
    16(1), 27–46. https://doi.org/10.1177/
    095624780401600104

                                   14

LOCAL GOVERNMENT STUDIES
Fischer, F. (2012). Participatory governance: From theory to practice.
    In D. Levi-Faur (Ed.), The Oxford handbook of governance (pp.
    457–471). Oxford: Oxford University Press.
Fung, A., & Wright, E. O. (2003). Deepening democracy: Institutional
    innovations in empowered participatory governance. London: Verso.

                                   15

LOCAL GOVERNMENT STUDIES
Wampler, B. (2007). Participatory budgeting in Brazil: Contestation,
    cooperation, and accountability. University Park: Penn State
    University Press.

Appendix A: Interview guide
1. How did you first hear about the budget assemblies?
"""


def test_pdf_list_with_hanging_indents_hyphenation_running_heads_and_page_numbers():
    assert texts(PDF_HANGING) == [
        ABERS,
        BAIOCCHI,
        CABANNES + " https://doi.org/10.1177/095624780401600104",
        "Fischer, F. (2012). Participatory governance: From theory to practice. In D. "
        "Levi-Faur (Ed.), The Oxford handbook of governance (pp. 457–471). Oxford: Oxford "
        "University Press.",
        "Fung, A., & Wright, E. O. (2003). Deepening democracy: Institutional innovations in "
        "empowered participatory governance. London: Verso.",
        WAMPLER,
    ]


def test_a_running_head_beside_its_page_number_seen_once_is_dropped():
    text = (
        "References\n"
        "Abers, R. (2000). Inventing local democracy: Grassroots politics in\n"
        "    Brazil. Boulder, CO: Lynne Rienner.\n\n"
        "218                         PUBLIC ADMINISTRATION REVIEW\n\n"
        "Wampler, B. (2007). Participatory budgeting in Brazil: Contestation,\n"
        "    cooperation, and accountability. University Park: Penn State\n"
        "    University Press.\n"
    )
    assert texts(text) == [ABERS, WAMPLER]


def test_pdf_section_ends_at_the_appendix():
    start, end = find_reference_section(PDF_HANGING) or (0, 0)
    assert PDF_HANGING[start:].startswith("References\n")
    assert PDF_HANGING[:end].endswith("University Press.")


PDF_FLAT = """and this closes the argument of the paper.

REFERENCES

Abers, R. (2000). Inventing local democracy: Grassroots politics in
Brazil. Boulder, CO: Lynne Rienner.
Baiocchi, G., Heller, P., & Silva, M. K. (2011). Bootstrapping democ-
racy: Transforming local governance and civil society in Brazil.
Stanford, CA: Stanford University Press.
Cabannes, Y. (2004). Participatory budgeting: A significant contribution
to participatory democracy. Environment and Urbanization, 16(1), 27–46.
Page 14 of 16
Wampler, B. (2007). Participatory budgeting in Brazil: Contestation, coop-
eration, and accountability. University Park: Penn State University
Press.

Acknowledgements
We thank the budget delegates of Porto Alegre.
"""


def test_pdf_list_without_indents_splits_at_new_authors_after_a_full_stop():
    assert texts(PDF_FLAT) == [ABERS, BAIOCCHI, CABANNES, WAMPLER]


BLANK_SEPARATED = """Contents
1 Introduction
References

1 Introduction
Text of the paper begins here (Abers, 2000).

Literaturverzeichnis

Abers, R. (2000). Inventing local democracy: Grassroots politics in Brazil.
Boulder, CO: Lynne Rienner.

Journal of Participatory Studies 12 (2020) 45–67                        61

Cabannes, Y. (2004). Participatory budgeting: A significant contribution to
participatory democracy. Environment and

Urbanization, 16(1), 27–46.

Journal of Participatory Studies 12 (2020) 45–67                        62

Wampler, B. (2007). Participatory budgeting in Brazil: Contestation, cooperation,
and accountability. University Park: Penn State University Press.

Tables

Table 1. Budget assemblies by year
"""


def test_entries_separated_by_blank_lines_and_split_by_a_page_break():
    assert texts(BLANK_SEPARATED) == [ABERS, CABANNES, WAMPLER]


def test_the_last_heading_with_references_wins_over_a_table_of_contents():
    start, _ = find_reference_section(BLANK_SEPARATED) or (0, 0)
    assert BLANK_SEPARATED[start:].startswith("Literaturverzeichnis")


WEB_NOISE = "\n".join(
    [
        "Related content",
        "",
        "References",
        "",
        (
            "Alford, J. (2014). The multiple facets of co-production: Building on"
            " the work of Elinor Ostrom. Public Management Review, 16(3), 299–316."
            " [Google Scholar]"
        ),
        (
            "Brandsen, T., & Honingh, M. (2016). Distinguishing different types of"
            " coproduction. Public Administration Review, 76(3), 427–435."
            " [CrossRef] [Web of Science ®] [Google Scholar]"
        ),
        (
            "Jo, S., & Nabatchi, T. (2016). Getting back to basics: Advancing the"
            " study and practice of coproduction. International Journal of Public"
            " Administration, 39(13), 1101–1108."
        ),
        "View Article",
        "Google Scholar",
        (
            "Nabatchi, T., Sancino, A., & Sicilia, M. (2017). Varieties of"
            " participation in public services. Public Administration Review,"
            " 77(5), 766–776. doi:10.1111/puar.12765 PubMed Google Scholar"
        ),
        (
            "Voorberg, W. H., Bekkers, V. J. J. M., & Tummers, L. G. (2015). A"
            " systematic review of co-creation and co-production. Public Management"
            " Review, 17(9), 1333–1357."
        ),
        "Crossref",
        "PubMed",
        "Web of Science®",
        "Google Scholar",
        "",
        "Download references",
        "Cited by",
        "",
    ]
)


def test_web_list_with_link_noise_on_the_line_and_between_lines():
    assert texts(WEB_NOISE) == [
        "Alford, J. (2014). The multiple facets of co-production: Building on the work of "
        "Elinor Ostrom. Public Management Review, 16(3), 299–316.",
        "Brandsen, T., & Honingh, M. (2016). Distinguishing different types of coproduction. "
        "Public Administration Review, 76(3), 427–435.",
        "Jo, S., & Nabatchi, T. (2016). Getting back to basics: Advancing the study and "
        "practice of coproduction. International Journal of Public Administration, 39(13), "
        "1101–1108.",
        "Nabatchi, T., Sancino, A., & Sicilia, M. (2017). Varieties of participation in public "
        "services. Public Administration Review, 77(5), 766–776. doi:10.1111/puar.12765",
        "Voorberg, W. H., Bekkers, V. J. J. M., & Tummers, L. G. (2015). A systematic review "
        "of co-creation and co-production. Public Management Review, 17(9), 1333–1357.",
    ]


def test_a_bullet_list_with_noise_lines_between_entries():
    text = (
        "Bibliography\n\n"
        "  • Ostrom, E. (1990). Governing the commons. Cambridge University Press.\n\n"
        "    Book\u00a0 Google Scholar\u00a0\n\n"
        "  • Sharp, E. B. (1980). Toward a new understanding of urban services. Midwest "
        "Review of Public Administration, 14(2), 105–118.\n\n"
        "    Article\u00a0 Google Scholar\u00a0\n\n"
        "Download references\n"
    )
    assert texts(text) == [
        "Ostrom, E. (1990). Governing the commons. Cambridge University Press.",
        "Sharp, E. B. (1980). Toward a new understanding of urban services. Midwest Review of "
        "Public Administration, 14(2), 105–118.",
    ]


VANCOUVER = """Discussion ends here [3].

References

1. Needham C, Carr S. Co-production: an emerging evidence base for adult social
   care transformation. London: SCIE; 2009.
2. Realpe A, Wallace LM. What is co-production? London: The Health Foundation;
   2010.
3. Batalden M, Batalden P, Margolis P, Seid M, Armstrong G, Opipari-Arrigan L,
   et al. Coproduction of healthcare service. BMJ Qual Saf. 2016;25(7):509-17.
"""


def test_numbered_vancouver_list():
    entries = find_reference_entries(VANCOUVER)
    assert [e.label for e in entries] == ["1", "2", "3"]
    assert [e.text for e in entries] == [
        "Needham C, Carr S. Co-production: an emerging evidence base for adult social care "
        "transformation. London: SCIE; 2009.",
        "Realpe A, Wallace LM. What is co-production? London: The Health Foundation; 2010.",
        "Batalden M, Batalden P, Margolis P, Seid M, Armstrong G, Opipari-Arrigan L, et al. "
        "Coproduction of healthcare service. BMJ Qual Saf. 2016;25(7):509-17.",
    ]


IEEE = """REFERENCES
[1] J. Smith and K. Lee, "Sensor networks for civic co-production," IEEE Trans.
    Smart Cities, vol. 3, no. 2, pp. 101–110, 2019.
[2] M. Rossi, "Open data portals and participation," in Proc. Int. Conf.
    E-Government, Lisbon, Portugal, 2018, pp. 55–62.
[3] A. Novak et al., "Crowdsourced reporting of urban faults," Gov. Inf. Q.,
    vol. 36, no. 4, p. 101402, 2019.
"""


def test_numbered_ieee_list_in_brackets():
    entries = find_reference_entries(IEEE)
    assert [e.label for e in entries] == ["1", "2", "3"]
    assert entries[1].text == (
        'M. Rossi, "Open data portals and participation," in Proc. Int. Conf. E-Government, '
        "Lisbon, Portugal, 2018, pp. 55–62."
    )
    assert IEEE[entries[0].start : entries[0].end].startswith("J. Smith")


NO_HEADING = "\n".join(
    [
        "The workshop closed with a vote on next year's priorities.",
        "",
        (
            "Ostrom, E. (1990). Governing the commons: The evolution of"
            " institutions for collective action. Cambridge: Cambridge University"
            " Press."
        ),
        (
            "Ostrom, V., & Ostrom, E. (1977). Public goods and public choices. In"
            " E. S. Savas (Ed.), Alternatives for delivering public services (pp."
            " 7–49). Boulder, CO: Westview Press."
        ),
        (
            "Percy, S. L. (1984). Citizen participation in the coproduction of"
            " urban services. Urban Affairs Quarterly, 19(4), 431–446."
        ),
        (
            "Whitaker, G. P. (1980). Coproduction: Citizen participation in service"
            " delivery. Public Administration Review, 40(3), 240–246."
        ),
        "",
    ]
)


def opening_names(text: str) -> list[str]:
    """What each entry found in `text` says before its first bracket."""
    return [e.text.split(" (")[0] for e in find_reference_entries(text)]


def test_a_list_without_a_heading_is_found_as_a_tail_block():
    assert opening_names(NO_HEADING) == [
        "Ostrom, E.",
        "Ostrom, V., & Ostrom, E.",
        "Percy, S. L.",
        "Whitaker, G. P.",
    ]
    start, _ = find_reference_section(NO_HEADING) or (0, 0)
    assert NO_HEADING[start:].startswith("Ostrom, E. (1990)")


SPRINGER_NO_HEADING = """Bovaird T (2007) Beyond engagement. Public Adm Rev 67(5):846–860
Needham C (2008) Realising the potential of co-production. Soc Policy Soc 7(2):221–231
Alford J (2009) Engaging public sector clients. Palgrave Macmillan, Basingstoke
Sicilia M, Guarini E, Sancino A (2016) Public services management and co-production.
    Int Rev Adm Sci 82(1):8–27
"""


def test_springer_name_initials_year_lines_each_open_an_entry():
    assert opening_names(SPRINGER_NO_HEADING) == [
        "Bovaird T",
        "Needham C",
        "Alford J",
        "Sicilia M, Guarini E, Sancino A",
    ]
    last = find_reference_entries(SPRINGER_NO_HEADING)[-1]
    assert last.text.endswith("co-production. Int Rev Adm Sci 82(1):8–27")


def test_two_reference_shaped_lines_are_not_a_list():
    text = (
        "Cite this article as:\n"
        "Tuurnas, S. (2015), Learning to co-produce? International Journal, 28(7), 583-598.\n"
        "Loeffler, E. (2021). Distinguishing types. In: Co-Production. Palgrave, Cham.\n"
    )
    assert find_reference_section(text) is None


CHICAGO = """Bibliography

Ostrom, Elinor. 1996. "Crossing the Great Divide: Coproduction, Synergy, and
Development." World Development 24 (6): 1073–87.

———. 2005. Understanding Institutional Diversity. Princeton, NJ: Princeton
University Press.

Sharp, Elaine B. 1980. "Toward a New Understanding of Urban Services and Citizen
Participation: The Coproduction Concept." Midwest Review of Public
Administration 14 (2): 105–18.

Notes
1. See Ostrom 1996, 1073.
"""


def test_chicago_author_date_with_repeated_author_dashes():
    assert texts(CHICAGO) == [
        'Ostrom, Elinor. 1996. "Crossing the Great Divide: Coproduction, Synergy, and '
        'Development." World Development 24 (6): 1073–87.',
        "———. 2005. Understanding Institutional Diversity. Princeton, NJ: Princeton "
        "University Press.",
        'Sharp, Elaine B. 1980. "Toward a New Understanding of Urban Services and Citizen '
        'Participation: The Coproduction Concept." Midwest Review of Public Administration '
        "14 (2): 105–18.",
    ]


HARVARD = "\n".join(
    [
        "Reference list",
        (
            "Bovaird, T. (2007) 'Beyond engagement and participation: user and"
            " community coproduction of public services', Public Administration"
            " Review, 67(5), pp. 846–860."
        ),
        (
            "Pestoff, V. (2006) 'Citizens and co-production of welfare services',"
            " Public Management Review, 8(4), pp. 503–519."
        ),
        (
            "Verschuere, B., Brandsen, T. and Pestoff, V. (2012) 'Co-production:"
            " the state of the art in research and the future agenda', Voluntas,"
            " 23(4), pp. 1083–1101."
        ),
        "",
    ]
)


def test_harvard_one_entry_per_line():
    assert [t.split(" (")[0] for t in texts(HARVARD)] == [
        "Bovaird, T.",
        "Pestoff, V.",
        "Verschuere, B., Brandsen, T. and Pestoff, V.",
    ]


def test_corporate_authors_and_lowercase_particles_open_entries():
    text = (
        "Works Cited\n"
        "Welsh Government. (2014). Improving public services for people in Wales. Cardiff.\n"
        "van Eijk, C. (2017). Engaging citizens. Leiden: Leiden University.\n"
        "SCIE. (2013). Co-production in social care. London: SCIE.\n"
    )
    assert [t.split(".")[0] for t in texts(text)] == ["Welsh Government", "van Eijk, C", "SCIE"]


def test_french_entries_open_with_the_family_name_in_capitals_and_initials():
    text = (
        "Bibliographie\n"
        "BOVAIRD T., LOEFFLER E., « From Engagement to Co-production », Voluntas, vol. 23, "
        "n° 4, 2012, p. 1119-1138.\n"
        "JEANNOT G., Les métiers flous. Travail et action publique, Toulouse, Octarès, 2008.\n"
        "WARIN P., Les usagers dans l'évaluation des politiques publiques, Paris, "
        "L'Harmattan, 1993.\n"
        "DUPUY J.-P., Pour un catastrophisme éclairé, Paris, Seuil, 2002.\n"
    )
    assert [t.split(".,")[0] for t in texts(text)] == [
        "BOVAIRD T",
        "JEANNOT G",
        "WARIN P",
        "DUPUY J.-P",
    ]


def test_a_list_numbered_with_bare_numbers_splits_at_them():
    text = (
        "References\n"
        "1 Batalden M, Batalden P, Margolis P, et al. Coproduction of healthcare service.\n"
        "BMJ Qual Saf 2016;25:509-17.\n"
        "2 Palumbo R. Contextualizing co-production. Int J Public Sect Manag 2016;29:72-90.\n"
        "3 Bate P, Robert G. Experience-based design. Qual Saf Health Care 2006;15:307-10.\n"
    )
    entries = find_reference_entries(text)
    assert [(e.label, e.text.split(" ")[0]) for e in entries] == [
        ("1", "Batalden"),
        ("2", "Palumbo"),
        ("3", "Bate"),
    ]


def test_body_text_after_the_list_is_not_taken_for_entries():
    text = (
        "References\n"
        "Percy, S. L. (1984). Citizen participation. Urban Affairs Quarterly, 19(4), 431–446.\n"
        "Whitaker, G. P. (1980). Coproduction. Public Administration Review, 40(3), 240–246.\n"
        "\n"
        "Figure captions follow on the next page.\n"
        "\n"
        "Each figure shows one city.\n"
        "\n"
        "They are numbered in order.\n"
    )
    assert len(find_reference_entries(text)) == 2
    _, end = find_reference_section(text) or (0, 0)
    assert text[:end].endswith("240–246.")


def test_a_heading_with_nothing_reference_like_after_it_is_ignored():
    text = "Sources\nInterviews with twelve managers in three cities.\n"
    assert find_reference_section(text) is None


def test_the_next_chapter_closes_the_list():
    text = (
        "References\n"
        "Percy, S. L. (1984). Citizen participation. Urban Affairs Quarterly, 19(4), 431–446.\n"
        "Whitaker, G. P. (1980). Coproduction. Public Administration Review, 40(3), 240–246.\n"
        "\n"
        "Chapter 14\n"
        "Co-commissioning Local Services\n"
        "\n"
        "Commissioning has changed since the 1990s (Bovaird, 2007).\n"
    )
    assert len(find_reference_entries(text)) == 2


def test_prose_paragraphs_after_the_list_are_not_entries():
    paragraph = (
        "After the list the text goes on with a long paragraph of prose that mentions a "
        "year such as 2009 and keeps going for a good while, as paragraphs in appendices "
        "and epilogues tend to do, discussing the cases in turn, the councils involved, "
        "the volunteers who came forward and the officers who supported them, and what "
        "everyone learned from the experience over the following years in each of the "
        "three cities, before closing with a short reflection on what might come next "
        "for the programme and for the people who took part in it from the start."
    )
    text = (
        "References\n\n"
        "Percy, S. L. (1984). Citizen participation. Urban Affairs Quarterly, 19(4), 431–446.\n"
        "\n"
        "Whitaker, G. P. (1980). Coproduction. Public Administration Review, 40(3), 240–246.\n"
        "\n" + paragraph + "\n"
    )
    assert [e.text[:7] for e in find_reference_entries(text)] == ["Percy, ", "Whitake"]


OSTROM_V = "Ostrom E. Crossing the great divide. World Dev. 1996;24(6):1073-87."
BOVAIRD_V = "Bovaird T. Beyond engagement and participation. Public Adm Rev. 2007;67(5):846-60."
ALFORD_V = "Alford J. Engaging public sector clients. Basingstoke: Palgrave Macmillan; 2009."
PESTOFF_V = (
    "Pestoff V. Citizens and co-production of welfare services. Public Manag Rev. 2006;8(4):503-19."
)


def labelled(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in find_reference_entries(text)]


def test_a_numbered_list_pasted_in_part_skips_numbers():
    text = (
        "References\n"
        "1. Ostrom E. Crossing the great divide. World Dev.\n"
        "   1996;24(6):1073-87.\n"
        "2. Bovaird T. Beyond engagement and participation. Public Adm Rev.\n"
        "   2007;67(5):846-60.\n"
        "5. Alford J. Engaging public sector clients. Basingstoke: Palgrave\n"
        "   Macmillan; 2009.\n"
        "6. Pestoff V. Citizens and co-production of welfare services. Public Manag\n"
        "   Rev. 2006;8(4):503-19.\n"
    )
    assert labelled(text) == [
        ("1", OSTROM_V),
        ("2", BOVAIRD_V),
        ("5", ALFORD_V),
        ("6", PESTOFF_V),
    ]


def test_two_numbered_entries_far_apart_in_brackets():
    text = (
        "REFERENCES\n"
        '[2] T. Bovaird, "Beyond engagement and participation," Public Admin. Rev.,\n'
        "    vol. 67, no. 5, pp. 846-860, 2007.\n"
        "[10] J. Alford, Engaging Public Sector Clients. Basingstoke, U.K.: Palgrave\n"
        "    Macmillan, 2009.\n"
    )
    assert labelled(text) == [
        (
            "2",
            'T. Bovaird, "Beyond engagement and participation," Public Admin. Rev., vol. 67, '
            "no. 5, pp. 846-860, 2007.",
        ),
        (
            "10",
            "J. Alford, Engaging Public Sector Clients. Basingstoke, U.K.: Palgrave Macmillan, "
            "2009.",
        ),
    ]


def test_a_parenthesised_list_without_a_heading_that_only_skips():
    text = f"The evidence is mixed (3, 7).\n\n(3) {OSTROM_V}\n(7) {BOVAIRD_V}\n(12) {ALFORD_V}\n"
    assert labelled(text) == [("3", OSTROM_V), ("7", BOVAIRD_V), ("12", ALFORD_V)]


def test_numbers_wrapped_to_a_line_start_inside_an_entry_open_nothing():
    text = (
        "References\n"
        "1. Ostrom E. Crossing the great divide. World Dev. 1996;24(6):1073-\n"
        "87. Available from: https://doi.org/10.1016/0305-750X(96)00023-X\n"
        "2. Loeffler E, Bovaird T. User and community co-production. Int J Public Adm. 2016;\n"
        "39. Suppl 1:1006-19.\n"
        "3. Bogumil J, Holtkamp L. Kommunalpolitik und Kommunalverwaltung.\n"
        "2. Aufl. Wiesbaden: VS; 2013.\n"
        "4. Alford J. Engaging public sector clients. Basingstoke: Palgrave Macmillan; 2009.\n"
    )
    assert labelled(text) == [
        (
            "1",
            "Ostrom E. Crossing the great divide. World Dev. 1996;24(6):1073-87. Available "
            "from: https://doi.org/10.1016/0305-750X(96)00023-X",
        ),
        (
            "2",
            "Loeffler E, Bovaird T. User and community co-production. Int J Public Adm. 2016; "
            "39. Suppl 1:1006-19.",
        ),
        (
            "3",
            "Bogumil J, Holtkamp L. Kommunalpolitik und Kommunalverwaltung. 2. Aufl. "
            "Wiesbaden: VS; 2013.",
        ),
        ("4", ALFORD_V),
    ]


def test_a_number_of_another_shape_before_a_name_opens_nothing():
    text = (
        "REFERENCES\n"
        '[1] E. Ostrom, "Crossing the great divide," World Dev., vol. 24, no. 6,\n'
        "    pp. 1073-1087, 1996.\n"
        '[2] M. Rossi, "Open data portals," in Handbook of E-Government, vol. 3, pt.\n'
        "    10. K. Lee, Ed. Berlin: Springer, 2018, pp. 55-62.\n"
        "[3] J. Alford, Engaging Public Sector Clients. Basingstoke, U.K.: Palgrave\n"
        "    Macmillan, 2009.\n"
    )
    assert [e.label for e in find_reference_entries(text)] == ["1", "2", "3"]
    assert find_reference_entries(text)[1].text == (
        'M. Rossi, "Open data portals," in Handbook of E-Government, vol. 3, pt. 10. K. Lee, '
        "Ed. Berlin: Springer, 2018, pp. 55-62."
    )


SCIENCEDIRECT = """Alford, 2014
J. Alford
The multiple facets of co-production: Building on the work of Elinor Ostrom
Public Management Review, 16 (3) (2014), pp. 299-316
View in ScopusGoogle Scholar
Bovaird and Loeffler, 2012
T. Bovaird, E. Loeffler
From engagement to co-production: How users and communities contribute to public value
Voluntas, 23 (4) (2012), pp. 1119-1138
CrossrefView in ScopusGoogle Scholar
Ostrom, 1996
E. Ostrom
Crossing the great divide: Coproduction, synergy, and development
World Development, 24 (6) (1996), pp. 1073-1087
View PDFView articleView in ScopusGoogle Scholar
Verschuere et al., 2012
B. Verschuere, T. Brandsen, V. Pestoff
Co-production: The state of the art in research and the future agenda
Voluntas, 23 (4) (2012), pp. 1083-1101
CrossrefView in ScopusGoogle Scholar
"""
SCIENCEDIRECT_ENTRIES = [
    "J. Alford. The multiple facets of co-production: Building on the work of Elinor Ostrom. "
    "Public Management Review, 16 (3) (2014), pp. 299-316",
    "T. Bovaird, E. Loeffler. From engagement to co-production: How users and communities "
    "contribute to public value. Voluntas, 23 (4) (2012), pp. 1119-1138",
    "E. Ostrom. Crossing the great divide: Coproduction, synergy, and development. World "
    "Development, 24 (6) (1996), pp. 1073-1087",
    "B. Verschuere, T. Brandsen, V. Pestoff. Co-production: The state of the art in research "
    "and the future agenda. Voluntas, 23 (4) (2012), pp. 1083-1101",
]


def test_sciencedirect_blocks_under_a_short_label_without_a_heading():
    assert texts(SCIENCEDIRECT) == SCIENCEDIRECT_ENTRIES
    end = SCIENCEDIRECT.index("pp. 1083-1101") + len("pp. 1083-1101")
    assert find_reference_section(SCIENCEDIRECT) == (0, end)


def test_sciencedirect_blocks_under_a_heading_with_blank_lines_and_a_question():
    text = (
        "Introduction\nCo-production is everywhere (Alford, 2014).\n\nReferences\n\n"
        + SCIENCEDIRECT.replace("Scholar\n", "Scholar\n\n")
        + "Jo and Nabatchi, 2016\nS. Jo, T. Nabatchi\n"
        "Getting back to basics: Advancing the study and practice of coproduction?\n"
        "International Journal of Public Administration, 39 (13) (2016), pp. 1101-1108\n\n"
        "Cited by (25)\n"
    )
    entries = find_reference_entries(text)
    assert [e.text for e in entries] == [
        *SCIENCEDIRECT_ENTRIES,
        "S. Jo, T. Nabatchi. Getting back to basics: Advancing the study and practice of "
        "coproduction? International Journal of Public Administration, 39 (13) (2016), pp. "
        "1101-1108",
    ]
    assert text[entries[0].start :].startswith("J. Alford\n")
    assert text[: entries[0].end].endswith("pp. 299-316")


SCIENCEDIRECT_PAGE = (
    "Skip to main contentSkip to article\nScienceDirect\nJournals & Books\n\n"
    "World Development\nVolume 104, April 2018, Pages 1-12\nWorld Development\n"
    "Co-production in service delivery: A review\nAuthor links open overlay panel\n"
    "Ana Costa\nShow more\nAdd to Mendeley\nShare\nCite\n"
    "https://doi.org/10.1016/j.worlddev.2017.11.001\nGet rights and content\n"
    "Abstract\nCitizens take part in producing public services (Ostrom, 1996).\n"
    "Keywords\nco-production; public services\n\n"
    "Introduction\nThe idea is old (Alford, 2014; World Bank, 2004).\n\n"
    "References\n" + SCIENCEDIRECT + "World Bank, 2004\nWorld Bank\n"
    "World Development Report 2004: Making services work for poor people\n"
    "Oxford University Press, Washington, DC (2004)\nGoogle Scholar\n"
    "Cited by (312)\nCo-production in healthcare\n2022, Social Science & Medicine\n"
)


def test_a_sciencedirect_page_copied_whole_gives_one_entry_per_label():
    assert texts(SCIENCEDIRECT_PAGE) == [
        *SCIENCEDIRECT_ENTRIES,
        "World Bank. World Development Report 2004: Making services work for poor people. "
        "Oxford University Press, Washington, DC (2004)",
    ]
    start, end = find_reference_section(SCIENCEDIRECT_PAGE) or (0, 0)
    assert SCIENCEDIRECT_PAGE[start:end].startswith("References\nAlford, 2014\n")
    assert SCIENCEDIRECT_PAGE[:end].endswith("Washington, DC (2004)")


TABBED_PAGE = (
    "Journal of Civic Services\nArticle contents\nAbstract\nReferences\n"
    "Volunteering in public libraries\n"
    "Published online by Northgate University Press: 14 August 2017\n"
    "Ingrid Holm and\nLars Dahl\nArticle\nMetrics\nSave PDF\nAbstract\n"
    "Libraries in three Nordic cities rely on volunteers.\n"
)


def test_a_references_tab_in_a_row_of_tabs_opens_no_list():
    assert texts(TABBED_PAGE) == []
    assert find_reference_section(TABBED_PAGE) is None


def test_a_list_below_a_references_heading_of_the_contents_is_still_found():
    # Printed again further down, or right above its first entry, the heading is the list's.
    below = f"{TABBED_PAGE}\nReferences\n{ABERS}\n{CABANNES}\n"
    assert texts(below) == [ABERS, CABANNES]
    start, _ = find_reference_section(below) or (0, 0)
    assert start == below.rindex("References")
    assert texts(f"Contents\nReferences\n{ABERS}\n{CABANNES}\n") == [ABERS, CABANNES]


EDITED_BOOK = """Chapter 1
Co-production in Health

Patients co-produce their care (Batalden et al., 2016).

References

Batalden, M., Batalden, P., Margolis, P., et al. (2016). Coproduction of healthcare service. BMJ Quality & Safety, 25(7), 509-517.
Realpe, A., & Wallace, L. M. (2010). What is co-production? London: The Health Foundation.

Chapter 2
Co-production in Policing

Citizens help keep neighbourhoods safe (Percy, 1978).

References

Percy, S. L. (1978). Conceptualizing and measuring citizen co-production of community safety. Policy Studies Journal, 7(s1), 486-493.
"""  # noqa: E501


def test_every_chapter_list_of_an_edited_book_is_read_in_order() -> None:
    from coprod_refs.parse.finder import find_reference_section, find_reference_sections

    entries = find_reference_entries(EDITED_BOOK)
    assert [e.text.split(",")[0] for e in entries] == ["Batalden", "Realpe", "Percy"]
    sections = find_reference_sections(EDITED_BOOK)
    assert len(sections) == 2 and sections[-1] == find_reference_section(EDITED_BOOK)
    first, second = (EDITED_BOOK[a:b] for a, b in sections)
    assert first.startswith("References") and "Realpe" in first and "Chapter 2" not in first
    assert second.startswith("References") and "Percy" in second


def test_of_numbered_chapter_lists_only_the_last_is_read() -> None:
    text = (
        "Chapter 1\n\nText [1].\n\nReferences\n\n1. Ostrom E. Crossing the great divide. "
        "World Dev. 1996;24:1073-87.\n2. Alford J. Engaging clients. London: Palgrave; 2009.\n\n"
        "Chapter 2\n\nText [1].\n\nReferences\n\n1. Percy SL. Citizen co-production. "
        "Policy Stud J. 1978;7:486-93.\n2. Skogan WG. Police and community. Oxford: OUP; 2006.\n"
    )
    from coprod_refs.parse.finder import find_reference_sections

    assert [e.label for e in find_reference_entries(text)] == ["1", "2"]
    assert "Percy" in find_reference_entries(text)[0].text
    assert len(find_reference_sections(text)) == 1


# Where a line stops: a wrapped line is full, one that stops short ends its entry

KIEBURTZ = (
    "R. B. Kieburtz, B. Agapiev and J. Hook. Three Monads for Continuations. In Proceedings "
    "of the ACM SIGPLAN Workshop on Continuations, Department of Computer Science, Stanford "
    "University, Report No. STAN-CS-92-1462, June 1992."
)
ROBERT = (
    "Y. Robert. The Impact of Vector and Parallel Architectures on the Gaussian Elimination "
    "Algorithm. Halsted Press, New York, 1990."
)
BRADBURY = (
    "Bradbury, Bettina. Working Families. Age, Gender and Daily Survival in Industrializing "
    "Montreal. Toronto: McClelland and Stewart, 1993."
)
KEANE = (
    "Mark Keane, Padraig Cunningham, Mike Brady, and Ruth Byrne, editors. Proc. Seventh Irish "
    "Annual Conference of AI and Cognitive Science. Dublin University Press, 1994."
)
WRAPPED_BY_WIDTH = """Some closing words (Robert 1990).

References

R. B. Kieburtz, B. Agapiev and J. Hook. Three Monads for Continuations. In
Proceedings of the ACM SIGPLAN Workshop on Continuations, Department of Computer
Science, Stanford University, Report No. STAN-CS-92-1462, June 1992.
Y. Robert. The Impact of Vector and Parallel Architectures on the Gaussian
Elimination Algorithm. Halsted Press, New York, 1990.
Bradbury, Bettina. Working Families. Age, Gender and Daily Survival in
Industrializing Montreal. Toronto: McClelland and Stewart, 1993.
Mark Keane, Padraig Cunningham, Mike Brady, and Ruth Byrne, editors. Proc.
Seventh Irish Annual Conference of AI and Cognitive Science. Dublin University
Press, 1994.
"""


def test_a_full_line_goes_on_and_a_short_one_ends_its_entry():
    # "Science, Stanford University, …, June 1992." opens like a body with a date, but the
    # line before reaches the list's width and ends in a word: it goes on.
    assert texts(WRAPPED_BY_WIDTH) == [KIEBURTZ, ROBERT, BRADBURY, KEANE]


def test_a_list_with_one_entry_per_line_opens_an_entry_at_every_line():
    undated = "Andrade, Mário de. Macunaíma: O herói sem nenhum caráter. Belo Horizonte: Itatiaia."
    entries = [KIEBURTZ, ROBERT, undated, BRADBURY, KEANE, ROBERT.replace("1990", "1991")]
    text = "Some closing words (Robert 1990).\n\nReferences\n" + "\n".join(entries) + "\n"
    assert texts(text) == entries


def test_entries_that_end_in_a_comma_or_semicolon_still_end_at_a_line_or_blank_line():
    # Notes-style entries end with ";" or "," as copied from a note; the line (in a list
    # not wrapped) or the blank line after them still ends them before an opening.
    entries = [
        "Mark Mazower, “The Strange Triumph of Human Rights, 1933–1950,” Historical Journal "
        "47, no. 2 (2004): 386–88;",
        "Hesmondhalgh D., 2013. The cultural industries, Los Angeles, Calif: SAGE.",
        "Martin Luther, Martin Luther’s Basic Theological Writings, ed. Timothy F. Lull "
        "(Minneapolis: Fortress Press, 1989), 1-20,",
        "Whitteridge, G. (1971). William Harvey and the Circulation of the Blood. London: "
        "Macdonald.",
        "Pestoff, V. (2006). Citizens and co-production of welfare services: Childcare in "
        "eight European countries. Public Management Review, 8(4), 503–519.",
        "Alford, J. (2009). Engaging public sector clients: From service-delivery to "
        "co-production. Basingstoke: Palgrave Macmillan.",
    ]
    head = "Some closing words (Alford 2009).\n\nReferences\n"
    assert texts(head + "\n".join(entries) + "\n") == entries
    assert texts(head + "\n\n".join(entries) + "\n") == entries


def test_hanging_indents_split_a_list_whose_openings_are_half_unfamiliar():
    entries = [
        "Alford, J. (2009). Engaging public sector clients: From service-delivery to "
        "co-production. Basingstoke: Palgrave Macmillan.",
        "Festival international d'art lyrique d'Aix-en-Provence : cinquantième anniversaire, "
        "1948-1998. Paris : Le Monde, 1998.",
        "Bovaird, T. (2007). Beyond engagement and participation: User and community "
        "coproduction of public services. Public Administration Review, 67(5), 846–860.",
        "2003 Combates pela mentalidade sociológica. Maputo: Livraria Universitária da UEM, 2003.",
        "Needham, C. (2008). Realising the potential of co-production: Negotiating "
        "improvements in public services. Social Policy and Society, 7(2), 221–231.",
        "Rapport de diagnostic archéologique sur la commune d'Alliat. Toulouse: Service "
        "régional de l'archéologie, 2012.",
    ]
    wrapped = [textwrap.fill(e, 60, subsequent_indent="    ") for e in entries]
    text = "Some closing prose (Alford 2009).\n\nReferences\n" + "\n".join(wrapped) + "\n"
    assert texts(text) == entries
