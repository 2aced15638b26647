"""The compiled registry cache: used when nothing changed, ignored the moment anything does."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.registry import cache, load_registry


def test_second_load_comes_from_the_cache_and_is_equal(
    registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_registry(registry_copy)
    assert (registry_copy / cache.CACHE_DIR / cache.CACHE_FILE).is_file()
    calls: list[Path] = []
    real = cache.read

    def spy(root: Path, key: str) -> cache.CachedRegistry | None:
        found = real(root, key)
        calls.append(root)
        assert found is not None
        return found

    monkeypatch.setattr(cache, "read", spy)
    second = load_registry(registry_copy)
    assert calls
    assert second.claims == first.claims
    assert second.sources == first.sources
    assert second.entities == first.entities
    assert second.locations == first.locations
    claim = first.claims[0]
    assert second.side(claim) == first.side(claim)


def test_an_edit_invalidates_the_cache_and_errors_still_surface(registry_copy: Path) -> None:
    load_registry(registry_copy)
    path = registry_copy / "claims" / "s000.yaml"
    path.write_text(path.read_text().replace("vague: hundreds", "vague: zillions", 1))
    with pytest.raises(FactcheckError, match="zillions"):
        load_registry(registry_copy)


def test_an_edited_source_text_invalidates_the_cache(registry_copy: Path) -> None:
    load_registry(registry_copy)
    text = registry_copy / "seeds" / "000_fae8cf41b6720a97.txt"
    text.write_text("X" + text.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(FactcheckError, match="span"):
        load_registry(registry_copy)


def test_a_corrupt_cache_is_ignored(registry_copy: Path) -> None:
    first = load_registry(registry_copy)
    cache_file = registry_copy / cache.CACHE_DIR / cache.CACHE_FILE
    data = cache_file.read_text()
    cache_file.write_text(data[:200])  # truncated, right key
    assert load_registry(registry_copy).claims == first.claims


def test_no_cache_environment_variable(registry_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    load_registry(registry_copy)
    assert not (registry_copy / cache.CACHE_DIR).exists()
