"""A bounded cache of what a function makes of one word form.

The parser asks the same questions of the same word forms again and again (its features,
its shape as a name part, its form as a link). `functools.lru_cache` would answer them,
but it keeps a linked node per entry that the cyclic garbage collector walks on every
full collection: with a few hundred thousand words cached, that walk made the
collections after each batch of references cost several per cent of the parse. A plain
dict of strings and tuples, which the collector stops tracking, costs nothing there. The
bound is kept by emptying the cache when it is full, which for word forms (a few
thousand common ones, then a long tail) loses little.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class WordCache(Generic[K, V]):
    """`function`'s results, kept per argument until `maxsize` are held."""

    def __init__(self, function: Callable[[K], V], maxsize: int) -> None:
        self.__wrapped__ = function
        self.__doc__ = function.__doc__
        self._maxsize = maxsize
        self._store: dict[K, V] = {}

    def __call__(self, key: K) -> V:
        """The function's result for `key`, computed once while it stays cached."""
        store = self._store
        try:
            return store[key]
        except KeyError:
            if len(store) >= self._maxsize:
                store.clear()
            value = store[key] = self.__wrapped__(key)
            return value

    def cache_clear(self) -> None:
        """Forget every result (the speed benchmark times a cold start with it)."""
        self._store.clear()


def word_cache(maxsize: int) -> Callable[[Callable[[K], V]], WordCache[K, V]]:
    """Decorator: cache a one-argument function per argument, up to `maxsize` results."""

    def wrap(function: Callable[[K], V]) -> WordCache[K, V]:
        return WordCache(function, maxsize)

    return wrap
