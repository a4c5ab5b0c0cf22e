"""The inter-process lock of a store: shared for readers, exclusive for a whole update.

The lock is `flock` on a separate file (`.lock`) that is never replaced, so renaming store
files cannot lose it. A writer holds it exclusively from the read to the last rename, so
two writers never base their changes on the same old state; a reader holds it shared, so
it never sees half of another process's update.

Shared locks alone would let a steady stream of readers starve a writer (some reader
always holds the lock). So every locker first passes a gate, `flock` on `.lock-gate`:
readers hold it shared only for the moment it takes to get the main lock, a writer holds
it exclusively while it waits for the main lock. Once a writer is waiting, new readers
queue behind it and the readers already in finish.

Within one thread a shared lock may be taken again while any lock is held (a load inside
an update); an exclusive lock may not, because a nested update would overwrite the outer
one's changes.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from coprod_refs.errors import StoreError
from coprod_refs.store.layout import GATE_LOCK_FILE, LOCK_FILE

#: Seconds to wait for another process before giving up (COPROD_REFS_LOCK_TIMEOUT overrides).
DEFAULT_TIMEOUT = 60.0

#: (lock file, thread) -> how many nested shared locks that thread holds inside its own.
_held: dict[tuple[str, int], int] = {}
_held_guard = threading.Lock()


def _timeout(timeout: float | None) -> float:
    if timeout is not None:
        return timeout
    try:
        return float(os.environ.get("COPROD_REFS_LOCK_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def _open_lock_file(path: Path, exclusive: bool) -> int | None:
    """The lock file's descriptor; None for a reader of a store it may not write to."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        if not exclusive and exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            try:
                return os.open(path, os.O_RDONLY)
            except OSError:
                return None
        raise StoreError(f"cannot open the lock file: {exc.strerror}", file=path) from None


def _acquire(fd: int, exclusive: bool, deadline: float, root: Path, waited: float) -> None:
    """flock `fd`, polling until `deadline` (so a timeout is possible without signals)."""
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    pause = 0.002
    while True:
        try:
            fcntl.flock(fd, mode)
            return
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise StoreError(f"cannot lock the store: {exc.strerror}", file=root) from None
        if time.monotonic() >= deadline:
            raise StoreError(
                f"store is locked by another process (waited {waited:g} s); "
                "try again when it has finished",
                file=root,
            )
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _take(root: Path, exclusive: bool, timeout: float) -> int | None:
    """Pass the gate, take the main lock, leave the gate; the main lock's descriptor."""
    deadline = time.monotonic() + timeout
    gate = _open_lock_file(root / GATE_LOCK_FILE, exclusive)
    try:
        if gate is not None:
            _acquire(gate, exclusive, deadline, root, timeout)
        main = _open_lock_file(root / LOCK_FILE, exclusive)
        if main is not None:
            try:
                _acquire(main, exclusive, deadline, root, timeout)
            except BaseException:
                os.close(main)
                raise
        return main
    finally:
        if gate is not None:
            os.close(gate)


@contextlib.contextmanager
def locked(root: Path, *, exclusive: bool, timeout: float | None = None) -> Iterator[None]:
    """Hold the store's lock (exclusive for writers, shared for readers) inside the block.

    Raises StoreError "store is locked by another process" after `timeout` seconds
    (default 60, or COPROD_REFS_LOCK_TIMEOUT).
    """
    path = Path(root) / LOCK_FILE
    holder = (str(path.absolute()), threading.get_ident())
    with _held_guard:
        nested = holder in _held
        if nested and exclusive:
            raise StoreError(
                "the store is already locked by this thread; an update cannot be nested",
                file=root,
            )
        if nested:
            _held[holder] += 1
    if nested:
        try:
            yield
        finally:
            with _held_guard:
                _held[holder] -= 1
        return
    fd = _take(Path(root), exclusive, _timeout(timeout))
    try:
        with _held_guard:
            _held[holder] = 0
        try:
            yield
        finally:
            with _held_guard:
                del _held[holder]
    finally:
        if fd is not None:
            os.close(fd)
