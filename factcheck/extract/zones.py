"""The event's time zone, read from the places a text names (data/place_zones.yaml), so a time it
gives with no zone ("just after 1:30 a.m. local time") has an offset from UTC and meets another
report's time given in GMT.

A text's own zone is the one of the first place it names that lies wholly in one zone (a report
names the event's place first: its dateline, its lead), when that zone also holds most of its
mentions of such places. The texts of a registry vote with their own zones, and a text's times
are read in the zone more than half of the voting texts give, when the text's own zone is that
one or it has none (an Indian outlet's report of a crash in Nepal names India more often than
Nepal; the other reports outvote it, and its disagreeing zone gives none). Otherwise there is no
zone (a story told from abroad, or across zones) and a time stays a local clock, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources

import msgspec

from factcheck.wordlists import phrase_alternation
from factcheck.yamlio import parse_data_file


class HomeZone(msgspec.Struct, frozen=True):
    """The zone a text's times with no zone are read in, and the place that gave it."""

    zone: str
    place: str


@cache
def _place_zones() -> tuple[dict[str, str], re.Pattern[str]]:
    """The bundled places and their zones, and a pattern finding any of them."""
    text = resources.files("factcheck.extract").joinpath("data/place_zones.yaml").read_text(encoding="utf-8")
    data = parse_data_file(text, "place_zones.yaml") or {}
    zones = {str(k): str(v) for k, v in (data.get("zones") or {}).items()}
    return zones, re.compile(r"(?<![\w-])(?:" + phrase_alternation(zones) + r")(?![\w-])")


def home_zone(text: str) -> HomeZone | None:
    """The event's zone in `text`: its first zoned place's, when that zone has most mentions."""
    zones, pattern = _place_zones()
    found = [(" ".join(m.group().split()), m.start()) for m in pattern.finditer(text)]
    if not found:
        return None
    counts = Counter(zones[place] for place, _ in found)
    first = found[0][0]
    zone = zones[first]
    if 2 * counts[zone] <= sum(counts.values()):
        return None
    return HomeZone(zone, first)


def story_zone(text: str, corpus: Mapping[str, str]) -> HomeZone | None:
    """The zone `text`'s times are read in: the one most of the corpus's texts give, when the
    text's own zone agrees or it has none (see the module's docstring)."""
    voted = _voted_zone(tuple(sorted(corpus.values())))
    own = home_zone(text)
    if voted is None or (own is not None and own.zone != voted.zone):
        return None
    return own or voted


@lru_cache(maxsize=8)
def _voted_zone(texts: tuple[str, ...]) -> HomeZone | None:
    """The zone more than half of the texts with a zone of their own give, and its first place."""
    homes = [home for home in map(home_zone, texts) if home is not None]
    counts = Counter(home.zone for home in homes)
    if not counts:
        return None
    zone, votes = counts.most_common(1)[0]
    if 2 * votes <= len(homes):
        return None
    return next(home for home in homes if home.zone == zone)
