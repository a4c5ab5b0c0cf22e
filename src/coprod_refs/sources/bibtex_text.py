"""BibTeX field values to Unicode text, and BibTeX name lists to name parts.

`decode_latex` composes accents (`Gr{\\"o}nroos` -> Grönroos), unescapes specials
(`{\\textbraceleft}` -> `{`) and drops grouping braces; `name_parts` splits
"von Last, Jr, First and ..." the way BibTeX does. Both are called for every field of a
large library, so plain values take a fast path and repeated values (journal names,
author lists) are decoded once.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

#: A name as (family, given, particle, suffix, literal); a body has only `literal`.
NameParts = tuple[str, str, str, str, str]

_ACCENT_MARKS: dict[str, str] = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "v": "\u030c",
    "u": "\u0306",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
    "t": "\u0361",
}

#: Control words for ASCII characters (the inverse of the exporter's specials) and spacing.
_ASCII_WORDS: dict[str, str] = {
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textunderscore": "_",
    "textdollar": "$",
    "textpercent": "%",
    "textampersand": "&",
    "textquotedbl": '"',
    "i": "ı",
    "j": "ȷ",
    "par": " ",
    "quad": " ",
    "qquad": " ",
    "enskip": " ",
    "space": " ",
    "relax": "",
}
_SYMBOLS: dict[str, str] = {
    "\\": " ",
    " ": " ",
    ",": " ",
    ";": " ",
    ":": " ",
    "!": "",
    "-": "",
    "/": "",
    "@": "",
}

_DECODE = re.compile(
    r"""\\(?P<acc>["'`^~=.])\s*(?:\{\s*(?P<a1>\\[ij]|[A-Za-z])\s*\}|(?P<a2>\\[ij](?![A-Za-z])|[A-Za-z]))
    |\\(?P<accw>[Hckvurdbt])(?:\s*\{\s*(?P<b1>\\[ij]|[A-Za-z])\s*\}|\s+(?P<b2>[A-Za-z]))
    |\\(?P<word>[A-Za-z]+)\*?[ \t\n]*(?:\{\})?
    |\\(?P<sym>.)
    |(?P<dash>---?)
    |(?P<quote>``|'')
    |(?P<drop>[{}$])
    |(?P<tie>~)""",
    re.VERBOSE | re.DOTALL,
)
_NEEDS_DECODING = re.compile(r"[\\{}$~]|--|``|''")
#: Values whose only LaTeX is grouping braces and math shifts, which decoding drops.
_ONLY_DROPPED = re.compile(r"[\\~]|--|``|''")
_DROPPED = str.maketrans("", "", "{}$")
_SPACES = re.compile(r"[^\S\xa0]+")
_AND = re.compile(r"\s+and\s+")


@cache
def _word_table() -> dict[str, str]:
    """Control word -> character, from pylatexenc's table (text and math words)."""
    from pylatexenc.latexencode import get_builtin_uni2latex_dict

    table: dict[str, str] = {}
    for codepoint, latex in sorted(get_builtin_uni2latex_dict().items()):
        match = re.fullmatch(r"\\(?:ensuremath\{\\)?([A-Za-z]+)\}?", latex)
        if codepoint > 127 and match and match.group(1) not in table:
            table[match.group(1)] = chr(codepoint)
    table.update(_ASCII_WORDS)
    return table


def _accented(mark: str, base: str) -> str:
    letter = {"\\i": "i", "\\j": "j"}.get(base, base)
    return unicodedata.normalize("NFC", letter + _ACCENT_MARKS[mark])


def _decode_match(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if match.group("acc"):
        return _accented(match.group("acc"), match.group("a1") or match.group("a2"))
    if match.group("accw"):
        return _accented(match.group("accw"), match.group("b1") or match.group("b2"))
    if kind == "word":
        return _word_table().get(match.group("word"), "")
    if kind == "sym":
        symbol = match.group("sym")
        return _SYMBOLS.get(symbol, symbol)
    if kind == "dash":
        return "\u2013" if match.group("dash") == "--" else "\u2014"
    if kind == "quote":
        return "\u201c" if match.group("quote") == "``" else "\u201d"
    if kind == "tie":
        return "\xa0"
    return ""


@lru_cache(maxsize=1 << 16)
def _decode_commands(value: str) -> str:
    """`decode_latex` for a value with LaTeX in it; such values (accented names, journal
    names with `\\&`) repeat across a library, so each is decoded once."""
    if _ONLY_DROPPED.search(value) is None:
        value = value.translate(_DROPPED)
    else:
        value = _DECODE.sub(_decode_match, value)
    return _SPACES.sub(" ", value).strip()


def decode_latex(value: str) -> str:
    """Unicode text for a BibTeX field value: accents composed, specials unescaped,
    grouping braces and unknown commands dropped, whitespace collapsed."""
    if _NEEDS_DECODING.search(value):
        return _decode_commands(value)
    if "  " not in value and "\n" not in value and "\t" not in value:
        return value.strip()
    return _SPACES.sub(" ", value).strip()


def decode_verbatim(value: str) -> str:
    """A DOI or URL as written, with `\\url{}`, braces and backslash escapes removed."""
    if not value:
        return ""
    value = re.sub(r"\\url\s*\{(.*)\}", r"\1", value.strip(), flags=re.DOTALL)
    value = re.sub(r"\\([_%#&$~])", r"\1", value)
    return re.sub(r"[{}\s]", "", value)


def _is_one_group(name: str) -> bool:
    """True for `{World Bank}`: the whole name is one brace group (a corporate author)."""
    if not (name.startswith("{") and name.endswith("}")):
        return False
    depth = 0
    for i, char in enumerate(name):
        depth += 1 if char == "{" else -1 if char == "}" else 0
        if depth == 0 and i < len(name) - 1:
            return False
    return True


def _parts(family: str, given: str = "", particle: str = "", suffix: str = "") -> NameParts:
    return (
        decode_latex(family),
        decode_latex(given),
        decode_latex(particle),
        decode_latex(suffix),
        "",
    )


def _plain_name(raw: str) -> NameParts:
    """BibTeX's name rule for a name without braces or commands: "von Last, Jr, First" or
    "First von Last", the von part being the words that start in lower case."""
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) > 1:
        words = parts[0].split()
        split = 0
        while split < len(words) - 1 and words[split][:1].islower():
            split += 1
        suffix = ", ".join(parts[1:-1])
        return _parts(" ".join(words[split:]), parts[-1], " ".join(words[:split]), suffix)
    words = raw.split()
    lower = [i for i, w in enumerate(words[:-1]) if w[:1].islower()]
    if not lower:
        return _parts(words[-1], " ".join(words[:-1]))
    first, last = lower[0], lower[-1]
    return _parts(
        " ".join(words[last + 1 :]), " ".join(words[:first]), " ".join(words[first : last + 1])
    )


def _one_name(raw: str) -> NameParts:
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    if _is_one_group(raw):
        return ("", "", "", "", decode_latex(raw[1:-1]))
    if "{" not in raw and "\\" not in raw:
        return _plain_name(raw)
    parts = parse_single_name_into_parts(raw, strict=False)
    return _parts(
        " ".join(parts.last), " ".join(parts.first), " ".join(parts.von), " ".join(parts.jr)
    )


@lru_cache(maxsize=1 << 16)
def _name_list(value: str) -> tuple[NameParts, ...]:
    from bibtexparser.middlewares.names import split_multiple_persons_names

    raws = split_multiple_persons_names(value) if "{" in value else _AND.split(value)
    names = [_one_name(r.strip()) for r in raws if r.strip() and r.strip().lower() != "others"]
    return tuple(n for n in names if n[0] or n[4] or n[1])


def name_parts(value: str) -> tuple[NameParts, ...]:
    """The names of a BibTeX name list ("von Last, Jr, First and ..."), bodies kept whole,
    as (family, given, particle, suffix, literal); repeated lists are split once."""
    if not value.strip():
        return ()
    return _name_list(" ".join(value.split()))
