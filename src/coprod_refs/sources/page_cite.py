"""The page's own citation ("Cite this chapter", "Citation", "To cite this article:") and
how its names join the names the page prints.

The citation is a reference string for the page's work, so the trained reference parser
reads it; the page reader then uses it only to fill fields the page's labels left empty.
"""

from __future__ import annotations

import re

from coprod_refs.model import ExtractedWork, Name
from coprod_refs.sources.page_furniture import is_citation_style_name
from coprod_refs.sources.page_lines import Line, Section
from coprod_refs.sources.page_roles import LineFacts, Role
from coprod_refs.text.fold import name_key

#: Longest citation text handed to the parser.
MAX_CITE_CHARS = 2000
_REFERENCE_LIKE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_CORRESPONDENCE = re.compile(
    r"^(?:correspondence to|corresponding author\s*:?|correspondence\s*:|"
    r"address correspondence to)\s*(.+?)[\s.]*$",
    re.IGNORECASE,
)


def cite_block(
    lines: list[Line], sections: list[Section | None], facts: list[LineFacts], limit: int
) -> tuple[str, list[int]]:
    """The text of the first citation block before `limit` that reads as a reference (a
    year and some words), and the lines it spans."""
    index = 0
    while index < limit:
        if (
            sections[index] is not Section.CITE
            or facts[index].role is not Role.CONTENT
            or is_citation_style_name(lines[index].text)
        ):
            index += 1
            continue
        used = [index]
        for following in range(index + 1, limit):
            if sections[following] is not Section.CITE or facts[following].role is not Role.CONTENT:
                break
            used.append(following)
        text = " ".join(lines[i].text for i in used)[:MAX_CITE_CHARS]
        if _REFERENCE_LIKE.search(text) and len(text.split()) >= 5:
            return text, used
        index = used[-1] + 1
    return "", []


def parse_cite(text: str) -> ExtractedWork | None:
    """The work a citation text describes, read by the reference parser; None when empty."""
    if not text.strip():
        return None
    from coprod_refs.parse.reference import parse_reference

    work = parse_reference(text)
    return work if work.title or work.authors else None


def correspondence_names(text: str) -> str:
    """The name after "Correspondence to" on a line that gives it, else ""."""
    match = _CORRESPONDENCE.match(text.strip())
    return match.group(1) if match and len(text) < 200 else ""


def _fuller(given: str, other: str) -> str:
    """The fuller of two forms of one given name, when they agree ("E." < "Elke")."""
    a = [w.strip(".") for w in given.replace("-", " ").split()]
    b = [w.strip(".") for w in other.replace("-", " ").split()]
    if not a or not b or a[0][:1].lower() != b[0][:1].lower():
        return given
    return other if sum(map(len, b)) > sum(map(len, a)) else given


def enrich_names(names: list[Name], fuller: list[Name]) -> list[Name]:
    """`names` with each given name replaced by a fuller form of the same person from
    `fuller` (same family name, compatible initials): "Loeffler, E." -> "Loeffler, Elke"."""
    forms = {name_key(n.family): n for n in fuller if n.family}
    out: list[Name] = []
    for name in names:
        other = forms.get(name_key(name.family)) if name.family else None
        if other is not None and other.given:
            given = _fuller(name.given, other.given) if name.given else other.given
            name = name.model_copy(update={"given": given})
        out.append(name)
    return out


def merge_authors(page: list[Name], cited: list[Name]) -> list[Name]:
    """The authors of the work: the page's names when it prints them (made fuller from the
    citation's forms where those are fuller), else the citation's."""
    if not page:
        return list(cited)
    return enrich_names(page, cited)
