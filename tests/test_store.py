"""The compiled claim store: used when nothing changed, rebuilt the moment anything the registry
reads changes, safe against concurrent builders, optional where the folder is read-only."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main
from factcheck.errors import FactcheckError
from factcheck.registry import load_registry, loader, store

STORE = Path(store.STORE_DIR) / store.STORE_FILE


def built_at(root: Path) -> int:
    """The store file's inode: a rebuild installs a new file."""
    return (root / STORE).stat().st_ino


def test_second_load_comes_from_the_store_and_is_equal(
    registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_registry(registry_copy)
    assert (registry_copy / STORE).is_file()
    monkeypatch.setattr(loader, "_load_and_verify", lambda root: pytest.fail("parsed the YAML again"))
    second = load_registry(registry_copy)
    assert second.claims == first.claims
    assert second.sources == first.sources
    assert second.entities == first.entities
    assert second.subjects == first.subjects
    assert second.locations == first.locations
    claim = first.claims[0]
    assert second.side(claim) == first.side(claim)


def test_an_edited_claims_file_invalidates_the_store_and_errors_still_surface(registry_copy: Path) -> None:
    load_registry(registry_copy)
    path = registry_copy / "claims" / "s000.yaml"
    path.write_text(path.read_text().replace("vague: hundreds", "vague: zillions", 1))
    with pytest.raises(FactcheckError, match="zillions"):
        load_registry(registry_copy)


def test_an_edited_source_text_invalidates_the_store(registry_copy: Path) -> None:
    load_registry(registry_copy)
    text = registry_copy / "seeds" / "000_fae8cf41b6720a97.txt"
    text.write_text("X" + text.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(FactcheckError, match="span"):
        load_registry(registry_copy)


def test_an_edited_manifest_invalidates_the_store(registry_copy: Path) -> None:
    first = load_registry(registry_copy)
    manifest = registry_copy / "seeds" / "sources.yaml"
    source = next(iter(first.sources.values()))
    assert source.title
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(source.title, "Retitled", 1))
    assert load_registry(registry_copy).sources[source.id].title == "Retitled"


def test_an_edited_subject_changes_what_the_store_answers(registry_copy: Path) -> None:
    load_registry(registry_copy)
    subjects = next(p for p in (registry_copy / "claims").glob("*.yaml") if "subjects:" in p.read_text())
    subjects.write_text(subjects.read_text().replace("cues: [", "cues: [zebrafish, ", 1))
    registry = load_registry(registry_copy)
    assert any("zebrafish" in s.cues for s in registry.subjects.values())
    opened = loader.open_store(registry_copy)
    assert opened is not None
    cued = opened.subjects_cued_in("A zebrafish swam by.")
    opened.close()
    assert [s.id for s in registry.subjects.values() if "zebrafish" in s.cues] == cued


def test_a_new_claims_file_invalidates_the_store(registry_copy: Path) -> None:
    first = load_registry(registry_copy)
    before = built_at(registry_copy)
    (registry_copy / "claims" / "zz-empty.yaml").write_text("claims: []\n")
    assert load_registry(registry_copy).claims == first.claims
    assert built_at(registry_copy) != before


def test_a_source_text_outside_the_manifest_folder_is_tracked(registry_copy: Path) -> None:
    """A source text the manifest points at elsewhere in the project is part of the key too."""
    (registry_copy / "texts").mkdir()
    manifest = registry_copy / "seeds" / "sources.yaml"
    moved = "000_fae8cf41b6720a97.txt"
    (registry_copy / "seeds" / moved).rename(registry_copy / "texts" / moved)
    manifest.write_text(manifest.read_text().replace(f"file: {moved}", f"file: ../texts/{moved}"))
    load_registry(registry_copy)
    text = registry_copy / "texts" / moved
    text.write_text("X" + text.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(FactcheckError, match="span"):
        load_registry(registry_copy)


def test_touching_without_changing_keeps_the_store(registry_copy: Path) -> None:
    load_registry(registry_copy)
    before = built_at(registry_copy)
    path = registry_copy / "claims" / "s000.yaml"
    path.write_bytes(path.read_bytes())  # new mtime and ctime, same content: hashed, still fresh
    load_registry(registry_copy)
    assert built_at(registry_copy) == before


def test_a_corrupt_store_is_rebuilt_with_a_warning(
    registry_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = load_registry(registry_copy)
    path = registry_copy / STORE
    path.write_bytes(b"this is not a database" * 100)
    assert load_registry(registry_copy).claims == first.claims
    assert "rebuilding" in capsys.readouterr().err
    assert sqlite3.connect(path).execute("SELECT count(*) FROM claims").fetchone()[0] == len(first.claims)


def test_a_truncated_store_is_rebuilt(registry_copy: Path) -> None:
    first = load_registry(registry_copy)
    path = registry_copy / STORE
    path.write_bytes(path.read_bytes()[:4096])
    assert load_registry(registry_copy).claims == first.claims


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_registry_runs_without_a_store_and_says_so_once(registry_copy: Path) -> None:
    registry_copy.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        code = "from factcheck.registry import load_registry as l; import sys; l(sys.argv[1]); l(sys.argv[1])"
        out = subprocess.run(
            [sys.executable, "-c", code, str(registry_copy)], capture_output=True, text=True, check=True
        )
    finally:
        registry_copy.chmod(0o755)
    assert out.stderr.count("running without it") == 1
    assert not (registry_copy / store.STORE_DIR).exists()


def test_an_unwritable_store_folder_runs_without_a_store_and_says_so_once(registry_copy: Path) -> None:
    """The same as a read-only folder, for machines where the tests run as root."""
    code = (
        "import sys, tempfile\n"
        "def refuse(*a, **k): raise PermissionError(13, 'Permission denied')\n"
        "tempfile.mkstemp = refuse\n"
        "from factcheck.registry import load_registry as l\n"
        "first = l(sys.argv[1]); second = l(sys.argv[1])\n"
        "assert first.claims == second.claims\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(registry_copy)], capture_output=True, text=True, check=True
    )
    assert out.stderr.count("cannot write the compiled store") == 1
    assert "Traceback" not in out.stderr
    assert not (registry_copy / STORE).exists()


def test_two_concurrent_builders_leave_one_complete_store(registry_copy: Path) -> None:
    code = "from factcheck.registry import load_registry as l; import sys; print(len(l(sys.argv[1]).claims))"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(registry_copy)], stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    counts = {p.communicate()[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert len(counts) == 1
    conn = sqlite3.connect(registry_copy / STORE)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert str(conn.execute("SELECT count(*) FROM claims").fetchone()[0]) in counts
    leftovers = [p.name for p in (registry_copy / store.STORE_DIR).iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert loader.open_store(registry_copy) is not None  # and it is fresh


def test_no_cache_environment_variable(registry_copy: Path, cli: Callable[..., Result]) -> None:
    load_registry(registry_copy, use_cache=False)  # the library takes it as an option
    assert not (registry_copy / store.STORE_DIR).exists()
    result = CliRunner().invoke(
        main, ["review", "--registry", str(registry_copy)], env={"FACTCHECK_NO_CACHE": "1"}
    )  # the CLI reads the variable
    assert result.exit_code == 0
    assert not (registry_copy / store.STORE_DIR).exists()
    assert cli("review", "--registry", str(registry_copy)).exit_code == 0
    assert (registry_copy / store.STORE_DIR / store.STORE_FILE).is_file()


def test_every_cue_match_contains_its_index_term() -> None:
    """The index term is a superset test: whatever a cue matches starts with its prefix."""
    from factcheck.extract.subjects import _cue

    registry = load_registry(Path(__file__).resolve().parent.parent, use_cache=False)
    cues = [c for s in registry.subjects.values() for c in s.cues if c.strip()]
    cues += ["injured", "reported", "deaths", "ban", "strikes", "U.S. troops", "signing", "met"]
    for cue in cues:
        assert _cue(cue).probe.startswith(store.cue_prefix(cue)), cue


def test_claims_files_are_listed_as_glob_and_resolve_would(tmp_path: Path) -> None:
    # the store's freshness check lists them without resolving each path; a symlinked claims
    # file must still be recorded by its target, and only *.yaml names count
    (tmp_path / "claims").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("claims: []\n", encoding="utf-8")
    (tmp_path / "claims" / "notes.txt").write_text("not claims\n", encoding="utf-8")
    (tmp_path / "elsewhere" / "b.yaml").write_text("claims: []\n", encoding="utf-8")
    (tmp_path / "claims" / "b.yaml").symlink_to(tmp_path / "elsewhere" / "b.yaml")
    expected = sorted(p.resolve() for p in (tmp_path / "claims").glob("*.yaml"))
    assert loader._claims_files(tmp_path) == expected
    assert (tmp_path / "elsewhere" / "b.yaml").resolve() in expected
