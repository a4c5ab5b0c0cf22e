"""Markdown as the text readers read a pasted page: a paper or notes written in pandoc
Markdown, Quarto or R Markdown, or a reference list kept in a Markdown note.

`markdown_text` drops the markup and keeps the words: headings lose their "#", list
items their marker (a "-", "*" or "+" item becomes a "•" item, which every list layout
knows), emphasis and code their delimiters, links keep their text and an outside
address; a YAML front matter's title, authors and date become the head lines a pasted
page opens with; footnotes become the superscript-style numbers and numbered notes that
PDF copies give ("services.1", "1. Elinor Ostrom, …"). Fenced code blocks and HTML
comments are left out. Offsets into a Markdown source refer to this text, as offsets
into a web page refer to its visible text.
"""

from __future__ import annotations

import re

#: Suffixes of Markdown files (Markdown, Quarto, R Markdown, pandoc).
MARKDOWN_SUFFIXES = frozenset((".md", ".markdown", ".qmd", ".rmd", ".pandoc"))

#: A pandoc citation's key after its "@" ("-@" suppresses the author): a letter, digit or
#: "_" first, then those and the punctuation ":.#$%&-+?<>~/" followed by another of them;
#: or any key in braces ("@{key with spaces}"). No word character stands before the "@".
_KEY = r"[\w](?:[\w]|[:.#$%&\-+?<>~/](?=[\w]))*"
CITATION = re.compile(rf"(?<![\w@])-?@(?:\{{(?P<braced>[^{{}}\n]+)\}}|(?P<key>{_KEY}))")
#: Prefixes of cross-reference labels (Quarto's "fig-", pandoc-crossref's "fig:").
CROSS_REFERENCE = re.compile(r"^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr)[-:]")
_FENCE_OPENING = re.compile(r" {0,3}(?P<fence>`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)", re.DOTALL)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RULE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_QUOTE = re.compile(r"^(?: {0,3}>[ \t]?)+")
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?=\S)")
# Every inline pattern reaches a bounded number of characters, so that a line full of
# unclosed "*", "[" or "<" costs linear time.
_NOTE_DEFINITION = re.compile(r"^\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*")
_NOTE_MARK = re.compile(r"\[\^(?P<label>[^\]\s]{1,40})\]")
_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]{0,300}+)\]\([^)\n]{0,1000}+\)")
_LINK = re.compile(
    r"\[(?P<text>[^\]\n]{1,300}+)\]\((?P<url>[^)\s]{1,1000}+)(?:[ \t]+\"[^\"\n]{0,300}\")?\)"
)
_AUTOLINK = re.compile(r"<(?P<url>(?:https?://|mailto:|www\.)[^>\s]{1,1000}+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>.{1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(?P<a>.{1,300}?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<!\w)_(?=\S)(?P<b>.{1,300}?)(?<=\S)_(?!\w)"
)
_INLINE_TAG = re.compile(
    r"</?(?:sup|sub|em|strong|i|b|u|span|small|cite|mark)\b[^>\n]{0,200}>", re.IGNORECASE
)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ESCAPE = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!|~<>\"'@$%&])")
#: Where an escaped ASCII character is kept while the markup is read (Private Use Area).
_HIDDEN = 0xF700
_HIDDEN_AT = chr(_HIDDEN + ord("@"))
#: The hidden characters given back once the markup is read: all but "@", which stays
#: hidden until the caller says what it becomes.
_HIDDEN_CHAR = re.compile("[\uf700-\uf73f\uf741-\uf77f]")
_HARD_BREAK = re.compile(r"(?:[ \t]{2,}|\\)$")
_URL = re.compile(r"(?:https?://|www\.|doi:|10\.\d{4,9}/)", re.IGNORECASE)

#: Front matter fields that make the page head, and how each is introduced.
_FIELD = re.compile(r"^(?P<name>title|subtitle|author|authors|date):[ \t]*(?P<value>.*)$")
_LIST_ITEM = re.compile(r"^[ \t]+-[ \t]*(?:name:[ \t]*)?(?P<value>.*)$")
_NAME_FIELD = re.compile(r"^[ \t]+(?:-[ \t]+)?name:[ \t]*(?P<value>.*)$")


def markdown_text(markdown: str) -> str:
    """The words of a Markdown text laid out as a pasted page: head lines from its front
    matter, then its body without markup (see the module's description)."""
    return _marked_text(markdown).replace(_HIDDEN_AT, "@")


def markdown_text_and_citable(markdown: str) -> tuple[str, str]:
    """`markdown_text`, and the same text with every "@" that pandoc reads as no citation
    (in a code span, or escaped as "\\@") as a space: citations are looked for in the
    second, whose offsets are the first's."""
    marked = _marked_text(markdown)
    return marked.replace(_HIDDEN_AT, "@"), marked.replace(_HIDDEN_AT, " ")


def _marked_text(markdown: str) -> str:
    """The text of `markdown_text` with each "@" that opens no citation still hidden."""
    head: list[str] = []
    front = FRONT_MATTER.match(markdown)
    if front is not None:
        head = _head_lines(front.group("yaml"))
        markdown = markdown[front.end() :]
    body = _without_comments(without_fenced_code(markdown))
    lines = _body_lines(body.split("\n"))
    return "\n".join([*head, *([""] if head else []), *lines])


def without_fenced_code(text: str, keep: str = "") -> str:
    """The text without its fenced code blocks, each replaced by `keep`, read line by line
    as pandoc reads them: a block opens at a line of three or more backticks or tildes
    (an info string may follow) and closes at the next line of at least as many of the
    same mark and nothing else; a block never closed runs to the end of the text."""
    out: list[str] = []
    fence = ""
    for line in text.splitlines(keepends=True):
        if fence:
            closing = line.strip()
            if closing.startswith(fence) and closing == closing[0] * len(closing):
                fence = ""
            continue
        opening = _FENCE_OPENING.match(line)
        if opening is None:
            out.append(line)
        else:
            fence = opening.group("fence")
            out.append(keep)
    return "".join(out)


def _without_comments(text: str) -> str:
    """The text without its HTML comments ("<!-- … -->"); an unclosed one runs to the end."""
    parts: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        parts.append(text[at:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        at = end + 3
    parts.append(text[at:])
    return "".join(parts)


def _head_lines(yaml: str) -> list[str]:
    """Title, subtitle, authors (one line, comma separated) and date from front matter."""
    fields: dict[str, list[str]] = {}
    current = ""
    for line in yaml.split("\n"):
        found = _FIELD.match(line)
        if found is not None:
            current = found.group("name").rstrip("s")
            value = _scalar(found.group("value"))
            if value:
                fields.setdefault(current, []).append(value)
            continue
        if current == "author":
            item = _NAME_FIELD.match(line) or _LIST_ITEM.match(line)
            if item is not None and ":" not in item.group("value"):
                fields.setdefault("author", []).append(_scalar(item.group("value")))
            continue
        if line[:1] not in (" ", "\t"):
            current = ""
    title = ": ".join(fields.get("title", [])[:1] + fields.get("subtitle", [])[:1])
    authors = ", ".join(a for a in fields.get("author", []) if a)
    return [line for line in (title, authors, *fields.get("date", [])[:1]) if line]


def _scalar(value: str) -> str:
    """A YAML scalar without its quotes; "" for a block or a mapping that follows."""
    value = value.strip()
    if value in ("|", ">", "") or value.startswith(("[", "{")):
        return ""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def _body_lines(lines: list[str]) -> list[str]:
    """The body's lines without block and inline markup; footnote definitions become
    notes numbered in the order the text marks them, under a "Notes" heading at the end."""
    out: list[str] = []
    notes: list[tuple[int, str]] = []
    numbers: dict[str, str] = {}
    for raw in lines:
        line = raw.rstrip("\r")
        if _SETEXT_RULE.match(line):
            out.append("")  # a heading's underline or a rule
            continue
        line = _QUOTE.sub("", line)
        heading = _HEADING.match(line)
        if heading is not None:
            line = heading.group("text")
        definition = _NOTE_DEFINITION.match(line)
        if definition is not None:
            number = numbers.setdefault(definition.group("label"), str(len(numbers) + 1))
            notes.append((int(number), _inline(line[definition.end() :], numbers)))
            continue
        if notes and line.startswith(("    ", "\t")) and line.strip():
            number, note = notes[-1]  # a note's next paragraph
            notes[-1] = (number, f"{note} {_inline(line.strip(), numbers)}")
            continue
        line = _BULLET.sub(lambda m: m.group("indent") + "• ", line)
        out.append(_inline(_HARD_BREAK.sub("", line), numbers))
    if notes:
        while out and not out[-1].strip():
            out.pop()
        out += ["", "Notes", "", *(f"{n}. {note}" for n, note in sorted(notes))]
    return out


def _inline(line: str, numbers: dict[str, str]) -> str:
    """A line without inline markup: images, links, emphasis, code, tags and escapes; an
    "@" in code or escaped stays hidden (`_marked_text`)."""
    if not any(c in line for c in "*_`[<\\!"):
        return line
    # Escaped characters wait in the Private Use Area while the markup is read.
    line = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group("char"))), line)
    line = CODE_SPAN.sub(lambda m: _code_text(m.group(0)), line)
    line = _IMAGE.sub(lambda m: m.group("alt"), line)
    line = _NOTE_MARK.sub(
        lambda m: numbers.setdefault(m.group("label"), str(len(numbers) + 1)), line
    )
    line = _LINK.sub(_link_text, line)
    line = _AUTOLINK.sub(lambda m: m.group("url"), line)
    line = _BREAK_TAG.sub(" ", _INLINE_TAG.sub("", line))
    line = _STRONG.sub(lambda m: m.group("text"), line)
    line = _EMPHASIS.sub(lambda m: m.group("a") or m.group("b"), line)
    return _HIDDEN_CHAR.sub(lambda m: chr(ord(m.group()) - _HIDDEN), line)


def _code_text(span: str) -> str:
    """A code span's text without its backticks; its "@" waits hidden, as an escaped
    one does, since neither opens a citation."""
    return span.strip("`").strip().replace("@", _HIDDEN_AT)


def _link_text(match: re.Match[str]) -> str:
    """A link's text, with its address after it when that leads outside the document and
    the text does not already give it ("NCVO https://www.ncvo.org.uk")."""
    text, url = match.group("text"), match.group("url")
    if _URL.match(text) or not _URL.match(url):
        return text
    return f"{text} {url}"
