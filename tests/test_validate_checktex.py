"""`coprod-refs check-tex`: every key a paper cites must be in the store (aliases count)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod_refs.cli import main
from coprod_refs.model import Graph, Work
from coprod_refs.store import Store

WORKS = [
    Work(key="ostrom1996crossing", aliases=["ostrom1996"], title="Crossing the great divide"),
    Work(key="brudney1983toward", title="Toward a definition of the coproduction concept"),
]


@pytest.fixture
def paper_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COPROD_REFS_STORE", raising=False)
    store = Store.init(tmp_path / ".coprod-refs")
    with store.update() as state:
        state.graph = Graph(works={w.key: w for w in WORKS})
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_all_keys_found_exits_0_and_aliases_count(paper_dir, capsys):
    tex = paper_dir / "paper.tex"
    tex.write_text(
        "As shown \\citep[p.~3]{ostrom1996, brudney1983toward} and \\nocite{*}.\n"
        "% \\cite{commented2000out}\n",
        encoding="utf-8",
    )
    code, out = run(capsys, "check-tex", str(tex))
    assert code == 0
    assert "ostrom1996 is an alias of ostrom1996crossing" in out
    assert "2 cited keys, all found" in out


def test_missing_keys_are_listed_and_exit_1(paper_dir, capsys):
    tex = paper_dir / "paper.tex"
    tex.write_text(
        "\\textcite{brudney1983toward} \\parencite{nobody2001,ostrom1996crossing,ghost1999}\n",
        encoding="utf-8",
    )
    code, out = run(capsys, "check-tex", str(tex), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["missing"] == ["nobody2001", "ghost1999"]
    assert data["cited"] == 4 and data["aliases"] == {}
    code, out = run(capsys, "check-tex", str(tex))
    assert code == 1
    assert "paper.tex: missing key nobody2001" in out
    assert "2 of 4 cited keys missing" in out


def test_aux_file(paper_dir, capsys):
    aux = paper_dir / "paper.aux"
    aux.write_text("\\relax\n\\citation{ostrom1996crossing}\n\\citation{gone2020}\n")
    code, out = run(capsys, "check-tex", str(aux), "--json")
    assert code == 1 and json.loads(out)["missing"] == ["gone2020"]


def test_markdown_paper(paper_dir, capsys):
    paper = paper_dir / "paper.qmd"
    paper.write_text("As @ostrom1996 shows [see @brudney1983toward; @gone2020]; @fig-1.\n")
    code, out = run(capsys, "check-tex", str(paper), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["missing"] == ["gone2020"] and data["cited"] == 3
    assert data["aliases"] == {"ostrom1996": "ostrom1996crossing"}


def test_unreadable_paper_exits_2(paper_dir, capsys):
    assert main(["check-tex", str(paper_dir / "no-such.tex")]) == 2
    assert "no such file" in capsys.readouterr().err
