"""A check reads the store's sources by id when it meets them, and every source's tier and date
without building every record: the same sources, tiers, dates and order as the registry's dict."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.model import Source, Tier
from factcheck.registry import load_registry
from factcheck.registry.loader import open_store
from factcheck.registry.partial import StoredSources, copied_sources, latest_published, source_tiers


def stored(root: Path) -> tuple[dict[str, Source], StoredSources]:
    """The registry's sources as loaded from YAML, and as a check reads them from its store."""
    load_registry(root)  # compiles the store
    opened = open_store(root)
    assert opened is not None
    rows = [(source_id, json) for source_id, _, json in opened.sources()]
    opened.close()
    return dict(load_registry(root, use_cache=False).sources), StoredSources(rows)


def test_stored_sources_are_the_registrys(registry_copy: Path) -> None:
    whole, lazy = stored(registry_copy)
    assert len(whole) > 3
    assert (list(lazy), len(lazy)) == (list(whole), len(whole))
    assert source_tiers(lazy) == source_tiers(whole) == {k: s.tier for k, s in whole.items()}
    assert latest_published(lazy) == latest_published(whole)
    assert latest_published(lazy) == max(s.published.end for s in whole.values() if s.published)
    some = next(iter(whole))
    assert some in lazy
    assert lazy[some] == whole[some]
    assert "nobody.here" not in lazy
    assert lazy.get("nobody.here") is None
    with pytest.raises(KeyError):
        lazy["nobody.here"]
    assert dict(lazy.items()) == whole


def test_a_copy_grows_alone_as_a_dict_would(registry_copy: Path) -> None:
    whole, lazy = stored(registry_copy)
    first, second = list(whole)[:2]
    grown = copied_sources(lazy)
    expected = dict(whole)
    draft = Source(id="draft:summary.md", file="summary.md", tier=Tier.DRAFT)
    for mapping in (grown, expected):
        mapping["draft:summary.md"] = draft
        mapping[first] = whole[first].model_copy(update={"tier": Tier.REFERENCE})  # set again: same place
        del mapping[second]
    assert list(grown) == list(expected)
    assert dict(grown.items()) == expected
    assert source_tiers(grown) == {k: s.tier for k, s in expected.items()}
    assert second not in grown
    with pytest.raises(KeyError):
        grown[second]
    with pytest.raises(KeyError):
        del grown[second]
    # the store's own mapping is untouched
    assert list(lazy) == list(whole)
    assert dict(lazy.items()) == whole
    assert source_tiers(lazy) == {k: s.tier for k, s in whole.items()}


def test_undated_sources_give_no_latest_date() -> None:
    undated = {"a": Source(id="a", file="a.txt"), "b": Source(id="b", file="b.txt")}
    lazy = StoredSources((k, s.model_dump_json()) for k, s in undated.items())
    assert latest_published(lazy) is None
    assert latest_published(undated) is None
    assert latest_published({}) is None


def test_tiers_and_dates_build_no_record(registry_copy: Path) -> None:
    """What a check asks of every source (the engine's tiers, an undated summary's date) is read
    from the stored JSON: no Source record is built for it."""
    whole, lazy = stored(registry_copy)
    source_tiers(lazy)
    latest_published(lazy)
    copied_sources(lazy)["draft:x.md"] = Source(id="draft:x.md", file="x.md", tier=Tier.DRAFT)
    assert lazy._read == {}
    some = next(iter(whole))
    assert lazy[some] == whole[some]
    assert list(lazy._read) == [some]
