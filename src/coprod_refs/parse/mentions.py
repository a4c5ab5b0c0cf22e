"""In-text author-year citations: "(Ostrom & Ostrom, 1977)", "Brudney and England (1983)".

The text is normalized first (Unicode, PDF line wraps and hyphenation), then every
innermost pair of brackets is read: a parenthesis holding author lists and years is a
parenthetical citation of one or more works; a parenthesis holding only years ("(1983)",
"(2009, p. 183)") is a narrative citation when names stand just before it. Offsets are
mapped back to the original text, so `text[m.start:m.end] == m.surface` always holds.

One mention is made per cited year: "(Parks, et al., 1981 & 1999)" gives two mentions
that share the surface "Parks, et al., 1981 & 1999". A parenthetical surface runs from
the first name to the last year or locator of that work, without the brackets or a
prefix such as "see"; a narrative surface runs from the first name to the closing
bracket ("Alford (2009, p. 183)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from coprod_refs.model.extracted import ExtractedMention
from coprod_refs.parse.citation_grammar import (
    CitedWork,
    Tok,
    names_before,
    parse_group,
    tokenize,
    years_only,
)
from coprod_refs.parse.sentences import Sentences, split_sentences
from coprod_refs.text.normalize import NormalizedText, normalize

#: Longest bracket content read as a citation (a long aside is not one).
MAX_BRACKET_CHARS = 1500
#: How far before a narrative citation's bracket its names may start.
NARRATIVE_WINDOW = 240

_BRACKETS = re.compile(r"[()\[\]]|\n[ \t]*\n")
_PAIRS = {")": "(", "]": "["}
_YEARISH = re.compile(r"\d{4}|\bn\.\s?d\b|\bnd\b")


def find_mentions(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[ExtractedMention]:
    """Every author-year citation in `text`, in reading order, with offsets into `text`;
    citations overlapping an `exclude` span (e.g. the reference list) are left out."""
    norm = normalize(text)
    sentences = split_sentences(norm.text)
    mentions: list[ExtractedMention] = []
    for open_at, close_at in innermost_brackets(norm.text):
        for work in _works_in(norm.text, open_at, close_at):
            start, end = norm.original_span(work.start, work.end)
            if any(start < x_end and x_start < end for x_start, x_end in exclude):
                continue
            mentions.extend(_mentions_of(work, norm, sentences, start, end))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def innermost_brackets(text: str) -> Iterator[tuple[int, int]]:
    """(open, close) offsets of every bracket pair with no bracket inside, in order;
    pairs never span a blank line or more than MAX_BRACKET_CHARS."""
    stack: list[tuple[str, int, bool]] = []
    for match in _BRACKETS.finditer(text):
        char = match.group()
        if char in "([":
            if stack:
                stack[-1] = (stack[-1][0], stack[-1][1], True)
            stack.append((char, match.start(), False))
        elif char in _PAIRS:
            if not stack or stack[-1][0] != _PAIRS[char]:
                continue
            _, open_at, has_inner = stack.pop()
            if not has_inner and match.start() - open_at <= MAX_BRACKET_CHARS:
                yield open_at, match.start()
        else:
            stack.clear()


def _works_in(text: str, open_at: int, close_at: int) -> list[CitedWork]:
    content = text[open_at + 1 : close_at]
    if not _YEARISH.search(content):
        return []
    toks = tokenize(content, open_at + 1)
    years = years_only(toks)
    if years is None:
        return parse_group(toks)
    window_start = max(0, open_at - NARRATIVE_WINDOW, text.rfind("\n", 0, open_at) + 1)
    before = _window_tokens(text, window_start, open_at)
    names = names_before(before)
    if names is None:
        return []
    return [CitedWork(names.names, names.et_al, tuple(years), names.start, close_at + 1, "", True)]


def _window_tokens(text: str, start: int, end: int) -> list[Tok]:
    toks = tokenize(text[start:end], start)
    # A bracket closes the stretch that can hold the names: "(see Smith (2000))".
    cut = max((k for k, t in enumerate(toks) if t.text in "()[]"), default=-1)
    return toks[cut + 1 :]


def _mentions_of(
    work: CitedWork, norm: NormalizedText, sentences: Sentences, start: int, end: int
) -> Iterator[ExtractedMention]:
    surface = norm.original[start:end]
    context = sentences.around(work.start, work.end)
    for ref in work.years:
        yield ExtractedMention(
            authors=list(work.authors),
            et_al=work.et_al,
            year=ref.year,
            year_suffix=ref.suffix,
            no_date=ref.no_date,
            surface=surface,
            locator=ref.locator,
            prefix=work.prefix,
            context=context,
            start=start,
            end=end,
            narrative=work.narrative,
        )
