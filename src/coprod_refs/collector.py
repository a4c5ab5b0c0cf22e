"""Pausing Python's cyclic garbage collector while records are built in bulk."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while many records are built or rendered.

    Reading a large store, or parsing a long reference list, creates millions of objects
    without a single reference cycle; each one counts towards the next collection, and
    the collections of the older generations scan everything built so far, which made
    them more than half the cost of a load. Nested uses are fine: the collector is
    re-enabled only by the outermost.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
