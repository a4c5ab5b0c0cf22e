"""Deterministic repairs to the CRF's output, for patterns the model rarely saw.

Label repairs act on tokens (URL and DOI forms, a lone doubtful token between two
segments of one label, access phrases, a leading list number); segment repairs act on
runs of one label, each a rule in `_SEGMENT_RULES`. They are applied to the model's
output only, never to the annotated data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from coprod_refs.parse import fields
from coprod_refs.parse.features import lexicon_hit, reads_as_place
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import (
    is_region_code,
    names_only_a_publisher,
    places_last,
    reads_as_places,
)
from coprod_refs.parse.names import (
    PARTICLES,
    has_editor_marker,
    marked_role,
    opening_et_al,
    parse_name_list,
    parse_translator_list,
    split_title_translators,
)
from coprod_refs.parse.tokens import Token
from coprod_refs.text.characters import OPENING_QUOTES
from coprod_refs.text.word_cache import word_cache

_NAME_LABELS = frozenset(("author", "editor"))
_CITATION_NUMBER = re.compile(r"^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)]?|\d{1,3}-)$")
_YEAR_OPENING = re.compile(r"^(?:1[5-9]|20)\d\d$")
_ACCESS_WORDS = frozenset(
    "accessed retrieved consulted viewed abgerufen zugegriffen consulté visited".split()
)
_ACCESS_INITIALS = frozenset("[(AaRrCcVvZz")
#: Words that open an access phrase together with the access word after them.
_ACCESS_LEADS = frozenset(("online", "zuletzt", "last", "dernière", "ultimo"))
_DATE_WORD = re.compile(r"^[\[(]?(?:on|at|am|le|\d{1,4}(?:st|nd|rd|th)?|[A-Za-zé]{3,9})[.,:)\]]*$")


class _Form(NamedTuple):
    """What a token's form alone says about it."""

    #: "doi" or "url" when the token is one, else "".
    label: str
    #: The word "doi:" before a DOI.
    doi_word: bool
    #: Opens an access phrase ("Accessed", "[Retrieved").
    access: bool
    #: The words that may follow when this word ("Available", "verfügbar", "disponible")
    #: opens an access note; empty for any other word.
    available: frozenset[str]
    #: A pattern the word may open: "compact" (Vancouver's "2017;7(7):e014650."), "tech"
    #: (IEEE's "Tech. Rep."), "bracket" (a "[Doctoral dissertation, ...]"), or "".
    opens: str


@word_cache(100_000)
def _form_of(text: str) -> _Form:
    """What a token's form alone says, cached per word form."""
    lower = text.lower()
    label = ""
    if "10." in text and fields.normalise_doi(text) and ("doi" in lower or "/" in text):
        label = "doi"
    elif "://" in text or lower.lstrip("<([").startswith("www."):
        label = "url"
    doi_word = lower.rstrip(":") in ("doi", "[doi")
    access = text[:1] in _ACCESS_INITIALS and lower.strip("[(:.,") in _ACCESS_WORDS
    opens = ""
    if ";" in text and ("(" in text or ":" in text) and _COMPACT_TOKEN.match(text):
        opens = "compact"
    elif lower == "tech.":
        opens = "tech"
    elif text.startswith("[") and not label:
        opens = "bracket"
    available = fields.AVAILABLE_AT.get(lower.strip("[("), frozenset())
    return _Form(label, doi_word, access, available, opens)


def clear_caches() -> None:
    """Empty the caches of word forms (the speed benchmark times a cold start with them)."""
    _form_of.cache_clear()
    _opens_forward_names.cache_clear()


def repair_labels(tokens: list[Token], labels: list[str], marginals: list[float]) -> list[str]:
    """Deterministic fixes to the CRF's labels: URL and DOI tokens are labelled by their
    form, a lone doubtful token between two segments of one label joins them, access
    phrases ("Accessed 2 Apr 2019", "Available at:") are notes, a leading list number is
    one, and Vancouver's "2017;7(7):e014650.", IEEE's "Tech. Rep." and APA 7's
    "[Doctoral dissertation, University]" get their labels whatever the model said."""
    out = list(labels)
    forms = [_form_of(tok.text) for tok in tokens]
    last = len(tokens) - 1
    opened: list[int] = []  # tokens that may open a pattern, for the last step
    for i, form in enumerate(forms):
        if form.label:
            out[i] = form.label
        elif form.doi_word and i < last and forms[i + 1].label == "doi":
            out[i] = "doi"
        elif form.opens:
            opened.append(i)
    if "url" in out:
        _names_before_links(tokens, out, forms)
    for i in range(1, last):
        if (
            out[i - 1] == out[i + 1] != out[i]
            and marginals[i] < 0.6
            and out[i] not in ("url", "doi")
        ):
            out[i] = out[i - 1]
    for i, form in enumerate(forms):
        if form.access or (
            form.available
            and i < last
            and tokens[i + 1].text.lower().strip(":,.") in form.available
        ):
            # "Accessed 2 Apr 2019"; "Available at:" but not "available methods".
            _mark_access_phrase(tokens, out, i)
            if i > 0 and tokens[i - 1].text.lower().strip("[(") in _ACCESS_LEADS:
                out[i - 1] = "note"  # "Online verfügbar unter", "(zuletzt abgerufen"
    if (
        len(out) > 1
        and out[0] != "citation-number"
        and _CITATION_NUMBER.match(tokens[0].text)
        and not (out[0] == "date" and _YEAR_OPENING.match(tokens[0].text))
    ):
        # A list number; but a year the model read as the date stays one ("2012 From
        # Engagement …", the author left out for a repeated name, as AAA prints it).
        out[0] = "citation-number"
    _names_before_opening_colon(tokens, out)
    if out[last] in _NAME_LABELS and last and not any(c.isalnum() for c in tokens[last].text):
        out[last] = out[last - 1]  # a stop printed apart is no name: "97–108 ."
    bracket_done = False
    for i in opened:
        form = forms[i]
        if form.opens == "compact":
            _mark_compact_numbers(tokens, out, i)
        elif form.opens == "tech" and i < last and tokens[i + 1].text[:3] in ("Rep", "rep"):
            out[i] = out[i + 1] = "genre"  # IEEE's "Tech. Rep.", a technical report
        elif form.opens == "bracket" and not bracket_done:
            bracket_done = _mark_thesis_bracket(tokens, out, i) or _mark_description_bracket(
                tokens, out, i
            )
    return out


def _names_before_links(tokens: list[Token], labels: list[str], forms: list[_Form]) -> None:
    """Words the model read into a link that are no link: a name ending a sentence right
    before the link ("NESTA. https://…" in an APA report) is the publisher when the
    reference names none; other words ("Online:", "Retirado de") are a note."""
    publisher = "publisher" in labels
    i = 0
    while i < len(tokens):
        if labels[i] != "url" or forms[i].label:
            i += 1
            continue
        j = i
        while j < len(tokens) and labels[j] == "url" and not forms[j].label:
            j += 1
        words = " ".join(tok.text for tok in tokens[i:j])
        named = (
            j < len(tokens)
            and forms[j].label == "url"
            and words[:1].isupper()
            and words.endswith(".")
            and not any(c.isdigit() or c == ":" for c in words)
            and not fields.is_link_phrase(words)
        )
        labels[i:j] = ["note" if publisher or not named else "publisher"] * (j - i)
        publisher = publisher or named
        i = j


_COMPACT_TOKEN = re.compile(
    r"^(?:\d{4})?(?:[A-Z][a-z]{2,8}\.?(?:[-–/][A-Z][a-z]{2,8}\.?)?)?;\s*\d{1,5}[A-Za-z]?"
    r"(?:\([^()]{1,20}\))?"
    r"(?::[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)?[.,;]*$"
)
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
#: A year, a month or a range of months ("May-Jun") before Vancouver's compact numbers.
_YEAR_OR_MONTH = re.compile(rf"^(?:1[5-9]\d\d|20\d\d|{_MONTH_WORD}(?:[-–/]{_MONTH_WORD})?)$")


def _mark_compact_numbers(tokens: list[Token], labels: list[str], i: int) -> None:
    """Vancouver's "2017;7(7):e014650." and "2016 Jun;94(2):392-429." at token `i`,
    whatever the model called it: year, volume, issue and pages in one unit, labelled as
    the volume so that the numbers are read from it."""
    labels[i] = "volume"
    j = i
    while j > 0 and i - j < 2 and _YEAR_OR_MONTH.match(tokens[j - 1].text):
        j -= 1
        labels[j] = "volume"
    # "Voluntas 2012;23:1119–38." all read as the volume, or "BMJ. 2015;350:g7714." with
    # the journal read as the publisher: the words before are the journal.
    k = j
    while (
        k > 0
        and labels[k - 1] in ("volume", "publisher")
        and not any(c.isdigit() for c in tokens[k - 1].text)
    ):
        k -= 1
    if k < j and not {"journal", "container-title"} & set(labels):
        labels[k:j] = ["journal"] * (j - k)


#: Names printed given name first, closed by a colon: "P. Aligica and V. Tarko:",
#: "J.-L. Brudney, R. E. England, and J. Young Keefe:", "Elinor Ostrom:", "R. Lusch and
#: S. Vargo, eds.:".
_PERSON_FORWARD = (
    r"(?:[A-Z]\.[ -]?){1,3} ?(?:(?:van|von|de|der|den|da|di|du|la|le|dos|del) )*"
    r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?"
)
_PERSON_GIVEN_FIRST = r"[A-ZÀ-Ý][a-zà-ÿ]+ (?:[A-Z]\. ?){0,3}[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?"
_PERSON = rf"(?:{_PERSON_FORWARD}|{_PERSON_GIVEN_FIRST})"
_FORWARD_NAMES_COLON = re.compile(
    rf"^{_PERSON}(?:(?:,? and |,? & |, ){_PERSON})*(?:,? et al\.)?"
    r"(?P<editors>,? \(?(?:eds?|Eds?|editors?)\.?\)?)?:$"
)
#: How far into a reference the colon after such names may come, in tokens.
_NAMES_SPAN = 24


#: What joins the names of a list printed in reading order.
_NAME_JOIN = re.compile(r",? and |,? & |, ")


def _given_names_open(names: str) -> bool:
    """Whether every name of a list in reading order opens with an initial or a known
    given name ("Jeffrey L. Brudney and Robert E. England", not "Alan Powers, Front
    Cover")."""
    return all(
        part[1:2] == "." or lexicon_hit("given_names", part.split()[0])
        for part in _NAME_JOIN.split(names.rstrip(":"))
        if part and not part.startswith(("et al", "eds", "Eds", "(", "editor"))
    )


@word_cache(50_000)
def _opens_forward_names(word: str) -> bool:
    """Whether `word` may open names printed given name first: an initial ("P.") or a
    known given name ("Elinor"); cached per word form."""
    return word[1:2] == "." or lexicon_hit("given_names", word)


def _names_before_opening_colon(tokens: list[Token], labels: list[str]) -> None:
    """Names opening a reference, given names first and closed by a colon, as styles
    without article titles print them ("P. Aligica and V. Tarko: American Political
    Science Review, 2013, …"): the authors, whatever the model made of the initials."""
    start = 1 if labels[0] == "citation-number" else 0
    first = tokens[start].text if start < len(tokens) else ""
    if not first[:1].isupper() or first[-1] == "," or not _opens_forward_names(first):
        return  # "Osborne," opens names printed family name first
    span = range(start, min(len(tokens) - 1, start + _NAMES_SPAN))
    colon = next((j for j in span if tokens[j].text[-1] == ":"), None)
    if colon is None:
        return
    names = _FORWARD_NAMES_COLON.match(" ".join(tok.text for tok in tokens[start : colon + 1]))
    if names and _given_names_open(names[0]):
        role = "editor" if names["editors"] else "author"
        labels[start : colon + 1] = [role] * (colon + 1 - start)


_BRACKET_SPAN = 20
#: Labels the sentence after a thesis description may be taken from; a place or a date
#: there is left alone.
_REWRITABLE = frozenset(("title", "note", "genre", "container-title", "journal", "publisher"))


def _mark_thesis_bracket(tokens: list[Token], labels: list[str], i: int) -> bool:
    """APA 7's "[Doctoral dissertation, Rutgers University]. ProQuest." opened at token
    `i`: the description is the genre and the institution in it the publisher, and the
    sentence after the bracket is the archive (a note); "[Unpublished doctoral
    dissertation]. Indiana University." names the institution after the bracket.
    Returns whether the bracket was one."""
    close = _close_of_bracket(tokens, i)
    inside = " ".join(t.text for t in tokens[i : (close or i) + 1])
    if close is None or not fields.is_thesis(inside.split(",")[0]):
        return False
    comma = next((k for k in range(i, close) if tokens[k].text.endswith(",")), None)
    for k in range(i, close + 1):
        labels[k] = "genre" if comma is None or k <= comma else "publisher"
    after = "note" if comma is not None else "publisher"
    for k in range(close + 1, len(tokens)):
        if labels[k] not in _REWRITABLE or (k > close + 1 and tokens[k - 1].text[-1] in ".;"):
            break
        labels[k] = after
    return True


#: APA 7's descriptions of a talk: "[Conference presentation]", "[Paper presentation]",
#: "[Poster session]", "[Keynote address]", "[Symposium]"; the sentence after it names
#: the event.
_PRESENTATION = re.compile(
    r"\[(?:conference|paper|poster|oral|panel)\s+(?:presentation|session|paper)|"
    r"\[(?:keynote|plenary)\s+(?:address|lecture|presentation)|\[symposium|\[webinar",
    re.I,
)
#: APA 7's descriptions of other works that are no text: "[Data set]", "[Computer
#: software]", "[Video]", "[Podcast episode]", "[Fact sheet]", "[PowerPoint slides]";
#: the sentence after it names the publisher.
_NON_TEXT_WORK = re.compile(
    r"\[(?:data\s?set|(?:computer\s+)?software|(?:mobile\s+)?app|video|film|audio|podcast|"
    r"tweet|(?:facebook|instagram)\s+(?:post|page)|infographic|fact\s+sheet|brochure|"
    r"press\s+release|map|photograph|powerpoint|lecture\s+notes|slides|"
    r"unpublished\s+manuscript|manuscript)\b",
    re.I,
)
#: A word whose full stop ends no sentence: "U.S.", "St.", "Inc.".
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.")
_DESCRIBED_LABELS = frozenset(("title", "container-title", "journal", "publisher", "note", "genre"))


def _close_of_bracket(tokens: list[Token], i: int) -> int | None:
    """The token closing the square bracket opened at token `i`, if near."""
    end = min(i + _BRACKET_SPAN, len(tokens))
    return next((j for j in range(i, end) if "]" in tokens[j].text), None)


def _mark_description_bracket(tokens: list[Token], labels: list[str], i: int) -> bool:
    """APA 7's "Title [Conference presentation]. Event Name, Place." or "Title [Data
    set]. Publisher." opened at token `i`: the description is the genre, the words
    before it in its sentence the title, and the sentence after it the event (kept as
    the container) or the publisher. Returns whether the bracket was one."""
    close = _close_of_bracket(tokens, i)
    if close is None:
        return False
    inside = " ".join(t.text for t in tokens[i : close + 1])
    if _PRESENTATION.match(inside):
        after = "container-title"
    elif _NON_TEXT_WORK.match(inside):
        after = "publisher"
    else:
        return False
    for k in range(i, close + 1):
        labels[k] = "genre"
    k = i - 1
    while k >= 0 and labels[k] in _DESCRIBED_LABELS and tokens[k].text[-1:] not in ".?!":
        labels[k] = "title"
        k -= 1
    if tokens[close].text[-1:] not in ".,;":
        return True  # "[Data set] (Version 2)": no sentence after it to read
    for k in range(close + 1, len(tokens)):
        if labels[k] not in _DESCRIBED_LABELS:
            break
        labels[k] = after
        if tokens[k].text[-1] in ".;," and not _ABBREVIATION.fullmatch(tokens[k].text):
            break
    return True


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")
_TRAILING_PAREN = re.compile(r"\s*(?:\(([^()]{2,60})\)|\[([^\[\]]{2,60})\])\s*[.,]?$")
_NAME_LIST_WORDS = frozenset("and & eds eds. ed ed. et al al. (eds.) (ed.) (eds.), (ed.),".split())


#: APA's report: "Title (Community Development Report). Federal Reserve Bank of St. Louis."
_GENRE_BRACKET_THEN_NAME = re.compile(
    r"^(?P<title>.*\S)\s*\((?P<genre>[^()]{2,60})\)\.\s+(?P<name>[A-Z][^()]{2,80}?)\.?$"
)


def _split_genre_from_title(seg: Segment, *, publisher_known: bool) -> list[Segment]:
    """ "Title. Governance International Case Study." -> title + genre; "Title (Guide)",
    "Title [Unpublished manuscript]", "Title (GAO-19-123)" and, named in capitals after a
    comma, "Title, Briefing Note for Welsh Government" too; in a reference that names no
    publisher, APA's "Title (Community Development Report). Federal Reserve Bank of St.
    Louis." -> title + genre + publisher."""
    text = seg.text.rstrip()
    report = None if publisher_known or ")." not in text else _GENRE_BRACKET_THEN_NAME.match(text)
    if report and fields.looks_like_genre(report["genre"]):
        words = report["name"].split()
        if len(words) <= 10 and all(w[:1].isupper() or w in _NAME_LINKS for w in words):
            return [
                Segment("title", report["title"], seg.confidence),
                Segment("genre", report["genre"], seg.confidence),
                Segment("publisher", report["name"], seg.confidence),
            ]
    paren = _TRAILING_PAREN.search(text)
    if paren and text[: paren.start()].strip():
        inside = paren.group(1) or paren.group(2)
        if fields.looks_like_genre(inside) or fields.is_report_number(inside):
            return [
                Segment("title", text[: paren.start()], seg.confidence),
                Segment("genre", inside, seg.confidence),
            ]
    parts = _SENTENCE_END.split(text)
    if len(parts) > 1:
        tail = parts[-1]
        if len(tail.split()) <= 8 and fields.looks_like_genre(tail):
            head = text[: len(text) - len(tail)].rstrip()
            label = "container-title" if fields.is_blog(tail) else "genre"
            return [Segment("title", head, seg.confidence), Segment(label, tail, seg.confidence)]
        imprint = places_last(tail.rstrip(" .")) if len(parts) > 2 else None
        genre = parts[-2]
        if imprint and len(genre.split()) <= 8 and fields.names_report_kind(genre):
            # "Title. Governance International Case Study. Governance International,
            # Birmingham.": the report's kind, then its publisher and place
            head = text[: text.rfind(genre, 0, len(text) - len(tail))].rstrip()
            return [
                Segment("title", head, seg.confidence),
                Segment("genre", genre.rstrip(), seg.confidence),
                Segment("publisher", imprint[1] + ",", seg.confidence),
                Segment("location", imprint[0], seg.confidence),
            ]
    head, comma, tail = text.rpartition(", ")
    words = tail.rstrip(" .,").split()
    if (
        comma
        and 2 <= len(words) <= 8
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_LINKS for w in words[:-1])
        and (words[-1][:1].isupper() or words[-1].isdigit())  # "SCIE Guide 47"
        and fields.names_report_kind(tail)
    ):  # "…, Governance International Case Study.", "…, Briefing Note for Welsh Government."
        return [Segment("title", head, seg.confidence), Segment("genre", tail, seg.confidence)]
    return [seg]


def _is_initial_word(word: str) -> bool:
    core = word.strip(",;()")
    return len(core) <= 4 and core.endswith(".") and core[:1].isupper()


def _split_container_from_editors(segments: list[Segment]) -> list[Segment]:
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
            while k > 1 and not any(_is_initial_word(w) for w in parts[k - 1].split()):
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


def _merge_book_subtitle(segments: list[Segment]) -> list[Segment]:
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


def _splice(segments: list[Segment], at: int, count: int, *new: Segment) -> list[Segment]:
    """`segments` with the `count` segments from `at` replaced by `new`."""
    return [*segments[:at], *new, *segments[at + count :]]


def _boundary_moved(segments: list[Segment], at: int, first: str, second: str) -> list[Segment]:
    """`segments` with new texts for the one at `at` and the one after it, their labels
    and confidences kept: the boundary between two segments moved."""
    return _splice(
        segments,
        at,
        2,
        segments[at]._replace(text=first),
        segments[at + 1]._replace(text=second),
    )


def _divided(
    segments: list[Segment], at: int, first: tuple[str, str], second: tuple[str, str]
) -> list[Segment]:
    """`segments` with the one at `at` cut in two, as (label, text) pairs that keep its
    confidence."""
    confidence = segments[at].confidence
    return _splice(segments, at, 1, Segment(*first, confidence), Segment(*second, confidence))


def _cut_by_groups(
    segments: list[Segment], at: int, match: re.Match[str], *pieces: tuple[str, str]
) -> list[Segment]:
    """`segments` with the one at `at` cut into the (label, group name) `pieces` of
    `match`, each keeping its confidence; a group that matched nothing is left out."""
    seg = segments[at]
    cut = (seg._replace(label=label, text=match[group] or "") for label, group in pieces)
    return _splice(segments, at, 1, *(piece for piece in cut if piece.text))


def _matching(
    segments: list[Segment], label: str, pattern: re.Pattern[str]
) -> tuple[int, re.Match[str]] | None:
    """The first segment labelled `label` whose text `pattern` matches, and the match."""
    for i, seg in enumerate(segments):
        if seg.label == label:
            match = pattern.match(seg.text)
            if match:
                return i, match
    return None


def _split_matching(
    segments: list[Segment],
    label: str,
    pattern: re.Pattern[str],
    first: tuple[str, str],
    second: tuple[str, str],
) -> list[Segment]:
    """`segments` with the first one labelled `label` that `pattern` matches cut in two,
    each piece a (label, name of the match's group) of `first` and `second`; unchanged
    when none matches."""
    found = _matching(segments, label, pattern)
    if found is None:
        return segments
    i, match = found
    return _divided(
        segments, i, (first[0], match.group(first[1])), (second[0], match.group(second[1]))
    )


_TITLE_BOUNDARY = re.compile(r"(?<=[\w)\]])([.?!])[)\]\"”’]?\s+(?=[A-Z\"“‘«])")
_NUMBER_LABELS = frozenset(("volume", "pages"))


def _ends_with_full_word(text: str) -> bool:
    """Whether `text` ends with a word that cannot be a journal abbreviation ("Phys",
    "Bot"): a lower-case or long word, a number, or a closing bracket."""
    word = text.rsplit(None, 1)[-1]
    core = word.strip('(["“‘')
    return word[-1:] in ")]" or core.isdigit() or core[:1].islower() or len(core) >= 6


def _numbers_follow(segments: list[Segment], at: int) -> bool:
    """Whether the segment at `at` is a volume or pages, or a date right before one
    (Vancouver's "Arthroscopy. 2005 Oct; 21(10): 1257-64.")."""
    if segments[at].label == "date" and at + 1 < len(segments):
        at += 1
    return segments[at].label in _NUMBER_LABELS


#: A journal's numbers ending a title segment: "… Policy 13:135–151.", "… Rev
#: 2015;44(1):1–23".
_NUMBERS_ENDING_TITLE = re.compile(
    r"^(?P<title>.*[.?!][’”\"»]?\s+\S.*?)\s+(?:(?P<date>(?:1[89]|20)\d\d)\s*;\s*)?"
    r"(?P<volume>\d{1,4}(?:\s*\(\s*[\w/–-]{1,9}\s*\))?\s*:)\s*"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\.?)$"
)


#: A title in sentence case run into a journal's name in title case and its volume and
#: pages, with no stop between ("… classical definitions Public Administration Review
#: 76:427–435."): the title ends with a small word that joins no name.
_UNMARKED_TITLE_THEN_JOURNAL = (
    r"^(?P<title>.*?\b(?!(?:of|and|for|in|on|the|a|an|to|with|at|by)\b)[a-z][\w'’-]*[,)]?)\s+"
    r"(?P<journal>[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|in|on|the|&|[A-Z][\w&'’.-]*))*"
    r"\s+[A-Z][\w&'’.-]*)"
)
_NUMBERS_ENDING_UNMARKED_TITLE = re.compile(
    _UNMARKED_TITLE_THEN_JOURNAL + r"\s+"
    r"(?P<volume>\d{1,4}(?:\s*\(\s*[\w/–-]{1,9}\s*\))?\s*:)\s*"
    r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\.?)$"
)


#: The same read as one journal, before its numbers: "The state and the reconstruction of
#: civil society International Review of Administrative Sciences" + "83:676–693.".
_UNMARKED_TITLE_AND_JOURNAL = re.compile(_UNMARKED_TITLE_THEN_JOURNAL + r"[.,]?$")


def _title_run_into_journal(segments: list[Segment]) -> list[Segment]:
    """A title in sentence case run into the journal's name in title case with no stop
    between, read as one journal before the numbers, in a reference with no title: the
    journal's name is the run of capitalised words that ends it."""
    return _journal_cut_from_end(segments, "journal")


def _journal_run_into_title(segments: list[Segment]) -> list[Segment]:
    """The same read as one title before the volume, in a reference with no journal
    ("… in public administration Public Administration Review" + "1982;42:501–508")."""
    return _journal_cut_from_end(segments, "title")


def _journal_cut_from_end(segments: list[Segment], label: str) -> list[Segment]:
    """The segments with the first `label` segment before numbers cut into a title and
    the journal's name of capitalised words that ends it, when it reads so."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != label or not _numbers_follow(segments, i + 1):
            continue
        if label == "title" and (segments[i + 1].label != "volume" or seg.text[-1] == "."):
            return segments  # a book's "… Grenoble III," + "2003," or "… Brigge." + "Vol. 6"
        if not "A" <= seg.text.rsplit(maxsplit=1)[-1][:1] <= "Z":
            return segments  # the cheap test first: a journal's capitalised word ends it
        match = _UNMARKED_TITLE_AND_JOURNAL.match(seg.text)
        if match is None or len(match["title"].split()) < 3 or ". " in match["title"]:
            return segments  # a title of sentences is left to the rules that read stops
        return _cut_by_groups(segments, i, match, ("title", "title"), ("journal", "journal"))
    return segments


#: The parts a title ending in a journal's numbers is cut into, in order.
_TITLE_END_PARTS = ("title", "date", "journal", "volume", "pages")


#: A volume with the last word of the journal's name run into it: "Review107(4):".
_WORD_GLUED_TO_VOLUME = re.compile(r"^(?P<word>[A-Za-z][a-z]+)(?P<volume>\d{1,4}\b.*)$")


def _journal_word_out_of_volume(segments: list[Segment]) -> list[Segment]:
    """ "American Political Science" + "Review107(4):" (a style that prints no space
    between the journal and its volume): the word before the number ends the journal."""
    for i in range(1, len(segments)):
        seg, before = segments[i], segments[i - 1]
        if seg.label != "volume" or before.label not in ("journal", "container-title"):
            continue
        match = _WORD_GLUED_TO_VOLUME.match(seg.text) if seg.text[:1].isalpha() else None
        if match is None or fields.is_number_word(match["word"]):
            return segments  # "Vol12": the volume's own word
        journal = before._replace(text=f"{before.text} {match['word']}")
        return _splice(segments, i - 1, 2, journal, seg._replace(text=match["volume"]))
    return segments


def _numbers_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Title. Evidence & Policy 13:135–151." read as one title: the volume and pages
    that end it are cut off, so that the journal before them can be found; with no stop
    after the title, a journal's name in title case after a title in sentence case is
    cut off too."""
    for i, seg in enumerate(segments):
        if seg.label != "title" or ":" not in seg.text or not seg.text.rstrip(".")[-1:].isdigit():
            continue
        match = _NUMBERS_ENDING_TITLE.match(seg.text) or _NUMBERS_ENDING_UNMARKED_TITLE.match(
            seg.text
        )
        if match is None:
            continue
        # each group is cut out as the segment of the same name
        pieces = [(name, name) for name in _TITLE_END_PARTS if name in match.re.groupindex]
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


def _split_journal_from_title(segments: list[Segment]) -> list[Segment]:
    """ "Title. Journal Name" labelled as one segment (title or journal) right before a
    volume or pages (or a date and then they), with no other title or journal: the last
    sentence is the journal
    (an abbreviated word such as "Bot." does not end a sentence)."""
    labels = [s.label for s in segments]
    if {"container-title", "publisher", "editor"} & set(labels):
        return segments
    if labels.count("title") + labels.count("journal") != 1:
        return segments
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("title", "journal") or not _numbers_follow(segments, i + 1):
            continue
        text = seg.text.rstrip(" ,;")
        cut = None
        for m in _TITLE_BOUNDARY.finditer(text):
            if _ends_with_full_word(text[: m.start()]):
                cut = m
        if cut is None:
            return segments
        head, tail = text[: cut.end()].rstrip(), seg.text[cut.end() :]
        short = len(head.split()) < 3 or not 1 <= len(tail.split()) <= 12
        if short or fields.looks_like_genre(tail):
            return segments
        return _divided(segments, i, ("title", head), ("journal", tail))
    return segments


#: A colon a style prints between the title and the journal: "… revisited: American
#: Political Science Review, v. 107" (the US Geological Survey's style, Terra Nova's).
_COLON_AFTER_TITLE = re.compile(r"(?<=[\w)?!”\"’]): (?=[A-Z])")
#: Longer words that a title-case name may leave in small letters.
#: A journal's name in capitals before the colon inside that name: "VOLUNTAS:".
_CAPITALS_HEAD = re.compile(r"^[A-Z][A-Z&-]+:$")
#: The same name run into the title's full stop: "public value.VOLUNTAS:".
_GLUED_CAPITALS_HEAD = re.compile(r"(?<=[a-z])\.(?P<head>[A-Z][A-Z&-]+:)$")
_SMALL_WORDS = frozenset(("from", "into", "with", "upon", "über", "pour", "dans", "avec"))


def _in_title_case(text: str) -> bool:
    """Whether `text` is printed as journals' names are: every longer word capitalised."""
    words = [w.strip("(),.;:“”\"‘’'") for w in text.split()]
    longer = [
        w for w in words if len(w) > 3 and w.replace("-", "").isalpha() and w not in _SMALL_WORDS
    ]
    return len(longer) >= 2 and all(w[0].isupper() for w in longer)


def _journal_after_names_colon(segments: list[Segment]) -> list[Segment]:
    """ "E. Ostrom:" + "World Development," + "1996, vol. 24, pp. 1073–87.": after names
    closed by a colon (styles that print no article title), a lone title in title case
    before the year, the volume and the pages is the journal."""
    labels = [s.label for s in segments]
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 3] != ["author", "title", "date"] or labels.count("title") != 1:
        return segments
    if not segments[first].text.endswith(":") or not _NUMBER_LABELS & set(labels):
        return segments
    title = segments[first + 1].text
    if ". " in title or len(title.split()) > 10 or not _in_title_case(title):
        return segments  # "Wolfgang Jantzen: Vorwort. In: …": a title after the names
    return _splice(segments, first + 1, 1, segments[first + 1]._replace(label="journal"))


def _journal_after_title_colon(segments: list[Segment]) -> list[Segment]:
    """ "The state and … civil society: International Review of Administrative Sciences"
    labelled as one segment (title or journal) right before a volume or pages, with no
    other title or journal: a name in title case after the last colon is the journal,
    with a name in capitals before it ("…: VOLUNTAS: International Journal of …")."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("title", "journal"):
            continue
        if ": " not in seg.text or not _numbers_follow(segments, i + 1):
            return segments  # the cheap test first: a colon in the one title
        if sum(s.label in ("title", "journal") for s in segments) != 1:
            return segments
        cuts = [*_COLON_AFTER_TITLE.finditer(seg.text)]
        if not cuts:
            return segments
        cut = cuts[-1]
        if len(cuts) > 1 and _CAPITALS_HEAD.match(seg.text[cuts[-2].end() : cut.start() + 1]):
            cut = cuts[-2]  # "…: VOLUNTAS: International Journal …"
        head, tail = seg.text[: cut.start() + 1], seg.text[cut.end() :]
        glued = _GLUED_CAPITALS_HEAD.search(head)
        if glued:  # "… public value.VOLUNTAS: International Journal …"
            head, tail = head[: glued.start() + 1], f"{glued['head']} {tail}"
        if len(head.split()) < 3 or len(tail.split()) > 12 or not _in_title_case(tail):
            return segments
        if any(mark in head for mark in "„“«"):
            return segments  # "…, „VOLUNTAS: International Journal …”": a quoted journal
        if _in_title_case(head):
            return segments  # "Public Management: The State of the Art", a title
        return _divided(segments, i, ("title", head), ("journal", tail))
    return segments


_REGION_CODE = re.compile(r"^((?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.)\s*:)\s*(\S.*)$", re.DOTALL)


def _move_region_code_to_place(segments: list[Segment]) -> list[Segment]:
    """ "San Francisco, CA: Jossey-Bass" with "CA:" labelled as the publisher's first
    word: a state or province code before the colon belongs to the place."""
    out = list(segments)
    for i in range(1, len(out)):
        prev, seg = out[i - 1], out[i]
        match = _REGION_CODE.match(seg.text)
        if prev.label == "location" and seg.label == "publisher" and match:
            out[i - 1] = Segment("location", f"{prev.text} {match.group(1)}", prev.confidence)
            out[i] = Segment("publisher", match.group(2), seg.confidence)
    return out


def _report_series_from_journal(segments: list[Segment]) -> list[Segment]:
    """ "SCIE Research Briefing" + "31." labelled journal and volume in a reference with a
    publisher and no issue or pages: a report series and its number, the genre."""
    labels = {s.label for s in segments}
    if "publisher" not in labels or labels & {"issue", "pages", "genre"}:
        return segments
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label == "journal" and nxt.label == "volume" and fields.looks_like_genre(seg.text):
            merged = Segment("genre", f"{seg.text} {nxt.text}", min(seg.confidence, nxt.confidence))
            return _splice(segments, i, 2, merged)
    return segments


def _thesis_descriptor_from_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Dissertation, Universität Potsdam." or "PhD thesis, University of Twente" read as
    the publisher or place, in a reference with no genre: the descriptor before the
    first comma is the genre, the institution after it the publisher. In APA 6's
    "(Doctoral dissertation, University of Birmingham). Retrieved from" the institution
    ends at the bracket, and what follows is a note again."""
    if any(s.label == "genre" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "location", "note"):
            continue
        head, comma, rest = seg.text.partition(",")
        if comma and rest.strip() and len(head.split()) <= 4 and fields.is_thesis(head):
            label = "publisher" if seg.label == "note" else seg.label
            institution, _, after = rest.partition(")") if head[:1] == "(" else (rest, "", "")
            pieces = [Segment("genre", head, seg.confidence)]
            pieces.append(Segment(label, institution.strip(), seg.confidence))
            if after.strip(" .,;"):
                pieces.append(Segment("note", after.strip(" .,;"), seg.confidence))
            return _splice(segments, i, 1, *pieces)
    return segments


_INSTITUTION = re.compile(
    r"univ|college|colegio|hochschule|\bschool\b|institut|[ée]cole|escuela|polytechn|"
    r"politecnic|academ|akademi",
    re.IGNORECASE,
)


def _institution_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "(Doctoral dissertation). Université de Lille." with the university read as the
    place, in a thesis with no publisher: the institution granting the degree is the
    publisher."""
    if not any(s.label == "genre" and fields.is_thesis(s.text) for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label == "location" and _INSTITUTION.search(seg.text):
            return _splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


_JOURNAL_NUMBERS_AS_IMPRINT = re.compile(
    r"^(?P<journal>[^\d:]*[^\W\d_][^\d:]*?)\s+(?P<volume>\d{1,4}\s*(?:\([^()]{1,15}\))?)\s*:"
    r"\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?[.,;]?)$"
)
_NUMBER_COLON = re.compile(r"\d\)?\s*:")


def _journal_read_as_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Voluntas 23(4): 1119-1138." read as an imprint (one segment, or a place and its
    publisher): words, a volume with its issue, a colon and only pages are the journal,
    its volume and the pages, as SAGE's Harvard style prints them (no imprint is
    printed so)."""
    for i, seg in enumerate(segments):
        if seg.label not in ("location", "publisher") or not _NUMBER_COLON.search(seg.text):
            continue  # the cheap test first: "London:" holds no number before its colon
        count = 2 if seg.label == "location" and i + 1 < len(segments) else 1
        if count == 2 and segments[i + 1].label != "publisher":
            count = 1
        text = " ".join(s.text.strip() for s in segments[i : i + count])
        found = _JOURNAL_NUMBERS_AS_IMPRINT.match(text)
        if found is None:
            continue
        return _splice(
            segments,
            i,
            count,
            Segment("journal", found.group("journal"), seg.confidence),
            Segment("volume", found.group("volume") + ":", seg.confidence),
            Segment("pages", found.group("pages"), seg.confidence),
        )
    return segments


def _container_after_in_editors(segments: list[Segment]) -> list[Segment]:
    """ "Title. In: Hefetz A, Warner M, eds. Co-production and Co-creation." read as two
    titles around the editors: the one after "In" (French "dans", Spanish "en",
    Portuguese "em", German "im") and the editors is the container."""
    labels = [s.label for s in segments]
    if labels.count("title") != 2 or "container-title" in labels or "journal" in labels:
        return segments
    first = labels.index("title")
    second = labels.index("title", first + 1)
    between = segments[first + 1 : second]
    if not any(s.label == "editor" and fields.opens_with_in(s.text) for s in between):
        return segments
    seg = segments[second]
    return _splice(segments, second, 1, Segment("container-title", seg.text, seg.confidence))


_LEADING_EDITOR_MARK = re.compile(
    r"^([(\[](?:a\s+cura\s+di|eds?\.?|hrsg\.?|hg\.?|dir\.?|coords?\.?|éds?\.?|orgs?\.?)"
    r"[)\]][.,:]?)(?:\s+(\S.*))?$",
    re.IGNORECASE,
)


def _editor_mark_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Pasquino, G." + "(a cura di), Il sistema politico italiano," or + "(a cura di)"
    alone: the editor mark read into the title belongs to the names before it (which it
    makes editors); so does ABNT's "(Orgs.)." read into the book after "In: BOVAIRD, T.;
    LOEFFLER, E."."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if (
            seg.label not in ("title", "container-title")
            or seg.text[:1] not in "(["
            or prev.label not in ("author", "editor")
        ):
            continue
        match = _LEADING_EDITOR_MARK.match(seg.text)
        if match:
            names = Segment(prev.label, f"{prev.text} {match.group(1)}", prev.confidence)
            if match.group(2) is None:  # "(a cura di)" alone, before the date
                return _splice(segments, i - 1, 2, names)
            title = Segment(seg.label, match.group(2), seg.confidence)
            return _splice(segments, i - 1, 2, names, title)
    return segments


_SERIES_IN_IMPRINT = re.compile(
    r"^(?P<publisher>.*?\S)\s*(?:,\s*(?P<coll>coll\.|collection|reihe|series)\s*(?P<name>.+)|"
    r"\((?P<paren>[^()]*(?:\d|series|reihe|collana|coll\.)[^()]*)\))[.,;]*$",
    re.IGNORECASE,
)


_SERIES_HINT = re.compile(r"\(|coll|reihe|series", re.IGNORECASE)


def _series_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "PUF, coll. « Thémis »" or "edition sigma (Modernisierung des öffentlichen
    Sektors, Sonderband 18)" read as the publisher: the series is the collection title."""
    if any(s.label == "collection-title" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "publisher" or not _SERIES_HINT.search(seg.text):
            continue
        match = _SERIES_IN_IMPRINT.match(seg.text)
        if match:
            series = match.group("name") or match.group("paren")
            return _divided(
                segments, i, ("publisher", match.group("publisher")), ("collection-title", series)
            )
    return segments


_PLACE_BETWEEN_COMMAS = re.compile(r", ([A-ZÀ-Ý][^,]{1,30}), (?=[A-ZÀ-Ýa-z«\"“])")


def _imprint_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "La contre-démocratie, Paris, Seuil, coll. « … »," read as one title right before
    the year, in a reference with no place or publisher (French and Italian humanities
    styles): the place between commas, and what follows it, are the imprint."""
    labels = {s.label for s in segments}
    if labels & {"location", "publisher", "journal", "container-title"}:
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title" or segments[i + 1].label != "date":
            continue
        cut = None
        for match in _PLACE_BETWEEN_COMMAS.finditer(seg.text):
            if reads_as_place(match.group(1)):
                cut = match
        if cut is None:
            return segments
        head, rest = seg.text[: cut.start() + 1], seg.text[cut.end() :]
        if len(head.split()) < 2 or not 1 <= len(rest.split()) <= 12:
            return segments
        return _splice(
            segments,
            i,
            1,
            Segment("title", head, seg.confidence),
            Segment("location", cut.group(1) + ",", seg.confidence),
            Segment("publisher", rest, seg.confidence),
        )
    return segments


def _body_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "Organisation for Economic Co-operation and Development. (2011). Together for
    better public services." read as title, date, title: in a reference with no author
    or editor, a title right before the date with another title after it is the
    author, a body; so is a journal or container there whose words name a body ("New
    Economics Foundation (2008) Co-production: a manifesto …")."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) < first + 3 or segments[first].label not in _BODY_AS_WORK:
        return segments
    if segments[first].label != "title" and not _names_body(segments[first].text):
        return segments
    labels = [s.label for s in segments]
    # "Organisation for ... Development [OECD]. (2017).": its abbreviation may follow.
    acronym = labels[first + 1] == "author" and _ACRONYM.match(segments[first + 1].text)
    count = 2 if acronym else 1
    rest = labels[first + count :]
    if rest[:1] != ["date"] or "title" not in rest or {"author", "editor"} & set(rest):
        return segments
    body = segments[first : first + count]
    text = " ".join(s.text for s in body)
    return _splice(segments, first, count, Segment("author", text, body[0].confidence))


#: A web page's note after its body's name: an optional year, then the title up to its
#: bracketed medium or its full stop, then the rest: "2009. The Prize in Economic
#: Sciences 2009: Press Release [Online]. NobelPrize.org: 2009.".
_YEAR_TITLE_THEN_NOTE = re.compile(
    r"^(?:(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.\s+)?"
    r"(?P<title>[A-Z\"“‘][^\[]*?[\w)?!”\"’])(?P<rest>\s+\[.*|\.\s+\S.*|\.)$"
)


#: A body's name closed by a colon, then the title: "Cooperative Party: Public services
#: in our interests," (German and materials-science lists print names so).
_BODY_COLON_TITLE = re.compile(r"^(?P<body>[A-Z][^:,.]{2,60}?):\s+(?P<title>\S.*\s\S.*)$")


def _body_before_colon_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "Cooperative Party: Public services in our interests," read as one title, in a
    reference with no author or editor: a body's name in capitals before the colon
    opening it is the author."""
    first = 1 if segments[0].label == "citation-number" else 0
    seg = segments[first]
    if seg.label != "title" or ": " not in seg.text[:64]:
        return segments  # the cheap test first: a colon near the start
    match = _BODY_COLON_TITLE.match(seg.text)
    if match is None or not match["title"][:1].isupper() or not _names_body(match["body"]):
        return segments  # "Centre Pompidou: an occasional series …" is a title
    words = match["body"].split()
    if len(words) > 8 or not all(w[0].isupper() or w in _BODY_JOINERS for w in words):
        return segments  # "Reforming the civil service: …" is a title
    pieces = [("author", "body"), ("title", "title")]
    return _cut_by_groups(segments, first, match, *pieces)


#: The small words inside a body's name: "Institute for Excellence", "Party of Wales".
_BODY_JOINERS = frozenset(("for", "of", "and", "on", "the", "&", "in", "de", "du", "für"))


def _body_and_title_read_as_title_and_note(segments: list[Segment]) -> list[Segment]:
    """ "The Royal Swedish Academy of Sciences." + "The Prize in Economic Sciences 2009:
    Press Release [Online]. NobelPrize.org: 2009." read as title and note, in a
    reference with no author and no other title: a body's name opening it is the author,
    and the note's first sentence (after its year) the title."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) < first + 2:
        return segments
    body, note = segments[first], segments[first + 1]
    if body.label != "title" or note.label != "note" or not _names_body(body.text):
        return segments
    if len(body.text.split()) > 8 or any(s.label == "title" for s in segments[first + 1 :]):
        return segments
    match = _YEAR_TITLE_THEN_NOTE.match(note.text)
    if match is None or len(_WORDS_OF_TITLE.findall(match["title"])) < 2:
        return segments
    pieces = [body._replace(label="author")]
    if match["year"]:
        pieces.append(note._replace(label="date", text=match["year"] + "."))
    pieces.append(note._replace(label="title", text=match["title"]))
    if match["rest"].strip(" ."):
        pieces.append(note._replace(text=match["rest"].lstrip(" .")))
    return _splice(segments, first, 2, *pieces)


_ACRONYM = re.compile(r"^[\[(][A-Z][A-Za-z&-]{1,11}[\])][.,]?$")
#: Labels a body opening an authorless reference is read as.
_BODY_AS_WORK = frozenset(("title", "journal", "container-title"))
#: The words that make a name in capitals a body's: "Coalition for Collaborative Care",
#: "Department of Health", "Health Foundation" (not "health", "community" or "services",
#: which titles are full of).
_BODY_HEADS = frozenset(
    """academy agency alliance association authority board bureau center centre coalition college
    commission committee council department federation foundation government institute
    institution league ministry office organisation organization parliament partnership
    society trust union university consortium collaborative network party group nations
    forum""".split()
)
#: A body's name, every word capitalised but its joining words, as the first sentence
#: of a title: "Coalition for Collaborative Care." + "Co-production model."
_BODY_SENTENCE = re.compile(
    r"^(?P<body>[A-Z][\w'’&-]*(?:\s+(?:(?:for|of|and|on|the|in|&)\s+)*[A-Z][\w'’&-]*){0,7}\.)"
    r"\s+(?P<title>[A-Z\"“‘].{2,})$"
)


def _names_body(text: str) -> bool:
    """Whether `text` holds a word that heads bodies' names ("Foundation", "Council")."""
    return not _BODY_HEADS.isdisjoint(w.strip(".,").lower() for w in text.split())


def _names_a_publisher(text: str) -> bool:
    """Whether `text` holds a word that heads bodies' names or a publisher's word ("Press",
    "Verlag")."""
    return _names_body(text) or any(lexicon_hit("publishers", w.strip(".,")) for w in text.split())


def _body_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "Coalition for Collaborative Care. Co-production model. 2016." read as one title,
    in a reference with no author or editor: its first sentence, a body's name in
    capitals with a word that heads bodies' names, is the author."""
    if any(s.label in ("author", "editor") for s in segments):
        return segments
    found = _matching(segments, "title", _BODY_SENTENCE)
    if found is None:
        return segments
    i, match = found
    if i > 1 or (i == 1 and segments[0].label != "citation-number"):
        return segments
    if not _names_body(match.group("body")):
        return segments
    return _divided(segments, i, ("author", match.group("body")), ("title", match.group("title")))


_DATE_THEN_WORDS = re.compile(r"^(\([^()]{1,30}\)[.,:]?)\s+(\S.{2,})$")


def _author_named_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "NHS England. … London: NHS" + "England, 2014." with the body's last word read
    as a place: a publisher and the place right after it that together spell the
    author's name are the publisher."""
    author = next((s for s in segments if s.label == "author"), None)
    if author is None:
        return segments
    name = _WORDS_OF_NAME.findall(author.text.lower())
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label == "publisher" and nxt.label == "location":
            joined = _WORDS_OF_NAME.findall(f"{seg.text} {nxt.text}".lower())
            if joined == name:
                return _splice(
                    segments, i, 2, Segment("publisher", f"{seg.text} {nxt.text}", seg.confidence)
                )
    return segments


_WORDS_OF_NAME = re.compile(r"\w+")


def _publisher_read_as_editors(segments: list[Segment]) -> list[Segment]:
    """ "Lusch, R., and Vargo, S. (Eds.) (2006). The service dominant logic of
    marketing, M E Sharpe, New York." with "M E Sharpe," read as a second list of
    editors: in an edited book whose editors open it, unmarked names between the title
    and the place are the publisher."""
    opening = segments[1] if segments[0].label == "citation-number" else segments[0]
    if not has_editor_marker(opening.text):
        return segments
    for i in range(1, len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i - 1].label != "title":
            continue
        if segments[i + 1].label != "location" or has_editor_marker(seg.text):
            return segments
        if fields.opens_with_in(seg.text):
            return segments
        return _splice(segments, i, 1, seg._replace(label="publisher"))
    return segments


def _title_out_of_date(segments: list[Segment]) -> list[Segment]:
    """ "(n.d.). Co-production star." read as the date, in a reference with no title:
    the words after the bracketed date are the title."""
    if any(s.label == "title" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "date" or seg.text[:1] != "(" or " " not in seg.text:
            continue
        match = _DATE_THEN_WORDS.match(seg.text)
        if match and any(c.isalpha() for c in match.group(2)):
            return _divided(segments, i, ("date", match.group(1)), ("title", match.group(2)))
    return segments


#: Lower-case words a name or a body's name may hold: particles ("van", "de") and the
#: words joining a body's name ("Department of Health and Social Care").
_NAME_SMALL_WORDS = PARTICLES | frozenset("and of for the on in at to & y e".split())


def _title_read_as_author(segments: list[Segment]) -> list[Segment]:
    """ "Co-production toolkit. (2015). London: NCVO." read with the title as the author,
    in a reference with no title: words before the bracketed date in sentence case,
    with no comma or initial, are a work's title printed first (APA's work with no
    author), not a name."""
    if segments[0].label != "author" or len(segments) < 2 or segments[1].label != "date":
        return segments
    if segments[1].text[:1] != "(" or "," in segments[0].text:
        return segments  # names are "Family, Given"; APA brackets the date after a title
    if any(s.label == "title" for s in segments):
        return segments
    words = [w.strip(".;:()[]") for w in segments[0].text.split()]
    if len(words) < 2 or any(len(w) == 1 and w.isupper() for w in words):
        return segments
    if not any(w[:1].islower() and w not in _NAME_SMALL_WORDS for w in words[1:]):
        return segments
    return _splice(segments, 0, 1, Segment("title", segments[0].text, segments[0].confidence))


def _publisher_named_as_author(segments: list[Segment]) -> list[Segment]:
    """ "World Health Organization. (2016). Title. World Health Organization." with the
    last read as a journal: a container that repeats the author, with no volume, issue
    or pages, is the publisher of a report or book."""
    labels = {s.label for s in segments}
    if not labels & {"journal", "container-title"} or labels & {"volume", "pages"}:
        return segments
    author = next((s for s in segments if s.label == "author"), None)
    if author is None:
        return segments
    key = ""
    for i, seg in enumerate(segments):
        if seg.label not in ("journal", "container-title"):
            continue
        if abs(len(seg.text) - len(author.text)) > 4:
            continue  # a name repeated differs by its punctuation at most
        key = key or _letters(author.text)
        if _letters(seg.text) == key:
            return _splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


_IN_CONTAINER = re.compile(
    r"[,”\"’']\s+(?:[Ii]n|en)\s?:?\s+(?=[A-Z0-9«\"“‘])|[.?!]\s+In\s:\s+(?=[A-Z0-9«\"“‘])"
    r"|[»”\"’']\s*,?\s+dans\s+(?=[A-Z0-9«\"“‘])"
    r"|[.?!]\s+In\s+(?=[‘“«])"
    r"|[,.]\s+(?=Proc\.\s|Proceedings\s+of\s)"
)


def _split_in_container_from_title(segments: list[Segment]) -> list[Segment]:
    """ "Title, in Third International Conference on Logic Programming" (or Spanish "en"),
    "“Title,” in Interpreting God's Word" or (French spacing) "Title. In : WATSON (S.)
    dir. — Book" read as one title, with no container or journal anywhere, or as one
    container, with no title or journal anywhere: what follows "in" is the container."""
    labels = [s.label for s in segments]
    if "journal" in labels:
        return segments
    if "container-title" not in labels:
        whole = "title"
    elif "title" not in labels and labels.count("container-title") == 1:
        whole = "container-title"
    else:
        return segments
    for i, seg in enumerate(segments):
        if seg.label != whole:
            continue
        matches = list(_IN_CONTAINER.finditer(seg.text))
        if not matches:
            return segments
        cut = matches[-1]
        head, tail = seg.text[: cut.start() + 1], seg.text[cut.end() :]
        quoted = tail[:1] in '«"“‘'
        if len(head.split()) < 3 or (len(tail.split()) < 2 and not quoted):
            return segments
        # Italian styles put a journal's name, not a book's, in guillemets before its volume.
        numbered = i + 1 < len(segments) and segments[i + 1].label == "volume"
        journal = numbered and _GUILLEMETS_NAME.match(tail) is not None
        return _divided(
            segments, i, ("title", head), ("journal" if journal else "container-title", tail)
        )
    return segments


#: A name in guillemets, as Italian styles print a journal's: "«Local Government Studies»,".
_IN_GUILLEMETS = r"«[^«»]{2,}»[,.]?"
_GUILLEMETS_NAME = re.compile(rf"{_IN_GUILLEMETS}$")
#: Abbreviations a small "in" follows inside a sentence: "repr. in", "cf. in".
_MARKS_BEFORE_IN = frozenset("repr cf ed eds trans transl orig publ rev also".split())
#: Nature's small "in" after the chapter's title: "… governance failure. in Trust, risk".
_SENTENCE_THEN_IN = re.compile(r"(?P<end>[.?!][’”\"']?|[’”\"'][.])\s+in\s+(?=[A-Z0-9«“‘\"])")


def _in_book_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Public Goods and Public Choices. in Alternatives for Delivering Public Services"
    read as one title (Nature prints a small "in" before the book), or cut again inside
    the book ("… in Co-Production and Co-Creation: Engaging Citizens" + "in Public
    Services"): what follows the small "in" is the book."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        if " in " not in seg.text:
            return segments  # the cheap test first
        match = _SENTENCE_THEN_IN.search(seg.text)
        if match is None or len(seg.text[: match.start()].split()) < 2:
            return segments
        if seg.text[: match.start()].rsplit(None, 1)[-1].lower() in _MARKS_BEFORE_IN:
            return segments  # "[letter of 1640], repr. in G.B. Doni": no sentence ends
        head = seg.text[: match.start()] + match["end"]
        book = seg.text[match.end() :]
        taken = 1
        if i + 1 < len(segments) and segments[i + 1].label == "container-title":
            book, taken = f"{book} {segments[i + 1].text}", 2
        elif len(book.split()) < 2:
            return segments  # "… Textual Parameters. in Reading.": too short for a book
        return _splice(
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


#: Editors and the book after them in one segment: Vancouver's "In: Watson S., Moran
#: A., editors. Trust, risk and uncertainty.", Harvard's "In: S. Watson and A. Moran,
#: eds. Trust, …" (the first name opens or ends with its initials; Chicago's "In Trust,
#: Risk and Uncertainty, eds. S. Watson" is the other way round).
_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<editors>in:?\s+(?:(?-i:[A-Z])\.\s|(?=[^,]*?\b(?-i:[A-Z]{1,3})\.?,))\S.*?,\s+"
    r"(?:editors?|editores|editoras?|eds?|red|szerk|toim|ur)\.)\s+"
    r"(?P<book>(?!(?-i:[A-Z])\.)[^\W\d_].*\w.*)$",
    re.IGNORECASE,
)


#: The book, then its editors marked before their names: Chicago's "In Trust, risk and
#: uncertainty, eds. S. Watson and A. Moran", German "…, Hrsg. S. Watson und A. Moran".
_BOOK_THEN_MARKED_EDITORS = re.compile(
    r"^(?P<book>(?:[Ii]n:?|dans|en)\s+\S.*?),\s+(?P<editors>(?:eds?\.|[Hh]rsg\.|[Hh]g\.|éds?\.|dir\.|"
    r"edited\s+by|ed\.\s+by)\s+\S.*)$"
)
#: The editors' mark before the names, then the book after a comma: "In: (eds.) S.
#: Watson, A. Moran, Trust, risk and uncertainty" (Oxford's science journals).
_MARK_THEN_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<editors>(?:[Ii]n:?\s+)?\((?i:eds?|hrsg|éds?|dir)\.?\)\s*"
    r"(?:[A-Z]\.\s?)+(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+"
    r"(?:,\s+(?:[A-Z]\.\s?)+(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+)*),\s+"
    r"(?P<book>(?![A-Z]\.\s)[A-Z].*)$"
)


#: Editors named initials first with their mark in brackets, then the book, with no "In":
#: "S. Watson / A. Moran (edt.), Trust, risk and uncertainty," (Turkish law styles).
_MARKED_EDITORS_THEN_BOOK = re.compile(
    r"^(?P<editors>(?:[A-Z]\.\s?)+[^()]*?\s\((?i:eds?|edt|hrsg|hg|éds?|dir)\.?\)),\s+"
    r"(?P<book>[A-Z].*)$"
)


def _acs_book_read_as_one(segments: list[Segment]) -> list[Segment]:
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
                return _book_out_of_editors(_splice(segments, i, 2, merged))
        match = _BOOK_EDITORS_IMPRINT.match(seg.text)
        if match is None:
            return segments
        pieces = [
            ("container-title", "book"),
            ("editor", "editors"),
            ("publisher", "publisher"),
            ("location", "place"),
        ]
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


def _editors_opening_container(segments: list[Segment]) -> list[Segment]:
    """ "S. Watson / A. Moran (edt.), Trust, risk and uncertainty," read as the book, in a
    reference with no editors: the marked names opening it are the editors."""
    return _split_matching(
        segments,
        "container-title",
        _MARKED_EDITORS_THEN_BOOK,
        ("editor", "editors"),
        ("container-title", "book"),
    )


#: The forms that print the editors before the book in one segment.
_EDITORS_FIRST = (_EDITORS_THEN_BOOK, _MARK_THEN_EDITORS_THEN_BOOK)


#: CSE's book and its editors after a comma: "in Trust, risk and uncertainty, S. Watson,
#: & A. Moran, editors.".
_BOOK_THEN_NAMED_EDITORS = re.compile(
    r"^(?P<book>[Ii]n:?\s+\S.*?),\s+(?P<editors>[A-Z]\.\s.*?,?\s+(?i:editors?|eds?)\.?)$"
)


def _book_out_of_editors(segments: list[Segment]) -> list[Segment]:
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
        *((form, editors, book) for form in _EDITORS_FIRST),
        (_BOOK_THEN_MARKED_EDITORS, book, editors),
    ):
        found = _split_matching(segments, "editor", pattern, first, second)
        if found is not segments:
            return found
    return segments


#: The book's words, then its editors named initials first and marked after: "Trust,
#: Risk and Uncertainty, S. Watson, and A. Moran, eds.," (ASME, the AMA's marketing
#: style), or family name first: "Trust, risk and uncertainty, Watson, S. and Moran, A.
#: eds.," (the Korean Society of Civil Engineers' style).
_BOOK_WORDS_THEN_EDITORS = re.compile(
    r"^(?P<book>\S.*?),\s+(?P<editors>(?:(?:(?:[A-Z]\.\s?)+(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+"
    r"|(?:[a-z]{1,3}\s){0,2}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z]\.[\s-]?)+),?"
    r"\s*(?:(?:and|&|y|et|e|und)\s+)?)+\(?(?i:eds?|editors?)\.?\)?[.,;]?)$"
)
#: The same with Vancouver names: "…, Watson S, Moran A, Editors." (Wiley's parasitology
#: and medical styles), "…, Edelenbos J, Meerkerk I van, Editors.".
_VANCOUVER_EDITOR = r"[A-Z][\w'’-]+\s[A-Z]{1,3}(?:\s[a-z]{1,3})?"
_VANCOUVER_EDITOR_IN_BOOK = re.compile(rf"\b{_VANCOUVER_EDITOR},")
_BOOK_WORDS_THEN_VANCOUVER_EDITORS = re.compile(
    rf"^(?P<book>\S.*?),\s+(?P<editors>(?:{_VANCOUVER_EDITOR},\s+)*{_VANCOUVER_EDITOR},?\s+"
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


def _book_read_into_editors(segments: list[Segment]) -> list[Segment]:
    """ "Trust, Risk and Uncertainty, S. Watson, and A. Moran, eds.," read as the editors
    (or "in New public governance, the third sector" + "and co-production, V. Pestoff, …,
    eds.," with the book cut short): the words before the names are the book's."""
    for i, seg in enumerate(segments):
        if seg.label != "editor" or not seg.text.rstrip(" ,.;)").lower().endswith(
            ("ed", "eds", "ors")
        ):
            continue
        match = _BOOK_WORDS_THEN_EDITORS.match(seg.text)
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
            return _splice(segments, i, 1, *pieces)
        if before is not None and before.label == "container-title":
            book = before._replace(text=f"{before.text} {match['book']},")
            return _splice(segments, i - 1, 2, book, editors)
        book = seg._replace(label="container-title", text=match["book"] + ",")
        return _splice(segments, i, 1, book, editors)
    return segments


def _in_book_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird, T., Quirk, B." + "In The Routledge handbook …," + "T. R. Kassen, …,
    Eds.;" (ACS prints no chapter title): a title opened by "In" right before the
    editors is the book."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if seg.label == "title" and nxt.label == "editor" and _IN_THEN_BOOK.match(seg.text):
            if has_editor_marker(nxt.text):
                return _splice(segments, i, 1, seg._replace(label="container-title"))
            return segments
    return segments


def _editors_run_into_book(segments: list[Segment]) -> list[Segment]:
    """ "In: Bovaird T," + "Loeffler E, red. Public management and governance.", "In:
    Kassen TR, Cepiku D, Lah TJ, red. The" + "Routledge handbook …" or "In: (eds.)" + "J.
    Edelenbos, I. van Meerkerk, Critical Reflections …" (the editors and the book cut at
    the wrong word): the names up to or after the editors' mark are the editors, the
    words after them the book."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "editor" or nxt.label != "container-title":
            continue
        joined = f"{seg.text} {nxt.text}"
        match = next((m for form in _EDITORS_FIRST if (m := form.match(joined))), None)
        if match is None or match["editors"] == seg.text.strip():
            return segments
        return _boundary_moved(segments, i, match["editors"], match["book"])
    return segments


#: The end of a book's title before ACS's editors: "Outcomes; Loeffler, E., Bovaird, T.,
#: Eds.;".
_BOOK_END_THEN_EDITORS = re.compile(r"^(?P<book>[^;,]+);\s+(?P<editors>[^;]+?,?\s+(?i:eds?)\.;?)$")


def _book_end_out_of_editors(segments: list[Segment]) -> list[Segment]:
    """ "In The Palgrave Handbook of … Services and" + "Outcomes; Loeffler, E., Bovaird,
    T., Eds.;" (ACS): the words before the semicolon end the book."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if seg.label != "editor" or prev.label != "container-title" or ";" not in seg.text:
            continue
        match = _BOOK_END_THEN_EDITORS.match(seg.text)
        if match is None:
            return segments
        book = prev._replace(text=f"{prev.text} {match['book']}")
        return _splice(segments, i - 1, 2, book, seg._replace(text=match["editors"]))
    return segments


#: The end of bracketed editors and the pages after them: "T.) 527–539".
_EDITORS_END_THEN_PAGES = re.compile(r"^(?P<names>[^()]*\))\s*(?P<pages>\d+\s*[-–]\s*\d+)$")


def _editors_run_into_pages(segments: list[Segment]) -> list[Segment]:
    """ "(eds. Loeffler, E. & Bovaird," + "T.) 527–539" with the last read as the volume:
    the words up to the closing bracket end the editors, the numbers are the pages."""
    for i in range(1, len(segments)):
        seg, prev = segments[i], segments[i - 1]
        if (
            seg.label != "volume"
            or prev.label != "editor"
            or prev.text.count("(") <= prev.text.count(")")
        ):
            continue
        match = _EDITORS_END_THEN_PAGES.match(seg.text.strip())
        if match is None:
            return segments
        return _splice(
            segments,
            i - 1,
            2,
            prev._replace(text=f"{prev.text} {match['names']}"),
            seg._replace(label="pages", text=match["pages"]),
        )
    return segments


#: A book, its pages and the opening of its bracketed imprint: "Proceedings of the 11th
#: Biennial Participatory Design Conference 41–50 (ACM,".
_BOOK_PAGES_PUBLISHER = re.compile(
    r"^(?P<book>.+?)\s+(?P<pages>\d+\s*[-–]\s*\d+)\s+(?P<publisher>\([^()]+?,?)$"
)


def _pages_and_publisher_out_of_book(segments: list[Segment]) -> list[Segment]:
    """ "in Proceedings of the 11th Biennial Participatory Design Conference 41–50 (ACM,"
    read as the book (Nature prints the pages after the book, then the imprint in
    brackets): the pages and the publisher come out of it."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or not seg.text.rstrip(" ,")[-1:].isalpha():
            continue
        if "(" not in seg.text:
            continue
        match = _BOOK_PAGES_PUBLISHER.match(seg.text)
        if match is None:
            continue
        pieces = (("container-title", "book"), ("pages", "pages"), ("publisher", "publisher"))
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


#: A quoted title and the words after its closing quote: "“Letter to R. Buckminster
#: Fuller,” Civil Wars".
_QUOTED_THEN_MORE = re.compile(
    r"^(?P<title>[“\"«‘][^”\"»’]{3,}[”\"»’][.,:;]?)\s+(?P<rest>[A-ZÀ-Ý].*)$"
)


def _split_container_after_quoted_title(segments: list[Segment]) -> list[Segment]:
    """ "“Letter to R. Buckminster Fuller,” Civil Wars" read as one title, with no
    container or journal anywhere: a quoted title is an article's or a chapter's, and
    the words after its closing quote are the container."""
    if any(s.label in ("container-title", "journal") for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        match = _QUOTED_THEN_MORE.match(seg.text) if seg.text[:1] in '“"«‘' else None
        if match is None:
            return segments
        return _divided(
            segments, i, ("title", match.group("title")), ("container-title", match.group("rest"))
        )
    return segments


#: "Perec, Georges. A Void.": a family name, full given names, then a sentence.
_NAMES_THEN_TITLE = re.compile(
    r"^(?P<names>[^,.]+,\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]{2,})*)\.\s+(?P<title>[\w“\"‘'(].*)$"
)


def _split_title_from_names(segments: list[Segment]) -> list[Segment]:
    """ "Perec, Georges. A Void." read as one author segment, with no title anywhere: a
    Chicago-style "Family, Given." is the author, what follows it the title."""
    labels = [s.label for s in segments]
    if "title" in labels or "author" not in labels:
        return segments
    i = labels.index("author")
    match = _NAMES_THEN_TITLE.match(segments[i].text.strip())
    if match is None or len(match.group("names").split(",")) != 2:
        return segments
    return _divided(
        segments, i, ("author", match.group("names") + "."), ("title", match.group("title"))
    )


#: German lists' "Family, Given: Title" and "Family, G./Other, H.: Title": inverted names
#: ("," inside each, "/" or ";" between them), a colon, then the title.
_INVERTED_NAMES_COLON = re.compile(
    r"^(?P<names>[^,.:;/]+,\s*[^,:;/]+(?:\s*[/;]\s*[^,.:;/]+,\s*[^,:;/]+)*):\s+"
    r"(?P<title>[\w“\"‘'„«(].*)$"
)


def _title_after_names_colon(segments: list[Segment]) -> list[Segment]:
    """ "Schuppert, Gunnar Folke: Verwaltungswissenschaft." read as one names segment,
    with no title anywhere: the names before the colon are the authors (the segment has
    no editor's mark, so an "editor" label was a misreading too), the rest the title."""
    first = segments[0]
    if first.label not in ("author", "editor") or has_editor_marker(first.text):
        return segments
    if ": " not in first.text or any(s.label == "title" for s in segments):
        return segments
    match = _INVERTED_NAMES_COLON.match(first.text.strip())
    if match is None:
        return segments
    people = parse_name_list(match.group("names")).names
    if not people or any(n.is_body for n in people):
        return segments
    return _splice(
        segments,
        0,
        1,
        Segment("author", match.group("names") + ":", first.confidence),
        Segment("title", match.group("title"), first.confidence),
    )


#: Vancouver's names before a colon, opening the title: "Carr S: Personalisation: …",
#: "Bovaird T, Loeffler E: Communities, trust …", "Tarko V : Co-production" (the colon
#: printed apart, as some medical styles do).
_VANCOUVER_NAMES_COLON = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? [A-Z]{1,2}"
    r"(?:, [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? [A-Z]{1,3})*(?:,? et al\.?)?) ?:\s+"
    r"(?P<title>\S.*)$"
)


#: Names ending with initials before a colon, opening the title: "Tarko V.: Co-production"
#: (after "Aligica P.,"), "– Tarko V.: …".
_NAMES_INITIAL_COLON = re.compile(
    r"^(?P<names>(?:[–—] )?[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? (?:[A-Z]\. ?){1,3}"
    r"(?:[,–—] [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)? (?:[A-Z]\. ?){1,3})*):\s+(?P<title>\S.*)$"
)


#: Family names in capitals with their initials in brackets before a dash, opening the
#: title: "TARKO (V.) — Co-production" (after "ALIGICA (P.),").
_BRACKETED_INITIALS_DASH = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]+ \((?:[A-Z][a-z]?\.[ -]?)+\)"
    r"(?:, [A-ZÀ-Ý][A-ZÀ-Ý'’ -]+ \((?:[A-Z][a-z]?\.[ -]?)+\))*) [—–]\s+(?P<title>\S.*)$"
)


#: A Vancouver name ending a list that goes on: "Aligica P,".
_VANCOUVER_LAST_NAME = re.compile(r"\w [A-Z]{1,4},$")


def _names_before_colon_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Aligica P.," + "Tarko V.: Co-production, …" (Hungarian lists join the names with
    dashes and end them with a colon), "Aligica P," + "Tarko V : Co-production, …"
    (Vancouver names closed by a colon) or "ALIGICA (P.)," + "TARKO (V.) — Co-production"
    (French archaeology): the names up to the colon or dash, after authors that go on,
    join the authors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "author" or nxt.label != "title":
            continue
        if seg.text.rstrip()[-1:] not in ",–—" and nxt.text[:1] not in "–—":
            return segments
        # The cheap tests first: an initial before a colon, a dash after a bracket, or a
        # colon after a Vancouver name that goes on.
        head = nxt.text[:120]
        match = None
        if ".:" in head or ") —" in head or ") –" in head:
            match = _NAMES_INITIAL_COLON.match(nxt.text) or _BRACKETED_INITIALS_DASH.match(nxt.text)
        if match is None and ":" in head and _VANCOUVER_LAST_NAME.search(seg.text):
            match = _VANCOUVER_NAMES_COLON.match(nxt.text)
        if match is None:
            return segments
        names = nxt.text[: match.start("title")].rstrip()
        return _boundary_moved(segments, i, f"{seg.text} {names}", match["title"])
    return segments


def _names_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "21." + "Carr S: Personalisation: A rough guide." with no author found: names as
    Vancouver prints them (a family name, then the initials without full stops) before
    the first colon are the authors, the rest the title; one name alone only in a
    numbered list ("Beyond GDP: …" is a title)."""
    for i, seg in enumerate(segments):
        if seg.label == "citation-number":
            continue
        match = _VANCOUVER_NAMES_COLON.match(seg.text) if seg.label == "title" else None
        if match is None or (i == 0 and "," not in match["names"]):
            return segments
        people = parse_name_list(match["names"]).names
        if not people or any(n.is_body for n in people):
            return segments
        return _divided(segments, i, ("author", match["names"] + ":"), ("title", match["title"]))
    return segments


#: Given names before a colon opening a title: "Lars: Kommunalpolitik …", "G. F.: …".
_GIVEN_THEN_COLON = re.compile(
    r"^(?P<given>(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,2}[A-ZÀ-Ý][\w'’.-]*):\s+(?P<title>\S.*)$"
)


def _given_names_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Bogumil, Jörg/Holtkamp," + "Lars: Kommunalpolitik …": an author segment of
    inverted names ending with a bare family name and its comma lacks the given names
    the title opens with, up to the colon German lists print after the names."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        last_family = re.split(r"[/;]", seg.text[:-1])[-1].split()
        if not seg.text.endswith(",") or len(last_family) != 1 or "," in last_family[0]:
            return segments  # only inverted names end with a bare family name
        title = segments[i + 1]
        match = _GIVEN_THEN_COLON.match(title.text)
        if match is None:
            return segments
        names = f"{seg.text} {match.group('given')}"
        people = parse_name_list(names).names
        if not people or people[-1].is_body or not people[-1].given:
            return segments
        return _splice(
            segments,
            i,
            2,
            Segment("author", names + ":", seg.confidence),
            Segment("title", match.group("title"), title.confidence),
        )
    return segments


def _edited_book_title(segments: list[Segment]) -> list[Segment]:
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
    return _splice(segments, nxt, 1, Segment("title", seg.text, seg.confidence))


_VOLUME_HEAD = re.compile(r"^((?:Vol\.?|Volume|Bd\.|Band|Tome|t\.)\s*[0-9IVXLC]+[.,:;]?)\s+(\S.*)$")
_VOLUME_TAIL = re.compile(r"^(.*\S)[,.]?\s+((?:Vol\.?|Volume|Bd\.|Band)\s*[0-9IVXLC]+[.,:;]?)$")


def _volume_out_of_neighbours(segments: list[Segment]) -> list[Segment]:
    """ "Vol. 23 Doubleday, Page" read as the publisher, or "Japanese/Korean Linguistics
    Volume 30." read as the container, in a reference with no volume: the "Vol. N" words
    are the volume."""
    if any(s.label == "volume" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label in ("publisher", "location") and seg.text[:1] in "VvBTt":
            head = _VOLUME_HEAD.match(seg.text)
            if head:
                volume, rest = head.group(1), head.group(2)
                return _divided(segments, i, ("volume", volume), (seg.label, rest))
        last = seg.text.rstrip(" .,;:")[-1:]
        if seg.label == "container-title" and (last.isdigit() or last in "IVXLC"):
            tail = _VOLUME_TAIL.match(seg.text)
            if tail and len(tail.group(1).split()) >= 2:
                name, volume = tail.group(1), tail.group(2)
                return _divided(segments, i, (seg.label, name), ("volume", volume))
    return segments


#: "In Ralf Roth and Robert Beachy (eds), Who Ran the Cities?", "In Rohit Parikh,
#: editor, Logics of Programs" or Polish "In: S. Watson, A. Moran (red.), Trust, …": the
#: names and their editor mark open a container.
_EDITORS_OPENING_CONTAINER = re.compile(
    r"^(?P<names>(?:[Ii]n:?\s+)?[^()]{3,120}?(?i:\s*[(\[]"
    r"(?:eds?|edd|edt|editors?|red|hrsg|hrg|hg|dirs?|coords?|comps?|éds?|orgs?|a\s+cura\s+di)\.?[)\]]|"
    r",\s+(?:eds?\b\.?|editor(?:s|es|as)?|red\.|szerk\.|toim\.|ur\.)))"
    r"[,.:]?\s+(?P<container>[A-ZÀ-Ý0-9“\"‘«].*)$"
)

#: The editors' mark then a dash before the book, as French archaeology prints them:
#: "WATSON (S.), MORAN (A.) dir. — Trust, risk and uncertainty".
_EDITORS_MARK_DASH_CONTAINER = re.compile(
    r"^(?P<names>(?:[Ii]n\s?:?\s+)?\S.{2,120}?\s(?i:dirs?|éds?|eds?|coords?|hrsg|hg|szerk"
    r"|red|orgs?)\.)\s*[—–]\s+(?P<container>\S.*)$"
)


#: The phrase that says names after it are the book's editors, printed after the book's
#: title without brackets: "Trust, risk and uncertainty, a cura di S. Watson", "…, edited
#: by", "…, hrsg. von", "…, sous la direction de", "…, bajo la dirección de".
_EDITED_BY_AFTER_BOOK = re.compile(
    r"[,.]?\s+(?P<phrase>(?i:a\s+cura\s+di|edited\s+by|ed\.\s+by|hrsg\.\s+v(?:on\b|\.)|"
    r"herausgegeben\s+von|sous\s+la\s+direction\s+de|bajo\s+la\s+direcci[oó]n\s+de)(?!\w))"
)
#: Words every phrase of `_EDITED_BY_AFTER_BOOK` holds (lower case), checked first.
_EDITED_BY_HINT = re.compile(r"(?i)cura|by|von|direc")


def _editors_after_book_phrase(segments: list[Segment]) -> list[Segment]:
    """ "Trust, risk and uncertainty, a cura di S. Watson e A. Moran," read as one book,
    or the book ending in "a cura di" (or "a cura") before names read as a second list of
    authors, in a reference with no editors: the phrase and the people after it are the
    editors."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or not _EDITED_BY_HINT.search(seg.text):
            continue
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        authors_next = nxt is not None and nxt.label == "author"
        # The phrase may run on into the names: "… governance, a cura" + "di T. Bovaird,".
        text = f"{seg.text} {nxt.text}" if nxt is not None and authors_next else seg.text
        cut = _EDITED_BY_AFTER_BOOK.search(text)
        if cut is None or cut.start() == 0 or cut.start() >= len(seg.text):
            continue
        book = Segment(seg.label, text[: cut.start()] + ",", seg.confidence)
        if nxt is not None and authors_next and cut.end() >= len(seg.text):
            editors = Segment("editor", text[cut.start("phrase") :], nxt.confidence)
            return _splice(segments, i, 2, book, editors)
        names = seg.text[cut.end() :].strip(" ,.;:")
        if names and all(not n.is_body for n in parse_name_list(names).names):
            editors = Segment("editor", seg.text[cut.start("phrase") :], seg.confidence)
            return _splice(segments, i, 1, book, editors)
    return segments


def _editors_out_of_container(segments: list[Segment]) -> list[Segment]:
    """ "In Ralf Roth and Robert Beachy (eds), Who Ran the Cities?" or "WATSON (S.), MORAN
    (A.) dir. — Trust, risk and uncertainty" read as one container, in a reference with
    no editors: the names before the editor mark are the editors."""
    if any(s.label == "editor" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or ("(" not in seg.text and "," not in seg.text):
            continue
        match = _EDITORS_OPENING_CONTAINER.match(seg.text)
        if match is None and (" —" in seg.text or " –" in seg.text):
            match = _EDITORS_MARK_DASH_CONTAINER.match(seg.text)
        names = match.group("names") if match else ""
        # A bracketed mark ("(dirs.)") is enough; a bare ", ed." needs a person before it.
        if match and (
            names.endswith((")", "]")) or any(not n.is_body for n in parse_name_list(names).names)
        ):
            return _divided(
                segments,
                i,
                ("editor", names + ","),
                ("container-title", match.group("container")),
            )
    return segments


#: Words a name never ends with: a container cut after one goes on in the next segment.
_OPEN_ENDINGS = frozenset("of the for on and at in to de du des la le der die für".split())


def _container_cut_short(segments: list[Segment]) -> list[Segment]:
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
        if words[-1].lower() not in _OPEN_ENDINGS:
            return segments
        pieces = _name_then_places(seg, nxt)
        if pieces is None:
            return _splice(
                segments, i, 2, Segment(seg.label, f"{seg.text} {nxt.text}", seg.confidence)
            )
        return _splice(segments, i, 2, *pieces)
    return segments


#: The first part of a segment, up to its first comma or semicolon, and the rest.
_FIRST_COMMA_PART = re.compile(r"^(?P<head>[^,;]+)(?P<sep>[,;])\s*(?P<rest>\S.*)$")


def _container_cut_before_editors(segments: list[Segment]) -> list[Segment]:
    """ "in The Palgrave Handbook of … Management in" + "Europe, E. Ongaro, S. van Thiel,
    Eds.": a book's title ending in "in" or "of" goes on in the editors' first part (up
    to a comma or semicolon), when that part has no initial."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label != "editor":
            continue
        words = seg.text.split()
        if not words or words[-1].lower() not in _OPEN_ENDINGS:
            return segments
        match = _FIRST_COMMA_PART.match(nxt.text)
        if match is None or any(_is_initial_word(w) for w in match["head"].split()):
            return segments
        return _boundary_moved(
            segments, i, f"{seg.text} {match['head']}{match['sep']}", match["rest"]
        )
    return segments


#: A bracket opened by the editors' mark: "(éd. S. Watson et A. Moran)", "(eds. S. Watson".
_BRACKET_OPENED_BY_MARK = re.compile(r"^\((?i:éds?|eds?|hrsg|hg|dir)\.?\s")


def _in_editors_read_as_authors(segments: list[Segment]) -> list[Segment]:
    """ "« Title »," + "dans S. Watson et A. Moran, dir.," + "Trust, risk and uncertainty,"
    read as a second list of authors and a second title, or "Trust, risk and uncertainty"
    + "(éd. S. Watson et A. Moran)," read as authors after the book: names after the
    title or the book, opened by "in" or a bracket and marked as editors, are the
    editors, and a title after them the book."""
    for i in range(1, len(segments)):
        seg = segments[i]
        if seg.label != "author" or segments[i - 1].label not in ("title", "container-title"):
            continue
        marked = _BRACKET_OPENED_BY_MARK.match(seg.text) or (
            fields.opens_with_in(seg.text) and has_editor_marker(seg.text)
        )
        if not marked:
            continue
        pieces = [seg._replace(label="editor")]
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if nxt is not None and nxt.label == "title" and segments[i - 1].label == "title":
            pieces.append(nxt._replace(label="container-title"))
        return _splice(segments, i, len(pieces), *pieces)
    return segments


#: Names, then "In:" and the editors of the book: "Bovaird T., Loeffler E. In: Watson S.,
#: Moran A., eds.".
_NAMES_THEN_IN_EDITORS = re.compile(r"^(?P<authors>[^:;]+?[.,])\s+(?P<editors>In:?\s+\S.*)$")


def _authors_read_into_in_editors(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird T., Loeffler E. In: Watson S., Moran A., eds." + "Trust, risk and
    uncertainty. //" (GOST-like lists that print no chapter title) read as one list of
    editors, in a reference with no author: the names before "In" are the authors, and a
    title right after the editors is the book, or the book is named after "In" (ACS)."""
    first = 1 if segments[0].label == "citation-number" else 0
    seg = segments[first]
    if seg.label != "editor" or " In" not in seg.text:
        return segments
    match = _NAMES_THEN_IN_EDITORS.match(seg.text)
    if match is None or not has_editor_marker(match["editors"]):
        return segments
    people = parse_name_list(match["authors"]).names
    if not people or any(n.is_body or not n.given for n in people):
        return segments
    pieces = [seg._replace(label="author", text=match["authors"])]
    pieces.append(seg._replace(text=match["editors"]))
    if first + 1 < len(segments) and segments[first + 1].label == "title":
        pieces.append(segments[first + 1]._replace(label="container-title"))
        return _splice(segments, first, 2, *pieces)
    # "In Trust, risk and uncertainty; Watson, S.; Moran, A., Eds.;": the book inside
    return _book_out_of_editors(_splice(segments, first, 1, *pieces))


#: "… public services. Paper presented at the Annual": a title, then the start of the
#: meeting a paper, poster or talk was given at.
_PRESENTED_AT = re.compile(
    r"^(?P<title>.*?\w.*?[.?!][’”\"]?)\s+(?P<meeting>(?:(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:[Pp]aper|[Pp]oster|[Tt]alk|[Pp]resentation|[Ss]ession|[Aa]ddress|[Ll]ecture)\s+)?"
    r"(?:[Pp]resented|[Gg]iven|[Dd]elivered)\s+at\b.*)$"
)


#: The labels such a segment may have, each with the label that must not be there too.
_PRESENTATION_CUT = {
    "note": "container-title",
    "title": "container-title",
    "container-title": "title",
}


def _presentation_out_of_note(segments: list[Segment]) -> list[Segment]:
    """ "Title. Paper presented at the Annual" read as one note, title or container: the
    words from "Paper presented at" name the meeting (the container, as the annotation has
    it), those before them the title, and a publisher or journal right after a meeting cut
    off mid-name goes on with it."""
    for i, seg in enumerate(segments):
        if "resented at" not in seg.text:
            continue  # the cheap test first
        if _PRESENTATION_CUT.get(seg.label, "") in {s.label for s in segments}:
            continue  # not one of those labels, or the other part is already there
        match = _PRESENTED_AT.match(seg.text)
        if match is None:
            continue
        meeting = seg._replace(label="container-title", text=match["meeting"])
        count = 1
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if nxt and nxt.label in ("publisher", "journal") and meeting.text[-1].isalnum():
            meeting = meeting._replace(text=f"{meeting.text} {nxt.text}")
            count = 2
        head = (
            "note" if seg.label == "note" and any(s.label == "title" for s in segments) else "title"
        )
        return _splice(segments, i, count, seg._replace(label=head, text=match["title"]), meeting)
    return segments


def _name_then_places(seg: Segment, nxt: Segment) -> tuple[Segment, Segment] | None:
    """`seg` and the place or publisher `nxt` after it read again as one text: a name (with
    `seg`'s label) and the places that end it; None when no places end it."""
    joined = f"{seg.text} {nxt.text}"
    body = joined.rstrip(" .,;:")
    split = places_last(body)
    if split is None:
        return None
    place, name = split
    return (
        Segment(seg.label, name + ",", seg.confidence),
        Segment("location", place + joined[len(body) :], nxt.confidence),
    )


#: The dates a Vancouver list gives a conference after its name: "…; 2012 Jun 14-15;".
_CONFERENCE_DATES = re.compile(
    r"^(?P<name>.*\S);\s+(?P<date>(?:1[89]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?"
    r"(?:\s+\d{1,2}(?:\s*[-–]\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2})?)?)?[;.,]?)$"
)


def _conference_dates_out_of_container(segments: list[Segment]) -> list[Segment]:
    """ "Proceedings of the 12th European Conference on e-Government; 2012 Jun 14-15;"
    read as one container: the dates after the semicolon are the date."""
    return _split_matching(
        segments,
        "container-title",
        _CONFERENCE_DATES,
        ("container-title", "name"),
        ("date", "date"),
    )


def _city_out_of_container(segments: list[Segment]) -> list[Segment]:
    """ "Proc. IEEE Int. Smart Cities Conf., Kansas City," + "MO, USA": a place that
    opens with a region code takes the city that ends the container before it."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if (
            seg.label not in ("container-title", "journal")
            or nxt.label != "location"
            or not is_region_code(nxt.text.split(",")[0].strip(" .;:"))
        ):
            continue
        pieces = _name_then_places(seg, nxt)
        if pieces is None or len(pieces[1].text) <= len(nxt.text):
            return segments  # no city taken from the container
        return _splice(segments, i, 2, *pieces)
    return segments


#: A genre descriptor in brackets at the end of a genre segment: "(PhD thesis)".
_BRACKETED_GENRE = re.compile(r"^(?P<words>[^()]*[^\s()])\s+(?P<genre>\([^()]+\)[.,;:]?)$")


def _title_words_out_of_genre(segments: list[Segment]) -> list[Segment]:
    """ "… challenges to the Swedish welfare" + "state (PhD thesis).": the words before a
    bracketed descriptor read as the genre end the title before it."""
    for i, seg in enumerate(segments[1:], start=1):
        prev = segments[i - 1]
        if seg.label != "genre" or prev.label != "title" or not seg.text[:1].islower():
            continue
        match = _BRACKETED_GENRE.match(seg.text)
        if match:
            title = Segment("title", f"{prev.text} {match.group('words')}", prev.confidence)
            genre = Segment("genre", match.group("genre"), seg.confidence)
            return _splice(segments, i - 1, 2, title, genre)
    return segments


def _subtitle_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Who engages … and why?" + "The case of Atlanta, Georgia. Public Administration
    Review": after a title ending in a question mark, the sentence that opens the
    journal is the title's subtitle."""
    for i, seg in enumerate(segments[1:], start=1):
        prev = segments[i - 1]
        if seg.label != "journal" or prev.label != "title":
            continue
        if prev.text.rstrip(" ”\"’'")[-1:] not in "?!":
            return segments
        cuts = [
            m
            for m in _TITLE_BOUNDARY.finditer(seg.text)
            if _ends_with_full_word(seg.text[: m.start()])
        ]
        if not cuts or len(seg.text[cuts[-1].end() :].split()) < 1:
            return segments
        head, tail = seg.text[: cuts[-1].start() + 1], seg.text[cuts[-1].end() :]
        title = Segment("title", f"{prev.text} {head}", prev.confidence)
        return _splice(segments, i - 1, 2, title, Segment("journal", tail, seg.confidence))
    return segments


#: A journal's name in capitals that ends the title before the rest of the name: "…,
#: VOLUNTAS:", "«VOLUNTAS:"; or the title alone ("VOLUNTAS:").
_NAME_HEAD_ENDING_TITLE = re.compile(r"(?:^|(?<=[.?!,»”\"’] )|(?<=«))(?P<head>[A-Z][A-Z&-]+:)$")
#: What a style prints between the title and the journal or the publisher: ". – ".
_DASH_AFTER_TITLE = re.compile(r"(?<=[a-z\d)][.?!]|[a-z][”\"’]) [–—] (?=[A-Z])")


def _last_title_dash(text: str) -> re.Match[str] | None:
    """The last dash a style prints after a title in `text` (". – "), if any."""
    found = [*_DASH_AFTER_TITLE.finditer(text)] if " – " in text or " — " in text else []
    return found[-1] if found else None


def _journal_head_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "… public value, VOLUNTAS:" + "International Journal of Voluntary …" (a journal
    whose name holds a colon, cut there) or "… public administration. – Public" +
    "Administration Review" (a style's dash after the title): the words after the
    title's last stop, or after the dash, open the journal."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or nxt.label != "journal":
            continue
        text = seg.text.rstrip()
        dash = _last_title_dash(text)
        if dash is not None:
            head_at = dash.end()
        else:
            match = _NAME_HEAD_ENDING_TITLE.search(text) if text[-1:] == ":" else None
            if match is None or not match["head"][:-1].isupper():
                return segments  # "Co-production:" + "The state of the art" is a title
            head_at = match.start()
        rest = nxt.text.strip()
        if text[head_at - 1 : head_at] == "«" and rest.rstrip(" .,;:")[-1:] == "»":
            rest = rest.replace("»", "", 1)  # «VOLUNTAS: International Journal …»
        journal = nxt._replace(text=f"{text[head_at:]} {rest}")
        title = text[: dash.start() if dash else head_at].rstrip(" ,«")
        if not title:
            return _splice(segments, i, 2, journal)
        return _splice(segments, i, 2, seg._replace(text=title), journal)
    return segments


def _name_after_title_dash(segments: list[Segment]) -> list[Segment]:
    """ "… classical definitions. – Public Administration Review." or "… a better place
    to live. – Governance International," + "Birmingham." read as one title (a style's
    dash after the title, with no journal or publisher found): the words after the dash
    are the journal when they are named as journals are, else the publisher."""
    for i, seg in enumerate(segments):
        if seg.label not in ("title", "container-title") or " – " not in seg.text:
            continue
        after = segments[i + 1].label if i + 1 < len(segments) else ""
        if after not in ("", "location", "date", "url", "note", "doi"):
            return segments
        dash = _last_title_dash(seg.text)
        if dash is None:
            return segments
        name = seg.text[dash.end() :]
        if len(name.split()) > 8 or any(c.isdigit() for c in name):
            return segments
        journal = after != "location" and lexicon_hit("journal_words", name)
        if not (journal or lexicon_hit("publishers", name) or after == "location"):
            return segments
        title = Segment("title", seg.text[: dash.start()], seg.confidence)
        named = Segment("journal" if journal else "publisher", name, seg.confidence)
        return _splice(segments, i, 1, title, named)
    return segments


#: A bracketed edition opening a segment: "(30th anniversary expanded ed.).", "(2nd edn)".
_BRACKETED_EDITION = re.compile(
    r"^(?P<edition>\([^()]*\b(?:ed|edn|edition|Aufl|éd|ed\.\s*rev)\.?\)[.,]?)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def _edition_out_of_note(segments: list[Segment]) -> list[Segment]:
    """ "(30th anniversary expanded ed.). Russell Sage Foundation." read as a note: the
    bracket is the edition, and the short name after it the publisher when the reference
    names none."""
    labels = {s.label for s in segments}
    if "edition" in labels:
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "note" or seg.text[:1] != "(":
            continue
        match = _BRACKETED_EDITION.match(seg.text)
        if match is None:
            return segments
        rest = match.group("rest")
        if not rest:
            return _splice(segments, i, 1, Segment("edition", seg.text, seg.confidence))
        if "publisher" in labels or len(rest.split()) > 8 or fields.is_link_phrase(rest):
            return segments
        return _divided(segments, i, ("edition", match.group("edition")), ("publisher", rest))
    return segments


#: A title ending in its edition in brackets, APA's "(Canto Classics ed.)", "(Rev. ed.)":
#: words and no comma before the edition word (a comma makes "(J. Smith, Ed.)" editors).
_TITLE_THEN_BRACKETED_EDITION = re.compile(
    r"^(?P<title>.*\w\W*?)\s*(?P<edition>\([^(),]*[\w.]\s+(?:ed|edn|edition|Aufl|éd)\.?\)[.,]?)$",
    re.IGNORECASE,
)


def _edition_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Governing the commons (Canto Classics ed.)." read as one title: the bracket at
    its end is the edition."""
    if not any(s.text[-3:].rstrip(".,").endswith(")") for s in segments if s.label == "title"):
        return segments  # the cheap test first: most titles end in no bracket
    return _split_matching(
        segments, "title", _TITLE_THEN_BRACKETED_EDITION, ("title", "title"), ("edition", "edition")
    )


def _translators_out_of_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Tübingen: Mohr. Übersetzt von J. Smith." read as the publisher, "Translated
    by R. Nice." as a note, or MLA's "Translated by M. B. Ramos, Continuum," as the
    publisher: the clause the translator words open names the translators."""
    if any(s.label == "translator" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "note"):
            continue
        lower = seg.text.lower()
        if not (
            "tr" in lower
            or "bers" in lower
            or "tłum" in lower
            or "vertaald" in lower
            or "översatt" in lower
        ):
            continue  # the cheap test first: no translator word in the segment
        head, clause = split_title_translators(seg.text)
        if clause and head:
            return _divided(segments, i, (seg.label, head), ("translator", clause))
        if (
            seg.label == "note"
            and marked_role(seg.text) == "translator"
            and parse_translator_list(seg.text).names
        ):  # "Translated by R. Nice." on its own
            return _splice(segments, i, 1, Segment("translator", seg.text, seg.confidence))
        names, comma, publisher = seg.text.rstrip(" ,.;").rpartition(",")
        if (
            seg.label == "publisher"
            and comma
            and not publisher.lstrip().startswith(("and ", "&"))
            and marked_role(names) == "translator"
            and parse_translator_list(names).names
        ):  # MLA's "Translated by Myra Bergman Ramos, Continuum,"
            return _divided(segments, i, ("translator", names), ("publisher", publisher.strip()))
    return segments


#: A title that ends with its imprint: "… Care Strategy. Edinburgh: Scottish Government."
_IMPRINT_ENDING_TITLE = re.compile(
    r"^(?P<title>.*\S[.?!][\"”’']?)\s+(?P<place>[A-ZÀ-Ý][^.:;,]{1,30}(?:,\s*[A-Z]{2,3})?:)"
    r"\s*(?P<publisher>[A-ZÀ-Ý][^.:;]{1,60}[.,]?)$"
)


#: … or with its publisher and then the place: "… in Wales. Welsh Government, Cardiff."
_PUBLISHER_THEN_PLACE = (
    r"(?P<publisher>[A-ZÀ-Ý][\w'’&-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-ZÀ-Ý][\w'’&-]*){0,5},)"
    r"\s*(?P<place>[A-ZÀ-Ý][^.:;,]{1,30}(?:,\s*[A-Z][\w ]{1,20})?\.?)$"
)
_PUBLISHER_PLACE_ENDING_TITLE = re.compile(
    r"^(?P<title>.*\S[.?!][\"”’']?)\s+" + _PUBLISHER_THEN_PLACE
)
#: … or after a comma, as IEEE and ASME print it, when the publisher names a body: "…
#: Better Place to Live, Governance International, Birmingham."
_BODY_PLACE_ENDING_TITLE = re.compile(r"^(?P<title>.*\S),\s+" + _PUBLISHER_THEN_PLACE)


def _imprint_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Scotland's Digital Health and Care Strategy. Edinburgh: Scottish Government." or
    "… in Wales. Welsh Government, Cardiff." read as one title, in a reference with no
    place, publisher or container: a known place, with a colon before the publisher or a
    comma after it, after the title's last sentence (or after a comma, when the publisher
    names a body or a publisher's word) is the imprint."""
    title = next((s.text for s in segments if s.label == "title"), "")
    if ":" not in title and "," not in title:
        return segments  # the cheap test first: each form has a colon or a comma
    found = _matching(segments, "title", _IMPRINT_ENDING_TITLE)
    if found is None:
        found = _matching(segments, "title", _PUBLISHER_PLACE_ENDING_TITLE)
    if found is None:
        found = _matching(segments, "title", _BODY_PLACE_ENDING_TITLE)
        if found and not _names_a_publisher(found[1]["publisher"]):
            return segments
    if found is None:
        return segments
    i, match = found
    place, publisher = match.group("place"), match.group("publisher")
    if not reads_as_place(place.rstrip(":.").split(",")[0]) or len(publisher.split()) > 6:
        return segments
    confidence = segments[i].confidence
    imprint = [Segment("location", place, confidence), Segment("publisher", publisher, confidence)]
    if match.start("publisher") < match.start("place"):
        imprint.reverse()
    return _splice(segments, i, 1, Segment("title", match.group("title"), confidence), *imprint)


#: APA's report: the title, its kind in brackets, then the publisher, all read as the
#: title: "… Economic Mobility (Community Development Report). Federal Reserve Bank of St.
#: Louis.".
_TITLE_GENRE_PUBLISHER = re.compile(
    r"^(?P<title>.*\S)\s+(?P<genre>\([^()]{3,80}\))[.,]\s+(?P<publisher>[A-Z][^()]{2,100}?[.,]?)$"
)


def _report_kind_and_publisher_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Title (Community Development Report). Federal Reserve Bank of St. Louis." or
    "Title (Governance International Case Study), Governance International," before the
    place, read as one title, in a reference with no publisher or container: the bracket
    names the report's kind, and the body after it is the publisher."""
    for i, seg in enumerate(segments):
        if seg.label != "title" or ("). " not in seg.text and "), " not in seg.text):
            continue
        match = _TITLE_GENRE_PUBLISHER.match(seg.text)
        if match is None or not fields.looks_like_genre(match["genre"]):
            return segments
        place_next = i + 1 < len(segments) and segments[i + 1].label == "location"
        if len(match["publisher"].split()) > 10 or not (
            place_next or _names_a_publisher(match["publisher"])
        ):
            return segments
        pieces = [("title", "title"), ("genre", "genre"), ("publisher", "publisher")]
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


#: A publisher's name as it stands before the place: capitalised words (with "and",
#: "of", "&", "for" between), ending in a comma.
_PUBLISHER_BEFORE_PLACE = re.compile(
    r"^[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-ZÀ-Ý][\w'’&.-]*){0,7},$"
)


def _publisher_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Military meat and dairy hygiene. Williams and Wilkins," + "Baltimore.": in a
    reference with no publisher or container, the title's last sentence before the place,
    a name ending in a comma (no title ends so) or a body's or publisher's name ending in
    a full stop ("… public services. Russell Sage Foundation." + "New York."), is the
    publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "title" or segments[i + 1].label != "location":
            continue
        text = seg.text.rstrip()
        cut = None
        for m in _TITLE_BOUNDARY.finditer(text):
            if _ends_with_full_word(text[: m.start()]):
                cut = m
        if cut is None:
            return segments
        tail = text[cut.end() :]
        if not _PUBLISHER_BEFORE_PLACE.match(tail) and not (
            tail.endswith(".")
            and _PUBLISHER_BEFORE_PLACE.match(tail[:-1] + ",")
            and _names_a_publisher(tail)
        ):
            return segments  # "Russell Sage Foundation." ends with a full stop
        head = text[: cut.end()].rstrip()
        if len(head.split()) < 2:
            return segments
        return _divided(segments, i, ("title", head), ("publisher", text[cut.end() :]))
    return segments


#: A title whose last comma part is the place, as French and Italian styles print
#: them before the publisher: "… du capitalisme ?, Villeneuve d'Ascq,".
#: Where a comma part or a sentence of a segment ends: ", " or a full stop after a word.
_PART_BREAK = r"(?:\s*,|(?<=[a-z\d)])\.)\s+"
_TITLE_THEN_PLACE = re.compile(
    rf"^(?P<title>.*\S){_PART_BREAK}(?P<place_end>(?P<place>[A-ZÀ-Ý][^,.:]{{1,30}})[,:])$"
)


def _place_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "La performance totale : nouvel esprit du capitalisme ?, Villeneuve d'Ascq," or
    "Public management and governance, Abingdon and New York," (or Harvard's "…
    governance. Abingdon and New York:") before the publisher: in a reference with no
    place, the last part of the title or book right before the publisher is the place
    when it names places only, or, after a title's question, when it is a name of up to
    three words."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in _TITLES or segments[i + 1].label != "publisher":
            continue
        match = _TITLE_THEN_PLACE.match(seg.text.rstrip())
        if match is None:
            return segments
        title, place = match["title"], match["place"]
        asked = seg.label == "title" and title.endswith(("?", "!")) and len(place.split()) <= 3
        if not (asked or reads_as_places(place)):
            return segments
        return _divided(segments, i, (seg.label, title), ("location", match["place_end"]))
    return segments


#: The labels of a work's own title and of the book or journal holding it.
_TITLES = frozenset(("title", "container-title"))


#: The last comma part or sentence of a title: ", Welsh Government", ". ACM".
_LAST_PART = re.compile(rf"{_PART_BREAK}(?P<name>[A-Z][^,.]*)$")


def _publisher_out_of_title_comma(segments: list[Segment]) -> list[Segment]:
    """ "Improving Public Services for People in Wales, Welsh Government," or "New Public
    Governance, the Third Sector and Co-Production, Routledge," before the place, in a
    reference with no publisher (Emerald's and other Harvard styles; Elsevier's
    "Proceedings of … Systems. ACM,"): the last comma part or sentence, a body's or
    publisher's name or an acronym, is the publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in _TITLES or segments[i + 1].label != "location":
            continue
        cut = _LAST_PART.search(seg.text.rstrip(" ,"))
        if cut is None:
            return segments
        head, name = seg.text[: cut.start()].rstrip(), cut["name"]
        if len(head.split()) < 2 or len(name.split()) > 6 or reads_as_places(name):
            return segments
        acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6  # "ACM", "NESTA"
        if not (acronym or _names_body(name) or lexicon_hit("publishers", name)):
            return segments
        return _divided(segments, i, (seg.label, head), ("publisher", name + ","))
    return segments


#: The end of a segment's first comma part or sentence: "Case Study, ", "Guide 47. ".
_FIRST_PART = re.compile(rf"{_PART_BREAK}(?=[A-Z])")


def _genre_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Governance International Case Study, Governance International," or Chicago's
    "SCIE Guide 47. SCIE." read as the publisher: a first comma part or sentence that
    describes a report's kind is the genre (a thesis's descriptor has a rule of its
    own)."""
    for i, seg in enumerate(segments):
        if seg.label != "publisher":
            continue
        if ", " not in seg.text and ". " not in seg.text:
            return segments
        cut = _FIRST_PART.search(seg.text)
        if cut is None:
            return segments
        genre, rest = seg.text[: cut.end()].rstrip(), seg.text[cut.end() :]
        if (
            fields.names_report_kind(genre)
            and " by " not in genre  # "Memo by Carol Browner.": a note naming its writer
            and rest.strip(" ,.")
            and not fields.looks_like_genre(rest)
        ):
            return _divided(segments, i, ("genre", genre), ("publisher", rest))
        return segments
    return segments


#: An edition printed after the publisher: "Wiley. 2nd ed.", "Russell Sage Foundation.
#: 30th anniversary expanded ed.".
_PUBLISHER_THEN_EDITION = re.compile(
    r"^(?P<publisher>.*?\S[.,])\s+(?P<edition>\d+(?:st|nd|rd|th|e|\.)\s+(?:[a-z]+\s+){0,3}(?i:ed|edn|edition|Aufl)\.?)$"
)


#: A word of an edition, looked for before the whole pattern: " ed.", "edn", "Aufl.".
_EDITION_WORD = re.compile(r"\sed\b|edn|dition|Aufl")


def _edition_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Wiley. 2nd ed." read as the publisher (Annual Reviews prints the edition last):
    the edition after the name is the edition."""
    if not any(s.label == "publisher" and _EDITION_WORD.search(s.text) for s in segments):
        return segments
    return _split_matching(
        segments,
        "publisher",
        _PUBLISHER_THEN_EDITION,
        ("publisher", "publisher"),
        ("edition", "edition"),
    )


#: An edition printed before the publisher: "2nd ed. Routledge.", "30th anniversary
#: expanded. Russell Sage Foundation.".
_EDITION_THEN_PUBLISHER = re.compile(
    r"^(?P<edition>\d+(?:st|nd|rd|th|e)\s+(?:[a-z]+\s+){0,3}(?:(?i:ed|edn|edition)\.?|[a-z]+\.),?)"
    r"\s+(?P<publisher>[A-Z].*)$"
)


def _edition_before_publisher(segments: list[Segment]) -> list[Segment]:
    """ "2nd ed. Routledge." read as the publisher (Chicago prints the edition after the
    title), or "2nd edn., Wiley," read as the edition before the place, in a reference
    with no publisher: the edition before the name is the edition."""
    if {"publisher", "edition"} <= {s.label for s in segments}:
        return segments
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "edition") or not seg.text[:1].isdigit():
            continue
        match = _EDITION_THEN_PUBLISHER.match(seg.text)
        if match is None:
            return segments
        if seg.label == "edition" and not (
            i + 1 < len(segments)
            and segments[i + 1].label == "location"
            and _names_a_publisher(match["publisher"])
        ):
            return segments  # "2nd ed. Revised": the words may go on the edition
        return _divided(
            segments, i, ("edition", match["edition"]), ("publisher", match["publisher"])
        )
    return segments


#: Words that go on a name and open none: "Leiden University", "Policy Press".
_NAME_GOES_ON = frozenset(
    "university universität université universidad college institute press".split()
)
#: Words that open a place's name but name none alone, with their abbreviations: "New" +
#: "Economics Foundation", "St. Catharines".
_PLACE_OPENINGS = frozenset("New San Santa Los Las Saint St Ste Port Pt Fort Ft Mount Mt".split())


def _place_run_into_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Leiden" + "University." or "New" + "Economics Foundation." read as place and
    publisher: with nothing printed between them and a publisher's part that goes on a
    name ("University", "Press"), or a place of one word that only opens places' names,
    they are one name, the publisher's ("Paris Gallimard" stays two)."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        first = nxt.text.split()[0].strip(".,").lower() if nxt.text.split() else ""
        opening = seg.text.strip() in _PLACE_OPENINGS
        if not seg.text[-1:].isalpha() or not (opening or first in _NAME_GOES_ON):
            return segments
        joined = f"{seg.text} {nxt.text}"
        return _splice(segments, i, 2, nxt._replace(text=joined))
    return segments


def _places_cut_from_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Basingstoke" + "and New York, Palgrave Macmillan,", "Boulder," + "CO, Westview
    Press," or "Washington, DC, Essential" + "Books," (a place-first imprint cut at the
    wrong word): the comma parts that read as places open the imprint, the rest is
    the publisher; with places only ("Basingstoke" + "and New York"), no publisher is
    printed."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        words = nxt.text.split(maxsplit=1)
        code = words[0].rstrip(",") if words and words[0].endswith(",") else ""
        place_grows = nxt.text[:4] == "and " or (
            is_region_code(code) and (len(code.replace(".", "")) == 2 or code == "USA")
        )  # "CO, Westview Press", not "MIT Press" or "CCA, MIT Press"
        if not place_grows and (seg.text.rstrip()[-1:] in ",:;." or reads_as_places(seg.text)):
            return segments  # the place ends at a comma, or names places only
        joined = f"{seg.text.rstrip()} {nxt.text.lstrip()}"
        if place_grows and reads_as_places(joined):  # "Basingstoke and New York 2009."
            return _splice(segments, i, 2, seg._replace(text=joined))
        parts = joined.rstrip(" ,.;").split(",")
        if ":" in joined or len(parts) < 2:
            return segments
        k = next(
            (k for k in range(len(parts) - 1, 0, -1) if reads_as_places(",".join(parts[:k]))), 0
        )
        if k == 0:
            return segments
        place = ",".join(parts[:k]) + ","
        publisher = joined[len(place) :].strip()
        if place.strip() == seg.text.strip() or reads_as_places(publisher):
            return segments
        return _splice(segments, i, 2, seg._replace(text=place), nxt._replace(text=publisher))
    return segments


def _places_after_publisher_colon(segments: list[Segment]) -> list[Segment]:
    """ "Routledge: New York and" + "London," or "Palgrave Macmillan: Houndmills," +
    "Basingstoke," (ACS prints the publisher, a colon, then the places): the places after
    the colon join the place."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label != "location":
            continue
        name, colon, places = seg.text.partition(":")
        if not colon or not places.strip() or not name.strip():
            return segments
        joined = f"{places.strip()} {nxt.text.strip()}"
        if not reads_as_places(joined) or reads_as_places(name):
            return segments
        return _splice(segments, i, 2, seg._replace(text=name.strip()), nxt._replace(text=joined))
    return segments


#: ACS's book or report between the names and the year: "Title; [Series 47;]
#: Publisher: Place,".
_SEMICOLON_IMPRINT = re.compile(
    r"^(?P<title>[^;]{6,});\s+(?:(?P<genre>[^;:]{3,80});\s+)?"
    r"(?P<publisher>[^;:]{2,80}):\s+(?P<place>[^;:]{2,60}?)[,.]?$"
)
_IMPRINT_PARTS = frozenset(("title", "container-title", "publisher", "location", "genre"))


def _semicolon_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Street-Level Bureaucracy: …; Russell" + "Sage Foundation: New York," (ACS prints
    a book's title, its series or report number, the publisher and the places between
    semicolons, before the year): the pieces are read again from the semicolons."""
    for seg in segments:
        if ";" in seg.text:
            break
    else:
        return segments  # the cheap test first: no semicolon
    start = next((i for i, s in enumerate(segments) if s.label in _IMPRINT_PARTS), None)
    if start is None or start == 0 or segments[start - 1].label not in ("author", "editor"):
        return segments
    end = start
    while end < len(segments) and segments[end].label in _IMPRINT_PARTS:
        end += 1
    if end == len(segments) or segments[end].label != "date":
        return segments
    joined = " ".join(s.text.strip() for s in segments[start:end])
    match = _SEMICOLON_IMPRINT.match(joined) if ";" in joined else None
    if match is None or not reads_as_places(match["place"]) or reads_as_places(match["publisher"]):
        return segments
    confidence = min(s.confidence for s in segments[start:end])
    pieces = [Segment("title", match["title"], confidence)]
    if match["genre"]:
        pieces.append(Segment("genre", match["genre"], confidence))
    pieces.append(Segment("publisher", match["publisher"], confidence))
    pieces.append(Segment("location", match["place"], confidence))
    return _splice(segments, start, end - start, *pieces)


#: GOST's part of a work and the whole after "//", with the editors after " / ": "Title //
#: Book / под ред. V. Pestoff, T. Brandsen.".
_GOST_PART = re.compile(r"^(?P<title>.+?)\s+//\s+(?P<whole>.+?)(?:\s+/\s+(?P<editors>\S.*))?$")
_GOST_SPAN = frozenset(("title", "journal", "container-title", "author", "editor"))
_GOST_EDITORS = re.compile(
    r"^(?:под\s+(?:общ\.\s+)?ред\.|(?i:ed\.\s+by|eds?\.|edited\s+by|hrsg\.))"
)


def _gost_whole_after_slashes(segments: list[Segment]) -> list[Segment]:
    """ "Co-production from a normative perspective // New public governance … / под"
    + "ред. V. Pestoff, T. Brandsen." (GOST R 7.0.5 puts "//" before the journal or book
    a part is in, and " / под ред." before the book's editors): the words before "//"
    are the title, those after it the journal or book, and the names after the editor
    mark the editors."""
    first = 0
    while segments[first].label != "title":  # the rule runs only with a title
        first += 1
    if " //" not in segments[first].text:
        return segments  # the cheap test first
    end = first
    while end < len(segments) and segments[end].label in _GOST_SPAN:
        end += 1
    pieces: list[str] = []
    for seg in segments[first:end]:
        text = seg.text.strip()
        if seg.label == "editor" and _GOST_EDITORS.match(text) and not pieces[-1].endswith("/"):
            text = f"/ {text}"  # editors already taken out after their slash keep it
        pieces.append(text)
    match = _GOST_PART.match(" ".join(pieces))
    if match is None:
        return segments
    editors = match["editors"] or ""
    if editors and not _GOST_EDITORS.match(editors):
        return segments
    later = {s.label for s in segments[end:]}
    whole = "container-title" if editors or later & {"publisher", "location"} else "journal"
    if not editors and "location" not in later and reads_as_places(match["whole"]):
        whole = "location"  # "… co-production. // Basingstoke and New York. Palgrave …"
    confidence = min(s.confidence for s in segments[first:end])
    found = [
        Segment("title", match["title"], confidence),
        Segment(whole, match["whole"], confidence),
    ]
    if editors:
        found.append(Segment("editor", editors, confidence))
    return _splice(segments, first, end - first, *found)


#: Names printed family name first with dotted initials, as GOST lists them:
#: "Tarko V.", "van Meerkerk I.", "Kassen T.R.".
_INVERTED_DOTTED_NAMES = re.compile(
    r"^(?:(?:[a-z]{1,3} ){0,2}[A-ZÀ-ÝА-Я][\w'’-]+ (?:[A-ZА-Я]\.\s?){1,3},?\s?)+(?://)?$"
)


def _names_before_slashes_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "Aligica P.," + "Tarko V. //" + "American Political Science Review." (GOST with no
    title: "//" right after the names) with the last name read as the title: names
    before the slashes, after authors that go on, join the authors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if nxt.label != "title" or seg.label != "author":
            continue
        if not nxt.text.endswith("//") or not seg.text.endswith(","):
            return segments
        if not _INVERTED_DOTTED_NAMES.match(nxt.text):
            return segments
        return _splice(segments, i, 2, seg._replace(text=f"{seg.text} {nxt.text}"))
    return segments


#: "et al." in the languages whose lists print it after a joining word: "и др.", "u. a.".
_ET_AL_HALVES = (("и", "др."), ("u.", "a."), ("и", "др"))
_ET_AL_FIRSTS = tuple(f" {first}" for first, _ in _ET_AL_HALVES)


def _et_al_cut_in_two(segments: list[Segment]) -> list[Segment]:
    """ "Garn H. и" + "др. Models for indicator development" (GOST's "et al.", cut after its
    first word): the second word goes back to the names."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label not in ("author", "editor"):
            continue
        if not seg.text.endswith(_ET_AL_FIRSTS):
            return segments  # the cheap test first
        words, nxt = seg.text.split(), segments[i + 1]
        head = nxt.text.split(maxsplit=1)
        for first, second in _ET_AL_HALVES:
            if words and words[-1] == first and head and head[0] == second:
                rest = head[1] if len(head) > 1 else ""
                pieces = [seg._replace(text=f"{seg.text} {second}")]
                if rest:
                    pieces.append(nxt._replace(text=rest))
                return _splice(segments, i, 2, *pieces)
        return segments
    return segments


#: A chapter with no title, its authors, book and editors in one run: RSC's "T. Bovaird
#: and E. Loeffler, in Trust, risk and uncertainty, eds. S. Watson and A. Moran,", Wiley's
#: "T. Bovaird, E. Loeffler, in Trust, risk and uncertainty (Eds.: S. Watson, A. Moran),".
_NAMES_IN_BOOK_EDITORS = re.compile(
    r"^(?P<names>[^,]+(?:,[^,]+)*?),\s+in\s+(?P<book>[A-Z0-9].+?)"
    r"(?:,\s+(?P<editors>eds?\.\s+\S.*)|\s+(?P<bracketed>\((?i:eds?)\.:?\s+[^()]+\)[,.]?))$"
)


def _chapter_run_into_editors(segments: list[Segment]) -> list[Segment]:
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
        return _splice(
            segments,
            i,
            1,
            seg._replace(label="author", text=match["names"] + ","),
            seg._replace(label="container-title", text="in " + match["book"] + ","),
            seg._replace(text=match["editors"] or match["bracketed"]),
        )
    return segments


#: A year ending a journal (ACS's "Journal 2016, 82 (1)") or a title (ACM's web page
#: "Title: 2013."), with its mark before it.
_JOURNAL_THEN_YEAR = re.compile(
    r"^(?P<name>.*[^\d\s,])[\s,]+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[,.;]?$"
)
_TITLE_THEN_YEAR = re.compile(r"^(?P<name>.*\S)[:,]\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[.,]?$")


def _year_out_of_name_end(segments: list[Segment]) -> list[Segment]:
    """ "International Review of Administrative Sciences 2016," (ACS prints the year after
    the journal) or ACM's "Improving public organisations through self-assessment:
    2013." read whole, in a reference with no date: the year at the end is the date."""
    for i, seg in enumerate(segments):
        if seg.label not in ("journal", "title") or not seg.text.rstrip(" ,.;")[-1:].isdigit():
            continue
        pattern = _JOURNAL_THEN_YEAR if seg.label == "journal" else _TITLE_THEN_YEAR
        match = pattern.match(seg.text.strip())
        if match is not None:
            return _divided(segments, i, (seg.label, match["name"]), ("date", match["year"]))
    return segments


#: A year before an access note, read into it: ", 2014, consulté le 1 avril 2019.".
_YEAR_THEN_ACCESS = re.compile(
    r"^[\s,]*(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[,.]?\s+(?P<note>(?i:consulté|accessed|retrieved"
    r"|abgerufen|viewed|дата)\b.*)$"
)


def _year_out_of_access_note(segments: list[Segment]) -> list[Segment]:
    """ "URL , 2014, consulté le 1 avril 2019." with the year read into the access note,
    in a reference with no date: the year before the access phrase is the date."""
    return _split_matching(segments, "note", _YEAR_THEN_ACCESS, ("date", "year"), ("note", "note"))


#: A title run into the access note after it: "Ladder of co-production: accessed
#: November 15, 2018 at".
_TITLE_THEN_ACCESS = re.compile(
    r"^(?P<title>\S+\s.*?[\w)?!”\"’][.:,]?)\s+"
    r"(?P<note>(?:[Aa]ccessed|[Rr]etrieved|[Vv]iewed|[Cc]onsulted|[Vv]isited)\b.*)$"
)


#: Vancouver's medium, then the publisher and the place, of a reference with no year:
#: "[Internet]. Governance International. Birmingham.".
_MEDIUM_THEN_IMPRINT = re.compile(
    r"^(?P<medium>\[(?:Internet|Online|online|Electronic)[^\]]{0,30}\]\.)\s+"
    r"(?P<publisher>[A-Z][^.\d:]*?\w\w\.)(?:\s+(?P<place>[A-Z][^.\d:]*\.?))?$"
)


def _imprint_after_medium_note(segments: list[Segment]) -> list[Segment]:
    """ "[Internet]. Governance International. Birmingham." read as one note, in a
    reference with no publisher: after the medium come the publisher and the place."""
    for i, seg in enumerate(segments):
        if seg.label != "note" or not seg.text.startswith("["):
            continue
        match = _MEDIUM_THEN_IMPRINT.match(seg.text)
        if match is None or (match["place"] and not reads_as_places(match["place"])):
            return segments
        pieces = [("note", "medium"), ("publisher", "publisher"), ("location", "place")]
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


def _title_read_as_note(segments: list[Segment]) -> list[Segment]:
    """ "Cooperative Party, 2019, Public services in our interests <https://…> accessed
    29.03.2019." with the title read as a note before the link, in a reference with no
    title: a note that opens no access phrase, right after the date, is the title."""
    for i in range(1, len(segments) - 1):
        seg = segments[i]
        if seg.label != "note" or segments[i - 1].label != "date":
            continue
        if segments[i + 1].label != "url" or not seg.text[:1].isalnum():
            return segments  # "[cited 2019 Nov 30] Available from:", "<a"
        if len(_WORDS_OF_TITLE.findall(seg.text)) < 2:
            return segments  # "Adresse :"
        if fields.ends_leading_to_link(seg.text) or fields.opens_with_access(seg.text):
            return segments  # "Online at", "Accessed November 30, 2019."
        if " in: " in seg.text:
            return segments  # "Title, in: Newspaper,": a title with its container
        if " [" in seg.text:  # "Title [WWW Document]. SCIE", "Title [2019],": it ends there
            head, _, rest = seg.text.partition(" [")
            pieces = [seg._replace(label="title", text=head), seg._replace(text=f"[{rest}")]
            return _splice(segments, i, 1, *pieces)
        return _splice(segments, i, 1, seg._replace(label="title"))
    return segments


def _title_out_of_access_note(segments: list[Segment]) -> list[Segment]:
    """ "Public services in our interests: accessed March 29, 2019 at" read as one note,
    in a reference with no title: the words before the access phrase are the title; and
    "Cooperative Party 2019, Public services in our interests, viewed 29 March 2019," in
    one with no author or date either (Australian Harvard) opens with both."""
    found = _matching(segments, "note", _TITLE_THEN_ACCESS)
    if found is None:
        return segments
    i, match = found
    title = match["title"]
    if len(_WORDS_OF_TITLE.findall(title)) < 2 or _PUBLICATION_NOTE.match(title):
        return segments  # "Published 2019.": when, not what
    if _YEAR_IN_TEXT.search(title) is None:
        return _cut_by_groups(segments, i, match, ("title", "title"), ("note", "note"))
    opened = _NAME_YEAR_TITLE.match(title)
    if opened is None or {"author", "date"} & {s.label for s in segments}:
        return segments
    pieces = [
        Segment("author", opened["name"], segments[i].confidence),
        Segment("date", opened["year"], segments[i].confidence),
        Segment("title", opened["title"], segments[i].confidence),
        Segment("note", match["note"], segments[i].confidence),
    ]
    return _splice(segments, i, 1, *pieces)


#: Words of three letters or more, of which a title has two at least.
_WORDS_OF_TITLE = re.compile(r"[^\W\d_]{3,}")
#: When a web page was published or changed, not its title: "Published 2019.".
_PUBLICATION_NOTE = re.compile(r"^(?i:published|posted|updated|last\s+updated|modified)\b")
_YEAR_IN_TEXT = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: A name, the year and the title: "Cooperative Party 2019, Public services in our
#: interests,".
_NAME_YEAR_TITLE = re.compile(
    r"^(?P<name>[A-Z][^,]*?\S)\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?),\s+(?P<title>\S.*)$"
)


#: AMA's book or proceedings run on to its publisher, year and pages: "In: Proceedings
#: of … Systems. ACM; 2016:1096-1099.".
_BOOK_PUBLISHER_YEAR_PAGES = re.compile(
    r"^(?P<book>.+?\S)\.\s+(?P<publisher>[^.;]{2,60});\s*(?P<year>(?:1[5-9]|20)\d\d)"
    r"(?::(?P<pages>\d+\s*[-–]\s*\d+))?\.?$"
)


def _imprint_out_of_vancouver_book(segments: list[Segment]) -> list[Segment]:
    """ "In: Proceedings of the 2016 CHI Conference … Systems. ACM; 2016:1096-1099." read
    as the book: AMA's publisher, year and pages after it come out."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or ";" not in seg.text:
            continue
        match = _BOOK_PUBLISHER_YEAR_PAGES.match(seg.text.strip())
        if match is None:
            return segments
        pieces = (
            ("container-title", "book"),
            ("publisher", "publisher"),
            ("date", "year"),
            ("pages", "pages"),
        )
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


#: ASA's volume and pages run into the journal: "Journal of the Academy of Marketing
#: Science 36:97–108.", "Social Forces 82(4):1–20.".
_JOURNAL_THEN_NUMBERS = re.compile(
    r"^(?P<name>.*[^\d\s])\s+(?P<volume>\d{1,4}(?:\s?\(\d{1,4}\))?):\s?(?P<pages>\d+\s*[-–]\s*\d+)\.?$"
)


def _numbers_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Journal of the Academy of Marketing Science 36:97–108." read as the journal's name
    (ASA prints the volume and pages after it with a colon): the numbers come out."""
    for i, seg in enumerate(segments):
        if seg.label != "journal" or not seg.text.rstrip(" .")[-1:].isdigit():
            continue
        match = _JOURNAL_THEN_NUMBERS.match(seg.text.strip())
        if match is None:
            return segments
        pieces = (("journal", "name"), ("volume", "volume"), ("pages", "pages"))
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


def _imprint_after_medium(segments: list[Segment]) -> list[Segment]:
    """ "Improving public services for people in Wales. [online] Cardiff: Welsh
    Government." read as one title (Harvard prints the medium after the title, then
    the imprint): the place and publisher after the medium come out of the title."""
    for i, seg in enumerate(segments):
        if seg.label != "title" or "]" not in seg.text:
            continue
        match = fields.TITLE_MEDIUM_REST.match(seg.text.strip())
        if match is None:
            return segments
        place, colon, publisher = match["rest"].partition(": ")
        if not colon or not reads_as_places(place) or not publisher.strip(" ."):
            return segments
        return _splice(
            segments,
            i,
            1,
            seg._replace(text=match["title"]),
            seg._replace(label="location", text=place),
            seg._replace(label="publisher", text=publisher),
        )
    return segments


def _author_again_ending_title(segments: list[Segment]) -> list[Segment]:
    """ "Improving Public Services for People in Wales. Welsh Government." after the author
    "Welsh Government." (a body publishing its own work, the title in capitals): the
    body's name ending the title is the publisher."""
    author = next((s for s in segments if s.label == "author"), None)
    title = next((s for s in segments if s.label == "title"), None)
    if author is None or title is None:
        return segments
    last = author.text.rstrip(" .,;:").rsplit(None, 1)[-1:]
    if not last or not title.text.rstrip(" .,;:").endswith(last[0]):
        return segments  # the cheap test first: the same last word
    name = _letters(author.text)
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        if not _letters(seg.text).endswith(name):
            return segments
        cut = next(reversed(list(_TITLE_BOUNDARY.finditer(seg.text.rstrip()))), None)
        if cut is None or _letters(seg.text[cut.end() :]) != name:
            return segments
        head = seg.text[: cut.end()].rstrip()
        return _divided(segments, i, ("title", head), ("publisher", seg.text[cut.end() :]))
    return segments


#: A body's name and a year opening a title: "The Royal Swedish Academy of Sciences,
#: 2009. The Prize in …", AAA's "National Institute for Health and Care Research 2021
#: Public Involvement …".
_BODY_YEAR_TITLE = re.compile(
    r"^(?P<body>[A-Z][^.:;()]{1,100}?)[.,]?\s+(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.?\s+"
    r"(?P<title>[A-ZÀ-Ý“\"‘«].*)$"
)


def _body_and_year_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "The Royal Swedish Academy of Sciences, 2009. The Prize in Economic Sciences" read
    as one title (or cut inside the body's name: "Social Care" + "Institute for
    Excellence 2013 Co-Production …"), in a reference with no date: a body's name and a
    year opening the title are the author and the date."""
    first = 1 if segments[0].label == "citation-number" else 0
    taken = 1
    if segments[first].label == "author" and first + 1 < len(segments):
        taken = 2
    if segments[first + taken - 1].label != "title":
        return segments
    joined = " ".join(s.text.strip() for s in segments[first : first + taken])
    match = _BODY_YEAR_TITLE.match(joined)
    if match is None or not all(
        w[:1].isupper() or w in _SMALL_JOINS for w in match["body"].split()
    ):
        return segments  # "Prevention of illicit traffic …, Workshop": no body's name
    names = parse_name_list(match["body"]).names
    if len(names) != 1 or not names[0].is_body:
        return segments
    confidence = min(s.confidence for s in segments[first : first + taken])
    return _splice(
        segments,
        first,
        taken,
        Segment("author", match["body"], confidence),
        Segment("date", match["year"], confidence),
        Segment("title", match["title"], confidence),
    )


_SEASON = r"(?:Spring|Summer|Autumn|Fall|Winter)(?:[/–-](?:Spring|Summer|Autumn|Fall|Winter))?"
_SEASON_WORD = re.compile(r"Spring|Summer|Autumn|Fall|Winter")
_SEASON_LABELS = frozenset(("volume", "date", "journal", "location"))
#: A season as the issue, where it was read into the journal or the date: "Review, No.
#: Summer,", "Review(Summer):", "Review Summer,", "2015, Summer," (before the pages,
#: "(Summer):41–45.", see _issue_read_into_pages).
_NAME_THEN_SEASON = re.compile(
    rf"^(?P<name>.*?[^\s,])(?:[.,]?\s*N[or]\.\s*|\s*\(|,\s+|(?<=[a-z])\s+(?={_SEASON},$))"
    rf"(?P<season>{_SEASON})\)?[:,.]?$"
)
_YEAR_THEN_SEASON = re.compile(
    rf"^(?P<year>.*\d{{4}}[a-z]?|\(\d{{4}}[a-z]?\))[,.]?\s+\(?(?P<season>{_SEASON})\)?[,.]?$"
)
#: The season before the year in one date: "Summer (2015)", "Summer 2015,".
_SEASON_THEN_YEAR = re.compile(
    rf"^(?P<season>{_SEASON})[,.]?\s+(?P<year>\(?(?:1[5-9]|20)\d\d[a-z]?\)?[,.]?)$"
)


def _season_as_issue(segments: list[Segment]) -> list[Segment]:
    """A season printed as an article's issue and read into its neighbour: Emerald's
    "Review, No. Summer," and AAA's "Review(Summer):" as the journal's name (or its
    place), le tapuscrit's "2015, Summer," and "Summer (2015)" as the date. The season
    becomes the issue (a volume segment the issue is read from), unless the issue is
    printed apart after the date."""
    for i, seg in enumerate(segments):
        if seg.label not in _SEASON_LABELS or _SEASON_WORD.search(seg.text) is None:
            continue  # the cheap test first
        text = seg.text.strip()
        if seg.label == "date":
            if any(s.label == "volume" for s in segments[i + 1 :]):
                continue  # "(2013, Fall)." + … + "61(1),": the issue is printed apart
            if match := _YEAR_THEN_SEASON.match(text):
                return _divided(segments, i, ("date", match["year"]), ("volume", match["season"]))
            if match := _SEASON_THEN_YEAR.match(text):
                before = segments[i - 1] if i else None
                if (
                    before is not None
                    and before.label == "volume"
                    and fields.is_number_word(before.text.strip(" ,"))
                ):  # "No." + "Summer, 2015,": the issue's word and the season are one
                    issue = before._replace(text=f"{before.text} {match['season']}")
                    date = seg._replace(text=match["year"])
                    return _splice(segments, i - 1, 2, issue, date)
                return _divided(segments, i, ("volume", match["season"]), ("date", match["year"]))
        journal = seg.label == "journal" or (
            seg.label == "location"
            and i + 1 < len(segments)
            and segments[i + 1].label == "pages"
            and not any(s.label == "journal" for s in segments)
        )
        if journal and (match := _NAME_THEN_SEASON.match(text)):
            return _divided(segments, i, ("journal", match["name"]), ("volume", match["season"]))
    return segments


def _genre_out_of_note(segments: list[Segment]) -> list[Segment]:
    """ "(Unpublished doctoral dissertation).", "Thesis", "Unpublished manuscript." or
    "[Working paper]" read as a note, in a reference with no genre: a short thesis or
    manuscript descriptor, or a bracketed report descriptor, is the genre; so is such a
    descriptor in brackets opening a longer note ("(Master's thesis). Retrieved from …")."""
    if any(s.label == "genre" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if (
            seg.label == "note"
            and len(seg.text.split()) <= 5
            and (
                fields.is_thesis(seg.text)
                or fields.is_manuscript(seg.text)
                or (
                    seg.text[:1] in "(["
                    and seg.text[1:2].isupper()
                    and fields.looks_like_genre(seg.text)
                )
            )
            and not fields.is_conference(seg.text)
            and not fields.mentions_access(seg.text)
        ):
            return _splice(segments, i, 1, Segment("genre", seg.text, seg.confidence))
        lead = _LEADING_BRACKET.match(seg.text) if seg.label == "note" else None
        if lead and _describes_work(lead.group("inside")):
            rest = seg.text[lead.end() :]
            return _divided(segments, i, ("genre", lead.group(0).rstrip()), ("note", rest))
    return segments


#: A bracket opening a longer note: "(Master's thesis). Retrieved from ProQuest …".
_LEADING_BRACKET = re.compile(r"^[(\[](?P<inside>[^()\[\]]{2,60})[)\]][.,]?\s+(?=\S)")


def _describes_work(text: str) -> bool:
    """Whether `text` describes what kind of work a reference is: a thesis, a manuscript,
    a report ("Master's thesis", "Working paper 12"), not a conference."""
    return (
        fields.is_thesis(text) or fields.is_manuscript(text) or fields.looks_like_genre(text)
    ) and not fields.is_conference(text)


#: A title run into the edition after it: "New Public Management, 5. Aufl.".
_TITLE_THEN_EDITION = re.compile(
    r"^(?P<title>.*[^\W\d_].*?)[,.]\s+(?P<edition>\d+(?:\.|st|nd|rd|th|e|ème)?\s*"
    r"(?:Aufl|aufl|ed|edn|edition|éd|overarb|ed\.\s*rev)\b.*)$"
)


#: An edition printed at the title's end with no "ed.": "…, 30th anniversary expanded,",
#: "…. 2nd revised.".
_EDITION_ENDING_TITLE = re.compile(
    r"^(?P<title>.*[^\W\d_].*?)[,.]\s+(?P<edition>\d+(?:st|nd|rd|th|e|ème)\s+"
    r"(?:[a-z]+\s+){0,3}(?:anniversary|expanded|revised|updated|augmented|enlarged)[.,]?)$"
)
#: The edition's mark read into the publisher after it: "ed. Russell Sage Foundation,".
_EDITION_MARK_OPENING = re.compile(r"^(?P<mark>(?:ed|edn)\.)\s+(?P<rest>[A-Z].*)$")


#: A title's last sentence that is a body's acronym alone: "… in Social Care. SCIE.",
#: "… [WWW Document]. SCIE.".
_ACRONYM_ENDING_TITLE = re.compile(
    r"^(?P<title>.*[^\W\d_][\w)?!”\"’\]]\.)\s+(?P<publisher>[A-Z][A-Z&]{1,7}\.?)$"
)


def _acronym_publisher_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Co-production in Social Care: What It Is and How to Do It. SCIE." read as one
    title, in a reference with no publisher, container or journal's numbers (a
    journal's acronym, "BMJ.", is read so before a volume): a body's acronym alone after
    the title's last full stop is the publisher, or the web site's name before a link."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        tail = seg.text.rstrip(" .,")[-9:].rsplit(None, 1)[-1:]
        if not tail or not tail[0].isupper():
            return segments  # the cheap test first: capitals ending the title
        match = _ACRONYM_ENDING_TITLE.match(seg.text.rstrip(" ,"))
        if match is None or is_region_code(match["publisher"].rstrip(".")):
            return segments
        online = any(s.label == "url" for s in segments)
        pieces = [("title", "title"), ("container-title" if online else "publisher", "publisher")]
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


def _edition_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Street-Level Bureaucracy: …, 30th anniversary expanded," read as one title, in a
    reference with no edition: the ordinal and its edition words are the edition, with an
    "ed." read into the publisher after it."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        if not _ORDINAL.search(seg.text):
            return segments  # the cheap test first: an ordinal in the title
        match = _EDITION_ENDING_TITLE.match(seg.text)
        if match is None:
            return segments
        edition, count = match["edition"], 1
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        mark = _EDITION_MARK_OPENING.match(nxt.text) if nxt and nxt.label == "publisher" else None
        pieces = [seg._replace(text=match["title"])]
        if mark and nxt is not None:
            edition, count = f"{edition} {mark['mark']}", 2
            pieces += [seg._replace(label="edition", text=edition), nxt._replace(text=mark["rest"])]
        else:
            pieces.append(seg._replace(label="edition", text=edition))
        return _splice(segments, i, count, *pieces)
    return segments


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th|e|ème) ")


def _title_out_of_edition(segments: list[Segment]) -> list[Segment]:
    """ "New Public Management, 5. Aufl." read as the edition, in a reference with no
    title: the words before the edition number are the title."""
    if any(s.label == "title" for s in segments):
        return segments
    return _split_matching(
        segments, "edition", _TITLE_THEN_EDITION, ("title", "title"), ("edition", "edition")
    )


#: A bracketed date after a journal's numbers: "368, no. 1621 (May 27, 2013):".
_DATE_ENDING_VOLUME = re.compile(
    r"^(?P<volume>.*\d.*?)\s*(?P<date>\([^()]*\b(?:1[5-9]|20)\d\d[a-z]?\)[.,:;]?)$"
)


def _date_out_of_volume(segments: list[Segment]) -> list[Segment]:
    """ "25, no. 4 (2001):" or "368, no. 1621 (May 27, 2013):" read as the volume
    (Chicago's journal articles): the bracketed date after the numbers is the date, not
    the issue."""
    return _split_matching(
        segments, "volume", _DATE_ENDING_VOLUME, ("volume", "volume"), ("date", "date")
    )


def _words_back_to_title(segments: list[Segment], i: int, count: int) -> list[Segment]:
    """`segments` with the first `count` words of the segment after the title at `i`
    moved to the end of the title."""
    title, nxt = segments[i], segments[i + 1]
    words = nxt.text.split()
    return _splice(
        segments,
        i,
        2,
        Segment("title", " ".join((title.text, *words[:count])), title.confidence),
        Segment(nxt.label, " ".join(words[count:]), nxt.confidence),
    )


#: Labels whose segment may wrongly hold the end of a bracket a title opened.
_AFTER_TITLE = frozenset(("journal", "container-title", "publisher", "location", "note"))


def _bracket_closed_after_title(segments: list[Segment]) -> list[Segment]:
    """ "… de la grotte de la Vache (commune d'Alliat," + "Ariège), Bulletin de la Société
    préhistorique française,": a bracket the title opens, closed within the first words of
    the segment after it, belongs to the title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title" or seg.text.count("(") <= seg.text.count(")"):
            continue
        nxt = segments[i + 1]
        if nxt.label not in _AFTER_TITLE:
            return segments
        words = nxt.text.split()
        for k, word in enumerate(words[: min(6, len(words) - 1)]):
            if "(" in word:
                return segments
            if ")" in word:
                return _words_back_to_title(segments, i, k + 1)
        return segments
    return segments


#: A bracket opened at a title's end by a report's number mark: "… Development (No.".
_NUMBER_BRACKET_ENDING_TITLE = re.compile(r"\s*\(\s*(?i:no|nr|num)\.?$")


def _number_bracket_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Making Spaces … in Development (No." + "IDS Working Paper 170).": APA's bracket
    with the report's number, opened at the title's end, goes with the words that close it."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title" or "(" not in seg.text[-8:]:
            continue
        found = _NUMBER_BRACKET_ENDING_TITLE.search(seg.text)
        nxt = segments[i + 1]
        closed, opened = nxt.text.find(")"), nxt.text.find("(")
        if found is None or closed < 0 or -1 < opened < closed:
            continue
        title = seg._replace(text=seg.text[: found.start()])
        report = nxt._replace(text=f"{found.group().strip()} {nxt.text}")
        return _splice(segments, i, 2, title, report)
    return segments


#: A book's title with its series and number in brackets after it, as APA 7 prints
#: them: "Outcomes of change (Urban Affairs Annual Reviews, Vol. 10)."
_SERIES_IN_BRACKETS = re.compile(
    r"^(?P<title>\S.*?)\s+\((?P<series>[A-Z][^()]{2,}?),?\s+"
    r"(?P<volume>(?i:vol(?:ume)?|no|nr|bd)\.?\s*\d+[A-Za-z]?)\)[.,]?$"
)
#: The number closing such a bracket, looked for before the whole pattern: "Vol. 10)".
_SERIES_NUMBER = re.compile(r"(?i:vol|no|nr|bd)\.?\s*\d+[A-Za-z]?\)")
#: Labels the words of such a series are read as, after the title.
_SERIES_PARTS = frozenset(("journal", "container-title", "collection-title", "volume", "title"))


def _series_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Outcomes of change (Urban" + "Affairs Annual Reviews," + "Vol. 10)." read as a
    title, a journal and a volume: the title ends at the bracket, which holds the
    series and its number."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        opened, closed = seg.text.rfind("("), seg.text.rfind(")")
        if opened < 0 or (closed > opened and not seg.text.rstrip(" .,").endswith(")")):
            return segments  # no bracket, or one closed inside the title
        for end in range(i + 1, min(i + 4, len(segments) + 1)):
            if end > i + 1 and segments[end - 1].label not in _SERIES_PARTS:
                return segments
            joined = " ".join(s.text for s in segments[i:end])
            if not _SERIES_NUMBER.search(joined):
                continue
            match = _SERIES_IN_BRACKETS.match(joined)
            if match:
                parts = (("title", "title"), ("collection-title", "series"), ("volume", "volume"))
                found = [Segment(label, match[group], seg.confidence) for label, group in parts]
                return _splice(segments, i, end - i, *found)
        return segments
    return segments


def _series_named_by_author(segments: list[Segment]) -> list[Segment]:
    """ "Together for Better Public Services: …, OECD Public Governance Reviews," after the
    author "OECD", or "New Public Governance … . Routledge Critical Studies in Public
    Management." before the publisher "Routledge": a series named with the body's acronym
    or the publisher's one-word name ends the title; it is the collection title."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        text = seg.text.rstrip(" ,.")
        cut = max(text.rfind(", "), text.rfind(". "))
        head, series = text[:cut], text[cut + 2 :]
        words = series.split()
        if cut < 0 or len(words) < 3 or not head.strip():
            return segments
        if not all(w[:1].isupper() or w in _SMALL_JOINS for w in words):
            return segments
        if words[0] not in _openers(segments):
            return segments
        return _divided(segments, i, ("title", head), ("collection-title", series))
    return segments


def _openers(segments: list[Segment]) -> set[str]:
    """The words a series named by its body or publisher opens with: the author's acronym
    ("OECD") and the publisher's one-word name ("Routledge", "OECD Publishing")."""
    openers = set()
    author = segments[1] if segments[0].label == "citation-number" else segments[0]
    acronym = author.text.strip(" .,()") if author.label == "author" else ""
    if acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8:
        openers.add(acronym)
    publisher = next((s.text.strip(" .,").split() for s in segments if s.label == "publisher"), [])
    while len(publisher) > 1 and publisher[-1].strip(".,") in _IMPRINT_WORDS:
        publisher.pop()  # "OECD Publishing": the name is "OECD"
    if len(publisher) == 1 and len(publisher[0]) >= 3 and publisher[0][0].isupper():
        openers.add(publisher[0].strip(".,"))
    return openers


#: Words a publisher's name ends with after the name itself: "OECD Publishing".
_IMPRINT_WORDS = frozenset("Press Publishing Publishers Books Verlag Inc Ltd Editions".split())
#: Small words joining the capitalised words of a name: "Studies on Public Governance".
_SMALL_JOINS = frozenset("of on for and in the &".split())


#: Words a title cannot end with: it goes on in the segment after it.
_TITLE_OPEN_ENDINGS = _OPEN_ENDINGS - {"in", "at"}


def _title_cut_short(segments: list[Segment]) -> list[Segment]:
    """ "… in the eastern Puget Lowland of" + "Washington: Geological Society of America
    Bulletin,": a title ending in "of" or "the" goes on in the journal or container after
    it, up to the first word that ends in punctuation."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        nxt = segments[i + 1]
        if nxt.label not in ("journal", "container-title"):
            return segments
        if seg.text.split()[-1].lower() not in _TITLE_OPEN_ENDINGS:
            return segments
        words = nxt.text.split()
        for k, word in enumerate(words[:-1]):
            if word[-1] in ".,:;?!":
                return _words_back_to_title(segments, i, k + 1)
        return segments
    return segments


#: A date that is a year alone: "(2018).", "2018a,".
_YEAR_ONLY = re.compile(r"^\(?\d{4}[a-z]?\)?[.,]?$")
#: Labels that may follow a book's publisher at the end of an APA reference.
_AFTER_IMPRINT = frozenset(("url", "note", "isbn"))


def _publisher_read_as_journal(segments: list[Segment]) -> list[Segment]:
    """ "Cottam, H. (2018). Radical help. Virago." with the last read as a journal (APA 7
    prints no place): a short name after the title that ends the reference, with no
    volume, issue or pages and no word of a journal's name (unless one of a publisher's
    too: "Policy Press"), is the publisher."""
    labels = [s.label for s in segments]
    if {"volume", "pages", "publisher", "container-title", "editor"} & set(labels):
        return segments
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 3] != ["author", "date", "title"]:
        return segments
    rest = labels[first + 3 :]
    if not rest or rest[0] != "journal" or not _AFTER_IMPRINT.issuperset(rest[1:]):
        return segments
    if not _YEAR_ONLY.match(segments[first + 1].text):
        return segments  # "(2014, August 12)": a newspaper's or magazine's issue
    text = segments[first + 3].text
    words = text.split()
    if (
        len(words) > 5
        or (lexicon_hit("journal_words", text) and not lexicon_hit("publishers", text))
        or any(w.endswith(".") and len(w) <= 5 for w in words[:-1])
    ):
        return segments
    return _splice(
        segments, first + 3, 1, Segment("publisher", text, segments[first + 3].confidence)
    )


#: The last words of newspapers', magazines' and blogs' names: "The Honolulu Advertiser",
#: "The Spokesman-Review", "Harvard Business Review", "Governance International Blog".
_PERIODICAL_ENDINGS = frozenset(
    "times post herald tribune guardian advertiser gazette chronicle observer telegraph "
    "independent inquirer examiner courier bulletin standard mail express mirror globe "
    "monitor dispatch review spokesman-review economist magazine newsletter blog weekly "
    "daily news zeitung allgemeine corriere repubblica figaro monde".split()
)


def _names_a_periodical(text: str) -> bool:
    """Whether `text` ends as newspapers, magazines and blogs are named and names no
    publisher ("The Honolulu Advertiser"; not "Monthly Review Press")."""
    last = text.rstrip(" .,;:").rsplit(None, 1)[-1:] or [""]
    return last[0].lower() in _PERIODICAL_ENDINGS and not lexicon_hit("publishers", text)


#: A title's last sentence: "Final Nobel Prizes Awarded." + "The Honolulu Advertiser".
_LAST_SENTENCE = re.compile(r"^(?P<title>.*\w[.?!][”\"’']?)\s+(?P<name>[A-ZÀ-Ý][^.?!]*)$")


def _periodical_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Final Nobel Prizes Awarded. The Honolulu Advertiser (2009)" with the paper read
    as the publisher or as the title's last sentence, in a reference with no place,
    journal or book: a name after the title that ends as newspapers, magazines and blogs
    are named is the periodical."""
    for i, seg in enumerate(segments):
        if seg.label == "title" and "publisher" not in (s.label for s in segments):
            if not _names_a_periodical(seg.text):
                return segments  # the cheap test first
            match = _LAST_SENTENCE.match(seg.text.rstrip(" ,."))
            if match is None:
                return segments
            name = match["name"]
            if not (_CAPITALISED_NAME.match(name) and _names_a_periodical(name)):
                return segments
            return _cut_by_groups(segments, i, match, ("title", "title"), ("journal", "name"))
        if seg.label != "publisher":
            continue
        before = [s.label for s in segments[:i] if s.label != "date"]
        if not before or before[-1] != "title" or not _names_a_periodical(seg.text):
            return segments
        return _splice(segments, i, 1, seg._replace(label="journal"))
    return segments


def _newspaper_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Lee, D. (2009, October 13). Americans share economics Nobel. The Spokesman-Review."
    with the last read as the publisher: a name in capitals after the title of a work
    dated to the day, with nothing after it but links and notes, is the newspaper or
    site of that day's issue (a book is dated by its year)."""
    labels = [s.label for s in segments]
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 4] != ["author", "date", "title", "publisher"]:
        return segments
    if not _AFTER_IMPRINT.issuperset(labels[first + 4 :]):
        return segments
    date = segments[first + 1].text
    if _YEAR_ONLY.match(date) or not any(ch.isalpha() for ch in date):
        return segments
    year = fields.parse_year(date)[0]
    if year is None or fields.month_day(date, year)[1] is None:
        return segments
    name = segments[first + 3]
    if not _CAPITALISED_NAME.match(name.text.strip()) or lexicon_hit("publishers", name.text):
        return segments
    return _splice(segments, first + 3, 1, name._replace(label="journal"))


#: A name in capitals, small joining words between: "The Guardian", "The Stationery
#: Office", "Cabinet Office Strategy Unit".
_CAPITALISED_NAME = re.compile(
    r"^[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:(?:and|of|for|the|on|&)\s+)*[A-ZÀ-Ý][\w'’&.-]*){0,5}\.?$"
)


def _name_out_of_title_end(segments: list[Segment]) -> list[Segment]:
    """ "Why co-production matters for public services. The Guardian." or "Equity and
    excellence (Cm 7881). The Stationery Office." read as one title, in an APA
    reference with nothing after the title but links: after a title in sentence case,
    a last sentence that is a name in capitals is the newspaper or site of a dated
    issue, or the publisher of a work dated by its year."""
    labels = [s.label for s in segments]
    first = 1 if labels[0] == "citation-number" else 0
    if labels[first : first + 3] != ["author", "date", "title"]:
        return segments
    if not _AFTER_IMPRINT.issuperset(labels[first + 3 :]):
        return segments
    text = segments[first + 2].text.rstrip()
    cut = next(reversed(list(_TITLE_BOUNDARY.finditer(text))), None)
    if cut is None or cut.group(1) != ".":
        return segments
    head, name = text[: cut.end()].rstrip(), text[cut.end() :]
    if not _CAPITALISED_NAME.match(name) or fields.looks_like_genre(name):
        return segments
    if not _in_sentence_case(head):
        return segments
    label = "publisher" if _YEAR_ONLY.match(segments[first + 1].text) else "journal"
    return _divided(segments, first + 2, ("title", head), (label, name))


def _in_sentence_case(title: str) -> bool:
    """Whether `title` has a longer word in small letters ("Why co-production matters"),
    as titles in sentence case have and titles in capitals lack."""
    return any(len(word) > 3 and word[0].islower() for word in title.split()[1:])


_YEAR_THEN_TITLE = re.compile(
    r"^(?P<date>(?:1[5-9]|20)\d\d[a-z]?(?:\s?\[(?:1[5-9]|20)\d\d\])?)[.,]?\s+(?P<title>[A-Z«“\"‘].*)$"
)


def _year_out_of_title_start(segments: list[Segment]) -> list[Segment]:
    """ "Loeffler, E., and M. Schulze-Böing 2020 Co-Producing Better Futures …" (AAA's
    year after the names, with no punctuation) with the year read into the title, in a
    reference with no date: the year opening the title is the date."""
    return _split_matching(
        segments, "title", _YEAR_THEN_TITLE, ("date", "date"), ("title", "title")
    )


def _link_phrase_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "Online:" or "Available at:" right before the link read as a place, publisher or
    container, or Polish "[na:]" ending the title before it: words that only lead to a
    link are a note."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if segments[i + 1].label != "url" or seg.label in ("note", "url"):
            continue
        if len(seg.text) < 30 and fields.is_link_phrase(seg.text):
            return _splice(segments, i, 1, seg._replace(label="note"))
        head, bracket, phrase = seg.text.rpartition(" [")
        if head and len(phrase) < 20 and fields.is_link_phrase(bracket + phrase):
            return _divided(segments, i, (seg.label, head), ("note", bracket.lstrip() + phrase))
    return segments


#: A day's date alone in brackets, as German styles print the access date after a link:
#: "(2.4.2019)".
_BRACKETED_DAY = re.compile(r"^\(\d{1,2}\.\s?\d{1,2}\.\s?(?:1[5-9]|20)\d\d\)\.?$")


def _access_day_after_link(segments: list[Segment]) -> list[Segment]:
    """ "http://…" + "(2.4.2019)" or "(Stand: 30.11.2019)" with the bracket read as a
    publisher or place: the date after the link states when it was read, a note."""
    for i in range(1, len(segments)):
        seg = segments[i]
        if segments[i - 1].label != "url" or seg.label == "note" or seg.text[:1] != "(":
            continue
        if _BRACKETED_DAY.match(seg.text) or fields.accessed_date(seg.text):
            return _splice(segments, i, 1, seg._replace(label="note"))
    return segments


#: Names, then the year with no bracket or stop between (Australian Harvard): "Bovaird, T
#: & Loeffler, E 2016a,".
_NAMES_THEN_YEAR = re.compile(r"^(?P<names>.*[^\d\s])\s+(?P<date>(?:1[5-9]|20)\d\d[a-z]?,?)$")


def _year_out_of_names_end(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird, T & Loeffler, E 2016a," read as the authors, in a reference with no date:
    the year that ends the names is the date."""
    return _split_matching(
        segments, "author", _NAMES_THEN_YEAR, ("author", "names"), ("date", "date")
    )


#: A newspaper and the day of its issue ending a reference: "The Spokesman-Review,
#: October 13.", "New York Times, 5 May".
_PAPER_AND_DAY = re.compile(
    r"(?:^|(?<=[\w)\]][.?!])\s|(?<=[.?!][\"”’])\s)"
    r"(?P<paper>[A-Z][\w'’&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’&-]*){0,5}),\s+"
    rf"(?P<day>{_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD})\.?$"
)


def _newspaper_day_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Americans Share Economics Nobel. The Spokesman-Review, October 13." read as one
    title, or its last sentence as the publisher (AAA and Chicago print a newspaper's
    day after its name, the year after the authors): the name is the newspaper, the day
    a date."""
    for i, seg in enumerate(segments):
        if seg.label not in ("title", "publisher"):
            continue
        last = seg.text.rsplit(",", 1)[-1] if "," in seg.text else ""
        if not 2 < len(last) < 16 or not any(c.isdigit() for c in last):
            continue  # the cheap test first: a short last comma part with a day
        text = seg.text.rstrip()
        match = _PAPER_AND_DAY.search(text)
        if match is None or (seg.label == "title" and match.start() == 0):
            continue
        pieces = [Segment("journal", match["paper"], seg.confidence)]
        pieces.append(Segment("date", match["day"], seg.confidence))
        head = seg.text[: match.start()].rstrip()
        return _splice(segments, i, 1, *([seg._replace(text=head)] if head else []), *pieces)
    return segments


def _number_read_as_date(segments: list[Segment]) -> list[Segment]:
    """ "Schnabel, Eckhard. 40 Questions About the End Times. …, 2011." with "40" read as
    the date: a date segment with no year, no "n.d." and no status, right before the
    title, opens the title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "date" or segments[i + 1].label != "title":
            continue
        if not seg.text.strip(".,").isdigit() or fields.parse_year(seg.text) != (None, "", False):
            return segments
        nxt = segments[i + 1]
        merged = Segment("title", f"{seg.text} {nxt.text}", nxt.confidence)
        return _splice(segments, i, 2, merged)
    return segments


def _places_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Dorling Kindersley, New York," + "New York, USA.": places read into the end of
    the publisher before the place go to the place."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label == "publisher" and segments[i + 1].label == "location" and "," in seg.text:
            pieces = _name_then_places(seg, segments[i + 1])
            return segments if pieces is None else _splice(segments, i, 2, *pieces)
    return segments


#: A publisher's name, a full stop and the places after it: "Palgrave Macmillan.
#: Basingstoke and New York." (the full stop not after an initial, as in "M. E. Sharpe").
_PUBLISHER_STOP_PLACES = re.compile(r"^(?P<publisher>.*\w{2}[.)])\s+(?P<place>[A-Z][^.]*\.?)$")


def _places_after_publisher_stop(segments: list[Segment]) -> list[Segment]:
    """ "Palgrave Macmillan. Basingstoke and New York." read as one publisher, in a
    reference with no place, or "University of Melbourne. Melbourne." read as one place,
    in a reference with no publisher: the places after the publisher's full stop are the
    place."""
    if {"publisher", "location"} <= {s.label for s in segments}:
        return segments
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "location") or ". " not in seg.text:
            continue
        match = _PUBLISHER_STOP_PLACES.match(seg.text.strip())
        if match is None or not reads_as_places(match["place"]):
            return segments
        if seg.label == "location" and not _names_a_publisher(match["publisher"]):
            return segments
        if match["publisher"].rsplit(None, 1)[-1].rstrip(".") in _PLACE_OPENINGS:
            return segments  # "Brock University, St. Catharines, ON"
        return _divided(
            segments, i, ("publisher", match["publisher"]), ("location", match["place"])
        )
    return segments


#: A title, a colon, then the place the Geological Society of America's styles print
#: after it: "… of action perspective: Reading,".
_TITLE_COLON_PLACE = re.compile(r"^(?P<title>.*\S):\s+(?P<place>[A-Z][^:,.]{1,30}),$")
#: A region code opening the publisher: "MA, Addison Wesley.".
_CODE_OPENING = re.compile(r"^(?P<code>[A-Z]{2}),\s+(?P<rest>\S.*)$")


def _place_out_of_title_colon(segments: list[Segment]) -> list[Segment]:
    """ "Organizational learning: A theory of action perspective: Reading," + "MA, Addison
    Wesley." (the GSA's colon before the imprint): a known place after the title's last
    colon, with a region code opening the publisher after it, is the place."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "title" or nxt.label != "publisher":
            continue
        match = _TITLE_COLON_PLACE.match(seg.text)
        if match is None or not reads_as_place(match["place"]):
            return segments
        place, publisher = match["place"], nxt.text
        code = _CODE_OPENING.match(publisher)
        if code and is_region_code(code["code"]):
            place, publisher = f"{place}, {code['code']}", code["rest"]
        pieces = [
            seg._replace(text=match["title"]),
            nxt._replace(label="location", text=place + ","),
            nxt._replace(text=publisher),
        ]
        return _splice(segments, i, 2, *pieces)
    return segments


#: A title run on to the "in" of the book after its colon and to the first editor's
#: family name: "… in public sector organisations: en Bovaird,".
_TITLE_COLON_IN = re.compile(
    r"^(?P<title>.*\S:)\s+(?P<in>(?:[Ee]n|[Ii]n|dans)(?:\s+[A-ZÀ-Ý][\w'’-]+,)?)$"
)


def _in_out_of_title_colon(segments: list[Segment]) -> list[Segment]:
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
        return _splice(segments, i, 2, seg._replace(text=match["title"]), editors)
    return segments


def _publisher_and_place_swapped(segments: list[Segment]) -> list[Segment]:
    """ "Routledge:" + "Abingdon and New York," read as place and publisher (a style that
    prints the publisher before the colon): a publisher's name before places swaps."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        name = seg.text.strip(" ,.;:")
        if not lexicon_hit("publishers", name) or not reads_as_places(nxt.text):
            return segments  # the cheap test first: "London:" names no publisher
        if reads_as_places(name):
            return segments
        pieces = [seg._replace(label="publisher"), nxt._replace(label="location")]
        return _splice(segments, i, 2, *pieces)
    return segments


def _places_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Abingdon and New York," read as the publisher, in a reference with no place (the
    style names no publisher): two places or more joined are the place."""
    for i, seg in enumerate(segments):
        if seg.label != "publisher":
            continue
        text = seg.text.strip(" ,.;:")
        if (" and " in text or " & " in text or "/" in text) and reads_as_places(text):
            return _splice(segments, i, 1, seg._replace(label="location"))
        return segments
    return segments


def _publisher_read_into_place(segments: list[Segment]) -> list[Segment]:
    """ "Routledge, Abingdon and New York," read as the place, in a reference with no
    publisher: a publisher's name (a publisher's or body's word in it) before comma parts
    that are all places is the publisher."""
    for i, seg in enumerate(segments):
        if seg.label != "location" or "," not in seg.text:
            continue
        body = seg.text.rstrip(" ,.;:")
        split = places_last(body)
        if split is None:
            return segments
        place, publisher = split
        if not _names_a_publisher(publisher):
            return segments  # "(Osaka, Japan)": a city the lists do not know
        return _divided(
            segments, i, ("publisher", publisher + ","), ("location", place + seg.text[len(body) :])
        )
    return segments


def _title_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Wilensky, U. (1999). NetLogo. http://… Center for Connected Learning, …" with
    "NetLogo." read as a publisher: in a reference with no title, journal or container,
    a publisher right after the date with another publisher or a place later is the
    title."""
    labels = [s.label for s in segments]
    if {"title", "journal", "container-title"} & set(labels) or "date" not in labels:
        return segments
    at = labels.index("date") + 1
    if labels[at : at + 1] != ["publisher"]:
        return segments
    if not {"publisher", "location"} & set(labels[at + 1 :]):
        return segments
    return _splice(segments, at, 1, Segment("title", segments[at].text, segments[at].confidence))


def _place_read_as_container(segments: list[Segment]) -> list[Segment]:
    """ "“Le déficit de logement 2010.” Geneva, Switzerland." with the city read as a
    container, in a reference with no place: a container that names only places (of the
    word list) is the place."""
    if any(s.label in ("location", "journal") for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "container-title":
            continue
        parts = [p.strip() for p in seg.text.rstrip(" .,;:").split(",")]
        if all(p and (reads_as_place(p) or is_region_code(p)) for p in parts) and reads_as_place(
            parts[0]
        ):
            return _splice(segments, i, 1, Segment("location", seg.text, seg.confidence))
        return segments
    return segments


#: Pages printed after the publisher: "CSLI. 199-213.".
_IMPRINT_THEN_PAGES = re.compile(
    r"^(?P<name>.*\S[.,;])\s+(?P<pages>(?:pp?\.\s*)?\d+\s*[-–]\s*\d+\.?)$"
)


def _pages_out_of_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Stanford, CA: CSLI. 199-213." or "Routledge. Abingdon and New York; p.162–177."
    with the chapter's pages read into the publisher, in
    a reference with no pages: the page range ending it is the pages."""
    if any(s.label == "pages" for s in segments):
        return segments
    last = segments[-1]
    match = (
        _IMPRINT_THEN_PAGES.match(last.text) if last.label in ("publisher", "location") else None
    )
    if match is None:
        return segments
    return _divided(
        segments,
        len(segments) - 1,
        (last.label, match.group("name")),
        ("pages", match.group("pages")),
    )


#: A region code cut in two by its space: "Washington, D." + "C. Morgan Kaufmann.".
_INITIAL_ENDING = re.compile(r"(?:^|\s)[A-Z]\.$")
_INITIAL_OPENING = re.compile(r"^([A-Z]\.[,:]?)\s+(\S.*)$")


def _initial_out_of_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Washington, D." + "C. Morgan Kaufmann.": a place ending in an initial and a
    publisher opening with one are "D. C." cut in two."""
    for i, seg in enumerate(segments[:-1]):
        nxt = segments[i + 1]
        if seg.label != "location" or nxt.label != "publisher":
            continue
        opening = _INITIAL_OPENING.match(nxt.text)
        if opening is None or not _INITIAL_ENDING.search(seg.text):
            return segments
        return _splice(
            segments,
            i,
            2,
            Segment("location", f"{seg.text} {opening.group(1)}", seg.confidence),
            Segment("publisher", opening.group(2), nxt.confidence),
        )
    return segments


#: Days of a month printed after it: "7-10.", "14–15,".
_DAY_RANGE = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:\s*[-–]\s*(?:[1-9]|[12]\d|3[01]))?[.,;]?$")


def _days_read_as_pages(segments: list[Segment]) -> list[Segment]:
    """ "Paris, July 7-10." or "London: 9-10 October 2014." with the days read as pages:
    days right after a date that ends in a month, or right before one that opens with
    it, are part of the date."""
    for i, (seg, nxt) in enumerate(pairwise(segments)):
        if {seg.label, nxt.label} != {"date", "pages"}:
            continue
        date, days = (seg, nxt) if seg.label == "date" else (nxt, seg)
        month = date.text.split()[-1 if date is seg else 0].strip(".,;")
        if _DAY_RANGE.match(days.text) and fields.month_number(month) is not None:
            merged = Segment("date", f"{seg.text} {nxt.text}", date.confidence)
            return _splice(segments, i, 2, merged)
    return segments


#: A journal's name in guillemets, as Italian styles print it: "«Voluntas», 23, 4,".
_GUILLEMETS_THEN_NUMBERS = re.compile(rf"^(?P<journal>{_IN_GUILLEMETS})\s+(?P<rest>.*\d.*)$")
_WORDS_THEN_GUILLEMETS = re.compile(
    rf"^(?![Ii]n:?\s+«)(?P<head>.*?[^\s,]),?\s+(?:[Ii]n:?\s+)?(?P<journal>{_IN_GUILLEMETS})$"
)


#: The end of a title that opens a journal's guillemets: "…, in «The".
_OPENED_GUILLEMETS_ENDING = re.compile(
    r"^(?P<title>.*?[^\s,]),?\s+(?:[Ii]n:?\s+)?(?P<opened>«[^«»]*)$"
)


def _guillemets_cut_by_journal(segments: list[Segment]) -> list[Segment]:
    """ "…, in «The" + "Journal of Development Studies»," (the model ended the title
    inside the guillemets): the words after the opening guillemet belong to the journal."""
    for i in range(1, len(segments)):
        seg, before = segments[i], segments[i - 1]
        if seg.label != "journal" or before.label != "title" or "«" not in before.text:
            continue
        if "»" not in seg.text or "«" in seg.text:
            return segments
        match = _OPENED_GUILLEMETS_ENDING.match(before.text)
        if match is None:
            return segments
        return _boundary_moved(segments, i - 1, match["title"], f"{match['opened']} {seg.text}")
    return segments


def _journal_in_guillemets(segments: list[Segment]) -> list[Segment]:
    """Italian styles print the journal in guillemets: "«Voluntas», 23, 4," read as the
    volume gives the journal; "Childcare in eight countries, in «Public Management
    Review»," read as the journal gives the title's subtitle and the journal."""
    labels = [s.label for s in segments]
    for i, seg in enumerate(segments):
        if "«" not in seg.text:
            continue
        if seg.label == "volume" and not {"journal", "container-title"} & set(labels):
            match = _GUILLEMETS_THEN_NUMBERS.match(seg.text)
            if match:
                return _divided(
                    segments,
                    i,
                    ("journal", match.group("journal")),
                    ("volume", match.group("rest")),
                )
        if seg.label == "journal" and i and labels[i - 1] == "title":
            match = _WORDS_THEN_GUILLEMETS.match(seg.text)
            if match:
                title = segments[i - 1]
                return _splice(
                    segments,
                    i - 1,
                    2,
                    Segment("title", f"{title.text} {match.group('head')}", title.confidence),
                    Segment("journal", match.group("journal"), seg.confidence),
                )
        return segments
    return segments


#: A bracketed description and the publisher after it: "[Discussion paper]. NESTA.".
_BRACKET_THEN_NAME = re.compile(r"^(?P<genre>\[[^\[\]]+\][.,]?)\s+(?P<publisher>[A-ZÀ-Ý].*)$")


def _publisher_out_of_genre(segments: list[Segment]) -> list[Segment]:
    """ "[Discussion paper]. NESTA." read as the genre, in an APA 7 reference with no
    publisher: the name after the bracketed description is the publisher."""
    if any(s.label == "publisher" for s in segments):
        return segments
    return _split_matching(
        segments, "genre", _BRACKET_THEN_NAME, ("genre", "genre"), ("publisher", "publisher")
    )


#: A year opening a description: IEEE's "2020. [Online]." after a web page's title.
_YEAR_THEN_DESCRIPTION = re.compile(
    r"^(?P<date>(?:1[5-9]\d\d|20[0-4]\d)[a-z]?[.,])\s+(?P<genre>[\[(].*)$"
)


def _date_out_of_genre(segments: list[Segment]) -> list[Segment]:
    """ "2020. [Online]." read as the genre, in an IEEE reference with no other date: the
    year is the date, the bracket the medium."""
    return _split_matching(
        segments, "genre", _YEAR_THEN_DESCRIPTION, ("date", "date"), ("genre", "genre")
    )


#: A journal's name with the article's state after it: "Public Administration Review.
#: Advance online publication.", "BMJ. Epub ahead of print."
_JOURNAL_THEN_STATE = re.compile(
    r"^(?P<journal>\S.*?[.,])\s+(?P<note>(?:advance\s+online|online\s+first|early\s+view|"
    r"(?:e-?pub\s+)?ahead\s+of\s+print|first\s+published\s+online)\b.*)$",
    re.IGNORECASE,
)


#: A word of an article's state, looked for before the whole pattern.
_STATE_WORD = re.compile(r"[Oo]nline|[Pp]rint|[Vv]iew|[Pp]ublished")


def _state_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Public Administration Review. Advance online" read as the journal: the words
    from "Advance online" on say where the article stands, not what the journal is."""
    if not any(s.label == "journal" and _STATE_WORD.search(s.text) for s in segments):
        return segments
    return _split_matching(
        segments, "journal", _JOURNAL_THEN_STATE, ("journal", "journal"), ("note", "note")
    )


#: IEEE's book and its editors in one segment: "in Co-Production and Co-Creation, T.
#: Brandsen, T. Steen, and B. Verschuere, Eds.".
_IN_BOOK_THEN_EDITORS = re.compile(
    r"^(?P<container>[Ii]n:?\s+\S.*?),\s+(?P<editors>(?:[A-Z]\.[\s-]?)+[A-ZÀ-Ý].*?"
    r"(?:,\s*|\s+)\(?(?:Eds?|eds?|Hrsg|Dir|dir)\.?\)?[.,]?)$"
)


def _container_out_of_editors(segments: list[Segment]) -> list[Segment]:
    """ "in Co-Production and Co-Creation, T. Brandsen, T. Steen, and B. Verschuere,
    Eds." read as the editors: the words after "in" up to the first name are the book."""
    return _split_matching(
        segments,
        "editor",
        _IN_BOOK_THEN_EDITORS,
        ("container-title", "container"),
        ("editor", "editors"),
    )


#: A year alone ending a Vancouver book: "2010.".
_BARE_YEAR = re.compile(r"^(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\.?$")


def _publisher_before_vancouver_year(segments: list[Segment]) -> list[Segment]:
    """ "What is co-production? The Health Foundation; 2010." with the body read as a
    journal or a place: a name before a semicolon and a bare year, in a reference with no
    volume, issue or pages anywhere, is the publisher (a journal's year is followed by
    its numbers; a place names places only)."""
    if any(s.label in _NUMBER_LABELS or s.label == "publisher" for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label not in _READ_FOR_PUBLISHER:
            continue
        nxt = segments[i + 1]
        if not (seg.text.endswith(";") and nxt.label == "date" and _BARE_YEAR.match(nxt.text)):
            return segments
        if seg.label == "location" and reads_as_places(seg.text):
            return segments
        return _splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


#: What a Vancouver publisher before its year is read as.
_READ_FOR_PUBLISHER = frozenset(("journal", "container-title", "location"))


def _publisher_read_as_container(segments: list[Segment]) -> list[Segment]:
    """ "Publications Office of the EU," + "Luxembourg," read as a container and a place,
    in a reference with no editor, volume or pages: a body's or publisher's name right
    before the place, not opened by "In" and no conference, is the publisher (IEEE's
    report)."""
    if any(s.label in ("editor", "publisher", "volume", "pages") for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "container-title":
            continue
        if segments[i + 1].label != "location" or seg.text[:3].lower().startswith(("in ", "in:")):
            return segments
        if fields.is_conference(seg.text) or "," in seg.text.rstrip(" ,"):
            return segments
        if not (_names_body(seg.text) or lexicon_hit("publishers", seg.text)):
            return segments
        return _splice(segments, i, 1, Segment("publisher", seg.text, seg.confidence))
    return segments


#: The words that say when a work was published, printed before its date: French "publié
#: le", Portuguese "publicado em", German "veröffentlicht am".
_PUBLISHED_ON = frozenset(
    (
        "publié le", "publié en", "mis en ligne le", "published", "published on",
        "publicado em", "publicado el", "pubblicato il", "veröffentlicht am",
        "gepubliceerd op",
    )
)  # fmt: skip


def _published_on_read_as_name(segments: list[Segment]) -> list[Segment]:
    """ "publié le" + "2019," with the words read as a journal or publisher: the words
    that say when the work was published are a note before its date."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if segments[i + 1].label != "date" or seg.label == "note" or len(seg.text) > 24:
            continue
        if seg.text.strip(" ,.:;").lower() in _PUBLISHED_ON:
            return _splice(segments, i, 1, seg._replace(label="note"))
    return segments


def _access_read_as_name(segments: list[Segment]) -> list[Segment]:
    """ "Erişim Nisan 2, 2019." or "Abgerufen am 12. März 2019" read as the publisher, or
    "Tanggal akses" + "30" + "November 2019." read as a journal, volume and date: what
    opens by stating when the work was accessed is a note."""
    for i, seg in enumerate(segments):
        if seg.label not in ("publisher", "journal", "container-title"):
            continue
        if not fields.mentions_access(seg.text):
            continue  # the cheap test first
        if seg.label == "publisher" and fields.opens_with_access(seg.text):
            return _splice(segments, i, 1, seg._replace(label="note"))
        if len(seg.text.split()) > 3:
            continue
        rest = " ".join(s.text for s in segments[i:])
        if len(rest) <= 60 and fields.opens_with_access(rest):
            return [*segments[:i], seg._replace(label="note", text=rest)]
    return segments


#: An issue alone: "(Summer)", "(3)", "no. 4", "nᵒ 4", "Heft 2".
_ISSUE_ALONE = re.compile(
    r"\([^()]{1,20}\)|(?:n\.|no\.|nr\.?|n[º°ᵒ]|issue|heft|h\.)\s*[\w/–-]+", re.I
)
#: A year opening a volume segment, and what follows it: "2015(Summer):", "2017. no. 4".
_YEAR_OPENING_VOLUME = re.compile(r"^(?P<year>(?:1[89]|20)\d\d[a-z]?[.;,]?)\s*(?P<rest>.*)$")


def _issue_read_into_date(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "2015; (Summer):" read as the date, in a
    reference with no volume (Vancouver's issue with no volume): the bracket after the
    year is the issue."""
    for i, seg in enumerate(segments):
        if seg.label != "date" or "(" not in seg.text:
            continue
        match = _YEAR_OPENING_VOLUME.match(seg.text.strip())
        if match is None:
            return segments
        rest = match["rest"].strip(" ;:,")
        if not rest.startswith("(") or not _ISSUE_ALONE.fullmatch(rest) or _YEAR_ONLY.match(rest):
            return segments  # "2016, (2016)": the year again
        date = seg._replace(text=match["year"])
        return _splice(segments, i, 1, date, seg._replace(label="volume", text=rest + ":"))
    return segments


#: The year and the issue in one bracket after the volume: "35 (1969/4)" (Byzantine and
#: classical studies).
_VOLUME_YEAR_ISSUE = re.compile(
    r"^(?P<volume>[\w.]{1,8})\s*\((?P<year>(?:1[5-9]|20)\d\d)\s*/\s*(?P<issue>[\w–-]{1,8})\)"
    r"(?P<end>[.,:;]?)$"
)


def _year_and_issue_in_volume(segments: list[Segment]) -> list[Segment]:
    """ "Journal" + "35 (1969/4)" + "216–224." read as the volume, in a reference with no
    date: the bracket holds the year and the issue."""
    for i, seg in enumerate(segments):
        if seg.label != "volume" or "/" not in seg.text:
            continue
        match = _VOLUME_YEAR_ISSUE.match(seg.text.strip())
        if match is None:
            return segments
        volume = seg._replace(text=f"{match['volume']} ({match['issue']}){match['end']}")
        return _splice(segments, i, 1, volume, seg._replace(label="date", text=match["year"]))
    return segments


def _year_read_as_volume(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review," + "2015(Summer):", "2017. no. 4" or
    "2015:41–45." in a reference with no date (Vancouver prints the year where others
    print the volume): the year is the date, a bracket or a number mark after it the
    issue, and a range after its colon the pages."""
    for i, seg in enumerate(segments):
        if seg.label != "volume":
            continue
        match = _YEAR_OPENING_VOLUME.match(seg.text.strip())
        if match is None or (match["rest"][:1].isdigit() and match["year"][-1:].isdigit()):
            return segments  # "2015 12": not a year and its issue
        date = seg._replace(label="date", text=match["year"])
        rest = match["rest"].strip(" ;:,")
        if not rest:
            return _splice(segments, i, 1, date)
        if _NUMBER_RANGE.match(rest) and (match["rest"][:1] in ":;" or match["year"][-1:] == ";"):
            return _splice(segments, i, 1, date, seg._replace(label="pages", text=rest))
        if not _ISSUE_ALONE.fullmatch(rest):
            return segments  # "2000;(3):218-226": the pages go with it
        return _splice(segments, i, 1, date, seg._replace(text=rest))
    return segments


#: A bare number as law reports print them around the journal: "107", "726", "726–741";
#: the one before the journal may carry its issue: "107(4)".
_BARE_NUMBER = re.compile(r"^\d{1,5}(?:\s*[-–‑]\s*\d{1,5})?[.,;]?$")
#: Quebec's law journals' volume and issue: "35-4".
_VOLUME_DASH_ISSUE = re.compile(r"^\d{1,4}-\d{1,2}$")
_VOLUME_AND_ISSUE = re.compile(r"^\d{1,5}\s?\(\w{1,8}\)$")


def _law_journal_numbers(segments: list[Segment]) -> list[Segment]:
    """ "(2013)" + "107" + "American Political Science Review" + "726" (OSCOLA and
    Bluebook print the volume before the journal and the first page after it; Quebec's
    style "(1969) 35-4 Journal 216‑224" the volume and issue): the number before the
    journal is its volume, the one after it the page."""
    for i in range(1, len(segments) - 1):
        if segments[i].label != "journal":
            continue
        before, seg, after = segments[i - 1], segments[i], segments[i + 1]
        if before.label not in ("volume", "pages") or after.label not in ("volume", "pages"):
            continue
        volume = before.text.strip()
        if not (
            (_BARE_NUMBER.match(volume) or _VOLUME_AND_ISSUE.match(volume))
            and _BARE_NUMBER.match(after.text.strip())
        ):
            return segments
        quebec = (  # "(1969) 35-4 Journal 216‑224": the volume, a dash and the issue
            _VOLUME_DASH_ISSUE.match(volume) and i > 1 and segments[i - 2].text.startswith("(")
        )
        if (before.label, after.label) == ("volume", "pages"):
            return segments  # already read so
        if ("-" in volume or "–" in volume) and not quebec:
            return segments  # a range of pages before
        return _splice(
            segments,
            i - 1,
            3,
            before._replace(label="volume"),
            seg,
            after._replace(label="pages"),
        )
    return segments


#: An imprint in brackets, publisher first: "(Palgrave Macmillan: Houndmills, Basingstoke)".
_BRACKETED_PUBLISHER_PLACE = re.compile(r"^\((?P<publisher>[^():]+):\s*(?P<place>[^():]+)\)\.?$")


def _bracketed_publisher_place(segments: list[Segment]) -> list[Segment]:
    """ "(Edward Elgar: Cheltenham)" ending the reference (Australian science journals put
    the imprint last, in brackets, publisher first): the publisher and the place."""
    last = segments[-1]
    if last.text[:1] != "(" or last.label not in ("note", "publisher", "location"):
        return segments
    match = _BRACKETED_PUBLISHER_PLACE.match(last.text.strip())
    if match is None or not reads_as_places(match["place"]):
        return segments
    return _divided(
        segments,
        len(segments) - 1,
        ("publisher", match["publisher"]),
        ("location", match["place"]),
    )


#: A bracket's closing date: "2016).", "1976)".
_DATE_CLOSING_BRACKET = re.compile(r"^(?:1[5-9]|20)\d\d[a-z]?\)[.,;]?$")


def _year_closes_bracket(seg: Segment) -> bool:
    """Whether `seg` is a date that closes a bracket the segment before opened: "2016).",
    as PNAS and Science print "(Publisher, 2016)."."""
    return seg.label == "date" and _DATE_CLOSING_BRACKET.match(seg.text) is not None


def _bracketed_publisher_before_year(segments: list[Segment]) -> list[Segment]:
    """ "(Governance International," or "(The Urban Institute," + "2016)." read as a
    journal or a place, in a reference with no volume and no publisher (PNAS and Science
    print a report's or a book's imprint in brackets, publisher then year): the name is
    the publisher, unless it names places; read as a place, only when a word of it is a
    publisher's and no place's ("Institute"), as humanities notes print "(Woodbridge,
    2005)"."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("journal", "location") or seg.text[:1] != "(":
            continue
        if not _year_closes_bracket(segments[i + 1]):
            continue
        name = seg.text[1:].rstrip(" ,")
        if not name or "(" in name or ")" in name or reads_as_places(name):
            continue
        if seg.label == "journal" or names_only_a_publisher(name):
            return _splice(segments, i, 1, seg._replace(label="publisher"))
    return segments


#: A bracket opened at a segment's end by a name before the year: "… services (Russell
#: Sage Foundation,", "… van Meerkerk, Eds. (Edward Elgar,".
_OPENED_BRACKET_NAME = re.compile(r"^(?P<head>.*\S)\s+(?P<name>\([^()]{2,80},)$")


def _bracketed_publisher_read_into(segments: list[Segment]) -> list[Segment]:
    """ "Street-level bureaucracy … (Russell Sage Foundation," or "J. Edelenbos, I. van
    Meerkerk, Eds. (Edward Elgar," + "2016)," (PNAS and Science print a book's imprint
    in brackets, publisher then year) read into the title or the editors, in a
    reference with no publisher: the name in the bracket is the publisher (the place,
    when it names places only)."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("title", "editor", "container-title") or seg.text[-1:] != ",":
            continue
        if not _year_closes_bracket(segments[i + 1]):
            continue
        match = _OPENED_BRACKET_NAME.match(seg.text)
        if match is None:
            return segments
        name = match["name"]
        label = "location" if reads_as_places(name.strip("(,")) else "publisher"
        return _divided(segments, i, (seg.label, match["head"]), (label, name))
    return segments


#: A date, then the access date in brackets: Vancouver's "2014 [cited March 29, 2019].".
_DATE_THEN_BRACKETED_ACCESS = re.compile(
    r"^(?P<date>.*?\d[^\[]*?)\s*(?P<access>\[[^\[\]]+\][.,;]?)$"
)


#: An issue in brackets before the pages, with no volume: "(Summer):41–45.", "(3):
#: 218-226"; a season's bracket may end without the colon ("(Summer), 41–45").
_BRACKETED_ISSUE_THEN_PAGES = re.compile(
    r"^(?P<issue>\([^()]{1,20}\))\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?\.?)$"
)
_SEASON_THEN_PAGES = re.compile(
    rf"^(?P<issue>\({_SEASON}\))[:,]?\s*(?P<pages>\d+\s*[-–]\s*\d+\.?)$"
)


def _issue_read_into_pages(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "(Summer):41–45." read as the pages, or
    (a season's) as the volume (ASA): the bracket is the issue, the numbers after it the
    pages."""
    for i, seg in enumerate(segments):
        if seg.label not in ("pages", "volume") or seg.text[:1] != "(":
            continue
        text = seg.text.strip()
        match = _SEASON_THEN_PAGES.match(text)
        if match is None and seg.label == "pages" and all(s.label != "volume" for s in segments):
            match = _BRACKETED_ISSUE_THEN_PAGES.match(text)  # not "28" + "(A):60-68"
        if match is None:
            return segments
        return _divided(segments, i, ("volume", match["issue"]), ("pages", match["pages"]))
    return segments


#: A bare issue number before the pages' mark: "8, pp. 1317–1352.", "4, S. 11–25".
_ISSUE_THEN_PAGES_MARK = re.compile(r"^(?P<issue>\d{1,3},)\s+(?P<pages>(?:pp?|S|s)\.\s*\d.*)$")


def _issue_before_pages_mark(segments: list[Segment]) -> list[Segment]:
    """ "73" + "(1964)," + "8, pp. 1317–1352." (Italian styles print the year between
    volume and issue): after a volume, a bare number before "pp." is the issue, which
    the assembly reads from a second volume segment."""
    for i, seg in enumerate(segments):
        if seg.label != "pages" or ", " not in seg.text or not seg.text[:1].isdigit():
            continue
        match = _ISSUE_THEN_PAGES_MARK.match(seg.text)
        if match and [s.label for s in segments[:i]].count("volume") == 1:
            return _divided(segments, i, ("volume", match["issue"]), ("pages", match["pages"]))
    return segments


#: Vancouver's year before the pages, with no volume: "2012:129–144.", "2015;41–45.".
_YEAR_COLON_PAGES = re.compile(
    r"^(?P<date>(?:1[5-9]|20)\d\d[a-z]?)\s*[:;]\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?\.?)$"
)


#: Karger's volume and pages before the year in brackets: "35:216–224 (1969b).".
_NUMBERS_THEN_BRACKETED_YEAR = re.compile(
    r"^(?P<volume>\d{1,4}(?:\s*\([^()]{1,9}\))?\s*:)\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)"
    r"\s+(?P<date>\((?:1[5-9]|20)\d\d[a-z]?\)\.?)$"
)


def _pages_out_of_date(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "2015;41–45." read as the date, in a
    reference with no pages: the range after the semicolon is the pages; and Karger's
    "35:216–224 (1969b)." gives volume, pages and date."""
    found = _matching(segments, "date", _NUMBERS_THEN_BRACKETED_YEAR)
    if found is not None:
        pieces = (("volume", "volume"), ("pages", "pages"), ("date", "date"))
        return _cut_by_groups(segments, found[0], found[1], *pieces)
    return _split_matching(
        segments, "date", _YEAR_COLON_PAGES, ("date", "date"), ("pages", "pages")
    )


#: A pages mark ending an imprint: "Routledge. Abingdon and New York. S." before "162–177.".
_PAGES_MARK_AT_END = re.compile(r"\s(?P<mark>(?:S|s|p|pp|P)\.)$")


def _pages_mark_out_of_imprint(segments: list[Segment]) -> list[Segment]:
    """ "Routledge. Abingdon and New York. S." + "162–177.": the pages mark read into the
    publisher or place before the pages goes with them."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if nxt.label != "pages" or seg.label not in ("publisher", "location"):
            continue
        mark = _PAGES_MARK_AT_END.search(seg.text)
        if mark is None:
            return segments
        moved = nxt._replace(text=f"{mark['mark']} {nxt.text}")
        return _splice(segments, i, 2, seg._replace(text=seg.text[: mark.start()]), moved)
    return segments


def _year_read_as_pages(segments: list[Segment]) -> list[Segment]:
    """ "Routledge," + "2012:129–144." read as the pages, in a reference with no date:
    the segment is the date and the pages, as Vancouver prints them for a chapter."""
    for i, seg in enumerate(segments):
        if seg.label == "pages" and _YEAR_COLON_PAGES.match(seg.text.strip()):
            return _splice(segments, i, 1, seg._replace(label="date"))
    return segments


#: The last word of a report's kind: "Urban Institute Paper", "SCIE Guide".
_REPORT_KIND_ENDINGS = frozenset("paper report brief note guide memo".split())
#: A report number as printed after its series: "1206–17", "12", "2019/04".
_REPORT_NUMBER = re.compile(r"^[A-Z]{0,4}-?\d{1,5}(?:\s*[-–/]\s*\d{1,5})?[.,;]?$")


def _report_number_read_as_pages(segments: list[Segment]) -> list[Segment]:
    """ "Urban Institute Paper" + "1206–17." read as a publisher and the pages, before
    the place and the publisher: the name of a report's kind and its number are the
    genre."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if nxt.label != "pages" or seg.label not in ("publisher", "genre", "container-title"):
            continue
        kind = seg.text.rstrip(" .,;:").rsplit(None, 1)[-1:] or [""]
        if kind[0].lower() not in _REPORT_KIND_ENDINGS or not _REPORT_NUMBER.match(
            nxt.text.strip()
        ):
            return segments
        if not any(s.label in ("publisher", "location") for s in segments[i + 2 :]):
            return segments  # "Working papers in …, 12–34": pages of a series' volume
        return _splice(segments, i, 2, seg._replace(label="genre", text=f"{seg.text} {nxt.text}"))
    return segments


#: Vancouver's medium in brackets, then the year: "… interests [Internet]. 2019; [cited
#: 2019 Mar 29] Available from:", "[Internet]. 2008;Available from:".
_MEDIUM_THEN_YEAR = re.compile(
    r"^(?P<title>.*?)\s*(?P<medium>\[[^\[\]\d]{2,30}\][.,]?)\s*(?P<date>(?:1[5-9]|20)\d\d[a-z]?"
    r"(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?[;.,]?)(?:\s*(?P<rest>\S.*))?$"
)


def _year_out_of_medium_note(segments: list[Segment]) -> list[Segment]:
    """ "[Internet]. 2008;Available from:" (or the title before it too) read as one note,
    in a reference with no date: the year after the bracketed medium is the date, and
    words before the bracket, when no title was found, the title."""
    for i, seg in enumerate(segments):
        if seg.label != "note" or "]" not in seg.text:
            continue
        match = _MEDIUM_THEN_YEAR.match(seg.text)
        if match is None or (match["title"] and any(s.label == "title" for s in segments)):
            continue
        pieces = [("title", "title"), ("note", "medium"), ("date", "date"), ("note", "rest")]
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


def _access_out_of_date(segments: list[Segment]) -> list[Segment]:
    """ "2014 [cited March 29, 2019]." read as one date: the bracket states when the work
    was accessed, the words before it when it was published."""
    for i, seg in enumerate(segments):
        if seg.label != "date" or "[" not in seg.text:
            continue
        match = _DATE_THEN_BRACKETED_ACCESS.match(seg.text.strip())
        if match and fields.accessed_date(match["access"]):
            return _divided(segments, i, ("date", match["date"]), ("note", match["access"]))
    return segments


#: OSCOLA's bracketed imprint, and what may follow it: "(Edward Elgar 2016)", "(Governance
#: International 2016) Governance International Case Study".
_BRACKETED_IMPRINT = re.compile(
    r"^\((?:(?P<place>[A-Z][^():,]{1,40}),\s+)?(?P<publisher>[A-Z][^():,]{1,80}?)\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)\)[.,;]?(?:\s+(?P<rest>\S.*))?$"
)


#: The small words a publisher's name holds between capitalised ones.
_NAME_LINKS = frozenset("of and & the for de du des la le und di".split())


def _bracketed_imprint_note(segments: list[Segment]) -> list[Segment]:
    """ "(Edward Elgar 2016)" read as a note, in a reference with no publisher or date
    (OSCOLA brackets the publisher and the year after the book): the name is the
    publisher, the year the date, and words after the bracket stay a note."""
    for i, seg in enumerate(segments):
        if seg.label != "note" or seg.text[:1] != "(":
            continue
        match = _BRACKETED_IMPRINT.match(seg.text)
        if match is None or not all(
            w[:1].isupper() or w in _NAME_LINKS for w in match["publisher"].split()
        ):
            continue  # "(Original work published 1980)" names no publisher
        pieces = [
            seg._replace(label="publisher", text=match["publisher"]),
            seg._replace(label="date", text=match["year"]),
        ]
        if match["place"]:
            pieces.insert(0, seg._replace(label="location", text=match["place"]))
        if match["rest"]:
            pieces.append(seg._replace(text=match["rest"]))
        return _splice(segments, i, 1, *pieces)
    return segments


def _volume_in_pages(segments: list[Segment]) -> list[Segment]:
    """ "American Political Science Review" + "2013," + "107, 726." (chemistry and
    materials journals print the year, the volume and the first page): in a journal
    article with no volume, the number before the comma is the volume."""
    for i, seg in enumerate(segments):
        if seg.label != "pages" or i == 0 or segments[i - 1].label != "date":
            continue
        match = _VOLUME_COMMA_NUMBER.match(seg.text.strip())
        if match is None:
            return segments
        return _divided(segments, i, ("volume", match["volume"]), ("pages", match["page"]))
    return segments


#: A range of numbers alone: "41–45,", "143–62.".
_NUMBER_RANGE = re.compile(r"^(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5})[.,;]?$")


def _page_range_read_as_volume(segments: list[Segment]) -> list[Segment]:
    """ "Stanford Social Innovation Review" + "41–45," read as the volume, in a reference
    with no pages: a rising range that is no double volume ("35–36") is the pages."""
    for i, seg in enumerate(segments):
        if seg.label != "volume":
            continue
        match = _NUMBER_RANGE.match(seg.text.strip())
        if match is None:
            continue
        start, end = match["first"], match["last"]
        if len(end) < 2:
            return segments  # "82-2", "83-6": a volume and its issue
        end = start[: len(start) - len(end)] + end  # "143–62" ends at 162
        if int(end) <= int(start) + 1:
            return segments  # "35–36": two volumes bound as one; "35-14" falls
        return _splice(segments, i, 1, seg._replace(label="pages"))
    return segments


#: A year alone in brackets, as physics journals print it last: "(1983).".
_BRACKETED_YEAR = re.compile(r"^\((?:1[5-9]|20)\d\d[a-z]?\)[.,;]?$")
#: A volume, a comma and one number: "43, 59".
_VOLUME_COMMA_NUMBER = re.compile(r"^(?P<volume>\d{1,4},)\s*(?P<page>[A-Za-z]?\d{1,6})\.?$")


def _first_page_after_volume(segments: list[Segment]) -> list[Segment]:
    """ "Public Administration Review" + "43, 59" + "(1983)." (the physics journals' "J.
    Chem. Phys. 43, 59 (1983)"): before the bracketed year that ends the reference, the
    number after the volume's comma is the first page, not the issue."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "volume" or nxt.label != "date" or nxt.text[:1] != "(":
            continue
        if not _BRACKETED_YEAR.match(nxt.text.strip()):
            return segments  # "58, 1 (Summer 2004)": Chicago's volume and issue
        match = _VOLUME_COMMA_NUMBER.match(seg.text.strip())
        if match is None or any(s.label not in _AFTER_IMPRINT for s in segments[i + 2 :]):
            return segments
        return _divided(segments, i, ("volume", match["volume"]), ("pages", match["page"]))
    return segments


#: A place, then a name after a comma or colon: "Birmingham, Governance International,".
_PLACE_THEN_NAME = re.compile(r"^(?P<place>[^,:;]+[,:])\s+(?P<name>[A-Z][^,:;\d]*[^\W\d_][.,;]?)$")


def _imprint_read_as_journal(segments: list[Segment]) -> list[Segment]:
    """ "Birmingham, Governance International," or "Birmingham: Governance International;"
    read as a journal or a book, in a reference with no volume, pages, editor or
    imprint: a place (of the word list) and a name after it are the place and the
    publisher."""
    for i, seg in enumerate(segments):
        if seg.label not in ("journal", "container-title"):
            continue
        if "," not in seg.text and ":" not in seg.text:
            return segments
        match = _PLACE_THEN_NAME.match(seg.text.strip())
        if match is None or fields.opens_with_in(seg.text):
            return segments
        place, name = match["place"], match["name"]
        if not reads_as_places(place) or reads_as_places(name) or len(name.split()) > 6:
            return segments
        return _splice(
            segments,
            i,
            1,
            Segment("location", place, seg.confidence),
            Segment("publisher", name, seg.confidence),
        )
    return segments


#: A title's last words read as a name after it: "study. Milbank Q." after "… and case".
_TITLE_END_THEN_NAME = re.compile(r"^(?P<words>[a-zà-ÿ][^.?!]{0,60}[.?!])\s+(?P<rest>[A-Z].*)$")


def _title_end_read_as_author(segments: list[Segment]) -> list[Segment]:
    """ "… literature review and case" + "study. Milbank Q." with the second read as an
    author: names never open in small letters, so its words up to the full stop end the
    title, and what follows, before the numbers, is the journal."""
    for i, seg in enumerate(segments[1:-1], start=1):
        if seg.label != "author" or segments[i - 1].label != "title":
            continue
        match = _TITLE_END_THEN_NAME.match(seg.text)
        if match is None or segments[i + 1].label not in ("date", "volume"):
            return segments
        title = segments[i - 1]
        return _splice(
            segments,
            i - 1,
            2,
            Segment("title", f"{title.text} {match['words']}", title.confidence),
            Segment("journal", match["rest"], seg.confidence),
        )
    return segments


#: A quoted title and the word opening the book it is in: "« Resilience … » dans".
_QUOTED_TITLE_THEN_IN = re.compile(r"^(?P<title>.*[»”\"’';])\s+(?P<mark>(?i:in|en|dans|im):?)$")


def _in_mark_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "« Resilience in public administration … » dans" or German "… concept; in:" read
    as the title: the word after the closing quote or the semicolon opens the editors, the
    book or the journal."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        nxt = segments[i + 1]
        match = _QUOTED_TITLE_THEN_IN.match(seg.text)
        if match is None or nxt.label not in ("editor", "container-title", "journal"):
            return segments
        return _boundary_moved(segments, i, match["title"], f"{match['mark']} {nxt.text}")
    return segments


#: One Vancouver name: "Bovaird T", "van Meerkerk I", "Young Keefe J".
_VANCOUVER_NAME = r"(?:[a-z]{2,3}\s)*[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?\s[A-Z]{1,3}"
#: "In: Bovaird T, Loeffler E. Public management and governance": Vancouver names after
#: "In:" with no editors' mark, closed by a full stop before the book (the colon too:
#: "In Collected Papers I. The Problem …" names no one); a chapter's title may come
#: first ("… failure. In: Watson S, Moran A. Trust, risk and uncertainty.").
_IN_VANCOUVER_EDITORS_BOOK = re.compile(
    r"^(?:(?P<head>.*?[.?!’”\"])\s+)?(?P<editors>In:\s+"
    rf"{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME})*(?:,?\set\sal)?\.)"
    r"\s+(?P<book>[A-Z0-9\"“‘].*)$"
)


def _vancouver_editors_after_in(segments: list[Segment]) -> list[Segment]:
    """ "In: Bovaird T, Loeffler E. Public management and governance" read as the book,
    or "… failure. In: Watson S, Moran A. Trust, risk and uncertainty." read into the
    chapter's title, in a reference with no editors: the names after "In" are the
    editors (Vancouver lists print no mark), the sentence after them the book."""
    labels = [s.label for s in segments]
    for i, seg in enumerate(segments):
        if seg.label not in ("title", "container-title") or "In" not in seg.text:
            continue
        match = _IN_VANCOUVER_EDITORS_BOOK.match(seg.text)
        if match is None:
            continue
        if (seg.label == "title") != bool(match["head"]) or (
            seg.label == "title" and "container-title" in labels
        ):
            return segments  # a chapter's title before the mark, or the book alone
        pieces = (("title", "head"), ("editor", "editors"), ("container-title", "book"))
        return _cut_by_groups(segments, i, match, *pieces)
    return segments


def _book_read_as_title(segments: list[Segment]) -> list[Segment]:
    """ "in Public management and governance," read as the title before "eds. T. Bovaird
    and …" (styles that print no chapter title): a title opening with a small "in" and
    followed by the editors is the book."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        if not (_OPENS_WITH_IN.match(seg.text) and segments[i + 1].label == "editor"):
            return segments
        return _splice(segments, i, 1, seg._replace(label="container-title"))
    return segments


_OPENS_WITH_IN = re.compile(r"^in:?\s+[A-Z\d]")


#: Editors named before their mark, as ACM prints them after the book: "T. Bovaird and
#: E. Loeffler, eds." (and what the labeller ran into it: "… eds. Routledge.").
_NAMES_THEN_EDS = re.compile(
    r"^(?P<names>(?:(?:(?:[A-Z]\.\s?)+|[A-Z][a-zà-ÿ]+\s+(?:[A-Z]\.\s+)*)[A-Z]"
    r"|[A-Z][\w'’-]+,\s+[A-Z]\.).*?,?\s+(?i:eds?)\.)[;,]?(?:\s+(?P<rest>[A-Z].*))?$"
)

#: Editors in brackets, named after their mark, as entomology journals print them after
#: the book: "(ed by S Watson & A Moran)" (and the imprint run into them: "… Loeffler)
#: Routledge, Abingdon and New York,").
_BRACKETED_EDS_THEN_NAMES = re.compile(
    r"^(?P<names>\((?i:eds?\.?\s+by|edited\s+by|eds?\.)\s+[A-Z][^()]*\))[;,.]?"
    r"(?:\s+(?P<rest>[A-Z].*))?$"
)


#: Wiley's title-less chapter read as one editors' segment: "T. Bovaird, E. Loeffler, In
#: Trust, risk and uncertainty (Eds.:" before the names.
_AUTHORS_IN_BOOK_THEN_MARK = re.compile(
    r"^(?P<authors>[^()]+?),\s+(?P<book>[Ii]n\s+[^()]+?)\s+(?P<mark>\((?:Eds?|Hrsg|Éds?)\.?:?)$"
)
#: An editors' mark in brackets opening a segment: "(Eds.: Kassen, T. R.; …)".
_OPENING_EDITORS_MARK = re.compile(r"^\((?:Eds?|Hrsg|Éds?)\.?:?\s")


def _wiley_chapter_editors(segments: list[Segment]) -> list[Segment]:
    """Wiley's "T. Bovaird, E. Loeffler, In Trust, risk and uncertainty (Eds.: Watson, S.;
    Moran, A.), Palgrave Macmillan, …" read with the authors, the book and the editors'
    mark as editors and the editors as authors, or "(Eds.: Kassen, T. R.; …)," read as
    authors (or "(Eds S Watson, A Moran.)" as the publisher): what opens with an editors'
    mark is the editors; the names before "In" are the authors and the words after it
    the book."""
    for i, seg in enumerate(segments):
        if (
            seg.text[:1] == "("
            and i
            and seg.label in ("author", "publisher", "note", "location")
            and _OPENING_EDITORS_MARK.match(seg.text)
        ):
            return _splice(segments, i, 1, seg._replace(label="editor"))
        if seg.label != "editor" or i + 1 >= len(segments) or ", In " not in seg.text:
            continue
        nxt = segments[i + 1]
        match = _AUTHORS_IN_BOOK_THEN_MARK.match(seg.text)
        if match is None or nxt.label not in ("author", "editor"):
            return segments
        return _splice(
            segments,
            i,
            2,
            seg._replace(label="author", text=match["authors"] + ","),
            seg._replace(label="container-title", text=match["book"]),
            nxt._replace(label="editor", text=f"{match['mark']} {nxt.text}"),
        )
    return segments


#: Bracketed editors and a name after them: "(Eds.: Edelenbos, J.; …), Edward Elgar,".
_BRACKETED_EDITORS_THEN_NAME = re.compile(r"^(?P<editors>\([^()]+\)),\s+(?P<name>[A-Z][^(),]*,?)$")


def _publisher_after_bracketed_editors(segments: list[Segment]) -> list[Segment]:
    """ "(Eds.: Edelenbos, J.; Meerkerk, I. van), Edward Elgar," + "Cheltenham,": the name
    after the bracket, before the place, is the publisher."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label != "editor" or segments[i + 1].label != "location" or "), " not in seg.text:
            continue
        match = _BRACKETED_EDITORS_THEN_NAME.match(seg.text.strip())
        if match is None:
            return segments
        return _divided(
            segments, i, ("editor", match["editors"] + ","), ("publisher", match["name"])
        )
    return segments


def _bracketed_editors_cut(segments: list[Segment]) -> list[Segment]:
    """ "(ed by TR Kassen, D Cepiku &" + "TJ Lah) Routledge,": the names up to the closing
    bracket end the editors."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "editor" or seg.text.count("(") <= seg.text.count(")"):
            continue
        names, bracket, rest = nxt.text.partition(")")
        if not bracket or len(names) > 40 or "(" in names or any(c.isdigit() for c in names):
            return segments
        editors = seg._replace(text=f"{seg.text} {names})")
        if not rest.strip(" ,.;:"):
            return _splice(segments, i, 2, editors)
        return _splice(segments, i, 2, editors, nxt._replace(text=rest.lstrip(" ,.;:")))
    return segments


def _book_out_of_title_before_editors(segments: list[Segment]) -> list[Segment]:
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
        cut = next(reversed(list(_TITLE_BOUNDARY.finditer(seg.text))), None)
        if cut is None or len(seg.text[: cut.start()].split()) < 2:
            return segments
        found = [
            seg._replace(text=seg.text[: cut.end()].rstrip()),
            seg._replace(label="container-title", text=seg.text[cut.end() :]),
            editors._replace(text=match["names"]),
        ]
        if match["rest"] and not any(s.label == "publisher" for s in segments):
            found.append(editors._replace(label="publisher", text=match["rest"]))
        return _splice(segments, i, 2, *found)
    return segments


#: GOST's book and its editors after a slash: "Trust, risk and uncertainty / под ред. S.
#: Watson, A. Moran.", "… / ed. by S. Watson".
_BOOK_SLASH_EDITORS = re.compile(
    r"^(?P<book>\S.*?)\s+/\s+(?P<editors>(?:под\s+(?:общ\.\s+)?ред\.|(?i:ed\.\s+by|eds?\.|"
    r"edited\s+by|hrsg\.\s+v\.|hrsg\.))\s*\S.*)$"
)


def _editors_after_slash(segments: list[Segment]) -> list[Segment]:
    """ "Trust, risk and uncertainty / под ред. S. Watson, A. Moran." read as one piece: the
    words before the slash are the book, those after it its editors."""
    for i, seg in enumerate(segments):
        if seg.label not in ("editor", "container-title") or " / " not in seg.text:
            continue
        match = _BOOK_SLASH_EDITORS.match(seg.text)
        if match:
            return _divided(
                segments, i, ("container-title", match["book"]), ("editor", match["editors"])
            )
    return segments


#: A year opening the volume: "2017, vol. 83, nᵒ 4," (French and ISO 690 styles), "2017,
#: 83," (the Royal Society of Chemistry's year, volume, pages).
_YEAR_THEN_VOLUME = re.compile(
    r"^(?P<date>(?:1[5-9]\d\d|20[0-4]\d)[a-z]?,)\s+"
    r"(?P<volume>(?i:vol|v\.|t\.|bd|jg)\S*\s*\d.*|\d{1,4}[a-z]?[,.]?)$"
)


def _date_out_of_volume_start(segments: list[Segment]) -> list[Segment]:
    """ "2017, vol. 83, nᵒ 4," or "2017, 83," read as the volume, in a reference with no
    date: the year before the volume is the date."""
    return _split_matching(
        segments, "volume", _YEAR_THEN_VOLUME, ("date", "date"), ("volume", "volume")
    )


#: An issue number alone: "№ 3.", "No. 4", "Nr. 2", "H. 3", "n° 12".
_ISSUE_ONLY = re.compile(
    r"^(?:№|n°|no\.?|nr\.?|heft|h\.)\s*\d{1,4}[a-z]?(?:\s*[-–/]\s*\d{1,4})?[.,;]?$", re.I
)


def _issue_read_as_genre(segments: list[Segment]) -> list[Segment]:
    """ "№ 3." read as the genre, as GOST prints an issue after the year ("2018. № 3. С.
    45–67."): a volume segment, whose number is read as the issue."""
    if not any(s.label == "genre" and _ISSUE_ONLY.match(s.text) for s in segments):
        return segments
    return [
        s._replace(label="volume") if s.label == "genre" and _ISSUE_ONLY.match(s.text) else s
        for s in segments
    ]


#: ABNT's volume: "v. 11, n. 25,".
_ABNT_VOLUME = re.compile(r"^v\.\s*\d")
_JOURNAL_THEN_CITY = re.compile(r"^(?P<journal>.*\S,)\s+(?P<city>[A-ZÀ-Ý][^,]{1,30},?)$")


def _capitals_first(segments: list[Segment]) -> bool:
    """Whether the reference opens with a family name in capitals, as ABNT prints it
    ("SALM, José Francisco;")."""
    first = segments[0].text.split(",")[0] if segments[0].label == "author" else ""
    return len(first) > 2 and first.isupper()


def _city_out_of_abnt_journal(segments: list[Segment]) -> list[Segment]:
    """ABNT prints the journal's city before the volume: "Revista de Ciências da
    Administração, Florianópolis," + "v. 11, n. 25,": a last comma part of one to three
    capitalised words (no journal's word) is the place, when it is a known place or the
    reference opens with a family name in capitals (geology's "Acta Universitatis
    Carolinae, Geologica, v. 48" prints a series there)."""
    if any(s.label == "location" for s in segments):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "journal" or not _ABNT_VOLUME.match(segments[i + 1].text):
            continue
        match = _JOURNAL_THEN_CITY.match(seg.text)
        if match is None:
            return segments
        words = match.group("city").split()
        if len(words) > 3 or lexicon_hit("journal_words", match.group("city")):
            return segments
        if not all(w[:1].isupper() or w in ("de", "do", "da", "dos", "das") for w in words):
            return segments
        if not (reads_as_place(match.group("city").rstrip(",")) or _capitals_first(segments)):
            return segments
        return _divided(
            segments, i, ("journal", match.group("journal")), ("location", match.group("city"))
        )
    return segments


#: Names in reading order that end an author list cut after a middle initial: "Pancake
#: and Sue Utter." before the title's first sentence.
_NAMES_ENDING = re.compile(
    r"^(?P<names>[A-ZÀ-Ý][\w'’-]+(?:,?\s+(?:and|&)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-Z]\.)*"
    r"\s+[A-ZÀ-Ý][\w'’-]+)+\.)\s+(?P<title>[A-ZÀ-Ý\"“‘].*)$"
)
_ENDS_IN_INITIAL = re.compile(r"^[A-ZÀ-Ý][\w'’-]+\s+(?:[A-Z]\.\s?)+$")


def _names_cut_after_initial(segments: list[Segment]) -> list[Segment]:
    """ "Cherri M." + "Pancake and Sue Utter. Models for visualization …": an author list
    in reading order cut after a middle initial goes on in the title, up to the sentence
    that ends the names."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        if not _ENDS_IN_INITIAL.match(seg.text):
            return segments
        title = segments[i + 1]
        match = _NAMES_ENDING.match(title.text)
        if match is None:
            return segments
        return _splice(
            segments,
            i,
            2,
            Segment("author", f"{seg.text} {match.group('names')}", seg.confidence),
            Segment("title", match.group("title"), title.confidence),
        )
    return segments


#: One inverted name with a middle initial, and a title's first word after it:
#: "Hirschman, Albert O. Exit,".
_NAME_THEN_TITLE_WORD = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w'’-]+,\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-Z]\.)+)\s+(?P<word>[A-ZÀ-Ý][\w'’-]+,?)$"
)


def _title_word_out_of_name(segments: list[Segment]) -> list[Segment]:
    """ "Hirschman, Albert O. Exit," + "Voice, and Loyalty: …": a word after the middle
    initial that closes one inverted name opens the title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        title = segments[i + 1]
        match = _NAME_THEN_TITLE_WORD.match(seg.text)
        if match is None:
            return segments
        return _splice(
            segments,
            i,
            2,
            Segment("author", match["name"], seg.confidence),
            Segment("title", f"{match['word']} {title.text}", title.confidence),
        )
    return segments


#: Inverted names with initials between semicolons (ACS, MDPI), and words after the last
#: initials: "Aligica, P.; Tarko, V. Co-Production, Polycentricity, and Value
#: Heterogeneity:". One name alone is left as it is: "Wagner, C. Peter," has that shape.
_INVERTED_INITIALS = (
    r"[A-Za-zÀ-ÿ][\w'’-]+(?:\s+[A-Za-zÀ-ÿ][\w'’-]+){0,3},\s+(?:[A-ZÀ-Ý]\.\s?-?)*[A-ZÀ-Ý]\."
)
_INVERTED_NAMES_THEN_WORDS = re.compile(
    rf"^(?P<names>{_INVERTED_INITIALS}(?:;\s+{_INVERTED_INITIALS})+)\s+"
    r"(?P<rest>(?:[“\"‘«]\s*)?[A-ZÀ-Ý][\w'’-]+[^;]*)$"
)
_NAME_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))


def _title_words_out_of_inverted_names(segments: list[Segment]) -> list[Segment]:
    """ "Aligica, P.; Tarko, V. Co-Production, Polycentricity," + "The Ostroms' …" or
    "Lindsay, C.; …; Van Der Meer, R. Collaborative Innovation …" before the journal: the
    words after the last name's initials are the title's (ACS and MDPI print the
    title right after the names, between semicolons)."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        if ";" not in seg.text:
            return segments  # the cheap test first: a semicolon list
        match = _INVERTED_NAMES_THEN_WORDS.match(seg.text)
        if match is None or match["rest"].split()[0].strip(".,") in _NAME_SUFFIXES:
            return segments
        nxt = segments[i + 1]
        if nxt.label == "title":
            title = nxt._replace(text=f"{match['rest']} {nxt.text}")
            return _splice(segments, i, 2, seg._replace(text=match["names"]), title)
        if any(s.label == "title" for s in segments):
            return segments
        return _divided(segments, i, ("author", match["names"]), ("title", match["rest"]))
    return segments


#: A name in reading order, full given name first: "Zoe Radnor", "Gregg G. Van Ryzin".
_READING_NAME = (
    r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:[A-ZÀ-Ý]\.\s?)+|\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?"
    r"\s+(?:(?:van|de|von|der|den|da|di|du|la|le)\s+)*[A-ZÀ-Ý][\w'’-]+"
)
_READING_NAMES = rf"{_READING_NAME}(?:,\s+{_READING_NAME})*(?:,?\s+(?:and|&)\s+{_READING_NAME})?"
#: Words of a title that no name in reading order has.
_TITLE_WORDS = frozenset("the a an their his her its our of on in for to with from".split())
_READING_NAMES_ENDING = re.compile(rf"^{_READING_NAMES},$")
_READING_NAMES_THEN_TITLE = re.compile(
    rf"^(?P<names>{_READING_NAMES})\.\s+(?P<title>[A-ZÀ-Ý“\"‘«].*)$"
)


#: "Family, Given" names joined by dashes, as Italian styles print a list, then the title:
#: "Osborne, Stephen P. – Radnor, Zoe – Strokosch, Kirsty, Co-Production and …".
_DASHED_FAMILY_GIVEN = (
    r"(?:[a-z]{1,3}\s)*[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){0,2},"
    r"\s[A-ZÀ-Þ][\w'’-]*\.?(?:\s[A-ZÀ-Þ][\w'’-]*\.?){0,3}"
)
_DASHED_NAMES_THEN_REST = re.compile(
    rf"^(?P<names>{_DASHED_FAMILY_GIVEN}(?:\s[–—]\s{_DASHED_FAMILY_GIVEN})+),\s+(?P<rest>\S.*)$"
)


def _dashed_names_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Osborne, Stephen P." + "– Radnor, Zoe – Strokosch, Kirsty, Co-Production …" (a
    list joined by dashes, cut after its first name): the names up to the comma after
    the last one are the authors, the rest is what the model read it as."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        head = segments[i + 1].text[:80]
        if "– " not in head and "— " not in head:
            return segments  # the cheap test first: a dash near the start of what follows
        nxt = segments[i + 1]
        joined = f"{seg.text.strip()} {nxt.text}"
        match = _DASHED_NAMES_THEN_REST.match(joined)
        if match is None or match.end("names") <= len(seg.text.strip()):
            return segments
        return _boundary_moved(segments, i, match["names"] + ",", match["rest"])
    return segments


def _et_al_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "Lasker J., Collom E., Bealer T.," + "i in., Time banking and health …" (Polish
    "i in.", German "u. a." after a list cut short): the "et al." ends the authors."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        et_al = opening_et_al(nxt.text) if nxt.label == "title" else ""
        rest = nxt.text[len(et_al) :].lstrip(" ,;:")
        if not et_al or not rest:
            return segments
        return _boundary_moved(segments, i, f"{seg.text.strip()} {et_al.strip()}", rest)
    return segments


#: A body's name, then the same words again after a comma: "OECD, OECD", "ISO, ISO".
_BODY_REPEATED = re.compile(r"^(?P<body>[^,]{2,80}),\s+(?P=body)$")


def _repeated_body_opening_title(segments: list[Segment]) -> list[Segment]:
    """ "OECD, OECD" + "Employment Outlook 2019: …" (a body's report whose title opens
    with the body's name, as "OECD Employment Outlook"): the repeated name opens the
    title."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        match = _BODY_REPEATED.match(seg.text.strip()) if nxt.label == "title" else None
        if match is None or nxt.text[:1] in OPENING_QUOTES:
            return segments  # "Ruhazi, Ruhazi" + "“Edo Aja …”": a person's two names
        body = match["body"]
        return _boundary_moved(segments, i, f"{body},", f"{body} {nxt.text}")
    return segments


#: Names as "Family, I" (the Australian Government and other Harvard styles' list):
#: "Young Keefe, J & Kratzer, Z", the end of a list cut after a comma.
_FAMILY_INITIALS = r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){0,2},\s(?:[A-Z]\.?\s?){1,3}"
_FAMILY_INITIALS_LIST_END = re.compile(
    rf"^(?:{_FAMILY_INITIALS}(?:,|\s&|\sand)\s+)*{_FAMILY_INITIALS}[.,]?$"
)
_FAMILY_INITIALS_CUT = re.compile(rf"{_FAMILY_INITIALS},$")


def _names_run_on_before_date(segments: list[Segment]) -> list[Segment]:
    """ "Lasker, J, …, Niclaus, E," + "Young Keefe," + "J & Kratzer, Z" + "2011," (a
    double family name without a hyphen breaks the list, and the rest is read as a title
    and a journal): the segments between a list cut after a comma and the date that
    read as more names of its shape are more authors."""
    for i in range(len(segments) - 2):
        seg = segments[i]
        if seg.label != "author":
            continue
        text = seg.text.rstrip()
        if text[-1:] != "," or not (text[-2:-1].isupper() or text[-3:-2].isupper()):
            return segments  # the cheap test first: an initial and a comma end the names
        if segments[i + 1].label == "date":
            return segments  # the usual case: the date right after the names
        if not _FAMILY_INITIALS_CUT.search(text[-80:]):
            return segments
        for k in range(i + 2, min(i + 5, len(segments))):
            if segments[k].label != "date":
                continue
            more = " ".join(s.text.strip() for s in segments[i + 1 : k])
            if not _FAMILY_INITIALS_LIST_END.match(more):
                return segments
            return _splice(segments, i, k - i, seg._replace(text=f"{seg.text.strip()} {more}"))
        return segments
    return segments


def _names_read_into_title(segments: list[Segment]) -> list[Segment]:
    """ "Stephen P. Osborne," + "Zoe Radnor, Kirsty Strokosch. Co-Production and …" (a
    list of full names in reading order, cut after its first name): the names up to the
    first full stop go back to the authors, when they are people with given names; so do
    Vancouver names after a Vancouver list cut after a comma ("Niclaus E," + "Young Keefe
    J, Kratzer Z. Time banking …")."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author":
            continue
        nxt = segments[i + 1]
        if nxt.label != "title" or not seg.text.rstrip().endswith(","):
            return segments  # the cheap test first: names cut after a comma
        if _VANCOUVER_LAST_NAME.search(seg.text.strip()):
            # "Lasker J, …, Niclaus E," + "Young Keefe J, Kratzer Z. Time banking …"
            vancouver = _VANCOUVER_NAMES_THEN_WORDS.match(nxt.text)
            if vancouver is None:
                return segments
            return _boundary_moved(
                segments, i, f"{seg.text.strip()} {vancouver['names']}", vancouver["rest"]
            )
        if not _READING_NAMES_ENDING.match(seg.text.strip()):
            return segments
        match = _READING_NAMES_THEN_TITLE.match(nxt.text)
        if match is None:
            return segments
        if any(w.lower() in _TITLE_WORDS for w in match["names"].split()):
            return segments  # "The Dead and Their Gifts."
        people = parse_name_list(match["names"]).names
        if not people or any(p.is_body or not p.given for p in people):
            return segments
        return _boundary_moved(segments, i, f"{seg.text.strip()} {match['names']}.", match["title"])
    return segments


def _title_words_out_of_vancouver_names(segments: list[Segment]) -> list[Segment]:
    """ "Rippon S, Hopkins T. Head," + "hands and heart: …": the words after the full stop
    that ends a Vancouver list's last initials open the title. One name alone ("Bovaird
    T. Beyond") is left as it is unless the title goes on in small letters or the list is
    numbered: it has the shape of a name in reading order ("Derek W. Urwin")."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        match = _VANCOUVER_NAMES_THEN_WORDS.match(seg.text)
        if match is None:
            return segments
        words = match["rest"]
        if not words or len(words) > 40 or "." in words or not words[1:2].islower():
            return segments
        if lexicon_hit("given_names", seg.text.split()[0]):
            return segments  # "Mark C. Suchman": a name in reading order, not "Bovaird T."
        alone = "," not in match["names"] and not segments[i + 1].text[:1].islower()
        numbered = segments[0].label == "citation-number" and words.isalpha()
        if alone and not numbered:
            # "Derek W. Urwin," alone: a name in reading order too; in a numbered list
            # "Bovaird T. Beyond" + "Engagement …" (but not "Edgar S. Cahn:")
            return segments
        title = segments[i + 1]
        return _splice(
            segments,
            i,
            2,
            seg._replace(text=match["names"]),
            title._replace(text=f"{words} {title.text}"),
        )
    return segments


#: An author list in reading order that ends with its last name: "… and P. Yu".
_LIST_ENDS_WITH_NAME = re.compile(r"(?:\band|&)\s+(?:[A-Z]\.\s?)+[A-ZÀ-Ý][\w'’-]+$")


def _title_out_of_names(segments: list[Segment]) -> list[Segment]:
    """ "M. Han and P. Yu, Normal Forms," + "Melnikov Functions …": after an author list
    in reading order ended by "and" and its last name, a comma part with no initial is
    the title's opening words."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "author" or segments[i + 1].label != "title":
            continue
        head, comma, last = seg.text.rstrip(" ,").rpartition(", ")
        if not comma or not _LIST_ENDS_WITH_NAME.search(head):
            return segments
        words = last.split()
        if len(words) < 2 or any(_is_initial_word(w) for w in words):
            return segments
        title = segments[i + 1]
        return _splice(
            segments,
            i,
            2,
            Segment("author", head + ",", seg.confidence),
            Segment("title", f"{last}, {title.text}", title.confidence),
        )
    return segments


def _medium_named_in_note(segments: list[Segment]) -> list[Segment]:
    """Vancouver's "BMJ [Internet]." read as a note: a name followed by its medium is the
    title, or the journal when the reference has its title already."""
    for i, seg in enumerate(segments):
        if seg.label != "note":
            continue
        name = fields.without_medium(seg.text.rstrip(" .,;"))
        if name != seg.text.rstrip(" .,;") and _letters(name):
            has_title = any(s.label == "title" for s in segments[:i])
            label = "journal" if has_title else "title"
            return _splice(segments, i, 1, Segment(label, seg.text, seg.confidence))
    return segments


#: Vancouver's author list, each family name with its initials in capitals, then the
#: title run into it: "Brown A, Smith B. Co-production. BMJ.".
_VANCOUVER_NAMES_THEN_WORDS = re.compile(
    r"^(?P<names>(?:[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þa-z][\w'’-]+){0,2}\s[A-Z]{1,4},\s)*"
    r"[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þa-z][\w'’-]+){0,2}\s[A-Z]{1,4}(?:,?\set\sal)?\.)"
    r"\s+(?P<rest>[A-ZÀ-Þ\"“‘].*)$"
)


def _title_out_of_vancouver_names(segments: list[Segment]) -> list[Segment]:
    """ "Brown A, Smith B. Co-production. BMJ." read as the authors, before the date or
    the numbers: after the full stop ending a Vancouver author list come the title and,
    after its own full stop, the journal (or the journal alone, when a word such as
    "Lancet." was read as the date)."""
    seg = segments[0]
    match = _VANCOUVER_NAMES_THEN_WORDS.match(seg.text)
    if seg.label != "author" or match is None or len(segments) < 2:
        return segments
    nxt, rest = segments[1], match.group("rest")
    names = Segment("author", match.group("names"), seg.confidence)
    if nxt.label == "date" and not any(ch.isdigit() for ch in nxt.text):
        journal = Segment("journal", nxt.text, nxt.confidence)
        return _splice(segments, 0, 2, names, Segment("title", rest, seg.confidence), journal)
    journal_text = _SENTENCE_END.split(rest)[-1]
    if journal_text == rest:
        return _splice(segments, 0, 1, names, Segment("title", rest, seg.confidence))
    title = Segment("title", rest[: len(rest) - len(journal_text)].rstrip(), seg.confidence)
    journal = Segment("journal", journal_text, seg.confidence)
    return _splice(segments, 0, 1, names, title, journal)


#: A volume and its issue before the pages, read as the pages: "176(1-2) p 145-157".
_VOLUME_THEN_PAGES = re.compile(
    r"^(?P<volume>\d+\s*\([^()]+\)[.,:]?)\s+(?P<pages>(?:pp?\.?\s*)?\d+\s*[-–]\s*\d+\.?)$"
)
#: A bare volume before the pages: RSC's "107, 726–741.", the "35:216–24." of many
#: science journals.
_BARE_VOLUME_THEN_PAGES = re.compile(
    r"^(?P<volume>\d{1,4}(?:,\s|:\s?))(?P<pages>\d+\s*[-–]\s*\d+\.?)$"
)


def _journal_read_as_publisher(segments: list[Segment]) -> list[Segment]:
    """ "Public Money and Management," + "39:241–252." read as a publisher and its pages,
    in a reference with no journal, container, volume or place: a name right before a
    volume, a colon and pages is the journal (a book's "Sage," + "12, 15–20." is not)."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label != "pages":
            continue
        if fields.split_compact(nxt.text, bare=True):  # "39:241–252.", "12(3): 45–67"
            return _splice(segments, i, 1, seg._replace(label="journal"))
    return segments


def _volume_out_of_pages(segments: list[Segment]) -> list[Segment]:
    """ "Toxicology, 2002, 176(1-2) p 145-157" with the numbers read as the pages, in a
    reference with no volume: the number and bracketed issue before them are the volume;
    so is a bare number before the range ("2013, 107, 726–741.", "35:216–24.") in an
    article, and an article's compact "107(4):726–741." is read as a volume."""
    found = _split_matching(
        segments, "pages", _VOLUME_THEN_PAGES, ("volume", "volume"), ("pages", "pages")
    )
    if found is segments and any(s.label == "journal" for s in segments):
        found = _split_matching(
            segments, "pages", _BARE_VOLUME_THEN_PAGES, ("volume", "volume"), ("pages", "pages")
        )
    if found is segments and any(s.label == "journal" for s in segments):
        # "107(4):726–741." read as the pages: the compact numbers are read from a volume
        for i, seg in enumerate(segments):
            if (
                seg.label == "pages"
                and "(" in seg.text
                and fields.split_compact(seg.text, bare=True)
            ):
                return _splice(segments, i, 1, seg._replace(label="volume"))
    return found


#: A chapter's "in" inside its title, in the forms Polish and some other styles print:
#: "… governance failure, [w:] Trust, risk and uncertainty", "…, w: Administracja
#: publiczna", "… [In:] Book", and "In:" run into the book ("In:Critical reflections").
_IN_MARK_INSIDE = re.compile(
    r"^(?P<title>.*\w[\W]*?),?\s+(?:(?:\[(?:w|[Ii]n):\]|w:)\s+|In:(?=[A-Z]))(?P<book>\S.*)$"
)
#: A journal's name in quotes ending an unquoted title after a comma: "Koprodukcja usług
#: publicznych, „Samorząd Terytorialny”".
_TITLE_THEN_QUOTED_JOURNAL = (
    r"^(?P<title>[^“„«\"].*\w[\W]*?),\s+(?P<journal>[„“«\"][^„“”«»\"]{2,}[”»\"]"
)
_QUOTED_JOURNAL_ENDING = re.compile(rf"{_TITLE_THEN_QUOTED_JOURNAL}[,.]?)$")
#: The same with the issue after it: "…, „Stanford Social Innovation Review” nr Summer".
_QUOTED_JOURNAL_THEN_ISSUE = re.compile(
    rf"{_TITLE_THEN_QUOTED_JOURNAL})\s+(?P<issue>(?:t\.\s*\d+\s+)?nr\s+\S.*)$"
)


def _book_after_in_mark(segments: list[Segment]) -> list[Segment]:
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
        return _cut_by_groups(segments, i, match, ("title", "title"), ("container-title", "book"))
    return segments


#: A volume in roman numerals alone: "XL,", "LXXVI".
_ROMAN_VOLUME_ALONE = re.compile(r"^[IVXLC]{2,}[,.:]?$")


def _journal_in_quotes_ending_title(segments: list[Segment]) -> list[Segment]:
    """ "Koprodukcja usług publicznych, „Samorząd Terytorialny”" + "2015," read as one
    title, in a reference with no journal but for a roman volume read as one ("XL,"): a
    quoted name after the comma ending an unquoted title, with numbers after it, is the
    journal (Polish, Italian and Russian styles quote the journal, not the article)."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "title":
            continue
        nxt = segments[i + 1]
        roman = nxt.label == "journal" and _ROMAN_VOLUME_ALONE.match(nxt.text) is not None
        if not (roman or nxt.label in ("date", "volume", "pages")):
            return segments
        if seg.text.rstrip(" ,.")[-1:] not in '”»"':
            numbered = _QUOTED_JOURNAL_THEN_ISSUE.match(seg.text) if "nr" in seg.text else None
            if numbered is None or len(numbered["title"].split()) < 2:
                return segments  # "…, „Stanford Social Innovation Review” nr Summer"
            pieces = (("title", "title"), ("journal", "journal"), ("volume", "issue"))
            return _cut_by_groups(segments, i, numbered, *pieces)
        match = _QUOTED_JOURNAL_ENDING.match(seg.text)
        if match is None or len(match["title"].split()) < 2:
            return segments
        if roman:  # "“Local Government Studies”" + "XL," read as the journal
            issue = segments[i + 2] if i + 2 < len(segments) else None
            if issue is not None and issue.label == "volume":  # + "4,"
                merged = nxt._replace(label="volume", text=f"{nxt.text} {issue.text}")
                segments = _splice(segments, i + 1, 2, merged)
            else:
                segments = _splice(segments, i + 1, 1, nxt._replace(label="volume"))
        return _cut_by_groups(segments, i, match, ("title", "title"), ("journal", "journal"))
    return segments


def _places_out_of_book(segments: list[Segment]) -> list[Segment]:
    """ "Public management and governance, Abingdon and New York" + "2016," or + "S.
    162–177." (Italian, Slavic and German styles print the places with no publisher): in
    a reference with no place or publisher, the comma parts ending the book before the
    date or the pages that name places only are the place."""
    for i, seg in enumerate(segments[:-1]):
        if seg.label != "container-title" or segments[i + 1].label not in ("date", "pages"):
            continue
        book, comma, places = seg.text.rstrip(" ,").rpartition(",")
        if not comma or len(book.split()) < 2 or not reads_as_places(places):
            return segments
        return _splice(
            segments,
            i,
            1,
            seg._replace(text=book + ","),
            seg._replace(label="location", text=places.strip()),
        )
    return segments


#: The small words a book's title may end with before a place of its own: "… in London".
_BEFORE_A_TITLES_PLACE = frozenset(
    "in of for at from to across around and the de du des la le en à a di da dans im"
    " am aus für".split()
)


def _places_run_into_book(segments: list[Segment]) -> list[Segment]:
    """ "Trust, risk and uncertainty Houndmills," + "Basingstoke:" or "Public management
    and governance Abingdon and New York:" + "Routledge" (a style printing no full stop
    after the book): the places that end the book in sentence case, after a small-letter
    word that is no preposition, and before a comma or the publisher's colon, open the
    imprint."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "container-title" or nxt.label not in ("location", "publisher"):
            continue
        if seg.text.rstrip()[-1:] != ("," if nxt.label == "location" else ":"):
            return segments  # the places go on after a comma, or end at the colon
        words = seg.text.split()
        for k in range(min(5, len(words) - 2), 0, -1):
            before, places = words[-k - 1], " ".join(words[-k:])
            if not (places[:1].isupper() and before[:1].islower()):
                continue
            if before.lower() in _BEFORE_A_TITLES_PLACE or not reads_as_places(places):
                continue
            book = seg._replace(text=" ".join(words[:-k]))
            if nxt.label == "location":
                return _splice(segments, i, 2, book, nxt._replace(text=f"{places} {nxt.text}"))
            return _splice(segments, i, 1, book, seg._replace(label="location", text=places))
        return segments
    return segments


#: The word for "year" printed after it: Polish "2012 r.", Russian "2012 г.".
_YEAR_WORD = re.compile(r"^(?:r|г|rok)\.?[,.;]?$")


def _year_word_into_date(segments: list[Segment]) -> list[Segment]:
    """ "2012" + "r." with the Polish word for year read as a name or a note: it belongs
    to the date."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if prev.label == "date" and seg.text[:1] in "rг" and _YEAR_WORD.match(seg.text):
            return _splice(segments, i - 1, 2, prev._replace(text=f"{prev.text} {seg.text}"))
    return segments


#: The pages of a chapter ending its title (CSE prints them before the book): "… With and
#: Through Technology Pages 1096–1099".
_TITLE_THEN_PAGES = re.compile(
    r"^(?P<title>.*\w[.?!”\"’]?)\s+(?P<pages>(?:[Pp]ages|pp\.)\s*\d+\s*[-–]\s*\d+[.,]?)$"
)


def _pages_out_of_title(segments: list[Segment]) -> list[Segment]:
    """ "Digital Civics: … Technology Pages 1096–1099" + "in Proceedings …" with the pages
    read into the title, in a reference with no pages: they are the pages."""
    for i, seg in enumerate(segments):
        if seg.label != "title":
            continue
        if not seg.text.rstrip(" .,")[-1:].isdigit():
            return segments  # the cheap test first
        match = _TITLE_THEN_PAGES.match(seg.text)
        if match is None:
            return segments
        return _cut_by_groups(segments, i, match, ("title", "title"), ("pages", "pages"))
    return segments


#: A place, a colon and the start of the publisher's name: "Leiden: Leiden".
_PLACE_COLON_NAME = re.compile(r"^(?P<place>[^:]+:)\s+(?P<name>\S.*)$")


def _publisher_end_read_as_author(segments: list[Segment]) -> list[Segment]:
    """ "Leiden: Leiden" + "University." read as a place and an author: the words after
    the colon and the word that goes on a name ("University", "Press") are the
    publisher."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if seg.label != "author" or prev.label != "location" or ":" not in prev.text:
            continue
        word = seg.text.strip(" .,;")
        match = _PLACE_COLON_NAME.match(prev.text)
        if match is None or " " in word or word.lower() not in _NAME_GOES_ON:
            return segments
        publisher = seg._replace(label="publisher", text=f"{match['name']} {seg.text}")
        return _splice(segments, i - 1, 2, prev._replace(text=match["place"]), publisher)
    return segments


def _campus_read_as_place(segments: list[Segment]) -> list[Segment]:
    """ "Los Angeles:" + "University of California," + "Los Angeles." read as place,
    publisher and place again: a place after a university's name, when the imprint
    already has its place, is the campus, part of the university's name."""
    for i in range(1, len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "publisher" or nxt.label != "location":
            continue
        if not seg.text.startswith("University of") or not seg.text.rstrip().endswith(","):
            return segments
        if not any(s.label == "location" for s in segments[:i]):
            return segments
        return _splice(segments, i, 2, seg._replace(text=f"{seg.text} {nxt.text}"))
    return segments


#: A volume in roman numerals ending a journal's name: "“American Political Science
#: Review” CVII," (Italian and Slavic styles quote the journal and print the volume so).
_ROMAN_AFTER_JOURNAL = re.compile(r"^(?P<journal>.*\S)\s+(?P<volume>[IVXLC]{2,}[,.:]?)$")
#: An issue printed bare after such a volume: "4,".
_BARE_ISSUE = re.compile(r"^\d{1,4}[,.:;]?$")


def _roman_volume_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "“American Political Science Review” CVII," + "4,": the roman numerals after a
    quoted journal, or before a bare issue, are the volume ("Lunar and Planetary Science
    XXV," before its pages stays a name)."""
    for i, seg in enumerate(segments):
        if seg.label != "journal" or seg.text.rstrip(" ,.:")[-1:] not in "IVXLC":
            continue
        match = _ROMAN_AFTER_JOURNAL.match(seg.text.rstrip())
        if match is None:
            return segments
        after = segments[i + 1] if i + 1 < len(segments) else None
        if after is not None and after.label != "volume":
            after = None
        if after is not None and not _BARE_ISSUE.match(after.text):
            return segments
        if after is None and match["journal"].rstrip(" ,")[-1:] not in '”"»':
            return segments
        journal = seg._replace(text=match["journal"])
        if after is not None:
            volume = after._replace(text=f"{match['volume']} {after.text}")
            return _splice(segments, i, 2, journal, volume)
        return _splice(segments, i, 1, journal, seg._replace(label="volume", text=match["volume"]))
    return segments


#: A volume in small roman numerals, maybe with its issue, ending the journal's name:
#: "Public Administration Review lxxvi", "Health Promotion Practice xii/1" (the Journal
#: of Ecclesiastical History's style).
_SMALL_ROMAN_ENDING_JOURNAL = re.compile(
    r"^(?P<journal>.*\S)\s+(?P<volume>(?=[ivxlc]{2,}\b)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
    r"(?:/\d{1,3})?)$"
)


_CONTAINER_LABELS = frozenset(("journal", "container-title"))


def _small_roman_volume_out_of_journal(segments: list[Segment]) -> list[Segment]:
    """ "Public Administration Review lxxvi" + "(2016),": small roman numerals ending the
    journal (or a container: they make it a journal), right before the year, are its
    volume, and the number after a slash its issue."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in _CONTAINER_LABELS or segments[i + 1].label != "date":
            continue
        match = _SMALL_ROMAN_ENDING_JOURNAL.match(seg.text.rstrip(" ,."))
        if match is None:
            return segments
        volume = match["volume"].replace("/", "(", 1) + (")" if "/" in match["volume"] else "")
        journal = seg._replace(label="journal", text=match["journal"])
        pieces = [journal, seg._replace(label="volume", text=volume)]
        return _splice(segments, i, 1, *pieces)
    return segments


#: ABNT's issue before the pages, read with them: "n. 8, p. 1317–1352", French "nᵒ 4,
#: p. 216‑224".
_ISSUE_THEN_PAGES = re.compile(
    r"^(?P<issue>(?:n\.|no\.|nr\.?|n[º°ᵒ])\s*[\w/–-]+,)\s+(?P<pages>(?:pp?\.\s*)?\d.*)$", re.I
)
#: ABNT's issue ending the journal's name: "Stanford Social Innovation Review n. Summer,";
#: French styles' after the year: "2015, nᵒ Summer,".
_JOURNAL_THEN_ISSUE = re.compile(
    r"^(?P<journal>.*\w),?\s+(?P<issue>(?:n\.|no\.|nr\.?|n[º°ᵒ])\s*\w[\w/–-]*,?)$", re.I
)


def _issue_out_of_neighbours(segments: list[Segment]) -> list[Segment]:
    """ "v. 73," + "n. 8, p. 1317–1352" or "Stanford Social Innovation Review n. Summer,"
    (ABNT), "2015, nᵒ Summer," (French): the issue read into the pages, the journal's
    name or the date joins the volume, or is the volume segment when there is none."""
    for i, seg in enumerate(segments):
        if seg.label == "pages" and seg.text[:1] in "nN":
            match, first, second = _ISSUE_THEN_PAGES.match(seg.text), "issue", "pages"
        elif seg.label in ("journal", "date") and (" n" in seg.text or " N" in seg.text):
            match, first, second = _JOURNAL_THEN_ISSUE.match(seg.text), "journal", "issue"
        else:
            continue
        if match is None:
            continue
        issue = seg._replace(label="volume", text=match["issue"])
        other = seg._replace(text=match[second if first == "issue" else first])
        pieces = [issue, other] if first == "issue" else [other, issue]
        at, count = i, 1
        if first == "issue" and i and segments[i - 1].label == "volume":
            before = segments[i - 1]
            pieces = [before._replace(text=f"{before.text} {match['issue']}"), other]
            at, count = i - 1, 2
        elif first == "journal" and i + 1 < len(segments) and segments[i + 1].label == "volume":
            after = segments[i + 1]
            pieces = [other, after._replace(text=f"{match['issue']} {after.text}")]
            count = 2
        return _splice(segments, at, count, *pieces)
    return segments


_Rule = Callable[[list[Segment]], list[Segment]]


class _When(NamedTuple):
    """The label sequences a rule may change (a rule never changes a reference whose
    labels this refuses): they hold all labels of one of `needs`, a segment labelled one
    of `after[0]` right before one labelled one of `after[1]` when `after` is given, and
    none of `lacks`."""

    needs: tuple[frozenset[str], ...]
    after: tuple[frozenset[str], frozenset[str]] | None
    lacks: frozenset[str]

    def allows(self, labels: tuple[str, ...]) -> bool:
        """Whether a reference with these labels, in order, may need the rule."""
        present = set(labels)
        if present & self.lacks or not any(need <= present for need in self.needs):
            return False
        if self.after is None:
            return True
        first, then = self.after
        return any(a in first and b in then for a, b in pairwise(labels))


def _needs(*alternatives: str, after: str = "", lacks: str = "") -> _When:
    """A rule's `_When`: the label sets it needs, any one of them ("title volume",
    "journal volume"); with `after` ("title > journal container-title") a segment of
    the first labels right before one of the second; with `lacks` labels it never
    mends a reference with."""
    first, _, then = after.partition(">")
    return _When(
        tuple(frozenset(a.split()) for a in alternatives),
        (frozenset(first.split()), frozenset(then.split())) if after else None,
        frozenset(lacks.split()),
    )


#: The segment rules, in the order they run, each with the labels it needs: each takes
#: the segments and gives them back mended, or unchanged when its pattern is absent.
_SEGMENT_RULES: tuple[tuple[_Rule, _When], ...] = (
    # "Niclaus, E," + "Young Keefe," + "J & Kratzer, Z" + "2011,"
    (_names_run_on_before_date, _needs("author date")),
    # "Osborne, Stephen P." + "– Radnor, Zoe – Strokosch, Kirsty, Co-Production …"
    (_dashed_names_out_of_title, _needs("author")),
    # "Bealer T.," + "i in., Time banking …"
    (_et_al_opening_title, _needs("author title", after="author > title")),
    # "OECD, OECD" + "Employment Outlook 2019: …"
    (_repeated_body_opening_title, _needs("author title", after="author > title")),
    # "In E. Ostrom & V. Ostrom, Choice, rules" + "and collective action"
    (_split_container_from_editors, _needs("editor", after="editor > container-title")),
    # a container continuing a book's title
    (_merge_book_subtitle, _needs("title", after="title > container-title")),
    # "Title. Evidence & Policy 13:135–151." as one title
    (_numbers_out_of_title_end, _needs("title", lacks="journal volume pages issue")),
    # "American Political Science" + "Review107(4):"
    (_journal_word_out_of_volume, _needs("volume", after="journal container-title > volume")),
    # "The state and … civil society International Review of …" + "83:676–693."
    (_title_run_into_journal, _needs("journal", lacks="title container-title")),
    # "… in public administration Public Administration Review" + "1982;42:501–508"
    (_journal_run_into_title, _needs("title volume", lacks="journal container-title")),
    # "…, „Samorząd Terytorialny”" + "2015," as one title
    (
        _journal_in_quotes_ending_title,
        _needs("title", lacks="container-title", after="title > date volume pages journal"),
    ),
    # "Title. Journal" before the volume
    (
        _split_journal_from_title,
        _needs(
            "title volume",
            "title pages",
            "journal volume",
            "journal pages",
            lacks="container-title publisher editor",
        ),
    ),
    # "Cooperative Party: Public services in our interests," as the title
    (
        _body_before_colon_opening_title,
        _needs("title", lacks="author editor journal container-title"),
    ),
    # "The Royal Swedish Academy of Sciences." + "The Prize … [Online]. …" as title and note
    (_body_and_title_read_as_title_and_note, _needs("title note", lacks="author editor")),
    # "E. Ostrom:" + "World Development," as the title
    (
        _journal_after_names_colon,
        _needs("author title volume", "author title pages", lacks="journal container-title"),
    ),
    # "Title: Journal" before the volume
    (
        _journal_after_title_colon,
        _needs(
            "title volume",
            "title pages",
            "journal volume",
            "journal pages",
            lacks="container-title publisher editor",
        ),
    ),
    # "(Eds.) (2006). Title, M E Sharpe, New York." with the publisher as editors
    (_publisher_read_as_editors, _needs("title editor location", lacks="publisher")),
    # "Washington: DC: APA"
    (_move_region_code_to_place, _needs("location", after="location > publisher")),
    # "SCIE Research Briefing" + "31."
    (
        _report_series_from_journal,
        _needs("publisher", after="journal > volume", lacks="issue pages genre"),
    ),
    # "Voluntas 23(4): 1119-1138." as an imprint
    (
        _journal_read_as_imprint,
        _needs("location", "publisher", lacks="journal container-title"),
    ),
    # "Dissertation, Universität Potsdam."
    (_thesis_descriptor_from_imprint, _needs("publisher", "location", "note", lacks="genre")),
    # "« Title » dans" + "Emanuel S. Savas (ed.),"
    (_in_mark_out_of_title, _needs("title", after="title > editor container-title journal")),
    # "… failure. In: Watson S, Moran A. Trust, risk and uncertainty." as the title
    (_vancouver_editors_after_in, _needs("title", "container-title", lacks="editor journal")),
    # "Title. In: A, B, eds. Book."
    (_container_after_in_editors, _needs("title editor", lacks="container-title journal")),
    # "Pasquino, G." + "(a cura di), Il sistema"
    (
        _editor_mark_out_of_title,
        _needs("title", "container-title", after="author editor > title container-title"),
    ),
    # "La contre-démocratie, Paris, Seuil," as one title
    (
        _imprint_out_of_title,
        _needs("title", after="title > date", lacks="location publisher journal container-title"),
    ),
    # "PUF, coll. « Thémis »"
    (_series_out_of_publisher, _needs("publisher")),
    # "Organisation for ... Development. (2011). Title."
    (_body_read_as_title, _needs("title date")),
    # "Title [Internet]. 2019; [cited 2019 Mar 29]" as one note
    (_year_out_of_medium_note, _needs("note", lacks="date")),
    # "(n.d.). Co-production star."
    (_title_out_of_date, _needs("date", lacks="title")),
    # "Co-production toolkit. (2015)." with the title read as the author
    (_title_read_as_author, _needs("author date", lacks="title")),
    # "Coalition for Collaborative Care. Co-production model. 2016." as one title
    (_body_opening_title, _needs("title", lacks="author editor")),
    # "NHS England. … London: NHS" + "England, 2014."
    (_author_named_as_publisher, _needs("author", after="publisher > location")),
    # "WHO. (2016). Title. WHO." with a journal
    (
        _publisher_named_as_author,
        _needs("author journal", "author container-title", lacks="volume pages"),
    ),
    # "… Annual Meeting of" + "the American Society for Public Administration, New Orleans"
    (
        _container_cut_short,
        _needs(
            "container-title publisher",
            "container-title location",
            after="container-title journal > publisher location",
        ),
    ),
    # "« Title »," + "dans S. Watson et A. Moran, dir.," as more authors
    (
        _in_editors_read_as_authors,
        _needs("author", after="title container-title > author", lacks="editor"),
    ),
    # "Title. Paper presented at the Annual" + "Conference of …" as a note and a publisher
    (_presentation_out_of_note, _needs("note", "title", "container-title", lacks="journal")),
    # "Proceedings of …; 2012 Jun 14-15;" as one container
    (_conference_dates_out_of_container, _needs("container-title")),
    # "Proc. IEEE Int. Smart Cities Conf., Kansas City," + "MO, USA"
    (_city_out_of_container, _needs("location", after="container-title journal > location")),
    # "… the Swedish welfare" + "state (PhD thesis)."
    (_title_words_out_of_genre, _needs("title", after="title > genre")),
    # "Who engages … and why?" + "The case of Atlanta. Public Administration Review"
    (_subtitle_out_of_journal, _needs("title", after="title > journal")),
    # "… public value, VOLUNTAS:" + "International Journal of Voluntary …"
    (_journal_head_out_of_title, _needs("title", after="title > journal")),
    (
        _name_after_title_dash,
        _needs("title", "container-title", lacks="journal publisher"),
    ),
    # "(30th anniversary expanded ed.). Russell Sage Foundation." as a note
    (_edition_out_of_note, _needs("note", lacks="edition")),
    # "Governing the commons (Canto Classics ed.)." as one title
    (_edition_out_of_title_end, _needs("title", lacks="edition")),
    (
        _acronym_publisher_out_of_title,
        _needs("title", lacks="publisher journal container-title volume issue pages"),
    ),
    (_edition_out_of_title, _needs("title", lacks="edition")),
    # "Tübingen: Mohr. Übersetzt von J. Smith." as the publisher
    (_translators_out_of_imprint, _needs("publisher", "note", lacks="translator")),
    # "… Strategy. Edinburgh: Scottish Government." as one title
    (
        _imprint_out_of_title_end,
        _needs("title", lacks="location publisher journal container-title"),
    ),
    (
        _publisher_out_of_title_end,
        _needs("title", after="title > location", lacks="publisher journal container-title"),
    ),
    # "Title (Community Development Report). Federal Reserve Bank of St. Louis." as a title
    (
        _report_kind_and_publisher_out_of_title,
        _needs("title", lacks="publisher journal container-title genre"),
    ),
    # "(Unpublished doctoral dissertation)." as a note
    (_genre_out_of_note, _needs("note", lacks="genre")),
    # "New Public Management, 5. Aufl." as the edition
    (_title_out_of_edition, _needs("edition", lacks="title")),
    # "Brandsen T, Pestoff V, editors. Title."
    (_edited_book_title, _needs("editor container-title", lacks="author title")),
    # "Title, in Proceedings of ..." as one title or one container
    (_split_in_container_from_title, _needs("title", "container-title", lacks="journal")),
    # "“Letter to R. Buckminster Fuller,” Civil Wars" as one title
    (_split_container_after_quoted_title, _needs("title", lacks="container-title journal")),
    # "Trust, risk and uncertainty, a cura di" + "S. Watson, A. Moran," as book and authors
    (_editors_after_book_phrase, _needs("container-title", lacks="editor")),
    # "In Ralf Roth and Robert Beachy (eds), Who Ran the Cities?" as one container
    (_editors_out_of_container, _needs("container-title", lacks="editor")),
    # Nature's "Title. in Book" + "(eds. A, B)" + "143–162" + "(Publisher, Place, 2005)."
    (_in_book_out_of_title, _needs("title", lacks="journal")),
    (_book_out_of_editors, _needs("editor", lacks="container-title journal")),
    (_editors_run_into_book, _needs("editor", after="editor > container-title")),
    # "… Management in" + "Europe, E. Ongaro, S. van Thiel, Eds."
    (_container_cut_before_editors, _needs("editor", after="container-title > editor")),
    # "Trust, Risk and Uncertainty, S. Watson, and A. Moran, eds.," as the editors
    (_book_read_into_editors, _needs("editor", lacks="journal")),
    # ACS's "In The Routledge handbook …," + "T. R. Kassen, …, Eds.;" as a title
    (_in_book_read_as_title, _needs("title editor", lacks="container-title journal")),
    (_editors_run_into_pages, _needs("editor volume", after="editor > volume", lacks="pages")),
    (_pages_and_publisher_out_of_book, _needs("container-title", lacks="pages publisher")),
    # "Perec, Georges. A Void."
    (_split_title_from_names, _needs("author", lacks="title")),
    # "Schuppert, Gunnar Folke: Verwaltungswissenschaft." as one names segment
    (_title_after_names_colon, _needs("author", "editor", lacks="title")),
    (_names_opening_title, _needs("title", lacks="author editor")),
    (_names_before_colon_out_of_title, _needs("author title", after="author > title")),
    # "25, no. 4 (2001):" as the volume
    (_date_out_of_volume, _needs("volume")),
    # "… in Development (No." + "IDS Working Paper 170)."
    (
        _number_bracket_out_of_title,
        _needs("title", after="title > genre publisher note"),
    ),
    # "(commune d'Alliat," + "Ariège), Bulletin de la Société …"
    (
        _bracket_closed_after_title,
        _needs("title", after="title > journal container-title publisher location note"),
    ),
    # "… Puget Lowland of" + "Washington: Geological Society of America Bulletin,"
    (_title_cut_short, _needs("title", after="title > journal container-title")),
    # "Radical help. Virago." with a journal
    (
        _publisher_read_as_journal,
        _needs("author date", after="title > journal", lacks="volume pages publisher"),
    ),
    # "Schulze-Böing" + "2020 Co-Producing Better Futures …"
    (_year_out_of_title_start, _needs("author title", after="author > title", lacks="date")),
    # "Bovaird, T & Loeffler, E 2016a," as the authors
    (_year_out_of_names_end, _needs("author", lacks="date")),
    # "Online:" + "http://…" as a place
    (
        _link_phrase_read_as_place,
        _needs("url", after="location publisher container-title title > url"),
    ),
    # "http://…" + "(2.4.2019)" as a publisher
    (_access_day_after_link, _needs("url", after="url > publisher location journal")),
    # "(2009, October 13). Title. The Spokesman-Review." with the last as a publisher
    (
        _newspaper_read_as_publisher,
        _needs("date publisher", after="title > publisher", lacks="location journal"),
    ),
    # "Title. The Spokesman-Review, October 13." as one title
    (
        _newspaper_day_out_of_title,
        _needs("date title", lacks="journal container-title"),
    ),
    # "40" + "Questions About the End Times."
    (_number_read_as_date, _needs("date", after="date > title")),
    # "Dorling Kindersley, New York," + "New York, USA."
    (_places_out_of_publisher, _needs("publisher", after="publisher > location")),
    # "Stanford, CA: CSLI. 199-213." as the publisher
    (_pages_out_of_imprint, _needs("publisher", "location", lacks="pages")),
    # "Routledge. Abingdon and New York. S." + "162–177."
    (_pages_mark_out_of_imprint, _needs("pages", after="publisher location > pages")),
    # "Palgrave Macmillan. Basingstoke and New York." as the publisher
    (_places_after_publisher_stop, _needs("publisher", "location")),
    # "… perspective: Reading," + "MA, Addison Wesley."
    (_place_out_of_title_colon, _needs("title publisher", lacks="location")),
    # "… failure: en" + "Watson, S., Moran, A. (eds.),"
    (_in_out_of_title_colon, _needs("title editor", after="title > editor")),
    # "Routledge:" + "Abingdon and New York," as place and publisher
    (_publisher_and_place_swapped, _needs("location", after="location > publisher")),
    # "Abingdon and New York," as the publisher
    (_places_read_as_publisher, _needs("publisher", lacks="location")),
    # "Routledge, Abingdon and New York," as the place
    (_publisher_read_into_place, _needs("location", lacks="publisher")),
    # "(1999). NetLogo. http://… Center for …" with "NetLogo." as a publisher
    (
        _title_read_as_publisher,
        _needs("date", after="date > publisher", lacks="title journal container-title"),
    ),
    # "“Title.” Geneva, Switzerland." with the place as a container
    (_place_read_as_container, _needs("container-title", lacks="location journal")),
    # "Washington, D." + "C. Morgan Kaufmann."
    (_initial_out_of_publisher, _needs("location", after="location > publisher")),
    # "July" + "7-10." or "9-10" + "October 2014." with the days as pages
    (_days_read_as_pages, _needs("date", after="date pages > date pages")),
    # "«Voluntas», 23, 4," as the volume
    (_guillemets_cut_by_journal, _needs("title journal", after="title > journal")),
    (_journal_in_guillemets, _needs("volume", "title journal")),
    # "[Discussion paper]. NESTA." as the genre
    (_publisher_out_of_genre, _needs("genre", lacks="publisher")),
    # "2018. № 3. С. 45–67." with the issue as the genre
    (_issue_read_as_genre, _needs("genre")),
    (_date_out_of_genre, _needs("genre", lacks="date")),
    (_state_out_of_journal, _needs("journal")),
    (
        _name_out_of_title_end,
        _needs(
            "author date title",
            lacks="journal publisher container-title location volume pages editor",
        ),
    ),
    (
        _place_out_of_title_end,
        _needs(
            "title", "container-title", after="title container-title > publisher", lacks="location"
        ),
    ),
    (_series_out_of_title, _needs("title", lacks="collection-title")),
    (_series_named_by_author, _needs("title publisher", lacks="collection-title")),
    # "Revista de Ciências da Administração, Florianópolis," + "v. 11,"
    (_city_out_of_abnt_journal, _needs("journal", after="journal > volume", lacks="location")),
    # "Cherri M." + "Pancake and Sue Utter. Models for …"
    (_names_cut_after_initial, _needs("author", after="author > title")),
    # "Bogumil, Jörg/Holtkamp," + "Lars: Kommunalpolitik …"
    (_given_names_out_of_title, _needs("author", after="author > title")),
    # "M. Han and P. Yu, Normal Forms," + "Melnikov Functions …"
    (_title_out_of_names, _needs("author", after="author > title")),
    (_title_word_out_of_name, _needs("author", after="author > title")),
    (_title_words_out_of_vancouver_names, _needs("author", after="author > title")),
    (_names_read_into_title, _needs("author", after="author > title")),
    (
        _title_words_out_of_inverted_names,
        _needs("author", after="author > title journal container-title"),
    ),
    (_container_out_of_editors, _needs("editor", lacks="container-title")),
    (_date_out_of_volume_start, _needs("volume", lacks="date")),
    (_book_read_as_title, _needs("title", after="title > editor", lacks="container-title")),
    (_editors_after_slash, _needs("editor", "container-title")),
    (
        _publisher_out_of_title_comma,
        _needs(
            "title", "container-title", after="title container-title > location", lacks="publisher"
        ),
    ),
    (_genre_out_of_publisher, _needs("publisher", lacks="genre")),
    (_edition_out_of_publisher, _needs("publisher", lacks="edition")),
    (_edition_before_publisher, _needs("publisher", "edition location")),
    (_place_run_into_publisher, _needs("location", after="location > publisher")),
    (_places_cut_from_publisher, _needs("location", after="location > publisher")),
    (_places_after_publisher_colon, _needs("publisher", after="publisher > location")),
    (_et_al_cut_in_two, _needs("author", "editor", after="author editor > title")),
    (_names_before_slashes_read_as_title, _needs("author title", after="author > title")),
    (_editors_opening_container, _needs("container-title", lacks="editor")),
    (_acs_book_read_as_one, _needs("container-title", lacks="publisher")),
    (_authors_read_into_in_editors, _needs("editor", lacks="author container-title")),
    (_gost_whole_after_slashes, _needs("title")),
    (_chapter_run_into_editors, _needs("editor", lacks="author title container-title")),
    (_body_and_year_opening_title, _needs("title", lacks="date")),
    (_season_as_issue, _needs("volume", "journal", "date pages", "location pages")),
    (_year_out_of_name_end, _needs("journal", "title", lacks="date")),
    (_imprint_after_medium, _needs("title", lacks="location publisher journal container-title")),
    (
        _author_again_ending_title,
        _needs("author title", lacks="publisher journal container-title"),
    ),
    (_numbers_out_of_journal, _needs("journal", lacks="volume pages")),
    (_year_out_of_access_note, _needs("note", lacks="date")),
    (_title_out_of_access_note, _needs("note", lacks="title")),
    (_imprint_after_medium_note, _needs("note", lacks="publisher")),
    (
        _title_read_as_note,
        _needs("date note url", lacks="title journal container-title"),
    ),
    (
        _imprint_out_of_vancouver_book,
        _needs("container-title", lacks="date publisher pages journal"),
    ),
    (
        _semicolon_imprint,
        _needs("author date", "editor date", lacks="journal volume pages editor"),
    ),
    (
        _wiley_chapter_editors,
        _needs("editor", "author container-title", "title publisher", "title note"),
    ),
    (
        _publisher_after_bracketed_editors,
        _needs("editor", after="editor > location", lacks="publisher"),
    ),
    (_bracketed_editors_cut, _needs("editor", after="editor > publisher location")),
    (
        _book_out_of_title_before_editors,
        _needs("title", after="title > editor", lacks="container-title"),
    ),
    (
        _publisher_before_vancouver_year,
        _needs(
            "journal date",
            "container-title date",
            "location date",
            lacks="publisher volume pages",
        ),
    ),
    (_publisher_read_as_container, _needs("container-title", after="container-title > location")),
    (_title_end_read_as_author, _needs("title", after="title > author")),
    # "BMJ [Internet]." as a note
    (_medium_named_in_note, _needs("note", lacks="container-title journal")),
    # "Brown A, Smith B. Co-production. BMJ." as the authors
    (_title_out_of_vancouver_names, _needs("author", lacks="title container-title journal")),
    # "…, [w:] Trust, risk and uncertainty," as one title
    (_book_after_in_mark, _needs("title", lacks="container-title")),
    # "In The Palgrave Handbook of … and" + "Outcomes; Loeffler, E., …, Eds.;"
    (_book_end_out_of_editors, _needs("editor", after="container-title > editor")),
    # "v. 73," + "n. 8, p. 1317–1352"
    (_issue_out_of_neighbours, _needs("journal pages", "journal volume")),
    # an access date read as a name: it follows the link
    (_access_read_as_name, _needs("publisher url", "journal url", "container-title url")),
    (_published_on_read_as_name, _needs("date", after="journal publisher container-title > date")),
    (
        _places_run_into_book,
        _needs("container-title", after="container-title > location publisher"),
    ),
    (_first_page_after_volume, _needs("volume date", lacks="pages")),
    (_law_journal_numbers, _needs("journal volume", "journal pages")),
    (_volume_in_pages, _needs("journal date pages", lacks="volume")),
    (_page_range_read_as_volume, _needs("journal volume", lacks="pages")),
    (_bracketed_imprint_note, _needs("note", lacks="publisher date")),
    (_access_out_of_date, _needs("date url", "date note")),
    (_year_read_as_pages, _needs("pages", lacks="date")),
    (_issue_read_into_pages, _needs("pages", "volume")),
    (_issue_before_pages_mark, _needs("volume pages")),
    (_report_number_read_as_pages, _needs("pages publisher", "pages genre")),
    (_bracketed_publisher_place, _needs("note", "publisher", "location")),
    # PNAS's "(Governance International," + "2016)." as a journal
    (_bracketed_publisher_before_year, _needs("journal", "location", lacks="volume publisher")),
    # "… public services (Russell Sage Foundation," + "1980)." as the title
    (_bracketed_publisher_read_into, _needs("date", lacks="publisher")),
    (_year_read_as_volume, _needs("journal volume", lacks="date")),
    (_year_and_issue_in_volume, _needs("volume", lacks="date")),
    (_issue_read_into_date, _needs("journal date", lacks="volume")),
    (_pages_out_of_date, _needs("journal date", lacks="volume pages")),
    (
        _imprint_read_as_journal,
        _needs("journal", "container-title", lacks="volume pages editor publisher location"),
    ),
    # "Public management and governance, Abingdon and New York" + "2016,"
    (
        _places_out_of_book,
        _needs("container-title", after="container-title > date pages", lacks="location publisher"),
    ),
    # "2012" + "r." (Polish "year") as a name
    (_year_word_into_date, _needs("date", after="date > author editor note publisher genre")),
    # "Final Nobel Prizes Awarded." + "The Honolulu Advertiser" as the publisher
    (_periodical_read_as_publisher, _needs("title", lacks="location journal container-title")),
    # "… Technology Pages 1096–1099" as the title
    (_pages_out_of_title, _needs("title", lacks="pages")),
    # "Leiden: Leiden" + "University." as place and author
    (_publisher_end_read_as_author, _needs("location author", lacks="publisher")),
    # "Los Angeles:" + "University of California," + "Los Angeles."
    (_campus_read_as_place, _needs("publisher", after="publisher > location")),
    # "Public Administration Review lxxvi" + "(2016),"
    (
        _small_roman_volume_out_of_journal,
        _needs("journal date", "container-title date", lacks="volume"),
    ),
    # "“American Political Science Review” CVII," before the issue
    (_roman_volume_out_of_journal, _needs("journal")),
    # "176(1-2) p 145-157" as the pages
    # "Public Money and Management," + "39:241–252." as a publisher
    (
        _journal_read_as_publisher,
        _needs("publisher pages", lacks="journal container-title volume location"),
    ),
    (_volume_out_of_pages, _needs("pages", lacks="volume")),
    # "Vol. 23 Doubleday" as the publisher
    (
        _volume_out_of_neighbours,
        _needs("publisher", "location", "container-title", lacks="volume"),
    ),
)


@lru_cache(maxsize=16384)
def _rules_for(labels: tuple[str, ...]) -> tuple[int, ...]:
    """The numbers of the segment rules that may mend a reference with these labels, in
    order (label sequences recur, so this is worked out once per sequence)."""
    return tuple(
        number for number, (_rule, when) in enumerate(_SEGMENT_RULES) if when.allows(labels)
    )


def repair_segments(segments: list[Segment]) -> list[Segment]:
    """Segment-level fixes for patterns the CRF rarely saw (the rules of `_SEGMENT_RULES`,
    in order); then a report descriptor printed after the title ("Case Study",
    "(Research Briefing 31)") is a genre, and a short descriptor labelled as container
    without "In" or editors is one too; last, a thesis's university read as the place
    is the publisher."""
    labels = tuple(s.label for s in segments)
    todo = _rules_for(labels)
    at = 0
    while at < len(todo):
        number = todo[at]
        at += 1
        repaired = _SEGMENT_RULES[number][0](segments)
        if repaired is not segments:
            segments = repaired
            now = tuple(s.label for s in segments)
            if now != labels:  # the rules still to run are those the new labels allow
                labels, todo, at = now, tuple(k for k in _rules_for(now) if k > number), 0
    present = set(labels)
    out: list[Segment] = []
    for seg in segments:
        if seg.label == "title" and "genre" not in present and "journal" not in present:
            pieces = _split_genre_from_title(seg, publisher_known="publisher" in present)
            out.extend(pieces)
            present.update(p.label for p in pieces)
            continue
        if (
            seg.label == "container-title"
            and "genre" not in present
            and "editor" not in present
            and not seg.text[:3].lower().startswith("in")
            and len(seg.text.split()) <= 8
            and fields.looks_like_genre(seg.text)
            and not fields.is_blog(seg.text)
            and not fields.is_conference(seg.text)
        ):
            out.append(Segment("genre", seg.text, seg.confidence))
            present.add("genre")
            continue
        out.append(seg)
    if "genre" in present and "location" in present and "publisher" not in present:
        out = _institution_read_as_place(out)
    return out


def _mark_access_phrase(tokens: list[Token], labels: list[str], i: int) -> None:
    """ "Accessed 2 Apr 2019" / "Retrieved March 27, 2016, from" opened by token `i`:
    the phrase is a note."""
    labels[i] = "note"
    for j in range(i + 1, min(i + 6, len(tokens))):
        text = tokens[j].text
        if labels[j] in ("url", "doi") or not _DATE_WORD.match(text):
            break
        if text.isalpha() and fields.parse_date("1 " + text + " 2000") == "":
            break
        labels[j] = "note"
