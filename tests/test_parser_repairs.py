"""The deterministic repairs applied to the CRF's labels and segments (parse/repairs/).

Each test feeds hand-made labels, so the rules are checked without the trained model.
"""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs import repair_labels, repair_segments
from coprod_refs.parse.tokens import tokenize


def _labels(text: str, labels: list[str], marginals: list[float] | None = None) -> list[str]:
    tokens = tokenize(text)
    assert len(tokens) == len(labels)
    return repair_labels(tokens, labels, marginals or [0.99] * len(tokens))


def test_url_and_doi_tokens_take_their_labels_from_their_form() -> None:
    got = _labels(
        "Title. doi: 10.1000/xyz.123 https://example.org/a",
        ["title", "title", "title", "title"],
    )
    assert got == ["title", "doi", "doi", "url"]


def test_lone_doubtful_token_joins_its_neighbours() -> None:
    got = _labels("A B C", ["title", "publisher", "title"], [0.9, 0.4, 0.9])
    assert got == ["title", "title", "title"]


def test_lone_confident_token_stays() -> None:
    got = _labels("A B C", ["title", "publisher", "title"], [0.9, 0.9, 0.9])
    assert got == ["title", "publisher", "title"]


def test_access_phrase_becomes_a_note_up_to_the_url() -> None:
    got = _labels(
        "Web page. Accessed 2 Apr 2019. http://example.org",
        ["title", "title", "date", "date", "date", "date", "url"],
    )
    assert got == ["title", "title", "note", "note", "note", "note", "url"]


def test_leading_list_number_is_a_citation_number() -> None:
    got = _labels("[12] Smith, J.", ["author", "author", "author"])
    assert got[0] == "citation-number"


def test_report_descriptor_after_the_title_is_a_genre() -> None:
    segments = [
        Segment("author", "SCIE", 1.0),
        Segment("title", "Co-production in social care (Research Briefing 31).", 1.0),
    ]
    got = repair_segments(segments)
    assert [s.label for s in got] == ["author", "title", "genre"]
    assert got[2].text == "Research Briefing 31"


def test_container_continuing_a_book_title_is_merged_into_it() -> None:
    segments = [
        Segment("title", "Public management.", 1.0),
        Segment("container-title", "A new approach.", 0.6),
        Segment("location", "London:", 1.0),
        Segment("publisher", "Routledge.", 1.0),
    ]
    got = repair_segments(segments)
    assert [s.label for s in got] == ["title", "location", "publisher"]
    assert got[0].text == "Public management. A new approach."
    assert got[0].confidence == 0.6


def test_quoted_title_keeps_its_container() -> None:
    segments = [
        Segment("title", "“Public management.”", 1.0),
        Segment("container-title", "Reform Essays.", 0.9),
        Segment("location", "London:", 1.0),
    ]
    assert repair_segments(segments) == segments


def test_container_title_inside_the_editor_segment_moves_out() -> None:
    segments = [
        Segment("editor", "In E. Ostrom & V. Ostrom, Choice, rules", 0.9),
        Segment("container-title", "and collective action", 0.9),
    ]
    got = repair_segments(segments)
    assert got[0] == Segment("editor", "In E. Ostrom & V. Ostrom,", 0.9)
    assert got[1].text == "Choice, rules and collective action"


def test_journal_run_into_the_title_before_the_volume_is_split_off() -> None:
    segments = [
        Segment("author", "Lambiel, C.", 1.0),
        Segment("title", "Talus slopes (Swiss Alps). Permafrost and Periglacial", 0.7),
        Segment("volume", "19:", 1.0),
        Segment("pages", "293-304.", 1.0),
    ]
    got = repair_segments(segments)
    assert [s.label for s in got] == ["author", "title", "journal", "volume", "pages"]
    assert got[1].text == "Talus slopes (Swiss Alps)."
    assert got[2].text == "Permafrost and Periglacial"


def test_title_run_into_the_journal_is_split_off() -> None:
    segments = [
        Segment("journal", "Excerpts of the Chinese pharmacopoeia. Herbs Spices Med. Pl.", 0.6),
        Segment("volume", "4:", 1.0),
    ]
    got = repair_segments(segments)
    assert [(s.label, s.text) for s in got[:2]] == [
        ("title", "Excerpts of the Chinese pharmacopoeia."),
        ("journal", "Herbs Spices Med. Pl."),
    ]


def test_abbreviated_journal_alone_is_not_split() -> None:
    segments = [
        Segment("author", "Paajanen, M.", 1.0),
        Segment("journal", "J. Appl. Phys.", 0.9),
        Segment("volume", "89", 1.0),
    ]
    assert repair_segments(segments) == segments


def test_title_with_a_journal_elsewhere_is_not_split() -> None:
    segments = [
        Segment("title", "Public value. A new approach to reform.", 0.9),
        Segment("volume", "Vol. 2.", 1.0),
        Segment("journal", "Policy Studies", 1.0),
    ]
    assert repair_segments(segments) == segments


def test_title_before_a_publisher_is_not_split() -> None:
    segments = [
        Segment("title", "Managing public services. The new agenda.", 0.9),
        Segment("pages", "pp. 3-9.", 1.0),
        Segment("publisher", "Routledge", 1.0),
    ]
    assert repair_segments(segments) == segments


def test_region_code_before_the_colon_belongs_to_the_place() -> None:
    segments = [
        Segment("location", "Washington:", 0.9),
        Segment("publisher", "DC: American Psychological Association.", 0.8),
    ]
    got = repair_segments(segments)
    assert got == [
        Segment("location", "Washington: DC:", 0.9),
        Segment("publisher", "American Psychological Association.", 0.8),
    ]


def test_publisher_starting_with_a_capitalised_word_keeps_it() -> None:
    segments = [
        Segment("location", "London:", 0.9),
        Segment("publisher", "SAGE: Thousand Oaks.", 0.8),
    ]
    assert repair_segments(segments) == segments


def test_report_series_labelled_as_journal_is_the_genre() -> None:
    segments = [
        Segment("title", "Co-production: an emerging evidence base.", 1.0),
        Segment("journal", "SCIE Research Briefing", 0.7),
        Segment("volume", "31.", 0.8),
        Segment("location", "London:", 1.0),
        Segment("publisher", "Social Care Institute for Excellence.", 1.0),
    ]
    got = repair_segments(segments)
    assert [s.label for s in got] == ["title", "genre", "location", "publisher"]
    assert got[1] == Segment("genre", "SCIE Research Briefing 31.", 0.7)


def test_journal_with_report_in_its_name_keeps_its_pages() -> None:
    segments = [
        Segment("title", "Ethics of care.", 1.0),
        Segment("journal", "Hastings Center Report", 0.9),
        Segment("volume", "40,", 1.0),
        Segment("pages", "12-19.", 1.0),
        Segment("publisher", "Wiley.", 0.5),
    ]
    assert repair_segments(segments) == segments


def test_bracketed_apa7_description_holds_genre_and_institution() -> None:
    text = "Title [Doctoral dissertation, Rutgers University]. ProQuest Theses. https://x.org/1"
    got = _labels(text, ["title"] * 4 + ["note"] * 4)
    assert got == ["title"] + ["genre"] * 2 + ["publisher"] * 2 + ["note"] * 2 + ["url"]
    # Unpublished: the bracket is all genre, and the institution follows it.
    text = "Title [Unpublished doctoral dissertation]. Indiana University. More."
    got = _labels(text, ["title"] * 7)
    assert got == ["title"] + ["genre"] * 3 + ["publisher"] * 2 + ["title"]
    # A bracket that is no thesis description is left to the model.
    assert _labels("Title [in Dutch]. Boom.", ["title"] * 4) == ["title"] * 4


def test_thesis_descriptor_read_as_the_publisher_is_the_genre() -> None:
    segments = [
        Segment("title", "Koproduktion in der Kommunalverwaltung.", 0.9),
        Segment("publisher", "Dissertation, Universität Potsdam.", 0.8),
    ]
    assert repair_segments(segments)[1:] == [
        Segment("genre", "Dissertation", 0.8),
        Segment("publisher", "Universität Potsdam.", 0.8),
    ]
    press = [Segment("publisher", "Master Books, Green Forest.", 0.8)]
    assert repair_segments(press) == press


def test_available_at_before_a_url_is_part_of_the_access_note() -> None:
    text = "Excellence. Available at: https://example.org/x (Accessed: 12 March 2020)."
    got = _labels(
        text, ["publisher", "publisher", "publisher", "url", "note", "note", "note", "note"]
    )
    assert got == ["publisher", "note", "note", "url", "note", "note", "note", "note"]


def test_the_word_available_inside_a_title_stays_in_it() -> None:
    text = "An update on available husbandry methods."
    assert _labels(text, ["title"] * 6) == ["title"] * 6


def test_edited_book_title_read_as_a_container_is_the_title() -> None:
    segments = [
        Segment("citation-number", "3.", 1.0),
        Segment("editor", "Brandsen T, Pestoff V, editors.", 0.9),
        Segment("container-title", "New public governance.", 0.7),
        Segment("location", "New York:", 1.0),
        Segment("publisher", "Routledge;", 1.0),
        Segment("date", "2012.", 1.0),
    ]
    got = repair_segments(segments)
    assert got[2] == Segment("title", "New public governance.", 0.7)
    assert [s.label for s in got[3:]] == ["location", "publisher", "date"]


def test_chapter_container_after_in_and_editors_stays_a_container() -> None:
    segments = [
        Segment("author", "Evers, A.", 1.0),
        Segment("title", "Complementary and conflicting.", 1.0),
        Segment("editor", "In A.-L. Matthies (Ed.),", 0.9),
        Segment("container-title", "Nordic civic society organisations", 0.9),
    ]
    assert repair_segments(segments) == segments


def test_in_container_run_into_the_title_is_split_off() -> None:
    segments = [
        Segment("author", "Hermenegildo, M. V.,", 1.0),
        Segment("title", "An Abstract Machine for Logic, in Third Conference on Logic,", 0.7),
        Segment("publisher", "Springer-Verlag,", 1.0),
    ]
    got = repair_segments(segments)
    assert [(s.label, s.text) for s in got[1:3]] == [
        ("title", "An Abstract Machine for Logic,"),
        ("container-title", "Third Conference on Logic,"),
    ]


def test_title_and_in_container_read_as_one_container_are_split() -> None:
    segments = [
        Segment("author", "Sedlák, Jan,", 1.0),
        Segment("container-title", "Liturgie u Husa, in: Studie a texty 2,", 0.6),
        Segment("date", "1915,", 1.0),
    ]
    got = repair_segments(segments)
    assert [(s.label, s.text) for s in got] == [
        ("author", "Sedlák, Jan,"),
        ("title", "Liturgie u Husa,"),
        ("container-title", "Studie a texty 2,"),
        ("date", "1915,"),
    ]
    # With a title elsewhere the container is the model's to keep.
    titled = [Segment("title", "Preface.", 0.9), *segments[1:]]
    assert repair_segments(titled) == titled


def test_in_inside_a_title_or_before_lower_case_stays() -> None:
    for text in ("Co-production, in theory and practice.", "Services in Europe."):
        segments = [Segment("title", text, 0.9), Segment("date", "2010.", 1.0)]
        assert repair_segments(segments) == segments


def test_chicago_names_then_a_short_title_read_as_authors_are_split() -> None:
    segments = [
        Segment("author", "Perec, Georges. A Void.", 0.7),
        Segment("location", "London:", 1.0),
        Segment("publisher", "The Harvill Press,", 1.0),
    ]
    got = repair_segments(segments)
    assert [(s.label, s.text) for s in got[:2]] == [
        ("author", "Perec, Georges."),
        ("title", "A Void."),
    ]
    # Initials are no full given name: "Smith, J. A. Title" is left to the model.
    initials = [Segment("author", "Smith, J. A. Title of it.", 0.7)]
    assert repair_segments(initials) == initials


@pytest.mark.parametrize("label", ["author", "editor"])
def test_german_names_colon_title_read_as_one_names_segment_are_split(label: str) -> None:
    segments = [
        Segment(label, "Schuppert, Gunnar Folke: Verwaltungswissenschaft.", 0.6),
        Segment("location", "Baden-Baden:", 1.0),
        Segment("publisher", "Nomos", 1.0),
        Segment("date", "2000.", 1.0),
    ]
    assert _pairs(repair_segments(segments))[:2] == [
        ("author", "Schuppert, Gunnar Folke:"),
        ("title", "Verwaltungswissenschaft."),
    ]
    two = [Segment("author", "Bogumil, Jörg/Holtkamp, Lars: Kommunalpolitik.", 0.6)]
    assert _pairs(repair_segments(two)) == [
        ("author", "Bogumil, Jörg/Holtkamp, Lars:"),
        ("title", "Kommunalpolitik."),
    ]


def test_names_colon_without_inverted_people_is_not_split() -> None:
    for segments in (
        # editors marked as such stay editors, with their colon
        [Segment("editor", "Roth, R. (Hrsg.): Die Bewegungen.", 0.6)],
        # a body before the colon
        [Segment("author", "Council, Ministry of Health: Report.", 0.6)],
        # a title already found
        [Segment("author", "Smith, John: x.", 0.6), Segment("title", "T.", 0.9)],
    ):
        assert repair_segments(segments) == segments


def test_given_names_opening_the_title_go_back_to_inverted_authors() -> None:
    segments = [
        Segment("author", "Bogumil, Jörg/Holtkamp,", 0.8),
        Segment("title", "Lars: Kommunalpolitik und Kommunalverwaltung,", 0.7),
        Segment("location", "Wiesbaden", 1.0),
    ]
    assert _pairs(repair_segments(segments))[:2] == [
        ("author", "Bogumil, Jörg/Holtkamp, Lars:"),
        ("title", "Kommunalpolitik und Kommunalverwaltung,"),
    ]
    # Names in reading order end with a whole name: "Morgan Park:" opens the title.
    reading = [
        Segment("author", "A. Alanen,", 0.8),
        Segment("title", "Morgan Park: Duluth and the Forging of a Town,", 0.7),
    ]
    assert repair_segments(reading) == reading


def test_a_leading_number_with_a_dash_is_the_list_number() -> None:
    assert _labels("10- Gore PA.", ["author", "author", "author"])[0] == "citation-number"
    assert _labels("1989: Preuss", ["author", "author"])[0] == "author"


def test_vol_words_read_as_publisher_or_container_are_the_volume() -> None:
    book = [
        Segment("title", "The World's Work.", 0.9),
        Segment("publisher", "Vol. 23 Doubleday, Page and Company.", 0.6),
    ]
    assert [(s.label, s.text) for s in repair_segments(book)] == [
        ("title", "The World's Work."),
        ("volume", "Vol. 23"),
        ("publisher", "Doubleday, Page and Company."),
    ]
    chapter = [
        Segment("title", "Mimetic words.", 0.9),
        Segment("editor", "In B. Frellesvig (ed.),", 0.9),
        Segment("container-title", "Japanese/Korean Linguistics Volume 30.", 0.8),
        Segment("location", "Stanford, CA:", 0.9),
    ]
    assert [(s.label, s.text) for s in repair_segments(chapter)[1:4]] == [
        ("editor", "In B. Frellesvig (ed.),"),
        ("container-title", "Japanese/Korean Linguistics"),
        ("volume", "Volume 30."),
    ]
    # A reference that has its volume, and a publisher named "Volume", are left alone.
    has_volume = [Segment("volume", "Vol. 2", 0.9), Segment("publisher", "Vol. 3 Press", 0.5)]
    assert repair_segments(has_volume) == has_volume
    press = [Segment("title", "Noise.", 0.9), Segment("publisher", "Volume Books.", 0.9)]
    assert repair_segments(press) == press


def test_body_read_as_title_before_the_date_is_the_author() -> None:
    segments = [
        Segment("title", "Organisation for Economic Co-operation and Development.", 0.6),
        Segment("date", "(2011).", 1.0),
        Segment("title", "Together for better public services.", 0.9),
        Segment("publisher", "OECD Publishing.", 0.9),
    ]
    assert [s.label for s in repair_segments(segments)] == [
        "author",
        "date",
        "title",
        "publisher",
    ]
    # An unsigned article: its title, the date, then the journal.
    article = [
        Segment("title", "Good chemistry.", 0.9),
        Segment("date", "(1996, September).", 1.0),
        Segment("journal", "Wake Forest Magazine,", 0.9),
        Segment("volume", "44(1),", 0.9),
    ]
    assert repair_segments(article) == article


def test_title_read_into_a_bracketed_date_is_split_off() -> None:
    segments = [
        Segment("author", "Governance International.", 0.9),
        Segment("date", "(n.d.). Co-production star.", 0.6),
        Segment("url", "http://www.govint.org/", 1.0),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)][1:3] == [
        ("date", "(n.d.)."),
        ("title", "Co-production star."),
    ]


def test_container_repeating_the_author_is_the_publisher() -> None:
    segments = [
        Segment("author", "World Health Organization.", 0.9),
        Segment("date", "(2016).", 1.0),
        Segment("title", "Framework on integrated, people-centred health services.", 0.9),
        Segment("journal", "World Health Organization.", 0.6),
    ]
    assert repair_segments(segments)[-1].label == "publisher"
    # A journal with numbers is a journal, whatever its name.
    with_volume = [*segments, Segment("volume", "12(3).", 0.9)]
    assert repair_segments(with_volume) == with_volume


def test_vancouver_compact_numbers_are_read_wherever_labelled() -> None:
    text = "Title. BMJ Open. 2017;7(7):e014650. doi:10.1136/bmjopen-2016-014650"
    labels = ["title", "journal", "journal", "doi", "doi"]
    assert _labels(text, labels)[3:] == ["volume", "doi"]
    text = "Title. Milbank Q. 2016 Jun;94(2):392-429."
    labels = ["title", "journal", "journal", "date", "date"]
    assert _labels(text, labels)[3:] == ["volume"] * 2
    # "Sep;48" alone, with neither issue nor pages, is left to the model.
    assert _labels("Title. 2016 Sep;48", ["title", "date", "date"])[1:] == ["date", "date"]


def test_presented_at_is_a_conference_container_not_a_genre() -> None:
    segments = [
        Segment("title", "Co-commissioning of public services.", 0.9),
        Segment("container-title", "Paper presented at the IRSPM Annual Conference,", 0.8),
        Segment("location", "Wellington, New Zealand.", 0.9),
    ]
    assert repair_segments(segments) == segments


def test_second_title_after_in_and_editors_is_the_container() -> None:
    segments = [
        Segment("title", "Co-commissioning of public services.", 0.9),
        Segment("editor", "In: Hefetz A, Warner M, eds.", 0.9),
        Segment("title", "Co-production and Co-creation.", 0.7),
        Segment("publisher", "Routledge;", 0.9),
    ]
    assert [s.label for s in repair_segments(segments)] == [
        "title",
        "editor",
        "container-title",
        "publisher",
    ]
    # Without "In" the editors may be the book's own, and both titles stay.
    own = [segments[0], Segment("editor", "Hefetz A, ed.", 0.9), segments[2]]
    assert repair_segments(own) == own


def test_ieee_technical_report_abbreviation_is_the_genre() -> None:
    got = _labels("Paris, France, Tech. Rep., 2017.", ["location"] * 3 + ["publisher", "date"])
    assert got == ["location", "location", "genre", "genre", "date"]


def test_journal_in_guillemets_after_in_is_the_journal() -> None:
    # Italian styles put a journal's name in guillemets; a number follows it.
    segments = [
        Segment("title", "Il coinvolgimento dei cittadini, in «Meridiana»,", 0.8),
        Segment("volume", "n. 58,", 0.9),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)][:2] == [
        ("title", "Il coinvolgimento dei cittadini,"),
        ("journal", "«Meridiana»,"),
    ]


def test_acronym_after_a_body_read_as_title_joins_it() -> None:
    segments = [
        Segment("title", "Organisation for Economic Co-operation and Development", 0.6),
        Segment("author", "[OECD].", 0.5),
        Segment("date", "(2017).", 1.0),
        Segment("title", "Fostering innovation in the public sector.", 0.9),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)][:2] == [
        ("author", "Organisation for Economic Co-operation and Development [OECD]."),
        ("date", "(2017)."),
    ]


def test_editor_mark_read_into_the_title_goes_to_the_names() -> None:
    segments = [
        Segment("author", "Pasquino, G.", 0.9),
        Segment("title", "(a cura di), Il sistema politico italiano,", 0.7),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)] == [
        ("author", "Pasquino, G. (a cura di),"),
        ("title", "Il sistema politico italiano,"),
    ]


@pytest.mark.parametrize(
    ("text", "publisher", "series"),
    [
        ("PUF, coll. « Thémis »,", "PUF", "« Thémis »,"),
        (
            "edition sigma (Modernisierung des öffentlichen Sektors, Sonderband 18).",
            "edition sigma",
            "Modernisierung des öffentlichen Sektors, Sonderband 18",
        ),
    ],
)
def test_series_read_into_the_publisher_is_the_collection(
    text: str, publisher: str, series: str
) -> None:
    got = repair_segments([Segment("title", "Title.", 0.9), Segment("publisher", text, 0.8)])
    assert [(s.label, s.text) for s in got[1:]] == [
        ("publisher", publisher),
        ("collection-title", series),
    ]
    # A publisher with a bracketed place or name but no series is left whole.
    plain = [Segment("title", "Title.", 0.9), Segment("publisher", "Policy Press (UK).", 0.8)]
    assert repair_segments(plain) == plain


@pytest.mark.parametrize(
    "labels",
    [[], ["citation-number"], ["citation-number", "title"], ["title"], ["date", "date"]],
)
def test_every_segment_rule_takes_short_and_empty_references(labels: list[str]) -> None:
    segments = [Segment(label, f"w{i}.", 0.5) for i, label in enumerate(labels)]
    assert [s.text for s in repair_segments(segments)] == [s.text for s in segments]


def test_place_and_publisher_read_into_a_humanities_title_are_the_imprint() -> None:
    segments = [
        Segment("author", "Rosanvallon, Pierre,", 0.9),
        Segment("title", "La contre-démocratie, Paris, Seuil, coll. « Les Livres »,", 0.6),
        Segment("date", "2006.", 1.0),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)][1:5] == [
        ("title", "La contre-démocratie,"),
        ("location", "Paris,"),
        ("publisher", "Seuil"),
        ("collection-title", "« Les Livres »,"),
    ]
    # Places inside a title that no year follows are left alone.
    essay = [Segment("title", "Cities of Europe, Paris, London and the rest.", 0.8)]
    assert repair_segments([*essay, Segment("url", "https://x.org", 1.0)])[0] == essay[0]


@pytest.mark.parametrize(
    ("container", "expected"),
    [
        (
            "In Ralf Roth and Robert Beachy (eds), Who Ran the Cities?",
            [
                ("editor", "In Ralf Roth and Robert Beachy (eds),"),
                ("container-title", "Who Ran the Cities?"),
            ],
        ),
        (
            "In Rohit Parikh, editor, Logics of Programs,",
            [("editor", "In Rohit Parikh, editor,"), ("container-title", "Logics of Programs,")],
        ),
        (
            "In: Meier, K. (Hrsg.): Handbuch Verwaltung.",
            [("editor", "In: Meier, K. (Hrsg.),"), ("container-title", "Handbuch Verwaltung.")],
        ),
        # No editor mark, or no capital after it: the container stays whole.
        ("In Search of the Public Good", [("container-title", "In Search of the Public Good")]),
        (
            "In Public Services (Eds.) nothing",
            [("container-title", "In Public Services (Eds.) nothing")],
        ),
    ],
)
def test_editors_read_into_the_container_are_split_off(
    container: str, expected: list[tuple[str, str]]
) -> None:
    segments = [
        Segment("title", "Patrician elites.", 1.0),
        Segment("container-title", container, 0.8),
    ]
    got = repair_segments(segments)
    assert [(s.label, s.text) for s in got[1:]] == expected


def test_words_after_a_quoted_title_are_its_container() -> None:
    segments = [
        Segment("author", "June Jordan,", 1.0),
        Segment("title", "“Letter to R. Buckminster Fuller,” Civil Wars", 0.7),
        Segment("location", "(Boston:", 1.0),
    ]
    got = repair_segments(segments)
    assert [(s.label, s.text) for s in got[1:3]] == [
        ("title", "“Letter to R. Buckminster Fuller,”"),
        ("container-title", "Civil Wars"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        '"Co-production" and its critics.',  # a quoted phrase opens the title
        "“Crossing the great divide.”",  # nothing after the quote
        "Crossing “the great divide” Again.",  # the title does not open with a quote
    ],
)
def test_titles_that_only_hold_quotes_stay_whole(title: str) -> None:
    segments = [Segment("title", title, 0.9), Segment("date", "2010.", 1.0)]
    assert repair_segments(segments) == segments


def test_a_quoted_title_keeps_a_container_found_elsewhere() -> None:
    segments = [
        Segment("title", "“Crossing the great divide.” Synergy", 0.9),
        Segment("journal", "World Development", 1.0),
    ]
    assert repair_segments(segments) == segments


def test_a_container_cut_after_of_goes_on_in_the_publisher_then_the_places() -> None:
    segments = [
        Segment("title", "Coproduction of government services.", 1.0),
        Segment("container-title", "Paper presented at the Annual Meeting of", 0.8),
        Segment(
            "publisher", "the American Society for Public Administration, New Orleans, LA.", 0.6
        ),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)[1:]] == [
        (
            "container-title",
            "Paper presented at the Annual Meeting of the American Society for Public "
            "Administration,",
        ),
        ("location", "New Orleans, LA."),
    ]
    whole = [segments[0], Segment("journal", "Local Government Studies", 0.9), segments[2]]
    assert repair_segments(whole) == whole


@pytest.mark.parametrize(
    ("container", "dates"),
    [
        (
            "Proceedings of the 12th European Conference on e-Government; 2012 Jun 14-15;",
            "2012 Jun 14-15;",
        ),
        ("Proceedings of the HSR Conference; 2019 Nov 30-Dec 2;", "2019 Nov 30-Dec 2;"),
        ("Proceedings of the HSR Conference; 2019.", "2019."),
    ],
)
def test_conference_dates_read_into_the_container_are_the_date(container: str, dates: str) -> None:
    segments = [
        Segment("title", "Citizen co-production.", 1.0),
        Segment("container-title", container, 0.8),
    ]
    got = repair_segments(segments)
    assert [s.label for s in got] == ["title", "container-title", "date"]
    assert got[2].text == dates and got[1].text == container[: -len(dates)].rstrip(" ;")


def test_a_semicolon_inside_a_container_name_stays() -> None:
    segments = [
        Segment("title", "Co-design.", 1.0),
        Segment("container-title", "Public Money; Management", 0.8),
    ]
    assert repair_segments(segments) == segments


def test_a_journal_read_into_the_vancouver_volume_is_the_journal() -> None:
    got = _labels("Title. Voluntas 2012;23:1119–38.", ["title", "volume", "volume"])
    assert got == ["title", "journal", "volume"]
    # With a journal found elsewhere the words stay as labelled.
    got = _labels("Voluntas. Annual 2012;23:1119–38.", ["journal", "volume", "volume"])
    assert got == ["journal", "volume", "volume"]


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        # A name ending a sentence before the link, in a reference without a publisher.
        (
            "Title. NESTA. https://www.nesta.org.uk/r",
            ["title", "url", "url"],
            ["title", "publisher", "url"],
        ),
        # Link phrases, numbers and colons are a note.
        ("Title. Online: https://x.org/a", ["title", "url", "url"], ["title", "note", "url"]),
        (
            "Title. Retirado de https://x.org/a",
            ["title", "url", "url", "url"],
            ["title", "note", "note", "url"],
        ),
        ("Title. V.3.23 https://x.org/a", ["title", "url", "url"], ["title", "note", "url"]),
    ],
)
def test_words_read_into_a_link_are_a_publisher_or_a_note(
    text: str, labels: list[str], expected: list[str]
) -> None:
    assert _labels(text, labels) == expected


def test_brazilian_organisers_read_into_the_container_are_editors() -> None:
    segments = [
        Segment("title", "Co-production and third sector social services in Europe.", 1.0),
        Segment(
            "container-title",
            "In: PESTOFF, V.; BRANDSEN, T.; VERSCHUERE, B. (Org.). New public governance.",
            0.7,
        ),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)[1:]] == [
        ("editor", "In: PESTOFF, V.; BRANDSEN, T.; VERSCHUERE, B. (Org.),"),
        ("container-title", "New public governance."),
    ]


def test_an_editor_mark_alone_read_as_a_title_joins_the_names() -> None:
    segments = [
        Segment("author", "Bifulco, L.", 1.0),
        Segment("title", "(a cura di)", 0.5),
        Segment("date", "(2005),", 1.0),
        Segment("title", "Le politiche sociali.", 0.9),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)] == [
        ("author", "Bifulco, L. (a cura di)"),
        ("date", "(2005),"),
        ("title", "Le politiche sociali."),
    ]


def test_a_city_ending_the_container_before_a_region_code_is_the_place() -> None:
    segments = [
        Segment("title", "Co-production in smart cities,", 1.0),
        Segment("container-title", "in Proc. IEEE Smart Cities Conf. (ISC2), Kansas City,", 0.8),
        Segment("location", "MO, USA,", 0.8),
        Segment("date", "2020,", 1.0),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)[1:3]] == [
        ("container-title", "in Proc. IEEE Smart Cities Conf. (ISC2),"),
        ("location", "Kansas City, MO, USA,"),
    ]
    # A place that opens with a city takes nothing from the container.
    city = [segments[0], segments[1], Segment("location", "Boston, MA,", 0.8)]
    assert repair_segments(city) == city


def test_title_words_read_into_a_bracketed_genre_go_back_to_the_title() -> None:
    segments = [
        Segment("title", "Governing welfare: the challenges to the Swedish welfare", 0.9),
        Segment("genre", "state (PhD thesis).", 0.6),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)] == [
        ("title", "Governing welfare: the challenges to the Swedish welfare state"),
        ("genre", "(PhD thesis)."),
    ]


def test_a_subtitle_after_a_question_read_into_the_journal_goes_back_to_the_title() -> None:
    segments = [
        Segment("title", "Who engages in coproduction and why?", 0.9),
        Segment("journal", "The case of Atlanta, Georgia. Public Administration Review,", 0.7),
        Segment("volume", "78(4),", 1.0),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)[:2]] == [
        ("title", "Who engages in coproduction and why? The case of Atlanta, Georgia."),
        ("journal", "Public Administration Review,"),
    ]
    # After a title that ends with a full stop the journal is left as it is.
    plain = [Segment("title", "Who engages.", 0.9), *segments[1:]]
    assert repair_segments(plain)[1] == segments[1]


def test_a_bracketed_edition_read_as_a_note_is_the_edition_and_its_publisher() -> None:
    segments = [
        Segment("title", "Street-level bureaucracy", 0.9),
        Segment("note", "(30th anniversary expanded ed.). Russell Sage Foundation.", 0.5),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)] == [
        ("title", "Street-level bureaucracy"),
        ("edition", "(30th anniversary expanded ed.)."),
        ("publisher", "Russell Sage Foundation."),
    ]
    # A note that is no edition stays a note.
    other = [segments[0], Segment("note", "(Original work published 1980).", 0.9)]
    assert repair_segments(other) == other


@pytest.mark.parametrize(
    ("title", "head", "edition"),
    [
        (
            "Governing the commons (Canto Classics ed.).",
            "Governing the commons",
            "(Canto Classics ed.).",
        ),
        ("The art of the state (Updated edition)", "The art of the state", "(Updated edition)"),
        ("Verwaltung (3. Aufl.).", "Verwaltung", "(3. Aufl.)."),
        ("New public governance (Rev. ed.)", "New public governance", "(Rev. ed.)"),
    ],
)
def test_a_bracketed_edition_ending_the_title_is_the_edition(
    title: str, head: str, edition: str
) -> None:
    segments = [Segment("title", title, 0.9), Segment("publisher", "Routledge.", 0.9)]
    assert [(s.label, s.text) for s in repair_segments(segments)] == [
        ("title", head),
        ("edition", edition),
        ("publisher", "Routledge."),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Public services (J. Brown, Ed.).",  # APA's editors of the book
        "Research design (4th ed., pp. 12-30).",  # more than the edition
        "(2nd ed.)",  # no title before it
    ],
)
def test_a_bracket_that_is_not_only_an_edition_stays_in_the_title(title: str) -> None:
    segments = [Segment("title", title, 0.9), Segment("publisher", "Sage.", 0.9)]
    assert repair_segments(segments) == segments


def test_a_place_and_publisher_ending_the_title_are_the_imprint() -> None:
    segments = [
        Segment("author", "Scottish Government.", 1.0),
        Segment("title", "Digital Health Strategy. Edinburgh: Scottish Government.", 0.6),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)[1:]] == [
        ("title", "Digital Health Strategy."),
        ("location", "Edinburgh:"),
        ("publisher", "Scottish Government."),
    ]
    # A subtitle after a colon that follows no known place stays in the title.
    subtitle = [segments[0], Segment("title", "Cities. Atlantis: A History of Us.", 0.6)]
    assert repair_segments(subtitle) == subtitle


@pytest.mark.parametrize(
    ("note", "label"),
    [
        ("(Unpublished doctoral dissertation).", "genre"),
        ("Thesis", "genre"),
        ("(Report ID 50).", "genre"),
        ("(best paper award)", "note"),
        ("Paper presented at NWAV 41", "note"),
    ],
)
def test_a_thesis_or_bracketed_report_descriptor_read_as_a_note_is_the_genre(
    note: str, label: str
) -> None:
    segments = [
        Segment("title", "The dynamic production of variation", 0.9),
        Segment("note", note, 0.6),
    ]
    assert repair_segments(segments)[1].label == label


def test_a_title_run_into_the_edition_is_split_off() -> None:
    segments = [
        Segment("author", "Schedler, K./Proeller, I.", 1.0),
        Segment("date", "(2011):", 1.0),
        Segment("edition", "New Public Management, 5. Aufl.,", 0.6),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)[2:]] == [
        ("title", "New Public Management"),
        ("edition", "5. Aufl.,"),
    ]


def test_italian_editors_opening_a_container_without_in_are_split_off() -> None:
    segments = [
        Segment("title", "Sulle tracce dell'azione pubblica,", 0.9),
        Segment("container-title", "Bifulco, L. (a cura di), Le politiche sociali,", 0.7),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)[1:]] == [
        ("editor", "Bifulco, L. (a cura di),"),
        ("container-title", "Le politiche sociali,"),
    ]


def _pairs(segments: list[Segment]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in repair_segments(segments)]


@pytest.mark.parametrize(
    ("volume", "numbers", "date"),
    [
        ("25, no. 4 (2001):", "25, no. 4", "(2001):"),
        ("368, no. 1621 (May 27, 2013):", "368, no. 1621", "(May 27, 2013):"),
    ],
)
def test_a_bracketed_date_after_the_journal_numbers_is_the_date(
    volume: str, numbers: str, date: str
) -> None:
    segments = [
        Segment("journal", "Progress in Human Geography", 0.9),
        Segment("volume", volume, 0.8),
        Segment("pages", "649-658.", 0.9),
    ]
    assert _pairs(segments) == [
        ("journal", "Progress in Human Geography"),
        ("volume", numbers),
        ("date", date),
        ("pages", "649-658."),
    ]
    # A bracketed issue is no date.
    issue = [segments[0], Segment("volume", "12 (3)", 0.8), segments[2]]
    assert repair_segments(issue) == issue


def test_a_bracket_the_title_opens_and_the_journal_closes_belongs_to_the_title() -> None:
    segments = [
        Segment("title", "Une côte de la grotte de la Vache (commune d'Alliat,", 0.7),
        Segment("journal", "Ariège), Bulletin de la Société préhistorique française,", 0.6),
        Segment("volume", "90,", 0.9),
    ]
    assert _pairs(segments)[:2] == [
        ("title", "Une côte de la grotte de la Vache (commune d'Alliat, Ariège),"),
        ("journal", "Bulletin de la Société préhistorique française,"),
    ]
    # A journal that is only the end of the bracket stays whole.
    whole = [segments[0], Segment("journal", "Ariège),", 0.6), segments[2]]
    assert repair_segments(whole) == whole


def test_a_title_ending_in_of_goes_on_in_the_journal_up_to_its_punctuation() -> None:
    segments = [
        Segment("title", "Reconstruction in the eastern Puget Lowland of", 0.7),
        Segment("journal", "Washington: Geological Society of America Bulletin,", 0.6),
        Segment("volume", "v. 105,", 0.9),
    ]
    assert _pairs(segments)[:2] == [
        ("title", "Reconstruction in the eastern Puget Lowland of Washington:"),
        ("journal", "Geological Society of America Bulletin,"),
    ]
    # "in" may end a title before its container ("Title, in" + "Proceedings …").
    kept = [Segment("title", "Models of learning in", 0.7), segments[1], segments[2]]
    assert repair_segments(kept)[:2] == kept[:2]


_APA_BOOK = [
    Segment("author", "Cottam, H.", 1.0),
    Segment("date", "(2018).", 1.0),
    Segment("title", "Radical help: How we can remake the relationships between us.", 0.9),
]


@pytest.mark.parametrize(
    ("last", "label"),
    [
        ("Virago.", "publisher"),
        ("Policy Press.", "publisher"),
        ("Public Administration Review.", "journal"),  # a journal's word
        ("Int. J. Dev. Biol.", "journal"),  # abbreviated words
    ],
)
def test_a_short_name_ending_an_apa_book_read_as_a_journal_is_the_publisher(
    last: str, label: str
) -> None:
    got = repair_segments([*_APA_BOOK, Segment("journal", last, 0.6)])
    assert (got[-1].label, got[-1].text) == (label, last)


def test_an_apa_journal_with_a_doi_or_a_day_of_issue_stays_a_journal() -> None:
    with_doi = [
        *_APA_BOOK,
        Segment("journal", "Tectonophysics,", 0.6),
        Segment("doi", "doi:10.1/x", 1),
    ]
    assert repair_segments(with_doi)[3].label == "journal"
    dated = [
        _APA_BOOK[0],
        Segment("date", "(2014, August 12).", 1.0),
        _APA_BOOK[2],
        Segment("journal", "The Guardian.", 0.6),
    ]
    assert repair_segments(dated)[3].label == "journal"


def test_a_number_opening_the_title_read_as_the_date_goes_back_to_the_title() -> None:
    segments = [
        Segment("author", "Schnabel, Eckhard.", 1.0),
        Segment("date", "40", 0.5),
        Segment("title", "Questions About the End Times.", 0.8),
        Segment("date", "2011.", 1.0),
    ]
    assert _pairs(segments)[1:3] == [
        ("title", "40 Questions About the End Times."),
        ("date", "2011."),
    ]
    # A year is a date.
    year = [segments[0], Segment("date", "1999", 0.9), *segments[2:3]]
    assert repair_segments(year) == year


def test_places_read_into_the_end_of_the_publisher_go_to_the_place() -> None:
    segments = [
        Segment("title", "Birdfeeder handbook.", 0.9),
        Segment("publisher", "Dorling Kindersley, New York,", 0.7),
        Segment("location", "New York, USA.", 0.7),
    ]
    assert _pairs(segments)[1:] == [
        ("publisher", "Dorling Kindersley,"),
        ("location", "New York, New York, USA."),
    ]


def test_a_title_read_as_a_publisher_before_a_link_and_the_real_publisher() -> None:
    segments = [
        Segment("author", "Wilensky, U.", 1.0),
        Segment("date", "(1999).", 1.0),
        Segment("publisher", "NetLogo.", 0.5),
        Segment("url", "http://ccl.northwestern.edu/netlogo/.", 1.0),
        Segment("publisher", "Center for Connected Learning, Northwestern University,", 0.7),
        Segment("location", "Evanston, IL.", 0.8),
    ]
    assert _pairs(segments)[2] == ("title", "NetLogo.")
    # A publisher alone after the date stays the publisher.
    alone = segments[:3]
    assert repair_segments(alone) == alone


def test_a_container_naming_only_places_is_the_place() -> None:
    segments = [
        Segment("title", "“Le déficit de logement en Suisse 2010.”", 0.9),
        Segment("container-title", "Geneva, Switzerland.", 0.5),
    ]
    assert _pairs(segments)[1] == ("location", "Geneva, Switzerland.")
    other = [segments[0], Segment("container-title", "Oxford Handbook of Cities.", 0.5)]
    assert repair_segments(other) == other


def test_pages_read_into_the_end_of_the_publisher_are_the_pages() -> None:
    segments = [
        Segment("container-title", "Japanese/Korean Linguistics", 0.9),
        Segment("location", "Stanford, CA:", 0.9),
        Segment("publisher", "CSLI. 199-213.", 0.7),
    ]
    assert _pairs(segments)[2:] == [("publisher", "CSLI."), ("pages", "199-213.")]


def test_a_region_code_cut_between_place_and_publisher_is_the_place() -> None:
    segments = [
        Segment("location", "Washington, D.", 0.7),
        Segment("publisher", "C. Morgan Kaufmann.", 0.7),
    ]
    assert _pairs(segments) == [
        ("location", "Washington, D. C."),
        ("publisher", "Morgan Kaufmann."),
    ]


def test_days_after_a_month_read_as_pages_are_the_date() -> None:
    segments = [
        Segment("location", "Paris,", 0.9),
        Segment("date", "July", 0.8),
        Segment("pages", "7-10.", 0.6),
    ]
    assert _pairs(segments)[1:] == [("date", "July 7-10.")]
    # Pages after a year stay pages.
    pages = [segments[0], Segment("date", "1994,", 0.9), Segment("pages", "7-10.", 0.9)]
    assert repair_segments(pages) == pages
    # Days before the month they belong to.
    before = [
        Segment("location", "London, England:", 0.9),
        Segment("pages", "9-10", 0.6),
        Segment("date", "October 2014.", 0.8),
    ]
    assert _pairs(before)[1:] == [("date", "9-10 October 2014.")]


def test_a_vancouver_journal_read_into_the_title_before_the_date_is_the_journal() -> None:
    segments = [
        Segment("author", "Carofino B, Fulkerson J.", 1.0),
        Segment(
            "title", "Medial hamstring tendon regeneration following harvest. Arthroscopy.", 0.6
        ),
        Segment("date", "2005 Oct;", 0.9),
        Segment("volume", "21(10):", 0.9),
        Segment("pages", "1257-64.", 0.9),
    ]
    assert _pairs(segments)[1:3] == [
        ("title", "Medial hamstring tendon regeneration following harvest."),
        ("journal", "Arthroscopy."),
    ]


def test_proceedings_after_a_title_without_in_are_the_container() -> None:
    segments = [
        Segment("author", "T. Imielinski, S. Viswanathan,", 1.0),
        Segment(
            "container-title", "Adaptive Wireless Information Systems, Proc. of SIGDBS Conf.,", 0.6
        ),
        Segment("location", "Tokyo,", 0.9),
    ]
    assert _pairs(segments)[1:3] == [
        ("title", "Adaptive Wireless Information Systems,"),
        ("container-title", "Proc. of SIGDBS Conf.,"),
    ]


def test_a_journal_in_guillemets_read_as_the_volume_is_the_journal() -> None:
    segments = [
        Segment("title", "From engagement to co-production,", 0.9),
        Segment("volume", "«Voluntas», 23, 4,", 0.6),
        Segment("pages", "pp. 1119-1138.", 0.9),
    ]
    assert _pairs(segments)[1:3] == [("journal", "«Voluntas»,"), ("volume", "23, 4,")]


def test_words_before_a_journal_in_guillemets_go_back_to_the_title() -> None:
    segments = [
        Segment("title", "Citizens and co-production of welfare services.", 0.9),
        Segment(
            "journal", "Childcare in eight European countries, in «Public Management Review»,", 0.6
        ),
        Segment("volume", "vol. 8, n. 4,", 0.9),
    ]
    assert _pairs(segments)[:2] == [
        (
            "title",
            "Citizens and co-production of welfare services. Childcare in eight European countries",
        ),
        ("journal", "«Public Management Review»,"),
    ]


def test_a_publisher_after_a_bracketed_description_read_as_the_genre_is_split_off() -> None:
    segments = [
        Segment("title", "The challenge of co-production", 0.9),
        Segment("genre", "[Discussion paper]. NESTA.", 0.6),
    ]
    assert _pairs(segments)[1:] == [("genre", "[Discussion paper]."), ("publisher", "NESTA.")]


def test_the_city_abnt_prints_after_the_journal_is_the_place() -> None:
    segments = [
        Segment("author", "SALM, José Francisco; MENEGASSO, Maria Ester.", 1.0),
        Segment("title", "Os modelos de administração pública.", 0.9),
        Segment("journal", "Revista de Ciências da Administração, Florianópolis,", 0.7),
        Segment("volume", "v. 11, n. 25,", 0.9),
    ]
    assert _pairs(segments)[2:4] == [
        ("journal", "Revista de Ciências da Administração,"),
        ("location", "Florianópolis,"),
    ]
    # Geology's series after the journal, in a reference not opened by capitals, stays.
    series = [
        Segment("author", "Kopecký, L.,", 1.0),
        Segment("title", "The Nördlinger Ries astrobleme,", 0.9),
        Segment("journal", "Acta Universitatis Carolinae, Geologica,", 0.7),
        Segment("volume", "v. 48,", 0.9),
    ]
    assert repair_segments(series) == series


def test_names_cut_after_a_middle_initial_go_on_in_the_title() -> None:
    segments = [
        Segment("author", "Cherri M.", 0.8),
        Segment("title", "Pancake and Sue Utter. Models for visualization in debuggers.", 0.6),
    ]
    assert _pairs(segments) == [
        ("author", "Cherri M. Pancake and Sue Utter."),
        ("title", "Models for visualization in debuggers."),
    ]
    # A title that opens with no names stays whole.
    title = [segments[0], Segment("title", "Models for visualization in debuggers.", 0.6)]
    assert repair_segments(title) == title


def test_title_words_after_a_list_ended_by_and_go_to_the_title() -> None:
    segments = [
        Segment("citation-number", "[1]", 1.0),
        Segment("author", "M. Han and P. Yu, Normal Forms,", 0.7),
        Segment("title", "Melnikov Functions and Bifurcations of Limit Cycles,", 0.8),
    ]
    assert _pairs(segments)[1:] == [
        ("author", "M. Han and P. Yu,"),
        ("title", "Normal Forms, Melnikov Functions and Bifurcations of Limit Cycles,"),
    ]
    # A list in reading order that "and" does not end keeps its names.
    names = [
        segments[0],
        Segment("author", "M. Han, P. Yu, K. Lee,", 0.7),
        segments[2],
    ]
    assert repair_segments(names) == names


def test_a_volume_and_issue_read_into_the_pages_are_the_volume() -> None:
    segments = [
        Segment("journal", "Toxicology,", 0.9),
        Segment("date", "2002,", 1.0),
        Segment("pages", "176(1-2) p 145-157", 0.6),
    ]
    assert _pairs(segments)[2:] == [("volume", "176(1-2)"), ("pages", "p 145-157")]


@pytest.mark.parametrize(
    ("segments", "expected"),
    [
        (
            [
                ("title", "Coalition for Collaborative Care. Co-production model."),
                ("date", "2016."),
            ],
            [
                ("author", "Coalition for Collaborative Care."),
                ("title", "Co-production model."),
                ("date", "2016."),
            ],
        ),
        (
            [
                ("citation-number", "6."),
                ("title", "Scottish Co-production Network. Co-production in Scotland."),
                ("date", "2013."),
            ],
            [
                ("citation-number", "6."),
                ("author", "Scottish Co-production Network."),
                ("title", "Co-production in Scotland."),
                ("date", "2013."),
            ],
        ),
    ],
)
def test_a_body_opening_an_authorless_title_is_the_author(
    segments: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:
    repaired = repair_segments([Segment(label, text, 0.9) for label, text in segments])
    assert [(s.label, s.text) for s in repaired] == expected


@pytest.mark.parametrize(
    "segments",
    [
        # No word that heads a body's name, however capitalised.
        [("title", "Governing the Commons. The Evolution of Institutions."), ("date", "1990.")],
        [("title", "Community Health Services. A review of evidence."), ("date", "2016.")],
        # An author already.
        [("author", "Smith J."), ("title", "Health Council. A history."), ("date", "1990.")],
    ],
)
def test_a_title_opening_with_no_body_stays_the_title(segments: list[tuple[str, str]]) -> None:
    given = [Segment(label, text, 0.9) for label, text in segments]
    assert repair_segments(given) == given


def test_a_publisher_and_place_spelling_the_author_are_the_publisher() -> None:
    segments = [
        Segment("author", "NHS England.", 0.9),
        Segment("title", "Five year forward view.", 0.9),
        Segment("location", "London:", 0.9),
        Segment("publisher", "NHS", 0.9),
        Segment("location", "England,", 0.9),
        Segment("date", "2014.", 0.9),
    ]
    assert [(s.label, s.text) for s in repair_segments(segments)][2:5] == [
        ("location", "London:"),
        ("publisher", "NHS England,"),
        ("date", "2014."),
    ]
    # A place after a publisher that is not the author's name stays the place.
    other = [*segments[:3], Segment("publisher", "Sage,", 0.9), *segments[4:]]
    assert repair_segments(other) == other


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Military meat and dairy hygiene. Williams and Wilkins,",
            [("title", "Military meat and dairy hygiene."), ("publisher", "Williams and Wilkins,")],
        ),
        (
            "Forests and environment in ancient Hellas. University Studio Press,",
            [
                ("title", "Forests and environment in ancient Hellas."),
                ("publisher", "University Studio Press,"),
            ],
        ),
        # A last sentence in lower case, or ending without a comma, is the title's own.
        ("Public value. A new approach to reform,", None),
        ("Public value. Theory and Practice", None),
    ],
)
def test_a_publisher_run_into_the_title_before_the_place_is_split_off(
    title: str, expected: list[tuple[str, str]] | None
) -> None:
    segments = [
        Segment("author", "Eakins, H. S.", 1.0),
        Segment("date", "1924", 1.0),
        Segment("title", title, 0.8),
        Segment("location", "Baltimore.", 0.9),
    ]
    got = repair_segments(segments)
    if expected is None:
        assert got == segments
    else:
        assert [(s.label, s.text) for s in got[2:4]] == expected
        assert got[4] == segments[3]


@pytest.mark.parametrize(
    "imprint",
    [
        [Segment("publisher", "Voluntas 23(4): 1119-1138.", 0.6)],
        [Segment("location", "Voluntas 23(4):", 0.6), Segment("publisher", "1119-1138.", 0.6)],
    ],
)
def test_journal_numbers_read_as_an_imprint_are_the_journal(imprint: list[Segment]) -> None:
    got = repair_segments([Segment("title", "Title.", 0.9), *imprint])
    assert [(s.label, s.text) for s in got[1:]] == [
        ("journal", "Voluntas"),
        ("volume", "23(4):"),
        ("pages", "1119-1138."),
    ]


@pytest.mark.parametrize(
    "imprint",
    [
        [Segment("location", "London:", 0.6), Segment("publisher", "Routledge.", 0.6)],
        [Segment("location", "New York 10:", 0.6), Segment("publisher", "Basic Books.", 0.6)],
        [Segment("publisher", "Cambridge: Cambridge University Press, 1990.", 0.6)],
    ],
)
def test_an_imprint_stays_an_imprint(imprint: list[Segment]) -> None:
    got = repair_segments([Segment("title", "Title.", 0.9), *imprint])
    assert [s.label for s in got[1:]] == [s.label for s in imprint]
