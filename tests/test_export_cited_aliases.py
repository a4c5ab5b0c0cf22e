"""A paper that cites a work by one of its aliases (a key an imported .bib gave it, a key
renamed since) finds the entry under that key in every format, BibTeX's included, which
has no `ids`."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from coprod_refs.export import export_works
from coprod_refs.export.selection import select_works
from coprod_refs.model import Body, Graph, Work


def _graph() -> Graph:
    graph = Graph()
    graph.agents = {"body-who": Body(id="body-who", name="World Health Organization")}
    graph.works = {
        "world2010framework": Work(
            key="world2010framework",
            type="report",
            title="Framework for action on interprofessional education",
            year=2010,
            authors=["body-who"],
            publisher="World Health Organization",
            aliases=["WHO:framework2010", "who2010"],
        ),
        "ostrom1990governing": Work(
            key="ostrom1990governing",
            type="book",
            title="Governing the commons",
            year=1990,
            authors=["body-who"],
        ),
    }
    return graph


def _aux(tmp_path: Path, *keys: str) -> Path:
    path = tmp_path / "paper.aux"
    path.write_text("\\relax\n" + "".join(f"\\citation{{{k}}}\n" for k in keys), encoding="utf-8")
    return path


def test_a_work_cited_by_an_alias_is_exported_under_it(tmp_path: Path) -> None:
    selection = select_works(
        _graph(), aux=_aux(tmp_path, "WHO:framework2010", "ostrom1990governing")
    )
    assert [(w.key, w.aliases) for w in selection.works] == [
        ("WHO:framework2010", ["world2010framework", "who2010"]),
        ("ostrom1990governing", []),
    ]
    bibtex = export_works(selection.works, _graph(), "bibtex").text
    assert bibtex.startswith("@techreport{WHO:framework2010,")


def test_biblatex_keeps_the_key_and_writes_the_aliases_as_ids(tmp_path: Path) -> None:
    aux = _aux(tmp_path, "WHO:framework2010")
    selection = select_works(_graph(), aux=aux, under_cited_keys=False)
    biblatex = export_works(selection.works, _graph(), "biblatex").text
    assert "@report{world2010framework,\n  ids = {WHO:framework2010, who2010}," in biblatex


@pytest.mark.parametrize(
    "keys",
    [
        ("world2010framework",),  # the key itself
        ("world2010framework", "who2010"),  # two names of one work: the key stays
        ("who2010", "WHO:framework2010"),
    ],
)
def test_a_work_cited_by_its_key_or_by_several_names_keeps_its_key(
    keys: tuple[str, ...], tmp_path: Path
) -> None:
    selection = select_works(_graph(), aux=_aux(tmp_path, *keys))
    assert [w.key for w in selection.works] == ["world2010framework"]


def test_an_export_of_everything_keeps_every_key() -> None:
    assert [w.key for w in select_works(_graph()).works] == [
        "ostrom1990governing",
        "world2010framework",
    ]


@pytest.mark.tools
def test_bibtex_finds_the_entry_a_paper_cites_by_an_alias(
    tmp_path: Path, require_tool: Callable[[str], str]
) -> None:
    pdflatex, bibtex = require_tool("pdflatex"), require_tool("bibtex")
    selection = select_works(_graph(), aux=_aux(tmp_path, "who2010"))
    (tmp_path / "refs.bib").write_text(
        export_works(selection.works, _graph(), "bibtex").text, encoding="utf-8"
    )
    (tmp_path / "paper.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\nAs \\cite{who2010} says.\n"
        "\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    run = {"cwd": tmp_path, "capture_output": True, "text": True, "check": False}
    subprocess.run([pdflatex, "-interaction=nonstopmode", "paper.tex"], **run)  # type: ignore[call-overload]
    result = subprocess.run([bibtex, "paper"], **run)  # type: ignore[call-overload]
    assert result.returncode == 0, result.stdout
    assert "Warning--" not in result.stdout, result.stdout
    assert "Framework for action" in (tmp_path / "paper.bbl").read_text(encoding="utf-8")
