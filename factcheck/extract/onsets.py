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

from factcheck.lazyre import LazyPattern, lazy
from factcheck.wordlists import phrase_alternation

SUBJECT_REACH = 80  # characters before an onset verb searched for its subject
PREVIOUS_REACH = 400  # characters before a sentence searched for the start of the one before


class Onset(msgspec.Struct, frozen=True):
    """The onset verbs, the nouns that name an event as their subject, and the anaphors."""

    verbs: LazyPattern
    subjects: LazyPattern  # any subject noun or anaphor, the last one before the verb wins
    events: dict[str, str]  # subject noun (lower case) -> event
    anaphors: frozenset[str]
    happenings: LazyPattern | None = None  # nouns of other happenings an anaphor may point back to


# a clause break: the subject of a verb after it is never a noun before it ("after the crash,
# and the rescue started at 11 a.m.")
_CLAUSE_BREAK = lazy(
    r";|:(?!\d)|,\s*(?:and|but|while|whereas|as|so)\b|\b(?:and|but)\s+(?:the|a|an|its|their)\b",
    re.I,
)
# what may sit between a subject and its verb: a place ("the fire at the club started"),
# auxiliaries and adverbs ("the fire had probably started"), or a relative clause opened by a comma or a relative pronoun ("the fire, which police
# believe started", "the blaze that began")
_SUBJECT_TO_VERB = lazy(
    r"(?:\s+(?:at|in|on|near|inside|aboard|of)(?:\s+[\w'’.-]+){1,6})?"  # "the fire at the club started"
    r"\s*(?:(?:had|has|have|was|were|is|first|reportedly|apparently|probably|likely|also|then)\s+)*\Z"
    r"|\s*,|\s+(?:which|that|who)\b",
    re.I,
)
# where the sentence before the current one starts: after the last full stop before it
_SENTENCE_END = lazy(r"[.!?][\"'’”)]*\s+(?=[A-Z\"'“‘(])")


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
    happenings = [str(h) for h in data.get("happenings") or []]
    return Onset(
        lazy(rf"(?<![\w-])(?i:{phrase_alternation(verbs)})(?![\w-])"),
        lazy(rf"(?<![\w-])(?i:{phrase_alternation([*events, *anaphors])})(?![\w-])"),
        events,
        anaphors,
        lazy(rf"(?<![\w-])(?i:{phrase_alternation(happenings)})(?![\w-])") if happenings else None,
    )


def subject_event(
    onset: Onset,
    text: str,
    verb: re.Match[str],
    first: int,
    events: Mapping[str, LazyPattern],
    compared: frozenset[str],
) -> str | None:
    """The event an onset verb's subject names: the event cue or subject noun right before it in
    its clause (from `first`, the sentence start), or the text's main event for an anaphor ("the
    incident") that has no other happening near it; None when no such noun is its subject."""
    lo = max(first, verb.start() - SUBJECT_REACH)
    for found in _CLAUSE_BREAK.finditer(text, lo, verb.start()):
        lo = found.end()
    named: list[tuple[int, int, int, str | None]] = [
        (found.start(), 0, found.end(), event)
        for event, pattern in events.items()
        for found in pattern.finditer(text, lo, verb.start())
    ]
    for found in onset.subjects.finditer(text, lo, verb.start()):
        word = " ".join(found.group().lower().split())
        # an anaphor outranks an event cue of the same word ("the accident" in a bridge's collapse)
        if word in onset.events:
            event: str | None = onset.events[word]
        else:
            event = _anaphor_event(onset, text, found.start(), first, events, compared)
        named.append((found.start(), 1, found.end(), event))
    if not named:
        return None
    _, _, end, event = max(named)
    # the subject is the noun right before the verb, or one a place or a relative clause parts from it ("the army rescue started" is no crash's start)
    return event if _SUBJECT_TO_VERB.match(text, end, verb.start()) else None


def _anaphor_event(
    onset: Onset,
    text: str,
    at: int,
    first: int,
    events: Mapping[str, LazyPattern],
    compared: frozenset[str],
) -> str | None:
    """The main event an anaphor at `at` names, unless another happening (a cue of another event,
    or a noun like "row" or "dispute") sits before it in its sentence or the one before: then
    "the incident" may be that ("a passenger was removed after a row; the incident happened at")."""
    main = main_event(text, events, compared)
    if main is None:
        return None
    before = [
        m.end() for m in _SENTENCE_END.finditer(text, max(0, first - PREVIOUS_REACH), max(0, first - 1))
    ]
    lo = before[-1] if before else max(0, first - PREVIOUS_REACH)
    for event, pattern in events.items():
        if event != main and event in compared and pattern.search(text, lo, at):
            return None
    if onset.happenings is not None and onset.happenings.search(text, lo, at):
        return None
    return main


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
