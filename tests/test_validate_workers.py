"""Work split over forked processes: the same answer as computing it in place, always.

Forking is an optimisation only: results come back in span order whichever worker ends
first, and a worker that fails in any way has its span computed by the caller.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from coprod_refs.model import Body, Graph, Person, Venue, Work
from coprod_refs.store import Store
from coprod_refs.validate import (
    ValidateConfig,
    rules_export,
    run_rules,
    validate_graph,
    validate_store,
    workers,
)
from coprod_refs.validate.registry import Problem, Rule, ValidationContext
from coprod_refs.validate.workers import SpanJob, worker_count

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="workers fork on Linux only")

TODAY = dt.date(2026, 11, 22)


def squares(payload: list[int], start: int, end: int) -> list[int]:
    """A span's result that shows which items it covered."""
    return [payload[i] ** 2 for i in range(start, end)]


def first_span_slow(payload: list[int], start: int, end: int) -> list[int]:
    """The first span ends last, so results arrive out of order."""
    if start == 0:
        time.sleep(0.3)
    return squares(payload, start, end)


def test_spans_come_back_in_order_and_cover_everything() -> None:
    payload = list(range(101))
    job = SpanJob(first_span_slow, payload, len(payload), workers=2)
    assert [x for span in job.result() for x in span] == [x * x for x in payload]
    assert job.result() is job.result()  # collected once


def test_without_workers_the_caller_computes_everything() -> None:
    payload = list(range(7))
    job = SpanJob(squares, payload, len(payload), workers=0)
    assert job.result() == [[x * x for x in payload]]


PARENT = os.getpid()


def fails_in_a_worker(payload: list[int], start: int, end: int) -> list[int]:
    if os.getpid() != PARENT:
        raise RuntimeError("a bug that only shows in the worker")
    return squares(payload, start, end)


def dies_in_a_worker(payload: list[int], start: int, end: int) -> list[int]:
    if os.getpid() != PARENT and start > 0:
        os._exit(3)  # killed, out of memory: no result at all
    return squares(payload, start, end)


def unsendable_from_a_worker(payload: list[int], start: int, end: int) -> Any:
    if os.getpid() != PARENT:
        return lambda: None  # cannot be pickled back
    return squares(payload, start, end)


@pytest.mark.parametrize("compute", [fails_in_a_worker, dies_in_a_worker, unsendable_from_a_worker])
def test_a_failing_worker_has_its_span_computed_by_the_caller(compute: Any) -> None:
    payload = list(range(50))
    job = SpanJob(compute, payload, len(payload), workers=2)
    assert [x for span in job.result() for x in span] == [x * x for x in payload]


def test_an_error_the_caller_meets_too_is_raised() -> None:
    def always_fails(payload: list[int], start: int, end: int) -> list[int]:
        raise ValueError("a real bug")

    job = SpanJob(always_fails, [1, 2, 3], 3, workers=2)
    with pytest.raises(ValueError, match="a real bug"):
        job.result()


def sleeps(payload: None, start: int, end: int) -> int:
    time.sleep(60)
    return start


def test_cancel_stops_the_workers() -> None:
    job = SpanJob(sleeps, None, 10, workers=2)
    began = time.monotonic()
    job.cancel()
    assert time.monotonic() - began < 30


def test_small_jobs_and_single_cpus_are_not_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "usable_cpus", lambda: 8)
    assert worker_count(10, min_total=100) == 0
    assert worker_count(1000, min_total=100) == workers.MAX_WORKERS
    monkeypatch.setattr(workers, "usable_cpus", lambda: 1)
    assert worker_count(1000, min_total=100) == 0


def test_a_process_running_threads_is_not_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "usable_cpus", lambda: 8)
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert worker_count(1000, min_total=100) == 0
    finally:
        release.set()
        thread.join()
    assert worker_count(1000, min_total=100) == workers.MAX_WORKERS


# --- the export rules, checked in workers ----------------------------------------------

AGENTS: dict[str, Person | Body] = {
    "p-ostrom": Person(id="p-ostrom", family="Ostrom", given="Elinor"),
    "p-loffler": Person(id="p-loffler", family="Löffler", given="Elke"),
    "b-odd": Body(id="b-odd", name="Public {Services} & Co"),
}
VENUES = {"v-pmr": Venue(id="v-pmr", name="Public Management Review")}


def many_works(n: int) -> Graph:
    """Works in every state the export rules report on, spread over the whole list."""
    works: dict[str, Work] = {}
    for i in range(n):
        kind = i % 5
        works[f"w{i}"] = Work(
            key=f"w{i}" if kind != 4 else f"wö {i}",
            type=["article-journal", "book", "chapter", "webpage", "thesis"][kind],
            title=["A title", "Über Ko-Produktion", "", "Tōkyō ☃", "x"][kind],
            authors=[["p-ostrom"], ["p-loffler"], [], ["b-odd"], ["p-missing"]][kind],
            container="v-pmr" if kind == 0 else None,
            year=None if i % 7 == 0 else 2016,
            isbn="978-3-030-55509-3" if i % 11 == 0 else "",
            accessed="2 April 2019" if kind == 3 else "",
        )
    works = {w.key: w for w in works.values()}
    return Graph(works=works, agents=dict(AGENTS), venues=dict(VENUES))


EXPORT = ValidateConfig(select=["export"])


def test_checking_in_workers_finds_what_checking_in_place_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graph = many_works(120)
    in_place = validate_graph(graph, config=EXPORT, today=TODAY)
    monkeypatch.setattr(rules_export, "PARALLEL_MIN_WORKS", 1)
    forked: list[int] = []
    real = workers.worker_count

    def spy(total: int, min_total: int) -> int:
        forked.append(real(total, min_total))
        return forked[-1]

    monkeypatch.setattr(rules_export, "worker_count", spy)
    in_workers = validate_graph(graph, config=EXPORT, today=TODAY)
    can_fork = workers.usable_cpus() > 1 and threading.active_count() == 1
    assert forked == [workers.MAX_WORKERS if can_fork else 0]
    assert in_workers.findings == in_place.findings
    assert {f.rule for f in in_place.findings} == {"export.bibtex", "export.biblatex"}


def test_a_store_checked_in_workers_cold_warm_and_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.init(tmp_path / ".coprod-refs")
    with store.update() as state:
        state.graph = many_works(90)

    def found() -> list[tuple[str, str, str]]:
        report = validate_store(store, EXPORT, cwd=tmp_path, today=TODAY)
        return [(f.rule, f.key, f.message) for f in report.findings]

    in_place_cold = found()
    in_place_warm = found()
    assert in_place_cold == in_place_warm
    monkeypatch.setattr(rules_export, "PARALLEL_MIN_WORKS", 1)
    assert found() == in_place_cold  # warm, in workers
    for path in store.cache_dir().glob("export-warnings-*.json"):
        path.unlink()
    assert found() == in_place_cold  # cold, in workers
    with store.update() as state:
        state.graph.works["w1"].authors = []
    changed = found()
    monkeypatch.setattr(rules_export, "PARALLEL_MIN_WORKS", 10**9)
    for path in store.cache_dir().glob("export-warnings-*.json"):
        path.unlink()
    assert changed == found()
    assert changed != in_place_cold


def test_what_a_rule_started_is_released_even_when_a_later_rule_fails() -> None:
    events: list[str] = []

    def prepare(ctx: ValidationContext) -> None:
        events.append("prepared")
        ctx.on_close(lambda: events.append("released"))

    def fine(ctx: ValidationContext) -> list[Problem]:
        events.append("checked")
        return []

    def broken(ctx: ValidationContext) -> list[Problem]:
        raise RuntimeError("a rule with a bug")

    rules = [
        Rule("test.started", "error", "starts work", fine, prepare),
        Rule("test.broken", "error", "fails", broken),
    ]
    ctx = ValidationContext(graph=Graph())
    with pytest.raises(RuntimeError):
        run_rules(ctx, rules, ValidateConfig())
    assert events == ["prepared", "checked", "released"]
    assert ctx.selected == {"test.started", "test.broken"}
