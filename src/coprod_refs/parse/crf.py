"""The trained CRF: the shipped weights, and labelling token sequences with them.

The model is trained with python-crfsuite (`scripts/train_parser.py`) and shipped as its
weights in JSON (`parse/crf_convert.py` writes them). Labelling runs here, in numpy, many
references at a time: a token's score for each label is the sum of the weights of its
features, and Viterbi and forward-backward passes over a batch of equally long sequences
give the best labels, each token's marginal probability and the probability of the whole
labelling, as crfsuite's own tagger would. Scoring a word form's own and neighbour
features once and reusing them, and decoding a batch in one pass, is what makes parsing
fast. numpy is imported and the weights are read on the first parse only.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from importlib import resources
from itertools import chain
from operator import is_not, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from coprod_refs.parse.features import SequenceFeatures, TokenView

#: The `format` value of a model file this module reads.
MODEL_FORMAT = "coprod-refs-crf/1"
_MODEL_NAME = "refparser.json"
#: Sequences decoded together: sorted by length, so that little padding is needed.
_BATCH = 128
#: Bound on the rows of scored word forms kept (five per word form, 19 floats each).
_MAX_TABLE_ROWS = 500_000

_lock = threading.Lock()
#: A token view's text (its first field).
_TEXT = itemgetter(0)
#: Whether a look-up in the feature index found a row (`row is not None`).
_is_row = partial(is_not, None)
_model: CrfModel | None = None


@dataclass(frozen=True, slots=True)
class Labelled:
    """A tagged sequence: one label and its marginal probability per token, plus the
    probability of the whole label sequence."""

    labels: list[str]
    marginals: list[float]
    sequence_probability: float


#: Bound on the context feature strings whose rows are kept (a few thousand occur).
_MAX_CONTEXT_ROWS = 50_000


class _RowCache(dict[str, int]):
    """Feature string -> weight row for the context features seen so far, with the
    all-zero row for strings the model lacks. Few distinct context strings occur, so this
    small dict answers them faster than the model's index of every feature string."""

    def __init__(self, index: dict[str, int], missing: int) -> None:
        super().__init__()
        self.index = index
        self.missing = missing

    def __missing__(self, key: str) -> int:
        if len(self) >= _MAX_CONTEXT_ROWS:
            self.clear()
        row = self[key] = self.index.get(key, self.missing)
        return row


class CrfModel:
    """A linear-chain CRF's weights: one row of label scores per known feature string and
    a label-to-label transition matrix."""

    def __init__(
        self,
        labels: Sequence[str],
        attributes: Sequence[str],
        state: np.ndarray,
        transitions: np.ndarray,
    ) -> None:
        import numpy as np

        self.labels = tuple(labels)
        self.index = {name: row for row, name in enumerate(attributes)}
        #: An all-zero row: what an absent neighbour or an unknown feature scores.
        self.padding = len(attributes)
        self._state = np.vstack([state, np.zeros((1, len(self.labels)))])
        self.transitions = transitions
        self._exp_transitions = np.exp(transitions)
        self.clear_cache()

    @classmethod
    def read(cls, path: Path) -> CrfModel:
        """The model in a weights file written by `crf_convert.write_model`."""
        import numpy as np

        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"{path}: not a {MODEL_FORMAT} model file")
        labels = data["labels"]
        attributes = list(data["state"])
        state = np.zeros((len(attributes), len(labels)))
        for row, name in enumerate(attributes):
            for label, weight in data["state"][name]:
                state[row, label] = weight
        return cls(labels, attributes, state, np.array(data["transitions"], dtype=float))

    def clear_cache(self) -> None:
        """Forget the scores of the word forms seen so far."""
        #: The feature rows, then one row per word form and role: the summed weights of
        #: the features that word lends to itself, to the tokens before it and after it.
        self._table = self._state.copy()
        self._used = len(self._state)
        self._word_rows: dict[str, int] = {}
        self._context_rows = _RowCache(self.index, self.padding)

    def _rows_of_words(self, views: list[TokenView], new: list[list[int]]) -> list[int]:
        """Per token, the first of the five consecutive table rows of its word (as itself,
        then as the word one and two places before and one and two after another); words
        not yet in the table get rows numbered after it, their feature rows go to `new`."""
        found = self._word_rows
        rows = list(map(found.get, map(_TEXT, views)))
        if None not in rows:
            return rows  # type: ignore[return-value]  # the usual case: every word known
        for i, row in enumerate(rows):  # in order, so that new words are numbered in order
            if row is None:
                rows[i] = self._word_row(views[i], new)
        return rows  # type: ignore[return-value]  # every None replaced

    def _word_row(self, view: TokenView, new: list[list[int]]) -> int:
        """The first table row of a word, numbering new rows if the word is new."""
        first = self._word_rows.get(view.text)
        if first is None:
            first = self._word_rows[view.text] = self._used + len(new)
            # The rows of the features the model knows (one look-up each, in C).
            get = self.index.get
            for group in (view.own, view.as_left, view.as_left2, view.as_right, view.as_right2):
                new.append(list(filter(_is_row, map(get, group))))
        return first

    def _grow(self, new: list[list[int]]) -> None:
        """Append the summed rows of newly seen word forms to the table."""
        import numpy as np

        if not new:
            return
        starts: list[int] = []
        flat: list[int] = []
        for rows in new:
            starts.append(len(flat))
            flat.append(self.padding)
            flat += rows
        sums = np.add.reduceat(self._state.take(flat, axis=0), starts, axis=0)
        need = self._used + len(sums)
        if need > len(self._table):  # room for as many again, so that copies stay rare
            grown = np.zeros((2 * need, self._table.shape[1]))
            grown[: self._used] = self._table[: self._used]
            self._table = grown
        self._table[self._used : need] = sums
        self._used = need

    def tag_many(self, sequences: list[SequenceFeatures]) -> list[Labelled]:
        """Label many token sequences; one result per sequence, in order."""
        if self._used > _MAX_TABLE_ROWS:
            self.clear_cache()
        results: list[Labelled] = [Labelled([], [], 0.0)] * len(sequences)
        # Longest first: within a batch, the sequences still running at any position are
        # then a prefix of it.
        order = sorted(
            (i for i, s in enumerate(sequences) if s.views),
            key=lambda i: len(sequences[i].views),
            reverse=True,
        )
        for begin in range(0, len(order), _BATCH):
            batch = order[begin : begin + _BATCH]
            for i, labelled in zip(batch, self._decode([sequences[i] for i in batch]), strict=True):
                results[i] = labelled
        return results

    def _emissions(self, batch: list[SequenceFeatures], width: int) -> np.ndarray:
        """Per sequence, token and label, the summed weights of the token's features
        (zeros after a sequence's end)."""
        import numpy as np

        pad = self.padding
        new: list[list[int]] = []
        words: list[int] = []
        contexts: list[list[str]] = []
        chunk_of: list[int] = []
        chunks: list[list[str]] = []
        places: list[int] = []
        firsts: list[int] = []
        for b, sequence in enumerate(batch):
            firsts.append(len(words))
            words += self._rows_of_words(sequence.views, new)
            contexts += sequence.context
            base = len(chunks)
            chunk_of += [base + c for c in sequence.chunk_of]
            chunks += sequence.chunks
            places.extend(range(b * width, b * width + len(sequence.views)))
        self._grow(new)
        table = self._table
        # Every token and every chunk has position features, so none of these is empty.
        # `take` gathers rows as indexing with the same integers does, only faster.
        scores = self._summed(contexts)
        scores += self._summed(chunks).take(chunk_of, axis=0)
        own = np.array(words, dtype=np.intp)
        lengths = np.diff(np.append(firsts, len(words)))
        # Each token's place in its sequence, counted from the start and from the end.
        place = np.arange(len(words)) - np.repeat(firsts, lengths)
        left_over = np.repeat(lengths, lengths) - place - 1
        scores += table.take(own, axis=0)
        for role, shift in ((1, 1), (2, 2), (3, -1), (4, -2)):
            # The row the word `shift` places before (after, if negative) lends this token;
            # the padding row where that word would lie outside the sequence.
            lent = np.roll(own + role, shift)
            lent[(place < shift) if shift > 0 else (left_over < -shift)] = pad
            scores += table.take(lent, axis=0)
        emissions = np.zeros((len(batch) * width, len(self.labels)))
        emissions[places] = scores
        return emissions.reshape(len(batch), width, len(self.labels))

    def _summed(self, groups: list[list[str]]) -> np.ndarray:
        """Per group of feature strings (none empty), the sum of their weight rows."""
        import numpy as np

        sizes = np.fromiter(map(len, groups), dtype=np.intp, count=len(groups))
        starts = np.zeros_like(sizes)
        np.cumsum(sizes[:-1], out=starts[1:])
        rows = list(map(self._context_rows.__getitem__, chain.from_iterable(groups)))
        return np.add.reduceat(self._table.take(rows, axis=0), starts, axis=0)

    def _decode(self, batch: list[SequenceFeatures]) -> list[Labelled]:
        """Labels, marginals and path probabilities of a batch sorted longest first."""
        import numpy as np

        lengths = np.array([len(s.views) for s in batch])
        width = int(lengths[0])
        running = [int((lengths > t).sum()) for t in range(width)]
        emissions = self._emissions(batch, width)
        path, best = self._viterbi(emissions, running)
        marginals, log_z = self._forward_backward(emissions, running)
        probability = np.exp(best - log_z)
        out: list[Labelled] = []
        for b, length in enumerate(lengths.tolist()):
            labels = path[b, :length]
            out.append(
                Labelled(
                    [self.labels[k] for k in labels.tolist()],
                    marginals[b, np.arange(length), labels].tolist(),
                    float(probability[b]),
                )
            )
        return out

    def _viterbi(self, emissions: np.ndarray, running: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """The best label path of each sequence and its score; `running[t]` sequences (a
        prefix of the batch) are longer than t."""
        import numpy as np

        size, width, labels = emissions.shape
        score = emissions[:, 0].copy()
        back = np.zeros((size, width, labels), dtype=np.intp)
        # candidates[b, to, from]: reducing over the last, contiguous axis is the fast
        # way, and the best score is picked by the argmax rather than a second reduction.
        into = np.ascontiguousarray(self.transitions.T)
        rows = np.arange(size * labels) * labels
        for t in range(1, width):
            k = running[t]
            candidates = score[:k, None, :] + into
            best = candidates.argmax(2)
            back[:k, t] = best
            picked = candidates.reshape(-1)[rows[: k * labels] + best.reshape(-1)]
            score[:k] = picked.reshape(k, labels) + emissions[:k, t]
        current = score.argmax(1)
        path = np.zeros((size, width), dtype=np.intp)
        for t in range(width - 1, 0, -1):
            k = running[t]
            path[:k, t] = current[:k]
            current[:k] = back[np.arange(k), t, current[:k]]
        path[:, 0] = current
        return path, score.max(1)

    def _forward_backward(
        self, emissions: np.ndarray, running: list[int]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each token's marginal label probabilities, and each sequence's log partition
        function; scaled per step so that long sequences neither overflow nor underflow.
        Past a sequence's end its scale stays 1 and its backward values 1."""
        import numpy as np

        size, width, _ = emissions.shape
        shift = emissions.max(2, keepdims=True)
        potentials = np.exp(emissions - shift)
        alpha = np.ones_like(potentials)
        scale = np.ones((size, width))
        scale[:, 0] = potentials[:, 0].sum(1)
        alpha[:, 0] = potentials[:, 0] / scale[:, :1]
        for t in range(1, width):
            k = running[t]
            step = (alpha[:k, t - 1] @ self._exp_transitions) * potentials[:k, t]
            scale[:k, t] = step.sum(1)
            alpha[:k, t] = step / scale[:k, t : t + 1]
        beta = np.ones_like(potentials)
        for t in range(width - 2, -1, -1):
            k = running[t + 1]
            step = (potentials[:k, t + 1] * beta[:k, t + 1]) @ self._exp_transitions.T
            beta[:k, t] = step / scale[:k, t + 1 : t + 2]
        marginals = alpha * beta
        marginals /= marginals.sum(2, keepdims=True)
        log_z = np.log(scale).sum(1) + shift[:, :, 0].sum(1)  # padding: shift 0, scale 1
        return marginals, log_z


def model_path() -> Path:
    """Where the shipped model lives inside the installed package."""
    return Path(str(resources.files("coprod_refs.parse") / "models" / _MODEL_NAME))


def _loaded() -> CrfModel:
    global _model
    with _lock:
        if _model is None:
            _model = CrfModel.read(model_path())
    return _model


def use_model(path: Path) -> None:
    """Label with the model at `path` from now on instead of the shipped one (for
    comparing trained models on the same strings)."""
    global _model
    model = CrfModel.read(path)
    with _lock:
        _model = model


def clear_cache() -> None:
    """Forget the loaded model's scored word features (for timing a cold start)."""
    if _model is not None:
        _model.clear_cache()


def tag_many(sequences: list[SequenceFeatures]) -> list[Labelled]:
    """Label many token sequences with the shipped model (read on first use)."""
    return _loaded().tag_many(sequences)


def tag(sequence: SequenceFeatures) -> Labelled:
    """Label one token sequence with the shipped model (read on first use)."""
    return tag_many([sequence])[0]
