"""The grammar of author-year citations, over tokens with their offsets.

A small recursive-descent reader instead of one large regular expression: every step
looks at a bounded number of tokens, so time stays linear whatever the input, and each
rule (years, locators, author lists, prefixes) is a function that can be tested alone.

    group     := segment (";" segment)*
    segment   := prefix? authors ","? years (("," | "&" | "and") authors ","? years)*
    years     := year locator? (("," | "&" | "and")? year locator?)*
    year      := 1500..2099 suffix? ("," suffix)* | "n.d." | "nd" | "in press" | "forthcoming"
    locator   := ("," | ":") label? "."? page (range page)*
    authors   := name (("," | "&" | "and" | "with")+ name)* ","? ("et al" "."?)?

Which names count as cited authors is decided in `cited_names`; numbered styles
("[3, 5–7]") have their own grammar in `numbered_citations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod_refs.parse.citation_tokens import (
    Tok,
    is_acronym,
    is_capitalised,
    is_capitalised_at,
    is_initial,
    joined_text,
    prefix_text,
    text_at,
)
from coprod_refs.parse.cited_names import (
    ARTICLES,
    AUTHOR_CONNECTORS,
    BODY_ARTICLES,
    BODY_PREPOSITIONS,
    DATE_WORDS,
    NOT_NAMES,
    OTHER_ET_AL,
    PARTICLES,
    PREFIX_WORDS,
    Names,
    and_inside_body,
    is_cited_name,
)
from coprod_refs.text.characters import OPENING_QUOTES

#: Words that label a locator after a year or number ("p. 12", "chapter 3", "fig. 2").
LOCATOR_LABELS = frozenset(
    """p pp pg pgs page pages chap ch chapter chapters para paras paragraph sec sect section
    fig figs figure table vol n nn note notes col cols art l ll line lines loc at fn
    s seite seiten blz pag pág págs
    с сс стр σ σσ""".split()  # Russian and Greek
)
#: Marks between the two ends of a page or number range ("12–14").
RANGE_DASHES = frozenset({"-", "–", "—", "‐"})
#: "and the following page(s)" after a page number: "12 f.", "12 ff.", "12 sq.", "12 sqq.".
_FOLLOWING_PAGES = frozenset({"f", "ff", "sq", "sqq"})
_ROMAN = re.compile(r"[ivxlcdm]+|[IVXLCDM]+")


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


def year_at(toks: list[Tok], i: int) -> tuple[YearRef, int] | None:
    """A year ("1996", "2016a"), no date ("n.d.") or no year yet ("in press",
    "forthcoming") at token i, and the index after it. An original year beside the year
    of the edition cited ("1980/2010", "[1922] 1978", "1978 [1922]") gives the edition's."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.text == "[":
        return _after_bracketed_original(toks, i)
    if tok.kind == "N":
        found = _numeric_year_at(toks, i)
        if found is not None and text_at(toks, found[1]) == "/":
            return _edition_year_at(toks, found) or found
        if found is not None and text_at(toks, found[1]) == "[":
            original = _bracketed_year_at(toks, found[1])
            if original is not None and _earlier(original[0], found[0]):
                return found[0], original[1]
        return found
    word = tok.text.lower()
    if tok.kind == "W" and word == "nd":
        return YearRef(None, "", True, end=tok.end), i + 1
    if word == "forthcoming":
        return YearRef(None, "", False, end=tok.end), i + 1
    if word == "in" and text_at(toks, i + 1).lower() == "press":
        # "(Smith, in press)": no year yet, as the list entry "Smith, J. (in press)." has.
        return YearRef(None, "", False, end=toks[i + 1].end), i + 2
    if word == "n" and text_at(toks, i + 1) == "." and text_at(toks, i + 2).lower() == "d":
        j = i + 4 if text_at(toks, i + 3) == "." else i + 3
        return YearRef(None, "", True, end=toks[j - 1].end), j
    return None


def _numeric_year_at(toks: list[Tok], i: int) -> tuple[YearRef, int] | None:
    """A year in digits at token i, with its suffix ("2016a"), and the index after it;
    None for other numbers and for "2000%" or "1990s"."""
    tok = toks[i]
    if tok.kind != "N" or len(tok.text) != 4 or not 1500 <= int(tok.text) <= 2099:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.start == tok.end and nxt.kind == "W":
        if _is_suffix(nxt.text):
            return YearRef(int(tok.text), nxt.text, False, end=nxt.end), i + 2
        return None
    if nxt is not None and nxt.start == tok.end and nxt.text in "%°":
        return None
    return YearRef(int(tok.text), "", False, end=tok.end), i + 1


def _edition_year_at(toks: list[Tok], original: tuple[YearRef, int]) -> tuple[YearRef, int] | None:
    """The year of the edition cited in "1980/2010", given the original year's reading
    (which ends at the slash): a later year written right after the slash, else None
    ("2009/10" is a span of years, not an edition)."""
    first, slash = original
    if toks[slash].start != first.end or slash + 1 >= len(toks):
        return None
    if toks[slash + 1].start != toks[slash].end:
        return None
    later = _numeric_year_at(toks, slash + 1)
    if later is None or first.year is None or later[0].year is None or later[0].year <= first.year:
        return None
    return later


def _bracketed_year_at(toks: list[Tok], i: int) -> tuple[YearRef, int] | None:
    """A year alone in square brackets at token i ("[1922]"), and the index after them."""
    found = _numeric_year_at(toks, i + 1)
    if found is None or found[0].suffix or text_at(toks, found[1]) != "]":
        return None
    return found[0], found[1] + 1


def _earlier(original: YearRef, edition: YearRef) -> bool:
    return original.year is not None and edition.year is not None and original.year < edition.year


def _after_bracketed_original(toks: list[Tok], i: int) -> tuple[YearRef, int] | None:
    """The edition's year after an original year in square brackets ("[1922] 1978", as
    Chicago cites a reprint), else None."""
    original = _bracketed_year_at(toks, i)
    if original is None:
        return None
    edition = _numeric_year_at(toks, original[1])
    if edition is None or not _earlier(original[0], edition[0]):
        return None
    return edition


def _is_suffix(word: str) -> bool:
    return len(word) == 1 and "a" <= word <= "z" and word != "s"


def locator_at(toks: list[Tok], i: int) -> tuple[str, int, int] | None:
    """A locator after a year (", p. 183", ": 45", ", pp. 12–14", ", chapter 3"): its text,
    end offset and the index after it."""
    if text_at(toks, i) not in (",", ":") or i + 1 >= len(toks):
        return None
    j = i + 1
    first = toks[j]
    labelled = first.text == "§" or (first.kind == "W" and first.text.lower() in LOCATOR_LABELS)
    if labelled:
        j += 1
        if text_at(toks, j) == ".":
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
    """The index after a page number at i ("12", "xiv") and the "f." or "ff." that may
    follow it ("45ff", German "S. 12 ff.", "pp. 1073 ff.")."""
    tok = toks[i] if i < len(toks) else None
    if tok is None:
        return None
    if tok.kind == "N" or (tok.kind == "W" and _ROMAN.fullmatch(tok.text)):
        if text_at(toks, i + 1) in _FOLLOWING_PAGES:
            return i + 3 if text_at(toks, i + 2) == "." else i + 2
        return i + 1
    return None


def _pages_at(toks: list[Tok], i: int, labelled: bool) -> int | None:
    j = _page_at(toks, i)
    if j is None:
        return None
    while True:
        if text_at(toks, j) in RANGE_DASHES and (nxt := _page_at(toks, j + 1)) is not None:
            j = nxt
            continue
        if labelled and _dotted_number_goes_on(toks, j):
            j += 2  # "para 2.20", "section 4.3": a labelled number may hold full stops
            continue
        if (  # "pp. 2–3, 45" and "2–3, 45": more pages, never a year
            text_at(toks, j) == ","
            and year_at(toks, j + 1) is None
            and text_at(toks, j + 1).isdigit()
            and (nxt := _page_at(toks, j + 1)) is not None
        ):
            j = nxt
            continue
        return j


def _dotted_number_goes_on(toks: list[Tok], j: int) -> bool:
    """A full stop at j joins the number before it to a number right after it, with no
    space on either side ("2.20")."""
    return (
        text_at(toks, j) == "."
        and j + 1 < len(toks)
        and toks[j + 1].kind == "N"
        and toks[j].start == toks[j - 1].end
        and toks[j + 1].start == toks[j].end
    )


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
        while ref.suffix and text_at(toks, j) == "," and _more_suffix(toks, j + 1):
            ref = YearRef(ref.year, toks[j + 1].text, False, end=toks[j + 1].end)
            refs.append(ref)
            j += 2
        located = locator_at(toks, j)
        if located is not None:
            text, end, j = located
            refs[-1] = YearRef(ref.year, ref.suffix, ref.no_date, text, end)
        found = year_at(toks, j)
        if found is None and text_at(toks, j) in separators:
            k = j + 1
            if text_at(toks, k) in ("&", "and"):
                k += 1
            found = year_at(toks, k)
    return refs, j


def _more_suffix(toks: list[Tok], i: int) -> bool:
    tok = toks[i] if i < len(toks) else None
    return (
        tok is not None
        and tok.kind == "W"
        and _is_suffix(tok.text)
        and text_at(toks, i + 1) not in (".", "-", "–")
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
    if text_at(toks, i) in ARTICLES and is_acronym(text_at(toks, i + 1)):
        i += 1  # "(De WRR, 2012)" cites the WRR
    start_index = i
    while is_initial(toks, i):
        i += 2
    j = _after_particles(toks, i)
    if j >= len(toks) or not is_capitalised(toks[j]):
        return None
    words = [toks[k].text for k in range(i, j + 1)]
    j += 1
    while j < len(toks):
        tok = toks[j]
        if (
            is_capitalised(tok)
            and not is_initial(toks, j)
            and (tok.text not in NOT_NAMES or _inside_a_name(toks, j))
        ):
            words.append(tok.text)
            j += 1
        elif link := _name_link(toks, j, words):
            words.extend(t.text for t in toks[j : j + link + 1])
            j += link + 1
        else:
            break
    if words[-1] in NOT_NAMES or (len(words) == 1 and words[0] in PREFIX_WORDS):
        return None
    if len(words) == 1 and words[0] in DATE_WORDS and text_at(toks, j) != ",":
        return None
    if words == ["Anon"] and text_at(toks, j) == ".":
        j += 1  # "(Anon., 2014)": a work with no author, as Harvard cites it
    return " ".join(words), toks[start_index].start, _after_short_form(toks, j)


def _inside_a_name(toks: list[Tok], j: int) -> bool:
    """A word that is never a name alone ("Act", "Of") goes on a name when a capitalised
    name word follows it: "Think Local Act Personal", "Department Of Health"."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and is_capitalised(nxt)
        and not is_initial(toks, j + 1)
        and nxt.text not in NOT_NAMES
    )


def _name_link(toks: list[Tok], j: int, words: list[str]) -> int:
    """How many lower-case tokens at j link the name read so far (`words`) to a
    capitalised word that goes on with it, 0 when none do: a preposition, particle or
    "the", perhaps with an article ("Department of Health", "Department of the
    Environment", "Van de Walle"), or "and" inside an institution's name ("Department of
    Health and Social Care")."""
    text = text_at(toks, j)
    joining = text in AUTHOR_CONNECTORS and and_inside_body(words)
    if not joining and not (
        toks[j].kind == "W" and (text in BODY_PREPOSITIONS or text in PARTICLES or text == "the")
    ):
        return 0
    link = 2 if text in BODY_PREPOSITIONS and text_at(toks, j + 1) in BODY_ARTICLES else 1
    return link if is_capitalised_at(toks, j + link) else 0


def _after_short_form(toks: list[Tok], j: int) -> int:
    """The index after the short form in square brackets that APA puts after a body's
    name ("World Health Organization [WHO]"), or j when there is none."""
    if text_at(toks, j) == "[" and text_at(toks, j + 2) == "]" and is_acronym(text_at(toks, j + 1)):
        return j + 3
    return j


_CLOSING_QUOTES = frozenset("\"”’'“»")
#: Longest title in quotes read as the name of a work with no author.
_MAX_QUOTED_TOKENS = 30


def quoted_title_at(toks: list[Tok], i: int) -> Names | None:
    """A title in quotes standing for the author of a work that has none, as APA cites
    one: ("Co-production Star," n.d.), (“Citizens as Partners,” 2014). The title is the
    words inside the quotes, without the comma printed before the closing quote."""
    if text_at(toks, i) not in OPENING_QUOTES or not is_capitalised_at(toks, i + 1):
        return None
    j = i + 1
    while j < len(toks) and j - i <= _MAX_QUOTED_TOKENS and toks[j].text not in _CLOSING_QUOTES:
        j += 1
    if j >= len(toks) or toks[j].text not in _CLOSING_QUOTES:
        return None
    last = j - 1 if toks[j - 1].text in ",." else j
    if last <= i + 1:
        return None
    title = joined_text(toks[i + 1 : last])
    return Names((title,), False, toks[i].start, j + 1)


def _et_al_at(toks: list[Tok], i: int) -> int | None:
    for words in OTHER_ET_AL:
        if all(text_at(toks, i + k) == w for k, w in enumerate(words)):
            end = i + len(words)
            return end + 1 if text_at(toks, end) == "." else end
    if text_at(toks, i) != "et":
        return None
    if text_at(toks, i + 1) == "al":
        return i + 3 if text_at(toks, i + 2) == "." else i + 2
    if text_at(toks, i + 1) == "." and text_at(toks, i + 2) == "al":
        return i + 4 if text_at(toks, i + 3) == "." else i + 3
    return None


def authors_at(toks: list[Tok], i: int) -> Names | None:
    """An author list read forwards ("Ostrom & Ostrom", "Parks, et al.", "Durose, Mangan,
    & Rees, with Hilton", German "Bogumil/Holtkamp", Spanish "Ostrom y Ostrom")."""
    first = name_at(toks, i)
    if first is None:
        return None
    names = [first[0]]
    j = first[2]
    et_al = False
    while True:
        k = j
        if text_at(toks, k) == ",":
            k += 1
        joined = text_at(toks, k) in AUTHOR_CONNECTORS or text_at(toks, k) in ("with", "/")
        if joined and _et_al_at(toks, k) is None:
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
        if tok.text in ("E", "I") and text_at(toks, i + 1) == "." and text_at(toks, i + 2) in "ge":
            i += 2
            continue
        if _abbreviation_capital(toks, i):
            i += 2  # "z. B." (German "e.g."): the capital is no initial
            continue
        prefix_word = tok.kind == "W" and (tok.text[0].islower() or tok.text in PREFIX_WORDS)
        if not prefix_word and not (tok.kind == "P" and tok.text in ",.:"):
            break
        i += 1
    return i


def _abbreviation_capital(toks: list[Tok], i: int) -> bool:
    """True for the capital letter of an abbreviation such as "z. B." or "v. a.": a
    letter and full stop right after a lower-case letter and full stop, which no name's
    initials follow."""
    tok = toks[i]
    return (
        i >= 2
        and len(tok.text) == 1
        and tok.text.isupper()
        and text_at(toks, i + 1) == "."
        and toks[i - 1].text == "."
        and len(toks[i - 2].text) == 1
        and toks[i - 2].text.islower()
    )


def _only_closing(toks: list[Tok], i: int) -> bool:
    return all(t.text in ".," for t in toks[i:])


def _trailing_comment(toks: list[Tok], i: int) -> bool:
    return text_at(toks, i) == "," and i + 1 < len(toks) and toks[i + 1].text[:1].islower()


def _comment_word(toks: list[Tok], i: int) -> bool:
    """A lower-case word that opens a comment after a citation ("for a review", "cited
    in"), not a connector between two works."""
    return (
        i < len(toks)
        and toks[i].kind == "W"
        and toks[i].text[:1].islower()
        and toks[i].text not in ("and", "et")
    )


def _after_comment_words(toks: list[Tok], i: int) -> int:
    """Past up to four lower-case comment words and the punctuation among them."""
    j = i
    while j < len(toks) and j - i < 6 and (_comment_word(toks, j) or text_at(toks, j) in ",:"):
        j += 1
    return j


def parse_segment(toks: list[Tok], inherited: CitedWork | None = None) -> list[CitedWork]:
    """The works of one ";"-separated part of a parenthesis, or [] when it is not a
    citation. `inherited` supplies the authors of a bare year list ("Ostrom, 1990; 1996")."""
    prefix_end = _prefix_end(toks)
    prefix = prefix_text(toks, prefix_end)
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
        if comment_follows:
            # "(Sharp, 1980, cited in Brudney & England, 1983)": a comment may lead on to
            # further works.
            i = _after_comment_words(toks, i)
        names = authors_at(toks, i)
        if names is not None and (
            len(names.names) == 1
            and not is_cited_name(names.names[0].split(), text_at(toks, i - 1))
        ):
            names = None
        names = names or quoted_title_at(toks, i)
        if names is None:
            return works if comment_follows else []
        j = names.next + 1 if text_at(toks, names.next) == "," else names.next
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
        if _comment_word(toks, j):
            # "(see Brandsen et al. 2018 for a review)"
            comment_follows, i = True, j
            continue
        if text_at(toks, j) not in (",", "&", "and"):
            return []
        comment_follows = _trailing_comment(toks, j)
        i = j + 1
        if text_at(toks, i) in ("&", "and"):
            i += 1


def parse_group(toks: list[Tok]) -> list[CitedWork]:
    """Every cited work in the tokens of a parenthesis: "(Ostrom, 2000; Fung, 2004)".
    ABNT separates the authors of one work by semicolons too, in capitals: "(SALM;
    MENEGASSO, 2010)" cites one work of two authors."""
    works: list[CitedWork] = []
    segment: list[Tok] = []
    authors: list[Tok] = []  # ABNT's authors so far, when the next segment goes on in capitals
    previous: CitedWork | None = None
    for tok in [*toks, Tok("P", ";", -1, -1)]:
        if tok.text != ";":
            segment.append(tok)
            continue
        if authors and segment[:1] and _capitals_names_only(segment[:1]):
            segment = [*authors, Tok("P", "&", segment[0].start, segment[0].start), *segment]
        authors = []
        found = parse_segment(segment, previous) if segment else []
        if not found and _capitals_names_only(segment):
            authors = segment
        works.extend(found)
        previous = found[-1] if found else None
        segment = []
    return works


def _capitals_names_only(toks: list[Tok]) -> bool:
    """The tokens are family names in capitals, as ABNT cites them ("SALM", "SALM &
    MENEGASSO"), and nothing else."""
    words = [t for t in toks if t.kind == "W"]
    return bool(words) and all(
        (t.kind == "W" and t.text.isupper() and len(t.text) > 1) or t.text == "&" for t in toks
    )


def years_only(toks: list[Tok]) -> list[YearRef] | None:
    """The years of a narrative citation's parenthesis ("1983", "2009, p. 183",
    "2002, 2009"), or None when it holds anything else."""
    found = years_at(toks, 0, semicolons=True)
    if found is None or not _only_closing(toks, found[1]):
        return None
    return found[0]
