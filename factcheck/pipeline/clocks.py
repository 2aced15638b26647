"""Clock times a summary gives that no source gives ("curfew from 20:00" where the sources say
22:00, "2:20 p.m." for "2:50 p.m."): a claim each, for FC602, as an unstated figure is.

A summary's written clock (extract/times.py: "2:50 p.m.", "2.50pm", "14:50", "1450 GMT", "at
noon", "about 2:50") is supported when a source text writes a clock whose interval overlaps it
on the same reckoning:
- local clock against local clock, a time in a named zone counting as a local clock too;
- UTC against UTC, where either side's zone gives its offset on the story's day ("1100 GMT" and
  "7 a.m. EDT"), and a source's "7.45am local time (2345 GMT)" gives both;
- a 24-hour reading without a leading zero and at most 12 ("8:00") is read both ways, as the
  12-hour clock it may be;
- approximations and ranges widen either side ("shortly after 2:45" holds 2:50; "between 2 and
  3 p.m." holds 2:30 p.m.);
- "noon", "midday" and "midnight" are supported by a source that uses the word anywhere.
Hours alone ("at 9", "nine o'clock") are no clock and are left alone, and so are times of day in
words ("late on Saturday"). A summary with no clock costs nothing: the sources are only read
for clocks when a summary has one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Mapping
from importlib import resources

from factcheck.extract.times import DAY, Clock, PairedClock, default_times, written_clocks, zone_offset
from factcheck.lazyre import lazy
from factcheck.link import claim_id, isolate
from factcheck.link.support import ENTITY_NAMES, Support
from factcheck.model import Claim, QuantityClaim
from factcheck.model.ids import StandIn, stand_in
from factcheck.model.keys import LinkNote
from factcheck.wordlists import phrase_alternation
from factcheck.yamlio import parse_data_file

# a reading: ("local" or "utc", low, high) in minutes after midnight
Reading = tuple[str, int, int]

HALF_DAY = 12 * 60
# the first hour of a range written before a 12-hour clock: "between 2 and 3 p.m.", "2-3 p.m.",
# "from 10 to 11:30 a.m."
_RANGE_BEFORE = lazy(
    r"(?i:(?:\bbetween|\bfrom)\s+)?(?<![\d:.])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?"
    r"\s*(?:and|to|-|–|—)\s*\Z"
)
_TWELVE = lazy(r"(?i:[ap]\.?\s?m\b)")
_BARE_24 = lazy(r"(?P<h>[1-9]|1[0-2]):[0-5]\d\Z")
# a tokenised text's clock ("7 : 00 p.m."), read as "7:00 p.m."
_SPACED_COLON = lazy(r"(?<![\d:])(\d{1,2}) : ([0-5]\d)(?![\d:])")
_NAMED = {"noon": ("noon", "midday"), "midday": ("noon", "midday"), "midnight": ("midnight",)}
_NAMED_CLOCK = lazy(r"(?i:(?:12\s+)?(?P<named>noon|midday|midnight))\Z")


class SourceClocks:
    """The clocks the source texts write, read once, on first need."""

    def __init__(self, texts: Mapping[str, str], day: Callable[[], dt.date]) -> None:
        self._texts = texts
        self._day = day
        self._readings: list[tuple[str, Reading]] | None = None
        self._zones: set[tuple[str, bool]] = set()  # each source clock's zone, and whether UTC is known
        self._lowered: list[str] | None = None

    def readings(self) -> list[tuple[str, Reading]]:
        """Every reading of every source clock, with its source."""
        if self._readings is None:
            texts = {source: text for source, text in self._texts.items() if source != ENTITY_NAMES}
            table = default_times()
            self._readings, self._zones = [], set()
            for source, raw in texts.items():
                text = _SPACED_COLON.sub(r"\1:\2", raw)
                for clock in written_clocks(text, table):
                    readings = readings_of(text, clock, self.day)
                    self._readings += [(source, reading) for reading in readings]
                    self._zones.add((clock.target, any(kind == "utc" for kind, _, _ in readings)))
        return self._readings

    def comparable(self, clock: Clock) -> bool:
        """Whether a summary clock in a zone ("1100 GMT", "11 p.m. ET") can be set against every
        source clock: each gives UTC or is in that zone. A source's "7 a.m." whose zone no text
        gives, or "10 p.m. CT" (no zone the table knows), cannot be; a local clock always is."""
        if clock.target in ("local", "pair"):
            return True
        self.readings()
        return all(utc or target == clock.target for target, utc in self._zones)

    @functools.cached_property
    def day(self) -> dt.date:
        """The story's day, for the offsets of zones with summer time."""
        return self._day()

    def say(self, words: tuple[str, ...]) -> bool:
        """True when a source text has one of `words` (lower case) as a word."""
        if self._lowered is None:
            self._lowered = [text.lower() for source, text in self._texts.items() if source != ENTITY_NAMES]
        pattern = re.compile(rf"\b(?:{'|'.join(words)})\b")
        return any(pattern.search(text) for text in self._lowered)

    def support(self, text: str, clock: Clock) -> bool:
        """Whether a source writes the summary clock's time (see the module's docstring)."""
        named = _NAMED_CLOCK.search(text, clock.start, clock.end)
        if named is not None and self.say(_NAMED[named["named"].lower()]):
            return True
        wanted = readings_of(text, clock, self.day)
        return any(_overlap(mine, theirs) for mine in wanted for _, theirs in self.readings())

    def unstated(self, text: str, clock: Clock) -> bool:
        """True for a summary clock no source writes, where every source clock could be set
        against it; a bare 24-hour clock only after a word that makes it a time ("from 20:00",
        not "won in 2:01")."""
        if _bare_24(text, clock) and not _clock_before().search(text, max(0, clock.start - 20), clock.start):
            return False
        if self.support(text, clock):
            return False
        return self.comparable(clock)


def _bare_24(text: str, clock: Clock) -> bool:
    """True for a clock written as digits with a colon alone ("20:00"), no zone, no a.m./p.m."""
    return (
        clock.target == "local" and re.fullmatch(r"\d{1,2}:\d\d", text[clock.start : clock.end]) is not None
    )


@functools.cache
def _clock_before() -> re.Pattern[str]:
    """A word of times.yaml `clock_before` (those that make a bare 24-hour clock a time) ending
    the text searched."""
    data = resources.files("factcheck.extract").joinpath("data/times.yaml").read_text(encoding="utf-8")
    words = [str(word) for word in (parse_data_file(data, "times.yaml") or {}).get("clock_before") or []]
    return re.compile(rf"(?i:(?<![\w])(?:{phrase_alternation(words)})\s*\Z)")


def readings_of(text: str, clock: Clock, day: dt.date) -> list[Reading]:
    """The readings of one written clock: its own clock, UTC where its zone gives the offset,
    the other clock of a pair, and the 12-hour reading of a bare "8:00"."""
    low, high = clock.minutes
    low = _range_start(text, clock, low)
    found: list[Reading] = []
    if clock.target == "UTC":
        found.append(("utc", low, high))
    else:
        found.append(("local", low, high))
        found += [("utc", low - offset, high - offset) for offset in _offsets(clock.target, day, low)]
    if isinstance(clock, PairedClock):
        other_low, other_high = clock.other_minutes
        if clock.other_target == "UTC":
            found.append(("utc", other_low, other_high))
        else:
            offsets = _offsets(clock.other_target, day, other_low)
            found += [("utc", other_low - offset, other_high - offset) for offset in offsets]
    written = text[clock.start : clock.end]
    first = re.search(r"\d{1,2}[:.]\d\d", written)
    if first is not None and _BARE_24.match(first.group()) and not _TWELVE.search(written):
        found += [(kind, a + HALF_DAY, b + HALF_DAY) for kind, a, b in found if kind == "local"]
    return found


def _offsets(target: str, day: dt.date, minutes: int) -> set[int]:
    """Minutes a zone is ahead of UTC at that clock time, on `day` and half a year from it: the
    story's day is only known roughly here, and "EDT" names New York's zone, whose offset
    changes with the season; none for a local clock."""
    return {
        offset
        for when in (day, day + dt.timedelta(days=182))
        if (offset := zone_offset(target, when, minutes % DAY)) is not None
    }


def _range_start(text: str, clock: Clock, low: int) -> int:
    """The start of a range whose first hour is written bare before a 12-hour clock ("between 2
    and 3 p.m." starts at 2 p.m.; "11 to 1 p.m." at 11 a.m.)."""
    if not _TWELVE.search(text, clock.start, clock.end):
        return low
    before = _RANGE_BEFORE.search(text, max(0, clock.start - 24), clock.start)
    if before is None:
        return low
    at = clock.minutes[0]
    start = (int(before["h"]) % 12) * 60 + int(before["m"] or 0) + (HALF_DAY if at >= HALF_DAY else 0)
    if start > at:
        start -= HALF_DAY
    return min(low, start)


def _overlap(a: Reading, b: Reading) -> bool:
    """True for two readings of one reckoning whose intervals meet, on any day."""
    if a[0] != b[0]:
        return False
    return any(a[1] <= b[2] + shift and b[1] + shift <= a[2] for shift in (-DAY, 0, DAY))


def unsupported_clocks(
    prose: str,
    source_id: str,
    claims: list[Claim],
    clocks: SourceClocks,
    support: dict[str, Support],
    links: dict[str, LinkNote],
) -> list[Claim]:
    """A claim, unsupported, for each clock of `prose` that no source writes."""
    mine = written_clocks(prose)
    if not mine:
        return []
    seen: Counter[str] = Counter()
    found: list[Claim] = []
    for clock in mine:
        if not clocks.unstated(prose, clock):
            continue
        claim: Claim = QuantityClaim(
            id="x",
            source=source_id,
            text=prose[clock.start : clock.end].strip(),
            span=(clock.start, clock.end),
            subject=stand_in(StandIn.QUANTITY),
            unit="",
            value=float(clock.minutes[0] // 60 * 100 + clock.minutes[0] % 60),
        )
        claim = isolate(claim.model_copy(update={"id": claim_id(source_id, claim, seen)}))
        support[claim.id] = Support(False)
        links[claim.id] = LinkNote.UNSUPPORTED
        found.append(claim)
    return found
