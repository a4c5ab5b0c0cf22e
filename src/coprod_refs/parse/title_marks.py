"""References in the Chinese citation style that marks titles with 《 》, read from their form.

Chinese law and humanities journals (the 法学引注手册 and the styles close to it) print
the names, a full-width colon, the title between book-title marks, and then, after "载"
(published in), the journal or the book that holds the work; the year is followed by
"年" and the journal's issue is "第N期":

- journal article: "王明、李华：《公共服务合作生产研究》，载《中国行政管理》2018年第3期，第45页。";
- book: "J. Alford：《Engaging public sector clients》，Palgrave Macmillan2009年版。";
- chapter: "… ：《Title》，载S. Watson、A. Moran主编：《Trust, risk and uncertainty》，
  Palgrave Macmillan2005年版。";
- newspaper: "… ：《Title》，载《人民日报》2018年3月5日。";
- thesis: "… ：《Title》，University of Edinburgh2013年PhD thesis。".

The sequence labeller never saw this form, so such a string is read by it instead.
"""

from __future__ import annotations

import re

from coprod_refs.model.extracted import ExtractedWork
from coprod_refs.parse import fields
from coprod_refs.parse.gbt7714 import han_names
from coprod_refs.parse.legislation import FORM_CONFIDENCE
from coprod_refs.parse.section_lines import list_marker
from coprod_refs.parse.tokens import MAX_REFERENCE_CHARS
from coprod_refs.text.characters import visible_text
from coprod_refs.text.language import guess_language

#: The names, a colon, then the title in book-title marks, and an edition in brackets
#: after it: "（第2版）", "（30th anniversary expanded）".
_HEAD = re.compile(
    r"^(?:(?P<names>[^《》：:]{1,300}?)\s*[：:]\s*)?《(?P<title>[^《》]{1,500})》"
    r"(?:\s*[（(](?P<edition>[^（）()]{1,40})[）)])?"
)
#: A web page's names, colon and title without the marks, then its year: "Cooperative
#: Party：Public services in our interests，2019年版。".
_PLAIN_HEAD = re.compile(
    r"^(?P<names>[^《》：:]{1,200}?)\s*[：:]\s*(?P<title>[^《》，,：:]{1,300})"
)
#: An edition's or a volume's number in that bracket: "第2版", "第一卷".
_EDITION = re.compile(r"^第\s*(\w{1,4})\s*版$")
_VOLUME = re.compile(r"^第\s*(\w{1,4})\s*[卷册]$")
#: What an author's or editor's list may end with: 著 (by), 主编 / 编 (edited by), 译
#: (translated by), 等 (and others) is left to the names.
_ROLE = re.compile(r"\s*(?:编著|主编|编|著|等著|等编)\s*$")
#: A journal or newspaper after "载": "载《Journal》2013年第4期", "载《人民日报》2018年3月5日".
_IN_SERIAL = re.compile(
    r"^载\s*《(?P<container>[^《》]{1,300})》\s*[，,]?\s*(?P<year>\d{4})\s*年\s*"
    r"(?:第\s*(?P<issue>[\w-]{1,8})\s*[期卷]|(?P<month>\d{1,2})\s*月\s*(?:(?P<day>\d{1,2})\s*日)?)"
)
#: A book after "载", with its editors or none: "载S. Watson、A. Moran主编：《Book》，".
_IN_BOOK = re.compile(
    r"^载\s*(?:(?P<editors>[^《》：:]{1,300}?)\s*(?:主编|编)\s*[：:]?\s*)?《(?P<book>[^《》]{1,300})》"
    r"\s*[，,]?\s*"
)
#: The imprint: "Palgrave Macmillan2009年版", "北京大学出版社2010年版", "2014年版", and a
#: thesis's "University of Edinburgh2013年PhD thesis".
_IMPRINT = re.compile(
    r"^(?P<publisher>[^，,。]*?(?:[,，][^，,。]*?)?)\s*(?P<year>\d{4})\s*年\s*(?P<kind>[^，,。]*)"
)
#: Pages: "第45页", "第45-50页".
_PAGES = re.compile(r"第\s*(?P<pages>\d+(?:\s*[-–—~至]\s*\d+)?)\s*页")


def title_marks_record(text: str, parsed: ExtractedWork | None = None) -> ExtractedWork | None:
    """The work a reference in the 《 》 style cites, or None when the string does not
    have that form (names and a colon, or nothing, before a title in book-title marks,
    then a year followed by 年). `parsed` is the normal parse: its DOI and URL are
    kept."""
    if "年" not in text or ("《" not in text and "年版" not in text):
        return None  # the cheap test first
    clean = fields.clean_text(visible_text(text[:MAX_REFERENCE_CHARS]))
    marker = list_marker(clean, dashes=False)  # "〔1〕", "[1]", "1、"
    body = clean[marker[2] :] if marker else clean
    head = _HEAD.match(body) or _PLAIN_HEAD.match(body)
    if head is None:
        return None
    work = ExtractedWork(
        type="book", raw=text, title=head["title"].strip(), confidence=FORM_CONFIDENCE
    )
    rest = body[head.end() :].lstrip(" ，,")
    if not _read_rest(work, rest) or ("《" not in head.group() and "年版" not in rest):
        return None  # without the marks, only "…，2019年版。" tells the form
    bracket = (head.groupdict().get("edition") or "").strip()
    if volume := _VOLUME.match(bracket):
        work.volume = volume.group(1)
    elif edition := _EDITION.match(bracket):
        work.edition = edition.group(1)
    else:
        work.edition = bracket
    names = head["names"] or ""
    role = _ROLE.search(names)
    listed, et_al = han_names(names[: role.start()] if role else names)
    if role and "编" in role.group() and "著" not in role.group():
        work.editors = listed  # "R. Lusch、S. Vargo主编：《Book》": an edited book
    else:
        work.authors = listed
    if et_al:
        work.flags.append("et-al")
    if parsed is not None:
        work.doi, work.url = parsed.doi, parsed.url
    if marker:
        work.label = marker[1]
    language = guess_language(work.title)
    if language != "en":
        work.language = language
    work.field_confidence = {
        name: FORM_CONFIDENCE
        for name in ("title", "authors", "year", "container_title", "issue", "pages")
        if getattr(work, name)
    }
    return work


def _read_rest(work: ExtractedWork, rest: str) -> bool:
    """Fill the host, imprint, year and pages from what follows the title; False when it
    does not have the style's form."""
    serial = _IN_SERIAL.match(rest)
    if serial:
        work.container_title = serial["container"].strip()
        work.year = int(serial["year"])
        if serial["issue"]:
            work.type, work.issue = "article-journal", serial["issue"]
        else:
            work.type, work.month = "article-newspaper", int(serial["month"])
            work.day = int(serial["day"]) if serial["day"] else None
        _read_pages(work, rest[serial.end() :])
        return True
    book = _IN_BOOK.match(rest)
    if book:
        work.type, work.container_title = "chapter", book["book"].strip()
        if book["editors"]:
            work.editors = han_names(_ROLE.sub("", book["editors"]))[0]
        rest = rest[book.end() :]
    imprint = _IMPRINT.match(rest)
    if imprint is None:
        return False
    work.year = int(imprint["year"])
    work.publisher = imprint["publisher"].strip(" ，,")
    kind = imprint["kind"].strip()
    if fields.is_thesis(kind) or "学位论文" in kind:
        work.type, work.genre = "thesis", kind
    _read_pages(work, rest[imprint.end() :])
    return True


def _read_pages(work: ExtractedWork, rest: str) -> None:
    pages = _PAGES.search(rest)
    if pages:
        printed = re.sub(r"\s*[~至—]\s*", "-", pages["pages"])
        work.pages = fields.normalise_pages(printed)[0]
