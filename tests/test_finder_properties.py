"""Properties of the reference-section finder on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.finder import (
    find_reference_entries,
    find_reference_section,
    find_reference_sections,
)
from coprod_refs.parse.section_lines import strip_noise

_LINES = st.sampled_from(
    [
        "References",
        "Bibliography",
        "Download references",
        "Notes",
        "Endnotes",
        "1.",
        "1. Elinor Ostrom, Governing the Commons (Cambridge: CUP, 1990), 45.",
        "2. Ibid., 52.",
        "J. Smith et al.",
        "Secondary sources",
        "Figure 1. The co-production cycle.",
        "Parks, Roger B., Paula C. Baker, and Rick Wilson.",
        "Elke Schmidt is a lecturer at Kassel since 2012.",
        "",
        "  ",
        "Google Scholar",
        "Article\u00a0 Google Scholar",
        "12",
        "Page 3 of 9",
        "• Ostrom, E. (1990). Governing the commons. Cambridge: CUP.",
        "Ostrom, E. (1990). Governing the",
        "    commons. Cambridge: CUP.",
        "Bovaird, T., & Loeffler, E. (2012). From engage-",
        "ment to co-production. Voluntas, 23(4), 1119–1138.",
        "[1] Smith J, Lee K. Title. J Med. 2000;1:1-5.",
        "2. Smith J. Another title. 2001.",
        "Welsh Government. (2014). A report. Cardiff.",
        "———. 2005. A book. Princeton.",
        "LOCAL GOVERNMENT STUDIES",
        "14 J. Smith et al.",
        "Public Administration Review",
        "Review, 16(3), 299–316. https://doi.org/10.1080/14719037.2013.806578",
        "Cabinet Office (2010) Building the Big Society. London: Cabinet Office.",
        "nef (new economics foundation) (2008) Co-production: a manifesto.",
        "BMAS – Bundesministerium für Arbeit und Soziales (2017): Lebenslagen.",
        "Body text that is not a reference at all.",
        "\x0c",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(_LINES, max_size=40).map("\n".join),
    st.lists(_LINES, max_size=40).map("\r\n".join),
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_entries_are_clean_ordered_and_inside_the_sections(text: str):
    entries = find_reference_entries(text)
    section = find_reference_section(text)
    sections = find_reference_sections(text)
    if not entries:
        assert section is None and sections == []
        return
    assert section is not None and sections[-1] == section
    previous_end = 0
    for start, end in sections:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    previous_end = 0
    for entry in entries:
        assert any(start <= entry.start < entry.end <= end for start, end in sections)
        assert previous_end <= entry.start
        assert entry.text and entry.text == " ".join(entry.text.split())
        previous_end = entry.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_strip_noise_never_grows_an_entry(entry: str):
    assert len(strip_noise(entry)) <= len(entry)


@pytest.mark.parametrize(
    "text",
    [
        "(" * 100_000,
        ";" * 100_000,
        "," * 100_000,
        "Smith, " * 30_000,
        "van " * 50_000,
        "References\n" + "Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa Aaaa, " * 5_000,
        "References\n" + ("BMAS – Bund, für " * 20 + "(Aaaa) (bbb) (2017)\n") * 5_000,
        "References\n" + "".join(f"{i} Smith et al.\nSmith, J. (2000). T\n" for i in range(5000)),
        "References\n" + "Smith, J. (2000). Title.\n" * 5_000,
        "References\n" + "• x\nGoogle Scholar\n" * 5_000,
        "References\n" + "Smith, J. (2000). A title\n    that goes on.\n" * 10_000,
        "References\n" + "Smith, J. (2000). A title that\ngoes on.\n\n" * 10_000,
        "References\n" + "".join(f"{i}. Smith J. Title.\n" for i in range(1, 999)) * 10,
        "-\n" * 50_000,
        "\n" * 100_000,
        "Notes\n" + "".join(f"{i}.\nElinor Ostrom, Governing, 1990.\n" for i in range(1, 999)) * 10,
        "Notes\n1. Ibid.\n" * 20_000,
        "References\n" + "Smith, J. (2000). T.\n\nJ. Smith et al.\n\n12\n\n" * 10_000,
        "References\n" + "1.\n" * 50_000,
        "Figure 1. " + "Aa " * 30_000,
        "Parks, Roger B., " * 20_000,
        "Elke Schmidt " * 30_000 + "is a lecturer, 2012.",
        "R E F E R E N C E S\n" * 20_000,
        "References\nSmith, J. (2000). " + "Aaaa bbbb-\ncc dd\n" * 20_000,
        "References\nSmith, J. (2000). " + "a" * 200_000 + "1ab-\ncd",
    ],
    ids=lambda t: repr(t[:14]),
)
@pytest.mark.usefixtures("hang_guard")
def test_pathological_input_finishes(text: str):
    entries = find_reference_entries(text)
    assert all(0 <= e.start < e.end <= len(text) for e in entries)
