"""Compiled regular expressions kept between runs (factcheck/patterncache.py): the same patterns
as `re` compiles, read back without parsing, and a file from another interpreter, a corrupt file
or an unwritable folder change nothing but the speed."""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import patterncache
from factcheck.cli.environment import pattern_cache_file

PATTERNS: list[tuple[Any, int]] = [  # text and bytes patterns
    (r"(?P<number>\d+(?:,\d{3})*)\s+(?P<unit>killed|dead|deaths)", re.IGNORECASE),
    (r"\b(?:Sunday|Monday|Tuesday)\b", 0),
    (r"^(\w+)\s*:\s*(.*)$", re.MULTILINE),
    (rb"\x00[\x01-\x7f]+", 0),
    (r"(?i)déjà vu|naïve", 0),
]
TEXT = "4,731 Killed on Sunday.\nkey: value\nDéjà vu"


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    """A pattern cache in a temporary folder, installed for the test only."""
    path = tmp_path / "patterns.marshal"
    patterncache.uninstall()
    patterncache.install(path)
    re.purge()
    yield path
    patterncache.uninstall()
    re.purge()


def _behaviour(pattern: re.Pattern[str] | re.Pattern[bytes]) -> object:
    subject: str | bytes = TEXT.encode("utf-8") + b"\x00ab" if isinstance(pattern.pattern, bytes) else TEXT
    return (
        pattern.pattern,
        pattern.flags,
        pattern.groups,
        dict(pattern.groupindex),
        [m.span() for m in pattern.finditer(subject)],  # type: ignore[arg-type]
    )


def test_patterns_compiled_through_the_cache_behave_as_res_own(cache: Path) -> None:
    ours = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    patterncache.uninstall()
    re.purge()
    theirs = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    assert ours == theirs


def test_a_saved_pattern_is_read_back_without_parsing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    patterncache.save()
    assert cache.is_file()
    patterncache.uninstall()
    re.purge()
    patterncache.install(cache)

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed although the pattern was in the cache")

    monkeypatch.setattr(patterncache._parser, "parse", no_parsing)
    assert [_behaviour(re.compile(p, f)) for p, f in PATTERNS] == before


def test_a_file_of_another_interpreter_or_a_corrupt_one_is_ignored(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.marshal"
    foreign.write_bytes(
        marshal.dumps(((0, "another python", 1, 4, 0x10FFFF), {(True, "a", 0): (0, b"", 0, {}, ())}))
    )
    corrupt = tmp_path / "corrupt.marshal"
    corrupt.write_bytes(b"\x00not marshal at all")
    for path in (foreign, corrupt, tmp_path / "missing.marshal"):
        patterncache.uninstall()
        patterncache.install(path)
        re.purge()
        try:
            assert _behaviour(re.compile(*PATTERNS[0])) == _behaviour(re.compile(*PATTERNS[0]))
            assert re.compile("a").match("a") is not None
        finally:
            patterncache.uninstall()
            re.purge()


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    patterncache.uninstall()
    patterncache.install(blocked / "patterns.marshal")
    re.purge()
    try:
        re.compile(r"something new \d+")
        patterncache.save()  # cannot write under a file: quietly skipped
    finally:
        patterncache.uninstall()
        re.purge()


def test_the_cache_lives_in_the_users_cache_folder_and_obeys_no_cache() -> None:
    assert pattern_cache_file({"HOME": "/home/ed"}) is not None
    assert str(pattern_cache_file({"HOME": "/home/ed"})).startswith("/home/ed/.cache/factcheck/patterns-")
    assert str(pattern_cache_file({"XDG_CACHE_HOME": "/var/cache/ed", "HOME": "/home/ed"})).startswith(
        "/var/cache/ed/factcheck/"
    )
    assert pattern_cache_file({"XDG_CACHE_HOME": "relative", "HOME": "/home/ed"}) is not None
    assert pattern_cache_file({"FACTCHECK_NO_CACHE": "1", "HOME": "/home/ed"}) is None
    assert pattern_cache_file({}) is None


def test_a_python_whose_private_compiler_changed_falls_back_to_res_own(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the cache reaches into re._compiler; a later Python may rename what it uses
    monkeypatch.setattr(patterncache, "_parser", object())  # no parse() any more
    pattern, flags = PATTERNS[0]
    ours = _behaviour(re.compile(pattern, flags))
    assert patterncache._state is None  # switched off for the rest of the process
    monkeypatch.undo()
    re.purge()
    assert ours == _behaviour(re.compile(pattern, flags))
    with pytest.raises(re.error):  # a bad pattern is still re's own error
        re.compile("(unclosed")
