"""Pandoc's citations by key in a Markdown text, as mentions of the works with those
citekeys: "[see @ostrom1990, p. 45; @bovaird2007]" (each item with its prefix and
locator), "[-@alford2009]" (author suppressed), and narrative "@pestoff2006 argues" or
"@pestoff2006 [p. 12] argues". Cross-references ("@fig-map", "@sec:intro") and e-mail
addresses are not citations. The graph links each to the work whose citekey or alias it
names; the keys are those `export` wrote, so a paper drafted against the store links back
to it."""

from __future__ import annotations

import re

from coprod_refs.model import ExtractedMention
from coprod_refs.parse.sentences import Sentences, split_sentences
from coprod_refs.text.markdown import CITATION, CROSS_REFERENCE

#: A line break inside a paragraph, which no sentence ends at (offsets kept: one space).
_LINE_IN_PARAGRAPH = re.compile(r"(?<!\n)\n(?!\n)")
#: A locator in brackets right after a narrative citation: "@pestoff2006 [p. 12]".
_NARRATIVE_LOCATOR = re.compile(r"[ \t]{0,3}\n?[ \t]{0,3}\[(?P<locator>[^\[\]\n@]{1,80})\]")
#: How far a citation's brackets are looked for on its line.
_BRACKET_REACH = 500


def find_key_mentions(text: str, citable: str | None = None) -> list[ExtractedMention]:
    """Every pandoc citation by key in `text` (Markdown with its markup already read, see
    `text.markdown.markdown_text`), in order, each with the sentence it stands in. When
    given, `citable` is `text` with every "@" that opens no citation blanked (same
    length), and citations are looked for there."""
    sentences: Sentences | None = None  # split only once a citation is found
    out: list[ExtractedMention] = []
    for match in CITATION.finditer(text if citable is None else citable):
        key = match.group("braced") or match.group("key")
        if key.isspace() or CROSS_REFERENCE.match(key):
            continue  # "@{ }" (a code span stood there) names nothing
        if sentences is None:
            sentences = split_sentences(_LINE_IN_PARAGRAPH.sub(" ", text))
        bracket = _enclosing_bracket(text, match.start(), match.end())
        if bracket is None:
            start, end, prefix, locator = _narrative(text, match)
        else:
            start, end, prefix, locator = _bracketed(text, match, *bracket)
        out.append(
            ExtractedMention(
                key=key,
                surface=text[start:end],
                locator=locator,
                prefix=prefix,
                context=sentences.around(start, end),
                start=start,
                end=end,
                narrative=bracket is None,
            )
        )
    return out


def _enclosing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the "[" and "]" around a citation on its line, or None."""
    line_start = text.rfind("\n", max(0, start - _BRACKET_REACH), start) + 1
    opening = max(text.rfind("[", line_start, start), line_start - 1)
    if opening < line_start or text.find("]", opening, start) >= 0:
        return None
    line_end = text.find("\n", end, end + _BRACKET_REACH)
    line_end = end + _BRACKET_REACH if line_end < 0 else line_end
    closing = text.find("]", end, line_end)
    if closing < 0 or text.find("[", end, closing) >= 0:
        return None
    return opening, closing


def _bracketed(
    text: str, match: re.Match[str], opening: int, closing: int
) -> tuple[int, int, str, str]:
    """(start, end, prefix, locator) of one item of a bracketed citation, which runs from
    the ";" (or bracket) before the key to the next ";" (or bracket): the surface is the
    key and its locator, the prefix the words before the key."""
    item_start = max(text.rfind(";", opening, match.start()), opening) + 1
    item_end = text.find(";", match.end(), closing)
    item_end = closing if item_end < 0 else item_end
    prefix = text[item_start : match.start()].strip().rstrip(",").strip()
    locator = text[match.end() : item_end].strip().lstrip(",").strip()
    end = len(text[:item_end].rstrip())
    return match.start(), max(end, match.end()), prefix, locator


def _narrative(text: str, match: re.Match[str]) -> tuple[int, int, str, str]:
    """(start, end, prefix, locator) of a citation in the running text, with the locator
    in brackets that may follow it."""
    after = _NARRATIVE_LOCATOR.match(text, match.end())
    if after is None:
        return match.start(), match.end(), "", ""
    return match.start(), after.end(), "", after.group("locator").strip()
