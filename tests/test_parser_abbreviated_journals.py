"""Abbreviated journals cut after their first words, which were read into the title, as
botany and zoology print them with no stop between the title and the journal:
"Revisio generis Cochlearia L., 2. Novosti Sist. Vyssh. Rast. 7: 167–195."."""

from __future__ import annotations

import pytest

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs import repair_segments


@pytest.mark.parametrize(
    ("title", "journal", "kept", "moved"),
    [
        (
            "Revisio generis Cochlearia L., 2. Novosti Sist.",
            "Vyssh. Rast.",
            "Revisio generis Cochlearia L., 2.",
            "Novosti Sist. Vyssh. Rast.",
        ),
        (
            "Novye vidy roda Corispermum L. (Corispermi generis species novae.) Izv.",
            "Glavn. Bot. Sada S.S.S.R.",
            "Novye vidy roda Corispermum L. (Corispermi generis species novae.)",
            "Izv. Glavn. Bot. Sada S.S.S.R.",
        ),
    ],
)
def test_journal_abbreviations_read_into_the_title(
    title: str, journal: str, kept: str, moved: str
) -> None:
    segments = [
        Segment("author", "Pobedimova, E.", 1.0),
        Segment("date", "1970.", 1.0),
        Segment("title", title, 0.9),
        Segment("journal", journal, 0.9),
        Segment("volume", "7:", 1.0),
        Segment("pages", "167–195.", 1.0),
    ]
    repaired = repair_segments(segments)
    assert [(s.label, s.text) for s in repaired[2:4]] == [("title", kept), ("journal", moved)]


@pytest.mark.parametrize(
    ("title", "journal"),
    [
        # "Part I." is the title's part, not the journal's
        ("The genus Carex in Europe. Part I.", "Bot. Zhurn."),
        # an initial after a full word: a botanical authority
        ("Notes on the genus Salix L.", "Bot. Zhurn."),
        # a journal written out in full has no abbreviations to take back
        ("Flora of the Caucasus. Novosti Sist.", "Botanical Journal"),
    ],
)
def test_title_ends_that_stay(title: str, journal: str) -> None:
    segments = [
        Segment("author", "Smith, J.", 1.0),
        Segment("title", title, 0.9),
        Segment("journal", journal, 0.9),
        Segment("volume", "75:", 1.0),
    ]
    repaired = repair_segments(segments)
    assert [(s.label, s.text) for s in repaired[1:3]] == [("title", title), ("journal", journal)]
