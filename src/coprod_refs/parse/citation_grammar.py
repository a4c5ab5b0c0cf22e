"""The grammar of author-year citations, over tokens with their offsets.

A small recursive-descent reader instead of one large regular expression: every step
looks at a bounded number of tokens, so time stays linear whatever the input, and each
rule (years, locators, author lists, prefixes) is a function that can be tested alone.

    group     := segment (";" segment)*
    segment   := prefix? authors ","? years (("," | "&" | "and") authors ","? years)*
    years     := year locator? (("," | "&" | "and")? year locator?)*
    year      := 1500..2099 suffix? ("," suffix)* | "n.d." | "nd"
    locator   := ("," | ":") label? "."? page (range page)*
    authors   := name (("," | "&" | "and" | "with")+ name)* ","? ("et al" "."?)?

Numbered styles ("[3, 5–7]", "[12, p. 4]") have their own small grammar:

    numbered  := prefix? numbers
    numbers   := item labelled-locator? (("," | ";")? ("and" | "&")? item labelled-locator?)*
    item      := number (range number)?
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

_TOKEN = re.compile(r"(?P<W>[^\W\d_]+(?:['’\-\u2010][^\W\d_]+)*)|(?P<N>\d+)|(?P<P>\S)")

PARTICLES = frozenset(
    "van von de der den del della di da du des la le ter ten zu zur dos das dei degli vom".split()
)
_CAPITAL_PARTICLES = frozenset(p.capitalize() for p in PARTICLES)
_NAME_CONNECTORS = frozenset({"of", "for", "on", "the"})
_LOCATOR_LABELS = frozenset(
    """p pp pg pgs page pages chap ch chapter chapters para paras paragraph sec sect section
    fig figs figure table vol n nn note notes col cols art l ll line lines loc at fn""".split()
)
_RANGE = frozenset({"-", "–", "—", "‐"})
_NUMBER_RANGE = _RANGE | {"−"}
_ROMAN = re.compile(r"[ivxlcdm]+|[IVXLCDM]+")
_ET_AL_WORDS = frozenset({"colleagues", "others", "co-workers", "coworkers", "associates"})
_NUMBER_PREFIXES = frozenset({"see", "cf", "e", "g", "eg", "also", "for", "example", "compare"})
#: Longest range of numbers expanded ("[3–7]" cites five works); a longer one is no citation.
MAX_NUMBER_RANGE = 200

#: Capitalised words that begin a parenthesis before the authors ("See", "Cf.", "Source:").
PREFIX_WORDS = frozenset(
    """See Cf For Also But Compare Contra As In Following Quoted Cited Reviewed Discussed
    Adapted Source Sources After Based Data Reprinted Translated Citing Quoting Contrast
    Including Especially Notably Again Eg Ie Summarised Summarized Modified""".split()
)
#: Months and seasons: a date in "(May 2010)", a name only in "(May, 2010)".
DATE_WORDS = frozenset(
    """January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall
    Winter Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
#: Capitalised words that are never a cited name: document parts, and the words that open
#: sentences or date phrases ("However, Smith (2000)", "(Since 2009)").
NOT_NAMES = frozenset(
    """Table Tables Figure Figures Fig Chapter Chapters Section Part Appendix Act Volume Vol
    Page Pages Note Notes Box Equation Eq Model Wave Phase Step Stage Round Year Years The
    This These That Those A An In On At As By For From With Of To And But Or Nor So Yet If
    When While Where Whereas Although Though Because Since Until Till Before After During
    Between Around Circa Over Through Within Under However Moreover Furthermore Indeed Thus
    Hence Therefore Consequently Similarly Likewise Also Again Finally First Second Third
    Firstly Secondly Thirdly Next Then Here There Recently Later Earlier Notably Meanwhile
    Instead Nevertheless Nonetheless Overall Accordingly Following According Using See Both
    Some Many Most Several Other Others Our We It They He She His Her Their Its Such Each
    Every All No Not Only Even Sources Source Updated Revised Published Accessed Retrieved
    Founded Launched Established Est Total Approx Ca Today Yesterday Now Up""".split()
)
#: Countries, nations, regions, US states and large cities, as the word that ends their
#: name ("New Zealand" -> "Zealand"): "in Denmark (2010)" dates an event, it cites nothing.
PLACE_WORDS = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
    Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
    Herzegovina Botswana Brazil Brunei Bulgaria Faso Burundi Cambodia Cameroon Canada Chad
    Chile China Colombia Comoros Congo Rica Croatia Cuba Cyprus Czechia Denmark Djibouti
    Ecuador Egypt Salvador Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon
    Gambia Georgia Germany Ghana Greece Guatemala Guinea Guyana Haiti Honduras Hungary
    Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan
    Kenya Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya
    Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta
    Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique
    Myanmar Namibia Nepal Netherlands Zealand Nicaragua Niger Nigeria Macedonia Norway Oman
    Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia
    Rwanda Arabia Senegal Serbia Leone Singapore Slovakia Slovenia Somalia Africa Spain
    Lanka Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tobago
    Tunisia Turkey Türkiye Turkmenistan Uganda Ukraine Emirates Kingdom Uruguay Uzbekistan
    Venezuela Vietnam Yemen Zambia Zimbabwe States Republic Islands UK US USA EU Britain
    England Scotland Wales Holland Europe Asia America Americas Oceania Scandinavia Balkans
    Caribbean Mediterranean Flanders Wallonia Catalonia Bavaria Tuscany Lombardy Quebec
    Ontario Queensland Tasmania Yorkshire Midlands Alabama Alaska Arizona Arkansas
    California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa
    Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
    Missouri Montana Nebraska Nevada Hampshire Jersey Dakota Carolina Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming London
    Paris Berlin Copenhagen Amsterdam Rotterdam Brussels Stockholm Oslo Helsinki Madrid
    Barcelona Lisbon Rome Milan Vienna Prague Warsaw Budapest Athens Dublin Edinburgh
    Glasgow Cardiff Belfast Manchester Birmingham Liverpool Leeds Bristol Sheffield Tokyo
    Beijing Shanghai Seoul Delhi Mumbai Sydney Melbourne Toronto Montreal Chicago Boston
    Philadelphia Seattle Utrecht Leuven Ghent Antwerp Hamburg Munich Frankfurt Zurich Geneva
    Bologna Naples York""".split()
)
#: Places that are also surnames ("Brudney and England (1983)", "Boston (1996)"): not a
#: name only after a locative word ("in England (2010)") or a place prefix ("New York").
SURNAME_PLACES = frozenset(
    """Chad Georgia Jordan Israel Ireland England Scotland Wales Holland France Turkey
    Brazil Florida Hampshire Maine Washington Virginia Montana London Paris Berlin Sydney
    Boston York Bristol Manchester Sheffield EU""".split()
)
_PLACE_LEADS = frozenset(
    """in across throughout within from to into around outside inside near the new north
    south east west northern southern eastern western central great united""".split()
)
#: Words that end the name of a law, treaty, event or period, never an author: "the
#: Localism Act (2011)", "the Lisbon Treaty (2007)", "(Census 2011)".
EVENT_WORDS = frozenset(
    """Act Acts Treaty Directive Regulation Regulations Decree Ordinance Statute Amendment
    Constitution Census Election Elections Referendum Olympics Recession Revolution Crisis
    Summit Reform Reforms Accord Protocol Declaration""".split()
)
#: Words that are also surnames ("Law (2004)") but after "the" end the name of a law, plan
#: or event: "the Law (2010)", "the Marshall Plan (1948)".
_AFTER_THE_THINGS = frozenset(
    """Law Laws Bill Bills Charter Convention Code Plan Scheme Framework Games War Project
    Program Strategy Agenda Initiative""".split()
)
#: Institutions and documents named by one common noun after "the": "the Commission
#: (2010)" is not a citation, "the European Commission (2010)" is.
_AFTER_THE_BODIES = frozenset(
    """Commission Government Council Ministry Department Agency Authority Treasury Office
    Court Parliament Assembly Senate Congress Committee Board Panel Union Foundation
    Institute Trust Fund Bank Programme Review Report Survey Inquiry Study Paper Guidance
    Cabinet Executive Administration Network Centre Center Unit Service Services Sector
    State City County Municipality Region Province Federation""".split()
)
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "our"})


class Tok(NamedTuple):
    """A word (W), a number (N) or one other character (P), with offsets in the text."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class YearRef:
    """One cited year of a work, with its locator ("p. 12") when one follows it."""

    year: int | None
    suffix: str
    no_date: bool
    locator: str = ""
    end: int = 0


@dataclass(frozen=True)
class CitedWork:
    """The authors of one cited work and every year given for them; `start`/`end` span
    the names through the last year or locator (offsets in the tokenised text)."""

    authors: tuple[str, ...]
    et_al: bool
    years: tuple[YearRef, ...]
    start: int
    end: int
    prefix: str = ""
    narrative: bool = False


@dataclass(frozen=True)
class CitedNumber:
    """One reference-list number cited in a numbered style, with its locator ("[3, p. 12]"
    cites 3 at "p. 12"); `end` is the offset after its last token."""

    number: int
    locator: str = ""
    end: int = 0


@dataclass(frozen=True)
class Names:
    """An author list read from tokens: family names, "et al.", the offset where it starts
    and the index of the token after it."""

    names: tuple[str, ...]
    et_al: bool
    start: int
    next: int


def tokenize(text: str, base: int = 0) -> list[Tok]:
    """Tokens of `text`, offsets shifted by `base`."""
    return [
        Tok(m.lastgroup or "P", m.group(), m.start() + base, m.end() + base)
        for m in _TOKEN.finditer(text)
    ]


def _text(toks: list[Tok], i: int) -> str:
    return toks[i].text if 0 <= i < len(toks) else ""


def is_capitalised(tok: Tok) -> bool:
    """A word that can start a name: "Ostrom", "McCallum", "d'Alembert", "OECD"."""
    if tok.kind != "W":
        return False
    word = tok.text
    if word[0].isupper():
        return True
    return len(word) > 2 and word[1] in "'’" and word[2].isupper()


def _is_initial(toks: list[Tok], i: int) -> bool:
    tok = toks[i] if i < len(toks) else None
    return (
        tok is not None
        and tok.kind == "W"
        and len(tok.text) == 1
        and tok.text.isupper()
        and _text(toks, i + 1) == "."
    )


def year_at(toks: list[Tok], i: int) -> tuple[YearRef, int] | None:
    """A year ("1996", "2016a") or no date ("n.d.") at token i, and the index after it."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.kind == "N":
        if len(tok.text) != 4 or not 1500 <= int(tok.text) <= 2099:
            return None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.start == tok.end and nxt.kind == "W":
            if _is_suffix(nxt.text):
                return YearRef(int(tok.text), nxt.text, False, end=nxt.end), i + 2
            return None
        if nxt is not None and nxt.start == tok.end and nxt.text in "%°":
            return None
        return YearRef(int(tok.text), "", False, end=tok.end), i + 1
    word = tok.text.lower()
    if tok.kind == "W" and word == "nd":
        return YearRef(None, "", True, end=tok.end), i + 1
    if word == "n" and _text(toks, i + 1) == "." and _text(toks, i + 2).lower() == "d":
        j = i + 4 if _text(toks, i + 3) == "." else i + 3
        return YearRef(None, "", True, end=toks[j - 1].end), j
    return None


def _is_suffix(word: str) -> bool:
    return len(word) == 1 and "a" <= word <= "z" and word != "s"


def locator_at(toks: list[Tok], i: int) -> tuple[str, int, int] | None:
    """A locator after a year (", p. 183", ": 45", ", pp. 12–14", ", chapter 3"): its text,
    end offset and the index after it."""
    if _text(toks, i) not in (",", ":") or i + 1 >= len(toks):
        return None
    j = i + 1
    first = toks[j]
    labelled = first.text == "§" or (first.kind == "W" and first.text.lower() in _LOCATOR_LABELS)
    if labelled:
        j += 1
        if _text(toks, j) == ".":
            j += 1
    elif year_at(toks, j) is not None:
        return None
    end = _pages_at(toks, j, labelled)
    if end is None:
        return None
    parts: list[str] = []
    for k in range(i + 1, end):
        glue = "" if k == i + 1 or toks[k].start == toks[k - 1].end else " "
        parts.append(glue + toks[k].text)
    return "".join(parts), toks[end - 1].end, end


def _page_at(toks: list[Tok], i: int) -> int | None:
    tok = toks[i] if i < len(toks) else None
    if tok is None:
        return None
    if tok.kind == "N" or (tok.kind == "W" and _ROMAN.fullmatch(tok.text)):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.start == tok.end and nxt.text in ("f", "ff"):
            return i + 2
        return i + 1
    return None


def _pages_at(toks: list[Tok], i: int, labelled: bool) -> int | None:
    j = _page_at(toks, i)
    if j is None:
        return None
    while True:
        if _text(toks, j) in _RANGE and (nxt := _page_at(toks, j + 1)) is not None:
            j = nxt
            continue
        if (
            labelled
            and _text(toks, j) == ","
            and year_at(toks, j + 1) is None
            and _text(toks, j + 1).isdigit()
            and (nxt := _page_at(toks, j + 1)) is not None
        ):
            j = nxt
            continue
        return j


def years_at(
    toks: list[Tok], i: int, *, semicolons: bool = False
) -> tuple[list[YearRef], int] | None:
    """One or more years with their locators ("1981 & 1999", "2007 2008", "2016a, b",
    "2009, p. 183"), and the index after them."""
    found = year_at(toks, i)
    if found is None:
        return None
    refs: list[YearRef] = []
    separators = {",", "&", "and", ";"} if semicolons else {",", "&", "and"}
    while found is not None:
        ref, j = found
        refs.append(ref)
        while ref.suffix and _text(toks, j) == "," and _more_suffix(toks, j + 1):
            ref = YearRef(ref.year, toks[j + 1].text, False, end=toks[j + 1].end)
            refs.append(ref)
            j += 2
        located = locator_at(toks, j)
        if located is not None:
            text, end, j = located
            refs[-1] = YearRef(ref.year, ref.suffix, ref.no_date, text, end)
        found = year_at(toks, j)
        if found is None and _text(toks, j) in separators:
            k = j + 1
            if _text(toks, k) in ("&", "and"):
                k += 1
            found = year_at(toks, k)
    return refs, j


def _more_suffix(toks: list[Tok], i: int) -> bool:
    tok = toks[i] if i < len(toks) else None
    return (
        tok is not None
        and tok.kind == "W"
        and _is_suffix(tok.text)
        and _text(toks, i + 1) not in (".", "-", "–")
    )


def _after_particles(toks: list[Tok], i: int) -> int:
    """The index after a run of particles at i that a capitalised word ends ("de la
    Porte"), or i itself when there is no such run."""
    k = i
    while k < len(toks) and toks[k].kind == "W" and toks[k].text in PARTICLES:
        k += 1
    return k if k > i and is_capitalised_at(toks, k) else i


def name_at(toks: list[Tok], i: int) -> tuple[str, int, int] | None:
    """A name read forwards: initials, particles and capitalised words ("E. Ostrom",
    "van Ryzin", "Quirk Review", "Department of Health"): family text, start, next index."""
    start_index = i
    while _is_initial(toks, i):
        i += 2
    j = _after_particles(toks, i)
    if j >= len(toks) or not is_capitalised(toks[j]):
        return None
    words = [toks[k].text for k in range(i, j + 1)]
    j += 1
    while j < len(toks):
        tok = toks[j]
        if is_capitalised(tok) and not _is_initial(toks, j) and tok.text not in NOT_NAMES:
            words.append(tok.text)
            j += 1
        elif (
            tok.kind == "W"
            and (tok.text in _NAME_CONNECTORS or tok.text in PARTICLES)
            and j + 1 < len(toks)
            and is_capitalised(toks[j + 1])
        ):
            words.extend((tok.text, toks[j + 1].text))
            j += 2
        else:
            break
    if words[-1] in NOT_NAMES or (len(words) == 1 and words[0] in PREFIX_WORDS):
        return None
    if len(words) == 1 and words[0] in DATE_WORDS and _text(toks, j) != ",":
        return None
    return " ".join(words), toks[start_index].start, j


def _et_al_at(toks: list[Tok], i: int) -> int | None:
    if _text(toks, i) != "et":
        return None
    if _text(toks, i + 1) == "al":
        return i + 3 if _text(toks, i + 2) == "." else i + 2
    if _text(toks, i + 1) == "." and _text(toks, i + 2) == "al":
        return i + 4 if _text(toks, i + 3) == "." else i + 3
    return None


def authors_at(toks: list[Tok], i: int) -> Names | None:
    """An author list read forwards ("Ostrom & Ostrom", "Parks, et al.", "Durose, Mangan,
    & Rees, with Hilton")."""
    first = name_at(toks, i)
    if first is None:
        return None
    names = [first[0]]
    j = first[2]
    et_al = False
    while True:
        k = j
        if _text(toks, k) == ",":
            k += 1
        if _text(toks, k) in ("&", "and", "with"):
            k += 1
        if k == j:
            break
        after = _et_al_at(toks, k)
        if after is not None:
            et_al, j = True, after
            break
        following = name_at(toks, k)
        if following is None:
            break
        names.append(following[0])
        j = following[2]
    if not et_al:
        after = _et_al_at(toks, j)
        if after is not None:
            et_al, j = True, after
    return Names(tuple(names), et_al, first[1], j)


def _prefix_end(toks: list[Tok]) -> int:
    i = 0
    while i < len(toks) and i < 16:
        tok = toks[i]
        if tok.kind == "W" and tok.text in PARTICLES and _after_particles(toks, i) > i:
            break
        if tok.text in ("E", "I") and _text(toks, i + 1) == "." and _text(toks, i + 2) in "ge":
            i += 2
            continue
        prefix_word = tok.kind == "W" and (tok.text[0].islower() or tok.text in PREFIX_WORDS)
        if not prefix_word and not (tok.kind == "P" and tok.text in ",.:"):
            break
        i += 1
    return i


def is_capitalised_at(toks: list[Tok], i: int) -> bool:
    """Token i exists and is a capitalised word."""
    return i < len(toks) and is_capitalised(toks[i])


def is_cited_name(words: list[str], lead: str) -> bool:
    """False when the words of a name (`lead` is the word before them) name a place, a law
    or an event, or after "the" an institution or document, rather than a cited author:
    "in Denmark (2010)", "the United Kingdom (2010)", "the Localism Act (2011)", "the
    Commission (2010)" — but "Brudney and England (1983)" and "the World Bank (2004)" cite."""
    last = words[-1]
    lead = lead.lower()
    if last in PLACE_WORDS and (
        lead == "the" or all(w in PLACE_WORDS or w.lower() in _PLACE_LEADS for w in words[:-1])
    ):
        return len(words) == 1 and last in SURNAME_PLACES and lead not in _PLACE_LEADS
    if last in EVENT_WORDS:
        return False
    if lead in _DETERMINERS:
        return last not in _AFTER_THE_THINGS and (len(words) > 1 or last not in _AFTER_THE_BODIES)
    return True


def _prefix_text(toks: list[Tok], end: int) -> str:
    parts: list[str] = []
    for k in range(end):
        glue = "" if k == 0 or toks[k].start == toks[k - 1].end else " "
        parts.append(glue + toks[k].text)
    return "".join(parts).rstrip(",: ")


def _only_closing(toks: list[Tok], i: int) -> bool:
    return all(t.text in ".," for t in toks[i:])


def _trailing_comment(toks: list[Tok], i: int) -> bool:
    return _text(toks, i) == "," and i + 1 < len(toks) and toks[i + 1].text[:1].islower()


def parse_segment(toks: list[Tok], inherited: CitedWork | None = None) -> list[CitedWork]:
    """The works of one ";"-separated part of a parenthesis, or [] when it is not a
    citation. `inherited` supplies the authors of a bare year list ("Ostrom, 1990; 1996")."""
    prefix_end = _prefix_end(toks)
    prefix = _prefix_text(toks, prefix_end)
    works: list[CitedWork] = []
    i = prefix_end
    comment_follows = False
    if inherited is not None and prefix_end == 0 and year_at(toks, 0) is not None:
        found = years_at(toks, 0)
        if found is not None and _only_closing(toks, found[1]):
            refs, _ = found
            start = toks[0].start
            return [CitedWork(inherited.authors, inherited.et_al, tuple(refs), start, refs[-1].end)]
        return []
    while True:
        names = authors_at(toks, i)
        if names is None or (
            len(names.names) == 1 and not is_cited_name(names.names[0].split(), _text(toks, i - 1))
        ):
            return works if comment_follows else []
        j = names.next + 1 if _text(toks, names.next) == "," else names.next
        found = years_at(toks, j)
        if found is None:
            return works if comment_follows else []
        refs, j = found
        works.append(
            CitedWork(
                names.names,
                names.et_al,
                tuple(refs),
                names.start,
                refs[-1].end,
                prefix if not works else "",
            )
        )
        if _only_closing(toks, j):
            return works
        if _text(toks, j) not in (",", "&", "and"):
            return []
        comment_follows = _trailing_comment(toks, j)
        i = j + 1
        if _text(toks, i) in ("&", "and"):
            i += 1


def parse_group(toks: list[Tok]) -> list[CitedWork]:
    """Every cited work in the tokens of a parenthesis: "(Ostrom, 2000; Fung, 2004)"."""
    works: list[CitedWork] = []
    segment: list[Tok] = []
    previous: CitedWork | None = None
    for tok in [*toks, Tok("P", ";", -1, -1)]:
        if tok.text != ";":
            segment.append(tok)
            continue
        found = parse_segment(segment, previous) if segment else []
        works.extend(found)
        previous = found[-1] if found else None
        segment = []
    return works


def years_only(toks: list[Tok]) -> list[YearRef] | None:
    """The years of a narrative citation's parenthesis ("1983", "2009, p. 183",
    "2002, 2009"), or None when it holds anything else."""
    found = years_at(toks, 0, semicolons=True)
    if found is None or not _only_closing(toks, found[1]):
        return None
    return found[0]


def _name_before(toks: list[Tok], j: int) -> tuple[str, int, int] | None:
    """A name read backwards from token j: family text, start offset, index before it."""
    if j < 0:
        return None
    tok = toks[j]
    word = tok.text
    if tok.kind == "W" and word[-2:] in ("'s", "’s") and len(word) > 2:
        word = word[:-2]
    if not is_capitalised(tok) or word in NOT_NAMES or word in PREFIX_WORDS or word in DATE_WORDS:
        return None
    words = [word]
    start = tok.start
    k = j - 1
    while (
        k >= 0
        and toks[k].kind == "W"
        and (toks[k].text in PARTICLES or toks[k].text in _CAPITAL_PARTICLES)
    ):
        words.insert(0, toks[k].text)
        start = toks[k].start
        k -= 1
    if len(words) == 1:
        m = k
        caps: list[Tok] = []
        while m >= 0 and is_capitalised(toks[m]) and toks[m].text != "The" and len(caps) < 6:
            caps.insert(0, toks[m])
            m -= 1
        if caps and m >= 0 and toks[m].text.lower() == "the":
            words = [c.text for c in caps] + words
            start, k = caps[0].start, m
    if not is_cited_name(words, _text(toks, k)):
        return None
    while k >= 1 and toks[k].text == "." and _is_initial(toks, k - 1):
        start = toks[k - 1].start
        k -= 2
    return " ".join(words), start, k


def names_before(toks: list[Tok]) -> Names | None:
    """The author list that ends just before a narrative citation's parenthesis
    ("Brudney and England", "Pestoff et al.", "Frederickson's", "Osborne, Radnor, and
    Nasi"); `next` is unused (the names end where the tokens end)."""
    j = len(toks) - 1
    et_al = False
    if j >= 1 and _text(toks, j).lower() in _ET_AL_WORDS and _text(toks, j - 1) in ("and", "&"):
        et_al, j = True, j - 2
    elif _text(toks, j) == "." and _text(toks, j - 1) == "al" and _text(toks, j - 2) == "et":
        et_al, j = True, j - 3
    elif _text(toks, j) == "al" and _text(toks, j - 1) == "et":
        et_al, j = True, j - 2
    if et_al and _text(toks, j) == ",":
        j -= 1
    if (
        j >= 1
        and toks[j].text in ("'", "’")
        and toks[j].start == toks[j - 1].end
        and toks[j - 1].text.endswith("s")
    ):
        j -= 1
    last = _name_before(toks, j)
    if last is None:
        return None
    names = [last[0]]
    start, j = last[1], last[2]
    if not et_al and _text(toks, j) in ("and", "&"):
        k = j - 1
        if _text(toks, k) == ",":
            k -= 1
        other = _name_before(toks, k)
        if other is not None:
            names.insert(0, other[0])
            start, j = other[1], other[2]
            while _text(toks, j) == ",":
                more = _name_before(toks, j - 1)
                if more is None:
                    break
                names.insert(0, more[0])
                start, j = more[1], more[2]
    return Names(tuple(names), et_al, start, len(toks))


def _number_at(toks: list[Tok], i: int) -> int | None:
    """A cited number (1 to 999) at token i, not part of "3rd", "45%" or "2.5"."""
    tok = toks[i] if i < len(toks) else None
    if tok is None or tok.kind != "N" or len(tok.text) > 3:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.start == tok.end:
        if nxt.kind == "W" or nxt.text in "%°":
            return None
        after = toks[i + 2] if i + 2 < len(toks) else None
        if nxt.text == "." and after is not None and after.kind == "N" and after.start == nxt.end:
            return None
    value = int(tok.text)
    return value if value >= 1 else None


def _number_item_at(toks: list[Tok], i: int) -> tuple[int, int, int] | None:
    """One number or range ("5–7") at token i: first, last and the index after it."""
    first = _number_at(toks, i)
    if first is None:
        return None
    if _text(toks, i + 1) in _NUMBER_RANGE:
        last = _number_at(toks, i + 2)
        if last is not None:
            return first, last, i + 3
    return first, first, i + 1


def _labelled_locator_at(toks: list[Tok], i: int) -> tuple[str, int, int] | None:
    """A locator with a label after a cited number (", p. 12", ", Fig. 3", ": § 4"); a bare
    number after a comma is the next citation, not a page."""
    if _text(toks, i) not in (",", ":") or i + 1 >= len(toks):
        return None
    label = toks[i + 1]
    if label.text != "§" and not (label.kind == "W" and label.text.lower() in _LOCATOR_LABELS):
        return None
    return locator_at(toks, i)


def numbers_at(toks: list[Tok], i: int) -> tuple[list[CitedNumber], int] | None:
    """The numbers cited from token i on ("3, 5–7", "3 and 5", "12, p. 4; 15"), ranges
    expanded, and the index after them; None when no number starts there or a range runs
    backwards or too far."""
    cited: list[CitedNumber] = []
    while True:
        item = _number_item_at(toks, i)
        if item is None:
            return (cited, i) if cited else None
        first, last, j = item
        if last < first or last - first > MAX_NUMBER_RANGE:
            return None
        end = toks[j - 1].end
        numbers = [CitedNumber(n, end=end) for n in range(first, last + 1)]
        located = _labelled_locator_at(toks, j)
        if located is not None:
            text, end, j = located
            numbers[-1] = CitedNumber(last, text, end)
        cited.extend(numbers)
        k = j + 1 if _text(toks, j) in (",", ";") else j
        if _text(toks, k) in ("and", "&"):
            k += 1
        if k == j or _number_item_at(toks, k) is None:
            return cited, j
        i = k


def numbered_group(toks: list[Tok]) -> tuple[str, list[CitedNumber]] | None:
    """The prefix ("see", "cf.") and the numbers of a bracket that holds only a numbered
    citation ("[3, 5–7]", "[see 12, p. 4]"), or None when it holds anything else."""
    i = 0
    while (
        i < len(toks)
        and i < 8
        and (toks[i].text.lower() in _NUMBER_PREFIXES or toks[i].text in ".,:")
    ):
        i += 1
    found = numbers_at(toks, i)
    if found is None or found[1] != len(toks):
        return None
    return _prefix_text(toks, i), found[0]
