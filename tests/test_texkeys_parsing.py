"""Citekeys read from a paper's .tex and .aux files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.errors import InputError
from coprod_refs.export.texkeys import cited_keys, keys_in_tex, strip_comments

TEX = r"""\documentclass{article}
\begin{document}
Co-production \citep[see][p.~12]{ostrom1996crossing, brudney1983toward} and
\citet*{bovaird2007beyond}; \parencite[23]{alford2009} \textcite{pestoff2006}.
\autocite[cf.][]{osborne2016} \footcite{steen2018} \nocite{extra}
% \cite{commented}
As 100\% of us agree \cite{after_percent} % \cite{trailing}
\parencites(All)(these)[p.~1]{multi1}[2]{multi2}{multi3} \Textcite{capital}
\begin{comment}
\cite{inside_comment}
\end{comment}
\citestyle{plain} \citeauthor{ostrom1996crossing} \cite
  {on_next_line}
\end{document}
"""


def test_tex_citation_commands() -> None:
    assert keys_in_tex(TEX) == [
        "ostrom1996crossing",
        "brudney1983toward",
        "bovaird2007beyond",
        "alford2009",
        "pestoff2006",
        "osborne2016",
        "steen2018",
        "extra",
        "after_percent",
        "multi1",
        "multi2",
        "multi3",
        "capital",
        "on_next_line",
    ]


def test_comments_are_stripped_but_escaped_percent_kept() -> None:
    assert strip_comments("a 50\\% b % c\nd\\\\% e") == "a 50\\% b \nd\\\\"


def test_aux_files_of_bibtex_and_biblatex_and_included_chapters(tmp_path: Path) -> None:
    (tmp_path / "paper.aux").write_text(
        "\\relax\n\\citation{ostrom1996crossing,brudney1983toward}\n"
        "\\abx@aux@cite{0}{bovaird2007beyond}\n\\abx@aux@cite{old_style}\n"
        "\\@input{chap1.aux}\n\\bibdata{refs}\n",
        encoding="utf-8",
    )
    (tmp_path / "chap1.aux").write_text("\\citation{in_chapter,ostrom1996crossing}\n")
    assert cited_keys(tmp_path / "paper.aux") == [
        "ostrom1996crossing",
        "brudney1983toward",
        "bovaird2007beyond",
        "old_style",
        "in_chapter",
    ]


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        cited_keys(tmp_path / "nope.tex")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("\\cite{}[]()%,abc *\n")))
def test_arbitrary_tex_never_crashes(text: str) -> None:
    assert all(isinstance(k, str) and k for k in keys_in_tex(text))
