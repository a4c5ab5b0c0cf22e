"""The JSON store: canonical files, atomic writes, locking, format version, migrations.

`Store.find()` locates a store like git finds `.git`; `store.load()` reads it;
`store.inspect()` reads it once for a checker (state, record locations, non-canonical
files); `with store.update() as state:` changes it as one crash-safe write. See
docs/store-format.md for the files on disk.
"""

from coprod_refs.store.jsonstore import Store
from coprod_refs.store.layout import FORMAT_VERSION
from coprod_refs.store.state import StoreInspection, StoreState

__all__ = ["FORMAT_VERSION", "Store", "StoreInspection", "StoreState"]
