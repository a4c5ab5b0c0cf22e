"""A copied web page or the head of a full text as lines, each with its offsets and section.

Pages copied from a browser keep one block per line; bullets, no-break spaces and
zero-width characters come along. `split_lines` cleans each line for matching while
keeping its character range in the original text, and `assign_sections` labels every
line with the part of the page it sits in (front matter, abstract, references...), so
that extractors never read metadata out of a reference list or a "Related articles" box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from coprod_refs.parse.finder import listed_in_contents
from coprod_refs.parse.section_lines import is_heading as is_reference_heading
from coprod_refs.sources.page_fields import match_field, parse_locator, styled_citation
from coprod_refs.sources.page_furniture import is_citation_style_name, is_furniture
from coprod_refs.sources.page_values import badge_type

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TABS = re.compile(r"\t+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□►▸–]\s*|[-*+]\s+)")


@dataclass(frozen=True)
class Line:
    """One line of the text: `text` is cleaned for matching, `start`/`end` index the original."""

    index: int
    start: int
    end: int
    text: str
    bullet: bool

    @property
    def blank(self) -> bool:
        """True for an empty or whitespace-only line."""
        return not self.text


class Section(Enum):
    """The part of a page a line belongs to."""

    FRONT = "front"  # before any heading: title, authors, badges, fields
    ABSTRACT = "abstract"
    KEYWORDS = "keywords"
    CITE = "cite"  # the page's "Cite this article" block
    META = "meta"  # "About this article", "Bibliographical note", ...
    SKIP = "skip"  # references, related articles: never read
    BOX = "box"  # a purchase box ("Access this chapter", prices, formats): never read
    BODY = "body"  # the full text of the work itself


def clean_line(raw: str) -> tuple[str, bool]:
    """A line as matched: invisible characters dropped, spaces collapsed, bullet removed.
    A tab between two words stays one tab: copied from a table, it parts a label from
    its value ("Journal<TAB>International Journal of …")."""
    text = "\t".join(_SPACES.sub(" ", part).strip() for part in _INVISIBLE.sub("", raw).split("\t"))
    text = _TABS.sub("\t", text).strip()
    bullet = False
    match = _BULLET.match(text)
    if match and len(text) > match.end():
        text = text[match.end() :].strip()
        bullet = True
    return text, bullet


def split_lines(text: str) -> list[Line]:
    """The text's lines, cleaned, with their character ranges in `text`."""
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        end = offset + len(raw)
        cleaned, bullet = clean_line(raw)
        lines.append(Line(index, offset, end, cleaned, bullet))
        offset = end + 1
    return lines


_HEADINGS: dict[str, Section] = {}
for _section, _names in (
    (Section.ABSTRACT, "abstract|summary|synopsis|structured abstract"),
    (Section.KEYWORDS, "keywords|key words|keyword|author keywords|index terms|keyphrases"),
    (
        Section.CITE,
        "cite this|cite this article|cite this chapter|cite this paper|cite this book|"
        "cite this entry|cite this publication|cite article|citation|how to cite|"
        "how to cite this article|"
        "to cite this article|recommended citation|suggested citation|citation information|"
        "cite as|please cite this article as",
    ),
    (
        Section.META,
        "about this article|about this chapter|about this book|about this paper|"
        "article information|article details|publication details|bibliographic information|"
        "bibliographical note|copyright information|author information|"
        "authors and affiliations|publication history|article history|details|"
        "bibliographic details|item type|metadata|overview|article metrics|item details|"
        "item information|full item record",
    ),
    (
        Section.SKIP,
        "references|bibliography|literature cited|works cited|notes|footnotes|endnotes|"
        "related articles|recommended articles|similar content being viewed by others|"
        "cited by|citing articles|people also read|you may also like|related content|"
        "related research|more from this journal|recommended|highlights|graphical abstract|"
        "figures|tables|figures and tables|figures & tables|supplementary material|"
        "supplementary information|acknowledgements|acknowledgments|funding|"
        "ethics declarations|additional information|data availability|"
        "data availability statement|rights and permissions|other versions|fingerprint|"
        "access to document|"
        "conflict of interest|declaration of competing interest|disclosure statement|"
        "author contributions|appendix|appendices|evidence for practice|practitioner points|"
        "points for practitioners|impact statement|policy implications|citing literature",
    ),
    (Section.BODY, "introduction|literature review|theoretical framework"),
):
    for _name in _names.split("|"):
        _HEADINGS[_name] = _section

#: Headings of a structured abstract's parts, or of a full text when no abstract is open.
_ABSTRACT_PARTS = frozenset(
    "background|methods|methodology|results|discussion|conclusion|conclusions|"
    "findings and discussion".split("|")
)
#: Headings of a purchase box, which lasts while its lines are prices, formats and buttons.
_BOX_HEADINGS = frozenset(
    "access this chapter|access this article|access this book|access this content|"
    "access options|purchase options|buy article|buy this article|buy this chapter|"
    "buy this book|purchase this article|get access".split("|")
)
#: Longest line (in words) read as part of a purchase box when it names a format or price.
_BOX_LINE_WORDS = 8
_BOX_WORDS = re.compile(
    r"\b(?:e-?book|book|edition|hardcover|softcover|paperback|pdf|epub|article|chapter|"
    r"access|subscription|download|device|price|vat|checkout|shipping)\b",
    re.IGNORECASE,
)
_NUMBERED_BODY = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?:introduction|background|literature|"
    r"theor|method|data|results|findings|discussion|conclusion)",
    re.IGNORECASE,
)
#: A count after a heading, as portals print it: "References (45)", "Citations (12)".
_COUNTED = re.compile(r"\s*\(\d{1,5}\)$")
_FINGERPRINT = re.compile(r"^dive into the research topics", re.IGNORECASE)


def heading_section(text: str) -> Section | None:
    """The section a line opens when it is a bare heading ("Abstract", "Cite this chapter",
    "References (45)")."""
    key = _COUNTED.sub("", text.lower().rstrip(" :."))
    if key in _BOX_HEADINGS:
        return Section.BOX
    if key in _HEADINGS:
        return _HEADINGS[key]
    if key in _ABSTRACT_PARTS:
        return Section.BODY
    if _NUMBERED_BODY.match(text) and len(text) < 80:
        return Section.BODY
    if _FINGERPRINT.match(text) or is_reference_heading(text):
        return Section.SKIP  # a reference list under any of its names and languages
    return None


def is_abstract_part(text: str) -> bool:
    """True for a structured-abstract part heading that would elsewhere open the body."""
    return text.lower().rstrip(" :.") in _ABSTRACT_PARTS


def _in_box(line: Line) -> bool:
    """True for a line a purchase box is made of: prices, formats, buttons, short bullets."""
    text = line.text
    if not text or is_furniture(text) or badge_type(text) is not None:
        return True
    if match_field(text) is not None or parse_locator(text) is not None:
        return False
    if line.bullet and len(text) <= 60:
        return True
    return len(text.split()) <= _BOX_LINE_WORDS and bool(_BOX_WORDS.search(text))


def _in_menu(
    lines: list[Line], headings: list[Section | None], texts: list[str], index: int
) -> bool:
    """True for a heading word that is one entry of a menu or table of contents: the next
    filled line is a heading too ("Abstract" above "Introduction"), or the lines above it
    up to a "Contents" line are the contents' entries ("Article contents", "Abstract",
    "References" above the title)."""
    if listed_in_contents(texts, index):
        return True
    following = next((j for j in range(index + 1, len(lines)) if lines[j].text), None)
    if following is None or headings[following] in (None, Section.BOX):
        return False
    return not (headings[index] is Section.ABSTRACT and is_abstract_part(lines[following].text))


def assign_sections(lines: list[Line]) -> list[Section | None]:
    """The section of every line; None for the heading lines themselves.

    A citation block ends at the first blank line after its text: what follows it on
    publisher pages ("DOI", "Published", "Publisher Name") is article metadata again. A
    purchase box ends at its first line that is not a price, format or button, and the
    page goes on in the section the box interrupted.
    """
    headings = [heading_section(line.text) if line.text else None for line in lines]
    texts = [line.text for line in lines]
    sections: list[Section | None] = []
    current = Section.FRONT
    before_box = current
    cite_started = False
    for index, line in enumerate(lines):
        heading = headings[index]
        if current is Section.BOX and heading is None and not _in_box(line):
            current = before_box
        if heading is Section.BOX and current is not Section.BOX:
            before_box = current
        if current is Section.ABSTRACT and is_abstract_part(line.text):
            heading = None
        if styled_citation(line.text) is not None:
            # "MLA<TAB>Brandsen, Taco, …": one style's line of a "Cite" pop-up.
            sections.append(Section.CITE)
            continue
        if heading is not None:
            if not _in_menu(lines, headings, texts, index):
                current = heading
                cite_started = False
            sections.append(None)
            continue
        if current is Section.CITE:
            if line.blank and cite_started:
                current = Section.META
            elif not line.blank and not is_citation_style_name(line.text):
                if is_furniture(line.text):
                    if cite_started:
                        current = Section.META
                else:
                    cite_started = True
        sections.append(current)
    return sections
