"""Pandoc citations by key in a Markdown paper link to the stored works with those
citekeys (or aliases): a draft written against the store's export links back to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.ingest import ingest_paths
from coprod_refs.parse.pandoc_citations import find_key_mentions
from coprod_refs.store import Store
from coprod_refs.text.markdown import markdown_text, markdown_text_and_citable

TEXT = (
    "Parents co-produce [@ostrom1996; see also @pestoff2014, p. 390]. As @ostrom1996\n"
    "[p. 1075] showed; [-@alford2009]. See @fig-map, write to jane@example.org, and\n"
    "@{Key With Spaces} agrees."
)


def test_bracketed_narrative_and_suppressed_citations() -> None:
    found = [(m.surface, m.key, m.prefix, m.locator, m.narrative) for m in find_key_mentions(TEXT)]
    assert found == [
        ("@ostrom1996", "ostrom1996", "", "", False),
        ("@pestoff2014, p. 390", "pestoff2014", "see also", "p. 390", False),
        ("@ostrom1996\n[p. 1075]", "ostrom1996", "", "p. 1075", True),
        ("-@alford2009", "alford2009", "", "", False),
        ("@{Key With Spaces}", "Key With Spaces", "", "", True),
    ]


def test_a_citation_holds_the_sentence_it_stands_in() -> None:
    contexts = [m.context for m in find_key_mentions(TEXT)]
    assert contexts[2] == "As @ostrom1996 [p. 1075] showed; [-@alford2009]."


_PIECES = st.sampled_from(
    ["[", "]", ";", "@", "@ostrom1996", "-@a", "@{k}", ", p. 3", "see ", "\n", " ",
     "@fig-x", "x@y.org"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40))
def test_any_text_gives_mentions_whose_surface_is_their_span(pieces: list[str]) -> None:
    text = "".join(pieces)
    for mention in find_key_mentions(text):
        assert text[mention.start : mention.end] == mention.surface
        assert mention.key and not mention.key.startswith(("fig-", "fig:"))


@pytest.mark.parametrize(
    "text", ["[" * 100_000 + "@a", "@a " * 50_000, "[@a; " * 30_000], ids=lambda t: repr(t[:6])
)
@pytest.mark.usefixtures("hang_guard")
def test_pathological_text_finishes(text: str) -> None:
    assert all(m.key == "a" for m in find_key_mentions(text))


BIB = """@article{ostrom1996crossing,
  author = {Ostrom, Elinor},
  title = {Crossing the great divide: Coproduction, synergy, and development},
  journal = {World Development},
  year = {1996},
  volume = {24},
  pages = {1073--1087}
}

@article{pestoff2014collective,
  ids = {pestoff2014},
  author = {Pestoff, Victor},
  title = {Collective action and the sustainability of co-production},
  journal = {Public Management Review},
  year = {2014},
  volume = {16},
  pages = {383--401}
}
"""

DRAFT = """---
title: Parents as co-producers
author: Jane Doe
---

Parents co-produce education [@ostrom1996crossing; see also @pestoff2014, p. 390].
As @ostrom1996crossing [p. 1075] showed, synergy matters [@nobody2020].
"""


def test_a_draft_links_to_the_works_its_keys_name(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    store = Store.init(tmp_path / ".coprod-refs")
    ingest_paths(store, [tmp_path / "refs.bib", tmp_path / "draft.md"])
    graph = store.load().graph
    (draft,) = [w for w in graph.works.values() if w.title == "Parents as co-producers"]
    cited = {c.cited: [m.locator for m in c.mentions] for c in graph.cites(draft.key)}
    assert cited == {"ostrom1996crossing": ["", "p. 1075"], "pestoff2014collective": ["p. 390"]}
    (unknown,) = graph.ambiguities
    assert (unknown.mention.surface, unknown.candidates) == ("@nobody2020", [])
    assert unknown.reason == "no work has the citekey 'nobody2020'"


CODE_DRAFT = (
    "Write `[@ostrom1996crossing]` or ``@pestoff2014`` to cite, \\@alford2009 is no\n"
    "citation either, but [@ostrom1996crossing, p. 3] is one (`@x`).\n"
)


def test_code_spans_and_escaped_at_signs_are_no_citations() -> None:
    text, citable = markdown_text_and_citable(CODE_DRAFT)
    assert "`" not in text and "@pestoff2014" in text and "\\@" not in text
    found = find_key_mentions(text, citable)
    assert [(m.key, m.locator, m.context) for m in found] == [
        (
            "ostrom1996crossing",
            "p. 3",
            "Write [@ostrom1996crossing] or @pestoff2014 to cite, @alford2009 is no "
            "citation either, but [@ostrom1996crossing, p. 3] is one (@x).",
        )
    ]


def test_a_braced_key_of_spaces_is_no_citation() -> None:
    text, citable = markdown_text_and_citable("See [@{ }] and @{  }, then @{a b}.\n")
    assert [m.key for m in find_key_mentions(text, citable)] == ["a b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.sampled_from(["`", "\\", "*", "_"])), max_size=40))
def test_the_citable_text_has_the_offsets_of_the_text(pieces: list[str]) -> None:
    markdown = "".join(pieces)
    text, citable = markdown_text_and_citable(markdown)
    assert text == markdown_text(markdown)
    assert len(citable) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, citable, strict=True)) if a != b] == [
        i for i, c in enumerate(citable) if c == " " and text[i] == "@"
    ]
