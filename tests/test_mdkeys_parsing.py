"""Citekeys read from a pandoc Markdown paper: bracketed and narrative citations, braced
keys, front-matter `nocite`, with addresses, code and cross-references left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.export.mdkeys import keys_in_markdown
from coprod_refs.export.texkeys import cited_keys

PAPER = """---
title: "Co-production"
author: Ann <ann@example.org>
nocite: |
  @webb1927, @thane1996
---

As @ostrom1990 [p. 45] argues, commons work [see @bovaird2007, pp. 846-8; also @alford2009].
Some disagree [-@pestoff2006]. Write to ann@example.org. See @fig-map, @tbl:results and
@sec-intro. Keys: @{Brandsen 2018} and @doi:10.1000/xyz. It ends with @verschuere2012.

```r
x <- f(@notakey)
```

Inline `@code` too. And @ostrom1990 again.
"""


def test_every_citation_form_in_order_of_first_citation() -> None:
    assert keys_in_markdown(PAPER) == [
        "webb1927",
        "thane1996",
        "ostrom1990",
        "bovaird2007",
        "alford2009",
        "pestoff2006",
        "Brandsen 2018",
        "doi:10.1000/xyz",
        "verschuere2012",
    ]


def test_nocite_all_means_every_work() -> None:
    assert keys_in_markdown("---\nnocite: '@*'\n---\nText [@a].\n") == ["*", "a"]


def test_a_text_without_front_matter_and_a_rule_later_on() -> None:
    text = "Intro [@a].\n\n---\n\nMore @b; not@c.\n"
    assert keys_in_markdown(text) == ["a", "b"]


def test_the_suffix_chooses_markdown(tmp_path: Path) -> None:
    for name in ("paper.md", "paper.qmd", "paper.Rmd"):
        path = tmp_path / name
        path.write_text("See [@ostrom1990; @bovaird2007].\n", encoding="utf-8")
        assert cited_keys(path) == ["ostrom1990", "bovaird2007"]


def test_a_braced_key_that_held_only_a_code_span_names_nothing() -> None:
    assert keys_in_markdown("See @{`1`} and @{ } but [@{a b}].") == ["a b"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab@-[];:.{}` \n_1*", max_size=120))
def test_any_text_gives_keys_that_were_printed_after_an_at_sign(text: str) -> None:
    for key in keys_in_markdown(text):
        assert key == "*" or f"@{key}" in text or f"@{{{key}}}" in text


@pytest.mark.usefixtures("hang_guard")
def test_many_fence_openings_finish() -> None:
    assert keys_in_markdown("```r\n@ostrom1990\n" * 30_000) == []


def test_an_escaped_at_sign_cites_nothing_but_an_escaped_backslash_before_one_does() -> None:
    assert keys_in_markdown("Mail me\\@home, cite [@a] and \\\\@b.\n") == ["a", "b"]
