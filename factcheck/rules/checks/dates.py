"""Checks on dates: conflicting dates for one event, a weekday that does not fit its date,
a duration that does not add up with the dates it spans."""

from __future__ import annotations

import re

from pydantic import Field

from factcheck.extract.numbers import length_in_parts
from factcheck.lazyre import lazy
from factcheck.model import WEEKDAYS, DateClaim, DurationClaim, Precision
from factcheck.model.ids import Family, auto_frame, in_family, is_auto, is_stand_in, parse_unlinked
from factcheck.model.records import DAYS_PER_UNIT, Tier
from factcheck.rules.checks.base import CheckInput, Params, Verdict, fmt_number, lower_tier_side, pair, spec

_PRECISE = {Precision.TIME, Precision.DAY, Precision.DAYS}


def describe(claim: DateClaim) -> str:
    """'2022-06-28', '2022-06-26…2022-07-02 (week)' or '07:45 (UTC+08:00) on 2013-07-22'."""
    if claim.time_start is not None:
        if (claim.end - claim.start).days > UNKNOWN_DAY_SPAN:
            # a clock its report gives no day for (an undated file's "around 1:30 a.m.")
            return f"{describe_clock(claim)}, its day not given"
        return f"{describe_clock(claim)} on {_days(claim)}"
    return _days(claim)


UNKNOWN_DAY_SPAN = 7  # days past which a clock's day span says its day is not known


def _days(claim: DateClaim) -> str:
    if claim.start == claim.end:
        return claim.start.isoformat()
    precision = "days" if claim.precision is Precision.TIME else claim.precision.value
    return f"{claim.start.isoformat()}…{claim.end.isoformat()} ({precision})"


def describe_clock(claim: DateClaim) -> str:
    """'07:45', '07:40–07:50 local time' or '08:30 UTC (UTC+00:00)'."""
    clock = claim.time_start if claim.time_start == claim.time_end else f"{claim.time_start}–{claim.time_end}"
    zone = f" {claim.zone}" if claim.zone else ""
    if claim.utc_offset is None:
        return f"{clock}{zone}"
    sign = "+" if claim.utc_offset >= 0 else "-"
    hours, minutes = divmod(abs(claim.utc_offset), 60)
    return f"{clock}{zone} (UTC{sign}{hours:02d}:{minutes:02d})"


def clock_gap(a: DateClaim, b: DateClaim) -> int | None:
    """Minutes between two claims' times of day, in UTC when both offsets are known, else on the
    event's local clock when both are local; None when they cannot be compared (a local time with
    no zone against a GMT time) or either has no time. Clocks are compared round the dial, so
    23:50 and 00:05 are 15 minutes apart."""
    for utc in (True, False):
        ca, cb = a.clock_minutes(utc), b.clock_minutes(utc)
        if ca is not None and cb is not None:
            return min(_arc_gap(ca, cb, shift) for shift in (-DAY_MINUTES, 0, DAY_MINUTES))
    return None


DAY_MINUTES = 24 * 60


def _arc_gap(a: tuple[int, int], b: tuple[int, int], shift: int) -> int:
    return max(0, b[0] + shift - a[1], a[0] - b[1] - shift)


class ConflictParams(Params):
    """How many days apart two dates of one event may be before they conflict."""

    tolerance_days: int = Field(0, ge=0, le=3660, description="days of slack between the dates")
    tolerance_minutes: int = Field(
        5, ge=0, le=720, description="minutes of slack between two times of day on overlapping days"
    )
    close_minutes: int = Field(
        30,
        ge=0,
        le=720,
        description="times at most this far apart, one of them loose, are close-times (minor)",
    )


class SpanParams(Params):
    """The slack allowed between a stated duration and the dates it spans."""

    rel_tol: float = Field(0.05, ge=0.0, le=1.0, description="slack as a share of the duration")
    abs_tol_days: int = Field(1, ge=0, le=366, description="slack in days, added to rel_tol's")


def date_conflict(data: CheckInput) -> Verdict | None:
    """Two dates for the same event do not overlap, even allowing `tolerance_days`."""
    a, b = pair(data, DateClaim)
    if set(a.qualifiers) != set(b.qualifiers):
        return None
    tolerance = int(data.params["tolerance_days"]) + _zone_slack(a, b)
    gap = max((b.start - a.end).days, (a.start - b.end).days)
    if gap <= tolerance:
        other_day = _other_weekday(a, b) or _other_weekday(b, a) or _two_weekdays(a, b)
        if other_day is None:
            return _time_conflict(data, a, b)
        return Verdict(
            outcome="disjoint-dates",
            confidence=0.8,
            details={"a_date": describe(a), "b_date": describe(b), "gap": other_day},
            likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
        )
    precise = (a.precision in _PRECISE) + (b.precision in _PRECISE)
    return Verdict(
        outcome="disjoint-dates",
        confidence=(0.6, 0.8, 0.95)[precise],
        details={"a_date": describe(a), "b_date": describe(b), "gap": f"{gap} days"},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


_WEEKDAY_WORD = lazy(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def _other_weekday(vague: DateClaim, day: DateClaim) -> str | None:
    """A bare weekday read against a report dated only to a month ("Tuesday night" in a report
    of August 2015) spans the month, but it is still a Tuesday: a date of one day that falls on
    another weekday cannot be it. The gap described ("a Tuesday, not Wednesday"), else None."""
    names = {m.lower() for m in _WEEKDAY_WORD.findall(vague.text)}
    if len(names) != 1 or vague.start == vague.end or day.start != day.end or not vague.relative:
        return None
    (name,) = names
    actual = WEEKDAYS[day.start.weekday()]
    return None if actual == name else f"a {name.title()}, not {actual.title()}"


def _two_weekdays(a: DateClaim, b: DateClaim) -> str | None:
    """Two bare weekdays read against reports dated only to a month ("announced early Thursday",
    "the announcement on Wednesday") each span the month, but name two weekdays: one event falls
    on one of them only. Not when a day is written in GMT/UTC beside its time (`_zone_slack`:
    "2345 GMT on Sunday" is a Monday in Asia). The gap described ("a Thursday, not Wednesday")."""
    if _zone_slack(a, b) or not all(c.relative and c.start != c.end for c in (a, b)):
        return None
    names = [{m.lower() for m in _WEEKDAY_WORD.findall(c.text)} for c in (a, b)]
    if any(len(found) != 1 for found in names) or names[0] == names[1]:
        return None
    (first,), (second,) = names
    return f"a {first.title()}, not {second.title()}"


def _zone_slack(a: DateClaim, b: DateClaim) -> int:
    """One day of slack when a date is written in GMT/UTC with its time: "2345 GMT on Sunday"
    is Monday morning in Asia, so a day in UTC and a local day may differ by one."""
    return int(any(c.time_start is not None and not c.local_clock for c in (a, b)))


def _time_conflict(data: CheckInput, a: DateClaim, b: DateClaim) -> Verdict | None:
    """Two times of day of one event on days that may be the same, further apart than
    `tolerance_minutes` (a reporter's rounding to five minutes is not a conflict)."""
    minutes = clock_gap(a, b)
    tolerance = int(data.params.get("tolerance_minutes", 5))
    if _point(a) and _point(b) and _to_the_minute(a) != _to_the_minute(b):
        tolerance //= 2  # "10:33" rounds to 10:35, never to "10:30": only 10:28–10:32 round to it
    if (
        minutes is not None
        and minutes <= tolerance
        and (centres := _centre_gap(a, b)) is not None
        and centres > tolerance
    ):
        # "around 11:20 p.m." and "about 11:30 pm" (or "around 7.20 pm" and "around 7 pm", whose
        # windows nearly touch): each allows the other, but the two reports give two readings
        return Verdict(
            outcome="close-times",
            confidence=0.6,
            details={"a_date": describe(a), "b_date": describe(b), "gap": f"{centres} minutes"},
            likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
        )
    if minutes is None or minutes <= tolerance:
        return None
    if minutes <= max(_span(a), _span(b)):
        # a time of day in words ("in the early hours", "at dawn") is a span whose edges no one
        # agrees on: a clock outside it by less than its own length is a loose reading of it;
        # further off it is another time ("at dawn" against 10 pm)
        return None
    close = minutes <= int(data.params.get("close_minutes", 30)) and (_rounded(a) or _rounded(b))
    if close and _draft_moved_clock(data, a, b):
        close = False
    return Verdict(
        outcome="close-times" if close else "different-times",
        confidence=0.85 if a.time_start == a.time_end and b.time_start == b.time_end else 0.7,
        details={"a_date": describe(a), "b_date": describe(b), "gap": f"{minutes} minutes"},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def _draft_moved_clock(data: CheckInput, a: DateClaim, b: DateClaim) -> bool:
    """Whether a checked document (`factcheck check`) gives the event one clock reading of its own
    ("at 4 p.m." where its source says "3:40 p.m."): a reporter rounds a time told second-hand,
    but a summary copies its source's, so a reading off it moves the event, as a wrong day does.
    A summary's own approximation ("around 4 p.m.") stays a loose reading (`close-times`)."""
    return any(data.tiers[name] is Tier.DRAFT and _point(claim) for name, claim in (("a", a), ("b", b)))


def _centre_gap(a: DateClaim, b: DateClaim) -> int | None:
    """Minutes between the clock readings two approximated times are centred on ("around 11:20"
    is 11:15–11:25, centred on 11:20), in UTC when both offsets are known, else on the local
    clock; None unless both are intervals around a reading (`_around`)."""
    for utc in (True, False):
        ca, cb = a.clock_minutes(utc), b.clock_minutes(utc)
        if ca is not None and cb is not None:
            if not (_around(ca) and _around(cb)):
                return None
            gap = abs((ca[0] + ca[1]) // 2 - (cb[0] + cb[1]) // 2) % DAY_MINUTES
            return min(gap, DAY_MINUTES - gap)
    return None


def _around(clock: tuple[int, int]) -> bool:
    """An interval "around" a reading, as times.yaml widens one: five minutes either side of a
    five-minute mark, ten of an hour or half hour ("around 3 am"); not a one-sided "shortly after
    3 a.m." (03:00–03:30) nor "just before 8" (07:40–08:00)."""
    half, twice_middle = (clock[1] - clock[0]) / 2, clock[0] + clock[1]
    middle = twice_middle // 2
    return twice_middle % 2 == 0 and ((half == 5 and middle % 5 == 0) or (half == 10 and middle % 30 == 0))


def _span(claim: DateClaim) -> int:
    """Minutes a time of day in words spans ("in the early hours" is 00:00–05:30), 0 for a clock
    reading or a clock widened by an approximator (at most an hour: "around 3 am")."""
    clock = claim.clock_minutes(False) or claim.clock_minutes(True)
    if clock is None or clock[1] - clock[0] <= 60:
        return 0
    return clock[1] - clock[0]


def _point(claim: DateClaim) -> bool:
    """A time given as one clock reading, not an interval ("around 7:45" is one)."""
    return claim.time_start is not None and claim.time_start == claim.time_end


def _to_the_minute(claim: DateClaim) -> bool:
    """A time written to the minute, off the five-minute marks ("10:33 am"): no rounding."""
    return _point(claim) and int(str(claim.time_start)[-2:]) % 5 != 0


def _rounded(claim: DateClaim) -> bool:
    """A time a reporter gives loosely: approximated ("around 2 a.m.", an interval) or on the hour
    or half hour ("11 am", "8.30 pm"), which is how a time reported later or second-hand reads."""
    if claim.time_start is None:
        return False
    return claim.time_start != claim.time_end or str(claim.time_start).endswith((":00", ":30"))


def weekday_mismatch(data: CheckInput) -> Verdict | None:
    """A weekday written next to a date is not that date's weekday. Days listed after weekdays
    listed ("Wednesday and Thursday, June 30 and July 1") carry the last weekday, their last day's."""
    a = data.matched["a"]
    assert isinstance(a, DateClaim)
    if a.weekday is None:
        return None
    if a.start != a.end and (a.precision is not Precision.DAYS or a.weekday_in_words()):
        return None  # a span its own weekday is written with ("Saturday, June 25" of no known year)
    actual = WEEKDAYS[a.end.weekday()]
    if a.weekday.lower() == actual:
        return None
    return Verdict(
        outcome="wrong-weekday",
        confidence=0.9 if not a.relative else 0.7,
        details={"weekday": a.weekday, "date": a.end.isoformat(), "actual": actual.capitalize()},
        likely_wrong="a",
    )


class ZonesParams(Params):
    """From how many minutes apart two zones' clocks of one moment are two moments."""

    apart_minutes: int = Field(
        60,
        ge=1,
        le=12 * 60,
        description="a gap of at least this many minutes is `clocks-apart`, less is `clock-slip`",
    )


def zones_disagree(data: CheckInput) -> Verdict | None:
    """One time written in two zones names two moments ("9:00 AM UTC (3 AM EDT)")."""
    a = data.matched["a"]
    assert isinstance(a, DateClaim)
    if not a.zone_gap or a.time_again is None or a.time_start is None:
        return None  # 0: the two zones' clocks name one moment
    gap = a.zone_gap
    apart = gap >= int(data.params["apart_minutes"])
    return Verdict(
        outcome="clocks-apart" if apart else "clock-slip",
        confidence=0.9,
        details={
            "first": f"{a.time_start} {a.zone or 'local time'}",
            "second": f"{a.time_again} {a.zone_again or ''}".strip(),
            "gap": _minutes_apart(gap),
        },
        likely_wrong="a",
    )


def _minutes_apart(gap: int) -> str:
    """A gap in minutes as a reader says it: "1 minute", "30 minutes", "11 h 30 min"."""
    if gap < 60:
        return f"{gap} minute{'s' if gap != 1 else ''}"
    hours, minutes = divmod(gap, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} hour{'s' if hours != 1 else ''}"


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


def precise_enough(d: DurationClaim, start: DateClaim) -> bool:
    """True when a date is precise enough to test the duration: no wider than half of it (a
    year-only date says nothing of "two days after", but does of "three years after")."""
    return (start.end - start.start).days <= max(0.0, d.interval_days()[0] / 2)


def span_fits(d: DurationClaim, start: DateClaim, params: SpanParams | None = None) -> bool:
    """True when the days from `start` to the date `d`'s sentence gives fit the duration (True
    when it gives none). A whole number of days counts calendar days, with no `abs_tol_days`."""
    if d.ends_on is None or not precise_enough(d, start):
        return True
    params = params or SpanParams.model_validate({})
    elapsed_low = (d.ends_on.start - start.end).days
    elapsed_high = (d.ends_on.end - start.start).days
    low, high = d.interval_days()
    scale = high if high != float("inf") else low
    calendar_days = d.unit == "days" and d.value is not None and d.value >= 1 and float(d.value).is_integer()
    slack = params.rel_tol * scale + (0 if calendar_days else params.abs_tol_days)
    return elapsed_high >= low - slack and elapsed_low <= high + slack


def duration_dated(data: CheckInput) -> Verdict | None:
    """A duration whose sentence dates its end ("on July 22, two days after the quake struck")
    does not fit the date of the event it counts from. A whole number of days counts calendar
    days ("a day after" a crash on December 18 is December 19); longer spans get `abs_tol_days`."""
    d, start = data.matched["d"], data.matched["from"]
    assert isinstance(d, DurationClaim)
    assert isinstance(start, DateClaim)
    if d.ends_on is None or span_fits(d, start, SpanParams.model_validate(data.params)):
        return None
    end = d.ends_on
    elapsed_low = (end.start - start.end).days
    elapsed_high = (end.end - start.start).days
    return Verdict(
        outcome="duration-mismatch",
        confidence=0.85 if elapsed_low == elapsed_high else 0.7,
        details={
            "elapsed": _elapsed(elapsed_low, elapsed_high, d.unit),
            "from_date": describe(start),
            "to_date": end.start.isoformat() if end.start == end.end else f"{end.start}…{end.end}",
        },
        likely_wrong="d" if data.tiers["from"].rank > data.tiers["d"].rank else None,
    )


def _elapsed(low_days: int, high_days: int, unit: str) -> str:
    """'0 days', '1.6–2.6 years': the time between two dates in a duration's unit."""
    factor = {"days": 1.0, "weeks": 7.0, "months": 30.44, "years": 365.25}[unit]
    low, high = fmt_number(round(low_days / factor, 1)), fmt_number(round(high_days / factor, 1))
    return f"{low} {unit}" if low == high else f"{low}–{high} {unit}"


class ApartParams(Params):
    """How far apart two sources' figures for one duration may be."""

    rel_tol: float = Field(0.1, ge=0.0, le=1.0, description="slack as a share of the longer duration")
    exact_rel_tol: float = Field(
        0.0, ge=0.0, le=1.0, description="the slack instead, for two exact whole numbers of one unit"
    )


_SPAN_UNITS = ((1 / 1440, "minutes"), (1 / 24, "hours"), (1.0, "days"))


def _span_unit(days: float) -> tuple[float, str]:
    """The unit two durations are shown in: minutes under two hours, hours under two days."""
    if days < 2 / 24:
        return _SPAN_UNITS[0]
    if days < 2:
        return _SPAN_UNITS[1]
    return _SPAN_UNITS[2]


def _whole(claim: DurationClaim) -> bool:
    """True for a figure written as an exact whole number of its unit (no approximator)."""
    return claim.approx is None and claim.value is not None and float(claim.value).is_integer()


# the frames of states several people may be in for lengths of their own (extract/durations.py)
_PEOPLES_STATES = frozenset(
    auto_frame(Family.SPAN, f"{state}.for") for state in ("at-large", "captive", "stranded")
)


def _grown(a: DurationClaim, b: DurationClaim, slack: float) -> bool:
    """True when a state's length in a later report ("his nine days on the run", day 9) is the
    earlier report's ("his six days on the run", day 6) grown by no more than the days between
    the two reports: the state went on, no figure is wrong. A later figure that is shorter, or
    longer by more than the days between, is still a conflict."""
    if a.as_of is None or b.as_of is None or a.as_of == b.as_of:
        return False
    between = abs((b.as_of - a.as_of).days)
    early, late = (a, b) if a.as_of < b.as_of else (b, a)
    e_low, e_high = early.interval_days()
    l_low, l_high = late.interval_days()
    return l_high + slack >= e_low and l_low <= e_high + between + slack


def _shown_length(claim: DurationClaim, factor: float, unit: str) -> str:
    """A length as the finding says it: in the pair's unit to one decimal, or, for an exact length
    written in parts, in its parts ("2 hours and 20 minutes" is "2 h 20 min", not "2.3 hours")."""
    days = (claim.value or 0.0) * DAYS_PER_UNIT[claim.unit]
    parts = length_in_parts(days * 86400) if claim.approx is None else None
    return parts or f"{fmt_number(round(days / factor, 1))} {unit}"


def duration_apart(data: CheckInput) -> Verdict | None:
    """Two sources give one duration (same frame: "capsized ... after leaving port") figures
    that do not overlap, after unit conversion and their approximators, by more than `rel_tol`.
    A vague or ranged duration ("within minutes", "hours later") is never compared."""
    a, b = pair(data, DurationClaim)
    if a.value is None or b.value is None:
        return None
    if _other_ends(a, b):
        return None
    a_low, a_high = a.interval_days()
    b_low, b_high = b.interval_days()
    exact = a.unit == b.unit and _whole(a) and _whole(b)  # "14 years" and "13 years"
    share = float(data.params["exact_rel_tol" if exact else "rel_tol"])
    slack = share * max(a_high, b_high, 0.0)
    if a_high == float("inf") or b_high == float("inf"):
        slack = share * max(a_low, b_low)
    if a_low <= b_high + slack and b_low <= a_high + slack:
        return None
    if _grown(a, b, slack):
        return None
    factor, unit = _span_unit(min(a.value * DAYS_PER_UNIT[a.unit], b.value * DAYS_PER_UNIT[b.unit]))
    shown = {name: _shown_length(claim, factor, unit) for name, claim in (("a_value", a), ("b_value", b))}
    # "the strongest in 14 years": which past event counts as comparable is the speaker's call
    record = in_family(a.subject, Family.SPAN) and a.subject.startswith(auto_frame(Family.SPAN, "since-"))
    # "a boy was trapped for 30 hours", "a woman was trapped for 70 hours": one state's frame holds
    # every person in it, so two lengths may be two people's
    state = a.subject in _PEOPLES_STATES
    return Verdict(
        outcome="record-apart" if record else "state-lengths-apart" if state else "durations-apart",
        confidence=0.8,
        details=shown,
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def _named_event(ident: str | None) -> bool:
    """True for a registry's own event id: not a stand-in, an automatic frame or an unlinked id."""
    return bool(ident) and not (is_stand_in(ident) or is_auto(ident) or parse_unlinked(ident) is not None)


def _other_ends(a: DurationClaim, b: DurationClaim) -> bool:
    """True when the two lengths count from, or to, two different events the registry names:
    "two days after Matviyenko told Belarus television" and "100 days after the war" are filed
    under one subject of days before the trip, but they are two spans (seed summaries, session 40).
    Automatic frames are left to their subject, which already names both ends."""
    return any(
        _named_event(mine) and _named_event(theirs) and mine != theirs
        for mine, theirs in ((a.from_event, b.from_event), (a.to_event, b.to_event))
    )


CHECKS = (
    spec(
        "date_conflict",
        date_conflict,
        outcomes=["disjoint-dates", "different-times", "close-times"],
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
        "zones_disagree",
        zones_disagree,
        outcomes=["clocks-apart", "clock-slip"],
        details=["first", "second", "gap"],
        patterns=("a",),
        params=ZonesParams,
    ),
    spec(
        "duration_span",
        duration_span,
        outcomes=["duration-mismatch"],
        details=["elapsed", "from_date", "to_date"],
        patterns=("d", "from", "to"),
        params=SpanParams,
    ),
    spec(
        "duration_apart",
        duration_apart,
        outcomes=["durations-apart", "record-apart", "state-lengths-apart"],
        details=["a_value", "b_value"],
        params=ApartParams,
    ),
    spec(
        "duration_dated",
        duration_dated,
        outcomes=["duration-mismatch"],
        details=["elapsed", "from_date", "to_date"],
        patterns=("d", "from"),
        params=SpanParams,
    ),
)
