"""Every file write of the project goes through here, so a crash never leaves half a file.

One file: write a temporary file in the same directory, flush and fsync it, `os.replace`
it over the target, fsync the directory. A set of files (one store update) is made
crash-safe as a set with a redo journal: all new contents are first written and synced
as temporary files, then a journal naming every rename and deletion is written
atomically, then the renames and deletions run and the journal is removed. A crash
before the journal exists leaves the old state (plus temporary files, removed on the next
write); a crash after it is rolled forward by `recover`, so readers see the old set or the
new set, never a mix.

Tests inject failures through `set_fault_hook`: the hook is called at each named step
and may raise, sleep or kill the process. A commit passes "temp-written" (per file),
"temps-synced", "journal-written", "replaced" (per rename or deletion) and "committed";
a single-file write passes "file-written" and "file-replaced".
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from coprod_refs.errors import ParseError, StoreError
from coprod_refs.store import safejson
from coprod_refs.store.layout import JOURNAL_FILE, TEMP_MARK, is_temp_name

FaultHook = Callable[[str], None]

_fault_hook: FaultHook | None = None


def set_fault_hook(hook: FaultHook | None) -> None:
    """Install (or with None remove) a function called at every step of a write, for tests."""
    global _fault_hook
    _fault_hook = hook


def _step(name: str) -> None:
    if _fault_hook is not None:
        _fault_hook(name)


def fsync_directory(directory: Path) -> None:
    """Make renames and deletions in `directory` durable (a no-op where unsupported)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}{TEMP_MARK}{secrets.token_hex(6)}")


def _write_temp(target: Path, data: bytes) -> Path:
    """Write `data` to a new temporary file beside `target`, flushed and fsynced."""
    temp = _temp_path(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _replace_durably(path: Path, data: bytes, *, announce: bool = False) -> None:
    """Write a temp file beside `path`, then rename it over `path` and fsync the folder;
    with `announce`, the fault hook hears each step (for crash tests)."""
    temp = _write_temp(path, data)
    if announce:
        _step("file-written")
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if announce:
        _step("file-replaced")
    fsync_directory(path.parent)


def write_bytes(path: Path, data: bytes) -> None:
    """Replace the file at `path` with `data` atomically and durably.

    Readers see the old contents or the new, never a partial file, whatever the moment
    the process dies.
    """
    _replace_durably(Path(path), data, announce=True)


def write_text(path: Path, text: str) -> None:
    """Replace the file at `path` with `text` encoded as UTF-8, atomically and durably."""
    write_bytes(path, text.encode("utf-8"))


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _inside(root: Path, relative: object) -> Path:
    """The path `relative` names under `root`; a journal entry never reaches outside it."""
    if not isinstance(relative, str):
        raise StoreError("unfinished-write journal is damaged", file=root / JOURNAL_FILE)
    parts = PurePosixPath(relative).parts
    if not parts or relative.startswith("/") or ".." in parts:
        raise StoreError(
            f"unfinished-write journal names a path outside the store: {relative!r}",
            file=root / JOURNAL_FILE,
        )
    return root.joinpath(*parts)


class FileSet:
    """One crash-safe set of file changes under `root`, prepared a file at a time.

    `stage` writes a file's new contents to a temporary file beside it (flushed and
    fsynced) unless they are its current contents; `delete` marks a file for deletion;
    `commit` writes the journal and carries it out (see `commit`). Used as a context
    manager: leaving the block before the journal is written removes every staged file.
    The caller holds the store's exclusive lock.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.replaced: list[tuple[str, str]] = []
        self.deleted: list[str] = []
        self.committed = False

    def __enter__(self) -> FileSet:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.committed or journal_pending(self.root):
            return
        for temp, _ in self.replaced:
            with contextlib.suppress(OSError):
                (self.root / temp).unlink()

    @property
    def changes(self) -> list[str]:
        """The store-relative names of the files staged or marked for deletion."""
        return sorted([target for _, target in self.replaced] + self.deleted)

    def stage(self, relative: str, chunks: Iterable[bytes], current: bytes | None = None) -> bool:
        """Stage `chunks` as the new contents of file `relative`, unless they are exactly
        `current` (its contents now); True when staged.

        The contents are compared as they come, and written from the first difference
        on, so an unchanged file is never written and a changed one never held whole.
        """
        target = self.root / relative
        matched = 0
        temp: Path | None = None
        handle = None
        try:
            for chunk in chunks:
                if handle is None:
                    end = matched + len(chunk)
                    if current is not None and current[matched:end] == chunk:
                        matched = end
                        continue
                    temp, handle = self._open_temp(target, current, matched)
                handle.write(chunk)
            if handle is None:
                if current is not None and matched == len(current):
                    return False
                temp, handle = self._open_temp(target, current, matched)
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        except BaseException:
            if handle is not None:
                handle.close()
            if temp is not None:
                with contextlib.suppress(OSError):
                    temp.unlink()
            raise
        self.replaced.append((_relative(self.root, temp), relative))
        _step("temp-written")
        return True

    def _open_temp(self, target: Path, current: bytes | None, matched: int) -> tuple[Path, Any]:
        """A new temporary file beside `target`, holding the first `matched` bytes of
        `current` (the part of the new contents found equal to them)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = _temp_path(target)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        handle = os.fdopen(fd, "wb")
        if current is not None and matched:
            try:
                handle.write(memoryview(current)[:matched])
            except BaseException:
                handle.close()
                with contextlib.suppress(OSError):
                    temp.unlink()
                raise
        return temp, handle

    def delete(self, relative: str) -> None:
        """Mark file `relative` for deletion when the set is committed."""
        self.deleted.append(relative)

    def commit(self) -> None:
        """Write the journal of every staged file and deletion, then carry it out.

        If this raises before the journal is written, the old files are untouched (and
        the context manager removes the staged files); if it raises or dies after,
        `recover` completes the set on the next open.
        """
        replaced = sorted(self.replaced, key=lambda pair: pair[1])
        deleted = sorted(self.deleted)
        for directory in sorted({(self.root / rel).parent for _, rel in replaced}):
            fsync_directory(directory)
        _step("temps-synced")
        journal = {"replace": [list(pair) for pair in replaced], "delete": deleted}
        _replace_durably(self.root / JOURNAL_FILE, _encode_journal(journal))
        _step("journal-written")
        _apply(self.root, replaced, deleted)
        self.committed = True


def commit(root: Path, changes: Mapping[str, bytes | None]) -> None:
    """Apply `changes` (store-relative path -> new bytes, or None to delete) as one set.

    The caller holds the store's exclusive lock. If this raises before the journal is
    written, the old files are untouched and temporary files are removed; if it raises or
    dies after, `recover` completes the set on the next open.
    """
    if not changes:
        return
    with FileSet(root) as files:
        for relative, data in sorted(changes.items()):
            if data is None:
                files.delete(relative)
            else:
                files.stage(relative, [data])
        files.commit()


def _encode_journal(journal: dict[str, object]) -> bytes:
    return (json.dumps(journal, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _apply(root: Path, replaced: Iterable[tuple[str, str]], deleted: Iterable[str]) -> None:
    """Carry out a journal: rename every temporary file that is still there, delete files."""
    touched: set[Path] = set()
    for temp, target in replaced:
        temp_path, target_path = _inside(root, temp), _inside(root, target)
        if temp_path.exists():
            os.replace(temp_path, target_path)
            _step("replaced")
        touched.add(target_path.parent)
    for target in deleted:
        target_path = _inside(root, target)
        with contextlib.suppress(FileNotFoundError):
            target_path.unlink()
            _step("replaced")
        touched.add(target_path.parent)
    for directory in sorted(touched):
        fsync_directory(directory)
    (root / JOURNAL_FILE).unlink()
    fsync_directory(root)
    _step("committed")


def journal_pending(root: Path) -> bool:
    """True when a write was interrupted after its journal was written."""
    return (Path(root) / JOURNAL_FILE).exists()


def recover(root: Path, directories: Iterable[Path] = ()) -> bool:
    """Finish an interrupted write and remove stray temporary files; True if a write was finished.

    The caller holds the exclusive lock. `directories` are the other directories (besides
    `root`) where temporary files may have been left.
    """
    root = Path(root)
    finished = False
    journal_file = root / JOURNAL_FILE
    if journal_file.exists():
        try:
            journal = safejson.loads(journal_file.read_bytes(), file=journal_file)
        except ParseError as exc:
            raise StoreError(
                f"unfinished-write journal is damaged ({exc.message}); "
                "delete it to keep the files as they are",
                file=journal_file,
            ) from None
        if not isinstance(journal, dict):
            raise StoreError("unfinished-write journal is damaged", file=journal_file)
        replaced = journal.get("replace", [])
        deleted = journal.get("delete", [])
        if not isinstance(replaced, list) or not isinstance(deleted, list):
            raise StoreError("unfinished-write journal is damaged", file=journal_file)
        pairs = []
        for pair in replaced:
            if not isinstance(pair, list) or len(pair) != 2:
                raise StoreError("unfinished-write journal is damaged", file=journal_file)
            pairs.append((pair[0], pair[1]))
        _apply(root, pairs, deleted)
        finished = True
    for directory in (root, *directories):
        if not directory.is_dir():
            continue
        for entry in directory.iterdir():
            if is_temp_name(entry.name) and entry.is_file():
                with contextlib.suppress(FileNotFoundError):
                    entry.unlink()
    return finished
