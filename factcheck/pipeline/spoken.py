"""A day the sources state only as the day they speak from: "this morning" in a report of 24 June.

`check` looks a summary's day up in the source texts by its written forms ("June 24", "24
June"). A report of the day itself rarely writes its own date: it says "this morning", "today",
"yesterday". Read against the day the report speaks from (its publication date; a `--source`
file with no date of its own is read against the checked document's date, as its extraction
was), such a phrase states that day. It bears out the summary's day only where its sentence is
about the summary sentence's event: the two share FRAME_MATCH `frame_words` ("Cameron",
"Downing Street"), since a report's "today" dates whatever it is said of, not every event of
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

from factcheck.extract.dates import MONTHS
from factcheck.link import support
from factcheck.link.support import FRAME_MATCH, Evidence, SourceIndex, frame_words, sentence_at
from factcheck.model import WEEKDAYS, DateClaim, Precision
from factcheck.registry import Registry
from factcheck.yamlio import load_data_file

_TELLING = re.compile(r"\s+that\b")  # "said today that": what follows happened on another day
# a weekday or a month named in a lower-case sentence: the event's own day is written there
_DAY_NAMED = re.compile(
    r"\b(?:" + "|".join([*WEEKDAYS, *(m.lower() for m in MONTHS if len(m) > len("may"))]) + r")\b"
)


@functools.cache
def _phrases() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(days from the report's day, a pattern of the phrases saying it), from spoken_days.yaml."""
    data = load_data_file(Path(support.__file__).with_name("spoken_days.yaml"))
    found: list[tuple[int, re.Pattern[str]]] = []
    for entry in data["days"]:
        words = sorted((str(p) for p in entry["phrases"]), key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        found.append((int(entry["shift"]), re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")))
    return tuple(found)


def speaking_days(registry: Registry, undated: dt.date | None) -> dict[str, dt.date]:
    """The day each news source speaks from: its publication day, else `undated` (the day its
    extraction read it against, for `--source` files), else none."""
    days: dict[str, dt.date] = {}
    for source_id, source in registry.sources.items():
        published = source.published
        if published is not None and published.start == published.end:
            days[source_id] = published.start
        elif published is None and undated is not None:
            days[source_id] = undated
    return days


def spoken_day(
    claim: DateClaim, context: frozenset[str], index: SourceIndex, days: Mapping[str, dt.date]
) -> Evidence | None:
    """Where a source says the claim's one day from the day it speaks from ("this morning",
    "yesterday"), in a sentence sharing FRAME_MATCH of `context` (the `frame_words` of the
    claim's sentence), else None. Only a day written out (not a relative one of the summary's,
    nor a month or a span of days)."""
    if claim.relative or claim.start != claim.end or claim.precision not in (Precision.DAY, Precision.TIME):
        return None
    if len(context) < FRAME_MATCH:
        return None
    for source, day in days.items():
        text = index.lowered.get(source)
        if text is None:
            continue
        for shift, pattern in _phrases():
            if day + dt.timedelta(days=shift) != claim.start:
                continue
            for found in pattern.finditer(text):
                if _TELLING.match(text, found.end()):
                    continue  # "said today that ...": the day of the telling
                sentence = sentence_at(text, found.start())
                if (
                    _DAY_NAMED.search(sentence) is None
                    and len(frame_words(sentence) & context) >= FRAME_MATCH
                ):
                    return Evidence(source, found.span())
    return None
