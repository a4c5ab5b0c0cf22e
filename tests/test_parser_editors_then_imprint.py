"""A book's editors run on into what follows them: the imprint after their bracketed mark
("Bovaird T and Loeffler E (eds). Routledge: Abingdon and New York;"), the book after the
mark's colon ("(ur.): Trust, risk and uncertainty, str.") or bracketed after a book with
no "In"; the list marks of French typography (" ; ", " : ") and of Slovenian lists (",
in ") around them, short family names in capitals ("LAH, T. J."), and a year's letter
after a space ("2009 a.")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import parse_names
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "editors", "place", "publisher"),
    [
        (
            "Bovaird T, Loeffler E. 2016a. Quality management in public sector organisations. "
            "In Public management and governance , Bovaird T and Loeffler E (eds). Routledge: "
            "Abingdon and New York; 162–177.",
            ["Bovaird", "Loeffler"],
            "Abingdon and New York",
            "Routledge",
        ),
        (
            "Bovaird T, Loeffler E. 2016c. What has co-production ever done for interactive "
            "governance? In Critical reflections on interactive governance: Self-organization "
            "and participation in public governance , Edelenbos J and van Meerkerk I (eds). "
            "Edward Elgar: Cheltenham; 254–277.",
            ["Edelenbos", "Meerkerk"],
            "Cheltenham",
            "Edward Elgar",
        ),
    ],
)
def test_an_imprint_after_the_editors_mark(
    text: str, editors: list[str], place: str, publisher: str
) -> None:
    work = parse_reference(text)
    assert [n.family for n in work.editors] == editors
    assert (work.place, work.publisher) == (place, publisher)
    assert work.container_title.startswith(("Public management", "Critical reflections"))


def test_a_book_after_the_editors_marks_colon() -> None:
    work = parse_reference(
        "Bovaird, T., in Loeffler, E. (2005): Communities, trust and organisational responses "
        "to local governance failure. V: Watson, S., in Moran, A. (ur.): Trust, risk and "
        "uncertainty, str. 143–162. Houndmills, Basingstoke, Palgrave Macmillan."
    )
    assert [n.family for n in work.authors] == ["Bovaird", "Loeffler"]
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.container_title == "Trust, risk and uncertainty"
    assert work.pages == "143–162"


def test_french_spaces_before_semicolons_and_colons() -> None:
    work = parse_reference(
        "Bovaird, T. ; Quirk, B. : Resilience in public administration: Moving from risk "
        "avoidance to assuring public policy outcomes. In : Kassen, T. R. ; Cepiku, D. ; Lah, "
        "T. J. (Hrsg.) : The Routledge handbook of global public policy and administration. "
        "London 2017, 258–270."
    )
    assert [n.family for n in work.authors] == ["Bovaird", "Quirk"]
    assert [n.family for n in work.editors] == ["Kassen", "Cepiku", "Lah"]
    assert (
        work.container_title == "The Routledge handbook of global public policy and administration"
    )


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("Bovaird, T. ; Quirk, B. : Title", "Bovaird, T.; Quirk, B.: Title"),
        ("Paris : Gallimard", "Paris: Gallimard"),
        # a colon with no word before it, or before a number (the pages), stays
        ("(Hrsg.) : : x", "(Hrsg.): : x"),
        ("Westview Press : 7‑49", "Westview Press : 7‑49"),
    ],
)
def test_french_spacing_is_closed_up(text: str, spaced: str) -> None:
    assert with_marks_spaced(text) == spaced


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("KASSEN, T. R., CEPIKU, D. and LAH, T. J. (eds.),", ["Kassen", "Cepiku", "Lah"]),
        ("LEE, J. and COX, T. R.", ["Lee", "Cox"]),
        ("FOX, M.", ["Fox"]),
        # initials without stops after a family name stay initials
        ("Smith, AB, Jones, CD", ["Smith", "Jones"]),
    ],
)
def test_short_family_names_in_capitals(text: str, families: list[str]) -> None:
    assert [n.family for n in parse_names(text)] == families


def test_bracketed_editors_after_a_book_with_no_in() -> None:
    work = parse_reference(
        "[6] BOVAIRD, T., LOEFFLER, E., “Communities, trust and organisational responses to "
        "local governance failure”, Trust, Risk and Uncertainty (WATSON, S., MORAN, A., Eds), "
        "Palgrave Macmillan, Houndmills, Basingstoke (2005) 143–162."
    )
    assert work.container_title == "Trust, Risk and Uncertainty"
    assert [n.family for n in work.editors] == ["Watson", "Moran"]
    assert work.publisher == "Palgrave Macmillan"


@pytest.mark.parametrize(
    ("text", "year", "suffix"),
    [
        (
            "Alford, J. 2009 a. Engaging public sector clients: From service delivery to "
            "co-production. Basingstoke and New York, Palgrave Macmillan.",
            2009,
            "a",
        ),
        # the letters of pages and of Polish years stay apart
        (
            "VAN DE WALLE, Etienne, « Pour une histoire démographique de l'avortement », "
            "Population, n°1-2, 1998 p. 273-289",
            1998,
            "",
        ),
    ],
)
def test_a_year_letter_after_a_space(text: str, year: int, suffix: str) -> None:
    work = parse_reference(text)
    assert (work.year, work.year_suffix) == (year, suffix)


def test_only_the_entrys_own_year_takes_a_letter() -> None:
    assert with_marks_spaced("Smith, J. 2009. In 2009 a. b.") == "Smith, J. 2009. In 2009 a. b."
    assert with_marks_spaced("Prywatyzacja w 2003 r. GUS, Warszawa 2004.").count("2003 r.") == 1


def test_in_with_a_spaced_colon_after_the_titles_stop_opens_the_journal() -> None:
    work = parse_reference(
        "Arnstein, S. : The ladder of citizen participation. In : Journal of the American "
        "Institute of Planners 35 (1969), 216–224."
    )
    assert work.title == "The ladder of citizen participation"
    assert work.container_title == "Journal of the American Institute of Planners"


def test_a_chapters_editors_with_a_particle_read_into_the_book() -> None:
    work = parse_reference(
        "Bovaird, T., in Loeffler, E. (2016c): What has co-production ever done for interactive "
        "governance? V: Edelenbos, J., in van Meerkerk, I. (ur.): Critical reflections on "
        "interactive governance: Self-organization and participation in public governance, "
        "str. 254–277. Cheltenham, Edward Elgar."
    )
    assert [(n.particle, n.family) for n in work.editors] == [
        ("", "Edelenbos"),
        ("van", "Meerkerk"),
    ]
    assert work.container_title.startswith("Critical reflections on interactive governance")
    assert work.pages == "254–277"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "22. COOPERATIVE PARTY. Public services in our interests. Online. 2019. [Accessed 29 "
            "March 2019]. Available from: https://party.coop/policy/policy-platform-2017/",
            "Public services in our interests",
        ),
        (
            "8. BOVAIRD, T. and LOEFFLER, E. Bringing the power of the citizen into local public "
            "services—An evidence review Online. Briefing Note for Welsh Government. 2014. "
            "[Accessed 29 March 2019]. Available from: https://gweddill.gov.wales/a.pdf",
            "Bringing the power of the citizen into local public services—An evidence review",
        ),
    ],
)
def test_iso690_online_is_the_medium(text: str, title: str) -> None:
    work = parse_reference(text)
    assert work.title == title
    assert work.container_title != "Online"


def test_a_journal_named_online_keeps_its_name() -> None:
    assert with_marks_spaced("Online Information Review. 2019.") == (
        "Online Information Review. 2019."
    )
