"""A registry's source texts indexed once (link/texttables.py), kept beside its compiled store so
`check` looks words and figures up instead of reading every text.

The file is `<registry>/.factcheck-cache/texts-<digest>-v<format>.sqlite`, the digest that of the
files the store was built from (registry/store.py `Store.fingerprint`, which covers every source
text): when a text changes, the store is rebuilt and the old tables no longer match by name. The
first `check` that finds the store without them builds them from the registry's texts into a
temporary file and installs it under the registry's write lock (os.replace is atomic, so two
checks building at once each install a complete file and a reader never sees half of one). A run
that cannot write them (another writer busy, a read-only folder) goes on without tables: its
look-ups read the texts, as before, with the same answers.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.extract.names import NameIndex, name_index
from factcheck.extract.pipeline import listed_entities
from factcheck.link.texttables import FORMAT, TextTables, index_texts, write_tables
from factcheck.registry import Registry
from factcheck.registry.loader import TextView
from factcheck.registry.store import STORE_DIR, Store
from factcheck.safewrite import install_file, registry_lock

PREFIX = "texts-"


def stored_texts(root: Path, opened: Store, registry: Registry) -> TextTables | None:
    """The tables of the registry's source texts (`registry`: read from the store `opened`):
    opened from beside the store, or built from the texts and kept there for the next run.
    None when they could not be kept."""
    folder = root / STORE_DIR
    path = folder / f"{PREFIX}{opened.fingerprint()[:32]}-v{FORMAT}.sqlite"
    if path.is_file():
        found = TextTables.open(path)
        if found is not None:
            return found
    texts = index_texts(registry)
    names = name_index(listed_entities(registry))
    kept = _keep(root, path, texts, names, opened.quotations())
    return TextTables.open(path) if kept else None


def discard(root: Path, path: Path) -> None:
    """Remove a tables file a look-up failed in (`TablesFailed`), so the next check builds it
    again (best effort: another writer busy, or a read-only folder, leaves it to a later run)."""
    with contextlib.suppress(OSError, FactcheckError), registry_lock(root, timeout=0):
        path.unlink(missing_ok=True)


def _keep(
    root: Path, path: Path, texts: TextView, names: NameIndex, quotations: list[tuple[str, str]]
) -> bool:
    """Build the tables and install them at `path` (best effort), removing earlier builds'."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    os.close(fd)
    try:
        write_tables(Path(tmp), texts, names, quotations)
        with registry_lock(root, timeout=0):
            install_file(Path(tmp), path)
            for old in path.parent.glob(f"{PREFIX}*.sqlite"):
                if old != path:
                    old.unlink(missing_ok=True)
    except (OSError, sqlite3.Error, FactcheckError):
        return False  # another writer busy or a read-only folder: the next run builds them
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return True
