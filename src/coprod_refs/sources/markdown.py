"""Markdown, Quarto and R Markdown files: read as the text readers read a pasted page,
once the markup is gone (`text.markdown.markdown_text`), with pandoc's citations by key
besides (`parse.pandoc_citations`); offsets refer to that text."""

from __future__ import annotations

from coprod_refs.model import Extraction, SourceDocument
from coprod_refs.parse.pandoc_citations import find_key_mentions
from coprod_refs.sources import register
from coprod_refs.sources.text import read_text
from coprod_refs.text.markdown import MARKDOWN_SUFFIXES, markdown_text_and_citable


@register("markdown", tuple(sorted(MARKDOWN_SUFFIXES)))
def read_markdown(markdown: str, source: SourceDocument) -> Extraction:
    """Read a Markdown file's words as a text: its head (or front matter), reference list,
    in-text citations and notes, and the citations it makes by citekey."""
    text, citable = markdown_text_and_citable(markdown)
    return read_text(text, source, cited_by_key=find_key_mentions(text, citable))
