"""The package's data files taken from a registry's data cache (yamlio.py `DataCache`): the same
values as parsing them, a changed text or a damaged cache file never trusted, and the same
errors as without the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import yamlio
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
        '{"format": 2, "files": {"t.yaml": ["x", {"a": 9}]}}',
        '{"format": 1, "files": {"t.yaml": 7}}',
        '{"format": 1, "files": []}',
        "[1, 2]",
    ):
        path.write_text(content, encoding="utf-8")
        with yamlio.data_files_kept_in(tmp_path):
            assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}
        assert json.loads(path.read_text(encoding="utf-8"))["files"]["t.yaml"][1] == {"a": 1}  # written anew
    # a kept value whose digest is not the text's is not used
    path.write_text('{"format": 1, "files": {"t.yaml": ["' + "0" * 64 + '", {"a": 99}]}}', encoding="utf-8")
    with yamlio.data_files_kept_in(tmp_path):
        assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}


def test_no_cache_folder_no_file(tmp_path: Path) -> None:
    with yamlio.data_files_kept_in(None):
        assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}
    # a registry whose store was never built (no .factcheck-cache folder): none is made
    with yamlio.data_files_kept_in(tmp_path / ".factcheck-cache"):
        assert yamlio.parse_data_file("a: 1\n", "t.yaml") == {"a": 1}
    assert list(tmp_path.iterdir()) == []
