"""A damaged claim store (a disk error, a copy cut short) is removed with a clear message, and the
next run rebuilds it from the YAML: never an "internal error", never a store that fails every run.

The damage is made the way a disk makes it: a table's pages overwritten with garbage, under a
store whose recorded files are all unchanged (so the store is taken as fresh and read)."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.registry import store

SUMMARY = "examples/consistent-summary.md"


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_NO_CACHE"}
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], cwd=folder, capture_output=True, text=True, env=env
    )


def _damage(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage, as a bad sector would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root_page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    noise = random.Random(table).randbytes(page_size)  # noqa: S311 (test noise, not secrets)
    with path.open("r+b") as file:
        file.seek((root_page - 1) * page_size)
        file.write(noise)


@pytest.fixture
def built(registry_copy: Path, root: Path) -> Path:
    """A registry copy whose store has been built by a first review."""
    (registry_copy / "examples").mkdir()
    (registry_copy / SUMMARY).write_text((root / SUMMARY).read_text(encoding="utf-8"), encoding="utf-8")
    first = _run(registry_copy, "review", "--format", "json")
    assert first.returncode == 0, first.stderr
    assert '"rule_id": "FC' in first.stdout  # the seeds' findings
    assert store.store_path(registry_copy).is_file()
    return registry_copy


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_review_on_a_damaged_store_says_so_removes_it_and_the_next_run_is_whole(
    built: Path, jobs: str
) -> None:
    clean = _run(built, "review", "--format", "json", "--jobs", jobs)
    _damage(store.store_path(built), "facts")
    damaged = _run(built, "review", "--format", "json", "--jobs", jobs)
    assert damaged.returncode == 2
    assert "the compiled claim store is damaged" in damaged.stderr
    assert str(store.store_path(built)) in damaged.stderr
    assert "run the command again" in damaged.stderr
    assert "internal error" not in damaged.stderr
    assert "keep dying" not in damaged.stderr
    assert not store.store_path(built).exists()
    again = _run(built, "review", "--format", "json", "--jobs", jobs)
    assert (again.returncode, again.stdout) == (clean.returncode, clean.stdout)
    assert store.store_path(built).is_file()  # rebuilt


def test_check_on_a_damaged_store_says_so_and_the_next_check_is_the_clean_one(built: Path) -> None:
    clean = _run(built, "check", SUMMARY, "--format", "json")
    _damage(store.store_path(built), "claims")
    damaged = _run(built, "check", SUMMARY, "--format", "json")
    assert damaged.returncode == 2, damaged.stderr
    assert "the compiled claim store is damaged" in damaged.stderr
    assert "internal error" not in damaged.stderr
    again = _run(built, "check", SUMMARY, "--format", "json")
    assert (again.returncode, again.stdout) == (clean.returncode, clean.stdout)


def test_only_regular_files_are_removed(tmp_path: Path) -> None:
    store.forget_opened()  # stores other tests of this process opened are not this test's
    target = tmp_path / "elsewhere.sqlite"
    target.write_bytes(b"not ours")
    link = tmp_path / "registry.sqlite"
    link.symlink_to(target)
    real = tmp_path / "real.sqlite"
    real.write_bytes(b"ours")
    store.opened(link)
    store.opened(real)
    assert store.discard_opened() == [str(real)]
    assert target.read_bytes() == b"not ours"
    assert link.is_symlink()
    assert not real.exists()


def test_a_locked_or_missing_database_is_not_called_damaged(tmp_path: Path) -> None:
    """Only SQLite's "corrupt" and "not a database" remove a store: a lock says nothing of it."""
    from factcheck.errors import is_damaged_cache

    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorname = "SQLITE_BUSY"
    assert not is_damaged_cache(busy)
    assert not is_damaged_cache(ValueError("database disk image is malformed"))
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database" * 512)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master").fetchall()
    assert is_damaged_cache(raised.value)


def test_a_damaged_row_inside_an_intact_page_is_removed_after_the_error(built: Path) -> None:
    """One flipped byte in a claim's JSON is no SQLite error: the row fails to decode. The run
    is an internal error (exit 3), but the store it read is removed, so the next run is whole."""
    clean = _run(built, "review", "--format", "json")
    path = store.store_path(built)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE claims SET json = '{\"kind\": 5}' WHERE rowid = (SELECT min(rowid) FROM claims)")
    conn.commit()
    conn.close()
    broken = _run(built, "review", "--format", "json")
    assert broken.returncode == 3
    assert "was removed in case it is damaged" in broken.stderr
    assert not path.exists()
    again = _run(built, "review", "--format", "json")
    assert (again.returncode, again.stdout) == (clean.returncode, clean.stdout)
