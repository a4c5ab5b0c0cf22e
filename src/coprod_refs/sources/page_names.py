"""Author lines as publisher pages print them, and whether a line is one at all.

"Sanna Tuurnas (School of Management, University of Tampere, Tampere, Finland)",
"Drorit Gassner, Anat Gofen*", "Tony Bovaird a, Elke Loeffler b", "Tony Bovaird ORCID
Icon & Elke Loeffler", "Tuurnas, Sanna; Bovaird, Tony": affiliations, footnote marks,
ORCID links and buttons are removed, then every part must read as a person's name —
otherwise the line is a title or a journal name, and `person_names` returns [].
The names themselves are split by `coprod_refs.parse.names.parse_names`.
"""

from __future__ import annotations

import re

from coprod_refs.model import Name
from coprod_refs.parse.names import parse_names

#: Longest line read as an author line.
MAX_AUTHOR_LINE = 600
#: Most lines printed between two authors listed one per line: affiliations, a line for
#: correspondence, a link of the author's card ("Oxford Academic").
MAX_LINES_BETWEEN_NAMES = 3

_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NOISE = re.compile(
    r"https?://[^\s,;]+|\S+@\S+\.\w+|orcid\.org/[^\s,;]+|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b"
    r"|\borcid(?: icon| id)?\b|\be-?mail(?: address)?\b|view further author information"
    r"|search for more papers by this author|\bcorresponding author\b"
    r"|author links open overlay panel|\bshow (?:more|less|all)\b|\bauthors?\s*(?:\(s\))?:"
    r"|\bfind articles by\b|\bview profile\b|\bprofile\b",
    re.IGNORECASE,
)
#: Degrees printed after a name ("Jeffrey L. Brudney, Ph.D."); "MD" is left alone, as it
#: may be a person's initials.
_DEGREES = re.compile(
    r",\s*(?:Ph\.\s?D\.?|PhD|D\.\s?Phil\.?|DPhil|Ed\.\s?D\.?|EdD|MPA|MPH|MSc|MBA|MSW|DrPH)"
    r"(?=\s*(?:[,;&]|and\b|$))"
)
_MARKS = re.compile(r"[*†‡§¶#✉⁎∗\u00b9\u00b2\u00b3\u2070-\u209f\u1d43-\u1d5b]+")
#: Affiliation numbers glued to a name, or after its comma as PDFs print them ("Olsen1",
#: "Lindqvist,1 Peter J Batalden,2"): the comma, which parts two names, is kept.
_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_])(,?)\d+(?:\s*,\s*\d+)*")
_LOOSE_DIGITS = re.compile(r"(?<!\S)\d{1,2}(?:\s*,\s*\d{1,2})*(?=[\s,]|$)")
_LEAD_BY = re.compile(r"^(?:by|written by|authored by)\s+", re.IGNORECASE)
#: "and" in the languages of the texts read (German, French, Spanish, Dutch, Norwegian and
#: Danish, Swedish, Italian and Portuguese), in lower case only: "Mary Y Chen" and "Tony E
#: Bovaird" hold initials, not connectors.
_FOREIGN_AND = r"(?-i:und|et|y|en|og|och|e)"
_CONNECTORS = re.compile(
    rf"\s*(?:,\s*(?:and|&)\s|,|;|\s(?:and|{_FOREIGN_AND})\s|&|\s[·|]\s)\s*", re.IGNORECASE
)
#: A connector that ends an author line whose list goes on on the next line.
_OPEN_END = re.compile(rf"\s*(?:,|;|&|\s(?:and|{_FOREIGN_AND}))\s*$", re.IGNORECASE)
_PAIR_CONNECTORS = re.compile(rf"\s*(?:;|\s(?:and|{_FOREIGN_AND})\s|&|\s[·|]\s)\s*", re.IGNORECASE)

#: Words that make an author field's value an organisation ("Department of Health and
#: Social Care", "Local Government Association", "The King's Fund").
_BODY_WORDS = frozenset(
    """
    department ministry office council agency commission authority institute institution
    foundation trust association society fund centre center network board committee
    executive government parliament assembly treasury partnership alliance federation
    coalition forum organisation organization university college nhs observatory
    commissioner inspectorate
    """.split()
)
#: Words an organisation's name may hold in lower case.
_BODY_SMALL_WORDS = frozenset("of and for the in on & de".split())
#: Most words of an organisation's name.
_MAX_BODY_WORDS = 12

_PARTICLES = frozenset(
    "van von de der den del della di da du des la le ter ten dos das zu af av".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_INITIALS = re.compile(r"^(?:[A-Z]\.(?:-[A-Z]\.)?){1,3}$|^[A-Z]$|^[A-Z][a-z]\.$")
_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_][^\W\d_'’-]*)*$")

#: Capitalised words that belong to titles, journals and affiliations, never to names.
_NOT_NAME_WORDS = frozenset(
    """
    the a an of and for in on to with from by at as is are how what why when between
    towards through into via not or its their our new public service services management
    review journal university school department faculty institute institution college
    centre center research studies study science sciences social policy policies
    government governance administration international national european american british
    chapter article abstract introduction volume issue pages published online open access
    book keywords references copyright press publishing limited ltd inc group perspective
    perspectives theory coproduction co-production production economics politics political
    quarterly development community communities local city state world business health care
    education network networks innovation value values outcomes citizen citizens
    participation professional professionals learning working paper papers report reports
    elsevier springer wiley emerald sage routledge palgrave macmillan oxford cambridge
    nature mdpi frontiers download citation cite search menu home accesses citations
    contribution original language number article-number investments investment approach
    analysis evidence case framework model systems system sector sectors third voluntary
    nonprofit non-profit organization organizations organisation organisations planning
    delivery users user engagement co-creation cocreation collaboration collaborative
    """.split()
)


def clean_author_text(text: str) -> str:
    """An author line without affiliations, ORCID and e-mail links, buttons, degrees
    ("Ph.D."), footnote marks and superscript numbers: what remains should be names and
    separators."""
    previous = None
    while previous != text:
        previous, text = text, _BRACKETED.sub(" ", text)
    text = _NOISE.sub(" ", text)
    text = _DEGREES.sub("", text)
    text = _MARKS.sub(" ", text)
    text = _GLUED_DIGITS.sub(r"\1 ", text)
    text = _LOOSE_DIGITS.sub(" ", text)
    text = _LEAD_BY.sub("", " ".join(text.split()))
    return text.strip(" ,;")


def _drop_marks(part: str) -> str:
    """A name part without trailing affiliation letters ("Tony Bovaird a b" -> ...)."""
    words = part.split()
    while len(words) > 1 and re.fullmatch(r"[a-z]", words[-1]):
        words.pop()
    return " ".join(words)


def _is_name_word(word: str) -> bool:
    low = word.lower()
    if low in _NOT_NAME_WORDS or len(word) > 30:
        return False
    if _INITIALS.match(word):
        return True
    return bool(_WORD.match(word)) and word[0].isupper()


def _is_display_name(part: str) -> bool:
    """A name in reading order: "Jeffrey L. Brudney", "Sandra van Eijk", "Tony Bovaird Jr."."""
    words = part.split()
    if words and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    if not 2 <= len(words) <= 6:
        return False
    for position, word in enumerate(words):
        if word in _PARTICLES and 0 < position < len(words) - 1:
            continue
        if not _is_name_word(word):
            return False
    return not _INITIALS.match(words[-1])


def _is_family(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 4:
        return False
    core = [w for w in words if w not in _PARTICLES]
    return bool(core) and all(_is_name_word(w) and not _INITIALS.match(w) for w in core)


def _is_given(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(_is_name_word(w) for w in words)


def _single_person(text: str) -> Name | None:
    names = parse_names(text)
    if len(names) != 1 or names[0].is_body or not names[0].family:
        return None
    return names[0]


def _inverted(parts: list[str]) -> list[Name] | None:
    """Names from "Family, Given" parts, one part per name."""
    names: list[Name] = []
    for part in parts:
        family, comma, given = part.partition(",")
        if not comma or not _is_family(family.strip()) or not _is_given(given.strip()):
            return None
        name = _single_person(f"{family.strip()}, {given.strip()}")
        if name is None:
            return None
        names.append(name)
    return names


def person_names(text: str) -> list[Name]:
    """The people an author line names, in order; [] when it is not a list of people."""
    if not text or len(text) > MAX_AUTHOR_LINE:
        return []
    cleaned = clean_author_text(text)
    if not cleaned or re.search(r"[\d:?!\"“”]", cleaned):
        return []
    pairs = [p.strip() for p in _PAIR_CONNECTORS.split(cleaned) if p.strip(" ,")]
    if pairs and all(p.count(",") == 1 for p in pairs) and not _given_first(cleaned):
        names = _inverted(pairs)
        if names is not None:
            return names
    parts = [_drop_marks(p) for p in _CONNECTORS.split(cleaned)]
    parts = [p for p in parts if p and not re.fullmatch(r"[a-z](?:\s+[a-z])*", p)]
    merged: list[str] = []
    for part in parts:
        if part.lower() in _SUFFIXES and merged:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    if merged and all(_is_display_name(p) for p in merged):
        people = [_single_person(p) for p in merged]
        return [p for p in people if p is not None] if all(people) else []
    return _comma_pairs(pairs) or []


def _given_first(text: str) -> bool:
    """True for "Carola van Eijk, Trui Steen": every part between commas is a name in
    reading order and one holds a particle after its given name, so the comma parts two
    people rather than a family name from its given names."""
    parts = [p.strip() for p in text.split(",")]
    return all(_is_display_name(p) for p in parts) and any(
        p.split()[1] in _PARTICLES for p in parts if len(p.split()) > 2
    )


def _comma_pairs(chunks: list[str]) -> list[Name] | None:
    """Names from "Family, Given, Family, Given" chunks ("Bovaird, T., Loeffler, E.")."""
    paired: list[str] = []
    for chunk in chunks:
        parts = [p.strip() for p in chunk.split(",") if p.strip()]
        if len(parts) < 2 or len(parts) % 2:
            return None
        paired.extend(f"{parts[i]}, {parts[i + 1]}" for i in range(0, len(parts), 2))
    return _inverted(paired)


def names_before_break(text: str) -> list[Name]:
    """The people an author line names when it ends with a connector ("Catherine Needham
    and", "Tony Bovaird,"), as a page prints a list broken over two lines; [] for any
    other line. Whether the next line goes on with names is the caller's to check."""
    end = _OPEN_END.search(text)
    return person_names(text[: end.start()]) if end else []


def organisation_name(text: str) -> Name | None:
    """The organisation `text` names: capitalised words (small ones between) among which
    one says what kind of body it is ("Department", "Council", "Fund"); else None. Pages
    credit such bodies as authors and publishers of reports."""
    words = text.split()
    if not 1 < len(words) <= _MAX_BODY_WORDS or re.search(r"[\d:!?\"“”]", text):
        return None
    if not all(w.lstrip("(")[:1].isupper() or w in _BODY_SMALL_WORDS for w in words):
        return None
    if not any(w.strip("()").lower().removesuffix("'s") in _BODY_WORDS for w in words):
        return None
    return Name(literal=text)


def author_names(text: str) -> list[Name]:
    """The authors an author field names: organisations parted by commas or semicolons
    ("From: Department of Health and Social Care", "Cabinet Office, HM Treasury", as
    government and think-tank pages credit a body), or else people; [] for neither."""
    if len(text) > MAX_AUTHOR_LINE:
        return []
    bodies = [organisation_name(part) for part in re.split(r"\s*[;,]\s*", text.strip(" ,;"))]
    if all(bodies):
        return [body for body in bodies if body is not None]
    return person_names(text)
