"""What `.factcheck-cache` keeps (the compiled store, the tables of the source texts, the names
counted in them) is keyed on the package code that derived it, not only on factcheck's version:
the version stays the same between releases and in an editable install, so an upgrade whose
extraction or frames differ would otherwise read the old cache (a check after such an edit:
tests/test_text_tables.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.registry import store


def _copy_package(target: Path) -> Path:
    """A copy of the package's modules and data files (what the digest reads) at `target`."""
    for path in store.PACKAGE.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            copy = target / path.relative_to(store.PACKAGE)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)
    return target


def _edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")


@pytest.mark.parametrize(
    "module", ["extract/numbers.py", "link/support.py", "model/records.py", "registry/loader.py", "yamlio.py"]
)
def test_a_changed_module_that_shapes_the_cache_changes_its_key(tmp_path: Path, module: str) -> None:
    package = _copy_package(tmp_path / "factcheck")
    before = store.data_digest_of(package)
    assert store.data_digest_of(package) == before  # nothing changed: the same key
    _edit(package / module)
    assert store.data_digest_of(package) != before


def test_a_module_that_shapes_nothing_kept_leaves_the_key(tmp_path: Path) -> None:
    """A report formatter or a command's options derive nothing the cache keeps: editing one
    does not make every registry's store stale."""
    package = _copy_package(tmp_path / "factcheck")
    before = store.data_digest_of(package)
    _edit(package / "report" / "text.py")
    _edit(package / "cli" / "check.py")
    assert store.data_digest_of(package) == before
