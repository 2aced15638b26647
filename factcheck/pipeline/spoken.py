"""A day the sources state only as the day they speak from: "this morning" in a report of 24 June.

`check` looks a summary's day up in the source texts by its written forms ("June 24", "24
June"). A report of the day itself rarely writes its own date: it says "this morning", "today",
"yesterday". Read against the day the report speaks from (its publication date; a `--source`
file with no date of its own speaks from no known day), such a phrase states that day. It
bears out the summary's day only where its sentence is about the summary sentence's event: the two share FRAME_MATCH `frame_words` ("Cameron",
"Downing Street") and the phrase's own event frame is the summary date's (extract/frames.py
`date_frame`: "ran aground near the Harlow ferry terminal" is not "toured the Harlow ferry
terminal yesterday"), since a report's "today" dates whatever it is said of, not every event of
that day; and not where it dates the telling of something else ("said today that the fire had
started", a "that" right after it) or where its sentence names a weekday or a month (the
event's own day is written there; "may" is no month here). The phrases are data
(link/spoken_days.yaml).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factcheck.extract.dates import MONTHS
from factcheck.extract.frames import date_frame, default_table
from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import lazy
from factcheck.link import support
from factcheck.link.support import (
    FRAME_MATCH,
    FRAME_STEM,
    Evidence,
    SourceIndex,
    frame_words,
    sentence_span_at,
)
from factcheck.model import WEEKDAYS, Claim, DateClaim, Precision
from factcheck.registry import Registry
from factcheck.registry.loader import SourceDate
from factcheck.registry.partial import published_days
from factcheck.yamlio import load_data_file

_TELLING = lazy(r"\s+that\b")  # "said today that": what follows happened on another day
# a weekday or a month named in a lower-case sentence: the event's own day is written there
_DAY_NAMED = lazy(
    r"\b(?:" + "|".join([*WEEKDAYS, *(m.lower() for m in MONTHS if len(m) > len("may"))]) + r")\b"
)


@functools.cache
def _spoken_days() -> Any:
    """link/spoken_days.yaml, read once per process."""
    return load_data_file(Path(support.__file__).with_name("spoken_days.yaml"))


@functools.cache
def _phrases() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(days from the report's day, a pattern of the phrases saying it), from spoken_days.yaml."""
    found: list[tuple[int, re.Pattern[str]]] = []
    for entry in _spoken_days()["days"]:
        words = sorted((str(p) for p in entry["phrases"]), key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        found.append((int(entry["shift"]), re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")))
    return tuple(found)


def spoken_phrase(claim: Claim) -> bool:
    """Whether a claim is a day said from the day its report speaks from ("yesterday")."""
    if not isinstance(claim, DateClaim) or not claim.relative:
        return False
    words = " ".join(claim.text.lower().split())
    return any(pattern.fullmatch(words) for _, pattern in _phrases())


def speaking_days(registry: Registry) -> dict[str, dt.date]:
    """The day each news source speaks from: its publication day, else none. A `--source` file
    with no date of its own speaks from no known day: the checked summary's date is when the
    summary was written, not when its sources spoke, so their "today" dates nothing."""
    return published_days(registry.sources)  # without building each stored source's record


@functools.cache
def _telling_events() -> frozenset[str]:
    """The events that are a telling (spoken_days.yaml `telling_events`): their day is the day
    someone spoke, so a source's "said this morning" dates them."""
    return frozenset(str(e) for e in _spoken_days().get("telling_events") or ())


@functools.cache
def _speech_events() -> frozenset[str]:
    """The events whose cue is someone speaking (spoken_days.yaml `speech_events`): "police said
    Tuesday" dates the telling, not what was told."""
    return frozenset(str(e) for e in _spoken_days().get("speech_events") or ())


# "the Harlow ferry terminal", "the Delmont paper mill": a name after "the" and the lower-case
# words that follow it up to a stop word or a stop: a place, whose words are no event's
_NAMED_PLACE = lazy(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+)+((?:[a-z][\w-]*\s*)*)")
_TOKEN = lazy(r"[A-Za-z][\w'’-]*")


def event_words(sentence: str, text: str = "") -> frozenset[str]:
    """The words of a sentence that may say what happened, as `frame_words` cuts them: lower-case
    words that are no stop word and not the tail of a named place ("ferry terminal" of "the
    Harlow ferry terminal"). "Ran aground" says the event; a place two events share does not.
    Given the whole `text`, the sentence's first word counts too when the text also writes it in
    lower case: "Gunmen abducted ..." opens with a word, not a name."""
    tail: set[int] = set()
    for found in _NAMED_PLACE.finditer(sentence):
        for word in _TOKEN.finditer(sentence, found.start(1), found.end(1)):
            if word.group().lower() in STOP_WORDS:
                break
            tail.add(word.start())
    tokens = list(_TOKEN.finditer(sentence))
    opening = tokens[0].start() if tokens and _lower_elsewhere(tokens[0].group(), text) else -1
    return frozenset(
        w.group()[:FRAME_STEM].lower()
        for w in tokens
        if (w.group().islower() or w.start() == opening)
        and w.start() not in tail
        and len(w.group()) > 2
        and w.group().lower() not in STOP_WORDS
    )


def _lower_elsewhere(word: str, text: str) -> bool:
    """Whether a capitalised word is written in lower case somewhere in `text` (a common word
    that opens a sentence, not a name)."""
    lower = word.lower()
    if word == lower or not text:
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(lower)}(?![\w'’-])", text) is not None


def event_of(prose: str, span: tuple[int, int]) -> str | None:
    """The event frame id (extract/frames.py `date_frame`) of the date at `span` of `prose`."""
    sentence = sentence_span_at(prose, span[0])
    if sentence is None:
        return None
    frame = date_frame(prose, span, sentence)[0]
    return frame.id if frame is not None else None


_CUE = lazy(r"cue '([^']*)'")  # the cue `date_frame` says it read the event from


def clause_event(prose: str, span: tuple[int, int]) -> str | None:
    """The event frame id of the date at `span` of `prose` when the verb of the date's own clause
    is the frame's cue (`_clause_verb`): "A fire broke out ... on Wednesday" dates the fire, but
    "a fire broke out on Tuesday, and police opened an inquiry on Wednesday" dates no fire on
    Wednesday, though the sentence's frame is the fire's."""
    sentence = sentence_span_at(prose, span[0])
    if sentence is None:
        return None
    frame = date_frame(prose, span, sentence)[0]
    cue = _CUE.search(frame.why) if frame is not None else None
    verb = _clause_verb(prose, span) if frame is not None and cue is not None else None
    if verb is None or verb[2] or cue is None or frame is None:
        return None
    return frame.id if cue.group(1).lower() in prose[verb[0] : verb[1]].lower() else None


def _same_event(
    event: str | frozenset[str], text: str, span: tuple[int, int], sentence: tuple[int, int]
) -> frozenset[str] | None:
    """Whether the spoken phrase at `span` dates `event`: its own event frame is the same, or
    `event` is a telling and the phrase dates someone speaking ("Speaking this morning, ...").
    A date with no event frame gives its sentence's `event_words` instead: the phrase's
    sentence must share FRAME_MATCH of them ("ran aground"; one shared noun, "ferry", may be of
    another event). None when not; else the words of the event's cue, which say only what kind
    of event it was ("broke out" of a fire at a bakery in Ghent and one at a warehouse in Ostend):
    the sentences must share FRAME_MATCH words besides them."""
    frame, why = date_frame(text, span, sentence)
    if isinstance(event, frozenset):
        words = event_words(text[sentence[0] : span[0]] + " " + text[span[1] : sentence[1]], text)
        # the phrase's own "morning" says no event
        return frozenset() if frame is None and len(event & words) >= FRAME_MATCH else None
    if frame is not None:
        cue = _CUE.search(frame.why)
        return (frame_words(cue.group(1)) if cue else frozenset()) if frame.id == event else None
    telling = event.rsplit(".", 1)[-1] in _telling_events()
    return frozenset() if telling and "(spoke)" in why else None


def spoken_day(
    claim: DateClaim,
    context: frozenset[str],
    index: SourceIndex,
    days: Mapping[str, dt.date],
    event: str | frozenset[str] = frozenset(),
) -> Evidence | None:
    """Where a source says the claim's one day from the day it speaks from ("this morning",
    "yesterday"), in a sentence sharing FRAME_MATCH of `context` (the `frame_words` of the
    claim's sentence) whose phrase dates the claim's `event` (its event frame id, or for a date
    with none its sentence's `event_words`: two shared words may be a place, "the Harlow ferry
    terminal", not the event), else None. Only a day written out (not a relative one of the summary's, nor a
    month or a span of days)."""
    if claim.relative or claim.start != claim.end or claim.precision not in (Precision.DAY, Precision.TIME):
        return None
    if len(context) < FRAME_MATCH or not event:
        return None
    for source, day in days.items():
        text, original = index.lowered.get(source), index.texts.get(source)
        if text is None:
            continue
        if original is None or len(original) != len(text):
            original = text
        for shift, pattern in _phrases():
            if day + dt.timedelta(days=shift) != claim.start:
                continue
            for found in pattern.finditer(text):
                if _event_share(text, original, found.span(), context, event):
                    return Evidence(source, found.span())
    return _weekday_day(claim, context, index, days, event)


def _weekday_day(
    claim: DateClaim,
    context: frozenset[str],
    index: SourceIndex,
    days: Mapping[str, dt.date],
    event: str | frozenset[str],
) -> Evidence | None:
    """Where a source names the claim's day by its weekday, resolved against the day the source
    speaks from ("on Monday night" in a report of Wednesday 16 April is 14 April), in a sentence
    that dates the claim's event as `spoken_day` asks, and no sentence of that kind sharing at
    least half as many words with the summary's as the closest one resolves its weekday to another
    day: "was arrested in Lagos on Monday night" and "fuel prices rose on Tuesday after the
    arrest" both share words with "fuel prices rose in Lagos on 15 September after the arrest",
    and words cannot tell which of the two days the summary's event had; a sentence that shares
    3 words beside one that shares 14 is about something else."""
    found: list[tuple[int, dt.date, Evidence, bool]] = []
    weekdays = _weekdays_resolved(index)
    for source in days:
        text, original = index.lowered.get(source), index.texts.get(source)
        if text is None:
            continue
        if original is None or len(original) != len(text):
            original = text
        for weekday in weekdays.get(source, ()):
            if weekday.span is None:
                continue
            share = _event_share(text, original, weekday.span, context, event)
            if share:
                # "police said Tuesday", "troops began searching the hills on Tuesday": a day of
                # another clause bears out nothing, though it still stands against another day
                own = not isinstance(event, frozenset) or own_clause(original, weekday.span, event)
                found.append((share, weekday.start, Evidence(source, weekday.span), own))
    if not found:
        return None
    best = max(share for share, *_ in found)
    near = [item for item in found if 2 * item[0] >= best]  # half as close or closer
    if any(day != claim.start for _, day, _, _ in near):
        return None
    return next((evidence for _, _, evidence, own in sorted(near, key=lambda i: -i[0]) if own), None)


# a word that reads as a verb: a past form or participle in lower case ("abducted", "searching")
_VERB_FORM = lazy(r"(?<![\w'’-])[a-z][a-z-]+(?:ed|ing)(?![\w'’-])")
_ONLY_ON = lazy(r"\s*(?:on\s+)?")


def own_clause(text: str, span: tuple[int, int], event: frozenset[str]) -> bool:
    """Whether the weekday at `span` of a source's `text` sits in the clause of the summary's
    event (`event`: its `event_words`): no telling right before or after it ("police said
    Tuesday", "police said on Tuesday", "police on Tuesday said"), and the verb of its own clause,
    the nearest verb before it (an event cue of extract/data/frames.yaml, or a past form or
    participle), else the first after it ("On Tuesday, gunmen abducted"), is one of the event's
    words. "Gunmen abducted 40 workers, and troops began searching the hills on Tuesday" dates a
    search; "The gunmen who abducted 40 workers last week freed them on Tuesday" a release."""
    verb = _clause_verb(text, span)
    if verb is None or verb[2]:
        return False
    return text[verb[0] : verb[1]].lower()[:FRAME_STEM] in event


def _clause_verb(text: str, span: tuple[int, int]) -> tuple[int, int, bool] | None:
    """The verb of the clause of the date at `span` (start, end, whether a telling), as
    `own_clause` reads it; a telling right beside the date ("police said Tuesday") is the
    day someone spoke. None when the sentence has no verb."""
    bounds = sentence_span_at(text, span[0])
    if bounds is None:
        return None
    speech = _speech_events()
    verbs: list[tuple[int, int, bool]] = []  # start, end, a telling
    for name, pattern in default_table().events.items():
        for found in pattern.finditer(text, bounds[0], bounds[1]):
            if found.group().islower():  # "Rose Adeyemi" is no "rose"
                verbs.append((found.start(), found.end(), name in speech))
    for found in _VERB_FORM.finditer(text, bounds[0], bounds[1]):
        if not any(start <= found.start() < end for start, end, _ in verbs):
            verbs.append((found.start(), found.end(), False))
    for start, end, telling in verbs:
        if telling and (
            (end <= span[0] and _ONLY_ON.fullmatch(text, end, span[0]))
            or (start >= span[1] and not text[span[1] : start].strip())
        ):
            return (start, end, True)  # the day someone spoke
    before = [v for v in verbs if v[1] <= span[0]]
    after = sorted(v for v in verbs if v[0] >= span[1])
    return max(before) if before else (after[0] if after else None)


def _weekdays_resolved(index: SourceIndex) -> dict[str, list[SourceDate]]:
    """Per source, its dates of one day that name a weekday, resolved against its publication
    day: said from the day the report speaks from, as "yesterday" is. One pass over the index's
    dates (a large registry has tens of thousands), not one per source."""
    by_source: dict[str, list[SourceDate]] = {}
    for d in index.dates:
        if (
            d.relative
            and d.start == d.end
            and d.precision in (Precision.DAY, Precision.TIME)
            and any(w in WEEKDAYS for w in re.findall(r"[a-z]+", d.text.lower()))
        ):
            by_source.setdefault(d.source, []).append(d)
    return by_source


def _event_share(
    text: str,
    original: str,
    span: tuple[int, int],
    context: frozenset[str],
    event: str | frozenset[str],
) -> int:
    """How many words of `context` the sentence of the day phrase at `span` of a source's
    lower-cased `text` shares besides the event's cue words, when the phrase dates the summary
    sentence's event (0 when not): not a telling ("said today that ..."), in a sentence sharing
    FRAME_MATCH of `context` besides the cue words, naming no other weekday or month, whose
    phrase dates `event` (`_same_event`)."""
    if _TELLING.match(text, span[1]):
        return 0  # "said today that ...": the day of the telling
    bounds = sentence_span_at(text, span[0])
    if bounds is None:
        return 0
    sentence = text[bounds[0] : bounds[1]]
    shared = frame_words(sentence) & context
    rest = text[bounds[0] : span[0]] + " " + text[span[1] : bounds[1]]  # the phrase's own weekday aside
    if _DAY_NAMED.search(rest) is not None or len(shared) < FRAME_MATCH:
        return 0
    cue = _same_event(event, original, span, bounds)
    if cue is None or len(shared - cue) < FRAME_MATCH:
        return 0
    return len(shared - cue)
