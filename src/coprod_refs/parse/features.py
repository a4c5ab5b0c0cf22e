"""Token features for the reference-string CRF: what a bibliographer looks at.

Each token gets the shape of its word, its punctuation and brackets, digit and year
patterns, lexicon hits (given names, months, publishers, places, journal words), role
markers ("In", "Eds.", "pp.", "doi"), its position in the string and relative to the first
year, and the words beside it. Features that depend on the token alone are cached, which
keeps feature extraction fast enough for thousands of references a second.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import NamedTuple

from coprod_refs.parse.tokens import Token
from coprod_refs.text.word_cache import word_cache

_EDGE_PUNCT = "()[]{}<>\"'“”‘’«»„.,;:!?*†‡"
_YEAR = re.compile(r"^(1[5-9]\d\d|20[0-4]\d)([a-z])?$")
_YEAR_RANGE = re.compile(r"^(1[5-9]\d\d|20[0-4]\d)[-–/](\d{2}|\d{4})$")
_RANGE = re.compile(r"^[A-Za-z]?\d+[-–—‐‑][A-Za-z]?\d+$")
_VOL_ISSUE = re.compile(r"^\d+\s*\(\s*[\w–-]+\s*\)")
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th|e|er|ème|\.)$", re.IGNORECASE)
_DOI = re.compile(r"10\.\d{4,9}/")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.[-\s]?){1,3}[A-Z]?$")
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"^(https?:|ftp:|www\.|<http)", re.IGNORECASE)

_MARKERS: dict[str, str] = {
    "in": "in",
    "en": "in",
    "dans": "in",
    "ed": "ed",
    "eds": "ed",
    "edn": "edition",
    "edited": "ed",
    "editor": "ed",
    "editors": "ed",
    "hrsg": "ed",
    "hg": "ed",
    "hgg": "ed",
    "dir": "ed",
    "coord": "ed",
    "éd": "ed",
    "éds": "ed",
    "édit": "ed",
    "redacteur": "ed",
    "redacteuren": "ed",
    "a cura di": "ed",
    "trans": "trans",
    "translated": "trans",
    "transl": "trans",
    "trad": "trans",
    "übers": "trans",
    "pp": "pp",
    "p": "pp",
    "pages": "pp",
    "s": "pp",
    "vol": "vol",
    "vols": "vol",
    "volume": "vol",
    "bd": "vol",
    "no": "no",
    "nr": "no",
    "issue": "no",
    "n°": "no",
    "retrieved": "retrieved",
    "accessed": "retrieved",
    "available": "retrieved",
    "consulted": "retrieved",
    "consulté": "retrieved",
    "abgerufen": "retrieved",
    "viewed": "retrieved",
    "online": "online",
    "doi": "doi",
    "isbn": "isbn",
    "issn": "isbn",
    "et": "etal",
    "al": "etal",
    "and": "and",
    "&": "and",
    "und": "and",
    "y": "and",
    "thesis": "thesis",
    "dissertation": "thesis",
    "phd": "thesis",
    "diss": "thesis",
    "master's": "thesis",
    "report": "report",
    "paper": "report",
    "working": "report",
    "technical": "report",
    "tech": "report",
    "series": "series",
    "edition": "edition",
    "ed.": "edition",
    "auflage": "edition",
    "aufl": "edition",
    "press": "publisher",
    "university": "publisher",
    "conference": "conference",
    "proceedings": "conference",
    "symposium": "conference",
    "workshop": "conference",
    "presented": "conference",
    "meeting": "conference",
}

_PARTICLES = frozenset(
    "van von de der den del della di da du des la le ter ten zu dos das d' dei degli".split()
)


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, frozenset[str]]:
    """The word lists shipped in `parse/lexicons/`, keyed by list name; "known_given_names"
    and "known_places" add the longer lists the name and imprint rules read to the
    labeller's "given_names" and "places"."""
    folder = resources.files("coprod_refs.parse") / "lexicons"
    out: dict[str, frozenset[str]] = {}
    names = (
        "given_names",
        "given_names_more",
        "months",
        "publishers",
        "places",
        "places_more",
        "journal_words",
    )
    for name in names:
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        out[name] = frozenset(
            w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
        )
    out["known_given_names"] = out["given_names"] | out.pop("given_names_more")
    out["known_places"] = out["places"] | out.pop("places_more")
    return out


def lexicon_hit(name: str, text: str) -> bool:
    """True when a word of `text` is in the shipped word list `name` ("publishers":
    "Verso", "Press", "Verlag"; "places": "Londres", "Oxford"), for telling "Londres,
    Verso" from "Oxford, England"."""
    words = _lexicons()[name]
    return any(w.strip(_EDGE_PUNCT).lower() in words for w in text.split())


#: The small words inside a place's name: "Rio de Janeiro", "Stratford upon Avon".
PLACE_LINKS = frozenset("de di da do del della sur am upon on im en".split())


#: Articles that may open a place's name: "The Hague", "Le Havre", "La Plata".
_PLACE_ARTICLES = frozenset(("The", "Le", "La", "Los", "Las", "El"))


def reads_as_place(text: str, *, words: str = "known_places") -> bool:
    """Every capitalised word of `text` is a place in the shipped list `words` ("Paris",
    "Rio de Janeiro", "Milano"); its other words only link them ("de", "sur"), or open
    it ("The Hague"). The name rules pass the labeller's shorter "places": the longer
    list holds towns that are also family and given names ("Mendoza", "Virginia")."""
    parts = text.split()
    if len(parts) > 1 and parts[0] in _PLACE_ARTICLES:
        parts = parts[1:]
    return any(w[:1].isupper() for w in parts) and all(
        (w[:1].isupper() and len(w) > 2 and lexicon_hit(words, w)) or w in PLACE_LINKS
        for w in parts
    )


def word_shape(text: str) -> str:
    """The token's character classes with runs collapsed ("Smith," -> "Xx,")."""
    out: list[str] = []
    last = ""
    for ch in text[:24]:
        if ch.isupper():
            cls = "X"
        elif ch.islower():
            cls = "x"
        elif ch.isdigit():
            cls = "d"
        else:
            cls = ch
        if cls != last:
            out.append(cls)
            last = cls
    return "".join(out)


def _capitals(stem: str) -> str:
    if not stem:
        return "none"
    if len(stem) == 1 and stem.isalpha():
        return "single-upper" if stem.isupper() else "single-lower"
    # The letters' tests as C-level calls per character (map), as `c.isupper()` etc.
    letters = "".join(filter(str.isalpha, stem))
    if not letters:
        return "digits" if any(map(str.isdigit, stem)) else "other"
    if all(map(str.isupper, letters)):
        return "upper"
    if letters[0].isupper():
        return "title" if all(map(str.islower, letters[1:])) else "mixed-upper"
    return "lower" if all(map(str.islower, letters)) else "mixed-lower"


def _number_class(stem: str, raw: str) -> str:
    if not any(map(str.isdigit, stem)):
        if stem.isupper() and len(stem) <= 6 and _ROMAN.match(stem):
            return "roman"
        return "none"
    if _YEAR.match(stem):
        return "year-suffix" if stem[-1].isalpha() else "year"
    if _YEAR_RANGE.match(stem):
        return "year-range"
    if _VOL_ISSUE.match(raw.lstrip("([")):
        return "vol-issue"
    if _RANGE.match(stem):
        return "range"
    if stem.isdigit():
        return f"digits{min(len(stem), 5)}"
    if _ORDINAL.match(stem):
        return "ordinal"
    if any(map(str.isdigit, stem)):
        return "has-digit"
    if _ROMAN.match(stem) and len(stem) <= 6 and stem.isupper():
        return "roman"
    return "none"


@word_cache(200_000)
def token_features(raw: str) -> tuple[str, ...]:
    """Features of one token that do not depend on its neighbours (cached by text)."""
    lex = _lexicons()
    stem = raw.strip(_EDGE_PUNCT)
    lower = stem.lower()
    key = lower.rstrip(".")
    feats = [
        "w=" + lower[:24],
        "sh=" + word_shape(raw),
        "cap=" + _capitals(stem),
        "num=" + _number_class(stem, raw),
        "last=" + (raw[-1] if not raw[-1].isalnum() else "a"),
        "first=" + (raw[0] if not raw[0].isalnum() else "a"),
        "len=" + str(min(len(stem), 8)),
    ]
    if len(lower) > 3:
        feats.append("p3=" + lower[:3])
        feats.append("s3=" + lower[-3:])
    closing = raw.rstrip(".,;:")[-1:]
    if raw[0] in "([":
        feats.append("open-paren")
    if closing in ")]":
        feats.append("close-paren")
    if raw[0] in "\"“‘«„'":
        feats.append("open-quote")
    if closing in "\"”’»'":
        feats.append("close-quote")
    if len(stem) == 1 and stem.isupper() and raw[1:2] == ".":
        feats.append("initial-dot")
    elif "." in stem and _DOTTED_INITIALS.match(stem):
        feats.append("initials-run")
    elif 1 < len(stem) <= 3 and stem.isalpha() and stem.isupper():
        feats.append("caps-short")
    if "://" in raw:
        feats.append("url")
    else:
        raw_lower = raw.lower()
        if ("ww" in raw_lower or "tp" in raw_lower) and _URL.match(raw.lstrip("<([")):
            feats.append("url")
    if "10." in raw and _DOI.search(raw):
        feats.append("doi")
    if "@" in raw:
        feats.append("at-sign")
    if "-" in stem or "–" in stem:
        feats.append("hyphen")
    marker = _MARKERS.get(key)
    if marker:
        feats.append("mark=" + marker)
    if key in lex["given_names"]:
        feats.append("lex=given")
    if key in lex["months"]:
        feats.append("lex=month")
    if key in lex["publishers"]:
        feats.append("lex=publisher")
    if key in lex["journal_words"]:
        feats.append("lex=journal")
    if key in lex["places"] and stem[:1].isupper():
        feats.append("lex=place")
    if key in _PARTICLES:
        feats.append("lex=particle")
    return tuple(feats)


def _is_citation_number(raw: str) -> bool:
    stem = raw.strip("[]().:")
    return stem.isdigit() and len(stem) <= 4 and raw != stem


_ABBREVIATIONS = frozenset(
    "pp p vol vols no nos nr ed eds edn al vs st dr jr sr ch art hrsg hg dir trans transl "
    "rev repr univ dept inc ltd co corp fig suppl ser pt iss n s v bd".split()
)
_CHUNK_LEXICON_FEATURES = frozenset(
    ("lex=publisher", "lex=place", "lex=journal", "lex=month", "mark=in", "mark=ed", "mark=pp")
)
_FROM_END = ("0", "1", "2", "3", "4-5", "4-5", "6-9", "6-9", "6-9", "6-9")
#: Lexicon and marker features, which a word also lends to its neighbours at ±1.
_CLASS_PREFIXES = ("lex=", "mark=")
_CLOSERS = "\"”’'»)]"


def _ends_chunk(raw: str) -> bool:
    """True when a token ends a sentence-like chunk ("Title.", "(2013).", "London:")."""
    core = raw.rstrip(_CLOSERS)
    if not core or core[-1] not in ".?!:":
        return False
    if core[-1] == ".":
        stem = core.rstrip(".").lstrip("([\"“'")
        if len(stem) <= 1 or stem.lower() in _ABBREVIATIONS:
            return False
        if _DOTTED_INITIALS.match(stem + "."):
            return False
    return True


class TokenView(NamedTuple):
    """Everything the sequence features need from one token, computed once per word form:
    its own features and those it lends to the tokens one and two places before and
    after it."""

    text: str
    own: tuple[str, ...]
    as_left: tuple[str, ...]
    as_right: tuple[str, ...]
    as_left2: tuple[str, ...]
    as_right2: tuple[str, ...]
    shape: str
    chunk_lex: tuple[str, ...]
    ends_chunk: bool
    has_digit: bool
    is_year: bool
    is_in: bool
    is_editor_mark: bool
    opens_quote: bool
    closes_quote: bool
    paren_delta: int
    end_char: str
    comma_end: bool
    #: Whether the word changes a running state of the sequence features (a year, "In",
    #: a quote mark, an editor mark, a bracket).
    changes_state: bool


@word_cache(20_000)
def _neighbour_features(features: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """`features` as the token one place left, one right, two left and two right of
    another sees them (few distinct combinations, so cached)."""
    return tuple(tuple(prefix + f for f in features) for prefix in ("-1", "+1", "-2", "+2"))


#: The number classes of a year ("2013", "2013a"), which `_number_class` gives exactly
#: when the token's stem matches _YEAR.
_YEAR_CLASSES = ("num=year", "num=year-suffix")
_new_view = tuple.__new__


@word_cache(200_000)
def _view(raw: str) -> TokenView:
    own = token_features(raw)
    word, shape, last = own[0], own[1], own[4]
    # own[2:5] is the capitalisation, number class and last character; own[7:] the
    # optional features (see token_features).
    optional = own[7:]
    near = _neighbour_features(
        own[2:5] + tuple([f for f in optional if f.startswith(_CLASS_PREFIXES)])
    )
    far = _neighbour_features((last,))
    is_year = own[3] in _YEAR_CLASSES  # its stem matches _YEAR
    is_in = word == "w=in" and raw[:1] in "Ii"
    is_editor_mark = "mark=ed" in own
    opens_quote = raw[0] in '“"«„'
    closes_quote = raw.rstrip(".,;:")[-1:] in '”"»'
    paren_delta = raw.count("(") - raw.count(")")
    chunk_lex = (
        ()  # the usual case, tested without building the tuple
        if _CHUNK_LEXICON_FEATURES.isdisjoint(optional)
        else tuple(sorted("chunk-" + f for f in optional if f in _CHUNK_LEXICON_FEATURES))
    )
    # The fields in TokenView's order; tuple.__new__ builds the same named tuple as
    # TokenView(text=raw, ...) does, without binding nineteen keyword arguments.
    return _new_view(
        TokenView,
        (
            raw,  # text
            own,
            ("-1:" + word, "-1:" + shape) + near[0],  # as_left
            ("+1:" + word, "+1:" + shape) + near[1],  # as_right
            ("-2:" + word, "-2:" + shape) + far[2],  # as_left2
            ("+2:" + word, "+2:" + shape) + far[3],  # as_right2
            shape[3:],  # shape
            chunk_lex,
            _ends_chunk(raw),  # ends_chunk
            _DIGIT.search(raw) is not None,  # has_digit
            is_year,
            is_in,
            is_editor_mark,
            opens_quote,
            closes_quote,
            paren_delta,
            raw.rstrip(_CLOSERS)[-1:],  # end_char
            raw[-1] in ",.:;",  # comma_end
            bool(  # changes_state
                is_year or is_in or is_editor_mark or opens_quote or closes_quote or paren_delta
            ),
        ),
    )


def clear_caches() -> None:
    """Empty the per-word feature caches (the speed benchmark times a cold start with it)."""
    token_features.cache_clear()
    _neighbour_features.cache_clear()
    _view.cache_clear()


_POS = tuple(f"pos={k}" for k in range(10))
_CHUNK = tuple(f"chunk={k}" for k in range(9))
_CHUNKS_LEFT = tuple(f"chunks-left={k}" for k in range(5))
_IN_CHUNK = tuple(f"in-chunk={k}" for k in range(4))
_CHUNK_LEN = tuple(f"chunk-len={k}" for k in range(5))
_COMMAS_LEFT = tuple(f"commas-left={k}" for k in range(6))
_FROM_END_FEATS = tuple(f"from-end={v}" for v in _FROM_END)
_YEAR_CHUNK = tuple(f"year-chunk+{k}" for k in range(5))
_AFTER_YEAR_CHUNK = tuple(f"after-year|chunk={k}" for k in range(9))
#: A token's text.
_TEXT = itemgetter(0)


class SequenceFeatures(NamedTuple):
    """The features of one reference's tokens: per token, its word view (whose feature
    groups are shared by every occurrence of the word form), the features of its place in
    the reference, and which chunk it is in; per chunk, the features all its tokens share."""

    views: list[TokenView]
    context: list[list[str]]
    chunk_of: list[int]
    chunks: list[list[str]]

    def strings(self) -> list[list[str]]:
        """Every token's features as the flat strings the trainer reads."""
        views, n = self.views, len(self.views)
        return [
            [
                *views[i].own,
                *(views[i - 1].as_left if i > 0 else ()),
                *(views[i - 2].as_left2 if i > 1 else ()),
                *(views[i + 1].as_right if i < n - 1 else ()),
                *(views[i + 2].as_right2 if i < n - 2 else ()),
                *self.chunks[self.chunk_of[i]],
                *context,
            ]
            for i, context in enumerate(self.context)
        ]


def sequence_features(tokens: list[Token]) -> SequenceFeatures:
    """Features for every token of one reference, including context and position."""
    n = len(tokens)
    if n == 0:
        return SequenceFeatures([], [], [], [])
    views = list(map(_view.__getitem__, map(_TEXT, tokens)))  # C-level, as _view(t.text)
    chunk_of: list[int] = []
    chunk_start: list[int] = [0]
    chunk_digits: list[bool] = [False]
    chunk_year: list[bool] = [False]
    chunk_lex: list[set[str]] = [set()]
    chunk_end: list[str] = []
    c = 0  # the chunk the token is in
    for i, v in enumerate(views):
        chunk_of.append(c)
        if v.has_digit:
            chunk_digits[c] = True
            if v.is_year:
                chunk_year[c] = True
        if v.chunk_lex:
            chunk_lex[c].update(v.chunk_lex)
        if v.ends_chunk:
            chunk_end.append(v.end_char if i + 1 < n else "end")
            chunk_start.append(i + 1)
            chunk_digits.append(False)
            chunk_year.append(False)
            chunk_lex.append(set())
            c += 1
    n_chunks = chunk_of[-1] + 1
    chunk_end.extend(["end"] * (n_chunks - len(chunk_end)))
    chunk_lens = [
        (chunk_start[c + 1] if c + 1 < len(chunk_start) else n) - chunk_start[c]
        for c in range(n_chunks)
    ]
    numbered = "numbered" if _is_citation_number(tokens[0].text) else "unnumbered"
    chunks = [
        [
            numbered,
            _CHUNK[c if c < 8 else 8],
            _CHUNKS_LEFT[min(n_chunks - 1 - c, 4)],
            _CHUNK_LEN[min(chunk_lens[c], 12) // 3],
            "chunk-end=" + chunk_end[c],
            *sorted(chunk_lex[c]),
        ]
        for c in range(n_chunks)
    ]
    for c, chunk in enumerate(chunks):
        if chunk_digits[c]:
            chunk.append("chunk-digits")
        if chunk_year[c]:
            chunk.append("chunk-year")
        if c + 1 < n_chunks and chunk_digits[c + 1]:
            chunk.append("next-chunk-digits")
    comma_left = [0] * n
    left = 0
    for i in range(n - 1, -1, -1):
        comma_left[i] = left if left < 5 else 5
        if views[i].comma_end and i > 0:
            left += 1
    out: list[list[str]] = []
    year_chunk = -1
    seen_in = False
    in_quote = False
    quote_closed = False
    seen_editor_mark = False
    paren_depth = 0
    shape = ""  # the shape of the token before
    for i, v in enumerate(views):
        c = chunk_of[i]
        at = i - chunk_start[c]
        feats = [
            _POS[10 * i // n],
            _IN_CHUNK[at if at < 3 else 3],
            _COMMAS_LEFT[comma_left[i]],
            _FROM_END_FEATS[n - 1 - i if n - i < 10 else 9],
        ]
        if at == chunk_lens[c] - 1:
            feats.append("chunk-last")
        if year_chunk >= 0:
            feats.append(_YEAR_CHUNK[c - year_chunk if c - year_chunk < 4 else 4])
            feats.append(_AFTER_YEAR_CHUNK[c if c < 8 else 8])
        else:
            feats.append("before-year")
        last, shape = shape, v.shape
        if i == 0:
            feats.append("BOS")
        else:
            feats.append(f"sh-1|0={last}|{shape}")
        if i == n - 1:
            feats.append("EOS")
        if seen_in:
            feats.append("after-in")
        if in_quote:
            feats.append("in-quote")
        elif quote_closed:
            feats.append("after-quote")
        if seen_editor_mark:
            feats.append("after-ed")
        if paren_depth > 0:
            feats.append("in-paren")
        out.append(feats)
        if not v.changes_state:
            continue
        if year_chunk < 0 and v.is_year:
            year_chunk = c
        if v.is_in:
            seen_in = True
        if v.opens_quote:
            in_quote = True
        if v.closes_quote:
            in_quote = False
            quote_closed = True
        if v.is_editor_mark:
            seen_editor_mark = True
        if v.paren_delta:
            paren_depth = min(3, max(0, paren_depth + v.paren_delta))
    return SequenceFeatures(views, out, chunk_of, chunks)
