"""The order of a running figure's reports as an editor should read it ("figure updated").

Each side carries the time its figure speaks of (`Side.as_of`): a time with its zone, a day, a
coarser interval such as a month when its report is dated only to the month, or nothing (an
earlier figure of unknown time). Times are ordered by the interval they denote, never by their
text: "2015-07" is not earlier than "2015-07-03", it is unordered against every day inside it.
Reports of one day without times have no known order among themselves, so their figures are
shown together as one step, never as a sequence that would make a fall look like an update.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import msgspec

from factcheck.lazyre import lazy
from factcheck.model import Side

_MONTH = lazy(r"(\d{4})-(\d{2})")
_YEAR = lazy(r"\d{4}")


class Moment(msgspec.Struct, frozen=True):
    """The interval of days a time denotes, and the instant when it gives one."""

    start: dt.date
    end: dt.date
    instant: dt.datetime | None = None

    @property
    def one_day(self) -> bool:
        return self.start == self.end


def moment_of(text: str | None) -> Moment | None:
    """The Moment an as_of text denotes; None when it is absent or not a time."""
    if not text:
        return None
    text = text.strip()
    if "/" in text:
        low, high = (moment_of(part) for part in text.split("/", 1))
        return Moment(low.start, high.end) if low and high and low.start <= high.end else None
    if _YEAR.fullmatch(text):
        year = int(text)
        return Moment(dt.date(year, 1, 1), dt.date(year, 12, 31))
    month = _MONTH.fullmatch(text)
    if month:
        first = dt.date(int(month[1]), int(month[2]), 1)
        return Moment(
            first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        )
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return Moment(day, day)
        instant = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    # a time without a zone cannot be ordered against other outlets' times: its day only
    return Moment(instant.date(), instant.date(), instant if instant.tzinfo else None)


class Step(msgspec.Struct):
    """Sides whose order among themselves is unknown, under one label."""

    label: str
    sides: list[Side]
    unordered: bool = False  # more than one figure and no way to tell which came first

    def text(self) -> str:
        by_value: dict[str, list[Side]] = defaultdict(list)
        for side in self.sides:
            by_value[side.value or side.text].append(side)
        values = " / ".join(
            f"{value} ({', '.join(sorted({s.source for s in group}))})" for value, group in by_value.items()
        )
        note = " [order unknown]" if self.unordered and len(by_value) > 1 else ""
        return f"{self.label}: {values}{note}" if self.label else f"{values}{note}"


def timeline(sides: list[Side]) -> tuple[list[Side], str]:
    """The sides in reading order and the text of their chain: known steps joined by arrows,
    then the figures whose time cannot be placed in it."""
    dated = [(s, m) for s in sides if (m := moment_of(s.as_of)) is not None]
    undated = [s for s in sides if moment_of(s.as_of) is None]
    days = [m for _, m in dated if m.one_day]
    first_day = min((m.start for m in days), default=None)
    last_day = max((m.end for m in days), default=None)
    before: list[tuple[Side, Moment]] = []
    after: list[tuple[Side, Moment]] = []
    within: list[tuple[Side, Moment]] = []
    for side, moment in dated:
        if moment.one_day:
            continue
        if first_day is not None and moment.end < first_day:
            before.append((side, moment))
        elif last_day is None or moment.start > last_day:
            after.append((side, moment))
        else:
            within.append((side, moment))
    steps = _coarse_steps(before) + _day_steps([(s, m) for s, m in dated if m.one_day]) + _coarse_steps(after)
    chain = " → ".join(step.text() for step in steps)
    tails = []
    if within:
        label = ", ".join(sorted({s.as_of or "" for s, _ in within}))
        step = Step("", [s for s, _ in within])
        tails.append(f"dated only {label}, so unordered against the days in it: {step.text()}")
    if undated:
        tails.append(f"time unknown: {Step('', undated).text()}")
    text = "; ".join(part for part in [chain, *tails] if part)
    ordered = [s for step in steps for s in step.sides] + [s for s, _ in within] + undated
    return ordered, text


def _coarse_steps(items: list[tuple[Side, Moment]]) -> list[Step]:
    """One step per coarse interval (a month, a year), in order: their own order is unknown."""
    groups: dict[tuple[dt.date, dt.date], list[Side]] = defaultdict(list)
    for side, moment in items:
        groups[(moment.start, moment.end)].append(side)
    return [
        Step(groups[key][0].as_of or "", sorted(groups[key], key=lambda s: s.source), unordered=True)
        for key in sorted(groups)
    ]


def _day_steps(items: list[tuple[Side, Moment]]) -> list[Step]:
    """One step per day, split by time only when every report of that day gives its time."""
    by_day: dict[dt.date, list[tuple[Side, Moment]]] = defaultdict(list)
    for side, moment in items:
        by_day[moment.start].append((side, moment))
    steps: list[Step] = []
    for day in sorted(by_day):
        group = by_day[day]
        instants = [m.instant for _, m in group]
        if all(instant is not None for instant in instants):
            by_instant: dict[dt.datetime, list[Side]] = defaultdict(list)
            for side, moment in group:
                assert moment.instant is not None
                by_instant[moment.instant].append(side)
            steps += [
                Step(
                    instant.isoformat(timespec="minutes"), sorted(by_instant[instant], key=lambda s: s.source)
                )
                for instant in sorted(by_instant)
            ]
        else:
            steps.append(
                Step(day.isoformat(), sorted((s for s, _ in group), key=lambda s: s.source), unordered=True)
            )
    return steps
