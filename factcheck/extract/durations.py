"""Event frames for the ends of a duration, so "N days after X" meets the dates of X.

A duration's anchor phrase ("the quake struck", "the derailment", "a 2012 quake") names the
event it counts from; its event cue gives the same automatic frame a date of that event gets
(`auto.event.struck`, with `.y2012` when the anchor dates it to another year than the report's).
The other end is the date its own sentence gives ("on July 22, two days after the quake struck"),
kept on the claim as `ends_on`, so FC204 compares the two without any other claim for that end.

What a duration measures (issue 12): one anchored "after"/"before" an event, in a clause that
tells of another event just before it, spans the two ("the boat capsized some 10 minutes after
leaving port": `auto.span.capsized.after-departed`), so two sources' figures for it meet (FC205).

A date right after "since" is where a span starts ("in power since 1992", "the strongest quake
since 1970"): it is never the date of the event its sentence tells of.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

import msgspec

from factcheck.extract.frames import Activities, Frame, FrameTable, default_table
from factcheck.extract.text import STOP_WORDS, Found
from factcheck.lazyre import LazyPattern, lazy
from factcheck.model import DateInterval, Precision
from factcheck.model.ids import Family, auto_frame
from factcheck.wordlists import is_plural, word_list

_YEAR = lazy(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,])")
# the span starts at the date: "since 1992", "ever since March"
_SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+(?:early\s+|late\s+|mid-?)?\Z", re.IGNORECASE)
_SINCE_START = re.compile(r"(?:ever\s+)?since\b", re.IGNORECASE)
# an anchor word after which the duration's anchor is where it starts
FROM_ANCHOR = frozenset({"after", "since"})
# anchor words after which a duration spans its clause's event and its anchor's
SPAN_ANCHOR = frozenset({"after", "before"})
# events never a span's end: a report or a figure's rise is not what the duration measures
NOT_SPAN_END = frozenset(
    {"announced", "spoke", "figure-rose", "searching"}
)  # a search is span_events' `searched`
SPAN_WINDOW = 100  # characters before a duration searched for the event it measures
# events whose cue alone right before a duration states its length ("waited 11 hours")
LENGTH_EVENTS = frozenset({"waited"})
# span events that are states a length right before them measures ("six days on the lam")
STATE_EVENTS = frozenset({"at-large", "captive", "stranded", "searched"})
# states that may still hold when a report is written: their length grows from one report to
# the next ("his six days on the run" on day 6, "his nine days on the run" on day 9), and one
# "after" an event is how things stood then, not a span between two events ("dozens were still
# trapped 10 hours after the quake struck")
RUNNING_STATES = frozenset({"at-large", "captive", "stranded"})
# cues of a state only after a verb of being: "the public at large for two years", "the
# nickname stuck for two decades" are no one on the run or stranded
_BE_CUES = frozenset({"at large", "stuck"})
_BE_BEFORE = r"\b(?:is|are|was|were|be|been|being|remains?|remained|still|got|gets|get|left)\s+\Z"
# between an event cue and the length of it: "the search lasted ", "waited ", "were trapped for "
_LENGTH_GAP = r"\s+(?:(?:lasted|lasting|lasts|took|takes|had|has|have|been|was|were|went\s+on|continued)\s+)*"


class Ends(msgspec.Struct, frozen=True):
    """What extraction can tell of a duration's two ends."""

    from_frame: Frame | None  # the frame of the event it counts from
    ends_on: DateInterval | None  # the date its sentence gives for where it ends


def anchor_frame(
    text: str, anchor: tuple[int, int], published_year: int | None, table: FrameTable | None = None
) -> Frame | None:
    """The event frame of an anchor phrase: its first event cue, with `.y<year>` when the phrase
    names another year than the report's ("after a 2012 quake" is not this year's quake)."""
    table = table or default_table()
    phrase = text[anchor[0] : anchor[1]]
    best: tuple[int, str, str] | None = None
    for event, pattern in table.events.items():
        found = pattern.search(phrase)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), found.group().lower(), event)
    if best is None:
        return None
    year = _YEAR.search(phrase)
    suffix = ""
    if year is not None and published_year is not None and int(year.group(1)) != published_year:
        suffix = f".y{year.group(1)}"
    return Frame(auto_frame(Family.EVENT, best[2] + suffix), f"anchor '{phrase}' (cue '{best[1]}')")


def span_frame(
    text: str, item: Found, sentence: tuple[int, int], table: FrameTable | None = None
) -> Frame | None:
    """What a duration measures, from its own words: the event its clause tells of just before it
    and the event its anchor names ("capsized ... 10 minutes after leaving port" ->
    auto.span.capsized.after-departed), or the event it is the length of ("the search lasted
    three days", "rescuers waited for 11 hours" -> auto.span.searched.for). None when an end has
    no cue, or the anchor names a year (another event's time) or the same event as the clause."""
    table = table or default_table()
    cues = {**table.events, **table.span_events}
    if item.anchor is None or item.extras.get("anchor_word") not in SPAN_ANCHOR:
        return _length_frame(text, item, sentence, cues) if not item.extras.get("anchor_word") else None
    phrase = text[item.anchor[0] : item.anchor[1]]
    if _YEAR.search(phrase):
        return None
    anchor: tuple[int, str, str] | None = None
    for event, pattern in cues.items():
        found = pattern.search(phrase)
        if found is not None and event not in NOT_SPAN_END and (anchor is None or found.start() < anchor[0]):
            anchor = (found.start(), found.group().lower(), event)
    end: tuple[int, str, str] | None = None
    # up to the figure itself: "tipped over some 10 minutes" (its approximator may be a cue's word)
    core = item.extras.get("core")
    stop = core[0] if isinstance(core, tuple) else item.start
    lo = max(sentence[0], item.start - SPAN_WINDOW)
    for event, pattern in cues.items():
        if event in NOT_SPAN_END or event in RUNNING_STATES:
            continue
        for found in pattern.finditer(text, lo, stop):
            if end is None or found.end() > end[0]:
                end = (found.end(), found.group().lower(), event)
    if anchor is None or end is None or anchor[2] == end[2]:
        # "waited for 11 hours before the boat was lifted": the length of the wait
        return _length_frame(text, item, sentence, cues)
    word = str(item.extras["anchor_word"])
    slug = f"{end[2]}.{word}-{anchor[2]}"
    return Frame(auto_frame(Family.SPAN, slug), f"span from '{end[1]}' {word} '{anchor[1]}'")


def record_frame(text: str, item: Found, sentence: tuple[int, int]) -> Frame | None:
    """The time since the last event as strong (or deadly) as this one: "the strongest earthquake
    to hit Yunnan in 14 years", "this magnitude has not happened for the past 12, or 13 years"
    (auto.span.since-stronger, auto.span.since-deadlier)."""
    if item.anchor is not None:
        return None
    before = text[max(sentence[0], item.start - SPAN_WINDOW) : item.start]
    tail = _pattern(_RECORD_TAIL).search(before)
    if tail is None:
        return None
    clause = before[: tail.start()]
    for kind, words in _RECORD_KINDS:
        found = _pattern(words).search(clause)
        if found is not None:
            return Frame(
                auto_frame(Family.SPAN, f"since-{kind}"), f"span since the last '{found.group().lower()}'"
            )
    return None


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """A case-blind pattern, compiled on first use (not at import)."""
    return re.compile(source, re.IGNORECASE)


# "... in 14 years", "... for the past 12, or 13 years" (the clause before it says what record)
_RECORD_TAIL = r"\b(?:in|for)\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\d+,?\s+or\s+)?\Z"
_RECORD_KINDS = (
    ("deadlier", r"\b(?:deadliest|worst)\b"),
    (
        "stronger",
        r"\b(?:strongest|most\s+powerful|biggest|largest)\b"
        r"|\b(?:this|that|such\s+a|such)\s+magnitude\b[^.;]*\b(?:not|never)\b",
    ),
)


def _length_frame(
    text: str, item: Found, sentence: tuple[int, int], cues: dict[str, LazyPattern]
) -> Frame | None:
    """The event a duration with no anchor is the length of: a cue right before it, with at most a
    verb of lasting between ("the search lasted three days", "waited for 11 hours"). "Within"
    bounds a time rather than stating it, and is left alone."""
    opening = text[item.start : item.start + 7].lower()
    if opening.startswith("within"):
        return None
    stated = opening.startswith("for ")  # "waited for 11 hours", not "capsized 10 minutes after"
    lo = max(sentence[0], item.start - SPAN_WINDOW)
    best: tuple[int, str, str] | None = None
    for event, pattern in cues.items():
        if event in NOT_SPAN_END:
            continue
        for found in pattern.finditer(text, lo, item.start):
            gap = _pattern(_LENGTH_GAP).fullmatch(text, found.end(), item.start)
            if gap is None or not (stated or gap.group().strip() or event in LENGTH_EVENTS):
                continue
            if not _be_before(text, found, sentence[0]):
                continue
            if best is None or found.end() > best[0]:
                best = (found.end(), found.group().lower(), event)
    if best is None:
        return _state_after(text, item, sentence, cues) or activity_frame(text, item, sentence)
    return Frame(auto_frame(Family.SPAN, f"{best[2]}.for"), f"span: how long '{best[1]}' took")


def _be_before(text: str, found: re.Match[str], start: int) -> bool:
    """False for a cue that names a state only after a verb of being, without one: "the public
    at large", "the nickname stuck" (not "remains at large", "were stuck")."""
    if " ".join(found.group().lower().split()) not in _BE_CUES:
        return True
    return _pattern(_BE_BEFORE).search(text, start, found.start()) is not None


def running_state(subject: str) -> bool:
    """True for the length of a state that may still hold at the report's time
    (auto.span.at-large.for, auto.span.stranded.for)."""
    return any(subject == auto_frame(Family.SPAN, f"{state}.for") for state in RUNNING_STATES)


# between a length and the state it is the length of: "17 days trapped", "six days on the lam",
# "two weeks of captivity" (nothing else: "three days after ..." is an anchor, not a state)
_STATE_GAP = r"\s+(?:of\s+)?"


def _state_after(
    text: str, item: Found, sentence: tuple[int, int], cues: dict[str, LazyPattern]
) -> Frame | None:
    """The state a length right before it measures: "his six days on the lam", "their 17 days
    trapped underground" (auto.span.at-large.for): the same frame as "was on the run for six days"
    gives, so two reports' lengths of one state meet. Only span events (states and operations),
    not event cues: "two days killed" is not a length of killing."""
    gap = _pattern(_STATE_GAP).match(text, item.end, sentence[1])
    if gap is None:
        return None
    for event, pattern in cues.items():
        if event in NOT_SPAN_END or event not in STATE_EVENTS:
            continue
        found = pattern.match(text, gap.end(), sentence[1])
        if found is not None:
            return Frame(
                auto_frame(Family.SPAN, f"{event}.for"), f"span: how long '{found.group().lower()}' lasted"
            )
    return None


# a length's own words: a unit alone, singular ("nine-hour", "two hour"), or any unit
_UNIT_SINGULAR = lazy(
    r"(?:^|[\s-])(?:second|minute|hour|day|week|month|year|decade)(?:-long)?\Z", re.IGNORECASE
)
_UNIT_ANY = lazy(r"(?:second|minute|hour|day|week|month|year|decade)s?\Z", re.IGNORECASE)
# after a length in units: "of" and a determiner or possessive maybe ("four hours of deliberation",
# "17 minutes of his rampage")
_OF_AFTER = lazy(r"\s+of\s+(?:(?:the|a|an|his|her|their|its|our|my|your|this|that)\s+)?", re.IGNORECASE)
# a lower-case word of a noun phrase ("closed-door" is one)
_PHRASE_WORD = lazy(r"(?P<word>[a-z][a-z'’-]*)\b")
# the noun and the verb of lasting right before a length ("the free fall lasted ")
_LASTED_BEFORE = lazy(r"(?P<head>[A-Za-z][a-z'’-]+)\s+(?P<verb>[a-z]+)\s+(?:for\s+)?\Z")
# the noun of a length given after "of": "a free fall of four minutes", "the blackout of 12 hours"
_NOUN_OF_BEFORE = lazy(
    r"\b(?i:a|an|the|his|her|their|its)\s+(?:[a-z][a-z'’-]*\s+){0,2}?(?P<head>[a-z][a-z'’-]*)\s+of\s+\Z"
)
PHRASE_WORDS = 2  # words of a noun phrase after a length, at most


def activity_frame(
    text: str, item: Found, sentence: tuple[int, int], table: FrameTable | None = None
) -> Frame | None:
    """The activity a duration's own words name, when no event cue frames it: the noun after a
    length in one unit ("a nine-hour battle", "an 18-day ordeal"), after a length and "of" ("four
    hours of deliberation"), before "of" and the length ("a free fall of four minutes"), or before
    a verb of lasting ("the free fall lasted 4 minutes"):
    auto.span.<noun>.for (frames.yaml `activity_lengths`). None for a part of an activity ("the
    first 24 hours of talks"), a noun the table leaves out (time words, journeys, a person's
    sentence) and a phrase whose noun is not plain (`_phrase_noun`)."""
    table = table or default_table()
    words = table.activities
    if words is None:
        return None
    before = text[max(sentence[0], item.start - 40) : item.start].lower().split()
    own = text[item.start : item.end]
    if (
        (before and before[-1] in words.parts)
        or (before[-2:-1] and before[-1] == "of" and before[-2] in words.parts)
        or own.split()[0].lower() in words.parts
    ):
        return None  # "the first 24 hours of", "the second of three days of strikes": a part of it
    noun: str | None = None
    if _UNIT_SINGULAR.search(own):
        noun = (
            _phrase_noun(text, item.end, sentence[1], words)
            if text[item.end : item.end + 1] in " -"
            else None
        )
    elif _UNIT_ANY.search(own):
        of = _OF_AFTER.match(text, item.end, sentence[1])
        noun = _phrase_noun(text, of.end(), sentence[1], words) if of is not None else None
    if noun is None:
        named = _NOUN_OF_BEFORE.search(text, max(sentence[0], item.start - 60), item.start)
        noun = named.group("head").lower() if named is not None else None
    if noun is None:
        lasted = _LASTED_BEFORE.search(text, max(sentence[0], item.start - 60), item.start)
        if lasted is not None and lasted.group("verb") in words.lasting:
            noun = lasted.group("head").lower()
    head = _activity(noun, words) if noun is not None else None
    if head is None:
        return None
    cues = {**table.events, **table.span_events}
    event = next((name for name, pattern in cues.items() if pattern.fullmatch(head)), head)
    return Frame(auto_frame(Family.SPAN, f"{event}.for"), f"span: how long the '{noun}' took")


def _phrase_noun(text: str, start: int, stop: int, words: Activities) -> str | None:
    """The last word of the noun phrase right at `start`: at most PHRASE_WORDS lower-case words,
    ended by punctuation, an `ends` word or a verb's -ed form after its first word. None when the
    phrase runs on past that, into a capitalised word ("900 years of turbulent French history")
    or a determiner ("minutes of acknowledging the crowd": a verb's object), or is empty."""
    at = start
    if text.startswith("-long", at):
        at += len("-long")  # "a two-hour-long meeting"
    while at < stop and text[at] == " ":
        at += 1
    found: list[str] = []
    while at < stop:
        word = _PHRASE_WORD.match(text, at, stop)
        if word is None:
            break
        low = word.group("word").lower().strip("'’-")
        if low in words.ends or (found and low.endswith("ed")):
            break
        if found and low in word_list("determiners"):
            return None
        found.append(low)
        if len(found) > PHRASE_WORDS:
            return None
        at = word.end()
        if not text.startswith(" ", at):
            break  # punctuation or the sentence's end
        if text[at + 1 : at + 2].isupper():
            return None  # the phrase runs into a name: its noun is not plain
        at += 1
    return found[-1] if found else None


def _activity(noun: str, words: Activities) -> str | None:
    """The noun as a frame's word, singular ("talks" -> talk), or None when it names no activity."""
    if noun in words.not_activities or noun in STOP_WORDS or len(noun) < 3 or not noun.isalpha():
        return None
    if noun.endswith("ly"):
        return None
    if is_plural(noun) and noun.endswith("s"):
        noun = noun[:-2] if noun.endswith(("ches", "shes", "sses", "xes")) else noun[:-1]
    return None if noun in words.not_activities else noun


def duration_ends(
    text: str, item: Found, sentence_dates: Iterable[Found], published_year: int | None
) -> Ends:
    """The frame of the event a duration counts from, and the date its sentence gives for its
    other end: the date nearest the duration, outside its anchor, when the anchor is where the
    span starts ("after", "since")."""
    if item.anchor is None or item.extras.get("anchor_word") not in FROM_ANCHOR:
        return Ends(None, None)
    frame = anchor_frame(text, item.anchor, published_year)
    if frame is None:
        return Ends(None, None)
    return Ends(frame, _nearest_date(item, sentence_dates))


def _nearest_date(item: Found, dates: Iterable[Found]) -> DateInterval | None:
    """The date nearest the duration in its sentence, not inside it or its anchor."""
    best: tuple[int, Found] | None = None
    for date in dates:
        if date.overlaps(item.start, item.end):
            continue
        start, end = date.fields.get("start"), date.fields.get("end")
        precision = date.fields.get("precision")
        if not isinstance(start, dt.date) or not isinstance(end, dt.date) or precision is None:
            continue
        distance = item.start - date.end if date.end <= item.start else date.start - item.end
        if best is None or distance < best[0]:
            best = (distance, date)
    if best is None:
        return None
    fields = best[1].fields
    precision = fields["precision"]
    assert isinstance(precision, Precision)
    return DateInterval(start=fields["start"], end=fields["end"], precision=precision)


def since_bound(text: str, start: int) -> bool:
    """True for a date written right after "since": where a span starts, not its event's date."""
    if _SINCE_START.match(text, start):
        return True  # the date's own words begin with it ("since 1987")
    return _SINCE_BEFORE.search(text, max(0, start - 20), start) is not None


def masked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with these spans blanked (same length), so their cue words frame nothing else: the
    date in "on July 22, two days after the quake struck" is not the quake's date."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
