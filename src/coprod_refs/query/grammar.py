"""The search query language: a hand-written tokenizer and recursive-descent parser.

    query    := or_expr
    or_expr  := and_expr ("OR" and_expr)*
    and_expr := unary (["AND"] unary)*          words side by side mean AND
    unary    := ("NOT" | "-") unary | primary
    primary  := "(" or_expr ")" | FIELD ":" value | WORD | "PHRASE"
    value    := WORD | "PHRASE" | "(" or_expr ")"  the field applies to every word inside

Fields: author, title, venue, keyword (text, forgiving), year (2010, 1990..2000, >=2010,
<2000), type, doi, cites (works that cite KEY), cited-by (works KEY cites). A word ending
in `*` is a prefix. Query text is always literal: nothing here is compiled as a pattern.
A malformed query raises `QueryError` with the 0-based position of the fault.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from coprod_refs.errors import QueryError
from coprod_refs.query.folding import BOUND_PREFIXES

TEXT_FIELDS = ("author", "title", "venue", "keyword")
FIELDS = (*TEXT_FIELDS, "year", "type", "doi", "cites", "cited-by")
_FIELD_ALIASES = {"authors": "author", "keywords": "keyword", "citedby": "cited-by"}
_QUOTES = '"\u201c\u201d'
_STOP_CHARS = frozenset(" \t\r\n()" + _QUOTES)
_OPERATORS = {"AND": "and", "OR": "or", "NOT": "not"}
_FIELD_NAME = re.compile(r"[a-z][a-z-]+")
_YEAR = re.compile(r"(\d{1,4})")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:")
MAX_QUERY_LENGTH = 4000
MAX_DEPTH = 32


class Text(NamedTuple):
    """Words to find in a text field (`field` None: any field), maybe a phrase or prefix."""

    field: str | None
    text: str
    phrase: bool
    prefix: bool
    position: int
    end: int
    label: str


class Year(NamedTuple):
    """A publication-year range, both ends inclusive; None is open."""

    low: int | None
    high: int | None
    position: int
    label: str


class Exact(NamedTuple):
    """A value that must match exactly after folding: `type:` or `doi:`."""

    field: Literal["type", "doi"]
    value: str
    position: int
    label: str


class Link(NamedTuple):
    """`cites:KEY` (works citing KEY) or `cited-by:KEY` (works KEY cites)."""

    relation: Literal["cites", "cited-by"]
    key: str
    position: int
    label: str


class And(NamedTuple):
    """Every part must match."""

    parts: tuple[Node, ...]


class Or(NamedTuple):
    """At least one part must match."""

    parts: tuple[Node, ...]


class Not(NamedTuple):
    """The part must not match."""

    part: Node


Leaf = Text | Year | Exact | Link
Node = Leaf | And | Or | Not


class _Token(NamedTuple):
    kind: str  # word, phrase, field, lparen, rparen, and, or, not
    value: str
    position: int
    end: int


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token("lparen" if ch == "(" else "rparen", ch, i, i + 1))
            i += 1
        elif ch in _QUOTES:
            close = next((j for j in range(i + 1, n) if query[j] in _QUOTES), -1)
            if close < 0:
                raise QueryError("unterminated quote", position=i, query=query)
            tokens.append(_Token("phrase", query[i + 1 : close], i, close + 1))
            i = close + 1
        elif ch == "-" and not _dash_alone(query, i):
            tokens.append(_Token("not", "-", i, i + 1))
            i += 1
        elif ch == "-":
            raise QueryError("'-' must be followed by a term", position=i, query=query)
        else:
            i = _read_word(query, i, tokens)
    return tokens


def _dash_alone(query: str, i: int) -> bool:
    """True when the '-' at `i` is followed by nothing it could negate."""
    return i + 1 >= len(query) or query[i + 1].isspace() or query[i + 1] == ")"


def _read_word(query: str, start: int, tokens: list[_Token]) -> int:
    end = start
    while end < len(query) and query[end] not in _STOP_CHARS:
        end += 1
    word = query[start:end]
    if word in _OPERATORS:
        tokens.append(_Token(_OPERATORS[word], word, start, end))
        return end
    colon = word.find(":")
    if colon > 0:
        name = word[:colon].lower()
        name = _FIELD_ALIASES.get(name, name)
        rest = word[colon + 1 :]
        if name in FIELDS:
            tokens.append(_Token("field", name, start, start + colon + 1))
            if name == "doi" and rest:
                end = _doi_end(query, start + colon + 1)
                rest = query[start + colon + 1 : end]
            if rest:
                tokens.append(_Token("word", rest, start + colon + 1, end))
            return end
        if _FIELD_NAME.fullmatch(name) and rest and not rest.startswith("/"):
            raise QueryError(
                f"unknown field '{word[:colon]}' (fields: {', '.join(FIELDS)})",
                position=start,
                query=query,
            )
    tokens.append(_Token("word", word, start, end))
    return end


def _doi_end(query: str, start: int) -> int:
    """Where a DOI value that starts at `start` ends: at white space, its own brackets
    included ("10.1016/0305-750X(96)00023-X"), a closing bracket of a group not."""
    end = start
    while end < len(query) and not query[end].isspace():
        end += 1
    while query[end - 1] == ")" and query.count(")", start, end) > query.count("(", start, end):
        end -= 1
    return end


class _Parser:
    def __init__(self, query: str, tokens: list[_Token]):
        self.query = query
        self.tokens = tokens
        self.i = 0
        self.depth = 0

    def error(self, message: str, position: int) -> QueryError:
        return QueryError(message, position=position, query=self.query)

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            raise self.error("empty query", 0)
        node = self.or_expr(None, self.tokens[0].position)
        token = self.peek()
        if token is not None:
            raise self.error("unmatched ')'", token.position)
        return node

    def or_expr(self, field: str | None, needed_at: int) -> Node:
        parts = [self.and_expr(field, needed_at)]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            parts.append(self.and_expr(field, token.position))
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self, field: str | None, needed_at: int) -> Node:
        parts: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("or", "rparen"):
            if token.kind == "and":
                if not parts:
                    raise self.error("'AND' needs a term before it", token.position)
                self.take()
                needed_at = token.position
            parts.append(self.unary(field, needed_at))
        if not parts:
            token = self.peek()
            if token is not None and token.kind == "or":
                raise self.error("'OR' needs a term before it", token.position)
            if token is not None and token.kind == "rparen" and self.depth:
                raise self.error("empty parentheses", token.position)
            if token is not None:
                raise self.error("unmatched ')'", token.position)
            raise self.error("a term is missing here", needed_at)
        merged = _join_bound_prefixes(self.query, parts)
        return merged[0] if len(merged) == 1 else And(tuple(merged))

    def unary(self, field: str | None, needed_at: int) -> Node:
        negations = 0
        while (token := self.peek()) is not None and token.kind == "not":
            self.take()
            negations += 1
            needed_at = token.position
        node = self.primary(field, needed_at)
        return Not(node) if negations % 2 else node

    def primary(self, field: str | None, needed_at: int) -> Node:
        token = self.peek()
        if token is None:
            raise self.error("a term is missing here", needed_at)
        if token.kind == "lparen":
            return self.group(field)
        if token.kind == "field":
            self.take()
            if field is not None:
                raise self.error("a field cannot be used inside another field", token.position)
            value = self.peek()
            if value is None or value.kind not in ("word", "phrase", "lparen"):
                raise self.error(f"'{token.value}:' needs a value", token.position)
            if value.kind == "lparen":
                return self.group(token.value)
            return _leaf(self.query, token.value, self.take(), token.position)
        if token.kind in ("word", "phrase"):
            return _leaf(self.query, field, self.take(), token.position)
        if token.kind == "rparen":
            raise self.error("unmatched ')'", token.position)
        raise self.error(f"'{token.value}' needs a term before it", token.position)

    def group(self, field: str | None) -> Node:
        opening = self.take()
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error("parentheses nested too deeply", opening.position)
        node = self.or_expr(field, opening.position)
        closing = self.peek()
        if closing is None or closing.kind != "rparen":
            raise self.error("'(' is never closed", opening.position)
        self.take()
        self.depth -= 1
        return node


def _join_bound_prefixes(query: str, parts: list[Node]) -> list[Node]:
    """Join a lone bound prefix with the next word: `co production` is `coproduction`."""
    out: list[Node] = []
    for part in parts:
        last = out[-1] if out else None
        if (
            isinstance(last, Text)
            and isinstance(part, Text)
            and not last.phrase
            and not last.prefix
            and not part.phrase
            and last.field == part.field
            and last.text.split()[-1].lower() in BOUND_PREFIXES
            and query[last.end : part.position].isspace()
        ):
            out[-1] = Text(
                field=part.field,
                text=f"{last.text} {part.text}",
                phrase=False,
                prefix=part.prefix,
                position=last.position,
                end=part.end,
                label=query[last.position : part.end],
            )
        else:
            out.append(part)
    return out


def _leaf(query: str, field: str | None, token: _Token, start: int) -> Leaf:
    label = query[start : token.end]
    if field is not None and start == token.position:
        label = f"{field}:{label}"
    text = token.value
    prefix = False
    if token.kind == "word" and "*" in text:
        stripped = text.rstrip("*")
        if not stripped or "*" in stripped:
            star = token.position + (text.find("*") if stripped else 0)
            raise QueryError("'*' can only end a word", position=star, query=query)
        text, prefix = stripped, True
    if prefix and field not in (None, *TEXT_FIELDS):
        star = token.position + len(text)
        raise QueryError(f"'*' cannot be used with {field}:", position=star, query=query)
    if not text.strip():
        raise QueryError("empty phrase", position=token.position, query=query)
    if field == "year":
        low, high = parse_year(text, token.position, query)
        return Year(low, high, start, label)
    if field == "type":
        return Exact("type", text.strip().lower(), start, label)
    if field == "doi":
        return Exact("doi", normalize_doi(text), start, label)
    if field in ("cites", "cited-by"):
        relation: Literal["cites", "cited-by"] = "cites" if field == "cites" else "cited-by"
        return Link(relation, text.strip(), start, label)
    phrase = token.kind == "phrase"
    return Text(field, text, phrase, prefix, start, token.end, label)


def normalize_doi(text: str) -> str:
    """A DOI as the index keeps it: lower case, without a resolver or `doi:` prefix."""
    doi = text.strip().lower()
    for prefix in _DOI_PREFIXES:
        if doi.startswith(prefix):
            doi = doi[len(prefix) :]
    return doi.strip()


def parse_year(text: str, position: int, query: str = "") -> tuple[int | None, int | None]:
    """A year value: `2010`, `1990..2000`, `1990-2000`, `2010..`, `..2000`, `>=2010`,
    `>2010`, `<=2000`, `<2000` -> inclusive (low, high)."""
    value = text.strip()

    def year(part: str) -> int:
        if not _YEAR.fullmatch(part):
            raise QueryError(
                f"'{text}' is not a year or year range", position=position, query=query
            )
        return int(part)

    for op in (">=", "<=", ">", "<"):
        if value.startswith(op):
            y = year(value[len(op) :].strip())
            return {">=": (y, None), "<=": (None, y), ">": (y + 1, None), "<": (None, y - 1)}[op]
    for sep in ("..", "-"):
        if sep in value:
            left, _, right = value.partition(sep)
            low = year(left.strip()) if left.strip() else None
            high = year(right.strip()) if right.strip() else None
            if low is None and high is None:
                break
            if low is not None and high is not None and low > high:
                raise QueryError(f"the year range {value} is empty", position=position, query=query)
            return low, high
    y = year(value)
    return y, y


def parse(query: str) -> Node:
    """Parse a query string into a tree of And/Or/Not over leaves; QueryError if malformed."""
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(
            f"the query is longer than {MAX_QUERY_LENGTH} characters",
            position=MAX_QUERY_LENGTH,
            query=query,
        )
    return _Parser(query, _tokenize(query)).parse()


def leaves(node: Node) -> list[tuple[Leaf, bool]]:
    """Every leaf with whether it counts positively (not under an odd number of NOTs)."""
    out: list[tuple[Leaf, bool]] = []

    def walk(n: Node, positive: bool) -> None:
        if isinstance(n, And | Or):
            for part in n.parts:
                walk(part, positive)
        elif isinstance(n, Not):
            walk(n.part, not positive)
        else:
            out.append((n, positive))

    walk(node, True)
    return out
