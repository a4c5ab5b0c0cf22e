"""Text normalisation: Unicode clean-up, line-wrap repair, and the map back to the original."""

from __future__ import annotations

import textwrap
import unicodedata
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.text.normalize import (
    glue,
    hyphenation_vocabulary,
    join_lines,
    normalize,
    word_counts,
)


def back(original: str, needle: str, *, unwrap: bool = True) -> str:
    """The original text behind the first occurrence of `needle` in the normalized text."""
    norm = normalize(original, unwrap=unwrap)
    at = norm.text.index(needle)
    start, end = norm.original_span(at, at + len(needle))
    return original[start:end]


def test_ligatures_are_spelled_out_and_map_back_to_the_ligature():
    norm = normalize("e\ufb03cient \ufb01scal \ufb02ow")
    assert norm.text == "efficient fiscal flow"
    assert back("e\ufb03cient \ufb01scal", "efficient") == "e\ufb03cient"
    assert back("e\ufb03cient \ufb01scal", "ffi") == "\ufb03"


def test_special_spaces_become_plain_spaces_one_for_one():
    original = "Bovaird,\u00a0T.\u2009and\u202fLoeffler\tE."
    norm = normalize(original)
    assert norm.text == "Bovaird, T. and Loeffler E."
    assert len(norm.text) == len(original)
    assert back(original, "T. and") == "T.\u2009and"


def test_soft_hyphens_and_zero_width_spaces_vanish():
    original = "co\u00adpro\u200bduction"
    assert normalize(original).text == "coproduction"
    assert back(original, "coproduction") == original


def test_soft_hyphen_at_a_line_end_joins_the_word():
    assert normalize("organi\u00ad\n  sation", unwrap=False).text == "organisation"


def test_line_endings_become_newlines():
    assert normalize("a\r\nb\rc\u2028d", unwrap=False).text == "a\nb\nc\nd"


def test_decomposed_letters_are_composed_and_map_to_both_code_points():
    original = "Lo\u0308ffler (2015)"
    norm = normalize(original)
    assert norm.text == "Löffler (2015)"
    assert unicodedata.is_normalized("NFC", norm.text)
    assert back(original, "ö") == "o\u0308"
    assert back(original, "Löffler") == "Lo\u0308ffler"


def test_curly_quotes_and_dashes_are_kept():
    original = "‘inside-out’ and “outside-in” — 135–158"
    assert normalize(original).text == original


def test_a_break_hyphen_is_removed():
    norm = normalize("the organi-\nsation of services in the city and the region as a whole")
    assert "organisation" in norm.text
    assert back("the organi-\nsation of", "organisation") == "organi-\nsation"


def test_a_lexical_prefix_keeps_its_hyphen():
    text = "we study co-\nproduction of public services in several European countries"
    assert "co-production" in normalize(text).text


def test_the_documents_own_spelling_decides_the_hyphen():
    hyphenated = "co-creation matters. Co-creation again. We discuss co-\ncreation here and there."
    joined = "cocreation matters. Cocreation again. We discuss co-\ncreation here and there."
    assert "co-creation here" in normalize(hyphenated).text
    assert "cocreation here" in normalize(joined).text


def test_a_hyphen_before_a_capital_is_lexical():
    assert "Taylor-Gooby" in normalize("the work of Taylor-\nGooby on welfare attitudes").text


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("From service-", "delivery to co-production.", "From servicedelivery to co-production."),
        ("Citizen-", "led services.", "Citizen-led services."),
        ("An evidence-", "based approach.", "An evidence-based approach."),
        ("A socio-", "economic divide.", "A socio-economic divide."),
        ("The manage-", "ment of services.", "The management of services."),
        ("Participatory democ-", "racy in cities.", "Participatory democracy in cities."),
        ("Life after Covid-", "19 in cities.", "Life after Covid-19 in cities."),
    ],
)
def test_without_the_texts_spelling_known_prefixes_endings_and_capitals_decide(
    left: str, right: str, joined: str
):
    assert normalize(f"{left}\n{right}").text == joined


def test_a_spelling_the_text_uses_open_keeps_the_hyphen():
    text = "We study service delivery in cities.\n\nFrom service-\ndelivery to co-production."
    assert hyphenation_vocabulary(text)["service delivery"] == 1
    assert normalize(text).text == (
        "We study service delivery in cities.\n\nFrom service-delivery to co-production."
    )


def test_a_closed_spelling_in_the_text_outweighs_a_known_compound_ending():
    text = "Casebased reasoning, casebased work.\n\nA case-\nbased study of services."
    assert normalize(text).text == (
        "Casebased reasoning, casebased work.\n\nA casebased study of services."
    )


def test_wrapped_sentence_lines_are_joined_with_a_space():
    text = (
        "Public management research in a variety of disciplines has paid increasing\n"
        "attention to the role of citizens.\n"
    )
    assert normalize(text).text == (
        "Public management research in a variety of disciplines has paid increasing "
        "attention to the role of citizens.\n"
    )


def test_headings_bullets_and_paragraphs_keep_their_breaks():
    text = (
        "Background\n"
        "Co-production can be traced to various traditions in the literature on services.\n"
        "\n"
        "The list:\n"
        "• first item\n"
        "• second item\n"
    )
    assert normalize(text).text == text


def test_a_page_break_inside_a_sentence_is_joined():
    text = (
        "how co-production can contribute to the development of service\n"
        "\n"
        "quality in public services (Bouchard, et al., 2006); how it can promote it"
    )
    assert "of service quality in public services" in normalize(text).text


_STEEN = (
    "Professional resistance has been documented in several countries, for instance by Steen and"
)
_FURNITURE = [
    "PUBLIC MANAGEMENT REVIEW                    1655",
    "1654                      J. RASMUSSEN",
    "1654 J. RASMUSSEN",
    "J. RASMUSSEN ET AL.  1656",
    "Page 3 of 12",
    "14",
    "– 14 –",
    "xiv",
    "Downloaded by [University of Oslo] at 04:12 24 May 2016",
    "This content downloaded from 128.0.0.1 on Thu, 01 Jan 2015 12:00:00 UTC\n"
    "All use subject to https://about.jstor.org/terms",
    "PUBLIC MANAGEMENT REVIEW  1655\n\n\x0c1656  J. RASMUSSEN",
]


@pytest.mark.parametrize("furniture", _FURNITURE)
def test_page_furniture_inside_a_paragraph_is_dropped_and_the_paragraph_rejoined(
    furniture: str,
):
    original = f"{_STEEN}\n\n{furniture}\n\nTuurnas (2018), who describe new roles.\n"
    norm = normalize(original)
    assert norm.text == f"{_STEEN} Tuurnas (2018), who describe new roles.\n"
    assert back(original, "and Tuurnas") == f"and\n\n{furniture}\n\nTuurnas"


def test_page_furniture_inside_a_citation_is_dropped():
    original = (
        "as shown by earlier studies of user involvement in welfare services (Bovaird,\n"
        "\n"
        "1654                      J. RASMUSSEN\n"
        "\n"
        "2007; Pestoff, 2006). A second strand of work focuses on professionals."
    )
    assert normalize(original).text == (
        "as shown by earlier studies of user involvement in welfare services (Bovaird, "
        "2007; Pestoff, 2006). A second strand of work focuses on professionals."
    )


def test_a_short_line_before_page_furniture_keeps_its_line_break():
    # "Osborne et al." ends like a sentence, but "(2016)" cannot start one.
    original = "As argued by Osborne et al.\n\n14\n\n(2016) co-production is not new.\n"
    assert normalize(original).text == (
        "As argued by Osborne et al.\n(2016) co-production is not new.\n"
    )


def test_page_furniture_inside_an_open_bracket_is_dropped():
    original = "Many agree (see for example\ne.g.\n\nPage 3 of 12\n\nOstrom, 1990)."
    assert normalize(original).text == "Many agree (see for example e.g.\nOstrom, 1990)."


@pytest.mark.parametrize(
    "text",
    [
        # A numbered heading in capitals looks like a running head beside its page number.
        "Co-production is a well-studied practice in public services.\n\n"
        "3 DATA AND METHODS\n\nWe interviewed forty public managers.\n",
        "Abstract\n\n1 INTRODUCTION AND BACKGROUND\n\nCo-production is not new.\n",
        "The services were evaluated in 2019.\n\n14\n\nThe next section turns to them.\n",
        "A one-line paragraph.\n\nPUBLIC MANAGEMENT REVIEW  1655\n\nAnother one.\n",
    ],
)
def test_headings_and_page_furniture_between_paragraphs_are_kept(text: str):
    assert normalize(text).text == text


def test_a_line_ending_with_and_goes_on_with_a_capitalised_line():
    text = "for instance by Steen and\nTuurnas (2018), who describe new roles.\n"
    assert normalize(text).text == (
        "for instance by Steen and Tuurnas (2018), who describe new roles.\n"
    )


_PROSE_WORDS = st.sampled_from(
    "public services are often produced with citizens and their communities in many "
    "european countries where managers see users as partners rather than clients".split()
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_PROSE_WORDS, min_size=30, max_size=120),
    st.integers(min_value=40, max_value=90),
    st.integers(min_value=0),
    st.sampled_from(_FURNITURE),
)
def test_page_furniture_at_any_line_break_of_a_paragraph_vanishes(
    words: list[str], width: int, pick: int, furniture: str
):
    lines = textwrap.wrap(" ".join(words), width)
    cut = 1 + pick % max(1, len(lines) - 1)
    wrapped = "\n".join(lines) + "."
    broken = "\n".join(lines[:cut]) + f"\n\n{furniture}\n\n" + "\n".join(lines[cut:]) + "."
    assert normalize(broken).text == normalize(wrapped).text == " ".join(words) + "."


def test_unwrap_false_keeps_every_line():
    text = "a line that is wrapped\nin the middle of a sentence"
    assert normalize(text, unwrap=False).text == text


def test_glue_closes_up_urls_and_ranges():
    empty: Counter[str] = Counter()
    assert glue("https://doi.org/10.1177/", "095624780401600104", empty).insert == ""
    assert glue("pp. 135–", "158.", empty).insert == ""
    assert glue("Public Administration", "Review", empty).insert == " "


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            "Public Management Review, 18(5), 639–653. https://doi.org/10.\n"
            "1080/14719037.2012.698858",
            "Public Management Review, 18(5), 639–653. https://doi.org/10.1080/14719037.2012.698858",
        ),
        (
            "Public Money & Management, 39(4), 233–240. doi:10.1080/09540962.2019.\n1592904",
            "Public Money & Management, 39(4), 233–240. doi:10.1080/09540962.2019.1592904",
        ),
        (
            "https://doi.org/10.1016/j.\njebo.2019.05.001",
            "https://doi.org/10.1016/j.jebo.2019.05.001",
        ),
        ("see https://www.\nnesta.org.uk/report/", "see https://www.nesta.org.uk/report/"),
    ],
)
def test_a_url_broken_after_a_full_stop_is_closed_up(text: str, joined: str):
    assert normalize(text).text == joined


@pytest.mark.parametrize(
    "right",
    ["Steen, T. (2018).", "van Eijk, C. (2018).", "Smith-Jones, A. (2018).", "2. Steen, T."],
)
def test_a_url_ending_a_reference_with_a_full_stop_is_not_glued_to_the_next(right: str):
    left = (
        "Public Management Review, 18(5), 639–653. https://doi.org/10.1080/14719037.2015.1111927."
    )
    assert glue(left, right, Counter()).insert == " "


@pytest.mark.parametrize(
    "right", ["(accessed 3 March 2020).", "accessed 3 March 2020.", "Accessed 3 March 2020."]
)
def test_an_access_note_after_a_url_gets_a_space(right: str):
    left = "https://www.nesta.org.uk/report/people-powered-health-co-production-catalogue/"
    assert join_lines([left, right]) == f"{left} {right}"


def test_a_url_keeps_its_hyphen_at_a_line_end_unless_the_text_spells_it_without():
    broken = ["https://www.thinklocalactper-", "sonal.org.uk/what-", "makes-it-different/"]
    assert join_lines(broken) == (
        "https://www.thinklocalactper-sonal.org.uk/what-makes-it-different/"
    )
    vocabulary = word_counts("See www.thinklocalactpersonal.org.uk for the tool.")
    assert join_lines(broken, vocabulary) == (
        "https://www.thinklocalactpersonal.org.uk/what-makes-it-different/"
    )


def test_long_runs_of_letters_and_spaces_are_read_in_one_pass():
    # Quadratic backtracking over 200 000 letters or spaces would take minutes.
    run = 200_000
    text = "x" * run + "-\nb " + " " * run + "c" + "d" * run + " 1"
    vocabulary = hyphenation_vocabulary(text)
    assert vocabulary["b"] == 1
    assert vocabulary["x" * run + " b"] == 0
    assert normalize(text).text.startswith("x" * run + "b ")


@pytest.mark.usefixtures("hang_guard")
def test_the_letters_before_a_line_end_hyphen_are_read_in_one_pass():
    # Read from the line's start, a long run of letters before a digit would be scanned
    # again from every letter in it: minutes.
    run = 200_000
    assert normalize("a" * run + "1ab-\ncd").text == "a" * run + "1abcd"
    assert join_lines(["a" * run + "1ab-", "cd"]) == "a" * run + "1abcd"


@pytest.mark.usefixtures("hang_guard")
def test_join_lines_takes_time_in_proportion_to_the_paragraph():
    # Each join used to copy and search everything joined so far: minutes for this one.
    lines = ["Aaaa bbbb-", "cc dd"] * 20_000
    assert join_lines(lines) == " ".join(["Aaaa bbbbcc dd"] * 20_000)


def test_join_lines_repairs_hyphens_and_spaces():
    vocabulary = word_counts("democracy")
    assert join_lines(["Bootstrapping democ-", "  racy: local   governance"], vocabulary) == (
        "Bootstrapping democracy: local governance"
    )


def test_to_original_at_the_end_is_the_original_length():
    original = "\ufb01ne\r\n"
    norm = normalize(original)
    assert norm.to_original(len(norm.text)) == len(original)


@pytest.mark.parametrize("unwrap", [True, False])
def test_plain_text_is_unchanged_and_maps_one_to_one(unwrap: bool):
    original = "Ostrom (1990) wrote about the commons."
    norm = normalize(original, unwrap=unwrap)
    assert norm.text == original
    assert [norm.to_original(i) for i in range(len(original))] == list(range(len(original)))


_TRICKY = st.sampled_from(
    [
        "\ufb01",
        "\u00a0",
        "\u00ad",
        "\u200b",
        "\r\n",
        "\r",
        "\n",
        "\n\n",
        "-\n",
        "co-\n",
        "o\u0308",
        "\u0301",
        "\t",
        " ",
        "\ufeff",
        "A",
        "word",
        "Ostrom",
        "(1990)",
        ".",
        "\u2028",
        "\x0c",
        "o\u00ad\u0308",
        "14",
        "1654  J. RASMUSSEN",
        "Page 3 of 12",
        "https://doi.org/10.",
        "/",
        "(accessed",
        "service-\n",
    ]
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_TRICKY, max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.booleans())
def test_offsets_are_monotonic_and_in_range(original: str, unwrap: bool):
    norm = normalize(original, unwrap=unwrap)
    starts = [norm.to_original(i) for i in range(len(norm.text) + 1)]
    assert starts == sorted(starts)
    assert starts[-1] == len(original)
    assert all(0 <= s <= len(original) for s in starts)
    for i in range(len(norm.text)):
        first, last = norm.original_span(i, i + 1)
        assert 0 <= first < last <= len(original)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_normalized_text_is_clean(original: str):
    text = normalize(original).text
    assert unicodedata.is_normalized("NFC", text)
    for banned in ("\r", "\u00a0", "\u00ad", "\u200b", "\ufb01", "\t", "\u2028", "\x0c"):
        assert banned not in text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ ,.;()", max_size=200))
def test_text_without_specials_or_newlines_is_identity(original: str):
    norm = normalize(original)
    assert norm.text == original
    assert norm.original_span(0, len(original)) == (0, len(original))


def test_separator_controls_at_a_line_break_are_no_tokens() -> None:
    # str.split parts at "\x1c"-"\x1f", so a line may end in a "word" with no token.
    assert normalize("\x1f\r0").text == "\x1f 0"
    assert normalize("see https://x.org/\x1f\nabc").text == "see https://x.org/\x1fabc"


def test_a_pair_written_apart_is_counted_only_with_space_between() -> None:
    text = "co-production and the produc-\ntion of services; service delivery"
    vocabulary = hyphenation_vocabulary(text)
    assert vocabulary["produc tion"] == 0  # "production" closed up is no open spelling
    assert vocabulary["service delivery"] == 1


def test_a_pair_written_apart_is_counted_in_any_case_and_as_whole_words() -> None:
    text = (
        "Service  delivery, SERVICE\nDelivery, ſervice delivery; self-service delivery; "
        "eservice delivery; service\n\ndelivery. produc-\ntion"
    )
    # The long s is an "s" in any case; "eservice" and a blank line between do not count.
    assert hyphenation_vocabulary(text)["service delivery"] == 4
