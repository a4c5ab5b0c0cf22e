"""Post-processing rules: each turns one labelled segment into a clean typed value."""

from __future__ import annotations

import pytest

from coprod_refs.parse import fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("726–741.", ("726–741", "", False)),
        ("pp. 143-162).", ("143–162", "", False)),
        ("135–58.", ("135–158", "", False)),
        ("1073–87.", ("1073–1087", "", False)),
        ("p. 27-39", ("27–39", "", False)),
        ("pages 897–908,", ("897–908", "", False)),
        ("S117-S132.", ("S117–S132", "", False)),
        ("499–416.", ("499–416", "", True)),
        ("e1234.", ("", "e1234", False)),
        ("Article 42", ("", "42", False)),
        ("350 pp.", ("", "", False)),
        ("1012.", ("1012", "", False)),
        # a style's number mark printed before the pages
        ("no.726–741", ("726–741", "", False)),
    ],
)
def test_pages(text: str, expected: tuple[str, str, bool]) -> None:
    assert fields.normalise_pages(text) == expected


def test_a_double_issue_keeps_its_mark() -> None:
    assert fields.normalise_pages("No.1-2")[0] != "1–2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(2009).", (2009, "", False)),
        ("(2016a).", (2016, "a", False)),
        ("2016b,", (2016, "b", False)),
        ("(n.d.).", (None, "", True)),
        ("(n. d.)", (None, "", True)),
        ("s.d.", (None, "", True)),
        ("(n.d.-b).", (None, "b", True)),
        ("April 2012.", (2012, "", False)),
        ("(forthcoming)", (None, "", False)),
    ],
)
def test_year_suffix_and_no_date(text: str, expected: tuple[int | None, str, bool]) -> None:
    assert fields.parse_year(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("107(4),", ("107", "4")),
        ("30 (5):", ("30", "5")),
        ("Vol. 63 Issue 2,", ("63", "2")),
        ("Vol. 41, No. 2, Part 1,", ("41", "2")),
        ("v. 73,", ("73", "")),
        ("129, 4, Pt. 2:", ("129", "4")),
        ("No. 134,", ("", "134")),
        ("64(6-A),", ("64", "6-A")),
        ("Summer,", ("", "Summer")),
        ("76,", ("76", "")),
        # the issue first, then the volume by its word (French styles)
        ("nᵒ 4, vol. 107,", ("107", "4")),
        ("n° 4, vol. 35", ("35", "4")),
        ("no. 3, Vol 12", ("12", "3")),
        # the issue then a year is no volume
        ("no. 4, 2013", ("", "4")),
        # Spanish "núm." and French "numéro" are issue words
        ("vol. 107, núm. 4,", ("107", "4")),
        ("Tome 26, numéro 4,", ("26", "4")),
    ],
)
def test_volume_and_issue(text: str, expected: tuple[str, str]) -> None:
    assert fields.parse_volume(text) == expected


@pytest.mark.parametrize(
    ("text", "bare", "expected"),
    [
        ("2006;8(4):493-501.", False, (2006, "8", "4", "493-501")),
        ("Sep;40(9):1477-81.", False, (None, "40", "9", "1477-81")),
        ("2017;7(7):e014650.", False, (2017, "7", "7", "e014650")),
        ("1980 May-Jun;40(3):240-6.", False, (1980, "40", "3", "240-6")),
        ("2019 Jul/Aug;38(7):1100-1108.", False, (2019, "38", "7", "1100-1108")),
        ("82(1):8–27", True, (None, "82", "1", "8–27")),
        ("24:1073-87.", True, (None, "24", "", "1073-87")),
        ("82(1):8–27", False, None),
        ("107(4),", True, None),
    ],
)
def test_compact_volume_issue_pages(
    text: str, bare: bool, expected: tuple[int | None, str, str, str] | None
) -> None:
    assert fields.split_compact(text, bare=bare) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://doi.org/10.1108/IJPSM-04-2015-0073.", "10.1108/ijpsm-04-2015-0073"),
        ("doi:10.1080/14693062.2015.1046414.", "10.1080/14693062.2015.1046414"),
        ("DOI 10.1007/s11001-014-9216-x.", "10.1007/s11001-014-9216-x"),
        ("[doi>10.1109/ARES.2013.50]", "10.1109/ares.2013.50"),
        ("http://dx.doi.org/10.1016/S0140-6736(10)61352-3).", "10.1016/s0140-6736(10)61352-3"),
        ("no doi here", ""),
    ],
)
def test_doi(text: str, expected: str) -> None:
    assert fields.normalise_doi(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://www.cetri.be/Porto?lang=fr.", "https://www.cetri.be/Porto?lang=fr"),
        ("<http://www.msnbc.com/news/754336.asp>.", "http://www.msnbc.com/news/754336.asp"),
        ("Retrieved from http://example.org/a_(b)", "http://example.org/a_(b)"),
        ("(www.example.org/x).", "www.example.org/x"),
        ("nothing", ""),
    ],
)
def test_url(text: str, expected: str) -> None:
    assert fields.normalise_url(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISBN 978-0-521-63338-3.", "9780521633383"),
        ("ISBN 0-13-908385-5.", "0139083855"),
        ("ISBN 008 034397 X", "008034397X"),
        ("ISBN", ""),
    ],
)
def test_isbn(text: str, expected: str) -> None:
    assert fields.normalise_isbn(text) == expected


def test_issn() -> None:
    assert fields.normalise_issn("ISSN: 1942-9703") == "1942-9703"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Accessed 2 Apr 2019.", "2019-04-02"),
        ("Accessed 15 Sept 2018.", "2018-09-15"),
        ("Accessed September 2020.", "2020-09"),
        ("Retrieved March 27, 2016, from", "2016-03-27"),
        ("(accessed 20 March 2012).", "2012-03-20"),
        ("[Accessed: 19-Oct-2017].", "2017-10-19"),
        ("Consulté le 4 août 2014.", "2014-08-04"),
        ("Consulté le 4 juillet 2014.", "2014-07-04"),
        ("Consulté le 4 juin 2014.", "2014-06-04"),
        ("accessed 2019-04-02", "2019-04-02"),
        ("Retrieved from", ""),
        ("Published 2 Apr 2019", ""),
    ],
)
def test_accessed(text: str, expected: str) -> None:
    assert fields.accessed_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(2nd ed.).", "2"),
        ("4th.", "4"),
        ("10th edn", "10"),
        ("6. Aufl.", "6"),
        ("2 nd edition.", "2"),
        ("(1st. ed.).", "1"),
        ("Reprint, illustrated.", "Reprint, illustrated"),
    ],
)
def test_edition(text: str, expected: str) -> None:
    assert fields.normalise_edition(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Acts and the Problem of Its Text,”", "Acts and the Problem of Its Text"),
        ("Engaging public sector clients.", "Engaging public sector clients"),
        ("Learning to co-produce?", "Learning to co-produce?"),
        ("Standard . of", "Standard. of"),
        ("Wiley & Sons, Inc.", "Wiley & Sons, Inc."),
        ("M E Sharpe.", "M E Sharpe"),
        ("(Pasadena, CA:", "Pasadena, CA"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert fields.clean_text(text) == expected


def test_place_and_publisher_split() -> None:
    assert fields.split_place_publisher("Cardiff: Welsh Government") == (
        "Cardiff",
        "Welsh Government",
    )
    assert fields.split_place_publisher("Routledge") == ("", "Routledge")


def test_container_loses_leading_in() -> None:
    assert (
        fields.clean_container("In: Handbook of labor economics,") == "Handbook of labor economics"
    )


def _type(**kwargs: object) -> tuple[str, str]:
    base: dict[str, object] = {
        "has_journal": False,
        "container": "",
        "has_editors": False,
        "genre": "",
        "publisher": "",
        "url": "",
        "volume": "",
        "issue": "",
        "pages": "",
        "in_marker": False,
    }
    base.update(kwargs)
    return fields.decide_type(**base)  # type: ignore[arg-type]


def test_type_decision() -> None:
    # German styles write "In:" before journals too; a volume and an issue tell.
    journal = _type(container="Verwaltungsarchiv", volume="111", issue="3", in_marker=True)
    assert journal == ("article-journal", "journal")
    assert _type(has_journal=True, container="World Development") == ("article-journal", "journal")
    assert _type(container="Trust, risk and uncertainty", has_editors=True) == ("chapter", "book")
    assert _type(container="Proceedings of the ACM Conference", pages="1–9") == (
        "paper-conference",
        "book",
    )
    assert _type(publisher="Routledge") == ("book", "")
    assert _type(genre="PhD thesis", publisher="MIT") == ("thesis", "")
    assert _type(genre="Working Paper 12", publisher="NBER") == ("report", "")
    assert _type(url="https://example.org") == ("webpage", "")
    assert _type(container="Governance International Blog", url="http://x") == (
        "post-weblog",
        "website",
    )
    assert _type(container="Nature", volume="5") == ("article-journal", "journal")
    # A conference read as a journal: a paper, unless it has a volume (PNAS).
    presented = "Paper presented at the Annual Conference of the PSA"
    assert _type(has_journal=True, container=presented) == ("paper-conference", "book")
    pnas = "Proceedings of the National Academy of Sciences"
    assert _type(has_journal=True, container=pnas, volume="111") == ("article-journal", "journal")
    assert _type() == ("document", "")


def test_inline_markup_is_dropped_from_values() -> None:
    assert fields.clean_container("<italic>Trends in Plant Science,</italic>") == (
        "Trends in Plant Science"
    )
    assert fields.clean_text("<i>Thomomys bottae.</i>") == "Thomomys bottae"
    assert fields.clean_text("a < b") == "a < b"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Public Adm. Rev.", "Public Adm. Rev."),
        ("Annu. Rev. Environ. Resour.", "Annu. Rev. Environ. Resour."),
        ("In: J. Appl. Phys.,", "J. Appl. Phys."),
        ("Public Administration Review.", "Public Administration Review"),
        ("Proc. Natl. Acad. Sci. USA.", "Proc. Natl. Acad. Sci. USA"),
        ("In Dr. Smith and the Art of Policy.", "Dr. Smith and the Art of Policy"),
    ],
)
def test_abbreviated_journal_keeps_its_last_full_stop(text: str, expected: str) -> None:
    assert fields.clean_container(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.03.2021", "2021-03-12"),
        ("14/03/2021", "2021-03-14"),
        ("03/14/2021", "2021-03-14"),
        ("03/04/2021", "2021"),  # day or month first: cannot be told
        ("Accessed 31 Feb 2021", "2021-02"),
        ("2021-13-45", "2021"),
        ("2 Apr 2019", "2019-04-02"),
    ],
)
def test_dates_keep_only_the_parts_that_can_be(text: str, expected: str) -> None:
    assert fields.parse_date(text) == expected


def test_article_number_in_a_volume_segment() -> None:
    assert fields.split_article_number("80, Article 102345.") == ("80", "102345")
    assert fields.split_article_number("12(3),") == ("12(3),", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Retrieved from", True),
        ("Online verfügbar unter", True),
        ("Disponible en:", True),
        ("Unpublished manuscript", False),
    ],
)
def test_link_phrases_are_no_notes(text: str, expected: bool) -> None:
    assert fields.is_link_phrase(text) is expected


def test_ama_year_then_pages() -> None:
    assert fields.year_pages("2018:183-192.") == "183-192"
    assert fields.year_pages("(2018).") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(in press).", "in press"),
        ("(im Druck)", "in press"),
        ("(sous presse)", "in press"),
        ("(forthcoming)", "forthcoming"),
        ("(à paraître)", "forthcoming"),
        ("à paraitre :", "forthcoming"),
        ("(no prelo)", "in press"),
        ("(w druku)", "in press"),
        ("(in druk)", "in press"),
        ("(в печати)", "in press"),
        ("(in Vorbereitung)", "forthcoming"),
        ("(en preparación)", "forthcoming"),
        ("(2016).", ""),
        ("(n.d.)", ""),
    ],
)
def test_publication_status(text: str, expected: str) -> None:
    assert fields.publication_status(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quoted phrase opening a title keeps its quotes; quotes around it all go.
        ('"Co-production" and its critics.', '"Co-production" and its critics'),
        ("“Co-production” and its critics", "“Co-production” and its critics"),
        ("“Crossing the great divide.”", "Crossing the great divide"),
        ("«Meridiana»", "Meridiana"),
        # A dash opening a value is no part of it.
        ("– World Development", "World Development"),
    ],
)
def test_quotes_and_dashes_around_a_value(text: str, expected: str) -> None:
    assert fields.clean_text(text) == expected


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Соучастие граждан в управлении //", "Соучастие граждан в управлении"),
        ("// Public Administration Issues.", "Public Administration Issues"),
        ("Co-production and the state /", "Co-production and the state"),
        ("http://www.example.org/", "http://www.example.org/"),
        ("Input/output and co-production", "Input/output and co-production"),
    ],
)
def test_gost_separators_at_a_field_edge_are_dropped(text: str, clean: str) -> None:
    assert fields.clean_text(text) == clean


@pytest.mark.parametrize(
    ("place", "town"),
    [("М.", "Москва"), ("СПб.", "Санкт-Петербург"), ("Л", "Ленинград"), ("Paris", "Paris")],
)
def test_gost_abbreviated_towns_are_written_out(place: str, town: str) -> None:
    assert fields.expand_town(place) == town


@pytest.mark.parametrize("count", ["256 с.", "189 p.", "298 pp.", "320 S.", "120 стр."])
def test_a_page_count_is_no_page_range(count: str) -> None:
    assert fields.normalise_pages(count) == ("", "", False)
