"""The grammar of numbered citations ("[3, 5–7]", "[see 12, p. 4]", "refs. 3–5").

Kept apart from the author-year grammar because it reads different things (reference-list
numbers and ranges, not names and years) and is only used when a text's reference list
is numbered; it shares the locator reading ("p. 12", "Fig. 3") with that grammar.

    numbered  := prefix? numbers
    numbers   := item labelled-locator? (("," | ";")? ("and" | "&")? item labelled-locator?)*
    item      := number (range number)?
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_refs.parse.citation_grammar import LOCATOR_LABELS, RANGE_DASHES, locator_at
from coprod_refs.parse.citation_tokens import Tok, prefix_text, text_at

_NUMBER_RANGE = RANGE_DASHES | {"−"}
_NUMBER_PREFIXES = frozenset({"see", "cf", "e", "g", "eg", "also", "for", "example", "compare"})
#: Longest range of numbers expanded ("[3–7]" cites five works); a longer one is no citation.
MAX_NUMBER_RANGE = 200


@dataclass(frozen=True)
class CitedNumber:
    """One reference-list number cited in a numbered style, with its locator ("[3, p. 12]"
    cites 3 at "p. 12"); `end` is the offset after its last token."""

    number: int
    locator: str = ""
    end: int = 0


def _number_at(toks: list[Tok], i: int) -> int | None:
    """A cited number (1 to 999) at token i, not part of "3rd", "45%" or "2.5"."""
    tok = toks[i] if i < len(toks) else None
    if tok is None or tok.kind != "N" or len(tok.text) > 3:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.start == tok.end:
        if nxt.kind == "W" or nxt.text in "%°":
            return None
        after = toks[i + 2] if i + 2 < len(toks) else None
        if nxt.text == "." and after is not None and after.kind == "N" and after.start == nxt.end:
            return None
    value = int(tok.text)
    return value if value >= 1 else None


def _number_item_at(toks: list[Tok], i: int) -> tuple[int, int, int] | None:
    """One number or range ("5–7") at token i: first, last and the index after it."""
    first = _number_at(toks, i)
    if first is None:
        return None
    if text_at(toks, i + 1) in _NUMBER_RANGE:
        last = _number_at(toks, i + 2)
        if last is not None:
            return first, last, i + 3
    return first, first, i + 1


def _labelled_locator_at(toks: list[Tok], i: int) -> tuple[str, int, int] | None:
    """A locator with a label after a cited number (", p. 12", ", Fig. 3", ": § 4"); a bare
    number after a comma is the next citation, not a page."""
    if text_at(toks, i) not in (",", ":") or i + 1 >= len(toks):
        return None
    label = toks[i + 1]
    if label.text != "§" and not (label.kind == "W" and label.text.lower() in LOCATOR_LABELS):
        return None
    return locator_at(toks, i)


def numbers_at(toks: list[Tok], i: int) -> tuple[list[CitedNumber], int] | None:
    """The numbers cited from token i on ("3, 5–7", "3 and 5", "12, p. 4; 15"), ranges
    expanded, and the index after them; None when no number starts there or a range runs
    backwards or too far."""
    cited: list[CitedNumber] = []
    while True:
        item = _number_item_at(toks, i)
        if item is None:
            return (cited, i) if cited else None
        first, last, j = item
        if last < first or last - first > MAX_NUMBER_RANGE:
            return None
        end = toks[j - 1].end
        numbers = [CitedNumber(n, end=end) for n in range(first, last + 1)]
        located = _labelled_locator_at(toks, j)
        if located is not None:
            text, end, j = located
            numbers[-1] = CitedNumber(last, text, end)
        cited.extend(numbers)
        k = j + 1 if text_at(toks, j) in (",", ";") else j
        if text_at(toks, k) in ("and", "&"):
            k += 1
        if k == j or _number_item_at(toks, k) is None:
            return cited, j
        i = k


def numbered_group(toks: list[Tok]) -> tuple[str, list[CitedNumber]] | None:
    """The prefix ("see", "cf.") and the numbers of a bracket that holds only a numbered
    citation ("[3, 5–7]", "[see 12, p. 4]"), or None when it holds anything else."""
    i = 0
    while (
        i < len(toks)
        and i < 8
        and (toks[i].text.lower() in _NUMBER_PREFIXES or toks[i].text in ".,:")
    ):
        i += 1
    found = numbers_at(toks, i)
    if found is None or found[1] != len(toks):
        return None
    return prefix_text(toks, i), found[0]
