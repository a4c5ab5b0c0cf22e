"""The reference parser end to end: styles other than the seeds', robustness, laziness."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.model.extracted import ExtractedWork
from coprod_refs.parse.reference import parse_reference, parse_references

APA_BOOK = (
    "Ostrom, E. (1990). Governing the commons: The evolution of institutions for collective "
    "action. Cambridge: Cambridge University Press."
)
CHICAGO_ARTICLE = (
    "Pestoff, Victor. 2006. “Citizens and Co-production of Welfare Services.” Public Management "
    "Review 8 (4): 503–19."
)
VANCOUVER = (
    "Brandsen T, Pestoff V. Co-production, the third sector and the delivery of public services. "
    "Public Manag Rev. 2006;8(4):493-501."
)
IEEE = (
    "[12] J. Smith and K. Lee, “A study of co-production in local government,” IEEE Trans. Softw. "
    "Eng., vol. 12, no. 3, pp. 45–67, 2019, doi: 10.1109/TSE.2019.1234567."
)
APA_CHAPTER = (
    "Alford, J. (2014). The multiple facets of co-production: Building on the work of Elinor "
    "Ostrom. In V. Pestoff (Ed.), Co-production and public service management (2nd ed., "
    "pp. 45–67). New York: Routledge."
)
APA_THESIS = (
    "Smith, A. B. (2015). Service users as partners (Doctoral dissertation). University of "
    "Birmingham, Birmingham, UK."
)
APA_ONLINE_REPORT = (
    "Boyle, D., Slay, J., & Stephens, L. (2010). Public services inside out. London: NESTA. "
    "Retrieved from https://www.nesta.org.uk/report/public-services-inside-out/"
)


def test_apa_book() -> None:
    work = parse_reference(APA_BOOK)
    assert work.type == "book"
    assert [n.family for n in work.authors] == ["Ostrom"]
    assert work.year == 1990
    assert work.title == (
        "Governing the commons: The evolution of institutions for collective action"
    )
    assert (work.place, work.publisher) == ("Cambridge", "Cambridge University Press")


def test_chicago_author_date_article() -> None:
    work = parse_reference(CHICAGO_ARTICLE)
    assert work.type == "article-journal"
    assert [(n.family, n.given) for n in work.authors] == [("Pestoff", "Victor")]
    assert work.title == "Citizens and Co-production of Welfare Services"
    assert (work.container_title, work.volume, work.issue) == ("Public Management Review", "8", "4")
    assert work.pages == "503–519"


def test_vancouver_compact_volume() -> None:
    work = parse_reference(VANCOUVER)
    assert [n.family for n in work.authors] == ["Brandsen", "Pestoff"]
    assert (work.year, work.volume, work.issue, work.pages) == (2006, "8", "4", "493–501")
    assert work.container_title == "Public Manag Rev"


def test_ieee_numbered() -> None:
    work = parse_reference(IEEE)
    assert [n.family for n in work.authors] == ["Smith", "Lee"]
    assert work.title == "A study of co-production in local government"
    assert (work.volume, work.issue, work.pages, work.year) == ("12", "3", "45–67", 2019)
    assert work.doi == "10.1109/tse.2019.1234567"


def test_apa_chapter_with_edition() -> None:
    work = parse_reference(APA_CHAPTER)
    assert work.type == "chapter"
    assert work.container_kind == "book"
    assert [n.family for n in work.editors] == ["Pestoff"]
    assert work.container_title == "Co-production and public service management"
    assert (work.edition, work.pages, work.publisher) == ("2", "45–67", "Routledge")


def test_thesis() -> None:
    work = parse_reference(APA_THESIS)
    assert work.type == "thesis"
    assert work.genre == "Doctoral dissertation"


def test_retrieved_from_url() -> None:
    work = parse_reference(APA_ONLINE_REPORT)
    assert work.url == "https://www.nesta.org.uk/report/public-services-inside-out/"
    assert work.publisher == "NESTA"


def test_editors_in_author_position() -> None:
    work = parse_reference(
        "Lusch, R., & Vargo, S. (Eds.). (2006). The service dominant logic of marketing. "
        "New York: M E Sharpe."
    )
    assert work.authors == []
    assert [n.family for n in work.editors] == ["Lusch", "Vargo"]


def test_et_al_flag_and_confidences() -> None:
    work = parse_reference(
        "Parks, R. B., Baker, P., Kiser, L., et al. (1981). Consumers as co-producers of public "
        "services. Policy Studies Journal, 9(7), 1001–1011."
    )
    assert "et-al" in work.flags
    assert 0.0 <= work.confidence <= 1.0
    assert {"authors", "year", "title", "container_title", "pages"} <= set(work.field_confidence)
    assert all(0.0 <= v <= 1.0 for v in work.field_confidence.values())


def test_batch_equals_single() -> None:
    texts = [APA_BOOK, VANCOUVER, IEEE]
    assert parse_references(texts) == [parse_reference(t) for t in texts]


@pytest.mark.parametrize("text", ["", "   ", "!!!", "12345", "\x00\x01", "References"])
def test_empty_or_garbage_is_low_confidence(text: str) -> None:
    work = parse_reference(text)
    assert work.raw == text
    assert "low-confidence" in work.flags


@settings(max_examples=120, deadline=None)
@given(st.text(max_size=400))
def test_any_string_gives_a_record(text: str) -> None:
    work = parse_reference(text)
    assert isinstance(work, ExtractedWork)
    assert work.raw == text
    assert 0.0 <= work.confidence <= 1.0
    assert not [flag for flag in work.flags if flag.startswith("parse-error")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Smith,",
                "J.",
                "(2019).",
                "Title",
                "of",
                "work.",
                "Journal,",
                "12(3),",
                "1–9.",
                "In",
                "(Eds.),",
                "pp.",
                "London:",
                "Press.",
                "https://x.org/a",
                "doi:10.1/x",
                "&",
                "et",
                "al.",
                "n.d.",
                "[1]",
                "“Quoted”",
                "Vol.",
                "ed.",
                "—",
                ":",
                "(",
                ")",
            ]
        ),
        max_size=60,
    )
)
def test_reference_shaped_noise_gives_a_record(words: list[str]) -> None:
    text = " ".join(words)
    work = parse_reference(text)
    assert work.raw == text
    assert not [flag for flag in work.flags if flag.startswith("parse-error")]


@pytest.mark.parametrize(
    "text",
    [
        "," * 100_000,
        ", " * 50_000,
        "(" * 10_000 + ")" * 10_000,
        "( " * 10_000 + ") " * 10_000,
        "Smith, J., " * 10_000,
        "a" * 100_000,
    ],
    ids=["commas", "spaced-commas", "nested-brackets", "spaced-brackets", "many-authors", "long"],
)
def test_pathological_input_returns(text: str) -> None:
    work = parse_reference(text)
    assert work.raw == text
    assert "truncated" in work.flags


def test_import_does_not_load_the_model() -> None:
    code = (
        "import sys, coprod_refs.parse.reference as r; "
        "print('numpy' in sys.modules); r.parse_reference('Smith, J. (2001). T. X.'); "
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]


def test_use_model_labels_with_the_given_model_file() -> None:
    from coprod_refs.parse import crf

    crf.use_model(crf.model_path())
    work = parse_reference("Alford, J. (2009). Engaging public sector clients. Palgrave.")
    assert work.year == 2009


@pytest.mark.parametrize(
    ("label", "text", "expected"),
    [
        ("location", "Londres, Verso.", ("Londres", "Verso")),
        ("location", "Oxford, England.", ("Oxford, England", "")),
        ("location", "Cambridge, MA", ("Cambridge, MA", "")),
        (
            "location",
            "Cambridge, Cambridge University Press",
            ("Cambridge", "Cambridge University Press"),
        ),
        ("location", "Palgrave Macmillan, Basingstoke", ("Basingstoke", "Palgrave Macmillan")),
        ("publisher", "Harmondsworth, Penguin.", ("Harmondsworth", "Penguin")),
        (
            "publisher",
            "Blackwell Scientific, Oxford, England",
            ("Oxford, England", "Blackwell Scientific"),
        ),
        (
            "publisher",
            "Prepared for the Department of the Navy, Pacific Division, Archaeology Press",
            ("", "Prepared for the Department of the Navy, Pacific Division, Archaeology Press"),
        ),
        # A name that is no place, then places and region codes only.
        ("location", "Williams and Wilkins, Baltimore.", ("Baltimore", "Williams and Wilkins")),
        ("location", "Universiteit Twente, Netherlands.", ("Netherlands", "Universiteit Twente")),
        (
            "publisher",
            "Dorling Kindersley, New York, New York, USA.",
            ("New York, New York, USA", "Dorling Kindersley"),
        ),
        (
            "publisher",
            "Centre for Public Services Research, University of Edinburgh, Edinburgh, UK",
            ("Edinburgh, UK", "Centre for Public Services Research, University of Edinburgh"),
        ),
        ("location", "New York, New York, USA.", ("New York, New York, USA", "")),
        # A city before its state's code is a place, known or not.
        ("publisher", "Sage, Thousand Oaks, CA", ("Thousand Oaks, CA", "Sage")),
        ("location", "Evanston, IL", ("Evanston, IL", "")),
        # An acronym before a publisher names a body, not a place.
        (
            "publisher",
            "INLOGOV, University of Birmingham.",
            ("", "INLOGOV, University of Birmingham"),
        ),
        # A firm's name goes on after its comma.
        (
            "publisher",
            "Planetree, Inc., and Picker Institute.",
            ("", "Planetree, Inc., and Picker Institute"),
        ),
    ],
)
def test_one_segment_holding_place_and_publisher_is_split_at_the_comma(
    label: str, text: str, expected: tuple[str, str]
) -> None:
    from coprod_refs.parse.fields import Segment
    from coprod_refs.parse.reference import assemble

    work = assemble([Segment("title", "Deepening democracy.", 1.0), Segment(label, text, 1.0)], "")
    assert (work.place, work.publisher) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Roma, Carocci,", ("Roma", "Carocci")),
        ("Paris, Picard,", ("Paris", "Picard")),
        # Publishing towns of French, German, Dutch and Nordic lists are known places.
        ("Toulouse, Octarès,", ("Toulouse", "Octarès")),
        ("Tübingen, Francke,", ("Tübingen", "Francke")),
        ("Bussum, Coutinho,", ("Bussum", "Coutinho")),
        ("Lund, Studentlitteratur,", ("Lund", "Studentlitteratur")),
        # Region codes and places after a city stay in the place.
        ("Washington, D.C.,", ("Washington, D.C.", "")),
        ("Oxford, UK,", ("Oxford, UK", "")),
        ("Oxford, England,", ("Oxford, England", "")),
        ("Cambridge, Mass.,", ("Cambridge, Mass", "")),
        ("Berkeley, Calif.,", ("Berkeley, Calif", "")),
    ],
)
def test_a_publisher_after_a_known_place_before_the_year_is_split_off(
    place: str, expected: tuple[str, str]
) -> None:
    from coprod_refs.parse.fields import Segment
    from coprod_refs.parse.reference import assemble

    segments = [
        Segment("title", "Cittadinanza attiva.", 1.0),
        Segment("location", place, 1.0),
        Segment("date", "2013.", 1.0),
    ]
    work = assemble(segments, "")
    assert (work.place, work.publisher) == expected
    # The same at the end of the reference ("…, Roma, Carocci.") and before a chapter's
    # pages ("…, Roma, Carocci, pp. 193-221."), but not before a volume.
    last = assemble(segments[:2], "")
    assert (last.place, last.publisher) == expected
    before_pages = assemble([*segments[:2], Segment("pages", "pp. 1-20.", 1.0)], "")
    assert (before_pages.place, before_pages.publisher) == expected
    before_volume = assemble([*segments[:2], Segment("volume", "vol. 2.", 1.0)], "")
    assert before_volume.publisher == ""


def test_repeated_author_dash_takes_the_names_of_the_entry_before() -> None:
    from coprod_refs.parse.reference import parse_reference_list

    works = parse_reference_list(
        [
            "Ostrom, E. (1990). Governing the commons. Cambridge: Cambridge University Press.",
            "———. (1996). Crossing the great divide. World Development, 24(6), 1073–1087.",
            "——— and V. Ostrom. 1977. Public goods and public choices. Boulder: Westview.",
        ]
    )
    assert [[(n.family, n.given) for n in w.authors] for w in works] == [
        [("Ostrom", "E.")],
        [("Ostrom", "E.")],
        [("Ostrom", "E."), ("Ostrom", "V.")],
    ]


def test_a_dash_with_no_entry_before_it_stays_as_written() -> None:
    from coprod_refs.parse.reference import parse_reference_list

    (work,) = parse_reference_list(["———. (1996). Crossing the great divide. World Dev, 24, 1-2."])
    assert [n.literal for n in work.authors] == ["———"]


def test_vancouver_article_number_survives_a_following_doi() -> None:
    work = parse_reference(
        "Clarke D, Jones F, Harris R, Robert G. What outcomes are associated with developing "
        "and implementing co-produced interventions? A rapid evidence synthesis. BMJ Open. "
        "2017;7(7):e014650. doi:10.1136/bmjopen-2016-014650"
    )
    assert (work.year, work.volume, work.issue, work.article_number, work.pages) == (
        2017,
        "7",
        "7",
        "e014650",
        "",
    )
    assert work.doi == "10.1136/bmjopen-2016-014650"


def test_bmj_journal_read_as_publisher_before_compact_numbers_is_the_journal() -> None:
    work = parse_reference(
        "Robert G, Cornwell J, Locock L, Purushotham A, Sturmey G, Gager M. Patients and "
        "staff as codesigners of healthcare services. BMJ. 2015;350:g7714."
    )
    assert (work.type, work.container_title, work.publisher) == ("article-journal", "BMJ", "")
    assert (work.year, work.volume, work.article_number, work.pages) == (2015, "350", "g7714", "")


def test_sage_harvard_journal_read_as_an_imprint_is_the_journal() -> None:
    work = parse_reference(
        "Bovaird T and Loeffler E (2012) From engagement to co-production: the contribution "
        "of users and communities to outcomes and public value. Voluntas 23(4): 1119-1138."
    )
    assert (work.type, work.container_title, work.volume, work.issue, work.pages) == (
        "article-journal",
        "Voluntas",
        "23",
        "4",
        "1119–1138",
    )
    assert (work.publisher, work.place) == ("", "")


def test_an_imprint_with_a_year_stays_an_imprint() -> None:
    work = parse_reference("Smith J (2010) A book on co-production. London: Routledge, 2010.")
    assert (work.place, work.publisher, work.container_title) == ("London", "Routledge", "")


def test_a_supplement_page_stays_a_page() -> None:
    work = parse_reference("Smith J. Title. J Health Serv. 2015;12:S1234.")
    assert (work.pages, work.article_number) == ("S1234", "")


def test_apa7_thesis_bracket_gives_type_genre_and_institution() -> None:
    work = parse_reference(
        "Jo, S. (2019). Coproduction in local government [Doctoral dissertation, Rutgers "
        "University]. ProQuest Dissertations and Theses Global."
    )
    assert (work.type, work.genre, work.publisher, work.title) == (
        "thesis",
        "Doctoral dissertation",
        "Rutgers University",
        "Coproduction in local government",
    )


def test_article_number_and_german_heft_issue() -> None:
    work = parse_reference(
        "Smith, J. (2020). Coproduction and trust. Public Administration Review, 80, "
        "Article 102345. https://doi.org/10.1111/puar.13000"
    )
    assert (work.volume, work.issue, work.article_number) == ("80", "", "102345")
    work = parse_reference(
        "Meier, K. (2020): Bürgerbeteiligung in Kommunen. In: Verwaltungsarchiv 111 (2020), "
        "H. 3, S. 412-425."
    )
    assert (work.container_title, work.volume, work.issue, work.pages) == (
        "Verwaltungsarchiv",
        "111",
        "3",
        "412–425",
    )


def test_german_access_phrases_give_the_access_date_and_no_note() -> None:
    work = parse_reference(
        "Bundesministerium des Innern (2019): Digitale Verwaltung 2020. Berlin: BMI. Online "
        "verfügbar unter https://www.bmi.bund.de/x.pdf (zuletzt abgerufen am 12.03.2021)."
    )
    assert (work.publisher, work.place, work.accessed, work.note) == (
        "BMI",
        "Berlin",
        "2021-03-12",
        "",
    )
    assert work.url == "https://www.bmi.bund.de/x.pdf"


def test_book_with_its_editors_after_the_title_is_a_book() -> None:
    work = parse_reference(
        "Weber, M. (1922/1978). Economy and society (G. Roth & C. Wittich, Eds.). "
        "University of California Press."
    )
    assert (work.type, work.title, work.container_title) == ("book", "Economy and society", "")
    assert [e.family for e in work.editors] == ["Roth", "Wittich"]


def test_invisible_characters_never_reach_a_field() -> None:
    work = parse_reference(
        "Smith, J. (2020). Co\u00adproduc\u00adtion in \x07practice. Public Admin\u00adistration "
        "Review, 80(1), 1\u20132."
    )
    assert (work.title, work.container_title) == (
        "Coproduction in practice",
        "Public Administration Review",
    )
    # A decomposed accent is composed, so "E\u0301." keeps its full stop as "É." does.
    (name,) = parse_reference("Dupont, E\u0301. (2001). Titre. Paris: Seuil.").authors
    assert name.given == "É."


def test_in_press_is_a_status_not_a_missing_year() -> None:
    work = parse_reference(
        "Ostrom, E. (in press). Coproduction revisited. Public Administration Review."
    )
    assert (work.year, work.no_date, work.status) == (None, False, "in press")
    dated = parse_reference("Ostrom, E. (1996). Crossing the great divide. World Development.")
    assert dated.status == ""


def test_french_list_with_bracketed_given_names() -> None:
    work = parse_reference(
        "Verschuere (B.), Brandsen (T.), Pestoff (V.), « Co-production: The State of the "
        "Art in Research and the Future Agenda », Voluntas, vol. 23, n° 4, 2012, "
        "p. 1083-1101."
    )
    assert [(n.family, n.given) for n in work.authors] == [
        ("Verschuere", "B."),
        ("Brandsen", "T."),
        ("Pestoff", "V."),
    ]
    assert (work.container_title, work.volume, work.issue, work.pages) == (
        "Voluntas",
        "23",
        "4",
        "1083–1101",
    )


def test_a_french_edited_book_names_its_editor() -> None:
    work = parse_reference(
        "Dupont, Jean, éd. La coproduction des politiques publiques. Paris : L’Harmattan, 2014."
    )
    assert ([n.family for n in work.authors], [n.family for n in work.editors]) == (
        [],
        ["Dupont"],
    )
    assert (work.title, work.type) == ("La coproduction des politiques publiques", "book")


def test_italian_edited_book_with_its_mark_before_the_date() -> None:
    work = parse_reference(
        "Bifulco, L. (a cura di) (2005), Le politiche sociali. Temi e prospettive emergenti, "
        "Roma, Carocci."
    )
    assert ([n.family for n in work.authors], [n.family for n in work.editors]) == (
        [],
        ["Bifulco"],
    )
    assert (work.title, work.place, work.publisher, work.type) == (
        "Le politiche sociali. Temi e prospettive emergenti",
        "Roma",
        "Carocci",
        "book",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Weber, M. (1922). Wirtschaft und Gesellschaft. Tübingen: Mohr. übersetzt von J. Smith.",
        "Bourdieu, P. (1984). Distinction. Cambridge, MA: Harvard University Press. "
        "Translated by R. Nice.",
    ],
)
def test_translators_after_the_imprint_are_translators(text: str) -> None:
    work = parse_reference(text)
    assert len(work.translators) == 1 and work.translators[0].given in ("J.", "R.")
    assert work.publisher in ("Mohr", "Harvard University Press") and not work.note


def test_vancouver_month_range_before_the_volume() -> None:
    work = parse_reference(
        "Whitaker GP. Coproduction: citizen participation in service delivery. "
        "Public Adm Rev. 1980 May-Jun;40(3):240-6."
    )
    assert (work.year, work.volume, work.issue, work.pages) == (1980, "40", "3", "240–246")


def test_taylor_and_francis_volume_colon_issue_before_the_pages() -> None:
    work = parse_reference(
        "Alford, J. (2014) 'The multiple facets of co-production: building on the work of "
        "Elinor Ostrom', Public Management Review, 16:3, 299-316, "
        "DOI: 10.1080/14719037.2013.806578"
    )
    assert (work.volume, work.issue, work.pages) == ("16", "3", "299–316")


def test_volume_colon_pages_without_a_pages_segment_stay_pages() -> None:
    work = parse_reference(
        "Ostrom E (1996) Crossing the great divide: coproduction, synergy, and development. "
        "World Dev 24(6):1073–1087"
    )
    assert (work.volume, work.issue, work.pages) == ("24", "6", "1073–1087")


def test_italian_journal_in_guillemets() -> None:
    work = parse_reference(
        "Bovaird T., Loeffler E. (2012), From Engagement to Co-production: The Contribution "
        "of Users and Communities to Outcomes and Public Value, «Voluntas», 23, 4, "
        "pp. 1119-1138."
    )
    assert work.type == "article-journal"
    assert (work.container_title, work.volume, work.issue) == ("Voluntas", "23", "4")


def test_apa7_book_ending_in_its_publisher() -> None:
    work = parse_reference(
        "Cottam, H. (2018). Radical help: How we can remake the relationships between us "
        "and revolutionise the welfare state. Virago."
    )
    assert (work.type, work.publisher, work.container_title) == ("book", "Virago", "")


def test_an_article_dated_to_the_day_without_numbers_is_a_newspapers() -> None:
    news = parse_reference(
        "Allen, E. (2020, May 3). Mutual aid groups are co-producing care in the pandemic. "
        "The Guardian. https://www.theguardian.com/society/2020/may/03/mutual-aid"
    )
    assert (news.type, news.container_title, news.month, news.day) == (
        "article-newspaper",
        "The Guardian",
        5,
        3,
    )
    journal = parse_reference(
        "Smith, J. (2019, March 5). Title of article. Public Administration Review, 79(2), 1-10."
    )
    assert journal.type == "article-journal"


@pytest.mark.parametrize(
    ("text", "title", "genre", "publisher"),
    [
        (
            "Puente, Lucas. 2014. “Understanding the Impact of Interest Groups on Monetary "
            "Policy.” Unpublished Manuscript.",
            "Understanding the Impact of Interest Groups on Monetary Policy",
            "Unpublished Manuscript",
            "",
        ),
        (
            "Smith, J. (2019). Co-production in care homes [Unpublished manuscript]. "
            "Department of Social Policy, University of York.",
            "Co-production in care homes",
            "Unpublished manuscript",
            "Department of Social Policy, University of York",
        ),
        (
            "Jones, A. (2020). Citizens and councils. Manuscript submitted for publication.",
            "Citizens and councils",
            "Manuscript submitted for publication",
            "",
        ),
    ],
)
def test_unpublished_manuscripts(text: str, title: str, genre: str, publisher: str) -> None:
    work = parse_reference(text)
    assert (work.type, work.title, work.genre, work.publisher) == (
        "manuscript",
        title,
        genre,
        publisher,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Иванов И. И. Соучастие граждан в управлении // Вопросы государственного "
            "управления. 2018. № 3. С. 45–67.",
            {
                "authors": [("Иванов", "И. И.")],
                "title": "Соучастие граждан в управлении",
                "container_title": "Вопросы государственного управления",
                "issue": "3",
                "pages": "45–67",
                "genre": "",
            },
        ),
        (
            "Петров П. П., Сидорова А. В. Соучаствующее производство общественных услуг. "
            "М.: Дело, 2019. 256 с.",
            {
                "authors": [("Петров", "П. П."), ("Сидорова", "А. В.")],
                "title": "Соучаствующее производство общественных услуг",
                "place": "Москва",
                "publisher": "Дело",
                "pages": "",
            },
        ),
        (
            "Ivanov I. I. Citizen coproduction in Russian municipalities // Public "
            "Administration Issues. 2018. Vol. 5, no. 3. P. 45–67.",
            {
                "title": "Citizen coproduction in Russian municipalities",
                "container_title": "Public Administration Issues",
                "volume": "5",
                "issue": "3",
            },
        ),
    ],
)
def test_gost_references(text: str, expected: dict[str, object]) -> None:
    # Russian lists (GOST 7.1): "//" before the journal, "№" for the issue, "С." for the
    # pages, "256 с." for a book's page count, "М." for Moscow.
    work = parse_reference(text)
    for field, value in expected.items():
        if field == "authors":
            assert [(a.family, a.given) for a in work.authors] == value
        else:
            assert getattr(work, field) == value, field


@pytest.mark.parametrize(
    ("text", "body", "accessed"),
    [
        (
            "Ministério da Saúde. (2017). Política Nacional de Saúde. Recuperado em 5 de "
            "maio de 2019, de http://www.saude.gov.br/politica",
            "Ministério da Saúde",
            "2019-05-05",
        ),
        (
            "Ayuntamiento de Madrid. (2016). Presupuestos participativos. Recuperado el 10 "
            "de enero de 2018 de https://decide.madrid.es",
            "Ayuntamiento de Madrid",
            "2018-01-10",
        ),
        (
            "Bundesministerium für Familie (2019). Engagementstrategie. Abgerufen am 12. "
            "März 2020 von https://www.bmfsfj.de/engagement",
            "Bundesministerium für Familie",
            "2020-03-12",
        ),
    ],
)
def test_access_dates_in_other_languages_are_no_publisher(
    text: str, body: str, accessed: str
) -> None:
    work = parse_reference(text)
    assert (work.type, work.publisher, work.accessed) == ("webpage", "", accessed)
    assert [a.literal for a in work.authors] == [body]
