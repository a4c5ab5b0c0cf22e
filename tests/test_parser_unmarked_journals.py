"""A journal's name run on from the title with no stop between them, as some styles print
it ("… the classical definitions Public Administration Review, 76, pp. 427–435"), or with
the head of a name that holds a colon ending the title ("… public value VOLUNTAS:
International Journal of Voluntary and Nonprofit Organizations")."""

from __future__ import annotations

import pytest

from coprod_refs.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "15. Brandsen T., Honingh M.: Distinguishing different types of coproduction: A "
            "conceptual analysis based on the classical definitions Public Administration "
            "Review, 76, pp. 427–435 (2016)",
            "Distinguishing different types of coproduction: A conceptual analysis based on the "
            "classical definitions",
            "Public Administration Review",
        ),
        (
            "20. Cahn E.S., Gray C.: The time bank solution Stanford Social Innovation Review, "
            "pp. 41–45 (2015)",
            "The time bank solution",
            "Stanford Social Innovation Review",
        ),
    ],
)
def test_a_journal_run_on_from_the_title(text: str, title: str, journal: str) -> None:
    work = parse_reference(text)
    assert (work.title, work.container_title) == (title, journal)


_VOLUNTAS = "VOLUNTAS: International Journal of Voluntary and Nonprofit Organizations"


@pytest.mark.parametrize(
    "text",
    [
        "7. Bovaird T., Loeffler E.: From engagement to co-production: The contribution of "
        "users and communities to outcomes and public value VOLUNTAS: International Journal "
        "of Voluntary and Nonprofit Organizations, 23, pp. 1119–1138 (2012)",
        "Bovaird, T. & E. Loeffler (2012): From engagement to co-production: The contribution "
        "of users and communities to outcomes and public value.- VOLUNTAS: International "
        "Journal of Voluntary and Nonprofit Organizations 23: 1119–1138.",
        "Bovaird, T., and Loeffler, E., 2012b, From engagement to co-production: The "
        "contribution of users and communities to outcomes and public value: VOLUNTAS: "
        "International Journal of Voluntary and Nonprofit Organizations, v. 23, no. 4, p. "
        "1119–1138, at.",
    ],
)
def test_a_journal_whose_name_holds_a_colon_after_the_title(text: str) -> None:
    work = parse_reference(text)
    assert work.title.endswith("outcomes and public value")
    assert work.container_title == _VOLUNTAS
    assert work.volume == "23"


def test_an_abbreviated_journal_leaves_the_titles_last_word() -> None:
    work = parse_reference(
        "1. Schneider D. Using Drosophila as a model Insect Nat Rev Genet. 2000;(3):218-226."
    )
    assert work.title == "Using Drosophila as a model Insect"
    assert work.container_title == "Nat Rev Genet"


def test_a_season_after_a_small_issue_word_is_the_issue() -> None:
    work = parse_reference(
        "Cahn, E. S., and C. Gray. 2015. “The Time Bank Solution.” Stanford Social Innovation "
        "Review no. Summer: 41–45."
    )
    assert work.container_title == "Stanford Social Innovation Review"
    assert (work.issue, work.pages) == ("Summer", "41–45")
