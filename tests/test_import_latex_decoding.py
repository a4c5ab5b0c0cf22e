"""LaTeX decoding of .bib values: the fast paths (plain text, braces only, values seen
before) give exactly what the full decoder gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.sources.bibtex_text import (
    _DECODE,
    _NEEDS_DECODING,
    _SPACES,
    _decode_match,
    decode_latex,
    name_parts,
)


def _full_decoder(value: str) -> str:
    """The decoder without fast paths: every value through the LaTeX expression."""
    if _NEEDS_DECODING.search(value):
        value = _DECODE.sub(_decode_match, value)
    elif "  " not in value and "\n" not in value and "\t" not in value:
        return value.strip()
    return _SPACES.sub(" ", value).strip()


_PIECES = st.sampled_from(
    [
        "a",
        "B",
        " ",
        "  ",
        "\n",
        "\t",
        "\xa0",
        "{",
        "}",
        "$",
        "~",
        "-",
        "--",
        "---",
        "`",
        "'",
        "\\",
        '\\"',
        "\\'o",
        "\\c{c}",
        "\\ss",
        "\\textbraceleft",
        "\\&",
        '{\\"u}',
        "é",
        "\r",
    ]
)


@settings(max_examples=500)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_fast_paths_decode_like_the_full_decoder(value: str) -> None:
    assert decode_latex(value) == _full_decoder(value)
    assert decode_latex(value) == _full_decoder(value)  # and again, from the cache


def test_name_lists_are_split_once_and_given_as_parts() -> None:
    names = name_parts('L{\\"o}ffler, Elke and {World Bank} and  Jean de  la Fontaine')
    assert names == (
        ("Löffler", "Elke", "", "", ""),
        ("", "", "", "", "World Bank"),
        ("Fontaine", "Jean", "de la", "", ""),
    )
    assert name_parts('L{\\"o}ffler, Elke and {World Bank} and Jean de la Fontaine') is names
