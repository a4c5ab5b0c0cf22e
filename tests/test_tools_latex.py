"""The proof with the real tools: every export fixture, hostile ones included, compiles with
bibtex (plain, apalike), biber (biblatex authoryear) and pandoc's citeproc with no error
and no bibliography warning. Skipped where a tool is missing; required in CI.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from test_export_golden import FIXTURE_NAMES, export_fixture

pytestmark = pytest.mark.tools

_KEY = re.compile(r"^@\w+\{([^,]+),", re.MULTILINE)
_PREAMBLE = "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n"


def _bib(fmt: str, names: list[str], **options: object) -> str:
    return "\n".join(export_fixture(name, fmt, **options)[0] for name in names)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=300, check=False
    )


def _latex(tool: str, cwd: Path) -> None:
    result = _run([tool, "-interaction=nonstopmode", "-halt-on-error", "paper.tex"], cwd)
    assert result.returncode == 0, result.stdout[-3000:]


def _latex_log_problems(cwd: Path) -> list[str]:
    log = (cwd / "paper.log").read_text(encoding="utf-8", errors="replace")
    return [
        line
        for line in log.splitlines()
        if line.startswith("!")
        or "Missing character" in line
        or re.search(r"Citation .* undefined|biblatex Warning|Empty bibliography", line)
    ]


def _unicode_safe(names: list[str]) -> list[str]:
    """Fixtures whose UTF-8 BibLaTeX pdflatex can typeset (no engine warning)."""
    safe = []
    for name in names:
        _, warnings = export_fixture(name, "biblatex")
        if not any("pdflatex cannot typeset" in m for _, m in warnings):
            safe.append(name)
    return safe


@pytest.mark.parametrize("style", ["plain", "apalike"])
def test_bibtex_compiles_every_fixture_without_warnings(
    style: str, tmp_path: Path, require_tool: Callable[[str], str]
) -> None:
    pdflatex, bibtex = require_tool("pdflatex"), require_tool("bibtex")
    bib = _bib("bibtex", FIXTURE_NAMES)
    keys = _KEY.findall(bib)
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(
        _PREAMBLE + "\\begin{document}\n"
        f"Cited: \\cite{{{','.join(keys)}}}.\n"
        f"\\bibliographystyle{{{style}}}\n\\bibliography{{refs}}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    _latex(pdflatex, tmp_path)
    result = _run([bibtex, "paper"], tmp_path)
    blg = (tmp_path / "paper.blg").read_text(encoding="utf-8", errors="replace")
    assert result.returncode == 0, blg
    assert "Warning--" not in blg and "error message" not in blg, blg
    _latex(pdflatex, tmp_path)
    _latex(pdflatex, tmp_path)
    assert _latex_log_problems(tmp_path) == []
    bbl = (tmp_path / "paper.bbl").read_text(encoding="utf-8", errors="replace")
    assert bbl.count("\\bibitem") == len(keys)


@pytest.mark.parametrize("encoding", ["ascii", "utf8"])
def test_biber_compiles_every_fixture_without_warnings(
    encoding: str, tmp_path: Path, require_tool: Callable[[str], str]
) -> None:
    pdflatex, biber = require_tool("pdflatex"), require_tool("biber")
    names = FIXTURE_NAMES if encoding == "ascii" else _unicode_safe(FIXTURE_NAMES)
    bib = _bib("biblatex", names, ascii_only=encoding == "ascii")
    keys = _KEY.findall(bib)
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(
        _PREAMBLE + "\\usepackage[backend=biber,style=authoryear]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n"
        f"Cited: \\cite{{{','.join(keys)}}}.\n\\printbibliography\n\\end{{document}}\n",
        encoding="utf-8",
    )
    _latex(pdflatex, tmp_path)
    result = _run([biber, "paper"], tmp_path)
    blg = (tmp_path / "paper.blg").read_text(encoding="utf-8", errors="replace")
    assert result.returncode == 0, blg
    assert [line for line in blg.splitlines() if "WARN" in line or "ERROR" in line] == []
    _latex(pdflatex, tmp_path)
    _latex(pdflatex, tmp_path)
    assert _latex_log_problems(tmp_path) == []
    bbl = (tmp_path / "paper.bbl").read_text(encoding="utf-8", errors="replace")
    assert bbl.count("\\entry{") == len(keys)


@pytest.mark.parametrize("fmt", ["csljson", "biblatex"])
def test_pandoc_citeproc_reads_every_fixture_without_warnings(
    fmt: str, tmp_path: Path, require_tool: Callable[[str], str]
) -> None:
    pandoc = require_tool("pandoc")
    if fmt == "csljson":
        items = [i for n in FIXTURE_NAMES for i in json.loads(export_fixture(n, fmt)[0])]
        bibliography = tmp_path / "refs.json"
        bibliography.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
        keys = [item["id"] for item in items]
    else:
        bib = _bib(fmt, FIXTURE_NAMES)
        bibliography = tmp_path / "refs.bib"
        bibliography.write_text(bib, encoding="utf-8")
        keys = _KEY.findall(bib)
    (tmp_path / "paper.md").write_text(
        "Cited: [" + "; ".join(f"@{k}" for k in keys) + "].\n", encoding="utf-8"
    )
    result = _run(
        [pandoc, "paper.md", "--citeproc", "--bibliography", bibliography.name, "-t", "plain"],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    assert "Grönroos" in result.stdout
    assert "???" not in result.stdout


@pytest.mark.parametrize("fmt", ["csljson", "bibtex"])
def test_a_markdown_paper_builds_with_exactly_the_entries_it_cites(
    fmt: str, tmp_path: Path, require_tool: Callable[[str], str]
) -> None:
    from coprod_refs.cli import main
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    pandoc = require_tool("pandoc")
    bib = tmp_path / "library.bib"
    bib.write_text(export_fixture("entry_types", "biblatex")[0], encoding="utf-8")
    store = tmp_path / ".coprod-refs"
    ingest_paths(Store.init(store), [bib])
    paper = tmp_path / "paper.md"
    paper.write_text(
        "As @steen2018dark shows [see @nabatchi2010thesis, p. 3; also @ostrom1996crossing]"
        " and [-@steen2018dark]. Write to ann@example.org.\n",
        encoding="utf-8",
    )
    refs = tmp_path / ("refs.json" if fmt == "csljson" else "refs.bib")
    args = ["--store", str(store), "export", "-f", fmt, "--md", str(paper), "-o", str(refs)]
    assert main(args) == 0
    result = _run(
        [pandoc, "paper.md", "--citeproc", "--bibliography", refs.name, "-t", "plain"], tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    assert "???" not in result.stdout
    written = refs.read_text(encoding="utf-8")
    keys = [i["id"] for i in json.loads(written)] if fmt == "csljson" else _KEY.findall(written)
    assert sorted(keys) == ["nabatchi2010thesis", "ostrom1996crossing", "steen2018dark"]


def test_every_latex_form_in_the_escape_table_compiles(
    tmp_path: Path, require_tool: Callable[[str], str]
) -> None:
    from coprod_refs.export.escape import latex_table

    pdflatex = require_tool("pdflatex")
    forms = sorted(set(latex_table().values()))
    body = "\n".join(f"{form}\\par" for form in forms)
    (tmp_path / "paper.tex").write_text(
        _PREAMBLE + "\\tracinglostchars=2\n\\begin{document}\n" + body + "\n\\end{document}\n",
        encoding="utf-8",
    )
    _latex(pdflatex, tmp_path)
    assert _latex_log_problems(tmp_path) == []
