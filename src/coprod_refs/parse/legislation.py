"""References to legislation: acts, statutory instruments, EU acts, German, French and
Dutch laws, recognised by their form rather than by the sequence labeller.

The labeller was trained on references to articles, books and reports: "Care Act 2014,
c. 23." comes out as a journal article and "Localism Act 2011" as a book by "Act,
Localism". A reference to legislation has a form of its own, though: it opens with the
law's title, which ends in "Act 2014", "Act of 1990", "Regulations 2014", or starts with
"Directive 2014/24/EU", "Loi n° 2002-2 du …", "…gesetz … vom …", and what follows is
only its official numbers ("c. 23", "asp 6", "SI 2014/313", "Pub. L. No. 111-148",
"124 Stat. 119", "BGBl. I S. 3234"), its date, its printer ("London: The Stationery
Office") and where it was read (a URL, "Accessed …"). `legislation_record` reads such a
reference and gives a work of CSL type `legislation`; any other string gives None, most
of them after one precompiled search for the marker words.

What the record holds: the title as the law is named (a leading "The" dropped before an
act's name, which has none: "The Care Act 2014" is "Care Act 2014"), the year (and the
month and day when the reference dates the law), and in `article_number` the official
citation as the reference gives it, parts joined by commas ("c. 23", "Pub. L. No.
111-148, 124 Stat. 119", "42 U.S.C. § 12101 et seq."). The number is kept as written,
not spread over container, volume and pages: the model has no field for a code's
section, and every export puts the number where styles print a law's number (CSL
`number`, RIS `M1`, BibTeX `howpublished`). Publisher, place, URL, DOI and access date
are the ones the normal parse found; a publisher and place the parse missed are read
from an imprint such as "London: HMSO". A reference that cites a law with an author in
front (a jurisdiction such as "Great Britain (2014)" or "UK Parliament.", as some
Harvard lists write it) is recognised too, and the author left out: a law has no author.

Only a reference that *is* to the law is taken: the title must open the reference (after
a list number or a jurisdiction) and nothing may follow it but the pieces above.
"Newman, J. (2014). The Care Act 2014 and its implications. Journal …" and "Department
of Health (2014) Care Act 2014: statutory guidance. London: DH." are no legislation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coprod_refs.model.extracted import ExtractedWork
from coprod_refs.parse.fields import stated_date
from coprod_refs.parse.tokens import MAX_REFERENCE_CHARS, normalise_spacing
from coprod_refs.text.characters import visible_text
from coprod_refs.text.language import guess_language

#: The confidence of the fields read from the reference's form (title, year, number).
FORM_CONFIDENCE = 0.9

#: Words one of which every reference to legislation holds: the cheap first check,
#: plain substrings because an alternation of literals is what Python's regular
#: expressions search fastest (3 µs for a reference, a word boundary after each makes 17).
_MARKER = re.compile(
    r"Act|ACT|Measure|Regulation|Order|Rules|Directive|Decision|esetz|erordnung|SGB"
    r"|Loi|LOI|cret|CRET|rdonnance|RDONNANCE|rrêt|rret|RRÊT|wet|Wet"
)

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

_LIST_NUMBER = re.compile(r"(?:\[\d{1,4}\]\s*|\(\d{1,4}\)\s*|\d{1,4}[.)]\s+)?")
#: A jurisdiction or legislature named as a law's author, with the year after it.
_JURISDICTION = re.compile(
    r"(?:Great\sBritain(?:\.\s?Parliament)?|United\sKingdom|UK\sParliament|UK"
    r"|Parliament\sof\sthe\sUnited\sKingdom|HM\sGovernment|Scottish\sParliament"
    r"|Scottish\sGovernment|National\sAssembly\sfor\sWales|Welsh\sAssembly"
    r"|Welsh\sGovernment|Senedd\sCymru|Northern\sIreland\sAssembly"
    r"|(?:United\sStates|U\.\s?S\.|US)\sCongress|Congress|European\sUnion"
    r"|European\sParliament\sand\s(?:the\s)?Council(?:\sof\sthe\sEuropean\sUnion)?"
    r"|Council\sof\sthe\sEuropean\sUnion|European\sParliament|Deutscher\sBundestag)"
    rf"[.,]?\s*(?:\(\s*(?P<year>{_YEAR})[a-z]?\s*\)|(?P<bare_year>{_YEAR})[a-z]?)?"
    r"[.,:]?\s+"
)

#: The end of a law's name in English: "Act 2014", "Act of 1990", "Act, 1860", "Act
#: (1989)", "Regulations 2014", "Order 2014", "Measure 2011".
_ACT_END = re.compile(
    rf"\b(?P<kind>Act|ACT|Measure|Regulations|Order|Rules)(?P<of>\sof|,)?\s"
    rf"(?P<open>\()?(?P<year>{_YEAR})(?(open)\))(?![\w/])"
)
#: An American act named without its year, followed by its public-law or code citation.
_US_ACT = re.compile(
    r"(?P<title>(?:The\s)?[A-Z][^.:;?!]*?\bAct(?:\s\([A-Z]{2,12}\))?),\s"
    r"(?=Pub(?:lic)?\.?\s?L|P\.\s?L\.|\d+\s(?:U\.\s?S\.\s?C|Stat\.|C\.\s?F\.\s?R))"
)
_EU_ACT = re.compile(
    r"(?:Council\s|Commission\s)?(?:Implementing\s|Delegated\s)?"
    r"(?P<kind>Directive|Regulation|Decision)\s"
    r"(?:\((?:EU|EC|EEC|Euratom|EU,\sEuratom)\)\s)?(?:No\.?\s)?"
    r"(?P<number>\d{2,4}/\d{1,4}(?:/(?:EU|EC|EEC|Euratom|CFSP|JHA))?)\b"
)
_GERMAN_LAW = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß-]*(?:gesetz|gesetzbuch|verordnung)|Gesetz|Verordnung|SGB)\b"
)
_GERMAN_END = re.compile(
    r"\svom\s(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄ][a-zä]+)\s?\d{4})|,?\s\(?BGBl"
)
_FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_FRENCH_LAW = re.compile(
    r"(?P<kind>LOI|Loi|DÉCRET|Décret|ORDONNANCE|Ordonnance|ARRÊTÉ|Arrêté)(?:\sorganique)?\s"
    r"(?:n\s?[°º]\s?(?P<number>\d{2,4}-\d+)\s)?du\s(?P<day>\d{1,2})(?:er)?\s"
    rf"(?P<month>{'|'.join(_FRENCH_MONTHS)})\s(?P<year>{_YEAR})\b"
)
_DUTCH_LAW = re.compile(r"(?:Wet\s[a-z]|[A-Z][a-z]+wet\b)")
_DUTCH_YEAR = re.compile(rf"\s(?P<year>{_YEAR})$")

#: The printers of laws, whose name marks a reference to one.
_PRINTERS = (
    r"(?:The\s)?Stationery\sOffice|TSO|HMSO|H\.M\.S\.O\.?|Her\sMajesty's\sStationery\sOffice"
    r"|(?:Queen|King)'s\sPrinter(?:\sof\sActs\sof\sParliament)?"
    r"|(?:U\.\s?S\.\s|US\s)?Government\sPrinting\sOffice|GPO"
    r"|Publications\sOffice(?:\sof\sthe\sEuropean\sUnion)?"
)
_PRINTER = re.compile(_PRINTERS)
#: What may stand between the pieces that follow a law's title.
_SEPARATORS = re.compile(r"[\s,.;:()\[\]–—-]*")
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
#: The pieces that may follow a law's title; the group's name says what each one is.
_PIECE = re.compile(
    r"(?:(?P<number>"
    # UK chapters and the numbers of devolved acts: "c. 23", "asp 6", "anaw 4"
    r"c(?:h|hap)?\.\s?\d+|[Cc]hapter\s\d+"
    r"|(?:asp|anaw|asc|nawm|mwa|nia|apni|ukpga|ukla|ssi|wsi|nisr)\s?\d+"
    # statutory instruments: "SI 2014/313", "S.I. 2014 No. 1714", "2014 No. 313", "(W. 12)"
    r"|(?:S\.\s?I\.|SI|SSI|S\.\s?S\.\s?I\.|S\.\s?R\.|SR|WSI|NISR)\s?(?:No\.?\s?)?"
    rf"(?:{_YEAR}\s?(?:/\s?|No\.?\s?)\d+|\d+\sof\s{_YEAR})"
    rf"|{_YEAR}\sNo\.\s?\d+|[WCLS]\.\s?\d+"
    rf"|Act\sNo\.?\s?\d+\sof\s{_YEAR}|(?:R\.\s?)?S\.\s?[CO]\.\s?{_YEAR}"
    # United States: public laws, codes and the Statutes at Large
    r"|Pub(?:lic)?\.?\s?L(?:aw)?\.?\s?(?:No\.?\s?)?\d+[-–]\d+|P\.\s?L\.\s?\d+[-–]\d+"
    r"|\d+\s(?:U\.\s?S\.\s?C\.(?:\s?[AS]\.)?|Stat\.|C\.\s?F\.\s?R\.)"
    r"(?:\s?§§?\s?\d[\w.()–-]*(?<![.(–-]))?(?:\s?\d+(?:[-–]\d+)?)?(?:,?\s?et\s?seq\.?)?"
    r"|§§?\s?\d[\w.()–-]*(?<![.(–-])(?:,?\s?et\s?seq\.?)?"
    # the Official Journal of the EU: "OJ L 94", "Official Journal L 327", "p. 65–242",
    # "28.3.2014"
    r"|O\.?\s?J\.?\s?[LC]\s?\d+(?:/\d+)?|[LC]\s\d+(?:/\d+)?"
    r"|Official\sJournal(?:\sof\sthe\sEuropean\s(?:Union|Communities))?"
    r"(?:\s[LC]\s?\d+(?:/\d+)?)?"
    r"|pp?\.\s?\d+(?:\s?[-–]\s?\d+)?|\d{1,2}\.\d{1,2}\.\d{4}"
    # German, French and Dutch gazettes
    r"|BGBl\.?(?:\s?(?:Teil\s)?I{1,3}\b)?(?:,?\s?(?:" + _YEAR + r"|S\.\s?\d+(?:\s?ff?\.)?"
    r"|Nr\.\s?\d+))+"
    r"|JORF(?:\sn\s?[°º]\s?\d+)?|Journal\sofficiel(?:\sde\sla\sRépublique\sfrançaise)?"
    r"|(?:texte\s)?n\s?[°º]\s?\d+"
    rf"|(?:Stb\.?|Staatsblad)\s?{_YEAR},?\s?(?:nr\.\s?)?\d+"
    r")|(?P<imprint>"
    # "London: The Stationery Office", "Washington, DC: GPO"
    r"(?P<place>[A-Z][\w'’-]*(?:,?\s[A-Z][\w'’-]*){0,3})\s?:\s?"
    r"(?P<publisher>[A-Z](?:[\w&'’-]|\.(?=\w)|\s(?=[\w&]))*\.?)"
    r")|(?P<printer>" + _PRINTERS + r")|(?P<url>(?:https?://|www\.)[^\s<>\]]*[^\s<>\].,;)]"
    r")|(?P<where>"
    r"legislation\.gov\.uk|The\sNational\sArchives|Crown\s[Cc]opyright|UK\sParliament"
    r"|Parliament|London|Edinburgh|Cardiff|Belfast|Westminster|Washington(?:,?\sD\.?\s?C\.?)?"
    r"|Brussels|Luxembourg|Berlin|Bonn|Paris|Den\sHaag|The\sHague"
    r"|United\sKingdom|UK|England|Wales|Scotland|Northern\sIreland|Cth|NSW|Vic|Qld|NZ"
    r"|\[?online\]?|Online|as\samended|in\sforce|Text\swith\sEEA\srelevance"
    r")|(?P<access>"
    r"(?i:available\s(?:at|from|online)|last\saccessed|accessed(?:\son)?|retrieved(?:\son)?"
    r"|retrieved\sfrom|viewed|consulted|from|at|on)"
    rf"|{_MONTH_WORD}|\d{{1,2}}(?:st|nd|rd|th|er)?|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|du\s\d{{1,2}}(?:er)?\s(?:{'|'.join(_FRENCH_MONTHS)})"
    r")|(?P<date>" + _YEAR + r"))(?=[\s,.;:()\[\]]|$)"
)

#: A site that publishes laws: a link to it marks a reference to one.
_LEGISLATION_SITE = re.compile(
    r"legislation\.gov\.uk|congress\.gov|govinfo\.gov|eur-lex\.europa\.eu|"
    r"gesetze-im-internet\.de|legifrance\.gouv\.fr|wetten\.overheid\.nl|legislation\.gov\.au"
)
#: A territorial or other qualifier in a law's name: "(Wales)", "(Eligibility Criteria)".
_QUALIFIER = re.compile(r"\([A-Z][\w ,'-]*\)")
#: Sentence punctuation inside a title, once the abbreviations a law's name may hold
#: ("No. 1", "St.") are set aside; such a title is not one law's name.
_TITLE_ABBREVIATIONS = re.compile(r"\b(?:No|Nr|St|Art)\.(?=\s?\w)")
_TITLE_BREAK = re.compile(r"[.:;?!]")
_NAMED_ACT = re.compile(rf"\bAct\s{_YEAR}\b")
_TITLE_YEAR = re.compile(rf"\b{_YEAR}\b")
#: A full stop that ends a sentence: before a space or the end, after no abbreviation a
#: law's title or citation holds ("No.", "Art.", "p.") and no initial.
_SENTENCE_END = re.compile(
    r"(?<!\bNo)(?<!\bNr)(?<!\bArt)(?<!\bSt)(?<!\bpp)(?<!\bp)(?<!\bcf)(?<!\b[A-Z])\.(?=\s|$)"
)
#: The date an EU act was made, in its title: "of 26 February 2014".
_MADE = re.compile(r"\bof\s(\d{1,2}\s[A-Z][a-z]+\s\d{4})\b")
_MAX_TITLE_CHARS = 300


@dataclass(slots=True)
class _Read:
    """What the form of a reference says: the law's title, its date, where the rest
    starts, and whether the title alone marks a law (`strong`) or the rest must too."""

    title: str
    year: int | None
    start_rest: int
    strong: bool
    month: int | None = None
    day: int | None = None


@dataclass(slots=True)
class _Rest:
    """The pieces after a law's title, by kind; `evidence` when one marks a law (an
    official number, a printer of laws)."""

    numbers: list[str] = field(default_factory=list)
    dates: list[int] = field(default_factory=list)
    place: str = ""
    publisher: str = ""
    url: str = ""
    evidence: bool = False


def legislation_record(text: str, parsed: ExtractedWork | None = None) -> ExtractedWork | None:
    """The work of type `legislation` a reference string cites, or None when the string
    is not a reference to a law (see the module's docstring for the forms read).

    `parsed` is the normal parse of the same string: its publisher, place, URL, DOI,
    access date and list number are kept. Never raises; most strings are turned down by
    one regular-expression search.
    """
    if not _MARKER.search(text, 0, MAX_REFERENCE_CHARS):
        return None
    clean = normalise_spacing(visible_text(text[:MAX_REFERENCE_CHARS]))
    start = _LIST_NUMBER.match(clean).end()  # type: ignore[union-attr]
    # The title right after the list number ("UK Borders Act 2007"), else after a
    # jurisdiction named as the author ("Great Britain (2014) Care Act 2014").
    starts: list[tuple[int, re.Match[str] | None]] = [(start, None)]
    author = _JURISDICTION.match(clean, start)
    if author:
        starts.append((author.end(), author))
    for begin, author in starts:
        for read in _readings(clean, begin):
            rest = _rest(clean[read.start_rest :])
            if rest is None:
                continue
            site = _LEGISLATION_SITE.search(rest.url or clean) is not None
            if read.strong or rest.evidence or author is not None or site:
                year = None
                if author is not None and (author.group("year") or author.group("bare_year")):
                    year = int(author.group("year") or author.group("bare_year"))
                return _record(text, read, rest, year, parsed)
    return None


def _readings(text: str, start: int) -> list[_Read]:
    """Every way the text from `start` reads as a law's title, most specific first."""
    head = text[start:]
    if not head[:1].isupper():
        return []
    european = _EU_ACT.match(head)
    if european:
        return _european(head, start, european)
    french = _FRENCH_LAW.match(head)
    if french:
        end = _sentence_end(head, french.end())
        year = int(french.group("year"))
        month = _FRENCH_MONTHS.index(french.group("month")) + 1
        day = int(french.group("day"))
        return [_Read(head[:end], year, start + end, True, month=month, day=day)]
    if _GERMAN_LAW.match(head):
        return _german(head, start)
    if _DUTCH_LAW.match(head):
        return _dutch(head, start)
    readings = []
    for found in _ACT_END.finditer(head, 0, _MAX_TITLE_CHARS + 20):
        reading = _english(head, start, found)
        if reading is None:
            break  # a longer title holds the same break or stray year
        readings.append(reading)
    us = _US_ACT.match(head, 0, _MAX_TITLE_CHARS + 2)
    if us and _clean_title(us.group("title")):
        readings.append(_Read(_act_title(us.group("title")), None, start + us.end(), True))
    return readings


def _english(head: str, start: int, found: re.Match[str]) -> _Read | None:
    """The reading of `head` whose title ends with `found` ("… Act 2014"), or None when
    the words before it are no law's name."""
    name = head[: found.end("kind")]
    if not _clean_title(name):
        return None
    year = found.group("year")
    joint = {" of": " of ", ",": ", "}.get(found.group("of") or "", " ")
    title = name + joint + year
    bracketed = bool(found.group("open"))
    kind = found.group("kind")
    if kind in ("Act", "ACT"):
        title = _act_title(title)
        strong = not bracketed
    else:
        # "The … Regulations 2014" is an instrument's name; "New World Order 2014" may
        # be a book's title: without "The" or a qualifier the rest must show the law.
        strong = not bracketed and (
            (name.startswith("The ") and kind != "Measure") or bool(_QUALIFIER.search(name))
        )
    return _Read(title, int(year), start + found.end(), strong)


def _european(head: str, start: int, found: re.Match[str]) -> list[_Read]:
    """The reading of an EU act ("Directive 2014/24/EU of … on public procurement"): its
    title runs to the end of the sentence, its year is the date it was made ("of 26
    February 2014"), else the year of its number."""
    end = _sentence_end(head, found.end())
    title = head[:end]
    year: int | None = None
    month = day = None
    made = _MADE.search(title)
    if made:
        year, month, day = stated_date(made.group(1))
    if year is None:
        parts = found.group("number").split("/")
        numbers = [p for p in parts if p.isdigit()]
        four = [int(p) for p in numbers if len(p) == 4]
        if four:
            year = four[0]
        elif numbers:
            two = int(numbers[0] if found.group("kind") == "Directive" else numbers[-1])
            year = 1900 + two if two >= 50 else 2000 + two
    return [_Read(title, year, start + end, True, month=month, day=day)]


def _german(head: str, start: int) -> list[_Read]:
    """The reading of a German law: its name runs to "vom <date>" or its Federal Law
    Gazette citation ("BGBl. I S. 3234"), one of which it must have."""
    end = _GERMAN_END.search(head)
    if end is None:
        return []
    title = head[: end.start()].rstrip(" ,–—-")
    if not title or _TITLE_BREAK.search(_TITLE_ABBREVIATIONS.sub("", title)):
        return []
    year = month = day = None
    rest = end.start()
    if end.group("date"):
        year, month, day = stated_date(end.group("date"))
        rest = end.end()
    return [_Read(title, year, start + rest, True, month=month, day=day)]


def _dutch(head: str, start: int) -> list[_Read]:
    """The reading of a Dutch law ("Wet maatschappelijke ondersteuning 2015",
    "Jeugdwet"): the name runs to the end of the sentence or a bracketed year."""
    end = _sentence_end(head, 0)
    title = head[:end]
    bracket = re.search(rf"\s\(({_YEAR})\)", title)
    year = None
    if bracket:
        title, end = title[: bracket.start()], bracket.start()
        year = int(bracket.group(1))
    trailing = _DUTCH_YEAR.search(title)
    if trailing:
        year = int(trailing.group("year"))
    if not title or len(title) > _MAX_TITLE_CHARS:
        return []
    return [_Read(title, year, start + end, trailing is not None)]


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that runs past `start` ends (`_SENTENCE_END`), else the end."""
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text)


def _clean_title(name: str) -> bool:
    """True when `name` can be one law's name: it starts with a capital, holds no
    sentence punctuation, no author-date year ("Smith J (2014) …") and no year but
    those of the acts it names ("The Care Act 2014 (Commencement No. 1) Order")."""
    if not name[:1].isupper() or len(name) > _MAX_TITLE_CHARS:
        return False
    if _TITLE_BREAK.search(_TITLE_ABBREVIATIONS.sub("", name)):
        return False
    return _TITLE_YEAR.search(_NAMED_ACT.sub("", name)) is None


def _act_title(title: str) -> str:
    """An act's name without the "The" a reference may put before it."""
    return title[4:] if title.startswith("The ") else title


def _rest(text: str) -> _Rest | None:
    """The pieces after a law's title, or None when anything else follows it."""
    rest = _Rest()
    position, end = 0, len(text)
    while True:
        position = _SEPARATORS.match(text, position).end()  # type: ignore[union-attr]
        if position >= end:
            return rest
        piece = _PIECE.match(text, position)
        if piece is None or piece.end() == position:
            return None
        kind = piece.lastgroup
        value = piece.group()
        if kind == "number":
            if value not in rest.numbers:
                rest.numbers.append(value)
            rest.evidence = True
        elif kind == "date":
            rest.dates.append(int(value))
        elif kind == "imprint":
            publisher = piece.group("publisher").rstrip(".")
            rest.place = rest.place or piece.group("place")
            rest.publisher = rest.publisher or publisher
            rest.evidence = rest.evidence or _PRINTER.fullmatch(publisher) is not None
        elif kind == "printer":
            rest.publisher = rest.publisher or value
            rest.evidence = True
        elif kind == "url":
            rest.url = rest.url or value
        position = piece.end()


def _record(
    raw: str, read: _Read, rest: _Rest, prefix_year: int | None, parsed: ExtractedWork | None
) -> ExtractedWork:
    """The legislation work from what the form gave and what the normal parse found."""
    year = read.year or prefix_year or (rest.dates[0] if rest.dates else None)
    month, day = (read.month, read.day) if year == read.year else (None, None)
    work = ExtractedWork(
        type="legislation",
        raw=raw,
        title=read.title,
        year=year,
        month=month,
        day=day if month else None,
        article_number=", ".join(rest.numbers),
        confidence=FORM_CONFIDENCE,
    )
    conf = {"title": FORM_CONFIDENCE}
    if year is not None:
        conf["year"] = FORM_CONFIDENCE
    if work.article_number:
        conf["article_number"] = FORM_CONFIDENCE
    if parsed is not None:
        work.label = parsed.label
        work.doi = parsed.doi
        work.accessed = parsed.accessed
        for name in ("publisher", "place", "url"):
            value = getattr(parsed, name)
            if value and value in raw:
                setattr(work, name, value)
                if name in parsed.field_confidence:
                    conf[name] = parsed.field_confidence[name]
    work.publisher = work.publisher or rest.publisher
    work.place = work.place or rest.place
    work.url = work.url or rest.url
    language = guess_language(work.title)
    if language != "en":
        work.language = language
    work.field_confidence = conf
    return work


#: A law's title that ends in its year: "Care Act 2014", "… Act of 1990", "Act (1989)".
_TITLE_ENDS_IN_YEAR = re.compile(rf"^(?P<name>.*?\S),?\s+(?:of\s+)?\(?(?P<year>{_YEAR})\)?$")


def law_name(title: str) -> tuple[str, int | None]:
    """The name a text calls a law by and the year its title holds: "Care Act 2014" ->
    ("Care Act", 2014), "Americans with Disabilities Act of 1990" -> ("Americans with
    Disabilities Act", 1990); an EU act is called by its kind and number, which hold its
    year ("Directive 2000/60/EC of the European Parliament …" -> ("Directive
    2000/60/EC", None)); any other title with no year at its end is the name, with None."""
    text = title.strip()
    european = _EU_ACT.match(text)
    if european:
        return text[european.start("kind") : european.end()], None
    match = _TITLE_ENDS_IN_YEAR.match(text)
    if match is None:
        return text, None
    return match.group("name"), int(match.group("year"))


def law_number(title: str) -> tuple[str, str] | None:
    """The kind and official number a law is known by when its number holds its year and
    tells it from any other: an EU act ("Directive 2000/60/EC of …" -> ("Directive",
    "2000/60/EC")), a numbered French law ("Loi n° 2002-2 du …" -> ("Loi", "2002-2"));
    None for any other law, which its name and year tell apart."""
    text = title.strip()
    found = _EU_ACT.match(text) or _FRENCH_LAW.match(text)
    if found is None or found.group("number") is None:
        return None
    return found.group("kind"), found.group("number")
