"""Parse reference strings into typed works: the parser's public entry point.

    parse_reference("Alford, J. (2009). Engaging public sector clients. ...") -> ExtractedWork

A string is tokenised, labelled by the trained CRF (loaded on first use), and its
segments are turned into fields by the rules of `parse.fields` and `parse.names`. Any
string gives a record: empty or garbled input gives one flagged "low-confidence".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from coprod_refs.model.extracted import ExtractedWork, Name
from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.names import PARTICLES, has_editor_marker, parse_name_list
from coprod_refs.parse.tokens import MAX_REFERENCE_CHARS, Token, normalise_spacing, tokenize

#: Below this mean token probability a parse is flagged "low-confidence".
LOW_CONFIDENCE = 0.8
_BRACKETED_YEAR = re.compile(r"\((?:1[5-9]\d\d|20[0-4]\d)[a-z]?\)|\(n\.\s?d\.\)")


def parse_reference(text: str) -> ExtractedWork:
    """One reference string as a typed work with per-field confidences; never raises."""
    return parse_references([text])[0]


def parse_references(texts: list[str]) -> list[ExtractedWork]:
    """Many reference strings at once (shares the loaded model); one work per string."""
    return [_parse_safely(text) for text in texts]


def _parse_safely(text: str) -> ExtractedWork:
    try:
        return _parse_one(text)
    except Exception as exc:  # a parser bug must not lose the caller's other references
        return ExtractedWork(
            raw=text if isinstance(text, str) else "",
            confidence=0.0,
            flags=["low-confidence", f"parse-error:{type(exc).__name__}"],
        )


def _parse_one(text: str) -> ExtractedWork:
    from coprod_refs.parse import crf
    from coprod_refs.parse.features import sequence_features

    flags: list[str] = []
    if len(text) > MAX_REFERENCE_CHARS:
        flags.append("truncated")
    tokens = tokenize(normalise_spacing(text[:MAX_REFERENCE_CHARS]))
    if not tokens:
        return ExtractedWork(raw=text, confidence=0.0, flags=["low-confidence", "empty"])
    tagged = crf.tag(sequence_features(tokens))
    labels = repair_labels(tokens, tagged.labels, tagged.marginals)
    segments = repair_segments(group_segments(tokens, labels, tagged.marginals))
    work = assemble(segments, text)
    confidence = sum(tagged.marginals) / len(tagged.marginals)
    work.confidence = round(confidence, 4)
    work.flags = flags + work.flags
    if (
        confidence < LOW_CONFIDENCE
        or len(tokens) < 3
        or not (work.title or work.container_title or work.url)
    ):
        work.flags.append("low-confidence")
    return work


@lru_cache(maxsize=100_000)
def _label_by_form(text: str) -> str:
    """ "doi" or "url" for a token whose form says what it is, else ""."""
    lower = text.lower()
    if "10." in text and fields.normalise_doi(text) and ("doi" in lower or "/" in text):
        return "doi"
    if "://" in text or lower.lstrip("<([").startswith("www."):
        return "url"
    return ""


def repair_labels(tokens: list[Token], labels: list[str], marginals: list[float]) -> list[str]:
    """Deterministic fixes to the CRF's labels: URL and DOI tokens are labelled by their
    form, a lone doubtful token between two segments of one label joins them, access
    phrases ("Accessed 2 Apr 2019") are notes, and a leading list number is one."""
    out = list(labels)
    for i, tok in enumerate(tokens):
        forced = _label_by_form(tok.text)
        if forced:
            out[i] = forced
        elif (
            tok.text.lower().rstrip(":") in ("doi", "[doi")
            and i + 1 < len(tokens)
            and _label_by_form(tokens[i + 1].text) == "doi"
        ):
            out[i] = "doi"
    for i in range(1, len(out) - 1):
        if (
            out[i - 1] == out[i + 1] != out[i]
            and marginals[i] < 0.6
            and out[i]
            not in (
                "url",
                "doi",
            )
        ):
            out[i] = out[i - 1]
    _mark_access_phrases(tokens, out)
    if len(out) > 1 and out[0] != "citation-number" and _CITATION_NUMBER.match(tokens[0].text):
        out[0] = "citation-number"
    return out


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")
_TRAILING_PAREN = re.compile(r"\s*\(([^()]{2,60})\)\s*[.,]?$")
_NAME_LIST_WORDS = frozenset("and & eds eds. ed ed. et al al. (eds.) (ed.) (eds.), (ed.),".split())


def _split_genre_from_title(seg: Segment) -> list[Segment]:
    """ "Title. Governance International Case Study." -> title + genre; "Title (Guide)" too."""
    text = seg.text.rstrip()
    paren = _TRAILING_PAREN.search(text)
    if paren and fields.looks_like_genre(paren.group(1)):
        return [
            Segment("title", text[: paren.start()], seg.confidence),
            Segment("genre", paren.group(1), seg.confidence),
        ]
    parts = _SENTENCE_END.split(text)
    if len(parts) > 1:
        tail = parts[-1]
        if len(tail.split()) <= 8 and fields.looks_like_genre(tail):
            head = text[: len(text) - len(tail)].rstrip()
            label = "container-title" if fields.is_blog(tail) else "genre"
            return [Segment("title", head, seg.confidence), Segment(label, tail, seg.confidence)]
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


def repair_segments(segments: list[Segment]) -> list[Segment]:
    """Segment-level fixes for patterns the CRF rarely saw: a report descriptor printed
    after the title ("Case Study", "(Research Briefing 31)") is a genre, and a short
    descriptor labelled as container without "In" or editors is one too; a container
    that continues a book's title is merged into it; a container title that starts
    inside the editors' segment is moved out of it."""
    segments = _merge_book_subtitle(_split_container_from_editors(segments))
    labels = {s.label for s in segments}
    out: list[Segment] = []
    for seg in segments:
        if seg.label == "title" and "genre" not in labels and "journal" not in labels:
            pieces = _split_genre_from_title(seg)
            out.extend(pieces)
            labels.update(p.label for p in pieces)
            continue
        if (
            seg.label == "container-title"
            and "genre" not in labels
            and "editor" not in labels
            and not seg.text[:3].lower().startswith("in")
            and len(seg.text.split()) <= 8
            and fields.looks_like_genre(seg.text)
            and not fields.is_blog(seg.text)
        ):
            out.append(Segment("genre", seg.text, seg.confidence))
            labels.add("genre")
            continue
        out.append(seg)
    return out


_CITATION_NUMBER = re.compile(r"^(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)]?)$")
_ACCESS_WORDS = frozenset(
    "accessed retrieved consulted viewed abgerufen zugegriffen consulté visited".split()
)
_ACCESS_INITIALS = frozenset("[(AaRrCcVvZz")
_DATE_WORD = re.compile(r"^[\[(]?(?:on|at|am|le|\d{1,4}(?:st|nd|rd|th)?|[A-Za-zé]{3,9})[.,:)\]]*$")


def _mark_access_phrases(tokens: list[Token], labels: list[str]) -> None:
    """ "Accessed 2 Apr 2019" / "Retrieved March 27, 2016, from": the phrase is a note."""
    for i, tok in enumerate(tokens):
        if (
            tok.text[:1] not in _ACCESS_INITIALS
            or tok.text.lower().strip("[(:.,") not in _ACCESS_WORDS
        ):
            continue
        labels[i] = "note"
        for j in range(i + 1, min(i + 6, len(tokens))):
            text = tokens[j].text
            if labels[j] in ("url", "doi") or not _DATE_WORD.match(text):
                break
            if text.isalpha() and fields.parse_date("1 " + text + " 2000") == "":
                break
            labels[j] = "note"


def group_segments(tokens: list[Token], labels: list[str], marginals: list[float]) -> list[Segment]:
    """Runs of tokens with the same label, as segments with their mean probability."""
    segments: list[Segment] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or labels[i] != labels[start]:
            words = " ".join(t.text for t in tokens[start:i])
            probability = sum(marginals[start:i]) / (i - start)
            segments.append(Segment(labels[start], words, probability))
            start = i
    return segments


def _first(segments: Iterable[Segment], label: str) -> Segment | None:
    return next((s for s in segments if s.label == label), None)


def _names(segments: list[Segment], label: str) -> tuple[list[Name], bool, str, float]:
    """Names of every segment with `label`, "et al.", the joined text and confidence."""
    chosen = [s for s in segments if s.label == label]
    if label == "editor":
        marked = [s for s in chosen if has_editor_marker(s.text)]
        if marked and len(marked) < len(chosen):
            chosen = marked
    if not chosen:
        return [], False, "", 0.0
    text = " ".join(s.text for s in chosen)
    names: list[Name] = []
    et_al = False
    for seg in chosen:
        parsed = parse_name_list(seg.text)
        names.extend(parsed.names)
        et_al = et_al or parsed.et_al
    return names, et_al, text, min(s.confidence for s in chosen)


def _year(segments: list[Segment], raw: str) -> tuple[int | None, str, bool, float]:
    dates = [s for s in segments if s.label == "date" and not fields.accessed_date(s.text)]
    for seg in dates:
        year, suffix, no_date = fields.parse_year(seg.text)
        if year is not None or no_date:
            return year, suffix, no_date, seg.confidence
    bracketed = _BRACKETED_YEAR.search(raw)
    if bracketed:
        year, suffix, no_date = fields.parse_year(bracketed.group(0))
        return year, suffix, no_date, 0.5
    return None, "", False, 0.0


def _accessed(segments: list[Segment], raw: str) -> str:
    for seg in segments:
        if seg.label in ("note", "date", "url", "publisher", "title", "container-title"):
            found = fields.accessed_date(seg.text)
            if found:
                return found
    return fields.accessed_date(raw)


def _note(segments: list[Segment]) -> str:
    notes: list[str] = []
    for seg in segments:
        if seg.label != "note" or fields.accessed_date(seg.text):
            continue
        value = fields.clean_text(seg.text)
        if value.lower().rstrip(" :.") in (
            "retrieved from",
            "available from",
            "available at",
            "available",
            "online",
            "[online]",
            "from",
            "web",
        ):
            continue
        notes.append(value)
    return "; ".join(n for n in notes if n)


def assemble(segments: list[Segment], raw: str) -> ExtractedWork:
    """An ExtractedWork from labelled segments: every field cleaned, the type decided."""
    conf: dict[str, float] = {}
    flags: list[str] = []
    authors, et_al, author_text, author_conf = _names(segments, "author")
    editors, editors_et_al, _, editor_conf = _names(segments, "editor")
    if authors and not editors and has_editor_marker(author_text):
        editors, authors, editor_conf = authors, [], author_conf
    if authors:
        conf["authors"] = author_conf
    if editors:
        conf["editors"] = editor_conf
    if et_al or editors_et_al:
        flags.append("et-al")

    year, suffix, no_date, year_conf = _year(segments, raw)
    if year is not None or no_date:
        conf["year"] = year_conf

    title_seg = _first(segments, "title")
    journal_seg = _first(segments, "journal")
    container_seg = journal_seg or _first(segments, "container-title")
    in_marker = any(
        s.label in ("editor", "container-title") and s.text[:3].lower().rstrip(":") == "in"
        for s in segments
    )
    if (
        title_seg is None
        and journal_seg is None
        and container_seg is not None
        and not editors
        and not in_marker
    ):
        title_seg, container_seg, journal_seg = container_seg, None, None
    title = fields.clean_text(title_seg.text) if title_seg else ""
    container = fields.clean_container(container_seg.text) if container_seg else ""
    if title_seg:
        conf["title"] = title_seg.confidence
    if container_seg:
        conf["container_title"] = container_seg.confidence

    volume = issue = compact_pages = ""
    volume_seg = _first(segments, "volume")
    compact = next(
        (
            (s, parts)
            for s in segments
            if s.label in ("volume", "date", "pages") and (parts := fields.split_compact(s.text))
        ),
        None,
    )
    if compact:
        seg, (compact_year, volume, issue, compact_pages) = compact
        if year is None and compact_year is not None:
            year, conf["year"] = compact_year, seg.confidence
        if volume:
            conf["volume"] = seg.confidence
    elif volume_seg:
        volume, issue = fields.parse_volume(volume_seg.text)
        conf["volume"] = volume_seg.confidence
        if issue:
            conf["issue"] = volume_seg.confidence
    if not issue and journal_seg is not None:
        issue = next(
            (
                fields.clean_text(s.text)
                for s in segments
                if s.label == "date" and fields.is_season(s.text)
            ),
            "",
        )
    pages = article_number = ""
    pages_seg = _first(segments, "pages")
    if compact_pages and (not pages_seg or (compact and compact[0] is pages_seg)):
        pages = compact_pages
    elif pages_seg:
        pages, article_number, suspicious = fields.normalise_pages(pages_seg.text)
        conf["pages"] = pages_seg.confidence
        if suspicious:
            flags.append("suspicious-pages")

    publisher_seg = _first(segments, "publisher")
    place_seg = _first(segments, "location")
    publisher = fields.clean_text(publisher_seg.text) if publisher_seg else ""
    place = fields.clean_text(place_seg.text) if place_seg else ""
    if publisher and not place:
        place, publisher = fields.split_place_publisher(publisher)
    elif place and not publisher and ":" in place.rstrip(":"):
        place, publisher = fields.split_place_publisher(place)
    if publisher_seg and publisher:
        conf["publisher"] = publisher_seg.confidence
    if place:
        conf["place"] = (place_seg or publisher_seg or segments[0]).confidence

    url = doi = ""
    for seg in segments:
        if seg.label == "url" and not url:
            url = fields.normalise_url(seg.text)
            conf["url"] = seg.confidence
        if seg.label == "doi" and not doi:
            doi = fields.normalise_doi(seg.text)
            conf["doi"] = seg.confidence
    if not url:
        url = next((u for s in segments if (u := fields.normalise_url(s.text))), "")
    if not doi:
        doi = fields.normalise_doi(raw) if fields.DOI_HINT.search(raw) else ""
    if url and fields.normalise_doi(url) and "doi" in url.lower():
        doi = doi or fields.normalise_doi(url)
        url = ""
        conf.pop("url", None)
        conf.setdefault("doi", 1.0)
    isbn = issn = ""
    for seg in segments:
        if seg.label == "isbn":
            isbn = (
                isbn or fields.normalise_isbn(seg.text) if "issn" not in seg.text.lower() else isbn
            )
            issn = issn or fields.normalise_issn(seg.text)
    edition_seg = _first(segments, "edition")
    genre_seg = _first(segments, "genre")
    collection_seg = _first(segments, "collection-title")
    genre = fields.clean_text(genre_seg.text) if genre_seg else ""
    work_type, container_kind = fields.decide_type(
        has_journal=journal_seg is not None,
        container=container,
        has_editors=bool(editors),
        genre=genre,
        publisher=publisher,
        url=url,
        volume=volume,
        pages=pages,
        in_marker=in_marker,
    )
    return ExtractedWork(
        type=work_type,
        title=title,
        authors=authors,
        editors=editors,
        year=year,
        year_suffix=suffix,
        no_date=no_date,
        container_title=container,
        container_kind=container_kind,
        collection_title=fields.clean_container(collection_seg.text) if collection_seg else "",
        volume=volume,
        issue=issue,
        pages=pages,
        article_number=article_number,
        edition=fields.normalise_edition(edition_seg.text) if edition_seg else "",
        publisher=publisher,
        place=place,
        doi=doi,
        url=url,
        isbn=isbn,
        issn=issn,
        accessed=_accessed(segments, raw),
        genre=genre,
        note=_note(segments),
        field_confidence={k: round(v, 4) for k, v in conf.items()},
        flags=flags,
        raw=raw,
    )
