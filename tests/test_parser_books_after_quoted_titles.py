"""A chapter's book after its quoted title with no "In", Turkish "(edt.)", Scientia
Iranica's "Eds., Publisher, Places" after the editors, and a year after undotted initials
before a title in single quotes."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


def test_book_and_marked_editors_after_a_quoted_title_without_in() -> None:
    work = parse_reference(
        "Alford and O’Flynn 2012 J. Alford and J. O’Flynn. “Making Sense of Public Value.” "
        "Rethinking public service delivery, eds. S. P. Osborne and Z. Radnor. (Basingstoke: "
        "Palgrave Macmillan, 2012), 102–28."
    )
    assert work.container_title == "Rethinking public service delivery"
    assert [e.family for e in work.editors] == ["Osborne", "Radnor"]
    assert work.title == "Making Sense of Public Value"


def test_turkish_editors_mark() -> None:
    work = parse_reference(
        "Alford, J. / J. O’Flynn, “Making sense of public value”: S. P. Osborne / Z. Radnor "
        "(edt.), Rethinking public service delivery, Palgrave Macmillan, Basingstoke 2012, "
        "ss. 102-128."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Radnor"]
    assert work.container_title == "Rethinking public service delivery"
    assert work.title == "Making sense of public value"


def test_editors_mark_between_commas_before_the_imprint() -> None:
    work = parse_reference(
        "4. Alford, J. and O’Flynn, J., “Making sense of public value”, In Rethinking Public "
        "Service Delivery: Managing with External Providers, S. P. Osborne and Z. van Radnor, "
        "Eds., Palgrave Macmillan, Basingstoke, pp. 102–128 (2012)."
    )
    assert (
        work.container_title
        == "Rethinking Public Service Delivery: Managing with External Providers"
    )
    assert [e.family for e in work.editors] == ["Osborne", "Radnor"]
    assert (work.publisher, work.place) == ("Palgrave Macmillan", "Basingstoke")


def test_year_after_undotted_initials_before_a_single_quoted_title() -> None:
    work = parse_reference(
        "Whitaker, GP 1980, 'Coproduction: citizen participation in service delivery', Public "
        "Administration Review, vol. 40, no. 3, pp. 240–246."
    )
    assert work.year == 1980
    assert work.title == "Coproduction: citizen participation in service delivery"


def test_book_after_marked_editors_without_in() -> None:
    work = parse_reference(
        "Alford, J. 2012. Making sense of public value. S.P. Osborne & Z. Radnor (eds.). "
        "Rethinking public service delivery. Palgrave Macmillan: Basingstoke,."
    )
    assert work.title == "Making sense of public value"
    assert work.container_title == "Rethinking public service delivery"
    assert [e.family for e in work.editors] == ["Osborne", "Radnor"]


def test_ama_edition_word_before_its_number() -> None:
    work = parse_reference(
        "12. Alford J: Engaging Public Sector Clients: From Service-Delivery to Co-Production. "
        "(ed 2). Basingstoke, Palgrave Macmillan, 2016"
    )
    assert (work.edition, work.issue) == ("2", "")
    assert work.title == "Engaging Public Sector Clients: From Service-Delivery to Co-Production"


def test_book_inside_the_title_before_its_editors_and_a_note() -> None:
    segments = [
        Segment("author", "Rossi M. 2003,", 0.9),
        Segment(
            "title",
            "La città e il porto, in Pisa e il Mediterraneo. Uomini e merci,",
            0.8,
        ),
        Segment("editor", "a cura di M. Tangheroni,", 0.9),
        Segment("container-title", "Catalogo della mostra (Pisa, 2003),", 0.6),
        Segment("location", "Milano,", 0.9),
    ]
    labels = [(s.label, s.text) for s in repair_segments(segments)]
    assert ("title", "La città e il porto,") in labels
    assert ("container-title", "Pisa e il Mediterraneo. Uomini e merci,") in labels
    assert ("note", "Catalogo della mostra (Pisa, 2003),") in labels


def test_book_after_in_and_editors_stays_the_book() -> None:
    segments = [
        Segment("author", "Rossi, M. (2003).", 0.9),
        Segment("title", "The city and its port.", 0.9),
        Segment("editor", "In M. Tangheroni (Ed.),", 0.9),
        Segment("container-title", "Pisa and the Mediterranean", 0.9),
    ]
    assert repair_segments(segments)[3].label == "container-title"


@pytest.mark.parametrize("mark", ["2.ª edición", "2.ª ed.", "2ª edição"])
def test_iberian_edition_after_the_title(mark: str) -> None:
    work = parse_reference(
        f"12. Alford J. Engaging public sector clients: From service delivery to co-production. "
        f"{mark}. Basingstoke: Palgrave Macmillan; 2016."
    )
    assert work.edition == "2"
    assert work.title == "Engaging public sector clients: From service delivery to co-production"


def test_vancouver_chapter_pages_after_the_year_and_semicolon() -> None:
    work = parse_reference(
        "10. Alford J. Public value. In: Osborne SP, Radnor Z, eds. Rethinking public service "
        "delivery. Basingstoke: Palgrave Macmillan; 2012;102–28."
    )
    assert (work.year, work.pages, work.volume) == (2012, "102–128", "")
