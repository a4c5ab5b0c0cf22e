"""In-text citations in author-page styles (MLA): "(Ostrom 1073)", "(Pestoff and Brandsen
12–14)", "(Brandsen et al. 45)", "(Alford, Engaging 3)", "(qtd. in Bovaird 849)",
"(Bovaird 847; Ostrom 1080)", and, once a text cites so, a page alone after a sentence
that names the author: "Bovaird argues that users shape outcomes (847)".

These styles print no year in the text: the author's family name, and a short title
when the list holds more than one work by that author, point into the reference list.
So they are read only against the text's own list: a parenthesis is a citation when its
names are those of exactly one listed work (its first author, then the others; "et al."
for three or more), narrowed by the short title if one is given. A name or title that
fits no listed work, or several, gives no mention: a guess would link the wrong work.
Each mention carries its work's year, so it resolves as an author-year mention does.

A parenthesis holding only names ("(Ostrom)") or only a page ("(847)") is read only in
a text that cites by author and page elsewhere, and a page alone only when the same
sentence names the work's authors before it and the number is no item of an
enumeration ("(1) … (2) …").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from coprod_refs.model.extracted import ExtractedMention, ExtractedWork
from coprod_refs.parse.citation_tokens import is_acronym
from coprod_refs.parse.cited_names import PARTICLE_PATTERN, UPPER_LETTERS
from coprod_refs.parse.sentences import Sentences, split_sentences
from coprod_refs.parse.work_lookup import author_keys, first_author_key, opens_with, title_words
from coprod_refs.text.fold import name_key
from coprod_refs.text.normalize import NormalizedText, normalize

#: Longest parenthesis read (a long aside is no citation).
_MAX_CHARS = 200
#: One author as an author-page citation prints it: a family name with any particles
#: ("van Eijk"), or a body's name of capitalised words joined by "of", "for", "the"
#: ("Department of Health").
_NAME = (
    rf"(?:(?:{PARTICLE_PATTERN})\s+)*[{UPPER_LETTERS}][\w'’-]+"
    rf"(?:\s+(?:(?:of|for|the|on|in)\s+)*[{UPPER_LETTERS}][\w'’-]+){{0,7}}"
)
_NAMES = re.compile(
    rf"^(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+(?:and|&)\s+{_NAME})?)"
    rf"(?P<etal>,?\s+et\s+al\.?)?$"
)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
#: Pages, paragraphs, chapters, lines as MLA cites them: "1073", "12–14", "xiv", "2: 45",
#: "par. 4", "ch. 3", "ll. 10-12", "45, 47".
_PAGE = r"(?:\d{1,5}|[xivlc]{1,7})[a-z]?"
_LOCATOR = (
    r"(?:(?:pp?|pars?|paras?|ch|chap|sec|secs|ll?|lines?|col|fol)\.?\s*)?(?:\d{1,2}\s*:\s*)?"
    rf"{_PAGE}(?:\s*[-–—]\s*{_PAGE})?(?:\s*,\s*\d{{1,5}}(?:\s*[-–—]\s*\d{{1,5}})?)*"
)
_TRAILING_LOCATOR = re.compile(rf"(?:,\s*|\s+)(?P<locator>{_LOCATOR})$")
_LOCATOR_ONLY = re.compile(rf"^{_LOCATOR}$")
#: Words leading into a citation: "see", "see also", "cf.", "qtd. in", "e.g.".
_LEAD_IN = re.compile(
    r"^(?:(?:see(?:\s+also)?|cf\.?|compare|qtd\.?\s+in|quoted\s+in|cited\s+in|e\.\s?g\.,?)\s+)+",
    re.IGNORECASE,
)
_ROUND = re.compile(r"[()]")
#: A parenthesis of the text as printed, for the cheap test before the full reading.
_RAW_PARENTHESIS = re.compile(rf"\(([^()]{{2,{_MAX_CHARS}}})\)")
#: A year, where an author-year citation puts it: never read as a page.
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b")
_QUOTES = "\"“”‘’'«»"
#: A short title cited before the page: capitalised, perhaps quoted, at most 61
#: characters and no digit, bracket or semicolon.
_SHORT_TITLE = re.compile(r"^[\"“‘'«]?[A-ZÀ-ÖØ-Þ][^()\d;]{0,60}$")
_NAME_START = re.compile(rf"(?<![\w'’-])(?:(?:{PARTICLE_PATTERN})\s+)*[{UPPER_LETTERS}][\w'’-]+")


@dataclass(frozen=True)
class _Cited:
    """One work a parenthesis cites: where (in the normalized text), how it was named,
    the page cited and what leads into it ("see")."""

    work: ExtractedWork
    names: list[str]
    et_al: bool
    locator: str
    prefix: str
    start: int
    end: int


class _ListedWorks:
    """The text's listed works by the folded family name of their first author."""

    def __init__(self, references: Sequence[ExtractedWork]) -> None:
        self.by_first: dict[str, list[ExtractedWork]] = defaultdict(list)
        for work in references:
            key = first_author_key(work)
            if key and work.type != "legislation":
                self.by_first[key].append(work)

    def find(
        self, names: list[str], et_al: bool, title: str, exact: bool = False
    ) -> ExtractedWork | None:
        """The one listed work these cited names (and short title) fit, else None; with
        `exact`, only a work with just these authors (or more, cited "et al.")."""
        cited = [name_key(n) for n in names]
        fits: list[tuple[int, ExtractedWork]] = []
        for work in self.by_first.get(cited[0], []):
            keys = author_keys(work)
            if keys[: len(cited)] != cited:
                continue
            if et_al:
                whole = len(keys) > len(cited)
            elif len(keys) < len(cited):
                continue
            else:
                whole = len(keys) == len(cited)
            fits.append((2 if whole else 1, work))
        if title:
            short = title_words(title)
            fits = [(f, w) for f, w in fits if opens_with(title_words(w.title), short)]
        if not fits:
            return None
        best = max(f for f, _ in fits)
        if exact and best < 2:
            return None
        works = {(w.year, w.year_suffix, w.title): w for f, w in fits if f == best}
        return next(iter(works.values())) if len(works) == 1 else None


def find_author_page_mentions(
    text: str, references: Sequence[ExtractedWork], exclude: Sequence[tuple[int, int]] = ()
) -> list[ExtractedMention]:
    """Every author-page citation in `text` of a work among `references` (the text's own
    list), in reading order, outside the `exclude` spans (the list, other citations)."""
    listed = _ListedWorks(references)
    if not listed.by_first or not _cites_by_page_anywhere(text):
        return []
    norm = normalize(text)
    sentences = split_sentences(norm.text)
    brackets = [
        (o, c) for o, c in _parentheses(norm.text) if not _overlaps(norm, o, c + 1, exclude)
    ]
    found: list[tuple[_Cited, bool]] = []
    rest: list[tuple[int, int]] = []
    for open_at, close_at in brackets:
        cited = _parenthetical(norm.text, open_at, close_at, listed, with_locator=True)
        if cited:
            found.extend((c, False) for c in cited)
        else:
            rest.append((open_at, close_at))
    if found:  # the text cites by author and page: names alone and pages alone too
        for open_at, close_at in rest:
            cited = _parenthetical(norm.text, open_at, close_at, listed, with_locator=False)
            if not cited:
                narrative = _narrative(norm.text, sentences, open_at, close_at, listed)
                cited = [narrative] if narrative else []
            found.extend((c, c.start < open_at) for c in cited)
    mentions = [_mention(norm, sentences, c, narrative) for c, narrative in found]
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _overlaps(norm: NormalizedText, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    o_start, o_end = norm.original_span(start, end)
    return any(o_start < x_end and x_start < o_end for x_start, x_end in spans)


def _parentheses(text: str) -> Iterator[tuple[int, int]]:
    """(open, close) offsets of every round bracket pair with no bracket inside, no
    longer than _MAX_CHARS and on no more than two lines."""
    opened = -1
    for match in _ROUND.finditer(text):
        i = match.start()
        if text[i] == "(":
            opened = i
        elif opened >= 0:
            if i - opened <= _MAX_CHARS and text.count("\n", opened, i) <= 1:
                yield opened, i
            opened = -1


def _parenthetical(
    text: str, open_at: int, close_at: int, listed: _ListedWorks, with_locator: bool
) -> list[_Cited]:
    """The works a parenthesis cites by their authors, one per part between semicolons;
    none unless every part cites one. `with_locator`: every part must cite a page."""
    cited = []
    at = open_at + 1
    for part in text[open_at + 1 : close_at].split(";"):
        one = _part(part, at, listed)
        if one is None or (not one.locator and (with_locator or _is_gloss(one.names))):
            return []
        cited.append(one)
        at += len(part) + 1
    return cited


def _is_gloss(names: list[str]) -> bool:
    """A short name alone in brackets glosses the name before it ("Organisation for
    Economic Co-operation and Development (OECD)"): it cites nothing."""
    return len(names) == 1 and is_acronym(names[0])


def _part(part: str, at: int, listed: _ListedWorks) -> _Cited | None:
    """The work one citation ("qtd. in Bovaird 849") names, with its page; `at` is the
    part's offset in the text."""
    stripped = part.strip()
    lead = _LEAD_IN.match(stripped)
    prefix = lead.group(0).strip() if lead else ""
    start = at + part.index(stripped) + (lead.end() if lead else 0)
    end = at + part.index(stripped) + len(stripped)
    body, locator = _split_locator(stripped[lead.end() :] if lead else stripped)
    found = _named(body, listed)
    if found is None:
        return None
    work, names, et_al = found
    return _Cited(work, names, et_al, locator, prefix, start, end)


def _split_locator(body: str) -> tuple[str, str]:
    """("Alford, Engaging", "3") from "Alford, Engaging 3"; (body, "") with no page, and
    with a year where the page would stand ("Alford, 2002" cites by year, not page)."""
    match = _TRAILING_LOCATOR.search(body)
    if match is None or _YEAR.fullmatch(match.group("locator")):
        return body, ""
    return body[: match.start()], match.group("locator")


def _cites_by_page_anywhere(text: str) -> bool:
    """A parenthesis of `text` holds words and a page but no year ("(Ostrom 1073)"): the
    cheap test that spares a text citing only by year the full reading."""
    for match in _RAW_PARENTHESIS.finditer(text):
        body, locator = _split_locator(match.group(1).strip())
        if locator and not _YEAR.search(body) and any(c.isalpha() for c in body):
            return True
    return False


def _named(
    body: str, listed: _ListedWorks, exact: bool = False
) -> tuple[ExtractedWork, list[str], bool] | None:
    """The work "Pestoff and Brandsen" or "Alford, Engaging" names: the first comma
    parts that read as names are the authors, the rest the short title (see
    `_ListedWorks.find` for `exact`)."""
    parts = [p.strip() for p in body.split(",")]
    for cut in range(len(parts), 0, -1):
        names = _NAMES.match(", ".join(parts[:cut]))
        if names is None:
            continue
        title = ", ".join(parts[cut:]).strip(_QUOTES + " .")
        authors = [n for n in _NAME_SPLIT.split(names.group("names")) if n]
        work = listed.find(authors, bool(names.group("etal")), title, exact)
        if work is not None:
            return work, authors, bool(names.group("etal"))
    return None


def _narrative(
    text: str, sentences: Sentences, open_at: int, close_at: int, listed: _ListedWorks
) -> _Cited | None:
    """The work a page alone ("(847)", or with a short title: "(Engaging 3)") cites: the
    one listed work whose authors the sentence names last before the parenthesis; never
    an item of an enumeration."""
    inside = text[open_at + 1 : close_at].strip()
    if _LOCATOR_ONLY.match(inside):
        title, locator = "", inside
    else:
        title, locator = _split_locator(inside)
        if not locator or not _SHORT_TITLE.match(title):
            return None
    begin = sentences.starts[max(0, bisect_right(sentences.starts, open_at) - 1)]
    if locator.isdigit() and _enumerates(text, begin, int(locator)):
        return None
    before = text[begin:open_at]
    for name in reversed(list(_NAME_START.finditer(before))):
        found = _names_from(before, name.start(), title, listed)
        if found is not None:
            work, names, et_al = found
            return _Cited(work, names, et_al, locator, "", begin + name.start(), close_at + 1)
    return None


def _names_from(
    before: str, at: int, title: str, listed: _ListedWorks
) -> tuple[ExtractedWork, list[str], bool] | None:
    """The work named by the names that open at `at` ("Pestoff and Brandsen argue"), and
    by `title` if a short title is cited: all its authors, as a sentence names them."""
    words = before[at:].split()
    for count in range(min(len(words), 8), 0, -1):
        names = " ".join(words[:count]).rstrip(".,;:").removesuffix("’s").removesuffix("'s")
        found = _named(f"{names}, {title}" if title else names, listed, exact=True)
        if found is not None:
            return found
    return None


def _enumerates(text: str, begin: int, number: int) -> bool:
    """The sentence from `begin` holds "(n-1)" or "(n+1)" too: items, not pages."""
    end = text.find("\n\n", begin)
    sentence = text[begin : end if end >= 0 else len(text)]
    return f"({number - 1})" in sentence or f"({number + 1})" in sentence


def _mention(
    norm: NormalizedText, sentences: Sentences, cited: _Cited, narrative: bool
) -> ExtractedMention:
    start, end = norm.original_span(cited.start, cited.end)
    work = cited.work
    return ExtractedMention(
        authors=cited.names,
        et_al=cited.et_al,
        year=work.year,
        year_suffix=work.year_suffix,
        no_date=work.no_date,
        surface=norm.quote(cited.start, cited.end),
        locator=cited.locator,
        prefix=cited.prefix,
        context=sentences.around(cited.start, cited.end),
        start=start,
        end=end,
        narrative=narrative,
    )
