"""A part of the death toll ("including 12 firefighters", "17 firefighters were among the dead")
given by two reports at the same death toll of their own breaks down the same dead: a different
part is a conflict, not an hour's count. Beside different tolls, or marked as a stage, it stays an
update (issue 12, grading of running figures)."""

from __future__ import annotations

import datetime as dt

from factcheck.model import QuantityClaim, Tier
from factcheck.rules.checks import builtin_checks
from factcheck.rules.checks.base import CheckInput

DAY = dt.date(2024, 3, 5)
NEXT = DAY + dt.timedelta(days=1)
PART = "auto.count.deaths.part-firefighter"


def part(
    value: float,
    toll: float | None,
    when: dt.date | None = DAY,
    *,
    frame: str = PART,
    approx: str | None = None,
    stage: str | None = None,
    revised: bool = False,
) -> QuantityClaim:
    return QuantityClaim(
        id=f"c{int(value)}-{toll}",
        source=f"s{int(value)}-{toll}",
        text=f"{value:g} firefighters",
        subject=frame,
        unit="firefighters",
        value=value,
        approx=approx,
        as_of=when,
        running=True,
        stage=stage,
        revised=revised,
        report_toll=toll,
    )


def outcome(check: str, a: QuantityClaim, b: QuantityClaim) -> str | None:
    spec = builtin_checks()[check]
    params = spec.params().model_dump()
    verdict = spec.function(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, params))
    return verdict.outcome if verdict else None


def test_parts_beside_one_toll_are_compared_whatever_the_day() -> None:
    # 12 firefighters among 50 dead, then 17 among the same 50: the same dead, broken down twice
    assert outcome("number_tolerance", part(12, 50, DAY), part(17, 50, NEXT)) == "outside-tolerance"
    assert outcome("number_tolerance", part(12, 50, DAY), part(17, 50, DAY)) == "outside-tolerance"


def test_parts_beside_one_toll_far_apart_are_far_apart() -> None:
    assert outcome("magnitude_gap", part(3, 50, DAY), part(17, 50, NEXT)) == "far-apart"


def test_parts_beside_different_tolls_stay_an_update() -> None:
    # at 44 dead 12 firefighters, at 50 dead 17: the part grew with the toll
    assert outcome("number_tolerance", part(12, 44, DAY), part(17, 50, NEXT)) == "figure-updated"


def test_a_part_marked_as_a_stage_stays_an_update() -> None:
    assert outcome("number_tolerance", part(20, 50, DAY, approx="at least"), part(12, 50, DAY)) == "figure-updated"
    assert outcome("number_tolerance", part(12, 50, DAY, stage="so far"), part(17, 50, NEXT)) == "figure-updated"
    assert outcome("number_tolerance", part(12, 50, DAY), part(17, 50, NEXT, revised=True)) == "figure-updated"


def test_a_part_of_no_known_time_stays_an_update() -> None:
    # "officials initially said 51 were dead, including 20 children": put at another time
    assert outcome("number_tolerance", part(9, 24, DAY), part(20, 24, None)) is not None
    assert outcome("number_tolerance", part(9, 24, DAY), part(20, 24, None)) == "figure-updated"


def test_other_running_counts_beside_one_toll_are_not_affected() -> None:
    # injured rise beside an unchanged toll (the reverted "one stage at one toll" rule)
    injured = "auto.count.injured"
    a, b = part(60, 15, DAY, frame=injured), part(75, 15, NEXT, frame=injured)
    assert outcome("number_tolerance", a, b) == "figure-updated"
