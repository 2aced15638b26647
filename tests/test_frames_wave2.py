"""Frames, wave 2 (issue 12): who measured a figure, which part of a toll a count is, speeds and
limits, identifiers, rates, and running figures whose time is unknown. Short sentences written
for these tests (not seed or story text)."""

from __future__ import annotations

import datetime as dt

from quantity_claims import published_on, quantity_claims

from factcheck.extract.frames import org_slug
from factcheck.model import DateInterval, Precision, QuantityClaim, Tier
from factcheck.rules.checks import CheckInput, builtin_checks

DAY = published_on("2024-03-05")
MONTH = DateInterval(start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 31), precision=Precision.MONTH)


def claims(text: str, published: DateInterval = DAY) -> dict[str, QuantityClaim]:
    """Each quantity's words -> its claim."""
    return quantity_claims(text, published)


def test_one_agency_however_it_is_written() -> None:
    names = ["U.S. Geological Survey", "US Geological Service", "USGS", "United States Geological Survey"]
    assert {org_slug(n) for n in names} == {"usgs"}
    assert org_slug("Japan Meteorological Agency") == "jma"


def test_readings_of_different_agencies_never_meet() -> None:
    found = claims(
        "The Provincial Seismic Bureau recorded the tremor as magnitude 6.2, but the USGS measured it at "
        "magnitude 5.7 and a depth of 8 km."
    )
    assert found["6.2"].subject == "auto.measure.magnitude.by-psb"
    assert found["5.7"].subject == "auto.measure.magnitude.by-usgs"
    assert found["8 km"].subject == "auto.measure.depth.by-usgs"
    later = claims("According to the U.S. Geological Survey, the quake had a depth of 10 km.")
    assert later["10 km"].subject == "auto.measure.depth.by-usgs"


def test_a_distance_is_not_split_by_who_gave_it() -> None:
    found = claims("The epicentre was 30 km south of Harlow, the USGS said.")
    assert found["30 km"].subject == "auto.measure.distance.harlow"


def test_a_distance_from_a_place_written_with_an_accent_meets_its_plain_spelling() -> None:
    # "Grindavík" made the frame id "...distance.grindavík", not a valid subject, and the claim
    # was left out with a warning; the place is now slugged as every other frame's place is
    accented = claims("A fault opened 2 km north of Grindavík on Monday.")
    plain = claims("A fault opened 4 km north of Grindavik on Monday.")
    assert accented["2 km"].subject == plain["4 km"].subject == "auto.measure.distance.grindavik"


def test_an_aftershock_is_measured_apart_from_the_main_quake() -> None:
    found = claims("The main shock was magnitude-6.1, with later tremors including a magnitude-4.8.")
    assert found["6.1"].subject == "auto.measure.magnitude"
    assert found["4.8"].subject == "auto.measure.magnitude.secondary"


def test_a_local_count_is_a_part_of_the_toll() -> None:
    found = claims("Hollin, the worst hit, reported 12 deaths, while two deaths were reported in Marsby.")
    assert found["12 deaths"].qualifiers == ["in-hollin"]
    assert found["two deaths"].qualifiers == ["in-marsby"]
    listed = claims("Officials counted 40 residents killed and 90 injured in Hollin County alone.")
    assert listed["40 residents"].qualifiers == ["in-hollin"]


def test_bodies_handed_over_and_serious_injuries_are_parts() -> None:
    found = claims(
        "So far 31 bodies have been handed over to relatives. 20 passengers were seriously injured."
    )
    assert found["31 bodies"].qualifiers == ["partial-handed-over"]
    assert found["20 passengers"].subject == "auto.count.injured.part-seriously"


def test_the_verb_after_the_noun_names_the_role() -> None:
    found = claims(
        "Over 60 passengers were killed. 41 people were medically assessed and taken to hospitals."
    )
    assert found["Over 60 passengers"].subject == "auto.count.deaths"
    assert found["41 people"].subject == "auto.count.hospitalised"


def test_the_subject_of_rose_governs_not_the_nearest_noun() -> None:
    found = claims("The death toll in the ferry sinking rose to 64 as divers ended their search.")
    assert found["64"].subject == "auto.count.deaths"


def test_a_speed_and_a_speed_limit_are_different_frames() -> None:
    found = claims("The bus was going 70 mph (113 kmh) in a 40 mph zone. It went about 70 miles per hour.")
    assert found["70 mph"].subject == "auto.measure.speed"
    assert found["40 mph"].subject == "auto.measure.speed-limit"
    assert found["about 70 miles per hour"].unit == "mph"


def test_identifiers_and_rates_are_not_counts() -> None:
    found = claims("Flight 370 carried 239 people. The airport handles more than 90,000 passengers a day.")
    assert "370" not in found
    # a rate has a frame of its own (issue 12, session 24): it never meets a one-off count
    assert found["more than 90,000 passengers"].subject == "auto.count.passengers.per-day"
    assert not found["more than 90,000 passengers"].running


def test_an_earlier_figure_has_no_time_and_a_month_dated_report_neither() -> None:
    earlier = claims("Officials initially put the death toll at 30.")
    assert earlier["30"].running
    assert earlier["30"].as_of is None
    monthly = claims("The flood killed 57 people.", MONTH)
    assert monthly["57 people"].running
    assert monthly["57 people"].as_of is None


def test_a_stated_as_of_date_moves_the_figure() -> None:
    found = claims("As of Monday, 12 people were missing.")
    assert found["12 people"].as_of == dt.date(2024, 3, 4)


def _tolerance(a: QuantityClaim, b: QuantityClaim) -> str | None:
    spec = builtin_checks()["magnitude_gap"]
    params = spec.params().model_dump()
    verdict = spec.function(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, params))
    return verdict.outcome if verdict else None


def test_a_running_figure_of_unknown_time_is_an_update() -> None:
    common = {"subject": "auto.count.deaths", "unit": "people", "running": True}
    early = QuantityClaim(id="a", source="a", text="22", value=22, **common)  # type: ignore[arg-type]
    late = QuantityClaim(
        id="b",
        source="b",
        text="94",
        value=94,
        as_of=dt.date(2024, 3, 5),
        **common,  # type: ignore[arg-type]
    )
    assert _tolerance(early, late) == "figure-updated"
    fixed = {"subject": "auto.count.passengers", "unit": "people"}
    assert (
        _tolerance(
            QuantityClaim(id="a", source="a", text="20", value=20, **fixed),  # type: ignore[arg-type]
            QuantityClaim(id="b", source="b", text="80", value=80, **fixed),  # type: ignore[arg-type]
        )
        == "far-apart"
    )
