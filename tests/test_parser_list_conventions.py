"""Conventions of reference lists in other languages and house styles: a chapter's "in"
in other languages, editors' marks, a dash between names, "Id." for the names before,
a journal whose name holds a colon, and a dash between the title and the journal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.parse.fields import Segment, parse_volume
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import SAME_NAMES_MARK, parse_name_list
from coprod_refs.parse.reference import parse_reference, parse_reference_list
from coprod_refs.parse.repairs import repair_segments
from coprod_refs.parse.short_citation import cut_short_citation

_CHAPTER = (
    "Bovaird T, Loeffler E. Communities, trust and organisational responses to local "
    "governance failure. {mark} Watson S, Moran A, {eds}. Trust, risk and uncertainty. "
    "Houndmills, Basingstoke: Palgrave Macmillan; 2005:143-162."
)


@pytest.mark.parametrize(
    ("mark", "eds"),
    [
        ("İçinde:", "ed"),  # Turkish
        ("Içinde:", "ed"),
        ("W:", "red"),  # Polish
        ("V:", "ur"),  # Slovenian
        ("Dalam", "ed"),  # Indonesian
        ("In:", "szerk"),  # Hungarian editors' mark
        ("In:", "toim"),  # Finnish
    ],
)
def test_chapter_in_word_of_other_languages(mark: str, eds: str) -> None:
    work = parse_reference(_CHAPTER.format(mark=mark, eds=eds))
    assert work.container_title == "Trust, risk and uncertainty"
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.title.startswith("Communities, trust")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("failure. W: Watson S", "failure. In: Watson S"),
        ("failure. Dalam Watson S", "failure. In: Watson S"),
        ("failure. I: Hansen J", "failure. In: Hansen J"),
        ("Advisories, Vol. I: Fish Sampling", "Advisories, Vol. I: Fish Sampling"),
        ("Smith, W: The title", "Smith, W: The title"),  # after a comma and a name only
        ("Dalam negeri", "Dalam negeri"),  # a word of the title, not before a capital
    ],
)
def test_foreign_in_read_as_in(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


_WORDS = [
    "W:",
    "V:",
    "I:",
    "Dalam",
    "İçinde:",
    "Teoksessa",
    "Smith,",
    "failure.",
    "Vol.",
    "J.",
    "Book",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_foreign_in_only_replaces_marks(words: list[str]) -> None:
    read = with_marks_spaced(" ".join(words)).split(" ") if words else []
    assert len(read) == len(words)
    for before, after in zip(words, read, strict=True):
        assert after == before or (after == "In:" and before in _WORDS[:6])


def test_editors_cut_after_the_first_name() -> None:
    work = parse_reference(
        "10. Bovaird T, Loeffler E: Quality management in public sector organisations. "
        "W: Bovaird T, Loeffler E, red. Public management and governance. "
        "Abingdon and New York: Routledge; 2016, s. 162–77."
    )
    assert [n.family for n in work.editors] == ["Bovaird", "Loeffler"]
    assert work.container_title == "Public management and governance"


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("S. Watson – A. Moran (eds.)", ["Watson", "Moran"]),
        ("T. R. Kassen – D. Cepiku – T. J. Lah (eds.),", ["Kassen", "Cepiku", "Lah"]),
        ("Bovaird T. – Loeffler E.:", ["Bovaird", "Loeffler"]),
        ("Watson, S. – Moran, A. (szerk.):", ["Watson", "Moran"]),
        ("Bovaird, T. — Loeffler, E.", ["Bovaird", "Loeffler"]),
        ("Smith-Jones, A.", ["Smith-Jones"]),  # a hyphen joins one name
    ],
)
def test_dash_between_names(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_name_list(text).names] == families


@pytest.mark.parametrize("mark", ["Id.", "Idem", "Eadem", "Iid.", "Ders."])
def test_same_names_word(mark: str) -> None:
    assert [n.literal for n in parse_name_list(mark).names] == [SAME_NAMES_MARK]


def test_id_takes_the_names_of_the_entry_before() -> None:
    _, second = parse_reference_list(
        [
            "Bovaird, T. et Loeffler, E., « Communities, trust », Paris, Seuil, 2005.",
            "Id., « Quality management in public sector organisations », in Bovaird T. et "
            "Loeffler E. (éd.), Public management and governance, Abingdon and New York, "
            "Routledge, 2016, p. 162‑177.",
        ]
    )
    assert [n.family for n in second.authors] == ["Bovaird", "Loeffler"]


def test_a_body_named_like_no_same_names_word() -> None:
    assert [n.literal for n in parse_name_list("IDeA").names] == ["IDeA"]


@pytest.mark.parametrize(
    "text",
    [
        "T. Bovaird and E. Loeffler, From engagement to co-production: The contribution of "
        "users and communities to outcomes and public value, VOLUNTAS: International Journal "
        "of Voluntary and Nonprofit Organizations, 2012, 23, 1119–1138.",
        "Bovaird T. & Loeffler E. (2012b): From engagement to co-production: The contribution "
        "of users and communities to outcomes and public value. – VOLUNTAS: International "
        "Journal of Voluntary and Nonprofit Organizations 23: 1119–1138.",
        "———, From engagement to co-production: The contribution of users and communities to "
        "outcomes and public value, «VOLUNTAS: International Journal of Voluntary and "
        "Nonprofit Organizations» 23/4 (2012), pp. 1119–1138.",
    ],
)
def test_journal_name_with_a_colon(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == (
        "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations"
    )
    assert work.title.endswith("outcomes and public value")


def test_journal_name_with_a_colon_and_no_title() -> None:
    work = parse_reference(
        "7. T. Bovaird and E. Loeffler, VOLUNTAS: International Journal of Voluntary and "
        "Nonprofit Organizations 23, 1119 (2012)."
    )
    assert work.container_title.startswith("VOLUNTAS: International Journal")
    assert not work.title


@pytest.mark.parametrize(
    ("text", "journal", "publisher"),
    [
        (
            "Frederickson H. G. (1982): The recovery of civism in public administration. – "
            "Public Administration Review 42: 501–508.",
            "Public Administration Review",
            "",
        ),
        (
            "Brandsen T. & Honingh M. (2016): Distinguishing different types of coproduction: "
            "A conceptual analysis based on the classical definitions. – Public Administration "
            "Review.",
            "Public Administration Review",
            "",
        ),
        (
            "Artuso D. & Montini A. (2016): CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live. – Governance International, Birmingham.",
            "",
            "Governance International",
        ),
    ],
)
def test_dash_between_title_and_journal_or_publisher(
    text: str, journal: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.publisher) == (journal, publisher)
    assert "–" not in work.title


def test_dash_after_an_initial_is_no_title_dash() -> None:
    work = parse_reference(
        "Durand C. (2015): Public services – A new deal. – Policy Press, Bristol."
    )
    assert work.title == "Public services – A new deal"


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        (
            "ARNSTEIN S., « The ladder of citizen participation », Journal of the American "
            "Institute of Planners, 35, 1969, nᵒ 4, p. 216‑224.",
            "35",
            "4",
            "216–224",
        ),
        (
            "CAHN E. S. et GRAY C., « The time bank solution », Stanford Social Innovation "
            "Review, 2015, nᵒ Summer, p. 41‑45.",
            "",
            "Summer",
            "41–45",
        ),
        (
            "CAHN, E. S.; GRAY, C. The time bank solution. Stanford Social Innovation Review, "
            "n. Summer, p. 41–45, 2015.",
            "",
            "Summer",
            "41–45",
        ),
    ],
)
def test_issue_mark_beside_the_year_pages_or_journal(
    text: str, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.pages) == (volume, issue, pages)
    assert work.container_title.endswith(("Planners", "Review"))


@pytest.mark.parametrize(
    "text",
    [
        "ARTUSO D. et MONTINI A., « CI.VI.VO. in Rimini: How volunteers make their "
        "neighbourhood a better place to live », Birmingham, Governance International, 2016, "
        "[consulté le 2 avril 2019]. http://www.govint.org/good-practice/case-studies/civivo/",
        "5. Artuso D, Montini A. CI.VI.VO. in Rimini: How volunteers make their neighbourhood "
        "a better place to live. Birmingham: Governance International; 2016. Available at: "
        "http://www.govint.org/good-practice/case-studies/civivo/. Erişim Nisan 2, 2019.",
    ],
)
def test_place_and_publisher_read_as_a_journal(text: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher, work.container_title) == (
        "Birmingham",
        "Governance International",
        "",
    )


def test_journal_keeps_a_place_without_a_name_after_it() -> None:
    work = parse_reference("Smith, J. (2001). Councils and citizens. Birmingham, 12(3), 1–20.")
    assert not work.publisher


@pytest.mark.parametrize(
    ("text", "book", "editors", "publisher"),
    [
        (
            "Bovaird T & Loeffler E (2005) Communities, trust and organisational responses to "
            "local governance failure. Trust, risk and uncertainty. (ed by S Watson & A Moran) "
            "Palgrave Macmillan, Houndmills, Basingstoke, pp 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        (
            "Bovaird T & Loeffler E (2016a) Quality management in public sector "
            "organisations. Public management and governance. (ed by T Bovaird & E Loeffler) "
            "Routledge, Abingdon and New York, pp 162–177.",
            "Public management and governance",
            ["Bovaird", "Loeffler"],
            "Routledge",
        ),
        (
            "Bovaird T & Quirk B (2017) Resilience in public administration. The Routledge "
            "handbook of global public policy and administration. (ed by TR Kassen, D Cepiku "
            "& TJ Lah) Routledge, London, pp 258–270.",
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
            "Routledge",
        ),
        (
            "6. Bovaird T. & Loeffler E. (2005). – Communities, trust and organisational "
            "responses to local governance failure. In Trust, risk and uncertainty (S. Watson "
            "& A. Moran, eds), Palgrave Macmillan, Houndmills, Basingstoke, 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        (
            "10. Bovaird T. & Loeffler E. (2016). – Quality management in public sector "
            "organisations. In Public management and governance (T. Bovaird & E. Loeffler, "
            "eds), Routledge, Abingdon and New York, 162–177.",
            "Public management and governance",
            ["Bovaird", "Loeffler"],
            "Routledge",
        ),
    ],
)
def test_book_before_bracketed_editors(
    text: str, book: str, editors: list[str], publisher: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors
    assert work.publisher == publisher
    assert work.pages.startswith(("143", "162", "258"))


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        (
            "17. J. L. Brudney and R. E. England, Public Administration Review 43, 59 (1983).",
            "43",
            "",
            "59",
        ),
        (
            "Fahrni, Magda. “Elles sont partout.” Revue d’histoire de l’Amérique française. "
            "58, 1 (Summer 2004).",
            "58",
            "1",
            "",
        ),  # Chicago's volume and issue before a season
    ],
)
def test_number_after_the_volume_before_a_bracketed_year(
    text: str, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.pages) == (volume, issue, pages)


def test_vancouver_names_before_a_colon_in_a_numbered_list() -> None:
    work = parse_reference("21. Carr S: Personalisation: A rough guide. London: SCIE 2012.")
    assert [n.family for n in work.authors] == ["Carr"]
    assert work.title == "Personalisation: A rough guide"


def test_title_opening_like_a_name_without_a_number_stays_a_title() -> None:
    work = parse_reference("Public Health UK: A review of services. London: HMSO, 2012.")
    assert work.title.startswith("Public Health UK")


@pytest.mark.parametrize(
    "text",
    [
        "Aligica P. – Tarko V.: Co-production, polycentricity, and value heterogeneity: The "
        "Ostroms’ public choice institutionalism revisited. American Political Science Review, "
        "2013. 4. sz. 726–741. o.",
        "Aligica P. – Tarko V.: Co-production, polycentricity, and value heterogeneity: The "
        "Ostroms’ public choice institutionalism revisited. American Political Science Review, "
        "2013. 57. évf. 4. sz. 726–741. o.",
    ],
)
def test_hungarian_names_and_numbers(text: str) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == ["Aligica", "Tarko"]
    assert work.title.startswith("Co-production, polycentricity")
    assert (work.issue, work.pages) == ("4", "726–741")
    assert work.volume == ("57" if "évf." in text else "")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Review, 2013. 4. sz. 726–741. o.", "Review, 2013. no. 4 pp. 726–741."),
        ("Szemle, 2013. 57. évf. 4. sz. 12. o.", "Szemle, 2013. vol. 57 no. 4 pp. 12."),
        ("Smith, J. o. 1990", "Smith, J. o. 1990"),  # no number before the mark
    ],
)
def test_hungarian_marks_read_before_their_numbers(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


@pytest.mark.parametrize(
    ("text", "book", "place"),
    [
        (
            "6. Bovaird T, Loeffler E: Communities, trust and organisational responses to "
            "local governance failure. In: Watson S, Moran A (eds.): Trust, risk and "
            "uncertainty Houndmills, Basingstoke: Palgrave Macmillan 2005; 143–62.",
            "Trust, risk and uncertainty",
            "Houndmills, Basingstoke",
        ),
        (
            "10 Bovaird T, Loeffler E. Quality management in public sector organisations. In: "
            "Bovaird T, Loeffler E, eds. Public management and governance Abingdon and New "
            "York: Routledge; 2016. p. 162–177.",
            "Public management and governance",
            "Abingdon and New York",
        ),
    ],
)
def test_places_run_into_the_book(text: str, book: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.place) == (book, place)


def test_book_ending_with_its_own_place_keeps_it() -> None:
    work = parse_reference(
        "Taschereau, Sylvie. “Behind the Store”, in Bettina Bradbury and Tamara Myers, eds., "
        "Negotiating Identities in 19th and 20th century Montreal (Vancouver: UBC Press, "
        "2005), 236–263."
    )
    assert work.container_title.endswith("century Montreal")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Edelenbos J, Meerkerk I van, eds.", [("Edelenbos", ""), ("Meerkerk", "van")]),
        ("Berg JM van der, Smith A", [("Berg", "van der"), ("Smith", "")]),
        ("Kloet E.R. de, and Molendijk M.L.", [("Kloet", "de"), ("Molendijk", "")]),
        ("Bovaird T., Ryzin G. G. Van", [("Bovaird", ""), ("Van Ryzin", "")]),
        ("SILVA, João da", [("Silva", "da")]),  # after a given name, as before
    ],
)
def test_particle_printed_after_the_initials(text: str, names: list[tuple[str, str]]) -> None:
    assert [(n.family, n.particle) for n in parse_name_list(text).names] == names


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Aligica P. – Tarko V.: Co-production", "Aligica P., Tarko V.: Co-production"),
        ("Garn, H. – Flax, M. – Taylor, J., Models", "Garn, H., Flax, M., Taylor, J., Models"),
        ("in S. Watson – A. Moran (eds.)", "in S. Watson, A. Moran (eds.)"),
        ("Public services – A new deal", "Public services – A new deal"),
        ("Co-production – Smith's view", "Co-production – Smith's view"),
    ],
)
def test_dash_between_names_read_as_a_comma(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


def test_dashed_names_of_an_italian_list() -> None:
    work = parse_reference(
        "Garn, H. – Flax, M. – Springer, M. – Taylor, J., Models for indicator development: "
        "A framework for policy analysis (1976)."
    )
    assert [n.family for n in work.authors] == ["Garn", "Flax", "Springer", "Taylor"]
    assert work.title.startswith("Models for indicator development")


@pytest.mark.parametrize(
    ("text", "year", "issue", "pages"),
    [
        (
            "20. Cahn ES, Gray C. The time bank solution. Stanford Social Innovation Review, "
            "2015(Summer): 41–5.",
            2015,
            "Summer",
            "41–45",
        ),
        (
            "20 Cahn ES, Gray C. The time bank solution. Stanford Social Innovation Review "
            "2015; : 41–45.",
            2015,
            "",
            "41–45",
        ),
        (
            "1. Schneider D. Using Drosophila as a model insect. Nat Rev Genet. 2000;(3):218-226.",
            2000,
            "3",
            "218–226",
        ),
    ],
)
def test_year_printed_where_the_volume_goes(text: str, year: int, issue: str, pages: str) -> None:
    work = parse_reference(text)
    assert (work.year, work.volume, work.issue, work.pages) == (year, "", issue, pages)


def test_published_on_before_the_date_is_no_journal() -> None:
    work = parse_reference(
        "COOPERATIVE PARTY, « Public services in our interests », publié le 2019, [consulté "
        "le 29 mars 2019]. https://party.coop/policy/"
    )
    assert (work.container_title, work.publisher, work.year) == ("", "", 2019)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Alford 2009b ALFORD (J.) — Engaging public sector clients: From service delivery "
            "to co-production. Basingstoke and New York : Palgrave Macmillan, 2009.",
            ["Alford"],
        ),
        (
            "Aligica, Tarko 2013 ALIGICA (P.), TARKO (V.) — Co-production, polycentricity, and "
            "value heterogeneity: The Ostroms’ public choice institutionalism revisited. "
            "American Political Science Review, 107, 4, 2013, p. 726‑741.",
            ["Aligica", "Tarko"],
        ),
    ],
)
def test_short_citation_before_names_in_capitals(text: str, authors: list[str]) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == authors
    assert work.title.startswith(("Engaging", "Co-production"))


def test_editors_marked_before_a_dash_and_the_book() -> None:
    work = parse_reference(
        "Bovaird, Loeffler 2005 BOVAIRD (T.), LOEFFLER (E.) — Communities, trust and "
        "organisational responses to local governance failure. In : WATSON (S.), MORAN (A.) "
        "dir. — Trust, risk and uncertainty. Houndmills, Basingstoke : Palgrave Macmillan, "
        "2005, p. 143‑162."
    )
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"
    assert work.title.endswith("local governance failure")


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [
        (
            "Aligica P and Tarko V, ‘Co-Production, Polycentricity, and Value Heterogeneity: "
            "The Ostroms’ Public Choice Institutionalism Revisited’ (2013) 107 American "
            "Political Science Review 726",
            "107",
            "726",
        ),
        (
            "Arnstein S, ‘The Ladder of Citizen Participation’ (1969) 35 Journal of the "
            "American Institute of Planners 216",
            "35",
            "216",
        ),
    ],
)
def test_law_journal_volume_before_and_page_after(text: str, volume: str, pages: str) -> None:
    work = parse_reference(text)
    assert (work.volume, work.pages) == (volume, pages)


def test_bracketed_publisher_and_year_after_the_book() -> None:
    work = parse_reference(
        "——, ‘What Has Co-Production Ever Done for Interactive Governance?’ in J Edelenbos and "
        "I van Meerkerk (eds), Critical reflections on interactive governance: "
        "Self-organization and participation in public governance (Edward Elgar 2016)"
    )
    assert (work.publisher, work.year) == ("Edward Elgar", 2016)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Review, kd 107, nr 4, lk 726–741.", "Review, vol. 107, nr 4, pp. 726–741."),
        ("Sociológia, roč. 12, č. 3, s. 10-20", "Sociológia, vol. 12, no. 3, s. 10-20"),
        ("Palgrave, hlm. 143–162.", "Palgrave, pp. 143–162."),
        ("Br. J. Sociol. 12", "Br. J. Sociol. 12"),  # not before a number
        ("Abbr. 12", "Abbr. 12"),
    ],
)
def test_number_words_of_other_languages(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


@pytest.mark.parametrize(
    ("printed", "volume", "issue"),
    [("cvii/4", "cvii", "4"), ("xxiii/4", "xxiii", "4"), ("CVII/4", "CVII", "4"), ("vi", "vi", "")],
)
def test_roman_volume_in_small_letters(printed: str, volume: str, issue: str) -> None:
    assert parse_volume(printed) == (volume, issue)


def test_year_volume_and_page_after_the_journal() -> None:
    work = parse_reference(
        "[2] P. Aligica, V. Tarko, American Political Science Review 2013, 107, 726."
    )
    assert (work.year, work.volume, work.pages) == (2013, "107", "726")


@pytest.mark.parametrize(
    ("text", "letter", "entry"),
    [
        (
            "Bovaird T. et Loeffler 2016 c Bovaird T. et Loeffler E. - What has co-production",
            "c",
            "Bovaird T. et Loeffler E. - What has co-production",
        ),
        ("Alford 2009b: J. Alford, Engaging", "b", "J. Alford, Engaging"),
    ],
)
def test_short_citation_letter_apart_from_the_year(text: str, letter: str, entry: str) -> None:
    short = cut_short_citation(text)
    assert short is not None
    assert (short.letter, short.entry) == (letter, entry)


def test_letter_apart_needs_the_name_right_after_it() -> None:
    assert cut_short_citation("Smith 2016 a study of Smith J. and others") is None


def test_bracketed_eds_without_a_full_stop() -> None:
    names = parse_name_list("(Eds TR Kassen, D Cepiku, TJ Lah.)").names
    assert [n.family for n in names] == ["Kassen", "Cepiku", "Lah"]


def test_publisher_then_places_joined_by_and() -> None:
    work = parse_reference(
        "Alford J (2009) Engaging public sector clients: From service delivery to "
        "co-production Palgrave Macmillan, Basingstoke and New York,."
    )
    assert (work.publisher, work.place) == ("Palgrave Macmillan", "Basingstoke and New York")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Services management, 2ᵉ éd., Chichester", "Services management, 2e éd., Chichester"),
        ("(S.143-162). Houndmills", "(S. 143-162). Houndmills"),
        ("doi.org/10.1000/S.2019", "doi.org/10.1000/S.2019"),  # not inside a link
        ("pp.469-484", "pp.469-484"),  # read as printed
    ],
)
def test_raised_ordinals_and_glued_german_pages(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


def test_german_pages_in_brackets_after_the_book() -> None:
    work = parse_reference(
        "Bovaird, T. & Loeffler, E. (2005). Communities, trust and organisational responses "
        "to local governance failure. In S. Watson & A. Moran (Hrsg.), Trust, risk and "
        "uncertainty (S.143-162). Houndmills, Basingstoke: Palgrave Macmillan."
    )
    assert (work.container_title, work.pages) == ("Trust, risk and uncertainty", "143–162")


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        (
            "9. Bovaird T, Loeffler E: What has co-production ever done for interactive "
            "governance? W: Edelenbos J, Meerkerk I van, red. Critical reflections on "
            "interactive governance. Cheltenham: Edward Elgar; 2016, s. 254–77.",
            ["Edelenbos", "Meerkerk"],
            "Critical reflections on interactive governance",
        ),
        (
            "12. Bovaird T, Quirk B: Resilience in public administration: Moving from risk "
            "avoidance to assuring public policy outcomes. W: Kassen TR, Cepiku D, Lah TJ, red. "
            "The Routledge handbook of global public policy and administration. London: "
            "Routledge; 2017, s. 258–70.",
            ["Kassen", "Cepiku", "Lah"],
            "The Routledge handbook of global public policy and administration",
        ),
    ],
)
def test_polish_editors_and_book(text: str, editors: list[str], book: str) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert work.container_title == book


@pytest.mark.parametrize(
    "text",
    [
        "EIPA. 2019. https://www.eipa.eu/portfolio/european-caf-resource-centre/. Tanggal akses "
        "30 November 2019.",
        "EIPA. 2019. https://www.eipa.eu/portfolio/european-caf-resource-centre/ [dostęp: "
        "30.11.2019].",
        "EIPA. 2019. https://www.eipa.eu/portfolio/european-caf-resource-centre/ (hämtad "
        "2019-11-30).",
    ],
)
def test_access_dates_of_other_languages(text: str) -> None:
    work = parse_reference(text)
    assert work.accessed == "2019-11-30"
    assert not work.container_title and not work.publisher


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        (
            "Bovaird T, Loeffler E. 2005. Communities, trust and organisational responses to "
            "local governance failure. En: Watson S, Moran A, editores. Trust, risk and "
            "uncertainty. Houndmills, Basingstoke: Palgrave Macmillan. p 143-162.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "6. T. Bovaird, E. Loeffler. Communities, trust and organisational responses to "
            "local governance failure. In: (eds.)S. Watson, A. Moran, Trust, Risk and "
            "Uncertainty. Houndmills, Basingstoke: Palgrave Macmillan, 2005, 143–62.",
            ["Watson", "Moran"],
            "Trust, Risk and Uncertainty",
        ),
        (
            "10. T. Bovaird, E. Loeffler. Quality management in public sector organisations. "
            "In: (eds.)T. Bovaird, E. Loeffler, Public Management and Governance. Abingdon and "
            "New York: Routledge, 2016, 162–77.",
            ["Bovaird", "Loeffler"],
            "Public Management and Governance",
        ),
    ],
)
def test_editors_and_book_in_spanish_and_after_a_bracketed_mark(
    text: str, editors: list[str], book: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert work.container_title == book


def test_law_journal_page_read_as_a_second_volume() -> None:
    work = parse_reference(
        "Bovaird T, Willis M and Briggs I, ‘Strategic Commissioning for Local Public "
        "Services: Service Improvement Cycle or Just Going Round in Circles?’ (2014) 40 Local "
        "Government Studies 533"
    )
    assert (work.volume, work.pages) == ("40", "533")


@pytest.mark.parametrize(
    ("text", "volume", "pages"),
    [
        (
            "Cahn ES, Gray C. The time bank solution. Stanford Social Innovation Review 41–45, "
            "2015.",
            "",
            "41–45",
        ),
        ("Kenyon, Thomas 1983 Nineteenth Century Notes: Hair Combs. Kewa 83-6.", "83", ""),
    ],
)
def test_page_range_where_the_volume_goes(text: str, volume: str, pages: str) -> None:
    work = parse_reference(text)
    assert (work.volume, work.pages) == (volume, pages)


@pytest.mark.parametrize(
    ("text", "title_end", "genre", "publisher"),
    [
        (
            "5. D. Artuso, A. Montini. CI.VI.VO. In Rimini: How Volunteers Make Their "
            "Neighbourhood a Better Place to Live, Governance International Case Study. "
            "Birmingham: Governance International, 2016.",
            "a Better Place to Live",
            "Governance International Case Study",
            "Governance International",
        ),
        (
            "8. T. Bovaird, E. Loeffler. Bringing the Power of the Citizen into Local Public "
            "Services—An Evidence Review, Briefing Note for Welsh Government. 2014.",
            "An Evidence Review",
            "Briefing Note for Welsh Government",
            "",
        ),
        (
            "Artuso D, Montini A (2016). CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live. Governance International Case Study. "
            "Governance International, Birmingham. Available at: http://www.govint.org/x/",
            "a better place to live",
            "Governance International Case Study",
            "Governance International",
        ),
    ],
)
def test_report_kind_ending_the_title(
    text: str, title_end: str, genre: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert work.title.endswith(title_end)
    assert (work.genre, work.publisher) == (genre, publisher)


def test_title_ending_with_a_small_letter_kind_keeps_it() -> None:
    work = parse_reference("Smith, J. (2001). Co-production in Leeds, a case study. Leeds: LUP.")
    assert work.title == "Co-production in Leeds, a case study"


@pytest.mark.parametrize(
    ("text", "authors", "book", "editors", "publisher"),
    [
        (
            "[6] T. Bovaird, E. Loeffler, In Trust, risk and uncertainty (Eds.: Watson, S.; "
            "Moran, A.), Palgrave Macmillan, Houndmills, Basingstoke, 2005, pp. 143–162.",
            ["Bovaird", "Loeffler"],
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
        ),
        (
            "[9] T. Bovaird, E. Loeffler, In Critical reflections on interactive governance: "
            "Self-organization and participation in public governance (Eds.: Edelenbos, J.; "
            "Meerkerk, I. van), Edward Elgar, Cheltenham, 2016, pp. 254–277.",
            ["Bovaird", "Loeffler"],
            "Critical reflections on interactive governance: Self-organization and "
            "participation in public governance",
            ["Edelenbos", "Meerkerk"],
            "Edward Elgar",
        ),
        (
            "[12] T. Bovaird, B. Quirk, In The Routledge handbook of global public policy and "
            "administration (Eds.: Kassen, T. R.; Cepiku, D.; Lah, T. J.), Routledge, London, "
            "2017, pp. 258–270.",
            ["Bovaird", "Quirk"],
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
            "Routledge",
        ),
    ],
)
def test_wiley_chapters_without_a_title(
    text: str, authors: list[str], book: str, editors: list[str], publisher: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.authors] == authors
    assert [n.family for n in work.editors] == editors
    assert (work.container_title, work.publisher) == (book, publisher)


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Artuso, D. - Montini, A.", ["Artuso", "Montini"]),
        ("ed. S. Watson - A. Moran.", ["Watson", "Moran"]),
    ],
)
def test_spaced_hyphen_between_names(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_name_list(text).names] == families


def test_places_joined_by_a_capitalised_and() -> None:
    work = parse_reference(
        '1. Alford, J., "Engaging Public Sector Clients: From Service Delivery to '
        'Co-Production", Palgrave Macmillan, Basingstoke And New York, (2009).'
    )
    assert (work.publisher, work.place) == ("Palgrave Macmillan", "Basingstoke And New York")


@pytest.mark.parametrize(
    ("text", "book", "editors", "publisher", "place"),
    [
        (
            "Bovaird T, Loeffler E (2005). Communities, trust and organisational responses to "
            "local governance failure. In ‘Trust, risk and uncertainty’. (Eds S Watson, A "
            "Moran.) pp. 143–162. (Palgrave Macmillan: Houndmills, Basingstoke)",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "Palgrave Macmillan",
            "Houndmills, Basingstoke",
        ),
        (
            "Bovaird T, Quirk B (2017). Resilience in public administration: Moving from risk "
            "avoidance to assuring public policy outcomes. In ‘The Routledge handbook of "
            "global public policy and administration’. (Eds TR Kassen, D Cepiku, TJ Lah.) pp. "
            "258–270. (Routledge: London)",
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
            "Routledge",
            "London",
        ),
    ],
)
def test_quoted_book_and_bracketed_imprint_last(
    text: str, book: str, editors: list[str], publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors
    assert (work.publisher, work.place) == (publisher, place)


def test_bracketed_note_that_names_no_place_stays() -> None:
    segments = [
        Segment("title", "Councils and citizens.", 0.9),
        Segment("publisher", "Sage.", 0.9),
        Segment("note", "(Routledge: 2nd printing)", 0.9),
    ]
    assert repair_segments(segments)[-1] == segments[-1]


def test_access_date_bracketed_after_the_year() -> None:
    work = parse_reference(
        "8. Bovaird T, Loeffler E. Bringing the power of the citizen into local public "
        "services—An evidence review [Internet]. 2014 [cited March 29, 2019]. Available at: "
        "https://gweddill.gov.wales/docs/caecd/research/2014/141218.pdf"
    )
    assert (work.year, work.accessed) == (2014, "2019-03-29")


def test_year_and_pages_after_the_publisher() -> None:
    work = parse_reference(
        "19. Cahn ES, Gray C. Co-production from a normative perspective. In: Pestoff V, "
        "Brandsen T, Verschuere B, eds. New public governance, the third sector and "
        "co-production. New York and London: Routledge, 2012:129–144."
    )
    assert (work.year, work.pages, work.publisher) == (2012, "129–144", "Routledge")


@pytest.mark.parametrize(
    "text",
    [
        "Bovaird, T., und E. Loeffler. 2005. Communities, trust and organisational responses "
        "to local governance failure. In Trust, risk and uncertainty, Hrsg. S. Watson und A. "
        "Moran, 143–162. Houndmills, Basingstoke: Palgrave Macmillan.",
        "Bovaird, Tony, and Elke Loeffler. 2005. “Communities, Trust and Organisational "
        "Responses to Local Governance Failure.” In Trust, Risk and Uncertainty, eds. Sue "
        "Watson and Anthony Moran, 143–62. Houndmills, Basingstoke: Palgrave Macmillan.",
    ],
)
def test_book_then_editors_marked_before_their_names(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title.lower() == "trust, risk and uncertainty"
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.pages == "143–162"


@pytest.mark.parametrize(
    ("text", "genre", "publisher"),
    [
        (
            "Garn, H., M. Flax, M. Springer, and J. Taylor 1976 Models for Indicator "
            "Development: A Framework for Policy Analysis. Urban Institute Paper 1206–17. "
            "Washington, DC: The Urban Institute.",
            "Urban Institute Paper 1206–17",
            "The Urban Institute",
        ),
        (
            "Carr S. (2012), Personalisation: A rough guide, SCIE Guide 47, London: SCIE.",
            "SCIE Guide 47",
            "SCIE",
        ),
    ],
)
def test_report_kind_and_number(text: str, genre: str, publisher: str) -> None:
    work = parse_reference(text)
    assert (work.genre, work.publisher, work.pages) == (genre, publisher, "")


def test_title_case_title_with_a_number_keeps_its_end() -> None:
    work = parse_reference(
        "Gauthier, S.J., 2001. Governmental Accounting, Auditing, and Financial Reporting: "
        "Using the GASB 34 Model. Government Finance Officers Association, Chicago."
    )
    assert work.title.endswith("Using the GASB 34 Model")


@pytest.mark.parametrize(
    "text",
    [
        "E. S. Cahn and C. Gray. 2015. The time bank solution. Stanford Social Innovation "
        "Review(Summer):41–45.",
        "Cahn E.S., Gray C. (2015), The time bank solution, Stanford Social Innovation Review "
        "(Summer):41–45.",
    ],
)
def test_bracketed_issue_before_the_pages(text: str) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.issue, work.pages) == (
        "Stanford Social Innovation Review",
        "Summer",
        "41–45",
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [("Review(Summer):41–45", "Review (Summer):41–45"), ("UK(Wales)", "UK(Wales)")],
)
def test_bracketed_word_spaced_from_a_small_letter(text: str, read: str) -> None:
    assert with_marks_spaced(text) == read


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "[20] Cahn ES, Gray C. The time bank solution. Stanford Social Innovation Review "
            "2015:41–45.",
            "",
        ),
        (
            "20. Cahn ES, Gray C. The time bank solution. Stanford Social Innovation Review "
            "2015;41–45",
            "",
        ),
        (
            "Cahn E. S., Gray C. (2015) The time bank solution. Stanford Social Innovation "
            "Review Summer, 41–45.",
            "Summer",
        ),
        (
            "20. Cahn ES, Gray C. The time bank solution. Stanford Social Innovation Review "
            "2015;41–45.",
            "",
        ),
        (
            "E.S. Cahn and C. Gray, “The time bank solution,” Stanford Social Innovation "
            "Review Summer (2015) 41–45.",
            "Summer",
        ),
        (
            "Cahn, E. S. and Gray, C. 2015. The time bank solution. Stanford Social "
            "Innovation Review, 2015, Summer, 41–45.",
            "Summer",
        ),
        (
            "[35] Cahn, E.S., Gray, C. (2015): The time bank solution. Stanford Social "
            "Innovation Review. Nr. Summer, S. 41–45.",
            "Summer",
        ),
    ],
)
def test_year_or_season_then_pages_with_no_volume(text: str, issue: str) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.year, work.volume, work.issue, work.pages) == (
        "Stanford Social Innovation Review",
        2015,
        "",
        issue,
        "41–45",
    )


def test_abbreviation_before_a_season_is_no_issue_mark() -> None:
    work = parse_reference(
        "Reagan, M. K., and Bell, M. S., Origin of the suevite in the Manson M-1 core. 1993 "
        "Fall Meeting, AGU, v. Fall, p. 386. 1993."
    )
    assert work.issue != "Fall"
