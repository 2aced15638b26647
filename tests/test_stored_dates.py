"""A check reads every date claim of the store as the few fields it asks of each one
(registry/partial.py `StoredDate`), not as validated claims: the same dates, in the same order,
with the same values as the registry's date claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.model import DateClaim
from factcheck.pipeline.documents import settled_by_reference
from factcheck.registry import load_registry
from factcheck.registry.loader import open_store
from factcheck.registry.partial import (
    StoredDate,
    StoredSources,
    partial_registry,
    published_days,
    stored_dates,
)

FIELDS = ("id", "source", "text", "span", "event", "start", "end", "precision", "relative")


def test_a_partial_registrys_dates_are_its_date_claims_read_without_validating(registry_copy: Path) -> None:
    whole = [c for c in load_registry(registry_copy).claims if isinstance(c, DateClaim)]  # compiles the store
    opened = open_store(registry_copy)
    assert opened is not None
    try:
        dates = partial_registry(registry_copy, opened, "Putin met Rahmon on June 28, 2022.").source_dates()
    finally:
        opened.close()
    assert len(whole) > 10
    assert all(type(d) is StoredDate for d in dates)  # no claim validated
    assert [tuple(getattr(d, f) for f in FIELDS) for d in dates] == [
        tuple(getattr(c, f) for f in FIELDS) for c in whole
    ]
    assert {type(getattr(d, f)) for d in dates for f in ("start", "end", "precision")} == {
        type(whole[0].start),
        type(whole[0].precision),
    }


def test_a_row_that_does_not_read_as_a_stored_date_makes_them_claims() -> None:
    good = (
        '{"id":"a.c1","source":"a","text":"on June 28, 2022","span":[3,19],"status":"curated",'
        '"note":null,"kind":"date","event":"e.x","start":"2022-06-28","end":"2022-06-28",'
        '"precision":"day","weekday":null,"relative":false,"qualifiers":[],"time_start":null,'
        '"time_end":null,"utc_offset":null,"zone":null,"local_clock":true}'
    )
    odd = good.replace('"id":"a.c1"', '"id":"a.c2"').replace('"span":[3,19]', '"span":{"from":3}')
    rows = [("a", "claims/a.yaml", 1, good)]
    read = stored_dates(rows)
    assert [type(d) for d in read] == [StoredDate]
    assert read[0].start.isoformat() == "2022-06-28"
    assert read[0].span == (3, 19)
    fallback = stored_dates([*rows, ("a", "claims/a.yaml", 2, odd.replace('{"from":3}', "[3,19]"))])
    assert [type(d) for d in fallback] == [StoredDate, StoredDate]
    # a span JSON cannot give as two integers: every row goes through the claim's validation
    # (which rejects this one as a claim would be rejected: the store never holds such a row)
    with pytest.raises(ValueError, match="span"):
        stored_dates([*rows, ("a", "claims/a.yaml", 2, odd)])


def test_the_days_sources_were_published_are_read_without_building_them(registry_copy: Path) -> None:
    whole = load_registry(registry_copy).sources  # compiles the store
    opened = open_store(registry_copy)
    assert opened is not None
    try:
        sources = partial_registry(registry_copy, opened, "").sources
    finally:
        opened.close()
    expected = {
        key: s.published.start
        for key, s in whole.items()
        if s.published is not None and s.published.start == s.published.end
    }
    assert len(expected) >= 3
    assert isinstance(sources, StoredSources)
    days = published_days(sources)
    assert list(days.items()) == list(expected.items())
    assert not sources._read  # no record built
    assert published_days(dict(whole)) == expected


def test_settling_by_reference_builds_no_stored_source(registry_copy: Path) -> None:
    subjects = list(load_registry(registry_copy).subjects)  # compiles the store
    opened = open_store(registry_copy)
    assert opened is not None
    try:
        registry = partial_registry(registry_copy, opened, "", keys=subjects)
    finally:
        opened.close()
    assert registry.claims
    assert isinstance(registry.sources, StoredSources)
    assert settled_by_reference([], registry, frozenset()) == []
    assert not registry.sources._read  # the tiers were read from the JSON, no record built
