"""Cited names: which capitalised words name a cited author, and the author list that
stands before a narrative citation ("Brudney and England (1983)").

Holds the lexicons that tell a name from a place, a law, an event, a document part or a
sentence opener ("in Denmark (2010)", "the Localism Act (2011)", "However, Smith (2000)"),
`is_cited_name` that applies them, and `names_before`, which reads a name list backwards
from a narrative citation's bracket. The author-year grammar uses the same lexicons when
it reads names forwards inside a parenthesis, so they live apart from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_refs.parse.citation_tokens import Tok, is_capitalised, is_initial, text_at

PARTICLES = frozenset(
    "van von de der den del della di da du des la le ter ten zu zur dos das dei degli vom".split()
)
_CAPITAL_PARTICLES = frozenset(p.capitalize() for p in PARTICLES)
_ET_AL_WORDS = frozenset({"colleagues", "others", "co-workers", "coworkers", "associates"})
#: Words joining two authors' names, in the languages of the field's literature.
AUTHOR_CONNECTORS = frozenset({"and", "&", "und", "y", "e", "en", "et", "og", "och"})

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
    if not is_cited_name(words, text_at(toks, k)):
        return None
    while k >= 1 and toks[k].text == "." and is_initial(toks, k - 1):
        start = toks[k - 1].start
        k -= 2
    return " ".join(words), start, k


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
    if j >= 1 and text_at(toks, j).lower() in _ET_AL_WORDS and text_at(toks, j - 1) in ("and", "&"):
        et_al, j = True, j - 2
    elif text_at(toks, j) == "." and text_at(toks, j - 1) == "al" and text_at(toks, j - 2) == "et":
        et_al, j = True, j - 3
    elif text_at(toks, j) == "al" and text_at(toks, j - 1) == "et":
        et_al, j = True, j - 2
    elif [text_at(toks, k) for k in range(j - 3, j + 1)] == ["u", ".", "a", "."]:
        et_al, j = True, j - 4  # German "Müller u. a. (2010)"
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
