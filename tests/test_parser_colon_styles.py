"""Styles that join a reference's parts with colons and brackets (The Plant Cell and its
kin): the year before a colon in a journal's numbers ("2013:107(4):726–741."), "In."
before the book, editors with undotted initials after it ("S Watson and A Moran,
eds."), and the imprint in brackets, publisher first ("(Governance International:
Birmingham)")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import parse_volume, split_compact
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2013:107(4):726–741.", (2013, "107", "4", "726–741")),
        ("1969a:35(4):216–224.", (1969, "35", "4", "216–224")),
        ("2016:76:427–435.", (2016, "76", "", "427–435")),
        ("2015:(Summer):41–45.", (2015, "", "Summer", "41–45")),
        # a book's year and the chapter's pages (AMA) is no journal's numbers
        ("2018:183-192.", None),
        ("2015::41", None),
    ],
)
def test_a_year_before_a_colon_opens_a_journals_numbers(
    text: str, parts: tuple[int, str, str, str] | None
) -> None:
    assert split_compact(text) == parts


def test_the_numbers_after_a_year_and_a_colon_are_read_whatever_the_model_said() -> None:
    work = parse_reference(
        "Aligica P and Tarko V. Co-production, polycentricity, and value heterogeneity: The "
        "Ostroms’ public choice institutionalism revisited. American Political Science "
        "Review. 2013:107(4):726–741."
    )
    assert (work.year, work.volume, work.issue, work.pages) == (2013, "107", "4", "726–741")
    assert work.container_title == "American Political Science Review"


@pytest.mark.parametrize(
    ("text", "book", "editors"),
    [
        (
            "Bovaird T and Loeffler E. Communities, trust and organisational responses to "
            "local governance failure. In. Trust, risk and uncertainty, S Watson and A Moran, "
            "eds. (Palgrave Macmillan: Houndmills, Basingstoke), pp. 143–162.",
            "Trust, risk and uncertainty",
            ["Watson", "Moran"],
        ),
        (
            "Bovaird T and Quirk B. Resilience in public administration: Moving from risk "
            "avoidance to assuring public policy outcomes. In. The Routledge handbook of "
            "global public policy and administration, TR Kassen, D Cepiku, and TJ Lah, eds. "
            "(Routledge: London), pp. 258–270.",
            "The Routledge handbook of global public policy and administration",
            ["Kassen", "Cepiku", "Lah"],
        ),
    ],
)
def test_the_book_after_in_with_a_stop_and_its_editors_with_undotted_initials(
    text: str, book: str, editors: list[str]
) -> None:
    work = parse_reference(text)
    assert work.container_title == book
    assert [name.family for name in work.editors] == editors


@pytest.mark.parametrize(
    ("tail", "publisher", "place"),
    [
        ("(Governance International: Birmingham).", "Governance International", "Birmingham"),
        (
            "(International Society for Standardization: Geneva).",
            "International Society for Standardization",
            "Geneva",
        ),
        ("(London: Governance International).", "Governance International", "London"),
    ],
)
def test_a_bracketed_imprint_with_a_colon_ending_the_title(
    tail: str, publisher: str, place: str
) -> None:
    work = parse_reference(
        "Dhanda JS and Wells J. The Values Based Standard of Macmillan Cancer Support: A "
        "quality framework for improving both patient and staff experience through "
        f"co-production {tail}"
    )
    assert (work.publisher, work.place) == (publisher, place)
    assert work.title.endswith("through co-production")


def test_a_bracket_with_a_colon_naming_no_place_stays_in_the_title() -> None:
    work = parse_reference(
        "Dhanda JS and Wells J. The Values Based Standard of Macmillan Cancer Support: A "
        "quality framework for improving patient experience (Second Edition: Revised). "
        "Journal of Integrated Care. 2017:25(2):113–120."
    )
    assert work.title.endswith("(Second Edition: Revised)")
    assert (work.publisher, work.place) == ("", "")


def test_a_publisher_first_bracket_ending_the_reference_with_an_unlisted_place() -> None:
    work = parse_reference(
        "Ostrom E. A behavioural approach to the rational choice theory of collective action. "
        "In. Choice, rules and collective action: The Ostroms on the study of institutions "
        "and governance, F Sabetti and PD Aligica, eds. (ECPR Press: Colchester)."
    )
    assert (work.publisher, work.place) == ("ECPR Press", "Colchester")
    assert [name.family for name in work.editors] == ["Sabetti", "Aligica"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("(107:4):", ("107", "4")),
        ("(84: 2188).", ("84", "2188")),
        ("(11: 12),", ("11", "12")),
        # a number alone in brackets is the issue: "2011;(61):40-4" names no volume
        ("(76):", ("", "76")),
        ("(61) :", ("", "61")),
        # after a volume the bracket is the issue, as before
        ("107(4),", ("107", "4")),
        ("Vol. 12 (3)", ("12", "3")),
    ],
)
def test_a_volume_and_issue_in_one_bracket(text: str, parts: tuple[str, str]) -> None:
    assert parse_volume(text) == parts


def test_mis_quarterly_numbers_in_a_reference() -> None:
    work = parse_reference(
        "Arnstein, S., (1969). The ladder of citizen participation. Journal of the American "
        "Institute of Planners, (35:4): 216–224."
    )
    assert (work.volume, work.issue, work.pages) == ("35", "4", "216–224")


@pytest.mark.parametrize(
    ("tail", "publisher", "place"),
    [
        (
            "(Governance International, Birmingham). Governance International Case Study",
            "Governance International",
            "Birmingham",
        ),
        ("(SCIE, London).", "SCIE", "London"),
    ],
)
def test_a_bracketed_imprint_with_a_comma_after_the_title(
    tail: str, publisher: str, place: str
) -> None:
    work = parse_reference(
        "Carr, S., 2012. Personalisation: A rough guide for adult social care. " + tail
    )
    assert (work.publisher, work.place) == (publisher, place)
    assert work.title == "Personalisation: A rough guide for adult social care"


def test_a_region_and_its_country_in_brackets_stay_in_the_title() -> None:
    work = parse_reference(
        "Demangeot, C., 2008. Application à la sépulture collective du Dolmen des Peirières "
        "à Villedubert (Aude, France)."
    )
    assert work.title.endswith("(Aude, France)")
    assert not work.publisher
