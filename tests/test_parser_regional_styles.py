"""Reference forms of Turkish, Polish, Nature-family and Bentham styles: Turkish "Cilt 107, Sayı
4" (volume, issue) and "Erişim adresi" / "Geliş tarihi gönderen" (retrieved from),
Polish "S. Watson i A. Moran (red.)" and "Dostępne pod adresem:", places after a style's
dash before the publisher's colon, and Nature's chapters whose editors stand in brackets
with no mark ("In Trust, risk and uncertainty (Watson, S. & Moran, A.) 143–162") and
whose imprint brackets the place too ("(Governance International, Birmingham,
2016).at <http://…>"), a place cut in two at the book's end, Bentham's "[Online]
Governance International: Birmingham 2016.", the place and publisher after a book's
editors, a year's letter printed before it, ABNT's "[S. l.]" after a journal and its
"(org.)" editors, an issue run into the pages ("35: (4)216–224") and French
"éditeurs. In:"."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue"),
    [
        (
            "Aligica, P., V. Tarko, “Co-production, polycentricity, and value heterogeneity: "
            "The Ostroms’ public choice institutionalism revisited”, American Political "
            "Science Review, Cilt 107, Sayı 4, (2013), s. 726-41.",
            "American Political Science Review",
            "107",
            "4",
        ),
        (
            "Yılmaz, B., “Kentsel dönüşüm”, Mülkiye Dergisi, Cilt 38, Sayı 2, (2014), s. 5-30.",
            "Mülkiye Dergisi",
            "38",
            "2",
        ),
        (
            "Brandsen, T., M. Honingh, “Distinguishing different types of coproduction”, "
            "Public Administration Review, Cilt 76, (2016), s. 427-35.",
            "Public Administration Review",
            "76",
            "",
        ),
    ],
)
def test_turkish_volume_and_issue_words(text: str, journal: str, volume: str, issue: str) -> None:
    work = parse_reference(text)
    assert work.container_title == journal
    assert work.volume == volume
    assert work.issue == issue


def test_turkish_words_inside_other_words_stay() -> None:
    assert with_marks_spaced("Sayılar ve Cilthane 4") == "Sayılar ve Cilthane 4"


@pytest.mark.parametrize(
    "text",
    [
        "Fox, M. (2008): Porto Alegre’s participatory budgeting at a crossroads. Dostępne pod "
        "adresem: https://www.cetri.be/Porto-Alegre-s-Participatory?lang=fr.",
        "Chen, L. (2012). Göç ve kent. Erişim adresi http://example.org/goc",
        "Kaya, A. (2019). Kent ve göç. Geliş tarihi gönderen http://example.org/kent",
    ],
)
def test_retrieved_from_in_polish_and_turkish_is_no_container(text: str) -> None:
    work = parse_reference(text)
    assert not work.container_title
    assert not work.publisher
    assert work.url and work.title


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("S. Watson i A. Moran (red.)", ["Watson", "Moran"]),
        ("J. Edelenbos i I. van Meerkerk (red.)", ["Edelenbos", "Meerkerk"]),
        ("P. Nowak a J. Novák", ["Nowak", "Novák"]),
    ],
)
def test_small_and_before_an_initial(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_name_list(text).names] == families


def test_polish_chapter_with_places_after_a_dash() -> None:
    work = parse_reference(
        "Bovaird, T. i Loeffler, E. (2016a): Quality management in public sector "
        "organisations. – [w:] T. Bovaird i E. Loeffler (red.): Public management and "
        "governance. – Abingdon and New York: Routledge, 162–177."
    )
    assert [n.family for n in work.editors] == ["Bovaird", "Loeffler"]
    assert work.container_title == "Public management and governance"
    assert work.place == "Abingdon and New York"
    assert work.publisher == "Routledge"


@pytest.mark.parametrize(
    ("text", "book", "editors", "pages"),
    [
        (
            "6. Bovaird, T. & Loeffler, E. Communities, trust and organisational responses to "
            "local governance failure. In Trust, risk and uncertainty (Watson, S. & Moran, A.) "
            "143–162 (Palgrave Macmillan, Houndmills, Basingstoke, 2005).",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
            "143–162",
        ),
        (
            "12. Bovaird, T. & Quirk, B. Resilience in public administration: Moving from risk "
            "avoidance to assuring public policy outcomes. In The Routledge handbook of global "
            "public policy and administration (Kassen, T. R., Cepiku, D. & Lah, T. J.) "
            "258–270 (Routledge, London, 2017).",
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
            "258–270",
        ),
        (
            "35. Jackson, P. The political economy foundations of co-production. In The "
            "Palgrave handbook of co-production of public services and outcomes (Loeffler, E. "
            "& Bovaird, T.) (Palgrave Macmillan, London, 2020).",
            "The Palgrave handbook of co-production of public services and outcomes",
            ["Loeffler", "Bovaird"],
            "",
        ),
    ],
)
def test_editors_in_brackets_with_no_mark_after_the_book(
    text: str, book: str, editors: list[str], pages: str
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [n.family for n in work.editors] == editors
    assert len(work.authors) <= 2
    assert work.pages == pages


def test_a_capital_in_inside_a_title_before_no_bracket_stays() -> None:
    work = parse_reference(
        "Smith, J. (2010). Lost. In Search of Time. Journal of Memory, 4(2), 1–9."
    )
    assert work.title == "Lost. In Search of Time"


@pytest.mark.parametrize(
    ("text", "publisher", "place", "year"),
    [
        (
            "5. Artuso, D. & Montini, A. CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live. (Governance International, Birmingham, "
            "2016).at <http://www.govint.org/good-practice/case-studies/civivo/>",
            "Governance International",
            "Birmingham",
            2016,
        ),
        (
            "34. ISO ISO 2002_2015: How to use it. (International Society for "
            "Standardization, Geneva, 2019).at <https://www.iso.org/files/store/en/PUB1.pdf>",
            "International Society for Standardization",
            "Geneva",
            2019,
        ),
    ],
)
def test_bracketed_imprint_with_its_place(text: str, publisher: str, place: str, year: int) -> None:
    work = parse_reference(text)
    assert work.publisher == publisher
    assert work.place == place
    assert work.year == year
    assert not work.container_title


def test_place_cut_in_two_at_the_book_end() -> None:
    work = parse_reference(
        "10 Bovaird, T. and Loeffler, E. (2016) Quality management in public sector "
        "organisations. In: Bovaird, T. and Loeffler, E., editorsPublic management and "
        "governance. Abingdon and New York: Routledge; 2016. p. 162–177."
    )
    assert work.container_title == "Public management and governance"
    assert work.place == "Abingdon and New York"


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "[5] Artuso D, Montini A. CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live. 2016[Online] Governance International: "
            "Birmingham 2016.",
            "Governance International",
            "Birmingham",
        ),
        (
            "[14] Boyle D, Harris M. The challenge of co-production: How equal partnerships "
            "between professionals and the public are crucial to improving public services,. "
            "2009[Online] NEF and NESTA: London 2009.",
            "NEF and NESTA",
            "London",
        ),
    ],
)
def test_medium_then_publisher_colon_place_and_year(text: str, publisher: str, place: str) -> None:
    work = parse_reference(text)
    assert work.publisher == publisher
    assert work.place == place


@pytest.mark.parametrize(
    ("text", "editors", "place", "publisher"),
    [
        (
            "———: “Quality management in public sector organisations”, Public management and "
            "governance, ed. T. Bovaird, E. Loeffler, Abingdon and New York, Routledge, 2016, "
            "s. 162-177.",
            ["Bovaird", "Loeffler"],
            "Abingdon and New York",
            "Routledge",
        ),
        (
            "———: “What has co-production ever done for interactive governance?”, Critical "
            "reflections on interactive governance: Self-organization and participation in "
            "public governance, ed. J. Edelenbos, I. van Meerkerk, Cheltenham, Edward Elgar, "
            "2016, s. 254-277.",
            ["Edelenbos", "Meerkerk"],
            "Cheltenham",
            "Edward Elgar",
        ),
    ],
)
def test_place_and_publisher_after_the_editors(
    text: str, editors: list[str], place: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert work.place == place
    assert work.publisher == publisher


@pytest.mark.parametrize(
    ("text", "year", "letter"),
    [
        (
            "ARNSTEIN, S. The Ladder of Citizen Participation. Journal of the American "
            "Institute of Planners. v. 35, no. 4, pp.216–224. a1969",
            1969,
            "a",
        ),
        (
            "BRUDNEY, J. L.; ENGLAND, R. E. Toward a Definition of the Coproduction Concept. "
            "Public Administration Review. v. 43, no. 1, pp.59–65. b1983",
            1983,
            "b",
        ),
    ],
)
def test_year_letter_printed_before_the_year(text: str, year: int, letter: str) -> None:
    work = parse_reference(text)
    assert work.year == year
    assert work.year_suffix == letter
    assert not any(c.isalpha() for c in work.pages or "")


@pytest.mark.parametrize(
    "text",
    [
        "ARNSTEIN, S. The ladder of citizen participation. Journal of the American Institute "
        "of Planners, [s. l.], vol. 35, nº 4, p. 216–224, 1969.",
        "ARNSTEIN, S. The ladder of citizen participation. Journal of the American Institute "
        "of Planners, [S. l.], v. 35, n. 4, p. 216–224, 1969a.",
        "4 Arnstein S. The ladder of citizen participation. Journal of the American Institute "
        "of Planners 1969; 35: (4)216–224.",
    ],
)
def test_abnt_no_place_and_issue_run_into_pages(text: str) -> None:
    work = parse_reference(text)
    assert work.container_title == "Journal of the American Institute of Planners"
    assert (work.volume, work.issue, work.pages) == ("35", "4", "216–224")


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        (
            "BOVAIRD, T.; LOEFFLER, E. Communities, trust and organisational responses to "
            "local governance failure. In: WATSON, S.; MORAN, A. (org.). Trust, risk and "
            "uncertainty. Houndmills, Basingstoke: Palgrave Macmillan, 2005. p. 143–162.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
        (
            "6. Bovaird T, Loeffler E. Communities, trust and organisational responses to local "
            "governance failure. In: Watson S, Moran A, éditeurs. In: Trust, risk and "
            "uncertainty Houndmills, Basingstoke: Palgrave Macmillan, 2005:143‑62.",
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
    ],
)
def test_editors_marked_before_the_book_in_abnt_and_french(
    text: str, editors: list[str], book: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert work.container_title == book
