"""The citekeys a paper cites, read from its .aux (exact), its .tex (no build needed) or,
for a pandoc Markdown paper, its .md (see `mdkeys`).

.aux: bibtex's `\\citation{a,b}`, biblatex's `\\abx@aux@cite{0}{key}`, and the `\\@input`
files of `\\include`d chapters. .tex: the citation commands of LaTeX, natbib and biblatex
(`\\cite`, `\\citep`, `\\parencite`, `\\textcite`, `\\autocite`, `\\nocite`, starred forms,
`[pre][post]` options, multi-cites like `\\parencites{a}[p.~2]{b}`), with comments and
`comment` environments ignored. `*` stands for "every work" (`\\nocite{*}`).
"""

from __future__ import annotations

import re
from pathlib import Path

from coprod_refs.errors import InputError
from coprod_refs.export.mdkeys import keys_in_markdown
from coprod_refs.text.markdown import MARKDOWN_SUFFIXES

#: Commands whose last braced argument is a list of keys.
CITE_COMMANDS = frozenset(
    """cite Cite citep citet citealp citealt Citep Citet Citealp Citealt citeauthor Citeauthor
    citefullauthor citeyear citeyearpar citenum citetitle Citetitle citedate citeurl
    parencite Parencite footcite footcitetext textcite Textcite smartcite Smartcite
    supercite autocite Autocite fullcite footfullcite nocite notecite pnotecite fnotecite
    citeA citeNP shortcite shortciteNP""".split()
)
#: Multi-cite commands: optional `(pre)(post)`, then several `[pre][post]{keys}` groups.
MULTI_CITE_COMMANDS = frozenset(
    """cites Cites parencites Parencites footcites footcitetexts smartcites Smartcites
    textcites Textcites supercites autocites Autocites""".split()
)

_COMMAND = re.compile(r"\\([A-Za-z]+)\*?")
_AUX_CITATION = re.compile(r"\\citation\{([^}]*)\}")
_AUX_BIBLATEX = re.compile(r"\\abx@aux@cite(?:\{[^}]*\})?\{([^}]*)\}")
_AUX_INPUT = re.compile(r"\\@input\{([^}]*)\}")
_COMMENT_ENV = re.compile(r"\\begin\{comment\}.*?\\end\{comment\}", re.DOTALL)
_MAX_AUX_DEPTH = 16


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        raise InputError("no such file", file=path) from None
    except IsADirectoryError:
        raise InputError("is a directory", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=path) from None


def _split_keys(text: str) -> list[str]:
    return [k.strip() for k in text.split(",") if k.strip()]


def strip_comments(text: str) -> str:
    """The text with `%` comments (not `\\%`) and `comment` environments removed."""
    lines = []
    for line in text.splitlines():
        cut = len(line)
        for match in re.finditer(r"(\\*)%", line):
            if len(match.group(1)) % 2 == 0:
                cut = match.end() - 1
                break
        lines.append(line[:cut])
    return _COMMENT_ENV.sub("", "\n".join(lines))


def _group(text: str, pos: int, opening: str, closing: str) -> tuple[str, int] | None:
    """The contents of a balanced group starting at `pos` (after spaces), and its end."""
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    if pos >= len(text) or text[pos] != opening:
        return None
    depth = 0
    end = pos
    while end < len(text):
        char = text[end]
        if char == "\\":
            end += 2
            continue
        if char == opening or (char == "{" and opening != "{"):
            depth += 1
        elif char == closing or (char == "}" and closing != "}"):
            depth -= 1
            if depth == 0:
                return text[pos + 1 : end], end + 1
        end += 1
    return None


def _cite_group(text: str, pos: int) -> tuple[list[str], int] | None:
    """`[pre][post]{keys}` at `pos`: the keys and the position after the group."""
    for _ in range(2):
        options = _group(text, pos, "[", "]")
        if options is None:
            break
        pos = options[1]
    keys = _group(text, pos, "{", "}")
    if keys is None:
        return None
    return _split_keys(keys[0]), keys[1]


def keys_in_tex(text: str) -> list[str]:
    """Keys cited in LaTeX source, in order of first citation."""
    text = strip_comments(text)
    found: list[str] = []
    for match in _COMMAND.finditer(text):
        name = match.group(1)
        pos = match.end()
        if name in CITE_COMMANDS:
            group = _cite_group(text, pos)
            if group is not None:
                found += group[0]
        elif name in MULTI_CITE_COMMANDS:
            for _ in range(2):
                global_note = _group(text, pos, "(", ")")
                if global_note is None:
                    break
                pos = global_note[1]
            while (group := _cite_group(text, pos)) is not None:
                found += group[0]
                pos = group[1]
    return list(dict.fromkeys(found))


def keys_in_aux(path: Path, depth: int = 0) -> list[str]:
    """Keys cited according to a LaTeX .aux file and the .aux files it inputs."""
    text = _read(path)
    found: list[str] = []
    for line in text.splitlines():
        for pattern in (_AUX_CITATION, _AUX_BIBLATEX):
            for match in pattern.finditer(line):
                found += _split_keys(match.group(1))
        if depth < _MAX_AUX_DEPTH:
            for match in _AUX_INPUT.finditer(line):
                child = path.parent / match.group(1)
                if child.is_file():
                    found += keys_in_aux(child, depth + 1)
    return list(dict.fromkeys(found))


def cited_keys(path: Path) -> list[str]:
    """The citekeys a paper cites, in order of first citation, from a .aux file, a pandoc
    Markdown paper (.md, .qmd, .Rmd, …) or a LaTeX source (anything else)."""
    suffix = path.suffix.lower()
    if suffix == ".aux":
        return keys_in_aux(path)
    if suffix in MARKDOWN_SUFFIXES:
        return keys_in_markdown(_read(path))
    return keys_in_tex(_read(path))
