"""Repeated-author dashes for each name ("——— and ———"), a title opened by a dotted
acronym before a word that reads as "In", authors with no mark before the title of an
article, and marks run into their neighbours or printed the way one style prints them:
"A.(Eds.)", "pp143–162", Turkish "içinde" after the book, "vol. 107 / 2013"."""

from __future__ import annotations

import pytest

from coprod_refs.parse.names import SAME_NAMES_MARK, parse_name_list
from coprod_refs.parse.reference import parse_reference, parse_reference_list


@pytest.mark.parametrize("text", ["——— and ———", "———, ———, and ———", "---, en ---"])
def test_one_dash_per_name_is_the_names_before(text: str) -> None:
    assert [n.literal for n in parse_name_list(text).names] == [SAME_NAMES_MARK]


def test_dashes_take_the_names_of_the_entry_before_once() -> None:
    first, second = parse_reference_list(
        [
            "Pestoff, V. and T. Brandsen (2008), “Co-production: The third sector and the "
            "delivery of public services,” Public Management Review, 8 (4), 493–501.",
            "——— and ——— (2010), “Public governance and the third sector,” in The New Public "
            "Governance?, S. P. Osborne, ed., London: Routledge, 223–36.",
        ]
    )
    assert [a.family for a in second.authors] == ["Pestoff", "Brandsen"]
    assert [a.family for a in first.authors] == ["Pestoff", "Brandsen"]


def test_dash_and_a_name_keeps_the_name() -> None:
    names = parse_name_list("———, and V. Ostrom").names
    assert [(n.literal, n.family) for n in names] == [(SAME_NAMES_MARK, ""), ("", "Ostrom")]


def test_dotted_acronym_opening_the_title() -> None:
    work = parse_reference(
        "7. J. Fledderus and M. Honingh, AR.CO. In Amsterdam: Neighbours Helping Neighbours "
        "(Governance International, Birmingham, 2015)."
    )
    assert [a.family for a in work.authors] == ["Fledderus", "Honingh"]
    assert work.title == "AR.CO. In Amsterdam: Neighbours Helping Neighbours"


def test_initials_ending_the_names_are_no_acronym() -> None:
    work = parse_reference(
        "Fledderus, J., and Honingh, M.E., Why people co-produce within activation services: "
        "The necessity of motivation and trust, International Review of Administrative "
        "Sciences 82 (2016) 69–87."
    )
    assert [a.family for a in work.authors] == ["Fledderus", "Honingh"]
    assert work.title.startswith("Why people co-produce")


def test_unmarked_names_before_an_article_title_are_its_authors() -> None:
    work = parse_reference(
        "3. Fledderus J and Honingh M: Why people co-produce within activation services: The "
        "necessity of motivation and trust. International Review of Administrative Sciences "
        "82: 69–87, 2016."
    )
    assert [a.family for a in work.authors] == ["Fledderus", "Honingh"]
    assert work.editors == []


def test_editors_mark_run_into_the_last_initial() -> None:
    work = parse_reference(
        "Fledderus, J. 2015. Building trust through public service co-production. In: "
        "Osborne, S.P., Strokosch, K.(Eds.) Public service co-production. Routledge, London. "
        "33–48."
    )
    assert [e.family for e in work.editors] == ["Osborne", "Strokosch"]
    assert work.container_title == "Public service co-production"


def test_pages_mark_run_into_the_pages() -> None:
    work = parse_reference(
        "7. Fledderus J: Building trust through public service co-production. In: Public "
        "service co-production. Osborne SP and Strokosch K (eds.) Routledge, London, "
        "pp33–48, 2015."
    )
    assert work.pages == "33–48"
    assert work.place == "London"


def test_turkish_in_after_the_book() -> None:
    work = parse_reference(
        "Fledderus, J. (2015). Building trust through public service co-production. S. P. "
        "Osborne ve K. Strokosch (Ed.), Public service co-production içinde (ss. 33-48). "
        "London: Routledge."
    )
    assert work.container_title == "Public service co-production"
    assert work.pages == "33–48"


def test_volume_and_year_after_a_slash() -> None:
    work = parse_reference(
        "Fledderus, J.; Honingh, M.: Why people co-produce within activation services. In: "
        "International Review of Administrative Sciences vol. 82 / 2016, number 1, pp. 69–87."
    )
    assert (work.volume, work.year) == ("82", 2016)


@pytest.mark.parametrize(
    "text",
    [
        "Public Health Institute for Wales, Co-Production in Public Health: What It Is and How "
        "to Do It (2013) PHIW <https://www.example.org/guide51.pdf>",
        "Public Health Institute for Wales. (2022, Juli). Developing Our Understanding of "
        "Co-production in Public Health. Diambil 9 Januari 2024, dari "
        "https://www.example.org/coproduction",
    ],
    ids=["comma-after-the-name", "name-alone-before-the-date"],
)
def test_body_name_cut_before_a_comma_or_the_date(text: str) -> None:
    work = parse_reference(text)
    assert [a.literal for a in work.authors] == ["Public Health Institute for Wales"]
    assert work.title.startswith(("Co-Production in Public Health", "Developing Our"))
