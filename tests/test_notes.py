"""Citations in endnotes (Chicago's notes style): full citations, short forms and "Ibid."
read as mentions with their pages, placed at the sentence the note number closes, and
the works cited in full kept as the text's statements of them."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import store_of_file
from coprod_refs.model import ExtractedWork, Name
from coprod_refs.parse.finder import ReferenceEntry, find_notes
from coprod_refs.parse.notes import cited_in_notes, read_notes
from coprod_refs.sources import source_document
from coprod_refs.sources.text import read_text

CHAPTER = textwrap.dedent(
    """\
    Citizens, Councils and the Making of Welfare

    Municipal welfare in interwar Britain drew heavily on voluntary effort.1 Councils
    relied on women's organisations to deliver maternity services.2 Yet the relationship
    was uneven.3

    The post-war settlement changed the terms of this partnership.4 Scholars of public
    administration have since returned to the theme.5 Some warn against romanticising
    it.6 The debate continues.7

    Notes

    1. Pat Thane, Foundations of the Welfare State, 2nd ed. (London: Longman, 1996),
    45–52; see also Geoffrey Finlayson, Citizen, State, and Social Welfare in Britain
    1830–1990 (Oxford: Clarendon Press, 1994), 201.
    2. Elinor Ostrom, "Crossing the Great Divide: Coproduction, Synergy, and
    Development," World Development 24, no. 6 (1996): 1080.
    3. Thane, Foundations, 60. This point is contested.
    4. Ibid., 72–75.
    5. See Sidney Webb and Beatrice Webb, English Poor Law History (London: Longmans,
    Green, 1927), 12; Ostrom, "Crossing the Great Divide," 1082.
    6. For a critique, see Finlayson, Citizen, State, and Social Welfare, 210.
    7. On the wider debate, see Alford (2009, 23).

    References

    Alford, J. (2009). Engaging public sector clients. Basingstoke: Palgrave Macmillan.
    """
)


def _read(text: str, name: str = "chapter.txt"):  # type: ignore[no-untyped-def]
    return read_text(text, source_document(text.encode(), Path(name), "text"))


def _cited(mentions) -> list[tuple[str, int | None, str, str]]:  # type: ignore[no-untyped-def]
    return [(m.authors[0], m.year, m.locator, m.prefix) for m in mentions]


def test_full_short_and_ibid_citations_in_notes_are_mentions_with_their_pages() -> None:
    extraction = _read(CHAPTER)
    assert _cited(extraction.mentions) == [
        ("Thane", 1996, "45–52", ""),
        ("Finlayson", 1994, "201", "see also"),
        ("Ostrom", 1996, "1080", ""),
        ("Thane", 1996, "60", ""),  # short form, a comment after it
        ("Thane", 1996, "72–75", ""),  # Ibid.
        ("Webb", 1927, "12", "See"),
        ("Ostrom", 1996, "1082", ""),  # short form with a quoted title
        ("Finlayson", 1994, "210", "For a critique, see"),
        ("Alford", 2009, "23", ""),  # author-year inside a note, read as such
    ]


def test_a_note_citation_has_the_sentence_its_number_closes_as_context() -> None:
    contexts = [m.context for m in _read(CHAPTER).mentions]
    assert contexts[0] == "Municipal welfare in interwar Britain drew heavily on voluntary effort."
    assert contexts[4] == "The post-war settlement changed the terms of this partnership."
    assert contexts[-1] == "The debate continues."


def test_a_mention_surface_is_its_citation_as_the_note_prints_it() -> None:
    mentions = _read(CHAPTER).mentions
    for mention in mentions:
        assert CHAPTER[mention.start : mention.end] == mention.surface
    # Two citations in one note, each its own surface, across the note's line breaks.
    assert mentions[0].surface == (
        "Pat Thane, Foundations of the Welfare State, 2nd ed. (London: Longman, 1996),\n45–52"
    )
    assert mentions[1].surface.startswith("Geoffrey Finlayson, Citizen, State")
    assert mentions[1].surface.endswith("(Oxford: Clarendon Press, 1994), 201.")
    assert mentions[4].surface == "Ibid., 72–75."


def test_works_cited_in_full_in_notes_join_the_texts_references() -> None:
    extraction = _read(CHAPTER)
    titles = sorted(r.title for r in extraction.references)
    assert titles == [
        "Citizen, State, and Social Welfare in Britain 1830–1990",
        "Crossing the Great Divide: Coproduction, Synergy, and Development",
        "Engaging public sector clients",
        "English Poor Law History",
        "Foundations of the Welfare State",
    ]
    webb = next(r for r in extraction.references if r.title == "English Poor Law History")
    # Names in reading order before the title are closed off: "Webb, English" is no name.
    assert [n.family for n in webb.authors] == ["Webb", "Webb"]
    assert webb.pages == ""  # the page cited is the mention's locator, not the book's pages
    assert {r.span.extractor for r in extraction.references if r.span} == {"reflist", "notes"}


def test_a_text_with_notes_only_cites_every_work_its_notes_give() -> None:
    notes_only = CHAPTER.split("References")[0]
    extraction = _read(notes_only)
    assert extraction.document is not None
    assert len(extraction.references) == 4
    assert [m.authors[0] for m in extraction.mentions][:3] == ["Thane", "Finlayson", "Ostrom"]


def test_notes_that_only_comment_give_no_citations() -> None:
    text = textwrap.dedent(
        """\
        Volunteering in Danish Municipalities

        Co-production has become a popular term (Brandsen & Honingh, 2016).1

        Notes
        1. The data were collected in 2014 by the authors with Local Government Denmark.
        2. We thank the anonymous reviewers, whose comments in 2019 improved the paper.

        References
        Brandsen, T., & Honingh, M. (2016). Distinguishing different types of
        coproduction. Public Administration Review, 76(3), 427–435.
        """
    )
    extraction = _read(text)
    assert [(m.authors, m.year) for m in extraction.mentions] == [(["Brandsen", "Honingh"], 2016)]
    assert len(extraction.references) == 1


def _note(label: str, text: str, start: int) -> ReferenceEntry:
    return ReferenceEntry(text, start, start + len(text), label)


def _work(family: str, year: int, title: str) -> ExtractedWork:
    return ExtractedWork(authors=[Name(family=family, given="A.")], year=year, title=title)


def test_a_short_form_is_found_in_the_reference_list() -> None:
    listed = [_work("Lipsky", 1980, "Street-Level Bureaucracy")]
    cited = cited_in_notes([_note("3", "Lipsky, Street-Level Bureaucracy, 3.", 0)], listed)
    assert [(c.work.year, c.locator, c.full) for c in cited] == [(1980, "3", False)]


@pytest.mark.parametrize(
    ("notes", "listed"),
    [
        # Two works by the author open with the short title's words: neither is taken.
        (
            ["Ostrom, Governing, 12."],
            [_work("Ostrom", 1990, "Governing the Commons"), _work("Ostrom", 2005, "Governing")],
        ),
        # Another author, or a title that is no opening of the listed one.
        (["Alford, Governing the Commons, 12."], [_work("Ostrom", 1990, "Governing the Commons")]),
        (["Ostrom, Commons, 12."], [_work("Ostrom", 1990, "Governing the Commons")]),
        # "Ibid." after a note that cites nothing stands for nothing.
        (["On this point see chapter 2.", "Ibid., 4."], []),
    ],
)
def test_a_citation_that_stands_for_no_one_work_is_left_out(
    notes: list[str], listed: list[ExtractedWork]
) -> None:
    entries = [_note(str(i + 1), text, 100 * i) for i, text in enumerate(notes)]
    assert cited_in_notes(entries, listed) == []


def test_ibid_stands_only_for_the_note_before() -> None:
    notes = [
        _note("1", "Elinor Ostrom, Governing the Commons (Cambridge: CUP, 1990), 12.", 0),
        _note("2", "On this point see chapter 2.", 100),
        _note("3", "Ibid., 14.", 200),
    ]
    cited = cited_in_notes(notes, [])
    assert [(c.note, c.locator) for c in cited] == [("1", "12")]


def test_notes_holding_author_year_citations_are_left_to_them() -> None:
    note = _note("1", "Elinor Ostrom, Governing the Commons (Cambridge: CUP, 1990), 12.", 0)
    assert cited_in_notes([note], [], taken=[(5, 20)]) == []


def test_a_store_of_a_notes_text_links_every_citation_and_makes_no_stubs(tmp_path: Path) -> None:
    graph, _ = store_of_file(tmp_path, "chapter.txt", CHAPTER)
    assert not any(w.stub for w in graph.works.values())
    counts = {c.cited: len(c.mentions) for c in graph.citations}
    assert counts == {
        "alford2009engaging": 1,
        "finlayson1994citizen": 2,
        "ostrom1996crossing": 2,
        "thane1996foundations": 3,
        "webb1927english": 1,
    }


def test_find_notes_gives_every_note_with_its_number() -> None:
    notes = find_notes(CHAPTER)
    assert [n.label for n in notes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert notes[3].text == "Ibid., 72–75."


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(alphabet="AbcO ,.;:()\"'12790–Ibid", min_size=1, max_size=60),
        min_size=1,
        max_size=5,
    )
)
def test_any_notes_read_without_error_and_mentions_point_at_them(notes: list[str]) -> None:
    body = "A sentence.1 Another.2\n\nNotes\n\n"
    text = body + "\n".join(f"{i + 1}. {n}" for i, n in enumerate(notes))
    entries = find_notes(text)
    works, mentions = read_notes(text, entries, [], [], "src")
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
    assert all(w.span is not None and w.span.extractor == "notes" for w in works)


def test_op_cit_and_a_short_form_by_the_author_alone() -> None:
    notes = [
        _note("1", "Elinor Ostrom, Governing the Commons (Cambridge: CUP, 1990), 12.", 0),
        _note("2", 'Elinor Ostrom, "Crossing the Great Divide," World Dev. 24 (1996): 1080.', 100),
        _note("3", "Ostrom, op. cit., 1082.", 200),  # the Ostrom cited last
        _note(
            "4", "John Alford, Engaging Public Sector Clients (Basingstoke: Palgrave, 2009).", 300
        ),
        _note("5", "Alford, 45.", 400),  # the only Alford
        _note("6", "Ostrom, 50.", 500),  # two works by Ostrom: stands for neither
        _note("7", "Ostrom, loc. cit.", 600),
    ]
    cited = [(c.note, c.work.year, c.locator) for c in cited_in_notes(notes, [])]
    assert cited == [
        ("1", 1990, "12"),
        ("2", 1996, "1080"),
        ("3", 1996, "1082"),
        ("4", 2009, ""),
        ("5", 2009, "45"),
        ("7", 1996, ""),
    ]
