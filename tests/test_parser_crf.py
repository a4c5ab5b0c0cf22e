"""The CRF labeller: the shipped weights file, and labelling exactly as crfsuite's own
tagger does with the same trained model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_refs.parse import crf
from coprod_refs.parse.crf import MODEL_FORMAT, CrfModel
from coprod_refs.parse.crf_convert import weights_from_crfsuite, write_model
from coprod_refs.parse.features import sequence_features
from coprod_refs.parse.tokens import tokenize

pycrfsuite = pytest.importorskip("pycrfsuite")

#: Annotated references as (label, text) segments.
_SEGMENTS = [
    [
        ("author", "Ostrom, E."),
        ("date", "(1996)."),
        ("title", "Crossing the great divide."),
        ("journal", "World Development,"),
        ("volume", "24(6),"),
        ("pages", "1073-1087."),
    ],
    [
        ("author", "Alford, J."),
        ("date", "(2009)."),
        ("title", "Engaging public sector clients."),
        ("location", "Basingstoke:"),
        ("publisher", "Palgrave Macmillan."),
    ],
    [
        ("citation-number", "[3]"),
        ("author", "Bovaird T."),
        ("title", "Beyond engagement."),
        ("journal", "Public Adm Rev."),
        ("date", "2007;67(5):846-60."),
    ],
    [
        ("author", "Pestoff, V."),
        ("date", "(2012)."),
        ("title", "Co-production and third sector social services."),
        ("editor", "In V. Pestoff (Ed.),"),
        ("container-title", "New public governance"),
        ("pages", "(pp. 13-34)."),
        ("location", "London:"),
        ("publisher", "Routledge."),
    ],
    [
        ("author", "Brudney, J. L., & England, R. E."),
        ("date", "(1983)."),
        ("title", "Toward a definition of the coproduction concept."),
        ("journal", "Public Administration Review,"),
        ("volume", "43(1),"),
        ("pages", "59-65."),
        ("doi", "https://doi.org/10.2307/975300"),
    ],
]
_TRAINING = [
    (
        " ".join(text for _, text in segments),
        [label for label, text in segments for _ in text.split()],
    )
    for segments in _SEGMENTS
]


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrfModel, object]:
    """A small model trained here: our labeller on its converted weights, and crfsuite's
    tagger on the model file crfsuite wrote."""
    folder = tmp_path_factory.mktemp("crf")
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in _TRAINING:
        trainer.append(sequence_features(tokenize(text)).strings(), labels)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 60})
    trained = folder / "small.crfsuite"
    trainer.train(str(trained))
    out = folder / "small.json"
    write_model(weights_from_crfsuite(trained), out)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(trained))
    return CrfModel.read(out), tagger


_WORDS = st.sampled_from(
    "Ostrom, E. (1996). Crossing the great divide In (Eds.), pp. 13-34. London: Routledge "
    "24(6), [3] doi:10.1/x https://x.org “Quoted” title. Journal of Public Policy, "
    "2007;67(5):846-60. "
    "and & et al. Vol. no. Press University ( ) , . : ; Å ß 中".split()
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=40), min_size=1, max_size=9))
def test_labels_marginals_and_probability_match_crfsuite(
    models: tuple[CrfModel, object], strings: list[list[str]]
) -> None:
    model, tagger = models
    sequences = [sequence_features(tokenize(" ".join(words))) for words in strings]
    for sequence, ours in zip(sequences, model.tag_many(sequences), strict=True):
        tagger.set(sequence.strings())  # type: ignore[attr-defined]
        labels = tagger.tag()  # type: ignore[attr-defined]
        assert ours.labels == labels
        for i, (label, marginal) in enumerate(zip(labels, ours.marginals, strict=True)):
            assert marginal == pytest.approx(tagger.marginal(label, i), abs=1e-9)  # type: ignore[attr-defined]
        expected = tagger.probability(labels)  # type: ignore[attr-defined]
        assert ours.sequence_probability == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_a_batch_labels_each_sequence_as_alone(models: tuple[CrfModel, object]) -> None:
    model, _ = models
    texts = [t for t, _ in _TRAINING] + ["Short.", "x", "A (2001) B, 1, 2-3. C: D."]
    sequences = [sequence_features(tokenize(t)) for t in texts]
    together = model.tag_many(sequences)
    alone = [model.tag_many([s])[0] for s in reversed(sequences)][::-1]
    assert [t.labels for t in together] == [a.labels for a in alone]
    for t, a in zip(together, alone, strict=True):
        assert t.marginals == pytest.approx(a.marginals)


def test_forgetting_the_word_cache_changes_nothing(models: tuple[CrfModel, object]) -> None:
    model, _ = models
    sequences = [sequence_features(tokenize(t)) for t, _ in _TRAINING]
    before = model.tag_many(sequences)
    model.clear_cache()
    assert model.tag_many(sequences) == before


def test_empty_sequences_get_empty_labels(models: tuple[CrfModel, object]) -> None:
    model, _ = models
    empty = sequence_features([])
    one = sequence_features(tokenize("Word."))
    out = model.tag_many([empty, one, empty])
    assert out[0].labels == [] and out[2].labels == [] and len(out[1].labels) == 1


def test_long_sequences_neither_overflow_nor_underflow(models: tuple[CrfModel, object]) -> None:
    model, tagger = models
    sequence = sequence_features(tokenize(" ".join(["Ostrom, E. (1996). Crossing."] * 80)))
    ours = model.tag_many([sequence])[0]
    tagger.set(sequence.strings())  # type: ignore[attr-defined]
    assert ours.labels == tagger.tag()  # type: ignore[attr-defined]
    assert all(0.0 <= m <= 1.0 for m in ours.marginals)


def test_conversion_is_deterministic(tmp_path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    text, labels = _TRAINING[0]
    trainer.append(sequence_features(tokenize(text)).strings(), labels)
    trainer.set_params({"max_iterations": 10})
    trainer.train(str(tmp_path / "m.crfsuite"))
    write_model(weights_from_crfsuite(tmp_path / "m.crfsuite"), tmp_path / "a.json")
    write_model(weights_from_crfsuite(tmp_path / "m.crfsuite"), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_text())["format"] == MODEL_FORMAT


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"format": "something-else"}')
    with pytest.raises(ValueError, match=r"other\.json"):
        CrfModel.read(path)


def test_the_shipped_model_has_the_parser_labels() -> None:
    model = CrfModel.read(crf.model_path())
    assert "author" in model.labels and "container-title" in model.labels
    assert len(model.labels) == 19
    assert model.transitions.shape == (19, 19)
