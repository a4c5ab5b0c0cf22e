"""`coprod-refs parse`: reference strings in, CSL-JSON out. Needs no store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from coprod_refs.cli.app import JsonFlag, app
from coprod_refs.cli.output import emit_json
from coprod_refs.errors import InputError


def _read_input(source: str) -> str:
    """The text of FILE (the visible text of a saved web page, the words of a Markdown
    file), or of standard input for "-"; an InputError names what failed."""
    from coprod_refs.sources import MAX_INPUT_BYTES, decode, read_input_bytes, reader_for

    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        path = Path("<stdin>")
    else:
        path = Path(source)
        data = read_input_bytes(path)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"input larger than {MAX_INPUT_BYTES // 2**20} MiB", file=path)
    text = decode(data, path)
    kind = reader_for(path).kind if source != "-" else "text"
    if kind == "html":
        from coprod_refs.sources.html_text import page_text

        return page_text(text).text
    if kind == "markdown":
        from coprod_refs.text.markdown import markdown_text

        return markdown_text(text)
    return text


def reference_strings(text: str, find: bool) -> list[str]:
    """The reference strings of an input: its lines without the link noise web pages copy
    along ("[Google Scholar]", "CrossrefGoogle Scholar"), leaving out blank lines and lines
    that are no reference (a "References" heading, an issue banner, link labels alone, a
    rule of dashes); or
    with `find` the entries of the reference list found in the whole text (for a text
    whose only list is its endnotes, the works they cite in full, without the pages
    cited)."""
    if find:
        from coprod_refs.parse.finder import (
            find_notes,
            find_reference_entries,
            reference_list_is_notes,
        )
        from coprod_refs.parse.notes import full_citations

        if reference_list_is_notes(text):
            return full_citations(find_notes(text))
        return [entry.text for entry in find_reference_entries(text)]
    from coprod_refs.parse.section_lines import is_outside_entries, strip_noise

    lines = (line.strip() for line in text.splitlines())
    kept = (strip_noise(line) for line in lines if not is_outside_entries(line))
    # A line with neither letter nor digit ("-----", ".,;:") is a rule, not a reference.
    return [line for line in kept if any(c.isalnum() for c in line)]


def parse_to_csl(strings: list[str]) -> list[dict[str, Any]]:
    """CSL-JSON items for the strings of one reference list, in order, with ids "ref1",
    "ref2", ... (a repeated-author dash takes the names of the entry before it)."""
    from coprod_refs.model.csl import extracted_to_csl
    from coprod_refs.parse.reference import parse_reference_list

    works = parse_reference_list(strings)
    return [extracted_to_csl(work, f"ref{i}") for i, work in enumerate(works, start=1)]


@app.command("parse")
def parse_command(
    source: Annotated[
        str,
        typer.Argument(metavar="[FILE|-]", help="Reference strings, one per line; - for stdin."),
    ] = "-",
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One CSL-JSON item per line.")] = False,
    find: Annotated[
        bool, typer.Option("--find", help="Input is a whole text: find its reference list first.")
    ] = False,
    json_output: JsonFlag = False,
) -> None:
    """Parse reference strings into CSL-JSON (an array; --jsonl for one item per line;
    --json, as on every command, asks for the array)."""
    items = parse_to_csl(reference_strings(_read_input(source), find))
    if jsonl and not json_output:
        for item in items:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    emit_json(items)
