"""In-text citations: author-year ("(Ostrom & Ostrom, 1977)", "Brudney and England (1983)")
and numbered ("[3, 5–7]", "refs. 3–5").

The text is normalized first (Unicode, PDF line wraps and hyphenation), then every
innermost pair of brackets is read: a parenthesis holding author lists and years is a
parenthetical citation of one or more works; a parenthesis holding only years ("(1983)",
"(2009, p. 183)") is a narrative citation when names stand just before it. Offsets are
mapped back to the original text, so `text[m.start:m.end] == m.surface` holds; in a page
set in two columns side by side, read column by column, a citation broken over two
lines of a column quotes its own words, and its span covers the other column's too.

One mention is made per cited year: "(Parks, et al., 1981 & 1999)" gives two mentions
that share the surface "Parks, et al., 1981 & 1999". A parenthetical surface runs from
the first name to the last year or locator of that work, without the brackets or a
prefix such as "see"; a narrative surface runs from the first name to the closing
bracket ("Alford (2009, p. 183)"). A body cited by a short name the text introduced
("World Health Organization [WHO]", then "(WHO, 2020)") is given its long name.

Numbered citations ("[12]", "[3, 5–7]", "refs. 3–5", and "(12)" where the list itself
is numbered "(1)", "(2)", ...) are read only when the text's reference list is numbered,
and give one mention per cited number with `label` set and no authors; all the numbers
of one bracket share its surface ("[3, 5–7]").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from coprod_refs.model.extracted import ExtractedMention
from coprod_refs.parse.citation_grammar import CitedWork, parse_group, years_only
from coprod_refs.parse.citation_tokens import Tok, is_acronym, mark_names, tokenize
from coprod_refs.parse.cited_names import PARTICLES, Names, names_before, short_forms
from coprod_refs.parse.finder import (
    find_reference_entries,
    find_reference_section,
    reference_list_is_notes,
)
from coprod_refs.parse.numbered_citations import CitedNumber, numbered_group, numbers_at
from coprod_refs.parse.original_date import split_original
from coprod_refs.parse.sentences import Sentences, split_sentences
from coprod_refs.parse.superscripts import superscript_citations
from coprod_refs.text.normalize import NormalizedText, normalize, with_ascii_marks

#: Longest bracket content read as a citation (a long aside is not one).
MAX_BRACKET_CHARS = 1500
#: How far before a narrative citation's bracket its names may start.
NARRATIVE_WINDOW = 240
#: The stretch read first for those names (most narrative citations need no more), and
#: how many tokens before them must be in it for the reading to be final.
SHORT_WINDOW = 100
LOOKBEHIND_TOKENS = 16

_BRACKETS = re.compile(r"[()\[\]]|\n[ \t]*\n")
_PAIRS = {")": "(", "]": "["}
_YEARISH = re.compile(r"\d{4}|\bn\.\s?d\b|\bnd\b|(?i:\bin press\b|\bforthcoming\b)")
#: Longest bracket content read as a numbered citation ("[3, 5–7, 9, p. 12]").
MAX_NUMBERED_CHARS = 120
#: Share of list entries that must carry a number for the list to count as numbered.
NUMBERED_SHARE = 0.8
#: How far after "refs." its numbers are read.
PHRASE_WINDOW = 120
#: The short window read first, and the room a following ", pp. 12" or "and 5" needs.
_SHORT_PHRASE = 40
_PHRASE_MARGIN = 16
#: Marks a parenthesised citation may follow ("services (1)", "care” (2)").
_CLOSING_MARKS = frozenset(").]%”’\"'")
#: What follows a single parenthesised number that cites ("(1).", "(1), and").
_AFTER_SINGLE = frozenset(".,;:!?)\n")
_ROUND_NUMBERS = re.compile(r"\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)")
_SQUARE_NUMBERS = re.compile(r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")
#: A lower-case name opening a reference-list entry, perhaps spelled out, before its
#: year: "nef (2008).", "nef (new economics foundation) (2008)".
_LOWER_CASE_AUTHOR_PATTERN = (
    r"([a-z][a-z&]{1,19})(?:[ \t]\([^()\d\n]{1,80}\))?[.,]?[ \t]*\(?"
    r"(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)"
)
_LOWER_CASE_AUTHOR = re.compile(_LOWER_CASE_AUTHOR_PATTERN)
_LOWER_CASE_OPENING = re.compile(r"^[ \t]*" + _LOWER_CASE_AUTHOR_PATTERN, re.MULTILINE)
#: Longest "[WHO]" read as a body's short name inside a parenthesis.
_MAX_SHORT_FORM = 18
#: From "[" to "]" of "[1922]".
_BRACKETED_YEAR_LENGTH = 5
_REFS_WORD = re.compile(r"\b(?:[Rr]efs?\b\.?|[Rr]eferences?)[ ]?(?=\d)")


def find_mentions(
    text: str, exclude: Sequence[tuple[int, int]] = (), numbering: ListNumbering | None = None
) -> list[ExtractedMention]:
    """Every in-text citation in `text` (author-year, and numbered when the text's reference
    list is numbered), in reading order, with offsets into `text`; citations overlapping an
    `exclude` span (e.g. the reference list) are left out. `numbering` describes a
    numbered list kept outside the text (a page's `citation_reference` tags), in place
    of the text's own."""
    norm = normalize(text)
    sentences = split_sentences(norm.text)  # contexts quote the text's own marks
    norm = with_ascii_marks(norm)  # "（Ostrom，1996）" in a Chinese text
    numbered = _NumberedReader(norm, sentences, exclude, numbering)
    author_year = _AuthorYearReader(norm)
    mentions: list[ExtractedMention] = []
    for open_at, close_at in innermost_brackets(norm.text):
        works = author_year.works(open_at, close_at)
        for work in works:
            start, end = norm.original_span(work.start, work.end)
            if not _overlaps(start, end, exclude):
                mentions.extend(_mentions_of(work, norm, sentences, start, end))
        if not works:
            mentions.extend(numbered.bracket(open_at, close_at))
    mentions.extend(numbered.phrases())
    if not any(m.label for m in mentions):
        mentions.extend(numbered.superscripts())
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < x_end and x_start < end for x_start, x_end in spans)


def innermost_brackets(text: str) -> Iterator[tuple[int, int]]:
    """(open, close) offsets of every bracket pair with no bracket inside, in order;
    pairs never span a blank line or more than MAX_BRACKET_CHARS. A short form in square
    brackets inside a parenthesis ("(World Health Organization [WHO], 2018)") does not
    count as a bracket inside it; nor does an original year in square brackets beside
    the year of the edition cited ("(Weber [1922] 1978)"), which is no pair of its own."""
    stack: list[tuple[str, int, bool]] = []
    for match in _BRACKETS.finditer(text):
        char = match.group()
        if char in "([":
            stack.append((char, match.start(), False))
        elif char in _PAIRS:
            if not stack or stack[-1][0] != _PAIRS[char]:
                continue
            kind, open_at, has_inner = stack.pop()
            if kind == "[" and _is_original_year(text, open_at, match.start()):
                continue
            if not has_inner and match.start() - open_at <= MAX_BRACKET_CHARS:
                yield open_at, match.start()
            if stack and not (kind == "[" and _is_short_form(text, open_at, match.start())):
                stack[-1] = (stack[-1][0], stack[-1][1], True)
        else:
            stack.clear()


def _is_short_form(text: str, open_at: int, close_at: int) -> bool:
    """The square brackets at (open_at, close_at) hold only a body's short name ("[WHO]")."""
    return close_at - open_at <= _MAX_SHORT_FORM and is_acronym(text[open_at + 1 : close_at])


def _is_original_year(text: str, open_at: int, close_at: int) -> bool:
    """The square brackets at (open_at, close_at) hold an original year printed beside
    the year of the edition cited: "[1922] 1978", "1978 [1922]"."""
    if close_at - open_at != _BRACKETED_YEAR_LENGTH:
        return False  # the cheap test first
    beside = text[max(0, open_at - 5) : close_at + 6]
    return split_original(beside)[1] == text[open_at + 1 : close_at]


class _AuthorYearReader:
    """Reads the author-year citations of a normalized text. What the text itself says
    about names is looked up only once a citation needs it: the short names it
    introduces ("World Health Organization [WHO]"), and the entries of its reference list
    (whose lower-case names, "nef (2008).", make "(nef 2008)" a citation)."""

    def __init__(self, norm: NormalizedText) -> None:
        self.text = norm.text
        self.original = norm.original

    def works(self, open_at: int, close_at: int) -> list[CitedWork]:
        """The works cited in the bracket pair at (open_at, close_at), authors introduced
        by a short name given their long name."""
        works = _works_in(self.text, open_at, close_at)
        if not works and self._lower_case_names:
            works = _works_in(self.text, open_at, close_at, self._lower_case_names)
        return [self._with_long_names(work) for work in works]

    @cached_property
    def _entries(self) -> list[str]:
        """The cleaned entries of the text's own reference list."""
        return [entry.text for entry in find_reference_entries(self.original)]

    @cached_property
    def _lower_case_names(self) -> frozenset[str]:
        """The lower-case names that open entries of the text's reference list ("nef");
        the list is only looked at when a line of the text opens like such an entry."""
        if not _LOWER_CASE_OPENING.search(self.original):
            return frozenset()
        found = (_LOWER_CASE_AUTHOR.match(entry) for entry in self._entries)
        return frozenset(m.group(1) for m in found if m and m.group(1) not in PARTICLES)

    @cached_property
    def _short_forms(self) -> dict[str, tuple[int, str]]:
        """Short name -> (offset where the text introduces it, long name)."""
        return short_forms(self.text)

    def _with_long_names(self, work: CitedWork) -> CitedWork:
        """The work with each short name among its authors replaced by its long name."""
        if not any(is_acronym(name) for name in work.authors):
            return work
        authors = tuple(self._long_name(a, work.end) for a in work.authors)
        return work if authors == work.authors else replace(work, authors=authors)

    def _long_name(self, name: str, end: int) -> str:
        """The long name of the short name `name` when the text introduced it before
        `end`, unless the reference list knows the body only by the short one (the
        mention has one field for a name, and it should link to the list's entry)."""
        introduced = self._short_forms.get(name)
        if introduced is None or introduced[0] >= end:
            return name
        long = introduced[1]
        listed_short = any(_opens_with(entry, name) for entry in self._entries)
        if listed_short and not any(_opens_with(entry, long) for entry in self._entries):
            return name
        return long


def _opens_with(entry: str, name: str) -> bool:
    """The entry starts with the name as a whole word ("WRR (2012)", not "WRRS")."""
    return entry.startswith(name) and not entry[len(name) : len(name) + 1].isalnum()


def _works_in(
    text: str, open_at: int, close_at: int, names: frozenset[str] = frozenset()
) -> list[CitedWork]:
    """The works cited in the bracket pair at (open_at, close_at), reading the lower-case
    words in `names` as names."""
    content = text[open_at + 1 : close_at]
    if not _YEARISH.search(content):
        return []
    toks = mark_names(tokenize(content, open_at + 1), names)
    years = years_only(toks)
    if years is None:
        return _narrative_then_group(text, open_at, toks, names) or parse_group(toks)
    cited = _names_before_bracket(text, open_at, names)
    if cited is None:
        return []
    return [CitedWork(cited.names, cited.et_al, tuple(years), cited.start, close_at + 1, "", True)]


def _narrative_then_group(
    text: str, open_at: int, toks: list[Tok], names: frozenset[str]
) -> list[CitedWork]:
    """ "Pestoff (2006, 2012a; see also Brandsen & Pestoff, 2006)": the years before the
    bracket's first semicolon are a narrative citation of the names before the bracket
    (its surface ends at the semicolon), the rest a group of citations; [] when the
    bracket does not open with years alone."""
    semicolon = next((i for i, t in enumerate(toks) if t.text == ";"), 0)
    years = years_only(toks[:semicolon]) if semicolon else None
    if years is None:
        return []
    cited = _names_before_bracket(text, open_at, names)
    if cited is None:
        return []
    end = toks[semicolon].start
    narrative = CitedWork(cited.names, cited.et_al, tuple(years), cited.start, end, "", True)
    return [narrative, *parse_group(toks[semicolon + 1 :])]


def _names_before_bracket(
    text: str, open_at: int, names: frozenset[str] = frozenset()
) -> Names | None:
    """The names that end just before the bracket at `open_at` (a narrative citation),
    read from the last SHORT_WINDOW characters first and from the whole NARRATIVE_WINDOW
    only when the names, or the words the grammar looks at before them, may run past it;
    the lower-case words in `names` are read as names."""
    line_start = text.rfind("\n", 0, open_at) + 1
    if line_start and not text[line_start:open_at].strip():
        # The bracket opens a line: the names may end the line before ("et al.\n(2017)").
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    floor = max(0, open_at - NARRATIVE_WINDOW, line_start)
    # A bracket closes the stretch that can hold the names: "(see Smith (2000))".
    floor = max([floor] + [text.rfind(c, floor, open_at) + 1 for c in "()[]"])
    start = max(floor, open_at - SHORT_WINDOW)
    toks = mark_names(tokenize(text[start:open_at], start), names)
    found = names_before(toks)
    if start == floor:
        return found
    found_at = len(toks) if found is None else bisect_left([t.start for t in toks], found.start)
    if found_at >= LOOKBEHIND_TOKENS:
        return found
    return names_before(mark_names(tokenize(text[floor:open_at], floor), names))


def _mentions_of(
    work: CitedWork, norm: NormalizedText, sentences: Sentences, start: int, end: int
) -> Iterator[ExtractedMention]:
    surface = norm.quote(work.start, work.end)
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


@dataclass(frozen=True)
class ListNumbering:
    """How the text's own reference list is numbered: the highest number, whether its
    markers are "(12)" rather than "[12]" or "12.", and the list's span (never read for
    citations: its markers are not citations)."""

    highest: int
    parenthesised: bool
    section: tuple[int, int] | None
    #: Markers in square brackets ("[12]"): then "(12)" in the text is never a citation.
    bracketed: bool = False


def list_numbering(text: str) -> ListNumbering | None:
    """The numbering of the text's reference list, or None when the list is not numbered
    (then "[1990]", "[sic]" or "(1)" are never citations) or is the text's endnotes, whose
    numbers are the notes' (read by `parse.notes`), not a list's."""
    if reference_list_is_notes(text):
        return None
    entries = find_reference_entries(text)
    labelled = [e for e in entries if e.label.isdigit()]
    if len(labelled) < 2 or len(labelled) < NUMBERED_SHARE * len(entries):
        return None
    markers = [_marker_before(text, e.start)[:1] for e in labelled]
    return ListNumbering(
        highest=max(int(e.label) for e in labelled),
        parenthesised=2 * markers.count("(") > len(labelled),
        section=find_reference_section(text),
        bracketed=2 * markers.count("[") > len(labelled),
    )


def _marker_before(text: str, start: int) -> str:
    """The list marker ("[12]", "(12)", "12.") between an entry's line start and its text."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    return text[line_start:start].strip()


def _after_word(text: str, open_at: int) -> bool:
    """Whether the bracket at `open_at` stands after a space that follows a word or a
    closing mark on its line ("services (1)", not "29(1)" or "steps: (1)")."""
    before = text[max(0, open_at - 40) : open_at]
    word = before.rstrip(" ")
    return (
        len(word) < len(before)
        and bool(word)
        and (word[-1].isalnum() or word[-1] in _CLOSING_MARKS)
    )


class _NumberedReader:
    """Reads numbered citations in a normalized text; the reference list is looked at only
    once a bracket or "refs." could be one, so author-year texts pay nothing for it."""

    def __init__(
        self,
        norm: NormalizedText,
        sentences: Sentences,
        exclude: Sequence[tuple[int, int]],
        given: ListNumbering | None = None,
    ) -> None:
        self.norm = norm
        self.sentences = sentences
        self.exclude = exclude
        self.given = given
        self.previous_end = -1
        self.previous_narrative = False

    @cached_property
    def numbering(self) -> ListNumbering | None:
        return self.given if self.given is not None else list_numbering(self.norm.original)

    def bracket(self, open_at: int, close_at: int) -> list[ExtractedMention]:
        """The numbered citations of the bracket pair at (open_at, close_at), if any."""
        text = self.norm.text
        content = text[open_at + 1 : close_at]
        if len(content) > MAX_NUMBERED_CHARS or not any(c.isdigit() for c in content):
            return []
        group = numbered_group(tokenize(content, open_at + 1))
        if group is None or not self._allowed(group[1], open_at):
            return []
        prefix, cited = group
        between = text[self.previous_end : open_at] if self.previous_end >= 0 else "x"
        if between.strip(" ,") == "":
            narrative = self.previous_narrative
        else:
            narrative = _names_before_bracket(text, open_at) is not None
        self.previous_end, self.previous_narrative = close_at + 1, narrative
        return self._mentions(cited, prefix, open_at, close_at + 1, narrative)

    def phrases(self) -> list[ExtractedMention]:
        """The numbered citations written out with "ref."/"refs." ("refs. 3–5")."""
        text = self.norm.text
        found: list[ExtractedMention] = []
        for match in _REFS_WORD.finditer(text):
            numbers = self._numbers_after(match.end())
            if numbers is None or not self._allowed(numbers):
                continue
            end = max(c.end for c in numbers)
            found.extend(self._mentions(numbers, "", match.start(), end, False))
        return found

    def superscripts(self) -> list[ExtractedMention]:
        """The numbered citations printed as superscripts before the reference list
        ("interest.1 2", "design,3"), for a text that cites no number in brackets."""
        numbering = self.numbering
        if numbering is None:
            return []
        norm = self.norm
        end = len(norm.text)
        if numbering.section is not None:
            end = bisect_left(range(end), numbering.section[0], key=norm.to_original)
        found = []
        for cited in superscript_citations(norm.text, numbering.highest, end):
            first, last = norm.original_span(cited.start, cited.end)
            if _overlaps(first, last, self.exclude):
                continue
            found.extend(
                ExtractedMention(
                    label=str(number),
                    surface=norm.quote(cited.start, cited.end),
                    context=cited.context,
                    start=first,
                    end=last,
                )
                for number in cited.numbers
            )
        return found

    def _numbers_after(self, at: int) -> list[CitedNumber] | None:
        """The numbers that start at `at` and end on the same line, read from a short
        window first and from the whole PHRASE_WINDOW only when they may run past it."""
        text = self.norm.text
        stop = text.find("\n", at, at + PHRASE_WINDOW)
        stop = stop if stop >= 0 else min(len(text), at + PHRASE_WINDOW)
        short_end = min(stop, at + _SHORT_PHRASE)
        found = numbers_at(tokenize(text[at:short_end], at), 0)
        if short_end < stop and (found is None or found[0][-1].end + _PHRASE_MARGIN > short_end):
            found = numbers_at(tokenize(text[at:stop], at), 0)
        return found[0] if found else None

    def _allowed(self, cited: list[CitedNumber], open_at: int = -1) -> bool:
        """Whether numbers read at `open_at` (a bracket; -1 for "refs.") cite the list:
        each within it, and a round bracket only when the list's markers are "(1)", or
        they are "1." and the text cites in round brackets beyond doubt
        (`_round_citations`) and this one follows a word or a closing mark, not ":", ","
        or a line start as the items of "(1) first, (2) second" do."""
        numbering = self.numbering
        if numbering is None or not all(1 <= c.number <= numbering.highest for c in cited):
            return False
        if open_at < 0 or self.norm.text[open_at] != "(" or numbering.parenthesised:
            return True
        return (
            not numbering.bracketed
            and _after_word(self.norm.text, open_at)
            and self._round_citations
        )

    @cached_property
    def _round_citations(self) -> bool:
        """Whether the text cites numbers in round brackets somewhere beyond doubt: a group
        ("(2, 3)", "(4–6)") or a single number before punctuation ("services (1).")
        right after a word; never when it cites in square brackets ("[2]")."""
        text = self.norm.text
        if _SQUARE_NUMBERS.search(text):
            return False
        for match in _ROUND_NUMBERS.finditer(text):
            after = text[match.end() : match.end() + 1]
            group = any(c in match.group(1) for c in ",–-")
            if _after_word(text, match.start()) and (group or not after or after in _AFTER_SINGLE):
                return True
        return False

    def _mentions(
        self, cited: list[CitedNumber], prefix: str, start: int, end: int, narrative: bool
    ) -> list[ExtractedMention]:
        first, last = self.norm.original_span(start, end)
        section = self.numbering.section if self.numbering else None
        if _overlaps(first, last, self.exclude) or (section and _overlaps(first, last, [section])):
            return []
        surface = self.norm.quote(start, end)
        context = self.sentences.around(start, end)
        return [
            ExtractedMention(
                label=str(c.number),
                surface=surface,
                locator=c.locator,
                prefix=prefix if k == 0 else "",
                context=context,
                start=first,
                end=last,
                narrative=narrative,
            )
            for k, c in enumerate(cited)
        ]
