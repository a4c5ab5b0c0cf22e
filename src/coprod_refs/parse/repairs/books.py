"""Segment rules for chapters and the books they are in: the book's title, its "In"
and its editors, where the model cut or joined them wrongly."""

from __future__ import annotations

import re
from itertools import pairwise

from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import comma_imprint_segments
from coprod_refs.parse.names import (
    PARTICLES,
    has_editor_marker,
    parse_name_list,
)
from coprod_refs.parse.repairs.edits import (
    EDITORS_FIRST,
    EDITORS_JOIN,
    IN_GUILLEMETS_ROMAN,
    INVERTED_EDITOR,
    OPEN_ENDINGS,
    SMALL_WORD,
    TITLE_BOUNDARY,
    boundary_moved,
    cut_by_groups,
    divided,
    is_initial_word,
    matching,
    name_then_places,
    names_a_publisher,
    names_people,
    splice,
    split_matching,
)
from coprod_refs.parse.repairs.places import place_read_as_container

_NAME_LIST_WORDS = frozenset("and & eds eds. ed ed. et al al. (eds.) (ed.) (eds.), (ed.),".split())


def split_container_from_editors(segments: list[Segment]) -> list[Segment]:
    """ "In E. Ostrom & V. Ostrom, Choice, rules" + "and collective action": the words after
    the names open the container title (its first word being lower case, or a comma part
    with lower-case words, shows where)."""
    out = list(segments)
    for i in range(len(out) - 1):
        seg, nxt = out[i], out[i + 1]
        if seg.label != "editor" or nxt.label != "container-title" or has_editor_marker(seg.text):
            continue
        parts = seg.text.split(", ")
        if nxt.text[:1].islower():
            k = len(parts)
            while k > 1 and not any(is_initial_word(w) for w in parts[k - 1].split()):
                k -= 1
            if k < len(parts):
                out[i] = Segment("editor", ", ".join(parts[:k]) + ",", seg.confidence)
                tail = ", ".join(parts[k:])
                out[i + 1] = Segment("container-title", f"{tail} {nxt.text}", nxt.confidence)
            continue
        for k in range(1, len(parts)):
            tail = ", ".join(parts[k:])
            if any(
                w[:1].islower() and w.lower() not in _NAME_LIST_WORDS and w.lower() not in PARTICLES
                for w in tail.split()
            ):
                out[i] = Segment("editor", ", ".join(parts[:k]) + ",", seg.confidence)
                out[i + 1] = Segment("container-title", f"{tail} {nxt.text}", nxt.confidence)
                break
    return out


def merge_book_subtitle(segments: list[Segment]) -> list[Segment]:
    """ "Title. Subtitle." labelled title + container with no "In", editors, volume or
    pages around it: the container is the rest of a book's title."""
    labels = {s.label for s in segments}
    if labels & {"editor", "journal", "volume", "pages"} or not labels & {"publisher", "location"}:
        return segments
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if (
            prev.label == "title"
            and seg.label == "container-title"
            and not seg.text[:3].lower().startswith("in")
            and not fields.is_conference(seg.text)
            and prev.text.rstrip(" .,")[-1:] not in "\"”’'"
        ):
            merged = Segment(
                "title", f"{prev.text} {seg.text}", min(prev.confidence, seg.confidence)
            )
            return [*segments[: i - 1], merged, *segments[i + 1 :]]
    return segments


def container_after_in_editors(segments: list[Segment]) -> list[Segment]:
    """ "Title. In: Hefetz A, Warner M, eds. Co-production and Co-creation." read as two
    titles around the editors: the one after "In" (French "dans", Spanish "en",
    Portuguese "em", German "im") and the editors is the container."""
    labels = [s.label for s in segments]
    if labels.count("title") != 2 or "container-title" in labels or "journal" in labels:
        return segments
    first = labels.index("title")
    second = labels.index("title", first + 1)
    between = segments[first + 1 : second]
    if not any(
        s.label == "editor" and fields.opens_with_in(s.text) and len(s.text.split()) > 2
        for s in between
    ):
        return segments  # no "In" before the editors, or "In, eds." with no names
    seg = segments[second]
    return splice(segments, second, 1, Segment("container-title", seg.text, seg.confidence))


_IN_CONTAINER = re.compile(
    r"[,”\"’']\s+(?:[Ii]n|en)\s?:?\s+(?=[A-Z0-9«\"“‘])|[.?!]\s+In(?:\s:|\.)\s+(?=[A-Z0-9«\"“‘])"
    r"|[»”\"’']\s*,?\s+dans\s+(?=[A-Z0-9«\"“‘])"
    r"|[.?!]\s+In\s+(?=[‘“«])"
    r"|[,.]\s+(?=Proc\.\s|Proceedings\s+of\s)"
)


def _note_after_book_editors(segments: list[Segment], labels: list[str]) -> bool:
    """Whether the title holds ", in" and a book of two words or more, and the one
    container read comes right after editors that come right after the title: the words
    after the editors are then no book."""
    if labels.count("container-title") != 1 or labels.count("title") != 1:
        return False
    at = labels.index("container-title")
    if at < 2 or labels[at - 2 : at] != ["title", "editor"]:
        return False
    title = segments[at - 2].text
    cut = next(_IN_CONTAINER.finditer(title), None) if ", in " in title else None
    return cut is not None and len(title[cut.end() :].split()) >= 2


def split_in_container_from_title(segments: list[Segment]) -> list[Segment]:
    """ "Title, in Third International Conference on Logic Programming" (or Spanish "en"),
    "“Title,” in Interpreting God's Word" or (French spacing) "Title. In : WATSON (S.)
    dir. — Book" read as one title, with no container or journal anywhere (but places
    read as one: "‘Quality …’ in Public Management and Governance." + "T Bovaird & E
    Loeffler (eds)," + "Abingdon and New York,"), or as one container, with no title or
    journal anywhere: what follows "in" is the container."""
    labels = [s.label for s in segments]
    if "journal" in labels:
        return segments
    # "Abingdon and New York," after the editors, read as the book, is the place
    segments = place_read_as_container(segments)
    labels = [s.label for s in segments]
    if "container-title" not in labels:
        whole = "title"
    elif "title" not in labels and labels.count("container-title") == 1:
        whole = "container-title"
    elif _note_after_book_editors(segments, labels):
        # "…, in Pisa e il Mediterraneo. …," + "a cura di M. Tangheroni," + "Catalogo della
        # mostra (…)," : the book is in the title, and what follows its editors a note
        at = labels.index("container-title")
        segments = splice(segments, at, 1, segments[at]._replace(label="note"))
        whole = "title"
    else:
        return segments
    for i, seg in enumerate(segments):
        if seg.label != whole:
            continue
        words = seg.text  # the cheap test first: each of the pattern's marks has one
        if not any(word in words for word in (" in", " In", " en", " dans", " Proc")):
            return segments
        matches = list(_IN_CONTAINER.finditer(words))
        if not matches:
            return segments
        cut = matches[-1]
        head, tail = seg.text[: cut.start() + 1], seg.text[cut.end() :]
        quoted = tail[:1] in '«"“‘'
        if len(head.split()) < 3 or (len(tail.split()) < 2 and not quoted):
            return segments
        # Italian styles put a journal's name, not a book's, in guillemets before its volume
        # (or its year, when the volume is in roman numerals).
        numbered = i + 1 < len(segments) and segments[i + 1].label in ("volume", "date")
        journal = numbered and _GUILLEMETS_NAME.match(tail) is not None
        return divided(
            segments, i, ("title", head), ("journal" if journal else "container-title", tail)
        )
    return segments


_GUILLEMETS_NAME = re.compile(rf"{IN_GUILLEMETS_ROMAN}$")

#: Abbreviations a small "in" follows inside a sentence: "repr. in", "cf. in".
_MARKS_BEFORE_IN = frozenset("repr cf ed eds trans transl orig publ rev also".split())
#: A name written as letters with full stops, which ends no sentence: "CI.VI.VO", "U.S".
_DOTTED_ACRONYM = re.compile(r"[«“‘\"'(]?(?:[A-Z]{1,3}\.){2,}[A-Z]{0,3}")

#: Nature's small "in" after the chapter's title: "… governance failure. in Trust, risk" (or
#: after a semicolon: "… organisations; in Public management and governance.").
_SENTENCE_THEN_IN = re.compile(r"(?P<end>[.?!;][’”\"']?|[’”\"'][.])\s+in\s+(?=[A-Z0-9«“‘\"])")


#: A small "in" with its colon right after the chapter's title (Slovak and Czech
#: styles): "… governance failure in: Trust, risk and uncertainty,".
_WORD_THEN_IN_COLON = re.compile(r"(?P<end>[\w)?!])\s+in:\s+(?=[A-Z0-9«“‘\"])")

#: The same with a capital "In", taken only before the book's editors.
_SENTENCE_THEN_CAPITAL_IN = re.compile(
    r"(?P<end>[.?!][’”\"']?|[’”\"'][.])\s+In:?\s+(?=[A-Z0-9«“‘\"])"
)


#: "Edited by" (BibLaTeX's "Ed. by", or "Eds:") opening the editors after the book.
_EDITED_BY_OPENING = re.compile(r"^(?:(?i:edited\s+by|ed\.\s+by)|[Ee]ds?:)\s+[A-Z]")


#: The editors' bracketed mark ending their names: "Pestoff, V., … and Verschuere, B. (eds.)".
_BRACKETED_MARK_ENDING = re.compile(r"\s\((?i:eds?|hrsg|éds?|dirs?)\.?\)[.,]?$")


def _editors_next(segments: list[Segment], i: int) -> bool:
    """Whether the segment after `i` names a book's editors: opened by their mark ("Ed. by
    S. Watson and A. Moran.", as BibLaTeX prints them) or closed by it in brackets
    ("Pestoff, V. and Brandsen, T. (eds.)"), or as a list of people in
    brackets and nothing else ("(Watson, S. & Moran, A.)", as some of Nature's styles
    print them, with no mark)."""
    if i + 1 >= len(segments):
        return False
    nxt = segments[i + 1]
    if nxt.label == "editor" and (
        _EDITED_BY_OPENING.match(nxt.text) or _BRACKETED_MARK_ENDING.search(nxt.text)
    ):
        return True
    text = nxt.text.rstrip(".,")
    return (
        nxt.label in ("author", "editor")
        and text[:1] == "("
        and text.endswith(")")
        and names_people(text[1:-1])
    )


def in_book_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Public Goods and Public Choices. in Alternatives for Delivering Public Services"
    read as one title (Nature prints a small "in" before the book), or cut again inside
    the book ("… in Co-Production and Co-Creation: Engaging Citizens" + "in Public
    Services", or "… failure in: Trust, …"): what follows the small "in" is the book; so
    is what follows a capital "In" before the book's editors ("… failure. In Trust, risk
    and uncertainty" + "(Watson, S. & Moran, A.)", "… failure. In: Trust, risk and
    uncertainty." + "Ed. by S. Watson and A. Moran."), or with its colon before anything
    ("… failure. In: Trust, risk and uncertainty." + "Palgrave Macmillan,")."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        match = _SENTENCE_THEN_IN.search(seg.text) if " in " in seg.text else None
        if match is None and " in: " in seg.text:
            match = _WORD_THEN_IN_COLON.search(seg.text)
        if match is None and " In" in seg.text:
            match = _SENTENCE_THEN_CAPITAL_IN.search(seg.text)
            if match and not (match.group().rstrip().endswith(":") or _editors_next(segments, i)):
                match = None  # "… failure. In Search of …" may be the title's own words
        if match is None or len(seg.text[: match.start()].split()) < 2:
            return segments
        word_before = seg.text[: match.start()].rsplit(None, 1)[-1]
        if word_before.lower() in _MARKS_BEFORE_IN or _DOTTED_ACRONYM.fullmatch(word_before):
            # "[letter of 1640], repr. in G.B. Doni", "« CI.VI.VO. in Rimini: …»": no
            # sentence ends
            return segments
        head = seg.text[: match.start()] + match["end"]
        book = seg.text[match.end() :]
        taken = 1
        if i + 1 < len(segments) and segments[i + 1].label == "container-title":
            book, taken = f"{book} {segments[i + 1].text}", 2
        elif len(book.split()) < 2:
            return segments  # "… Textual Parameters. in Reading.": too short for a book
        return splice(
            segments,
            i,
            taken,
            seg._replace(text=head),
            seg._replace(label="container-title", text=f"in {book}"),
        )
    return segments


#: Nature's book and its editors in brackets: "in Trust, risk and uncertainty (eds.
#: Watson, S. & Moran, A.)", or with the mark after the names: "In Trust, risk and
#: uncertainty (S. Watson & A. Moran, eds),".
_BOOK_THEN_BRACKETED_EDITORS = re.compile(
    r"^(?P<book>[Ii]n\s+\S.*?)\s+(?P<editors>\((?i:eds?|hrsg|hg|éds?)\.\s+[^()]+\)?"
    r"|\([^()]+,\s*(?i:eds?|editors?|hrsg|hg|éds?)\.?\)[.,]?)$"
)


#: ACS's book and its editors after a semicolon: "In Trust, risk and uncertainty;
#: Watson, S., Moran, A., Eds.;".
_BOOK_THEN_SEMICOLON_EDITORS = re.compile(
    r"^(?P<book>[Ii]n:?\s+[^;]+);\s+(?P<editors>(?:[^;]+;\s+)*[^;]+?,?\s+(?i:eds?)\.;?)$"
)

#: The same run on to the imprint, publisher first: "…, Eds.; Routledge: London,".
_BOOK_EDITORS_IMPRINT = re.compile(
    r"^(?P<book>[Ii]n:?\s+[^;]+);\s+(?P<editors>(?:[^;]+;\s+)*[^;]+?,?\s+(?i:eds?)\.;)"
    r"\s+(?P<publisher>[^;:]+):\s+(?P<place>[^;:]+)$"
)


#: The book ending with a full stop, then its editors with their mark in brackets:
#: "In: Trust, risk and uncertainty. Watson S, Moran A (editors)." (the AIDS journal's
#: style) or "… uncertainty. Watson S, Moran A (Eds.)," (Future Science Group).
_BOOK_STOP_THEN_EDITORS = re.compile(
    r"^(?P<book>[Ii]n:?\s+\S.*?\w\w[?!)]?\.)\s+"
    r"(?P<editors>[A-Z][^.()]*?\s\((?i:eds?|editors?|hrsg|hg|éds?)\.?\)[.,;]?)$"
)


#: The book, then its editors marked before their names: Chicago's "In Trust, risk and
#: uncertainty, eds. S. Watson and A. Moran", German "…, Hrsg. S. Watson und A. Moran",
#: or after the book's full stop: "In: Trust, risk and uncertainty. Eds: Watson, S.".
_BOOK_THEN_MARKED_EDITORS = re.compile(
    r"^(?P<book>(?:[Ii]n:?|dans|en)\s+\S.*?)(?:,|(?<=\w\w[.?!]))\s+"
    r"(?P<editors>(?:eds?\.|[Ee]ds?:|[Hh]rsg\.|[Hh]g\.|éds?\.|dir\.|edited\s+by|ed\.\s+by)\s+\S.*)$"
)


def acs_book_read_as_one(segments: list[Segment]) -> list[Segment]:
    """ "In Public management and governance; Bovaird, T." + "Loeffler, E., Eds.;" or "In
    The Routledge handbook …; Kassen, T. R.; …, Eds.; Routledge: London," read as the
    book (ACS puts semicolons between the book, its editors and the imprint): the book,
    the editors after it, and the publisher and place after them."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or "; " not in seg.text:
            continue
        if i + 1 < len(segments) and segments[i + 1].label == "editor":
            merged = seg._replace(label="editor", text=f"{seg.text} {segments[i + 1].text}")
            if _BOOK_THEN_SEMICOLON_EDITORS.match(merged.text):
                return book_out_of_editors(splice(segments, i, 2, merged))
        match = _BOOK_EDITORS_IMPRINT.match(seg.text)
        if match is None:
            return segments
        pieces = [
            ("container-title", "book"),
            ("editor", "editors"),
            ("publisher", "publisher"),
            ("location", "place"),
        ]
        return cut_by_groups(segments, i, match, *pieces)
    return segments


#: CSE's book and its editors after a comma: "in Trust, risk and uncertainty, S. Watson,
#: & A. Moran, editors.".
_BOOK_THEN_NAMED_EDITORS = re.compile(
    r"^(?P<book>[Ii]n:?\s+\S.*?),\s+(?P<editors>[A-Z]\.\s.*?,?\s+(?i:editors?|eds?)\.?)$"
)


def book_out_of_editors(segments: list[Segment]) -> list[Segment]:
    """ "in Trust, risk and uncertainty (eds. Watson, S. & Moran, A.)" (Nature) or "In
    Trust, risk and uncertainty; Watson, S., Moran, A., Eds.;" (ACS) or "in Trust, risk
    and uncertainty, S. Watson, & A. Moran, editors." (CSE) read as the editors: the
    words before the bracket, the semicolon or the names are the book; in "In: Watson
    S., Moran A., editors. Trust, risk and uncertainty." (Vancouver) those after the
    editors' mark."""
    book, editors = ("container-title", "book"), ("editor", "editors")
    for pattern, first, second in (
        (_BOOK_THEN_BRACKETED_EDITORS, book, editors),
        (_BOOK_STOP_THEN_EDITORS, book, editors),
        (_BOOK_THEN_SEMICOLON_EDITORS, book, editors),
        (_BOOK_THEN_NAMED_EDITORS, book, editors),
        *((form, editors, book) for form in EDITORS_FIRST),
        (_BOOK_THEN_MARKED_EDITORS, book, editors),
    ):
        found = split_matching(segments, "editor", pattern, first, second)
        if found is not segments:
            return found
    return segments


#: The book's words, then its editors named initials first and marked after: "Trust,
#: Risk and Uncertainty, S. Watson, and A. Moran, eds.," (ASME, the AMA's marketing
#: style), or family name first: "Trust, risk and uncertainty, Watson, S. and Moran, A.
#: eds.," (the Korean Society of Civil Engineers' style).
_BOOK_WORDS_THEN_EDITORS = re.compile(
    r"^(?P<book>\S.*?),\s+(?P<editors>(?:(?:(?:(?:[A-Z]\.\s?)+|[A-Z]{1,3}\s)"
    r"(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+"
    r"|(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z]\.[\s-]?)+),?"
    r"\s*(?:(?:and|&|y|et|e|und)\s+)?)+\(?(?i:eds?|editors?)\.?\)?[.,;]?)$"
)
#: The same with names printed family first and dotted initials, two or more joined by
#: "et" or "and", and a bracketed mark: "…, Watson S. et Moran A. (éds.)," (French styles).
_FAMILY_INITIALS = r"(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+\s(?:[A-Z]\.[\s-]?)+"
_BOOK_WORDS_THEN_JOINED_EDITORS = re.compile(
    rf"^(?P<book>\S.*?),\s+(?P<editors>(?:{_FAMILY_INITIALS}\s*(?:et|and|&)\s+)+{_FAMILY_INITIALS}"
    r"\s*\((?i:éds?|eds?)\.\)[.,;]?)$"
)

#: The same with Vancouver names: "…, Watson S, Moran A, Editors." (Wiley's parasitology
#: and medical styles), "…, Edelenbos J, Meerkerk I van, Editors.", "…, Watson S and Moran
#: A (eds)." (the International Journal of Osteoarchaeology), "…, Edelenbos J and van
#: Meerkerk I (eds)." (Wiley's).
_VANCOUVER_EDITOR = r"(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+\s[A-Z]{1,3}(?:\s[a-z]{1,3})?"

_VANCOUVER_EDITOR_IN_BOOK = re.compile(rf"\b{_VANCOUVER_EDITOR},")

_BOOK_WORDS_THEN_VANCOUVER_EDITORS = re.compile(
    rf"^(?P<book>\S.*?),\s+(?P<editors>(?:{_VANCOUVER_EDITOR}{EDITORS_JOIN})*{_VANCOUVER_EDITOR},?\s+"
    r"\(?(?i:eds?|editors?)\.?\)?[.,;]?)$"
)

#: "In" opening a book's title: "In The Routledge handbook …", "In: Trust, risk …".
_IN_THEN_BOOK = re.compile(r"^In:?\s+[A-Z]")

#: A text ending in an initial, or in initials and a word, or opening with an initial
#: (after "In"): the first of a list of names, not a book.
_ENDS_IN_NAME = re.compile(
    r"(?:^|\s)(?:[A-Z]\.\s?)+(?:[A-Z][\w'’-]+)?(?:\s[A-Z][\w'’-]+)?$|^(?:[Ii]n:?\s+)?-?[A-Z]\."
)


#: An initial after a family name and its comma, then a comma: "Brandsen, T., Steen".
_INVERTED_INITIAL = re.compile(r"(?<=, )[A-Z]\.,")


def _reads_as_book(text: str) -> bool:
    """Whether the words before a list of editors read as a book's title, not as the first
    editor's name: no initial opens or ends them or follows a family name, and they are
    three words or more or hold a small word ("In Trust, risk and uncertainty", not "In
    Victor Pestoff")."""
    words = text.split()[1:] if fields.opens_with_in(text) else text.split()
    if _ENDS_IN_NAME.search(text) or len(words) < 2 or _INVERTED_INITIAL.search(text):
        return False
    return len(words) >= 3 or any(w[:1].islower() for w in words)


#: A book (opened by "In", or not) and its editors in brackets after it, marked inside the
#: bracket at their end or start: "In: Trust, risk and uncertainty (S Watson, A Moran eds).",
#: "(Watson S, Moran A, Eds.)", "(Edited by Watson, S. and Moran, A.),", or with no mark,
#: family names first ("(Watson, S. & Moran, A.)"); then what follows.
_IN_BOOK_THEN_BRACKETED_EDITORS = re.compile(
    r"^(?P<book>(?:(?i:in)\b:?\s+)?[^()]+?)\s+"
    r"(?P<editors>\((?:[^()]+?,?\s+(?i:eds?|editors?)\.?|(?i:edited\s+by|eds?\.?)\s+[^()]+"
    rf"|{INVERTED_EDITOR}(?:{EDITORS_JOIN}{INVERTED_EDITOR})*)\)"
    r"[.,;:]?)(?:\s+(?P<rest>.+))?$"
)


def _book_and_imprint(book: Segment) -> list[Segment]:
    """The book, and the publisher and place printed after its full stop ("In: Public
    management and governance. Routledge, Abingdon and New York", as Radiochimica Acta
    prints them before the bracketed editors) as segments of their own."""
    head, stop, tail = book.text.rpartition(". ")
    imprint = comma_imprint_segments(book, tail) if stop and len(head.split()) > 1 else None
    return [book._replace(text=head + "."), *imprint] if imprint else [book]


#: Pages right after a book's bracketed editors: "pp254–277.", "p. 143–162", "143–162.".
_PAGES_AFTER_EDITORS = re.compile(r"^(?:pp?\.?\s*)?\d+\s*[-–]\s*\d+\.?$")


def book_before_bracketed_editors(segments: list[Segment]) -> list[Segment]:
    """ "In: Trust, Risk and Uncertainty (Watson S, Moran A, Eds.)." read as one segment
    (or, with no "In", as the editors right after the title; or as a note), or cut inside
    the bracket ("… Public Services (Brandsen T, Steen T," + "Eds.). Routledge,"): the
    book up to the bracket, the bracket its editors, and what follows the bracket keeps
    the label of the segment it was read in."""
    labels = {s.label for s in segments}
    for i, seg in enumerate(segments):
        if seg.label not in ("container-title", "editor", "note"):
            continue
        if not fields.opens_with_in(seg.text) and not (
            # IAEA's "“Title”," + "Trust, Risk and Uncertainty (WATSON, S., MORAN, A., Eds),"
            seg.label == "editor"
            and i
            and segments[i - 1].label == "title"
            and "container-title" not in labels
        ):
            continue
        for last in range(i, min(i + 3, len(segments))):
            joined = " ".join(s.text for s in segments[i : last + 1])
            if "(" not in joined:
                continue  # the cheap test first: the pattern backtracks over the book
            match = _IN_BOOK_THEN_BRACKETED_EDITORS.match(joined)
            if match is None or (
                match["rest"] and match.start("rest") < len(joined) - len(segments[last].text)
            ):
                continue
            if not names_people(match["editors"]):
                return segments
            if not _reads_as_book(match["book"]):
                return segments  # "In E. Ostrom & V. Ostrom," + "Choice, rules …": names
            editors, rest, rest_label = match["editors"], match["rest"], segments[last].label
            if rest and rest_label in ("container-title", "editor", "note"):
                if _PAGES_AFTER_EDITORS.match(rest):
                    rest_label = "pages"  # "(Edelenbos J, van Meerkerk I eds), pp254–277."
                else:  # "(eds. …), Springer,": left to the rules that read a publisher
                    editors, rest = f"{editors} {rest}", ""
            pieces = [
                *_book_and_imprint(seg._replace(label="container-title", text=match["book"])),
                seg._replace(label="editor", text=editors),
            ]
            if rest:
                pieces.append(segments[last]._replace(label=rest_label, text=rest))
            if pieces == segments[i : last + 1]:
                return segments
            return splice(segments, i, last + 1 - i, *pieces)
        return segments
    return segments


#: A book opened by "In", then its editors after their mark (Annual Reviews' "In Trust,
#: risk and uncertainty, ed. S Watson, A Moran,"), maybe then the pages ("pp. 143–62.").
_IN_BOOK_THEN_MARKED_EDITORS = re.compile(
    r"^(?P<book>(?:(?i:in)\b:?\s+)?[^()]+?),\s+"
    r"(?P<editors>(?i:eds?\.?|edited\s+by)\s+[A-Z][^()]*?[,.]?)"
    r"(?:\s+(?P<rest>(?:pp?\.\s*)?\d.*))?$"
)


def _after_quoted_title(segments: list[Segment], i: int) -> bool:
    """Whether segment `i` is the editors' right after a title in quotes, where a chapter's
    book follows with no "In" (the Isabella Stewart Gardner Museum's style)."""
    return (
        i > 0
        and segments[i].label == "editor"
        and segments[i - 1].label == "title"
        and segments[i - 1].text.rstrip()[-1:] in '”"»’'
    )


def book_read_into_marked_editors(segments: list[Segment]) -> list[Segment]:
    """ "In Trust, risk and uncertainty, ed S Watson, A Moran," read as the editors (or
    as the book, in a reference with no editors), or "In Trust, …, ed." + "S Watson, A
    Moran, pp. 143–62." with the names read into the pages (or, after a quoted title,
    with no "In": "“Communities …”" + "Trust, risk and uncertainty, eds. S. Watson and A.
    Moran."): the book up to the comma before the mark, then the editors, then the
    pages."""
    labels = {s.label for s in segments}
    for i, seg in enumerate(segments):
        if seg.label not in ("editor", "container-title"):
            continue
        if seg.label == "editor" and "container-title" in labels:
            continue
        if not (fields.opens_with_in(seg.text) or _after_quoted_title(segments, i)):
            continue
        joined, count = seg.text, 1
        if i + 1 < len(segments) and seg.text.rstrip().endswith((" ed.", " eds.", " ed", " eds")):
            joined, count = f"{seg.text} {segments[i + 1].text}", 2
        match = _IN_BOOK_THEN_MARKED_EDITORS.match(joined)
        if match is None or not _reads_as_book(match["book"]):
            return segments
        if bool(match["rest"]) != (count == 2):
            return segments  # the rest, if any, is the next segment's
        if not names_people(match["editors"]):
            return segments
        pieces = [
            seg._replace(label="container-title", text=match["book"] + ","),
            seg._replace(label="editor", text=match["editors"]),
        ]
        if match["rest"]:
            pieces.append(segments[i + 1]._replace(text=match["rest"]))
        return splice(segments, i, count, *pieces)
    return segments


def book_read_into_editors(segments: list[Segment]) -> list[Segment]:
    """ "Trust, Risk and Uncertainty, S. Watson, and A. Moran, eds.," or French "in Trust,
    risk and uncertainty, Watson S. et Moran A. (éds.)," read as the editors
    (or "in New public governance, the third sector" + "and co-production, V. Pestoff, …,
    eds.," with the book cut short): the words before the names are the book's."""
    for i, seg in enumerate(segments):
        if seg.label != "editor" or not seg.text.rstrip(" ,.;)").lower().endswith(
            ("ed", "eds", "éd", "éds", "ors")
        ):
            continue
        match = _BOOK_WORDS_THEN_EDITORS.match(seg.text) or (
            _BOOK_WORDS_THEN_JOINED_EDITORS.match(seg.text)
        )
        if match is None:
            match = _BOOK_WORDS_THEN_VANCOUVER_EDITORS.match(seg.text)
            if match and _VANCOUVER_EDITOR_IN_BOOK.search(f"{match['book']},"):
                continue  # "Lusch R, Vargo S, editors.", "In Brenner DJ,, Krieg NR,, …": names
        if match is None:
            continue
        authors, _, book = match["book"].rpartition(" In ")
        before = segments[i - 1] if i else None
        cut_short = (
            before is not None
            and before.label == "container-title"
            and not authors
            and book[:1].islower()
        )
        if not _reads_as_book(book) and not cut_short:
            continue  # "Participation" + "in Public Governance, Edelenbos J, …": the book's end
        editors = seg._replace(text=match["editors"])
        if authors and not any(s.label == "author" for s in segments):
            # ACS: "Bovaird, T., Loeffler, E. In Trust, …, S. Watson, and A. Moran, Eds.;"
            pieces = [
                seg._replace(label="author", text=authors),
                seg._replace(label="container-title", text=f"In {book},"),
                editors,
            ]
            return splice(segments, i, 1, *pieces)
        if before is not None and before.label == "container-title":
            book = before._replace(text=f"{before.text} {match['book']},")
            return splice(segments, i - 1, 2, book, editors)
        book = seg._replace(label="container-title", text=match["book"] + ",")
        return splice(segments, i, 1, book, editors)
    return segments


def in_book_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird, T., Quirk, B." + "In The Routledge handbook …," + "T. R. Kassen, …,
    Eds.;" (ACS prints no chapter title): a title opened by "In" right before the
    editors is the book."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if seg.label == "title" and nxt.label == "editor" and _IN_THEN_BOOK.match(seg.text):
            if has_editor_marker(nxt.text):
                return splice(segments, i, 1, seg._replace(label="container-title"))
            return segments
    return segments


#: The end of a book's title before ACS's editors: "Outcomes; Loeffler, E., Bovaird, T.,
#: Eds.;".
_BOOK_END_THEN_EDITORS = re.compile(r"^(?P<book>[^;,]+);\s+(?P<editors>[^;]+?,?\s+(?i:eds?)\.;?)$")


def book_end_out_of_editors(segments: list[Segment]) -> list[Segment]:
    """ "In The Palgrave Handbook of … Services and" + "Outcomes; Loeffler, E., Bovaird,
    T., Eds.;" (ACS): the words before the semicolon end the book."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if seg.label != "editor" or prev.label != "container-title" or ";" not in seg.text:
            continue
        match = _BOOK_END_THEN_EDITORS.match(seg.text)
        if match is None or _INITIALS_ONLY.match(match["book"]):
            return segments  # "T.; Loeffler, E., Eds.;" ends a name, not the book
        book = prev._replace(text=f"{prev.text} {match['book']}")
        return splice(segments, i - 1, 2, book, seg._replace(text=match["editors"]))
    return segments


#: Initials alone: "T.", "T. R.".
_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.\s?)+$")

#: A book, its semicolon, then ACS's editors family first parted by semicolons and
#: their mark: "… public governance; Edelenbos, J.; van Meerkerk, I., Eds.; …".
_BOOK_THEN_SEMICOLON_PARTED_EDITORS = re.compile(
    rf"^(?P<book>.*?\S;)\s+(?P<editors>{INVERTED_EDITOR}(?:;\s+{INVERTED_EDITOR})*,?\s+"
    r"(?i:eds?)\.;?(?:\s.*)?)$"
)


def editors_read_into_book_end(segments: list[Segment]) -> list[Segment]:
    """ "In Critical reflections …; Edelenbos, J.;" + "van Meerkerk, I., Eds.; …" or "In
    Public management and governance; Bovaird," + "T.; Loeffler, E., Eds.;" (ACS's
    editors parted by semicolons, the book and the editors cut after a name or inside
    one): the book ends at the semicolon before the first editor."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label != "editor":
            continue
        book = seg.text.strip()
        match = _BOOK_THEN_SEMICOLON_PARTED_EDITORS.match(f"{book} {nxt.text.strip()}")
        if match is None or len(match["book"]) >= len(book):
            return segments
        return boundary_moved(segments, i, match["book"], match["editors"])
    return segments


#: A quoted title and the words after its closing quote: "“Letter to R. Buckminster
#: Fuller,” Civil Wars".
_QUOTED_TITLE = r"(?P<title>[“\"«‘„][^”\"»’“]{3,}[”\"»’“][.,:;]?)\s+"
_QUOTED_THEN_MORE = re.compile(rf"^{_QUOTED_TITLE}(?P<rest>[A-ZÀ-Ý].*)$")
#: The same, with a journal's volume and issue ending what follows the title: "“…,”
#: Stjórnmál og stjórnsýsla 12:2/2016,", "“…,” Civil Wars 12(4)," (not a number alone).
_QUOTED_THEN_JOURNAL_NUMBERS = re.compile(
    rf"^{_QUOTED_TITLE}(?P<journal>[A-ZÀ-Ý].*?[^\W\d_][.,]?)\s+"
    r"(?P<numbers>\d{1,4}(?:\s?\([^()]{1,12}\)(?:[:/]\s?[\w–-]{1,8}){0,2}|(?:[:/]\s?[\w–-]{1,8}){1,2})"
    r"[.,;]?)$"
)


def split_container_after_quoted_title(segments: list[Segment]) -> list[Segment]:
    """ "“Letter to R. Buckminster Fuller,” Civil Wars" read as one title, with no
    container or journal anywhere: a quoted title is an article's or a chapter's, and
    the words after its closing quote are the container (and the numbers ending them,
    "Civil Wars 12:2/2016,", its volume)."""
    if any(s.label in ("container-title", "journal") for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        match = _QUOTED_THEN_MORE.match(seg.text) if seg.text[:1] in '“"«‘„' else None
        if match is None:
            return segments
        numbers = _QUOTED_THEN_JOURNAL_NUMBERS.match(seg.text)
        if numbers is not None and all(s.label != "volume" for s in segments):
            pieces = [("title", "title"), ("journal", "journal"), ("volume", "numbers")]
            return cut_by_groups(segments, i, numbers, *pieces)
        return divided(
            segments, i, ("title", match.group("title")), ("container-title", match.group("rest"))
        )
    return segments


def edited_book_title(segments: list[Segment]) -> list[Segment]:
    """ "Brandsen T, Pestoff V, editors. New public governance. New York: Routledge":
    a reference that opens with its editors and has no author or title is an edited
    book, and the container right after the editors is its title."""
    labels = [s.label for s in segments]
    first = 1 if labels[:1] == ["citation-number"] else 0
    if "author" in labels or "title" in labels or labels[first : first + 1] != ["editor"]:
        return segments
    nxt = next((i for i in range(first + 1, len(labels)) if labels[i] != "date"), None)
    if nxt is None or labels[nxt] != "container-title" or segments[nxt].text[:3].lower() == "in ":
        return segments
    seg = segments[nxt]
    return splice(segments, nxt, 1, Segment("title", seg.text, seg.confidence))


def container_cut_short(segments: list[Segment]) -> list[Segment]:
    """ "Paper presented at the Annual Meeting of" + "the American Society for Public
    Administration, New Orleans, LA": a container ending in "of" or "the" goes on in the
    publisher or place after it; the places that end the joined text are the place."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if seg.label not in ("container-title", "journal") or nxt.label not in (
            "publisher",
            "location",
        ):
            continue
        words = seg.text.split()
        if words[-1].lower() not in OPEN_ENDINGS:
            return segments
        pieces = name_then_places(seg, nxt)
        if pieces is None:
            return splice(
                segments, i, 2, Segment(seg.label, f"{seg.text} {nxt.text}", seg.confidence)
            )
        return splice(segments, i, 2, *pieces)
    return segments


#: A name's last words and its stop, then names initials first: "Europe. E. Ongaro &".
_NAME_END_THEN_INITIALS = re.compile(
    r"^(?P<end>[A-ZÀ-Ý][\w'’-]*(?:\s[\w'’-]+){0,3}[.,])\s+(?P<names>(?:[A-Z]\.\s?){1,3}[A-Z].*)$"
)


def book_cut_before_editors(segments: list[Segment]) -> list[Segment]:
    """ "In The Palgrave handbook of public administration and management in" + "Europe.
    E. Ongaro & S. Van Thiel, Eds.": a book ending in "in" or "of" goes on in the editors
    after it, up to the stop before their first initials."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if seg.label != "container-title" or nxt.label != "editor":
            continue
        if seg.text.split()[-1].lower() not in OPEN_ENDINGS:
            return segments
        match = _NAME_END_THEN_INITIALS.match(nxt.text)
        if match is None:
            return segments
        return boundary_moved(segments, i, f"{seg.text} {match['end']}", match["names"])
    return segments


#: The first part of a segment, up to its first comma or semicolon, and the rest.
_FIRST_COMMA_PART = re.compile(r"^(?P<head>[^,;]+)(?P<sep>[,;])\s*(?P<rest>\S.*)$")


def container_cut_before_editors(segments: list[Segment]) -> list[Segment]:
    """ "in The Palgrave Handbook of … Management in" + "Europe, E. Ongaro, S. van Thiel,
    Eds.": a book's title ending in "in" or "of" goes on in the editors' first part (up
    to a comma or semicolon), when that part has no initial."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label != "editor":
            continue
        words = seg.text.split()
        if not words or words[-1].lower() not in OPEN_ENDINGS:
            return segments
        match = _FIRST_COMMA_PART.match(nxt.text)
        if match is None or any(is_initial_word(w) for w in match["head"].split()):
            return segments
        return boundary_moved(
            segments, i, f"{seg.text} {match['head']}{match['sep']}", match["rest"]
        )
    return segments


#: A book's title, its stop, then the publisher: "Trust, Risk and Uncertainty. Palgrave
#: Macmillan,".
_BOOK_STOP_THEN_PUBLISHER = re.compile(
    r"^(?P<book>[^.]*[^\W\d_][^.]*\.)\s+(?P<publisher>[A-Z][^.]*)$"
)


def book_read_into_publisher(segments: list[Segment]) -> list[Segment]:
    """ "S. Watson and A. Moran (Editors)." + "Trust, Risk and Uncertainty. Palgrave
    Macmillan," (JAWRA prints the editors before the book, with no "In") in a reference
    with no book: the sentence before the publisher's name is the book."""
    for i in range(1, len(segments)):
        seg, prev = segments[i], segments[i - 1]
        if seg.label != "publisher" or prev.label != "editor" or ". " not in seg.text:
            continue
        if not has_editor_marker(prev.text):
            return segments
        match = _BOOK_STOP_THEN_PUBLISHER.match(seg.text)
        if match is None or not names_a_publisher(match["publisher"]):
            return segments
        return divided(
            segments, i, ("container-title", match["book"]), ("publisher", match["publisher"])
        )
    return segments


#: The bracketed editors' mark opening the segment after a book: "(eds.), Routledge,".
_BRACKETED_MARK_OPENING = re.compile(r"^\((?i:eds?|editors?)\.?\),?\s+(?=\S)")
#: The same closing the names, before the imprint: "van Meerkerk I (eds). Edward Elgar:",
#: "I. van Meerkerk, Eds., Edward Elgar, Cheltenham,".
_MARK_BEFORE_IMPRINT = re.compile(
    r"\s\((?i:eds?|editors?)\.?\)[.,;]?\s+(?=[A-Z])|,\s(?i:eds?|editors)\.,\s+(?=[A-Z])"
)


#: A book's last word and full stop (not an initial's): "… and Co-Production.".
_BOOK_ENDS_IN_STOP = re.compile(r"[^\W\d_]{2}\.$")


def editors_read_into_book(segments: list[Segment]) -> list[Segment]:
    """ "In: Critical Reflections on …, J. Edelenbos and I." + "van Meerkerk (eds.),"
    (the book and its editors cut inside a name), or "in The Routledge handbook of …, TR
    Kassen D Cepiku and TJ Lah" + "(eds.), Routledge," (the editors' mark read into the
    imprint), or "…, Edelenbos J and" + "van Meerkerk I (eds). Edward Elgar: Cheltenham;"
    (Wiley's) or "…, J. Edelenbos and I." + "van Meerkerk, Eds., Edward Elgar, Cheltenham,"
    (Scientia Iranica's), the imprint read with the editors: the names after the book's
    comma, up to the mark, are the editors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label not in ("editor", "publisher"):
            continue
        rest, rest_label = "", nxt.label
        if nxt.label == "editor" and _BOOK_ENDS_IN_STOP.search(seg.text.rstrip()):
            return segments  # "… the Third Sector and Co-Production." + "V Pestoff, … (eds),"
        if nxt.label == "editor" and (mark := _MARK_BEFORE_IMPRINT.search(nxt.text)):
            # "… governance, Edelenbos J and" + "van Meerkerk I (eds). Edward Elgar: …"
            joined = f"{seg.text} {nxt.text[: mark.end()].rstrip()}"
            rest, rest_label = nxt.text[mark.end() :], "publisher"
        elif nxt.label == "editor":
            joined = f"{seg.text} {nxt.text}"
        elif mark := _BRACKETED_MARK_OPENING.match(nxt.text):
            joined, rest = f"{seg.text} {mark[0].strip()}", nxt.text[mark.end() :]
        else:
            return segments
        match = _BOOK_WORDS_THEN_EDITORS.match(joined)
        if match is None:
            match = _BOOK_WORDS_THEN_VANCOUVER_EDITORS.match(joined)
            if match and _VANCOUVER_EDITOR_IN_BOOK.search(f"{match['book']},"):
                return segments  # "Lusch R, Vargo S, editors.": names, no book
        if match is None or not _reads_as_book(match["book"]):
            return segments
        if match["book"].count("(") > match["book"].count(")"):
            return segments  # "In: Book (S Watson," + "A Moran eds).": bracketed editors
        pieces = [
            seg._replace(text=match["book"] + ","),
            nxt._replace(label="editor", text=match["editors"]),
        ]
        if rest:
            pieces.append(nxt._replace(label=rest_label, text=rest))
        return splice(segments, i, 2, *pieces)
    return segments


#: A chapter with no title, its authors, then "in:" and the editors with their bracketed
#: mark, then the book (Elsevier's styles without titles): "T. Bovaird, E. Loeffler, in:
#: S. Watson, A. Moran (Eds.), Trust, Risk and Uncertainty,".
_NAMES_IN_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<names>[^,]+(?:,[^,]+)*?),\s+in:?\s+(?P<editors>[^()]+?\s\((?i:eds?|éds?|hrsg)\.?\))"
    r"[.,]?(?:\s+(?P<book>\S.*))?$"
)
#: The labels the opening of such a chapter is read with.
_NAME_OR_TITLE = frozenset(("author", "editor", "title", "container-title"))


def untitled_chapter_editors_first(segments: list[Segment]) -> list[Segment]:
    """ "T. Bovaird, E. Loeffler, in: S. Watson," + "A. Moran (Eds.), Trust, Risk and
    Uncertainty," or "T. Bovaird, B." + "Quirk," + "in: T.R. Kassen, … (Eds.)," (a chapter
    printed with no title, its authors before "in:" and the book's editors after it): the
    names before "in:" are the authors, those up to the mark the editors, and what follows
    the mark the book."""
    start = 1 if segments and segments[0].label == "citation-number" else 0
    if ", in" not in " ".join(s.text for s in segments[start : start + 4]):
        return segments  # the cheap test first: no ", in" in the opening segments
    for last in range(start, min(start + 4, len(segments))):
        if segments[last].label not in _NAME_OR_TITLE:
            return segments
        joined = " ".join(s.text for s in segments[start : last + 1])
        match = _NAMES_IN_EDITORS_THEN_BOOK.match(joined)
        if match is None:
            continue
        if any(s.label == "title" for s in segments[last + 1 :]):
            return segments
        if not (
            names_people(match["names"], initials_only=True) and names_people(match["editors"])
        ):
            return segments  # "Loeffler, E., Martin, S., Citizen engagement, in …": a title
        seg = segments[start]
        pieces = [
            seg._replace(label="author", text=match["names"] + ","),
            seg._replace(label="editor", text="in: " + match["editors"] + ","),
        ]
        if match["book"]:
            pieces.append(seg._replace(label="container-title", text=match["book"]))
        return splice(segments, start, last + 1 - start, *pieces)
    return segments


#: A chapter with no title, its authors, book and editors in one run: RSC's "T. Bovaird
#: and E. Loeffler, in Trust, risk and uncertainty, eds. S. Watson and A. Moran,", Wiley's
#: "T. Bovaird, E. Loeffler, in Trust, risk and uncertainty (Eds.: S. Watson, A. Moran),".
_NAMES_IN_BOOK_EDITORS = re.compile(
    r"^(?P<names>[^,]+(?:,[^,]+)*?),\s+in\s+(?P<book>[A-Z0-9].+?)"
    r"(?:,\s+(?P<editors>eds?\.\s+\S.*)|\s+(?P<bracketed>\((?i:eds?)\.:?\s+[^()]+\)[,.]?))$"
)


def chapter_run_into_editors(segments: list[Segment]) -> list[Segment]:
    """ "T. Bovaird and E. Loeffler, in Trust, risk and uncertainty, eds. S. Watson and A.
    Moran," or "…, in Trust, risk and uncertainty (Eds.: S. Watson, A. Moran)," read as
    the editors (RSC and Wiley print no chapter title): the names before "in" are the
    authors, then the book, then its editors."""
    for i, seg in enumerate(segments):
        if seg.label != "editor":
            continue
        if ", in " not in seg.text:
            return segments  # the cheap test first
        match = _NAMES_IN_BOOK_EDITORS.match(seg.text)
        if match is None or not parse_name_list(match["names"]).names:
            return segments
        return splice(
            segments,
            i,
            1,
            seg._replace(label="author", text=match["names"] + ","),
            seg._replace(label="container-title", text="in " + match["book"] + ","),
            seg._replace(text=match["editors"] or match["bracketed"]),
        )
    return segments


#: A title run on to the "in" of the book after its colon and to the first editor's
#: family name: "… in public sector organisations: en Bovaird,".
_TITLE_COLON_IN = re.compile(
    r"^(?P<title>.*\S:)\s+(?P<in>(?:[Ee]n|[Ii]n|dans)(?:\s+[A-ZÀ-Ý][\w'’-]+,)?)$"
)


def in_out_of_title_colon(segments: list[Segment]) -> list[Segment]:
    """ "… local governance failure: en" + "Watson, S., Moran, A. (eds.)," (the GSA's
    colon before the book): the "in" after the title's last colon, and a family name
    cut from its initials, go with the editors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or nxt.label != "editor":
            continue
        match = _TITLE_COLON_IN.match(seg.text)
        if match is None:
            return segments
        editors = nxt._replace(text=f"{match['in']} {nxt.text}")
        return splice(segments, i, 2, seg._replace(text=match["title"]), editors)
    return segments


#: IEEE's book and its editors in one segment: "in Co-Production and Co-Creation, T.
#: Brandsen, T. Steen, and B. Verschuere, Eds." (or the first name written out, "In:
#: Fallacies, Hans V Hansen, Robert C. Pinto (eds),").
_IN_BOOK_THEN_EDITORS = re.compile(
    r"^(?P<container>[Ii]n:?\s+\S.*?),\s+(?P<editors>(?:(?:[A-Z]\.[\s-]?)+[A-ZÀ-Ý]"
    r"|[A-ZÀ-Ý][a-zà-ÿ]+\s(?:[A-Z]\.?\s)?[A-ZÀ-Ý][a-zà-ÿ'’-]+,).*?"
    r"(?:,\s*|\s+)\(?(?:Eds?|eds?|Hrsg|Dir|dir)\.?\)?[.,]?)$"
)


def container_out_of_editors(segments: list[Segment]) -> list[Segment]:
    """ "in Co-Production and Co-Creation, T. Brandsen, T. Steen, and B. Verschuere,
    Eds." or "In: Fallacies. Classical and Contemporary Readings, Hans V Hansen, Robert C.
    Pinto (eds)," read as the editors: the words after "in" up to the first name are the
    book."""
    found = matching(segments, "editor", _IN_BOOK_THEN_EDITORS)
    if found is None:
        return segments
    at, match = found
    if match["editors"][1:2] != "." and not _LOWER_CASE_WORD.search(match["container"]):
        return segments  # "In Hitoshi Takase," + "Kazushi Yoshida, … eds.": names, no book
    return divided(
        segments, at, ("container-title", match["container"]), ("editor", match["editors"])
    )


#: A word in small letters, which a book's title has and a list of names has not.
_LOWER_CASE_WORD = re.compile(r"\s[a-zà-ÿ]{2,}\b")


#: A quoted title and the word opening the book it is in: "« Resilience … » dans"; or a
#: title's full stop and the word, capitalised, maybe with a spaced colon: "… participation.
#: In :"; or a small "in" with its colon right after the title's last word (Slovak and
#: Czech journals): "… institutionalism revisited in:".
_QUOTED_TITLE_THEN_IN = re.compile(
    r"^.*(?:(?:[»”“\"’'],?|;)\s+(?P<mark>(?i:in|en|dans|im)[:,]?)"
    r"|[\w)][.?!]\s+(?P<capital>(?:In|En|Dans|Im)\s?:?)"
    r"|[\w)]\s+(?P<colon>(?:in|w|v):))$"
)

#: The words `_QUOTED_TITLE_THEN_IN` may end with.
_IN_WORDS = frozenset({"in", "en", "dans", "im", "w", "v"})


def in_mark_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "« Resilience in public administration … » dans", Spanish "“…?”, en,", German "…
    concept; in:" or "„… concept.“ In:", "… participation. In :" or "… revisited in:" read
    as the title: the word after the closing quote, the semicolon, the full stop or the
    title's last word opens the editors, the book or the journal."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        nxt = segments[i + 1]
        if nxt.label not in ("editor", "container-title", "journal"):
            return segments
        last_word = seg.text.rstrip(" :,").rpartition(" ")[2].lower()
        if last_word not in _IN_WORDS:
            return segments  # the cheap test first: the pattern scans the whole title
        match = _QUOTED_TITLE_THEN_IN.match(seg.text)
        if match is None:
            return segments
        mark = match["mark"] or match["capital"] or match["colon"]
        title = seg.text[: len(seg.text) - len(mark)].rstrip()
        return boundary_moved(segments, i, title, f"{mark.replace(' ', '')} {nxt.text}")
    return segments


#: A quoted title, its colon, and names read after it: "“…failure”: S. Watson /".
_QUOTED_TITLE_COLON_THEN_NAMES = re.compile(r"^(?P<title>.*[”\"»]):\s+(?P<names>[A-Z].*)$")


def editors_read_into_quoted_title(segments: list[Segment]) -> list[Segment]:
    """ "“Communities, trust and … failure”: S. Watson /" + "A. Moran (eds.)," (the
    Istanbul Bilgi University's style: the chapter's quoted title, a colon, the book's
    editors joined by slashes): the names after the closing quote's colon open the
    editors."""
    for i, (seg, nxt) in enumerate(pairwise(segments)):
        if seg.label != "title" or nxt.label != "editor":
            continue
        match = _QUOTED_TITLE_COLON_THEN_NAMES.match(seg.text.strip())
        if match is None or SMALL_WORD.search(match["names"]):
            return segments  # "“… libraries”: A retrospective on the NSDL experience."
        if not names_people(match["names"].rstrip(" /;,")):
            return segments
        editors = nxt._replace(text=f"{match['names']} {nxt.text}")
        return splice(segments, i, 2, seg._replace(text=match["title"]), editors)
    return segments


def book_after_editors_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "The political economy foundations of co-production." + "E. Loeffler & T. Bovaird
    (eds.)." + "The Palgrave handbook of …." read as two titles (the Botanical Review's
    chapters name their book after its editors, with no "In"), in a reference with no
    book: the title after the marked editors is the book. Only a chapter's own authors
    before the first title tell so: without them the editors may be the first title's
    ("Co-commissioning …." + "Hefetz A, ed." + "Co-production …." stays)."""
    for i in range(2, len(segments) - 1):
        before, seg, after = segments[i - 1], segments[i], segments[i + 1]
        if seg.label != "editor" or before.label != "title" or after.label != "title":
            continue
        if not has_editor_marker(seg.text) or segments[i - 2].label not in ("author", "date"):
            return segments
        if not names_people(seg.text) or len(after.text.split()) < 2:
            return segments  # "ed" + "2,": an edition cut in two
        return splice(segments, i + 1, 1, after._replace(label="container-title"))
    return segments


def book_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "in Public management and governance," read as the title before "eds. T. Bovaird
    and …" (styles that print no chapter title): a title opening with a small "in" and
    followed by the editors is the book."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        if not (_OPENS_WITH_IN.match(seg.text) and segments[i + 1].label == "editor"):
            return segments
        return splice(segments, i, 1, seg._replace(label="container-title"))
    return segments


_OPENS_WITH_IN = re.compile(r"^in:?\s+[A-Z\d]")


#: Editors named before their mark, as ACM prints them after the book: "T. Bovaird and
#: E. Loeffler, eds." (and what the labeller ran into it: "… eds. Routledge."), or with
#: the mark in brackets, as Amerindia does: "Bovaird, T. & Loeffler, E. (eds.),".
_NAMES_THEN_EDS = re.compile(
    r"^(?P<names>(?:(?:(?:[A-Z]\.\s?)+|[A-Z][a-zà-ÿ]+\s+(?:[A-Z]\.\s+)*)[A-Z]"
    r"|[A-Z][\w'’-]+,\s+[A-Z]\.).*?,?\s+(?:(?i:eds?|red|toim|szerk)\.|\((?i:eds?)\.?\)))"
    r"[;,]?(?:\s+(?P<rest>[A-Z].*))?$"
)

#: Editors in brackets, named after their mark, as entomology journals print them after
#: the book: "(ed by S Watson & A Moran)", "(Eds S Watson and A Moran)", or before it, as
#: pharmaceutical journals do: "(Watson S, Moran A ed.)," (and the imprint run into them:
#: "… Loeffler) Routledge, Abingdon and New York,").
_BRACKETED_EDS_THEN_NAMES = re.compile(
    r"^(?P<names>\((?:(?i:eds?\.?\s+by|edited\s+by|eds?\.?)\s+[A-Z][^()]*"
    r"|[A-Z][^()]*?,?\s(?i:eds?|editors?)\.?)\))[;,.]?(?:\s+(?P<rest>[A-Z].*))?$"
)


#: The editors' mark opening Wiley's bracketed list: "(Eds.:", "(Eds:", "(Hrsg.".
_EDITORS_MARK = r"\((?:Eds?|Hrsg|Éds?)\.?:?"

#: Wiley's title-less chapter read as one editors' segment: "T. Bovaird, E. Loeffler, In
#: Trust, risk and uncertainty (Eds.:" before the names.
_AUTHORS_IN_BOOK_THEN_MARK = re.compile(
    rf"^(?P<authors>[^()]+?),\s+(?P<book>[Ii]n\s+[^()]+?)\s+(?P<mark>{_EDITORS_MARK})$"
)

#: … or with the editors in the same segment: "T. Bovaird, E. Loeffler, in Trust, risk
#: and uncertainty, (Eds: S. Watson, A. Moran),".
_AUTHORS_IN_BOOK_THEN_EDITORS = re.compile(
    r"^(?P<authors>[^()]+?,)\s+(?P<book>[Ii]n\s+[^()]+?,?)\s+"
    rf"(?P<editors>{_EDITORS_MARK}\s[^()]+\)[,.]?)$"
)

#: An editors' mark in brackets opening a segment: "(Eds.: Kassen, T. R.; …)".
_OPENING_EDITORS_MARK = re.compile(rf"^{_EDITORS_MARK}\s")


def wiley_chapter_editors(segments: list[Segment]) -> list[Segment]:
    """Wiley's "T. Bovaird, E. Loeffler, In Trust, risk and uncertainty (Eds.: Watson, S.;
    Moran, A.), Palgrave Macmillan, …" read with the authors, the book and the editors'
    mark as editors and the editors as authors, or "(Eds.: Kassen, T. R.; …)," read as
    authors (or "(Eds S Watson, A Moran.)" as the publisher), or all of "T. Bovaird, E.
    Loeffler, in Trust, risk and uncertainty, (Eds: S. Watson, A. Moran)," read as
    editors: what opens with an editors' mark is the editors; the names before "In" are
    the authors and the words after it the book."""
    for i, seg in enumerate(segments):
        if (
            seg.text[:1] == "("
            and i
            and seg.label in ("author", "publisher", "note", "location")
            and _OPENING_EDITORS_MARK.match(seg.text)
        ):
            return splice(segments, i, 1, seg._replace(label="editor"))
        if seg.label != "editor" or (", In " not in seg.text and ", in " not in seg.text):
            continue
        whole = _AUTHORS_IN_BOOK_THEN_EDITORS.match(seg.text)
        if whole:  # "T. Bovaird, E. Loeffler, in Trust, risk and uncertainty, (Eds: …),"
            return cut_by_groups(
                segments,
                i,
                whole,
                ("author", "authors"),
                ("container-title", "book"),
                ("editor", "editors"),
            )
        if i + 1 >= len(segments):
            return segments
        nxt = segments[i + 1]
        match = _AUTHORS_IN_BOOK_THEN_MARK.match(seg.text)
        if match is None or nxt.label not in ("author", "editor"):
            return segments
        return splice(
            segments,
            i,
            2,
            seg._replace(label="author", text=match["authors"] + ","),
            seg._replace(label="container-title", text=match["book"]),
            nxt._replace(label="editor", text=f"{match['mark']} {nxt.text}"),
        )
    return segments


#: The comma that ends a chapter's title before its book, in styles that print "Edited by"
#: after the book: "… governance failure, Trust, risk and uncertainty.", "… governance?,
#: Critical reflections …".
_TITLE_COMMA_THEN_BOOK = re.compile(r"(?<=[\w?!.)”’\"]),\s+(?=[A-Z])")


def book_out_of_title_before_edited_by(segments: list[Segment]) -> list[Segment]:
    """ "Communities, trust and … failure, Trust, risk and uncertainty." + "Edited by Watson
    S, Moran A." + … + "pp 143–62" (Anesthesiology and other AMA-like styles print no
    "In"): in a reference with pages, the words after the title's last comma before a
    capital are the book (without pages, "The Essayes or Counsels, Civill and Morall.
    Edited by …" is an edited book's title)."""
    if all(s.label != "pages" for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        editors = segments[i + 1]
        if editors.label != "editor" or not _EDITED_BY_OPENING.match(editors.text):
            return segments
        cut = next(reversed(list(_TITLE_COMMA_THEN_BOOK.finditer(seg.text))), None)
        if cut is None or len(seg.text[: cut.start()].split()) < 3:
            return segments
        book = seg.text[cut.end() :]
        if len(book.split()) < 2 or not _reads_as_book(book):
            return segments
        return splice(
            segments,
            i,
            1,
            seg._replace(text=seg.text[: cut.start()]),
            seg._replace(label="container-title", text=book),
        )
    return segments


def book_out_of_title_before_editors(segments: list[Segment]) -> list[Segment]:
    """ "Quality management in public sector organisations. Public management and
    governance." + "T. Bovaird and E. Loeffler, eds. Routledge." (or "Victor Pestoff
    and Taco Brandsen, eds.", ACS's "Pestoff, V., Brandsen, T., Eds.;"): the title's last
    sentence before editors named first and marked after, or bracketed ("(ed by S Watson
    & A Moran)"), is the book, and a name after them the publisher."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        editors = segments[i + 1]
        match = None
        if editors.label == "editor":
            pattern = _BRACKETED_EDS_THEN_NAMES if editors.text[:1] == "(" else _NAMES_THEN_EDS
            match = pattern.match(editors.text)
        if match is None:
            return segments
        cut = next(reversed(list(TITLE_BOUNDARY.finditer(seg.text))), None)
        if cut is None or len(seg.text[: cut.start()].split()) < 2:
            return segments
        found = [
            seg._replace(text=seg.text[: cut.end()].rstrip()),
            seg._replace(label="container-title", text=seg.text[cut.end() :]),
            editors._replace(text=match["names"]),
        ]
        if match["rest"] and not any(s.label == "publisher" for s in segments):
            found.append(editors._replace(label="publisher", text=match["rest"]))
        return splice(segments, i, 2, *found)
    return segments


#: A chapter's "in" inside its title, in the forms Polish and some other styles print:
#: "… governance failure, [w:] Trust, risk and uncertainty", "…, w: Administracja
#: publiczna", "… [In:] Book", and "In:" run into the book ("In:Critical reflections").
_IN_MARK_INSIDE = re.compile(
    r"^(?P<title>.*\w[\W]*?),?\s+(?:(?:\[(?:w|[Ii]n):\]|w:)\s+|In:(?=[A-Z]))(?P<book>\S.*)$"
)


def book_after_in_mark(segments: list[Segment]) -> list[Segment]:
    """ "Communities, trust … failure, [w:] Trust, risk and uncertainty," read as one
    title: the words after the chapter's "in" mark ("[w:]", "w:", "[In:]", "In:" run into
    the next word) are its book."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        text = seg.text
        if ":" not in text or ("w:" not in text and "n:]" not in text and "In:" not in text):
            return segments
        match = _IN_MARK_INSIDE.match(text)
        if match is None or len(match["title"].split()) < 2:
            return segments
        return cut_by_groups(segments, i, match, ("title", "title"), ("container-title", "book"))
    return segments
