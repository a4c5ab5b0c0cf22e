"""Slow, independent per-record work split over forked worker processes, in order.

`SpanJob` cuts [0, total) into one contiguous span per worker and computes
`compute(payload, start, end)` for each span in a child process forked from the caller,
so the payload (a whole graph) is shared by the fork rather than pickled, and the caller
can go on with other work meanwhile. `result()` returns the spans' results in span order,
so the outcome does not depend on which worker finished first.

It is an optimisation and never changes an answer: where forking is unavailable or
unsafe (not Linux, one usable CPU, threads running) or not worth it (a small job), or
when a worker fails in any way (an exception, killed, a result it cannot send), the span
is computed in the caller.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from itertools import pairwise
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

_P = TypeVar("_P")
_R = TypeVar("_R")

#: The most worker processes a job uses; the caller keeps working beside them.
MAX_WORKERS = 2


def usable_cpus() -> int:
    """How many CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worker_count(total: int, min_total: int) -> int:
    """Workers to fork for `total` items: none when the job is smaller than `min_total`,
    fork is unavailable or unsafe (other threads running), or only one CPU is usable;
    else up to `MAX_WORKERS`."""
    if total < min_total or sys.platform != "linux":
        return 0
    if multiprocessing.current_process().daemon or threading.active_count() > 1:
        return 0  # a daemon may not have children; forking beside threads can deadlock
    cpus = min(usable_cpus(), MAX_WORKERS)
    return cpus if cpus > 1 else 0


@dataclass
class _Worker:
    start: int
    end: int
    process: BaseProcess | None
    results: Connection | None


def _work(
    compute: Callable[[Any, int, int], Any], payload: Any, start: int, end: int, out: Connection
) -> None:
    """The child's whole life: compute one span, send (True, result), or (False, None)
    when that failed (the caller then computes the span itself and meets any error)."""
    try:
        message: tuple[bool, Any] = (True, compute(payload, start, end))
    except Exception:
        message = (False, None)
    try:
        out.send(message)
    except Exception:  # a result that cannot be pickled: nothing was sent yet
        out.send((False, None))
    finally:
        out.close()


class SpanJob(Generic[_P, _R]):
    """`compute(payload, start, end)` over [0, total) in contiguous spans, started in
    `workers` forked processes (0: computed in the caller when the result is asked for)."""

    def __init__(
        self,
        compute: Callable[[_P, int, int], _R],
        payload: _P,
        total: int,
        workers: int,
    ) -> None:
        self._compute = compute
        self._payload = payload
        spans = max(workers, 1)
        bounds = [total * i // spans for i in range(spans + 1)]
        self._workers = [_Worker(a, b, None, None) for a, b in pairwise(bounds)]
        self._results: list[_R] | None = None
        if workers > 0:
            self._fork_all()

    def _fork_all(self) -> None:
        context = multiprocessing.get_context("fork")
        # a child flushes the streams it inherits when it exits: empty them first, so
        # nothing the caller printed is printed twice
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                with suppress(OSError, ValueError):
                    stream.flush()
        for worker in self._workers:
            receive, send = context.Pipe(duplex=False)
            process = context.Process(
                target=_work,
                args=(self._compute, self._payload, worker.start, worker.end, send),
                daemon=True,
            )
            try:
                process.start()
            except OSError:
                receive.close()
                continue
            finally:
                send.close()
            worker.process, worker.results = process, receive

    def result(self) -> list[_R]:
        """Each span's result, in span order; waits for the workers the first time."""
        if self._results is None:
            self._results = [self._collect(worker) for worker in self._workers]
        return self._results

    def _collect(self, worker: _Worker) -> _R:
        """The worker's result; computed here when it was not forked or did not send one."""
        message: tuple[bool, Any] = (False, None)
        if worker.results is not None and worker.process is not None:
            try:
                message = worker.results.recv()
            except (EOFError, OSError):  # the worker died
                message = (False, None)
            finally:
                worker.results.close()
                worker.process.join()
            worker.results = worker.process = None
        done, value = message
        return value if done else self._compute(self._payload, worker.start, worker.end)

    def cancel(self) -> None:
        """Stop every worker still running (their results are not needed)."""
        for worker in self._workers:
            if worker.process is not None:
                worker.process.terminate()
                worker.process.join()
            if worker.results is not None:
                worker.results.close()
            worker.process = worker.results = None
