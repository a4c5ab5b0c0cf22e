"""The parser's per-word cache: results kept per argument, the bound kept by emptying."""

from __future__ import annotations

from coprod_refs.text.word_cache import word_cache


def test_results_are_computed_once_per_argument_and_the_bound_empties_the_cache() -> None:
    calls: list[str] = []

    @word_cache(2)
    def upper(word: str) -> str:
        """Upper case."""
        calls.append(word)
        return word.upper()

    assert [upper("a"), upper("a"), upper("b")] == ["A", "A", "B"]
    assert calls == ["a", "b"]
    upper("c")  # full: the cache is emptied, then holds "c"
    upper("a")
    assert calls == ["a", "b", "c", "a"]
    upper.cache_clear()
    upper("a")
    assert calls == ["a", "b", "c", "a", "a"]
    assert upper.__doc__ == "Upper case." and upper.__wrapped__("x") == "X"
