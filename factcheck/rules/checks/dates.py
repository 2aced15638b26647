"""Checks on dates: conflicting dates for one event, a weekday that does not fit its date,
a duration that does not add up with the dates it spans."""

from __future__ import annotations

from pydantic import Field

from factcheck.model import WEEKDAYS, DateClaim, DurationClaim, Precision
from factcheck.rules.checks.base import CheckInput, Params, Verdict, fmt_number, lower_tier_side, spec

_PRECISE = {Precision.TIME, Precision.DAY, Precision.DAYS}


def describe(claim: DateClaim) -> str:
    """'2022-06-28' or '2022-06-26…2022-07-02 (week)'."""
    if claim.start == claim.end:
        return claim.start.isoformat()
    return f"{claim.start.isoformat()}…{claim.end.isoformat()} ({claim.precision.value})"


class ConflictParams(Params):
    """How many days apart two dates of one event may be before they conflict."""

    tolerance_days: int = Field(0, ge=0, le=3660, description="days of slack between the dates")


class SpanParams(Params):
    """The slack allowed between a stated duration and the dates it spans."""

    rel_tol: float = Field(0.05, ge=0.0, le=1.0, description="slack as a share of the duration")
    abs_tol_days: int = Field(1, ge=0, le=366, description="slack in days, added to rel_tol's")


def date_conflict(data: CheckInput) -> Verdict | None:
    """Two dates for the same event do not overlap, even allowing `tolerance_days`."""
    a, b = data.matched["a"], data.matched["b"]
    assert isinstance(a, DateClaim)
    assert isinstance(b, DateClaim)
    if set(a.qualifiers) != set(b.qualifiers):
        return None
    tolerance = int(data.params["tolerance_days"])
    gap = max((b.start - a.end).days, (a.start - b.end).days)
    if gap <= tolerance:
        return None
    precise = (a.precision in _PRECISE) + (b.precision in _PRECISE)
    return Verdict(
        outcome="disjoint-dates",
        confidence=(0.6, 0.8, 0.95)[precise],
        details={"a_date": describe(a), "b_date": describe(b), "gap": str(gap)},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def weekday_mismatch(data: CheckInput) -> Verdict | None:
    """A weekday written next to a date is not that date's weekday."""
    a = data.matched["a"]
    assert isinstance(a, DateClaim)
    if a.weekday is None or a.start != a.end:
        return None
    actual = WEEKDAYS[a.start.weekday()]
    if a.weekday.lower() == actual:
        return None
    return Verdict(
        outcome="wrong-weekday",
        confidence=0.9 if not a.relative else 0.7,
        details={"weekday": a.weekday, "date": a.start.isoformat(), "actual": actual.capitalize()},
        likely_wrong="a",
    )


def duration_span(data: CheckInput) -> Verdict | None:
    """A stated duration does not fit the dates of the two events it spans."""
    d, start, end = data.matched["d"], data.matched["from"], data.matched["to"]
    assert isinstance(d, DurationClaim)
    assert isinstance(start, DateClaim)
    assert isinstance(end, DateClaim)
    elapsed_low = (end.start - start.end).days
    elapsed_high = (end.end - start.start).days
    low, high = d.interval_days()
    scale = high if high != float("inf") else low
    slack = float(data.params["abs_tol_days"]) + float(data.params["rel_tol"]) * scale
    if elapsed_high >= low - slack and elapsed_low <= high + slack:
        return None
    factor = {"days": 1.0, "weeks": 7.0, "months": 30.44, "years": 365.25}[d.unit]
    elapsed = (
        fmt_number(round(elapsed_low / factor, 1))
        if elapsed_low == elapsed_high
        else f"{fmt_number(round(elapsed_low / factor, 1))}–{fmt_number(round(elapsed_high / factor, 1))}"
    )
    tiers = data.tiers
    likely = "d" if max(tiers["from"].rank, tiers["to"].rank) > tiers["d"].rank else None
    return Verdict(
        outcome="duration-mismatch",
        confidence=0.9 if elapsed_low == elapsed_high else 0.75,
        details={"elapsed": f"{elapsed} {d.unit}", "from_date": describe(start), "to_date": describe(end)},
        likely_wrong=likely,
    )


CHECKS = (
    spec(
        "date_conflict",
        date_conflict,
        outcomes=["disjoint-dates"],
        details=["a_date", "b_date", "gap"],
        params=ConflictParams,
    ),
    spec(
        "weekday_mismatch",
        weekday_mismatch,
        outcomes=["wrong-weekday"],
        details=["weekday", "date", "actual"],
        patterns=("a",),
    ),
    spec(
        "duration_span",
        duration_span,
        outcomes=["duration-mismatch"],
        details=["elapsed", "from_date", "to_date"],
        patterns=("d", "from", "to"),
        params=SpanParams,
    ),
)
