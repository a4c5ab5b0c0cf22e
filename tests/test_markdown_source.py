"""Markdown, Quarto and R Markdown files are read as pasted pages once the markup is
gone: front matter as the head, "#" headings, "-" items, emphasis, links, footnotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import store_of_file
from coprod_refs.sources import reader_for
from coprod_refs.text.markdown import markdown_text

PAPER = """---
title: "Co-production in schools"
subtitle: 'Parents as partners'
author:
  - name: Jane Doe
    affiliation: University of Leeds
  - name: "Anke Jansen"
date: 2024-03-01
bibliography: refs.bib
---

Parents co-produce *education*; as **Ostrom (1996)** showed, synergy matters. Others agree
(Pestoff, 2014, p. 390).

```r
cat("(Smith, 2010)")
```

<!-- (Hidden, 2011) -->

## References

- Ostrom, E. (1996). Crossing the great divide: Coproduction, synergy, and development.
  *World Development*, *24*(6), 1073–1087. <https://doi.org/10.1016/0305-750X(95)00023-X>
- Pestoff, V. (2014). Collective action and the sustainability of co-production. *Public
  Management Review*, *16*(3), 383–401.
  [https://doi.org/10.1080/14719037.2013.841460](https://doi.org/10.1080/14719037.2013.841460)
"""


def test_front_matter_becomes_the_head_and_markup_goes() -> None:
    lines = markdown_text(PAPER).split("\n")
    assert lines[:3] == [
        "Co-production in schools: Parents as partners",
        "Jane Doe, Anke Jansen",
        "2024-03-01",
    ]
    text = "\n".join(lines)
    assert "Parents co-produce education; as Ostrom (1996) showed" in text
    assert "\nReferences\n" in text
    assert "• Ostrom, E. (1996)." in text
    assert (
        "World Development, 24(6), 1073–1087. https://doi.org/10.1016/0305-750X(95)00023-X" in text
    )
    assert "Smith" not in text and "Hidden" not in text and "bibliography" not in text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("# Title #", "Title"),
        ("Title\n=====", "Title\n"),
        ("> quoted *words*", "quoted words"),
        (
            "see [the toolkit](https://www.ncvo.org.uk/toolkit).",
            "see the toolkit https://www.ncvo.org.uk/toolkit.",
        ),
        ("see [section 2](#methods)", "see section 2"),
        ("![a figure](fig.png)", "a figure"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("an \\*escaped\\* star", "an *escaped* star"),
        ("`(Smith, 2010)` in code", "(Smith, 2010) in code"),
        ("H<sub>2</sub>O and x<sup>2</sup>", "H2O and x2"),
    ],
)
def test_inline_and_block_markup(markdown: str, text: str) -> None:
    assert markdown_text(markdown) == text


def test_fenced_code_closes_at_a_fence_as_long_and_an_open_one_runs_to_the_end() -> None:
    text = markdown_text("a\n~~~~\n(Smith, 2010)\n~~~\nx\n~~~~~\nb\n```r\n(Hidden, 2011)\n")
    assert text.split() == ["a", "b"]


def test_footnotes_become_numbered_notes() -> None:
    text = markdown_text(
        "Older than the word.[^a] Coined later.[^b]\n\n"
        "[^b]: Elinor Ostrom, *Governing the Commons* (Cambridge: CUP, 1990), 45.\n"
        '[^a]: Richard Rich, "Interaction," *Administration & Society* 13 (1981): 59.\n'
        "    A second paragraph of the note.\n"
    )
    assert text.split("\n") == [
        "Older than the word.1 Coined later.2",
        "",
        "Notes",
        "",
        '1. Richard Rich, "Interaction," Administration & Society 13 (1981): 59. '
        "A second paragraph of the note.",
        "2. Elinor Ostrom, Governing the Commons (Cambridge: CUP, 1990), 45.",
    ]


@pytest.mark.parametrize("name", ["paper.md", "paper.markdown", "paper.qmd", "paper.Rmd"])
def test_markdown_suffixes_are_read_as_markdown(name: str) -> None:
    assert reader_for(Path(name)).kind == "markdown"


def test_a_markdown_paper_is_ingested_with_its_list_and_citations(tmp_path: Path) -> None:
    graph, report = store_of_file(tmp_path, "paper.qmd", PAPER)
    assert report.problems == []
    (paper,) = [w for w in graph.works.values() if w.title.startswith("Co-production in")]
    assert paper.title == "Co-production in schools: Parents as partners"
    assert [graph.agents[a].display() for a in paper.authors] == ["Jane Doe", "Anke Jansen"]
    cited = sorted(graph.works[c.cited].key for c in graph.cites(paper.key))
    assert cited == ["ostrom1996crossing", "pestoff2014collective"]
    ostrom = graph.works["ostrom1996crossing"]
    assert (ostrom.doi, ostrom.volume, ostrom.issue) == ("10.1016/0305-750x(95)00023-x", "24", "6")


_MARKUP = st.sampled_from(
    ["*", "**", "_", "`", "[", "]", "(", ")", "#", "> ", "- ", "[^1]", "[^1]: ", "\n", "---\n",
     "<!--", "-->", "```\n", "<br>", "\\", "http://x.org", " ", "word", "Ostrom (1996)"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=8)), max_size=40))
def test_any_markdown_gives_text_and_keeps_plain_words(pieces: list[str]) -> None:
    text = markdown_text("".join(pieces))
    assert isinstance(text, str)
    plain = "Plain words (Ostrom, 1996) stay."
    assert markdown_text(plain) == plain


@pytest.mark.parametrize(
    "markdown",
    [
        "*a " * 30_000,
        "**a " * 30_000,
        "_a " * 30_000,
        "[a " * 30_000,
        "[a](b" * 30_000,
        "![a" * 30_000,
        "[^" * 30_000,
        "<!--" * 30_000,
        "<http://" * 30_000,
        "```\n" * 30_000,
        "```r\n" * 30_000,
        "~~~x\n" * 30_000,
        "# " + " " * 100_000 + "x",
        "> " * 50_000,
    ],
    ids=lambda t: repr(t[:8]),
)
@pytest.mark.usefixtures("hang_guard")
def test_pathological_markdown_finishes(markdown: str) -> None:
    assert len(markdown_text(markdown)) <= len(markdown)
