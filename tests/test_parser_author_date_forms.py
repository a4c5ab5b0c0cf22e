"""Author-date forms the labeller reads into their neighbours: AAA's year after the
names with no punctuation (or alone, for a repeated author), a chapter's book before
editors named in full, people in reading order ending a sentence, and a newspaper's
day printed after its name or in the date (AAA, Chicago, APA)."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.names import parse_names
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_labels, repair_segments
from coprod_refs.parse.tokens import tokenize


def _pairs(segments: list[Segment]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in segments]


def _segments(*pairs: tuple[str, str]) -> list[Segment]:
    return [Segment(label, text, 0.9) for label, text in pairs]


def test_people_in_reading_order_ending_a_sentence_are_people() -> None:
    names = parse_names("Joost Fledderus, Taco Brandsen, Marlies Honingh.")
    assert [(n.family, n.given) for n in names] == [
        ("Fledderus", "Joost"),
        ("Brandsen", "Taco"),
        ("Honingh", "Marlies"),
    ]


def test_a_body_with_commas_ending_a_sentence_stays_one_body() -> None:
    names = parse_names("Department of Health, Social Services and Public Safety.")
    assert [n.literal for n in names] == ["Department of Health, Social Services and Public Safety"]


@pytest.mark.parametrize("year", ["2012", "1990"])
def test_a_year_the_model_read_as_the_date_is_no_list_number(year: str) -> None:
    tokens = tokenize(f"{year} From engagement to co-production.")
    labels = ["date"] + ["title"] * (len(tokens) - 1)
    assert repair_labels(tokens, labels, [0.9] * len(tokens))[0] == "date"


@pytest.mark.parametrize(("number", "label"), [("12.", "date"), ("[3]", "date"), ("12", "title")])
def test_a_list_number_is_one_whatever_the_model_said(number: str, label: str) -> None:
    tokens = tokenize(f"{number} Smith J. Co-production.")
    labels = [label] + ["author"] * 2 + ["title"]
    assert repair_labels(tokens, labels, [0.9] * len(tokens))[0] == "citation-number"


def test_a_repeated_authors_year_opening_the_reference_is_the_year() -> None:
    work = parse_reference(
        "2012 From Engagement to Co-Production: The Contribution of Users and Communities "
        "to Outcomes and Public Value. VOLUNTAS: International Journal of Voluntary and "
        "Nonprofit Organizations 23(4): 1119–1138."
    )
    assert (work.year, work.volume, work.pages) == (2012, "23", "1119–1138")


def test_a_year_after_the_names_without_punctuation_is_the_date() -> None:
    got = repair_segments(
        _segments(
            ("author", "Loeffler, E., and M. Schulze-Böing"),
            ("title", "2020 Co-Producing Better Futures in Employment Services."),
            ("location", "Birmingham:"),
            ("publisher", "Governance International."),
        )
    )
    assert _pairs(got)[:3] == [
        ("author", "Loeffler, E., and M. Schulze-Böing"),
        ("date", "2020"),
        ("title", "Co-Producing Better Futures in Employment Services."),
    ]


def test_a_number_opening_a_dated_title_stays_in_the_title() -> None:
    segments = _segments(
        ("author", "Schnabel, Eckhard."),
        ("title", "1914 and After: The Great War."),
        ("date", "2011."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_a_book_before_editors_named_in_full_is_the_container() -> None:
    work = parse_reference(
        "Ostrom, Vincent, and Elinor Ostrom 1977 Public Goods and Public Choices. In "
        "Alternatives for Delivering Public Services: Toward Improved Performance. Emanuel "
        "S. Savas, ed. Pp. 7–49. Boulder, CO: Westview Press."
    )
    assert work.type == "chapter"
    assert work.title == "Public Goods and Public Choices"
    assert work.container_title == (
        "Alternatives for Delivering Public Services: Toward Improved Performance"
    )
    assert [e.family for e in work.editors] == ["Savas"]
    assert (work.pages, work.publisher, work.place) == ("7–49", "Westview Press", "Boulder, CO")


def test_a_newspapers_day_after_its_name_is_part_of_the_date() -> None:
    work = parse_reference(
        "Lee, Don. 2009. “Americans Share Economics Nobel.” Spokesman-Review, October 13."
    )
    assert (work.year, work.month, work.day) == (2009, 10, 13)
    assert (work.container_title, work.type) == ("Spokesman-Review", "article-newspaper")


@pytest.mark.parametrize(
    "segments",
    [
        (
            ("author", "Lee, Don"),
            ("date", "2009"),
            ("title", "Americans Share Economics Nobel. The Spokesman-Review, October 13."),
        ),
        (
            ("author", "Lee, Don"),
            ("date", "2009"),
            ("title", "Americans Share Economics Nobel."),
            ("publisher", "The Spokesman-Review, October 13."),
        ),
    ],
)
def test_a_newspaper_and_its_day_ending_the_title_are_taken_out(
    segments: tuple[tuple[str, str], ...],
) -> None:
    got = repair_segments(_segments(*segments))
    assert _pairs(got)[2:] == [
        ("title", "Americans Share Economics Nobel."),
        ("journal", "The Spokesman-Review"),
        ("date", "October 13"),
    ]


def test_a_title_that_is_a_name_and_a_day_stays_the_title() -> None:
    segments = _segments(("author", "Lee, Don"), ("date", "2009"), ("title", "Letters, May 5."))
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_a_name_after_the_title_of_a_work_dated_to_the_day_is_the_newspaper() -> None:
    work = parse_reference(
        "Lee, D. (2009, October 13). Americans share economics Nobel. The Spokesman-Review."
    )
    assert (work.container_title, work.publisher) == ("The Spokesman-Review", "")
    assert (work.type, work.month, work.day) == ("article-newspaper", 10, 13)


@pytest.mark.parametrize(
    ("date", "publisher"),
    [("(2009).", "The Policy Press."), ("(2009, October 13).", "Oxford University Press.")],
)
def test_a_publisher_after_a_title_dated_by_its_year_or_named_as_one_stays(
    date: str, publisher: str
) -> None:
    segments = _segments(
        ("author", "Lee, D."), ("date", date), ("title", "Co-production."), ("publisher", publisher)
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(
    ("printed", "people"),
    [
        (
            "Parks Roger B., Baker Paula C., Kiser Larry, Ostrom Elinor, Ostrom Vincent, "
            "Percy Stephen L. et Wilson Rick",
            [
                ("Parks", "Roger B."),
                ("Baker", "Paula C."),
                ("Kiser", "Larry"),
                ("Ostrom", "Elinor"),
                ("Ostrom", "Vincent"),
                ("Percy", "Stephen L."),
                ("Wilson", "Rick"),
            ],
        ),
        (
            "Voorberg William H., Bekkers Victor J. J. M. et Tummers Lars G.",
            [("Voorberg", "William H."), ("Bekkers", "Victor J. J. M."), ("Tummers", "Lars G.")],
        ),
        # One name with a family name of two words stays one family name.
        ("Corcoran Dunlop E.", [("Corcoran Dunlop", "E.")]),
        (
            "Lindsay C., Corcoran Dunlop E., Van Der Meer R.",
            [("Lindsay", "C."), ("Corcoran Dunlop", "E."), ("Van Der Meer", "R.")],
        ),
        (
            "Roger B. Parks, Paula C. Baker and Larry Kiser",
            [("Parks", "Roger B."), ("Baker", "Paula C."), ("Kiser", "Larry")],
        ),
    ],
)
def test_a_list_with_family_names_first_is_told_by_its_given_names_and_initials(
    printed: str, people: list[tuple[str, str]]
) -> None:
    assert [(n.family, n.given) for n in parse_names(printed)] == people


@pytest.mark.parametrize(
    ("place", "publisher", "expected"),
    [
        ("Basingstoke", "and New York, Palgrave Macmillan,", "Basingstoke and New York,"),
        ("Boulder,", "CO, Westview Press,", "Boulder, CO,"),
        ("Washington, DC, Essential", "Books,", "Washington, DC,"),
    ],
)
def test_places_cut_from_a_place_first_imprint_go_back_to_the_place(
    place: str, publisher: str, expected: str
) -> None:
    got = repair_segments(
        _segments(
            ("author", "Alford J.,"),
            ("title", "Engaging public sector clients,"),
            ("location", place),
            ("publisher", publisher),
            ("date", "2009."),
        )
    )
    assert got[2].label == "location" and got[2].text == expected
    assert got[3].label == "publisher" and expected not in got[3].text


@pytest.mark.parametrize(
    ("place", "publisher"),
    [("Weinheim, Basel", "(Beltz Verlag)"), ("Washington, D. C.", "Morgan Kaufmann.")],
)
def test_a_place_naming_places_only_keeps_its_publisher(place: str, publisher: str) -> None:
    segments = _segments(
        ("author", "Eberwein H."),
        ("title", "Handbuch,"),
        ("location", place),
        ("publisher", publisher),
        ("date", "2009."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_a_book_after_its_editors_is_the_container_not_a_second_title() -> None:
    work = parse_reference(
        "Ostrom Vincent et Ostrom Elinor, « Public Goods and Public Choices » dans Emanuel "
        "S. Savas (ed.), Alternatives for Delivering Public Services: Toward Improved "
        "Performance, Boulder, CO, Westview Press, 1977, p. 7‑49."
    )
    assert (work.type, work.title) == ("chapter", "Public Goods and Public Choices")
    assert work.container_title.startswith("Alternatives for Delivering Public Services")
    assert (work.place, work.publisher, work.pages) == ("Boulder, CO", "Westview Press", "7–49")


@pytest.mark.parametrize("word", ["dans", "en", "In:"])
def test_a_second_title_after_editors_opened_by_in_is_the_book(word: str) -> None:
    segments = _segments(
        ("title", "« Public Goods and Public Choices »"),
        ("editor", f"{word} Emanuel S. Savas (ed.),"),
        ("title", "Alternatives for Delivering Public Services,"),
    )
    assert [s.label for s in repair_segments(segments)] == ["title", "editor", "container-title"]


def test_natures_chapter_with_bracketed_editors_and_imprint() -> None:
    work = parse_reference(
        "6. Bovaird, T. & Loeffler, E. Communities, trust and organisational responses to "
        "local governance failure. in Trust, risk and uncertainty (eds. Watson, S. & Moran, "
        "A.) 143–162 (Palgrave Macmillan, Houndmills, Basingstoke, 2005)."
    )
    assert (work.type, work.year) == ("chapter", 2005)
    assert (
        work.title == "Communities, trust and organisational responses to local governance failure"
    )
    assert work.container_title == "Trust, risk and uncertainty"
    assert [e.family for e in work.editors] == ["Watson", "Moran"]
    assert (work.pages, work.publisher) == ("143–162", "Palgrave Macmillan")


def test_natures_book_cut_inside_and_after_a_question_mark() -> None:
    got = repair_segments(
        _segments(
            ("author", "Brandsen, T. & Honingh, M."),
            ("title", "Definitions of Co-production? in Co-Production: Engaging Citizens"),
            ("container-title", "in Public Services"),
            ("editor", "(eds. Brandsen, T. & Steen, T.)"),
        )
    )
    assert _pairs(got)[1:3] == [
        ("title", "Definitions of Co-production?"),
        ("container-title", "in Co-Production: Engaging Citizens in Public Services"),
    ]


def test_a_small_in_inside_a_sentence_stays_in_the_title() -> None:
    segments = _segments(
        ("author", "Brandsen, T."),
        ("title", "Co-production in Public Services: the case of Europe."),
        ("date", "(2018)."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_bracketed_editors_run_into_the_pages_end_at_their_bracket() -> None:
    got = repair_segments(
        _segments(
            ("title", "Vulnerable citizens."),
            ("container-title", "in The Palgrave Handbook of Co-Production"),
            ("editor", "(eds. Loeffler, E. & Bovaird,"),
            ("volume", "T.) 527–539"),
            ("publisher", "(Palgrave Macmillan,"),
        )
    )
    assert _pairs(got)[2:4] == [
        ("editor", "(eds. Loeffler, E. & Bovaird, T.)"),
        ("pages", "527–539"),
    ]


def test_natures_proceedings_with_pages_and_imprint_after_the_book() -> None:
    work = parse_reference(
        "125. Björgvinsson, E., Ehn, P. & Hillgren, P.-A. Participatory Design and "
        "‘Democratizing Innovation’. in Proceedings of the 11th Biennial Participatory "
        "Design Conference 41–50 (ACM, New York, 2010). doi:10.1145/1900441.1900448."
    )
    assert (
        work.container_title == "Proceedings of the 11th Biennial Participatory Design Conference"
    )
    assert (work.pages, work.publisher, work.place, work.year) == ("41–50", "ACM", "New York", 2010)
    assert work.type == "paper-conference"


def test_title_words_after_semicolon_names_open_the_title() -> None:
    got = repair_segments(
        _segments(
            ("author", "Aligica, P.; Tarko, V. Co-Production, Polycentricity,"),
            ("title", "and Value Heterogeneity."),
            ("journal", "American Political Science Review"),
        )
    )
    assert _pairs(got)[:2] == [
        ("author", "Aligica, P.; Tarko, V."),
        ("title", "Co-Production, Polycentricity, and Value Heterogeneity."),
    ]


@pytest.mark.parametrize(
    "names", ["Wagner, C. Peter,", "Clark, K. L., Negation", "Smith, J.; Jones, K. Jr."]
)
def test_a_given_name_after_initials_stays_with_the_names(names: str) -> None:
    segments = _segments(("author", names), ("title", "Your Church Can Grow."), ("date", "1976."))
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_a_book_before_semicolon_editors_is_the_container() -> None:
    got = repair_segments(
        _segments(
            ("title", "Communities, trust and organisational responses."),
            ("editor", "In Trust, risk and uncertainty; Watson, S., Moran, A., Eds.;"),
            ("publisher", "Palgrave Macmillan"),
        )
    )
    assert _pairs(got)[1:3] == [
        ("container-title", "In Trust, risk and uncertainty"),
        ("editor", "Watson, S., Moran, A., Eds.;"),
    ]


def test_places_after_the_publishers_colon_join_the_place() -> None:
    got = repair_segments(
        _segments(
            ("title", "Communities."),
            ("publisher", "Palgrave Macmillan: Houndmills,"),
            ("location", "Basingstoke,"),
            ("date", "2005;"),
        )
    )
    assert _pairs(got)[1:3] == [
        ("publisher", "Palgrave Macmillan"),
        ("location", "Houndmills, Basingstoke,"),
    ]


@pytest.mark.parametrize(
    ("reference", "fields"),
    [
        (
            "(39) Lipsky, M. Street-Level Bureaucracy: Dilemmas of the Individual in Public "
            "Services; Russell Sage Foundation: New York, 1980.",
            ("book", "", "Russell Sage Foundation", "New York"),
        ),
        (
            "(21) Carr, S. Personalisation: A Rough Guide; SCIE Guide 47; SCIE: London, 2012.",
            ("report", "SCIE Guide 47", "SCIE", "London"),
        ),
    ],
)
def test_acs_books_and_reports_are_read_from_their_semicolons(
    reference: str, fields: tuple[str, str, str, str]
) -> None:
    work = parse_reference(reference)
    assert (work.type, work.genre, work.publisher, work.place) == fields


def test_semicolons_with_no_place_after_the_colon_are_left_alone() -> None:
    segments = _segments(
        ("author", "Carr, S."),
        ("title", "Personalisation; A Rough Guide; Part 2: Methods,"),
        ("date", "2012."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        (
            "(19) Cahn, E. S.; Gray, C. Co-Production from a Normative Perspective. In New "
            "public governance, the third sector and co-production; Pestoff, V., Brandsen, T., "
            "Verschuere, B., Eds.; Routledge: New York and London, 2012; pp 129–144.",
            "Co-Production from a Normative Perspective",
        ),
        (
            "36. Cahn E. S., Gray C. Co-production from a normative perspective // New public "
            "governance, the third sector and co-production / под ред. V. Pestoff, T. "
            "Brandsen, B. Verschuere. New York and London: Routledge, 2012. С. 129–144.",
            "Co-production from a normative perspective",
        ),
    ],
    ids=["acs-semicolons", "gost-slashes"],
)
def test_a_chapter_with_its_book_editors_and_imprint_in_acs_and_gost_marks(
    reference: str, title: str
) -> None:
    work = parse_reference(reference)
    assert (work.type, work.title) == ("chapter", title)
    assert work.container_title == "New public governance, the third sector and co-production"
    assert [e.family for e in work.editors] == ["Pestoff", "Brandsen", "Verschuere"]
    assert (work.publisher, work.place, work.pages) == (
        "Routledge",
        "New York and London",
        "129–144",
    )


def test_gost_article_with_its_journal_after_the_slashes() -> None:
    got = repair_segments(
        _segments(
            ("author", "Lindsay C."),
            ("title", "Collaborative innovation, new technologies //"),
            ("journal", "Public Administration Review."),
            ("date", "2018."),
            ("volume", "Т. 78."),
        )
    )
    assert _pairs(got)[1:3] == [
        ("title", "Collaborative innovation, new technologies"),
        ("journal", "Public Administration Review."),
    ]


def test_a_link_in_a_title_is_no_gost_separator() -> None:
    segments = _segments(
        ("author", "Goan M."),
        ("title", "Timebanking, see http://www.govint.org/news / blog."),
        ("date", "2014."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(("first", "second"), [("и", "др."), ("u.", "a.")])
def test_et_al_cut_after_its_first_word_goes_back_to_the_names(first: str, second: str) -> None:
    got = repair_segments(
        _segments(
            ("author", f"Garn H. {first}"),
            ("title", f"{second} Models for indicator development."),
            ("date", "1976."),
        )
    )
    assert _pairs(got)[:2] == [
        ("author", f"Garn H. {first} {second}"),
        ("title", "Models for indicator development."),
    ]


def test_gost_editors_read_apart_after_the_slash_stay_the_editors() -> None:
    got = repair_segments(
        _segments(
            ("author", "Jackson P."),
            ("title", "The political economy of co-production // The Palgrave handbook /"),
            ("editor", "под ред. E. Loeffler, T. Bovaird."),
            ("location", "London:"),
        )
    )
    assert _pairs(got)[1:4] == [
        ("title", "The political economy of co-production"),
        ("container-title", "The Palgrave handbook"),
        ("editor", "под ред. E. Loeffler, T. Bovaird."),
    ]


def test_rscs_chapter_with_no_title_keeps_its_book_as_the_container() -> None:
    work = parse_reference(
        "10 T. Bovaird and E. Loeffler, in Public management and governance, eds. T. Bovaird "
        "and E. Loeffler, Routledge, Abingdon and New York, 2016, pp. 162–177."
    )
    assert (work.type, work.title) == ("chapter", "")
    assert work.container_title == "Public management and governance"
    assert (work.publisher, work.place, work.pages) == (
        "Routledge",
        "Abingdon and New York",
        "162–177",
    )


def test_rscs_authors_book_and_editors_read_as_one_run_of_editors() -> None:
    work = parse_reference(
        "6 T. Bovaird and E. Loeffler, in Trust, risk and uncertainty, eds. S. Watson and A. "
        "Moran, Palgrave Macmillan, Houndmills, Basingstoke, 2005, pp. 143–162."
    )
    assert [a.family for a in work.authors] == ["Bovaird", "Loeffler"]
    assert [e.family for e in work.editors] == ["Watson", "Moran"]
    assert (work.container_title, work.type) == ("Trust, risk and uncertainty", "chapter")


def test_rscs_bare_volume_before_the_pages_is_the_volume() -> None:
    work = parse_reference(
        "2 P. Aligica and V. Tarko, American Political Science Review, 2013, 107, 726–741."
    )
    assert (work.container_title, work.volume, work.pages) == (
        "American Political Science Review",
        "107",
        "726–741",
    )


def test_a_number_before_pages_of_a_book_stays_with_the_pages() -> None:
    segments = _segments(
        ("author", "Smith, J."),
        ("title", "A book."),
        ("publisher", "Sage,"),
        ("pages", "12, 15–20."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_containers_around_in_and_editors_are_the_title_and_the_book() -> None:
    from coprod_refs.parse.reference import assemble

    work = assemble(
        _segments(
            ("author", "Jhally, S."),
            ("date", "(1989)."),
            ("container-title", "The political economy of culture."),
            ("editor", "In I. Angus and S. Jhally (Eds.),"),
            ("container-title", "Cultural politics in contemporary America."),
            ("location", "New York:"),
            ("publisher", "Routledge."),
        ),
        "",
    )
    assert (work.title, work.container_title, work.type) == (
        "The political economy of culture",
        "Cultural politics in contemporary America",
        "chapter",
    )


def test_a_books_title_with_its_editors_after_it_stays_the_title() -> None:
    from coprod_refs.parse.reference import assemble

    work = assemble(
        _segments(
            ("author", "Weber, M."),
            ("date", "(1978)."),
            ("container-title", "Economy and society"),
            ("editor", "(G. Roth & C. Wittich, Eds.)."),
            ("publisher", "University of California Press."),
        ),
        "",
    )
    assert (work.title, work.container_title) == ("Economy and society", "")


def test_full_names_in_reading_order_cut_after_the_first_go_back_to_the_authors() -> None:
    work = parse_reference(
        "84. Stephen P. Osborne, Zoe Radnor, Kirsty Strokosch. Co-Production and the "
        "Co-Creation of Value in Public Services: A suitable case for treatment? Public "
        "Management Review. 2016;18(5):639-653."
    )
    assert [a.family for a in work.authors] == ["Osborne", "Radnor", "Strokosch"]
    assert work.title.startswith("Co-Production and the Co-Creation of Value")


@pytest.mark.parametrize(
    ("author", "title"),
    [
        ("Cristina La Rocca, Luigi Provero,", "The Dead and Their Gifts. The Will of Eberhard."),
        ("Bovaird, T.,", "Zoe Radnor. Co-production."),
        ("Stephen P. Osborne,", "Public Services. Co-production."),
    ],
)
def test_a_title_opening_with_capitalised_words_stays_the_title(author: str, title: str) -> None:
    segments = _segments(("author", author), ("title", title), ("date", "2016."))
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(
    ("label", "text", "name"),
    [
        ("journal", "Review of Administrative Sciences 2016,", "Review of Administrative Sciences"),
        ("title", "Improving public organisations: 2013.", "Improving public organisations"),
        ("title", "Spending time credits 2018: 2018.", "Spending time credits 2018"),
    ],
)
def test_a_year_ending_a_journal_or_title_is_the_date(label: str, text: str, name: str) -> None:
    got = repair_segments(_segments(("author", "Thijssen, P."), (label, text), ("volume", "82,")))
    assert _pairs(got)[1:3] == [(label, name), ("date", text.rstrip(" ,.").rsplit(None, 1)[-1])]


@pytest.mark.parametrize("title", ["Census 2011.", "Spending time credits 2018."])
def test_a_year_inside_a_titles_last_words_stays_there(title: str) -> None:
    segments = _segments(("author", "ONS"), ("title", title), ("url", "https://ons.gov.uk"))
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_a_year_before_the_access_note_is_the_date() -> None:
    work = parse_reference(
        "Goan M., How we grew timebanking in rural Scotland: The Argyll and Bute Timebanks, "
        "http://www.govint.org/news/blog/ , 2014, consulté le 1 avril 2019."
    )
    assert (work.year, work.accessed) == (2014, "2019-04-01")


def test_amas_proceedings_run_on_to_publisher_year_and_pages() -> None:
    work = parse_reference(
        "126. Vasilis Vlachokyriakos, Clara Crivellaro, Patrick Olivier. Digital Civics: "
        "Citizen Empowerment With and Through Technology. In: Proceedings of the 2016 CHI "
        "Conference Extended Abstracts on Human Factors in Computing Systems. ACM; "
        "2016:1096-1099. doi:10.1145/2851581.2886436"
    )
    assert work.container_title.startswith("Proceedings of the 2016 CHI Conference")
    assert (work.publisher, work.year, work.pages) == ("ACM", 2016, "1096–1099")


def test_asas_volume_and_pages_after_the_journal_come_out_of_its_name() -> None:
    work = parse_reference(
        "Etgar, M. 2008. “A Descriptive Model of the Consumer Co-Production Process.” Journal "
        "of the Academy of Marketing Science 36:97–108. doi:10.1007/s11747-007-0061-1."
    )
    assert (work.container_title, work.volume, work.pages) == (
        "Journal of the Academy of Marketing Science",
        "36",
        "97–108",
    )


def test_a_journal_named_with_a_number_keeps_it() -> None:
    segments = _segments(
        ("author", "Etgar, M."),
        ("title", "A model."),
        ("journal", "Studies in Law 2:"),
        ("date", "2008."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(
    ("title", "publisher", "series"),
    [
        (
            "New Public Governance, the Third Sector and Co-Production. Routledge Critical "
            "Studies in Public Management.",
            "Routledge.",
            "Routledge Critical Studies in Public Management",
        ),
        (
            "Together for Better Public Services. OECD Public Governance Reviews.",
            "OECD Publishing.",
            "OECD Public Governance Reviews",
        ),
    ],
)
def test_a_series_named_by_its_publisher_ends_the_title(
    title: str, publisher: str, series: str
) -> None:
    got = repair_segments(
        _segments(
            ("author", "Pestoff, V."),
            ("date", "2012."),
            ("title", title),
            ("location", "New York:"),
            ("publisher", publisher),
        )
    )
    assert ("collection-title", series) in _pairs(got)


def test_a_last_sentence_opening_with_a_publishers_common_word_stays_in_the_title() -> None:
    segments = _segments(
        ("author", "AECOM."),
        ("date", "2013."),
        ("title", "Work Plan for Munitions, Naval Base Guam."),
        ("location", "Piti, GU:"),
        ("publisher", "Naval Facilities Engineering Command, Marianas."),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


def test_harvards_medium_before_the_imprint_ends_the_title() -> None:
    work = parse_reference(
        "ISO, 2019. ISO 2002_2015: How to use it. [online] Geneva: International Society for "
        "Standardization. Available at: <https://www.iso.org/files/PUB100373.pdf> [Accessed "
        "30 November 2019]."
    )
    assert work.title == "ISO 2002_2015: How to use it"
    assert (work.place, work.publisher) == ("Geneva", "International Society for Standardization")
    assert work.accessed == "2019-11-30"


def test_the_authoring_body_named_again_after_the_title_is_the_publisher() -> None:
    work = parse_reference(
        "Welsh Government. 2014. Improving Public Services for People in Wales. Welsh "
        "Government. https://gweddill.gov.wales/docs/x.pdf."
    )
    assert (work.title, work.publisher) == (
        "Improving Public Services for People in Wales",
        "Welsh Government",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Johnson Controls honored “Top Employer” in China.",
        "Moment to Moment Control of Eye Saccades. in Reading.",
        "Della musica dell'età nostra [letter of 1640], repr. in G.B. Doni: Lyra Barberina.",
    ],
)
def test_a_small_in_that_opens_no_book_stays_in_the_title(title: str) -> None:
    segments = _segments(("author", "Engerman, F."), ("date", "(2014)."), ("title", title))
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(
    ("place", "publisher"),
    [("Cambridge, MA.", "MIT Press."), ("Montréal/Cambridge,", "CCA, MIT Press,")],
)
def test_an_acronym_opening_the_publisher_is_no_region_code(place: str, publisher: str) -> None:
    segments = _segments(
        ("title", "Anxious Modernism,"),
        ("location", place),
        ("publisher", publisher),
        ("date", "2000"),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(
    ("container", "title", "book"),
    [
        ("In: Fränkische Lebensbilder,", "", "In: Fränkische Lebensbilder"),
        ("In Search of Excellence.", "In Search of Excellence", ""),
    ],
)
def test_a_lone_container_opening_with_in_is_a_book_only_after_in_colon(
    container: str, title: str, book: str
) -> None:
    from coprod_refs.parse.reference import assemble

    work = assemble(
        _segments(("author", "Peters, T."), ("date", "(1982)."), ("container-title", container)), ""
    )
    assert (work.title, work.container_title) == (title, book.removeprefix("In: "))


@pytest.mark.parametrize(
    ("segments", "body", "year", "title"),
    [
        (
            (("title", "The Royal Swedish Academy of Sciences, 2009. The Prize in Economics."),),
            "The Royal Swedish Academy of Sciences",
            "2009",
            "The Prize in Economics.",
        ),
        (
            (
                ("author", "Social Care"),
                ("title", "Institute for Excellence 2013 Co-Production in Social Care."),
            ),
            "Social Care Institute for Excellence",
            "2013",
            "Co-Production in Social Care.",
        ),
    ],
)
def test_a_bodys_name_and_year_opening_the_title_are_author_and_date(
    segments: tuple[tuple[str, str], ...], body: str, year: str, title: str
) -> None:
    got = repair_segments(_segments(*segments, ("url", "https://www.scie.org.uk/")))
    assert _pairs(got)[:3] == [("author", body), ("date", year), ("title", title)]


def test_a_title_in_small_letters_before_a_year_names_no_body() -> None:
    segments = _segments(
        ("title", "Prevention of illicit traffic in cultural property, Workshop 2003. New Delhi."),
        ("url", "http://unesdoc.unesco.org/x.pdf"),
    )
    assert _pairs(repair_segments(segments)) == _pairs(segments)


@pytest.mark.parametrize(
    "reference",
    [
        "Cahn, E. S., and C. Gray. 2015. “The Time Bank Solution.” Stanford Social Innovation "
        "Review (Summer):41–45.",
        "Cahn, E.S. and Gray, C. (2015), “The time bank solution”, Stanford Social Innovation "
        "Review, No. Summer, pp. 41–45.",
        "Cahn E. S. et Gray C., « The time bank solution », Stanford Social Innovation Review, "
        "2015, Summer, p. 41‑45.",
        "Cahn, E., and C. Gray 2015 The Time Bank Solution. Stanford Social Innovation "
        "Review(Summer): 41–45.",
    ],
)
def test_a_season_printed_as_the_issue_is_the_issue(reference: str) -> None:
    work = parse_reference(reference)
    assert (work.container_title, work.volume, work.issue, work.pages) == (
        "Stanford Social Innovation Review",
        "",
        "Summer",
        "41–45",
    )
    assert work.year == 2015


def test_a_season_in_a_title_stays_there() -> None:
    segments = _segments(("author", "Keats, J."), ("title", "Ode to Autumn."), ("date", "1820."))
    assert _pairs(repair_segments(segments)) == _pairs(segments)
