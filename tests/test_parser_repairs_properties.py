"""Properties of the segment repairs on any labelling: they never fail, never invent a
label, and never leave a segment empty (parse/repairs/)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from coprod_refs.parse.fields import Segment
from coprod_refs.parse.repairs import repair_segments

LABELS = (
    "author editor translator date title container-title journal collection-title volume "
    "pages edition publisher location genre note url doi isbn citation-number"
).split()

#: Words of the shapes the rules look at: names and initials, numbers and ranges, brackets,
#: quotes and guillemets, editor and volume marks, months, places, link words.
_WORDS = st.sampled_from(
    [
        "Smith,",
        "J.",
        "M.",
        "and",
        "&",
        "(eds)",
        "(a cura di),",
        "In",
        "in",
        "of",
        "the",
        "Proc.",
        "Proceedings",
        "25,",
        "no.",
        "4",
        "(2001):",
        "(May",
        "27,",
        "2013):",
        "v.",
        "11,",
        "176(1-2)",
        "p",
        "145-157",
        "199-213.",
        "July",
        "9-10",
        "October",
        "2014.",
        "London:",
        "Geneva,",
        "Switzerland.",
        "D.",
        "C.",
        "«Voluntas»,",
        "[Discussion",
        "paper].",
        "NESTA.",
        "Virago.",
        "(commune",
        "Ariège),",
        "“Title,”",
        "Title.",
        "40",
        "Review",
        "Journal",
        "Press",
        "Accessed",
        "Available",
        "at:",
        "http://x.org/a",
        "—",
        ",",
        ".",
        ")",
        "(",
        "Vol.",
        "16:3,",
        "Florianópolis,",
        "SALM,",
        "José",
        "Dorling",
        "Kindersley,",
        "New",
        "York,",
        "USA.",
        "Bovaird/Loeffler,",
        "in:",
        "In:",
        "Eds.;",
        "editors",
        "ed.",
        "by",
        "S",
        "Vargo",
        "(Hg.),",
        "Routledge:",
        "Birmingham,",
        "Izv.",
        "Sist.",
        "2016a,",
        "83",
        "(4),",
        "dan",
    ]
)
_SEGMENTS = st.lists(
    st.tuples(st.sampled_from(LABELS), st.lists(_WORDS, min_size=1, max_size=8)),
    min_size=1,
    max_size=10,
)


@settings(max_examples=400, deadline=None)
@given(_SEGMENTS)
# an author segment of a comma alone before the title (a reference cut at its start)
@example([("author", [","]), ("title", ["Title."])])
def test_repairs_never_fail_invent_labels_or_empty_segments(
    raw: list[tuple[str, list[str]]],
) -> None:
    segments = [Segment(label, " ".join(words), 0.5) for label, words in raw]
    repaired = repair_segments(segments)
    assert all(s.label in LABELS for s in repaired)
    assert all(s.text.strip() for s in repaired)
