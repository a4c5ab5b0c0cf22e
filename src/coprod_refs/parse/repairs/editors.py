"""Segment rules for the editors and translators of a book: editors read into the title, the
book, the pages or the authors, or cut from them, in the orders styles print them."""

from __future__ import annotations

import re

from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.imprint import comma_imprint_segments
from coprod_refs.parse.names import (
    has_editor_marker,
    marked_role,
    parse_name_list,
    parse_translator_list,
    split_title_translators,
)
from coprod_refs.parse.repairs.books import book_out_of_editors
from coprod_refs.parse.repairs.edits import (
    EDITORS_FIRST,
    EDITORS_JOIN,
    INVERTED_EDITOR,
    MARKED_EDITORS_THEN_BOOK,
    NAMES_MARKED_THEN_BOOK,
    boundary_moved,
    cut_by_groups,
    divided,
    is_initial_word,
    names_people,
    splice,
    split_matching,
)

_LEADING_EDITOR_MARK = re.compile(
    r"^([(\[](?:a\s+cura\s+di|eds?\.?|hrsg\.?|hg\.?|dir\.?|coords?\.?|éds?\.?|orgs?\.?)"
    r"[)\]][.,:]?)(?:\s+(\S.*))?$",
    re.IGNORECASE,
)


def editor_mark_out_of_title(segments: list[Segment]) -> list[Segment]:
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
                return splice(segments, i - 1, 2, names)
            title = Segment(seg.label, match.group(2), seg.confidence)
            return splice(segments, i - 1, 2, names, title)
    return segments


#: The last of a list of names in Vancouver form ("Vargo S", "Van Ryzin GG") with the
#: editors' mark, in brackets or not, then the book: "Vargo S (eds). The service
#: dominant …", "Vargo S eds. The service dominant …".
_VANCOUVER_EDITOR_OPENING_TITLE = re.compile(
    r"^(?P<name>(?:[^\W\d_][\w'’-]*\s+){1,3}[A-Z]{1,3}"
    r"(?:\s*[(\[](?i:eds?|editors?|hrsg|hg|éds?|red)\.?[)\]]|\s+(?i:eds?|editors)\.)[.,:]?)\s+"
    r"(?P<book>\S.*)$"
)


def last_editor_read_into_title(segments: list[Segment]) -> list[Segment]:
    """ "Lusch R," + "Vargo S (eds). The service dominant logic of marketing.": the list of
    names in Vancouver form cut before its last name, which with the editors' mark was
    read into the title. The last name and the mark close the list, which names the
    editors of the book."""
    for i in range(1, len(segments)):
        prev, seg = segments[i - 1], segments[i]
        if seg.label != "title":
            continue
        if prev.label not in ("author", "editor") or not prev.text.endswith(","):
            return segments
        match = _VANCOUVER_EDITOR_OPENING_TITLE.match(seg.text)
        if match is None:
            return segments
        names = Segment("editor", f"{prev.text} {match['name']}", prev.confidence)
        return splice(segments, i - 1, 2, names, seg._replace(text=match["book"]))
    return segments


def editors_opening_container(segments: list[Segment]) -> list[Segment]:
    """ "S. Watson / A. Moran (edt.), Trust, risk and uncertainty," read as the book, in a
    reference with no editors: the marked names opening it are the editors."""
    return split_matching(
        segments,
        "container-title",
        MARKED_EDITORS_THEN_BOOK,
        ("editor", "editors"),
        ("container-title", "book"),
    )


def book_out_of_marked_editors(segments: list[Segment]) -> list[Segment]:
    """ "in : Watson S., Moran A. (dir.), Trust, risk and uncertainty," read as the editors,
    in a reference with no book: the words after the editors' mark are the book."""
    return split_matching(
        segments,
        "editor",
        NAMES_MARKED_THEN_BOOK,
        ("editor", "editors"),
        ("container-title", "book"),
    )


def editors_run_into_book(segments: list[Segment]) -> list[Segment]:
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
        match = next((m for form in EDITORS_FIRST if (m := form.match(joined))), None)
        if match is None or match["editors"].rstrip(",") == seg.text.strip().rstrip(","):
            return segments
        return boundary_moved(segments, i, match["editors"], match["book"])
    return segments


#: The end of bracketed editors and the pages after them: "T.) 527–539".
_EDITORS_END_THEN_PAGES = re.compile(r"^(?P<names>[^()]*\))\s*(?P<pages>\d+\s*[-–]\s*\d+)$")


def editors_run_into_pages(segments: list[Segment]) -> list[Segment]:
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
        return splice(
            segments,
            i - 1,
            2,
            prev._replace(text=f"{prev.text} {match['names']}"),
            seg._replace(label="pages", text=match["pages"]),
        )
    return segments


#: "In Ralf Roth and Robert Beachy (eds), Who Ran the Cities?", "In Rohit Parikh,
#: editor, Logics of Programs", Polish "In: S. Watson, A. Moran (red.), Trust, …" or
#: "in S. Watson and A. Moran eds. Trust, …" (zoology's CSE variant): the names and
#: their editor mark open a container.
_EDITORS_OPENING_CONTAINER = re.compile(
    r"^(?P<names>(?:[Ii]n:?\s+)?[^()]{3,120}?(?i:\s*[(\[]"
    r"(?:eds?|edd|edt|editors?|red|hrsg|hrg|hg|dirs?|coords?|comps?|éds?|orgs?|arg|a\s+cura\s+di)\.?[)\]]|"
    r",\s+(?:eds?\b\.?|editor(?:s|es|as)?|red\.|szerk\.|toim\.|ur\.)|\s+eds\.))"
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
#: by", "…, hrsg. von" ("hg. von"), "…, sous la direction de", "…, bajo la dirección de", and JJAP's
#: "…, eds. J. Edelenbos" before initials.
_EDITED_BY_AFTER_BOOK = re.compile(
    r"[,.]?\s+(?P<phrase>(?i:a\s+cura\s+di|edited\s+by|ed\.\s+by|(?:hrsg|hg)\.\s+v(?:on\b|\.)|"
    r"herausgegeben\s+von|sous\s+la\s+direction\s+de|bajo\s+la\s+direcci[oó]n\s+de)(?!\w)"
    r"|(?<=,\s)eds?\.(?=\s+[A-Z]\.))"
)

#: Words every phrase of `_EDITED_BY_AFTER_BOOK` holds (lower case), checked first.
_EDITED_BY_HINT = re.compile(r"(?i)cura|by|von|direc|eds?\.")


def editors_after_book_phrase(segments: list[Segment]) -> list[Segment]:
    """ "Trust, risk and uncertainty, a cura di S. Watson e A. Moran," read as one book,
    or the book ending in "a cura di" (or "a cura", or before its last words: "… and
    management" + "in Europe, a cura di E. Ongaro,") before names read as a second list
    of authors, in a reference with no editors: the phrase and the people after it are
    the editors."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title":
            continue
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        authors_next = nxt is not None and nxt.label == "author"
        # The phrase may run on into the names: "… governance, a cura" + "di T. Bovaird,".
        text = f"{seg.text} {nxt.text}" if nxt is not None and authors_next else seg.text
        if not _EDITED_BY_HINT.search(text):
            continue
        cut = _EDITED_BY_AFTER_BOOK.search(text)
        if cut is None or cut.start() == 0 or (cut.start() >= len(seg.text) and not authors_next):
            continue
        book = Segment(seg.label, text[: cut.start()] + ",", seg.confidence)
        if nxt is not None and authors_next and cut.end() >= len(seg.text):
            editors = Segment("editor", text[cut.start("phrase") :], nxt.confidence)
            return splice(segments, i, 2, book, editors)
        names = seg.text[cut.end() :].strip(" ,.;:")
        if names and all(not n.is_body for n in parse_name_list(names).names):
            editors = Segment("editor", seg.text[cut.start("phrase") :], seg.confidence)
            return splice(segments, i, 1, book, editors)
    return segments


def editors_out_of_container(segments: list[Segment]) -> list[Segment]:
    """ "In Ralf Roth and Robert Beachy (eds), Who Ran the Cities?" or "WATSON (S.), MORAN
    (A.) dir. — Trust, risk and uncertainty" read as one container, in a reference with
    no editors: the names before the editor mark are the editors."""
    if any(s.label == "editor" for s in segments):
        return segments
    for i, seg in enumerate(segments):
        if seg.label != "container-title" or not (
            "(" in seg.text or "," in seg.text or " eds." in seg.text
        ):
            continue
        match = _EDITORS_OPENING_CONTAINER.match(seg.text)
        if match is None and (" —" in seg.text or " –" in seg.text):
            match = _EDITORS_MARK_DASH_CONTAINER.match(seg.text)
        names = match.group("names") if match else ""
        # A bracketed mark ("(dirs.)") is enough; a bare ", ed." needs a person before it.
        if match and (
            names.endswith((")", "]")) or any(not n.is_body for n in parse_name_list(names).names)
        ):
            return divided(
                segments,
                i,
                ("editor", names + ","),
                ("container-title", match.group("container")),
            )
    return segments


#: A bracket opened by the editors' mark: "(éd. S. Watson et A. Moran)", "(eds. S. Watson".
_BRACKET_OPENED_BY_MARK = re.compile(r"^\((?i:éds?|eds?|hrsg|hg|dir)\.?\s")


def in_editors_read_as_authors(segments: list[Segment]) -> list[Segment]:
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
        return splice(segments, i, len(pieces), *pieces)
    return segments


#: Names, then "In:" and the editors of the book: "Bovaird T., Loeffler E. In: Watson S.,
#: Moran A., eds.".
_NAMES_THEN_IN_EDITORS = re.compile(r"^(?P<authors>[^:;]+?[.,])\s+(?P<editors>In:?\s+\S.*)$")


def authors_read_into_in_editors(segments: list[Segment]) -> list[Segment]:
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
        return splice(segments, first, 2, *pieces)
    # "In Trust, risk and uncertainty; Watson, S.; Moran, A., Eds.;": the book inside
    return book_out_of_editors(splice(segments, first, 1, *pieces))


def translators_out_of_imprint(segments: list[Segment]) -> list[Segment]:
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
            return divided(segments, i, (seg.label, head), ("translator", clause))
        if (
            seg.label == "note"
            and marked_role(seg.text) == "translator"
            and parse_translator_list(seg.text).names
        ):  # "Translated by R. Nice." on its own
            return splice(segments, i, 1, Segment("translator", seg.text, seg.confidence))
        names, comma, publisher = seg.text.rstrip(" ,.;").rpartition(",")
        if (
            seg.label == "publisher"
            and comma
            and not publisher.lstrip().startswith(("and ", "&"))
            and marked_role(names) == "translator"
            and parse_translator_list(names).names
        ):  # MLA's "Translated by Myra Bergman Ramos, Continuum,"
            return divided(segments, i, ("translator", names), ("publisher", publisher.strip()))
    return segments


#: One Vancouver name: "Bovaird T", "van Meerkerk I", "Young Keefe J".
_VANCOUVER_NAME = r"(?:[a-z]{2,3}\s)*[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?\s[A-Z]{1,3}"

#: "In: Bovaird T, Loeffler E. Public management and governance": Vancouver names after
#: "In:" with no editors' mark, closed by a full stop before the book (the colon too:
#: "In Collected Papers I. The Problem …" names no one); a chapter's title may come
#: first ("… failure. In: Watson S, Moran A. Trust, risk and uncertainty.").
_IN_VANCOUVER_EDITORS_BOOK = re.compile(
    r"^(?:(?P<head>.*?[.?!’”\"])\s+)?(?P<editors>(?:In|Dans\s?):\s+"
    rf"{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME})*(?:,?\set\sal)?\.)"
    r"\s+(?P<book>[A-Z0-9\"“‘].*)$"
)


def vancouver_editors_after_in(segments: list[Segment]) -> list[Segment]:
    """ "In: Bovaird T, Loeffler E. Public management and governance" read as the book or a
    note, or "… failure. In: Watson S, Moran A. Trust, risk and uncertainty." read into
    the chapter's title, in a reference with no editors: the names after "In" (French
    "Dans :") are the editors (Vancouver lists print no mark), the sentence after them
    the book."""
    labels = [s.label for s in segments]
    for i, seg in enumerate(segments):
        if seg.label not in ("title", "container-title", "note") or ":" not in seg.text:
            continue
        match = _IN_VANCOUVER_EDITORS_BOOK.match(seg.text)
        if match is None:
            continue
        if (seg.label == "title") != bool(match["head"]) or (
            seg.label == "title" and "container-title" in labels
        ):
            return segments  # a chapter's title before the mark, or the book alone
        pieces = (("title", "head"), ("editor", "editors"), ("container-title", "book"))
        return cut_by_groups(segments, i, match, *pieces)
    return segments


#: "In: Watson, S. & Moran, A.: Trust, risk and uncertainty." (German natural-science
#: styles): such names after "In:" with no editors' mark, closed by a colon before the book.
_IN_INVERTED_EDITORS_COLON_BOOK = re.compile(
    rf"^(?P<editors>In:\s+{INVERTED_EDITOR}(?:{EDITORS_JOIN}{INVERTED_EDITOR})*:)"
    r"\s+(?P<book>[A-Z0-9\"“‘].*)$"
)


def inverted_editors_after_in(segments: list[Segment]) -> list[Segment]:
    """ "In: Watson, S. & Moran, A.: Trust, risk and uncertainty." read as one segment, or
    "… outcomes. – In:" + "Kassen, T.R., Cepiku, D. & Lah, T.J.: The Routledge handbook
    …" with "In:" ending the title and the rest read as a journal: the names before the
    colon are the editors, the words after it the book."""
    for i, seg in enumerate(segments):
        if seg.label not in ("editor", "container-title", "journal"):
            continue
        text, prev = seg.text, segments[i - 1] if i else None
        moved_in = not text.startswith("In:") and prev is not None and prev.text.endswith(" In:")
        if moved_in:
            text = f"In: {text}"
        match = _IN_INVERTED_EDITORS_COLON_BOOK.match(text)
        if match is None or not names_people(match["editors"]):
            return segments
        pieces = [
            seg._replace(label="editor", text=match["editors"]),
            seg._replace(label="container-title", text=match["book"]),
        ]
        if moved_in and prev is not None:
            title = prev._replace(text=prev.text.removesuffix(" In:").rstrip(" –-"))
            return splice(segments, i - 1, 2, title, *pieces)
        return splice(segments, i, 1, *pieces)
    return segments


#: Editors closed by their bracketed mark and a colon, then the book, maybe then the
#: pages' word: "In: Watson, S., in Moran, A. (ur.): Trust, risk and uncertainty, str.".
_MARKED_EDITORS_COLON_BOOK = re.compile(
    r"^(?P<editors>[^()]+(?P<mark>\([^()]{1,12}\)):)\s+(?P<book>[A-Z0-9\"“‘][^()]*?)"
    r"(?:,?\s+(?P<word>(?:str|pp?|S|s)\.))?$"
)


def book_read_into_marked_editors_colon(segments: list[Segment]) -> list[Segment]:
    """ "In: Watson, S., in Moran, A. (ur.): Trust, risk and uncertainty, str." + "143–162."
    read as the editors of a chapter (or as its book): the words after the bracketed
    mark's colon are the book, and a pages' word left at its end opens the pages."""
    for i, seg in enumerate(segments):
        if seg.label not in ("editor", "container-title") or "):" not in seg.text:
            continue
        if seg.label == "editor" and any(s.label == "container-title" for s in segments):
            return segments
        if not fields.opens_with_in(seg.text):
            return segments  # "Roth, R. (Hrsg.): Die Bewegungen.": an edited book's editors
        match = _MARKED_EDITORS_COLON_BOOK.match(seg.text)
        if match is None or not has_editor_marker(match["mark"]):
            return segments
        if not names_people(match["editors"]):
            return segments
        pieces = [
            seg._replace(label="editor", text=match["editors"]),
            seg._replace(label="container-title", text=match["book"]),
        ]
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        if match["word"]:
            if nxt is None or nxt.label != "pages":
                return segments
            return splice(segments, i, 2, *pieces, nxt._replace(text=f"{match['word']} {nxt.text}"))
        return splice(segments, i, 1, *pieces)
    return segments


#: GOST's book and its editors after a slash: "Trust, risk and uncertainty / под ред. S.
#: Watson, A. Moran.", "… / ed. by S. Watson".
_BOOK_SLASH_EDITORS = re.compile(
    r"^(?P<book>\S.*?)\s+/\s+(?P<editors>(?:под\s+(?:общ\.\s+)?ред\.|(?i:ed\.\s+by|eds?\.|"
    r"edited\s+by|hrsg\.\s+v\.|hrsg\.))\s*\S.*)$"
)


def editors_after_slash(segments: list[Segment]) -> list[Segment]:
    """ "Trust, risk and uncertainty / под ред. S. Watson, A. Moran." read as one piece: the
    words before the slash are the book, those after it its editors."""
    for i, seg in enumerate(segments):
        if seg.label not in ("editor", "container-title") or " / " not in seg.text:
            continue
        match = _BOOK_SLASH_EDITORS.match(seg.text)
        if match:
            return divided(
                segments, i, ("container-title", match["book"]), ("editor", match["editors"])
            )
    return segments


def authors_read_as_editors(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird, T & Loeffler, E" + "2005," + … + "in S Watson & A Moran (eds)," with
    the names opening the reference read as editors too: with no editors' mark of their
    own, and another list marked as the editors, they are the authors; so are they in an
    article ("Aligica, P. und V. Tarko" + "(2013):" + … + "In: American Political
    Science Review", or "Aligica P and Tarko V:" + "Co-production, …" + "American
    Political Science Review"), whose journal has no editors."""
    first = 1 if segments[0].label == "citation-number" else 0
    if first + 1 >= len(segments):
        return segments
    seg = segments[first]
    if (
        seg.label != "editor"
        or segments[first + 1].label not in ("date", "title")
        or has_editor_marker(seg.text)
    ):
        return segments
    rest = segments[first + 2 :]
    if not any(
        s.label == "journal" or (s.label == "editor" and has_editor_marker(s.text)) for s in rest
    ):
        return segments
    return splice(segments, first, 1, seg._replace(label="author"))


def marked_editors_read_as_authors(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird, T. et Loeffler, E.," + "« Quality management … »," + "T. Bovaird et E.
    Loeffler (dir.)," + "Public management and governance," (a chapter whose book has no
    "In" before its editors): a second list of names with an editors' mark, after the
    authors and the title, is the editors."""
    for i in range(2, len(segments)):
        seg = segments[i]
        if seg.label != "author" or segments[i - 1].label != "title":
            continue
        if not has_editor_marker(seg.text) or not any(s.label == "author" for s in segments[:i]):
            return segments
        return splice(segments, i, 1, seg._replace(label="editor"))
    return segments


def marked_editors_read_as_journal(segments: list[Segment]) -> list[Segment]:
    """ "S. Watson och A. Moran, red.," read as a journal or a book before the pages (KTH's
    Swedish style prints the book, then its editors, with no "In"): names of people with
    an editors' mark are the editors."""
    for i in range(len(segments) - 1):
        seg = segments[i]
        if seg.label not in ("journal", "container-title") or segments[i + 1].label != "pages":
            continue
        if not has_editor_marker(seg.text) or len(seg.text) > 120:
            return segments
        if not names_people(seg.text):
            return segments
        return splice(segments, i, 1, seg._replace(label="editor"))
    return segments


def editors_before_their_mark(segments: list[Segment]) -> list[Segment]:
    """ "In: J. EDELENBOS a I. VAN MEERKERK," + "ed." + "Critical reflections …" (the
    Czech ČSN style) with the names read as a book and the mark alone as the editors:
    the names before the mark are the editors."""
    for i in range(1, len(segments) - 1):
        seg, prev = segments[i], segments[i - 1]
        if seg.label != "editor" or prev.label != "container-title":
            continue
        if len(seg.text.split()) > 1 or not has_editor_marker(seg.text):
            return segments  # the mark standing alone: "ed.", "(eds.)", "red."
        if segments[i + 1].label != "container-title":
            return segments
        if not names_people(prev.text):
            return segments
        return splice(segments, i - 1, 2, seg._replace(text=f"{prev.text} {seg.text}"))
    return segments


#: An editors' mark standing alone, with the chapter's "In" before it: "In, editors",
#: "In: eds.".
_LONE_IN_EDITORS_MARK = re.compile(r"^(?i:in)[:,]?\s+(?i:editors?|eds?\.)[,:]?$")


#: The labels the book after them may have (a second title, or the container already).
_BOOK_LABELS = frozenset({"title", "container-title"})


def editors_after_their_lone_mark(segments: list[Segment]) -> list[Segment]:
    """ "In, editors" + "T. R. Kassen, D. Cepiku, T. J. Lah." + "The Routledge handbook …"
    (NLM's chapters, with the mark before the names) read as the mark alone, a second
    list of authors and a second title: the names are the editors, and the title after
    them is the book."""
    for i in range(1, len(segments) - 2):
        seg, names, book = segments[i : i + 3]
        if seg.label != "editor" or names.label != "author":
            continue
        if not _LONE_IN_EDITORS_MARK.match(seg.text) or book.label not in _BOOK_LABELS:
            return segments
        if not names_people(names.text):
            return segments
        editors = seg._replace(text=f"{seg.text} {names.text}")
        return splice(segments, i, 3, editors, book._replace(label="container-title"))
    return segments


#: ACS's chapter with no title of its own (the Canadian Journal of Chemistry), read as one
#: run of editors: the authors, "In" and the book up to its semicolon, then the editors and
#: their mark: "Bovaird, T.; Loeffler, E. In Trust, risk and uncertainty; Watson, S.,
#: Moran, A., Eds.;".
_AUTHORS_IN_BOOK_THEN_EDITORS = re.compile(
    r"^(?P<authors>[A-ZÀ-Ý][^;]*?,\s(?:[A-Z]\.\s?-?)+(?:;\s[A-ZÀ-Ý][^;]*?,\s(?:[A-Z]\.\s?-?)+)*)\s+"
    r"(?P<book>In:?\s[A-Z0-9][^;]*;)\s+(?P<editors>[A-ZÀ-Ý].*\b(?i:eds?|editors?)\.?[;,]?)$"
)

#: Initials-first names, as a list of editors prints them: "S. Watson, and A. Moran".
_GIVEN_FIRST_NAMES = (
    r"(?:[A-Z]\.\s?-?){1,3}(?:[a-z]{1,3}\s)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:,?\s(?:and\s|&\s)?(?:[A-Z]\.\s?-?){1,3}(?:[a-z]{1,3}\s)?[A-ZÀ-Ý][\w'’-]+)*"
)
#: The American Physical Society's chapter with no title of its own, read as one run of
#: editors: the authors in reading order, "in" and the book, then "edited by" or "eds."
#: and the editors: "T. Bovaird and E. Loeffler, in Trust, Risk and Uncertainty, edited
#: by S. Watson and A. Moran".
_READING_AUTHORS_IN_BOOK_EDITED_BY = re.compile(
    rf"^(?P<authors>{_GIVEN_FIRST_NAMES}),"
    r"\s+(?P<book>in\s[A-Z0-9].*?),\s+(?P<editors>(?:edited\sby|eds?\.)\s[A-Z].*)$"
)


def authors_and_book_read_into_editors(segments: list[Segment]) -> list[Segment]:
    """ "Bovaird, T.; Loeffler, E. In Trust, risk and uncertainty; Watson, S., Moran, A.,
    Eds.;" or "T. Bovaird and E. Loeffler, in Trust, Risk and Uncertainty, edited by S.
    Watson and A. Moran" read as the editors, in a reference with no author or title: the
    names before "In" are the authors, and the words from "In" to the semicolon (or to
    "edited by") the book."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) <= first or segments[first].label != "editor":
        return segments
    text = segments[first].text.strip()
    match = _AUTHORS_IN_BOOK_THEN_EDITORS.match(text)
    if match is None and ", in " in text:
        match = _READING_AUTHORS_IN_BOOK_EDITED_BY.match(text)
    if match is None:
        return segments
    pieces = [("author", "authors"), ("container-title", "book"), ("editor", "editors")]
    return cut_by_groups(segments, first, match, *pieces)


#: Editors named initials first, cut after the last one's initials: "eds. T. R. Kassen,
#: D. Cepiku and T. J.".
_EDITORS_CUT_AFTER_INITIALS = re.compile(r"(?:,|\band|&)\s(?:[A-Z]\.\s?-?){1,3}$")
#: A family name opening the bracketed imprint: "Lah (Routledge,".
_FAMILY_BEFORE_BRACKET = re.compile(r"^(?P<family>[A-ZÀ-Ý][\w'’-]+)\s(?P<imprint>\(\S.*)$")


def editor_family_read_into_imprint(segments: list[Segment]) -> list[Segment]:
    """ "eds. T. R. Kassen, D. Cepiku and T. J." + "Lah (Routledge," (World Scientific
    prints the editors given first, then the imprint in brackets): the family name
    before the bracket is the last editor's."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label != "editor" or nxt.label not in ("publisher", "location"):
            continue
        if not _EDITORS_CUT_AFTER_INITIALS.search(seg.text.rstrip()):
            return segments
        match = _FAMILY_BEFORE_BRACKET.match(nxt.text)
        if match is None:
            return segments
        editors = seg._replace(text=f"{seg.text.rstrip()} {match['family']}")
        return splice(segments, i, 2, editors, nxt._replace(text=match["imprint"]))
    return segments


#: The Seismological Society of America's book and its editors with nothing between
#: them, the editors' mark bracketed after them: "in Trust, risk and uncertainty S.
#: Watson, and A. Moran (Editors),".
_IN_BOOK_THEN_BRACKET_MARKED_EDITORS = re.compile(
    rf"^(?P<book>in\s+[A-Z0-9].*?)\s+(?P<editors>{_GIVEN_FIRST_NAMES}\s?"
    r"\((?i:eds?\.?|editors?)\)[.,]?)$"
)
#: Editors and their bracketed mark, then the imprint run into them: "J. Edelenbos, and
#: I. van Meerkerk (Editors), Edward Elgar, Cheltenham,".
_BRACKET_MARKED_EDITORS_THEN_IMPRINT = re.compile(
    r"^(?P<editors>.*\((?i:eds?\.?|editors?)\)[.,]?)\s+(?P<imprint>[A-Z][^()]*)$"
)

#: A book, its editors named initials first with their mark after them, and maybe the
#: publisher, read as one book: "In Critical Reflections …, J. Edelenbos, I. van
#: Meerkerk, eds., Edward Elgar,".
_BOOK_THEN_GIVEN_FIRST_EDITORS = re.compile(
    rf"^(?P<book>.+?),\s(?P<editors>{_GIVEN_FIRST_NAMES},?\s(?i:eds?)\.)"
    r"(?:,\s(?P<publisher>[A-Z][^,;:]*?))?[,.]?$"
)


def editors_and_publisher_read_into_book(segments: list[Segment]) -> list[Segment]:
    """ "In Critical Reflections on Interactive Governance, J. Edelenbos, I. van Meerkerk,
    eds., Edward Elgar," read as the book (World Applied Sciences Journal's chapters):
    the names before the editors' mark are the editors, and a name after it the
    publisher."""
    for i, seg in enumerate(segments):
        if seg.label != "container-title":
            continue
        if " eds." not in seg.text and " ed." not in seg.text:
            return segments  # the cheap test first: the editors' mark
        match = _BOOK_THEN_GIVEN_FIRST_EDITORS.match(seg.text.strip())
        if match is None or not names_people(match["editors"]):
            return segments
        pieces = [
            seg._replace(text=match["book"] + ","),
            Segment("editor", match["editors"], seg.confidence),
        ]
        if match["publisher"] and not any(s.label == "publisher" for s in segments):
            pieces.append(Segment("publisher", match["publisher"] + ",", seg.confidence))
        elif match["publisher"]:
            return segments
        return splice(segments, i, 1, *pieces)
    return segments


def book_and_imprint_around_bracket_marked_editors(segments: list[Segment]) -> list[Segment]:
    """ "in Trust, risk and uncertainty S. Watson, and A. Moran (Editors)," or "J.
    Edelenbos, and I. van Meerkerk (Editors), Edward Elgar, Cheltenham," read as the
    editors (the Seismological Society of America prints the book, the editors and their
    bracketed mark, then the imprint, with nothing between the book and the editors): the
    book before the first initials, and the publisher and place after the mark, come
    out."""
    for i, seg in enumerate(segments):
        if seg.label != "editor":
            continue
        text = seg.text.strip()
        if ")" not in text:
            return segments  # the cheap test first: the bracketed mark
        imprint: list[Segment] = []
        run_in = _BRACKET_MARKED_EDITORS_THEN_IMPRINT.match(text)
        if run_in and not any(s.label in ("publisher", "location") for s in segments):
            imprint = comma_imprint_segments(seg, run_in["imprint"]) or []
            text = run_in["editors"] if imprint else text
        book = _IN_BOOK_THEN_BRACKET_MARKED_EDITORS.match(text)
        if book and not any(s.label == "container-title" for s in segments):
            found = [seg._replace(label="container-title", text=book["book"])]
            found.append(seg._replace(text=book["editors"]))
        elif imprint:
            found = [seg._replace(text=text)]
        else:
            return segments
        return splice(segments, i, 1, *found, *imprint)
    return segments


def initial_read_as_pages(segments: list[Segment]) -> list[Segment]:
    """ "Loeffler, E.; Martin," + "S." read as the names and the pages: an initial after
    names' comma is the last name's, not German "S." (Seite); and initials before
    editors named initials first ("S. P." + "Osborne, K. Strokosch, eds.,") open them."""
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.label == "pages" and nxt.label == "editor" and nxt.text[:1].isupper():
            initials = seg.text.split()
            if 0 < len(initials) <= 3 and all(map(is_initial_word, initials)):
                return splice(segments, i, 2, nxt._replace(text=f"{seg.text} {nxt.text}"))
    for i in range(1, len(segments)):
        seg, prev = segments[i], segments[i - 1]
        if seg.label != "pages" or prev.label not in ("author", "editor"):
            continue
        initials = seg.text.split()
        if (
            0 < len(initials) <= 3
            and all(map(is_initial_word, initials))
            and prev.text.rstrip().endswith(",")
        ):
            return splice(segments, i - 1, 2, prev._replace(text=f"{prev.text} {seg.text}"))
    return segments


def names_before_in_book_read_as_editors(segments: list[Segment]) -> list[Segment]:
    """ "Loeffler, E.; Martin, S." + "In Public management and governance;" + "Bovaird,
    T., Loeffler, E., Eds.;" with the first names read as editors too, in a reference with
    no author: unmarked names opening the reference before "In" and the book are its
    authors."""
    first = 1 if segments[0].label == "citation-number" else 0
    if len(segments) < first + 3 or segments[first].label != "editor":
        return segments
    names, book = segments[first], segments[first + 1]
    if book.label != "container-title" or not fields.opens_with_in(book.text):
        return segments
    if has_editor_marker(names.text) or not names_people(names.text):
        return segments
    return splice(segments, first, 1, names._replace(label="author"))


#: "In:" and the book up to its full stop, then the editors and their bracketed mark:
#: "In: Trust, risk and uncertainty. Watson, S. and Moran, A. (eds.)".
_IN_BOOK_THEN_MARKED_EDITORS = re.compile(
    r"^(?P<book>[Ii]n:?\s+[A-Z0-9][^()]*?[^\W\d_]{2}[.?!])\s+"
    r"(?P<editors>[A-ZÀ-Ý][^()]*?\s\((?i:eds?|edt|hrsg|hgg?|éds?|dirs?)\.?\)[.,]?)$"
)


def book_before_marked_editors(segments: list[Segment]) -> list[Segment]:
    """ "In: Trust, risk and uncertainty. Watson, S. and Moran, A. (eds.)" read as the
    editors, with no book before them and maybe the publisher read as the book after
    them ("Palgrave Macmillan:" + "Houndmills, Basingstoke:"): the sentence after "In:"
    is the book, and a name between the editors and the place the publisher."""
    for i, seg in enumerate(segments):
        if seg.label != "editor":
            continue
        match = _IN_BOOK_THEN_MARKED_EDITORS.match(seg.text.strip())
        if match is None or not names_people(match["editors"]):
            return segments
        if names_people(match["book"].split(None, 1)[1]):
            return segments  # "In J. A. Goldsmith, J. Riggle, …": names, no book
        if any(s.label == "container-title" for s in segments[:i]):
            return segments  # the book is there already
        found = [
            seg._replace(label="container-title", text=match["book"]),
            seg._replace(text=match["editors"]),
        ]
        count = 1
        after = segments[i + 1 : i + 3]
        if [s.label for s in after] == ["container-title", "location"]:
            found.append(after[0]._replace(label="publisher"))
            count = 2
        return splice(segments, i, count, *found)
    return segments
