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
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import msgspec

from factcheck.extract.places import is_country
from factcheck.lazyre import lazy
from factcheck.wordlists import phrase_alternation
from factcheck.yamlio import parse_data_file


class HomeZone(msgspec.Struct, frozen=True):
    """The zone a text's times with no zone are read in, and the place that gave it."""

    zone: str
    place: str


@cache
def _zones_data() -> dict[str, Any]:
    """place_zones.yaml, parsed."""
    text = resources.files("factcheck.extract").joinpath("data/place_zones.yaml").read_text(encoding="utf-8")
    return parse_data_file(text, "place_zones.yaml") or {}


@cache
def _curated() -> tuple[dict[str, str], tuple[str, ...]]:
    """The curated places and their zones, and the names left without one on purpose."""
    data = _zones_data()
    zones = {str(k): str(v) for k, v in (data.get("zones") or {}).items()}
    return zones, tuple(str(name) for name in data.get("unzoned") or ())


@cache
def _held_of() -> re.Pattern[str]:
    """Words right before a place's name that make it someone's see, office or origin: a holder
    noun (place_zones.yaml `holders`) or a person's name, then "of" ("the archbishop of Buenos
    Aires", "Cardinal Jorge Mario Bergoglio of Argentina"); not "the Bank of Japan"."""
    holders = phrase_alternation([str(w) for w in _zones_data().get("holders") or ()])
    # not an institution's, a country's or a coast's name ("Federal Reserve Bank of New York",
    # "State Bank of India", "Democratic Republic of Congo"): the place is where it is
    name = r"(?<!\bthe )(?<!\bThe )\b[A-Z][\w'\u2019.-]*\s+(?!" + _INSTITUTIONS + r"\b)[A-Z][\w'\u2019-]*"
    holder = r"(?i:\b(?:" + holders + r"))" if holders else r"(?!)"
    return re.compile(r"(?:" + holder + "|" + name + r")\s+of\s+(?:the\s+)?$")


def curated_names() -> tuple[str, ...]:
    """Every name the curated table settles, with a zone or without: GeoNames' table skips them."""
    zones, unzoned = _curated()
    return (*zones, *unzoned)


@cache
def _place_zones() -> tuple[dict[str, str], re.Pattern[str]]:
    """The places and their zones (the curated table, then GeoNames' cities, capitals and
    one-clock countries: extract/city_zones.py), and a pattern finding any of them."""
    zones, _ = _curated()
    raw = resources.files("factcheck.extract").joinpath("data/city_zones.json").read_bytes()
    generated = msgspec.json.decode(raw, type=dict[str, str])
    zones = {**generated, **zones}
    return zones, re.compile(r"(?<![\w-])(?:" + _by_first_letter(zones) + r")(?![\w-])")


def is_city(name: str) -> bool:
    """Whether a name is one of the places the zone tables list that is not a country: a large
    city or a capital ("Vienna", "Lagos"), or a curated place. A name a summary writes that no
    source has is then a proper name, however common its English spelling ("Vienna" is as
    frequent as a word): pipeline/documents.py grades it as one (session 26, issue 14)."""
    return name in _place_zones()[0] and not is_country(name)


def _by_first_letter(names: Iterable[str]) -> str:
    """`phrase_alternation` of `names`, grouped by their first letter: the regex engine tries the
    ~1,600 names one by one at each place in a text, so a flat alternation scans a text some
    twenty times slower than one whose first letter picks the group."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[name[0]].append(name[1:])
    return "|".join(
        re.escape(first) + "(?:" + phrase_alternation(rests) + ")" for first, rests in sorted(groups.items())
    )


# a capitalised word just before or after a place's name makes it part of a longer name: a person
# ("Lewis Hamilton", "Whitney Houston"), an outlet or team ("Sydney Morning Herald", "Houston
# Rockets"), another place ("New Jersey"). These small words, capitalised at a sentence's start,
# do not ("In Tokyo", "Tokyo On Monday" is not news style but costs nothing).
_SMALL_WORDS_TEXT = """in at from of to the near outside into for and on by with across inside around over
under after before since until while when where as but or off via a an"""
_SMALL_WORDS = frozenset(_SMALL_WORDS_TEXT.split())
_WORD_BEFORE = lazy(r"([A-Za-z][\w'\u2019.-]*) $")
_WORD_AFTER = lazy(r" ([A-Z][a-z][\w'\u2019-]*)")


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The word right before a place's name and the capitalised word right after it, if any."""
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    after = _WORD_AFTER.match(text, end)
    return (before.group(1) if before else None), (after.group(1) if after else None)


def _inside_longer_name(before: str | None, after: str | None) -> bool:
    """The place's name is one word of a longer capitalised name (see `_SMALL_WORDS`), given the
    words around it (`_neighbours`)."""
    if before is not None and before[0].isupper() and before.lower() not in _SMALL_WORDS:
        return True
    return after is not None and after.lower() not in _SMALL_WORDS


# "Manchester by the Sea", "Stratford upon Avon", "Newcastle upon Tyne": "by the Sea" or "upon"
# and a capitalised word after a place's name make it a longer name (a film's, another town's);
# not "by" and any capital ("delivered in Tokyo by Prime Minister Sato", "left Kabul by August 31")
_LONGER_BY = lazy(r"[\s-]+(?:by[\s-]+the[\s-]+Sea\b|upon[\s-]+[A-Z])")

# second words of a name before "of" that make it an institution's or a country's, not a person's
_INSTITUTIONS = (
    "(?:Bank|Reserve|University|College|Institute|Republic|Court|Council|Museum|Church|Party|"
    "Ministry|Department|Bureau|Commission|Board|Academy|School|Hospital|Chamber|Federation|Union|"
    "Association|Society|Government|Office|Agency|Authority|Port|Coast|Kingdom|States|Emirates)"
)


# words before a place's name that are part of the place, not a person ("Central Tokyo")
_PLACE_PREFIXES_TEXT = "central north south east west northern southern eastern western greater downtown"
_PLACE_PREFIXES = frozenset(_PLACE_PREFIXES_TEXT.split())


def _mentions(text: str) -> list[tuple[str, int]]:
    """The zoned places `text` names, each with where it stands, outside longer names. A name
    that ends a longer capitalised name somewhere in the text is a person's there and in its
    bare mentions too ("Naomi Osaka ... Osaka, 20, wept"; "Lloyd Austin ... Austin said")."""
    _, pattern = _place_zones()
    found: list[tuple[str, int]] = []
    surnames: set[str] = set()
    for m in pattern.finditer(text):
        name = " ".join(m.group().split())
        before, after = _neighbours(text, m.start(), m.end())
        if _LONGER_BY.match(text, m.end()):
            continue  # "Manchester by the Sea": a film's name, not Manchester
        if not _inside_longer_name(before, after):
            found.append((name, m.start()))
            continue
        if (
            before is not None
            and before[0].isupper()
            and not before.isupper()  # "BMW Berlin", "AC Milan": a brand or club
            and before.lower() not in (_SMALL_WORDS | _PLACE_PREFIXES)
            and (after is None or after.lower() in _SMALL_WORDS)  # not "X Berlin Marathon"
        ):
            surnames.add(name)
    named = [(name, at) for name, at in found if name not in surnames]
    # a place that is only ever someone's see or office ("the governor of Hawaii said the alert
    # was sent at 8:07 a.m. local time") is still the only place the text gives
    return [(name, at) for name, at in named if not _held(text, at)] or named


def _held(text: str, at: int) -> bool:
    """Whether the place named at `at` is someone's see, office or origin (`_held_of`), which
    says nothing of where the event happens."""
    return _held_of().search(text, max(0, at - 60), at) is not None


def home_zone(text: str) -> HomeZone | None:
    """The event's zone in `text`: its first zoned place's, when that zone has most mentions."""
    zones, _ = _place_zones()
    found = _mentions(text)
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
