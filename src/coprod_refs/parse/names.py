"""Author and editor strings to people and corporate bodies.

Handles the forms reference lists use: "Bovaird, T., & Loeffler, E.", "Tony Bovaird and
Elke Loeffler", Vancouver "Peters OA, de la Macorra JC", mixed "Lee, L. L., W. E. Howard,
and R. E. Marsh", particles (van, de, von, della...), suffixes (Jr., III), "et al.",
corporate bodies ("Welsh Government"), a missing comma between two authors
("Stephens, L. Slay, J.") and repeated initials ("T. Bovaird, T.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from coprod_refs.model.extracted import Name
from coprod_refs.model.trusted import trusted
from coprod_refs.parse.features import lexicon_hit, reads_as_place
from coprod_refs.parse.marks import FOREIGN_ET_AL
from coprod_refs.parse.section_lines import list_marker
from coprod_refs.text.letters import CAPITALS, SMALL
from coprod_refs.text.word_cache import word_cache

#: Longest author string read; the rest is ignored (an author list is rarely > 2,000 chars).
MAX_NAMES_CHARS = 3000

PARTICLES = frozenset(
    "van von de der den del della dell' di da du des la le ter ten zu zur dos das d' dei "
    "degli vom af av bin ibn al el".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv jnr snr".split())
_CORPORATE_WORDS = frozenset(
    """
    academy administration agency alliance association assembly authority bank board
    bureau centre center college commission committee community company corporation
    council department dept division foundation fund government group inc institut
    institute institution league limited ltd ministry movement network nations office
    organisation organization panel parliament partnership party press programme program
    project school service services society survey team trust union unit university
    world health forum consortium collaboration coalition federation commonwealth
    centers centres institutes agencies councils ministries departments offices
    treasury audit court tribunal senate congress observatory international
    associates partners consulting consultants plc gmbh llc
    stiftung bundestag bundesrat bundesministerium ministerium bundesamt amt kommission
    regierung landtag verband verein ministerie gemeente raad commissie rijksoverheid
    ministère ministre conseil assemblée observatoire ministerio consejo ayuntamiento
    gobierno ministero consiglio comune regione istituto fondazione
    ministério governo prefeitura secretaria secretaría conselho fundação fundación
    câmara instituto comissão comisión agência agencia
    badan kementerian dinas lembaga direktorat pusat universitas yayasan
    bakanlığı üniversitesi kurumu derneği vakfı
    """.split()
)
_FUNCTION_WORDS = frozenset("of for the and on in to at des du pour für der die das".split())

_ET_AL = re.compile(
    r"(?:,?\s*[\[(]?\s*(?:et\s*al(?:ii|ia)?\b\.?|and\s+others|u\.\s?a\.|et\s+coll\b\.?|e\.a\.|и\s+др\."
    rf"|(?-i:\b{FOREIGN_ET_AL})(?=[\s,;:)\]]|$)"
    r"|(?-i:vd)\.(?=\s|,|$)|(?-i:i\s+in)\.|(?-i:idr)\.)"
    r"\s*[\])]?)",
    re.IGNORECASE,
)
_LEAD_ROLE = re.compile(
    r"^\s*(?:\(?\s*eds?\.?\s+by\b|\(\s*(?:eds?|éds?|dir|hrsg|hg)\.\)?|\(\s*eds?\s*:|eds?\s*:|\(\s*eds?\s(?=[A-Z])|in\s*[:,]|in\b|editors?\s(?=[A-Z])|edit\.\s(?=[A-Z])|\(?\s*edited\s+by|eds?\.|by\b|translated\s+by|trans\.(?:\s+by)?|"
    r"transl\.|hrsg\.(?:\s+v(?:on|\.))?|hg\.\s+v(?:on|\.)|sous\s+la\s+direction\s+de|dir\.|with\b|a\s+cura\s+di|"
    r"dans,?\s|en,?\s|(?-i:eds?|Eds)\s|éds?\.|под\s+(?:общ\.\s+)?ред\.)"
    r"\s*",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    r"eds?|edd|edt|editors?|editores|editoras?|éditeurs?|ed\.\s*lit|hrsgs?|hrg|(?-i:[Hh]gg?)|dir|dirs|coords?|comps?|trans|transl|"
    r"translators?|"
    r"directors?|producers?|éds?|édit|redacteur(?:en|s)?|red|szerk|toim|ur|orgs?|org|coord|a\s+cura\s+di|"
    r"sous\s+la\s+direction\s+de"
)
_TRAIL_ROLE = re.compile(
    rf"(?:^|[\s,]+)[\(\[]?\s*(?:{_ROLE_WORDS})\s*\.?\s*[\)\]]?[\s.,:;]*$", re.IGNORECASE
)
_ROLE_TAIL = 40
#: Substrings every role word of _ROLE_WORDS holds (lower case), checked before the pattern.
_ROLE_HINTS = (
    "ed", "hrsg", "hg", "dir", "coord", "comp", "trans", "producer", "éd", "org", "cura", "szerk",
    "toim", "ur.",
)  # fmt: skip
#: Substrings every form of "et al." that _ET_AL reads holds (lower case).
_ET_AL_HINTS = (
    "al", "others", "u.", "coll", "e.a.", "др.", "vd.", "i in.", "idr.", "colab.", "col.",
    "cols.", "m.fl.", "m. fl.", "ym.",
)  # fmt: skip
#: Any of the hints, found by one scan of the text (as `hint in text` for each).
_ROLE_HINT = re.compile("|".join(map(re.escape, _ROLE_HINTS)))
_ET_AL_HINT = re.compile("|".join(map(re.escape, _ET_AL_HINTS)))
_EDITOR_MARK = re.compile(
    r"[\(\[]\s*(?:eds?|edd|edt|editors?|hrsg|hrg|(?-i:[Hh]gg?)|dirs?|coords?|éds?|édit|orgs?|red|szerk|toim|ur|arg|"
    r"a\s+cura\s+di|sous\s+la\s+direction\s+de)\.?\s*[\)\]]|"
    r"(?:^|[\s,])(?:eds?\.|editors?|éditeurs?|redacteur(?:en|s)?|edited\s+by|hrsg\.|(?-i:[Hh]g)\.|éds?\.|dir\.|coords?\.|\(?eds?\)?"
    r"|(?-i:red|toim|szerk)\.)"
    r"(?=[\s,.:;)]|$)",
    re.IGNORECASE,
)
#: The words that say a name string's people are translators, in the languages of the
#: reference lists read: "Trans.", "Translated by", "transl.", "tr.", "(trans.)",
#: "trad. par", "Trad fr. par", "traduit par", "traducido por", "tradução de",
#: "übersetzt von", "übers. v.", "tłum.", "vertaald door", "översatt av". "a cura di"
#: (edited by) is an editor's mark, not a translator's.
_TRANSLATOR_WORDS = (
    r"translated(?:\s+from\s+the\s+\w+|\s+from\s+\w+)?(?:\s+by)?|translators?|"
    r"trans\.?\s*by|trans\b\.?|transl\b\.?|tr\.|"
    r"trad(?:\.|\s+(?=(?:fr|it|esp|ingl?|port|all)\.))(?:\s*(?:fr|it|esp|ingl?|port|all)\.)?"
    r"(?:\s+(?:par|di|de|da|por|by)\b)?|"
    r"tradu(?:it|ite|cido|cida|zido|zida|ction|cción|ção|zione)\b"
    r"(?:\s+et\s+annot\w*)?(?:\s+(?:par|de|por|di|da)\b)?|"
    r"(?:ü|ue|u)bers(?:etzt)?\b\.?(?:\s+v(?:on\b|\.))?|"
    r"tłum\.|vertaald\s+door|översatt\s+av"
)
_TRANSLATOR_ROLE = re.compile(
    rf"[(\[]?\s*(?<![\w.])(?:{_TRANSLATOR_WORDS})(?!\w)"
    r"(?:\s*[;,]?\s*(?:\d{4}|\d(?:st|nd|rd|th))\s+ed\.)?\s*[)\]]?",
    re.IGNORECASE,
)
#: Where a title runs on into its translators: a clause their words open ("… Gesellschaft.
#: Übersetzt von J. Smith", "… Amérique, traduit par J. Dupont") or a last bracket they
#: close ("Distinction (R. Nice, Trans.)").
_TITLE_TRANSLATORS = re.compile(
    rf"[.,;:]\s+(?=(?:{_TRANSLATOR_WORDS})(?!\w))|\s*(?=[(\[][^()\[\]]+[)\]]$)", re.I
)
#: How every translator word of `_TRANSLATOR_WORDS` begins, and how far from a title's
#: end such a word is looked for.
_TRANSLATOR_HINT = re.compile(
    r"(?i)\b(?:tr\.|trans(?:\b|l)|trad(?:\b|u)|[üu]e?bers|tłum|vertaald|översatt)"
)
_TITLE_TAIL = 200
#: Editor phrases without brackets that `_EDITOR_MARK` leaves to the context it is used in.
_EDITED_BY = re.compile(
    r"\b(?:a\s+cura\s+di|sous\s+la\s+direction\s+de|herausgegeben\s+von|hrsg\.\s+v)", re.I
)
#: An acronym of three capitals or more before a name: "NHS England", "WHO Europe".
_ACRONYM_FIRST = re.compile(r"[A-Z]{3,}\s+[A-Z][a-z]")
_NOISE_HINT = re.compile(r"[*†‡§¶#\d]")
_NOISE = re.compile(r"[*†‡§¶#]+|(?:(?<=[^\W\d_])|(?<=\.))\d+(?:,\d+)*")
#: What parts two people of a list: a semicolon (with "and" after it: "Aligica, P.; and
#: Tarko, V."), a slash, "and" in the languages of the lists read (Indonesian "dan",
#: Persian "و"), a dash, an ellipsis.
_CONNECTOR = re.compile(
    r"\s*(?:;(?:\s+(?:and|&|und|et)(?=\s))?|/"
    r"|\s(?:and|&|und|(?-i:y|e|dan)|و|et|og|och|en|és|ja|ve|u\.|[-–—])\s|\s&|&\s|…|\.\.\.)\s*",
    re.IGNORECASE,
)
#: Czech and Slovak "a", Polish and Croatian "i" (and) after an initial or a name in
#: capitals, or before an initial: "ALIGICA, P. a V. TARKO", "S. WATSON a A. MORAN",
#: "Kowalski J. i Nowak P.", "S. Watson i A. Moran";
#: Slovenian "in" between inverted names: "Aligica, P. in Tarko, V.", "Aligica, P., in
#: Tarko, V.".
_SMALL_AND = re.compile(
    r"(?:(?<=\.)|(?<=[A-ZÀ-ÖØ-Þ])) [ai] (?=\w)"
    r"|(?<=[a-zà-ÿ]) [ai] (?=(?:[A-Z]\.\s?)+(?:[a-z]{1,3}\s){0,2}[A-ZÀ-Þ][a-zà-ÿ])"
    r"|(?<=\.),? in (?=(?:[a-z]{2,3} )*[A-ZÀ-Þ][\w'’-]+, [A-Z]\.)"
)
#: Families each followed by dotted initials, with no commas between the people (as
#: some zoology journals print them): "Brandsen T. Trommel W. & Verschuere B.", or with no
#: full stop after the last (the Institute of Physics' Chinese journals): "Aligica P. Tarko
#: V".
_DOTTED_PAIRS = re.compile(
    r"^(?:[A-Z][\w'’-]+ (?:[A-Z]\.){1,3} ){1,8}(?:(?:&|and|und|et|y) )?"
    r"[A-Z][\w'’-]+ (?:[A-Z]\.){0,2}[A-Z]\.?$"
)
_PAIR_BREAK = re.compile(r"(?<=\.) (?=[A-Z][\w'’-]+ [A-Z](?:\.|$))")
#: People named initials first, with no commas between them (as some law and social
#: science journals print them): "T Bovaird M Willis and I Briggs".
_UNDOTTED_PEOPLE = re.compile(
    r"^(?:[A-Z]{1,3} (?:[a-z]{1,3} ){0,2}[A-Z][\w'’-]+ ){2,8}(?:&|and|und|et|y) "
    r"[A-Z]{1,3} (?:[a-z]{1,3} ){0,2}[A-Z][\w'’-]+$"
)
_PERSON_BREAK = re.compile(
    r"(?<=[\w'’-])(?<! and)(?<! und)(?<! et)(?<! y) "
    r"(?=[A-Z]{1,3} (?:[a-z]{1,3} ){0,2}[A-Z][\w'’-]+)"
)
#: People named family name first with undotted initials and no commas between them (as
#: SAGE's social science journals print a book's editors): "Kassen TR Cepiku D and Lah TJ".
_UNDOTTED_FAMILY_FIRST = re.compile(
    r"^(?:(?:[a-z]{1,3} ){0,2}[A-Z][\w'’-]+ [A-Z]{1,3} ){1,8}(?:&|and|und|et|y) "
    r"(?:[a-z]{1,3} ){0,2}[A-Z][\w'’-]+ [A-Z]{1,3}$"
)
#: The space after such a name's initials, before the next family name.
_INITIALS_BREAK = re.compile(r"\b([A-Z]{1,3}) (?=(?:[a-z]{1,3} ){0,2}[A-Z][a-z])")
_INITIAL_WORD = re.compile(
    rf"^(?:[{CAPITALS}]\.?[-‐]?){{1,3}}$|^[{CAPITALS}][{SMALL}]?\.$|^(?:[{CAPITALS}]\.){{4,5}}$"
)
_DOTTED = re.compile(rf"(?<=[{CAPITALS}]\.)(?=[{CAPITALS}])")


class _Kind(Enum):
    INITIALS = "initials"
    SUFFIX = "suffix"
    WORD = "word"
    NATURAL = "natural"
    FAMILY_FIRST = "family-first"
    MULTI = "multi"


@dataclass
class NameList:
    """Names read from one string, and whether it ended in "et al." (or "and others")."""

    names: list[Name] = field(default_factory=list)
    et_al: bool = False


def has_editor_marker(text: str) -> bool:
    """True when a name string says its people are editors ("(Eds.)", "ed.", "edited by")."""
    return bool(_EDITOR_MARK.search(text[:MAX_NAMES_CHARS]))


def opening_et_al(text: str) -> str:
    """The "et al." that opens `text` in any of the forms lists print ("et al.,", Polish
    "i in.", German "u. a."), or "" when none does: a list's end that a title began with."""
    match = _ET_AL.match(text)
    return text[: match.end()] if match and match.group().strip(" ,") else ""


def has_translator_marker(text: str) -> bool:
    """True when a name string says its people are translators ("Trans.", "translated
    by", "(tr.)", "trad. par", "übersetzt von"), as a reference prints them."""
    return bool(_TRANSLATOR_ROLE.search(text[:MAX_NAMES_CHARS]))


def marked_role(text: str) -> str:
    """The role a name string's own words give its people: "translator" ("Trans. R.
    Nice"), "editor" ("(Eds.)", "a cura di", "sous la direction de"), or "" when it
    says neither. A translator's mark wins ("(C. Tiercelin, Trans. 2000 ed.)")."""
    if has_translator_marker(text):
        return "translator"
    if has_editor_marker(text) or _EDITED_BY.search(text[:MAX_NAMES_CHARS]):
        return "editor"
    return ""


def parse_translator_list(text: str) -> NameList:
    """The translators a translator string names ("Trans. R. Nice", "(J. Smith,
    Trans.)", "übersetzt von J. Smith"): its translator words left out, the rest read as
    `parse_name_list` reads any names. Only people are kept: what reads as a body in such
    a string is a stray page count or title, not a translator."""
    names = parse_name_list(_TRANSLATOR_ROLE.sub(" ", text[:MAX_NAMES_CHARS]))
    people = [n for n in names.names if not n.is_body and _is_family_name(n.family)]
    return NameList(people, names.et_al)


def split_title_translators(title: str) -> tuple[str, str]:
    """(title, translators' clause) of a title that runs on into its translators, as a
    parse may read them: "Wirtschaft und Gesellschaft. Übersetzt von J. Smith",
    "Distinction (R. Nice, Trans.)"; (title, "") when it names none. The clause must be
    marked as translators' and name a person."""
    if title[-1:] not in ")]" and not _TRANSLATOR_HINT.search(title, len(title) - _TITLE_TAIL):
        return title, ""  # no translator word near the end: the pattern cannot match
    for found in _TITLE_TRANSLATORS.finditer(title):
        clause = title[found.end() :]
        if has_translator_marker(clause) and parse_translator_list(clause).names:
            return title[: found.start()].rstrip(" .,;:"), clause
    return title, ""


def _is_family_name(family: str) -> bool:
    """A family name has two letters or more and no digits ("Nice"; not "219", "p")."""
    return sum(c.isalpha() for c in family) >= 2 and not any(c.isdigit() for c in family)


@word_cache(50_000)
def _is_initial(word: str) -> bool:
    """True for an initial ("J.", "J.-P.", "Ch."), cached per word form."""
    return bool(_INITIAL_WORD.match(word)) and not _is_suffix(word)


def _is_caps_initials(word: str, longest: int = 3) -> bool:
    """Vancouver-style initials without dots ("JJ", "OA"); up to four ("VJJM") where a
    family name comes first, since a lone "NASA" is more likely a body."""
    return 1 <= len(word) <= longest and word.isalpha() and word.isupper()


def _is_suffix(word: str) -> bool:
    return word.lower().rstrip(",") in _SUFFIXES


@word_cache(50_000)
def _kind(part: str) -> _Kind:
    words = part.split()
    if len(words) > 1 and _caps_family_after_initials(words):
        return _Kind.NATURAL  # "C. GRAY", "T. J. LAH": no Vancouver initials after dotted ones
    if all(_is_initial(w) or _is_caps_initials(w) for w in words):
        return _Kind.INITIALS
    if len(words) == 1:
        return _Kind.SUFFIX if _is_suffix(words[0]) else _Kind.WORD
    first, last = words[0], words[-1]
    if _is_initial(last) or (_is_caps_initials(last, 4) and not _is_caps_initials(first)):
        return _Kind.FAMILY_FIRST
    if _is_initial(first):
        return _Kind.NATURAL
    return _Kind.MULTI


def _caps_family_after_initials(words: list[str]) -> bool:
    """Dotted initials, then a family name in capitals short enough to pass for initials
    ("C. GRAY", "T. J. LAH", "D. LEE")."""
    last = words[-1]
    return (
        "." not in last
        and len(last) >= 2
        and last.isalpha()
        and last.isupper()
        and all("." in w and _is_initial(w) for w in words[:-1])
    )


def _is_corporate(text: str) -> bool:
    if _has_body_word(text.split()):
        return True
    if _is_natural_with_initials(text.split()):
        return False  # "Viktor J. J. M. Bekkers": one person however many initials
    raw_words = [w.strip(".,;:()") for w in text.split()]
    words = [w.lower() for w in raw_words]
    if len(words) > 1 and any(w in _FUNCTION_WORDS for w in words[1:-1]):
        return True
    long_caps = [w for w in raw_words if len(w) >= 4 and w.isalpha() and w.isupper()]
    if len(raw_words) == 4 and not lexicon_hit("known_given_names", raw_words[0]):
        # Four names with no known given name first: a body ("Think Local Act Personal").
        return not any(w in PARTICLES or _is_initial(w) for w in raw_words)
    return len(raw_words) > 4 or bool(long_caps and len(raw_words) > 1)


@word_cache(50_000)
def _tidy_given(given: str) -> str:
    """Given names as written, with Vancouver initials dotted ("OA" -> "O. A.")."""
    given = " ".join(given.split()).strip(" ,;")
    bare = given.rstrip(".")
    if _is_caps_initials(bare, 4) and "." not in bare:
        return " ".join(f"{c}." for c in bare)
    words = bare.split()
    if len(words) > 1 and all(len(w) == 1 and w.isupper() for w in words):
        return " ".join(f"{w}." for w in words)
    return _DOTTED.sub(" ", given)


def _split_particle(words: list[str]) -> tuple[str, str]:
    """(particle, family) from the family words: lower-case leading particles split off."""
    i = 0
    while i < len(words) - 1 and words[i].lower() in PARTICLES and words[i][:1].islower():
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def _person(family_words: list[str], given: str, suffix: str = "") -> Name:
    if family_words and _is_suffix(family_words[-1]) and len(family_words) > 1:
        suffix = suffix or family_words[-1]
        family_words = family_words[:-1]
    if " " in given and given.rsplit(None, 1)[-1].lower() in PARTICLES:
        # Dutch lists put the particle after the initials: "Eijk, C. van", and ABNT in
        # capitals: "MEERKERK, I. VAN".
        given_words = given.split()
        trailing = len(given_words)
        while trailing > 1 and given_words[trailing - 1].lower() in PARTICLES:
            trailing -= 1
        family_words = given_words[trailing:] + family_words
        given = " ".join(given_words[:trailing])
    if given and _in_capitals(family_words):
        family_words = _out_of_capitals(family_words)
    particle, family = _split_particle(family_words)
    if suffix.lower() in ("jr", "sr"):
        suffix += "."
    # Built from values known to be strings, without pydantic's per-field validation.
    return trusted(
        Name,
        {
            "family": family.strip(" ,;"),
            "given": _tidy_given(given),
            "particle": particle,
            "suffix": suffix,
            "literal": "",
        },
    )


_NAME_PIECE = re.compile(r"([-'’])")


def _in_capitals(words: list[str]) -> bool:
    """A family name printed in capitals, its particles aside ("SILVA", "da SILVA")."""
    if not words or not words[-1].isupper():
        return False  # the cheap test first: most family names end in lower case
    named = [w for w in words if w.lower() not in PARTICLES]
    return bool(named) and all(w.isupper() for w in named)


def _out_of_capitals(words: list[str]) -> list[str]:
    """A family name printed in capitals, as French, Brazilian and other styles print it
    ("BOVAIRD", "VAN EIJK", "O'BRIEN", "SALM-PFEIFFER"), in the capitals of the name:
    "Bovaird", "van Eijk", "O'Brien", "Salm-Pfeiffer", "McDonald". The capitals are the
    style's, not the name's (only "Mac" names keep no inner capital: "MACDONALD" may be
    "Macdonald" or "MacDonald", and "MACHADO" is no "Mac" name)."""
    out = []
    for i, word in enumerate(words):
        if i < len(words) - 1 and word.lower() in PARTICLES:
            out.append(word.lower())
        else:
            out.append("".join(map(_piece_out_of_capitals, _NAME_PIECE.split(word))))
    return out


def _piece_out_of_capitals(piece: str) -> str:
    """One piece of a name between hyphens and apostrophes, from capitals: "Bovaird",
    "McDonald" (a "Mc" prefix keeps the capital after it)."""
    if len(piece) > 3 and piece[:2].lower() == "mc" and piece[2].isalpha():
        return "Mc" + piece[2].upper() + piece[3:].lower()
    return piece[:1].upper() + piece[1:].lower()


def _natural(words: list[str]) -> Name:
    """A name in reading order: given names, particles, family name, maybe a suffix."""
    suffix = ""
    if len(words) > 1 and _is_suffix(words[-1]):
        suffix = words[-1]
        words = words[:-1]
    if all(w in PARTICLES and w[:1].islower() for w in words[:-1]):
        return _person(words, "", suffix)  # "van Meerkerk": a family name alone
    family_start = len(words) - 1
    # Particles join the family name, capitalised ones too when a given name stays
    # before them ("Gregg G. Van Ryzin", "S. Van de Walle"; but "Van Morrison").
    while family_start > 1 and words[family_start - 1].lower() in PARTICLES:
        family_start -= 1
    return _person(words[family_start:], " ".join(words[:family_start]), suffix)


def _given_name_second(words: list[str]) -> bool:
    """ "Ostrom Elinor", "Bovaird Tony": two words, the second a known given name and the
    first not (French lists print the family name first, without a comma)."""
    return (
        len(words) == 2
        and lexicon_hit("known_given_names", words[1])
        and not lexicon_hit("known_given_names", words[0])
    )


def _lists_family_first(parts: list[str]) -> bool:
    """Whether a list's names put the family name first without a comma ("Nabatchi Tina,
    Sancino Alessandro et Sicilia Mariafrancesca", "Parks Roger B., Kiser Larry"): one of
    its two-word names ends with a known given name, or one has a given name and
    initials after a family name with a known given name or a two-word name without
    initials beside it ("Corcoran Dunlop E." alone is a double family name); and no
    two-word name opens with a known given name while ending with another word."""
    pairs = [p.split() for p in parts if len(p.split()) == 2]
    with_initials = [w for p in parts if _given_and_initials_second(w := p.split())]
    if not (
        any(_given_name_second(words) for words in pairs)
        or any(lexicon_hit("known_given_names", words[1]) for words in with_initials)
        or (with_initials and any(not _is_initial(words[1]) for words in pairs))
    ):
        return False
    return not any(
        lexicon_hit("known_given_names", words[0])
        and not lexicon_hit("known_given_names", words[1])
        for words in pairs
    )


def _given_and_initials_second(words: list[str]) -> bool:
    """ "Parks Roger B.", "Vandivort Martha B.": a family name, a given name and
    initials, the order only a list with the family name first prints."""
    return (
        len(words) == 3
        and _is_initial(words[2])
        and words[1][:1].isupper()
        and not _is_initial(words[1])
        and words[1].lower() not in PARTICLES
        and words[0][:1].isupper()
    )


def _family_first(words: list[str], listed_first: bool = False) -> Name:
    """ "Heidegger M." / "de la Macorra JC": family words, then initials; French lists'
    "Whitaker Gordon P." keeps a given name before the initials with them when it is a
    known one or the list puts family names first (`listed_first`)."""
    cut = len(words)
    while cut > 1 and (_is_initial(words[cut - 1]) or _is_caps_initials(words[cut - 1], 4)):
        cut -= 1
    if (
        cut > 1
        and words[cut - 1][:1].isupper()
        and (listed_first or lexicon_hit("known_given_names", words[cut - 1]))
        and not lexicon_hit("known_given_names", words[0])
    ):
        cut -= 1
    return _person(words[:cut], " ".join(words[cut:]))


def _split_missing_comma(part: str) -> tuple[str, str] | None:
    """ "L. Slay" -> ("L.", "Slay"): initials then a family name, for a lost comma."""
    words = part.split()
    cut = 0
    while cut < len(words) and _is_initial(words[cut]):
        cut += 1
    if 0 < cut < len(words):
        return " ".join(words[:cut]), " ".join(words[cut:])
    return None


def _names_of_chunk(parts: list[str], opening: bool, family_first: bool = False) -> list[Name]:
    """Names from the comma-separated parts between two connectors; `opening` when the
    chunk opens the list, where Chicago and MLA invert the first name only ("Page,
    Walter Hines, and Arthur Wilson Page")."""
    names: list[Name] = []
    kinds = [_kind(p) for p in parts]
    for j in range(len(parts) - 1):
        if kinds[j] is _Kind.INITIALS and _short_family_in_capitals(parts[j], parts[j + 1]):
            kinds[j] = _Kind.WORD  # "LAH, T. J.": a short family name in capitals
    if opening and len(kinds) > 1 and _inverted_first(parts[0], kinds[0], kinds[1]):
        given_words = parts[1].split()
        if (
            len(given_words) <= 3
            and all(w[:1].isupper() for w in given_words)
            and not _is_corporate(parts[1])
        ):
            names.append(_person(parts[0].split(), parts[1]))
            parts, kinds = parts[2:], kinds[2:]
    i = 0
    while i < len(parts):
        part, kind = parts[i], kinds[i]
        nxt = kinds[i + 1] if i + 1 < len(parts) else None
        if kind is _Kind.NATURAL and nxt is _Kind.INITIALS:
            name = _natural(part.split())
            if _same_initials(name.given, parts[i + 1]):
                names.append(name)
                i += 2
                continue
        if kind in (_Kind.WORD, _Kind.MULTI, _Kind.NATURAL) and (
            nxt is _Kind.INITIALS
            or (
                nxt in (_Kind.WORD, _Kind.FAMILY_FIRST)
                and not (family_first and kind is _Kind.MULTI)
            )
        ):
            given = parts[i + 1]
            after = kinds[i + 2] if i + 2 < len(parts) else None
            if nxt is _Kind.FAMILY_FIRST and after is _Kind.INITIALS:
                names.append(_family_first(part.split(), family_first))
                i += 1
                continue
            suffix = ""
            step = 2
            if after is _Kind.SUFFIX:
                suffix, step = parts[i + 2], 3
            names.append(_person(part.split(), given, suffix))
            i += step
            continue
        if kind is _Kind.MULTI and nxt is _Kind.NATURAL and _reading_order_pair(part, parts[i + 1]):
            names.append(_natural(part.split()))  # "Victor Pestoff, T. Brandsen, & …"
            i += 1
            continue
        if kind in (_Kind.WORD, _Kind.MULTI) and nxt is _Kind.NATURAL:
            split = _split_missing_comma(parts[i + 1])
            after = kinds[i + 2] if i + 2 < len(parts) else None
            if split and after is _Kind.INITIALS:
                names.append(_person(part.split(), split[0]))
                parts[i + 1] = split[1]
                kinds[i + 1] = _kind(split[1])
                i += 1
                continue
            names.append(_person(part.split(), parts[i + 1]))
            i += 2
            continue
        if kind is _Kind.FAMILY_FIRST:
            names.append(_family_first(part.split(), family_first))
        elif (
            kind is _Kind.MULTI
            and (family_first or _given_name_second(part.split()))
            and len(part.split()) == 2
        ):
            family, given = part.split()
            names.append(_person([family], given))
        elif kind is _Kind.MULTI and (capitals := _capitals_family(part.split())) is not None:
            names.append(capitals)
        elif kind is _Kind.NATURAL or (kind is _Kind.MULTI and not _is_corporate(part)):
            names.append(_natural(part.split()))
        elif kind in (_Kind.WORD, _Kind.MULTI):
            names.append(Name(literal=part))
        elif kind is _Kind.SUFFIX and names and not names[-1].suffix and not names[-1].is_body:
            names[-1] = names[-1].model_copy(update={"suffix": part})
        elif kind is _Kind.INITIALS and names and not names[-1].given and not names[-1].is_body:
            names[-1] = names[-1].model_copy(update={"given": _tidy_given(part)})
        i += 1
    return names


def _short_family_in_capitals(part: str, after: str) -> bool:
    """Whether a part shaped as undotted initials ("LAH", "COX") is a family name in
    capitals: dotted initials follow it ("LAH, T. J.")."""
    return (
        len(part) > 1
        and part.isalpha()
        and part.isupper()
        and "." in after
        and all(_is_initial(w) for w in after.split())
    )


def _reading_order_pair(first: str, second: str) -> bool:
    """Whether two comma parts are two people in reading order ("Victor Pestoff", "T.
    Brandsen"), not one inverted name ("Smith, J. Robert", "Van Ryzin, G. Gregg"): the
    first is two words, a known given name and a family name, the second initials and
    one family name."""
    words, after = first.split(), second.split()
    return (
        len(words) == 2
        and words[0].lower() not in PARTICLES
        and lexicon_hit("known_given_names", words[0])
        and words[1][:1].isupper()
        and not _is_corporate(first)
        and not lexicon_hit("known_given_names", words[1])
        and len(after) >= 2
        and all(_is_initial(w) for w in after[:-1])
        and after[-1][:1].isupper()
        and not lexicon_hit("known_given_names", after[-1])
    )


def _is_capitals_word(word: str) -> bool:
    """A word printed in capitals that no initial is: "BOVAIRD", "VAN", "OPIPARI-ARRIGAN"."""
    core = word.rstrip(".,;")
    return (
        core.isupper()
        and len(core) >= 2
        and core.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and (not _is_initial(word) or word.lower() in PARTICLES)
    )


def _is_given_word(word: str) -> bool:
    """A given name as printed beside a family name in capitals: "Tony", "Pierre-Yves",
    "C.", "Kjærgaard"."""
    return _is_initial(word) or (
        word[:1].isupper() and word[1:] == word[1:].lower() and any(c.isalpha() for c in word)
    )


def _capitals_family(words: list[str]) -> Name | None:
    """ "BOVAIRD Tony", "Paula C. BAKER", "VAN RYZIN Gregg G.": French and other styles
    print the family name in capitals, so the capitals at one end of a name are its
    family name and the words at the other its given names. None for other shapes, and
    for a body's acronym before a place or a word ("NHS England", "WHO Europe"): a short
    capital word before full words needs a known given name among them ("MOORE Mick"
    needs "Mick" known, "BOVAIRD Tony" does not)."""
    if not 2 <= len(words) <= 5:
        return None
    caps = [_is_capitals_word(w) for w in words]
    if caps[0] == caps[-1]:
        return None  # capitals at both ends, in the middle or nowhere
    cut = caps.index(not caps[0])
    if any(caps[cut:]) if caps[0] else not all(caps[cut:]):
        return None
    family, given = (words[:cut], words[cut:]) if caps[0] else (words[cut:], words[:cut])
    if not all(_is_given_word(w) for w in given) or _has_body_word(words):
        return None
    if any(reads_as_place(w, words="places") for w in given if not _is_initial(w)):
        return None  # "NHS England", "WHO Europe"
    short = caps[0] and len(family) == 1 and len(family[0]) <= 6
    if short and not any(_is_initial(w) or lexicon_hit("known_given_names", w) for w in given):
        return None  # "NASA Goddard", "UNICEF Innocenti"
    return _person(family, " ".join(given))


def _inverted_first(first: str, kind: _Kind, second: _Kind) -> bool:
    """The opening two parts are one inverted name with full given names: "Page, Walter
    Hines", "Oliveira da Silva, Maria Clara"."""
    if kind is _Kind.WORD:
        return second is _Kind.MULTI
    words = first.split()
    return (
        kind is _Kind.MULTI
        and second in (_Kind.WORD, _Kind.MULTI)
        and any(w in PARTICLES for w in words[1:-1])
    )


def _same_initials(given: str, initials: str) -> bool:
    a = [c for c in given if c.isupper()]
    b = [c for c in initials if c.isupper()]
    return bool(a) and a == b


def _strip_trailing_role(text: str) -> str:
    """Remove a trailing "(Eds.)", ", eds." or "(Director)"; only the last words are
    searched, so the cost stays linear however long the string."""
    tail = text[-_ROLE_TAIL:].lower()
    if not _ROLE_HINT.search(tail):
        return text  # no role word at the end: the pattern cannot match
    if len(text) <= _ROLE_TAIL:
        return _TRAIL_ROLE.sub("", text)
    cut = text.find(" ", len(text) - _ROLE_TAIL)
    if cut < 0:
        return text
    return text[:cut] + _TRAIL_ROLE.sub("", text[cut:])


#: French lists print the given names in brackets after the family name: "DUPONT (J.)",
#: "Lefebvre (Henri)", "Folletete (Chr.)", "Dupont (J.-P.)".
_BRACKETED_GIVEN = re.compile(
    r"(?<=[\w'’.-])\s+\((?P<given>[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2})\)"
)


def _unbracket_given(text: str) -> str:
    """ "DUPONT (J.), MARTIN (P.)" as "DUPONT, J., MARTIN, P.": bracketed given names
    or initials after each family name. A bracketed abbreviation ("(WRR)"), a role word
    ("(Hg.)", "(dir.)") or anything in a body's name stays as printed."""
    if "(" not in text or _has_body_word(text.split()):
        return text

    def given(match: re.Match[str]) -> str:
        words = match.group("given")
        if _EDITOR_MARK.search("(" + words + ")") or _LEAD_ROLE.match(words):
            return match.group(0)
        if not all(_is_initial(w) or not w.isupper() for w in words.split()):
            return match.group(0)
        return ", " + words

    return _BRACKETED_GIVEN.sub(given, text)


#: A particle printed after the initials, as Vancouver lists print it: "Meerkerk I van",
#: "Berg JM van der", "Ryzin G. G. Van" (not after a given name: "Silva, João da").
_PARTICLE_AFTER_INITIALS = re.compile(
    r"(?<![^\s,;&])(?P<family>[A-ZÀ-Ý][\w'’-]+) (?P<initials>(?:[A-Z]\.?\s?){1,3})"
    r" (?P<particles>(?i:van|von|de|der|den|du|da|dos|di|del|della|ter|ten)"
    r"(?: (?i:van|de|der|den|la|le|ter|ten))*)(?=\.?\s*(?:[,;&]|\(|$|and\s))"
)


#: A particle ending a name, the cheap test before _PARTICLE_AFTER_INITIALS (a pattern
#: opening with a literal space is searched fast).
_PARTICLE_ENDING_NAME = re.compile(
    r" (?:[vV][ao]n|[dD](?:[aeiu]|e[rn]|os|el|ella)|[tT]e[rn])(?=\.?\s*(?:[,;&(]|$|and\s))"
)


def _particle_before_family(text: str) -> str:
    """ "Meerkerk I van" as "van Meerkerk I": the particle back before the family name."""
    return _PARTICLE_AFTER_INITIALS.sub(
        lambda m: f"{m['particles']} {m['family']} {m['initials'].strip()}", text
    )


def _clean(text: str) -> tuple[str, bool]:
    text = " ".join(text[:MAX_NAMES_CHARS].split())
    # A list item's bullet copied before the first name ("• Kranjc, Gregor", "- A.
    # Coudevylle"); a repeated-author dash ("———") is no bullet.
    marker = list_marker(text, dashes=True) if text[:1] and not text[0].isalnum() else None
    if marker is not None and marker[0] == "bullet":
        text = text[marker[2] :]
    et_al = False
    lower = text.lower()
    if _ET_AL_HINT.search(lower) and _ET_AL.search(text):
        et_al = True
        text = _ET_AL.sub(" ", text)
    if _NOISE_HINT.search(text):
        text = _NOISE.sub("", text)
    text = _unbracket_given(text)
    if _PARTICLE_ENDING_NAME.search(text):
        text = _particle_before_family(text)
    for _ in range(3):
        before = text
        text = _LEAD_ROLE.sub("", text)
        text = _strip_trailing_role(text)
        if text == before:
            break
    # A list number's full stop left before the names ("[48]." + ". Lusch R") is no name's.
    text = text.strip(" ,;:([)]").lstrip(". ")
    if text.count(")") > text.count("(") and text.rstrip(". ").endswith(")"):
        text = text.rstrip(". ")[:-1]  # "(Eds. Watson S., Moran A.)." lost its opening
    if text.count("(") > text.count(")"):
        text += ")"  # "Raad voor het Regeringsbeleid (WRR)" keeps its closing bracket
    return " ".join(text.split()), et_al


#: The words that stand for the names of the entry before, as the repeated-author dash
#: does: Latin "Id.", "Idem", "Eadem", "Iid.", German "Ders.", "Dies.".
_SAME_NAMES_WORDS = frozenset("id idem ead eadem iid iidem eid eaedem ders dies dieselbe".split())
#: How a record holds them: the dash of Chicago's and MLA's lists.
SAME_NAMES_MARK = "———"
#: A repeated-author dash as printed: "———", "---", "__".
_DASHES = re.compile(r"[-‐‒–—―_]{2,}")


def is_names_dash(text: str) -> bool:
    """Whether `text` is a repeated-author dash, which stands for the names of the entry
    before ("———.", "---,")."""
    return _DASHES.fullmatch(text.strip(" .,")) is not None


#: A full stop after a name written in full, before the next name's comma or at the end,
#: as styles that print given names whole with the stop meant for initials do:
#: "Nabatchi Tina., Sancino Alessandro." ("Jr." and initials keep theirs).
_STOP_AFTER_GIVEN_NAME = re.compile(r"(?<=[a-zà-ÿ]{2})\.(?=,|$)")
#: The small words that join names: what a list printed in capitals still prints small.
_JOINING_WORDS = re.compile(r"\b(?:and|und|et|y|e)\b")
#: A word of three letters or more: what is recased in a list printed in capitals.
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
#: A name's word of two letters or more, not an initial: "JO", "O’FLYNN", "SCHULZE-BÖING".
_WHOLE_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]+")


def _capitals_in_ordinary_case(text: str) -> str:
    """A list printed in capitals with given names in full, the first name inverted
    ("NABATCHI, TINA, ALESSANDRO SANCINO, and MARIAFRANCESCA SICILIA", as the journal
    Representation prints it), in ordinary case, so that family and given names part as
    in "Nabatchi, Tina, Alessandro Sancino, …"; unchanged unless the first family name
    and the word after its comma are whole words and a word of the list is a known given
    name (not a body, nor family names and initials: "GRAY C, LAH TJ", "ZHANG F., YE
    W.M.", nor "PERROT JEAN-CLAUDE")."""
    family, comma, rest = text.partition(",")
    head = family.split()
    given = rest.split(None, 1)
    if not (comma and 1 <= len(head) <= 2 and given):
        return text
    if not all(_WHOLE_WORD.fullmatch(w) for w in [*head, given[0].rstrip(".,;")]):
        return text
    if not any(lexicon_hit("known_given_names", w) for w in _LONG_WORD.findall(text)):
        return text
    return _LONG_WORD.sub(
        lambda m: m[0].lower() if m[0] in ("AND", "UND") else m[0].capitalize(), text
    )


def parse_name_list(text: str) -> NameList:
    """Names in an author or editor string, with the "et al." mark kept separately; a
    word standing for the names before ("Id.", "Idem") is held as the repeated-author
    dash."""
    cleaned, et_al = _clean(text)
    if not cleaned:
        return NameList([], et_al)
    if cleaned[:2].isupper() and _JOINING_WORDS.sub("", cleaned).isupper():
        cleaned = _capitals_in_ordinary_case(cleaned)
    if ". " in cleaned or cleaned.endswith("."):
        cleaned = _STOP_AFTER_GIVEN_NAME.sub("", cleaned)
    if "," not in cleaned and _DOTTED_PAIRS.match(cleaned):
        cleaned = _PAIR_BREAK.sub(", ", cleaned)
    elif "," not in cleaned and _UNDOTTED_PEOPLE.match(cleaned):
        cleaned = _PERSON_BREAK.sub(", ", cleaned)
    elif "," not in cleaned and _UNDOTTED_FAMILY_FIRST.match(cleaned):
        cleaned = _INITIALS_BREAK.sub(r"\1, ", cleaned)
    if " a " in cleaned or " i " in cleaned or ". in " in cleaned or "., in " in cleaned:
        cleaned = _SMALL_AND.sub(" and ", cleaned)
    if len(cleaned) <= 9 and cleaned.rstrip(". ").lower() in _SAME_NAMES_WORDS:
        return NameList([Name(literal=SAME_NAMES_MARK)], et_al)
    words = cleaned.split()
    if (
        "," not in cleaned
        and (_has_body_word(words) or _names_a_body_by_acronym(words))
        and not _CONNECTOR.search(cleaned)
    ):
        # "HM Treasury", "Ministerie van BZK", "NHS England": a body even with capitals
        # like initials (initials without full stops follow the family name: "Smith JAB").
        return NameList([Name(literal=cleaned.rstrip(" ."))], et_al)
    people_shaped = (
        any(_is_initial(w.rstrip(",;")) for w in words)
        or _is_vancouver_list(cleaned)
        or _is_family_given_pair(cleaned)
        or _is_inverted_first_list(cleaned)
        or _is_reading_order_list(cleaned)
        or any(_capitals_family(p.split()) for c in _CONNECTOR.split(cleaned) for p in c.split(","))
    )
    corporate = not people_shaped and _is_corporate(cleaned)
    if corporate and (_has_body_word(words) or not _CONNECTOR.search(cleaned)):
        return NameList([Name(literal=cleaned.rstrip(" ."))], et_al)
    names: list[Name] = []
    chunks = _CONNECTOR.split(cleaned)
    all_parts = [p.strip(" .") for c in chunks for p in c.split(",")]
    if _is_surname_list(chunks, all_parts) and has_editor_marker(text):
        # "Pestoff, Brandsen et Verschuere (dirs.)": family names alone, as French styles
        # print a book's editors.
        return NameList([_person(p.split(), "") for p in all_parts], et_al)
    family_first = _lists_family_first(all_parts)
    for chunk in chunks:
        pair = chunk.strip(" .,")
        given = pair[pair.find(",") + 1 :].split(maxsplit=1)
        # Checked first, cheaply: the pair's given names are no initials ("Maria", not "M.").
        if given and not given[0].isupper() and _is_family_given_pair(pair):
            # "SALM, José Francisco; MENEGASSO, Maria Ester": one person per chunk.
            family, _, given = pair.partition(",")
            names.append(_person(family.split(), given.strip()))
            continue
        parts = [p.strip(" .") if not _ends_initial(p) else p.strip() for p in chunk.split(",")]
        parts = [p for p in parts if p.strip(" .")]
        if parts:
            names.extend(_names_of_chunk(parts, opening=not names, family_first=family_first))
    if not names and cleaned.strip(" .,;:"):
        names.append(Name(literal=cleaned.rstrip(" .")))
    if len(names) > 2 and all(_is_initial(p.split()[0]) for p in all_parts if p):
        names = _double_family_names(names)
    if len(names) > 1 and all(is_names_dash(n.literal or n.family) for n in names):
        # "——— and ———": one dash per name of the entry before, all of them
        names = [Name(literal=SAME_NAMES_MARK)]
    return NameList(names, et_al)


def _double_family_names(names: list[Name]) -> list[Name]:
    """Names printed initials first, two thirds of them or more with initials only for
    given names: a full word after the others' initials is not a given name (the style
    abbreviates them all) but the first of a double family name ("J. Lasker, …, J. Young
    Keefe", "E. Corcoran Dunlop", Spanish "A. López Pérez"); the caller leaves a list of
    one or two names as read ("J. Paul Sampley")."""

    def full_words(name: Name) -> list[str]:
        return [w for w in name.given.split() if not _is_initial(w)]

    odd = [n for n in names if full_words(n)]
    if len(odd) > len(names) // 3 or any(n.literal or n.particle for n in odd):
        return names
    fixed = []
    for name in names:
        words = full_words(name)
        if not words or not all(w[:1].isupper() and w.isalpha() for w in words):
            fixed.append(name)
            continue
        initials = " ".join(w for w in name.given.split() if _is_initial(w))
        update = {"family": " ".join([*words, name.family]), "given": initials}
        fixed.append(name.model_copy(update=update))
    return fixed


def _is_surname_list(chunks: list[str], parts: list[str]) -> bool:
    """ "Pestoff, Brandsen et Verschuere", "Kassen, Cepiku et Lah": family names alone,
    parted by commas and a connector before the last, none a known given name (not
    "Ostrom, Elinor and Vincent", whose comma parts are a name and its given name)."""
    if len(chunks) < 2 or "," in chunks[-1] or "," not in chunks[0]:
        return False
    return all(
        p
        and all(w in PARTICLES for w in p.split()[:-1])
        and p.split()[-1][:1].isupper()
        and p.split()[-1].isalpha()
        and not _is_initial(p.split()[-1])
        and not lexicon_hit("known_given_names", p)
        for p in parts
    )


def _names_a_body_by_acronym(words: list[str]) -> bool:
    """ "NHS England", "CBC News": an acronym of three capitals or more before a name;
    not a family name in capitals before the given names ("LADARIA Luis F.", "MYERS
    David G.", "SMITH John")."""
    return (
        len(words) > 1
        and _ACRONYM_FIRST.match(" ".join(words[:2])) is not None
        and not _is_initial(words[-1])
        and not lexicon_hit("known_given_names", words[1])
        and _capitals_family(words) is None  # "THOMSEN Mette Kjærgaard"
    )


def _is_natural_with_initials(words: list[str]) -> bool:
    """A given name, initials (and particles), then a family name: "Viktor J. J. M.
    Bekkers", "Maria J. van der Berg"; the shape of a person, never of a body's name."""
    if len(words) < 3 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    middle = words[1:-1]
    return any(_is_initial(w) for w in middle) and all(
        _is_initial(w) or w in PARTICLES for w in middle
    )


def _has_body_word(words: list[str]) -> bool:
    """A word names a body ("Treasury", "Stiftung", "Council")."""
    return any(w.strip(".,;:()").lower() in _CORPORATE_WORDS for w in words)


def _is_family_given_pair(text: str) -> bool:
    """ "BAUDOT, Pierre-Yves", "Oliveira da Silva, Maria Clara": one person, family
    name first, which neither capitals nor the length of the name make a body."""
    head, comma, tail = text.partition(",")
    family, given = head.split(), tail.split()
    while len(given) > 1 and given[-1] in PARTICLES:
        given.pop()  # "SILVA, João da": the particle printed after the given names
    if not comma or "," in tail or not 1 <= len(family) <= 4 or not 1 <= len(given) <= 3:
        return False
    particles = [w for w in family[1:-1] if w.lower() in PARTICLES]
    if len(family) > 1 and not particles and not head.isupper():
        return False
    return all(w[:1].isupper() and not w.isupper() for w in given) and not _has_body_word(
        family + given
    )


def _is_inverted_first_list(text: str) -> bool:
    """ "Batalden, Maren, Paul Batalden, Peter Margolis" (Chicago's list cut by "et al."):
    a family name, its given names, then names in reading order, capitalised, with a
    known given name among them; the shape of people, not of a body's name."""
    parts = [p.split() for p in text.split(",")]
    if len(parts) < 3 or not 1 <= len(parts[0]) <= 2 or not 1 <= len(parts[1]) <= 3:
        return False
    if not all(2 <= len(words) <= 4 for words in parts[2:]):
        return False
    if not all(w[:1].isupper() or w in PARTICLES for words in parts for w in words):
        return False
    return any(lexicon_hit("known_given_names", words[0]) for words in parts[1:])


def _is_reading_order_list(text: str) -> bool:
    """ "Taco Brandsen, Mila Honingh": two or more comma parts of two or three capitalised
    words each, no word of a body's name among them; people in reading order (a body's
    name with commas has its joining words: "Department of Health, Social Services and
    Public Safety")."""
    parts = [p.split() for p in text.rstrip(".").split(",")]
    return (
        len(parts) > 1
        and all(2 <= len(words) <= 3 for words in parts)
        and all(w[:1].isupper() and w.isalpha() and not w.isupper() for ws in parts for w in ws)
        and not _has_body_word([w for ws in parts for w in ws])
    )


def _is_vancouver_list(text: str) -> bool:
    """ "Smith J, Jones ABCD": every comma part is a family name then bare capitals."""
    parts = [p.split() for p in text.split(",")]
    return len(parts) > 1 and all(
        len(words) > 1 and _is_caps_initials(words[-1], 4) and not words[0].isupper()
        for words in parts
    )


def _ends_initial(part: str) -> bool:
    words = part.strip().split()
    return bool(words) and _is_initial(words[-1])


def clear_caches() -> None:
    """Empty the caches of name parts (the speed benchmark times a cold start with it)."""
    _is_initial.cache_clear()
    _kind.cache_clear()
    _tidy_given.cache_clear()


def parse_names(text: str) -> list[Name]:
    """People and bodies named in an author line: "Tony Bovaird and Elke Loeffler",
    "Drorit Gassner, Anat Gofen*", "Bovaird, T., & Loeffler, E."; never raises."""
    return parse_name_list(text).names
