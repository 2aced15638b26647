"""Checks on counts: counts far apart, a number outside tolerance."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from pydantic import Field

from factcheck.extract.frames import AGE_UNITS, STAGE_FRAME, default_table, is_tally, may_fall
from factcheck.extract.numbers import CURRENCIES, ordinal_suffix
from factcheck.model import QuantityClaim
from factcheck.model.ids import Family, frame_slug, in_family, is_auto, is_draft_source
from factcheck.model.quantifiers import APPROXIMATORS, directional, normalise, pointing
from factcheck.model.records import NEXT_DAY_UNORDERED
from factcheck.rules.checks.base import CheckInput, Params, Verdict, fmt_interval, lower_tier_side, pair, spec
from factcheck.rules.checks.units import converted, pint_name

_CURRENCY_CODES = frozenset(CURRENCIES.values())  # the units of sums of money (USD, GBP, EUR, INR)


def _comparable(a: QuantityClaim, b: QuantityClaim) -> str | None:
    """How two counts relate: 'same', 'a-broader', 'b-broader', or None (never compare).

    Counts with different units, or qualifiers neither of which contains the other
    ("civilian" vs "military"), are different things and are not compared. Two counts in one
    automatic count frame (auto.count.deaths) count the same thing whatever noun they use
    ("381 dead", "381 people"); measures in convertible units are compared after conversion.
    """
    same_count_frame = a.subject == b.subject and in_family(a.subject, Family.COUNT)
    if a.unit.lower() != b.unit.lower() and not same_count_frame and _interval(b, a.unit) is None:
        return None
    qa, qb = set(a.qualifiers), set(b.qualifiers)
    if qa == qb:
        return "same"
    if qa < qb:
        return "a-broader"
    if qb < qa:
        return "b-broader"
    return None


def _interval(claim: QuantityClaim, unit: str) -> tuple[float, float] | None:
    """The claim's interval in `unit`: as is when the units match, converted when they can be."""
    if claim.unit.lower() == unit.lower():
        return claim.interval()
    return converted(*claim.interval(), claim.unit, unit)


def _gap_ratio(small: tuple[float, float], big: tuple[float, float]) -> float:
    """How many times the bigger interval's low end exceeds the smaller one's high end."""
    if small[1] <= 0:
        return math.inf if big[0] > 0 else 1.0
    return big[0] / small[1]


def _oriented(a: QuantityClaim, b: QuantityClaim) -> tuple[float, str, str] | None:
    """(ratio, smaller side, bigger side) for the direction in which a gap is a contradiction."""
    relation = _comparable(a, b)
    if relation is None:
        return None
    ia, ib = a.interval(), _interval(b, a.unit) or b.interval()
    candidates = []
    # A broader count may exceed a narrower one freely; it may never be far below it.
    if relation in ("same", "a-broader"):
        candidates.append((_gap_ratio(ia, ib), "a", "b"))
    if relation in ("same", "b-broader"):
        candidates.append((_gap_ratio(ib, ia), "b", "a"))
    ratio, small, big = max(candidates)
    return (ratio, small, big) if ratio > 1.0 else None


def report_order(a: QuantityClaim, b: QuantityClaim) -> str | None:
    """For two running figures: 'same' time, 'a-first', 'b-first', or 'unknown' (the same day
    not both timed, or a time not known: a report dated only to the month, an earlier figure);
    None when either is not a running figure."""
    x, y = a.as_of, b.as_of
    if not (in_family(a.subject, Family.COUNT) and in_family(b.subject, Family.COUNT)):
        return None  # curated counts keep their own as_of and qualifiers: compared as before
    if not (a.running or x is not None) or not (b.running or y is not None):
        return None
    if x is None or y is None:
        return "unknown"
    if isinstance(x, dt.datetime) and isinstance(y, dt.datetime):
        return "same" if x == y else ("a-first" if x < y else "b-first")
    dx, dy = _day(x), _day(y)
    if dx == dy:
        return "unknown"
    return "a-first" if dx < dy else "b-first"


def figure_updated(
    a: QuantityClaim,
    b: QuantityClaim,
    small: str,
    slight: bool = False,
    far: bool = False,
    min_ratio: float = 3.0,
) -> Verdict | None:
    """A running figure that differs between reports of different times is an update (info),
    unless the later report gives a lower figure without calling it a revision; only a state
    (missing, trapped) may fall, by less than `min_ratio`. Reports of
    unknown order (one day without hours, a report dated only by its month, a lower figure a
    day after a figure marked as a stage, when either lacks its hour and the fall is less than
    `min_ratio`: `_next_day`) are not different
    times: their figures are an update only when they may still be of different times
    (`_apart_in_time`; `far`: the gap is FC101's, `min_ratio` or more); else they are compared."""
    order = report_order(a, b)
    if order is None or order == "same" or _one_stage(a, b, order, far):
        return None
    claims = {"a": a, "b": b}
    big = "b" if small == "a" else "a"
    later = "b" if order == "a-first" else "a"
    fell = (
        order != "unknown"
        and later == small
        and not claims[later].revised
        and not _may_have_fallen(claims[small], claims[big], min_ratio)
    )
    next_day = False
    if (
        fell
        and not far
        and (_staged(claims[big]) or _toll_behind(claims[small], claims[big]))
        and _next_day(a, b)
    ):
        # the earlier, higher figure is marked by its text as a stage of a count still changing
        # ("at least 50", "so far"), and the lower one is dated the next day: two publication
        # days may be one moment in two time zones (an agency's evening of the 12th is the 13th
        # where it happened), so no order is known. An unmarked earlier figure, a lower figure
        # marked as a stage, a fall to a third or less (`far`) and days that cannot overlap
        # (`_next_day`) stay a conflict. So is a lower figure whose report gives a lower death
        # toll than the higher figure's (`_toll_behind`): by the story's clock it was written
        # first, whatever the two publication days say
        order, fell, next_day = "unknown", False, True
    if fell:
        return None  # fell without a word of revision: a conflict
    # a next-day pair is of unknown order by the earlier figure's stage word: that word cannot
    # also be the sign that the two were written at different stages
    spent = claims[big] if next_day else None
    if order == "unknown" and not (slight or _apart_in_time(a, b, far, min_ratio, spent)):
        # no known order and no sign of a change between them: two figures of one time; a
        # slight gap (a few apart, a bound crossed) is what an hour's update looks like
        return None
    if next_day:
        why = NEXT_DAY_UNORDERED
    elif order == "unknown":
        why = "reports of unknown order"
    else:
        # people missing or trapped are found or freed: a later report's somewhat lower figure
        # is its next stage, as a rise is
        why = ("revised down" if claims[later].revised else "fell") if later == small else "rose"
    first, second = (
        (claims[small], claims[big]) if why not in ("revised down", "fell") else (claims[big], claims[small])
    )
    return Verdict(
        outcome="figure-updated",
        confidence=0.5,
        details={
            "a_value": fmt_interval(*a.interval()),
            "b_value": fmt_interval(*b.interval()),
            "percent": "",
            "apart": NEXT_DAY_UNORDERED if next_day else "",
            "ratio": "",
            "small": fmt_interval(*first.interval()),
            "big": fmt_interval(*second.interval()),
            "unit": a.unit,
            "why": why,
        },
    )


# the widest offsets of a local day from UTC: a publication day runs from its 00:00 at UTC+14
# to its 24:00 at UTC-12
_EARLIEST, _LATEST = dt.timedelta(hours=14), dt.timedelta(hours=12)


def _next_day(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether the two figures' reports are dated one day apart, at least one without its hour,
    and may still be of one moment: a publication day is the outlet's own, so the two may be
    hours apart either way, unless the other report's hour falls outside every zone's span of
    that day (UTC-12..UTC+14; a time without a zone may itself be of any of them)."""
    x, y = a.as_of, b.as_of
    if x is None or y is None or (isinstance(x, dt.datetime) and isinstance(y, dt.datetime)):
        return False
    if abs((_day(x) - _day(y)).days) != 1:
        return False
    timed, day = (x, y) if isinstance(x, dt.datetime) else (y, x)
    if not isinstance(timed, dt.datetime):
        return True
    start = dt.datetime.combine(day, dt.time()) - _EARLIEST
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()) + _LATEST
    if timed.tzinfo is None:
        low, high = timed - _LATEST, timed + _EARLIEST  # its own zone unknown
    else:
        low = high = timed.astimezone(dt.UTC).replace(tzinfo=None)
    return low < end and high > start


def _day(when: dt.date) -> dt.date:
    """The day of a report's time (a datetime's date)."""
    return when.date() if isinstance(when, dt.datetime) else when


def _may_have_fallen(small: QuantityClaim, big: QuantityClaim, min_ratio: float) -> bool:
    """Whether a later, lower figure may be the next stage of a state (missing, trapped: frames.yaml
    `falls`) rather than a conflict: a fall of `min_ratio` or more (30 trapped, then 3) is not,
    nor is any fall of a count of what has happened (deaths, evacuated, displaced, in hospital)."""
    if not may_fall(small.subject):
        return False
    if _rescue_explains(small, big):
        return True
    return small.interval()[1] > 0 and _gap_ratio(small.interval(), big.interval()) < min_ratio


def _rescue_explains(small: QuantityClaim, big: QuantityClaim) -> bool:
    """Whether people rescued account for a state's fall (trapped, missing: frames.yaml `falls`),
    whatever its size: the lower figure's report gives its own rescued count, and the fall is no
    more than the rescues it gives beyond the higher figure's report ("115 miners were pulled out
    alive, while 38 remained trapped" against 153 or 144 trapped, no rescue given). Exact figures
    only: a rounded or open one explains nothing."""
    if not may_fall(small.subject) or small.report_rescued is None:
        return False
    if small.value is None or big.value is None or small.approx or big.approx:
        return False
    fall, rescues = big.value - small.value, small.report_rescued - (big.report_rescued or 0)
    # the rescues make up the fall, give or take a tenth of the higher count ("38 remained" after
    # 115 rescued meets 153 or 144 trapped; "90 remained" after 115 rescued is not 153 less them)
    return fall > 0 and rescues > 0 and abs(fall - rescues) <= max(2.0, 0.1 * big.value)


def _apart_in_time(
    a: QuantityClaim, b: QuantityClaim, far: bool, min_ratio: float, spent: QuantityClaim | None = None
) -> bool:
    """Whether two running figures of reports of unknown order may still be of different times:
    a text marks one as a stage of a changing count; the count is a tally (it only grows, hour by
    hour), unless both are their reports' own death tolls of one day and the gap is FC101's (30
    dead against 300 the same day is an error, not an hour's count); or their reports' death
    tolls are themselves an update (less than `min_ratio` apart: 30 and 45 dead were written at
    different stages; 30 and 300 the same day were not). A figure of unknown time (a report dated
    to its month alone) may be of any stage: a tally, or any difference of tolls or a missing one.
    Two reports at one death toll are of one stage, so a state's "still missing" or "remain in
    critical condition" there marks no time apart (`_staged`). `spent`: a figure whose stage word
    already made the order unknown (a next-day pair), which cannot count twice."""
    one_toll = _one_toll(a, b)
    if any(_staged(c, one_toll, far) for c in (a, b) if c is not spent):
        return True
    lower, higher = sorted((a, b), key=lambda c: c.value if c.value is not None else math.inf)
    if _rescue_explains(lower, higher):
        return True  # the lower report's rescues were made between the two
    month_only = a.as_of is None or b.as_of is None
    if is_tally(a.subject) and (month_only or not (far and _leads(a) and _leads(b))):
        return True
    tolls = (a.report_toll, b.report_toll)
    if None in tolls:
        return month_only and tolls != (None, None)  # a month-only report's stage cannot be told
    if tolls[0] == tolls[1]:
        return False
    low, high = sorted(float(t or 0) for t in tolls)
    return month_only or (low > 0 and high / low < min_ratio)


def _one_stage(a: QuantityClaim, b: QuantityClaim, order: str, far: bool = False) -> bool:
    """Whether two reports give the figure at one stage of the story, whatever their days or
    hours (issue 12, session 29): both give one death toll and one rescued count, or (for a state
    such as missing or trapped in reports of one day, not a tally that grows with no toll to show
    it) neither gives either, both figures are written exact (no "at least", "about", "more
    than"), and no text marks either in words as a stage of a count still changing (`_worded`).
    `order`: the two reports' `report_order`, neither None nor "same". The toll is the story's clock: two
    reports at the same toll give their injured or their children among the dead for one moment,
    so a gap between two exact figures (28 and 31 injured at 121 dead, a day apart; seven and
    nine children among 24 dead) is one report's error, not an update. Not at one stage: a
    figure written open or rounded ("more than 400 aftershocks", "about 3,000 police": a tally
    still being counted while the toll stands, session 20); a figure of no time (`as_of` unset: a
    report dated only to its month, or a figure its text gives as an earlier one, "initially ...
    including 20 children"), which may be of any; and a death toll against a death toll, as at
    one toll a figure that is not the report's own toll ("19 in Moore" of 24) is a part or an
    earlier one."""
    if a.as_of is None or b.as_of is None or a.approx or b.approx:
        return False
    if (a.report_toll, a.report_rescued) != (b.report_toll, b.report_rescued):
        return False  # one toll and one rescued count, or neither report gives either
    no_toll = a.report_toll is None and a.report_rescued is None
    if no_toll and (is_tally(a.subject) or order != "unknown"):
        # with no toll to tell the stage, only a state (missing, trapped) in reports of unknown
        # order (one day, not both timed: `report_order`) is of one stage: a tally (injured) may
        # have grown, and any count over days or hours ("Twelve workers were trapped" at 09:00,
        # "Nine were still trapped" at 15:00)
        return False
    if STAGE_FRAME in (a.subject, b.subject):
        return False
    return not (_worded(a, far) or _worded(b, far))


def _worded(claim: QuantityClaim, far: bool = False) -> bool:
    """Whether the text marks the figure in words as one stage of a count still changing ("rose
    to", "so far", "as of", "revised": frames.yaml `running`), between reports at one death toll.
    Words that say a state holds ("still missing") mark no change (`_staged`; but they do when
    the gap is FC101's, `far`, as there the reports may be hours apart), and a revision in
    the clause of a part of the death toll ("lowered the toll to 24, including seven children")
    is the toll's, which both reports give."""
    part = claim.subject.startswith(f"{STAGE_FRAME}.")
    revision = default_table().running.get("revised")
    if claim.revised and not part:
        return True
    if claim.stage is None:
        return False
    if part and revision is not None and revision.fullmatch(claim.stage):
        return False
    return far or not (may_fall(claim.subject) and _holds(claim.stage))


def _toll_behind(lower: QuantityClaim, higher: QuantityClaim) -> bool:
    """Whether the report of a later, lower figure gives a lower death toll than the report of
    the earlier, higher one (session 30): the death toll is the story's clock, so that report was
    written at an earlier stage, and the publication days, one apart, may be one outlet's evening
    and another's morning or a wire story carried a day late ("672 injured" at 820 dead on the
    10th beside "1,204 injured" at 1,037 dead on the 9th). Not for the toll itself, whose fall is
    what is being judged, nor a report that gives no toll."""
    if STAGE_FRAME in (lower.subject, higher.subject):
        return False
    tolls = lower.report_toll, higher.report_toll
    return tolls[0] is not None and tolls[1] is not None and tolls[0] < tolls[1]


def _leads(claim: QuantityClaim) -> bool:
    """Whether the figure is its report's own death toll (its lead figure, `report_toll`)."""
    return claim.subject == STAGE_FRAME and claim.value is not None and claim.value == claim.report_toll


def _staged(claim: QuantityClaim, one_toll: bool = False, far: bool = False) -> bool:
    """Whether the text marks the figure as one stage of a count still changing: words of a
    change or of time ("rose to", "so far", "initially", "revised"; `stage`), or a count open
    upwards ("at least 44", "more than 300"), the way news text writes a toll still being counted.
    `one_toll`: the two reports give one death toll, so words saying a state holds at the moment
    of writing ("still missing", "remain in critical condition": frames.yaml `running: holds`)
    are no sign that the two were written at different stages, for a state that may fall (missing,
    trapped: frames.yaml `falls`) by less than FC101's gap (`far`). A count that only grows
    (evacuated: a fire spreads all day at one toll) or a gap of `min_ratio` or more keeps the word
    as a stage: FC101 would grade it critical, where the reports may be hours apart."""
    if claim.revised or pointing(claim.approx) is True:
        return True
    if claim.stage is None:
        return False
    return not (one_toll and not far and may_fall(claim.subject) and _holds(claim.stage))


def _holds(stage: str) -> bool:
    """Whether a stage word only says a state holds now ("still", "remain")."""
    holds = default_table().running.get("holds")
    return holds is not None and holds.fullmatch(stage) is not None


def _one_toll(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether the two figures' reports give one death toll (each report's lead figure) and one
    rescued count (`report_rescued`, or none in both): written at one stage of the story. People
    found alive leave the toll where it was while the missing count falls, so a report that gives
    a rescue (or another number rescued) was written at another stage."""
    return (
        a.report_toll is not None and a.report_toll == b.report_toll and a.report_rescued == b.report_rescued
    )


class FarApartParams(Params):
    """How far apart two counts must be to contradict each other."""

    min_ratio: float = Field(3.0, gt=1.0, le=1e6, description="the bigger count / the smaller one")


class ToleranceParams(Params):
    """The relative gap tolerated, and the ratio from which magnitude_gap reports instead."""

    rel_tol: float = Field(0.1, ge=0.0, le=10.0, description="tolerated relative difference")
    exact_rel_tol: float = Field(
        0.0,
        ge=0.0,
        le=10.0,
        description="tolerated relative difference between two exact whole numbers (no approximator)",
    )
    min_ratio: float = Field(3.0, gt=1.0, le=1e6, description="from this ratio FC101 reports it")
    approx_rel_tol: float = Field(
        0.2,
        ge=0.0,
        le=10.0,
        description="stated values of figures written with 'about' further apart than this differ",
    )
    close_gap: float = Field(
        5.0,
        ge=0.0,
        le=1e6,
        description="two exact counts at most this far apart (and within rel_tol) are close-counts",
    )


def _percentage(claim: QuantityClaim) -> bool:
    """Whether a figure is a percentage ("54%", "54 per cent")."""
    return claim.unit == "%"


def _age(claim: QuantityClaim) -> bool:
    """Whether a claim is a person's age framed by the person (auto.measure.age.<person>)."""
    return (
        claim.unit.lower() in AGE_UNITS
        and in_family(claim.subject, Family.MEASURE)
        and frame_slug(claim.subject, Family.MEASURE).startswith("age.")
    )


# reports this many days apart or more may straddle a birthday (FC102 ages)
BIRTHDAY_DAYS = 30


def _birthday_between(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two ages one year apart may both be right: their reports' days (`as_of`, set on
    ages at extraction) are BIRTHDAY_DAYS or more apart, or either is unknown."""
    if a.value is None or b.value is None or abs(float(a.value) - float(b.value)) != 1:
        return False
    if a.as_of is None or b.as_of is None:
        return True
    return abs((_day(a.as_of) - _day(b.as_of)).days) >= BIRTHDAY_DAYS


def _rank(claim: QuantityClaim) -> bool:
    """Whether the figure is a rank ("the 10th largest port": auto.measure.rank.*), an ordinal
    with no magnitude: 3rd and 10th are not "3× apart", they are two different places in a list."""
    return in_family(claim.subject, Family.MEASURE) and frame_slug(claim.subject, Family.MEASURE).startswith(
        "rank."
    )


def _different_rank(a: QuantityClaim, b: QuantityClaim) -> Verdict | None:
    """Two ranks by one measure that differ: a secondary detail given differently (minor)."""
    if _comparable(a, b) != "same" or a.interval() == b.interval() or _oriented(a, b) is None:
        return None
    return Verdict(
        outcome="different-rank",
        confidence=0.6,
        details={
            "a_value": fmt_interval(*a.interval()),
            "b_value": fmt_interval(*b.interval()),
            "percent": "",
            "apart": f"ranks differ: {_ordinal(a.value)} vs {_ordinal(b.value)}",
        },
    )


def _ordinal(value: float | None) -> str:
    """A rank as English writes it: 1st, 2nd, 3rd, 11th, 22nd."""
    if value is None or not float(value).is_integer():
        return "?" if value is None else f"{value:g}th"
    number = int(value)
    return f"{number}{ordinal_suffix(number)}"


def magnitude_gap(data: CheckInput) -> Verdict | None:
    """Two counts of the same thing are at least `min_ratio` times apart."""
    a, b = pair(data, QuantityClaim)
    if _rank(a):
        return None  # a rank has no magnitude: number_tolerance reports a different rank
    oriented = _oriented(a, b)
    if oriented is None:
        return None
    ratio, small, big = oriented
    if ratio < float(data.params["min_ratio"]):
        return None
    updated = figure_updated(a, b, small, far=True, min_ratio=float(data.params["min_ratio"]))
    if updated is not None:
        return updated
    confidence = min(0.99, 0.6 + 0.3 * math.log10(ratio))
    claims = {"a": a, "b": b}
    return Verdict(
        outcome="far-apart",
        confidence=round(confidence, 2),
        details={
            "ratio": f"{ratio:.1f}" if ratio != math.inf else "∞",
            "small": fmt_interval(*claims[small].interval()),
            "big": fmt_interval(*claims[big].interval()),
            "unit": a.unit,
        },
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


# a length or weight written as a whole number to this many significant digits is precise: "948
# feet", "6,825 tons" (not "85 miles", "6,800 tons", "1.7 metres")
PRECISE_DIGITS = 3


def _exact(claim: QuantityClaim) -> bool:
    """A figure no rounding widens, so another exact figure in its unit that differs at all
    differs: a count written as a whole number with no approximator ("189 people"); a measure
    written as a whole number to PRECISE_DIGITS significant digits or more ("the 6,825-ton
    ferry", "a 948-foot ship"). Session 34: the tune stories' gold holds "6,825-ton" against
    "6,325-ton" and "948-foot" against "984-foot" as errors, which `rel_tol` let pass. Other
    measures are left to `rel_tol`: they are rounded and converted ("80 mph (129 km/h)" next to
    "130 km/h", "a 10-metre wave", "1.7 metres"), and so are sums of money with cents ("$38.23"
    is the "$38" of another report) and shares with decimals (a story's "50.8%" and "48.3%" are
    often two candidates or two rounds in one frame)."""
    if claim.approx is not None or claim.value is None:
        return False
    value = float(claim.value)
    if pint_name(claim.unit) is not None:
        return value.is_integer() and _significant_digits(value) >= PRECISE_DIGITS
    return value.is_integer() and not _round(value)


def _significant_digits(value: float) -> int:
    """How many significant digits a whole figure is written to: 3 for 948 and 6,820; 2 for 85,
    6,800 and 1.7 billion."""
    return len(f"{abs(value):.12g}".split("e")[0].replace(".", "").strip("0"))


def _round(value: float) -> bool:
    """A whole hundred or more ending in two zeros ("10,000", "1,200"): how reports round a
    figure ("left 10,000 dead" for the official 9,885), so it is not held to the exact digit."""
    return value >= 100 and value % 100 == 0


def _touching(a: QuantityClaim, b: QuantityClaim) -> tuple[float, str, str] | None:
    """(1.0, smaller side, bigger side) when the two intervals only meet at one number that one
    side's wording excludes: "nearly 200" (below it) and "more than 200" share no figure."""
    ia, ib = a.interval(), _interval(b, a.unit) or b.interval()
    claims = {"a": a, "b": b}
    for small, big, meet, other in (("a", "b", ia[1], ib[0]), ("b", "a", ib[1], ia[0])):
        if meet != other or meet in (0, math.inf):
            continue
        if not (_own_end(claims[small], upper=True) and _own_end(claims[big], upper=False)) and not (
            _count(claims[small]) or _count(claims[big])
        ):
            continue  # one side reaches the other only by its approximator's width
        below = _excludes(claims[small].approx, upper=True)  # "nearly 200": under 200
        above = _excludes(claims[big].approx, upper=False)  # "more than 200": over 200
        bare, bounding = (claims[big], claims[small]) if below else (claims[small], claims[big])
        if (below or above) and not _rounds_to_bound(bare, meet, bounding.approx):
            return 1.0, small, big
    return None


def _own_end(claim: QuantityClaim, upper: bool) -> bool:
    """Whether this end of a figure's interval (its top with `upper`, else its bottom) is the number
    it writes. "almost $1.8 million" reaches "nearly $2 million" only at the bottom of the 10 %
    that "nearly" allows below 2 million, a width no report wrote: no bound is crossed there, while
    "nearly 200" and "more than 200" each write the 200 they meet at. Only sums, percentages and
    measures meet so (`_count`: counts of people still cross there)."""
    factors = _factors(claim.approx)
    if factors is None:
        return True
    low, high = factors
    return high == 1.0 if upper else low == 1.0


def _count(claim: QuantityClaim) -> bool:
    """Whether a figure is a count (people, homes), not a sum of money, a percentage or a measure:
    a count is held to its words at a bound, so "nearly 90 killed" and "nearly 100 killed" (or a
    toll that falls from the one to the other) still cross where they meet, at 90."""
    return claim.unit not in _CURRENCY_CODES and claim.unit != "%" and pint_name(claim.unit) is None


# a percentage that is itself a threshold: "more than 50%" is a majority, which 50% is not
_THRESHOLD_PERCENT = 50.0


def _rounds_to_bound(bare: QuantityClaim, bound: float, other_approx: str | None) -> bool:
    """Whether a figure written with no approximator is the other's bound itself and one reports
    round to it: a sum of money in whole hundreds ("$300,000" beside "nearly $300,000", "$450
    million" beside "over $450 million"), a percentage other than 50% ("44%" beside "nearly
    44%") or a measure beside "nearly" or "almost" it (`other_approx`: "64 tons" beside "nearly
    64 metric tons"; a measure is rounded, which is why FC102 gives measures `rel_tol`), one value
    just inside the bound that one report rounds to the bound and the other writes as it. Every
    other figure at the bound still crosses it: a count ("15 crew", "300 passengers" beside "more
    than 300 passengers"), a measure at a bare bound ("half a mile" beside "less than half a
    mile", "130 mph" beside "more than 130 mph": the bound is the point), a sum not in whole
    hundreds ("a fine of $1,250" beside "more than $1,250"), and 50% beside "more than 50%" (a
    majority is the point of such a bound); so do two bounds on either side ("nearly 200", "more
    than 200")."""
    if bare.approx is not None or bare.value is None or float(bare.value) != bound:
        return False
    if bare.unit == "%":
        return bound != _THRESHOLD_PERCENT
    return (bare.unit in _CURRENCY_CODES and _round(bound)) or (
        pint_name(bare.unit) is not None and _near(other_approx)
    )


def _near(approx: str | None) -> bool:
    """Whether an approximator puts its figure just below its number ("nearly", "almost": the
    bottom of its width is not zero), so that number written bare is the figure rounded; "less
    than half a mile" says only where the distance ends, and "half a mile" crosses it."""
    factors = _factors(approx)
    return factors is not None and factors[1] == 1.0 and factors[0] > 0


def _factors(approx: str | None) -> tuple[float, float | None] | None:
    """The (low, high) factors of a known approximator's width (model/quantifiers.py), else None."""
    if approx is None or normalise(approx) not in APPROXIMATORS:
        return None
    return APPROXIMATORS[normalise(approx)]


def _excludes(approx: str | None, upper: bool) -> bool:
    """Whether the approximator bounds its number from above (`upper`) or below and leaves the
    number itself out ("nearly", "under"; "more than", "over")."""
    if not directional(approx):
        return False
    assert approx is not None
    high = APPROXIMATORS[normalise(approx)][1]
    return high == 1.0 if upper else high is None


def _stated_apart(a: QuantityClaim, b: QuantityClaim, params: Mapping[str, Any]) -> bool:
    """Whether two figures, one written with "about" (or "some", "around"…), state values further
    apart than `approx_rel_tol` ("around 90km" and "some 120 km"): the approximator already widens
    each, so the tolerance on top of that does not make them one figure."""
    rounded = [c for c in (a, b) if c.approx is not None and directional(c.approx) is None]
    if not rounded or a.value is None or b.value is None:
        return False
    theirs = converted(float(b.value), float(b.value), b.unit, a.unit) if b.unit != a.unit else None
    other = theirs[0] if theirs is not None else float(b.value)
    low, high = sorted((float(a.value), other))
    return low > 0 and high / low - 1.0 > float(params["approx_rel_tol"])


def _slight(
    a: QuantityClaim, b: QuantityClaim, exact: bool, rel: float, params: Mapping[str, Any]
) -> str | None:
    """The minor outcome of a gap within `rel_tol` that the wording still does not allow: two
    exact counts a few apart ('close-counts': 15 crew and 16 crew, at most `close_gap` apart), or a
    figure on the wrong side of the other's bound ('bound-crossed': "at least 10,000" against
    9,885); else None."""
    if rel > float(params["rel_tol"]):
        return None
    if exact:
        gap = abs(float(a.value or 0) - float(b.value or 0))
        return "close-counts" if gap <= float(params["close_gap"]) else None
    if directional(a.approx) is not None or directional(b.approx) is not None:
        return "bound-crossed"
    return None


def _hour_apart(a: QuantityClaim, b: QuantityClaim, exact: bool, params: Mapping[str, Any]) -> str | None:
    """'close-counts' for two exact counts at most `close_gap` apart in reports of unknown order,
    whatever the percentage (3 and 4 in hospital): a small count moves by a few within hours."""
    if not exact or report_order(a, b) != "unknown":
        return None
    gap = abs(float(a.value or 0) - float(b.value or 0))
    return "close-counts" if gap <= float(params["close_gap"]) else None


def number_tolerance(data: CheckInput) -> Verdict | None:
    """Two counts of the same thing differ by more than `rel_tol` (but less than a magnitude gap)."""
    a, b = pair(data, QuantityClaim)
    if _rank(a):
        return _different_rank(a, b)
    if _comparable(a, b) != "same":
        return None
    oriented = _oriented(a, b) or _touching(a, b)
    if oriented is None:
        return None  # the intervals overlap
    ratio, small, _ = oriented
    if ratio >= float(data.params["min_ratio"]):
        return None  # magnitude_gap reports that, graded higher
    claims = {"a": a, "b": b}
    if claims[small].interval()[1] == 0:
        return None
    rel = ratio - 1.0
    exact = _exact(a) and _exact(b) and a.unit.lower() == b.unit.lower()
    tolerance = data.params["exact_rel_tol"] if exact else data.params["rel_tol"]
    # two exact ages of one person are not "close": nothing rounds an age and it does not move
    # in hours, so 82 against 83 is one report's error (major), not a count a few apart; but one
    # year apart in reports 30 days or more apart, or of unknown days, a birthday may lie between:
    # graded as any two close counts (minor)
    ages = exact and _age(a) and _age(b)
    slight = (
        None
        if ages and not _birthday_between(a, b)
        else _slight(a, b, exact, rel, data.params) or _hour_apart(a, b, exact, data.params)
    )
    if ages and slight == "close-counts":
        slight = "close-ages"  # both may be right: a birthday between the reports (minor)
    elif slight == "close-counts" and _percentage(a) and _percentage(b):
        # whole percentages a few points apart (51% and 54% of one thing) are how reports round
        # and update a share, not one report's miscount of people: minor, as close ages
        slight = "close-percents"
    if rel <= float(tolerance) and slight is None and not _stated_apart(a, b, data.params):
        return None
    updated = figure_updated(a, b, small, slight is not None, min_ratio=float(data.params["min_ratio"]))
    if updated is not None:
        return updated
    return Verdict(
        outcome=slight or "outside-tolerance",
        confidence=round(min(0.95, 0.5 + rel), 2),
        details={
            "percent": f"{rel * 100:.0f}",
            "apart": f"{rel * 100:.0f} % apart",
            "a_value": fmt_interval(*a.interval()),
            "b_value": fmt_interval(*b.interval()),
        },
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def within_source(data: CheckInput) -> Verdict | None:
    """One report gives two figures for one automatic frame of a fixed quantity that disagree
    ("173 people on board" and "189 people aboard"; "more than two miles" and "about 10,000
    feet"), when neither is a running figure, or a checked draft's own figure."""
    a, b = pair(data, QuantityClaim)
    if a.source != b.source or a.id == b.id or is_draft_source(a.source):
        return None
    if a.subject != b.subject or not is_auto(a.subject) or _overlap(a.span, b.span):
        return None  # curated subjects keep their own checks; one span read twice is one figure
    if (
        a.running
        or b.running
        or (a.as_of is not None and not _age(a))
        or (b.as_of is not None and not _age(b))
    ):
        # a running figure changes as a report's own story unfolds ("rose from six to 12",
        # "initially put the toll at eight", "by evening that number had more than doubled"):
        # two of them in one report are steps of an update as often as a slip
        return None
    # one report's figures of one time: compared as fixed figures (no update between them)
    # (an age keeps its report day: one report's two ages are of one day)
    fixed = {
        name: c.model_copy(update={"running": False, "as_of": c.as_of if _age(c) else None})
        for name, c in (("a", a), ("b", b))
    }
    same_time = CheckInput(fixed, data.tiers, data.params)
    found = number_tolerance(same_time) or magnitude_gap(same_time)
    if found is None:
        return None
    values = {"a_value": fmt_interval(*a.interval()), "b_value": fmt_interval(*b.interval())}
    return Verdict(found.outcome, found.confidence, {**found.details, **values})


# --------------------------------------------------------------------------- tolerance as data
# Two plain figures (one positive number each, nothing else a check reads) meet the checks above
# only through their two values and whether both are exact whole counts. For them the checks'
# verdicts are these functions of (smaller, bigger, exact), which are monotone in the gap: seen
# from one figure, the others in sorted order pass, then are close counts, then outside the
# tolerance, then far apart. engine/sweep.py relies on that to compare a big subject's plain
# figures by sorted bands instead of pair by pair; tests/test_sweep.py holds these functions
# to the checks' own verdicts.


def plain_point(claim: QuantityClaim) -> bool:
    """Whether a count is one positive number and nothing else any quantity check reads: no
    approximator, range, vague word or qualifier, not a running figure or a stage of one, not a
    rank, an age or a percentage."""
    value = claim.value
    return (
        value is not None
        and value > 0
        and claim.approx is None
        and claim.vague is None
        and claim.low is None
        and claim.high is None
        and not claim.qualifiers
        and claim.as_of is None
        and not claim.running
        and not claim.revised
        and claim.stage is None
        and claim.report_toll is None
        and claim.report_rescued is None
        and not _rank(claim)
        and not _age(claim)
        # two whole percentages a few points apart are "close-percents" (minor), an outcome
        # number_tolerance_point does not predict: a percent subject runs pair by pair
        and not _percentage(claim)
        and claim.interval() == (float(value), float(value))
    )


def exact_point(claim: QuantityClaim) -> bool:
    """Whether a plain figure is exact: a whole count or a precise measure (held to
    `exact_rel_tol`, see _exact)."""
    return _exact(claim)


def magnitude_gap_point(
    params: Mapping[str, Any], small: float, big: float, exact: bool
) -> tuple[str, float] | None:
    """magnitude_gap for two plain figures, `small` <= `big` (see plain_point)."""
    ratio = big / small
    if ratio <= 1.0 or ratio < float(params["min_ratio"]):
        return None
    return "far-apart", round(min(0.99, 0.6 + 0.3 * math.log10(ratio)), 2)


def number_tolerance_point(
    params: Mapping[str, Any], small: float, big: float, exact: bool
) -> tuple[str, float] | None:
    """number_tolerance for two plain figures, `small` <= `big` (see plain_point)."""
    ratio = big / small
    if ratio <= 1.0 or ratio >= float(params["min_ratio"]):
        return None
    rel = ratio - 1.0
    close = exact and rel <= float(params["rel_tol"]) and big - small <= float(params["close_gap"])
    tolerance = float(params["exact_rel_tol"] if exact else params["rel_tol"])
    if rel <= tolerance and not close:
        return None
    return ("close-counts" if close else "outside-tolerance"), round(min(0.95, 0.5 + rel), 2)


def point_monotone(params: Mapping[str, Any]) -> bool:
    """Whether number_tolerance_point's outcomes are bands in the gap with these parameters: a
    tolerance for exact counts above zero would let two close counts be flagged while a pair
    further apart passes."""
    return float(params.get("exact_rel_tol", 0.0)) == 0.0


def _overlap(x: tuple[int, int] | None, y: tuple[int, int] | None) -> bool:
    """Whether two spans share a character (claims without spans never do)."""
    return x is not None and y is not None and x[0] < y[1] and y[0] < x[1]


CHECKS = (
    spec(
        "magnitude_gap",
        magnitude_gap,
        outcomes=["far-apart", "figure-updated"],
        details=["ratio", "small", "big", "unit", "a_value", "b_value", "percent", "apart", "why"],
        params=FarApartParams,
        point=magnitude_gap_point,
    ),
    spec(
        "number_tolerance",
        number_tolerance,
        outcomes=[
            "outside-tolerance",
            "figure-updated",
            "close-counts",
            "close-ages",
            "close-percents",
            "bound-crossed",
            "different-rank",
        ],
        details=["percent", "apart", "a_value", "b_value", "ratio", "small", "big", "unit", "why"],
        params=ToleranceParams,
        point=number_tolerance_point,
    ),
    spec(
        "within_source",
        within_source,
        outcomes=[
            "outside-tolerance",
            "far-apart",
            "close-counts",
            "close-ages",
            "close-percents",
            "bound-crossed",
            "different-rank",
        ],
        details=["percent", "apart", "a_value", "b_value", "ratio", "small", "big", "unit", "why"],
        params=ToleranceParams,
        same_source_only=True,
    ),
)
