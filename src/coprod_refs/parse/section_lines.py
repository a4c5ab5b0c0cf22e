"""What one line of a text is, seen from a reference list: a heading that opens the list,
a marker that closes it, page furniture (issue banners included), a candidate running head
and what it repeats on every page, link labels that web pages copy along (alone on a line
or trailing an entry, glued or separated), a short "Author, Year" label printed above an
entry, or the start of an entry (by people or by a body: "Cabinet Office (2010)").

Each test reads a single (stripped) line and is anchored at its start, so none can run
away on long or hostile input.
"""

from __future__ import annotations

import re

from coprod_refs.parse.features import lexicon_hit, reads_as_place
from coprod_refs.parse.legislation import legislation_record
from coprod_refs.text.letters import CAPITALS, SMALL

_MAX_MARKER_LINE = 120
_MAX_HEAD_CHARS = 100
#: Longest entry accepted without an author opening (a longer one is a paragraph).
_MAX_UNOPENED_ENTRY = 1500
_PROSE_MIN_WORDS = 50
_PROSE_MAX_MARKED_SHARE = 0.22
#: Capitals, and Latin Extended letters (whose range holds both cases).
_UPPER = CAPITALS + "Ā-ɏ"
_LOWER = SMALL

_NUMBERING = r"(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-Z]\.)\s+)?"
_HEADING = re.compile(
    _NUMBERING + r"(?:references?(?:\s+(?:list|cited))?|list\s+of\s+(?:references|sources)"
    r"|reference\s+list|(?:select(?:ed)?\s+)?bibliography|literature(?:\s+(?:cited|references))?"
    r"|cited\s+(?:literature|works)|bibliographical\s+references|source\s+list"
    r"|works\s+(?:cited|consulted|referenced)|sources(?:\s+(?:cited|consulted))?"
    r"|(?:notes|sources)\s+and\s+references"
    r"|references\s+and\s+(?:notes|sources|further\s+reading)|further\s+reading\s+and\s+references"
    r"|bibliography\s+and\s+references|literaturverzeichnis|literatur(?:angaben)?"
    r"|(?:literatur|quellen)-?\s+und\s+(?:literatur|quellen)verzeichnis|quellen(?:verzeichnis)?"
    r"|bibliographie(?:\s+s[ée]lective)?|r[ée]f[ée]rences(?:\s+bibliographiques)?"
    r"|referencias(?:\s+bibliogr[áa]ficas)?|bibliograf[íi]a|riferimenti\s+bibliografici"
    r"|referenties|literatuur(?:lijst)?|litteratur(?:liste)?|referanser|referenser|kildeliste"
    r"|kirjallisuus|l[äa]hteet|l[äa]hdeluettelo|refer[êe]ncias(?:\s+bibliogr[áa]ficas)?|k[äa]llor"
    r"|litteraturf[öo]rteckning|bibliografie|literatura|pi[śs]miennictwo|kaynak(?:[çc]a|lar)"
    r"|irodalom|bibliografi|kilder"
    r"|список\s+(?:использованн(?:ой|ых)\s+)?(?:литературы|источников)|литература|библиография"
    r"|список\s+використаних\s+джерел|література|βιβλιογραφία|αναφορές"
    r"|参考文献|引用文献|参考資料|참고\s?문헌)"
    r"(?:\s*\((?:continued|\d{1,5})\))?\s*:?",
    re.IGNORECASE,
)
#: A heading printed letter by letter ("R E F E R E N C E S").
_LETTER_SPACED = re.compile(r"(?:\w ){3,}\w")
_END = re.compile(
    _NUMBERING + r"(?:download\s+references|author\s+information|authors?\s+and\s+affiliations"
    r"|about\s+the\s+authors?|about\s+this\s+(?:article|chapter|book|paper)"
    r"|author\s+biograph(?:y|ies)|biographical\s+notes?|biographies|(?:about\s+the\s+)?contributors"
    r"|notes\s+on\s+(?:the\s+)?(?:contributors|authors?)|authors?['’]?\s+(?:details|contributions)"
    r"|author\s+contributions?|credit\s+authorship\s+contribution\s+statement"
    r"|disclosure\s+statement|ethical\s+approval|informed\s+consent|abbreviations|glossary"
    r"|acknowledge?ments?|notes|endnotes?|footnotes|appendix(?:\s+\S.{0,80})?|appendices"
    r"|online\s+appendix|supporting\s+information|annex(?:es)?(?:\s+\S.{0,80})?"
    r"|agradecimientos|remerciements|danksagung|ringraziamenti|dankwoord|anhang|anh[äa]nge"
    r"|anexos?|annexe|ap[ée]ndices?|allegati?|bijlagen?|notas|anmerkungen|fu[ßs]noten"
    r"|(?:table|tabelle|tabla|tableau|tabel|tabella|figure|figura|figuur|fig\.|abbildung|abb\."
    r"|exhibit|chart|graph|box|map)\s+[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?"
    rf"(?:\s*[.:|–—-]\s*\S.*|\s+(?-i:[{_UPPER}(]).*)?"
    r"|supplementary\s+(?:information|materials?|data)|additional\s+information"
    r"|funding(?:\s+information)?|conflicts?\s+of\s+interests?|competing\s+interests"
    r"|declaration\s+of\s+.{1,60}|ethics\s+declarations|data\s+availability.{0,60}"
    r"|rights\s+and\s+permissions|copyright\s+information|cite\s+this\s+(?:article|chapter|paper)"
    r"|further\s+reading|index|publish\s+with\s+us|reprints\s+and\s+permissions"
    r"|corresponding\s+author|keywords|tables?|figures?|chapter\s+\d{1,3}"
    r"|citing\s+literature|cited\s+by(?:\s*\(?\d+\)?)?|related\s+(?:articles|content|research)"
    r"|recommended(?:\s+articles)?|people\s+also\s+read|you\s+may\s+also\s+like"
    r"|similar\s+articles|article\s+(?:information|metrics|history)|metrics)"
    r"\s*:?",
    re.IGNORECASE,
)
_NOTES = re.compile(_NUMBERING + r"(?:notes|endnotes?|notas|anmerkungen|noten)\s*:?", re.IGNORECASE)
_FURNITURE = re.compile(
    r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|[ivxlc]{1,6}"
    r"|[-–—]\s*\d{1,4}\s*[-–—]"
    r"|(?:©|\(c\)\s|copyright\s+©?\s*\d{4}|downloaded\s+(?:from|by)\s|this\s+content\s+downloaded"
    r"|all\s+use\s+subject\s+to\s).{0,300}",
    re.IGNORECASE,
)
_PAGE_NUMBER_BESIDE = re.compile(r"\d{1,4}\s+(\S.{2,89})|(\S.{2,89}?)\s+\d{1,4}")
_CAPITALS_RUN = re.compile(r"[A-Z]{3}")
_LEADING_PAGE_NUMBER = re.compile(r"\d{1,4}\s+")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_PAGE_RANGE = re.compile(r"\d\s?[-–—]\s?\d")
_EDGE_PAGE_NUMBER = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")
#: The end of `_EDGE_PAGE_NUMBER`, found within the last characters of a line: a space, four
#: digits and a final newline at most.
_TRAILING_PAGE_NUMBER = re.compile(r"\s\d{1,4}$")
_TRAILING_PAGE_NUMBER_CHARS = 6
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_BANNER_PART = (
    r"(?:Volume|Vol\.|Issue|No\.|Number|Pages?)\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?"
    rf"|{_MONTH}\s*[/–-]\s*{_MONTH}\s+\d{{4}}"
)
_ISSUE_BANNER = re.compile(
    rf"(?:{_BANNER_PART})(?:\s*[,;]?\s*(?:{_BANNER_PART}|(?:{_MONTH}\s+)?\d{{4}})){{0,6}}"
)
#: Link labels that publisher pages print after or between references.
NOISE_PHRASES: tuple[str, ...] = (
    "google scholar",
    "search in google scholar",
    "semantic scholar",
    "crossref",
    "cross ref",
    "full text via crossref",
    "pubmed central",
    "pubmed",
    "pmc free article",
    "free article",
    "europe pmc",
    "web of science",
    "mathscinet",
    "zbmath",
    "scopus",
    "medline",
    "search ads",
    "view article",
    "view record",
    "view record in scopus",
    "view in scopus",
    "view pdf",
    "wiley online library",
    "taylor & francis online",
    "sage journals",
    "free full text",
    "full text",
    "publisher full text",
    "openurl",
    "open url",
    "find this resource",
    "find in library",
    "worldcat",
    "google preview",
    "google books",
    "reference source",
    "publisher site",
    "crossmark",
    "download references",
    "download citation",
    "export citation",
    "open in new tab",
    "open in a new tab",
    "↑",
    "article",
    "book",
    "chapter",
    "link",
    "links",
    "pdf",
    "html",
    "doi",
    "isi",
    "cas",
    "ads",
    "math",
    "pmc",
    "abstract",
)
#: Labels that also occur in real references: stripped only beside a strong one.
WEAK_NOISE = frozenset("article book chapter link links pdf html doi abstract ads math pmc".split())
#: The labels by their last two characters (a label of one character by itself), longest
#: first: the last two characters of a line end few labels or none.
_LABELS_BY_ENDING: dict[str, tuple[str, ...]] = {
    ending: tuple(sorted((p for p in NOISE_PHRASES if p[-2:] == ending), key=len, reverse=True))
    for ending in {p[-2:] for p in NOISE_PHRASES}
}
#: What may stand between two labels of a run: spaces, bars, commas, brackets, ® signs.
_NOISE_SEPARATOR_CHARS = " \t|•·[](),;:-–/®™\u00a0"
_NOISE_SEPARATORS = frozenset(_NOISE_SEPARATOR_CHARS)
#: How labels open (their first three characters): a line of labels opens with one.
_LABEL_OPENINGS = tuple({p[:3] for p in NOISE_PHRASES})
_TRAILING_JUNK = " |•·,;®™[("
_BRACKETED_NOISE = re.compile(
    r"\[(?:"
    + "|".join(re.escape(p) for p in NOISE_PHRASES if p not in WEAK_NOISE)
    + r"|doi)\s*[®™]?\s*\]",
    re.IGNORECASE,
)

_STRONG_BULLET = re.compile(r"[•◦▪▫‣⁃●○■□·*](?=\s)\s*")
_DASH_BULLET = re.compile(r"[-–—](?=\s)\s*")
_BARE_NUMBER = re.compile(rf"(\d{{1,3}})\s+(?=[{_UPPER}])")
#: "[12]", "(12)", "12.", "12)", and the full-width forms of Chinese lists: "〔12〕",
#: "［12］", "（12）", "12、".
_NUMBER_MARKER = re.compile(
    r"(?:[\[［〔【](\d{1,3})[\]］〕】]|[(（](\d{1,3})[)）]|(\d{1,3})[.)](?=\s|$)|(\d{1,3})、)\s*"
)

_PARTICLE = r"(?:van|von|de|der|den|del|della|di|da|du|des|la|le|ten|ter|dos|das)"
_NAME = rf"(?:{_PARTICLE}\s+)*[{_UPPER}][\w'’\-\u2010]*"
_NAMES = rf"{_NAME}(?:\s+(?:(?:of|for|and|the|on|&)\s+)?{_NAME}){{0,6}}"
#: "Family, I." and "Family, I (2000)" (an initial without its full stop, before the
#: year, "&" or the next name).
_AUTHOR_INITIALS = re.compile(rf"({_NAMES}),\s+[{_UPPER}](?:\.|\s*(?=[,&]|\(\d))")
_AUTHOR_GIVEN = re.compile(rf"({_NAMES}),\s+[{_UPPER}][{_LOWER}]+")
#: "Family, Given." and a sentence, as Chicago's bibliography opens ("Bradbury, Bettina.
#: Working Families", "Bynum, Caroline W. Holy Feast"), with the year lines later.
_AUTHOR_GIVEN_SENTENCE = re.compile(
    rf"({_NAMES}),\s+[{_UPPER}][{_LOWER}]+(?:(?:\s+[{_UPPER}]\.)+|\.)\s+[{_UPPER}\"“‘«]"
)
#: "Family, Given (1994)": a person's given name and the bracketed year right after it.
_AUTHOR_GIVEN_YEAR = re.compile(
    rf"({_NAMES}),\s+[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}]\.)*\s+\((?:1[5-9]|20)\d\d"
)
#: "Family, Given" followed by an initial and a comma or by ", and": the first of several
#: authors ("Parks, Roger B., Paula C. Baker", "Brandsen, Taco, and Victor Pestoff").
_AUTHOR_GIVEN_MORE = re.compile(
    rf"({_NAMES}),\s+[{_UPPER}][{_LOWER}]+(?:(?:\s+[{_UPPER}]\.)+,|,\s+and\s+[{_UPPER}])"
)
#: A note that names its author first, as notes cite ("Elinor Ostrom, Governing",
#: "Roger B. Parks et al., “Consumers", "Taco Brandsen and Victor Pestoff, “Co-production",
#: "See John Alford, Engaging").
#: A person's name and a verb, as a biography opens ("Elke Schmidt is", "Tom M. Berger
#: holds").
_BIOGRAPHY = re.compile(
    rf"(?:(?:{_NAME}|[{_UPPER}]\.)\s+){{1,4}}"
    r"(?:is|was|has|holds|works|worked|received|teaches|taught|leads|led|directs|joined)\s"
)
_NOTE_AUTHOR = re.compile(
    rf"(?:(?:See|see|Cf\.|cf\.)(?:\s+also)?\s+)?({_NAME}(?:\s+(?:[{_UPPER}]\.\s*)*{_NAME}){{1,3}})"
    r"(?:\s+et\s+al\.)?(?:,|\s+and\s)"
)
#: Also French lists' "OSTROM E.," and "JEANNOT J.-P.,": initials with full stops, then a
#: comma.
_VANCOUVER = re.compile(
    rf"({_NAME})\s+[{_UPPER}]{{1,4}}"
    rf"(?:,|\.\s|\.(?:-?[{_UPPER}]\.)*,|\s+\(?(?:1[5-9]|20)\d\d[a-z]?\)?[\s.,:])"
)
#: A person's name and a quoted title after a comma, as French and Chicago lists print
#: them: "Rokycana, Jan, “De quinque", "RAMBERG, Jan, « The Future", "GAÏTI Brigitte, «
#: Politique".
_AUTHOR_QUOTED_TITLE = re.compile(
    rf"({_NAMES}(?=,)|[{_UPPER}][{_UPPER}'’-]+(?=\s)),?\s+"
    rf"[{_UPPER}][{_LOWER}]+(?:[\s-][{_UPPER}]\.)*,\s+[«“‘\"„]"
)
#: A name in reading order and a quoted title after a comma, as notes and Chicago's
#: bibliographies print them: "Allen Hicken, “Clientelism,”", "Steven Zeitchik, “Indies".
_READING_ORDER_QUOTED_TITLE = re.compile(rf"((?:{_NAME}\s+){{1,3}}{_NAME}),\s+[«“‘\"„]")
#: " and " and a second name that something follows ("and J.-S. Pang (editors)."), which
#: a running head of two authors' names ("S. Jo and T. Nabatchi") lacks.
_INITIALS = rf"(?:[{_UPPER}]\.(?:-[{_UPPER}]\.)?\s?)"
_AND_NAME = rf"\s+(?:and|&)\s+(?:{_NAME}\s+)?{_INITIALS}*\s*(?![{_UPPER}]\.){_NAME}\s*[.,:(]"
#: A name in reading order, initials first, then what follows a name: "J. Smith,", "Y.
#: Robert. The Impact", "M. C. Ferris and J.-S. Pang", "U. Beck: Risikogesellschaft".
_INITIALS_FIRST = re.compile(
    rf"{_INITIALS}{{1,3}}\s*(?![{_UPPER}]\.){_NAME}(?:,|[.:]\s+[{_UPPER}\"“‘'«]|{_AND_NAME})"
)
#: A given name (checked against the given names list), maybe an initial, and a family
#: name, then another name or a colon: "Mark Keane, Padraig Cunningham", "Marc Bloch,
#: Rois", "Wolfgang Jantzen: Singer-Debatte", "Taco Brandsen and Victor Pestoff,".
_GIVEN_FIRST = re.compile(
    rf"({_NAME})\s+(?:[{_UPPER}]\.\s+)?{_NAME}(?:,\s+[{_UPPER}]|:\s|{_AND_NAME})"
)
_YEAR_TEXT = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
#: A bracketed expansion or abbreviation of a body's name ("(WHO)", "[NICE]", "(new
#: economics foundation)"): letters, no digits, and no editor mark or "n.d.".
_NOT_EXPANSION = r"(?!(?i:eds?|hrsg|hg|red|dir|coord)\.?[)\]]|n\.\s?d\.)"
_EXPANSION = (
    rf"(?:\({_NOT_EXPANSION}[^\W\d_][^()\d]{{0,80}}\)"
    rf"|\[{_NOT_EXPANSION}[^\W\d_][^\[\]\d]{{0,80}}\])"
)
#: A body: capitalised words or an acronym with an optional expansion, a lower-case
#: acronym with one ("nef (new economics foundation)"), or an acronym and its name after a
#: dash ("BMFSFJ – Bundesministerium für Familie, Senioren, Frauen und Jugend").
_BODY = (
    rf"(?:{_NAMES}(?:\.?\s+{_EXPANSION})?|[a-z]{{2,8}}\s+{_EXPANSION}"
    rf"|[{_UPPER}]{{2,10}}\s+[-–—]\s+[{_UPPER}][\w'’.-]*(?:,?\s+[\w'’.&-]+){{0,15}})"
)
#: A body's opening: its name, then "(2014)" or "(n.d.)" followed by punctuation, a
#: capitalised title or the line's end, or "2010" followed by punctuation; never followed
#: by a volume ("Public Administration Review (2016) 76(3)" continues an entry).
_CORPORATE = re.compile(
    rf"(?P<body>{_BODY})\.?,?\s+(?:\((?:{_YEAR_TEXT}|n\.\s?d\.)\)(?:[.,:]|\s+(?=[{_UPPER}'‘\"“„«])|$)"
    rf"|{_YEAR_TEXT}[.,:])(?!\s*\d)"
)
#: A work with no author, which opens with its title and then its date, as APA prints
#: one: "Co-production star. (n.d.).", "Co-production toolkit. (2015, May 3)."; not an
#: initial going on a line before ("D., et al. (2013).").
_TITLE_FIRST = re.compile(
    rf"[{_UPPER}](?![.,])[^()]{{2,200}}?[.?!]\s+\((?:{_YEAR_TEXT}|n\.\s?d\.)(?:,[^()]{{1,30}})?\)\."
)
_CITATION_LABEL = re.compile(rf"({_NAMES})(?:\s+et\s+al\.?)?,\s+(?:1[5-9]|20)\d\d[a-z]?")
_FIRST_NAME = re.compile(_NAME)
_SAME_AUTHOR = re.compile(r"(?:[-–—_]{2,}|_{3,})\s*[.,]?\s")
#: The look-behind (no digit before the year) follows the year's first two digits, so that
#: a search skips straight to a "1" or "2" instead of trying every position.
_YEAR = re.compile(r"(?:1[5-9]|20)(?<!\d..)\d\d(?!\d)")
_UNDATED = ("n.d.", "n. d.", "in press", "forthcoming")
_LINK_START = r"(?:https?://|www\.|doi:\s?|10\.\d{4,9}/)"
_LINK = re.compile(_LINK_START, re.IGNORECASE)
_URL_END = re.compile(_LINK_START + r"\S*$", re.IGNORECASE)
#: Every link start holds one of these ("://", "doi:", "www.", "10.1080/"; "w" has no other
#: case form).
_LINK_SIGNS = (":", "/", "w.", "W.")
_NOT_AUTHOR_WORDS = frozenset(
    """In The A An And Retrieved Available Accessed Paper Presented Vol Edited Translated
    Published Report See Also From Online Proceedings Journal January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
    Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter""".split()
)
_UNFINISHED_ENDINGS = frozenset({"pp.", "p.", "vol.", "no.", "ed.", "eds.", "al.", "in"})


def _short(line: str) -> bool:
    return len(line) <= _MAX_MARKER_LINE


def is_heading(line: str) -> bool:
    """A line that opens a reference list: "References", "Bibliography", "7. Literature",
    "References and further reading", "R E F E R E N C E S"."""
    if not _short(line):
        return False
    if _LETTER_SPACED.fullmatch(line):
        line = line.replace(" ", "")
    return _HEADING.fullmatch(line) is not None


def is_end_marker(line: str) -> bool:
    """A line that closes a reference list: "Download references", "Acknowledgements",
    "Notes", "Appendix", "About the authors", "Citing Literature", "Related articles", ..."""
    return _short(line) and _END.fullmatch(line) is not None


def is_notes_heading(line: str) -> bool:
    """An end marker that opens endnotes ("Notes", "Endnotes", "7. Notes", "Notas"), which
    may cite works in full when a text has no reference list of its own."""
    return is_end_marker(line) and _NOTES.fullmatch(line) is not None


def cites_work(note: str) -> bool:
    """A note (its marker removed) that cites a work in full: it states a year and names an
    author first, as a reference ("Ostrom, E. (1990)") or as a note does ("Elinor Ostrom,
    Governing the Commons (Cambridge: Cambridge University Press, 1990), 45."); "Ibid.,
    52.", short forms without a year and comments ("On this point see the introduction.",
    "In 2015 the council changed its policy.") do not."""
    if not (has_year(note) and looks_like_reference(note)):
        return False
    if starts_entry(note):
        return True
    match = _NOTE_AUTHOR.match(note)
    return match is not None and match.group(1).split()[0] not in _NOT_AUTHOR_WORDS


def is_furniture(line: str) -> bool:
    """Page furniture: a bare page number, "Page 12 of 20", a copyright or download footer,
    a running head in capitals beside its page number ("218   PUBLIC ADMINISTRATION
    REVIEW"), an issue banner ("Volume 80, Issue 2", "March/April 2020", "Pages 250-262")."""
    return (
        _FURNITURE.fullmatch(line) is not None
        or _is_running_head(line)
        or (_short(line) and _ISSUE_BANNER.fullmatch(line) is not None)
    )


def _is_running_head(line: str) -> bool:
    """A page number beside two or more words in capitals, with no digit of its own."""
    if not (line[:1].isdecimal() or line[-1:].isdecimal()):
        return False  # the page number opens or closes the line
    match = _PAGE_NUMBER_BESIDE.fullmatch(line)
    if match is None:
        return False
    head = match.group(1) or match.group(2)
    return len(head.split()) >= 2 and not any(c.isdigit() for c in head) and _in_capitals(head)


def _in_capitals(text: str) -> bool:
    """No lower-case letter and a run of three capitals ("LOCAL GOVERNMENT STUDIES")."""
    return not any(c.islower() for c in text) and _CAPITALS_RUN.search(text) is not None


#: A whole line that is a date, day first ("2 Apr 2019."): the end of an entry wrapped
#: onto its own line, which recurs when many entries were accessed on one day; its day is
#: no page number.
_DAY_MONTH_YEAR = re.compile(
    rf"\d{{1,2}}\.?\s+[{_UPPER}][{_LOWER}]{{2,8}}\.?\s+{_YEAR_TEXT}[.,;)]*$"
)


def running_head_key(line: str) -> str | None:
    """What a running head repeats on every page: the line without a page number at either
    end, spaces collapsed ("12 J. Smith et al." and "14 J. Smith et al." share "J. Smith et
    al."). None for a line no running head resembles: a long one, one that ends as entries
    do (a full stop not after an initial or "et al.") unless a page number opens it, one
    that opens in lower case, like a reference or with a list marker, or holds a link
    (the cheap tests first)."""
    if (
        len(line) > _MAX_HEAD_CHARS
        or line[:1].islower()
        or list_marker(line, dashes=False) is not None
        or (ends_entry(line) and _LEADING_PAGE_NUMBER.match(line) is None)
        or _DAY_MONTH_YEAR.match(line) is not None
        or _holds_link(_LINK, line)
        or starts_entry(line)
    ):
        return None
    return " ".join(_EDGE_PAGE_NUMBER.sub("", line).split()) or None


def could_be_stray_head(line: str) -> bool:
    """A line that may be a running head or a sub-heading printed once inside a list ("J.
    Smith et al.", "Public Management Review 23(4)   612", "Secondary sources"): one a
    running head resembles (`running_head_key`), with no year, comma or page range, so that
    the last line of an entry ("Palgrave Macmillan, Basingstoke", "Public Adm Rev
    67(5):846–860") is none."""
    return (
        "," not in line  # the cheap tests first: most lines of a list hold a comma
        and _LETTERS.search(line) is not None
        and not has_year(line)
        and _PAGE_RANGE.search(line) is None
        and running_head_key(line) is not None
    )


def looks_like_running_head(line: str) -> bool:
    """A line printed like a running head: beside a page number ("12 J. Smith et al.",
    "Distinguishing types of coproduction   429") or in capitals ("LOCAL GOVERNMENT
    STUDIES")."""
    return _beside_page_number(line) or _in_capitals(line)


def _beside_page_number(line: str) -> bool:
    """A page number opens or closes the line (where `_EDGE_PAGE_NUMBER` finds one), looked
    for at the line's two ends only: a search would try every position, and every space of
    a long run of spaces over again."""
    return (
        _LEADING_PAGE_NUMBER.match(line) is not None
        or _TRAILING_PAGE_NUMBER.search(line[-_TRAILING_PAGE_NUMBER_CHARS:]) is not None
    )


def _holds_link(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern` (`_LINK` or `_URL_END`) is found in `text`; a text with none of the signs
    every link start holds is not searched."""
    return any(map(text.__contains__, _LINK_SIGNS)) and pattern.search(text) is not None


def is_noise(line: str) -> bool:
    """A line made only of link labels ("Article  Google Scholar", "CrossRef | PubMed",
    "CrossrefView in ScopusGoogle Scholar"); a line that opens otherwise is none, which
    is the cheap test."""
    opening = line.lstrip(_NOISE_SEPARATOR_CHARS)[:3].lower()
    if not _short(line) or not opening.startswith(_LABEL_OPENINGS):
        return False
    cut, _ = _trailing_labels(line)
    return cut < len(line) and all(c in _NOISE_SEPARATORS for c in line[:cut])


def strip_noise(entry: str) -> str:
    """An entry without a trailing run of link labels, provided the run holds a strong one
    ("... 2009. Book Google Scholar" loses "Book Google Scholar"; "... The book" keeps its
    last word), and without bracketed labels ("[Google Scholar]") elsewhere."""
    cut, strong = _trailing_labels(entry)
    text = entry[:cut].rstrip(_TRAILING_JUNK) if strong else entry
    if "[" in text:
        text = _BRACKETED_NOISE.sub("", text)
    return " ".join(text.split())


def is_outside_entries(line: str) -> bool:
    """A (stripped) line that is no reference of its own: a list heading or end marker
    ("References", "Citing Literature"), link labels or page furniture ("Volume 80, Issue
    2"); a line that opens like a reference is never one ("Declaration of Independence.
    1776.")."""
    return (
        is_heading(line) or is_end_marker(line) or is_noise(line) or is_furniture(line)
    ) and not starts_entry(line)


def _trailing_labels(text: str) -> tuple[int, bool]:
    """Where the run of link labels that ends `text` starts (len(text) when there is none)
    and whether the run holds a strong label. Labels are separated by spaces, bars, commas,
    brackets or ® signs, or glued as web pages copy them ("CrossrefGoogle Scholar",
    "View PDFView article"): a label may start right after a letter when it is
    capitalised and another label ends there."""
    cut = len(text)
    strong = pending_strong = False
    end = _before_separators(text, cut)
    while (label := _label_ending_at(text, end)) is not None:
        start = end - len(label)
        pending_strong = pending_strong or label not in WEAK_NOISE
        if start > 0 and text[start - 1].isalnum():
            if not text[start].isupper():
                break
            end = start
            continue
        cut, strong = start, strong or pending_strong
        end = _before_separators(text, start)
    return cut, strong


def _before_separators(text: str, end: int) -> int:
    """The end of `text[:end]` without the label separators it ends with."""
    while end > 0 and text[end - 1] in _NOISE_SEPARATORS:
        end -= 1
    return end


def _label_ending_at(text: str, end: int) -> str | None:
    """The longest link label that ends at `end` in `text`, in any case."""
    if end == 0:
        return None
    pair = text[end - 2 : end].lower() if end >= 2 else ""
    candidates = _LABELS_BY_ENDING.get(pair, ()) + _LABELS_BY_ENDING.get(text[end - 1].lower(), ())
    for label in candidates:
        start = end - len(label)
        if start >= 0 and text[start:end].lower() == label:
            return label
    return None


def list_marker(line: str, *, dashes: bool, bare: bool = False) -> tuple[str, str, int] | None:
    """The list marker that opens a line: ("bullet", "", length) or ("number", "12",
    length); dashes count as bullets only when the list uses them, and a bare number
    before a capital ("1 Elinor Ostrom", an endnote whose superscript was lost) only with
    `bare`."""
    match = _STRONG_BULLET.match(line) or (_DASH_BULLET.match(line) if dashes else None)
    if match:
        return "bullet", "", match.end()
    match = _NUMBER_MARKER.match(line) or (_BARE_NUMBER.match(line) if bare else None)
    if match:
        label = next(g for g in match.groups() if g is not None)
        return "number", label, match.end()
    return None


def bare_number(line: str) -> tuple[str, int] | None:
    """A bare number opening the line before a capital ("1 Batalden M"), and where the
    text after it starts; None for any other line ("[1]", "1.", "1 in 5")."""
    match = _BARE_NUMBER.match(line)
    return (match.group(1), match.end()) if match else None


def dash_bullet(line: str) -> bool:
    """The line opens with a dash used as a bullet."""
    return _DASH_BULLET.match(line) is not None


def has_year(line: str) -> bool:
    """The line holds a year ("1996", "2016a"), "n.d.", "in press" or "forthcoming"."""
    head = line[:400]
    if _YEAR.search(head):
        return True
    return any(map(head.lower().__contains__, _UNDATED))


def starts_entry(line: str) -> bool:
    """The line opens like a reference: "Ostrom, E.", "Smith JA,", "Alford J (2009)",
    "J. Smith,", a body and its date ("Welsh Government. (2014).", "Cabinet Office (2010)
    Building", "nef (new economics foundation) (2008)", "SCIE (n.d.)."), "———. 1990.",
    "Ostrom, Elinor" followed by a year, a title and its date ("Co-production star.
    (n.d.)."), or is a whole reference to a law ("Care Act 2014, c. 23."); not a place and
    its year ("Berlin 2003."), which end an imprint."""
    if opens_with_a_person(line) or _SAME_AUTHOR.match(line) or _TITLE_FIRST.match(line):
        return True
    given = _GIVEN_FIRST.match(line)
    if given is not None and lexicon_hit("given_names", given.group(1)):
        return True
    body = _CORPORATE.match(line)
    if (
        body
        and line.split(None, 1)[0].rstrip(".,") not in _NOT_AUTHOR_WORDS
        and not reads_as_place(body.group("body"), words="places")  # "Berlin 2003." ends an imprint
    ):
        return True
    match = _AUTHOR_GIVEN_MORE.match(line)
    if match and match.group(1).split()[0] not in _NOT_AUTHOR_WORDS:
        return True
    if has_year(line) and opens_with_a_name(line):
        return True
    # A whole reference to a law, which opens with its name: "Localism Act 2011 (c. 20)."
    return legislation_record(line) is not None


def opens_with_a_name(line: str) -> bool:
    """The line opens with "Family, Given" that names no place or publisher ("Lynch,
    Sandra, Philosophy", "RAMBERG, Jan", "Hall, Peter"; not "Paris, France", "Palgrave
    Macmillan, Cham" or "Routledge, New York"): an entry's opening when the line before
    ended one."""
    match = _AUTHOR_GIVEN.match(line)
    if match is None or match.group(1).split()[0] in _NOT_AUTHOR_WORDS:
        return False
    family, given = match.group(1), match.group(0)[match.end(1) :].strip(" ,")
    if reads_as_place(family, words="places") or reads_as_place(given, words="places"):
        return False
    # "Routledge, New York", but "Hall, Peter": a publisher's word may be a family name.
    return lexicon_hit("given_names", given) or not lexicon_hit("publishers", family)


def opens_with_a_person(line: str) -> bool:
    """The line opens with a person's name in a form the middle of an entry seldom
    takes: "Lynch, K. (1982)", "Mackie JL (1980)", "Y. Robert. The", "Tilly, Charles.
    “Revolutionary", "McMahon, April (1994)", a name and a quoted title ("Rokycana, Jan,
    “De", "Allen Hicken, “Clientelism,”"); not "Science, Stanford University", which a
    wrapped body's name gives, nor a journal's words before a quote."""
    for pattern in (
        _AUTHOR_INITIALS,
        _VANCOUVER,
        _AUTHOR_GIVEN_SENTENCE,
        _AUTHOR_GIVEN_YEAR,
        _AUTHOR_QUOTED_TITLE,
    ):
        match = pattern.match(line)
        if match and match.group(1).split()[0] not in _NOT_AUTHOR_WORDS:
            return True
    match = _READING_ORDER_QUOTED_TITLE.match(line)
    if match and not lexicon_hit("journal_words", match.group(1)):
        return match.group(1).split()[0] not in _NOT_AUTHOR_WORDS  # not "Public Review, “"
    return _INITIALS_FIRST.match(line) is not None


def starts_entry_strongly(line: str) -> bool:
    """Opens like a reference and states a year on the same line (the cheaper test first:
    most lines that go on an entry state no year)."""
    return has_year(line) and starts_entry(line)


def citation_label_name(line: str) -> str | None:
    """The first family name of a line that is only a short author-year label ("Alford,
    2014" gives "Alford", "Brandsen and Honingh, 2016", "van Eijk et al., 2012" gives
    "Eijk"), as publisher pages print one above each entry; None for any other line."""
    ends_with_digit = line[-1:].isdigit() or line[-2:-1].isdigit()
    match = _CITATION_LABEL.fullmatch(line) if ends_with_digit and _short(line) else None
    if match is None or match.group(1).split()[0] in _NOT_AUTHOR_WORDS:
        return None
    first = _FIRST_NAME.match(match.group(1))
    return first.group().split()[-1] if first else None


def ends_entry(line: str) -> bool:
    """The line can end a reference: a full stop (not after an initial or "pp."), or a URL
    or DOI."""
    if line.endswith("."):
        last = line.rsplit(None, 1)[-1]
        is_initial = len(last) == 2 and last[0].isupper()
        return not is_initial and last.lower() not in _UNFINISHED_ENDINGS
    return _holds_link(_URL_END, line[-300:])


def leaves_open(line: str) -> bool:
    """The line plainly continues on the next ("..., ", "&", "and", "London:")."""
    return line.endswith((",", ";", ":", "&", "(", "-", "–", " and", " in", " of", " the"))


def may_open_entry(line: str) -> bool:
    """The line could open an entry: it starts with a capital, a digit, a bracket, a
    quotation mark or a dash, not with a lower-case word (the last words of a sentence)
    or a link or DOI wrapped to its own line."""
    first = line[:1]
    if not first or first.islower() or _LINK.match(line):
        return False
    return first.isupper() or first.isdigit() or first in "[(\"“‘'«—–-_"


def looks_like_reference(text: str) -> bool:
    """An entry text that could be a reference: an author opening, or a year (or n.d.) in
    something that is neither a paragraph of prose nor a biography ("Elke Schmidt is a
    senior lecturer … since 2012", as notes on contributors print them)."""
    if len(text) < 12:
        return False
    if starts_entry(text):
        return True
    return (
        has_year(text)
        and len(text) <= _MAX_UNOPENED_ENTRY
        and not is_prose(text)
        and _BIOGRAPHY.match(text) is None
    )


def is_prose(text: str) -> bool:
    """Many words and few of them capitalised or numeric: running text, not a reference
    (whose names, initials, title words, volumes and pages make such words common)."""
    words = text.split()
    if len(words) < _PROSE_MIN_WORDS:
        return False
    marked = sum(1 for w in words if w[0].isupper() or any(c.isdigit() for c in w))
    return marked < _PROSE_MAX_MARKED_SHARE * len(words)
