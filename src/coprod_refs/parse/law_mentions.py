"""In-text mentions of the laws a text's reference list cites: "the Care Act 2014",
"(Localism Act 2011)", "Americans with Disabilities Act of 1990", "under the Care Act".

A text names a law rather than citing an author and a year, so the author-year reader
never sees it. Once the reference list is parsed, the laws it holds are known by name;
each place the text prints a law's name with its year (the year the law's title holds,
or its reference's year) is a mention of it, its `authors` the law's name (`resolve`
finds the law under that name).

A name printed without its year ("Under the Care Act, assessments …", "Directive
2000/60/EC") is a mention only where it cannot be another law: the list holds no other
year's law of that name ("the Children Act" next to the Children Acts 1989 and 2004
names neither), no year follows it ("Care Act 1990" is not the Care Act 2014), and it is
printed whole, with its capitals as listed, not as the end of a longer name ("the
Health and Care Act", "the Social Care Act"; "the act" and "care act" never match). A
name holding its official number (an EU act's) is one law's wherever it stands. Such a
mention carries the listed law's year and cites it as the dated form does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from coprod_refs.model.extracted import ExtractedMention, ExtractedWork
from coprod_refs.parse.legislation import law_name
from coprod_refs.parse.sentences import split_sentences
from coprod_refs.text.normalize import normalize

#: The part of a law a mention points at: ", s. 81", ", section 2(1)", ", Sch. 3".
_SECTION = (
    r"(?:,?\s+(?P<locator>(?i:ss?|sec|section|sections|art|article|para|pt|part|sch|schedule)"
    r"\.?\s*\d+[A-Z]?(?:\(\w{1,4}\))*))?"
)
#: A year printed right after a law's name: "Care Act 1990", "Care Act, 1990", "(1990)".
_A_YEAR = re.compile(r",?\s+(?:of\s+)?\(?\d{4}(?!\d)")
#: The words before a name that make it the end of a longer one: a capitalised word
#: other than "The", with any joining words after it ("Social …", "Health and …").
_LONGER_NAME = re.compile(r"(?<![\w'’-])(?!The\s)[A-Z][\w'’-]*\s+(?:(?:and|of|for|with|on|&)\s+)*$")
#: How far back `_LONGER_NAME` looks.
_LOOK_BACK = 80


def find_law_mentions(
    text: str, references: Sequence[ExtractedWork], exclude: Sequence[tuple[int, int]] = ()
) -> list[ExtractedMention]:
    """Every place `text` names one of the laws among `references`, in reading order,
    outside the `exclude` spans (the reference list): with its year, or without it where
    the name can be no other law (see the module's docstring)."""
    laws = _listed_laws(references)
    if not laws:
        return []
    norm = normalize(text)
    sentences = split_sentences(norm.text)
    mentions = []
    for name, years in laws.items():
        for year, match in _printed(norm.text, name, years):
            start, end = norm.original_span(match.start(), match.end())
            if any(start < x_end and x_start < end for x_start, x_end in exclude):
                continue
            mentions.append(
                ExtractedMention(
                    authors=[name],
                    year=year,
                    surface=norm.quote(match.start(), match.end()),
                    locator=" ".join((match.group("locator") or "").split()),
                    context=sentences.around(match.start(), match.end()),
                    start=start,
                    end=end,
                    narrative=norm.text[max(0, match.start() - 1) : match.start()] != "(",
                )
            )
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _listed_laws(references: Sequence[ExtractedWork]) -> dict[str, list[int]]:
    """The names of the dated laws among `references`, each with the years listed under
    it ("Children Act": [1989, 2004])."""
    laws: defaultdict[str, set[int]] = defaultdict(set)
    for reference in references:
        if reference.type == "legislation" and reference.year is not None:
            name = law_name(reference.title)[0]
            if name:
                laws[name].add(reference.year)
    return {name: sorted(years) for name, years in laws.items()}


def _printed(text: str, name: str, years: list[int]) -> Iterator[tuple[int, re.Match[str]]]:
    """Each place `text` prints the law called `name` with one of its listed `years`, or
    without a year where it can be no other law, with the year it stands for."""
    for year in years:
        for match in _name_pattern(name, year).finditer(text):
            if match.group("year") is not None or (len(years) == 1 and _alone(text, match)):
                yield year, match


def _name_pattern(name: str, year: int) -> re.Pattern[str]:
    """A law's name printed with `year` (group `year`) or on its own, then any locator."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(
        rf"(?<![\w-])(?P<name>{words})"
        rf"(?:,?\s+(?:of\s+)?(?P<year>{year}|\({year}\))(?!\d)|(?![\w-])){_SECTION}"
    )


def _alone(text: str, match: re.Match[str]) -> bool:
    """True when the name `match` found without its year names the one listed law: no
    year follows it, and it is not the end of a longer name unless it holds a number."""
    if _A_YEAR.match(text, match.end("name")):
        return False
    if any(c.isdigit() for c in match.group("name")):
        return True
    before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
    return _LONGER_NAME.search(before) is None
