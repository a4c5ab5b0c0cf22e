"""House-style forms of journals, publishers and national standards: a paper given at a
meeting, a journal's numbers after the title with no full stop between, an imprint
ending the title, a book run into its editors, Vancouver's medium and year, Spanish "n."
for the issue, Czech "a" between names, APA's bracketed report number, a short citation
with "=", and a law journal's volume with its issue."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.parse.fields import parse_volume
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.short_citation import cut_short_citation
from coprod_refs.text.characters import visible_text


@pytest.mark.parametrize(
    ("text", "title", "meeting"),
    [
        (
            "Bovaird, T., & Loeffler, E. (2012, June). From engagement to co-production: How "
            "users and communities contribute to public services. Paper presented at the "
            "Annual Conference of the European Group for Public Administration, Bergen, Norway.",
            "From engagement to co-production: How users and communities contribute to public "
            "services",
            "Paper presented at the Annual Conference of the European Group for Public "
            "Administration",
        ),
        (
            "Needham, C. (2009, April). Interpreting personalization in England’s public "
            "services. Poster presented at the Annual Meeting of the Political Studies "
            "Association, Manchester, UK.",
            "Interpreting personalization in England’s public services",
            "Poster presented at the Annual Meeting of the Political Studies Association",
        ),
    ],
)
def test_paper_presented_at_a_meeting(text: str, title: str, meeting: str) -> None:
    work = parse_reference(text)
    assert work.title == title
    assert work.container_title == meeting
    assert work.type == "paper-conference"
    assert work.place and work.place.startswith(("Bergen", "Manchester"))


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue", "pages"),
    [
        (
            "Durose C, Needham C, Mangan C, Rees J (2017) Generating “good enough” evidence "
            "for co-production. Evidence & Policy 13:135–151. doi: 10.1332/174426415X14440",
            "Evidence & Policy",
            "13",
            "",
            "135–151",
        ),
        (
            "Marschall MJ (2004) Citizen participation and the neighborhood context: a new "
            "look at the coproduction of local public goods. Polit Res Q 57(2):231–244",
            "Polit Res Q",
            "57",
            "2",
            "231–244",
        ),
    ],
)
def test_journal_numbers_after_the_title_sentence(
    text: str, journal: str, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == journal
    assert (work.volume, work.issue or "", work.pages) == (volume, issue, pages)
    assert work.title.endswith(("co-production", "public goods"))


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "Welsh Government (2014) Improving public services for people in Wales. Welsh "
            "Government, Cardiff. https://gov.wales/improving-public-services",
            "Welsh Government",
            "Cardiff",
        ),
        (
            "Scottish Co-production Network (2013) Co-production: how we make a difference "
            "together. Scottish Co-production Network, Edinburgh.",
            "Scottish Co-production Network",
            "Edinburgh",
        ),
    ],
)
def test_publisher_and_place_ending_the_title(text: str, publisher: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)
    assert "," not in work.title


def test_title_sentence_ending_with_a_place_name_is_no_imprint() -> None:
    work = parse_reference(
        "Smith, J. (2015). Community budgets in two cities: Leeds, Bristol. Policy & "
        "Politics, 43(2), 201–219."
    )
    assert work.title == "Community budgets in two cities: Leeds, Bristol"
    assert work.container_title == "Policy & Politics"


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "[6] Bovaird, T., and Loeffler, E., 2005, “Communities, Trust and Organisational "
            "Responses to Local Governance Failure,” Trust, Risk and Uncertainty, S. Watson, "
            "and A. Moran, eds., Palgrave Macmillan, Houndmills, Basingstoke, pp. 143–162.",
            "Trust, Risk and Uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "Cahn, E. S. and C. Gray (2012), “Co-production from a normative perspective,” "
            "in New public governance, the third sector and co-production, V. Pestoff, T. "
            "Brandsen, and B. Verschuere, eds., New York and London: Routledge, 129–44.",
            "New public governance, the third sector and co-production",
            ["Pestoff", "Brandsen", "Verschuere"],
        ),
    ],
)
def test_book_read_into_its_editors(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors


def test_first_editor_without_a_comma_before_stays_an_editor() -> None:
    work = parse_reference(
        "Cau, A., Kuiper, R. and de Roever, W.-P. (1992). Formalising Dijkstra's "
        "development strategy. In C. B. Jones, R. C. Shaw, and T. Denvir, editors, Proc. "
        "5th Refinement Workshop, pp. 1–20."
    )
    assert [n.family for n in work.editors][:1] == ["Jones"]


@pytest.mark.parametrize(
    "text",
    [
        "9. Bovaird T., Loeffler E. What has co-production ever done for interactive "
        "governance? En: Edelenbos J, van Meerkerk I, editores. Critical reflections on "
        "interactive governance. Cheltenham: Edward Elgar; 2016. p. 254–77.",
        "Bovaird, T., and E. Loeffler, ‘What Has Co-Production Ever Done for Interactive "
        "Governance?’, in J. Edelenbos and I. van Meerkerk, eds, Critical Reflections on "
        "Interactive Governance, Cheltenham, Edward Elgar, 2016, pp. 254–77.",
    ],
)
def test_editors_mark_without_a_full_stop_or_in_spanish(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title.lower() == "critical reflections on interactive governance"
    assert [(n.particle, n.family) for n in work.editors] == [
        ("", "Edelenbos"),
        ("van", "Meerkerk"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "22. Cooperative Party. Public services in our interests [Internet]. 2019; "
            "[cited 2019 Mar 29] Available from: https://party.coop/policy/",
            "Public services in our interests",
            2019,
        ),
        (
            "29. Fox M. Porto Alegre’s participatory budgeting at a crossroads [Internet]. "
            "2008;Available from: https://www.cetri.be/Porto-Alegre",
            "Porto Alegre’s participatory budgeting at a crossroads",
            2008,
        ),
    ],
)
def test_vancouver_medium_then_the_year(text: str, title: str, year: int) -> None:
    work = parse_reference(text)
    assert (work.title, work.year) == (title, year)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Review, v. 107, n. 4.", "Review, v. 107, no. 4."),
        ("Revista, v. 12, n.3, p. 5-9", "Revista, v. 12, no. 3, p. 5-9"),
        ("Silva, n. 4 de Souza", "Silva, n. 4 de Souza"),  # no volume before it
    ],
)
def test_spanish_issue_mark(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


@given(st.text(alphabet="abn.,v 0123456789", max_size=30))
def test_issue_mark_read_only_after_a_volume(text: str) -> None:
    added = with_marks_spaced(text).count("no. ") - text.count("no. ")
    assert added <= len(re.findall(r"\d, n\.", text))


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("ALIGICA, P. a V. TARKO.", ["Aligica", "Tarko"]),  # Czech and Slovak
        ("Kowalski J. i Nowak P.", ["Kowalski", "Nowak"]),  # Polish, Croatian
        ("Kovács, J. és Szabó, P.", ["Kovács", "Szabó"]),  # Hungarian
        ("Virtanen, M. ja Korhonen, P.", ["Virtanen", "Korhonen"]),  # Finnish
        ("Yılmaz, A. ve Demir, B.", ["Yılmaz", "Demir"]),  # Turkish
        ("S. WATSON a A. MORAN", ["Watson", "Moran"]),
        ("J. NOVÁK, P. DVOŘÁK a M. SVOBODA", ["Novák", "Dvořák", "Svoboda"]),
        ("Brandsen T. Trommel W. & Verschuere B.", ["Brandsen", "Trommel", "Verschuere"]),
        ("Bovaird T. Willis M. & Briggs I.", ["Bovaird", "Willis", "Briggs"]),
    ],
)
def test_names_joined_in_other_languages_or_without_commas(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_name_list(text).names] == families


def test_small_a_after_a_word_is_no_connector() -> None:
    names = parse_name_list("Centro de Estudos a Sociedade").names
    assert len(names) == 1


def test_bracketed_report_number_opened_in_the_title() -> None:
    work = parse_reference(
        "Cornwall, A. 2002. Making Spaces, Changing Places: Situating Participation in "
        "Development (No. IDS Working Paper 170). Institute of Development Studies, Brighton."
    )
    assert work.title == "Making Spaces, Changing Places: Situating Participation in Development"
    assert work.genre == "No. IDS Working Paper 170"
    assert (work.publisher, work.place) == ("Institute of Development Studies", "Brighton")


def test_short_citation_with_a_dash_and_an_equals_sign() -> None:
    cut = cut_short_citation(
        "Aligica - Tarko 2013 = P. Aligica, V. Tarko, « Co-production, polycentricity », "
        "dans American Political Science Review, 107, 4, 2013, p. 726-741."
    )
    assert cut is not None and cut.entry.startswith("P. Aligica") and cut.year == 2013


def test_french_dans_before_a_journal() -> None:
    work = parse_reference(
        "P. Aligica, V. Tarko, « Co-production, polycentricity, and value heterogeneity », "
        "dans American Political Science Review, 107, 4, 2013, p. 726-741."
    )
    assert work.container_title == "American Political Science Review"
    assert (work.volume, work.issue, work.pages) == ("107", "4", "726–741")


def test_law_journal_volume_with_its_issue_and_page_after() -> None:
    work = parse_reference(
        "Arnstein, S, ‘The Ladder of Citizen Participation’ (1969) 35(4) Journal of the "
        "American Institute of Planners 216"
    )
    assert (work.volume, work.issue, work.pages) == ("35", "4", "216")
    assert work.container_title == "Journal of the American Institute of Planners"


def test_editors_after_dans_read_as_more_authors() -> None:
    work = parse_reference(
        "Bovaird, T. et E. Loeffler, « Communities, trust and organisational responses to "
        "local governance failure », dans S. Watson et A. Moran, dir., Trust, risk and "
        "uncertainty, Houndmills, Basingstoke, Palgrave Macmillan, 2005, p. 143‑162."
    )
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "Alford, J. 2009 Engaging public sector clients: From service delivery to "
            "co-production. Palgrave Macmillan. Basingstoke and New York.",
            "Palgrave Macmillan",
            "Basingstoke and New York",
        ),
        (
            "Pestoff, V. 2018 Co-production and public service management. Routledge. "
            "London, New York.",
            "Routledge",
            "London, New York",
        ),
        (
            "Boyle, D., & Harris, M. (2009). The challenge of co-production (Discussion "
            "paper). New Economics Foundation.",
            "New Economics Foundation",
            "",
        ),
        (
            "Moreau, C. (2013). The bilineal transmission of blood in ancient Rome. In C. H. "
            "Johnson (Ed.), Blood and kinship (pp. 40–60). New York, Oxford, Berghahn Books.",
            "Berghahn Books",
            "New York, Oxford",
        ),
    ],
)
def test_publisher_and_place_told_apart(text: str, publisher: str, place: str) -> None:
    """Places after the publisher's full stop; a word that only opens places' names
    ("New") goes with the publisher after it."""
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)


def test_publisher_with_initials_keeps_them() -> None:
    work = parse_reference(
        "Lusch, R. 2006 The service dominant logic of marketing. Armonk: M. E. Sharpe."
    )
    assert "Sharpe" in work.publisher


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "20. Cahn ES, Gray C. The time bank solution. Stanford Social Innovation Review "
            "2015; (Summer): 41–45.",
            "Summer",
        ),
        ("4. Boyle D. Co-production. Local Econ 2010; (3): 218–226.", "3"),
    ],
)
def test_vancouver_issue_after_the_year_with_no_volume(text: str, issue: str) -> None:
    work = parse_reference(text)
    assert (work.year, work.volume, work.issue) == (2015 if "2015" in text else 2010, "", issue)


def test_year_repeated_in_brackets_is_no_issue() -> None:
    work = parse_reference(
        "Zannuraini, M., Development of a Digital Scale, KnE Engineering Conference on "
        "Instrumentation, 2016, (2016) 8 pages."
    )
    assert work.issue == ""


def test_german_band_and_ausgabe() -> None:
    work = parse_reference(
        "Arnstein, S. (1969): The ladder of citizen participation In: Journal of the American "
        "Institute of Planners, Band 35, Ausgabe 4, 1969, 216–224."
    )
    assert (work.volume, work.issue, work.pages) == ("35", "4", "216–224")
    assert work.container_title == "Journal of the American Institute of Planners"


def test_band_of_a_series_alone_stays() -> None:
    assert with_marks_spaced("Band 4 der Reihe Studien") == "Band 4 der Reihe Studien"


def test_spanish_book_then_editors_with_y() -> None:
    work = parse_reference(
        "Bovaird, T. 2005 Communities, trust and organisational responses to local "
        "governance failure, en Trust, risk and uncertainty, S. Watson y A. Moran (eds.). "
        "Palgrave Macmillan. Houndmills, Basingstoke: 143–162."
    )
    assert work.container_title == "Trust, risk and uncertainty"
    assert [n.family for n in work.editors] == ["Watson", "Moran"]


def test_editors_with_a_two_word_family_name_stay_together() -> None:
    work = parse_reference(
        "Allen, S. E. M. 2003. Preferred argument structure in early Inuktitut. In J. W. Du "
        "Bois, L. E. Kumpf, & W. J. Ashby (eds.), Preferred argument structure, 301–338. "
        "Amsterdam: John Benjamins."
    )
    assert len(work.editors) == 3
    assert work.container_title == "Preferred argument structure"


@pytest.mark.parametrize(
    ("text", "authors", "book", "editors"),
    [
        (
            "6. Bovaird, T., Loeffler, E. In Trust, risk and uncertainty, S. Watson, and A. "
            "Moran, Eds.; Palgrave Macmillan, Houndmills, Basingstoke 2005; pp. 143–162.",
            ["Bovaird", "Loeffler"],
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "12. Bovaird, T., Quirk, B. In The Routledge handbook of global public policy and "
            "administration, T. R. Kassen, D. Cepiku, and T. J. Lah, Eds.; Routledge, London "
            "2017; pp. 258–270.",
            ["Bovaird", "Quirk"],
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
        ),
    ],
)
def test_acs_chapter_without_a_title(
    text: str, authors: list[str], book: str, editors: list[str]
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == authors
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors
    assert work.pages.startswith(("143", "258"))


def test_editors_first_initial_after_in_is_no_book() -> None:
    work = parse_reference(
        "Van der Kolk, B. A., & Marmar, C. R. (1996). Dissociation and information "
        "processing. In B. A. Van der Kolk, A. C. McFarlane & L. Weisaeth (Eds.), Traumatic "
        "stress (pp. 303–327). New York: Guilford."
    )
    assert work.container_title == "Traumatic stress"
    assert len(work.editors) == 3


def test_season_in_the_date_with_the_issue_printed_apart() -> None:
    work = parse_reference(
        "King, K. (2013, Fall). The rise of Pro Humanitate in students’ lives. Wake Forest "
        "Magazine, 61(1), pp. 61-65."
    )
    assert (work.volume, work.issue) == ("61", "1")


@pytest.mark.parametrize(
    ("printed", "volume", "issue"),
    [("9/7:", "9", "7"), ("25/7:", "25", "7"), ("5/6", "5/6", ""), ("2019/20", "2019/20", "")],
)
def test_single_digit_volume_and_issue_after_a_slash(printed: str, volume: str, issue: str) -> None:
    assert parse_volume(printed) == (volume, issue)


@pytest.mark.parametrize(
    "text",
    [
        "Artuso D. et Montini A., 2016, CI.VI.VO. in Rimini: How volunteers make their "
        "neighbourhood a better place to live. Birmingham : Governance International. Repéré "
        "à http://www.govint.org/good-practice/case-studies/civivo/",
        "Artuso, D., & Montini, A. (2016). CI.VI.VO. in Rimini: How volunteers make their "
        "neighbourhood a better place to live. Birmingham: Governance International. "
        "Recuperado de http://www.govint.org/good-practice/",
    ],
)
def test_retrieved_from_in_french_and_spanish(text: str) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == ("Governance International", "Birmingham")
    assert work.url.startswith("http://www.govint.org/")


def test_czech_access_date() -> None:
    work = parse_reference(
        "5. ARTUSO, D. a A. MONTINI. CI.VI.VO. in Rimini [online]. Birmingham: Governance "
        "International. 2016 [vid. 2019-04-02]. Dostupné z: http://www.govint.org/good-practice/"
    )
    assert work.accessed == "2019-04-02"
    assert work.note == ""


def test_body_and_place_after_a_comma_ending_the_title() -> None:
    work = parse_reference(
        "[3] Needham, C., and Carr, S., 2009, Co-production: An Emerging Evidence Base for "
        "Adult Social Care Transformation, Social Care Institute for Excellence, London."
    )
    assert work.title == (
        "Co-production: An Emerging Evidence Base for Adult Social Care Transformation"
    )
    assert (work.publisher, work.place) == ("Social Care Institute for Excellence", "London")


def test_apa_editors_with_a_full_first_name_are_no_book() -> None:
    work = parse_reference(
        "Pestoff, Victor. (2012). Co-production and third sector social services in Europe. "
        "In Victor Pestoff, T. Brandsen, & B. Verschuere (Eds.), New public governance, the "
        "third sector and co-production (pp. 13–34). New York: Routledge."
    )
    assert work.container_title == "New public governance, the third sector and co-production"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ALIGICA (2013) &#8211; Co-production", "ALIGICA (2013) – Co-production"),
        ("Public &amp; Private", "Public & Private"),
        ("M.Sn&nbsp;(Institut)", "M.Sn (Institut)"),
        ("R&D; AT&T and &c.", "R&D; AT&T and &c."),  # no character reference
    ],
)
def test_html_character_references_read_as_characters(text: str, read: str) -> None:
    assert visible_text(text) == read


@given(st.text(alphabet="&#;amp8211xAZ ", max_size=30))
def test_character_references_never_grow_the_text(text: str) -> None:
    assert len(visible_text(text)) <= len(text)


def test_dash_entity_between_the_date_and_the_title() -> None:
    work = parse_reference(
        "ALIGICA, P.; TARKO, V. (2013) &#8211; Co-production, polycentricity, and value "
        "heterogeneity. American Political Science Review. 107:4, pp. 726–741."
    )
    assert work.title == "Co-production, polycentricity, and value heterogeneity"
    assert (work.volume, work.issue, work.pages) == ("107", "4", "726–741")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Review, C: 107, S: 4, 2013, ss. 726-741.",
            "Review, vol. 107, no. 4, 2013, pp. 726-741.",
        ),
        ("Dergisi, C. 12, S. 3, ss. 45-67", "Dergisi, vol. 12, no. 3, pp. 45-67"),
        ("Müller, Festschrift, S. 143", "Müller, Festschrift, S. 143"),  # German pages
    ],
)
def test_turkish_volume_issue_and_pages(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


def test_turkish_editors_mark() -> None:
    work = parse_reference(
        "Bovaird, T. / E. Loeffler, “What has co-production ever done for interactive "
        "governance?” J. Edelenbos / I. van Meerkerk (edt.), Critical reflections on "
        "interactive governance, Edward Elgar, Cheltenham 2016, ss. 254-277."
    )
    assert [n.family for n in work.editors] == ["Edelenbos", "Meerkerk"]
    assert work.container_title == "Critical reflections on interactive governance"
    assert work.pages == "254–277"


def test_french_dans_with_a_comma_before_the_editors() -> None:
    names = parse_name_list("dans, Watson S. et Moran A. (éd.),").names
    assert [n.family for n in names] == ["Watson", "Moran"]


def test_year_and_issue_in_the_volume_bracket() -> None:
    work = parse_reference(
        "S. ARNSTEIN, The ladder of citizen participation. Journal of the American "
        "Institute of Planners 35 (1969/4) 216–224."
    )
    assert (work.year, work.volume, work.issue, work.pages) == (1969, "35", "4", "216–224")


def test_quoted_title_then_dans_the_book_and_its_marked_editors() -> None:
    work = parse_reference(
        "Bovaird (T.) et Loeffler (E.), « Communities, trust and organisational responses to "
        "local governance failure », dans Trust, risk and uncertainty, éd. S. Watson, A. "
        "Moran, Houndmills, Basingstoke, 2005, p. 143‑162."
    )
    assert (
        work.title == "Communities, trust and organisational responses to local governance failure"
    )
    assert work.container_title == "Trust, risk and uncertainty"
    assert [n.family for n in work.editors] == ["Watson", "Moran"]


def test_german_semicolon_then_in_before_the_journal() -> None:
    work = parse_reference(
        "Brudney, J.L./England, R.E.: Toward a definition of the coproduction concept; in: "
        "Public Administration Review 43 (1983), H. 1, S. 59–65."
    )
    assert work.title == "Toward a definition of the coproduction concept"
    assert work.container_title == "Public Administration Review"
    assert (work.volume, work.issue, work.pages) == ("43", "1", "59–65")


def test_german_hrg_editors_mark() -> None:
    work = parse_reference(
        "Bovaird, T./Loeffler, E. (2005): Communities, trust and organisational responses to "
        "local governance failure. In: Watson, S./Moran, A. (Hrg.): Trust, risk and "
        "uncertainty. Houndmills, Basingstoke: Palgrave Macmillan. S. 143–162."
    )
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"


def test_editors_bracketed_after_the_book() -> None:
    work = parse_reference(
        "Bovaird et Loeffler 2005 T. Bovaird et E. Loeffler, « Communities, trust and "
        "organisational responses to local governance failure », Trust, risk and uncertainty "
        "(éd. S. Watson et A. Moran), Houndmills, Basingstoke (2005), p. 143‑162."
    )
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]
    assert [n.family for n in work.editors] == ["Watson", "Moran"]


def test_year_after_the_names_without_a_bracket() -> None:
    work = parse_reference(
        "Bovaird, T & Loeffler, E 2016a, 'Quality management in public sector "
        "organisations', in T. Bovaird, & E. Loeffler (eds), Public Management and "
        "Governance, Routledge, Abingdon and New York, pp. 162–177."
    )
    assert (work.year, work.year_suffix) == (2016, "a")
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]


def test_body_named_with_a_year_in_a_dated_entry_keeps_it() -> None:
    work = parse_reference("Agenda 2030 (2019). Voluntary national review. New York: UN.")
    assert work.year == 2019


def test_access_day_in_brackets_after_the_link_is_no_publisher() -> None:
    work = parse_reference(
        "Artuso, D./Montini, A. (2016): CI.VI.VO. in Rimini. Governance International Case "
        "Study. Birmingham: Governance International. http://www.govint.org/civivo/ (2.4.2019)"
    )
    assert work.publisher == "Governance International"


def test_pages_mark_read_into_the_imprint() -> None:
    work = parse_reference(
        "[16] Bovaird, T., Loeffler, E. (2016): Quality management in public sector "
        "organisations. In: Bovaird, T. und Loeffler, E. (Hrsg.) Public management and "
        "governance. Routledge. Abingdon and New York. S. 162–177."
    )
    assert (work.publisher, work.place, work.pages) == (
        "Routledge",
        "Abingdon and New York",
        "162–177",
    )


def test_german_stand_after_the_link_is_the_access_date() -> None:
    work = parse_reference(
        "EIPA. 2019. Online: https://www.eipa.eu/portfolio/european-caf-resource-centre/ "
        "(Stand: 30.11.2019)."
    )
    assert work.accessed == "2019-11-30"
    assert work.publisher == ""


@pytest.mark.parametrize(
    "text",
    [
        "EIPA. 2019. Online: https://www.eipa.eu/portfolio/european-caf-resource-centre/",
        "INSTITUTO DE ESTUDOS FINANCEIROS. Formação de Preço. Disponível em: "
        "<http://www.ief.com.br/forpreco.htm>. Acesso em 28 de novembro de 2017.",
    ],
)
def test_words_leading_to_the_link_are_no_place_or_publisher(text: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher) == ("", "")
    assert work.url.startswith("http")


def test_apa_report_kind_and_publisher_after_the_title() -> None:
    work = parse_reference(
        "Kolesnikova, N. (2009). Community Colleges: A Route of Upward Economic Mobility "
        "(Community Development Report). Federal Reserve Bank of St. Louis. Retrieved from "
        "https://www.stlouisfed.org/community-development/CommunityColleges.pdf"
    )
    assert work.title == "Community Colleges: A Route of Upward Economic Mobility"
    assert work.genre == "Community Development Report"
    assert work.publisher == "Federal Reserve Bank of St. Louis"
    assert work.type == "report"


def test_bracketed_subtitle_then_a_journal_is_no_report() -> None:
    work = parse_reference(
        "Smith, J. (2010). Co-production (a review). Public Administration Review, 70(2), 1–10."
    )
    assert work.container_title == "Public Administration Review"
    assert work.publisher == ""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("C. GRAY", [("Gray", "C.")]),
        ("T. J. LAH", [("Lah", "T. J.")]),
        ("D. LEE", [("Lee", "D.")]),
        ("CAHN, E. S. a J. C. CAHN", [("Cahn", "E. S."), ("Cahn", "J. C.")]),
        ("Smith JA, Lee D", [("Smith", "J. A."), ("Lee", "D.")]),  # Vancouver stays
    ],
)
def test_short_family_name_in_capitals_after_dotted_initials(
    text: str, names: list[tuple[str, str]]
) -> None:
    assert [(n.family, n.given) for n in parse_name_list(text).names] == names


def test_nlm_medium_serial_on_the_internet() -> None:
    work = parse_reference(
        "22. Cooperative Party. Public services in our interests [Serial on the Internet]. "
        "2019 [cited 2019 Mar 29]. Available from: https://party.coop/policy/"
    )
    assert work.title == "Public services in our interests"
    assert (work.year, work.accessed) == (2019, "2019-03-29")


def test_conference_city_and_country_in_brackets_stay_the_place() -> None:
    work = parse_reference(
        "P. D. Alevizos. A linear time algorithm for labeling planar projections of "
        "polyhedra. IEEE/RSJ IROS '91 (Osaka, Japan), 1991."
    )
    assert work.publisher == ""
