"""The exporter's checkers: each work's warnings without writing the entries.

`validate` relies on `entry_warnings` giving exactly what `export_works` warns about
(citekey warnings, judged over the whole list, aside). The oracle is always the writer.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_refs.errors import UsageError
from coprod_refs.export import ExportOptions, entry_warnings, export_works
from coprod_refs.export.entry import isbn_is_valid
from coprod_refs.export.escape import FieldKind, escape_outcome, escape_value, written_keys
from coprod_refs.model import Body, Graph, Person, Venue, Work
from test_export_golden import FIXTURE_NAMES, load_fixture

BIB_FORMATS = ["bibtex", "biblatex"]
OPTIONS = [
    ExportOptions(),
    ExportOptions(ascii_only=True),
    ExportOptions(ascii_only=False, protect_capitals=False, include_abstract=False),
]


def checked(works: list[Work], graph: Graph, fmt: str, options: ExportOptions) -> list:
    """What a checker-based validation reports: key warnings, then work by work."""
    keys = [w.key for w in works]
    per_work = entry_warnings(works, graph, fmt, options)
    assert len(per_work) == len(works)
    return written_keys(keys, fmt)[1] + [
        (work.key, message)
        for work, messages in zip(works, per_work, strict=True)
        for message in messages
    ]


@pytest.mark.parametrize("options", OPTIONS, ids=["default", "ascii", "utf8-plain"])
@pytest.mark.parametrize("fmt", BIB_FORMATS)
@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_checkers_warn_as_the_writers_do_on_every_golden_fixture(
    name: str, fmt: str, options: ExportOptions
) -> None:
    graph = load_fixture(name)
    works = [graph.works[k] for k in sorted(graph.works)]
    assert checked(works, graph, fmt, options) == export_works(works, graph, fmt, options).warnings


#: Characters that make escaping take every path: specials, ligature pairs, dashes,
#: letters with and without LaTeX forms, control and format characters, odd spaces.
ALPHABET = st.sampled_from(
    [
        *"aZ9 -–—_{}\\$&%#~^<>|`'\",.:;!?()",
        *["ö", "ß", "Ø", "魏", "😀", "α", "∑", "ﬁ"],
        *["\u0301", "\u200b", "\xa0", "\t", "\n", "\x00", "\u2028"],
    ]
)
TEXT = st.text(ALPHABET, max_size=12)


@st.composite
def people(draw: st.DrawFn, ident: str) -> Person | Body:
    if draw(st.booleans()):
        return Body(id=ident, name=draw(TEXT))
    return Person(
        id=ident,
        family=draw(TEXT),
        given=draw(TEXT),
        particle=draw(st.sampled_from(["", "von", "de la"])),
        suffix=draw(st.sampled_from(["", "Jr"])),
    )


@st.composite
def graphs(draw: st.DrawFn) -> Graph:
    """A small graph whose every field may hold anything the escaper treats specially."""
    agents = {f"a{i}": draw(people(f"a{i}")) for i in range(3)}
    venues = {
        f"v{i}": Venue(
            id=f"v{i}",
            name=draw(TEXT),
            publisher=draw(TEXT),
            place=draw(TEXT),
            identifiers=draw(st.sampled_from([{}, {"issn": "0000-0019"}])),
        )
        for i in range(2)
    }
    works: dict[str, Work] = {}
    for i in range(draw(st.integers(1, 5))):
        key = draw(st.sampled_from([f"k{i}", f"k {i}", f"kö{i}", "k0"]))
        key = key if key not in works else f"{key}x{i}"
        works[key] = Work(
            key=key,
            type=draw(
                st.sampled_from(
                    [
                        "article-journal",
                        "book",
                        "chapter",
                        "webpage",
                        "thesis",
                        "report",
                        "dataset",
                        "song",
                    ]
                )
            ),
            title=draw(TEXT),
            authors=draw(st.lists(st.sampled_from([*agents, "missing"]), max_size=2)),
            editors=draw(st.lists(st.sampled_from(list(agents)), max_size=1)),
            container=draw(st.sampled_from([None, "v0", "v1", "v-missing"])),
            year=draw(st.sampled_from([None, 2016])),
            no_date=draw(st.booleans()),
            volume=draw(TEXT),
            issue=draw(TEXT),
            pages=draw(st.one_of(TEXT, st.sampled_from(["12–15", "499–416", "e12"]))),
            publisher=draw(TEXT),
            isbn=draw(st.sampled_from(["", "978-3-030-55509-2", "978-3-030-55509-3"])),
            doi=draw(TEXT),
            url=draw(TEXT),
            accessed=draw(st.sampled_from(["", "2019-04-02", "2 April 2019"])),
            keywords=draw(st.lists(TEXT, max_size=2)),
            abstract=draw(TEXT),
            note=draw(TEXT),
            aliases=draw(st.lists(st.sampled_from(["old key", "old2"]), max_size=2)),
        )
    return Graph(works=works, agents=agents, venues=venues)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs(), st.sampled_from(BIB_FORMATS), st.sampled_from(OPTIONS))
def test_checkers_warn_as_the_writers_do_on_any_graph(
    graph: Graph, fmt: str, options: ExportOptions
) -> None:
    works = list(graph.works.values())
    assert checked(works, graph, fmt, options) == export_works(works, graph, fmt, options).warnings


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(TEXT, st.text(max_size=12), st.from_regex(r"[ -~]{0,12}", fullmatch=True)),
    st.sampled_from(list(FieldKind)),
    st.booleans(),
)
def test_an_outcome_is_empty_and_noted_exactly_as_the_escaped_value(
    value: str, kind: FieldKind, ascii_only: bool
) -> None:
    written, notes = escape_value(value, kind, ascii_only)
    stand_in, outcome_notes = escape_outcome(value, kind, ascii_only)
    assert bool(stand_in) == bool(written)
    assert outcome_notes == notes


def test_formats_without_entry_checks_are_a_usage_error() -> None:
    with pytest.raises(UsageError, match="no entry checks"):
        entry_warnings([], Graph(), "csljson")


def test_keys_that_are_all_safe_and_distinct_are_written_as_they_are() -> None:
    assert written_keys(["ostrom1996", "b:2.x"], "bibtex") == (["ostrom1996", "b:2.x"], [])
    keys, warnings = written_keys(["müller2000", "muller2000", "muller2000"], "bibtex")
    assert keys == ["muller2000", "muller2000a", "muller2000b"]
    assert [key for key, _ in warnings] == ["müller2000", "muller2000", "muller2000"]


@pytest.mark.parametrize(
    ("isbn", "valid"),
    [
        ("978-3-030-55509-2", True),
        ("978-3-030-55509-3", False),
        ("0-306-40615-2", True),
        ("0-8044-2957-X", True),
        ("0-8044-2957-x", True),
        ("0-8044-2957-9", False),
        ("979 10 90636 07 1", True),
        ("12345", False),
        ("X-306-40615-2", False),
    ],
)
def test_isbn_check_digits(isbn: str, valid: bool) -> None:
    assert isbn_is_valid(isbn) is valid
