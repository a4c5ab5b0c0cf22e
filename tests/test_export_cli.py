"""`coprod-refs export` and `rekey` end to end through the CLI, exit codes included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod_refs.cli import main
from test_export_golden import export_fixture


@pytest.fixture
def store(tmp_path: Path) -> Path:
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    bib = tmp_path / "refs.bib"
    bib.write_text(export_fixture("entry_types", "biblatex")[0], encoding="utf-8")
    root = tmp_path / ".coprod-refs"
    ingest_paths(Store.init(root), [bib])
    return root


def _run(store: Path, *args: str) -> int:
    return main(["--store", str(store), *args])


def test_export_everything_to_stdout(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(store, "export", "--format", "bibtex") == 0
    out = capsys.readouterr().out
    assert out.count("\n@") + out.startswith("@") == 7
    assert "@incollection{steen2018dark," in out


def test_export_to_a_file_with_keys_and_missing(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "keys.txt"
    keys.write_text("# chosen\nostrom1996crossing\nnot-there\n", encoding="utf-8")
    target = tmp_path / "out.bib"
    assert _run(store, "export", "--keys", str(keys), "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert "missing: not-there" in err
    assert target.read_text(encoding="utf-8").startswith("@article{ostrom1996crossing,")


def test_export_exactly_what_a_paper_cites(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tex = tmp_path / "paper.tex"
    tex.write_text("\\textcite{nabatchi2010thesis} % \\cite{ostrom1996crossing}\n")
    aux = tmp_path / "paper.aux"
    aux.write_text("\\abx@aux@cite{0}{steen2018dark}\n")
    assert _run(store, "export", "-f", "csljson", "--tex", str(tex), "--aux", str(aux)) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in items] == ["nabatchi2010thesis", "steen2018dark"]


def test_export_exactly_what_a_markdown_paper_cites(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text("As @steen2018dark shows [see @nabatchi2010thesis, p. 3; @gone].\n")
    assert _run(store, "export", "-f", "csljson", "--md", str(paper)) == 1
    captured = capsys.readouterr()
    assert [i["id"] for i in json.loads(captured.out)] == ["nabatchi2010thesis", "steen2018dark"]
    assert "missing: gone" in captured.err


def test_export_with_a_query(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(store, "export", "-f", "csljson", "deliberative") == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["nabatchi2010thesis"]


def test_export_json_report(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(store, "export", "-f", "ris", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "ris" and report["count"] == 7 and report["missing"] == []
    assert report["text"].startswith("TY  - ")


def test_export_refuses_an_unknown_format(store: Path) -> None:
    assert _run(store, "export", "-f", "endnote") == 2


def test_rekey_renames_and_keeps_the_alias(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(store, "rekey", "ostrom1996crossing", "ostrom1996", "--json") == 0
    assert json.loads(capsys.readouterr().out)["aliases"] == ["ostrom1996crossing"]
    keys = tmp_path / "keys.txt"
    keys.write_text("ostrom1996crossing\n", encoding="utf-8")
    assert _run(store, "export", "-f", "biblatex", "--keys", str(keys)) == 0
    out = capsys.readouterr().out
    assert "@article{ostrom1996,\n  ids = {ostrom1996crossing}," in out
    assert _run(store, "rekey", "steen2018dark", "ostrom1996crossing") == 2
    assert "taken" in capsys.readouterr().err


def test_a_german_title_exports_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coprod_refs.ingest import ingest_paths
    from coprod_refs.store import Store

    listing = tmp_path / "literatur.txt"
    listing.write_text(
        "Literatur\n\nMüller, H. (2017). Koproduktion in der Kommunalverwaltung und im "
        "Quartier. Wiesbaden: Springer VS.\n",
        encoding="utf-8",
    )
    root = tmp_path / ".coprod-refs"
    ingest_paths(Store.init(root), [listing])
    assert _run(root, "export", "--format", "biblatex") == 0
    assert "  langid = {ngerman}\n" in capsys.readouterr().out
    assert _run(root, "export", "--format", "csljson") == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["language"] == "de"
