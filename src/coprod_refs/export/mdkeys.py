"""The citekeys a pandoc Markdown paper cites (.md, .qmd, .Rmd): "[@ostrom1990, p. 45;
see @bovaird2007]", "[-@alford2009]", narrative "@pestoff2006 argues", "@{key with
spaces}", and the `nocite` field of its YAML front matter ("@*" for every work).

As pandoc reads them: a key opens with a letter, digit or "_" after an "@" that no word
character stands before (so "ann@example.org" is an address); it runs over letters,
digits, "_" and the punctuation ":.#$%&-+?<>~/" followed by another of them. Code spans
and fenced code blocks are skipped, and so are the cross-references of
Quarto ("@fig-map", "@tbl-1", "@sec-intro", "@eq-mass") and pandoc-crossref
("@fig:map"), which name figures, tables and sections, not works.
"""

from __future__ import annotations

import re

from coprod_refs.text.markdown import (
    CITATION,
    CODE_SPAN,
    CROSS_REFERENCE,
    FRONT_MATTER,
    without_fenced_code,
)

#: The `nocite` field, inline or as a block scalar: "nocite: |" and indented lines.
_NOCITE = re.compile(r"^nocite:[ \t]*(?P<value>.*(?:\n[ \t]+.*)*)", re.MULTILINE)
_ALL = re.compile(r"(?<![\w@])@\*")


#: An escaped "@" ("\@key" is no citation), its backslash not itself escaped.
_ESCAPED_AT = re.compile(r"(?<!\\)\\@")


def keys_in_markdown(text: str) -> list[str]:
    """Keys cited in a pandoc Markdown paper, in order of first citation; "*" when its
    front matter's `nocite` asks for every work."""
    found: list[str] = []
    front = FRONT_MATTER.match(text)
    if front is not None:
        for field in _NOCITE.finditer(front.group("yaml")):
            value = field.group("value")
            found += [k for k in _keys(value) if not CROSS_REFERENCE.match(k)]
            if _ALL.search(value):
                found.append("*")
        text = text[front.end() :]
    # A code span becomes a line break, which no key runs over, braced or not.
    body = _ESCAPED_AT.sub(" ", CODE_SPAN.sub("\n", without_fenced_code(text, "\n")))
    found += [k for k in _keys(body) if not CROSS_REFERENCE.match(k)]
    return list(dict.fromkeys(found))


def _keys(text: str) -> list[str]:
    """The keys cited in `text`; a braced key of spaces alone ("@{ }") names nothing."""
    keys = (m.group("braced") or m.group("key") for m in CITATION.finditer(text))
    return [key for key in keys if not key.isspace()]
