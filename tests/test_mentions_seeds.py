"""In-text citations of the seed full texts 001 and 003, checked against hand-read lists.

The golden lists in tests/golden/mentions/ were written by reading each text line by
line; `pytest --update-golden` rewrites them from the current output (review the diff).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_refs.model.extracted import ExtractedMention
from coprod_refs.parse.finder import find_reference_section
from coprod_refs.parse.mentions import find_mentions

SEED_001 = "001_c1389e5dd48f0673.txt"
SEED_003 = "003_eec7361a264f92c8.txt"


def read(seeds_dir: Path, name: str) -> str:
    return (seeds_dir / name).read_text(encoding="utf-8")


def as_golden(mentions: list[ExtractedMention]) -> str:
    rows = [
        {
            "surface": m.surface,
            "authors": m.authors,
            "et_al": m.et_al,
            "year": m.year,
            "suffix": m.year_suffix,
            "no_date": m.no_date,
            "locator": m.locator,
            "prefix": m.prefix,
            "narrative": m.narrative,
            "start": m.start,
        }
        for m in mentions
    ]
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


@pytest.mark.parametrize(("seed", "golden_name"), [(SEED_001, "seed001"), (SEED_003, "seed003")])
def test_every_citation_of_the_seed_is_found(
    seeds_dir: Path, golden: Callable[[str, str], None], seed: str, golden_name: str
):
    text = read(seeds_dir, seed)
    golden(f"mentions/{golden_name}.json", as_golden(find_mentions(text)))


@pytest.mark.parametrize("seed", [SEED_001, SEED_003])
def test_offsets_point_at_the_surface_in_the_original_text(seeds_dir: Path, seed: str):
    text = read(seeds_dir, seed)
    mentions = find_mentions(text)
    assert mentions
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface


def test_counts_of_the_seed_citations(seeds_dir: Path):
    assert len(find_mentions(read(seeds_dir, SEED_001))) == 57
    assert len(find_mentions(read(seeds_dir, SEED_003))) == 18


def test_a_citation_broken_across_lines_keeps_the_line_break_in_its_surface(seeds_dir: Path):
    text = read(seeds_dir, SEED_003)
    broken = [m for m in find_mentions(text) if "\n" in m.surface]
    assert [(m.surface, m.year) for m in broken] == [
        ("Pestoff & Brandsen, 2008\n& 2009", 2008),
        ("Pestoff & Brandsen, 2008\n& 2009", 2009),
        ("Brandsen &\nPestoff, 2006", 2006),
    ]
    assert broken[2].prefix == "see"


def test_context_is_the_whole_sentence_on_one_line(seeds_dir: Path):
    text = read(seeds_dir, SEED_001)
    by_surface = {m.surface: m for m in find_mentions(text)}
    assert by_surface["Alford (2009, p. 183)"].context == (
        "Again, for some authors, coproduction involves only voluntary contribution to "
        "services (Brudney & England, 1983) or, as Alford (2009, p. 183) puts it, “clients "
        "taking positive actions which contribute to organizational purposes,” while other "
        "definitions (including ours) also cover coerced compliance, e.g. with ordinances "
        "and other legal duties."
    )


def test_context_joins_a_sentence_split_by_a_page_break(seeds_dir: Path):
    text = read(seeds_dir, SEED_003)
    bouchard = next(m for m in find_mentions(text) if m.authors == ["Bouchard"])
    assert bouchard.context.startswith("These include the issues of the nature of co-production")
    assert "development of service quality in public services (Bouchard, et al., 2006)" in (
        bouchard.context
    )
    assert "\n" not in bouchard.context


def test_false_friends_in_the_seeds_are_not_citations(seeds_dir: Path):
    surfaces = " | ".join(
        m.surface for seed in (SEED_001, SEED_003) for m in find_mentions(read(seeds_dir, seed))
    )
    for phrase in ("Nobel", "1970s", "this volume", "N = 78", "Act of 1964", "index score"):
        assert phrase not in surfaces


def test_the_reference_list_of_002_holds_no_mentions_once_excluded(seeds_dir: Path):
    text = read(seeds_dir, "002_3716a2e5d62b8571.txt")
    section = find_reference_section(text)
    assert section is not None
    assert find_mentions(text, exclude=[section]) == []
