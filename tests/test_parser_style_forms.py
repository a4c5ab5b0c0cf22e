"""Forms of European citation styles: a short citation before the entry, roman and
slashed volumes, Polish chapters and quoted journals, an imprint of places only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.parse.fields import parse_volume
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.short_citation import cut_short_citation


@pytest.mark.parametrize(
    ("printed", "volume", "issue"),
    [
        ("107/4,", "107", "4"),  # French: volume/issue
        ("Bd. 12/2", "12", "2"),
        ("51/13,", "51", "13"),
        ("12/13", "12/13", ""),  # a double volume
        ("151/152:", "151/152", ""),
        ("4/2005,", "4/2005", ""),  # issue and year
        ("2013/1", "2013/1", ""),  # year and issue
        ("CVII, 4", "CVII", "4"),
        ("XIV:4", "XIV", "4"),
        ("vol. VI", "VI", ""),
        ("Vol. XIX, No. 3", "XIX", "3"),
        ("LXVI(20),", "LXVI", "20"),
        ("II, volume 60", "60", ""),  # a part before the volume
        ("23(4)", "23", "4"),
        ("VII,", "VII", ""),  # not the volume word "v" before "II"
        ("v. XXIII,", "XXIII", ""),
        ("v12", "12", ""),
        ("35-4,", "35", "4"),  # French: volume-issue
        ("vol 79-3", "79", "3"),
        ("35-36", "35–36", ""),  # a range of volumes rises
        ("10-11", "10–11", ""),
        ("2016, 76,", "76", ""),  # the year printed again before the volume
        ("2016, 76 (3)", "76", "3"),
    ],
)
def test_volume_forms(printed: str, volume: str, issue: str) -> None:
    assert parse_volume(printed) == (volume, issue)


@pytest.mark.parametrize(
    ("text", "entry", "letter"),
    [
        ("Alford, J. 2009 J. Alford, Engaging public sector clients, 2009.", "J. Alford,", ""),
        ("Alford 2009b: J. Alford, Engaging public sector clients, 2009.", "J. Alford,", "b"),
        ("Aligica,Tarko 2013: P. Aligica,V. Tarko, Co-production, 2013.", "P. Aligica,V.", ""),
        ("Bovaird, T., E. Loeffler 2005 T. Bovaird, E. Loeffler, « Communities »", "T.", ""),
        ("van Dijk 2005 = J. van Dijk, Title, 2005.", "J. van", ""),
        ("Bovaird et alii 2014 = T. Bovaird, M. Willis, I. Briggs, Title", "T. Bovaird", ""),
        ("[Alfo09] Alford, J., Engaging public sector clients, 2009.", "Alford, J.", ""),
        ("[ABC+19] Alford, J., Brown, K., Title, 2019.", "Alford", ""),
    ],
)
def test_short_citation_cut_off(text: str, entry: str, letter: str) -> None:
    found = cut_short_citation(text)
    assert found is not None
    assert found.entry.startswith(entry)
    assert text.endswith(found.entry)
    assert found.letter == letter


@pytest.mark.parametrize(
    "text",
    [
        "Ostrom, E. 1990 Governing the Commons. Cambridge University Press.",  # AAA
        "Ostrom, E. (1990). Governing the Commons. Cambridge University Press.",
        "Ostrom E., 1990, Ostrom on Ostrom: E. Title.",  # no initial before the name
        "Smith J. The war of 1812 J. Smith reads.",  # a title, not names
        "Brandsen T, Pestoff V. 2006 Co-production. Public Manag Rev 8(4): 493-501.",
        "1. Alford J. 2009 J. Alford, Title.",
        "[12] Alford J. Title. 2009.",
        "[Online] Alford J. Title. 2009.",
        "[Ost90] Alford, J., Title, 2009.",  # a label of another author
    ],
)
def test_no_short_citation(text: str) -> None:
    assert cut_short_citation(text) is None


@given(st.text(max_size=200))
def test_short_citation_never_raises(text: str) -> None:
    found = cut_short_citation(text)
    assert found is None or text.endswith(found.entry)


def test_entry_after_short_citation_keeps_its_letter() -> None:
    work = parse_reference(
        "Alford 2009b: J. Alford, Engaging public sector clients: From service delivery to "
        "co-production, Basingstoke and New York 2009."
    )
    assert [a.family for a in work.authors] == ["Alford"]
    assert (work.year, work.year_suffix) == (2009, "b")
    assert work.title.startswith("Engaging public sector clients")
    assert (work.place, work.publisher) == ("Basingstoke and New York", "")


def test_entry_after_short_citation_french() -> None:
    work = parse_reference(
        "Aligica, Tarko 2013 P. Aligica, V. Tarko, « Co-production, polycentricity, and value "
        "heterogeneity: The Ostroms’ public choice institutionalism revisited », American "
        "Political Science Review 107/4, 2013, p. 726–741."
    )
    assert [a.family for a in work.authors] == ["Aligica", "Tarko"]
    assert work.container_title == "American Political Science Review"
    assert (work.volume, work.issue, work.pages) == ("107", "4", "726–741")


def test_roman_volume_after_quoted_journal() -> None:
    work = parse_reference(
        "Arnstein 1969: S. Arnstein, The ladder of citizen participation, “Journal of the "
        "American Institute of Planners” XXXV, 4, 1969, pp. 216–224."
    )
    assert work.container_title == "Journal of the American Institute of Planners"
    assert (work.volume, work.issue) == ("XXXV", "4")


def test_roman_numerals_ending_a_journal_name_stay() -> None:
    work = parse_reference(
        "Smith, J. (2001). Rocks. Lunar and Planetary Science XXV, pp. 1221-1222."
    )
    assert work.container_title == "Lunar and Planetary Science XXV"
    assert work.volume == ""


def test_polish_chapter_mark() -> None:
    work = parse_reference(
        "Bovaird T., Loeffler E., Communities, trust and organisational responses to local "
        "governance failure, [w:] Trust, risk and uncertainty, S. Watson, A. Moran (red.), "
        "Palgrave Macmillan, Houndmills, Basingstoke 2005."
    )
    assert work.title == (
        "Communities, trust and organisational responses to local governance failure"
    )
    assert work.container_title == "Trust, risk and uncertainty"
    assert [e.family for e in work.editors] == ["Watson", "Moran"]
    assert work.type == "chapter"


@pytest.mark.parametrize(
    "text",
    [
        "Nowak A., Koprodukcja usług publicznych, „Samorząd Terytorialny” 2015, t. 25, nr 3, "
        "s. 5–18.",
        "Bovaird T., Loeffler E., From engagement to co-production: The contribution of users "
        "and communities to outcomes and public value, „Samorząd Terytorialny” 2012, t. 25, "
        "nr 3.",
    ],
)
def test_quoted_journal_after_unquoted_title(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == "Samorząd Terytorialny"
    assert "Samorząd" not in work.title
    assert (work.volume, work.issue) == ("25", "3")
    assert work.type == "article-journal"


def test_quoted_title_keeps_its_quoted_phrase() -> None:
    work = parse_reference(
        "Rossi, M. (2005). “Beyond the state”, Journal of Politics, 12(3), 3–20."
    )
    assert work.title == "Beyond the state"
    assert work.container_title == "Journal of Politics"


@pytest.mark.parametrize(
    "text",
    [
        "Arnstein, S. 1969. The ladder of citizen participation. Journal of the American "
        "Institute of Planners. 35:216–24.",
        "4. Arnstein S. The ladder of citizen participation. Journal of the American Institute "
        "of Planners (1969) 35:216–224.",
    ],
)
def test_volume_and_pages_after_a_colon(text: str) -> None:
    work = parse_reference(text)
    assert (work.volume, work.pages) == ("35", "216–224")


@pytest.mark.parametrize(
    "text",
    [
        "6 Bovaird T., Loeffler E. Communities, trust and organisational responses to local "
        "governance failure. In: Watson S., Moran A., editors. Trust, risk and uncertainty. "
        "Houndmills, Basingstoke; Palgrave Macmillan: 2005.",
        "6. Bovaird T, Loeffler E. “Communities, trust and organisational responses to local "
        "governance failure,”. In: Watson S, Moran A, editors. Trust, risk and uncertainty. "
        "Houndmills, Basingstoke: Palgrave Macmillan (2005).",
        "Bovaird, T. and Loeffler, E., 2005. Communities, trust and organisational responses to "
        "local governance failure. In: S. Watson and A. Moran, eds. Trust, risk and "
        "uncertainty. Houndmills, Basingstoke: Palgrave Macmillan. pp.143–162.",
    ],
)
def test_book_after_its_editors(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == "Trust, risk and uncertainty"
    assert [e.family for e in work.editors] == ["Watson", "Moran"]


def test_book_with_its_editor_after_it_stays_the_book() -> None:
    work = parse_reference(
        "Wall, R. 1983. “Introduction.” In Household and Family in Past Time, ed. Peter "
        "Laslett, 1–50. Cambridge: Cambridge University Press."
    )
    assert work.container_title == "Household and Family in Past Time"
    assert [e.family for e in work.editors] == ["Laslett"]


@pytest.mark.parametrize(
    "text",
    [
        "Alford, J. (2009): Engaging public sector clients: From service delivery to "
        "co-production, Basingstoke and New York.",
        "Alford J., Engaging public sector clients: From service delivery to co-production, "
        "Basingstoke and New York 2009.",
    ],
)
def test_imprint_of_places_only(text: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher) == ("Basingstoke and New York", "")


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "[35] Jackson, P. The political economy foundations of co-production. In The "
            "Palgrave Handbook of Co-Production of Public Services and Outcomes; Loeffler, E., "
            "Bovaird, T., Eds.; Palgrave Macmillan: London, 2020; pp. 41–58.",
            "The Palgrave Handbook of Co-Production of Public Services and Outcomes",
            ["Loeffler", "Bovaird"],
        ),
        (
            "BOVAIRD, T.; LOEFFLER, E. Understanding public management and governance. In: "
            "BOVAIRD, T.; LOEFFLER, E. (Orgs.). Public management and governance. Abingdon and "
            "New York: Routledge, 2016b. p. 3–13.",
            "Public management and governance",
            ["Bovaird", "Loeffler"],
        ),
    ],
)
def test_book_and_its_editors(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [e.family for e in work.editors] == editors


def test_in_mark_run_into_the_book() -> None:
    work = parse_reference(
        "18. Bovaird T, Loeffler E. What has co-production ever done for interactive "
        "governance? In:Critical reflections on interactive governance: Self-organization and "
        "participation in public governance, pp. 254–77, edited by Edelenbos J, van Meerkerk "
        "I. Cheltenham, Edward Elgar, 2016."
    )
    assert work.title == "What has co-production ever done for interactive governance?"
    assert work.container_title.startswith("Critical reflections on interactive governance")
    assert work.pages == "254–277"


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        (
            "CAHN, E. S.; CAHN, J. C. The war on poverty: A civilian perspective. Yale Law "
            "Review v. 73, n. 8, p. 1317–1352 , 1964.",
            "73",
            "8",
            "1317–1352",
        ),
        (
            "CAHN, E. S.; GRAY, C. The time bank solution. Stanford Social Innovation Review n. "
            "Summer, p. 41–45 , 2015.",
            "",
            "Summer",
            "41–45",
        ),
    ],
)
def test_abnt_issue_beside_the_journal_or_pages(
    text: str, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.pages) == (volume, issue, pages)
    assert work.container_title in ("Yale Law Review", "Stanford Social Innovation Review")


def test_names_after_a_book_and_its_mark_are_no_book() -> None:
    work = parse_reference(
        "Bovaird, T., and E. Loeffler. 2005. “Communities, Trust and Organisational Responses "
        "to Local Governance Failure.” In Trust, Risk and Uncertainty, eds. S. Watson and A. "
        "Moran. Houndmills, Basingstoke: Palgrave Macmillan, 143–62."
    )
    assert "Watson" not in work.container_title


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue"),
    [
        (
            "Bovaird et al. 2014: T. Bovaird,M. Willis,I. Briggs, Strategic commissioning for "
            "local public services: Service improvement cycle or just going round in circles?, "
            "“Local Government Studies” XL, 4, 2014, pp. 533–559.",
            "Local Government Studies",
            "XL",
            "4",
        ),
        (
            "Brandsen,Honingh 2016: T. Brandsen,M. Honingh, Distinguishing different types of "
            "coproduction: A conceptual analysis based on the classical definitions, “Public "
            "Administration Review” LXXVI, 2016, pp. 427–435.",
            "Public Administration Review",
            "LXXVI",
            "",
        ),
    ],
)
def test_quoted_journal_and_roman_volume_after_short_citation(
    text: str, journal: str, volume: str, issue: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == journal
    assert journal not in work.title
    assert (work.volume, work.issue) == (volume, issue)
    assert len(work.authors) in (2, 3)


def test_places_ending_the_book_before_the_year() -> None:
    work = parse_reference(
        "Bovaird,Loeffler 2016a: T. Bovaird,E. Loeffler, Quality management in public sector "
        "organisations. in: T. Bovaird,E. Loeffler (eds.), Public management and governance, "
        "Abingdon and New York 2016, pp. 162–177."
    )
    assert work.container_title == "Public management and governance"
    assert (work.place, work.publisher) == ("Abingdon and New York", "")
    assert work.year_suffix == "a"


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "Bovaird T., Loeffler E., Communities, trust and organisational responses to local "
            "governance failure [w:] S. Watson, A. Moran (red.), Trust, risk and uncertainty, "
            "Houndmills, Basingstoke 2005.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "Cahn E.S., Gray C., Co-production from a normative perspective [w:] V. Pestoff, T. "
            "Brandsen, B. Verschuere (red.), New public governance, the third sector and "
            "co-production, New York and London 2012.",
            "New public governance, the third sector and co-production",
            ["Pestoff", "Brandsen", "Verschuere"],
        ),
    ],
)
def test_polish_editors_before_the_book(text: str, book: str, editors: list[str]) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [e.family for e in work.editors] == editors
    assert len(work.authors) == 2


def test_polish_word_for_year_is_no_author() -> None:
    work = parse_reference("Carr S., Personalisation: A rough guide, SCIE, 2012 r.")
    assert [a.family for a in work.authors] == ["Carr"]
    assert work.year == 2012


def test_place_and_publisher_around_a_semicolon() -> None:
    work = parse_reference("21 Carr S. Personalisation: A rough guide. London; SCIE: 2012.")
    assert (work.place, work.publisher) == ("London", "SCIE")


def test_alpha_label_is_no_author() -> None:
    work = parse_reference(
        "[BrHo16] Brandsen, T., and Honingh, M., Distinguishing different types of "
        "coproduction: A conceptual analysis based on the classical definitions, Public "
        "Administration Review 76 (2016) 427–435."
    )
    assert [a.family for a in work.authors] == ["Brandsen", "Honingh"]
    assert work.year == 2016


def test_italian_editors_and_pages_marks() -> None:
    work = parse_reference(
        "Bovaird, Loeffler 2005 = T. Bovaird, E. Loeffler, Communities, trust and "
        "organisational responses to local governance failure, in S. Watson, A. Moran (edd.), "
        "Trust, risk and uncertainty, Houndmills, Basingstoke 2005, pagg. 143–162."
    )
    assert [e.family for e in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"
    assert work.pages == "143–162"


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "1. Alford J. Engaging public sector clients: From service delivery to "
            "co-production. Basingstoke and New York:Palgrave Macmillan, 2009.",
            "Basingstoke and New York",
            "Palgrave Macmillan",
        ),
        (
            "Finnegan, R. 2011. Why Do We Quote? The Culture and History of Quotation. "
            "Cambridge:Open Book Publishers.",
            "Cambridge",
            "Open Book Publishers",
        ),
    ],
)
def test_colon_run_into_the_publisher(text: str, place: str, publisher: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher) == (place, publisher)


@pytest.mark.parametrize(
    "text",
    [
        "Bovaird, T., and E. Loeffler. 2005. Communities, trust and organisational responses to "
        "local governance failure.Pages 143–162 in Trust, risk and uncertainty. Watson, S., "
        "Moran, A., eds. Palgrave Macmillan, Houndmills, Basingstoke.",
        "Bovaird, T., and E. Loeffler. 2005. Communities, trust and organisational responses to "
        "local governance failure Pages 143–162 in Trust, risk and uncertainty, S. Watson, & A. "
        "Moran, editors. Palgrave Macmillan, Houndmills, Basingstoke.",
        "[6] T. Bovaird, E. Loeffler, in Trust, risk and uncertainty (Eds.: S. Watson, A. "
        "Moran), Palgrave Macmillan, Houndmills, Basingstoke 2005, 143–162.",
    ],
)
def test_pages_and_book_of_a_chapter(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == "Trust, risk and uncertainty"
    assert [e.family for e in work.editors] == ["Watson", "Moran"]
    assert [a.family for a in work.authors] == ["Bovaird", "Loeffler"]
    assert work.type == "chapter"


@pytest.mark.parametrize(
    "link",
    ["www.Example.org/report", "https://example.Org/Report.pdf", "http://host.com/a.Pdf"],
)
def test_links_keep_their_full_stops(link: str) -> None:
    work = parse_reference(f"Smith, J. (2020). A report. Retrieved from {link}")
    assert link.split("//")[-1].lower() in work.url.lower()


@pytest.mark.parametrize(
    ("text", "periodical"),
    [
        (
            "134. Aversa J, Ritter K, Moore M. Final Nobel Prizes Awarded. The Honolulu "
            "Advertiser (2009) http://the.honoluluadvertiser.com/article/2009/Oct/13/bz/",
            "The Honolulu Advertiser",
        ),
        (
            "Lee, D. (2009). Americans Share Economics Nobel. The Spokesman-Review.",
            "The Spokesman-Review",
        ),
        (
            "Le Monde. 2016. “Opération Tulipe » : les coulisses. Le Monde.",
            "Le Monde",
        ),
        (
            "[134] Aversa, J., Ritter, K., and Moore, M. Final Nobel Prizes Awarded. The "
            "Honolulu Advertiser. (2009).",
            "The Honolulu Advertiser",
        ),
    ],
)
def test_periodical_after_the_title_is_no_publisher(text: str, periodical: str) -> None:
    work = parse_reference(text)
    assert work.container_title == periodical
    assert work.publisher == ""


def test_publisher_named_like_a_periodical_keeps_its_press() -> None:
    work = parse_reference("Foster, J. B. (2000). Marx's Ecology. New York: Monthly Review Press.")
    assert work.publisher == "Monthly Review Press"
    assert work.container_title == ""


def test_university_after_its_town_and_a_colon() -> None:
    work = parse_reference(
        "123. van Eijk C. Engagement of Citizens and Public Professionals in the Co-Production "
        "of Public Services. [PhD thesis]. Leiden: Leiden University. (2017). "
        "http://hdl.handle.net/1887/56252"
    )
    assert [a.family for a in work.authors] == ["Eijk"]
    assert (work.place, work.publisher) == ("Leiden", "Leiden University")


def test_campus_is_part_of_the_university() -> None:
    work = parse_reference(
        "121. Ostrom E. Public Entrepreneurship: A Case Study in Ground Water Basin Management. "
        "[PhD thesis]. Los Angeles: University of California, Los Angeles. (1965)."
    )
    assert (work.place, work.publisher) == ("Los Angeles", "University of California, Los Angeles")


def test_pages_ending_the_title_before_the_book() -> None:
    work = parse_reference(
        "Vlachokyriakos, V., C. Crivellaro, and P. Olivier. 2016. Digital Civics: Citizen "
        "Empowerment With and Through Technology Pages 1096–1099 in Proceedings of the 2016 CHI "
        "Conference Extended Abstracts on Human Factors in Computing Systems. ACM, New York."
    )
    assert work.title == "Digital Civics: Citizen Empowerment With and Through Technology"
    assert work.pages == "1096–1099"
    assert work.container_title.startswith("Proceedings of the 2016 CHI Conference")


@pytest.mark.parametrize(
    ("printed", "pages"),
    [("S. 216 ff.", "216"), ("216ff.", "216"), ("S. 5 f.", "5"), ("pp. 12-15", "12–15")],
)
def test_following_pages_mark_leaves_the_first_page(printed: str, pages: str) -> None:
    from coprod_refs.parse.fields import normalise_pages

    assert normalise_pages(printed)[0] == pages


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        (
            "Basingstoke and New York:Palgrave Macmillan, 2009.",
            "Basingstoke and New York: Palgrave Macmillan, 2009.",
        ),
        ("governance failure.Pages 143–162 in Trust", "governance failure. Pages 143–162 in Trust"),
        ("[w:] S. Watson, A. Moran (red.), Trust", "In: S. Watson, A. Moran (red.), Trust"),
        ("[w:] Trust, risk and uncertainty", "[w:] Trust, risk and uncertainty"),
        ("Retrieved from www.Example.org/Report", "Retrieved from www.Example.org/Report"),
        ("See https://example.Org/x and U.S.Army", "See https://example.Org/x and U.S.Army"),
        ("IEEE J.Select.Areas Commun.", "IEEE J.Select.Areas Commun."),
    ],
)
def test_marks_spaced_before_labelling(text: str, spaced: str) -> None:
    assert with_marks_spaced(text) == spaced


@given(st.text(alphabet="abcXYZ .:[]w/", max_size=80))
def test_marks_spacing_only_adds_spaces(text: str) -> None:
    spaced = with_marks_spaced(text)
    if ":]" not in text:
        assert spaced.replace(" ", "") == text.replace(" ", "")


def test_places_ending_the_book_before_the_pages() -> None:
    work = parse_reference(
        "Bovaird, T./Loeffler, E. (2016a): Quality management in public sector organisations. "
        "In: Bovaird, T./Loeffler, E. (Hrsg.), Public management and governance, Abingdon and "
        "New York, S. 162–177."
    )
    assert work.container_title == "Public management and governance"
    assert work.place == "Abingdon and New York"
    assert work.pages == "162–177"
