"""Footnotes at the foot of each page of a PDF's text: found in order, between headings,
page numbers and page breaks, and read as endnotes are."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.footnotes import find_footnotes
from coprod_refs.sources import source_document
from coprod_refs.sources.text import read_text

PAGES = (
    "Co-production and the Victorian Poor Law\n\n"
    "1 Introduction\n\n"
    "The idea that citizens help produce public services is older than the word.1 Parish\n"
    "relief relied on the labour of the poor themselves, as contemporaries noted.2\n\n"
    "1 Elinor Ostrom, Governing the Commons: The Evolution of Institutions (Cambridge: Cam-\n"
    "bridge University Press, 1990), 12.\n"
    "2 Sidney Webb and Beatrice Webb, English Poor Law History (London: Longmans, Green,\n"
    "1927), 45-47.\n\n"
    "                                   1\n"
    "\f2 Methods\n\n"
    "Later historians were less sanguine about this arrangement.3 Elinor Ostrom coined the\n"
    "term to describe such arrangements in policing.4\n\n"
    "3 Ibid., 112.\n"
    '4 Elinor Ostrom, "Crossing the Great Divide," World Development 24, no. 6 (1996): 1080.\n'
    "\n                                   2\n"
)


def test_footnotes_are_found_in_order_past_headings_and_page_numbers() -> None:
    notes = find_footnotes(PAGES)
    assert [(n.label, n.text.split(",")[0]) for n in notes] == [
        ("1", "Elinor Ostrom"),
        ("2", "Sidney Webb and Beatrice Webb"),
        ("3", "Ibid."),
        ("4", "Elinor Ostrom"),
    ]
    # A note runs on over its lines, a word broken at a line's end made whole.
    assert "(Cambridge: Cambridge University Press, 1990), 12." in notes[0].text
    assert PAGES[notes[2].start : notes[2].end] == "Ibid., 112."


def test_footnotes_are_read_as_mentions_with_their_sentences() -> None:
    extraction = read_text(PAGES, source_document(PAGES.encode(), Path("pdf.txt"), "text"))
    cited = [(m.authors[0], m.year, m.locator, m.context[:40]) for m in extraction.mentions]
    assert cited == [
        ("Ostrom", 1990, "12", "The idea that citizens help produce publ"),
        ("Webb", 1927, "45-47", "Parish relief relied on the labour of th"),
        ("Webb", 1927, "112", "Later historians were less sanguine abou"),
        ("Ostrom", 1996, "1080", "Elinor Ostrom coined the term to describ"),
    ]
    assert sorted(r.title for r in extraction.references) == [
        "Crossing the Great Divide",
        "English Poor Law History",
        "Governing the Commons: The Evolution of Institutions",
    ]


def test_numbered_headings_and_lists_are_no_footnotes() -> None:
    text = (
        "1 Introduction\n\nCouncils changed.\n\n2 Methods\n\nWe asked three questions:\n"
        "1 Who takes part, and why?\n2 What, in 2019, did they do?\n3 Results\n"
    )
    assert find_footnotes(text) == ()


def test_one_note_citing_in_full_is_too_few() -> None:
    text = "Prose.1\n\n1 Elinor Ostrom, Governing the Commons (Cambridge: CUP, 1990), 12.\n"
    assert find_footnotes(text) == ()


def test_a_note_out_of_turn_is_skipped() -> None:
    text = (
        "Prose.1 More.2\n\n"
        "1 Elinor Ostrom, Governing the Commons (Cambridge: CUP, 1990), 12.\n"
        "3 John Alford, Engaging Public Sector Clients (Basingstoke: Palgrave, 2009), 23.\n"
        "2 Sidney Webb, English Poor Law History (London: Longmans, 1927), 45.\n"
    )
    assert [n.label for n in find_footnotes(text)] == ["1", "2"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="12 AbIid.,()19:\n\f", max_size=120))
def test_footnotes_are_numbered_in_turn_and_point_into_the_text(text: str) -> None:
    notes = find_footnotes(text)
    assert [n.label for n in notes] == [str(i) for i in range(1, len(notes) + 1)]
    for note in notes:
        assert 0 <= note.start < note.end <= len(text)


def test_a_list_numbered_with_bare_numbers_is_the_reference_list_not_footnotes() -> None:
    text = (
        "Co-producing health services\n\n"
        "Interest grew.1 Patients design services.2 Policy promotes it.3\n\n"
        "References\n"
        "1 Batalden M, Batalden P. Coproduction of healthcare service. BMJ Qual Saf "
        "2016;25:509-17.\n"
        "2 Palumbo R. Contextualizing co-production. Int J Public Sect Manag 2016;29:72-90.\n"
        "3 Bate P, Robert G. Experience-based design. Qual Saf Health Care 2006;15:307-10.\n"
    )
    extraction = read_text(text, source_document(text.encode(), Path("v.txt"), "text"))
    assert [(r.label, r.authors[0].family) for r in extraction.references] == [
        ("1", "Batalden"),
        ("2", "Palumbo"),
        ("3", "Bate"),
    ]
    # Cited by superscripts, each once: the list's entries are no footnotes.
    assert [m.label for m in extraction.mentions] == ["1", "2", "3"]


def test_a_note_number_near_the_end_is_found_whatever_normalizing_drops_before_it() -> None:
    # Soft hyphens, which normalizing drops, make the normalized text shorter than the
    # text: the last page's number must still be looked for by its place in the text.
    text = (
        "Soft" + "\u00ad" * 400 + " hyphens abound here.1 More prose follows.2\n\n"
        "1 Elinor Ostrom, Governing the Commons (Cambridge: Cambridge University Press, "
        "1990), 12.\n"
        "2 Sidney Webb, English Poor Law History (London: Longmans, 1927), 45.\n\n\f"
        "A last point is made here.3\n\n3 Ibid., 50.\n"
    )
    extraction = read_text(text, source_document(text.encode(), Path("x.txt"), "text"))
    assert [m.context for m in extraction.mentions] == [
        "Soft hyphens abound here.",
        "More prose follows.",
        "A last point is made here.",
    ]
