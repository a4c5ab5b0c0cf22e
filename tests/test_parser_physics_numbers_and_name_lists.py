"""Physics journals' "Journal 35 216 (1969)" (a volume and its first page), lists of
names the labeller cuts short ("Pestoff, V, Brandsen, T: …", "Pestoff V. Brandsen T",
"Pestoff V, Brandsen T 2012: …"), and a short citation with its year in brackets before
the entry ("Pestoff and Brandsen (2012) V. Pestoff and T. Brandsen. …")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    "text",
    [
        "[3] C Needham Social Policy and Society 7 221 (2008).",
        "[3] Needham C 2008 Social Policy and Society 7 221",
    ],
    ids=["names-first", "year-first"],
)
def test_volume_then_first_page(text: str) -> None:
    work = parse_reference(text)
    assert (work.volume, work.issue, work.pages) == ("7", "", "221")
    assert work.container_title == "Social Policy and Society"


def test_two_numbers_before_the_pages_are_volume_and_issue() -> None:
    work = parse_reference(
        "Needham C. Realising the potential of co-production. Social Policy and Society 7 "
        "2, 221–231 (2008)."
    )
    assert (work.volume, work.issue, work.pages) == ("7", "2", "221–231")


def test_names_with_bare_initials_before_a_colon() -> None:
    work = parse_reference(
        "Verschuere, B, Brandsen, T, Pestoff, V: Co-production: The state of the art in "
        "research and the future agenda. Voluntas, 23: 1083–1101, 2012."
    )
    assert [(a.family, a.given) for a in work.authors] == [
        ("Verschuere", "B."),
        ("Brandsen", "T."),
        ("Pestoff", "V."),
    ]
    assert work.title.startswith("Co-production: The state of the art")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Verschuere B. Brandsen T. Pestoff V", ["Verschuere", "Brandsen", "Pestoff"]),
        ("Ostrom E. Ostrom V", ["Ostrom", "Ostrom"]),
        ("Brandsen T. Trommel W. & Verschuere B.", ["Brandsen", "Trommel", "Verschuere"]),
    ],
)
def test_families_and_dotted_initials_without_commas(text: str, people: list[str]) -> None:
    assert [n.family for n in parse_name_list(text).names] == people


def test_vancouver_names_then_year_and_colon() -> None:
    work = parse_reference(
        "Verschuere B, Brandsen T, Pestoff V 2012: Co-production: The state of the art in "
        "research and the future agenda. Voluntas, 23, 1083–1101."
    )
    assert [a.family for a in work.authors] == ["Verschuere", "Brandsen", "Pestoff"]
    assert work.year == 2012
    assert work.title.startswith("Co-production: The state of the art")


@pytest.mark.parametrize(
    ("text", "authors", "suffix"),
    [
        (
            "Needham and Carr (2009b) C. Needham and S. Carr. Co-production: An emerging "
            "evidence base for adult social care transformation. SCIE.",
            ["Needham", "Carr"],
            "b",
        ),
        (
            "Verschuere et al. (2012) B. Verschuere et al. Co-production: The state of the "
            "art in research and the future agenda. Voluntas. 23, 4 (2012), 1083–1101.",
            ["Verschuere"],
            "",
        ),
    ],
)
def test_short_citation_with_its_year_in_brackets(
    text: str, authors: list[str], suffix: str
) -> None:
    work = parse_reference(text)
    assert [a.family for a in work.authors] == authors
    assert work.title.startswith("Co-production: ")
    assert work.year_suffix == suffix


def test_untitled_chapter_after_a_bracketed_year_keeps_its_authors() -> None:
    work = parse_reference(
        "Pestoff, V. (2012) In V. Pestoff, T. Brandsen and B. Verschuere (Eds.), New public "
        "governance, the third sector and co-production. London: Routledge."
    )
    assert [a.family for a in work.authors] == ["Pestoff"]
    assert [e.family for e in work.editors] == ["Pestoff", "Brandsen", "Verschuere"]


def test_double_family_name_cut_after_its_initial_before_and() -> None:
    work = parse_reference(
        "37. M. Sicilia, E. Guarini, A. Sancino, M. Andreani, J. Young Keefe and R. Ruffini, "
        "Public services management and co-production in multi-level governance settings, "
        "International Review of Administrative Sciences 82 (2016) 8–27."
    )
    assert [a.family for a in work.authors][-2:] == ["Young Keefe", "Ruffini"]
    assert work.title.startswith("Public services management and co-production")


@pytest.mark.parametrize(
    "text",
    [
        "36. Needham, C: Realising the potential of co-production. Social Policy and Society, "
        "7: 221–231, 2008.",
        "12. Sicilia, M, Guarini, E: Public services management and co-production. "
        "International Review of Administrative Sciences, 82: 8–27, 2016.",
    ],
    ids=["one-name-numbered", "two-names"],
)
def test_inverted_names_with_bare_initials_before_a_colon(text: str) -> None:
    work = parse_reference(text)
    assert work.authors and work.authors[0].family in ("Needham", "Sicilia")
    assert not work.title.startswith(("Needham", "E:"))


def test_vancouver_names_year_and_colon_opening_a_numbered_entry() -> None:
    work = parse_reference("21. Needham C 2008: Realising the potential of co-production.")
    assert [a.family for a in work.authors] == ["Needham"]
    assert work.year == 2008
    assert work.title == "Realising the potential of co-production"
