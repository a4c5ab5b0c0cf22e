"""References in China's national standard GB/T 7714, read from their form.

The standard marks each work's type in square brackets after its title, and orders the
rest by type, so its references are read more reliably by that form than by the
sequence labeller, which never saw one (nor the Chinese script):

- journal article: "王明, 李华. 公共服务合作生产研究[J]. 中国行政管理, 2018(3): 45-50." and
  "OSTROM E. Crossing the great divide[J]. World Development, 1996, 24(6): 1073-1087.";
- book, thesis, report, standard: "… [M]. 北京: 人民出版社, 2010: 12-20.";
- a part of a book or proceedings: "… [C]//EDITOR. Book. Place: Publisher, 2012: 1-20.";
- newspaper: "… [N]. 人民日报, 2018-03-05(3).";
- online: "… [EB/OL]. (2018-03-05)[2020-01-01]. https://…".
"""

from __future__ import annotations

import re

from coprod_refs.model.extracted import ExtractedWork, Name
from coprod_refs.parse import fields
from coprod_refs.parse.legislation import FORM_CONFIDENCE
from coprod_refs.parse.names import parse_name_list
from coprod_refs.parse.section_lines import list_marker
from coprod_refs.parse.tokens import MAX_REFERENCE_CHARS
from coprod_refs.text.characters import visible_text
from coprod_refs.text.language import guess_language
from coprod_refs.text.letters import HAN

#: The type codes and the CSL type each gives ("/OL" marks an online copy).
_TYPES = {
    "J": "article-journal",
    "M": "book",
    "C": "paper-conference",
    "A": "chapter",
    "G": "book",
    "D": "thesis",
    "R": "report",
    "S": "report",  # a standard
    "N": "article-newspaper",
    "P": "document",  # a patent
    "EB": "webpage",
    "DB": "dataset",
    "CP": "document",  # software
    "Z": "document",
}
#: The type code after the title: "[J]", "[M]", "[EB/OL]", "[R/OL]".
_CODE = re.compile(r"\[(?P<code>[A-Z]{1,2})(?P<online>/OL)?\]")
#: The codes of works that are online only, which may give no date but the day cited.
_ONLINE_ONLY = frozenset(("EB", "DB", "CP"))
#: The full stop after the names ("王明, 李华. ", "OSTROM E. "), not one after an initial
#: that a comma and more names follow ("Ostrom E., Ostrom V.").
_NAMES_END = re.compile(r"[.．](?![,，])\s*")
#: Pages after a colon: ": 45-50", "：12~20".
_PAGES = r"(?:\s*[:：]\s*(?P<pages>\w+(?:\s*[-–~]\s*\w+)?))?"
_HOST = re.compile(
    r"^//\s*(?:(?P<editors>[^.．]+?)[.．]\s*)?(?P<host>[^.．]+?)[.．]\s*(?P<rest>.*)$"
)
_JOURNAL = re.compile(
    r"^[.．]?\s*(?P<journal>[^,，]+?)\s*[,，]\s*(?P<year>\d{4})[a-z]?"
    r"(?:\s*[,，]\s*(?P<volume>[\w-]+))?\s*(?:[(（](?P<issue>[^)）]{1,12})[)）])?"
    rf"{_PAGES}"
)
#: "Place: Publisher, 2010: 12-20"; a place may have a comma ("Reading, MA",
#: "Houndmills, Basingstoke").
_IMPRINT = re.compile(
    r"^[.．]?\s*(?:(?P<place>[^:：.．]{1,40}?)\s*[:：]\s*)?(?P<publisher>[^,，]+?)\s*[,，]\s*"
    rf"(?P<year>\d{{4}})[a-z]?{_PAGES}"
)
_NEWSPAPER = re.compile(
    r"^[.．]?\s*(?P<paper>[^,，]+?)\s*[,，]\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:\s*[(（](?P<page>\d{1,3})[)）])?"
)
_DATED = re.compile(r"[(（](?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?[)）]")
_CITED = re.compile(r"\[(?P<date>\d{4}-\d{1,2}-\d{1,2})\]")
_HAN = re.compile(rf"^[{HAN}]{{2,12}}$")
_COMPOUND_FAMILIES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 长孙 宇文 司徒 轩辕 端木 独孤 "
    "南宫 呼延 西门 钟离 宗政 赫连 申屠 澹台".split()
)
#: Last characters of bodies' names (court, ministry, bureau, department, office, …) and
#: longer endings (committee, office, centre, association).
_BODY_ENDINGS = frozenset("院部局厅署府室所司处委馆校")
_BODY_SUFFIXES = ("委员会", "办公室", "中心", "协会", "学会", "研究会", "基金会", "组织")
_CJK_SEPARATORS = re.compile(r"\s*[,，、;；]\s*")
_ET_AL = re.compile(r"\s*[,，]?\s*(?:等|et\s+al)\.?$", re.IGNORECASE)


def gbt7714_record(text: str, parsed: ExtractedWork | None = None) -> ExtractedWork | None:
    """The work a GB/T 7714 reference string cites, or None when the string does not
    have that form (a type code such as "[J]" after the title, and the rest of its
    type's order). `parsed` is the normal parse: its DOI, URL and list number are kept."""
    if "[" not in text or _CODE.search(text, 0, MAX_REFERENCE_CHARS) is None:
        return None
    clean = fields.clean_text(visible_text(text[:MAX_REFERENCE_CHARS]))
    marker = list_marker(clean, dashes=False)  # "[2] OSTROM E. …"
    start = marker[2] if marker else 0
    code = _CODE.search(clean, start)
    if code is None or code.group("code") not in _TYPES or "[" in clean[start : code.start()]:
        return None
    head = clean[start : code.start()]
    names_end = _NAMES_END.search(head)
    names, title = (head[: names_end.start()], head[names_end.end() :]) if names_end else ("", head)
    work = ExtractedWork(
        type=_TYPES[code.group("code")],
        raw=text,
        title=fields.clean_text(title),
        confidence=FORM_CONFIDENCE,
    )
    rest = clean[code.end() :].strip()
    if not work.title or not _read_rest(work, code.group("code"), bool(code.group("online")), rest):
        return None
    names = names.strip()
    work.authors, et_al = han_names(names) if names else ([], False)
    if et_al:
        work.flags.append("et-al")
    if parsed is not None:
        work.label, work.doi, work.url = parsed.label, parsed.doi, parsed.url
    language = guess_language(work.title)
    if language != "en":
        work.language = language
    work.field_confidence = {
        name: FORM_CONFIDENCE
        for name in ("title", "authors", "year", "container_title", "volume", "issue", "pages")
        if getattr(work, name)
    }
    return work


def _read_rest(work: ExtractedWork, code: str, online: bool, rest: str) -> bool:
    """Fill what follows the type code by the type's order; False when it does not fit.
    An online copy ("/OL") may give, instead of an imprint, the dates of the work and of
    the day it was cited: "(2014)[2019-03-29]"."""
    host = _HOST.match(rest)
    if host:  # a part of a book or proceedings: "[C]//Editors. Book. Place: Publisher, …"
        if host.group("editors"):
            work.editors = han_names(host.group("editors"))[0]
        work.container_title = fields.clean_text(host.group("host"))
        rest = host.group("rest")
    if code == "J" and not host:
        journal = _JOURNAL.match(rest)
        if journal is None:
            return False
        work.container_title = fields.clean_text(journal.group("journal"))
        work.volume = journal.group("volume") or ""
        work.issue = journal.group("issue") or ""
        return _dated(work, journal.group("year"), journal.group("pages"))
    if code == "N":
        paper = _NEWSPAPER.match(rest)
        if paper is None:
            return False
        work.container_title = fields.clean_text(paper.group("paper"))
        work.month, work.day = int(paper.group("month")), int(paper.group("day"))
        return _dated(work, paper.group("year"), paper.group("page"))
    imprint = _IMPRINT.match(rest)
    if imprint is not None:
        work.place = fields.expand_town(fields.clean_text(imprint.group("place") or ""))
        work.publisher = fields.clean_text(imprint.group("publisher"))
        _cited(work, rest[imprint.end() :])
        return _dated(work, imprint.group("year"), imprint.group("pages"))
    if not online and code not in _ONLINE_ONLY:
        return False
    dated = _DATED.search(rest)
    if dated:
        work.year = int(dated.group("year"))
        work.month = int(dated.group("month")) if dated.group("month") else None
        work.day = int(dated.group("day")) if work.month and dated.group("day") else None
    _cited(work, rest)
    return dated is not None or (code in _ONLINE_ONLY and bool(work.accessed))


def _cited(work: ExtractedWork, rest: str) -> None:
    cited = _CITED.search(rest)
    work.accessed = cited.group("date") if cited else ""


def _dated(work: ExtractedWork, year: str, pages: str | None) -> bool:
    work.year = int(year)
    if pages:
        work.pages = fields.normalise_pages(pages.replace("~", "-"))[0]
    return True


def han_names(text: str) -> tuple[list[Name], bool]:
    """The people of an author or editor list, and whether it ends in "等" or "et al".
    Names in Chinese characters are split after the family name (two characters for a
    compound one such as 欧阳); others are read as names are everywhere, each on its own
    when an ideographic comma ("、") parts them."""
    et_al = _ET_AL.search(text)
    if et_al:
        text = text[: et_al.start()]
    parts = [p for p in _CJK_SEPARATORS.split(text.strip()) if p]
    if parts and all(_HAN.match(p) for p in parts):
        return [han_name(p) for p in parts], bool(et_al)
    if "、" in text:  # "P. Aligica、V. Tarko": each person read on their own
        lists = [parse_name_list(p) for p in text.split("、") if p.strip()]
        names = [name for listed in lists for name in listed.names]
        return names, bool(et_al) or any(listed.et_al for listed in lists)
    listed = parse_name_list(text)
    return listed.names, bool(et_al) or listed.et_al


def han_name(name: str) -> Name:
    """A name in Chinese characters: a body when it ends as bodies' names do (国务院,
    民政部, 中国社会科学院), else a person, family name first."""
    if len(name) >= 3 and (name[-1] in _BODY_ENDINGS or name.endswith(_BODY_SUFFIXES)):
        return Name(literal=name)
    cut = 2 if name[:2] in _COMPOUND_FAMILIES and len(name) > 2 else 1
    return Name(family=name[:cut], given=name[cut:])
