"""Frames (issue 12): a capacity said with a modal ("could accommodate up to 193 people", "could
carry 200 passengers") is a capacity, not a forecast; a forecast with "could" stays unframed.
Short sentences written for these tests (not seed or story text); the first failed before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

claims = claims_published(published_on("2015-07-02"))


def test_a_capacity_with_could_is_a_capacity() -> None:
    found = claims("The boat, which could accommodate up to 193 people, capsized near the port.")
    assert found["up to 193 people"].subject == "auto.count.capacity"
    found = claims("The ferry could carry 200 passengers.")
    assert found["200 passengers"].subject == "auto.count.capacity"


def test_a_forecast_with_could_stays_unframed() -> None:
    found = claims("Officials warned the toll could reach 300 people.")
    assert not found["300 people"].subject.startswith("auto.")
    found = claims("Forecasters said the storm could force 5,000 people into shelters.")
    assert not found["5,000 people"].subject.startswith("auto.")
