"""The injection boundary: `escape_field` on chosen cases and on arbitrary text."""

from __future__ import annotations

import bibtexparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.export.escape import (
    FieldKind,
    _escape_title,
    audit,
    escape_field,
    escape_value,
    needs_protection,
    safe_citekey,
)
from coprod_refs.sources.bibtex import decode_latex

LATEX_KINDS = [k for k in FieldKind if k is not FieldKind.VERBATIM]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grönroos", 'Gr{\\"o}nroos'),
        ("Strauß", "Strau{\\ss}"),
        ("naïve", 'na{\\"i}ve'),
        ("50% & $5 #1 a_b", "50\\% \\& \\$5 \\#1 a\\_b"),
        ("~ ^ \\", "{\\textasciitilde} {\\textasciicircum} {\\textbackslash}"),
        ("{ }", "{\\textbraceleft} {\\textbraceright}"),
        ("a -- b '' c", "a -{}- b '{}' c"),
        ("line\nbreak\t  tab", "line break tab"),
        ("bell\x07 nul\x00", "bell nul"),
    ],
)
def test_text_escaping(text: str, expected: str) -> None:
    assert escape_field(text) == expected


def test_utf8_mode_keeps_letters_and_still_escapes_specials() -> None:
    assert escape_field("Grönroos & Co", ascii_only=False) == "Grönroos \\& Co"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Co-production in the UK", "Co-production in the {UK}"),
        ("After Ostrom: a review", "After {Ostrom}: a review"),
        ("Review: After Ostrom", "Review: After {Ostrom}"),
        ("VOLUNTAS and iPhone users", "{VOLUNTAS} and {iPhone} users"),
        ("McDonald's Welsh co-Production", "{McDonald's} {Welsh} {co-Production}"),
        ("Café in Zürich", "Caf{\\'e} in {Z{\\\"u}rich}"),
    ],
)
def test_capitals_are_protected_by_the_documented_rule(title: str, expected: str) -> None:
    assert escape_field(title, FieldKind.TITLE) == expected


def test_container_names_protect_only_acronyms_and_inner_capitals() -> None:
    assert (
        escape_field("VOLUNTAS: International Journal", FieldKind.CONTAINER)
        == "{VOLUNTAS}: International Journal"
    )


def test_the_first_word_and_the_word_after_a_colon_are_sentence_starts() -> None:
    assert not needs_protection("Crossing", at_sentence_start=True)
    assert needs_protection("Crossing", at_sentence_start=False)
    assert needs_protection("UK", at_sentence_start=True)


def test_names_with_a_comma_or_and_are_braced_and_bodies_always() -> None:
    assert escape_field("Anderson and Sons", FieldKind.NAME) == "{Anderson and Sons}"
    assert escape_field("Smith, Jones", FieldKind.NAME) == "{Smith, Jones}"
    assert escape_field("Anderson", FieldKind.NAME) == "Anderson"
    assert escape_field("World Bank", FieldKind.BODY) == "{World Bank}"


def test_names_lose_characters_biber_cannot_take_and_say_so() -> None:
    notes: list[str] = []
    assert escape_field("\\input{x} Ann", FieldKind.NAME, notes=notes) == "inputx Ann"
    assert notes


def test_pages_get_double_dashes() -> None:
    assert escape_field("775–788", FieldKind.PAGES) == "775--788"
    assert escape_field("12-15, 20 — 25", FieldKind.PAGES) == "12--15, 20--25"
    assert escape_field("e1234", FieldKind.PAGES) == "e1234"


def test_verbatim_fields_keep_identifiers_and_percent_encode_the_unsafe() -> None:
    doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"
    assert escape_field(doi, FieldKind.VERBATIM) == doi
    url = "https://x.org/a_b?q=1&r=2#f{x} y\\z"
    assert escape_field(url, FieldKind.VERBATIM) == "https://x.org/a_b?q=1&r=2#f%7Bx%7D%20y%5Cz"


def test_safe_citekey() -> None:
    assert safe_citekey("ostrom1996crossing") == "ostrom1996crossing"
    assert safe_citekey("Brudney:1983/a.b+c") == "Brudney:1983/a.b+c"
    assert safe_citekey("key 2020, {x}") == "key-2020-x"
    assert safe_citekey("Grönroos2019") == "Gronroos2019"


@pytest.mark.parametrize(
    "value",
    [
        "}\n@misc{pwn, title={owned}}",
        "x}, note = {injected",
        "\\write18{rm -rf ~} \\input{/etc/passwd} \\openout \\catcode`\\{=12 \\csname x",
        '@preamble{ "\\def\\x{}" } @string{a = b} @comment{c}',
        "}}}}{{{",
    ],
)
def test_hostile_values_stay_one_field_of_one_entry(value: str) -> None:
    fields = {
        "title": escape_field(value, FieldKind.TITLE),
        "note": escape_field(value),
        "author": escape_field(value, FieldKind.BODY),
    }
    text = "@article{k,\n" + ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items()) + "\n}\n"
    library = bibtexparser.parse_string(text)
    assert [e.key for e in library.entries] == ["k"]
    assert not library.failed_blocks and not library.strings and not library.preambles
    assert len(library.comments) == 0
    entry = library.entries[0]
    assert sorted(entry.fields_dict) == sorted(fields)
    assert decode_latex(entry["note"]) == " ".join(value.split())


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(list(FieldKind)), st.booleans())
def test_every_output_passes_the_audit(text: str, kind: FieldKind, ascii_only: bool) -> None:
    out = escape_field(text, kind, ascii_only=ascii_only)
    assert audit(out, kind)
    assert "\n" not in out and "\r" not in out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="ascii")))
def test_the_ascii_fast_path_agrees_with_the_general_path(text: str) -> None:
    for proper_nouns, kind in ((True, FieldKind.TITLE), (False, FieldKind.CONTAINER)):
        assert escape_field(text, kind) == _slow_title(text, proper_nouns)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZbYMc09 :;-'.,?()/")))
def test_the_fast_path_agrees_on_word_like_titles(text: str) -> None:
    for proper_nouns, kind in ((True, FieldKind.TITLE), (False, FieldKind.CONTAINER)):
        assert escape_field(text, kind) == _slow_title(text, proper_nouns)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x-Ray and e-Government in iPhone era", "{x-Ray} and {e-Government} in {iPhone} era"),
        ("Public value: Ostrom's Nobel lecture", "Public value: Ostrom's {Nobel} lecture"),
        ("rock'-Roll (UK, Wales)", "rock'-{Roll} ({UK}, {Wales})"),
        ("2020-21: Data in NHS Wales", "2020-21: Data in {NHS} {Wales}"),
    ],
)
def test_capitals_are_braced_word_by_word(text: str, expected: str) -> None:
    assert escape_field(text, FieldKind.TITLE) == expected


def test_a_repeated_value_reports_its_notes_every_time() -> None:
    for _ in range(2):
        notes: list[str] = []
        escape_field("Tōkyō ☃", FieldKind.TEXT, ascii_only=True, notes=notes)
        assert notes and "U+2603" in notes[0]
        notes = []
        escape_field("a{b}|c", FieldKind.NAME, notes=notes)
        assert notes == [
            "not written in a name: '{'",
            "not written in a name: '}'",
            "not written in a name: '|'",
        ]


def _slow_title(text: str, proper_nouns: bool) -> str:
    from coprod_refs.export.escape import _break_ligatures
    from coprod_refs.text.characters import visible_text

    return _break_ligatures(_escape_title(visible_text(text), True, None, proper_nouns))


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(LATEX_KINDS))
def test_utf8_output_decodes_back_to_the_text(text: str, kind: FieldKind) -> None:
    from coprod_refs.text.characters import visible_text

    if kind in (FieldKind.NAME, FieldKind.BODY, FieldKind.PAGES):
        return
    assert decode_latex(escape_field(text, kind, ascii_only=False)) == visible_text(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeiouAEIOU öüéèçñßøłőąåæœ{}\\~^&%$#_-'`,")))
def test_ascii_output_decodes_back_to_the_text(text: str) -> None:
    from coprod_refs.text.characters import visible_text

    assert decode_latex(escape_field(text, FieldKind.TITLE)) == visible_text(text)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ("731\u2013739", "731--739"),
        ("e12\u2212e15", "e12--e15"),
        ("12 - 15", "12--15"),
        ("12--15", "12--15"),
        ("iv\u2014x", "iv--x"),
        ("S1", "S1"),
    ],
)
def test_page_ranges_take_a_double_hyphen_whatever_the_dash(pages: str, expected: str) -> None:
    for ascii_only in (True, False):
        assert escape_field(pages, FieldKind.PAGES, ascii_only=ascii_only) == expected


def test_typographic_hyphens_are_plain_hyphens_without_a_note() -> None:
    assert escape_value("co\u2011production, co\u2010design", FieldKind.TITLE, True) == (
        "co-production, co-design",
        (),
    )
