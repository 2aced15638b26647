"""Figures that differ across outlets (issue 12, session 12): a measure written to the unit, a
crew count with a fate, and two tallies of one day beside one death toll."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.extract import extract_text
from factcheck.model import DateInterval, Precision, QuantityClaim, Tier
from factcheck.rules.checks import CheckInput, builtin_checks

DAY = dt.date(2025, 9, 16)


def outcome(check: str, a: QuantityClaim, b: QuantityClaim) -> str | None:
    spec = builtin_checks()[check]
    params = spec.params().model_dump()
    verdict = spec.function(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, params))
    return verdict.outcome if verdict else None


def claim(value: float, unit: str, frame: str, source: str, **extra: Any) -> QuantityClaim:
    text = f"{value:g}"
    return QuantityClaim(
        id=f"{source}.c", source=source, text=text, subject=frame, unit=unit, value=value, **extra
    )


def measure(value: float, unit: str, source: str, approx: str | None = None) -> QuantityClaim:
    return claim(value, unit, "auto.measure.weight", source, approx=approx)


def test_two_tonnages_written_to_the_tonne_that_differ_conflict() -> None:
    # 4,215 and 4,415 tonnes are 5 % apart: no rounding or conversion made either
    assert outcome("number_tolerance", measure(4215, "tonnes", "a"), measure(4415, "tonnes", "b")) == (
        "outside-tolerance"
    )


def test_a_few_tonnes_apart_is_no_close_count() -> None:
    # close_gap is a few people; 33 and 36 tonnes are two tonnages, major
    assert outcome("number_tolerance", measure(33, "tonnes", "a"), measure(36, "tonnes", "b")) == (
        "outside-tolerance"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (measure(4215, "tonnes", "a"), measure(4200, "tonnes", "b")),  # rounded to the hundred
        (measure(129, "km/h", "a"), measure(130, "km/h", "b")),  # a conversion, written to the ten
        (measure(4215, "tonnes", "a"), measure(4400, "tonnes", "b", approx="about")),  # "about"
        (measure(90, "km", "a"), measure(56, "miles", "b")),  # one distance in two units
    ],
)
def test_a_rounded_or_converted_measure_keeps_the_tolerance(a: QuantityClaim, b: QuantityClaim) -> None:
    assert outcome("number_tolerance", a, b) is None


def frames(text: str) -> dict[str, str]:
    day = DateInterval(start=DAY, end=DAY, precision=Precision.DAY)
    return {
        c.claim.text: getattr(c.claim, "subject", "")
        for c in extract_text(text, published=day)
        if c.claim.kind == "quantity"
    }


def test_crew_killed_count_the_dead_and_crew_aboard_the_crew() -> None:
    found = frames("A fire broke out on the ship, killing three crew members, officials said.")
    assert found["three crew members"].startswith("auto.count.deaths")
    found = frames("The ship had arrived from Riga with 22 crew and two passengers on board.")
    assert found["22"] == "auto.count.crew"
    assert found["two passengers"] == "auto.count.passengers"


def tally(value: float, frame: str, toll: float | None, approx: str | None = None) -> QuantityClaim:
    extra = {"approx": approx, "as_of": DAY, "running": True, "report_toll": toll}
    return claim(value, "people", frame, f"s{int(value)}", **extra)


def test_two_wounded_counts_of_one_day_beside_one_toll_conflict() -> None:
    # two reports of one day (hours unknown) that both give 15 dead were written at one stage:
    # 60 and 65 wounded are two tallies of one moment, not an hour's update
    assert outcome(
        "number_tolerance", tally(60, "auto.count.injured", 15), tally(65, "auto.count.injured", 15)
    ) == ("close-counts")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the tolls differ: reports of different hours, so the wounded may have risen
        (tally(60, "auto.count.injured", 15), tally(65, "auto.count.injured", 17)),
        # a count open upwards is a stage of a changing count
        (tally(60, "auto.count.injured", 15, approx="at least"), tally(50, "auto.count.injured", 15)),
        # no toll in either report: nothing tells their stage
        (tally(60, "auto.count.injured", None), tally(65, "auto.count.injured", None)),
    ],
)
def test_wounded_counts_of_different_stages_stay_an_update(a: QuantityClaim, b: QuantityClaim) -> None:
    assert outcome("number_tolerance", a, b) == "figure-updated"


def test_troops_of_one_day_beside_one_toll_stay_an_update() -> None:
    # troops are sent by different bodies at their own pace: one death toll marks no stage of them
    a = tally(300, "auto.count.troops", 95)
    b = tally(3000, "auto.count.troops", 95, approx="about")
    assert outcome("magnitude_gap", a, b) == "figure-updated"


def test_deaths_figures_beside_one_toll_stay_as_they_were() -> None:
    # at a toll of 17, "six deaths" (one district's) and "14" (an earlier count quoted) are a part
    # and a stage of the toll, not two tolls of one moment
    assert outcome(
        "number_tolerance", tally(6, "auto.count.deaths", 17), tally(14, "auto.count.deaths", 17)
    ) == ("figure-updated")
