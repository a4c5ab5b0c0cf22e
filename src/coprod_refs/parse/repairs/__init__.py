"""Deterministic repairs to the CRF's output, for patterns the model rarely saw.

Label repairs (`labels`) act on tokens: URL and DOI forms, a lone doubtful token between
two segments of one label, access phrases, a leading list number. Segment repairs act on
runs of one label; each is a rule of `segments._SEGMENT_RULES`, kept with the rules of its
kind (`people`, `bodies`, `editors`, `books`, `journals`, `titles`, `numbers`, `imprints`,
`places`, `bracketed_imprints`, `editions`, `dates`). They are applied to the model's
output only, never to the annotated data.
"""

from __future__ import annotations

from coprod_refs.parse.repairs.labels import clear_caches, repair_labels
from coprod_refs.parse.repairs.segments import repair_segments

__all__ = ["clear_caches", "repair_labels", "repair_segments"]
