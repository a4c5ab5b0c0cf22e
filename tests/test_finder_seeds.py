"""The reference-section finder on the seeds: 002's 76 entries, nothing in the others."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_refs.parse.finder import find_reference_entries, find_reference_section
from coprod_refs.parse.section_lines import NOISE_PHRASES

SEED_002 = "002_3716a2e5d62b8571.txt"


@pytest.fixture(scope="module")
def text_002(seeds_dir: Path) -> str:
    return (seeds_dir / SEED_002).read_text(encoding="utf-8")


def test_002_has_76_entries(text_002: str):
    assert len(find_reference_entries(text_002)) == 76


def test_002_first_and_last_entries_exactly(text_002: str):
    entries = find_reference_entries(text_002)
    assert entries[0].text == (
        "Alford, J. (2009). Engaging public sector clients: From service delivery to "
        "co-production. Basingstoke and New York: Palgrave Macmillan."
    )
    assert entries[-1].text == (
        "Welsh Government. (2014). Improving public services for people in Wales. Cardiff: "
        "Welsh Government, https://gweddill.gov.wales/docs/dpsp/publications/"
        "140708-response-to-commission-en.pdf. Accessed 28 Mar 2019."
    )
    assert text_002[entries[0].start : entries[0].end] == entries[0].text
    assert text_002[entries[-1].start : entries[-1].end] == entries[-1].text


def test_002_entries_hold_no_noise(text_002: str):
    for entry in find_reference_entries(text_002):
        assert "Google Scholar" not in entry.text
        assert not entry.text.endswith((" Article", " Book", " Chapter"))
        assert "\n" not in entry.text and "\u00a0" not in entry.text
        assert entry.text.lower() not in NOISE_PHRASES


def test_002_every_entry_is_its_bullet_line(text_002: str):
    bullets = [
        " ".join(line.replace("\u00a0", " ").lstrip(" •").split())
        for line in text_002.split("\n")
        if line.startswith("  • ") and "(" in line and line.count(".") > 2
    ]
    assert [e.text for e in find_reference_entries(text_002)] == bullets


def test_002_section_runs_from_the_heading_to_the_last_entry(text_002: str):
    section = find_reference_section(text_002)
    assert section is not None
    start, end = section
    assert text_002[start:].startswith("References\n")
    assert text_002[:end].endswith("Accessed 28 Mar 2019.")
    assert "Download references" not in text_002[start:end]


def test_002_golden(text_002: str, golden: Callable[[str, str], None]):
    rows = [
        {"text": e.text, "start": e.start, "end": e.end, "label": e.label}
        for e in find_reference_entries(text_002)
    ]
    body = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n"
    golden("finder/seed002.json", body)


@pytest.mark.parametrize(
    "seed",
    [
        "000_19786ecd410d86e0.txt",
        "001_c1389e5dd48f0673.txt",
        "003_eec7361a264f92c8.txt",
        "004_9b7535785e60dbee.txt",
    ],
)
def test_texts_without_a_reference_list_have_none(seeds_dir: Path, seed: str):
    text = (seeds_dir / seed).read_text(encoding="utf-8")
    assert find_reference_section(text) is None
    assert find_reference_entries(text) == []


@pytest.mark.parametrize("indent", ["", "    "], ids=["flat", "hanging"])
def test_002_rewrapped_as_pdf_text_gives_the_same_76_entries(text_002: str, indent: str):
    bullets = [e.text for e in find_reference_entries(text_002)]
    wrapped = "\n".join(textwrap.fill(entry, 70, subsequent_indent=indent) for entry in bullets)
    pdf = f"Conclusion text.\n\nREFERENCES\n{wrapped}\n\nAcknowledgements\nThanks.\n"
    assert [e.text for e in find_reference_entries(pdf)] == bullets
