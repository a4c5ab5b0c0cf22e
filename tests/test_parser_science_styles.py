"""Forms of the natural-science publishers' house styles: names closed by a colon with no
article title, names joined by a bare semicolon, year, volume and pages joined by bare
commas, a colon between the title and the journal, a book ending with a full stop before
its bracketed editors, an imprint of Vancouver lists without a year, and a style's word
left after the pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.parse.fields import Segment, normalise_pages
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


def _families(text: str) -> list[str]:
    return [name.family for name in parse_reference(text).authors]


@pytest.mark.parametrize(
    ("text", "families", "journal"),
    [
        (
            "[2] P. Aligica and V. Tarko: American Political Science Review, 2013, vol. 107, "
            "pp. 726–41.",
            ["Aligica", "Tarko"],
            "American Political Science Review",
        ),
        (
            "[4] S. Arnstein: Journal of the American Institute of Planners, 1969, vol. 35, "
            "pp. 216–24.",
            ["Arnstein"],
            "Journal of the American Institute of Planners",
        ),
        (
            "[20] E. S. Cahn and C. Gray: Stanford Social Innovation Review, 2015, pp. 41–45.",
            ["Cahn", "Gray"],
            "Stanford Social Innovation Review",
        ),
    ],
)
def test_names_closed_by_a_colon_without_an_article_title(
    text: str, families: list[str], journal: str
) -> None:
    work = parse_reference(text)
    assert [name.family for name in work.authors] == families
    assert work.container_title == journal
    assert work.title == ""


def test_chapter_after_names_closed_by_a_colon() -> None:
    work = parse_reference(
        "[6] T. Bovaird and E. Loeffler: in Trust, Risk and Uncertainty, S. Watson and "
        "A. Moran, eds., Palgrave Macmillan, Houndmills, Basingstoke, 2005, pp. 143–62."
    )
    assert [name.family for name in work.authors] == ["Bovaird", "Loeffler"]
    assert [name.family for name in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, Risk and Uncertainty"


def test_abbreviated_word_before_a_colon_is_no_name() -> None:
    """ "H. T. Vo. Vistrails:": a full stop after "Vo" ends the names."""
    assert _families(
        "[10] S. P. Callahan, J. Freire, E. Santos, C. E. Scheidegger, C. T. Silva, and H. "
        "T. Vo. Vistrails: visualization meets data management. In Proceedings of the 2006 "
        "ACM SIGMOD international conference on Management of data, pages 745–747, 2006."
    )[-1:] != ["Vistrails"]


@pytest.mark.parametrize(
    ("text", "families", "year", "volume", "pages"),
    [
        (
            "[2] Aligica P;Tarko V. Co-production, polycentricity, and value heterogeneity: "
            "The Ostroms’ public choice institutionalism revisited. American Political "
            "Science Review, 2013,107,726–41.",
            ["Aligica", "Tarko"],
            2013,
            "107",
            "726–741",
        ),
        (
            "[4] Arnstein S. The ladder of citizen participation. Journal of the American "
            "Institute of Planners, 1969,35,216–24.",
            ["Arnstein"],
            1969,
            "35",
            "216–224",
        ),
    ],
)
def test_bare_semicolons_and_commas(
    text: str, families: list[str], year: int, volume: str, pages: str
) -> None:
    work = parse_reference(text)
    assert [name.family for name in work.authors] == families
    assert (work.year, work.volume, work.pages) == (year, volume, pages)


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Aligica P;Tarko V. Title.", "Aligica P; Tarko V. Title."),
        ("Review, 2013,107,726–41.", "Review, 2013;107:726–41."),
        ("Review, 2013,107,e1234.", "Review, 2013;107:e1234."),
        # a number list or a link is left alone
        ("Tables 2013,107,726 and more", "Tables 2013,107,726 and more"),
        ("https://example.org/a;Tarko", "https://example.org/a;Tarko"),
        ("Policy. 2019.https://party.coop/x", "Policy. 2019. https://party.coop/x"),
    ],
)
def test_marks_spaced_for_the_labeller(printed: str, read: str) -> None:
    assert with_marks_spaced(printed) == read


@given(st.text(alphabet="0123456789,;.: aAbBPVhtps/", max_size=60))
def test_spacing_the_marks_keeps_every_letter_and_digit(text: str) -> None:
    def kept(value: str) -> str:
        return "".join(c for c in value if c.isalnum())

    assert kept(with_marks_spaced(text)) == kept(text)


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "Brandsen, T., Trommel, W., and Verschuere, B., 2017, The state and the "
            "reconstruction of civil society: International Review of Administrative "
            "Sciences, v. 83, no. 4, p. 676–693.",
            "The state and the reconstruction of civil society",
            "International Review of Administrative Sciences",
        ),
        (
            "Cahn, E.S. and Gray, C., 2015. The time bank solution: Stanford Social "
            "Innovation Review, p. 41–45.",
            "The time bank solution",
            "Stanford Social Innovation Review",
        ),
    ],
)
def test_colon_between_the_title_and_the_journal(text: str, title: str, journal: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, journal)


def test_journal_name_in_capitals_before_its_colon_stays_in_the_journal() -> None:
    segments = [
        Segment("author", "Bovaird, T., and Loeffler, E.,", 0.9),
        Segment("date", "2012,", 0.9),
        Segment(
            "title",
            "From engagement to co-production: The contribution of users and communities: "
            "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations,",
            0.8,
        ),
        Segment("volume", "v. 23, no. 4,", 0.9),
    ]
    repaired = repair_segments(segments)
    assert [(s.label, s.text) for s in repaired[2:4]] == [
        ("title", "From engagement to co-production: The contribution of users and communities:"),
        ("journal", "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations,"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        # a title printed in title case keeps its subtitle
        "Public Management: The State of the Art,",
        # a subtitle in sentence case is no journal
        "Co-production and the state: a review of the field,",
    ],
)
def test_subtitle_after_a_colon_stays_in_the_title(title: str) -> None:
    segments = [
        Segment("author", "Smith, J.,", 0.9),
        Segment("date", "2010,", 0.9),
        Segment("title", title, 0.8),
        Segment("volume", "v. 3,", 0.9),
    ]
    assert repair_segments(segments)[2] == segments[2]


def test_title_run_into_the_access_note() -> None:
    work = parse_reference(
        "National Co-Production Advisory Group, 2016, Ladder of co-production: accessed "
        "November 15, 2018 at https://www.thinklocalactpersonal.org.uk/Latest/."
    )
    assert work.title == "Ladder of co-production"
    assert work.url == "https://www.thinklocalactpersonal.org.uk/Latest/"


@pytest.mark.parametrize(
    ("printed", "pages"),
    [("p. 216–224, at.", "216–224"), ("216-24, at", "216–224"), ("12–15, passim", "12–15")],
)
def test_word_after_the_page_range_is_no_page(printed: str, pages: str) -> None:
    assert normalise_pages(printed)[0] == pages


@pytest.mark.parametrize(
    ("text", "book", "editors", "publisher"),
    [
        (
            "Bovaird, T., and Loeffler, E. (2005). “Communities, trust and organisational "
            "responses to local governance failure.” Trust, risk and uncertainty, Watson, S. "
            "and Moran, A. eds., Palgrave Macmillan, Houndmills, Basingstoke, p. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        (
            "6 Bovaird T, Loeffler E. Communities, trust and organisational responses to "
            "local governance failure. In: Trust, risk and uncertainty. Watson S, Moran A "
            "(editors). Houndmills, Basingstoke: Palgrave Macmillan; 2005. pp. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        (
            "6. Bovaird T, Loeffler E. Communities, trust and organisational responses to "
            "local governance failure. In: Trust, risk and uncertainty. Watson S, Moran A "
            "(Eds.), Palgrave Macmillan, Houndmills, Basingstoke, 143–162 (2005).",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
    ],
)
def test_book_before_its_editors(text: str, book: str, editors: list[str], publisher: str) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [name.family for name in work.editors] == editors
    assert work.publisher == publisher
    assert work.type == "chapter"


def test_vancouver_imprint_without_a_year_then_the_pages() -> None:
    work = parse_reference(
        "16. Bovaird T, Loeffler E. Quality management in public sector organisations. In "
        "Bovaird T, Loeffler E, editors. Public management and governance. Routledge. "
        "Abingdon and New York; p.162–177."
    )
    assert (work.publisher, work.place, work.pages) == (
        "Routledge",
        "Abingdon and New York",
        "162–177",
    )


def test_university_then_its_city_after_a_full_stop() -> None:
    work = parse_reference(
        "41. Dickinson H, Sullivan H. Imagining the 21st century public service workforce. "
        "University of Melbourne. Melbourne."
    )
    assert (work.publisher, work.place) == ("University of Melbourne", "Melbourne")


def test_saint_in_a_place_name_ends_no_publisher() -> None:
    segments = [
        Segment("title", "Old, new, and newer chant databases.", 0.9),
        Segment("location", "Brock University, St. Catharines, ON.", 0.6),
    ]
    assert repair_segments(segments)[-1].label == "location"


def test_publisher_of_an_edited_book_is_no_second_list_of_editors() -> None:
    work = parse_reference(
        "Lusch, R., and Vargo, S. (Eds.) (2006). The service dominant logic of marketing, "
        "M E Sharpe, New York."
    )
    assert [name.family for name in work.editors] == ["Lusch", "Vargo"]
    assert (work.publisher, work.place) == ("M E Sharpe", "New York")


def test_year_run_into_the_link() -> None:
    work = parse_reference(
        "22 Cooperative Party. Public services in our interests. "
        "2019.https://party.coop/policy/policy-platform-2017/services/ (accessed 29 Mar2019)."
    )
    assert work.year == 2019
    assert work.url == "https://party.coop/policy/policy-platform-2017/services/"


@pytest.mark.parametrize(
    ("text", "families", "journal"),
    [
        (
            "[77]Elinor Ostrom: World Development, 1996, vol. 24, pp. 1073–87 .",
            ["Ostrom"],
            "World Development",
        ),
        (
            "[78]Jeffrey L. Brudney and Robert E. England: Public Administration Review, "
            "1983, vol. 43, pp. 59–65 .",
            ["Brudney", "England"],
            "Public Administration Review",
        ),
        (
            "[57] E. Ostrom: World Development, 1996, vol. 24, pp. 1073–87.",
            ["Ostrom"],
            "World Development",
        ),
    ],
)
def test_full_given_names_closed_by_a_colon_then_the_journal(
    text: str, families: list[str], journal: str
) -> None:
    work = parse_reference(text)
    assert [name.family for name in work.authors] == families
    assert (work.container_title, work.title, work.type) == (journal, "", "article-journal")
    assert work.pages in ("1073–1087", "59–65")


def test_editors_closed_by_a_colon() -> None:
    work = parse_reference(
        "48 R. Lusch and S. Vargo, eds.: The Service Dominant Logic of Marketing, Sharpe, "
        "New York, 2006."
    )
    assert [name.family for name in work.editors] == ["Lusch", "Vargo"]
    assert work.authors == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title after the names stays one in German lists
        (
            "Wolfgang Jantzen: Vorwort. In: J. Bauer: Neuropsychologie und Psychologie des "
            "Körperselbstbildes. Butzbach/Griedel: AFRA, 2001, 7-12",
            "Vorwort. In: J. Bauer: Neuropsychologie und Psychologie des Körperselbstbildes",
        ),
        # a word that is no given name opens no name
        (
            "Alan Powers, Front Cover: Great book jackets and cover design, Mitchell "
            "Beazley, 2001.",
            "Front Cover: Great book jackets and cover design",
        ),
    ],
)
def test_title_after_names_closed_by_a_colon_stays_the_title(text: str, title: str) -> None:
    assert parse_reference(text).title == title


def test_list_number_run_into_the_names() -> None:
    assert with_marks_spaced("[27]M. Etgar: Journal") == "[27] M. Etgar: Journal"
    assert with_marks_spaced("[27] M. Etgar") == "[27] M. Etgar"
    assert with_marks_spaced("[2019] Title") == "[2019] Title"


def test_edition_then_publisher_before_the_place() -> None:
    work = parse_reference(
        "53 R. Normann: Services Management: Strategy and Leadership in Service Business, "
        "2nd edn., Wiley, Chichester, 1984."
    )
    assert (work.edition, work.publisher, work.place) == ("2", "Wiley", "Chichester")


def test_words_after_the_edition_that_name_no_publisher_stay_in_it() -> None:
    segments = [
        Segment("title", "Services management.", 0.9),
        Segment("edition", "2nd ed. Revised", 0.7),
        Segment("location", "Chichester,", 0.9),
    ]
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "74. Loeffler E, Schulze-Böing M. Co-producing better futures in employment "
            "services: The Co-Production Labs of Offenbach Employment Agency [Internet]. "
            "Governance International. Birmingham.",
            "Governance International",
            "Birmingham",
        ),
        (
            "65. Lipsky M. Street-level bureaucracy: Dilemmas of the individual in public "
            "services. Russell Sage Foundation. New York.",
            "Russell Sage Foundation",
            "New York",
        ),
        (
            "Rabrenovic A., Cleaning-up Serbia: Designing and Delivering a Public Campaign "
            "with over 200,000 volunteers (Governance International Case Study), Governance "
            "International, Birmingham, 2011.",
            "Governance International",
            "Birmingham",
        ),
        (
            "Bovaird, T./E. Loeffler, 2016a: Quality management in public sector "
            "organisations, in: T. Bovaird/E. Loeffler (red.), Public management and "
            "governance, Abingdon and New York, 162–177.",
            "",
            "Abingdon and New York",
        ),
    ],
)
def test_imprint_of_a_list_without_years_or_publishers(
    text: str, publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)
    assert publisher not in work.title or not publisher


def test_medium_with_letters_and_digits_after_it_is_no_imprint() -> None:
    segments = [
        Segment("title", "Consolidated table of approved risk values.", 0.9),
        Segment("date", "2005.", 0.9),
        Segment("note", "[online]. Acessed: December 5, 2007.", 0.6),
    ]
    assert repair_segments(segments) == segments


def test_title_read_as_a_note_before_the_link() -> None:
    work = parse_reference(
        "Cooperative Party, 2019, Public services in our interests "
        "<https://party.coop/policy/policy-platform-2017/services/> accessed 29.03.2019."
    )
    assert work.title == "Public services in our interests"
    assert work.accessed == "2019-03-29"


@pytest.mark.parametrize(
    "note",
    [
        "[cited 2019 Nov 30] Available from:",
        "Online at",
        "Consultable :",
        "Adresse :",
        "Accessed November 30, 2019.",
        "Americans share economics Nobel: The Spokesman-Review, at",
        "Lehrer diskriminieren die Schüler zu oft, in: Potsdamer Neueste Nachrichten,",
    ],
)
def test_words_leading_to_the_link_are_no_title(note: str) -> None:
    segments = [
        Segment("author", "EIPA.", 0.9),
        Segment("date", "2019.", 0.9),
        Segment("note", note, 0.6),
        Segment("url", "https://www.eipa.eu/portfolio/", 0.99),
    ]
    assert repair_segments(segments)[2].label == "note"


def test_gost_names_then_slashes_with_no_title() -> None:
    work = parse_reference(
        "2. Aligica P., Tarko V. // American Political Science Review. 2013. V. 107. № 4. "
        "P. 726–741."
    )
    assert [name.family for name in work.authors] == ["Aligica", "Tarko"]
    assert (work.title, work.container_title) == ("", "American Political Science Review")
    assert (work.volume, work.issue, work.pages) == ("107", "4", "726–741")


def test_gost_places_after_the_slashes() -> None:
    work = parse_reference(
        "1. Alford J. Engaging public sector clients: From service delivery to "
        "co-production. // Basingstoke and New York. Palgrave Macmillan. 2009."
    )
    assert (work.place, work.publisher, work.container_title) == (
        "Basingstoke and New York",
        "Palgrave Macmillan",
        "",
    )


def test_gost_chapter_authors_before_in_and_the_editors() -> None:
    work = parse_reference(
        "6. Bovaird T., Loeffler E. In: Watson S., Moran A., eds. Trust, risk and "
        "uncertainty. // Houndmills, Basingstoke. Palgrave Macmillan. 2005. 143–162."
    )
    assert [name.family for name in work.authors] == ["Bovaird", "Loeffler"]
    assert [name.family for name in work.editors] == ["Watson", "Moran"]
    assert (work.container_title, work.type) == ("Trust, risk and uncertainty", "chapter")


def test_title_before_slashes_is_no_name() -> None:
    segments = [
        Segment("author", "Garn H.,", 0.9),
        Segment("title", "Models for indicator development //", 0.6),
        Segment("journal", "Urban Institute Paper.", 0.6),
    ]
    assert repair_segments(segments)[1].label == "title"


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher"),
    [
        (
            "Argyris, C., Schön, D., 1978, Organizational learning: A theory of action "
            "perspective: Reading, MA, Addison Wesley.",
            "Organizational learning: A theory of action perspective",
            "Reading, MA",
            "Addison Wesley",
        ),
        (
            "Boyle, D., Harris, M., 2009, The challenge of co-production: How equal "
            "partnerships between professionals and the public are crucial to improving "
            "public services: London, NEF and NESTA.",
            "The challenge of co-production: How equal partnerships between professionals "
            "and the public are crucial to improving public services",
            "London",
            "NEF and NESTA",
        ),
    ],
)
def test_colon_before_the_imprint(text: str, title: str, place: str, publisher: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.place, work.publisher) == (title, place, publisher)


def test_subtitle_after_a_colon_naming_no_place_stays() -> None:
    segments = [
        Segment("title", "Co-production: Engaging citizens,", 0.7),
        Segment("publisher", "Routledge.", 0.9),
    ]
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        (
            "Bovaird, T., Loeffler, E., 2005, Communities, trust and organisational "
            "responses to local governance failure: en Watson, S., Moran, A. (eds.), Trust, "
            "risk and uncertainty, Houndmills, Basingstoke, Palgrave Macmillan, 143–162.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "Bovaird, T., Loeffler, E., 2016a, Quality management in public sector "
            "organisations: en Bovaird, T., Loeffler, E. (eds.), Public management and "
            "governance, Abingdon and New York, Routledge, 162–177.",
            ["Bovaird", "Loeffler"],
            "Public management and governance",
        ),
    ],
)
def test_in_after_the_title_colon_goes_with_the_editors(
    text: str, editors: list[str], book: str
) -> None:
    work = parse_reference(text)
    assert not work.title.endswith(("en", "Bovaird"))
    assert [name.family for name in work.editors] == editors
    assert work.container_title == book


def test_name_year_and_title_before_the_access_phrase() -> None:
    work = parse_reference(
        "Cooperative Party 2019, Public services in our interests, viewed 29 March 2019, "
        "<https://party.coop/policy/policy-platform-2017/services/>."
    )
    assert [name.literal for name in work.authors] == ["Cooperative Party"]
    assert (work.year, work.title) == (2019, "Public services in our interests")


def test_publication_date_before_the_access_phrase_is_no_title() -> None:
    segments = [
        Segment("author", "Cooperative Party,", 0.9),
        Segment("date", "(2019).", 0.9),
        Segment("url", "https://party.coop/policy/", 0.99),
        Segment("note", "Published 2019. Accessed March 29, 2019.", 0.6),
    ]
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Cooperative Party (2019): Public services in our interests [2019], "
            "https://party.coop/policy/policy-platform-2017/services/ [29.03.2019].",
            "Public services in our interests",
        ),
        (
            "Lee D. Americans Share Economics Nobel, 2009. <a "
            'href="http://www.spokesman.com/stories/2009/oct/13/americans-share-economics-'
            'nobel/" target="_blank">[Link]</a>.',
            "Americans Share Economics Nobel",
        ),
    ],
)
def test_title_before_the_link_ends_at_a_bracket(text: str, title: str) -> None:
    assert parse_reference(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "Bovaird T., Loeffler E., From engagement to co-production: The contribution of "
            "users and communities to outcomes and public value, „VOLUNTAS: International "
            "Journal of Voluntary and Nonprofit Organizations” t. 23 nr 4 (2012).",
            "From engagement to co-production: The contribution of users and communities to "
            "outcomes and public value",
            "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations",
        ),
        (
            "7. Bovaird T, Loeffler E. From engagement to co-production: The contribution of "
            "users and communities to outcomes and public value.VOLUNTAS: International "
            "Journal of Voluntary and Nonprofit Organizations. 2012;23(4):1119–1138.",
            "From engagement to co-production: The contribution of users and communities to "
            "outcomes and public value",
            "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations",
        ),
    ],
)
def test_journal_name_holding_a_colon_stays_whole(text: str, title: str, journal: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, journal)


def test_stop_printed_apart_is_no_name_but_an_empty_title_stays() -> None:
    work = parse_reference("Dhanda J. S. et Wells J., 2013, .")
    assert [name.family for name in work.authors] == ["Dhanda", "Wells"]


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        (
            "Arnstein, S., « The ladder of citizen participation », (1969) 35-4 Journal of "
            "the American Institute of Planners 216‑224.",
            "35",
            "4",
            "216–224",
        ),
        (
            "DAUDIN, G., « La logistique de la mondialisation », (2003) 87-4 Rev. OFCE 409.",
            "87",
            "4",
            "409",
        ),
    ],
)
def test_quebec_law_journal_volume_dash_issue(
    text: str, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.pages) == (volume, issue, pages)


def test_pages_before_the_journal_without_a_bracketed_year_stay_pages() -> None:
    segments = [
        Segment("title", "Title,", 0.9),
        Segment("pages", "35-40", 0.8),
        Segment("journal", "Journal of Planning", 0.8),
        Segment("pages", "216", 0.8),
    ]
    assert repair_segments(segments)[1].label == "pages"


def test_french_en_ligne_before_the_link_is_a_note() -> None:
    work = parse_reference(
        "Cooperative Party, « Public services in our interests » (2019), en ligne : "
        "<https://party.coop/policy/policy-platform-2017/services/> (consulté le 29 mars 2019)."
    )
    assert work.container_title == ""
    assert work.title == "Public services in our interests"


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("(éd. T. Bovaird et E. Loeffler),", ["Bovaird", "Loeffler"]),
        ("(éd. T.R. Kassen, D. Cepiku et T.J. Lah),", ["Kassen", "Cepiku", "Lah"]),
        ("(dir. S. Watson),", ["Watson"]),
        ("(Hrsg.) Watson, S.", ["Watson"]),
    ],
)
def test_editors_mark_opening_a_bracket(text: str, families: list[str]) -> None:
    names = parse_name_list(text).names
    assert [name.family for name in names] == families
    assert not any("éd" in name.given or "dir" in name.given for name in names)


def test_marked_editors_opening_the_book_without_in() -> None:
    work = parse_reference(
        "Bovaird, T. / E. Loeffler, “Communities, trust and organisational responses to "
        "local governance failure”: S. Watson / A. Moran (edt.), Trust, risk and "
        "uncertainty, Palgrave Macmillan, Houndmills, Basingstoke, 2005, ss. 143-162."
    )
    assert [name.family for name in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"


@pytest.mark.parametrize(
    ("text", "book", "editors", "publisher", "place"),
    [
        (
            "6. Bovaird, T. and Loeffler, E. In Trust, risk and uncertainty; Watson, S.; "
            "Moran, A., Eds.; Palgrave Macmillan: Houndmills, Basingstoke, 2005; pp. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
            "Houndmills, Basingstoke",
        ),
        (
            "12. Bovaird, T. and Quirk, B. In The Routledge handbook of global public policy "
            "and administration; Kassen, T. R.; Cepiku, D.; Lah, T. J., Eds.; Routledge: "
            "London, 2017; pp. 258–270.",
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
            "Routledge",
            "London",
        ),
    ],
)
def test_acs_book_editors_and_imprint_parted_by_semicolons(
    text: str, book: str, editors: list[str], publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [name.family for name in work.editors] == editors
    assert (work.publisher, work.place) == (publisher, place)


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Planners, 35/4/216–224", "Planners, 35(4): 216–224"),
        ("Review, 76/427–435", "Review, 76: 427–435"),
        # a double issue, a date and a link stay as printed
        ("Glareana, 18/3-4 (December 1969), 2-16.", "Glareana, 18/3-4 (December 1969), 2-16."),
        ("Report, 12/4/2019.", "Report, 12/4/2019."),
    ],
)
def test_volume_issue_and_pages_parted_by_slashes(printed: str, read: str) -> None:
    assert with_marks_spaced(printed) == read


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Aligica, P. in Tarko, V.", ["Aligica", "Tarko"]),
        ("Bovaird, T., Willis, M. in Briggs, I.", ["Bovaird", "Willis", "Briggs"]),
    ],
)
def test_slovenian_in_between_names(text: str, families: list[str]) -> None:
    assert [name.family for name in parse_name_list(text).names] == families


def test_in_before_a_book_is_no_connector() -> None:
    names = parse_name_list("Smith, J. in Handbook of Things").names
    assert [name.family for name in names] == ["Smith"]


def test_publisher_before_the_colon_and_its_places() -> None:
    work = parse_reference(
        "Bovaird, T. and E. Loeffler, “Quality management in public sector organisations” "
        "in Public Management and Governance (Bovaird, T. and E. Loeffler, eds.), "
        "Routledge: Abingdon and New York, 2016a, pp. 162–177."
    )
    assert (work.publisher, work.place) == ("Routledge", "Abingdon and New York")


def test_place_before_the_colon_stays_the_place() -> None:
    segments = [
        Segment("title", "Public management.", 0.9),
        Segment("location", "London:", 0.9),
        Segment("publisher", "Routledge,", 0.9),
    ]
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue"),
    [
        (
            "Brandsen, T., and M. Honingh, ‘Distinguishing different types of coproduction: "
            "A conceptual analysis based on the classical definitions’, Public Administration "
            "Review lxxvi (2016), 427–35.",
            "Public Administration Review",
            "lxxvi",
            "",
        ),
        (
            "Lasker, J., and others, ‘Time banking and health: The role of a community "
            "currency organization in enhancing well-being’, Health Promotion Practice xii/1 "
            "(2011), 102–15.",
            "Health Promotion Practice",
            "xii",
            "1",
        ),
        # a word of roman letters that is no numeral stays in the name
        (
            "Smith, J., ‘Title of the paper’, Annals of Civic Life (2011), 102–15.",
            "Annals of Civic Life",
            "",
            "",
        ),
    ],
)
def test_small_roman_volume_ending_the_journal(
    text: str, journal: str, volume: str, issue: str
) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.volume, work.issue) == (journal, volume, issue)


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Greenhalgh, Trisha vd.", ["Greenhalgh"]),
        ("Vlachokyriakos V. i in.", ["Vlachokyriakos"]),
        ("Batalden, M. idr.", ["Batalden"]),
    ],
)
def test_et_al_in_turkish_polish_and_slovenian(text: str, families: list[str]) -> None:
    names = parse_name_list(text)
    assert [name.family for name in names.names] == families
    assert names.et_al


def test_list_number_with_a_full_stop_run_into_the_names() -> None:
    work = parse_reference(
        "20.Patton W, Donohue R. Coping with long-term unemployment. J Community App Soc "
        "Psychol. 1998;8: 331–43."
    )
    assert [name.family for name in work.authors] == ["Patton", "Donohue"]
    assert with_marks_spaced("3.5 Title") == "3.5 Title"


def test_vancouver_initial_then_the_title_first_word() -> None:
    work = parse_reference(
        "[81] Bovaird T. Beyond Engagement and Participation: User and Community "
        "Coproduction of Public Services. Public Administration Review 2007;67:846–860."
    )
    assert [name.family for name in work.authors] == ["Bovaird"]
    assert work.title.startswith("Beyond Engagement")


def test_given_name_initial_and_family_before_a_quoted_title_stay_a_name() -> None:
    segments = [
        Segment("author", "Raymond A. Mentzer", 0.8),
        Segment("title", "“Ecclesiastical discipline and communal reorganization”", 0.8),
    ]
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("text", "year", "title"),
    [
        (
            "129. The Royal Swedish Academy of Sciences. The Prize in Economic Sciences 2009: "
            "Press Release [Online]. NobelPrize.org: 2009. https://www.nobelprize.org/prizes/",
            None,
            "The Prize in Economic Sciences 2009: Press Release",
        ),
        (
            "122. The Royal Swedish Academy of Sciences. 2009. The Prize in Economic Sciences "
            "2009: Press Release. NobelPrize.org. Retrieved March 14, 2024 from "
            "https://www.nobelprize.org/prizes/",
            2009,
            "The Prize in Economic Sciences 2009: Press Release",
        ),
    ],
)
def test_body_then_the_page_title_read_as_a_note(text: str, year: int | None, title: str) -> None:
    work = parse_reference(text)
    assert [name.literal for name in work.authors] == ["The Royal Swedish Academy of Sciences"]
    assert work.title == title
    assert year is None or work.year == year


@pytest.mark.parametrize(
    ("text", "edition", "publisher"),
    [
        (
            "Lipsky, Michael, Street-Level Bureaucracy: Dilemmas of the Individual in Public "
            "Services, 30th anniversary expanded, New York, 2010.",
            "30th anniversary expanded",
            "",
        ),
        (
            "Lipsky, M., 2010. Street-Level Bureaucracy: Dilemmas of the Individual in Public "
            "Services, 30th anniversary expanded. ed. Russell Sage Foundation, New York.",
            "30th anniversary expanded",
            "Russell Sage Foundation",
        ),
    ],
)
def test_edition_words_ending_the_title(text: str, edition: str, publisher: str) -> None:
    work = parse_reference(text)
    assert work.title == "Street-Level Bureaucracy: Dilemmas of the Individual in Public Services"
    assert (work.edition, work.publisher) == (edition, publisher)


@pytest.mark.parametrize(
    "text",
    [
        "Social Care Institute for Excellence (2013) Co-production in Social Care: What It Is "
        "and How to Do It. SCIE. https://www.scie.org.uk/publications/guides/guide51/",
        "Social Care Institute for Excellence, 2013. Co-production in Social Care: What It Is "
        "and How to Do It [WWW Document]. SCIE. URL https://www.scie.org.uk/publications/ "
        "(accessed 11.2.2023).",
    ],
)
def test_acronym_after_the_title_is_the_web_site(text: str) -> None:
    work = parse_reference(text)
    assert work.title == "Co-production in Social Care: What It Is and How to Do It"
    assert work.container_title == "SCIE"


def test_acronym_after_the_title_of_a_printed_report_is_the_publisher() -> None:
    work = parse_reference(
        "Carr, S. (2012). Personalisation: A rough guide to social care reform. SCIE."
    )
    assert work.title == "Personalisation: A rough guide to social care reform"
    assert work.publisher == "SCIE"


def test_region_code_ending_the_title_is_no_publisher() -> None:
    segments = [
        Segment("author", "Smith, J.", 0.9),
        Segment("title", "Policy in Washington. DC.", 0.7),
    ]
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        (
            "[22] Cooperative Party: Public services in our interests, [online], 2019, Online "
            "im Internet: https://party.coop/policy/ (29.3.2019).",
            "Cooperative Party",
            "Public services in our interests",
        ),
        (
            "[28] European CAF Resource Centre: Improving public organisations through "
            "self-assessment, [online], 2013, Online im Internet: "
            "https://archive.eipa.eu/files/File/CAF/CAF_2013.pdf (30.11.2013).",
            "European CAF Resource Centre",
            "Improving public organisations through self-assessment",
        ),
    ],
)
def test_body_closed_by_a_colon_opening_the_entry(text: str, body: str, title: str) -> None:
    work = parse_reference(text)
    assert [name.literal for name in work.authors] == [body]
    assert work.title == title


def test_building_named_before_a_subtitle_in_small_letters_stays_the_title() -> None:
    segments = [
        Segment("title", "Centre Pompidou: an occasional series of architectural profiles,", 0.8),
        Segment("date", "1977,", 0.9),
    ]
    assert repair_segments(segments) == segments


def test_given_name_initial_and_family_closed_by_a_colon_stay_one_name() -> None:
    work = parse_reference(
        "[106] Edgar S. Cahn: No More Throw-Away People: The Co-Production Imperative, "
        "Essential Books, Washington, DC, 2000."
    )
    assert [name.family for name in work.authors] == ["Cahn"]
    assert work.title.startswith("No More Throw-Away People")
