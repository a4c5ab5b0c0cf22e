"""Golden exports: one fixture per symptom (tests/fixtures/export/<name>.json), its BibTeX
beside it (<name>.bib), the other formats and every warning under tests/golden/export/.

Regenerate after a reviewed change with `python -m pytest tests/test_export_golden.py
--update-golden`, then read the diff.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from coprod_refs.export import ExportOptions, export_works
from coprod_refs.model import Agent, Graph, Venue, Work

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "export"
FIXTURE_NAMES = sorted(p.stem for p in FIXTURES.glob("*.json"))
OTHER_FORMATS = {"biblatex": ".biblatex.bib", "csljson": ".json", "ris": ".ris"}

_AGENT = TypeAdapter(Agent)


def load_fixture(name: str) -> Graph:
    """The graph a fixture file describes: agents, venues and works as stored records."""
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    graph = Graph()
    graph.agents = {a["id"]: _AGENT.validate_python(a) for a in data.get("agents", [])}
    graph.venues = {v["id"]: Venue.model_validate(v) for v in data.get("venues", [])}
    graph.works = {w["key"]: Work.model_validate(w) for w in data["works"]}
    return graph


def export_fixture(name: str, fmt: str, **options: object) -> tuple[str, list[tuple[str, str]]]:
    """A fixture's works (sorted by key) exported in `fmt`: text and warnings."""
    graph = load_fixture(name)
    works = [graph.works[k] for k in sorted(graph.works)]
    result = export_works(works, graph, fmt, ExportOptions.model_validate(options))
    return result.text, result.warnings


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_bibtex_matches_the_expected_file_beside_the_fixture(
    name: str, request: pytest.FixtureRequest
) -> None:
    text, _ = export_fixture(name, "bibtex")
    expected = FIXTURES / f"{name}.bib"
    if request.config.getoption("--update-golden"):
        expected.write_text(text, encoding="utf-8")
    assert expected.exists(), f"{expected} missing: run pytest --update-golden"
    assert text == expected.read_text(encoding="utf-8"), f"BibTeX differs from {expected}"


@pytest.mark.parametrize("fmt", sorted(OTHER_FORMATS))
@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_other_formats_match_golden(
    name: str, fmt: str, golden: Callable[[str, str], None]
) -> None:
    text, _ = export_fixture(name, fmt)
    golden(f"export/{name}{OTHER_FORMATS[fmt]}", text)


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_warnings_match_golden(name: str, golden: Callable[[str, str], None]) -> None:
    lines = []
    for fmt in ("bibtex", "biblatex", "csljson", "ris"):
        _, warnings = export_fixture(name, fmt)
        lines += [f"{fmt}\t{key}\t{message}" for key, message in warnings]
    golden(f"export/{name}.warnings.txt", "".join(line + "\n" for line in lines))


def test_the_bibtexparser_writer_gives_the_same_bytes_as_the_fast_layout() -> None:
    for name in FIXTURE_NAMES:
        for fmt in ("bibtex", "biblatex"):
            fast, _ = export_fixture(name, fmt)
            reference, _ = export_fixture(name, fmt, bibtexparser_writer=True)
            assert fast == reference, (name, fmt)


def test_same_store_gives_the_same_bytes() -> None:
    for name in FIXTURE_NAMES:
        for fmt in ("bibtex", "biblatex", "csljson", "ris"):
            assert export_fixture(name, fmt) == export_fixture(name, fmt)
