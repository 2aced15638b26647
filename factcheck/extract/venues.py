"""Where a source says a statement was made or first reported: its venue.

"Pavel Zarubin, the Kremlin correspondent of the Rossiya 1 state television channel, said Putin
will travel to ..." credits the statement to Rossiya 1; "Russian Channel 1 and other Russian media
reported that ..." to Channel 1; "the governor told Reuters" to Reuters. Two sources that credit
the same statement to different venues disagree about where it came from (rule FC503). A venue
is a capitalised name the sentence marks as a medium: a media word in the name or right next to
it (data/media.txt), the name a reporter works for, or the object of "told" / "in an interview
with". The words that say so are returned, so an editor can see why.
"""

from __future__ import annotations

import functools
import re

import msgspec

from factcheck.extract.text import Sentences
from factcheck.wordlists import phrase_alternation, word_list

# a name: capitalised words, numbers inside ("Rossiya 1", "Channel One", "Radio Free Asia")
_NAME = r"(?P<name>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|\d+\b))*)"
_REPORTER = r"(?:correspondent|reporter|journalist|anchor|host|editor|presenter|bureau\s+chief)"


class Venue(msgspec.Struct, frozen=True):
    """The venue's name as written and the words that make it one."""

    name: str
    why: str


def media_words() -> frozenset[str]:
    """The media words of data/media.txt."""
    return word_list("media")


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    media = phrase_alternation(media_words())
    medium = rf"(?i:{media})"
    lower = r"(?:[a-z][\w-]*\s+){0,3}"  # "state television", "the Kremlin" are skipped over
    return (
        # "the Kremlin reporter for the Russian television network Rossiya 1"
        (
            re.compile(
                rf"\b{_REPORTER}\s+(?:of|for|at|with)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?{medium}\s+{_NAME}"
            ),
            "a reporter's medium",
        ),
        # "the correspondent of the Rossiya 1 state television channel"
        (
            re.compile(rf"\b{_REPORTER}\s+(?:of|for|at|with)\s+(?:the\s+)?{_NAME}\s+{lower}{medium}\b"),
            "a reporter's medium",
        ),
        # "Russian Channel 1 and other Russian media reported that"
        (
            re.compile(
                rf"{_NAME}(?:\s+and\s+other\s+(?:[\w-]+\s+){{0,2}}{medium})?\s+"
                r"(?:reported|said|announced|broadcast|cited|quoted)\b"
            ),
            "reported by",
        ),
        # "told Reuters", "in an interview with CNN"
        (
            re.compile(rf"\b(?i:told|tells|in\s+an\s+interview\s+with|speaking\s+to)\s+(?:the\s+)?{_NAME}"),
            "told / interviewed by",
        ),
    )


def _is_medium(name: str, why: str, found: re.Match[str]) -> bool:
    """A name after "told" is a venue as it stands; the others must be marked as a medium."""
    if why == "told / interviewed by" or why == "a reporter's medium":
        return True
    words = {w.lower() for w in name.split()}
    return any(w in words for w in media_words()) or "media" in found.group().lower()


def venue_in(text: str, span: tuple[int, int], sentences: Sentences | None = None) -> Venue | None:
    """The venue the sentence holding `span` credits its statement to, if it names one."""
    sentences = sentences or Sentences(text)
    start, end = sentences.span_at(span[0])
    sentence = text[start:end]
    for pattern, why in _patterns():
        for found in pattern.finditer(sentence):
            name = re.sub(r"^(?:The|A)\s+", "", found.group("name")).strip()
            if name and _is_medium(name, why, found):
                return Venue(name, f"{why}: “{found.group().strip()}”")
    return None
