"""The reference list a saved page states in its head: one `citation_reference` meta tag
per reference, as Springer, Wiley, Taylor & Francis, OUP, PLOS, Frontiers and others
print them. A tag holds either Highwire fields ("citation_title=…; citation_author=…;
citation_journal_title=…; citation_publication_date=1996; citation_doi=…") or the
reference as printed.

A saved page often lacks its visible reference list (a collapsed tab, a list loaded by
script), so these tags are the page's references when its text holds no list.
"""

from __future__ import annotations

import re

from coprod_refs.model import ExtractedWork
from coprod_refs.parse.reference import parse_references
from coprod_refs.sources.html_meta import work_from_meta

REFERENCE_TAG = "citation_reference"
#: Where one field of a tag ends: before the next "citation_…=" name.
_FIELD_SPLIT = re.compile(r";\s*(?=citation_[a-z_]+\s*=)")
_FIELD = re.compile(r"^(citation_[a-z_]+)\s*=\s*(.*)$", re.DOTALL)
_PAGE_RANGE = re.compile(r"^\s*([\w.]+)\s*[-–—]+\s*([\w.]+)\s*$")
_CONTAINERS = ("citation_book_title", "citation_inbook_title", "citation_conference_title")


def references_from_meta(meta: dict[str, list[str]]) -> list[ExtractedWork]:
    """The works of the page's `citation_reference` tags, in the order they stand; a tag
    whose fields name no title, and one that names no title, author or container, give
    none."""
    works: list[ExtractedWork | None] = []
    printed: dict[int, str] = {}
    for value in meta.get(REFERENCE_TAG, []):
        value = " ".join(value.split())
        if _FIELD.match(value):
            works.append(_typed(work_from_meta(_fields(value))))
        elif value:
            printed[len(works)] = value
            works.append(None)
    for at, work in zip(printed, parse_references(list(printed.values())), strict=True):
        works[at] = work
    return [w for w in works if w is not None and (w.title or w.authors or w.container_title)]


def _fields(value: str) -> dict[str, list[str]]:
    """One tag's Highwire fields by name, as a page's own meta tags are kept; a page
    range ("citation_pages=1073-1087") as first and last page, and a book's title as
    the title of a reference that names no other."""
    found: dict[str, list[str]] = {}
    for part in _FIELD_SPLIT.split(value):
        field = _FIELD.match(part.strip())
        if field is not None and field.group(2).strip(" ;"):
            found.setdefault(field.group(1), []).append(field.group(2).strip(" ;"))
    pages = _PAGE_RANGE.match(found.pop("citation_pages", [""])[0])
    if pages is not None and "citation_firstpage" not in found:
        found["citation_firstpage"], found["citation_lastpage"] = [pages[1]], [pages[2]]
    if "citation_title" not in found:
        container = next((name for name in _CONTAINERS if name in found), None)
        if container is not None:
            found["citation_title"] = found.pop(container)
    return found


def _typed(work: ExtractedWork | None) -> ExtractedWork | None:
    """A reference with a publisher or an ISBN and no container is a book."""
    if work is None or work.type or work.container_title or not (work.publisher or work.isbn):
        return work
    return work.model_copy(update={"type": "book"})
