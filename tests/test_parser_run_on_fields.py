"""Fields the labeller runs into their neighbours and the repairs take apart again: a
newspaper or publisher after an APA title, a book's series in brackets, a year opening
IEEE's "[Online]", a body read as a journal, an article's "Advance online publication",
a thesis bracket opening a note; and numbers printed as LaTeX or IEEE print them."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import (
    Segment,
    clean_text,
    is_report_number,
    normalise_pages,
    parse_volume,
    split_compact,
    stated,
)
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


def _pairs(segments: list[Segment]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in segments]


def _segments(*pairs: tuple[str, str]) -> list[Segment]:
    return [Segment(label, text, 0.9) for label, text in pairs]


def test_a_latex_double_hyphen_is_a_page_range() -> None:
    assert split_compact("121(2):256--285,", bare=True) == (None, "121", "2", "256--285")
    work = parse_reference(
        "[12] Y. Freund. Boosting a weak learning algorithm by majority. "
        "Information and Computation, 121(2):256--285, 1995."
    )
    assert (work.volume, work.issue, work.pages) == ("121", "2", "256–285")


@pytest.mark.parametrize(
    ("printed", "pages"),
    [
        ("ch. 2, pp. 13–34.", "13–34"),
        ("Chapter 3, 45-67", "45–67"),
        ("chap. 12 pp. 1-9", "1–9"),
        ("pp. 13-34", "13–34"),
    ],
)
def test_a_chapter_number_before_the_pages_is_no_page(printed: str, pages: str) -> None:
    assert normalise_pages(printed)[0] == pages


def test_a_year_opening_an_ieee_medium_is_the_date() -> None:
    got = repair_segments(
        _segments(
            ("citation-number", "[6]"),
            ("author", "A. Author,"),
            ("title", '"Co-design toolkit,"'),
            ("genre", "2020. [Online]."),
            ("url", "https://example.org/toolkit"),
        )
    )
    assert _pairs(got)[3:5] == [("date", "2020."), ("genre", "[Online].")]
    work = parse_reference(
        '[6] A. Author, "Co-design toolkit," 2020. [Online]. Available: https://example.org/toolkit'
    )
    assert work.year == 2020
    assert work.genre == ""  # "[Online]" is the medium, no genre


def test_a_series_in_brackets_after_a_book_title_is_the_collection() -> None:
    got = repair_segments(
        _segments(
            ("author", "Ostrom, E."),
            ("date", "(1975)."),
            ("title", "The delivery of urban services: Outcomes of change (Urban"),
            ("journal", "Affairs Annual Reviews,"),
            ("volume", "Vol. 10)."),
            ("publisher", "Sage."),
        )
    )
    assert _pairs(got)[2:] == [
        ("title", "The delivery of urban services: Outcomes of change"),
        ("collection-title", "Urban Affairs Annual Reviews"),
        ("volume", "Vol. 10"),
        ("publisher", "Sage."),
    ]


def test_a_bracket_in_a_title_that_names_no_series_stays() -> None:
    segments = _segments(
        ("author", "Smith, J."),
        ("date", "(2001)."),
        ("title", "Services (and their users)."),
        ("publisher", "Sage."),
    )
    assert repair_segments(segments) == segments


def test_a_body_read_as_a_journal_before_the_date_is_the_author() -> None:
    got = repair_segments(
        _segments(
            ("journal", "New Economics Foundation"),
            ("date", "(2008)"),
            ("title", "Co-production: A manifesto for growing the core economy."),
            ("location", "London:"),
            ("publisher", "NEF."),
        )
    )
    assert _pairs(got)[0] == ("author", "New Economics Foundation")


def test_a_newspaper_before_the_date_stays_the_newspaper() -> None:
    segments = _segments(
        ("journal", "Tempo"),
        ("date", "(17/11/85)"),
        ("title", "‘Delegação Moçambicana visitou União Soviética’"),
        ("pages", "pp1-2"),
    )
    assert repair_segments(segments) == segments


def test_advance_online_publication_is_no_part_of_the_journal() -> None:
    work = parse_reference(
        "Baptista, N., Pereira, J., Moreira, A. C., & De Matos, N. (2020). Exploring the "
        "meaning of public value co-creation: a systematic literature review. Public "
        "Administration Review. Advance online publication. https://doi.org/10.1111/puar.13171"
    )
    assert work.container_title == "Public Administration Review"
    assert work.doi == "10.1111/puar.13171"


def test_a_thesis_bracket_opening_a_note_is_the_genre() -> None:
    got = repair_segments(
        _segments(
            ("author", "Jones, K."),
            ("date", "(2015)."),
            ("title", "Co-production in mental health services"),
            ("note", "(Master's thesis). Retrieved from ProQuest Dissertations database."),
        )
    )
    assert _pairs(got)[3:] == [
        ("genre", "(Master's thesis)."),
        ("note", "Retrieved from ProQuest Dissertations database."),
    ]


def test_a_conference_bracket_opening_a_note_is_no_genre() -> None:
    segments = _segments(
        ("author", "Jones, K."),
        ("date", "(2015)."),
        ("title", "Co-production in mental health services"),
        ("note", "(Conference of the IRSPM). Edinburgh."),
    )
    assert repair_segments(segments) == segments


def test_a_newspaper_after_an_apa_title_is_the_container() -> None:
    work = parse_reference(
        "Brown, L. (2018, June 12). Why co-production matters for public services. The "
        "Guardian. https://www.theguardian.com/society/2018/jun/12/co-production"
    )
    assert work.title == "Why co-production matters for public services"
    assert work.container_title == "The Guardian"
    assert work.type == "article-newspaper"


def test_a_publisher_after_an_apa_title_is_the_publisher() -> None:
    got = repair_segments(
        _segments(
            ("author", "Department of Health."),
            ("date", "(2010)."),
            ("title", "Equity and excellence: Liberating the NHS (Cm 7881). The Stationery Office"),
        )
    )
    assert ("publisher", "The Stationery Office") in _pairs(got)
    assert ("genre", "Cm 7881") in _pairs(got)


def test_a_second_sentence_of_a_title_in_capitals_stays_in_the_title() -> None:
    segments = _segments(
        ("author", "Ostrom, E."),
        ("date", "(1990)."),
        ("title", "Governing the Commons. The Evolution of Institutions for Collective Action."),
    )
    assert repair_segments(segments) == segments


@pytest.mark.parametrize("number", ["Cm 7881", "Cmnd 9999", "HC 123", "HL Paper 12", "GAO-19-123"])
def test_uk_command_and_house_papers_are_report_numbers(number: str) -> None:
    assert is_report_number(number)


@pytest.mark.parametrize("words", ["COVID-19", "Cm", "Chapter 3", "HCl"])
def test_other_words_are_no_report_numbers(words: str) -> None:
    assert not is_report_number(words)


def test_an_italian_place_and_publisher_before_the_pages_are_told_apart() -> None:
    work = parse_reference(
        "Bifulco, L. e de Leonardis, O. (2005), Sulle tracce dell'azione pubblica, in L. "
        "Bifulco (a cura di), Le politiche sociali. Temi e prospettive emergenti, Roma, "
        "Carocci, pp. 193-221."
    )
    assert (work.place, work.publisher, work.pages) == ("Roma", "Carocci", "193–221")


def test_a_place_ending_a_french_title_before_the_publisher_is_the_place() -> None:
    got = repair_segments(
        _segments(
            ("author", "Jany-Catrice, F."),
            ("date", "(2012),"),
            ("title", "La performance totale : nouvel esprit du capitalisme ?, Villeneuve d'Ascq,"),
            ("publisher", "Presses universitaires du Septentrion."),
        )
    )
    assert _pairs(got)[2:4] == [
        ("title", "La performance totale : nouvel esprit du capitalisme ?"),
        ("location", "Villeneuve d'Ascq,"),
    ]


def test_a_comma_part_of_a_title_that_is_no_place_stays_in_the_title() -> None:
    segments = _segments(
        ("author", "Smith, J."),
        ("date", "(2000)"),
        ("title", "Work, family and care, Revisited,"),
        ("publisher", "Routledge."),
    )
    assert repair_segments(segments) == segments


def test_a_title_word_after_a_middle_initial_opens_the_title() -> None:
    got = repair_segments(
        _segments(
            ("author", "Hirschman, Albert O. Exit,"),
            ("title", "Voice, and Loyalty: Responses to Decline in Firms."),
            ("location", "Cambridge, MA:"),
        )
    )
    assert _pairs(got)[:2] == [
        ("author", "Hirschman, Albert O."),
        ("title", "Exit, Voice, and Loyalty: Responses to Decline in Firms."),
    ]


def test_a_second_name_in_reading_order_stays_in_the_names() -> None:
    segments = _segments(
        ("author", "Fung, Archon, and Erik Olin Wright,"),
        ("title", "Deepening Democracy."),
    )
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ('The science of "muddling through."', 'The science of "muddling through"'),
        ("The science of “muddling through.”", "The science of “muddling through”"),
        ('"Quoted title."', "Quoted title"),
        ("A stray close.”", "A stray close"),
    ],
)
def test_a_quote_closing_at_the_end_of_a_title_stays_when_the_title_opened_it(
    printed: str, value: str
) -> None:
    assert clean_text(printed) == value


def test_an_ieee_book_before_its_editors_is_the_container() -> None:
    got = repair_segments(
        _segments(
            ("author", "B. Verschuere and T. Brandsen,"),
            ("title", '"Democratic co-production,"'),
            (
                "editor",
                "in Co-Production and Co-Creation, T. Brandsen, T. Steen, and B. Verschuere, Eds.",
            ),
            ("location", "New York:"),
        )
    )
    assert _pairs(got)[2:4] == [
        ("container-title", "in Co-Production and Co-Creation"),
        ("editor", "T. Brandsen, T. Steen, and B. Verschuere, Eds."),
    ]


def test_a_body_before_a_bare_vancouver_year_is_the_publisher() -> None:
    got = repair_segments(
        _segments(
            ("citation-number", "(5)"),
            ("author", "Realpe A, Wallace LM."),
            ("title", "What is co-production?"),
            ("journal", "The Health Foundation;"),
            ("date", "2010."),
        )
    )
    assert _pairs(got)[3] == ("publisher", "The Health Foundation;")


def test_a_journal_before_its_year_and_numbers_stays_the_journal() -> None:
    segments = _segments(
        ("author", "Batalden P."),
        ("title", "Getting more health from healthcare."),
        ("journal", "BMJ Foundation;"),
        ("date", "2018."),
        ("volume", "362:k3617."),
    )
    assert repair_segments(segments) == segments


def test_a_body_before_the_place_in_an_ieee_report_is_the_publisher() -> None:
    got = repair_segments(
        _segments(
            ("citation-number", "[16]"),
            ("author", "European Commission,"),
            ("title", '"Co-creation of public services,"'),
            ("container-title", "Publications Office of the EU,"),
            ("location", "Luxembourg,"),
            ("date", "2020."),
        )
    )
    assert _pairs(got)[3] == ("publisher", "Publications Office of the EU,")


def test_a_conference_before_its_place_stays_the_container() -> None:
    segments = _segments(
        ("author", "Johann, V., Sarver, E.,"),
        ("title", "Development of an Automated SEM-EDX Routine,"),
        ("container-title", "145th Annual Meeting of the Society for Mining"),
        ("location", "Phoenix, AZ,"),
        ("date", "February 20-24, 2016."),
    )
    assert repair_segments(segments) == segments


def test_a_title_end_read_as_a_name_goes_back_to_the_title() -> None:
    got = repair_segments(
        _segments(
            ("citation-number", "12."),
            ("author", "Greenhalgh T, Jackson C."),
            ("title", "Achieving research impact: literature review and case"),
            ("author", "study. Milbank Q."),
            ("volume", "2016;94(2):392-429."),
        )
    )
    assert _pairs(got)[2:4] == [
        ("title", "Achieving research impact: literature review and case study."),
        ("journal", "Milbank Q."),
    ]


@pytest.mark.parametrize(
    ("printed", "volume", "issue"),
    [
        ("Vol. 7, Special issue,", "7", ""),
        ("Vol. 63 Issue 2", "63", "2"),
        ("vol. 5, no12", "5", "12"),
        ("Vol. 12, iss. 3", "12", "3"),
    ],
)
def test_the_word_issue_is_never_cut_into_an_issue_number(
    printed: str, volume: str, issue: str
) -> None:
    assert parse_volume(printed) == (volume, issue)


def test_a_series_named_with_the_authors_acronym_ends_the_title() -> None:
    work = parse_reference(
        "OECD (2011), Together for Better Public Services: Partnering with Citizens and Civil "
        "Society, OECD Public Governance Reviews, OECD Publishing, Paris, "
        "https://doi.org/10.1787/9789264118843-en."
    )
    assert work.title == (
        "Together for Better Public Services: Partnering with Citizens and Civil Society"
    )
    assert work.collection_title == "OECD Public Governance Reviews"
    assert (work.publisher, work.place) == ("OECD Publishing", "Paris")


def test_a_comma_part_of_a_title_without_the_acronym_stays() -> None:
    segments = _segments(
        ("author", "OECD"),
        ("date", "(2011),"),
        ("title", "Ageing and Employment Policies, Statistics on Average Effective Age,"),
        ("publisher", "OECD Publishing,"),
    )
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("printed", "place", "publisher"),
    [
        ("Routledge: Abingdon and New York,", "Abingdon and New York", "Routledge"),
        ("Palgrave Macmillan: Basingstoke,", "Basingstoke", "Palgrave Macmillan"),
        ("Addison Wesley: Reading, MA,", "Reading, MA", "Addison Wesley"),
        ("London: Routledge.", "London", "Routledge"),
        ("Gerdau: GEW.", "Gerdau", "GEW"),  # a code alone names no place
        ("Thousand Oaks: Sage.", "Thousand Oaks", "Sage"),
    ],
)
def test_a_publisher_printed_before_the_place_is_told_apart(
    printed: str, place: str, publisher: str
) -> None:
    from coprod_refs.parse.reference import assemble

    work = assemble(
        [Segment("title", "Co-production.", 1.0), Segment("publisher", printed, 1.0)], ""
    )
    assert (work.place, work.publisher) == (place, publisher)


def test_a_chicago_list_cut_by_et_al_is_people() -> None:
    from coprod_refs.parse.names import parse_name_list

    got = parse_name_list("Batalden, Maren, Paul Batalden, Peter Margolis, et al.")
    assert [(n.family, n.given) for n in got.names] == [
        ("Batalden", "Maren"),
        ("Batalden", "Paul"),
        ("Margolis", "Peter"),
    ]
    assert got.et_al


def test_a_list_of_bodies_stays_one_body() -> None:
    from coprod_refs.parse.names import parse_name_list

    got = parse_name_list("Department of Health, Social Services, Public Safety")
    assert [n.literal for n in got.names] == [
        "Department of Health, Social Services, Public Safety"
    ]


@pytest.mark.parametrize("printed", ["vol. 107, nᵒ 4,", "vol. 107, nº 4", "vol. 107, n° 4"])
def test_a_french_issue_mark_gives_the_issue(printed: str) -> None:
    assert parse_volume(printed) == ("107", "4")


@pytest.mark.parametrize("value", ["s.l.", "[s.l.]", "S.l.", "n.p.", "s.n.", "o.O.", "sine loco"])
def test_a_place_or_publisher_said_to_be_unknown_is_none(value: str) -> None:
    assert stated(value) == ""


@pytest.mark.parametrize("value", ["London", "SL Press", "Sn"])
def test_a_named_place_or_publisher_is_kept(value: str) -> None:
    assert stated(value) == value


def test_le_tapuscrit_chapter_reads_whole() -> None:
    work = parse_reference(
        "Bovaird T. et Quirk B., « Resilience in public administration: Moving from risk "
        "avoidance to assuring public policy outcomes » dans T. R. Kassen, D. Cepiku et T. J. "
        "Lah (eds.), The Routledge handbook of global public policy and administration, "
        "London, Routledge, 2017, p. 258‑270."
    )
    assert work.title.endswith("assuring public policy outcomes")
    assert (
        work.container_title == "The Routledge handbook of global public policy and administration"
    )
    assert (work.place, work.publisher, work.pages) == ("London", "Routledge", "258–270")


def test_a_place_ending_the_book_before_the_publisher_is_the_place() -> None:
    got = repair_segments(
        _segments(
            ("title", "« Quality management » dans"),
            ("editor", "T. Bovaird et E. Loeffler (eds.),"),
            ("container-title", "Public management and governance, Abingdon and New York,"),
            ("publisher", "Routledge,"),
        )
    )
    assert _pairs(got) == [
        ("title", "« Quality management »"),
        ("editor", "dans T. Bovaird et E. Loeffler (eds.),"),
        ("container-title", "Public management and governance"),
        ("location", "Abingdon and New York,"),
        ("publisher", "Routledge,"),
    ]


def test_a_year_opening_the_volume_is_the_date() -> None:
    got = repair_segments(
        _segments(
            ("author", "Brandsen T. et Verschuere B.,"),
            ("title", "« The state and civil society »,"),
            ("journal", "International Review of Administrative Sciences,"),
            ("volume", "2017, vol. 83, nᵒ 4,"),
            ("pages", "p. 676‑693."),
        )
    )
    assert _pairs(got)[3:5] == [("date", "2017,"), ("volume", "vol. 83, nᵒ 4,")]


def test_places_joined_by_and_before_the_publisher_are_the_place() -> None:
    from coprod_refs.parse.imprint import comma_imprint

    assert comma_imprint("Basingstoke and New York and London, Palgrave Macmillan") == (
        "Basingstoke and New York and London",
        "Palgrave Macmillan",
    )


def test_a_publisher_before_a_vancouver_year_read_as_a_place_is_the_publisher() -> None:
    got = repair_segments(
        _segments(
            ("author", "H. Dickinson, H. Sullivan."),
            ("title", "Imagining the 21st Century Public Service Workforce."),
            ("location", "University of Melbourne;"),
            ("date", "2014."),
        )
    )
    assert _pairs(got)[2] == ("publisher", "University of Melbourne;")


def test_a_place_before_a_vancouver_year_stays_the_place() -> None:
    segments = _segments(
        ("author", "Smith J."),
        ("title", "Co-production."),
        ("location", "London;"),
        ("date", "2014."),
    )
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("(eds. Bovaird, T. & Loeffler, E.)", ["Bovaird", "Loeffler"]),
        ("(ed. Osborne, S. P.)", ["Osborne"]),
        ("(Eds.) Bovaird, T.", ["Bovaird"]),
    ],
)
def test_nature_s_bracketed_editor_mark_is_no_name(printed: str, families: list[str]) -> None:
    from coprod_refs.parse.names import parse_name_list

    assert [n.family for n in parse_name_list(printed).names] == families


def test_a_year_before_a_bare_volume_is_the_date() -> None:
    got = repair_segments(
        _segments(
            ("author", "T. Brandsen, W. Trommel and B. Verschuere,"),
            ("journal", "International Review of Administrative Sciences,"),
            ("volume", "2017, 83,"),
            ("pages", "676–693."),
        )
    )
    assert _pairs(got)[2:4] == [("date", "2017,"), ("volume", "83,")]


def test_a_book_opened_by_in_before_its_editors_is_the_container() -> None:
    got = repair_segments(
        _segments(
            ("author", "E. Loeffler,"),
            ("title", "in Public management and governance,"),
            ("editor", "eds. T. Bovaird and E. Loeffler,"),
            ("publisher", "Routledge,"),
        )
    )
    assert _pairs(got)[1] == ("container-title", "in Public management and governance,")


def test_an_acm_book_before_its_editors_is_split_from_the_title() -> None:
    got = repair_segments(
        _segments(
            ("author", "Loeffler, E."),
            ("date", "2016."),
            ("title", "Citizen engagement. Public management and governance."),
            ("editor", "T. Bovaird and E. Loeffler, eds. Routledge."),
            ("pages", "301–318."),
        )
    )
    assert _pairs(got)[2:6] == [
        ("title", "Citizen engagement."),
        ("container-title", "Public management and governance."),
        ("editor", "T. Bovaird and E. Loeffler, eds."),
        ("publisher", "Routledge."),
    ]


def test_a_translator_and_editor_mark_before_the_names_splits_no_title() -> None:
    segments = _segments(
        ("author", "Plato"),
        ("date", "1985."),
        ("title", "Meno. The dialogue."),
        ("editor", "Trans. and ed. R.W. Sharples."),
    )
    assert repair_segments(segments) == segments


def test_gost_book_and_editors_after_a_slash() -> None:
    got = repair_segments(
        _segments(
            ("author", "Bovaird T., Loeffler E."),
            ("title", "Communities, trust and organisational responses //"),
            ("editor", "Trust, risk and uncertainty / под ред. S. Watson, A. Moran."),
            ("location", "Houndmills, Basingstoke:"),
        )
    )
    assert _pairs(got)[2:4] == [
        ("container-title", "Trust, risk and uncertainty"),
        ("editor", "под ред. S. Watson, A. Moran."),
    ]


@pytest.mark.parametrize(
    ("printed", "families", "et_al"),
    [
        ("под ред. S. Watson, A. Moran.", ["Watson", "Moran"], False),
        ("Garn H. и др.", ["Garn"], True),
    ],
)
def test_russian_editor_mark_and_et_al(printed: str, families: list[str], et_al: bool) -> None:
    from coprod_refs.parse.names import parse_name_list

    got = parse_name_list(printed)
    assert ([n.family for n in got.names], got.et_al) == (families, et_al)


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        (
            "Journal of the American Institute of Planners Bd.",
            "Journal of the American Institute of Planners",
        ),
        ("Public Adm. Rev.", "Public Adm. Rev."),
    ],
)
def test_a_volume_mark_ending_a_journal_goes(printed: str, value: str) -> None:
    from coprod_refs.parse.fields import clean_container

    assert clean_container(printed) == value


def test_an_electronic_resource_mark_is_no_part_of_a_title() -> None:
    from coprod_refs.parse.fields import without_medium

    assert without_medium("Public services [Электронный ресурс]") == "Public services"


@pytest.mark.parametrize("body", ["Cooperative Party.", "National Co-Production Advisory Group."])
def test_a_party_or_group_opening_an_authorless_title_is_the_author(body: str) -> None:
    got = repair_segments(
        _segments(
            ("citation-number", "22."),
            ("title", f"{body} Public services in our interests."),
            ("url", "https://party.coop/policy/"),
            ("date", "(2019)."),
        )
    )
    assert _pairs(got)[1:3] == [("author", body), ("title", "Public services in our interests.")]


def test_a_harvard_place_ending_the_book_before_the_publisher_is_the_place() -> None:
    got = repair_segments(
        _segments(
            ("author", "Loeffler, E. and Martin, S.,"),
            ("date", "2016."),
            ("title", "Citizen engagement."),
            ("editor", "In: T. Bovaird and E. Loeffler, eds."),
            ("container-title", "Public management and governance. Abingdon and New York:"),
            ("publisher", "Routledge."),
        )
    )
    assert _pairs(got)[4:6] == [
        ("container-title", "Public management and governance"),
        ("location", "Abingdon and New York:"),
    ]


@pytest.mark.parametrize(
    ("label", "text", "head", "publisher"),
    [
        (
            "title",
            "Improving Public Services in Wales, Welsh Government,",
            "Improving Public Services in Wales",
            "Welsh Government,",
        ),
        (
            "container-title",
            "New Public Governance, the Third Sector, Routledge,",
            "New Public Governance, the Third Sector",
            "Routledge,",
        ),
    ],
)
def test_a_publisher_ending_a_title_before_the_place_is_the_publisher(
    label: str, text: str, head: str, publisher: str
) -> None:
    got = repair_segments(
        _segments(("author", "Smith, J."), (label, text), ("location", "Cardiff."))
    )
    assert _pairs(got)[1:3] == [(label, head), ("publisher", publisher)]


def test_a_comma_part_of_a_title_naming_no_body_stays() -> None:
    segments = _segments(
        ("author", "Smith, J."),
        ("title", "Services, Citizens and Their Places,"),
        ("location", "Cardiff."),
    )
    assert repair_segments(segments) == segments


def test_a_genre_opening_the_publisher_is_the_genre() -> None:
    got = repair_segments(
        _segments(
            ("title", "Cleaning-up Serbia,"),
            ("publisher", "Governance International Case Study, Governance International,"),
            ("location", "Birmingham."),
        )
    )
    assert _pairs(got)[1:3] == [
        ("genre", "Governance International Case Study,"),
        ("publisher", "Governance International,"),
    ]


def test_a_medium_before_the_place_is_no_part_of_it() -> None:
    assert stated("[online] London") == "London"


def test_initials_hg_are_no_editor_mark() -> None:
    from coprod_refs.parse.names import has_editor_marker

    assert not has_editor_marker("Frederickson HG.")
    assert has_editor_marker("Evers, A. (Hg.)")
    work = parse_reference(
        "Frederickson HG. 1982. The recovery of civism in public administration. Public "
        "Administration Review. 42(6):501–8"
    )
    assert [a.family for a in work.authors] == ["Frederickson"]
    assert work.editors == []


def test_a_www_document_mark_is_no_part_of_a_title() -> None:
    from coprod_refs.parse.fields import without_medium

    assert without_medium("Ladder of co-production [WWW Document]") == "Ladder of co-production"


def test_an_edition_after_the_publisher_is_the_edition() -> None:
    got = repair_segments(
        _segments(
            ("author", "Normann R."),
            ("date", "1984."),
            ("title", "Services Management."),
            ("location", "Chichester:"),
            ("publisher", "Wiley. 2nd ed."),
        )
    )
    assert _pairs(got)[4:] == [("publisher", "Wiley."), ("edition", "2nd ed.")]


def test_an_acronym_ending_the_proceedings_before_the_place_is_the_publisher() -> None:
    got = repair_segments(
        _segments(
            ("title", "Participatory Design,"),
            (
                "container-title",
                "in: Proceedings of the 11th Participatory Design Conference. ACM,",
            ),
            ("location", "New York,"),
            ("pages", "pp. 41–50."),
        )
    )
    assert _pairs(got)[1:3] == [
        ("container-title", "in: Proceedings of the 11th Participatory Design Conference"),
        ("publisher", "ACM,"),
    ]


def test_a_place_run_into_a_university_is_the_publisher() -> None:
    got = repair_segments(
        _segments(
            ("title", "“Engagement of Citizens.”"),
            ("genre", "PhD thesis,"),
            ("location", "Leiden"),
            ("publisher", "University."),
        )
    )
    assert _pairs(got)[2:] == [("publisher", "Leiden University.")]


def test_a_place_and_a_press_printed_apart_stay_apart() -> None:
    segments = _segments(
        ("title", "L'art urbain"), ("location", "Paris"), ("publisher", "Gallimard")
    )
    assert repair_segments(segments) == segments


@pytest.mark.parametrize(
    ("printed", "edition", "publisher"),
    [
        ("2nd ed. Routledge.", "2nd ed.", "Routledge."),
        (
            "30th anniversary expanded. Russell Sage Foundation.",
            "30th anniversary expanded.",
            "Russell Sage Foundation.",
        ),
    ],
)
def test_an_edition_before_the_publisher_is_the_edition(
    printed: str, edition: str, publisher: str
) -> None:
    got = repair_segments(_segments(("title", "Public Management."), ("publisher", printed)))
    assert _pairs(got)[1:] == [("edition", edition), ("publisher", publisher)]


def test_a_report_kind_ending_a_sentence_before_the_publisher_is_the_genre() -> None:
    got = repair_segments(
        _segments(("title", "Personalisation."), ("publisher", "SCIE Guide 47. SCIE."))
    )
    assert _pairs(got)[1:] == [("genre", "SCIE Guide 47."), ("publisher", "SCIE.")]


def test_a_memo_naming_its_writer_stays_with_the_publisher() -> None:
    segments = _segments(
        ("title", "Policy for Risk Characterization."),
        ("publisher", "Memo by Carol Browner. Office of the Administrator."),
    )
    assert repair_segments(segments) == segments


def test_chicago_original_year_in_round_brackets_before_the_edition_year() -> None:
    from coprod_refs.parse.original_date import split_original

    assert split_original("(1980) 2010.") == ("2010.", "1980")
    assert split_original("(2010).") == ("(2010).", "")


@pytest.mark.parametrize(
    ("printed", "people"),
    [
        ("Whitaker Gordon P.", [("Whitaker", "Gordon P.")]),
        (
            "Brudney Jeffrey L. et England Robert E.",
            [("Brudney", "Jeffrey L."), ("England", "Robert E.")],
        ),
        ("Ostrom Elinor", [("Ostrom", "Elinor")]),
        (
            "Nabatchi Tina, Sancino Alessandro et Sicilia Mariafrancesca",
            [("Nabatchi", "Tina"), ("Sancino", "Alessandro"), ("Sicilia", "Mariafrancesca")],
        ),
        # Reading order stays where a given name opens the name.
        ("Elinor Ostrom", [("Ostrom", "Elinor")]),
        ("Tony Bovaird and Elke Loeffler", [("Bovaird", "Tony"), ("Loeffler", "Elke")]),
        ("de la Macorra JC", [("Macorra", "J. C.")]),
        ("Corcoran Dunlop E.", [("Corcoran Dunlop", "E.")]),
    ],
)
def test_french_lists_print_the_family_name_first(
    printed: str, people: list[tuple[str, str]]
) -> None:
    from coprod_refs.parse.names import parse_name_list

    assert [(n.family, n.given) for n in parse_name_list(printed).names] == people


def test_people_in_reading_order_separated_by_commas_are_people() -> None:
    from coprod_refs.parse.names import parse_name_list

    got = parse_name_list("Taco Brandsen, Mila Honingh")
    assert [(n.family, n.given) for n in got.names] == [("Brandsen", "Taco"), ("Honingh", "Mila")]


@pytest.mark.parametrize(
    "body", ["Department of Health, Social Services and Public Safety", "Think Local Act Personal"]
)
def test_a_bodys_name_with_commas_stays_one_body(body: str) -> None:
    from coprod_refs.parse.names import parse_name_list

    assert [n.literal for n in parse_name_list(body).names] == [body]


def test_title_words_run_into_a_vancouver_list_go_back_to_the_title() -> None:
    got = repair_segments(
        _segments(
            ("citation-number", "63"),
            ("author", "Rippon S, Hopkins T. Head,"),
            ("title", "hands and heart: Asset-based approaches in health care."),
            ("location", "London:"),
        )
    )
    assert _pairs(got)[1:3] == [
        ("author", "Rippon S, Hopkins T."),
        ("title", "Head, hands and heart: Asset-based approaches in health care."),
    ]


@pytest.mark.parametrize("names", ["Derek W. Urwin,", "Mark C. Suchman,"])
def test_a_name_in_reading_order_with_a_middle_initial_stays_whole(names: str) -> None:
    segments = _segments(("author", names), ("title", "A Political History of Western Europe."))
    assert repair_segments(segments) == segments
