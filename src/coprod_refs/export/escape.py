"""The injection boundary: the one function that turns stored text into a BibTeX value.

Stored text is plain Unicode, never LaTeX, so every character in it is text to print:

- a backslash, a brace and `~ ^ < > |` become text commands (`{\\textbackslash}`,
  `{\\textbraceleft}`, ...): no control sequence and no unbalanced brace can come from
  data, whatever it holds (`\\input`, `\\write18`, `}` followed by `@misc{`);
- `& % $ # _` are escaped with a backslash;
- pairs that TeX fonts turn into ligatures (`--`, two quotes, `,,`) are split with `{}`;
- whitespace (newlines included) collapses to one space, control characters are dropped;
- in ASCII mode non-ASCII letters become LaTeX accent commands (`Gr{\\"o}nroos`) from a
  table checked against pdflatex; a character with no safe command is transliterated and
  reported; in UTF-8 mode it is kept, and reported when pdflatex would reject it.

`audit` re-checks every value written (balanced braces, only commands from the table)
and `escape_field` refuses to return anything that fails it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from functools import cache, lru_cache

from anyascii import anyascii

from coprod_refs.errors import CoprodError, ExitCode
from coprod_refs.text.characters import visible_text


class FieldKind(StrEnum):
    """How a value is used in an entry, which decides the escaping applied."""

    TEXT = "text"  # free text
    TITLE = "title"  # free text whose capitals must survive bibliography styles
    CONTAINER = "container"  # a journal or series name: only acronyms and inner capitals braced
    NAME = "name"  # one part of a personal name; braced when it holds a comma or "and"
    BODY = "body"  # a corporate name: one brace group, so styles never split it
    PAGES = "pages"  # a page or page range: any dash between parts becomes `--`
    VERBATIM = "verbatim"  # DOI and URL: kept as is, unsafe characters percent-encoded


#: The kinds as plain module names: `FieldKind.X` goes through the enum's descriptor on
#: every use (about 0.25 µs), which the per-field paths (here and in the entry builder)
#: would pay many times.
KIND_TEXT = FieldKind.TEXT
KIND_TITLE = FieldKind.TITLE
KIND_CONTAINER = FieldKind.CONTAINER
KIND_NAME = FieldKind.NAME
KIND_BODY = FieldKind.BODY
KIND_PAGES = FieldKind.PAGES
KIND_VERBATIM = FieldKind.VERBATIM


class EscapeError(CoprodError):
    """A value failed the safety audit: a bug in the escaper, never a user error."""

    exit_code = ExitCode.INTERNAL


#: ASCII characters that are LaTeX or BibTeX syntax, written as text.
_ASCII_SPECIALS: dict[str, str] = {
    "\\": "{\\textbackslash}",
    "{": "{\\textbraceleft}",
    "}": "{\\textbraceright}",
    "~": "{\\textasciitilde}",
    "^": "{\\textasciicircum}",
    "<": "{\\textless}",
    ">": "{\\textgreater}",
    "|": "{\\textbar}",
    "&": "\\&",
    "%": "\\%",
    "$": "\\$",
    "#": "\\#",
    "_": "\\_",
}
_ASCII_SPECIAL_RE = re.compile(r"[\\{}~^<>|&%$#_]")
_LIGATURE_RE = re.compile(r"(?<!\\)([-`',])(?=\1)|(?<!\\)([!?])(?=`)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
_NAME_NEEDS_BRACES = re.compile(r",|\band\b", re.IGNORECASE)
_VERBATIM_UNSAFE = re.compile(r"[\s{}\\]")
_SPECIAL_OR_BACKTICK = re.compile(r"[\\{}~^<>|&%$#_`]")
_NAME_UNSAFE = re.compile(r"[^\w\s'\u2019.,-]|_")
_BODY_UNSAFE = re.compile(r"[\\{}~^<>|]")
#: A page or a range of two ASCII parts joined by any dashes (`12-15`, `731–739`).
_SIMPLE_RANGE = re.compile(r"[A-Za-z0-9]+(?:[-\u2010-\u2015\u2212]+[A-Za-z0-9]+)?")
#: A word as `_WORD` splits ASCII text.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")
_UPPER = re.compile(r"[A-Z]")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_RANGE_DASH = re.compile(r"\s*[-\u2010-\u2015\u2212]+\s*")

#: Text-mode commands from pylatexenc's table that pdflatex with T1 fonts typesets.
TEXT_COMMANDS = frozenset(
    """AE DH DJ IJ L NG O OE TH ae dh dj i ij l ng o oe ss th guillemotleft guillemotright
    guilsinglleft guilsinglright quotedblbase quotesinglbase textacutedbl textasciiacute
    textasciibreve textasciicaron textasciicircum textasciidieresis textasciimacron
    textasciitilde textasteriskcentered textbaht textbigcircle textbrokenbar textbullet
    textcelsius textcent textcircledP textcolonmonetary textcopyright textcurrency textdagger
    textdaggerdbl textdegree textdiscount textdiv textdong textdownarrow textellipsis
    textemdash textendash textestimated texteuro textexclamdown textflorin
    textfractionsolidus textinterrobang textlangle textleftarrow textlira textlnot textmho
    textmu textmusicalnote textnaira textnumero textohm textonehalf textonequarter
    textonesuperior textopenbullet textordfeminine textordmasculine textparagraph
    textperiodcentered textpertenthousand textperthousand textpeso textquestiondown
    textquotedblleft textquotedblright textquoteleft textquoteright textrangle textrecipe
    textreferencemark textregistered textrightarrow textsection textservicemark
    textsterling textthreequarters textthreesuperior texttimes texttrademark
    texttwosuperior textuparrow textwon textyen""".split()
)

#: Math symbols of plain LaTeX (no package needed), used as `\ensuremath{\alpha}`.
MATH_COMMANDS = frozenset(
    """Delta Gamma Lambda Omega Phi Pi Psi Sigma Theta Upsilon Xi alpha beta chi delta
    epsilon eta gamma iota kappa lambda mu nu omega phi pi psi rho sigma tau theta upsilon
    xi zeta varepsilon varphi varpi varrho varsigma vartheta aleph ell hbar wp infty
    partial nabla forall exists in ni notin approx asymp cong equiv neq leq geq ll gg sim
    simeq propto pm mp cdot cdots ddots vdots circ bullet star diamond cap cup sum prod
    coprod int oint leftarrow rightarrow leftrightarrow Leftarrow Rightarrow Leftrightarrow
    uparrow downarrow updownarrow Uparrow Downarrow Updownarrow mapsto langle rangle lceil
    rceil lfloor rfloor mid parallel perp angle oplus ominus otimes oslash odot subset
    supset subseteq supseteq top vdash dashv wedge vee""".split()
)

#: Accent commands that take one letter: control symbols and one-letter control words.
_ACCENT_SYMBOLS = "\"'`^~=."
_ACCENT_WORDS = "HckvurdbtG"
_ACCENTED = re.compile(
    r"\\(?:[\"'`^~=.]\s*(?:[A-Za-z]|\\[ij]|\{(?:[A-Za-z]|\\[ij])\})"
    r"|[Hckvurdbt]\s*(?:\{(?:[A-Za-z]|\\[ij])\}|\s[A-Za-z]))"
)
_MATH = re.compile(r"\\ensuremath\{\\([A-Za-z]+)\}")
_TEXT_WORD = re.compile(r"\\([A-Za-z]+)")
_PLAIN_ASCII = re.compile(r"[A-Za-z0-9'.,:;=/*+ -]+")

#: Commands `audit` accepts: everything the table and the specials can produce.
_AUDIT_WORDS = (
    TEXT_COMMANDS
    | MATH_COMMANDS
    | set(_ACCENT_WORDS)
    | {"ensuremath", "textbackslash", "textbraceleft", "textbraceright"}
    | {"textless", "textgreater", "textbar", "i", "j"}
)
_AUDIT_SYMBOLS = set(_ACCENT_SYMBOLS) | set("&%$#_")
_CONTROL_SEQ = re.compile(r"\\([A-Za-z]+|.)", re.DOTALL)
_INNER_GROUP = re.compile(r"\{[^{}]*\}")


def _accepted_replacement(latex: str) -> str | None:
    """A pylatexenc replacement we trust, braced; None when it is not in the safe grammar."""
    if latex == "~":
        return "{~}"
    if _ACCENTED.fullmatch(latex):
        # `\"i`, not `\"\i`: biber decodes the latter to a dotless i and a combining mark
        return "{" + re.sub(r"\\([ij])(?![A-Za-z])", r"\1", latex) + "}"
    text_word = _TEXT_WORD.fullmatch(latex)
    if text_word and text_word.group(1) in TEXT_COMMANDS:
        return "{" + latex + "}"
    math = _MATH.fullmatch(latex)
    if math and math.group(1) in MATH_COMMANDS:
        return "{" + latex + "}"
    if _PLAIN_ASCII.fullmatch(latex):
        return _escape_ascii(latex)
    return None


@cache
def latex_table() -> dict[str, str]:
    """Non-ASCII character -> its LaTeX form, restricted to forms pdflatex accepts.

    Built once from pylatexenc's table through `_accepted_replacement`; the tools tests
    compile every value with pdflatex to prove the table.
    """
    from pylatexenc.latexencode import get_builtin_uni2latex_dict

    # The typographic hyphens (web pages write "co&#8209;production") are hyphens.
    table: dict[str, str] = {"\u2010": "-", "\u2011": "-"}
    for codepoint, latex in get_builtin_uni2latex_dict().items():
        if chr(codepoint) in table:
            continue
        if codepoint < 128:
            continue
        accepted = _accepted_replacement(latex)
        if accepted is not None:
            table[chr(codepoint)] = accepted
    return table


def _escape_ascii(text: str) -> str:
    return _ASCII_SPECIAL_RE.sub(lambda m: _ASCII_SPECIALS[m.group()], text)


@lru_cache(maxsize=4096)
def _char_in_ascii(char: str) -> tuple[str, str]:
    """The LaTeX for one non-ASCII character, and a note when it had to be transliterated."""
    latex = latex_table().get(char)
    if latex is not None:
        return latex, ""
    folded = anyascii(char)
    shown = f"U+{ord(char):04X} ({char})"
    if not folded:
        return "", f"{_NO_LATEX}{shown} left out"
    return _escape_ascii(folded), f"{_NO_LATEX}{shown} as '{folded}'"


@lru_cache(maxsize=4096)
def _utf8_note(char: str) -> str:
    """A note for a character pdflatex cannot typeset from UTF-8 input."""
    latex = latex_table().get(char)
    if latex is not None and "\\ensuremath" not in latex:
        return ""
    return f"{_NEEDS_ENGINE}U+{ord(char):04X} ({char})"


_NO_LATEX = "no LaTeX form: "
_NOT_IN_NAMES = "not written in a name: "
_NEEDS_ENGINE = "needs a Unicode TeX engine: "
_SUMMARIES = {
    _NO_LATEX: "characters with no LaTeX form, transliterated: ",
    _NEEDS_ENGINE: "characters pdflatex cannot typeset (use lualatex or xelatex): ",
    _NOT_IN_NAMES: "characters biber cannot take in a name, left out: ",
}


def summarise_notes(notes: list[str]) -> list[str]:
    """Notes without repeats, the per-character ones merged into one line per kind."""
    merged: dict[str, list[str]] = {}
    out: list[str] = []
    for note in dict.fromkeys(notes):
        prefix = next((p for p in _SUMMARIES if note.startswith(p)), None)
        if prefix is None:
            out.append(note)
        else:
            merged.setdefault(prefix, []).append(note[len(prefix) :])
    return [_SUMMARIES[p] + ", ".join(details) for p, details in merged.items()] + out


def _escape_text(text: str, ascii_only: bool, notes: list[str] | None) -> str:
    if text.isascii():
        return _escape_ascii(text)
    if not ascii_only:
        if notes is not None:
            chars = dict.fromkeys(_NON_ASCII.findall(text))
            notes.extend(n for c in chars if (n := _utf8_note(c)))
        return _escape_ascii(text)
    out: list[str] = []
    for chunk in re.split(r"([^\x00-\x7f])", text):
        if not chunk:
            continue
        if chunk.isascii():
            out.append(_escape_ascii(chunk))
            continue
        latex, note = _char_in_ascii(chunk)
        out.append(latex)
        if note and notes is not None:
            notes.append(note)
    return "".join(out)


def needs_protection(word: str, at_sentence_start: bool, *, proper_nouns: bool = True) -> bool:
    """True when a title word's capitals must be braced to survive a style's case change.

    A word is protected when it has a capital after its first character (acronyms and
    inner capitals: UK, VOLUNTAS, iPhone, McDonald) or when it starts with a capital and
    is neither the title's first word nor the first word after a colon (proper nouns:
    Ostrom, Wales). Stored titles are printed as stored. Journal and series names, which
    styles never lower-case, get only the first rule (`proper_nouns=False`).
    """
    if any(c.isupper() for c in word[1:]):
        return True
    return proper_nouns and not at_sentence_start and word[:1].isupper()


def _escape_title(
    text: str, ascii_only: bool, notes: list[str] | None, proper_nouns: bool = True
) -> str:
    out: list[str] = []
    pos = 0
    at_start = True
    for match in _WORD.finditer(text):
        between = text[pos : match.start()]
        if between:
            out.append(_escape_text(between, ascii_only, notes))
            at_start = at_start or ":" in between
        word = match.group()
        escaped = _escape_text(word, ascii_only, notes)
        protect = needs_protection(word, at_start, proper_nouns=proper_nouns)
        out.append("{" + escaped + "}" if protect else escaped)
        at_start = False
        pos = match.end()
    if pos < len(text):
        out.append(_escape_text(text[pos:], ascii_only, notes))
    return "".join(out)


def _escape_verbatim(text: str, ascii_only: bool) -> str:
    def encode(match: re.Match[str]) -> str:
        return "".join(f"%{b:02X}" for b in match.group().encode("utf-8"))

    text = _VERBATIM_UNSAFE.sub(encode, text)
    return _NON_ASCII.sub(encode, text) if ascii_only else text


def _name_characters(value: str, kind: FieldKind, notes: list[str] | None) -> str:
    """A name without the characters biber mangles when it splits names and makes
    initials: anything but letters, digits, spaces and `' . , -` in a personal name,
    and backslashes, braces and `~ ^ < > |` in a corporate one."""
    unsafe = _NAME_UNSAFE if kind is KIND_NAME else _BODY_UNSAFE
    found = unsafe.findall(value)
    if not found:
        return value
    if notes is not None:
        notes.extend(f"{_NOT_IN_NAMES}{c!r}" for c in dict.fromkeys(found) if not c.isspace())
    return unsafe.sub("", value)


def _break_ligatures(text: str) -> str:
    return _LIGATURE_RE.sub(lambda m: (m.group(1) or m.group(2)) + "{}", text)


def escape_field(
    value: str,
    kind: FieldKind = FieldKind.TEXT,
    *,
    ascii_only: bool = True,
    notes: list[str] | None = None,
) -> str:
    """The BibTeX form of a stored value, safe to write between the braces of a field.

    `notes` collects what could not be written faithfully (transliterated characters,
    characters that need a Unicode engine). The result always passes `audit`. Values
    repeat across a library (publishers, places, name parts), so results are memoised.
    """
    out, value_notes = escape_value(value, kind, ascii_only)
    if value_notes and notes is not None:
        notes.extend(value_notes)
    return out


@lru_cache(maxsize=1 << 14, typed=True)
def escape_value(value: str, kind: FieldKind, ascii_only: bool) -> tuple[str, tuple[str, ...]]:
    """`escape_field` as the entry builder calls it for every field: positional
    arguments, the audited value and its notes returned together, memoised (a library
    repeats publishers, places and name parts)."""
    notes: list[str] = []
    if kind is KIND_NAME or kind is KIND_BODY:
        value = _name_characters(value, kind, notes)
    if kind is KIND_VERBATIM:
        if value.isascii() and value.isprintable() and _VERBATIM_UNSAFE.search(value) is None:
            return value, tuple(notes)
    elif kind is KIND_PAGES:
        if _SIMPLE_RANGE.fullmatch(value):
            return _RANGE_DASH.sub("--", value), tuple(notes)
    elif _is_plain(value):
        return _escape_plain(value, kind), tuple(notes)
    text = visible_text(value)
    if kind is KIND_VERBATIM:
        out = _escape_verbatim(text, ascii_only)
    elif kind is KIND_TITLE or kind is KIND_CONTAINER:
        proper_nouns = kind is KIND_TITLE
        out = _break_ligatures(_escape_title(text, ascii_only, notes, proper_nouns))
    elif kind is KIND_PAGES:
        parts = [_escape_text(p, ascii_only, notes) for p in _RANGE_DASH.split(text)]
        out = "--".join(_break_ligatures(p) for p in parts)
    else:
        out = _break_ligatures(_escape_text(text, ascii_only, notes))
        if kind is KIND_BODY or (kind is KIND_NAME and _NAME_NEEDS_BRACES.search(text)):
            out = "{" + out + "}"
    if not audit(out, kind):
        raise EscapeError(f"escaped value failed the safety audit: {out!r}")
    return out, tuple(notes)


#: How an entry's values are escaped: (value, kind, ASCII only) -> (written value, notes).
Escaper = Callable[[str, FieldKind, bool], tuple[str, tuple[str, ...]]]


def escape_outcome(value: str, kind: FieldKind, ascii_only: bool) -> tuple[str, tuple[str, ...]]:
    """What `escape_value` reports about a value, with the value built only where needed:
    a stand-in that is empty exactly when the written value would be, and the same notes.

    Printable ASCII outside names is never noted and loses nothing but spaces (every other
    character is written, as itself or as a command), so when it holds more than spaces it
    stands for itself, and so does a page range `escape_value` writes by its shortcut
    (`12–15`); anything else is escaped for real. Checking an export needs only this:
    most of a library's text is such, and titles and pages are rarely repeated.
    """
    if kind is KIND_NAME or kind is KIND_BODY:
        return escape_value(value, kind, ascii_only)
    if value.isascii() and value.isprintable() and value.strip(" "):
        return value, ()
    if kind is KIND_PAGES and _SIMPLE_RANGE.fullmatch(value):
        return value, ()
    return escape_value(value, kind, ascii_only)


def _is_plain(value: str) -> bool:
    """True for printable ASCII without specials, backticks, ligature pairs, runs of
    spaces or space at either end: text `escape_field` can return nearly as it is."""
    return (
        value.isascii()
        and value.isprintable()
        and _SPECIAL_OR_BACKTICK.search(value) is None
        and "  " not in value
        and "--" not in value
        and "''" not in value
        and ",," not in value
        and value[:1] != " "
        and value[-1:] != " "
    )


def _escape_plain(value: str, kind: FieldKind) -> str:
    """The fast path for printable ASCII with no special character and no ligature pair:
    only braces for capitals and names are added, so the result passes `audit`."""
    if kind is KIND_TITLE or kind is KIND_CONTAINER:
        return _protect_ascii_title(value, proper_nouns=kind is KIND_TITLE)
    if kind is KIND_BODY or (kind is KIND_NAME and _NAME_NEEDS_BRACES.search(value)):
        return "{" + value + "}"
    return value


def _protect_ascii_title(text: str, proper_nouns: bool) -> str:
    """`_escape_title` for plain ASCII: the same words and sentence starts.

    Only the space-separated chunks holding a capital are split into words (no word
    spans a space), so a mostly lower-case title costs a few scans in C.
    """
    out: list[str] = []
    pos = 0
    capital = _UPPER.search(text)
    while capital is not None:
        chunk_start = text.rfind(" ", 0, capital.start()) + 1
        chunk_end = text.find(" ", capital.start())
        if chunk_end < 0:
            chunk_end = len(text)
        for match in _ASCII_WORD.finditer(text, chunk_start, chunk_end):
            word = match.group()
            # `needs_protection` unrolled for ASCII words, the sentence start looked
            # up only for a capitalised word without inner capitals
            start = match.start()
            rest = word[1:]
            if rest.lower() == rest and not (
                proper_nouns
                and word[0].isupper()
                and _ALNUM.search(text, text.rfind(":", 0, start) + 1, start) is not None
            ):
                continue
            out += (text[pos:start], "{", word, "}")
            pos = match.end()
        capital = _UPPER.search(text, chunk_end)
    out.append(text[pos:])
    return "".join(out)


def audit(text: str, kind: FieldKind = FieldKind.TEXT) -> bool:
    """True when a field value is safe: balanced braces, no line breaks, no control
    sequence outside the table's, and (verbatim) no brace, backslash or space at all."""
    if "\n" in text or "\r" in text:
        return False
    if kind is KIND_VERBATIM:
        return _VERBATIM_UNSAFE.search(text) is None
    if "\\" in text:
        for match in _CONTROL_SEQ.finditer(text):
            name = match.group(1)
            if name not in _AUDIT_WORDS and name not in _AUDIT_SYMBOLS:
                return False
    if "{" in text or "}" in text:
        previous = None
        while previous != text:
            previous, text = text, _INNER_GROUP.sub("", text)
        return "{" not in text and "}" not in text
    return True


_KEY_SAFE = re.compile(r"[A-Za-z0-9_:./+-]+")
_KEY_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9_:./+-]+")


def written_keys(keys: list[str], fmt: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The key each work is written under in one export (`safe_citekey`, made unique),
    and a warning for every key that had to change."""
    from coprod_refs.resolve.citekeys import unique_key

    if all(map(_KEY_SAFE.fullmatch, keys)) and len(set(keys)) == len(keys):
        return list(keys), []  # the usual case: every key is written as it is
    used: set[str] = set()
    out: list[str] = []
    warnings: list[tuple[str, str]] = []
    for key in keys:
        written = safe_citekey(key)
        if written in used:
            written = unique_key(written, used)
        used.add(written)
        out.append(written)
        if written != key:
            warnings.append((key, f"citekey is not safe in {fmt}: written as {written}"))
    return out, warnings


def safe_citekey(key: str) -> str:
    """`key` when BibTeX, biber and LaTeX all accept it; otherwise an ASCII form of it
    with every other character run replaced by `-` (the caller reports the change)."""
    if _KEY_SAFE.fullmatch(key):
        return key
    folded = _KEY_UNSAFE_RUN.sub("-", anyascii(visible_text(key))).strip("-")
    return folded or "key"
