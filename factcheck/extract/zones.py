"""The event's time zone, read from the places a text names (data/place_zones.yaml), so a time it
gives with no zone ("just after 1:30 a.m. local time") has an offset from UTC and meets another
report's time given in GMT.

The zone is the one of the first place the text names that lies wholly in one zone (a report
names the event's place first: its dateline, its lead), when that zone also holds most of the
text's mentions of such places; otherwise there is none (a story told from abroad, or across
zones) and the time stays a local clock, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from factcheck.yamlio import parse_yaml


@dataclass(frozen=True)
class HomeZone:
    """The zone a text's times with no zone are read in, and the place that gave it."""

    zone: str
    place: str


@cache
def _place_zones() -> tuple[dict[str, str], re.Pattern[str]]:
    """The bundled places and their zones, and a pattern finding any of them."""
    text = resources.files("factcheck.extract").joinpath("data/place_zones.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text, Path("place_zones.yaml")) or {}
    zones = {str(k): str(v) for k, v in (data.get("zones") or {}).items()}
    names = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in zones), key=len, reverse=True)
    return zones, re.compile(r"(?<![\w-])(?:" + "|".join(names) + r")(?![\w-])")


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
