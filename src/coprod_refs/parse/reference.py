"""Parse reference strings into typed works: the parser's public entry point.

    parse_reference("Alford, J. (2009). Engaging public sector clients. ...") -> ExtractedWork

A string is tokenised, labelled by the trained CRF (loaded on first use), its labels and
segments are corrected by the rules of `parse.repairs`, and the segments are turned into
fields by the rules of `parse.fields` and `parse.names`. Any string gives a record:
empty or garbled input gives one flagged "low-confidence".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from coprod_refs.collector import collector_paused
from coprod_refs.model.extracted import ExtractedWork, Name
from coprod_refs.model.trusted import Draft
from coprod_refs.parse import fields
from coprod_refs.parse.fields import Segment
from coprod_refs.parse.gbt7714 import gbt7714_record
from coprod_refs.parse.imprint import (
    colon_imprint,
    comma_imprint,
    places_after_publisher,
    reads_as_places,
)
from coprod_refs.parse.legislation import legislation_record
from coprod_refs.parse.marks import with_marks_spaced
from coprod_refs.parse.names import (
    has_editor_marker,
    is_names_dash,
    marked_role,
    parse_name_list,
    parse_translator_list,
    split_title_translators,
)
from coprod_refs.parse.original_date import (
    first_published,
    is_first_published_note,
    split_original,
)
from coprod_refs.parse.repairs import repair_labels, repair_segments
from coprod_refs.parse.short_citation import ShortCitation, cut_short_citation
from coprod_refs.parse.title_marks import title_marks_record
from coprod_refs.parse.tokens import (
    MAX_REFERENCE_CHARS,
    Token,
    normalise_spacing,
    tokenize,
)
from coprod_refs.text.characters import visible_text
from coprod_refs.text.language import guess_language

if TYPE_CHECKING:
    from coprod_refs.parse.crf import Labelled
    from coprod_refs.parse.features import SequenceFeatures

#: A work while `assemble` fills in its fields.
_Draft = Draft[ExtractedWork]
#: Below this mean token probability a parse is flagged "low-confidence".
LOW_CONFIDENCE = 0.8
_BRACKETED_YEAR = re.compile(r"\((?:1[5-9]\d\d|20[0-4]\d)[a-z]?\)|\(n\.\s?d\.\)")


def clear_caches() -> None:
    """Empty every per-word cache of the parser (feature strings, the scores of each word
    form, word forms, name parts), as for the first references a process ever sees: the
    speed benchmark times a cold start with it."""
    from coprod_refs.parse import crf, features, names, repairs

    features.clear_caches()
    crf.clear_cache()
    names.clear_caches()
    repairs.clear_caches()


def parse_reference(text: str) -> ExtractedWork:
    """One reference string as a typed work with per-field confidences; never raises."""
    return parse_references([text])[0]


def parse_references(texts: list[str]) -> list[ExtractedWork]:
    """Many reference strings at once (labelled by the model in batches, which is much
    faster than one by one); one work per string, in order."""
    from coprod_refs.parse import crf

    with collector_paused():  # the records built hold no reference cycles
        prepared = [_prepare_safely(text) for text in texts]
        pending = [p for p in prepared if isinstance(p, _Prepared)]
        tagged = crf.tag_many([p.features for p in pending])
        done = iter(_finish_safely(p, t) for p, t in zip(pending, tagged, strict=True))
        works = [next(done) if isinstance(p, _Prepared) else p for p in prepared]
        # Freed while the collector is paused, so that its next pass does not walk them.
        del prepared, pending, tagged, done
    return works


def parse_reference_list(texts: list[str]) -> list[ExtractedWork]:
    """The entries of one reference list, in order, parsed as `parse_references` does;
    in addition a repeated-author dash ("———. 1996.", "---, and V. Ostrom") stands for
    the names that open the entry before it, as Chicago and MLA lists print them."""
    works = parse_references(texts)
    previous: list[Name] = []
    for work in works:
        for role in ("authors", "editors"):
            names: list[Name] = getattr(work, role)
            if previous and any(_is_dash(n) for n in names):
                expanded = [m for n in names for m in (previous if _is_dash(n) else [n])]
                setattr(work, role, expanded)
        previous = work.authors or work.editors or previous
    return works


def _is_dash(name: Name) -> bool:
    return bool(name.literal) and is_names_dash(name.literal)


class _Prepared(NamedTuple):
    text: str
    #: The string the tokens were cut from: white space normalised, one space between.
    normalised: str
    tokens: list[Token]
    features: SequenceFeatures
    flags: list[str]
    #: The short citation printed before the entry ("Alford 2009b:"), cut off.
    short: ShortCitation | None = None


def _failed(text: object, exc: Exception) -> ExtractedWork:
    """The record of a string the parser failed on: a parser bug must not lose the
    caller's other references."""
    return ExtractedWork(
        raw=text if isinstance(text, str) else "",
        confidence=0.0,
        flags=["low-confidence", f"parse-error:{type(exc).__name__}"],
    )


def _prepare_safely(text: str) -> _Prepared | ExtractedWork:
    try:
        return _prepare(text)
    except Exception as exc:  # reported in the record's flags
        return _failed(text, exc)


def _finish_safely(prepared: _Prepared, tagged: Labelled) -> ExtractedWork:
    try:
        return _finish(prepared, tagged)
    except Exception as exc:  # reported in the record's flags
        return _failed(prepared.text, exc)


def _prepare(text: str) -> _Prepared | ExtractedWork:
    """Tokens and features of one string, or the record of an empty one."""
    from coprod_refs.parse.features import sequence_features

    flags: list[str] = []
    if len(text) > MAX_REFERENCE_CHARS:
        flags.append("truncated")
    normalised = normalise_spacing(visible_text(text[:MAX_REFERENCE_CHARS]))
    short = cut_short_citation(normalised)
    if short is not None:
        normalised = short.entry
    normalised = with_marks_spaced(normalised)
    tokens = tokenize(normalised)
    if not tokens:
        return ExtractedWork(raw=text, confidence=0.0, flags=["low-confidence", "empty"])
    return _Prepared(text, normalised, tokens, sequence_features(tokens), flags, short)


def _date_from_short_citation(work: ExtractedWork, short: ShortCitation) -> None:
    """The year of the short citation cut from the entry, when the entry states none, and
    its letter ("Alford 2009b"), which the entry's own date leaves out."""
    if short.year is None:
        return
    if work.year is None and not work.no_date:
        work.year = short.year
    if work.year == short.year and short.letter and not work.year_suffix:
        work.year_suffix = short.letter


def _tagged_after_list_number(prepared: _Prepared, tagged: Labelled) -> Labelled:
    """The labels of a string the model read as a note from its list number on ("15.
    Bovaird T, Loeffler E: From engagement …": once in that state it rarely leaves it):
    the words after the number labelled again on their own, as the model reads the
    same reference without its number well, unless they open with a note again."""
    from coprod_refs.parse.crf import Labelled, tag
    from coprod_refs.parse.features import sequence_features

    labels = tagged.labels
    if len(labels) < 6 or labels[1:5] != ["note"] * 4:
        return tagged
    if not fields.LIST_NUMBER.match(prepared.tokens[0].text):
        return tagged
    rest = tokenize(prepared.normalised[prepared.tokens[1].start :])
    if len(rest) != len(labels) - 1:
        return tagged
    again = tag(sequence_features(rest))
    if again.labels[0] == "note":
        return tagged
    return Labelled(
        ["citation-number", *again.labels],
        [tagged.marginals[0], *again.marginals],
        again.sequence_probability,
    )


def _finish(prepared: _Prepared, tagged: Labelled) -> ExtractedWork:
    """The typed work from one string's labels: repaired, grouped, assembled, scored."""
    tokens = prepared.tokens
    tagged = _tagged_after_list_number(prepared, tagged)
    labels = repair_labels(tokens, tagged.labels, tagged.marginals)
    segments = repair_segments(
        group_segments(tokens, labels, tagged.marginals, prepared.normalised)
    )
    work = assemble(segments, prepared.text)
    if prepared.short is not None:
        _date_from_short_citation(work, prepared.short)
    confidence = sum(tagged.marginals) / len(tagged.marginals)
    by_form = (
        legislation_record(prepared.text, work)
        or gbt7714_record(prepared.text, work)
        or title_marks_record(prepared.text, work)
    )
    if by_form is not None:  # a law, a GB/T 7714 or a 《 》 reference: read from its form
        work, confidence = by_form, max(confidence, by_form.confidence)
    work.confidence = round(confidence, 4)
    work.flags = prepared.flags + work.flags
    if (
        confidence < LOW_CONFIDENCE
        or len(tokens) < 3
        or not (work.title or work.container_title or work.url)
    ):
        work.flags.append("low-confidence")
    return work


def group_segments(
    tokens: list[Token], labels: list[str], marginals: list[float], text: str
) -> list[Segment]:
    """Runs of tokens with the same label, as segments with their mean probability; `text`
    is the normalised string the tokens were cut from (one space between words), so a
    segment's words are a slice of it."""
    segments: list[Segment] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or labels[i] != labels[start]:
            words = text[tokens[start].start : tokens[i - 1].end]
            probability = sum(marginals[start:i]) / (i - start)
            segments.append(Segment(labels[start], words, probability))
            start = i
    return segments


def _first(segments: Iterable[Segment], label: str) -> Segment | None:
    for seg in segments:  # a plain loop: called a dozen times per reference
        if seg.label == label:
            return seg
    return None


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


def _access_dates(segments: list[Segment]) -> list[str]:
    """Per segment, the access date it states, or "" (most references state none, which
    one look at their whole text tells)."""
    if not fields.mentions_access(" ".join(s.text for s in segments)):
        return [""] * len(segments)
    return [fields.accessed_date(s.text) for s in segments]


class _Dated(NamedTuple):
    """The year read from a reference, the text it was read from, and the original year
    printed beside it ("[1922] 1978")."""

    year: int | None
    suffix: str
    no_date: bool
    confidence: float
    text: str
    original: str = ""


def _year(segments: list[Segment], access: list[str], raw: str) -> _Dated:
    dates = [s for s, a in zip(segments, access, strict=True) if s.label == "date" and not a]
    for seg in dates:
        text, original = split_original(seg.text)
        year, suffix, no_date = fields.parse_year(text)
        if year is not None or no_date:
            return _Dated(year, suffix, no_date, seg.confidence, text, original)
    bracketed = _BRACKETED_YEAR.search(raw)
    if bracketed:
        year, suffix, no_date = fields.parse_year(bracketed.group(0))
        return _Dated(year, suffix, no_date, 0.5, bracketed.group(0))
    return _Dated(None, "", False, 0.0, "")


def _month_day(
    segments: list[Segment], access: list[str], dated: str, year: int
) -> tuple[int | None, int | None]:
    """The month and day of publication: beside the year (APA's "(2019, March 5)",
    Vancouver's "2016 Jun 5;"; a season is no month), or in a date of their own with no
    year (Chicago's newspaper: "2009. … Spokesman-Review, October 13.")."""
    found = fields.month_day(dated, year)
    if found[0] is not None:
        return found
    for seg, accessed in zip(segments, access, strict=True):
        if (
            seg.label == "date"
            and not accessed
            and seg.text != dated
            and fields.parse_year(seg.text)[0] is None
        ):
            found = fields.month_day(seg.text, year)
            if found[0] is not None:
                return found
    return found


def _accessed(segments: list[Segment], access: list[str], raw: str) -> str:
    for seg, found in zip(segments, access, strict=True):
        if found and seg.label in ("note", "date", "url", "publisher", "title", "container-title"):
            return found
    return fields.accessed_date(raw)


def _original_in_notes(segments: list[Segment], year: int | None) -> str:
    """The year a note says the work first appeared ("(Original work published 1922)")."""
    notes = (first_published(s.text, year) for s in segments if s.label == "note")
    return next((found for found in notes if found), "")


def _note(segments: list[Segment], access: list[str], has_original: bool) -> str:
    """The notes, but for access dates, link phrases and, once the original date holds
    it, a note saying only when the work first appeared."""
    notes: list[str] = []
    for seg, found in zip(segments, access, strict=True):
        if seg.label != "note" or found:
            continue
        value = fields.clean_text(seg.text)
        if fields.is_link_phrase(value) or (has_original and is_first_published_note(value)):
            continue
        notes.append(value)
    return "; ".join(n for n in notes if n)


def _people(segments: list[Segment], work: _Draft, conf: dict[str, float]) -> None:
    """Authors, editors and translators; "(Eds.)" after the first names makes them
    editors, and an editor segment marked only as translators' ("Richard Stokes
    (trans.)") holds translators."""
    segments = [
        s._replace(label="translator")
        if s.label == "editor" and marked_role(s.text) == "translator"
        else s
        for s in segments
    ]
    authors, et_al, author_text, author_conf = _names(segments, "author")
    editors, editors_et_al, _, editor_conf = _names(segments, "editor")
    if authors and not editors and has_editor_marker(author_text):
        editors, authors, editor_conf = authors, [], author_conf
    translating = [s for s in segments if s.label == "translator"]
    translators: list[Name] = []
    if translating:
        translator_conf = min(s.confidence for s in translating)
        translators, named = _translators_and_editors(" ; ".join(s.text for s in translating))
        if named and not editors:
            editors, editor_conf = named, translator_conf
        if translators:
            conf["translators"] = translator_conf
    work.authors, work.editors, work.translators = authors, editors, translators
    if authors:
        conf["authors"] = author_conf
    if editors:
        conf["editors"] = editor_conf
    if et_al or editors_et_al:
        work.flags.append("et-al")


def _translators_and_editors(text: str) -> tuple[list[Name], list[Name]]:
    """(translators, editors) of the names in a translator segment or a bracket after the
    title, clause by clause (clauses end at semicolons): "(R. Harris, Ed.; C. Bally,
    Trans.)" names an editor and a translator; a clause marked only as editors' ("a
    cura di G. Pasquino") names editors, any other translators."""
    translators: list[Name] = []
    editors: list[Name] = []
    for clause in text.split(";"):
        if marked_role(clause) == "editor":
            editors += parse_name_list(clause).names
        else:
            translators += parse_translator_list(clause).names
    return translators, editors


def _title_translators(work: _Draft, conf: dict[str, float]) -> None:
    """Translators read into the title: APA's "Distinction (R. Nice, Trans.)", or
    "Wirtschaft und Gesellschaft. Übersetzt von J. Smith", give the title without them
    and the translators (and the editors the same bracket names, when the work has none
    yet: "(C. Bally, Ed.; W. Baskin, Trans.)")."""
    title, clause = split_title_translators(work.title)
    if not clause:
        return
    translators, editors = _translators_and_editors(clause)
    work.title = title
    work.translators = work.translators or translators
    work.editors = work.editors or editors
    conf.setdefault("translators", conf.get("title", 0.0))


def _titles(segments: list[Segment], work: _Draft, conf: dict[str, float]) -> bool:
    """Title and container; a lone non-journal container is the title. Returns whether a
    journal was found."""
    title_seg = _first(segments, "title")
    journal_seg = _first(segments, "journal")
    container_seg = journal_seg or _first(segments, "container-title")
    if title_seg is None and journal_seg is None and container_seg is not None:
        title_seg, container_seg = _lone_container(segments, container_seg)
    if title_seg:
        work.title = fields.said_once(fields.without_medium(fields.clean_text(title_seg.text)))
        conf["title"] = title_seg.confidence
    if container_seg:
        work.container_title = fields.without_medium(fields.clean_container(container_seg.text))
        conf["container_title"] = container_seg.confidence
    collection_seg = _first(segments, "collection-title")
    if collection_seg:
        work.collection_title = fields.clean_container(collection_seg.text)
    return journal_seg is not None


def _lone_container(
    segments: list[Segment], container: Segment
) -> tuple[Segment | None, Segment | None]:
    """(title, container) of a reference whose only titles are containers. One opening
    with "In:", or with "in" before editors, is a book whose chapter has no title
    printed ("in Public management and governance, eds. T. Bovaird …"; "In Search of
    Excellence" alone is a title); one before "In" and editors is the chapter's title,
    the container after them its book; any other with no editors before it is a book's
    title, its editors (if any) named after it ("Economy and society (G. Roth & C.
    Wittich, Eds.)")."""
    at = segments.index(container)
    if fields.opens_with_in(container.text) and (
        container.text.split(maxsplit=1)[0].endswith(":")
        or any(s.label == "editor" for s in segments[at:])
    ):
        return None, container
    marked = next(
        (
            i
            for i, s in enumerate(segments[at + 1 :], start=at + 1)
            if s.label in ("editor", "container-title") and fields.opens_with_in(s.text)
        ),
        None,
    )
    if marked is not None:
        book = next((s for s in segments[marked:] if s.label == "container-title"), None)
        return container, book
    if any(s.label == "editor" for s in segments[:at]):
        return None, container
    return container, None


def _has_in_marker(segments: list[Segment]) -> bool:
    return any(
        s.label in ("editor", "container-title") and fields.opens_with_in(s.text) for s in segments
    )


def _short_number(text: str) -> str:
    """`text` when it is a number of one to three digits (an issue), else ""."""
    return text if text.isdigit() and len(text) <= 3 else ""


#: A volume and one more number with nothing but a space between them: "35 216".
_VOLUME_THEN_PAGE = re.compile(r"^\d{1,4} \d{1,6}[.,;]?$")


def _numbers(segments: list[Segment], work: _Draft, conf: dict[str, float], journal: bool) -> None:
    """Volume, issue and pages, including Vancouver's "2006;8(4):493-501"."""
    compact_pages = ""
    volume_seg = _first(segments, "volume")
    compact = next(
        (
            (s, parts)
            for s in segments
            if s.label in ("volume", "date", "pages")
            and (parts := fields.split_compact(s.text, bare=s.label == "volume"))
        ),
        None,
    )
    if compact:
        seg, (compact_year, work.volume, work.issue, compact_pages) = compact
        if work.year is None and compact_year is not None:
            work.year, conf["year"] = compact_year, seg.confidence
            letter = seg.text.lstrip()[4:5]
            if letter.isalpha() and letter.islower():  # "1969a;35(4):216–224."
                work.year_suffix = letter
        if work.year is not None and work.month is None:
            # "2016 Jun;94(2):392-429": the month (and day) before the semicolon.
            work.month, work.day = fields.month_day(seg.text.partition(";")[0], work.year)
        if work.volume:
            conf["volume"] = seg.confidence
    elif volume_seg:
        printed, work.article_number = fields.split_article_number(volume_seg.text)
        work.volume, work.issue = fields.parse_volume(printed)
        conf["volume"] = volume_seg.confidence
        later = [s for s in segments if s.label == "volume" and s is not volume_seg]
        if not work.issue and later:
            # "111 (2020), H. 3", or a journal's "35 (1969), 4" or "39: 4,": the issue
            # alone in a second volume segment.
            number, issue = fields.parse_volume(later[0].text)
            bare = later[0].text.rstrip(" ,.;:")
            colon = volume_seg.text.rstrip().endswith(":")
            work.issue = (_short_number(bare) if journal or colon else "") if number else issue
        if work.issue:
            conf["issue"] = volume_seg.confidence
    if not work.issue and journal:
        seasons = (s for s in segments if s.label == "date" and fields.is_season(s.text))
        work.issue = next((fields.clean_text(s.text) for s in seasons), "")
    pages_seg = _first(segments, "pages")
    printed = ""
    if compact and pages_seg and compact[0] is volume_seg and not work.issue:
        # Taylor & Francis's "16:3, 299-316": with pages of their own, the number after
        # the colon is the issue.
        work.issue, compact_pages = _short_number(compact_pages), ""
    if compact_pages and (not pages_seg or (compact and compact[0] is pages_seg)):
        printed = compact_pages
    elif pages_seg:
        printed = pages_seg.text
        conf["pages"] = pages_seg.confidence
    else:
        dates = (fields.year_pages(s.text) for s in segments if s.label == "date")
        printed = next((p for p in dates if p), "")
    if not printed and volume_seg and not compact and _VOLUME_THEN_PAGE.match(volume_seg.text):
        # Physics' "Journal 35 216 (1969)": with no pages anywhere, the bare number after
        # the volume is the first page, not the issue.
        printed, work.issue = work.issue, ""
        conf["pages"] = conf.pop("issue", volume_seg.confidence)
    if printed:
        work.pages, number, suspicious = fields.normalise_pages(printed)
        work.article_number = number or work.article_number
        if suspicious:
            work.flags.append("suspicious-pages")


#: The labels after which an imprint has ended: "Roma, Carocci" before the year, the
#: pages, a link or the reference's end.
_AFTER_AN_IMPRINT = frozenset(("date", "pages", "url", "doi", ""))


def _imprint(segments: list[Segment], work: _Draft, conf: dict[str, float]) -> None:
    """Publisher, place (split when one segment holds both: at a colon, or at a comma
    between a place and a publisher's name in either order), edition, genre. A segment
    stating the access date is no publisher ("Recuperado em 5 de maio de 2019, de"), and
    "s.l." or "n.p." states that there is none."""
    publishers = (s for s in segments if s.label == "publisher")
    publisher_seg = next((s for s in publishers if not fields.opens_with_access(s.text)), None)
    place_seg = _first(segments, "location")
    # "Governance International. [En ligne]": the medium is no part of the name
    publisher = (
        fields.clean_text(fields.without_medium(fields.clean_text(publisher_seg.text)))
        if publisher_seg
        else ""
    )
    place = fields.clean_text(place_seg.text) if place_seg else ""
    if publisher and not place:
        place, publisher = colon_imprint(publisher)
        if not place:
            # "Birmingham, Governance International, 2013." before the year, the pages, a
            # link or the end
            ends = _next_label(segments, publisher_seg) in _AFTER_AN_IMPRINT
            place, publisher = comma_imprint(publisher, ends_imprint=ends) or ("", publisher)
        if not place:  # "Palgrave Macmillan Basingstoke and New York."
            place, publisher = places_after_publisher(publisher) or ("", publisher)
        if (
            not place
            and _next_label(segments, publisher_seg) in ("date", "")
            and reads_as_places(publisher)
        ):  # "Basingstoke and New York 2009.": the places, and no publisher printed
            place, publisher = publisher, ""
    elif place and not publisher and (":" in place.rstrip(":") or ";" in place):
        place, publisher = colon_imprint(place)
    elif place and not publisher:
        # "Roma, Carocci, 2013", "Roma, Carocci, pp. 193-221" or "…, Roma, Carocci." at
        # the end of the reference.
        ends = _next_label(segments, place_seg) in _AFTER_AN_IMPRINT
        place, publisher = comma_imprint(place, ends_imprint=ends) or (place, "")
    publisher, place = fields.stated(publisher), fields.stated(place)
    work.publisher, work.place = publisher, fields.expand_town(fields.said_once(place, 3))
    if publisher_seg and publisher:
        conf["publisher"] = publisher_seg.confidence
    if place:
        conf["place"] = (place_seg or publisher_seg or segments[0]).confidence
    edition_seg = _first(segments, "edition")
    if edition_seg:
        work.edition = fields.normalise_edition(edition_seg.text)
    genre_seg = _first(segments, "genre")
    if genre_seg:
        work.genre = fields.clean_text(fields.without_medium(genre_seg.text.rstrip(" .,;")))


def _next_label(segments: list[Segment], seg: Segment | None) -> str:
    """The label of the segment after `seg` ("" at the end or without `seg`)."""
    if seg is None:
        return ""
    i = segments.index(seg) + 1
    return segments[i].label if i < len(segments) else ""


def _identifiers(
    segments: list[Segment],
    access: list[str],
    raw: str,
    work: _Draft,
    conf: dict[str, float],
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
    if not url and fields.normalise_url(raw):  # else no segment holds one either
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
    work.accessed = _accessed(segments, access, raw)


def assemble(segments: list[Segment], raw: str) -> ExtractedWork:
    """An ExtractedWork from labelled segments: every field cleaned, the type decided."""
    work: _Draft = Draft(ExtractedWork, raw=raw)
    conf: dict[str, float] = {}
    access = _access_dates(segments)
    _people(segments, work, conf)
    dated = _year(segments, access, raw)
    work.year, work.year_suffix, work.no_date = dated.year, dated.suffix, dated.no_date
    if work.year is not None:
        work.month, work.day = _month_day(segments, access, dated.text, work.year)
    if work.year is not None or work.no_date:
        conf["year"] = dated.confidence
    else:
        dates = (fields.publication_status(s.text) for s in segments if s.label == "date")
        work.status = next((status for status in dates if status), "")
    journal = _titles(segments, work, conf)
    _title_translators(work, conf)
    _numbers(segments, work, conf, journal)
    _imprint(segments, work, conf)
    _identifiers(segments, access, raw, work, conf)
    work.original_date = dated.original or _original_in_notes(segments, work.year)
    work.note = _note(segments, access, bool(work.original_date))
    number = _first(segments, "citation-number")
    if number is not None:
        # "[12]", "12.", "(12)": the number the list gives the entry.
        work.label = "".join(c for c in number.text if c.isalnum())
    work.type, work.container_kind = fields.decide_type(
        has_journal=journal,
        container=work.container_title,
        has_editors=bool(work.editors),
        genre=work.genre,
        publisher=work.publisher,
        url=work.url,
        volume=work.volume,
        issue=work.issue,
        pages=work.pages,
        in_marker=_has_in_marker(segments),
        dated_to_the_day=work.day is not None,
    )
    language = guess_language(work.title)
    if language != "en":
        # Styles take a work without a language as English; only others are recorded.
        work.language = language
    work.field_confidence = {k: round(v, 4) for k, v in conf.items()}
    return work.record()
