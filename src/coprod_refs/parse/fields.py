"""Labelled segments to typed fields: the post-processing rules of the reference parser.

The CRF says which words are the title, the date, the volume...; these rules turn each
segment into a clean value (year and suffix, volume and issue, a page range with an en
dash, a bare DOI, an ISO access date), split names into people, and decide the CSL type
from the whole parse.
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

_YEAR = re.compile(r"(?<![\d])(1[5-9]\d\d|20[0-4]\d)(?:\s?([a-z]))?(?![\d])")
_NO_DATE = re.compile(
    r"\b(?:n\.\s?d|no\s+date|s\.\s?d|o\.\s?j|s\.\s?f|sans\s+date|undated)\b\.?(?:-?([a-z])\b)?",
    re.IGNORECASE,
)
#: A dash between two numbers, as printed: LaTeX's "--" among them.
_DASH = r"(?:--|[-‐‑‒–—−])"
_DASHES = re.compile(rf"\s*{_DASH}\s*")
_COMPACT = re.compile(
    r"^(1[5-9]\d\d|20[0-4]\d)?[a-h]?\s?(?:[A-Z][a-z]{2,8}\.?(?:[-–/][A-Z][a-z]{2,8}\.?|\s\d{1,2})?)?"
    r"\s*;\s*([\w.]+)?\s*"
    rf"(?:\(([^()]{{1,20}})\))?\s*(?::\s*([A-Za-z]?\d+(?:\s*{_DASH}\s*[A-Za-z]?\d+)?))?[.,:;]*$"
)
_BARE_COMPACT = re.compile(
    rf"^(\d{{1,4}}[A-Za-z]?)\s*(?:\(([^()]{{1,20}})\))?\s*:\s*([A-Za-z]?\d+(?:\s*{_DASH}\s*[A-Za-z]?\d+)?)[.,;]*$"
)
#: The Plant Cell's "2013:107(4):726–741.": year, volume, issue and pages after colons.
_YEAR_COLON_COMPACT = re.compile(
    rf"^(1[5-9]\d\d|20[0-4]\d)[a-z]?:(\d{{1,5}}[A-Za-z]?(?=[(:])|(?=\())(?:\(([^()]{{1,20}})\))?"
    rf":([A-Za-z]?\d+(?:{_DASH}[A-Za-z]?\d+)?)[.,;]*$"
)
#: A list number opening a reference: "15.", "[15]", "(15)", "15)", "3-".
LIST_NUMBER = re.compile(r"^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)]?|\d{1,3}-)$")
_NUMBER_DASH = re.compile(rf"(?<=\d)\s*{_DASH}\s*(?=\d)")
_PAGE_PREFIX = re.compile(
    r"^(?:pages?|pgs?\.?|págs?\.?|pagg?\.|pp?\.?|ss\.|s\.|str\.|сс?\.|blz\.|bls?\.)\s*",
    re.IGNORECASE,
)
#: A number's mark that a style printed before the pages' range: "no.726–741" (not a
#: double issue's "No.1-2").
_NUMBER_MARK_BEFORE_RANGE = re.compile(r"^no\.?\s*(?=\d{2,}\s*[-–]\s*\d+$)", re.IGNORECASE)
#: IEEE's chapter number before a chapter's pages: "ch. 2, pp. 13–34".
_CHAPTER_PREFIX = re.compile(r"^(?:ch|chap|chapter|kap|cap)\.?\s*\d+[,;:]?\s+", re.I)
_PAGE_RANGE = re.compile(r"^([A-Za-z]?)(\d+)\s*[-–]\s*([A-Za-z]?)(\d+)$")
#: A word after a page range and a comma, such as a style's "at" before a missing link.
_WORD_AFTER_RANGE = re.compile(r"(?<=\d),\s*[a-z]{1,12}$")
_PAGE_COUNT = re.compile(r"^\d+\s*(?:pp?|pages?|s|seiten|с|стр)\.?$", re.IGNORECASE)
#: An article number in place of pages: PLOS's "e0150205", BMJ's "g7714" (a small letter
#: and four digits or more), "Article 1234".
_ARTICLE_NUMBER = re.compile(
    r"^(?:e\d+|(?-i:[a-z])\d{4,}|art(?:icle)?\.?\s*(?:no\.?\s*)?\d+)$", re.IGNORECASE
)
_VOLUME_WORD = re.compile(
    r"\b(?:vol(?:ume)?s?|v|bd|band|t|tome|jg|jahrgang|anno|année)(?![^\W\d_])\.?\s*",
    re.IGNORECASE,
)


def is_number_word(word: str) -> bool:
    """Whether `word` is a word for a volume or an issue ("Vol", "Bd", "No", "Heft"), as
    a number may be printed against it ("Vol12")."""
    return bool(_VOLUME_WORD.fullmatch(word) or _ISSUE_WORD.fullmatch(f"{word} 1"))


_ISSUE_WORD = re.compile(
    r"(?:n\.?[°ºᵒ]|\b(?:no|nos|nr|num|núm|number|issue|iss|heft|h|fasc|cahier|n)(?![^\W\d_])\.?|№|#)"
    r"\s*([\w/–-]+)",
    re.IGNORECASE,
)
#: The issue in brackets after the volume: "107(4)", "73 (No. 8)", JJAP's "43 [1]".
_PAREN = re.compile(r"\(\s*([^()]{1,30}?)\s*\)|\[\s*([^\[\]()]{1,30}?)\s*\]")
#: A volume in roman numerals, alone or before its issue: "CVII, 4", "XIV:4", "LXV", and
#: in the lower case of small capitals "cvii/4".
_ROMAN_VOLUME = re.compile(r"^((?i:[IVXLC]{2,})|[IVX])(?:\s*[,:/]?\s*(\d{1,4}))?[\s,;:.]*$")
#: A volume and its issue joined by a slash, as French and German styles print them:
#: "35/4", "Bd. 12/2"; not a year before it ("2013/1") nor a year after ("4/2005").
_VOLUME_SLASH_ISSUE = re.compile(r"([1-9]\d{0,2})/(\d{1,2})")
#: The year printed again before the volume: "2016, 76" (German "In: Journal, 2016, 76,").
_YEAR_THEN_VOLUME = re.compile(r"^(?:1[5-9]|20)\d\d,\s*\d{1,4}$")
#: French styles join them with a hyphen: "35-4"; a range of volumes rises ("35-36").
_VOLUME_DASH_ISSUE = re.compile(r"([1-9]\d{0,2})[-–](\d{1,2})")
_NUMBERISH = re.compile(r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–/]\s*[A-Za-z]?\d+[A-Za-z]?)?")
_DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"]+", re.IGNORECASE)
_SEASONS = frozenset("spring summer autumn fall winter".split())
#: A DOI is taken from anywhere in a reference only when something says it is one.
DOI_HINT = re.compile(r"doi|10\.\d{4,9}/\S*[a-z]", re.IGNORECASE)
_DOI_URL = re.compile(r"^(?:https?://)?(?:dx\.)?doi\.org/", re.IGNORECASE)
_ISBN = re.compile(r"(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx]")
_ISSN = re.compile(r"\b\d{4}-\d{3}[\dXx]\b")
_EDITION_NUMBER = re.compile(
    r"^\(?\s*(\d+)\s*(?:st|nd|rd|th|e|er|ère|ème|a|\.|º|ª)?\s*\.?\s*"
    r"(?:rev(?:ised)?\.?\s*)?(?:ed(?:ition|n|\.)?|aufl(?:age|\.)?|éd(?:ition|\.)?|edición|edizione|"
    r"uppl\.?|utg\.?|druk)?\.?\s*\)?[.,;:]?$",
    re.IGNORECASE,
)
_ACCESS = re.compile(
    r"(?:accessed|retrieved|consulted|viewed|last\s+visited|visited|abgerufen(?:\s+am)?|"
    r"zugegriffen(?:\s+am)?|consulté(?:\s+le)?|acesso\s+em|acessado\s+em|consultado(?:\s+el)?|"
    r"recuperado(?:\s+(?:em|el))?|consultato(?:\s+il)?|geraadpleegd(?:\s+op)?|"
    r"erişim(?:\s+tarihi)?|tanggal\s+akses|diakses(?:\s+pada)?|vaadatud|dostęp(?:\s+dnia)?|"
    r"pristupljeno|pridobljeno|hämtad|hentet|viitattu|letöltés(?:\s+ideje)?|"
    r"accessed\s+on|date\s+of\s+access|(?<=\[)cited|(?<=;\s)cited|(?<=\[)vid\.|(?<=\[)cit\.|"
    r"abruf|zugriff(?:\s+am)?|aufgerufen(?:\s+am)?|(?-i:Stand)(?=:?\s*\d{1,2}\.\s?\d{1,2}\.))"
    r"\s*(?:on)?\s*:?\s*(.{4,40})",
    re.IGNORECASE,
)
_MONTHS: dict[str, int] = {
    "jan": 1, "ene": 1, "gen": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3, "mär": 3, "maa": 3,
    "apr": 4, "avr": 4, "abr": 4, "may": 5, "mai": 5, "mag": 5, "mei": 5, "may.": 5, "jun": 6,
    "jui": 6, "giu": 6,
    "jul": 7, "lug": 7, "aug": 8, "aoû": 8, "aou": 8, "ago": 8, "sep": 9, "set": 9, "oct": 10,
    "okt": 10, "ott": 10, "out": 10, "nov": 11, "dec": 12, "déc": 12, "dez": 12, "dic": 12,
}  # fmt: skip
_DATE_PARTS = re.compile(r"[A-Za-zÀ-ÿ]+|\d+")
_LEADING_IN = re.compile(
    r"^(?:in\s*[:.]|in\b|en\s*:|dans\s*:|(?-i:dans|en)\s|(?-i:(?:En|Dans)\s(?=[A-ZÀ-Ý]))|im\s*:)\s*",
    re.IGNORECASE,
)
_KEEP_FINAL_DOT = re.compile(
    r"(?:\b[A-Z]|\.\.|\b(?:inc|co|ltd|corp|jr|sr|bros|al|etc|st|e\.\s?v|cie|ed|eds))\.$",
    re.IGNORECASE,
)
_INLINE_MARKUP = re.compile(r"</?(?:i|b|em|strong|italic|bold|sup|sub|sc|cite|u)>", re.I)
_QUOTES = "\"“”‘’'«»„"
_CLOSING_QUOTE = re.compile(r"[\"”’'»]$")
#: A value that opens with a quoted phrase and goes on after it ("“Co-production” and
#: its critics"): its quotes are the title's own.
_OPENS_QUOTED_PHRASE = re.compile(r"^(?:“[^”]+”|\"[^\"]+\"|«[^»]+»)\s*[\w(]")
#: A dash and a space opening a value: "– World Development", "— 2nd ed.".
_DASH_OPENERS = frozenset(d + " " for d in "–—‒―-")
#: A dash a style prints between the parts of a reference, left at a value's end: "… .
#: –", "….-".
_DASH_CLOSERS = frozenset(p + d for p in " ." for d in "–—‒―-")
#: A space before punctuation, in a value whose white space is already single spaces (a
#: pattern opening with a literal space is searched fast).
_SPACE_BEFORE_PUNCT = re.compile(r" ([,.;:!?])")
#: GOST's separators before the host item and the statement of responsibility ("Title
#: // Journal", "Title / I. I. Ivanov"), left at a field's edge; a slash inside a word or
#: a link has no space before it.
_EDGE_SLASHES = re.compile(r"\s+/{1,2}$|^/{1,2}\s+")
#: Towns that GOST abbreviates (Moscow, Saint Petersburg, Leningrad, Kyiv, Minsk).
_ABBREVIATED_TOWNS = {
    "М": "Москва",
    "СПб": "Санкт-Петербург",
    "Л": "Ленинград",
    "К": "Киев",
    "Мн": "Минск",
}
_THESIS = re.compile(
    r"thesis|dissertation|\bdiss\b|ph\.?\s?d|doctoral|master|mémoire|thèse|tesis|tese|"
    r"proefschrift|habilitation|diplomarbeit|dissertação",
    re.I,
)
_REPORT = re.compile(
    r"report|working\s+paper|\bpaper\b|case\s+study|briefing|\bguide\b|technical|\btech\b|"
    r"memo|bulletin|\bseries\b|discussion|white\s+paper|policy\s+brief|\bbrief\b|rapport|bericht",
    re.I,
)
_BLOG = re.compile(r"\bblog\b", re.I)
#: A report's number printed alone: "GAO-19-123", "EPA/600/R12/345", "HR2019/04"
#: (capitals, then two groups of digits at least; "COVID-19" is no number, nor "UK
#: 2010-2015").
_REPORT_NUMBER = re.compile(
    r"[A-Z]{2,}[A-Za-z]*[-/]?[A-Z]?\d+(?:[-/.][A-Z]?\d+)+[A-Za-z]?"
    r"|(?:Cm|Cmd|Cmnd|HC|HL(?:\s+Paper)?)\.?\s*\d+(?:[-–]\w+)?"  # UK command and House papers
)
_DATASET = re.compile(r"\bdata\s?set\b|\bdatensatz\b", re.I)
#: Works that are no book however published: software, recordings, slides, posts.
_NOT_A_TEXT = re.compile(
    r"software|\bapp\b|video|film|audio|podcast|tweet|\bpost\b|infographic|\bmap\b|"
    r"photograph|slides",
    re.I,
)
#: Unpublished work: "Unpublished manuscript", "Manuscript submitted for publication",
#: "Mimeo", "Unpublished paper", "Manuskript", "Manuscrit".
_MANUSCRIPT = re.compile(
    r"\bmanuscri(?:pt|t)\b|\bmanuskript\b|\bmimeo(?:graph)?\b|unpublished\s+(?:paper|work|draft)",
    re.I,
)
_CONFERENCE = re.compile(
    r"proceedings|proc\.|conference|conf\.|symposium|workshop|congress|meeting|colloqui|"
    r"kongress|tagung|actes|annual\s+meeting|presented\s+at|presentation\s+at",
    re.I,
)


class Segment(NamedTuple):
    """Consecutive tokens with one label: their text and mean marginal probability."""

    label: str
    text: str
    confidence: float


def _strip_brackets(text: str) -> str:
    if "(" not in text and ")" not in text and "[" not in text and "]" not in text:
        return text
    for open_, close in ("()", "[]"):
        if text.startswith(open_) and text.endswith(close) and text.count(open_) == 1:
            return text[1:-1].strip()
    for open_, close in ("()", "[]"):
        if text.count(open_) < text.count(close) and text.endswith(close):
            return text[:-1].rstrip(" ,;:.")
        if text.count(open_) > text.count(close) and text.startswith(open_):
            return text[1:].lstrip()
    return text


#: A medium named after a title: Harvard's "[online]", Vancouver's "[Internet]" (and
#: "[Serial on the Internet]"), Elsevier's "[WWW Document]".
_MEDIA = (
    r"\[(?:on-?line(?:\s+resource)?|internet|electronic\s+resource|en\s+ligne|en\s+l[ií]nea|"
    r"em\s+linha|e-?book|"
    r"(?:serial|monograph|homepage|database|article|book)\s+on\s+the\s+internet|"
    r"www\s+document|"
    r"cd-rom|dvd|serial\s+online|microform|электронный\s+ресурс|elektronische\s+ressource|"
    r"online-ressource|recurso\s+electr[oó]nico|ressource\s+[ée]lectronique)\]"
)
_MEDIUM_AFTER_TITLE = re.compile(rf"\s*{_MEDIA}$", re.I)
#: A title, the medium Harvard prints after it, and what follows: "Title. [online]
#: Cardiff: Welsh Government.".
TITLE_MEDIUM_REST = re.compile(rf"^(?P<title>.*\S)\s+{_MEDIA}[.,]?\s+(?P<rest>\S.*)$", re.I)


def without_medium(title: str) -> str:
    """A title or container without the medium printed after it ("Building the Big
    Society [online]", "BMJ [Internet]"): a description of the copy, not a word of
    the title."""
    return _MEDIUM_AFTER_TITLE.sub("", title) if title.endswith("]") else title


def said_once(text: str, shortest: int = 12) -> str:
    """`text` once when a style printed it twice over ("Engaging public sector clients.
    Engaging public sector clients", "Reading, MA, Reading, MA": styles that print a
    book's title again as its container, or its place twice); halves shorter than
    `shortest` characters may be meant twice ("Sorry, Sorry") and stay."""
    for gap in (2, 1):
        half, odd = divmod(len(text) - gap, 2)
        if odd or half < shortest or text[:half] != text[half + gap :]:
            continue
        if text[half : half + gap] in (". ", ", ") or (gap == 1 and text[half - 1] in "?!"):
            return text[:half]
    return text


def clean_text(text: str) -> str:
    """A field value without surrounding punctuation, quotes, inline markup copied from
    a web page or XML ("<italic>Nature</italic>") or stray spaces."""
    if "<" in text:
        text = _INLINE_MARKUP.sub("", text)
    text = " ".join(text.split())
    if "/" in text:
        text = _EDGE_SLASHES.sub("", text)
    if _SPACE_BEFORE_PUNCT.search(text):
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = text.strip(" ,;:")
    if text[-2:] in _DASH_CLOSERS:
        text = text[: -1 if text[-2] == "." else -2].rstrip(" ,;:")  # "… uncertainty. –"
    # Only the last word decides whether its full stop stays ("Inc.", "J.", "Co.").
    if text.endswith(".") and not _KEEP_FINAL_DOT.search(text, text.rfind(" ") + 1):
        text = text[:-1]
    text = text.strip(" ,;:")
    if text[:2] in _DASH_OPENERS:
        text = text[2:].lstrip()  # "– World Development" after a colon or a year
    if len(text) > 1 and text[0] in _QUOTES and not _OPENS_QUOTED_PHRASE.match(text):
        text = text[1:].strip()
        if text and text[-1] in _QUOTES:
            text = text[:-1]
        text = text.rstrip(" ,.;:").strip()
        text = _CLOSING_QUOTE.sub("", text).rstrip(" ,.;:")
    elif text.endswith(("”", '"')):
        # A quote the value opens inside keeps its close ('The science of "muddling
        # through."' -> '… "muddling through"'); a stray close goes.
        opened = "“" in text if text[-1] == "”" else text.count('"') % 2 == 0
        text = text[:-1].rstrip(" ,.;:") + (text[-1] if opened else "")
    return _strip_brackets(text).strip(" ,;:")


_IN_PRESS_WORDS = (
    r"in\s+press|im\s+druck|sous\s+presse|en\s+prensa|in\s+stampa|ter\s+perse|no\s+prelo|"
    r"w\s+druku|in\s+druk|в\s+печати|in\s+corso\s+di\s+(?:pubblicazione|stampa)|"
    r"accepted(?:\s+for\s+publication)?"
)
_FORTHCOMING_WORDS = (
    r"forthcoming|to\s+appear|[àa]\s+para[iî]tre|erscheint|im\s+erscheinen|"
    r"in\s+(?:preparation|vorbereitung)|en\s+preparaci[óo]n|submitted"
)
_IN_PRESS = re.compile(rf"\b(?:{_IN_PRESS_WORDS})\b", re.IGNORECASE)
_FORTHCOMING = re.compile(rf"(?<!\w)(?:{_FORTHCOMING_WORDS})\b", re.IGNORECASE)
#: A work's publication status, in the languages of `publication_status`.
STATUS_WORDS = f"{_IN_PRESS_WORDS}|{_FORTHCOMING_WORDS}"
#: … printed where its year would be: "(in press).", "à paraître :", "(no prelo)".
STATUS_MARK = rf"[(\[]?(?:{STATUS_WORDS})[)\]]?[.,:;]?"
#: … and standing alone.
STATUS_ALONE = re.compile(rf"^{STATUS_MARK}$", re.IGNORECASE)


#: A place or publisher the reference says is unknown: "s.l." (sine loco), "s.n." (sine
#: nomine), "n.p.", "o.O." (ohne Ort), "s.e." (sin editorial), in brackets or not.
_UNSTATED = re.compile(
    r"^\[?(?:s\.\s?[lne]|n\.\s?p|n\.\s?pub|o\.\s?o|sine\s+loco|sine\s+nomine|ohne\s+ort|"
    r"sans\s+lieu|sem\s+local)\.?\]?$",
    re.IGNORECASE,
)


#: A medium printed before the imprint: Harvard's "[online] London: …".
_MEDIUM_BEFORE = re.compile(rf"^{_MEDIA}\s*", re.I)
#: The mark Spanish ISO 690 styles print before the publisher: "edit. Routledge", and
#: the "Ed." (editorial, éditions) of Spanish and French ones: "Ed. Palgrave Macmillan".
_PUBLISHER_MARK = re.compile(r"^(?:edit|Ed|Éd)\.\s+(?=[^\W\d_])")


def stated(value: str) -> str:
    """A place or publisher as the reference names it, without the medium Harvard prints
    before it ("[online] London") or the mark of Spanish and French styles ("edit.
    Routledge", "Ed. Routledge"); "" for "s.l.", "n.p." and the other ways of saying
    there is none."""
    if value.startswith("["):
        value = _MEDIUM_BEFORE.sub("", value)
    elif value.startswith(("edit.", "Ed.", "Éd.")):
        value = _PUBLISHER_MARK.sub("", value)
    return "" if value and _UNSTATED.match(value) else value


def expand_town(place: str) -> str:
    """The town GOST abbreviates in full ("М." is "Москва", "СПб." is
    "Санкт-Петербург"); any other place as given."""
    return _ABBREVIATED_TOWNS.get(place.rstrip("."), place)


def publication_status(text: str) -> str:
    """ "in press" for "(in press)", "im Druck", "sous presse", "accepted"; "forthcoming"
    for "(forthcoming)", "to appear", "à paraître"; "" for anything else."""
    if _IN_PRESS.search(text):
        return "in press"
    if _FORTHCOMING.search(text):
        return "forthcoming"
    return ""


def parse_year(text: str) -> tuple[int | None, str, bool]:
    """(year, suffix, no_date) from a date segment: "(2016a)." -> (2016, "a", False);
    "(n.d.)" -> (None, "", True)."""
    match = _YEAR.search(text)
    if match:
        return int(match.group(1)), match.group(2) or "", False
    nd = _NO_DATE.search(text)
    if nd:
        return None, nd.group(1) or "", True
    return None, "", False


def normalise_pages(text: str) -> tuple[str, str, bool]:
    """(pages, article_number, suspicious) from a pages segment.

    Ranges get an en dash and abbreviated ends are expanded ("135-58" -> "135–158"), a
    chapter's number before them is dropped ("ch. 2, pp. 13–34" -> "13–34"); an
    end lower than its start is kept as printed and reported as suspicious; "e1234",
    BMJ's "g7714" or "Article 1234" is an article number; a page count ("350 pp.") is
    not a range.
    """
    value = _CHAPTER_PREFIX.sub("", clean_text(text).rstrip("."))
    value = _PAGE_PREFIX.sub("", value).strip(" .,;:()")
    if value[:2].lower() == "no":
        value = _NUMBER_MARK_BEFORE_RANGE.sub("", value)  # a style's "no.726–741" as pages
    if value[-1:] in "fF":
        value = _FOLLOWING_PAGES.sub("", value)  # "216 ff.": the first page
    if not value or _PAGE_COUNT.match(value):
        return "", "", False
    if _ARTICLE_NUMBER.match(value):
        return "", re.sub(r"^art(?:icle)?\.?\s*(?:no\.?\s*)?", "", value, flags=re.I), False
    value = _DASHES.sub("–", value)
    if value[-1:].isalpha():
        value = _WORD_AFTER_RANGE.sub("", value)  # "216–224, at": the word is no page
    match = _PAGE_RANGE.match(value)
    if not match:
        return value, "", False
    pre1, start, pre2, end = match.groups()
    if len(end) < len(start) and not pre2:
        end = start[: len(start) - len(end)] + end
    suspicious = int(end) < int(start)
    return f"{pre1}{start}–{pre2 or ''}{end}", "", suspicious


#: German "and the following page(s)" after a first page: "216 ff.", "5f.".
_FOLLOWING_PAGES = re.compile(r"(?<=\d)\s?ff?\.?$")
_ARTICLE_IN_VOLUME = re.compile(
    r"[,;]?\s*\b(?:article|art\.)\s*(?:no\.?\s*|number\s*)?([A-Za-z]?\d+)\b[.,;]*", re.I
)


def split_article_number(text: str) -> tuple[str, str]:
    """(rest, article number) from a volume segment holding both ("80, Article 102345."
    -> ("80", "102345")); the text unchanged and "" when it names no article."""
    match = _ARTICLE_IN_VOLUME.search(text)
    if not match:
        return text, ""
    return (text[: match.start()] + text[match.end() :]).strip(), match.group(1)


#: A volume and issue in one bracket, as MIS Quarterly prints them: "(107:4)". A number
#: alone in brackets stays the issue: "2011;(61):40-4" names no volume.
_BRACKETED_VOLUME_ISSUE = re.compile(r"\((\d{1,5}[A-Za-z]?):\s*(\d{1,4}(?:[-–/]\d{1,4})?)\)")
#: A volume in brackets with its issue after it, as Arachne prints them: "(107)4".
_BRACKETED_VOLUME_THEN_ISSUE = re.compile(r"\((\d{1,5})\)\s?(\d{1,4}(?:[-–/]\d{1,4})?)")


def parse_volume(text: str) -> tuple[str, str]:
    """(volume, issue) from a volume segment: "107(4)," -> ("107", "4");
    "Vol. 63 Issue 2" -> ("63", "2"); "nᵒ 4, vol. 107" -> ("107", "4"); "No. 134" ->
    ("", "134"); "Summer" -> ("", "Summer")."""
    value = " ".join(text.split()).strip(" ,;:.")
    issue = ""
    bracketed = _BRACKETED_VOLUME_ISSUE.fullmatch(value) or (
        _BRACKETED_VOLUME_THEN_ISSUE.fullmatch(value)
    )
    if bracketed:  # MIS Quarterly's "(107:4)", Arachne's "(107)4"
        return bracketed[1], bracketed[2]
    paren = _PAREN.search(value)
    if paren:
        issue = (paren.group(1) or paren.group(2)).strip(" .,")
        if worded := _ISSUE_WORD.fullmatch(issue):
            issue = worded.group(1)  # "(No. 4)"
        value = (value[: paren.start()] + " " + value[paren.end() :]).strip(" ,;:.")
    else:
        issue_match = _ISSUE_WORD.search(value)
        if issue_match:
            issue = issue_match.group(1).strip(" .,")
            after = value[issue_match.end() :].strip(" ,;:.")
            if issue_match.start() == 0 and _VOLUME_WORD.match(after):
                value = after  # French "nᵒ 4, vol. 107": the volume after the issue
            else:
                value = value[: issue_match.start()].strip(" ,;:.")
    word = _VOLUME_WORD.match(value)
    roman = _ROMAN_VOLUME.match(value[word.end() :] if word else value)
    if roman:  # "CVII, 4", "vol. XIV:4": the volume in roman numerals, then the issue
        if not issue:
            issue = roman.group(2) or ""
        value = roman.group(1)
    else:
        value = _VOLUME_WORD.sub("", value).strip(" ,;:.()")
    numbers = [] if roman else _NUMBERISH.findall(value)
    if len(numbers) == 2 and _YEAR_THEN_VOLUME.match(value):
        numbers = numbers[1:]  # "2016, 76": the year printed again before the volume
    if numbers:
        volume = numbers[0].replace(" ", "")
        if not issue and len(numbers) > 1:
            issue = numbers[1].replace(" ", "")
        slashed = _VOLUME_SLASH_ISSUE.fullmatch(volume)
        if slashed and not issue and int(slashed[2]) != int(slashed[1]) + 1:
            volume, issue = slashed[1], slashed[2]  # "35/4": not a double volume "12/13"
        dashed = None if slashed or issue else _VOLUME_DASH_ISSUE.fullmatch(volume)
        if dashed and int(dashed[2]) < int(dashed[1]):
            volume, issue = dashed[1], dashed[2]  # French "35-4"; "35-36" is a range
    elif roman:
        volume = value
    else:
        volume = ""
        if not issue and value and value.isalpha():
            issue = value
    return _NUMBER_DASH.sub("–", volume), _NUMBER_DASH.sub("–", issue).strip(" ,;:.()")


def split_compact(text: str, bare: bool = False) -> tuple[int | None, str, str, str] | None:
    """Vancouver's "2006;8(4):493-501." (or "2006a;8(4):…", the year's letter left to
    the caller) -> (2006, "8", "4", "493-501") and
    "Sep;40(9):1477-81." -> (None, "40", "9", "1477-81"), the pages as printed (an
    article number such as "e014650" among them); with `bare`, for a segment known to
    hold the volume, also the form without date and semicolon of Springer and other
    styles ("82(1):8–27" -> (None, "82", "1", "8–27")); The Plant Cell's year before a
    colon, "2013:107(4):726–741." -> (2013, "107", "4", "726–741"); None for anything
    else."""
    if ";" in text.rstrip(" .,;"):  # not a semicolon ending the numbers: "83:676–693;"
        match = _COMPACT.match(text.strip())
        if not match:
            return None
        year, volume, issue, pages = match.groups()
    elif match := _YEAR_COLON_COMPACT.match(text.strip()):
        year, volume, issue, pages = match.groups()
    else:
        bare_match = _BARE_COMPACT.match(text.strip()) if bare else None
        if not bare_match:
            return None
        year, (volume, issue, pages) = None, bare_match.groups()
    if not (volume or pages):
        return None
    return (int(year) if year else None), (volume or "").strip(), (issue or "").strip(), pages or ""


_YEAR_PAGES = re.compile(
    rf"^\(?(1[5-9]\d\d|20\d\d)[a-z]?\)?(?::\s*([A-Za-z]?\d+(?:\s*{_DASH}\s*[A-Za-z]?\d+)?)"
    rf"|;\s*([A-Za-z]?\d+\s*{_DASH}\s*[A-Za-z]?\d+))[.,;]*$"
)


def year_pages(text: str) -> str:
    """The pages of AMA's "2018:183-192." (or "2016a:162–177.", with the year's letter) or
    Vancouver's "2016;162–77." (a book's year, then the chapter's pages), as printed; ""
    for any other date."""
    match = _YEAR_PAGES.match(text.strip())
    return (match.group(2) or match.group(3)) if match else ""


def normalise_doi(text: str) -> str:
    """The bare DOI in lower case ("https://doi.org/10.1108/IJPSM-1." -> "10.1108/ijpsm-1"),
    with the typographic hyphens PDFs print in it (U+2010, U+2011) as the hyphen it holds,
    so that it resolves."""
    match = _DOI.search(text)
    if not match:
        return ""
    doi = match.group(0).rstrip(".,;:]>")
    if doi.endswith(")") and doi.count("(") < doi.count(")"):
        doi = doi[:-1].rstrip(".,;:")
    if not doi.isascii():
        doi = doi.replace("\u2010", "-").replace("\u2011", "-")
    return doi.lower()


def normalise_url(text: str) -> str:
    """The first URL in a segment, without enclosing brackets or a trailing full stop."""
    if "://" not in text and "www." not in text.lower():
        return ""  # what every match of _URL holds, checked first: most text has no link
    match = _URL.search(text)
    if not match:
        return ""
    url = match.group(0).rstrip(".,;:]>")
    if url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1].rstrip(".,;:")
    return url


def normalise_isbn(text: str) -> str:
    """The first ISBN as digits (and a final X), without hyphens or spaces."""
    match = _ISBN.search(text.replace("ISBN", " "))
    if not match:
        return ""
    digits = re.sub(r"[^\dXx]", "", match.group(0)).upper()
    return digits if len(digits) in (10, 13) else ""


def normalise_issn(text: str) -> str:
    """The first ISSN ("1234-567X") in a segment."""
    match = _ISSN.search(text)
    return match.group(0).upper() if match else ""


#: The edition's word before its number, as Karger prints it: "ed 2".
_EDITION_WORD_FIRST = re.compile(r"^(?i:edn?|edition)\.?\s*(\d{1,2})[.,;]?$")


def normalise_edition(text: str) -> str:
    """The edition: a number for "2nd ed." / "6. Aufl." / "ed 2"; otherwise the words as
    printed."""
    value = clean_text(text)
    match = _EDITION_NUMBER.match(value) or _EDITION_WORD_FIRST.match(value)
    if match:
        return match.group(1)
    value = re.sub(r"\b(?:edition|ed\.|edn\.?)\s*$", "", value, flags=re.I).strip(" ,.;:()")
    return value


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")
_YEAR_FIRST_DATE = re.compile(r"\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})\b")
#: A date as machines write it: "2019-03-05", "2019/03/05/" (RIS), "2019-03",
#: "2019-03-05T10:00:00Z", "2019-03-05/2019-04-01" (a range, read from its start).
_STATED_DATE = re.compile(r"^\s*(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)")
#: After a month's name, another one: "March/April", "Nov–Dec" name no single month.
_MONTH_RANGE = re.compile(r"\s*[-‐‑‒–—/]\s*[A-Za-zÀ-ÿ]")
#: After a day, another one: "June 12–14" names no single day.
_DAY_RANGE = re.compile(r"\s*[-‐‑‒–—]\s*\d")


def parse_date(text: str) -> str:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from "2 Apr 2019", "April 2, 2019",
    "19-Oct-2017", "2019-04-02", "2019/04/02", "12.03.2021" (day first) or "September
    2020", and APA's "2019, March 5"; "" when there is no year. A day or month that
    cannot be ("31 Feb", month 13) is left out, and so is an order that cannot be told
    ("03/04/2021": day or month first), a range of months ("March/April 2019") and a
    range of days ("June 12–14, 2019")."""
    return _iso_date(*_date_numbers(text))


def _date_numbers(text: str) -> tuple[int, int, int]:
    """Year, month and day a date states, 0 for what it does not (`parse_date`'s
    reading, before the impossible is left out)."""
    iso = _YEAR_FIRST_DATE.search(text)
    if iso:
        return int(iso.group(1)), int(iso.group(3)), int(iso.group(4))
    numeric = _NUMERIC_DATE.search(text)
    if numeric:
        first, mark, second, year = numeric.groups()
        day, month = int(first), int(second)
        if mark == "/" and day <= 12 and month <= 12 and day != month:
            return int(year), 0, 0
        if mark == "/" and month > 12:
            day, month = month, day
        return int(year), month, day
    return _worded_date(text)


def _worded_date(text: str) -> tuple[int, int, int]:
    """Year, month and day of a date that names its month: "2 Apr 2019", "April 2, 2019",
    "2019, March 5", "2019, 5 March", "2016 Jun 5"; 0 for what it does not state. A day
    is a number before the year or right beside the month's name."""
    year = month = day = 0
    parts = list(_DATE_PARTS.finditer(text))
    for i, match in enumerate(parts):
        part = match.group()
        if part.isdigit():
            number = int(part)
            if len(part) == 4 and 1500 <= number <= 2100 and not year:
                year = number
            elif 1 <= number <= 31 and not day and (not year or _beside_month(text, parts, i)):
                day = -1 if _DAY_RANGE.match(text, match.end()) else number
        elif not month:
            month = _month_of_word(part.lower())
            if month and _MONTH_RANGE.match(text, match.end()):
                month = -1
    return year, max(month, 0), max(day, 0)


def _beside_month(text: str, parts: list[re.Match[str]], i: int) -> bool:
    """Whether the number `parts[i]` is right beside a month's name (only spaces or a full
    stop between): "March 5", "Jun. 5", "5 March"."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(parts) and parts[j].group()[:3].lower() in _MONTHS:
            low, high = sorted((parts[i], parts[j]), key=lambda m: m.start())
            if not text[low.end() : high.start()].strip(" ."):
                return True
    return False


def valid_month_day(year: int, month: int, day: int) -> tuple[int | None, int | None]:
    """The month and day of a date in `year` as far as they can be (0 for not stated):
    month 13 is left out, and so is a day the month does not have (31 February)."""
    if not 1 <= month <= 12:
        return None, None
    if not day:
        return month, None
    try:
        datetime.date(year, month, day)
    except ValueError:
        return month, None
    return month, day


def _iso_date(year: int, month: int, day: int) -> str:
    """ "YYYY-MM-DD", "YYYY-MM" or "YYYY" from what is known and possible; "" with no year."""
    if not year:
        return ""
    valid_month, valid_day = valid_month_day(year, month, day)
    if valid_month is None:
        return f"{year:04d}"
    if valid_day is None:
        return f"{year:04d}-{valid_month:02d}"
    return f"{year:04d}-{valid_month:02d}-{valid_day:02d}"


def date_parts(iso: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an ISO date as `parse_date` gives it: "2019-03" -> (2019, 3,
    None); (None, None, None) for ""."""
    numbers: list[int | None] = [int(p) for p in iso.split("-") if p.isdigit()]
    numbers += [None] * (3 - len(numbers))
    return numbers[0], numbers[1], numbers[2]


def stated_date(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a publication date a record states: machine-written
    ("2019-03-05", "2019/03/05/", "2019-03", "2019-03-05T10:00:00Z", the start of
    "2019-03-05/2019-04") or in words as `parse_date` reads them ("March 5, 2019", "05 Mar
    2019"). A month or day that cannot be is left out (`parse_date`'s rule)."""
    stated = _STATED_DATE.match(text)
    if stated:
        year = int(stated.group(1))
        return (year, *valid_month_day(year, int(stated.group(3)), int(stated.group(4) or 0)))
    return date_parts(parse_date(text))


#: A date segment stating a year alone: "(2013).", "2013a,", "[1990]".
_YEAR_ONLY = re.compile(r"[\s(\[]*\d{4}[a-z]?[)\].,:;\s]*")


def month_day(text: str, year: int) -> tuple[int | None, int | None]:
    """The month and day a reference's date states beside its `year`: APA "(2019, March
    5)" -> (3, 5), "(2020, June)" -> (6, None), Vancouver "2016 Jun 5;" or a bare "Jun"
    after the year. (None, None) for a season ("Spring 2019", an issue, not a month), a
    range of months, a date of another year, or a month or day that cannot be."""
    if _YEAR_ONLY.fullmatch(text):
        return None, None  # "(2013).": the usual case, settled without reading a date
    found, month, day = _date_numbers(text)
    if found not in (0, year):
        return None, None
    return valid_month_day(year, month, day)


def month_number(text: str) -> int | None:
    """The month a .bib `month` field or a word names: "mar", "March", "3", "{Mar.}" ->
    3; None for anything else ("Spring", "13")."""
    value = text.strip(" {}.").lower()
    number = int(value) if value.isdigit() else _month_of_word(value)
    return number if 1 <= number <= 12 else None


def _month_of_word(word: str) -> int:
    """The month a lower-case word names by its first letters ("march", "mär", "juin"),
    0 for none; French "juillet" is July although "jui" opens "juin" too."""
    return 7 if word.startswith("juil") else _MONTHS.get(word[:3], 0)


#: "Available at:", "Online verfügbar unter", "Disponible en", "Beschikbaar op", "Repéré
#: à", "Recuperado de", "Dostupné z", Polish "Dostępne pod adresem:", Turkish "Erişim
#: adresi" and "Geliş tarihi gönderen", Indonesian "Diambil dari": a word that opens an
#: access note, with the words that must follow it.
AVAILABLE_AT = {
    "available": frozenset(("at", "from", "online", "via")),
    "verfügbar": frozenset(("unter", "über")),
    "abrufbar": frozenset(("unter", "über")),
    "disponible": frozenset(("en", "sur", "dans", "à", "a")),
    "disponibile": frozenset(("su", "in", "a")),
    "disponível": frozenset(("em",)),
    "beschikbaar": frozenset(("op", "via")),
    "tillgänglig": frozenset(("på", "via")),
    "repéré": frozenset(("à", "a", "sur")),
    "recuperado": frozenset(("de",)),
    "obtenido": frozenset(("de",)),
    "dostupné": frozenset(("z", "na")),
    "dostupno": frozenset(("na",)),
    "pobrano": frozenset(("z",)),
    "dostępne": frozenset(("pod", "na", "w")),
    "erişim": frozenset(("adresi",)),
    "geliş": frozenset(("tarihi",)),
    "diambil": frozenset(("dari",)),
}
#: Words that only lead to a link: the openers above, what follows them, and the rest.
_LINK_PHRASE_WORDS = frozenset(
    {"retrieved", "from", "online", "internet", "web", "url", "link", "consultable"}
    | {"en", "ligne", "adresse", "adresem", "çevrimiçi", "gönderen"}
    | AVAILABLE_AT.keys()
    | frozenset().union(*AVAILABLE_AT.values())
)


def is_link_phrase(text: str) -> bool:
    """True for words that only lead to a link ("Retrieved from", "Available at:",
    "Online verfügbar unter", "Disponible en"), which are no note of their own."""
    return all(w in _LINK_PHRASE_WORDS for w in _link_words(text))


def ends_leading_to_link(text: str) -> bool:
    """True for words whose last leads to a link ("… Available from", "Online at",
    "Spokesman-Review, at"): a note, not a title."""
    words = _link_words(text)
    return bool(words) and words[-1] in _LINK_PHRASE_WORDS


def _link_words(text: str) -> list[str]:
    """The words of `text` as the link-phrase list holds them: small letters, no colons,
    stops or square brackets ("[na:]")."""
    words = (w.strip(".,;[]") for w in text.lower().replace(":", " ").split())
    return [w for w in words if w]


def opens_with_access(text: str) -> bool:
    """`text` opens by stating when the work was accessed ("Retrieved May 5, 2019, from",
    "Recuperado em 5 de maio de", "Abgerufen am 12. März"): no publisher."""
    return _ACCESS.match(text.strip(" ,.;:([")) is not None


def mentions_access(text: str) -> bool:
    """Whether the text has a word that introduces an access date ("Accessed", ...)."""
    lower = text.lower()
    # Substrings every access phrase of _ACCESS holds (lower case), tested one by one: a
    # chain of `in` tests is faster than any() over a generator.
    return (
        "access" in lower
        or "acess" in lower
        or "retriev" in lower
        or "consult" in lower
        or "viewed" in lower
        or "visited" in lower
        or "abgerufen" in lower
        or "zugegriffen" in lower
        or "date of" in lower
        or "recuperado" in lower
        or "geraadpleegd" in lower
        or "erişim" in lower
        or "akses" in lower
        or "vaadatud" in lower
        or "dostęp" in lower
        or "pristupljeno" in lower
        or "pridobljeno" in lower
        or "hämtad" in lower
        or "hentet" in lower
        or "viitattu" in lower
        or "letöltés" in lower
        or "[cited" in lower
        or "; cited" in lower
        or "(stand" in lower
        or "[stand" in lower
        or "stand:" in lower
        or "abruf" in lower
        or "zugriff" in lower
        or "aufgerufen" in lower
        or "[vid." in lower
        or "[cit." in lower
    )


def accessed_date(text: str) -> str:
    """The ISO access date stated in a segment ("Accessed 2 Apr 2019", "retrieved ...")."""
    if not mentions_access(text):
        return ""
    match = _ACCESS.search(text)
    return parse_date(match.group(1)) if match else ""


def split_place_publisher(text: str) -> tuple[str, str]:
    """("Cardiff", "Welsh Government") from "Cardiff: Welsh Government"; ("", text) when
    there is no colon."""
    if ":" not in text or "://" in text:
        return "", text
    place, _, publisher = text.partition(":")
    return place.strip(" ,;"), publisher.strip(" ,;")


#: A volume's or an issue's mark left at the end of a journal's name: DIN's "… Planners
#: Bd." before "35 (1969)", Spanish "… Planners. Año" before "35, N° 4", "… Review,
#: Number" before "Summer, 2015".
_VOLUME_MARK_AT_END = re.compile(
    r"(?<=[\w.])(?:\s+(?:Bd|Jg|Vol|Band|Jahrgang|Т|Año)\.?|,\s+(?:Number|Issue|Heft|No\.|Nr\.))$"
)


#: ABNT's "no place" printed after a journal's name: "Local Government Studies, [S. l.]".
_NO_PLACE_AT_END = re.compile(r",?\s*\[(?i:s\.\s?l\.?)\]$")


def clean_container(text: str) -> str:
    """A container title without a leading "In:", a volume's or issue's mark left at its
    end ("Bd.", ", Number") or ABNT's "[S. l.]" (no place), and trailing punctuation; an
    abbreviated journal title keeps the full stop of its last abbreviation ("Public Adm.
    Rev.", "Nat. Sustain.")."""
    value = _LEADING_IN.sub("", clean_text(text))
    value = clean_text(_VOLUME_MARK_AT_END.sub("", value))
    if value.endswith("]"):
        value = clean_text(_NO_PLACE_AT_END.sub("", value))  # ABNT's "…, [S. l.]"
    words = text.strip().rstrip(",;:").split()
    if len(words) < 2 or not words[-1].endswith(".") or words[-1][:-1].isupper():
        return value
    dotted = sum(w.endswith(".") for w in words[:-1])
    if 2 * dotted >= len(words) - 1 and value[-1:].isalpha():
        value += "."
    return value


#: The word that puts a chapter in its book, in the languages of the field's lists.
_IN_WORDS = frozenset(("in", "dans", "en", "em", "im"))


def opens_with_in(text: str) -> bool:
    """Whether `text` opens with the word putting a chapter in its book ("In:", "in",
    "dans"), which makes what follows a container."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].rstrip(":.,").lower() in _IN_WORDS  # "In:," too


def looks_like_genre(text: str) -> bool:
    """True for a report, thesis or manuscript descriptor ("Working Paper 12", "SCIE Guide
    47", "Unpublished manuscript")."""
    return bool(
        _REPORT.search(text)
        or _THESIS.search(text)
        or _BLOG.search(text)
        or _MANUSCRIPT.search(text)
    )


#: A report word followed by what the work is about or whose it is: "A Guide to
#: Co-production", "A Case Study of Birmingham", "Bulletin de la Société …" ("Report
#: to Congress" and "Rapport du ministre" stay descriptors).
_REPORT_WORD_OF = re.compile(
    r"\b(?:guide|study|paper|brief|series|discussion|bulletin)\s+"
    r"(?:to|of|on|for|about|into|from|de|du|des|der|für|di|del)\s+\S",
    re.I,
)


def names_subject(text: str) -> bool:
    """True when a report word is followed by what the work is about or whose it is ("A
    Guide to Co-production", "Bulletin of the Society"): a subtitle or a journal's name,
    not a descriptor such as "Practice Guide 12"."""
    return _REPORT_WORD_OF.search(text) is not None


def names_report_kind(text: str) -> bool:
    """True for a report's descriptor ("Working Paper 12", "Governance International Case
    Study", "Discussion paper"); a thesis's or a press's name is none ("Master Books")."""
    return _REPORT.search(text) is not None


def is_manuscript(text: str) -> bool:
    """True for a descriptor of unpublished work ("Unpublished manuscript", "Manuscript
    submitted for publication", "Mimeo")."""
    return bool(_MANUSCRIPT.search(text))


_THESIS_NOUN = re.compile(
    r"thesis|dissertation|\bdiss\b|proefschrift|thèse|tesis|\btese\b|mémoire|habilitation|"
    r"diplomarbeit|dissertação",
    re.I,
)


def is_thesis(text: str) -> bool:
    """True for a thesis descriptor ("Doctoral dissertation", "Master's thesis",
    "Proefschrift"), which names the kind of thesis (not "Master Books")."""
    return bool(_THESIS_NOUN.search(text))


_MASTERS = re.compile(
    r"\bmaster|\bmagister|\bm\.?\s?(?:a|sc|phil|res|ed|pa|pp|ba|s)\b|\bmsc\b|diplom|"
    r"mémoire|tesina|mestrado|maestr[ií]a|\bdoctoraal",
    re.I,
)
_DOCTORAL = re.compile(
    r"doctor|doktor|\bph\.?\s?d\b|\bd\.?\s?phil\b|\bdr\b|proefschrift|dissert|\bdiss\b|"
    r"thèse",
    re.I,
)


def thesis_degree(genre: str) -> str:
    """The degree a thesis descriptor names: "master" ("Master's thesis", "MSc
    dissertation", "Mémoire"), "doctoral" ("PhD thesis", "Doctoral dissertation",
    "Proefschrift", a bare "Dissertation") or "" (a bachelor's, honours or habilitation
    thesis, or no descriptor), so that exports can pick the entry type or the key a
    style prints the degree from."""
    if _MASTERS.search(genre):
        return "master"
    return "doctoral" if _DOCTORAL.search(genre) else ""


def is_season(text: str) -> bool:
    """True for a date segment that is only a season ("Summer,"): an issue designation."""
    return clean_text(text).lower() in _SEASONS


def is_report_number(text: str) -> bool:
    """True for a report's number printed alone ("GAO-19-123", "EPA/600/R12/345", the
    command paper "Cm 7881")."""
    return _REPORT_NUMBER.fullmatch(text.strip()) is not None


def is_conference(text: str) -> bool:
    """True when a container names proceedings, a conference or a meeting."""
    return bool(_CONFERENCE.search(text))


def is_blog(text: str) -> bool:
    """True when a descriptor names a blog."""
    return bool(_BLOG.search(text))


def decide_type(
    *,
    has_journal: bool,
    container: str,
    has_editors: bool,
    genre: str,
    publisher: str,
    url: str,
    volume: str,
    issue: str,
    pages: str,
    in_marker: bool,
    dated_to_the_day: bool = False,
) -> tuple[str, str]:
    """The CSL type and container kind from what the whole parse found; an article
    dated to the day, in a serial with no volume, issue or pages, is a newspaper's
    ("(2020, May 3). Title. The Guardian.")."""
    if genre and _THESIS.search(genre):
        return "thesis", ""
    if genre and is_manuscript(genre) and not (has_journal or container):
        return "manuscript", ""
    if (genre and _BLOG.search(genre)) or (container and _BLOG.search(container)):
        return "post-weblog", "website" if container else ""
    if genre and _DATASET.search(genre):
        return "dataset", ""
    if genre and _NOT_A_TEXT.search(genre) and not (has_journal or container):
        return "document", ""
    if has_journal and not (volume or issue) and _CONFERENCE.search(container):
        # "Paper presented at the Annual Conference of …" read as a journal.
        return "paper-conference", "book"
    if has_journal:
        if dated_to_the_day and not (volume or issue or pages):
            return "article-newspaper", "journal"
        return "article-journal", "journal"
    if container:
        if _CONFERENCE.search(container):
            return "paper-conference", "book"
        if volume and issue and not has_editors:
            # "In: Perspectives on Public Management and Governance 3 (1)": a journal.
            return "article-journal", "journal"
        if has_editors or in_marker:
            return "chapter", "book"
        if volume or (pages and not publisher):
            return "article-journal", "journal"
        if url and not publisher:
            return "webpage", "website"
        return "chapter", "book"
    if genre and (_REPORT.search(genre) or is_report_number(genre)):
        return "report", ""
    if publisher:
        return "book", ""
    if url:
        return "webpage", ""
    return "document", ""
