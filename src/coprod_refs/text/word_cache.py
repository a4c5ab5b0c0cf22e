"""A bounded cache of what a function makes of one word form.

The parser asks the same questions of the same word forms again and again (its features,
its shape as a name part, its form as a link). `functools.lru_cache` would answer them,
but it keeps a linked node per entry that the cyclic garbage collector walks on every
full collection: with a few hundred thousand words cached, that walk made the
collections after each batch of references cost several per cent of the parse. A dict
costs far less there, and answers a word it holds without running any Python code: the
cache is called like the function, and only a word it lacks runs the function. The bound
is kept by emptying the cache when it is full, which for word forms (a few thousand
common ones, then a long tail) loses little.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class WordCache(dict[K, V]):
    """`function`'s results, kept per argument until `maxsize` are held."""

    def __init__(self, function: Callable[[K], V], maxsize: int) -> None:
        super().__init__()
        self.__wrapped__ = function
        self.__doc__ = function.__doc__
        self._maxsize = maxsize

    def __missing__(self, key: K) -> V:
        """The function's result for a new `key`, kept (after emptying a full cache)."""
        if len(self) >= self._maxsize:
            self.clear()
        value = self[key] = self.__wrapped__(key)
        return value

    #: Calling the cache looks the argument up, as fast as any dict look-up when held.
    __call__ = dict.__getitem__

    def cache_clear(self) -> None:
        """Forget every result (the speed benchmark times a cold start with it)."""
        self.clear()


def word_cache(maxsize: int) -> Callable[[Callable[[K], V]], WordCache[K, V]]:
    """Decorator: cache a one-argument function per argument, up to `maxsize` results."""

    def wrap(function: Callable[[K], V]) -> WordCache[K, V]:
        return WordCache(function, maxsize)

    return wrap
