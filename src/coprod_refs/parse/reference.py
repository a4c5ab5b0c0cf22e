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


def _people(segments: list[Segment], work: ExtractedWork, conf: dict[str, float]) -> None:
    """Authors and editors; "(Eds.)" after the first names makes them editors."""
    authors, et_al, author_text, author_conf = _names(segments, "author")
    editors, editors_et_al, _, editor_conf = _names(segments, "editor")
    if authors and not editors and has_editor_marker(author_text):
        editors, authors, editor_conf = authors, [], author_conf
    work.authors, work.editors = authors, editors
    if authors:
        conf["authors"] = author_conf
    if editors:
        conf["editors"] = editor_conf
    if et_al or editors_et_al:
        work.flags.append("et-al")


def _titles(segments: list[Segment], work: ExtractedWork, conf: dict[str, float]) -> bool:
    """Title and container; a lone non-journal container is the title. Returns whether a
    journal was found."""
    title_seg = _first(segments, "title")
    journal_seg = _first(segments, "journal")
    container_seg = journal_seg or _first(segments, "container-title")
    lone_container = title_seg is None and journal_seg is None and container_seg is not None
    if lone_container and not work.editors and not _has_in_marker(segments):
        title_seg, container_seg = container_seg, None
    if title_seg:
        work.title = fields.clean_text(title_seg.text)
        conf["title"] = title_seg.confidence
    if container_seg:
        work.container_title = fields.clean_container(container_seg.text)
        conf["container_title"] = container_seg.confidence
    collection_seg = _first(segments, "collection-title")
    if collection_seg:
        work.collection_title = fields.clean_container(collection_seg.text)
    return journal_seg is not None


def _has_in_marker(segments: list[Segment]) -> bool:
    return any(
        s.label in ("editor", "container-title") and s.text[:3].lower().rstrip(":") == "in"
        for s in segments
    )


def _numbers(
    segments: list[Segment], work: ExtractedWork, conf: dict[str, float], journal: bool
) -> None:
    """Volume, issue and pages, including Vancouver's "2006;8(4):493-501"."""
    compact_pages = ""
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
        seg, (compact_year, work.volume, work.issue, compact_pages) = compact
        if work.year is None and compact_year is not None:
            work.year, conf["year"] = compact_year, seg.confidence
        if work.volume:
            conf["volume"] = seg.confidence
    elif volume_seg:
        work.volume, work.issue = fields.parse_volume(volume_seg.text)
        conf["volume"] = volume_seg.confidence
        if work.issue:
            conf["issue"] = volume_seg.confidence
    if not work.issue and journal:
        seasons = (s for s in segments if s.label == "date" and fields.is_season(s.text))
        work.issue = next((fields.clean_text(s.text) for s in seasons), "")
    pages_seg = _first(segments, "pages")
    if compact_pages and (not pages_seg or (compact and compact[0] is pages_seg)):
        work.pages = compact_pages
    elif pages_seg:
        work.pages, work.article_number, suspicious = fields.normalise_pages(pages_seg.text)
        conf["pages"] = pages_seg.confidence
        if suspicious:
            work.flags.append("suspicious-pages")


def _imprint(segments: list[Segment], work: ExtractedWork, conf: dict[str, float]) -> None:
    """Publisher, place (split at a colon when one segment holds both), edition, genre."""
    publisher_seg = _first(segments, "publisher")
    place_seg = _first(segments, "location")
    publisher = fields.clean_text(publisher_seg.text) if publisher_seg else ""
    place = fields.clean_text(place_seg.text) if place_seg else ""
    if publisher and not place:
        place, publisher = fields.split_place_publisher(publisher)
    elif place and not publisher and ":" in place.rstrip(":"):
        place, publisher = fields.split_place_publisher(place)
    work.publisher, work.place = publisher, place
    if publisher_seg and publisher:
        conf["publisher"] = publisher_seg.confidence
    if place:
        conf["place"] = (place_seg or publisher_seg or segments[0]).confidence
    edition_seg = _first(segments, "edition")
    if edition_seg:
        work.edition = fields.normalise_edition(edition_seg.text)
    genre_seg = _first(segments, "genre")
    if genre_seg:
        work.genre = fields.clean_text(genre_seg.text)


def _identifiers(
    segments: list[Segment], raw: str, work: ExtractedWork, conf: dict[str, float]
) -> None:
    """URL, DOI (a DOI link is the DOI), ISBN, ISSN and the access date."""
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
    if not doi and fields.DOI_HINT.search(raw):
        doi = fields.normalise_doi(raw)
    if url and "doi" in url.lower() and fields.normalise_doi(url):
        doi = doi or fields.normalise_doi(url)
        url = ""
        conf.pop("url", None)
        conf.setdefault("doi", 1.0)
    work.url, work.doi = url, doi
    for seg in segments:
        if seg.label == "isbn":
            if "issn" not in seg.text.lower():
                work.isbn = work.isbn or fields.normalise_isbn(seg.text)
            work.issn = work.issn or fields.normalise_issn(seg.text)
    work.accessed = _accessed(segments, raw)


def assemble(segments: list[Segment], raw: str) -> ExtractedWork:
    """An ExtractedWork from labelled segments: every field cleaned, the type decided."""
    work = ExtractedWork(raw=raw)
    conf: dict[str, float] = {}
    _people(segments, work, conf)
    work.year, work.year_suffix, work.no_date, year_conf = _year(segments, raw)
    if work.year is not None or work.no_date:
        conf["year"] = year_conf
    journal = _titles(segments, work, conf)
    _numbers(segments, work, conf, journal)
    _imprint(segments, work, conf)
    _identifiers(segments, raw, work, conf)
    work.note = _note(segments)
    work.type, work.container_kind = fields.decide_type(
        has_journal=journal,
        container=work.container_title,
        has_editors=bool(work.editors),
        genre=work.genre,
        publisher=work.publisher,
        url=work.url,
        volume=work.volume,
        pages=work.pages,
        in_marker=_has_in_marker(segments),
    )
    work.field_confidence = {k: round(v, 4) for k, v in conf.items()}
    return work
