"""The store: a directory of canonical JSON files, read whole, written as one crash-safe set.

Every read and write happens under the store's lock; every write first reads and
validates the whole store, so a store that cannot be read is never written over.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from coprod_refs.collector import collector_paused
from coprod_refs.errors import StoreError
from coprod_refs.store import atomic, trust
from coprod_refs.store.jsontext import NotPlainJSON
from coprod_refs.store.layout import (
    CACHE_DIR,
    EXTRACTIONS_DIR,
    FORMAT_VERSION,
    GATE_LOCK_FILE,
    GITATTRIBUTES_FILE,
    GITATTRIBUTES_TEXT,
    GITIGNORE_FILE,
    GITIGNORE_TEXT,
    LOCK_FILE,
    STORE_DIR_NAME,
    STORE_FILE,
)
from coprod_refs.store.lock import locked
from coprod_refs.store.migrations import migrate, read_format_version
from coprod_refs.store.state import (
    Locations,
    StoreInspection,
    StoreState,
    file_names,
    first_difference,
    parse,
    render,
    render_file,
    render_file_chunks,
)

_ENV_VAR = "COPROD_REFS_STORE"


@dataclass
class _Snapshot:
    """A store as read: the raw files, after any migration, and what they hold.

    `canonical` names the files known, from the cache, to be in canonical form already;
    `verified` is what the cache held when the store was read.
    """

    on_disk: dict[str, bytes]
    files: dict[str, bytes]
    state: StoreState
    digests: dict[str, str]
    version: int
    canonical: set[str]
    verified: trust.Verified


@dataclass
class _Plan:
    """What to write so the files hold a state canonically, and every file that state has."""

    changes: dict[str, bytes | None]
    names: list[str]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise StoreError(f"cannot read: {exc.strerror}", file=path) from None


def _owned(snapshot: _Snapshot) -> set[str]:
    """Files on disk that are the store's to delete when its state no longer has them:
    extraction files, and files a migration dropped."""
    owned = {n for n in snapshot.on_disk if n.startswith(EXTRACTIONS_DIR + "/")}
    return owned | (set(snapshot.on_disk) - set(snapshot.files))


def _stage(
    files: atomic.FileSet, state: StoreState, name: str, current: bytes | None
) -> str | None:
    """Stage file `name` of `state` unless it holds `current` already; the digest of what
    was staged, or None."""
    try:
        return _stage_chunks(files, name, render_file_chunks(state, name), current)
    except NotPlainJSON:
        return _stage_chunks(files, name, [render_file(state, name)], current)


def _stage_chunks(
    files: atomic.FileSet, name: str, chunks: Iterable[bytes], current: bytes | None
) -> str | None:
    digest = trust.new_digest()

    def hashed() -> Iterator[bytes]:
        for chunk in chunks:
            digest.update(chunk)
            yield chunk

    return digest.hexdigest() if files.stage(name, hashed(), current) else None


def _write_failed(root: Path, exc: OSError) -> StoreError:
    """The error for a write that failed: completed on the next open if its journal was
    written, else nothing was changed."""
    where = exc.filename or root
    if atomic.journal_pending(root):
        return StoreError(
            f"the write was interrupted ({exc.strerror or exc}); it will be completed "
            "the next time the store is opened",
            file=where,
        )
    return StoreError(
        f"could not write the store ({exc.strerror or exc}); nothing was changed", file=where
    )


class Store:
    """A coprod-refs store directory (`root`, usually a `.coprod-refs/` directory)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser().absolute()

    def __repr__(self) -> str:
        return f"Store({str(self.root)!r})"

    # -- finding and creating -------------------------------------------------------------

    @classmethod
    def find(cls, explicit: Path | None = None, *, start: Path | None = None) -> Store:
        """The store to use: `explicit`, else $COPROD_REFS_STORE, else the nearest
        `.coprod-refs/` in `start` (default: the working directory) or a directory above.

        An explicit path may be the store directory itself or a directory holding a
        `.coprod-refs/`. Raises StoreError when there is no store.
        """
        if explicit is None and os.environ.get(_ENV_VAR, "").strip():
            explicit = Path(os.environ[_ENV_VAR])
        if explicit is not None:
            path = Path(explicit).expanduser().absolute()
            for candidate in (path, path / STORE_DIR_NAME):
                if (candidate / STORE_FILE).is_file():
                    return cls(candidate)
            raise StoreError(
                f"no coprod-refs store here (create one with `coprod-refs --store {path} init`)",
                file=path,
            )
        here = (start or Path.cwd()).absolute()
        for directory in (here, *here.parents):
            candidate = directory / STORE_DIR_NAME
            if candidate.is_dir():
                if (candidate / STORE_FILE).is_file():
                    return cls(candidate)
                raise StoreError("not a coprod-refs store: store.json is missing", file=candidate)
        raise StoreError(
            f"no coprod-refs store in {here} or any directory above it; create one with "
            "`coprod-refs init` or name one with --store PATH"
        )

    @classmethod
    def init(cls, path: Path) -> Store:
        """Create an empty store in directory `path` (made with its parents if needed).

        Refuses (StoreError) when a store already exists there or the directory holds
        anything else, so a store never mixes with unrelated files.
        """
        root = Path(path).expanduser().absolute()
        if root.exists() and not root.is_dir():
            raise StoreError("exists and is not a directory", file=root)
        if (root / STORE_FILE).exists():
            raise StoreError("a coprod-refs store already exists here", file=root)
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the store directory: {exc.strerror}", file=root
            ) from None
        with locked(root, exclusive=True):
            atomic.recover(root)
            if (root / STORE_FILE).exists():
                raise StoreError("a coprod-refs store already exists here", file=root)
            lock_files = (LOCK_FILE, GATE_LOCK_FILE)
            others = sorted(e.name for e in root.iterdir() if e.name not in lock_files)
            if others:
                raise StoreError(
                    f"directory is not empty (it holds {others[0]!r}); "
                    "a store needs a directory of its own",
                    file=root,
                )
            rendered = render(StoreState())
            files: dict[str, bytes | None] = dict(rendered)
            files[GITIGNORE_FILE] = GITIGNORE_TEXT.encode("utf-8")
            files[GITATTRIBUTES_FILE] = GITATTRIBUTES_TEXT.encode("utf-8")
            store = cls(root)
            store._write(files, {}, list(rendered))
            (root / EXTRACTIONS_DIR).mkdir(exist_ok=True)
        return store

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> StoreState:
        """Read and validate the whole store (under a shared lock).

        Raises StoreError at file:line for anything unreadable; a store left by an
        interrupted write is completed first.
        """
        return self._consistent_snapshot().state

    def record_locations(self) -> Locations:
        """(file kind, record id) -> (file, 1-based line) for every record of the store.

        Kinds are the record file stems ("works", "agents", ...) and "extractions"; ids are
        `RecordFile.record_id` (a citekey, an agent id, "citing -> cited", ...).
        """
        locations: Locations = {}
        self._consistent_snapshot(locations)
        return locations

    def inspect(self) -> StoreInspection:
        """Read the store once and return what `load`, `record_locations` and
        `noncanonical_files` would: the state, where each record sits, and the files not
        in canonical form.

        Files the store wrote itself (and has not seen change since) are canonical by
        construction and are not rendered again; the others are rendered and compared.
        """
        locations: Locations = {}
        snapshot = self._consistent_snapshot(locations)
        plan = self._changes(snapshot, unchanged=snapshot.canonical)
        self._remember(snapshot, set(plan.names) - set(plan.changes))
        noncanonical: list[tuple[Path, int]] = []
        for name, data in sorted(plan.changes.items()):
            old = snapshot.on_disk.get(name)
            line = 1 if old is None or data is None else first_difference(old, data)
            noncanonical.append((self.root / name, line))
        return StoreInspection(
            state=snapshot.state,
            locations=locations,
            noncanonical=noncanonical,
            format_version=snapshot.version,
        )

    def fingerprint(self) -> str:
        """A cheap token that changes whenever any store file changes.

        Derived caches keep it beside what they built; take it *before* loading, so a
        write that lands in between makes the cache look stale rather than fresh.
        """
        digest = hashlib.sha256()
        with locked(self.root, exclusive=False):
            for name, path in self._store_paths():
                try:
                    st = path.stat()
                except FileNotFoundError:
                    continue
                digest.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode())
        return digest.hexdigest()[:32]

    def cache_dir(self) -> Path:
        """The directory for derived data (indexes): created on demand, safe to delete."""
        path = self.root / CACHE_DIR
        path.mkdir(exist_ok=True)
        return path

    def noncanonical_files(self) -> list[tuple[Path, int]]:
        """Files whose bytes are not the canonical form of what they hold, with the first
        line that differs (unsorted records, spacing, key order, an older format)."""
        return self.inspect().noncanonical

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def update(self) -> Iterator[StoreState]:
        """Lock the store exclusively, load it, let the caller change the state, write it.

        On a normal exit every file whose canonical bytes changed is written (and
        extraction files of removed sources deleted) as one crash-safe set; if the block
        raises, nothing is written.
        """
        self._require_store()
        with locked(self.root, exclusive=True):
            self._recover()
            snapshot = self._snapshot()
            yield snapshot.state
            self._commit(snapshot)

    def rewrite_canonical(self) -> list[Path]:
        """Rewrite every file not in canonical form (what `coprod-refs fmt` does); the paths."""
        self._require_store()
        with locked(self.root, exclusive=True):
            self._recover()
            snapshot = self._snapshot()
            changed = self._commit(snapshot, unchanged=snapshot.canonical)
        return [self.root / name for name in changed]

    # -- internals -------------------------------------------------------------------------

    def _require_store(self) -> None:
        if not (self.root / STORE_FILE).is_file():
            raise StoreError("not a coprod-refs store: store.json is missing", file=self.root)

    def _store_paths(self) -> Iterator[tuple[str, Path]]:
        """(store-relative name, path) of every file that may be part of the store."""
        for entry in sorted(self.root.iterdir()):
            hidden = entry.name.startswith(".")
            if not hidden and entry.suffix in (".json", ".jsonl") and entry.is_file():
                yield entry.name, entry
        extractions = self.root / EXTRACTIONS_DIR
        if extractions.is_dir():
            for entry in sorted(extractions.iterdir()):
                if entry.name.startswith("."):
                    continue
                if entry.suffix != ".json" or not entry.is_file():
                    raise StoreError(
                        "unexpected file in extractions/ (only <source-id>.json files belong "
                        "there; move it elsewhere)",
                        file=entry,
                    )
                yield f"{EXTRACTIONS_DIR}/{entry.name}", entry

    def _recover(self) -> None:
        try:
            atomic.recover(self.root, [self.root / EXTRACTIONS_DIR])
        except OSError as exc:
            raise StoreError(
                f"cannot finish an interrupted write: {exc.strerror}", file=self.root
            ) from None

    def _snapshot(self, locations: Locations | None = None) -> _Snapshot:
        """Read and validate everything; the caller holds the lock."""
        self._require_store()
        on_disk = {name: _read(path) for name, path in self._store_paths()}
        digests = {name: trust.digest(data) for name, data in on_disk.items()}
        store_file = self.root / STORE_FILE
        version = read_format_version(on_disk[STORE_FILE], store_file)
        verified = trust.load(self.root)
        if version < FORMAT_VERSION:
            files = migrate(on_disk, version, store_file)
            state = parse(files, self.root, locations=locations)
            return _Snapshot(on_disk, files, state, digests, version, set(), verified)
        trusted = {name for name, value in digests.items() if verified.digests.get(name) == value}
        proven: set[str] = set()
        state = parse(on_disk, self.root, trusted=trusted, locations=locations, proven=proven)
        canonical = verified.known_canonical(digests) | proven
        snapshot = _Snapshot(on_disk, on_disk, state, digests, version, canonical, verified)
        self._remember(snapshot, snapshot.canonical)
        return snapshot

    def _consistent_snapshot(self, locations: Locations | None = None) -> _Snapshot:
        self._require_store()
        with locked(self.root, exclusive=False):
            if not atomic.journal_pending(self.root):
                return self._snapshot(locations)
        with locked(self.root, exclusive=True):
            self._recover()
            return self._snapshot(locations)

    def _changes(self, snapshot: _Snapshot, unchanged: Collection[str] = ()) -> _Plan:
        """What to write so the files hold `snapshot.state` canonically (None = delete).

        Files named in `unchanged` are known to be canonical already and are not rendered.
        """
        names = file_names(snapshot.state)
        rendered = render(snapshot.state, skip=unchanged)
        changes: dict[str, bytes | None] = {
            name: data for name, data in rendered.items() if snapshot.on_disk.get(name) != data
        }
        for name in _owned(snapshot) - set(names):
            changes[name] = None
        return _Plan(changes, names)

    def _remember(self, snapshot: _Snapshot, canonical: Collection[str]) -> None:
        """Record the digests of the files as read (and which are canonical) in the cache,
        unless it already says exactly that. Nothing is recorded for a store read through
        migrations: its files are not what this version writes."""
        if snapshot.version < FORMAT_VERSION:
            return
        known = snapshot.verified
        known_canonical = known.known_canonical(snapshot.digests)
        if known.digests == snapshot.digests and known_canonical.issuperset(canonical):
            return
        wanted = known_canonical.union(canonical)
        trust.save_verified(self.root, snapshot.digests, wanted)
        snapshot.verified = trust.Verified(dict(snapshot.digests), frozenset(wanted))

    def _commit(self, snapshot: _Snapshot, unchanged: Collection[str] = ()) -> list[str]:
        """Write what differs between the files and `snapshot.state` in canonical form, as
        one crash-safe set; the names of the files written or deleted (sorted).

        Each file is rendered in pieces and compared with its bytes on disk as it is
        written, so no file is ever held whole; files named in `unchanged` are known to
        be canonical and are not rendered. Afterwards every file of the state holds
        canonical bytes, and the cache says so.
        """
        state = snapshot.state
        names = file_names(state)
        written: dict[str, str] = {}
        try:
            with atomic.FileSet(self.root) as files:
                with collector_paused():
                    for name in names:
                        if name not in unchanged:
                            digest = _stage(files, state, name, snapshot.on_disk.get(name))
                            if digest is not None:
                                written[name] = digest
                for name in sorted(_owned(snapshot) - set(names)):
                    files.delete(name)
                changed = files.changes
                if changed:
                    files.commit()
        except OSError as exc:
            raise _write_failed(self.root, exc) from None
        if not changed:
            self._remember(snapshot, names)
            return []
        digests = {n: d for n, d in snapshot.digests.items() if n not in changed}
        digests.update(written)
        trust.save_verified(self.root, digests, names)
        return changed

    def _write(
        self, changes: dict[str, bytes | None], checked: dict[str, str], canonical: list[str]
    ) -> None:
        """Commit `changes` atomically; then record in the cache the digests of the files
        as read and validated (`checked`) and of what was written, and which are canonical,
        so the next load reads them fast and the next canonical check skips them."""
        try:
            atomic.commit(self.root, changes)
        except OSError as exc:
            raise _write_failed(self.root, exc) from None
        digests = {name: value for name, value in checked.items() if name not in changes}
        written = {n: d for n, d in changes.items() if d is not None and not n.startswith(".")}
        digests.update({name: trust.digest(data) for name, data in written.items()})
        trust.save_verified(self.root, digests, canonical)


__all__ = ["Store", "StoreInspection", "StoreState"]
