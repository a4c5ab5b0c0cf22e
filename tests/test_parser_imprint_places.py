"""Imprints whose place the labeller's own word list does not hold ("Leningrad, Nedra",
"Stellenbosch, SUN Press"), told apart by the longer list the imprint rules read; a
publisher cut after a linking word ("Presses Universitaires de" + "Rennes (Rennes)"), run
into a sentence-case title with no stop, followed by the work's language in brackets or
by "Online:", opened by a place's first word ("London, New" + "Economics Foundation"), or
printed first ("Bertelsmann Stiftung: Gütersloh"); a journal and its pages read as one."""

from __future__ import annotations

import pytest

from coprod_refs.parse.features import _lexicons, reads_as_place
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.section_lines import opens_with_a_name


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Ivanov, V. L., Petrov, A. N. and Sidorov, M. S., The Coproduction of Housing "
            "(in Russian). Leningrad, Nedra, 231 p. 1980.",
            "Leningrad",
            "Nedra",
        ),
        (
            "Fourie, J. (2014). Co-production of municipal services. Stellenbosch, SUN Press.",
            "Stellenbosch",
            "SUN Press",
        ),
        (
            "Rossi, M., La coproduzione dei servizi pubblici, Bergamo, Lubrina, 2012.",
            "Bergamo",
            "Lubrina",
        ),
    ],
)
def test_place_the_rules_know(text: str, place: str, publisher: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher) == (place, publisher)


def test_the_labellers_own_list_is_unchanged() -> None:
    lists = _lexicons()
    assert "leningrad" in lists["known_places"]
    assert "leningrad" not in lists["places"]
    assert lists["places"] <= lists["known_places"]
    assert reads_as_place("Rio de Janeiro") and reads_as_place("Porto Alegre")
    assert not reads_as_place("Public Money")


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "Dupont, J., Les services publics coproduits, Presses Universitaires de Rennes "
            "(Rennes), 2001.",
            "Presses Universitaires de Rennes",
            "Rennes",
        ),
        (
            "Dupont, J., Les services publics coproduits, Presses Universitaires de Rennes, 2001.",
            "Presses Universitaires de Rennes",
            "",
        ),
        (
            "Smith, J. 2001. Co-production. University of Chicago Press (Chicago).",
            "University of Chicago Press",
            "Chicago",
        ),
    ],
)
def test_publisher_goes_on_after_its_linking_word(text: str, publisher: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)


@pytest.mark.parametrize(
    "line",
    [
        "Mendoza, Orlando. 2010. Co-production in Lima. Lima: PUCP.",
        "Lancaster, Bradford (2012). Citizens and services. Public Money & Management, 32, 1-9.",
    ],
)
def test_towns_that_are_names_still_open_an_entry(line: str) -> None:
    # The longer list of places is the imprint rules' alone: a family or given name that
    # is also a town still opens a reference-list entry.
    assert opens_with_a_name(line)


@pytest.mark.parametrize(
    ("text", "publisher", "note"),
    [
        ("Petrov, A. 2001. Public services. Moscow: Nauka. [In Russian]", "Nauka", "In Russian"),
        ("Cohen, U. 1983. Public services. Jerusalem: Magnes. (in Hebrew)", "Magnes", "in Hebrew"),
    ],
)
def test_language_after_the_publisher(text: str, publisher: str, note: str) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.note) == (publisher, note)


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        (
            "5. Artuso D, & Montini A (2016) CI.VI.VO. in Rimini: How volunteers make their "
            "neighbourhood a better place to live Governance International, Birmingham.",
            "CI.VI.VO. in Rimini: How volunteers make their neighbourhood a better place to live",
            "Governance International",
            "Birmingham",
        ),
        (
            "21. Carr S (2012) Personalisation: A rough guide SCIE, London.",
            "Personalisation: A rough guide",
            "SCIE",
            "London",
        ),
    ],
)
def test_publisher_run_into_a_sentence_case_title(
    text: str, title: str, publisher: str, place: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.publisher, work.place) == (title, publisher, place)


@pytest.mark.parametrize(
    "text",
    [
        "Smith J (2012) The Reform of Public Services in England, London.",
        "Smith J (2012) Ein Restaurant im Centre Pompidou, Paris.",
        "Smith J (2012) Aging and scoring bucks on the hoof, instructional DVD, Bogart.",
        "Duby G (1967) Miscellanea mediaevalia in memoriam Jan Frederik Niermeyer, Groningen.",
    ],
)
def test_title_ending_in_a_name_keeps_it(text: str) -> None:
    assert parse_reference(text).publisher == ""


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "ISO (2019). ISO 9001: How to use it. Geneva: International Society for "
            "Standardization. Online: https://www.iso.org/files/PUB100373.pdf; accessed 30 "
            "November 2019.",
            "International Society for Standardization",
            "Geneva",
        ),
        (
            "Stephens, L.; Slay, J. and Penny, J. n.d. Coproduction self-assessment framework. "
            "London, New Economics Foundation.",
            "New Economics Foundation",
            "London",
        ),
        (
            "Löffler E, Timm-Arnold P, Bovaird T, Van Ryzin G. 2015. Koproduktion in "
            "Deutschland. Studie zur aktuellen Lage. Bertelsmann Stiftung: Gütersloh.",
            "Bertelsmann Stiftung",
            "Gütersloh",
        ),
    ],
)
def test_imprint_edges(text: str, publisher: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)


def test_journal_and_pages_read_as_the_publisher() -> None:
    work = parse_reference(
        "Cahn ES, Gray C (2015) The time bank solution. Stanford Social Innovation Review:41–45"
    )
    assert (work.container_title, work.pages, work.publisher) == (
        "Stanford Social Innovation Review",
        "41–45",
        "",
    )


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "Sperduto, D. D., and B. Kimball. 2011. The nature of New Hampshire natural "
            "communities. University Press of New England, Lebanon, New Hampshire, USA.",
            "University Press of New England",
            "Lebanon, New Hampshire, USA",
        ),
        (
            "Anderson, C. R., and F. G. Lindzey. 2000. A guide to estimating cougar age classes. "
            "Wyoming Cooperative Fish and Wildlife Research Unit, Laramie, USA.",
            "Wyoming Cooperative Fish and Wildlife Research Unit",
            "Laramie, USA",
        ),
    ],
)
def test_publisher_names_ending_as_places_begin(text: str, publisher: str, place: str) -> None:
    work = parse_reference(text)
    assert (work.publisher, work.place) == (publisher, place)


@pytest.mark.parametrize(
    "text",
    [
        "12. Jansen R. Citizen juries in Dutch cities [Master's thesis]. The Hague: Leiden "
        "University; 2019.",
        "Jansen, Rik (2019): Citizen juries in Dutch cities. Master's thesis. The Hague: "
        "Leiden University.",
    ],
)
def test_a_place_opened_by_an_article_and_a_university_named_after_a_town(text: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher) == ("The Hague", "Leiden University")


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher"),
    [
        (
            "OECD (2009) Focus on citizens: Public engagement for better policy and services. "
            "Paris, OECD Publishing. https://doi.org/10.1787/9789264048874-en.",
            "Focus on citizens: Public engagement for better policy and services",
            "Paris",
            "OECD Publishing",
        ),
        (
            "Scottish Government (2011) Renewing Scotland's public services. Edinburgh, "
            "Scottish Government. https://www.gov.scot/publications/renewing/.",
            "Renewing Scotland's public services",
            "Edinburgh",
            "Scottish Government",
        ),
    ],
)
def test_a_place_first_imprint_before_a_link(
    text: str, title: str, place: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert (work.title, work.place, work.publisher) == (title, place, publisher)


def test_a_title_ending_in_a_place_and_a_country_keeps_no_publisher() -> None:
    work = parse_reference("Smith, J. (2001) Trust in government. Oxford, England.")
    assert (work.title, work.publisher) == ("Trust in government", "")


def test_a_place_then_a_university_named_after_a_town_after_a_comma() -> None:
    work = parse_reference(
        "Jansen, R. (2019) Citizen juries in Dutch cities. Master's thesis. The Hague, Leiden "
        "University."
    )
    assert (work.place, work.publisher) == ("The Hague", "Leiden University")


def test_a_comma_before_a_place_and_a_publisher_ending_the_title() -> None:
    work = parse_reference(
        "Durand M., 2015, Les budgets participatifs en France, Paris : La Documentation "
        "française. [En ligne] (consulté le 2 avril 2019) Disponible à l'adresse : "
        "https://www.example.fr/budgets"
    )
    assert work.title == "Les budgets participatifs en France"
    assert (work.place, work.publisher) == ("Paris", "La Documentation française")


@pytest.mark.parametrize(
    "text",
    [
        "Ostrom, E., “Metropolitan reform,” Policy Brief 4, 1972 (Bloomington, Indiana "
        "University Press).",
        "Ostrom, E., “Metropolitan reform,” (Bloomington, Indiana University Press, 1972).",
    ],
)
def test_a_bracketed_place_and_publisher_at_the_end(text: str) -> None:
    work = parse_reference(text)
    assert (work.place, work.publisher) == ("Bloomington", "Indiana University Press")


def test_the_medium_after_the_publisher_is_no_part_of_its_name() -> None:
    work = parse_reference(
        "Martin L., 2012, Les conseils de quartier, Rapport d'étude, Lyon : Centre d'études "
        "urbaines. [En ligne] (consulté le 3 mai 2019) Disponible à l'adresse : "
        "https://www.example.fr/quartiers"
    )
    assert work.publisher == "Centre d'études urbaines"
