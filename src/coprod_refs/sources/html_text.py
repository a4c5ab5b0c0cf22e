"""The text of a saved web page, as a browser would show it, and its meta tags.

Block elements (paragraphs, headings, list items, table cells, line breaks) end a line,
runs of white space inside a block are one space, and scripts, styles and the page head
are not text. An item of a numbered list (`<ol>`) opens with its number, as a browser
shows it ("1. "), from the list's `start`: endnotes and numbered reference lists keep
their numbers. The `<meta name=... content=...>` tags are kept by name, so that a reader
can take the bibliographic ones (`citation_title`, `dc.creator`, ...), and so are the
JSON-LD blocks (`<script type="application/ld+json">`) that state a page's work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = frozenset(
    """address article aside blockquote br caption dd div dl dt figcaption figure footer
    form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th
    thead tr ul""".split()
)
_JSON_LD = "application/ld+json"
#: Elements whose content is never page text.
_HIDDEN = frozenset("head script style noscript template svg math iframe object".split())
#: A link to a DOI resolver.
_DOI_LINK = re.compile(r"\s*https?://(?:dx\.)?doi\.org/10\.\d{4,9}/\S+", re.IGNORECASE)
#: Most words of a link label ("CrossRef", "View Article", "Publisher Full Text").
_MAX_LABEL_WORDS = 3


@dataclass
class PageText:
    """A page's visible text (one line per block), its meta tags (name -> contents) and
    the text of its JSON-LD blocks."""

    text: str
    meta: dict[str, list[str]] = field(default_factory=dict)
    json_ld: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.block: list[str] = []
        self.hidden = 0
        self.meta: dict[str, list[str]] = {}
        self.json_ld: list[str] = []
        #: The JSON-LD block being read, or None outside one.
        self.ld_block: list[str] | None = None
        #: Per list open, the number of its next item (None in a list without numbers).
        self.lists: list[int | None] = []
        #: The DOI a link being read leads to, and where its text starts in the block.
        self.doi_link: tuple[str, int] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and (dict(attrs).get("type") or "").strip().lower() == _JSON_LD:
            self.ld_block = []
        if tag == "meta":
            values = dict(attrs)
            name = (values.get("name") or values.get("property") or "").strip().lower()
            content = " ".join((values.get("content") or "").split())
            if name and content:
                self.meta.setdefault(name, []).append(content)
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.end_line()
            self._open_list_item(tag, attrs)
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.doi_link = (href, len(self.block)) if _DOI_LINK.fullmatch(href) else None

    def _open_list_item(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Keep count of numbered lists, and open each of their items with its number."""
        if tag == "ol":
            start = (dict(attrs).get("start") or "1").strip()
            self.lists.append(int(start) if start.isdigit() else 1)
        elif tag == "ul":
            self.lists.append(None)
        elif tag == "li" and self.lists and self.lists[-1] is not None and not self.hidden:
            self.block.append(f"{self.lists[-1]}. ")
            self.lists[-1] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.ld_block is not None:
            self.json_ld.append("".join(self.ld_block))
            self.ld_block = None
        if tag == "a" and self.doi_link is not None:
            self._show_doi(*self.doi_link)
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.end_line()
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()

    def _show_doi(self, href: str, start: int) -> None:
        """A DOI link labelled "CrossRef", "DOI" or "View Article", as publishers print
        one after each reference, shows its address instead of the label, so that the
        reference keeps its DOI (a label is dropped as link noise)."""
        self.doi_link = None
        if start > len(self.block):
            return  # the link's text ran over a block's end
        label = "".join(self.block[start:]).split()
        if (
            label
            and len(label) <= _MAX_LABEL_WORDS
            and not any(c.isdigit() for c in "".join(label))
        ):
            self.block[start:] = [href]

    def handle_data(self, data: str) -> None:
        if self.ld_block is not None:
            self.ld_block.append(data)
        if not self.hidden:
            self.block.append(data)

    def end_line(self) -> None:
        """Close the current block: its text, white space collapsed, is one line."""
        line = " ".join("".join(self.block).split())
        self.block = []
        if line:
            self.lines.append(line)


def page_text(html: str) -> PageText:
    """The visible text of an HTML page, one line per block, and its meta tags."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader.end_line()
    return PageText("\n".join(reader.lines) + "\n", reader.meta, reader.json_ld)
