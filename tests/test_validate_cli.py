"""`coprod-refs validate` end to end: exit codes, every format, selection, baseline, config.

Stores are made with the Store API in a temporary directory that is also the working
directory, so no pyproject.toml of the surrounding checkout is picked up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coprod_refs.cli import main
from coprod_refs.model import Decision, Graph, Person, Venue, Work
from coprod_refs.store import Store

AGENTS = {
    "p-edson-m": Person(id="p-edson-m", family="Edson", given="M."),
    "p-stephens-l": Person(id="p-stephens-l", family="Stephens", given="L."),
}
VENUES = {"v-srbs": Venue(id="v-srbs", name="Systems Research and Behavioral Science")}
GOOD = Work(
    key="edson2012complex",
    title="A complex adaptive systems view of resilience in a project team",
    authors=["p-edson-m"],
    year=2012,
    container="v-srbs",
    volume="29",
    issue="5",
    pages="499–516",
)
NO_YEAR = Work(
    key="stephensndcoproduction",
    type="report",
    title="Coproduction self-assessment framework",
    authors=["p-stephens-l"],
    publisher="New Economics Foundation",
    no_date=True,
)
CORE = ["--select", "shape,identity,citations,store"]


def make_store(root: Path, works: list[Work], **state_fields: object) -> Store:
    store = Store.init(root / ".coprod-refs")
    with store.update() as state:
        state.graph = Graph(
            works={w.key: w for w in works}, agents=dict(AGENTS), venues=dict(VENUES)
        )
        for name, value in state_fields.items():
            setattr(state, name, value)
    return store


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COPROD_REFS_STORE", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def line_of(store: Store, key: str) -> int:
    lines = (store.root / "works.jsonl").read_text(encoding="utf-8").splitlines()
    return next(i for i, text in enumerate(lines, 1) if f'"key":"{key}"' in text.replace(" ", ""))


def bad_pages() -> Work:
    return GOOD.model_copy(update={"pages": "499–416"})


# --- exit codes ------------------------------------------------------------------------


def test_clean_store_exits_0(workdir, capsys):
    make_store(workdir, [GOOD])
    code, out, _ = run(capsys, "validate", *CORE)
    assert code == 0
    assert out.strip().endswith("passed")


def test_an_error_exits_1_and_points_at_the_record_line(workdir, capsys):
    store = make_store(workdir, [bad_pages(), NO_YEAR])
    code, out, _ = run(capsys, "validate", *CORE)
    assert code == 1
    line = line_of(store, "edson2012complex")
    assert (
        f".coprod-refs/works.jsonl:{line}: error shape.page-range [edson2012complex] "
        'pages "499–416": runs backwards (ends before it starts)'
    ) in out
    assert "FAILED" in out


def test_warnings_pass_unless_strict(workdir, capsys):
    make_store(workdir, [GOOD, NO_YEAR])
    assert run(capsys, "validate", *CORE)[0] == 0
    code, out, _ = run(capsys, "validate", "--strict", *CORE)
    assert code == 1
    assert "warning shape.year-missing [stephensndcoproduction]" in out


def test_unreadable_store_exits_2_with_file_and_line(workdir, capsys):
    store = make_store(workdir, [GOOD])
    (store.root / "works.jsonl").write_text('{"key": "x", "title": }\n', encoding="utf-8")
    code, out, err = run(capsys, "validate")
    assert code == 2
    assert "works.jsonl:1:" in err.replace("\n", "") and "Traceback" not in err
    assert out == ""


def test_missing_store_and_bad_arguments_exit_2(workdir, capsys):
    assert run(capsys, "validate")[0] == 2  # no store anywhere upward
    make_store(workdir, [GOOD])
    assert run(capsys, "validate", "--format", "xml")[0] == 2
    code, _, err = run(capsys, "validate", "--select", "shape.no-such-rule")
    assert code == 2 and "unknown rule or family 'shape.no-such-rule'" in err.replace("\n", " ")


def test_unknown_option_exits_2(workdir, capsys):
    make_store(workdir, [GOOD])
    assert run(capsys, "validate", "--no-such-option")[0] == 2


def test_exit_codes_from_a_real_process(workdir):
    make_store(workdir, [bad_pages()])
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("COPROD_REFS_STORE", None)
    cmd = [sys.executable, "-m", "coprod_refs", "validate", "--format", "github", *CORE]
    done = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith("::error file=.coprod-refs/works.jsonl,line=")
    ok = subprocess.run(
        [*cmd, "--ignore", "shape.page-range"],
        cwd=workdir,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr


# --- formats ---------------------------------------------------------------------------


def test_json_format_and_json_flag_agree(workdir, capsys):
    store = make_store(workdir, [bad_pages(), NO_YEAR])
    code, out, _ = run(capsys, "validate", "--format", "json", *CORE)
    assert code == 1
    data = json.loads(out)
    code2, out2, _ = run(capsys, "validate", "--json", *CORE)
    assert code2 == 1 and json.loads(out2) == data
    by_rule = {f["rule"]: f for f in data["findings"]}
    assert by_rule["shape.page-range"]["line"] == line_of(store, "edson2012complex")
    assert by_rule["shape.page-range"]["file"] == ".coprod-refs/works.jsonl"
    assert by_rule["shape.year-missing"]["severity"] == "warning"
    assert data["summary"]["errors"] == 1 and data["summary"]["exit_code"] == 1
    assert set(data["findings"][0]) == {
        "rule",
        "severity",
        "key",
        "message",
        "file",
        "line",
        "fingerprint",
    }


def test_github_format(workdir, capsys):
    store = make_store(workdir, [bad_pages(), NO_YEAR])
    code, out, _ = run(capsys, "validate", "--format", "github", *CORE)
    assert code == 1
    lines = out.splitlines()
    line = line_of(store, "edson2012complex")
    assert (
        f"::error file=.coprod-refs/works.jsonl,line={line},title=shape.page-range::"
        '[edson2012complex] pages "499–416": runs backwards (ends before it starts)'
    ) in lines
    assert any(x.startswith("::warning ") and "shape.year-missing" in x for x in lines)


def test_junit_format_written_to_a_file(workdir, capsys):
    make_store(workdir, [bad_pages(), NO_YEAR])
    code, out, _ = run(capsys, "validate", "--format", "junit", "-o", "report.xml", *CORE)
    assert code == 1 and out == ""
    root = ET.parse(workdir / "report.xml").getroot()
    assert root.tag == "testsuites" and root.get("failures") == "1"
    failure = root.find(".//failure")
    assert failure is not None and failure.get("type") == "error"


def test_text_report_to_a_file(workdir, capsys):
    make_store(workdir, [GOOD])
    code, out, _ = run(capsys, "validate", "-o", "report.txt", *CORE)
    assert code == 0 and out == ""
    assert (workdir / "report.txt").read_text(encoding="utf-8").strip().endswith("passed")


def test_list_rules(capsys, workdir):
    code, out, _ = run(capsys, "validate", "--list-rules", "--json")
    rules = json.loads(out)
    assert code == 0
    assert {"id": "shape.page-range", "severity": "error"}.items() <= rules[
        [r["id"] for r in rules].index("shape.page-range")
    ].items()


# --- selection and configuration ------------------------------------------------------


def test_select_and_ignore(workdir, capsys):
    make_store(workdir, [bad_pages(), NO_YEAR])
    code, out, _ = run(capsys, "validate", "--json", "--select", "shape.year-missing")
    assert code == 0
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["shape.year-missing"]
    code, out, _ = run(capsys, "validate", "--json", *CORE, "--ignore", "shape.page-range")
    assert code == 0
    assert "shape.page-range" not in json.loads(out)["summary"]["rules"]


def test_pyproject_severity_and_selection(workdir, capsys):
    make_store(workdir, [bad_pages()])
    (workdir / "pyproject.toml").write_text(
        "[tool.coprod-refs.validate]\n"
        'select = ["shape", "identity"]\n'
        'severity = { "shape.page-range" = "warning" }\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "validate", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["findings"][0]["severity"] == "warning"
    assert all(r.split(".")[0] in ("shape", "identity") for r in data["summary"]["rules"])


def test_store_config_is_read_and_pyproject_wins(workdir, capsys):
    config = {"validate": {"severity": {"shape": "info"}, "ignore": ["citations"]}}
    make_store(workdir, [bad_pages()], config=config)
    code, out, _ = run(capsys, "validate", "--json", "--select", "shape,citations")
    data = json.loads(out)
    assert code == 0 and data["findings"][0]["severity"] == "info"
    assert not any(r.startswith("citations.") for r in data["summary"]["rules"])
    (workdir / "pyproject.toml").write_text(
        '[tool.coprod-refs.validate]\nseverity = { "shape.page-range" = "error" }\n',
        encoding="utf-8",
    )
    assert run(capsys, "validate", "--select", "shape")[0] == 1


@pytest.mark.parametrize(
    "toml",
    [
        "[tool.coprod-refs.validate]\nseverity = { x = 1 }\n",
        "[tool.coprod-refs.validate]\nselect = 3\n",
        "[tool.coprod-refs.validate]\nsevrity = {}\n",
        '[tool.coprod-refs.validate]\nseverity = { "shape.nope" = "info" }\n',
        "[tool.coprod-refs\n",
    ],
)
def test_bad_configuration_exits_2(workdir, capsys, toml):
    make_store(workdir, [GOOD])
    (workdir / "pyproject.toml").write_text(toml, encoding="utf-8")
    code, _, err = run(capsys, "validate")
    assert code == 2
    assert err.startswith("error: ") and "Traceback" not in err


def test_decisions_in_the_store_are_honoured(workdir, capsys):
    twin = GOOD.model_copy(update={"key": "edson2012complexa"})
    make_store(workdir, [GOOD, twin])
    _, out, _ = run(capsys, "validate", "--json", "--select", "identity.duplicate-work")
    assert [f["key"] for f in json.loads(out)["findings"]] == ["edson2012complexa"]
    store = Store.find(None)
    with store.update() as state:
        state.decisions = [Decision(kind="distinct", record="work", a=GOOD.key, b=twin.key)]
    _, out, _ = run(capsys, "validate", "--json", "--select", "identity.duplicate-work")
    assert json.loads(out)["findings"] == []


# --- baseline --------------------------------------------------------------------------


def test_baseline_workflow_ratchets_towards_zero(workdir, capsys):
    store = make_store(workdir, [bad_pages(), NO_YEAR])
    code, _, err = run(capsys, "validate", "--write-baseline", *CORE)
    assert code == 0 and "wrote 2 accepted finding(s)" in err
    baseline = store.root / "validate-baseline.json"
    assert json.loads(baseline.read_text(encoding="utf-8"))["format"]
    code, out, _ = run(capsys, "validate", "--strict", *CORE)
    assert code == 0 and "2 accepted by baseline" in out

    # A new problem fails the gate; the accepted ones stay quiet, whatever lines they move to.
    worse = GOOD.model_copy(
        update={"key": "aaa2012first", "title": "Another paper", "pages": "20–10"}
    )
    with store.update() as state:
        state.graph.works[worse.key] = worse
    code, out, _ = run(capsys, "validate", "--json", *CORE)
    findings = json.loads(out)["findings"]
    assert code == 1 and [f["key"] for f in findings] == ["aaa2012first"]

    # Fixing an accepted one leaves a stale entry, reported so the baseline can shrink.
    with store.update() as state:
        del state.graph.works[worse.key]
        state.graph.works["edson2012complex"] = GOOD
    code, out, _ = run(capsys, "validate", *CORE)
    assert code == 0 and "1 baseline entries no longer occur" in out
    assert run(capsys, "validate", "--write-baseline", *CORE)[0] == 0
    rows = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert [r["rule"] for r in rows] == ["shape.year-missing"]
    code, out, _ = run(capsys, "validate", "--no-baseline", "--strict", *CORE)
    assert code == 1


def test_explicit_baseline_file(workdir, capsys):
    make_store(workdir, [bad_pages()])
    target = workdir / "ci" / "baseline.json"
    assert run(capsys, "validate", "--baseline", str(target))[0] == 2  # missing
    target.parent.mkdir()
    assert run(capsys, "validate", "--write-baseline", "--baseline", str(target), *CORE)[0] == 0
    assert run(capsys, "validate", "--baseline", str(target), *CORE)[0] == 0
    assert run(capsys, "validate", *CORE)[0] == 1  # the store's default baseline is absent
    target.write_text('{"format": "coprod-refs-validate-baseline", "version": 1, "findings": 3}')
    assert run(capsys, "validate", "--baseline", str(target), *CORE)[0] == 2
    target.write_text('{"format": 1, "format": 2}')
    code, _, err = run(capsys, "validate", "--baseline", str(target), *CORE)
    assert code == 2 and "baseline.json:1:" in err.replace("\n", "")


def test_baseline_fingerprints_ignore_line_numbers(workdir, capsys):
    store = make_store(workdir, [bad_pages()])
    first = json.loads(run(capsys, "validate", "--json", *CORE)[1])["findings"][0]
    with store.update() as state:
        for i in range(5):
            key = f"aa{i}"
            state.graph.works[key] = GOOD.model_copy(update={"key": key, "title": key})
    moved = json.loads(run(capsys, "validate", "--json", *CORE)[1])["findings"][0]
    assert moved["rule"] == first["rule"] == "shape.page-range"
    assert moved["line"] != first["line"]
    assert moved["fingerprint"] == first["fingerprint"]


# --- store hygiene and fmt -------------------------------------------------------------


def test_noncanonical_store_is_reported_and_fmt_fixes_it(workdir, capsys):
    store = make_store(workdir, [GOOD, NO_YEAR])
    works = store.root / "works.jsonl"
    lines = works.read_text(encoding="utf-8").splitlines()
    works.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", "--select", "store.noncanonical")
    assert code == 1
    assert ".coprod-refs/works.jsonl:1: error store.noncanonical [works.jsonl]" in out
    assert "run `coprod-refs fmt`" in out
    code, out, _ = run(capsys, "fmt", "--check", "--json")
    assert code == 1
    assert json.loads(out)["files"] == [{"file": ".coprod-refs/works.jsonl", "line": 1}]
    code, out, _ = run(capsys, "fmt")
    assert code == 0 and "works.jsonl: rewritten" in out
    assert run(capsys, "fmt", "--check")[0] == 0
    assert run(capsys, "validate", "--select", "store.noncanonical")[0] == 0
