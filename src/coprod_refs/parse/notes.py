"""Citations in endnotes, as Chicago's notes style prints them (history, political theory,
law): the running text carries note numbers ("… older than the word.1 Parish …"), and
each numbered note cites works, in full the first time ("1. Elinor Ostrom, Governing the
Commons (Cambridge: Cambridge University Press, 1990), 12."), shortened after ("5.
Ostrom, Governing the Commons, 90.") or as "Ibid., 112.".

Every work a note cites is one mention: the authors and year of the work (a short form
and "Ibid." take them from the citation they stand for: an earlier note's, or the
reference list's entry with that author and title), the page cited as the locator, the
citation as the note prints it as the surface, and as the context the sentence the
note's number closes in the running text (the note itself when its number cannot be
found there). Notes that only comment, or cite author-year ("See Ostrom (1990, 45)",
which the author-year reader takes), give none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from coprod_refs.model import Span
from coprod_refs.model.extracted import ExtractedMention, ExtractedWork
from coprod_refs.parse.cited_names import PARTICLE_PATTERN, UPPER_LETTERS
from coprod_refs.parse.finder import ReferenceEntry
from coprod_refs.parse.reference import parse_references
from coprod_refs.parse.section_lines import cites_work
from coprod_refs.parse.sentences import split_sentences_around
from coprod_refs.parse.work_lookup import first_author_key, opens_with, title_words
from coprod_refs.text.fold import name_key
from coprod_refs.text.normalize import normalize

#: Pages as notes cite them: "12", "45–47", "xiv", "pp. 3, 7", "12n4", "12 n. 4", "45ff."
_PAGES = (
    r"(?:pp?\.\s*)?[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?(?:\s*,\s*\d+(?:\s*[-–]\s*\d+)?)*"
    r"(?:\s*nn?\.?\s*\d+)?(?:\s*ff?\.)?"
)
#: The page after a full citation's publication facts: "(… 1990), 12." or "(1996): 1080."
_PAGE_AFTER_FACTS = re.compile(rf"\)\s*[,:]\s*(?P<locator>{_PAGES})\s*\.?$")
_IBID = re.compile(
    rf"^(?:ibid|ibidem|id|ebd|ebenda)\.?(?:,?\s*(?P<locator>{_PAGES}))?\s*\.?$", re.IGNORECASE
)
#: A short form by the authors alone: "Ostrom, op. cit., 45.", "Ostrom, 90.".
_AUTHOR_ONLY = re.compile(
    rf"^(?P<names>[^,\d]{{2,80}}?),\s+(?P<cit>(?:op|loc)\.\s?cit\.,?\s*)?"
    rf"(?P<locator>{_PAGES})?\s*\.?$",
    re.IGNORECASE,
)
#: A short form: the authors' family names, a short title, perhaps the page.
_SHORT = re.compile(
    rf"^(?P<names>[^,]{{2,80}}?),\s+(?P<title>.+?)(?:,[”\"’']?\s*(?P<locator>{_PAGES}))?\s*\.?$"
)
#: Words that lead into a citation: "See", "See also", "Cf.", "For a critique, see".
_LEAD_IN = re.compile(
    r"^(?:[^.;]{0,80}?,\s+)?(?:see|cf\.|compare)(?:\s+(?:also|especially|e\.g\.,?|for\s+example,?))?\s+"
    r"|^(?:e\.g\.,?|for\s+example,)\s+",
    re.IGNORECASE,
)
#: A person's name in reading order: given names or initials, particles, family name.
_NATURAL_NAME = (
    rf"[{UPPER_LETTERS}][\w'’.-]*(?:\s+(?:[{UPPER_LETTERS}]\.|[{UPPER_LETTERS}][\w'’-]+|{PARTICLE_PATTERN}))*"
    rf"\s+[{UPPER_LETTERS}][\w'’-]+"
)
#: The authors (or editors, "eds.") opening a note, then a comma and the title.
_OPENING_NAMES = re.compile(
    rf"^(?P<names>{_NATURAL_NAME}(?:(?:,\s+{_NATURAL_NAME})*,?\s+(?:and|&)\s+{_NATURAL_NAME})?"
    rf"(?:\s+et\s+al\.)?)(?P<role>,\s+(?:eds?|trans)\.)?,\s+(?=[\"“‘'{UPPER_LETTERS}])"
)
_NAME_JOINS = re.compile(r"\s+(?:and|&|et\s+al\.?)(?:\s+|$)|,\s+")
#: Where a comment after a short form starts: "Thane, Foundations, 60. This point is …"
_FIRST_SENTENCE = re.compile(r"(?<=\d)\.\s+(?=[A-Z])")
#: A note's number printed as a superscript in the running text, once copied: glued to
#: the letter or closing mark before it, a space or a mark after it ("word.1 Next").
_MARKER = re.compile(r"(?<=[^\W\d_]|[.,;:!?)\]”’\"])(\d{1,3})(?=[\s.,;:)\]]|$)")


class _NoteSpans:
    """The notes of a text by where they stand, to find the note at an offset."""

    def __init__(self, notes: Sequence[ReferenceEntry]) -> None:
        self.notes = sorted(notes, key=lambda n: n.start)
        self.starts = [n.start for n in self.notes]

    def at(self, offset: int) -> ReferenceEntry | None:
        """The note whose span holds `offset`, if any."""
        k = bisect_right(self.starts, offset) - 1
        return self.notes[k] if k >= 0 and offset < self.notes[k].end else None


@dataclass(frozen=True)
class NoteCitation:
    """One work one note cites: the note's number and span, the work (as the note gives
    it in `full`, or as the citation a short form or "Ibid." stands for gives it), the
    page cited, the words leading into the citation ("See") and the citation as the
    note prints it (`cited`, one of the note's parts)."""

    note: str
    start: int
    end: int
    work: ExtractedWork
    locator: str
    prefix: str
    full: bool
    cited: str = ""


def read_notes(
    text: str,
    notes: Sequence[ReferenceEntry],
    listed: Sequence[ExtractedWork],
    mentions: list[ExtractedMention],
    source_id: str,
    *,
    interleaved: bool = False,
) -> tuple[list[ExtractedWork], list[ExtractedMention]]:
    """What the endnotes `notes` of `text` add to its reference list `listed` and its
    author-year `mentions`: the works they cite in full (the text's statements of them,
    as list entries are), and the mentions, with one per work a note cites and those
    made inside a note given the sentence the note is printed for as their context.
    `interleaved`: the notes are footnotes printed between the pages of the running text
    (`parse.footnotes`), not endnotes after it."""
    cited = cited_in_notes(notes, listed, [(m.start, m.end) for m in mentions])
    spans = _NoteSpans(notes)
    if not cited and all(spans.at(m.start) is None for m in mentions):
        return [], mentions
    contexts = _NoteContexts(text, spans, interleaved)
    return _fully_cited(cited, source_id), contexts.placed(mentions) + _mentions(cited, contexts)


def cited_in_notes(
    notes: Sequence[ReferenceEntry],
    listed: Sequence[ExtractedWork],
    taken: Sequence[tuple[int, int]] = (),
) -> list[NoteCitation]:
    """Every work the endnotes `notes` cite, in order: full citations as parsed (the page
    cited taken off first), short forms and "Ibid." as the citation they stand for, found
    among earlier notes and the text's reference list `listed`. Notes overlapping `taken`
    spans (author-year citations already read there) are left to those."""
    spans = _NoteSpans(notes)
    held = {id(note) for start, _end in taken if (note := spans.at(start)) is not None}
    free = [n for n in notes if id(n) not in held]
    parts = [(note, *_lead_in(part)) for note in free for part in _parts(note.text)]
    full = {i: _as_reference(text) for i, (_n, _l, text) in enumerate(parts) if cites_work(text)}
    works = dict(zip(full, parse_references([text for text, _page in full.values()]), strict=True))
    out: list[NoteCitation] = []
    seen: list[ExtractedWork] = []
    labels = [""]  # the notes read so far, in order
    for i, (note, prefix, part) in enumerate(parts):
        if note.label != labels[-1]:
            labels.append(note.label)
        if i in works:
            work, locator = works[i], full[i][1]
            if not (work.authors or work.editors):
                continue
            seen.append(work)
        else:
            # "Ibid." stands for the last citation when it is in this note or the one before.
            last = out[-1].work if out and out[-1].note in labels[-2:] else None
            found = _stood_for(part, last, seen, listed)
            if found is None:
                continue
            work, locator = found
        out.append(
            NoteCitation(note.label, note.start, note.end, work, locator, prefix, i in works, part)
        )
    return out


class _NoteContexts:
    """Where the running text of `text` prints the numbers of its endnotes `notes`, and
    the sentence each number closes there."""

    def __init__(self, text: str, spans: _NoteSpans, interleaved: bool) -> None:
        self.text = text
        self.spans = spans
        norm = normalize(text)
        markers = _note_markers(norm.text, spans, norm.to_original, interleaved)
        marks = ((at, at + len(label)) for label, at in markers.items())
        sentences = split_sentences_around(norm.text, marks)
        self._contexts = {label: sentences.around(at - 1, at) for label, at in markers.items()}

    def of(self, label: str, start: int, end: int) -> str:
        """The sentence note `label` (at start:end) is printed for, else the note itself."""
        return self._contexts.get(label) or " ".join(self.text[start:end].split())

    def placed(self, mentions: list[ExtractedMention]) -> list[ExtractedMention]:
        """`mentions`, those made inside a note ("7. See Bovaird (2007).") with the
        sentence the note is printed for as their context."""
        out = []
        for mention in mentions:
            note = self.spans.at(mention.start)
            if note is not None and note.label in self._contexts:
                mention = mention.model_copy(update={"context": self._contexts[note.label]})
            out.append(mention)
        return out


def _mentions(citations: Sequence[NoteCitation], contexts: _NoteContexts) -> list[ExtractedMention]:
    """One mention per citation in the endnotes, its context the sentence that the note's
    number closes in the running text (else the note)."""
    mentions = []
    for citation in citations:
        work = citation.work
        start, end = _printed_at(contexts.text, citation)
        mentions.append(
            ExtractedMention(
                authors=[n.literal or n.family for n in work.authors or work.editors],
                et_al="et-al" in work.flags,
                year=work.year,
                year_suffix=work.year_suffix,
                no_date=work.no_date,
                surface=contexts.text[start:end],
                locator=citation.locator,
                prefix=citation.prefix,
                context=contexts.of(citation.note, citation.start, citation.end),
                start=start,
                end=end,
            )
        )
    return mentions


def _printed_at(text: str, citation: NoteCitation) -> tuple[int, int]:
    """Where the note prints the citation (its first words to its last, across line
    breaks), inside the note's span; the whole note when it cannot be told."""
    words = citation.cited.split()
    if not words:
        return citation.start, citation.end
    first = re.compile(r"\s+".join(map(re.escape, words[:3])))
    last = re.compile(r"\s+".join(map(re.escape, words[-2:])))
    opening = first.search(text, citation.start, citation.end)
    closing = last.search(text, opening.start(), citation.end) if opening else None
    if opening is None or closing is None:
        return citation.start, citation.end
    return opening.start(), closing.end()


def _fully_cited(citations: Sequence[NoteCitation], source_id: str) -> list[ExtractedWork]:
    """The works the notes cite in full, each spanning its note: the text's statements of
    them, as a reference list's entries are (with no list number: a note's number is no
    entry's)."""
    works = []
    for citation in citations:
        if citation.full:
            work = citation.work
            work.span = Span(
                source=source_id, start=citation.start, end=citation.end, extractor="notes"
            )
            works.append(work)
    return works


def cites_in_full(note: str) -> bool:
    """Some citation of the note gives a work in full ("Elinor Ostrom, Governing the
    Commons (Cambridge: …, 1990), 12.")."""
    return any(cites_work(_lead_in(part)[1]) for part in _parts(note))


def cites_by_reference(note: str) -> bool:
    """The note opens with a citation that stands for an earlier one and names the page:
    "Ibid., 112.", "Ostrom, op. cit., 45.", "Thane, Foundations, 60."."""
    part = _FIRST_SENTENCE.split(_lead_in(next(_parts(note)))[1], maxsplit=1)[0]
    if _IBID.match(part):
        return True
    short = _AUTHOR_ONLY.match(part) or _SHORT.match(part)
    return short is not None and bool(short.group("locator"))


def _parts(note: str) -> Iterator[str]:
    """The note's citations: its text cut at the semicolons outside brackets."""
    depth, begin = 0, 0
    for i, char in enumerate(note):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            yield note[begin:i].strip()
            begin = i + 1
    yield note[begin:].strip()


def _lead_in(part: str) -> tuple[str, str]:
    """(the words leading into the citation, the citation)."""
    match = _LEAD_IN.match(part)
    if match is None:
        return "", part
    return match.group().strip(), part[match.end() :]


def full_citations(notes: Sequence[ReferenceEntry]) -> list[str]:
    """The notes' full citations as reference strings, in order: the page cited taken off
    and the authors closed with a full stop, as a reference list prints them (what
    `coprod-refs parse --find` parses for a text whose only list is its notes)."""
    parts = (_lead_in(part)[1] for note in notes for part in _parts(note.text))
    return [_as_reference(part)[0] for part in parts if cites_work(part)]


def _as_reference(citation: str) -> tuple[str, str]:
    """(a full citation as a reference list would print it, the page it cites)."""
    text, page = _without_page(citation)
    return _names_closed(text), page


def _names_closed(citation: str) -> str:
    """The citation with a full stop, not a comma, after the authors that open it in
    reading order ("Sidney Webb and Beatrice Webb, English Poor Law History" becomes
    "Sidney Webb and Beatrice Webb. English …"), as a reference list prints them, so
    that the title's first words are not read as a name inverted."""
    match = _OPENING_NAMES.match(citation)
    if match is None:
        return citation
    return match.group("names") + (match.group("role") or "") + ". " + citation[match.end() :]


def _without_page(citation: str) -> tuple[str, str]:
    """(the full citation without the page cited after its publication facts, the page)."""
    match = _PAGE_AFTER_FACTS.search(citation)
    if match is None:
        return citation, ""
    return citation[: match.start() + 1] + ".", match.group("locator")


def _stood_for(
    part: str,
    last: ExtractedWork | None,
    seen: list[ExtractedWork],
    listed: Sequence[ExtractedWork],
) -> tuple[ExtractedWork, str] | None:
    """The work and page of "Ibid., 112." (the `last` work cited), of "Ostrom, op. cit.,
    45." (the work by that first author the notes cited last), of "Ostrom, 90." (the
    one work by that first author among earlier notes' and the reference list's), or of
    a short form "Ostrom, Governing the Commons, 90." (the one work by that first author
    whose title opens with those words)."""
    ibid = _IBID.match(part)
    if ibid is not None:
        return (last, ibid.group("locator") or "") if last is not None else None
    cited = _FIRST_SENTENCE.split(part, maxsplit=1)[0]
    by_author = _AUTHOR_ONLY.match(cited)
    if by_author is not None and (by_author.group("cit") or by_author.group("locator")):
        return _by_author(by_author, seen, listed)
    short = _SHORT.match(cited)
    if short is None:
        return None
    family = _cited_family(short.group("names"))
    title = title_words(short.group("title"))
    if not family or not title:
        return None
    matches = {
        (work.year, work.no_date): work
        for work in (*seen, *listed)
        if first_author_key(work) == family and opens_with(title_words(work.title), title)
    }
    if len(matches) != 1:
        return None
    return next(iter(matches.values())), short.group("locator") or ""


def _by_author(
    match: re.Match[str], seen: list[ExtractedWork], listed: Sequence[ExtractedWork]
) -> tuple[ExtractedWork, str] | None:
    """The work "Ostrom, op. cit., 45." stands for (the last one by that first author the
    notes cited), or "Ostrom, 90." (the only one by that first author)."""
    family = _cited_family(match.group("names"))
    earlier = [work for work in seen if first_author_key(work) == family]
    if match.group("cit"):
        return (earlier[-1], match.group("locator") or "") if earlier else None
    candidates = {
        (work.year, work.no_date): work
        for work in (*earlier, *listed)
        if first_author_key(work) == family
    }
    if len(candidates) != 1:
        return None
    return next(iter(candidates.values())), match.group("locator") or ""


def _cited_family(names: str) -> str:
    """The folded family name of the first of the authors a short form names."""
    words = _NAME_JOINS.split(names.strip())[0].split()
    return name_key(words[-1]) if words else ""


def _note_markers(
    text: str, spans: _NoteSpans, to_original: Callable[[int], int], interleaved: bool
) -> dict[str, int]:
    """Where the running text (`text`, normalized) prints each note's number, in order,
    as a superscript copied into the line ("word.1 Next"): note label -> offset in
    `text`. The running text is what comes before the notes, or, for footnotes
    `interleaved` with it, all but the notes."""
    end = None if interleaved or not spans.starts else spans.starts[0]  # original offsets
    # Every number printed so, in reading order, and where each number stands among them.
    printed: list[tuple[int, str]] = []
    for match in _MARKER.finditer(text):
        original = to_original(match.start())
        if end is not None and original >= end:
            break
        if spans.at(original) is None:
            printed.append((match.start(), match.group(1)))
    places: dict[str, list[int]] = {}
    for i, (_at, number) in enumerate(printed):
        places.setdefault(number, []).append(i)
    found: dict[str, int] = {}
    after = 0  # the first printed number the next note may take
    for note in spans.notes:
        own = places.get(note.label, [])
        k = bisect_left(own, after)
        if k < len(own):
            found[note.label] = printed[own[k]][0]
            after = own[k] + 1
    return found
