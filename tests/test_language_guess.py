"""Telling a title's language by its function words, and where the parser and export use it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_refs.export.entry import babel_language
from coprod_refs.parse.reference import parse_reference
from coprod_refs.text.language import guess_language


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Koproduktion in der Kommunalverwaltung und im Quartier", "de"),
        ("Gouvernance des biens communs. Pour une nouvelle approche", "fr"),
        ("Il coinvolgimento dei cittadini nelle scelte pubbliche", "it"),
        ("Van sociale innovatie naar co-creatie en co-productie", "nl"),
        ("Crossing the great divide: Coproduction, synergy, and development", "en"),
        # Too few function words to tell: no language rather than a guess.
        ("Zweiter Engagementbericht", ""),
        ("Democracy in America", ""),
        ("", ""),
    ],
)
def test_function_words_tell_the_language(title: str, expected: str) -> None:
    assert guess_language(title) == expected


@given(st.text(max_size=300))
def test_any_text_gives_a_known_code_or_none(text: str) -> None:
    assert guess_language(text) in {"", "en", "de", "fr", "nl", "it", "es", "pt"}


def test_the_parser_records_languages_other_than_english() -> None:
    german = parse_reference(
        "Müller, H. (2017). Koproduktion in der Kommunalverwaltung und im Quartier. "
        "Wiesbaden: Springer VS."
    )
    english = parse_reference(
        "Ostrom, E. (1996). Crossing the great divide: Coproduction, synergy, and "
        "development. World Development, 24(6), 1073–1087."
    )
    assert (german.language, english.language) == ("de", "")


def test_biblatex_language_names() -> None:
    assert [babel_language(x) for x in ("de", "NL", "ngerman", "klingon", "")] == [
        "ngerman",
        "dutch",
        "ngerman",
        "",
        "",
    ]
