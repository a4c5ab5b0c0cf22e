"""Repairs to the CRF's token labels, for forms the model rarely saw: URL and DOI
tokens, a lone doubtful token between two segments of one label, access phrases, a
leading list number, names before a link or an opening colon, Vancouver's compact
numbers and APA 7's bracketed descriptions."""

from __future__ import annotations

import re
from typing import NamedTuple

from coprod_refs.parse import fields
from coprod_refs.parse.features import lexicon_hit
from coprod_refs.parse.repairs.edits import MONTH_WORD
from coprod_refs.parse.tokens import Token
from coprod_refs.text.word_cache import word_cache

_NAME_LABELS = frozenset(("author", "editor"))


_YEAR_OPENING = re.compile(r"^(?:1[5-9]|20)\d\d$")

_ACCESS_WORDS = frozenset(
    "accessed retrieved consulted viewed abgerufen zugegriffen consulté visited abruf zugriff "
    "aufgerufen".split()
)

#: Words that state when a page was in the state cited, after a bracket or before a
#: colon: German "(Stand 01.04.2019)", "Stand: 29.03.2019"; before a year alone ("Stand:
#: 2019;") they date the work itself.
_STATE_WORDS = frozenset(("stand",))

#: A day's date in figures: "01.04.2019)".
_DAY_IN_FIGURES = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}[.,;)\]]*$")

_ACCESS_INITIALS = frozenset("[(AaRrCcVvZz")

#: Words that open an access phrase together with the access word after them.
_ACCESS_LEADS = frozenset(("online", "zuletzt", "last", "dernière", "ultimo", "url"))

_DATE_WORD = re.compile(r"^[\[(]?(?:on|at|am|le|\d{1,4}(?:st|nd|rd|th)?|[A-Za-zé]{3,9})[.,:)\]]*$")


class _Form(NamedTuple):
    """What a token's form alone says about it."""

    #: "doi" or "url" when the token is one, else "".
    label: str
    #: The word "doi:" before a DOI.
    doi_word: bool
    #: Opens an access phrase ("Accessed", "[Retrieved").
    access: bool
    #: Opens German "Stand:", the state of a page on a day, or of the work in a year.
    state: bool
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
    bare = lower.strip("[(:.,")
    state = (text[:1] in "[(" or text[-1:] == ":") and bare in _STATE_WORDS
    access = state or (text[:1] in _ACCESS_INITIALS and bare in _ACCESS_WORDS)
    opens = ""
    if (";" in text and ("(" in text or ":" in text) and _COMPACT_TOKEN.match(text)) or (
        text.count(":") == 2 and fields.split_compact(text)
    ):
        opens = "compact"
    elif lower == "tech.":
        opens = "tech"
    elif text.startswith("[") and not label:
        opens = "bracket"
    available = fields.AVAILABLE_AT.get(lower.strip("[("), frozenset())
    return _Form(label, doi_word, access, state, available, opens)


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
            if form.state:
                _mark_state_phrase(tokens, out, i)
            else:
                _mark_access_phrase(tokens, out, i)
            if form.available:  # and the phrase's other words: "Geliş tarihi gönderen"
                _mark_link_words(tokens, out, i + 1)
            if i > 0 and tokens[i - 1].text.lower().strip("[(") in _ACCESS_LEADS:
                out[i - 1] = "note"  # "Online verfügbar unter", "(zuletzt abgerufen"
    if (
        len(out) > 1
        and out[0] != "citation-number"
        and fields.LIST_NUMBER.match(tokens[0].text)
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
    r"^(?:\d{4}[a-h]?)?(?:[A-Z][a-z]{2,8}\.?(?:[-–/][A-Z][a-z]{2,8}\.?)?)?;\s*\d{1,5}[A-Za-z]?"
    r"(?:\([^()]{1,20}\))?"
    r"(?::[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)?[.,;]*$"
)


#: A year, a month or a range of months ("May-Jun") before Vancouver's compact numbers.
_YEAR_OR_MONTH = re.compile(rf"^(?:1[5-9]\d\d|20\d\d|{MONTH_WORD}(?:[-–/]{MONTH_WORD})?)$")


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


def _mark_link_words(tokens: list[Token], labels: list[str], start: int) -> None:
    """The words from token `start` on that only lead to a link ("pod adresem:", "tarihi
    gönderen"), up to the link: part of the note the phrase opened."""
    for j in range(start, min(start + 4, len(tokens))):
        if labels[j] in ("url", "doi") or not fields.is_link_phrase(tokens[j].text):
            return
        labels[j] = "note"


def _mark_state_phrase(tokens: list[Token], labels: list[str], i: int) -> None:
    """ "(Stand 01.04.2019)" opened by token `i`: a note with the day after it; the year
    after "Stand: 2019;" is left to the model, as the work's date."""
    labels[i] = "note"
    if i + 1 < len(tokens) and _DAY_IN_FIGURES.match(tokens[i + 1].text):
        labels[i + 1] = "note"


def _mark_access_phrase(tokens: list[Token], labels: list[str], i: int) -> None:
    """ "Accessed 2 Apr 2019" / "Retrieved March 27, 2016, from" opened by token `i`:
    the phrase is a note."""
    labels[i] = "note"
    for j in range(i + 1, min(i + 6, len(tokens))):
        text = tokens[j].text
        if labels[j] in ("url", "doi"):
            break
        if not _DATE_WORD.match(text):
            if _DAY_IN_FIGURES.match(text):  # "Abruf: 29.03.2019)."
                labels[j] = "note"
            break
        if text.isalpha() and fields.parse_date("1 " + text + " 2000") == "":
            break
        labels[j] = "note"
