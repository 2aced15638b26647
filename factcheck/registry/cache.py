"""A compiled registry cache, so a second run does not re-parse unchanged YAML.

After a registry loads and verifies cleanly, its validated contents are written as one JSON file,
`<registry>/.factcheck-cache/registry.json`. The cache key is a SHA-256 over factcheck's version
and the path and bytes of the manifest and every claims file; the cache also records a SHA-256 of
every source text the registry read, wherever the manifest says it lives, and a text that no
longer matches (edited, moved, unreadable) makes the cache stale. So any edit to any file the
registry reads invalidates it. JSON (validated again by pydantic on load, in Rust) rather than
pickle: a cache file is data, never code. Writing is best-effort, atomic and under the registry
lock (skipped when another process holds it); a read-only registry or cache folder simply runs
without a cache, losing nothing.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

from pydantic import BaseModel, ValidationError

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.model import Claim, Entity, Source, Subject
from factcheck.safewrite import registry_lock, write_atomic

CACHE_DIR = ".factcheck-cache"
CACHE_FILE = "registry.json"


class CachedRegistry(BaseModel):
    """Everything a verified registry holds except the source texts (re-read: they are hashed anyway)."""

    key: str
    sources: list[Source]
    entities: list[Entity]
    subjects: list[Subject]
    claims: list[Claim]
    locations: dict[str, tuple[str, int]]
    merge: dict[str, str] = {}
    not_same: list[list[str]] = []
    texts: dict[str, str] = {}  # source id -> SHA-256 of its text as read


def text_digest(text: str) -> str:
    """The SHA-256 a cache records for a source text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def input_files(root: Path, manifest: Path, claims_dir: Path) -> list[Path]:
    """The files the cache key covers, in a stable order (source texts are checked by their
    digests in the cache, since only the manifest says where they live)."""
    return [manifest, *sorted(claims_dir.glob("*.yaml"))]


def cache_key(root: Path, files: list[Path]) -> str:
    """SHA-256 over the version and every input file's path and bytes."""
    digest = hashlib.sha256(__version__.encode())
    for path in files:
        digest.update(b"\0" + str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read(root: Path, key: str) -> CachedRegistry | None:
    """The cached registry for this key, or None (absent, stale, unreadable, or disabled)."""
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return None
    path = root / CACHE_DIR / CACHE_FILE
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if f'"key":"{key}"'.encode() not in data[:120]:
        return None  # stale: skip validating a large file we are about to replace
    try:
        return CachedRegistry.model_validate_json(data)
    except ValidationError:
        return None


def write(root: Path, cached: CachedRegistry) -> None:
    """Store the cache; where the registry folder is not writable, warn and go on without one."""
    if os.environ.get("FACTCHECK_NO_CACHE"):
        return
    try:
        with registry_lock(root, timeout=0):
            write_atomic(root / CACHE_DIR / CACHE_FILE, cached.model_dump_json(by_alias=True))
            gitignore = root / CACHE_DIR / ".gitignore"
            if not gitignore.exists():
                write_atomic(gitignore, "*\n")
    except FactcheckError:
        pass  # another writer holds the registry lock: this run goes without a cache
    except OSError as exc:
        # the cache only saves time: a read-only registry still loads, but the user should know
        warnings.warn(f"registry cache not written ({exc}); loads will not be faster", stacklevel=2)
