"""Onset verbs: "the fire, which investigators believe started about 2 a.m.", "the incident
happened around 7 pm", "gunmen struck at dawn". The verb tells only that something happened; its
subject tells what, so the time of day beside it meets the other reports' times of that event.
The words are frames.yaml's `onset` section."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import msgspec

from factcheck.extract.wordlists import phrase_alternation
from factcheck.lazyre import LazyPattern, lazy

SUBJECT_REACH = 80  # characters before an onset verb searched for its subject


class Onset(msgspec.Struct, frozen=True):
    """The onset verbs, the nouns that name an event as their subject, and the anaphors."""

    verbs: LazyPattern
    subjects: LazyPattern  # any subject noun or anaphor, the last one before the verb wins
    events: dict[str, str]  # subject noun (lower case) -> event
    anaphors: frozenset[str]


def build_onset(data: Mapping[str, Any]) -> Onset | None:
    """The Onset of frames.yaml's `onset` section; None when it has no verbs."""
    verbs = [str(v) for v in data.get("verbs") or []]
    if not verbs:
        return None
    events = {
        " ".join(str(noun).lower().split()): str(event)
        for event, nouns in (data.get("subjects") or {}).items()
        for noun in nouns or []
    }
    anaphors = frozenset(" ".join(str(a).lower().split()) for a in data.get("anaphors") or [])
    return Onset(
        lazy(rf"(?<![\w-])(?i:{phrase_alternation(verbs)})(?![\w-])"),
        lazy(rf"(?<![\w-])(?i:{phrase_alternation([*events, *anaphors])})(?![\w-])"),
        events,
        anaphors,
    )


def subject_event(
    onset: Onset,
    text: str,
    verb: re.Match[str],
    first: int,
    events: Mapping[str, LazyPattern],
    compared: frozenset[str],
) -> str | None:
    """The event an onset verb's subject names: the last event cue or subject noun in the words
    before it (from `first`, the sentence start), or the text's main event for an anaphor ("the
    incident"); None when no such noun comes before it."""
    lo = max(first, verb.start() - SUBJECT_REACH)
    named: list[tuple[int, int, str | None]] = [
        (found.start(), 0, event)
        for event, pattern in events.items()
        for found in pattern.finditer(text, lo, verb.start())
    ]
    for found in onset.subjects.finditer(text, lo, verb.start()):
        word = " ".join(found.group().lower().split())
        # an anaphor outranks an event cue of the same word ("the accident" in a bridge's collapse)
        event = onset.events[word] if word in onset.events else main_event(text, events, compared)
        named.append((found.start(), 1, event))
    return max(named)[2] if named else None


def main_event(text: str, events: Mapping[str, LazyPattern], compared: frozenset[str]) -> str | None:
    """The event the text's cues name most often (of `compared` events), when one leads."""
    return _main_event(text, tuple(events.items()), compared)


@lru_cache(maxsize=16)
def _main_event(
    text: str, events: tuple[tuple[str, LazyPattern], ...], compared: frozenset[str]
) -> str | None:
    counts = Counter({event: len(pattern.findall(text)) for event, pattern in events if event in compared})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
