"""Times of day: "7:45 a.m.", "07:54", "3:15 p.m.", "1100 GMT", "0830 UTC", "shortly after 9am",
"7.45am local time (2345 GMT)", "1430 local time", "at 0230 hours", "at noon", each as a clock interval with its zone, on the day it falls;
and times of day in words joined to a date ("in the early hours of Wednesday", "late on Saturday",
"Sunday morning"), each as a wide interval on the event's clock (times.yaml `parts_of_day`).

A time becomes a date claim (kind `date`, precision `time`) with `time_start`/`time_end` on a
24-hour clock, the zone the text names, and the zone's offset from UTC when it is known:
- a zone named in the text ("Beijing time", "GMT", "China Standard Time") gives the offset, with
  summer time, from zoneinfo for that day; an ambiguous abbreviation (CST) keeps the clock only;
- a time with no zone is the event's local clock: wire and newspaper reports give the time where
  the event happened, whatever the outlet's own zone, so the publication's zone is not applied;
  a GMT/UTC time is not a local clock;
- one time given in two zones ("7.45am local time (2345 GMT)") is one claim, carrying both the
  local clock and its offset;
- approximations widen the interval ("around 3 am", "shortly after 9am"), by minutes read from
  times.yaml;
- the day is the one date written in the time's sentence, else the publication date or the day
  before it (a report gives the time of a recent event without its date), marked `relative`;
- a time after a report cue ("as of 4 p.m.", "by 8:00 p.m.", "UPDATE (July 22, 6:45 am PST)")
  is when a report speaks, not an event: it is left out (its digits are still no count), and so
  is a time inside a quotation (a witness's clock, "at 7:40 I was brushing my teeth"); a
  report's time given in two zones that name two moments is kept, with no event, for FC206;
- a time given again in a second zone ("9:00 AM UTC (3 AM EDT)", "1 a.m. EST/ 6 a.m. GMT",
  "12:45 p.m. EST, or, 10:45 p.m. IST") carries the second clock
  (`time_again`, `zone_again`) and the minutes between the two moments (`zone_gap`, 0 when
  they agree), for FC206.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import msgspec

from factcheck.extract.dates import MONTHS, negated_until
from factcheck.extract.text import STOP_WORDS, Found, Sentences
from factcheck.extract.zones import HomeZone, story_zone
from factcheck.lazyre import LazyPattern, lazy
from factcheck.model import DateInterval, Precision, quantifiers
from factcheck.wordlists import phrase_alternation
from factcheck.yamlio import parse_data_file

DAY = 24 * 60
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
CLOCK = re.compile(
    # not inside a figure, a ratio or a date ("2:1", "1/2"); the second clock of a range may
    # follow a hyphen ("18:00-20:00")
    r"(?:(?<![\w:.,/-])|(?<=\d:\d\d-))(?:"
    r"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s*(?P<ap>[aApP])(?:\.\s?[mM]\.?|\s?[mM](?![A-Za-z]))"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
    # ("at 1415 (GMT)": the zone may stand in brackets)
    r"|(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:hrs\s+|hours\s+)?(?:\(\s*)?(?:GMT|UTC|Z|local\s+time)\b)"
    # a 24-hour clock written with a stop ("23.50 local time", "(16.05 BST)"): only before a zone,
    # where a decimal figure ("rose 12.50 points", "10.30 hours") never stands
    r"|(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)(?=\s*(?:\(\s*)?(?:(?:GMT|UTC|BST|CET|CEST|IST|EDT|EST)\b|local\s+time\b))"
    r"|(?<=\bat )(?P<hrs>(?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:hrs|hours|h)\b)"  # "at 0230 hours"
    # "at noon", "around 12 noon", "around midnight": not "after midnight" (any time after it)
    r"|(?:(?<=\b[Aa]t )|(?<=\b[Aa]round )|(?<=\b[Aa]bout )|(?<=\b[Jj]ust after )|(?<=\b[Ss]hortly after )"
    r"|(?<=\b[Jj]ust before )|(?<=\b[Ss]hortly before ))(?:12\s+)?(?P<named>noon|midday|midnight)\b"
    r")"
)
OPEN_QUOTES = '"“”'  # a straight mark opens and closes; curly ones are counted alike


class TimeTable(msgspec.Struct, frozen=True):
    """Zone names, approximation windows and report cues, from times.yaml."""

    zones: dict[str, str]
    zone_pattern: LazyPattern
    approximate: dict[str, tuple[int, int]]
    approx_pattern: LazyPattern
    report_pattern: LazyPattern
    header_pattern: LazyPattern
    parts_of_day: dict[str, tuple[int, int]] = msgspec.field(default_factory=dict)
    part_pattern: LazyPattern | None = None  # any phrase of `parts_of_day`
    needs_a_weekday: frozenset[str] = frozenset()  # parts that tell a time only before a weekday
    not_time_before: LazyPattern | None = None  # words before a part that make it no time
    not_time_after: LazyPattern | None = None  # words after a part that make it no time


class Clock(msgspec.Struct, frozen=True):
    """One clock time found in the text, before its day is known."""

    start: int
    end: int
    minutes: tuple[int, int]  # interval, minutes after midnight (end may pass 24:00)
    zone: str | None
    target: str  # "local", "UTC" or an IANA zone
    worded: bool = False  # a time of day in words ("in the early hours"), not a written clock
    at: int | None = None  # the minute as written, when an approximation widened `minutes`

    def written(self) -> int:
        """The clock as written ("around 6.45am" is 6:45), minutes after midnight."""
        return self.at if self.at is not None else sum(self.minutes) // 2


@cache
def default_times() -> TimeTable:
    """The bundled time table (factcheck/extract/data/times.yaml)."""
    text = resources.files("factcheck.extract").joinpath("data/times.yaml").read_text(encoding="utf-8")
    return build_times(parse_data_file(text, "times.yaml") or {})  # libyaml, as every data file


def build_times(data: dict[str, Any]) -> TimeTable:
    """A TimeTable from times.yaml data."""
    zones = {str(k): str(v) for k, v in (data.get("zones") or {}).items()}
    capitals = [z for z in zones if z.isupper()]  # abbreviations: case matters ("Z", "IST")
    names = [z for z in zones if not z.isupper()]
    zone_re = (
        rf"(?P<zone>(?:{phrase_alternation(capitals)})(?![\w])|(?i:{phrase_alternation(names)})(?![\w]))"
    )
    approximate = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in (data.get("approximate") or {}).items()}
    report = [str(c) for c in data.get("report_cues") or []]
    parts = {
        " ".join(str(k).lower().split()): (int(v[0]), int(v[1]))
        for k, v in (data.get("parts_of_day") or {}).items()
    }
    # "at 5:51 a.m., Eastern Daylight Time": a zone spelled out may follow a comma (issue 12,
    # session 25); an abbreviation after one is another word's ("at 9 a.m., ET reported")
    spelled = rf"(?:,\s*(?=(?i:{phrase_alternation(names)})(?![\w])))?" if names else ""
    return TimeTable(
        zones,
        lazy(
            rf"{spelled}\s*(?:(?:on\s+)?{WEEKDAY}\s*)?(?:\(\s*)?{zone_re}(?:\s*\)|\s*\(\s*[A-Z]{{2,5}}\s*\))?"
        ),
        approximate,
        lazy(rf"(?i:\b(?P<approx>{phrase_alternation(list(approximate))}))\s+(?:at\s+)?\Z"),
        lazy(
            rf"(?i:\b(?:{phrase_alternation([c for c in report if c.lower() not in ('update', 'updated')])}))\s+\Z"
        ),
        lazy(r"(?i:\bupdated?\b)[\s(,\w]{0,20}\Z"),
        parts,
        lazy(rf"(?i:\b(?P<part>{phrase_alternation(list(parts))})\b)") if parts else None,
        *_not_time_patterns(data),
    )


def _not_time_patterns(data: dict[str, Any]) -> tuple[frozenset[str], LazyPattern | None, LazyPattern]:
    """times.yaml's `needs_a_weekday` phrases and the patterns of `not_time_before`/`_after`."""
    needs_day = frozenset(" ".join(str(p).lower().split()) for p in data.get("needs_a_weekday") or [])
    before, after = data.get("not_time_before") or [], data.get("not_time_after") or []
    return (
        needs_day,
        lazy(rf"(?i:\b(?:{phrase_alternation(before)})\s+\Z)") if before else None,
        lazy(rf"(?i:['’]s\b|\s+(?:{phrase_alternation(after)})\b)" if after else r"(?i:['’]s\b)"),
    )


def _zone_key(table: TimeTable, written: str) -> str:
    """The table's key for a zone as written (case and spacing aside)."""
    flat = " ".join(written.split())
    for key in table.zones:
        if key == flat or (not key.isupper() and key.lower() == flat.lower()):
            return key
    return flat


def _clock_at(text: str, m: re.Match[str], table: TimeTable) -> Clock:
    """The clock of one CLOCK match, with its zone and approximation."""
    if m["h12"]:
        hour = int(m["h12"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
        minute = int(m["m12"] or 0)
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["m24"])
    elif m["hd"]:
        hour, minute = int(m["hd"]), int(m["md"])
    elif m["named"]:
        hour, minute = (0 if m["named"] == "midnight" else 12), 0
    else:
        digits = m["hm"] or m["hrs"]
        hour, minute = int(digits[:2]), int(digits[2:])
    at = hour * 60 + minute
    end = m.end()
    if m["hrs"]:
        unit = re.match(r"\s*(?:hrs|hours|h)\b", text[end:])
        end += unit.end() if unit else 0
    zone, target = None, "local"
    z = table.zone_pattern.match(text, end)
    if z is not None and not _next_sentence(m.group(), z["zone"]):
        zone = _zone_key(table, z["zone"])
        target, end = table.zones.get(zone, "local"), z.end()
        shift = _UTC_SHIFT.match(text, end) if target == "UTC" else None
        if shift is not None and _counted_after(text, shift.end()):
            shift = None  # "09:30 GMT-11 hours late", "GMT-5 people were killed": a count
        if shift is not None:  # "20:00 UTC+1", "GMT-5", "UTC+05:30": a fixed offset
            sign = -1 if shift["sign"] in "-−" else 1
            offset = sign * (int(shift["h"]) * 60 + int(shift["m"] or 0))
            if abs(offset) <= MAX_SHIFT:
                zone, end = f"{zone}{text[z.end() : shift.end()].strip()}", shift.end()
                target = f"{FIXED}{offset}"
    low, high = at, at
    approx = table.approx_pattern.search(text[max(0, m.start() - 24) : m.start()])
    if approx is not None:
        before, after = table.approximate[" ".join(approx["approx"].lower().split())]
        scale = 2 if minute % 30 == 0 else 1  # "around 3 am" is rounder than "around 7:45"
        low, high = at - before * scale, at + after * scale
    return Clock(m.start(), end, (low, high), zone, target, at=at)


# an offset written tight after GMT or UTC ("UTC+1", "GMT-5", "UTC+05:30"); a spaced sign is a
# dash ("10:00 GMT - 5 people were killed"). A fixed-offset target is FIXED and its minutes east of UTC
_UTC_SHIFT = lazy(r"(?P<sign>[+\-−])(?P<h>1[0-4]|0?\d)(?::?(?P<m>[0-5]\d))?(?![\d:.,]\d|\d)")
_WORD_AFTER = lazy(r"\s+(?P<word>[a-z][\w'’-]*)")


def _counted_after(text: str, end: int) -> bool:
    """True when a lower-case word that is no stop word follows an offset's figure ("GMT-11
    hours late", "UTC-12 people arrested"): the figure counts it, so the sign was a dash."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word["word"].lower() not in STOP_WORDS


FIXED = "fixed:"
MAX_SHIFT = 14 * 60


def _next_sentence(clock: str, zone: str) -> bool:
    """True when a capitalised common word after a clock that ends with a full stop starts the next
    sentence ("took off at 10.30 am. Local media reported"), so is no zone ("10:30 a.m. Nepal
    time" is one: a proper name)."""
    return clock.endswith(".") and zone[:1].isupper() and zone.split()[0].lower() in {"local"}


def _is_report_time(text: str, start: int, table: TimeTable) -> bool:
    """True for "as of 4 p.m.", "by 8:00 p.m.", "UPDATE (July 22, 6:45 am": a report's time.
    Not "did not start trading until 11 a.m.": after a negated verb, "until" gives the moment the
    thing happened (issue 12, session 23)."""
    before = text[max(0, start - 30) : start]
    if negated_until(text, start):
        return bool(table.header_pattern.search(before))
    return bool(table.report_pattern.search(before) or table.header_pattern.search(before))


def _quoted(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """True when `start` lies inside a quotation opened earlier in its sentence."""
    head = text[sentence[0] : start]
    straight = head.count('"')
    return straight % 2 == 1 or head.count("“") > head.count("”")


class PairedClock(Clock, frozen=True):
    """A clock given again in a known zone beside it ("7.45am local time (2345 GMT)", "9:00 AM
    UTC (3 AM EDT)"). A local first clock (target "pair") takes its offset from the second."""

    other_target: str = "UTC"
    other_minutes: tuple[int, int] = (0, 0)
    other_zone: str | None = None
    other_at: int = 0  # the second clock as written


def _parts_of_day(text: str, table: TimeTable, written: list[Clock]) -> list[Clock]:
    """Times of day in words ("in the early hours", "Saturday night", "late on Sunday") as wide
    clock intervals on the event's local clock; none right next to a written clock ("7:40 this
    morning", "3 a.m. on Sunday morning"), which says it more exactly."""
    if table.part_pattern is None:
        return []
    found = []
    for m in table.part_pattern.finditer(text):
        if any(c.start - NEAR_CLOCK <= m.end() and m.start() <= c.end + NEAR_CLOCK for c in written):
            continue
        if _not_a_time(text, m, table):
            continue
        low, high = table.parts_of_day[" ".join(m["part"].lower().split())]
        found.append(Clock(m.start(), m.end(), (low, high), None, "local", worded=True))
    return found


NEAR_CLOCK = 30  # characters between a written clock and a part of day that it makes redundant
NOT_TIME_REACH = 20  # characters before a part of day searched for words that make it no time
_WEEKDAY_NEXT = lazy(rf"\s+{WEEKDAY}\b")


def _not_a_time(text: str, m: re.Match[str], table: TimeTable) -> bool:
    """True for a part-of-day phrase that tells no time of the event: one that needs a weekday
    without one ("late on in the day"), or one in a span or compound (times.yaml says which)."""
    if " ".join(m["part"].lower().split()) in table.needs_a_weekday:
        return not _WEEKDAY_NEXT.match(text, m.end())  # "late on Saturday", not "late on in the day"
    before = table.not_time_before
    if before is not None and before.search(text, max(0, m.start() - NOT_TIME_REACH), m.start()):
        return True
    return bool(table.not_time_after and table.not_time_after.match(text, m.end()))


def _clocks(text: str, table: TimeTable) -> list[Clock]:
    """Every clock, a time given again in another zone in brackets joined to the first, and the
    times of day in words."""
    written = _written_clocks(text, table)
    return sorted([*written, *_parts_of_day(text, table, written)], key=lambda c: c.start)


def _written_clocks(text: str, table: TimeTable) -> list[Clock]:
    """Every written clock, a time given again in another zone in brackets joined to the first."""
    joined: list[Clock] = []
    matches = [m for m in CLOCK.finditer(text) if not _cited(text, m, table)]
    for clock in (_clock_at(text, m, table) for m in matches):
        prev = joined[-1] if joined else None
        if prev is not None and clock.start < prev.end:
            continue  # inside the one before: its zone's offset ("20:00 UTC+05:30")
        if prev is not None and _between(text, prev, clock):
            joined[-1] = _span_of(prev, clock)
            continue
        if prev is not None and _again(text, prev, clock):
            closing = re.match(r"\s*\)", text[clock.end :])
            joined[-1] = _pair(prev, clock, clock.end + (closing.end() if closing else 0))
            continue
        joined.append(clock)
    return joined


# what stands between one time and the same time in another zone: a bracket ("7.45am local time
# (2345 GMT)"), or, between two clocks that each name a zone, a slash or "or" ("1 a.m. EST/ 6 a.m.
# GMT", "12:45 p.m. EST, or, 10:45 p.m. IST"): "6 or 7 pm" is two times, not one moment
_BRACKET = lazy(r"\s*\(\s*")
_ZONES_JOINED = lazy(r"\s*(?:/|,\s*or,?|or,)\s*")  # a bare "or" offers two times


def _again(text: str, first: Clock, second: Clock) -> bool:
    """True when the second clock gives the first one's moment again in another zone."""
    if _BRACKET.fullmatch(text, first.end, second.start):
        return True
    return (
        first.zone is not None
        and second.target not in ("local", first.target)
        and _ZONES_JOINED.fullmatch(text, first.end, second.start) is not None
    )


# the word right before a 24-hour reading ("John 3:16"), and a unit that may follow its clock
_NAME_BEFORE = lazy(r"(?<![\w'’-])(?P<word>[A-Z][a-z]+)\s\Z")
_HOURS_AFTER = lazy(r"\s*(?i:hrs|hours|h)\b")


def _cited(text: str, m: re.Match[str], table: TimeTable) -> bool:
    """True for a 24-hour reading right after a capitalised word that is no weekday, month, stop
    word ("At", "From") or approximator ("Around", "Nearly"), with no zone of the table after it
    and shaped as a chapter and verse can be: a chapter and verse ("John 3:16", "Psalm 23:4",
    "John 3:16 KJV") or a numbered part ("Case 1:19"), not a time ("Monday 14:30", "Around
    20:00", "Tonight 20:00", "09:30", "20:00 GMT" are). No verse is numbered 0 or with a
    leading zero, so "20:00" and "07:15" are always clocks."""
    if not m["h24"] or m["h24"].startswith("0") or m["m24"].startswith("0"):
        return False
    before = _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before is None:
        return False
    word = before["word"]
    if word.lower() in STOP_WORDS or word in MONTHS or re.fullmatch(WEEKDAY, word):
        return False
    if word.lower() in quantifiers.APPROXIMATORS or word.lower() in table.approximate:
        return False
    zoned = table.zone_pattern.match(text, m.end()) or _HOURS_AFTER.match(text, m.end())
    return zoned is None


_BETWEEN = lazy(r"(?i:\bbetween\s+)\Z")
_AND = lazy(r"\s+and\s+")


def _between(text: str, first: Clock, second: Clock) -> bool:
    """True for two clocks that bound one time ("between 6 a.m. and 7 a.m.")."""
    return (
        _AND.fullmatch(text, first.end, second.start) is not None
        and _BETWEEN.search(text, max(0, first.start - 12), first.start) is not None
        and first.target == second.target
    )


def _span_of(first: Clock, second: Clock) -> Clock:
    """One clock interval from the first clock's start to the second's end (past midnight when
    the second is earlier on the dial: "between 11 pm and 1 am")."""
    low, high = first.minutes[0], second.minutes[1]
    return Clock(
        first.start, second.end, (low, high if high >= low else high + DAY), second.zone, second.target
    )


def _pair(first: Clock, second: Clock, end: int) -> Clock:
    """One claim for one time in two zones; the second zone gives a local first clock's offset,
    and either way the two clocks are kept to be checked against each other (`_zone_gap`)."""
    if second.target == "local":
        return Clock(first.start, end, first.minutes, first.zone, first.target)
    return PairedClock(
        first.start,
        end,
        first.minutes,
        first.zone,
        "pair" if first.target == "local" else first.target,
        at=first.at,
        other_target=second.target,
        other_minutes=second.minutes,
        other_zone=second.zone,
        other_at=second.written(),
    )


def _offset(target: str, day: dt.date, minutes: int) -> int | None:
    """Minutes `target` is ahead of UTC at that clock time on `day` (None for a local clock)."""
    if target == "UTC":
        return 0
    if target in ("local", "pair"):
        return None
    if target.startswith(FIXED):
        return int(target.removeprefix(FIXED))
    try:
        zone = zoneinfo.ZoneInfo(target)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    moment = dt.datetime.combine(day, dt.time((minutes // 60) % 24, minutes % 60), tzinfo=zone)
    delta = moment.utcoffset()
    return None if delta is None else int(delta.total_seconds() // 60)


def _day_offset(target: str, day: tuple[dt.date, dt.date], minutes: int) -> int | None:
    """`_offset` on a span of days, or None when the zone's offset changes within it: "1:30
    a.m." in a report dated only to March 2024 is EST before the 10th and EDT after, so it is
    held to no offset rather than to the first day's (which made it an hour off a summary's
    "1:30 a.m. on Tuesday, March 26", session 30)."""
    first = _offset(target, day[0], minutes)
    return first if day[1] == day[0] or _offset(target, day[1], minutes) == first else None


def _fields(
    clock: Clock, day: tuple[dt.date, dt.date], relative: bool, home: HomeZone | None = None
) -> dict[str, object]:
    """DateClaim fields for a clock on a day; the offset only where the zone gives it, or for a
    local clock where the text's places give the event's zone (`home`)."""
    low, high = clock.minutes
    fields: dict[str, object] = {
        "start": day[0],
        "end": day[1],
        "precision": Precision.TIME,
        "relative": relative,
        "time_start": _hhmm(low),
        "time_end": _hhmm(high),
        "zone": clock.zone,
        "local_clock": clock.target != "UTC",
    }
    if isinstance(clock, PairedClock):
        fields.update(_zone_gap(clock, day[0]))
    if isinstance(clock, PairedClock) and clock.target == "pair":
        implied = _implied_offset(clock, day[0])
        if implied is not None:
            fields["utc_offset"] = implied[1]
    else:
        offset = _day_offset(clock.target, day, low % DAY)
        if offset is None and clock.target == "local" and home is not None:
            offset = _day_offset(home.zone, day, low % DAY)
        if offset is not None:
            fields["utc_offset"] = offset
    return fields


def _zone_gap(clock: PairedClock, day: dt.date) -> dict[str, object]:
    """The fields of a time given in two zones that name two moments ("9:00 AM UTC (3 AM EDT)":
    9:00 UTC is 5 AM EDT): the second clock, its zone and the minutes between the two moments
    (0 when they agree; nothing when a zone is unknown). The clocks are compared as written ("around 6.45am (6.31am IST)"
    converts 6:45). A zone is read with its standard or its summer offset, whichever fits: a
    writer who puts "CET" on a summer clock names the zone, not the season. A local first clock
    has no zone of its own to read, and the story's zone is a guess, so it is held only to what
    every zone keeps: an offset from UTC in whole quarter hours (6.45am Nepal time is 6.30am
    IST, never 6.31)."""
    seconds = _offsets(clock.other_target, day, clock.other_at)
    if not seconds:
        return {}
    if clock.target == "pair":
        implied = (clock.written() - clock.other_at + min(seconds)) % QUARTER
        gap = min(implied, QUARTER - implied)
    else:
        pairs = _season_pairs(clock, day)
        if not pairs:
            return {}
        gap = min(_dial_gap(clock.written() - a, clock.other_at - b) for a, b in pairs)
    return {"time_again": _hhmm(clock.other_at), "zone_again": clock.other_zone, "zone_gap": gap}


QUARTER = 15  # every zone's offset from UTC is a whole number of quarter hours


def _offsets(target: str, day: dt.date, minutes: int) -> set[int]:
    """A zone's offsets from UTC that a clock on `day` may be written in: the day's, and the
    zone's winter and summer ones that year."""
    days = (day, dt.date(day.year, 1, 1), dt.date(day.year, 7, 1))
    return {o for o in (_offset(target, d, minutes % DAY) for d in days) if o is not None}


# names that say summer time: read only with the zone's summer offset ("8am BST" is never GMT)
_SUMMER_NAMES = frozenset({"BST", "CEST", "EDT", "CDT", "MDT", "PDT", "AEDT"})


def _season_pairs(clock: PairedClock, day: dt.date) -> set[tuple[int, int]]:
    """The two zones' offsets read on one day (the clock's, or the year's winter or summer
    reference): a writer may name the wrong season, but both clocks are read in the same one."""
    pairs = set()
    for d in (day, dt.date(day.year, 1, 1), dt.date(day.year, 7, 1)):
        a = _offset(clock.target, d, clock.written() % DAY)
        b = _offset(clock.other_target, d, clock.other_at % DAY)
        if a is None or b is None:
            continue
        if clock.zone in _SUMMER_NAMES and a != max(_offsets(clock.target, day, clock.written())):
            continue
        if clock.other_zone in _SUMMER_NAMES and b != max(_offsets(clock.other_target, day, clock.other_at)):
            continue
        pairs.add((a, b))
    return pairs


def _dial_gap(a: int, b: int) -> int:
    """Minutes between two times of day on a 24-hour dial."""
    apart = (a - b) % DAY
    return min(apart, DAY - apart)


def _zone_note(clock: Clock, fields: dict[str, object], home: HomeZone | None) -> str | None:
    """Why a clock has the offset it has, when the text's places gave it or contradict it."""
    if home is None or clock.target not in ("local", "pair") or "utc_offset" not in fields:
        return None
    day = fields["start"]
    assert isinstance(day, dt.date)
    offset = fields["utc_offset"]
    expected = _offset(home.zone, day, _to_minutes(str(fields["time_start"])))
    if clock.target == "local":
        return f"local clock read in {home.zone} (the text's place {home.place}, UTC{_signed(expected)})"
    if expected is not None and expected != offset:
        return (
            f"the zone it is given in puts local time at UTC{_signed(offset)}, but {home.place} "
            f"({home.zone}) is at UTC{_signed(expected)} that day"
        )
    return None


def _signed(minutes: object) -> str:
    """An offset in minutes as +5:45 / -4."""
    if not isinstance(minutes, int):
        return "?"
    hours, rest = divmod(abs(minutes), 60)
    return ("+" if minutes >= 0 else "-") + (f"{hours}:{rest:02d}" if rest else str(hours))


def _hhmm(minutes: int) -> str:
    minutes %= DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _day_of(
    clock: Clock, dates: list[Found], sentence: tuple[int, int], published: DateInterval | None
) -> tuple[tuple[dt.date, dt.date], bool] | None:
    """The day a clock falls on: its sentence's one stated day, else the publication day or the
    day before, else unknown."""
    days = {
        (d.fields["start"], d.fields["end"], bool(d.fields.get("relative")))
        for d in dates
        if sentence[0] <= d.start < sentence[1] and d.fields.get("start") == d.fields.get("end")
    }
    if len(days) == 1:
        start, end, relative = days.pop()
        assert isinstance(start, dt.date)
        assert isinstance(end, dt.date)
        return (start, end), relative
    if published is None:
        return None
    return (published.start - dt.timedelta(days=1), published.end), True


def _beside(text: str, date: Found, clock: Clock) -> bool:
    """True when the date's words hold the clock or touch it ("at 2345 GMT on Sunday")."""
    if date.start <= clock.start and clock.end <= date.end:
        return True
    between = text[clock.end : date.start] if clock.end <= date.start else text[date.end : clock.start]
    return bool(BESIDE.fullmatch(between))


BESIDE = lazy(r"[\s,]*(?:(?:on|at|of)\s+)?")


def _give_clock(date: Found, clock: Clock, home: HomeZone | None = None) -> None:
    """Add a clock to the date claim whose words hold or touch it, on that claim's day."""
    start, end = date.fields["start"], date.fields["end"]
    assert isinstance(start, dt.date)
    assert isinstance(end, dt.date)
    timed = _fields(clock, (start, end), bool(date.fields.get("relative")), home)
    date.fields.update({k: v for k, v in timed.items() if k.startswith("time_") or k in _ZONE_FIELDS})
    date.extras["clock"] = True
    date.extras["worded"] = clock.worded
    note = _zone_note(clock, timed, home)
    if note is not None:
        date.extras["note"] = f"{date.extras['note']}; {note}" if date.extras.get("note") else note
    if start == end:
        date.fields["precision"] = Precision.TIME
    date.start, date.end = min(date.start, clock.start), max(date.end, clock.end)


_ZONE_FIELDS = ("zone", "local_clock", "utc_offset", "zone_again", "zone_gap")


def _bracketed(text: str, clock: Clock, date: Found) -> bool:
    """True when a paired clock's day is written inside its brackets, after the second zone
    ("1:30 a.m. (1730 GMT Saturday)"): the day is the second zone's."""
    return (
        clock.end <= date.start
        and ")" not in text[clock.end : date.start]
        and text[date.end :].lstrip()[:1] == ")"
    )


def _implied_offset(clock: PairedClock, day: dt.date) -> tuple[int, int] | None:
    """The moment (minutes after UTC midnight) a local clock's second clock in a known zone gives,
    and the local clock's offset from UTC it implies, read from the two clocks as written: "about
    11:30 pm (1530 GMT)" is 23:20–23:40 local against 15:30 GMT, eight hours ahead, not 7:50;
    "shortly before 7pm (1700 GMT)" is two hours ahead, though its window (18:30–19:00) is off
    centre. None when the second zone's offset is unknown."""
    other = _offset(clock.other_target, day, clock.other_minutes[0])
    if other is None:
        return None
    utc = clock.other_at - other
    return utc, ((clock.written() - utc + 12 * 60) % DAY) - 12 * 60


def _shift_to_local_day(date: Found, clock: PairedClock) -> None:
    """Move a day written for the second zone of a paired clock to the local clock's day: 1730
    GMT on Saturday is 1:30 a.m. on Sunday at UTC+8."""
    start, end = date.fields["start"], date.fields["end"]
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        return
    implied = _implied_offset(clock, start)
    if implied is None:
        return
    utc, offset = implied
    days = -((clock.written() - utc - offset) // DAY)
    if days:
        shift = dt.timedelta(days=days)
        date.fields["start"], date.fields["end"] = start + shift, end + shift
        date.fields.pop("weekday", None)  # the weekday written is the other zone's


def find_times(
    text: str,
    published: DateInterval | None,
    sentences: Sentences,
    dates: list[Found],
    table: TimeTable | None = None,
    corpus: Mapping[str, str] | None = None,
) -> tuple[list[Found], list[tuple[int, int]]]:
    """Every time of day of an event in `text` as a date Found with a clock, and the spans of all
    times found (report times and quoted times too: their digits are no count); a local clock
    is read in the zone of the story's place (`story_zone` over `corpus`, else `text` alone)."""
    if table is None and not dates and CLOCK.search(text) is None:
        # no clock and no date (a time of day in words is read only joined to a date): the time
        # table (parsed YAML, its patterns) is not needed
        return [], []
    table = table or default_times()
    found: list[Found] = []
    spans: list[tuple[int, int]] = []
    # the story's zone reads every text of the corpus (a registry's are read on demand): only a
    # clock given in local time needs it, so it is worked out for the first such clock
    story_home = cache(lambda: story_zone(text, corpus or {"": text}))
    for clock in _clocks(text, table):
        spans.append((clock.start, clock.end))
        sentence = sentences.span_at(clock.start)
        if _quoted(text, clock.start, sentence):
            continue
        report = _is_report_time(text, clock.start, table)
        if report and not isinstance(clock, PairedClock):
            continue
        home = story_home() if clock.target in ("local", "pair") else None
        holder = None if report else next((d for d in dates if _beside(text, d, clock)), None)
        if holder is not None:  # "July 22, 3 p.m.", "2345 GMT on Sunday": one claim, date and time
            if isinstance(clock, PairedClock) and _bracketed(text, clock, holder):
                _shift_to_local_day(holder, clock)
            _give_clock(holder, clock, home)
            continue
        day = _day_of(clock, dates, sentence, published)
        if day is None or clock.worded:
            continue  # ("this morning", "overnight" alone: too loose to place without its day)
        fields = _fields(clock, *day, home)
        if report and not fields.get("zone_gap"):
            continue
        note = _zone_note(clock, fields, home)
        extras: dict[str, object] = {
            "clock": True,
            "worded": clock.worded,
            **({"note": note} if note else {}),
            # a report's own time given in two zones that disagree ("as of 12:45 p.m. EST, or,
            # 10:45 p.m. IST"): kept for that check alone, never an event's time
            **({"report": True} if report else {}),
        }
        found.append(Found("date", clock.start, clock.end, fields, extras=extras))
    return found, spans


def clock_key(fields: dict[str, Any]) -> int:
    """A clock's middle minute, in UTC when its offset is known, to tell two times apart."""
    start, end = _to_minutes(str(fields["time_start"])), _to_minutes(str(fields["time_end"]))
    middle = (start + (end if end >= start else end + DAY)) // 2
    offset = fields.get("utc_offset")
    return (middle - (offset if isinstance(offset, int) else 0)) % DAY


def _to_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)
