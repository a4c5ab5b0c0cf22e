"""Property tests: any text is read without an exception, and on generated pages that mix
page furniture with a work's metadata, no field ever holds furniture."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_refs.model import ExtractedWork
from coprod_refs.sources.landing import extract_document_work, looks_like_landing_page
from coprod_refs.sources.page_fields import match_field, parse_locator
from coprod_refs.sources.page_names import person_names

#: Words that only page furniture contains; no field of a work may hold them.
FURNITURE_WORDS = (
    "USD",
    "EUR",
    "GBP",
    "Access this",
    "Buy ",
    "Download",
    "Skip to",
    "log in",
    "Log in",
    "cookies",
    "Price",
    "Add to cart",
    "Sign in",
    "subscription",
    "Login",
    "Accessibility",
    "Save PDF",
    "1.2 MB",
    "Browse by",
)

FURNITURE_LINES = st.sampled_from(
    [
        "Skip to main content",
        "Skip to navigation",
        "Access this article",
        "Access this chapter",
        "Download citation",
        "Download PDF",
        "Sign in",
        "Log in via an institution",
        "Buy article PDF",
        "Price excludes VAT (USA)",
        "Tax calculation will be finalised at checkout",
        "Add to cart",
        "Share",
        "Cite",
        "Menu",
        "We use cookies to improve your experience. By continuing you accept our use of cookies.",
        "This is a preview of subscription content, log in via an institution to check access.",
        "Instant download",
        "Purchases are for personal use only",
        "Institutional subscriptions",
        "Login Alert",
        "Accessibility help",
        "Save PDF",
        "PDF, 1.2 MB, 40 pages",
        "Browse by year",
    ]
)
PRICES = st.builds(
    lambda cur, units, cents: f"{cur}\u00a0{units}.{cents:02d}",
    st.sampled_from(["USD", "EUR", "GBP"]),
    st.integers(1, 300),
    st.integers(0, 99),
)
GIVEN = st.sampled_from(["Tony", "Elke", "Sanna", "Drorit", "Anat", "Helen", "Jonas", "Marta"])
FAMILY = st.sampled_from(["Bovaird", "Loeffler", "Tuurnas", "Gassner", "Gofen", "Okafor", "Lopes"])
TOPIC = st.sampled_from(
    ["co-production", "volunteering", "public value", "street-level work", "local services"]
)
PLACE = st.sampled_from(["municipal care", "schools", "policing", "social housing", "libraries"])
TITLES = st.builds(
    lambda a, b, c: f"Rethinking {a} in {b}: evidence from {c}",
    TOPIC,
    PLACE,
    st.sampled_from(["Finland", "three cities", "a panel survey", "case studies"]),
)
JOURNALS = st.sampled_from(
    [
        "Public Management Review",
        "International Journal of Public Sector Management",
        "Journal of Social Policy",
        "Voluntas",
    ]
)
AUTHORS = st.lists(st.tuples(GIVEN, FAMILY), min_size=1, max_size=4, unique_by=lambda n: n[1])


def _strings(work: ExtractedWork) -> list[str]:
    """Every text value of a work, names included."""
    values = [
        work.title,
        work.container_title,
        work.publisher,
        work.place,
        work.abstract,
        work.volume,
        work.issue,
        work.pages,
        work.article_number,
        work.doi,
        work.issn,
        work.isbn,
        work.language,
        work.url,
        work.collection_title,
        *work.keywords,
    ]
    for name in [*work.authors, *work.editors]:
        values.extend([name.family, name.given, name.literal])
    return values


@st.composite
def generated_pages(draw: st.DrawFn) -> tuple[str, str, list[tuple[str, str]], int, str]:
    """A page in a random publisher layout: title, author line, journal and dated fields in
    order, with furniture lines and prices dropped in anywhere."""
    title = draw(TITLES)
    authors = draw(AUTHORS)
    year = draw(st.integers(1980, 2025))
    joiner = draw(st.sampled_from([", ", " and ", " & "]))
    author_line = joiner.join(f"{g} {f}" for g, f in authors)
    if draw(st.booleans()):
        author_line += "*"
    fields = [
        draw(JOURNALS),
        draw(
            st.sampled_from(
                [
                    f"Published: {draw(st.integers(1, 28))} March {year}",
                    f"Article publication date: 12 October {year}",
                    f"Issue Date: June {year}",
                ]
            )
        ),
        f"ISSN: {draw(st.integers(1000, 9999))}-{draw(st.integers(100, 999))}X",
        draw(st.sampled_from(["Abstract", "Summary"])),
        "Citizens and professionals work together in many public services, and this study "
        "asks how they share the work. We draw on interviews and observations to show when "
        "shared work improves services and when it does not.",
        "Keywords",
        "co-production",
        "public services",
        f"DOI: 10.{draw(st.integers(1000, 99999))}/Pmr.{draw(st.integers(1, 10**6))}",
    ]
    body = [title, author_line, *fields]
    lines: list[str] = []
    for line in body:
        for _ in range(draw(st.integers(0, 2))):
            lines.append(draw(st.one_of(FURNITURE_LINES, PRICES)))
        lines.append(line)
    lines.extend(draw(st.lists(st.one_of(FURNITURE_LINES, PRICES), max_size=4)))
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return separator.join(lines), title, authors, year, fields[-1][5:].lower()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_text_is_read_without_error(text: str) -> None:
    work = extract_document_work(text)
    assert work is None or isinstance(work, ExtractedWork)
    assert isinstance(looks_like_landing_page(text), bool)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            FURNITURE_LINES,
            PRICES,
            st.sampled_from(["Abstract", "Keywords", "Cite this article", "References", "•"]),
        ),
        max_size=40,
    )
)
def test_any_lines_are_read_without_error(lines: list[str]) -> None:
    text = "\n".join(lines)
    work = extract_document_work(text)
    if work is not None:
        assert work.span is not None and work.span.start < work.span.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_field_readers_never_raise(text: str) -> None:
    match_field(text)
    parse_locator(text)
    assert all(name.family for name in person_names(text))


@settings(max_examples=150, deadline=None)
@given(generated_pages())
def test_generated_pages_keep_furniture_out(
    page: tuple[str, str, list[tuple[str, str]], int, str],
) -> None:
    text, title, authors, year, doi = page
    work = extract_document_work(text)
    assert work is not None
    for value in _strings(work):
        for word in FURNITURE_WORDS:
            assert word not in value, f"{word!r} in {value!r}"
    assert work.title == title
    assert [(n.given, n.family) for n in work.authors] == authors
    assert work.year == year
    assert work.abstract.startswith("Citizens and professionals")
    assert work.keywords == ["co-production", "public services"]
    assert work.doi == doi
