"""A .bib file read in pieces (in worker processes when large) gives exactly what
bibtexparser gives for the whole file: the same entries, lines, spans and problems."""

from __future__ import annotations

import logging
import multiprocessing
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_refs.errors import ParseError
from coprod_refs.model import Extraction
from coprod_refs.sources import bibtex_blocks, source_document
from coprod_refs.sources.bibtex import read_bibtex
from coprod_refs.sources.bibtex_blocks import failure_message, pieces
from coprod_refs.sources.bibtex_fields import entry_values

Summary = tuple[list[tuple[object, ...]], list[tuple[int, str]]]


@contextmanager
def cut_into_pieces(piece_chars: int, workers: int = 1) -> Iterator[None]:
    """Read every file in pieces of `piece_chars`, with `workers` processes."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bibtex_blocks, "SERIAL_LIMIT", 0)
        patch.setattr(bibtex_blocks, "PIECE_CHARS", piece_chars)
        patch.setattr(bibtex_blocks, "WORKERS", workers)
        yield


def _read(text: str) -> Extraction:
    return read_bibtex(text, source_document(text.encode(), Path("refs.bib"), "bibtex"))


def _summary(text: str) -> Summary | str:
    """What the reader makes of `text`: each work's identity, place and main fields, and
    the problems; or the message of the error for a file with nothing readable."""
    try:
        ex = _read(text)
    except ParseError as exc:
        return f"ParseError: {exc.one_line()}"
    works = [
        (
            w.key,
            w.raw,
            w.span.start if w.span else None,
            w.span.end if w.span else None,
            w.title,
            w.container_title,
            w.year,
            [(n.family, n.given, n.literal) for n in w.authors],
        )
        for w in ex.works
    ]
    problems = [(int(p.split(":")[1]), p.split(":", 2)[2].strip()) for p in ex.problems]
    return works, problems


def _whole_file(text: str) -> Summary | str:
    """The oracle: bibtexparser's own parse of the whole file, mapped the same way."""
    log = logging.getLogger("bibtexparser")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        library = bibtexparser.parse_string(text)
    finally:
        log.setLevel(level)
    offsets = [0] + [m.end() for m in re.finditer("\n", text)]
    problems = []
    for block in library.failed_blocks:
        reason = getattr(block.error, "abort_reason", "") or str(block.error)
        problems.append(((block.start_line or 0) + 1, failure_message(reason)))
    works = []
    for entry in library.entries:
        line = (entry.start_line or 0) + 1
        v = entry_values(entry.entry_type, entry.key, {f.key: f.value for f in entry.fields})
        if not (v.title or v.authors or v.editors):
            problems.append((line, f"entry {entry.key!r} has no title, author or editor"))
            continue
        start = offsets[line - 1]
        names = [(a[0], a[1], a[4]) for a in v.authors]
        raw = entry.raw or ""
        works.append(
            (v.key, raw, start, start + len(raw), v.title, v.container_title, v.year, names)
        )
    if not works:
        line, message = min(problems) if problems else (1, "no BibTeX entries found")
        return f"ParseError: refs.bib:{line}: {message}"
    return works, sorted(problems)


KEYS = ["a", "b", "Key:1", "x-2"]
MACROS = ["pmr", "PMR", "par"]

_values = st.sampled_from(
    [
        "Co-production",
        "{Public} services and {UK} citizens",
        "Gr{\\\"o}nroos --- a ``study''",
        "A \\& B, 50\\% of~them",
        "Line one\\\\\n  line two",
        "see me@home.org",
        "{unbalanced",
        "",
    ]
)
_names = st.sampled_from(
    [
        "Ostrom, Elinor",
        'Bovaird, Tony and L{\\"o}ffler, Elke',
        "{World Bank}",
        "van Eijk, Carola and Steen, T.",
        "Jean-Pierre de la Fuente",
        "",
    ]
)


@st.composite
def _entry(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["article", "book", "misc", "ARTICLE", "weird"]))
    key = draw(st.sampled_from(KEYS))
    fields = [f"author = {{{draw(_names)}}}", f"title = {{{draw(_values)}}}"]
    fields += draw(
        st.lists(
            st.sampled_from(
                [
                    "journal = pmr",
                    "journal = PMR # { Review}",
                    'journal = "Voluntas"',
                    "year = 2001",
                    "year = {n.d.}",
                    "pages = {1--10}",
                    "doi = {10.1/X.1}",
                    "note = {ends with a backslash\\\n next line}",
                    "month = jan",
                ]
            ),
            max_size=3,
        )
    )
    fields = draw(st.permutations(fields))
    if draw(st.booleans()):
        return f"@{kind}({key},\n  " + ",\n  ".join(fields) + "\n)"
    indent = draw(st.sampled_from(["", "", "  "]))
    return f"{indent}@{kind}{{{key},\n  " + ",\n  ".join(fields) + "\n}"


_blocks = st.one_of(
    _entry(),
    st.builds(
        lambda key, quote: f"@string{{{key} = {quote}Public Management Review{quote}}}",
        st.sampled_from(MACROS),
        st.sampled_from(['"', ""]),
    ),
    st.builds(lambda key: f"@STRING({key} = {{Par}})", st.sampled_from(MACROS)),
    st.sampled_from(
        [
            "@article{broken,\n  title = {No closing brace,\n  year = 2020",
            "@article{nocomma title = {x}}",
            "@misc{empty, year = {2001}}",
            "% a comment line",
            "@comment{anything {here}}",
            '@preamble{"\\newcommand{\\x}{y}"}',
            "text with a trailing backslash \\",
            "see @string{inline = {x}} in a line",
            "@book{dup, title = {T}, title = {U}}",
            "",
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_blocks, min_size=1, max_size=12), st.integers(1, 120))
def test_pieces_give_what_bibtexparser_gives_for_the_whole_file(
    blocks: list[str], piece_chars: int
) -> None:
    text = "\n".join(blocks) + "\n"
    expected = _whole_file(text)
    assert _summary(text) == expected
    with cut_into_pieces(piece_chars):
        assert _summary(text) == expected


def test_an_unfinished_entry_at_a_piece_end_is_reported_as_in_the_whole_file() -> None:
    text = "@article{a, title = {One}}\n@article{b, title = {Two\n@article{c, title = {Three}}\n"
    with cut_into_pieces(20):
        assert len(pieces(text)) == 3
        ex = _read(text)
    assert [w.key for w in ex.works] == ["a", "c"]
    assert ex.problems == [
        "refs.bib:2: Unexpected block start: `@article`. "
        "Was still looking for field-value closing `}`"
    ]


def test_macros_and_duplicate_keys_reach_across_pieces() -> None:
    text = (
        "@article{a, author = {Ostrom, E.}, title = {One}, journal = pmr}\n"
        '@string{pmr = "Public Management Review"}\n'
        "@article{b, author = {Ostrom, E.}, title = {Two}, journal = pmr}\n"
        '@string{pmr = "Duplicate"}\n'
        "@article{a, author = {Alford, J.}, title = {Three}}\n"
    )
    with cut_into_pieces(10):
        assert len(pieces(text)) == 5
        ex = _read(text)
    assert [(w.key, w.container_title) for w in ex.works] == [
        ("a", "Public Management Review"),
        ("b", "Public Management Review"),
    ]
    assert ex.problems == [
        "refs.bib:4: Duplicate entry key 'pmr'",
        "refs.bib:5: Duplicate entry key 'a'",
    ]


def test_a_macro_that_does_not_start_a_line_makes_the_file_one_piece() -> None:
    text = "@article{a, title = {One}}\n" * 20 + " @string{pmr = {P}}\n"
    assert len(pieces(text, 50)) == 1
    assert len(pieces(text.replace(" @string", "@string"), 50)) > 1


def test_worker_processes_give_the_same_extraction_as_one_process() -> None:
    text = "".join(
        f'@article{{k{i},\n  author = {{Ostrom, Elinor and L{{\\"o}}ffler, Elke}},\n'
        f"  title = {{Study {i} of {{UK}} services}},\n  journal = pmr,\n"
        f"  year = {1990 + i % 30}\n}}\n"
        + ('@string{pmr = "Public Management Review"}\n' if i == 150 else "")
        + ("@article{broken, title = {x\n" if i % 97 == 0 else "")
        for i in range(300)
    )
    whole = _read(text)
    with cut_into_pieces(2000, workers=2):
        assert len(pieces(text)) > 10
        assert _read(text) == whole
    assert len(whole.works) == 300
    assert whole.works[0].container_title == "Public Management Review"


def _read_in_daemon(text: str, results: Any) -> None:
    results.put([w.key for w in _read(text).works])


def test_a_daemon_process_which_may_not_have_workers_reads_alone() -> None:
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    text = "".join(f"@misc{{k{i}, title = {{T {i}}}}}\n" for i in range(50))
    with cut_into_pieces(100, workers=2):
        process = context.Process(target=_read_in_daemon, args=(text, results), daemon=True)
        process.start()
        keys = results.get(timeout=60)
        process.join(timeout=60)
    assert keys == [f"k{i}" for i in range(50)]
    assert process.exitcode == 0


def test_no_workers_are_forked_while_another_thread_runs() -> None:
    from coprod_refs.sources.bibtex_blocks import _can_fork

    assert _can_fork()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not _can_fork()
    finally:
        release.set()
        other.join()
