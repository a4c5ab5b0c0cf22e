"""Token features of the reference CRF (parse/features.py): context window and states."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse.features import sequence_features, word_shape
from coprod_refs.parse.tokens import tokenize

_CHAPTER = "Smith, J. (2001). “Title here.” In A. Ostrom (Eds.), Big book. London: Sage."


def _features(text: str) -> list[list[str]]:
    return sequence_features(tokenize(text)).strings()


def test_word_shape_collapses_runs() -> None:
    assert word_shape("Smith,") == "Xx,"
    assert word_shape("(2013).") == "(d)."


def test_window_of_two_carries_words_shapes_and_punctuation() -> None:
    feats = _features(_CHAPTER)
    title = feats[3]  # "“Title"
    assert {"-2:w=j", "-2:sh=X.", "-2last=.", "+2:w=in", "+2:sh=Xx", "+2last=a"} <= set(title)
    assert "sh-1|0=(d).|“Xx" in title


def test_quote_and_editor_states() -> None:
    feats = _features(_CHAPTER)
    assert "in-quote" in feats[4]  # "here.”" is still inside the quotes
    assert "after-quote" in feats[5]  # "In"
    assert "after-quote" not in feats[3]
    assert "after-ed" not in feats[8]  # "(Eds.)," itself
    assert "after-ed" in feats[9]  # "Big"
    assert "after-in" in feats[6]


def test_first_and_last_tokens_are_marked() -> None:
    feats = _features(_CHAPTER)
    assert "BOS" in feats[0] and "EOS" in feats[-1]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_one_feature_list_per_token(text: str) -> None:
    tokens = tokenize(" ".join(text.split()))
    feats = sequence_features(tokens).strings()
    assert len(feats) == len(tokens)
    assert all(
        feats_of_token and all(isinstance(f, str) for f in feats_of_token)
        for feats_of_token in feats
    )


_MODEL_PINNED = [
    "Ostrom, E. (1996). Crossing the great divide. World Development, 24(6), 1073–1087.",
    "[12] Bovaird T, Loeffler E. From engagement to co-production. Voluntas. 2012;23(4):1119-38.",
    "Pestoff, V. (2012). Co-production and third sector social services. In V. Pestoff, "
    "T. Brandsen & B. Verschuere (Eds.), New public governance (pp. 13–34). London: Routledge.",
    "“Quoted title,” Journal, vol. 3, no. 2, pp. 5-9, Summer 2019. doi:10.1000/xyz",
]


def test_feature_strings_are_those_the_shipped_model_was_trained_on(golden) -> None:
    """The shipped model knows features by their strings: any change to them needs a
    retrained model (scripts/train_parser.py) and then --update-golden."""
    out = [
        [sorted(token) for token in sequence_features(tokenize(text)).strings()]
        for text in _MODEL_PINNED
    ]
    golden("parser/features.json", json.dumps(out, ensure_ascii=False, indent=1) + "\n")
