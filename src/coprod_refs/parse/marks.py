"""Marks a reference prints in a way the labeller would misread, respaced before labelling.

Styles and copies run a colon or a full stop into the next word ("Basingstoke and New
York:Palgrave Macmillan", "… governance failure.Pages 143–162 in"), which makes one
token of two words; Polish lists print a chapter's "In:" as "[w:]". Spaced out and read
as "In:", the words around them are labelled as the same words elsewhere are.
"""

from __future__ import annotations

import re

#: A chapter's "in" printed in brackets before the editors, as Polish styles print it:
#: "[w:] S. Watson, A. Moran (red.), Trust, risk and uncertainty" (before the book, the
#: mark is left to the segment rules: "[w:] Trust, risk and uncertainty, S. Watson").
_BRACKETED_IN = re.compile(r"\[(?:w|[Ii]n):\](?=\s+[A-Z]\.)")
#: A full stop or colon right before a word: what a glued one shows (".Pages", ":Palgrave").
_FULL_STOP_BEFORE_WORD = re.compile(r"\.(?=[A-Z][a-z])")
_COLON_BEFORE_WORD = re.compile(r":(?=[A-Z][a-z])")
#: A colon printed with no space after it between words: "London:Routledge", "Basingstoke
#: and New York:Palgrave Macmillan", "principals:The impact".
_GLUED_COLON = re.compile(r"(?<=[a-z]):(?=[A-Z][a-z])")
#: A full stop printed with no space after it between words: "governance failure.Pages
#: 143–162 in", "The Symposium.Trans. Christopher Gill.London" (not in a link:
#: "www.Example.org", "https://example.Org").
_GLUED_FULL_STOP = re.compile(r"(?<![/@.\w])(?!www\.)([A-Za-z][a-z]{2,})\.(?=[A-Z][a-z]{2})")


def with_marks_spaced(text: str) -> str:
    """`text` with a colon or full stop run into the next word spaced out
    ("London:Routledge", "failure.Pages 143–162"), and the Polish "[w:]" before editors
    read as "In:", so that the words around them are read as words."""
    # The cheap tests first: a pattern opening with a literal character is searched fast.
    if _FULL_STOP_BEFORE_WORD.search(text):
        text = _GLUED_FULL_STOP.sub(r"\1. ", text)
    if ":" not in text:
        return text
    if _COLON_BEFORE_WORD.search(text):
        text = _GLUED_COLON.sub(": ", text)
    if ":]" in text:
        text = _BRACKETED_IN.sub("In:", text)
    return text
