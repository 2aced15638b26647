"""The registry's name statistics kept beside its compiled store, so `check` reads them instead
of finding every name in every source text (extract/storednames.py says why that is exact).

The file is `<registry>/.factcheck-cache/names-<digest>.json`, the digest that of the files the
store was built from (registry/store.py `Store.fingerprint`): when a claims file or a source text
changes, the store is rebuilt and the old statistics no longer match by name. It is written by
the first `check` that finds the store without it (or builds the store), under the registry's
write lock and atomically; a run that cannot write it (another writer busy, a read-only folder)
goes on with what it computed. A file that does not read back as one is computed again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.extract.autonames import NameStats
from factcheck.extract.storednames import StoredNames
from factcheck.registry import Registry
from factcheck.registry.store import STORE_DIR, Store, warn_once
from factcheck.safewrite import registry_lock, write_atomic

PREFIX = "names-"


def stored_names(root: Path, opened: Store, registry: Registry) -> StoredNames:
    """The name statistics of the registry's source texts: read from beside the store, or
    counted from `registry`'s texts (the store's) and kept there for the next run."""
    folder = root / STORE_DIR
    path = folder / f"{PREFIX}{opened.fingerprint()[:32]}.json"
    with contextlib.suppress(OSError):
        try:
            return StoredNames.from_json(path.read_text(encoding="utf-8"))
        except ValueError:
            warn_once(f"{path} was unreadable; counting the names again")
    texts = dict(sorted((k, t.text) for k, t in registry.texts.items()))
    names = StoredNames.from_stats(NameStats.read(texts), texts)
    _keep(root, path, names)
    return names


def _keep(root: Path, path: Path, names: StoredNames) -> None:
    """Write the statistics (best effort) and remove those of earlier builds."""
    try:
        with registry_lock(root, timeout=0):
            write_atomic(path, names.to_json())
            for old in path.parent.glob(f"{PREFIX}*.json"):
                if old != path:
                    old.unlink(missing_ok=True)
    except (OSError, FactcheckError):
        pass  # another writer busy or a read-only folder: the next run counts them again
