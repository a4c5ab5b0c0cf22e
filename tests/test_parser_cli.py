"""`coprod-refs parse`: strings in, CSL-JSON out; --jsonl, --find, stdin and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from coprod_refs.cli import main
from coprod_refs.cli.commands.parse_cmd import reference_strings
from coprod_refs.errors import ExitCode

LINES = (
    "Alford, J. (2009). Engaging public sector clients: From service delivery to co-production. "
    "Basingstoke and New York: Palgrave Macmillan.\n"
    "\n"
    "Arnstein, S. (1969). The ladder of citizen participation. Journal of the American "
    "Institute of Planners, 35(4), 216–224.\n"
)


def _write(tmp_path: Path, text: str, name: str = "refs.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_array_of_csl_items_in_order(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", str(_write(tmp_path, LINES))]) == ExitCode.OK
    items = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in items] == ["ref1", "ref2"]
    assert items[0]["type"] == "book"
    assert items[0]["author"] == [{"family": "Alford", "given": "J."}]
    assert items[0]["publisher-place"] == "Basingstoke and New York"
    assert items[1]["type"] == "article-journal"
    assert items[1]["container-title"] == "Journal of the American Institute of Planners"
    assert (items[1]["volume"], items[1]["issue"], items[1]["page"]) == ("35", "4", "216–224")
    assert items[1]["issued"] == {"date-parts": [[1969]]}


def test_jsonl(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", "--jsonl", str(_write(tmp_path, LINES))]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["ref1", "ref2"]


def test_json_flag_prints_the_same_array(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = str(_write(tmp_path, LINES))
    main(["parse", path])
    plain = capsys.readouterr().out
    main(["parse", "--json", path])
    assert capsys.readouterr().out == plain


def test_find_reference_list_in_a_whole_text(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Co-production in practice\n\nSome prose about services (Alford, 2009).\n\n"
        "References\n\n" + LINES
    )
    assert main(["parse", "--find", str(_write(tmp_path, text))]) == ExitCode.OK
    items = json.loads(capsys.readouterr().out)
    assert [i["author"][0]["family"] for i in items] == ["Alford", "Arnstein"]


def test_find_in_a_text_whose_list_is_its_endnotes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Welfare and co-production\n\nVoluntary effort mattered.1 So did the poor law.2\n\n"
        "Notes\n\n"
        "1. Sidney Webb and Beatrice Webb, English Poor Law History (London: Longmans, Green, "
        "1927), 45–47.\n"
        "2. Ibid., 50.\n"
        "3. Elinor Ostrom, Governing the Commons (Cambridge: Cambridge University Press, "
        "1990), 12.\n"
    )
    assert main(["parse", "--find", str(_write(tmp_path, text))]) == ExitCode.OK
    items = json.loads(capsys.readouterr().out)
    # The works the notes cite in full: names in reading order closed off, no page cited.
    assert [[a["family"] for a in i["author"]] for i in items] == [["Webb", "Webb"], ["Ostrom"]]
    assert [i["title"] for i in items] == ["English Poor Law History", "Governing the Commons"]
    assert not any("page" in i for i in items)


def test_find_in_a_saved_web_page(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    entries = "".join(f"<li>{line}</li>" for line in LINES.splitlines() if line)
    page = f"<html><body><p>Prose (Alford, 2009).</p><h2>References</h2><ul>{entries}</ul>"
    assert main(["parse", "--find", str(_write(tmp_path, page, "page.html"))]) == ExitCode.OK
    items = json.loads(capsys.readouterr().out)
    assert [i["author"][0]["family"] for i in items] == ["Alford", "Arnstein"]


def test_a_markdown_list_is_read_without_its_markup(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    items = [f"- {line.replace('Palgrave', '*Palgrave*')}" for line in LINES.splitlines() if line]
    path = _write(tmp_path, "## References\n\n" + "\n".join(items) + "\n", "refs.md")
    for args in (["parse", str(path)], ["parse", "--find", str(path)]):
        assert main(args) == ExitCode.OK
        parsed = json.loads(capsys.readouterr().out)
        assert [i["author"][0]["family"] for i in parsed] == ["Alford", "Arnstein"]
        assert parsed[0]["publisher"] == "Palgrave Macmillan"


def test_missing_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", str(tmp_path / "nope.txt")]) == ExitCode.BAD_INPUT
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_binary_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01\x02binary")
    assert main(["parse", str(path)]) == ExitCode.BAD_INPUT
    assert "binary file" in capsys.readouterr().err


def test_stdin_through_the_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "coprod_refs", "parse", "-", "--jsonl"],
        input=LINES,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == ExitCode.OK, proc.stderr
    assert len(proc.stdout.splitlines()) == 2


def test_link_noise_is_removed_and_noise_lines_skipped(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = LINES.replace("Palgrave Macmillan.", "Palgrave Macmillan. [Google Scholar]")
    text = text.replace("216–224.", "216–224. Crossref Web of Science") + "Google Scholar\n"
    assert main(["parse", str(_write(tmp_path, text))]) == ExitCode.OK
    items = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in items] == ["ref1", "ref2"]
    assert items[0]["publisher"] == "Palgrave Macmillan"
    assert "note" not in items[1]


def test_items_carry_the_parsers_confidence_and_flags(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", "--jsonl", str(_write(tmp_path, "xyz\n" + LINES))]) == ExitCode.OK
    garbage, book, _ = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert "low-confidence" in garbage["custom"]["flags"]
    assert garbage["custom"]["confidence"] < 0.8
    assert "flags" not in book["custom"] and book["custom"]["confidence"] > 0.9
    assert set(book["custom"]["field-confidence"]) >= {"authors", "title", "year", "publisher"}


WEB_LINES = "\n".join(
    [
        "References",
        "Alford, J. (2014). The multiple facets of co-production. Public Management Review, "
        "16(3), 299–316.",
        "CrossrefGoogle Scholar",
        "Bovaird, T. (2007). Beyond engagement and participation. Public Administration Review, "
        "67(5), 846–860. View in ScopusGoogle Scholar",
        "[Taylor & Francis Online], [Web of Science ®], [Google Scholar]",
        'Brandsen, T., and M. Honingh. 2016. "Distinguishing Different Types of Coproduction." '
        "Public Administration Review 76 (3): 427–435.",
        "Wiley Online LibraryWeb of Science®Google Scholar",
        "Fledderus J, Brandsen T, Honingh ME. Restoring trust. Public Manag Rev. "
        "2014;16(3):424-443. PubMed Abstract | Publisher Full Text | Google Scholar",
        "Uzochukwu, K., & Thomas, J. C. (2018). Who engages in coproduction? Public "
        "Administration Review, 78(4), 514–526. Download citation | Find in library",
        "Open in new tab",
        "Abstract | Full Text | PDF",
        "Web of Science®",
        "View in Scopus",
        "",
        "Citing Literature",
        "Volume 80, Issue 2",
        "March/April 2020",
        "Pages 250-262",
    ]
)


def test_line_mode_drops_link_labels_headings_and_issue_banners() -> None:
    assert reference_strings(WEB_LINES, find=False) == [
        "Alford, J. (2014). The multiple facets of co-production. Public Management Review, "
        "16(3), 299–316.",
        "Bovaird, T. (2007). Beyond engagement and participation. Public Administration Review, "
        "67(5), 846–860.",
        'Brandsen, T., and M. Honingh. 2016. "Distinguishing Different Types of Coproduction." '
        "Public Administration Review 76 (3): 427–435.",
        "Fledderus J, Brandsen T, Honingh ME. Restoring trust. Public Manag Rev. "
        "2014;16(3):424-443.",
        "Uzochukwu, K., & Thomas, J. C. (2018). Who engages in coproduction? Public "
        "Administration Review, 78(4), 514–526.",
    ]


def test_line_mode_skips_headings_in_several_languages(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = "Bibliography\n" + LINES + "Literatur\n\nReferences:\n"
    assert main(["parse", str(_write(tmp_path, text))]) == ExitCode.OK
    items = json.loads(capsys.readouterr().out)
    assert [i["author"][0]["family"] for i in items] == ["Alford", "Arnstein"]


def test_line_mode_keeps_a_reference_shaped_like_an_end_marker() -> None:
    text = "Declaration of Independence. 1776.\nNotes\n"
    assert reference_strings(text, find=False) == ["Declaration of Independence. 1776."]


def test_web_noise_fields_do_not_reach_the_parsed_items(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", "--jsonl", str(_write(tmp_path, WEB_LINES))]) == ExitCode.OK
    items = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(items) == 5
    for item in items:
        assert "note" not in item
        assert "Scholar" not in json.dumps(item, ensure_ascii=False)


def test_line_mode_skips_rules_with_neither_letter_nor_digit() -> None:
    lines = "-----\n.,;:!?()[]{}\nOstrom, E. (1996). Crossing the great divide.\n———\n"
    assert reference_strings(lines, find=False) == ["Ostrom, E. (1996). Crossing the great divide."]


def test_a_numbered_list_keeps_each_entrys_number(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    numbered = (
        "[1] E. Ostrom, Governing the Commons. Cambridge, U.K.: Cambridge Univ. Press, 1990.\n"
        "12. Bovaird T. Beyond engagement. Public Adm Rev. 2007;67(5):846-60.\n"
    )
    assert main(["parse", str(_write(tmp_path, numbered))]) == ExitCode.OK
    items = json.loads(capsys.readouterr().out)
    assert [i.get("citation-number") for i in items] == ["1", "12"]
    assert "citation-number" not in json.dumps(_items_of(tmp_path, capsys))


def _items_of(tmp_path: Path, capsys) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    main(["parse", str(_write(tmp_path, LINES, "plain.txt"))])
    return json.loads(capsys.readouterr().out)
