"""Cited names: which capitalised words name a cited author, and the author list that
stands before a narrative citation ("Brudney and England (1983)").

Holds the lexicons that tell a name from a place, a law, an event, a document part or a
sentence opener ("in Denmark (2010)", "the Localism Act (2011)", "However, Smith (2000)"),
`is_cited_name` that applies them, and `names_before`, which reads a name list backwards
from a narrative citation's bracket, taking a body's name of several words whole ("The
Department of Health (2010)"). `short_forms` finds the short names a text introduces
("World Health Organization [WHO]"). The author-year grammar uses the same lexicons when
it reads names forwards inside a parenthesis, so they live apart from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod_refs.parse.citation_tokens import (
    Tok,
    is_acronym,
    is_capitalised,
    is_initial,
    text_at,
    tokenize,
)
from coprod_refs.text.letters import CAPITALS

PARTICLES = frozenset(
    "van von de der den del della di da du des la le ter ten zu zur dos das dei degli vom".split()
)
#: The particles as regex alternatives, and the capital letters a name may open with,
#: for the patterns that read names in running text and notes.
PARTICLE_PATTERN = "|".join(sorted(PARTICLES))
UPPER_LETTERS = CAPITALS
_CAPITAL_PARTICLES = frozenset(p.capitalize() for p in PARTICLES)
#: Articles that may stand before a body's short name: "De WRR (2012)", "Het CPB", "Die
#: KGSt", "La CNIL", "The OECD". Before an acronym they are no particle of a surname.
ARTICLES = frozenset("De Het Die Der Das Den La Le Les El Los Las Il Lo The".split())
#: "et al." in other languages, as tokens (a full stop after the last is optional):
#: German "u. a.", French "et coll.", Spanish "y col.", "y otros", Portuguese "e outros",
#: Dutch "e.a.", Swedish, Danish and Norwegian "m.fl.", Polish "i in.", Czech "a kol.",
#: Finnish "ym.", Latin "et alii", Russian "и др.", Ukrainian "та ін.", Chinese "等" and
#: "等人" ("Ostrom 等（1978）").
OTHER_ET_AL = (
    ("u", ".", "a"),
    ("et", "coll"),
    ("y", "col"),
    ("y", "cols"),
    ("e", "col"),
    ("y", "otros"),
    ("e", "outros"),
    ("e", ".", "a"),
    ("m", ".", "fl"),
    ("mfl",),
    ("i", "in"),
    ("a", "kol"),
    ("ym",),
    ("et", "alii"),
    ("и", "др"),
    ("та", "ін"),
    ("等", "人"),
    ("等",),
)
_ET_AL_WORDS = frozenset({"colleagues", "others", "co-workers", "coworkers", "associates"})
_POSSESSIVES = frozenset({"his", "her", "their"})
#: Words joining two authors' names, in the languages of the field's literature.
AUTHOR_CONNECTORS = frozenset(
    {"and", "&", "und", "y", "e", "en", "et", "og", "och", "и", "та", "і", "και"}
)

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
#: Nouns that make a run of capitalised words the name of an institution: "Governance
#: International", "Department of Health", "Wetenschappelijke Raad voor het
#: Regeringsbeleid" (after no "the", "Elinor Ostrom" is a given and a family name).
BODY_WORDS = frozenset(
    """Organization Organisation Organizations Organisations Department Ministry Council
    Commission Committee Government Agency Authority Office Bank Fund Foundation Institute
    Institution Trust Association Society Federation Union Network Centre Center Board
    International Alliance Forum Partnership Coalition Corporation Assembly Parliament
    Senate Congress Executive Cabinet Treasury University College Academy Nations Bureau
    Directorate Secretariat Observatory Consortium Ministerium Bundesministerium Bundesamt
    Bundesregierung Rat Stiftung Verband Institut Kommission Raad Ministerie Planbureau
    Stichting Vereniging Rekenkamer Ministère Conseil Fondation Ministerio Consejo
    Instituto Fundación Ministero Consiglio Istituto""".split()
)
#: Lower-case words inside a body's name: "Department of Health", "Raad voor het ...".
BODY_PREPOSITIONS = frozenset("of for on voor van für der des de du del di zur zum".split())
BODY_ARTICLES = frozenset("the het de der die das den la le les el".split())
#: Longest run of tokens read back as one body's name.
_MAX_BODY_TOKENS = 10
#: A short name in brackets: "[WHO]", "(WHO)", "(WHO, 2018)", "(DH 2010)".
_SHORT_FORM = re.compile(r"[(\[]([^\W\d_][^\W_]{1,15})(?=[\]),;]|\s\d)")
#: How far before "(WHO" its long form is read.
_LONG_FORM_WINDOW = 160


@dataclass(frozen=True)
class Names:
    """An author list read from tokens: family names, "et al.", the offset where it starts
    and the index of the token after it."""

    names: tuple[str, ...]
    et_al: bool
    start: int
    next: int


def is_cited_name(words: list[str], lead: str) -> bool:
    """False when the words of a name (`lead` is the word before them) name a place, a law
    or an event, or after "the" an institution or document, rather than a cited author:
    "in Denmark (2010)", "the United Kingdom (2010)", "the Localism Act (2011)", "the
    Commission (2010)" — but "Brudney and England (1983)" and "the World Bank (2004)" cite."""
    last = words[-1]
    head = _head_word(words)
    lead = lead.lower()
    body = any(w in BODY_WORDS for w in words)
    if last in PLACE_WORDS and (
        (lead == "the" and not body)
        or all(w in PLACE_WORDS or w.lower() in _PLACE_LEADS or w.islower() for w in words[:-1])
    ):
        return len(words) == 1 and last in SURNAME_PLACES and lead not in _PLACE_LEADS
    if last in EVENT_WORDS or head in EVENT_WORDS:
        return False
    if lead in _DETERMINERS:
        return head not in _AFTER_THE_THINGS and (len(words) > 1 or last not in _AFTER_THE_BODIES)
    return True


def _head_word(words: list[str]) -> str:
    """The word a name is named after: the one before its first preposition ("Treaty of
    Lisbon", "Bank of England"), else the last."""
    for k, word in enumerate(words[1:], 1):
        if word in BODY_PREPOSITIONS:
            return words[k - 1]
    return words[-1]


def _in_body_run(toks: list[Tok], k: int) -> bool:
    """Token k may stand inside a body's name read backwards: a capitalised word (no
    sentence opener, date word, article or initial), a preposition or "and", or an
    article right after a preposition ("Department of the Environment")."""
    tok = toks[k]
    text = tok.text
    if is_capitalised(tok):
        return len(text) > 1 and not any(
            text in words for words in (NOT_NAMES, PREFIX_WORDS, DATE_WORDS, ARTICLES)
        )
    if text in BODY_PREPOSITIONS or text in AUTHOR_CONNECTORS:
        return True
    return text in BODY_ARTICLES and text_at(toks, k - 1) in BODY_PREPOSITIONS


def and_inside_body(words: list[str]) -> bool:
    """Whether an "and" after `words` goes on with the same body's name: after an
    institution and a preposition ("Department of Health and Social Care", "Organisation
    for Economic Co-operation and Development"), not after a person ("Ostrom and ...")."""
    seen_body = False
    for word in words:
        if word in BODY_WORDS:
            seen_body = True
        elif seen_body and word in BODY_PREPOSITIONS:
            return True
    return False


def _run_start(toks: list[Tok], j: int) -> int:
    """The index of the first capitalised word of the run of capitalised words,
    prepositions and "and" that ends at j."""
    first = j
    k = j - 1
    while k >= 0 and j - k < _MAX_BODY_TOKENS and _in_body_run(toks, k):
        if is_capitalised(toks[k]):
            first = k
        k -= 1
    return first


def _body_before(toks: list[Tok], j: int) -> int | None:
    """The index of the first token of a body's name that ends with the capitalised word
    at j, read backwards: the run of capitalised words (with prepositions, and "and"
    inside an institution's name) after "the", or holding an institution noun ("The
    Department of Health (2010)", "Governance International (n.d.)"); None when the run
    names a person ("Elinor Ostrom", "Brudney and England")."""
    first = _run_start(toks, j)
    words = [t.text for t in toks[first : j + 1]]
    for c in range(len(words) - 1, 0, -1):
        if words[c] in AUTHOR_CONNECTORS and not and_inside_body(words[:c]):
            # "Ostrom and World Bank": the name starts after the "and" that joins two authors.
            first, words = first + c + 1, words[c + 1 :]
            break
    if text_at(toks, first - 1).lower() == "the" or any(w in BODY_WORDS for w in words):
        return first
    return None


def short_forms(text: str) -> dict[str, tuple[int, str]]:
    """The short names a text introduces for bodies: for each, the offset where it is
    first introduced and its long form. "World Health Organization [WHO]" and "World
    Health Organization (WHO, 2018)" both introduce WHO."""
    found: dict[str, tuple[int, str]] = {}
    for match in _SHORT_FORM.finditer(text):
        short = match.group(1)
        if short in found or not is_acronym(short):
            continue
        at = match.start()
        # A long form runs back at most to a bracket or punctuation mark.
        start = max(text.rfind(c, max(0, at - _LONG_FORM_WINDOW), at) + 1 for c in "()[];,.:")
        start = max(start, at - _LONG_FORM_WINDOW)
        before = text[start:at]
        if not _last_word(before)[:1].isupper():
            continue  # no capitalised word right before the bracket: no long form
        long = _long_form(tokenize(before, start), short)
        if long is not None:
            found[short] = (at, long)
    return found


def _last_word(text: str) -> str:
    """The last run of non-space characters in `text` ("" when there is none)."""
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


def _long_form(toks: list[Tok], short: str) -> str | None:
    """The name at the end of `toks` that `short` abbreviates: the shortest run of two
    or more capitalised words (prepositions and "and" may stand between) ending there
    whose first word starts with the first letter of `short` and that holds its letters
    in order."""
    j = len(toks) - 1
    if j < 0 or not is_capitalised(toks[j]):
        return None
    for k in range(j - 1, _run_start(toks, j) - 1, -1):
        words = [t.text for t in toks[k : j + 1]]
        if words[0][0].lower() == short[0].lower() and _spells(short, " ".join(words)):
            return " ".join(words)
    return None


def _spells(short: str, long: str) -> bool:
    """Whether the letters of `short` occur in `long` in order, the first at the start of
    a word (Schwartz and Hearst's test for the long form of an abbreviation)."""
    letters = [c for c in short.lower() if c.isalnum()]
    text = long.lower()
    k = len(text) - 1
    for n in range(len(letters) - 1, -1, -1):
        while k >= 0 and (text[k] != letters[n] or (n == 0 and k > 0 and text[k - 1].isalnum())):
            k -= 1
        if k < 0:
            return False
        k -= 1
    return True


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
    if len(word) < 2:
        # An initial ("Bovaird T (2007)" in a list) or a label ("Appendix B (2010)").
        return None
    words = [word]
    start = tok.start
    k = j - 1
    while (
        k >= 0
        and toks[k].kind == "W"
        and (toks[k].text in PARTICLES or toks[k].text in _CAPITAL_PARTICLES)
        and not is_acronym(word)
    ):
        words.insert(0, toks[k].text)
        start = toks[k].start
        k -= 1
    first = _body_before(toks, j) if len(words) == 1 else None
    if first is not None:
        words = [t.text for t in toks[first:j]] + words
        start, k = toks[first].start, first - 1
    if not is_cited_name(words, text_at(toks, k)):
        return None
    while k >= 1 and toks[k].text == "." and is_initial(toks, k - 1):
        start = toks[k - 1].start
        k -= 2
    return " ".join(words), start, k


def _other_et_al_before(toks: list[Tok], j: int) -> int | None:
    """The index of the token before an "et al." of another language that ends at token
    j ("u. a.", "y col.", "m.fl."), else None."""
    end = j - 1 if text_at(toks, j) == "." else j
    for words in OTHER_ET_AL:
        first = end - len(words) + 1
        if all(text_at(toks, first + k) == w for k, w in enumerate(words)):
            return first - 1
    return None


def names_before(toks: list[Tok]) -> Names | None:
    """The author list that ends just before a narrative citation's parenthesis
    ("Brudney and England", "Pestoff et al.", "Osborne et al.'s", "Frederickson's",
    "Osborne, Radnor, and Nasi", "Bogumil/Holtkamp"); `next` is unused (the names end
    where the tokens end)."""
    j = len(toks) - 1
    et_al = False
    if (
        text_at(toks, j) == "s"
        and text_at(toks, j - 1) in ("'", "’")
        and text_at(toks, j - 2) == "."
    ):
        j -= 2  # "Osborne et al.'s (2016)"
    if j >= 1 and text_at(toks, j).lower() in _ET_AL_WORDS:
        k = j - 2 if text_at(toks, j - 1).lower() in _POSSESSIVES else j - 1
        if text_at(toks, k) in ("and", "&"):  # "and colleagues", "and her colleagues"
            et_al, j = True, k - 1
    elif text_at(toks, j) == "." and text_at(toks, j - 1) == "al" and text_at(toks, j - 2) == "et":
        et_al, j = True, j - 3
    elif text_at(toks, j) == "al" and text_at(toks, j - 1) == "et":
        et_al, j = True, j - 2
    elif (before := _other_et_al_before(toks, j)) is not None:
        et_al, j = True, before  # "Müller u. a. (2010)", "Ostrom y col. (1978)"
    if et_al and text_at(toks, j) == ",":
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
    while not et_al and text_at(toks, j) == "/" and (slashed := _name_before(toks, j - 1)):
        names.insert(0, slashed[0])
        start, j = slashed[1], slashed[2]
    if not et_al and text_at(toks, j) in AUTHOR_CONNECTORS:
        k = j - 1
        if text_at(toks, k) == ",":
            k -= 1
        other = _name_before(toks, k)
        if other is not None:
            names.insert(0, other[0])
            start, j = other[1], other[2]
            while text_at(toks, j) == ",":
                more = _name_before(toks, j - 1)
                if more is None:
                    break
                names.insert(0, more[0])
                start, j = more[1], more[2]
    return Names(tuple(names), et_al, start, len(toks))
