"""Text reduced to the characters a reader sees, for values taken one at a time."""

from __future__ import annotations

import html
import re
import unicodedata

#: The marks a quotation opens with, in the languages of the reference lists read.
OPENING_QUOTES = frozenset("\"“‘'„«")
_SPACE_RUN = re.compile(r"[^\S\xa0]+")
#: An HTML character reference, as text copied from a page's source keeps it: "&#8211;",
#: "&amp;", "&eacute;".
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def visible_text(value: str) -> str:
    """`value` in composed form (NFC: "E\u0301" reads as "É"), without control and format
    characters (soft hyphens, zero-width marks, bidi marks) and with runs of white space
    collapsed, and HTML character references ("&#8211;", "&amp;") read as the
    characters they stand for: what PDFs and web pages leave in a field is invisible, and
    must neither split a word nor reach an export."""
    if "&" in value and _CHARACTER_REFERENCE.search(value):
        value = html.unescape(value).replace("\xa0", " ")  # "&nbsp;" is a space
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    # printable text holds no control or format character (nor any separator but the
    # space), so the per-character filter runs only on text that can lose something
    if not value.isprintable():
        value = "".join(c for c in value if c.isspace() or unicodedata.category(c)[0] != "C")
    return _SPACE_RUN.sub(" ", value).strip()
