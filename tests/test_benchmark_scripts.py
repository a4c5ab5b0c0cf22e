"""The benchmark scripts of the parser and the finder still run against the library they
some of its inner functions): each is run once, small, and must print its table. No
figure is asserted; the figures are the scripts' own business."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _run(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_parser_accuracy_prints_its_tables() -> None:
    out = _run("parser_accuracy.py", "--no-refextract")
    assert "== coprod-refs, held-out" in out
    assert "== coprod-refs, seed 002 reference list" in out
    assert sum(line.startswith("micro-F1") for line in out.splitlines()) == 2


def test_parser_speed_prints_both_modes() -> None:
    from coprod_refs.parse.compiled import compiled_modules

    out = _run("parser_speed.py", "--repeat", "1", "--no-refextract")
    assert "coprod-refs, cold caches" in out
    assert "coprod-refs, warm caches" in out
    compiled = compiled_modules()
    assert f"compiled modules: {', '.join(compiled)}" in out if compiled else "pure Python)" in out
    assert ("coprod-refs, pure Python, warm caches" in out) == bool(compiled)


def test_finder_accuracy_prints_every_layout() -> None:
    out = _run("finder_accuracy.py", "--lists", "2", "--no-refextract")
    assert "2 lists, 50 references" in out
    rows = [line.split()[0] for line in out.splitlines()[2:]]
    assert rows == ["lines", "blank", "pdf", "hanging", "numbered", "web", "pages"]


def test_parser_styles_prints_a_row_per_style(require_tool: Callable[[str], str]) -> None:
    require_tool("pandoc")
    out = _run("parser_styles.py", "--styles", "apa,ieee")
    rows = [line.split()[0] for line in out.splitlines()[2:4]]
    assert rows == ["apa", "ieee"]
    assert "named styles, test half" in out


def test_the_styles_benchmark_scores_only_what_a_style_prints_as_the_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    from coprod_refs.model.extracted import ExtractedWork, Name

    monkeypatch.syspath_prepend(str(BENCHMARKS))  # the script imports its neighbour
    spec = importlib.util.spec_from_file_location("parser_styles", BENCHMARKS / "parser_styles.py")
    assert spec is not None and spec.loader is not None
    styles = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(styles)
    gold = ExtractedWork(
        type="article-journal",
        title="The ladder of citizen participation",
        authors=[Name(family="Arnstein", given="Sherry R.")],
        container_title="Journal of the American Institute of Planners",
        volume="35",
        issue="4",
        pages="216–224",
        year=1969,
    )
    printed = "4. Arnstein, S. The ladder of citizen participation. Journal 35, 216–224 (1969)."
    kept = styles.printed_gold(gold, printed)
    assert (kept["volume"], kept["issue"], kept["pages"]) == ("35", "", "216224")
    assert styles.printed_gold(gold, printed.replace("35,", "35(4),"))["issue"] == "4"
    undated = gold.model_copy(update={"volume": "", "issue": "", "pages": ""})
    web = "EIPA. Title. https://www.eipa.eu/ (accessed 2019-11-30)."
    assert styles.printed_gold(undated.model_copy(update={"year": 2019}), web)["year"] == ""
    dated = "EIPA. Title. 2019. https://www.eipa.eu/ (accessed 2019-11-30)."
    assert styles.printed_gold(undated.model_copy(update={"year": 2019}), dated)["year"] == "2019"
    site = gold.model_copy(update={"container_title": "SCIE", "volume": "", "issue": ""})
    linked = "Title. 2013. https://www.scie.org.uk/guides/guide51/."
    assert styles.printed_gold(site, linked)["container"] == ""
    assert styles.printed_gold(site, linked.replace("2013.", "2013. SCIE."))["container"] == "scie"
    roman = "Arnstein 1969: S. Arnstein, Title, “Journal” XXXV, 4, 1969, pp. 216–224."
    assert styles.printed_gold(gold, roman)["volume"] == "xxxv"
    assert styles.printed_gold(gold.model_copy(update={"volume": "107"}), roman)["volume"] == ""
    small = "Arnstein, S., ‘Title’, Journal xxxv/4 (1969), 216–24."
    assert styles.printed_gold(gold, small)["volume"] == "xxxv"
    first_page = "Arnstein S. The ladder. Journal 1969; 35: 216."
    assert styles.printed_gold(gold, first_page)["pages"] == "216"
    no_break = "Arnstein S., « The ladder », Journal, 1969, vol. 35, nᵒ 4, p. 216\u2011224."
    assert styles.printed_gold(gold, no_break)["pages"] == "216224"
    no_issue = "Arnstein S. The ladder. Journal (1969) 35:4–12."
    assert styles.printed_gold(gold, no_issue)["issue"] == ""
    french = "Arnstein S., « The ladder », Journal, 35-4, 1969, p. 216-224."
    assert styles.printed_gold(gold, french)["issue"] == "4"
    chinese = "S. Arnstein：《The ladder》，载《Journal》1969年第4期。"
    assert styles.printed_gold(gold, chinese)["issue"] == "4"
    assert styles.printed_gold(gold, chinese.replace("第4期", "第44期"))["issue"] == ""
