"""A check reads every date claim of the store as the few fields it asks of each one
(registry/partial.py `StoredDate`), not as validated claims: the same dates, in the same order,
with the same values as the registry's date claims."""

from __future__ import annotations

from pathlib import Path

import pydantic
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


GOOD = (
    '{"id":"a.c1","source":"a","text":"on June 28, 2022","span":[3,19],"status":"curated",'
    '"note":null,"kind":"date","event":"e.x","start":"2022-06-28","end":"2022-06-28",'
    '"precision":"day","weekday":null,"relative":false,"qualifiers":[],"time_start":null,'
    '"time_end":null,"utc_offset":null,"zone":null,"local_clock":true}'
)


def _rows(*json: str) -> list[tuple[str, str, int, str]]:
    return [("a", "claims/a.yaml", n, j.replace('"a.c1"', f'"a.c{n}"')) for n, j in enumerate(json, 1)]


def test_a_row_that_does_not_read_as_a_stored_date_makes_them_claims() -> None:
    read = stored_dates(_rows(GOOD, GOOD))
    assert [type(d) for d in read] == [StoredDate, StoredDate]
    assert read[0].start.isoformat() == "2022-06-28"
    assert read[0].span == (3, 19)
    # a row without `relative` is a claim (the field has a default) but not a StoredDate: every
    # row is validated as a claim, with the claim's default
    read = stored_dates(_rows(GOOD, GOOD.replace(',"relative":false', "")))
    assert [type(d) for d in read] == [DateClaim, DateClaim]
    assert [(d.id, d.span, d.relative) for d in read] == [("a.c1", (3, 19), False), ("a.c2", (3, 19), False)]


@pytest.mark.parametrize(
    ("odd", "error"),
    [
        (GOOD.replace('"span":[3,19]', '"span":[19,3]'), "span must be"),  # reversed span
        (GOOD.replace('"span":[3,19]', '"span":{"from":3}'), "valid array"),  # a span as an object
        (GOOD.replace('"id":', '"bogus":1,"id":'), "Extra inputs are not permitted"),  # an unknown key
        (GOOD.replace('"end":"2022-06-28"', '"end":"2022-06-27"'), "is before start"),  # dates reversed
        (GOOD.replace('"weekday":null', '"weekday":"Caturday"'), "not a day of the week"),
        (GOOD.replace('"time_start":null', '"time_start":"10:00"'), "go together"),
    ],
)
def test_a_row_the_claim_refuses_raises_the_claims_error(odd: str, error: str) -> None:
    # a corrupt store row fails as the claim model fails it (pydantic's ValidationError, its
    # message), never read as a date nor passed over
    with pytest.raises(pydantic.ValidationError, match=error):
        stored_dates(_rows(GOOD, odd))


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
