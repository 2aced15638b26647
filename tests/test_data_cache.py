"""The package's data files taken from a registry's data cache (yamlio.py `DataCache`): the same
values as parsing them, a changed text or a damaged cache file never trusted, and the same
errors as without the cache."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

import factcheck
from factcheck import __version__, yamlio
from factcheck.errors import FactcheckError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"
DATA_FILES = sorted([*(PACKAGE / "extract" / "data").glob("*.yaml"), *(PACKAGE / "link").glob("*.yaml")])


def _same(parsed: object, plain: object) -> bool:
    """Equal values of the same types, every mapping of `plain` a dict (no LineDict), recursively."""
    if isinstance(parsed, dict):
        return (
            type(plain) is dict
            and list(parsed) == list(plain)
            and all(_same(parsed[k], plain[k]) for k in parsed)
        )
    if isinstance(parsed, list):
        return (
            type(plain) is list
            and len(parsed) == len(plain)
            and all(_same(a, b) for a, b in zip(parsed, plain, strict=True))
        )
    return type(parsed) is type(plain) and parsed == plain


def test_every_data_file_comes_back_as_parsing_it_gives(tmp_path: Path) -> None:
    assert len(DATA_FILES) >= 10
    texts = {str(p): p.read_text(encoding="utf-8") for p in DATA_FILES}
    expected = {name: yamlio.parse_yaml(text, Path(name)) for name, text in texts.items()}
    with yamlio.data_files_kept_in(tmp_path):
        first = {name: yamlio.parse_data_file(text, name) for name, text in texts.items()}
    kept = json.loads((tmp_path / yamlio.DATA_CACHE_FILE).read_text(encoding="utf-8"))
    assert set(kept["files"]) == set(texts)
    with yamlio.data_files_kept_in(tmp_path):
        cache = yamlio._data_cache
        assert cache is not None
        second = {name: yamlio.parse_data_file(text, name) for name, text in texts.items()}
        assert not cache.changed  # every one came from the file
    without = {name: yamlio.parse_data_file(text, name) for name, text in texts.items()}
    for name in texts:
        assert _same(expected[name], first[name]), name
        assert _same(expected[name], second[name]), name
        assert _same(expected[name], without[name]), name


def test_a_changed_text_is_parsed_again_with_the_same_errors(tmp_path: Path) -> None:
    with yamlio.data_files_kept_in(tmp_path):
        assert yamlio.parse_data_file("a: 1\nb: [x, y]\n", "t.yaml") == {"a": 1, "b": ["x", "y"]}
    with yamlio.data_files_kept_in(tmp_path):
        assert yamlio.parse_data_file("a: 2\n", "t.yaml") == {"a": 2}
        with pytest.raises(FactcheckError, match=r"t\.yaml") as cached:
            yamlio.parse_data_file("a: [\n", "t.yaml")
    with pytest.raises(FactcheckError) as parsed:
        yamlio.parse_yaml("a: [\n", Path("t.yaml"))
    assert str(cached.value) == str(parsed.value)


def test_a_value_json_cannot_keep_is_parsed_on_every_run(tmp_path: Path) -> None:
    with yamlio.data_files_kept_in(tmp_path):
        assert (
            yamlio.parse_data_file("day: 2024-06-01\nn: .nan\n", "d.yaml")["day"].isoformat() == "2024-06-01"
        )
    assert not (tmp_path / yamlio.DATA_CACHE_FILE).exists()


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / yamlio.DATA_CACHE_FILE
    for content in (
        "not json",
        '{"format": 1, "files": {"t.yaml": ["x", {"a": 9}]}}',
        '{"format": 2, "version": "' + __version__ + '", "files": {"t.yaml": 7}}',
        '{"format": 2, "version": "' + __version__ + '", "files": []}',
        "[1, 2]",
    ):
        path.write_text(content, encoding="utf-8")
        with yamlio.data_files_kept_in(tmp_path):
            assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}
        assert json.loads(path.read_text(encoding="utf-8"))["files"]["t.yaml"][2] == {"a": 1}  # written anew


def _kept(tmp_path: Path) -> dict[str, Any]:
    return dict(json.loads((tmp_path / yamlio.DATA_CACHE_FILE).read_text(encoding="utf-8")))


def _keep(tmp_path: Path, data: dict[str, Any]) -> None:
    (tmp_path / yamlio.DATA_CACHE_FILE).write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("damage", [7, {}, [], None, "x", {"a": 99}, {"a": 1, "b": 2}])
def test_a_damaged_value_under_a_matching_text_costs_a_parse(tmp_path: Path, damage: object) -> None:
    text = "a: 1\nb: [x, y]\n"
    with yamlio.data_files_kept_in(tmp_path):
        yamlio.parse_data_file(text, "t.yaml")
    data = _kept(tmp_path)
    data["files"]["t.yaml"][2] = damage  # the text's key still matches: only the value is wrong
    _keep(tmp_path, data)
    with yamlio.data_files_kept_in(tmp_path):
        assert yamlio.parse_data_file(text, "t.yaml") == {"a": 1, "b": ["x", "y"]}
    assert _kept(tmp_path)["files"]["t.yaml"][2] == {"a": 1, "b": ["x", "y"]}  # repaired


def test_a_damaged_real_data_file_value_gives_the_parsed_value(tmp_path: Path) -> None:
    """The review's case: frames.yaml's value replaced in the cache, its text unchanged."""
    path = PACKAGE / "extract" / "data" / "frames.yaml"
    text = path.read_text(encoding="utf-8")
    expected = yamlio.parse_yaml(text, Path("frames.yaml"))
    damages: tuple[object, ...] = (7, {})
    for damage in damages:
        with yamlio.data_files_kept_in(tmp_path):
            yamlio.parse_data_file(text, "frames.yaml")
        data = _kept(tmp_path)
        data["files"]["frames.yaml"][2] = damage
        _keep(tmp_path, data)
        with yamlio.data_files_kept_in(tmp_path):
            assert _same(expected, yamlio.parse_data_file(text, "frames.yaml"))


def test_a_value_kept_by_another_version_is_not_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loader change ships with a new version: what the old one kept is parsed again, and the
    rewritten file holds only what this version wrote."""
    import msgspec

    text = "a: 1\n"
    monkeypatch.setattr(factcheck, "__version__", "0.0.1-old")
    with yamlio.data_files_kept_in(tmp_path):
        yamlio.parse_data_file(text, "t.yaml")
        yamlio.parse_data_file("gone: true\n", "gone.yaml")
    data = _kept(tmp_path)
    old_value = {"a": "what the old loader gave"}  # intact as far as its own digest goes
    data["files"]["t.yaml"][1:] = [hashlib.sha256(msgspec.json.encode(old_value)).hexdigest(), old_value]
    _keep(tmp_path, data)
    monkeypatch.setattr(factcheck, "__version__", "0.0.2-new")
    with yamlio.data_files_kept_in(tmp_path):
        assert yamlio.parse_data_file(text, "t.yaml") == {"a": 1}
    kept = _kept(tmp_path)
    assert kept["version"] == "0.0.2-new"
    assert set(kept["files"]) == {"t.yaml"}  # gone.yaml, written by the old version, dropped


def test_files_beside_modules_are_kept_under_their_name_in_the_package(tmp_path: Path) -> None:
    """One entry per data file, whichever folder the package is installed in."""
    path = PACKAGE / "link" / "name_words.yaml"
    with yamlio.data_files_kept_in(tmp_path):
        value = yamlio.load_data_file(path)
    assert set(_kept(tmp_path)["files"]) == {"link/name_words.yaml"}
    with yamlio.data_files_kept_in(tmp_path):
        cache = yamlio._data_cache
        assert cache is not None
        assert yamlio.load_data_file(path) == value
        assert not cache.changed


def test_no_cache_folder_no_file(tmp_path: Path) -> None:
    with yamlio.data_files_kept_in(None):
        assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}
    # a registry whose store was never built (no .factcheck-cache folder): none is made
    with yamlio.data_files_kept_in(tmp_path / ".factcheck-cache"):
        assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}
    assert list(tmp_path.iterdir()) == []
