"""Whether the sources state a checked document's length of time, in any of the ways news text
writes one: "14 years", "a decade" for "10 years", "9 minutes and 29 seconds" for "about nine and a
half minutes", "on the second day of talks" for "over two days"."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Collection
from typing import TypeVar

from factcheck.extract.frames import planned
from factcheck.extract.numbers import ORDINAL_WORDS
from factcheck.lazyre import lazy
from factcheck.link.support import (
    FRAME_STEM,
    TIME_UNITS,
    Evidence,
    SourceIndex,
    Support,
    frame_words,
    is_time_unit,
    length_written,
    noun_after,
    numbers_in,
    sentences,
    unit_days,
)
from factcheck.model import WEEKDAYS, DurationClaim
from factcheck.model.quantifiers import approximate, pointing
from factcheck.wordlists import negation_in


def duration_support(claim: DurationClaim, index: SourceIndex, sentence: str = "") -> Support | None:
    """A duration is supported when a source states its figure followed by its unit ("14 years"
    for "in 14 years", not the 14 of "14 coaches"); None when its words hold no figure ("about
    a minute"). `sentence`, the summary's sentence holding it, says what went on that long: a
    rounded or reached length must be of the same activity."""
    stated = numbers_in(claim.text)
    if not stated:
        return None
    value, span = stated[0]
    unit = noun_after(claim.text, span[1]).split()[:1]
    if not unit:
        return index.number(claim)
    days = unit_days(unit[0])
    total = length_written(claim.text, value, span) if days else None
    if days and total is not None and abs(total - value * days) > _EPSILON:
        return _compound_support(total, index)
    if days == TIME_UNITS["year"] and value in _years_since(index):
        return Support(True)  # "in the past five years": "since 2010" in a report of 2015
    between = index.years_apart(value) if days == TIME_UNITS["year"] else None
    if between is not None:
        return Support(True, between)  # "after 20 years": "opened in 1995, closed in 2015"
    said = _one_unit_said(index, value * days) if days else None
    if said is not None:
        return Support(True, said)  # "10 years": "a decade"; "two weeks": "a fortnight"
    # only numbers before the claim's unit or a unit of time can pass (an indexed look-up)
    for number in index.numbers_headed(lambda head: head[:4] == unit[0][:4] or is_time_unit(head)):
        words = number.noun.split()
        if not words:
            continue
        if number.value == value and words[0][:4] == unit[0][:4]:
            return Support(True, Evidence(number.source, number.span))
        theirs = unit_days(words[0])
        if days and theirs and abs(number.value * theirs - value * days) <= 1e-6 * value * days:
            return Support(True, Evidence(number.source, number.span))  # "three decades": "30 years"
    if days:
        doing = frame_words(sentence) - _UNIT_STEMS  # what went on that long
        found = _rounded_from(claim, value, days, index, doing) or _day_reached(value, days, index, doing)
        if found is not None:
            return Support(True, found)
    return Support(False)


def _compound_support(total: float, index: SourceIndex) -> Support:
    """A length written in two units ("4 minutes, 20 seconds") is stated only by a source length
    of the same total (in days), in whatever units ("4 minutes and 20 seconds", "260 seconds"):
    its larger part alone ("4 minutes and 50 seconds" has 4 minutes) does not bear it out."""
    for length, evidence in index.stated_lengths:
        if abs(length - total) <= 1e-6 * total:
            return Support(True, evidence)
    return Support(False)


# the longest "N days after X" borne out by two source dates: weeks, not months (whose days vary)
MAX_DAYS_BETWEEN = 62
_ANCHORED = lazy(r"\b(after|before)\b", re.IGNORECASE)


def days_between(claim: DurationClaim, sentence: str, index: SourceIndex) -> Evidence | None:
    """Where two days the sources write out bear out "N days after X, Y" (or "Y, two weeks
    after X", or "before"): no source states the length, but of the source sentences dating one
    day, the one most like X and the one most like the rest of the summary's sentence (Y), each
    sharing at least two of its words (`frame_words`: never a name alone), are that many days
    apart. "Two weeks after the mayor opened it, the footbridge collapsed": "opened on 2 March
    2024 by the mayor" and "the footbridge collapsed on Saturday, March 16". Only days and weeks
    (a month's days vary); only days written out in the texts, which every way of reading the
    registry indexes alike (a weekday's day is resolved from claims a check may not load); a
    source sentence writing two days is not read (which is its event's is not known), nor is a
    negated summary sentence ("was not yet at the summit").

    A length under a week is also borne out by weekdays the sources name, as a reader counts
    them: "Three days after the outage, shares were down 14% in Monday trading" by "Friday's
    outage" and "the stock was down almost 14% in afternoon trading Monday" (Friday to Monday),
    whatever day each report was published. X may then be one word, when it is the event's
    name alone ("the outage", "the crash"): the sentences naming it with a weekday date it."""
    low, high = claim.interval_days()
    parts = _anchored(claim, sentence)
    if parts is None:
        return None
    anchor, rest, sign, named = parts
    if len(anchor) >= MIN_SHARED:
        found = _days_apart(_dated(index), anchor, rest, sign, (low, high))
        if found is not None:
            return found
    if high >= DAYS_PER_WEEK or not (len(anchor) >= MIN_SHARED or (anchor and named)):
        return None
    return _weekdays_apart(index, anchor, rest, sign, (low, high))


def days_from_event(
    claim: DurationClaim, sentence: str, index: SourceIndex, event_days: Collection[dt.date]
) -> Evidence | None:
    """Where the sources date Y, the rest of the summary's sentence, to the day "N days after X"
    makes it, X being an event the sources date (`event_days`: the days the sources give its
    event frame, extract/frames.py): "the mayor said 15 people were missing two days after the
    quake" by the quake's Wednesday 24 August and "quoted the mayor as saying on Friday" (the 26th).
    The sentences most like Y (`days_between`'s: sharing MIN_SHARED of its words, each giving
    one day, written out or a weekday its report's date resolves) must all give that one day;
    X's own sentences need not be found by their words, which Y's sentence may share ("missing
    in the town levelled in the quake"). Lengths under MAX_DAYS_BETWEEN days only."""
    low, high = claim.interval_days()
    parts = _anchored(claim, sentence)
    if parts is None or not event_days:
        return None
    anchor, rest, sign, _ = parts
    _, ends = _scored([*_dated(index), *_weekdays_named(index)], anchor, rest, MIN_SHARED)
    end_days = {item[2] for item in ends}
    if len(end_days) != 1:
        return None
    end = end_days.pop()
    for day in event_days:
        if low <= sign * (_on(end, day.year) - day).days <= high:
            return ends[0][3]
    return None


def _anchored(claim: DurationClaim, sentence: str) -> tuple[frozenset[str], frozenset[str], int, bool] | None:
    """The words of X and of Y in "N days after X, Y" (or "Y N days before X"), the sign of the
    length (-1: Y before X), and whether X is the event's name alone ("the outage"); None when
    the sentence anchors no length of at most MAX_DAYS_BETWEEN days, is negated, or says too
    little of Y to find it."""
    at = sentence.find(claim.text)
    if claim.interval_days()[1] > MAX_DAYS_BETWEEN or at < 0 or _negated(sentence):
        return None
    anchored = _ANCHORED.search(sentence, at)
    if anchored is None or anchored.start() > at + len(claim.text):
        return None
    comma = sentence.find(",", anchored.end())
    clause_end = comma if comma >= 0 else len(sentence)
    anchor = frame_words(sentence[anchored.end() : clause_end])
    rest = frame_words(sentence[:at] + " " + sentence[clause_end:]) - anchor
    if len(rest) < MIN_SHARED:
        return None
    sign = -1 if anchored.group(1).lower() == "before" else 1
    named = _NAMED_EVENT.fullmatch(sentence[anchored.end() : clause_end]) is not None
    return anchor, rest, sign, named


def _days_apart(
    dated: list[tuple[_Day, Evidence, str]],
    anchor: frozenset[str],
    rest: frozenset[str],
    sign: int,
    bounds: tuple[float, float],
) -> Evidence | None:
    """The end of a pair of the days of `dated` most like X (`anchor`) and most like Y (`rest`)
    that lie a length within `bounds` apart (`sign` -1: Y before X)."""
    starts, ends = _scored(dated, anchor, rest, MIN_SHARED)
    for _, _, end, evidence in ends:
        for _, _, start, place in starts:
            if place == evidence:
                continue
            # a day written without its year is taken in the other's year
            year = end[0] or start[0] or _ANY_YEAR
            gap = _on(end, start[0] or year) - _on(start, end[0] or year)
            if bounds[0] <= sign * gap.days <= bounds[1]:
                return evidence
    return None


def _weekdays_apart(
    index: SourceIndex,
    anchor: frozenset[str],
    rest: frozenset[str],
    sign: int,
    bounds: tuple[float, float],
) -> Evidence | None:
    """`_days_apart` for the weekdays the sources name, each the calendar day its own source's
    publication date makes it (`_weekdays_named`): "Friday's outage" in a report of Saturday 4
    March and "trading Monday" in one of 7 March are three days apart, but ten when the second
    report is of 14 March. For lengths under a week only. The sentences most like X must all
    name one day, and so must those most like Y ("an outage on Tuesday" at a rival beside
    "Friday's outage": no length can be told); with X a lone word, its sentence must also share
    MIN_SHARED words with the summary's whole sentence (the same outage, not a rival's)."""
    named = [((day, weekday), evidence, said) for evidence, weekday, said, day in _weekday_sentences(index)]
    if len(anchor) < MIN_SHARED:
        named_x = [item for item in named if len(_words_of(item[2]) & (anchor | rest)) >= MIN_SHARED]
    else:
        named_x = named
    starts, _ = _scored(named_x, anchor, rest, min(MIN_SHARED, len(anchor)))
    _, ends = _scored(named, anchor, rest, MIN_SHARED)
    start, end = _one_weekday([item[2] for item in starts]), _one_weekday([item[2] for item in ends])
    if start is None or end is None:
        return None
    if start[0] is not None and end[0] is not None:
        gap = sign * (end[0] - start[0]).days
    else:  # a report dated by its month: "Friday's outage", "trading Monday" of one week
        gap = sign * (end[1] - start[1]) % DAYS_PER_WEEK
    places = {item[3] for item in starts}
    evidence = next((item[3] for item in ends if item[3] not in places), None)
    return evidence if evidence is not None and bounds[0] <= gap <= bounds[1] else None


def _one_weekday(named: list[tuple[dt.date | None, int]]) -> tuple[dt.date | None, int] | None:
    """The one weekday of sentences most like X (or Y), and the one day those that resolve give
    it (None when none resolves: reports dated by their month, whose weekdays a reader counts
    within one week); None when they name two weekdays or resolve it to two days (no length
    can be told)."""
    weekdays = {weekday for _, weekday in named}
    days = {day for day, _ in named if day is not None}
    if len(weekdays) != 1 or len(days) > 1:
        return None
    return (days.pop() if days else None), weekdays.pop()


def _scored(
    dated: list[tuple[_T, Evidence, str]], anchor: frozenset[str], rest: frozenset[str], least: int
) -> tuple[list[tuple[int, int, _T, Evidence]], list[tuple[int, int, _T, Evidence]]]:
    """The dated sentences most like X (sharing at least `least` words of `anchor`) and those
    most like Y (at least MIN_SHARED of `rest`), a weekday's own name aside."""
    scored = []
    for day, evidence, said in dated:
        words = _words_of(said)
        scored.append((len(words & anchor), len(words & rest), day, evidence))
    return _best(scored, 0, least), _best(scored, 1, MIN_SHARED)


def _words_of(said: str) -> frozenset[str]:
    """A dated sentence's `frame_words`, less the names of weekdays (the day is not the event)."""
    return frame_words(said) - _WEEKDAY_STEMS


def _weekdays_named(index: SourceIndex) -> list[tuple[_Day, Evidence, str]]:
    """Each weekday a source sentence names, as the day its source's date claims resolve it to
    (against that source's publication date), where, and the words of its sentence (see
    `_weekday_sentences`). A weekday no date claim resolves (an undated report) is not counted."""
    return [
        ((day.year, day.month, day.day), evidence, said)
        for evidence, _, said, day in _weekday_sentences(index)
        if day is not None
    ]


@functools.lru_cache(maxsize=1)  # one index per checked document; every duration claim asks
def _weekday_sentences(index: SourceIndex) -> tuple[tuple[Evidence, int, str, dt.date | None], ...]:
    """Where a source sentence names a weekday, the weekday (0: Monday), the words of its sentence
    and the one day the source's date claims resolve it to (None: a report dated by its month at
    most): only sentences naming one weekday (which is its event's is not known otherwise), not
    negated ("the ship had not moved by Saturday") and not a plan's day ("hoped to refloat it on
    Saturday", "will resume on Sunday", "would resume on Wednesday", "wanted it to restart on
    Wednesday": extract/frames.py `planned`, `_PLANNED`), read in the texts that may have a
    weekday's name."""
    sources = dict.fromkeys(source for day in WEEKDAYS for source in index.may_have(day))
    found: list[tuple[Evidence, int, str, dt.date | None]] = []
    for source in sources:
        text = index.lowered.get(source, "")
        for bounds in sentences(text):
            days = list(_WEEKDAY.finditer(text, *bounds))
            if len({d.group(1) for d in days}) != 1 or negation_in(text[bounds[0] : bounds[1]]):
                continue
            if planned(text, bounds, days[0].span()) or _PLANNED.search(text, bounds[0], days[0].start()):
                continue
            evidence = Evidence(source, days[0].span())
            weekday = WEEKDAYS.index(days[0].group(1))
            found.append((evidence, weekday, index.sentence_words(evidence), _resolved_day(index, evidence)))
    return tuple(found)


def _resolved_day(index: SourceIndex, place: Evidence) -> dt.date | None:
    """The one calendar day the source's date claims give the weekday at `place`, else None."""
    start, end = place.span
    days = {
        d.start
        for d in index.dates
        if d.source == place.source
        and d.start == d.end
        and d.span is not None
        and d.span[0] < end
        and start < d.span[1]
    }
    return days.pop() if len(days) == 1 else None


# a hope, an attempt, a wish or a plan before a weekday: what was meant to happen that day, not
# what did ("would resume on Wednesday", "wanted trading to restart on Wednesday", "was due to")
_PLANNED = lazy(
    r"\b(?:(?:hoped?|hopes|hoping|tried|tries|trying|attempt(?:ed|s|ing)?|aim(?:ed|s)?)\s+to|would|"
    r"want(?:s|ed|ing)?|plan(?:s|ned|ning)?\s+to|(?:is|are|was|were)\s+(?:due\s+)?to)\b"
)
DAYS_PER_WEEK = 7
_WEEKDAY = lazy(r"\b(" + "|".join(WEEKDAYS) + r")(?:['’]s)?\b")
_WEEKDAY_STEMS = frozenset(day[:FRAME_STEM] for day in WEEKDAYS)
# X named by the event alone: "the outage", "the crash", "its launch"
_NAMED_EVENT = lazy(r"\s*(?:the|its|their|his|her)\s+[a-z]+\s*", re.IGNORECASE)


MIN_SHARED = 2  # words a dated source sentence shares with X, and with Y


def _negated(sentence: str) -> bool:
    """Whether the summary's sentence holds a negation ("not", "never", any "n't" word)."""
    return negation_in(sentence)


_ANY_YEAR = 2000  # both days written without a year: compared in a leap year
_Day = tuple[int | None, int, int]  # (year or None, month, day)
_T = TypeVar("_T")  # what a scored sentence's day is: a _Day, or a weekday with its day if resolved


def _on(day: _Day, year: int) -> dt.date:
    """The day in its own year, else in `year` (29 February of a common year: 28 February)."""
    year = day[0] or year
    return dt.date(year, day[1], min(day[2], 28 if day[1] == 2 and not calendar.isleap(year) else day[2]))


def _dated(index: SourceIndex) -> list[tuple[_Day, Evidence, str]]:
    """Each day of a month a source writes out, with the words of its sentence, in a sentence
    that writes no other day."""
    found = []
    for source, span, day, year in index.days_written():
        evidence = Evidence(source, span)
        found.append(((year, day.month, day.day), evidence, index.sentence_words(evidence)))
    per_sentence = Counter((e.source, said) for _, e, said in found)
    return [item for item in found if per_sentence[(item[1].source, item[2])] == 1]


def _best(
    scored: list[tuple[int, int, _T, Evidence]], field: int, least: int
) -> list[tuple[int, int, _T, Evidence]]:
    """The scored days sharing the most words (at least `least`) in `field` (0: X, 1: Y)."""
    shared = [item[0] if field == 0 else item[1] for item in scored]
    top = max(shared, default=0)
    return [item for item, n in zip(scored, shared, strict=True) if n == top] if top >= least else []


def _rounded_from(
    claim: DurationClaim, value: float, days: float, index: SourceIndex, words: frozenset[str]
) -> Evidence | None:
    """A source length of time that a rounded one stands for: "about nine and a half minutes"
    (or "nine and a half minutes": a half is a rounding) for "9 minutes and 29 seconds". The
    length must lie in the claim's range ("more than nine minutes": at least nine) and within one
    step of its figure (half a unit for a fraction, else one unit: "more than two days" is not
    a fortnight); an exact whole figure is no rounding ("nine minutes" is not 9 minutes 29 seconds),
    nor is a source length whole in the claim's unit ("14 hours" is not "about 13 hours") unless
    the claim is a lower bound it lies above ("more than five weeks" for a "six-week span"), and
    the source's sentence must share a word of what went on with `words`, the summary's ("the
    flight was delayed 9 hours" is not "rescuers worked for about ten hours")."""
    fraction = value != int(value)
    step = 0.5 if fraction else 1.0
    # "more than five weeks" is true of a source's "six-week span": a lower bound holds for a
    # whole length above it within the step, as it holds for a rounded one
    above = pointing(claim.approx) is True
    if claim.approx is None:
        if not fraction:
            return None
        low, high = value - step / 2, value + step / 2
    else:
        low, high = approximate(value, claim.approx)
        low, high = max(low, value - step), min(high, value + step)
    for length, evidence in index.stated_lengths:
        whole = abs(length / days - round(length / days)) <= _EPSILON
        inside = low * days - _EPSILON <= length <= high * days + _EPSILON
        past_bound = above and length > value * days + _EPSILON
        if inside and (past_bound or not whole) and words & frame_words(index.sentence_words(evidence)):
            return evidence
    return None


_EPSILON = 1e-9  # days: a length exactly at a range's end is inside it


def _day_reached(value: float, days: float, index: SourceIndex, words: frozenset[str]) -> Evidence | None:
    """Where a source says an activity reached its Nth unit of time ("on the second day of
    deliberations") for a summary's "over two days of deliberation": whatever went on into its
    Nth day had lasted N days. Only when the source names the activity after "of" and the
    summary's sentence (`words`) names it too, and no source gives that activity a longer length
    in that unit ("the talks have lasted five weeks"); "on the second day, ministers agreed" and
    "fighting continued for a second day" name no activity that lasted. English writes "second"
    here, though it is no rank of ORDINAL_WORDS (which starts at "third": "second" is also the
    unit of time)."""
    units = [unit for unit in _NTH_UNITS if unit_days(unit) == days]
    # a match has its unit and "of" as words of one sentence: only texts with both are read
    may = {source for unit in units for source in index.may_have(f"{unit} of")}
    for source in (source for source in index.lowered if source in may):
        text = index.lowered[source]
        for match in _NTH_UNIT.finditer(text):
            activity = match.group("activity")[:FRAME_STEM]
            if _rank(match.group("rank")) != value or unit_days(match.group("unit")) != days:
                continue
            if activity in words and not _other_length(value, days, activity, index):
                return Evidence(source, match.span())
    return None


def _other_length(value: float, days: float, activity: str, index: SourceIndex) -> bool:
    """Whether a source states a length in the unit of `days` longer than `value` in a sentence
    naming `activity` (the stem of its word): the activity's total, which the Nth day is not
    ("lasted three days" against "on the second day"). A shorter one ("it took one day to
    deliberate") is a rounding of the hours worked, not a total the Nth day falls short of."""
    for number in index.numbers_headed(is_time_unit):
        unit = number.noun.split()[:1]
        if not unit or unit_days(unit[0]) != days or number.value <= value:
            continue
        if activity in frame_words(index.sentence_words(Evidence(number.source, number.span))):
            return True
    return False


def _rank(word: str) -> float | None:
    """The rank an ordinal word or figure ("second", "third", "4th") gives."""
    return 2.0 if word == "second" else _count(word)


def _count(word: str) -> float | None:
    """A figure or a number word ("29", "fifteen", "third") as a number."""
    found = numbers_in(word)
    return found[0][0] if found else None


@functools.lru_cache(maxsize=1)  # one index per checked document
def _years_since(index: SourceIndex) -> frozenset[float]:
    """The spans of years the sources imply: from each "since 2010" (or "from 2010") to the
    latest year they state."""
    latest, starts = index.years_said
    return frozenset(float(latest - start) for start in starts if latest is not None and latest > start)


# the units' own words ("hours", "minute"), which say how long, not what went on
_UNIT_STEMS = frozenset(word[:FRAME_STEM] for unit in TIME_UNITS for word in (unit, unit + "s"))
# one unit of time said without a figure: "a decade", "half a century", "one week"
_ONE_UNIT_WORDS = ("century", "centuries", "decade", "year", "month", "fortnight", "week", "day")  # its units
_ONE_UNIT = lazy(r"\b(half an?|an?|one) (" + "|".join(_ONE_UNIT_WORDS) + r")\b")
# "the second day of deliberations", "its third week of talks": the Nth unit an activity reached, and the activity
_NTH_UNITS = ("day", "week", "month", "year", "hour")  # _NTH_UNIT's units
_NTH_UNIT = lazy(
    r"\b(?:the|its|their|his|her|a) (?P<rank>second|"
    + "|".join(ORDINAL_WORDS)
    + r"|\d{1,2}(?:nd|rd|th)) (?:straight |consecutive |full )?(?P<unit>"
    + "|".join(_NTH_UNITS)
    + r") of (?:the |its |their |his |her )?(?P<activity>[a-z]+)"
)


def _one_unit_said(index: SourceIndex, days: float) -> Evidence | None:
    """Where a source states a length of time as one unit (or half of one) without a figure
    ("a decade" for "10 years", "a fortnight" for "two weeks"), when it is `days` long."""
    # the units (as _ONE_UNIT writes them) that one or half of is that long: none for "30 years",
    # so no text is read; else only the texts having the unit's word
    words = [
        word
        for word in _ONE_UNIT_WORDS
        if any(abs((unit_days(word) or 0.0) * share - days) <= 1e-6 * days for share in (0.5, 1.0))
    ]
    may = {source for word in words for source in index.may_have(word)}
    for source in (source for source in index.lowered if source in may):
        text = index.lowered[source]
        for match in _ONE_UNIT.finditer(text):
            unit = unit_days(match.group(2))
            share = 0.5 if match.group(1).startswith("half") else 1.0
            if unit and abs(unit * share - days) <= 1e-6 * days:
                return Evidence(source, match.span())
    return None
