"""In-text mentions of the laws a text's reference list cites: "the Care Act 2014",
"(Localism Act 2011)", "Americans with Disabilities Act of 1990".

A text names a law rather than citing an author and a year, so the author-year reader
never sees it. Once the reference list is parsed, the laws it holds are known by name;
each place the text prints a law's name with its year (the year the law's title holds,
or its reference's year) is a mention of it, its `authors` the law's name (`resolve`
finds the law under that name). A name printed without its year is no mention: "the
Children Act" may be another year's act than the one listed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coprod_refs.model.extracted import ExtractedMention, ExtractedWork
from coprod_refs.parse.legislation import law_name
from coprod_refs.parse.sentences import split_sentences
from coprod_refs.text.normalize import normalize

#: The part of a law a mention points at: ", s. 81", ", section 2(1)", ", Sch. 3".
_SECTION = (
    r"(?:,?\s+(?P<locator>(?i:ss?|sec|section|sections|art|article|para|pt|part|sch|schedule)"
    r"\.?\s*\d+[A-Z]?(?:\(\w{1,4}\))*))?"
)


def find_law_mentions(
    text: str, references: Sequence[ExtractedWork], exclude: Sequence[tuple[int, int]] = ()
) -> list[ExtractedMention]:
    """Every place `text` names one of the laws among `references` with its year, in
    reading order, outside the `exclude` spans (the reference list)."""
    laws = {law_name(r.title)[0]: r.year for r in references if r.type == "legislation"}
    laws = {name: year for name, year in laws.items() if name and year is not None}
    if not laws:
        return []
    norm = normalize(text)
    sentences = split_sentences(norm.text)
    mentions = []
    for name, year in laws.items():
        words = r"\s+".join(re.escape(w) for w in name.split())
        pattern = re.compile(
            rf"(?<![\w-]){words},?\s+(?:of\s+)?(?:{year}|\({year}\))(?!\d){_SECTION}"
        )
        for match in pattern.finditer(norm.text):
            start, end = norm.original_span(match.start(), match.end())
            if any(start < x_end and x_start < end for x_start, x_end in exclude):
                continue
            mentions.append(
                ExtractedMention(
                    authors=[name],
                    year=year,
                    surface=text[start:end],
                    locator=" ".join((match.group("locator") or "").split()),
                    context=sentences.around(match.start(), match.end()),
                    start=start,
                    end=end,
                    narrative=norm.text[max(0, match.start() - 1) : match.start()] != "(",
                )
            )
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions
