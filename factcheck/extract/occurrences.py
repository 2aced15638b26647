"""A second occurrence of a report's event on a later day: an aftershock, a second blast.

A report that dates its event ("Wednesday's earthquake") and later tells of the same kind of
event on another, later day ("Amatrice was hit by a 4.8-magnitude temblor early on Friday
morning") tells of two occurrences: the later day is not the main event's date (it is never
compared), and a measure in that clause (4.8) is not the main event's magnitude (it is the
`.secondary` one, as an aftershock's is: extract/pipeline.py). Only a report that has already given the
event its own day can have a second occurrence, and only a clause that says it is another one
(frames.yaml `date_words.occurrence`: "another", "aftershock", "again", or the event's noun after
"a": "a 4.8-magnitude temblor"): an outlet printing one wrong day for the main event, or two days
for it with no such word, is still compared (a wrong day is an error editors must see).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from factcheck.extract.frames import clause_bounds, date_words, default_table
from factcheck.extract.text import Found
from factcheck.lazyre import lazy

# "a", "an" and up to three words ("a 4.8-magnitude", "a strong") right before an event's noun:
# an occurrence the text introduces, not the one it has named before ("the quake")
_INDEFINITE = lazy(r"(?<![\w-])(?:a|an)\s+(?:[\w.,'’-]+\s+){0,3}\Z", flags=0)


def one_day(item: Found) -> dt.date | None:
    """The one day a date gives, None for a span of days or an unknown day."""
    start, end = item.fields.get("start"), item.fields.get("end")
    first = start.date() if isinstance(start, dt.datetime) else start
    last = end.date() if isinstance(end, dt.datetime) else end
    return first if isinstance(first, dt.date) and first == last else None


def said_another(text: str, span: tuple[int, int], sentence: tuple[int, int], event: str) -> bool:
    """Whether the date's clause says its event is another occurrence: a word of
    `date_words.occurrence` ("aftershock", "another", "again"), or an event's noun introduced by
    "a" ("hit by a 4.8-magnitude temblor")."""
    lo, hi = clause_bounds(text, span[0], span[1], sentence)
    if date_words().occurrence.search(text, lo, hi):
        return True
    pattern = default_table().events.get(event)
    if pattern is None:
        return False
    return any(
        _INDEFINITE.search(text, max(sentence[0], found.start() - 40), found.start()) is not None
        for found in pattern.finditer(text, lo, hi)
    )


def later_occurrences(
    text: str,
    dates: Iterable[Found],
    sentence_of: Callable[[int], tuple[int, int]],
    frame_of: Callable[[Found], str | None],
) -> dict[int, str]:
    """Start of each date that dates a later occurrence of its event -> why: a day after the one
    the text first gave the same event frame, in a clause that says it is another occurrence.
    Such a date is never compared: two reports' later occurrences are seldom one (one report's
    aftershock on Wednesday night, another's anniversary of an older quake). `frame_of` gives a
    date's event frame or None."""
    first: dict[str, dt.date] = {}
    marked: dict[int, str] = {}
    for item in sorted(dates, key=lambda d: d.start):
        day = one_day(item)
        frame = frame_of(item) if day is not None else None
        if frame is None or day is None:
            continue
        if frame not in first:
            first[frame] = day
            continue
        event = frame.rsplit(".", 1)[-1]
        if day <= first[frame] or not said_another(
            text, (item.start, item.end), sentence_of(item.start), event
        ):
            continue
        marked[item.start] = (
            f"another occurrence on a later day than the text's {first[frame].isoformat()}: never compared"
        )
    return marked
