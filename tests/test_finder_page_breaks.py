"""The reference-section finder on page breaks and what they leave in a list: running heads
printed once, sub-headings, markers alone on their line, captions and closing sections in
other languages."""

from __future__ import annotations

from coprod_refs.parse.finder import find_reference_entries
from test_finder_layouts import texts

ALFORD = (
    "Alford, J. (2009). Engaging public sector clients: From service delivery to "
    "co-production. Basingstoke: Palgrave Macmillan."
)
BRUDNEY = (
    "Brudney, J. L., & England, R. E. (1983). Toward a definition of the coproduction "
    "concept. Public Administration Review, 43(1), 59–65."
)
NABATCHI = (
    "Nabatchi, T., Sancino, A., & Sicilia, M. (2017). Varieties of participation in public "
    "services: The who, when, and what of coproduction. Public Administration Review, "
    "77(5), 766–776."
)
THOMSEN = (
    "Thomsen, M. K. (2017). Citizen coproduction: The influence of self-efficacy perception "
    "and knowledge of how to coproduce. American Review of Public Administration, 47(3), "
    "340–353."
)

TWO_COLUMN = """Public Management Review 23(4)                                          512

Disclosure statement
No potential conflict of interest was reported by the authors.

References
Alford, J. (2009). Engaging public sector clients: From service delivery to
co-production. Basingstoke: Palgrave Macmillan.
Brudney, J. L., & England, R. E. (1983). Toward a definition of the
coproduction concept. Public Administration Review, 43(1), 59–65.

J. Smith et al.

                                   513

Nabatchi, T., Sancino, A., & Sicilia, M. (2017). Varieties of participa-
tion in public services: The who, when, and what of coproduction.
Public Administration Review, 77(5), 766–776.

Public Management Review 23(4)                                          514

Thomsen, M. K. (2017). Citizen coproduction: The influence of self-efficacy
perception and knowledge of how to coproduce. American Review of Public
Administration, 47(3), 340–353.

Notes on contributors
Jane Smith is a lecturer in public policy (Smith, 2019).
"""


def test_running_heads_printed_once_at_page_breaks_are_dropped():
    assert texts(TWO_COLUMN) == [ALFORD, BRUDNEY, NABATCHI, THOMSEN]


RAW_PDF = """References
Alford, J. (2009). Engaging public sector clients: From service delivery to co-production.
Basingstoke: Palgrave Macmillan.
Brudney, J. L., & England, R. E. (1983). Toward a definition of the coproduction concept.
Public Administration Review, 43(1), 59–65.
J. Smith et al.
513
Nabatchi, T., Sancino, A., & Sicilia, M. (2017). Varieties of participation in public
services: The who, when, and what of coproduction. Public Administration
514
PUBLIC MANAGEMENT REVIEW
Review, 77(5), 766–776.
Thomsen, M. K. (2017). Citizen coproduction: The influence of self-efficacy perception and
knowledge of how to coproduce. American Review of Public Administration, 47(3), 340–353.
"""


def test_running_heads_beside_page_numbers_without_blank_lines_are_dropped():
    assert texts(RAW_PDF) == [ALFORD, BRUDNEY, NABATCHI, THOMSEN]


SUB_HEADINGS = """Bibliography

Primary sources
Cabinet Office. (2010). Building the Big Society. London: Cabinet Office.
Scottish Government. (2011). Renewing Scotland's public services. Edinburgh: Scottish
Government.

Secondary sources
Durose, C., Mangan, C., Needham, C., & Rees, J. (2014). Transforming local public services
through co-production. Birmingham: University of Birmingham.
"""


def test_sub_headings_inside_a_list_are_not_entries():
    assert texts(SUB_HEADINGS) == [
        "Cabinet Office. (2010). Building the Big Society. London: Cabinet Office.",
        "Scottish Government. (2011). Renewing Scotland's public services. Edinburgh: "
        "Scottish Government.",
        "Durose, C., Mangan, C., Needham, C., & Rees, J. (2014). Transforming local public "
        "services through co-production. Birmingham: University of Birmingham.",
    ]


DATABASE_EXPORT = "\n".join(
    [
        "References",
        "1.",
        "Osborne SP, Strokosch K. It takes two to tango? Understanding the co-production of "
        "public services. Br J Manag. 2013;24:S31–47.",
        "Crossref",
        "Google Scholar",
        "2.",
        "Durose C, Needham C, Mangan C, Rees J. Generating 'good enough' evidence for "
        "co-production. Evid Policy. 2017;13(1):135–51.",
        "Google Scholar",
        "3.",
        "Clarke J, Waring J, Timmons S. The challenge of inclusive coproduction. Public Adm. "
        "2019;97(4):861–77.",
        "PubMed",
    ]
)


def test_numbers_alone_on_the_line_above_each_entry():
    entries = [
        "Osborne SP, Strokosch K. It takes two to tango? Understanding the co-production of "
        "public services. Br J Manag. 2013;24:S31–47.",
        "Durose C, Needham C, Mangan C, Rees J. Generating 'good enough' evidence for "
        "co-production. Evid Policy. 2017;13(1):135–51.",
        "Clarke J, Waring J, Timmons S. The challenge of inclusive coproduction. Public Adm. "
        "2019;97(4):861–77.",
    ]
    assert texts(DATABASE_EXPORT) == entries
    assert [e.label for e in find_reference_entries(DATABASE_EXPORT)] == ["1", "2", "3"]


def test_a_figure_caption_closes_a_numbered_list():
    text = (
        "REFERENCES\n"
        "1. Ostrom E. Crossing the great divide: coproduction, synergy, and development. World\n"
        "   Dev. 1996;24(6):1073-87.\n"
        "2. Boyle D, Harris M. The challenge of co-production. London: Nesta; 2009.\n\n"
        "Figure 1. The co-production cycle.\n"
    )
    assert texts(text) == [
        "Ostrom E. Crossing the great divide: coproduction, synergy, and development. World "
        "Dev. 1996;24(6):1073-87.",
        "Boyle D, Harris M. The challenge of co-production. London: Nesta; 2009.",
    ]


def test_acknowledgements_in_spanish_close_the_list():
    text = (
        "Referencias\n"
        "1) Cunill-Grau N. Repensando lo público a través de la sociedad. Caracas: Nueva\n"
        "Sociedad; 1997.\n"
        "2) Font J, Blanco I. Procedimientos y participación ciudadana en el ámbito local.\n"
        "Barcelona: Institut de Ciències Polítiques i Socials; 2003.\n\n"
        "Agradecimientos\n"
        "Los autores agradecen a los participantes del taller de 2019.\n"
    )
    assert texts(text) == [
        "Cunill-Grau N. Repensando lo público a través de la sociedad. Caracas: Nueva "
        "Sociedad; 1997.",
        "Font J, Blanco I. Procedimientos y participación ciudadana en el ámbito local. "
        "Barcelona: Institut de Ciències Polítiques i Socials; 2003.",
    ]


NOTES_THEN_REFERENCES = """Conclusion
Co-production has become a fashionable term, but its meaning remains contested.1

Notes
1. Elinor Ostrom, Governing the Commons (Cambridge: Cambridge University Press, 1990), 45.
2. Ibid., 52.

References
Brandsen, Taco, and Victor Pestoff. 2006. "Co-production, the Third Sector and the
Delivery of Public Services." Public Management Review 8 (4): 493–501.
Ostrom, Elinor. 1990. Governing the Commons: The Evolution of Institutions for Collective
Action. Cambridge: Cambridge University Press.
Parks, Roger B., Paula C. Baker, Larry Kiser, Ronald Oakerson, Elinor Ostrom, Vincent
Ostrom, and Rick Wilson. 1981. "Consumers as Coproducers of Public Services." Policy
Studies Journal 9 (7): 1001–11.
"""


def test_chicago_entries_whose_year_follows_a_wrapped_author_list_open_entries():
    assert texts(NOTES_THEN_REFERENCES) == [
        'Brandsen, Taco, and Victor Pestoff. 2006. "Co-production, the Third Sector and the '
        'Delivery of Public Services." Public Management Review 8 (4): 493–501.',
        "Ostrom, Elinor. 1990. Governing the Commons: The Evolution of Institutions for "
        "Collective Action. Cambridge: Cambridge University Press.",
        "Parks, Roger B., Paula C. Baker, Larry Kiser, Ronald Oakerson, Elinor Ostrom, "
        'Vincent Ostrom, and Rick Wilson. 1981. "Consumers as Coproducers of Public '
        'Services." Policy Studies Journal 9 (7): 1001–11.',
    ]


ENDNOTES = """and so the state remained the main provider of welfare services.5

Notes
1. Elinor Ostrom, Governing the Commons (Cambridge: Cambridge University Press, 1990), 45.
2. Ibid., 52.
3. Roger B. Parks et al., "Consumers as Coproducers of Public Services: Some Economic
and Institutional Considerations," Policy Studies Journal 9, no. 7 (1981): 1001–11.
4. On this point see the discussion in the introduction.
5. In 2015 the council changed its policy.
6. See Taco Brandsen and Victor Pestoff, "Co-production, the Third Sector and the
Delivery of Public Services," Public Management Review 8, no. 4 (2006): 493–501.

Acknowledgements
We thank the anonymous reviewers for their comments.
"""


def test_endnotes_citing_works_in_full_stand_for_a_missing_reference_list():
    entries = find_reference_entries(ENDNOTES)
    assert [(e.label, e.text) for e in entries] == [
        (
            "1",
            "Elinor Ostrom, Governing the Commons (Cambridge: Cambridge University Press, "
            "1990), 45.",
        ),
        (
            "3",
            'Roger B. Parks et al., "Consumers as Coproducers of Public Services: Some '
            'Economic and Institutional Considerations," Policy Studies Journal 9, no. 7 '
            "(1981): 1001–11.",
        ),
        (
            "6",
            'See Taco Brandsen and Victor Pestoff, "Co-production, the Third Sector and '
            'the Delivery of Public Services," Public Management Review 8, no. 4 (2006): '
            "493–501.",
        ),
    ]
    assert texts(ENDNOTES) == [e.text for e in entries]


def test_endnotes_that_only_comment_are_no_reference_list():
    text = (
        "The board met twice.1\n\nNotes\n"
        "1. In 2015 the council changed its policy.\n"
        "2. Interview with a manager, 12 March 2019.\n"
        "3. Ibid.\n"
    )
    assert find_reference_entries(text) == []


def test_a_numbered_list_without_a_heading_whose_years_wrap_to_the_next_line():
    text = (
        "Table 2 summarises the interviews; we discuss them in turn.\n\n"
        "1. Batalden M, Batalden P, Margolis P, et al. Coproduction of healthcare service. "
        "BMJ Qual\nSaf 2016;25:509–17.\n"
        "2. Ocloo J, Matthews R. From tokenism to empowerment. BMJ Qual Saf\n"
        "2016;25:626–32.\n"
        "3. Turakhia P, Combs B. Using principles of co-production to improve patient care.\n"
        "AMA J Ethics 2017;19:1125–31.\n"
    )
    assert texts(text) == [
        "Batalden M, Batalden P, Margolis P, et al. Coproduction of healthcare service. BMJ "
        "Qual Saf 2016;25:509–17.",
        "Ocloo J, Matthews R. From tokenism to empowerment. BMJ Qual Saf 2016;25:626–32.",
        "Turakhia P, Combs B. Using principles of co-production to improve patient care. AMA "
        "J Ethics 2017;19:1125–31.",
    ]


def test_biographies_after_the_list_without_a_heading_are_not_entries():
    text = (
        "References\n"
        "Needham, C., & Carr, S. (2009). Co-production: An emerging evidence base for adult\n"
        "social care transformation. London: Social Care Institute for Excellence.\n\n"
        "Elke Schmidt is a senior lecturer in public management at the University of Kassel.\n"
        "Her research since 2012 has focused on co-production in elder care.\n"
    )
    assert texts(text) == [
        "Needham, C., & Carr, S. (2009). Co-production: An emerging evidence base for adult "
        "social care transformation. London: Social Care Institute for Excellence.",
    ]


def test_endnotes_whose_numbers_lost_their_full_stop():
    text = (
        "The literature is large.2\n\nNotes\n"
        '1 Elinor Ostrom, "Crossing the Great Divide: Coproduction, Synergy, and '
        'Development,"\nWorld Development 24, no. 6 (1996): 1073–87.\n'
        "2 Ibid., 1079.\n"
        "3 Victor Pestoff, Citizens and Co-production of Welfare Services (London: "
        "Routledge,\n2012), 14–16.\n"
    )
    assert [(e.label, e.text) for e in find_reference_entries(text)] == [
        (
            "1",
            'Elinor Ostrom, "Crossing the Great Divide: Coproduction, Synergy, and '
            'Development," World Development 24, no. 6 (1996): 1073–87.',
        ),
        (
            "3",
            "Victor Pestoff, Citizens and Co-production of Welfare Services (London: "
            "Routledge, 2012), 14–16.",
        ),
    ]
