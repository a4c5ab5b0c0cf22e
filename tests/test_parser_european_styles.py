"""Styles of Italian, French, Polish and American journals: the editors' phrase after the
book ("…, a cura di G. Bianchi"), editors marked "(dirs.)" before the book, the issue
after the year ("35 (1969), 4,"), names joined by dashes, a bracketed imprint ("(The
Urban Institute, 1976)", also run into the title or the editors), a bracketed link
phrase ("[na:]") and a title run into the journal before Vancouver's numbers."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import parse_volume
from coprod_refs.parse.reference import parse_reference


def _families(names: list) -> list[str]:
    return [name.family or name.literal for name in names]


@pytest.mark.parametrize(
    ("text", "authors", "editors", "book"),
    [
        (  # the phrase and the names inside the book
            "Rossi, M., La città e i suoi servizi, in Governare la città, a cura di G. "
            "Bianchi e L. Verdi, Bologna, Il Mulino, 2010, pp. 45–67.",
            ["Rossi"],
            ["Bianchi", "Verdi"],
            "Governare la città",
        ),
        (  # the names read as a second list of authors
            "Bovaird, T. – Quirk, B., Resilience in public administration: Moving from risk "
            "avoidance to assuring public policy outcomes, in The Routledge handbook of "
            "global public policy and administration, a cura di T. R. Kassen, D. Cepiku, "
            "T. J. Lah, London, Routledge, 2017, pp. 258–270.",
            ["Bovaird", "Quirk"],
            ["Kassen", "Cepiku", "Lah"],
            "The Routledge handbook of global public policy and administration",
        ),
        (  # "a cura" + "di E. Loeffler, …": the phrase cut between two segments
            "Jackson, P., The political economy foundations of co-production, in The "
            "Palgrave handbook of co-production of public services and outcomes, a cura di "
            "E. Loeffler, T. Bovaird, London, Palgrave Macmillan, 2020.",
            ["Jackson"],
            ["Loeffler", "Bovaird"],
            "The Palgrave handbook of co-production of public services and outcomes",
        ),
        (  # French "(dirs.)" after bare family names, before the book
            "BOVAIRD T. et E. LOEFFLER 2005 « Communities, trust and organisational "
            "responses to local governance failure ». Watson et Moran (dirs.), Trust, risk "
            "and uncertainty. Houndmills, Basingstoke : Palgrave Macmillan : 143‑162.",
            ["Bovaird", "Loeffler"],
            ["Watson", "Moran"],
            "Trust, risk and uncertainty",
        ),
    ],
)
def test_editors_named_by_a_phrase_or_mark_around_the_book(
    text: str, authors: list[str], editors: list[str], book: str
) -> None:
    work = parse_reference(text)
    assert _families(work.authors) == authors
    assert _families(work.editors) == editors
    assert work.container_title == book
    assert work.type == "chapter"


def test_a_phrase_before_words_that_are_no_names_stays_in_the_book() -> None:
    work = parse_reference(
        "Menchelli S., Pisa nelle rotte commerciali, in Pisa e il Mediterraneo, a cura di "
        "M. Tangheroni, Catalogo della mostra (Arsenali Medicei, 13 settembre 2003), "
        "Milano 2003, pp. 101–110."
    )
    assert "Catalogo" not in " ".join(_families(work.editors))


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue", "pages"),
    [
        (
            "Arnstein, S., The ladder of citizen participation, in «Journal of the American "
            "Institute of Planners», 35 (1969), 4, pp. 216–224.",
            "Journal of the American Institute of Planners",
            "35",
            "4",
            "216–224",
        ),
        (
            "Bianchi, L., Servizi pubblici e partecipazione dei cittadini, in «Rivista "
            "italiana di scienza politica», 12 (2008), 3, pp. 401–428.",
            "Rivista italiana di scienza politica",
            "12",
            "3",
            "401–428",
        ),
        (  # the issue printed before the pages' mark, read into the pages
            "Cahn, E. S. – Cahn, J. C., The war on poverty: A civilian perspective, in «Yale "
            "Law Review», 73 (1964), 8, pp. 1317–1352.",
            "Yale Law Review",
            "73",
            "8",
            "1317–1352",
        ),
    ],
)
def test_a_journal_in_guillemets_with_the_year_between_volume_and_issue(
    text: str, journal: str, volume: str, issue: str, pages: str
) -> None:
    work = parse_reference(text)
    assert work.type == "article-journal"
    assert work.container_title == journal
    assert (work.volume, work.issue, work.pages) == (volume, issue, pages)
    assert not work.title.endswith((" in", ","))


def test_a_volume_printed_twice_is_no_issue() -> None:
    work = parse_reference(
        "[176] K. Eberl and W. W. Rühle, “Preparation of Nanoscale InP Islands,” in “MRS "
        "Proceedings,” , vol. 379 (1995), vol. 379."
    )
    assert work.issue == ""


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "31. H. Garn, M. Flax, M. Springer, J. Taylor, “Models for indicator "
            "development: A framework for policy analysis” (The Urban Institute, 1976).",
            "The Urban Institute",
            "",
        ),
        (
            "5. D. Artuso, A. Montini, “CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live” (Governance International, 2016).",
            "Governance International",
            "",
        ),
        (
            "12. K. Lee, “Water tariffs and household demand” (Asian Development Bank "
            "Institute, 2011).",
            "Asian Development Bank Institute",
            "",
        ),
        (  # a place alone in the bracket stays the place
            "Gilchrist, R, Norwich Cathedral Close (Woodbridge, 2005)",
            "",
            "Woodbridge",
        ),
    ],
)
def test_a_bracketed_name_before_the_year_is_the_publisher_unless_a_place(
    text: str, publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)
    assert work.container_title == ""


@pytest.mark.parametrize("phrase", ["[na:]", "[online:]", "[Online]"])
def test_a_bracketed_link_phrase_ending_the_title_is_no_part_of_it(phrase: str) -> None:
    work = parse_reference(
        f"Fox M., Porto Alegre’s participatory budgeting at a crossroads {phrase} "
        "https://www.cetri.be/Porto-Alegre-s-Participatory?lang=fr, 2008 r."
    )
    assert work.title == "Porto Alegre’s participatory budgeting at a crossroads"
    assert work.url.startswith("https://www.cetri.be/")


def test_a_title_run_into_the_journal_before_vancouver_numbers() -> None:
    work = parse_reference(
        "30. Frederickson HG: The recovery of civism in public administration Public "
        "Administration Review 1982;42:501–508"
    )
    assert work.title == "The recovery of civism in public administration"
    assert work.container_title == "Public Administration Review"
    assert (work.year, work.volume, work.pages) == (1982, "42", "501–508")


def test_a_book_title_ending_in_a_stop_before_its_volume_keeps_its_words() -> None:
    work = parse_reference(
        "Rilke, Rainer Maria. Die Aufzeichnungen des Malte Laurids Brigge. Vol. 6 of "
        "Sämtliche Werke. Frankfurt am Main: Insel, 1966."
    )
    assert work.title.startswith("Die Aufzeichnungen des Malte Laurids Brigge")


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "Osborne, Stephen P. – Radnor, Zoe – Strokosch, Kirsty, Co-Production and the "
            "Co-Creation of Value in Public Services: A suitable case for treatment?, in "
            "«Public Management Review», 18 (2016), 5, pp. 639–653.",
            ["Osborne", "Radnor", "Strokosch"],
            "Co-Production and the Co-Creation of Value in Public Services: A suitable case "
            "for treatment?",
        ),
        (
            "Rossi, Maria – Bianchi, Luca, La partecipazione dei cittadini ai servizi "
            "pubblici, in «Rivista italiana di politiche pubbliche», 7 (2012), 2, pp. 55–80.",
            ["Rossi", "Bianchi"],
            "La partecipazione dei cittadini ai servizi pubblici",
        ),
    ],
)
def test_full_names_joined_by_dashes_are_all_authors(
    text: str, families: list[str], title: str
) -> None:
    work = parse_reference(text)
    assert [name.family for name in work.authors] == families
    assert work.title == title


def test_a_title_ending_inside_the_journals_guillemets_gives_them_back() -> None:
    work = parse_reference(
        "Joshi, Anuradha – Moore, Mick, Institutionalised Co-production: Unorthodox Public "
        "Service Delivery in Challenging Environments, in «The Journal of Development "
        "Studies», 40 (2004), 4, pp. 31–49."
    )
    assert work.title == (
        "Institutionalised Co-production: Unorthodox Public Service Delivery in "
        "Challenging Environments"
    )
    assert work.container_title == "The Journal of Development Studies"
    assert (work.volume, work.issue) == ("40", "4")


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "39. M. Lipsky, Street-level bureaucracy: Dilemmas of the individual in public "
            "services (Russell Sage Foundation, 1980).",
            "Street-level bureaucracy: Dilemmas of the individual in public services",
            "Russell Sage Foundation",
        ),
        (
            "Pierre Bourdieu, Outline of A Theory of Practice (CUP, 1977).",
            "Outline of A Theory of Practice",
            "CUP",
        ),
    ],
)
def test_a_bracketed_imprint_run_into_the_title(text: str, title: str, publisher: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.publisher) == (title, publisher)


def test_pnas_chapter_with_editors_and_a_bracketed_imprint() -> None:
    work = parse_reference(
        "42. E. Loeffler, T. Bovaird, “From participation to co-production: Widening and "
        "deepening the contributions of citizens to public services and outcomes” in The "
        "Palgrave Handbook of Public Administration and Management in Europe, E. Ongaro, S. "
        "van Thiel, Eds. (Palgrave Macmillan, 2017)."
    )
    assert work.container_title == (
        "The Palgrave Handbook of Public Administration and Management in Europe"
    )
    assert [name.family for name in work.editors] == ["Ongaro", "Thiel"]
    assert (work.publisher, work.year) == ("Palgrave Macmillan", 2017)


@pytest.mark.parametrize(
    ("text", "title", "journal", "issue"),
    [
        (
            "Cahn E.S., Gray C., The time bank solution, „Stanford Social Innovation Review” "
            "nr Summer (2015).",
            "The time bank solution",
            "Stanford Social Innovation Review",
            "Summer",
        ),
        (
            "Tuurnas S., Learning to co-produce? The perspective of public service "
            "professionals, „International Journal of Public Sector Management” t. 28 nr 7 "
            "(2015), DOI: 10.1108/ijpsm-04-2015-0073.",
            "Learning to co-produce? The perspective of public service professionals",
            "International Journal of Public Sector Management",
            "7",
        ),
    ],
)
def test_polish_quoted_journal_after_the_title(
    text: str, title: str, journal: str, issue: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title, work.issue) == (title, journal, issue)


@pytest.mark.parametrize(
    ("text", "parts"),
    [("9-7,", ("9", "7")), ("47-3,", ("47", "3")), ("1-2", ("1–2", "")), ("3-4", ("3–4", ""))],
)
def test_french_volume_and_issue_joined_by_a_hyphen(text: str, parts: tuple[str, str]) -> None:
    assert parse_volume(text) == parts


@pytest.mark.parametrize("lead", ["Stand:", "Stand vom"])
def test_a_german_date_lead_is_no_place(lead: str) -> None:
    work = parse_reference(
        f"Fox, M., Porto Alegre’s participatory budgeting at a crossroads, {lead} 2008, "
        "https://www.cetri.be/Porto-Alegre-s-Participatory?lang=fr."
    )
    assert work.year == 2008
    assert not work.place
