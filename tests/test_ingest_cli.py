"""`ingest` and the store commands end to end: order independence, idempotence, bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEED_001 = "001_c1389e5dd48f0673.txt"
SEED_002 = "002_3716a2e5d62b8571.txt"


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the CLI as a user would, in `cwd`."""
    return subprocess.run(
        [sys.executable, "-m", "coprod_refs", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        timeout=300,
    )


def snapshot(store: Path) -> dict[str, bytes]:
    """Every committed file of a store, by relative path."""
    return {
        p.relative_to(store).as_posix(): p.read_bytes()
        for p in sorted(store.rglob("*"))
        if p.is_file() and "cache" not in p.parts and p.name != ".lock"
    }


@pytest.fixture
def seeds_copy(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    return folder


def test_files_ingested_together_give_byte_identical_stores_in_any_order(
    tmp_path: Path, seeds_copy: Path
):
    for store, files in (("a", (SEED_001, SEED_002)), ("b", (SEED_002, SEED_001))):
        result = run("--store", store, "ingest", *(f"seeds/{f}" for f in files), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")


def _records(path: Path, field: str) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {record[field]: record for record in map(json.loads, lines)}


def test_a_later_ingest_keeps_every_key_and_id_given_before(tmp_path: Path, seeds_copy: Path):
    """Seed 001 cites Ostrom (1996) with no reference list, which makes a stub; seed 002
    lists the full record, which keeps the stub's key."""
    assert run("--store", "s", "ingest", f"seeds/{SEED_001}", cwd=tmp_path).returncode == 0
    works = _records(tmp_path / "s" / "works.jsonl", "key")
    agents = _records(tmp_path / "s" / "agents.jsonl", "id")
    assert works["ostrom1996"]["stub"] is True
    assert run("--store", "s", "ingest", f"seeds/{SEED_002}", cwd=tmp_path).returncode == 0
    works_after = _records(tmp_path / "s" / "works.jsonl", "key")
    assert works.keys() <= works_after.keys()
    assert agents.keys() <= _records(tmp_path / "s" / "agents.jsonl", "id").keys()
    assert "stub" not in works_after["ostrom1996"]
    assert "ostrom1996crossing" not in works_after


def test_reingest_changes_nothing(tmp_path: Path, seeds_copy: Path):
    assert run("--store", "s", "ingest", "seeds", cwd=tmp_path).returncode == 0
    before = snapshot(tmp_path / "s")
    again = run("--store", "s", "ingest", "seeds", "--json", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["added"] == [] and len(report["unchanged"]) == 5
    assert snapshot(tmp_path / "s") == before


def test_store_found_upward_like_git(tmp_path: Path, seeds_copy: Path):
    assert run("init", cwd=tmp_path).returncode == 0
    assert run("ingest", f"seeds/{SEED_002}", cwd=tmp_path).returncode == 0
    deeper = tmp_path / "seeds"
    shown = run("show", "brudney1983toward", "--json", cwd=deeper)
    assert shown.returncode == 0, shown.stderr
    detail = json.loads(shown.stdout)
    assert detail["item"]["id"] == "brudney1983toward"
    assert detail["item"]["title"] == "Toward a definition of the coproduction concept"
    env_store = run(
        "stats", "--json", cwd=Path("/"), env={"COPROD_REFS_STORE": str(tmp_path / ".coprod-refs")}
    )
    assert json.loads(env_store.stdout)["sources"] == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Ostrom, E. (1990). Gr\u00f6nroos.\n".encode("latin-1"), "not UTF-8"),
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file, not text: extract"),
        ("chapter.docx", b"PK\x03\x04\x14\x00\x06\x00", "a zipped file"),
        ("bom-only.txt", "\ufeff \n".encode("utf-16"), "empty file"),
    ],
)
def test_bad_input_is_one_line_error_and_store_untouched(
    tmp_path: Path, seeds_copy: Path, name: str, content: bytes, message: str
):
    assert run("--store", "s", "ingest", f"seeds/{SEED_002}", cwd=tmp_path).returncode == 0
    before = snapshot(tmp_path / "s")
    (tmp_path / name).write_bytes(content)
    result = run("--store", "s", "ingest", f"seeds/{SEED_001}", name, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {name}")
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path / "s") == before


def test_missing_input_file(tmp_path: Path):
    result = run("--store", "s", "ingest", "nope.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: nope.txt: no such file or directory"


def test_corrupted_store_is_refused_with_file_and_line(tmp_path: Path, seeds_copy: Path):
    assert run("--store", "s", "ingest", f"seeds/{SEED_002}", cwd=tmp_path).returncode == 0
    works = tmp_path / "s" / "works.jsonl"
    lines = works.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2][:40]
    works.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = snapshot(tmp_path / "s")
    for args in (("list",), ("ingest", f"seeds/{SEED_001}")):
        result = run("--store", "s", *args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.startswith(
            f"error: {works.as_posix()}:3: "
        ) or result.stderr.startswith("error: s/works.jsonl:3: "), result.stderr
        assert "Traceback" not in result.stderr
        assert snapshot(tmp_path / "s") == before


def test_citations_json_shape(tmp_path: Path, seeds_copy: Path):
    assert run("--store", "s", "ingest", "seeds", cwd=tmp_path).returncode == 0
    result = run("--store", "s", "citations", "--json", cwd=tmp_path)
    citations = json.loads(result.stdout)
    assert citations
    mentioned = [c for c in citations if c["mentions"]]
    assert set(mentioned[0]) == {"citing", "cited", "listed", "mentions"}
    assert set(mentioned[0]["mentions"][0]) == {
        "surface",
        "locator",
        "context",
        "source",
        "start",
        "end",
        "narrative",
    }
    assert mentioned[0]["mentions"][0]["source"].startswith("seeds/")


def test_piped_output_has_no_colour_codes(tmp_path: Path, seeds_copy: Path):
    assert run("--store", "s", "ingest", "seeds", cwd=tmp_path).returncode == 0
    for command in (("list",), ("stats",), ("show", "brudney1983toward")):
        result = run("--store", "s", *command, cwd=tmp_path, env={"NO_COLOR": ""})
        assert result.returncode == 0
        assert "\x1b[" not in result.stdout


def test_show_prints_each_mention_on_one_line_with_its_locator_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Title of a paper\n\nCo-production was defined early (Ostrom,\n1996: 1073). It spread."
        "\n\nReferences\n\nOstrom, E. (1996). Crossing the great divide: Coproduction, synergy,"
        " and development. World Development, 24(6), 1073-1087.\n",
        encoding="utf-8",
    )
    assert run("--store", "s", "ingest", "a.txt", cwd=tmp_path).returncode == 0
    shown = run("--store", "s", "show", "ostrom1996crossing", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    mention = shown.stdout.splitlines()[-1]
    assert mention == (
        "    - Co-production was defined early (Ostrom, 1996: 1073).  [Ostrom, 1996: 1073]"
    )


def test_utf16_text_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    listing = (
        "References\n\nOstrom, E. (1996). Crossing the great divide. World Development, "
        "24(6), 1073–1087.\n"
    )
    (tmp_path / "refs.txt").write_bytes(listing.encode("utf-16"))
    assert run("--store", "s", "ingest", "refs.txt", cwd=tmp_path).returncode == 0
    listed = run("--store", "s", "list", "--json", cwd=tmp_path)
    assert [w["title"] for w in json.loads(listed.stdout)] == ["Crossing the great divide"]


def test_directory_with_nothing_to_ingest_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "a.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "empty").mkdir()
    for folder, says in (("pdfs", "1 PDF or word-processor file(s): extract"), ("empty", "")):
        result = run("--store", "s", "ingest", folder, cwd=tmp_path)
        assert result.returncode == 2
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"error: {folder}: nothing to ingest: no file ending in ")
        assert says in line
    assert not (tmp_path / "s" / "works.jsonl").exists()


def test_every_unreadable_file_of_a_directory_is_named_and_nothing_stored(
    tmp_path: Path, seeds_copy: Path
) -> None:
    assert run("--store", "s", "ingest", f"seeds/{SEED_002}", cwd=tmp_path).returncode == 0
    before = snapshot(tmp_path / "s")
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(seeds_copy / SEED_001, folder / "a.txt")
    (folder / "b.txt").write_bytes("Gr\u00f6nroos (1990).\n".encode("latin-1"))
    (folder / "c.txt").write_bytes(b"")
    result = run("--store", "s", "ingest", "mixed", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: mixed/b.txt:1: not UTF-8 text (invalid byte 0xf6); "
        "1 more file(s) cannot be read either: mixed/c.txt"
    )
    assert snapshot(tmp_path / "s") == before


def test_files_a_directory_ingest_leaves_out_are_reported(tmp_path: Path, seeds_copy: Path) -> None:
    (seeds_copy / "notes.tex").write_text("\\cite{x}\n", encoding="utf-8")
    result = run("--store", "s", "ingest", "seeds", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["skipped"] == ["seeds/notes.tex"]
    again = run("--store", "t", "ingest", "seeds", cwd=tmp_path)
    assert again.stderr.strip().endswith("name one to read it as text): seeds/notes.tex")


def test_rebuild_restores_graph_files_cut_short(tmp_path: Path, seeds_copy: Path) -> None:
    assert run("--store", "s", "ingest", "seeds", cwd=tmp_path).returncode == 0
    before = snapshot(tmp_path / "s")
    for name in ("works.jsonl", "citations.jsonl"):
        path = tmp_path / "s" / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(lines[: len(lines) // 3]), encoding="utf-8")
    result = run("--store", "s", "rebuild", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["works"] + counts["stubs"] == before["works.jsonl"].count(b"\n")
    assert snapshot(tmp_path / "s") == before


def test_a_text_in_which_nothing_is_found_is_named_in_a_warning(tmp_path: Path):
    text = tmp_path / "notes.txt"
    text.write_text("Some words of my own.\nNothing cited here.\n", encoding="utf-8")
    assert run("init", cwd=tmp_path).returncode == 0
    result = run("ingest", "notes.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.strip() == "warning: notes.txt:1: nothing found: no reference list, " + (
        "no in-text citations, no record of the page"
    )


def test_list_shows_three_authors_then_et_al_and_json_gives_all(tmp_path: Path) -> None:
    (tmp_path / "refs.txt").write_text(
        "References\n\nParks, R. B., Baker, P. C., Kiser, L., & Oakerson, R. (1981). Consumers as "
        "coproducers of public services. Policy Studies Journal, 9(7), 1001–1011.\n",
        encoding="utf-8",
    )
    assert run("--store", "s", "ingest", "refs.txt", cwd=tmp_path).returncode == 0
    listed = run("--store", "s", "list", cwd=tmp_path).stdout
    assert "R. B. Parks, P. C. Baker, L. Kiser et al." in listed
    assert "Oakerson" not in listed
    (work,) = json.loads(run("--store", "s", "list", "--json", cwd=tmp_path).stdout)
    assert [a["family"] for a in work["author"]] == ["Parks", "Baker", "Kiser", "Oakerson"]
