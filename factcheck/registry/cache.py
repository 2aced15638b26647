"""A compiled registry cache, so a second run does not re-parse unchanged YAML.

After a registry loads and verifies cleanly, its validated contents are written as one JSON file
in `<registry>/.factcheck-cache/`. The cache key is a SHA-256 over factcheck's version and the
path and bytes of every input file (the manifest, every claims file, every source text), so any
edit invalidates it. JSON (validated again by pydantic on load, in Rust) rather than pickle: a
cache file is data, never code. Writing is best-effort and atomic; a read-only registry simply
runs without a cache.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

from pydantic import BaseModel, ValidationError

from factcheck import __version__
from factcheck.model import Claim, Entity, Source, Subject
from factcheck.yamlio import atomic_write_text

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


def input_files(root: Path, manifest: Path, claims_dir: Path) -> list[Path]:
    """Every file a registry is built from, in a stable order."""
    files = [manifest, *sorted(claims_dir.glob("*.yaml"))]
    files += sorted(p for p in manifest.parent.rglob("*") if p.is_file() and p != manifest)
    return files


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
        atomic_write_text(root / CACHE_DIR / CACHE_FILE, cached.model_dump_json(by_alias=True))
        gitignore = root / CACHE_DIR / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*\n", encoding="utf-8")
    except OSError as exc:
        # the cache only saves time: a read-only registry still loads, but the user should know
        warnings.warn(f"registry cache not written ({exc}); loads will not be faster", stacklevel=2)
