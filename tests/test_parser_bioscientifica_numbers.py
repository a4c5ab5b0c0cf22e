"""Bioscientifica's journal numbers, year, volume and pages parted by spaces alone
("Public Money and Management 2019 39 241–252."), however the labeller cut them: the
year read with the volume ("2017 83"), the volume with the pages ("107 726–741."), or the
journal read as a publisher."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.reference import parse_reference
from coprod_refs.parse.repairs import repair_segments


@pytest.mark.parametrize(
    ("text", "journal", "year", "volume", "pages"),
    [
        (
            "5 Whitaker GP. Coproduction: citizen participation in service delivery. Public "
            "Administration Review 1980 40 240–246.",
            "Public Administration Review",
            1980,
            "40",
            "240–246",
        ),
        (
            "12 Sharp EB. Toward a new understanding of urban services and citizen "
            "participation. Urban Affairs Quarterly 1980 14 105–118.",
            "Urban Affairs Quarterly",
            1980,
            "14",
            "105–118",
        ),
    ],
)
def test_year_volume_and_pages_parted_by_spaces(
    text: str, journal: str, year: int, volume: str, pages: str
) -> None:
    work = parse_reference(text)
    assert (work.container_title, work.year, work.volume, work.pages) == (
        journal,
        year,
        volume,
        pages,
    )


def _pairs(segments: list[Segment]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in segments]


def test_year_and_volume_read_as_one_volume() -> None:
    segments = [
        Segment("title", "The state and civil society.", 0.9),
        Segment("journal", "International Review of Administrative Sciences", 0.9),
        Segment("volume", "2017 83", 0.9),
        Segment("pages", "676–693.", 0.9),
    ]
    assert _pairs(repair_segments(segments))[2:] == [
        ("date", "2017"),
        ("volume", "83"),
        ("pages", "676–693."),
    ]


def test_volume_and_range_read_as_the_pages() -> None:
    segments = [
        Segment("title", "Co-production and value.", 0.9),
        Segment("journal", "American Political Science Review", 0.9),
        Segment("date", "2013", 0.9),
        Segment("pages", "107 726–741.", 0.9),
    ]
    assert _pairs(repair_segments(segments))[3:] == [("volume", "107"), ("pages", "726–741")]


def test_journal_read_as_publisher_before_its_numbers() -> None:
    segments = [
        Segment("title", "Co-commissioning of public services.", 0.9),
        Segment("publisher", "Public Money and Management", 0.9),
        Segment("date", "2019", 0.9),
        Segment("volume", "39", 0.9),
        Segment("pages", "241–252.", 0.9),
    ]
    assert _pairs(repair_segments(segments))[1] == ("journal", "Public Money and Management")


def test_a_books_imprint_before_its_volume_stays() -> None:
    segments = [
        Segment("title", "Jewish Acceptance of Hellenism,", 0.9),
        Segment("location", "London:", 0.9),
        Segment("publisher", "SCM,", 0.9),
        Segment("date", "1981),", 0.9),
        Segment("volume", "II,", 0.9),
        Segment("pages", "pp. 64-87.", 0.9),
    ]
    assert _pairs(repair_segments(segments))[2] == ("publisher", "SCM,")
