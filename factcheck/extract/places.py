"""Places and what kind of place the text says they are: "Meichuan County" (a county),
"Meichuan Township, of Minxian County" (a township inside a county), "the city of Dingxi in Gansu
province" (a place inside a province). Each statement becomes a relation candidate of frame
`auto.place.<name>`, so reports about one place meet; FC504 then finds a place called a kind it
cannot be where another report puts it inside a unit of that level or higher. The kinds and their
levels live in data/places.yaml.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from factcheck.extract.text import Found, Sentences
from factcheck.lazyre import LazyPattern, lazy
from factcheck.model.ids import Family, auto_frame
from factcheck.model.names import name_slug
from factcheck.wordlists import word_list
from factcheck.yamlio import parse_data_file

_CALENDAR = frozenset(n for n in (*calendar.month_name, *calendar.day_name) if n)  # "Sunday", "May"
# words that start a sentence or a name without being one
_NOT_NAMES = frozenset(
    {"The", "A", "An", "Another", "In", "Of", "At", "On", "By", "From", "This", "That", "Its"}
)


@functools.cache
def _places_data() -> dict[str, Any]:
    """data/places.yaml, read once."""
    text = resources.files("factcheck.extract").joinpath("data/places.yaml").read_text(encoding="utf-8")
    data = parse_data_file(text, "places.yaml") or {}
    return data if isinstance(data, dict) else {}


@functools.cache
def place_levels() -> dict[str, int]:
    """Kind word -> level, from data/places.yaml."""
    return {str(k).lower(): int(v) for k, v in (_places_data().get("levels") or {}).items()}


@functools.cache
def loose_kinds() -> frozenset[str]:
    """Kind words that, in lower case after a name, may name a neighbourhood, not a unit of their
    level (data/places.yaml `loose_kinds`: "the Itaewon district")."""
    return frozenset(str(w).lower() for w in _places_data().get("loose_kinds") or [])


@functools.cache
def facility_words() -> frozenset[str]:
    """Last words of a facility's name (data/places.yaml `facilities`): "Airport", "Station"."""
    return frozenset(str(w).lower() for w in _places_data().get("facilities") or [])


@functools.cache
def _patterns() -> tuple[LazyPattern, LazyPattern]:
    """The named-place and place-inside-a-unit patterns; each match holds a kind word, so a text
    with none compiles neither."""
    needs = _needed_words(place_levels())
    kinds = "|".join(sorted(place_levels(), key=len, reverse=True))
    kind = rf"(?i:{kinds})\b"
    # one or two capitalised words, not a kind word: a place's own name ("Meichuan", "Kanpur Dehat")
    not_name = "|".join(sorted(_NOT_NAMES))
    place_name = rf"(?!(?:{not_name})\b)[A-Z][a-z]+(?:\s(?!{kind})[A-Z][a-z]+)?"
    # "Meichuan County", "Dingxi province" (a kind word right after the name)
    named = LazyPattern(
        rf"\b(?P<place>{place_name})\s+(?P<kind>{kind})(?!\s+(?:seat|town|capital|government)\b)", 0, needs
    )
    # "Meichuan Township, of Minxian County", "Dingxi in Gansu province"; a bare comma is not read:
    # "in Bihar, Saran district" names a state, then a district inside it, not Bihar inside Saran
    inside = LazyPattern(
        rf"\b(?P<place>{place_name})(?:\s+(?P<kind>{kind}))?(?:,\s*(?:of|in)\s+|\s+in\s+)(?:the\s+)?"
        rf"(?P<outer>{place_name})\s+(?P<outer_kind>{kind})(?!\s+(?:seat|town|capital|government)\b)",
        0,
        needs,
    )
    return named, inside


def _usable(name: str) -> bool:
    """Not a function word ("In Gansu province"), a demonym ("the Chinese state") nor a day or
    month ("on Sunday in Ganjam district")."""
    first = name.split()[0]
    return first not in _NOT_NAMES and first not in word_list("demonyms") and first not in _CALENDAR


def find_places(text: str) -> list[Found]:
    """A relation candidate for each place the text gives a kind ("is-a") or puts inside
    another unit ("in")."""
    named, inside = _patterns()
    found: list[Found] = []
    for match in inside.finditer(text):
        place, outer = match.group("place"), match.group("outer")
        if _usable(place) and _usable(outer) and name_slug(place) != name_slug(outer):
            found.append(_found("in", match, place, match.group("outer_kind").lower(), outer))
    # a text that puts one name in two units of a kind is about two places of that name
    units: dict[tuple[str, str], set[str]] = {}
    for claim in found:
        units.setdefault((claim.fields["agent"], claim.fields["item"]), set()).add(claim.fields["to"])
    found = [f for f in found if len(units[f.fields["agent"], f.fields["item"]]) == 1]
    # a kind inside a containment's words is left to it: claims of one kind never overlap
    for match in named.finditer(text):
        place = match.group("place")
        if _APPOSED_BEFORE.search(text, max(0, match.start() - 6), match.start()) and _HEAD_ENDS.match(
            text, match.end()
        ):
            continue  # "Amatrice, a Lazio town that": the town is Amatrice, in Lazio; Lazio is no town
        if _usable(place) and not any(f.overlaps(match.start(), match.end()) for f in found):
            found.append(_found("is-a", match, place, match.group("kind").lower()))
    return found + find_origins(text) + find_parts(text)


# ", a" right before "<Name> <kind>" and the phrase ending with the kind ("Amatrice, a Lazio town
# that was levelled", "Ghazni, an Afghan province,"): an apposition telling what the place before it
# is, the name only where it lies; not "a Rhode Island state trooper", "an Upshur County coal mine"
# (the kind is the name's own, the phrase goes on to its head noun)
_APPOSED_BEFORE = lazy(r",\s+(?:a|an)\s+\Z")
_HEAD_ENDS = lazy(r"\s*(?:[,.;:)]|$|(?:that|which|where|who|whose|in|of|near|on|with|and)\b)")


JOURNEY = "journey"  # journeys' frames: auto.place.journey.<vehicle> ("journey.boat")
ORIGIN = "started-from"  # the predicate of a journey's origin


def find_origins(text: str) -> list[Found]:
    """A relation candidate for each place a vehicle's journey is said to start from ("the boat
    had left from Tripoli", "the ferry sank after setting sail from the port of Ormoc"), of
    frame `auto.place.journey.<vehicle>` (data/places.yaml `vehicles`): a story follows one boat.
    A country ("left from Greece") or a facility ("took off from X Airport", "from Heathrow
    airport") is another kind of place than a town, and a rescuer's craft ("a coastguard vessel
    set off from X") makes another journey, so none is read; nor is any origin of a text that
    starts one vehicle's journey from two places (two journeys)."""
    by_frame: dict[str, list[Found]] = {}
    for match in _origin_pattern().finditer(text):
        place = match.group("place")
        if not _origin_usable(text, match):
            continue
        vehicle = _places_data()["vehicles"][match.group("vehicle").lower()]
        demonym = match.group("demonym")
        fields = {
            "relation": auto_frame(Family.PLACE, f"{JOURNEY}.{vehicle}"),
            "predicate": ORIGIN,
            "agent": vehicle,
            "item": name_slug(place),
        }
        within = f" (a {demonym} place)" if demonym else ""
        why = f"the {vehicle}'s journey started from {place}{within}; frame: the story's {vehicle} journey"
        extras = {"why": why, "what": "journey"}
        found = Found("relation", match.start("cue"), match.end("place"), fields, extras=extras)
        by_frame.setdefault(fields["relation"], []).append(found)
    return [f for group in by_frame.values() if len({x.fields["item"] for x in group}) == 1 for f in group]


def _origin_usable(text: str, match: re.Match[str]) -> bool:
    """Whether a departure match names a town the story's vehicle left: not a country or a
    facility, not a rescuer's craft."""
    place = match.group("place")
    if not _usable(place) or is_country(place) or place.split()[-1].lower() in facility_words():
        return False
    after = match.group("after")
    if after and after.strip().lower() in facility_words():
        return False
    before = text[max(0, match.start() - 40) : match.start()].split()
    return not before or before[-1].lower().strip(",") not in _rescuers()


@functools.cache
def _rescuers() -> frozenset[str]:
    """Words making a vehicle a rescuer's craft (data/places.yaml `rescuers`)."""
    return frozenset(str(w).lower() for w in _places_data().get("rescuers") or [])


@functools.cache
def _origin_pattern() -> LazyPattern:
    """A vehicle noun as the subject (data/places.yaml `vehicles`), a few words, a departure
    cue (`departures`), then "the Libyan port of", then a name.

    Every match holds a vehicle word, and most texts have none: the pattern (a long
    alternation, ~1 ms to compile) is compiled only for a text that holds one."""
    cues = "|".join(
        re.escape(str(c)).replace(r"\ ", r"\s+")
        for c in sorted(_places_data().get("departures") or [], key=len, reverse=True)
    )
    vehicles = "|".join(sorted(_places_data().get("vehicles") or {}, key=len, reverse=True))
    demonyms = "|".join(sorted(word_list("demonyms"), key=len, reverse=True))
    # up to four lower-case words between the vehicle and the cue ("had", "sank after"), or an
    # aside between commas; no pronoun (a person's trip: "the boat on which they had left from")
    gap = r"(?:\s*,[^,.;]{1,60},)?(?:\s+(?!(?:they|we|he|she|who|you|i|people)\b)[a-z]+){0,4}?"
    return LazyPattern(
        rf"\b(?i:(?P<vehicle>{vehicles or '(?!)'}))\b{gap}\s+(?P<cue>(?i:{cues or '(?!)'}))\s+(?:the\s+)?"
        rf"(?:(?P<demonym>{demonyms})\s+)?"
        r"(?:(?:[a-z]+\s+)?(?:port|city|town|village|island|harbour|harbor)\s+of\s+)?"
        r"(?P<place>(?!(?:The|A|An)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b(?P<after>\s+[a-z]+)?",
        0,
        _needed_words(_places_data().get("vehicles") or {}),
    )


def _needed_words(words: Iterable[object]) -> tuple[str, ...] | None:
    """The words in lower case, one of which every match of their alternation holds; None (no
    pre-test) when a word is not plain ASCII letters (a pattern inside it, or case folding that
    lower() does not give) or there is none."""
    found = [str(w) for w in words]
    if not found or not all(w.isascii() and w.isalpha() for w in found):
        return None
    return tuple(sorted({w.lower() for w in found}))


PART = "part-of"  # the predicate of the part of a place a text puts something in ("west London")
# a compass word in lower case before a name ("in west London", "north-eastern China")
_COMPASS = re.compile(
    r"(?<![\w-])(?P<dir>central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)"
    r"\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
)
# a direction as (north, east) steps; "central" is the middle
_STEPS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1), "central": (0, 0)}


def compass(direction: str) -> tuple[int, int]:
    """A compass word as (north, east) steps: 'north-eastern' -> (1, 1), 'central' -> (0, 0)."""
    word = direction.lower().replace("-", "").removesuffix("ern")
    north = 1 if word.startswith("north") else -1 if word.startswith("south") else 0
    east = 1 if word.endswith("east") else -1 if word.endswith("west") else 0
    return (north, east) if (north, east) != (0, 0) or word == "central" else _STEPS.get(word, (0, 0))


def apart(a: str, b: str) -> bool:
    """Whether two parts of one place cannot be the same: the middle and an edge ("central",
    "west"), or edges at least three eighths of a turn apart ("north", "south-east"); "west" and
    "north-west", or "north" and "east" (a north-east place is both), may be one."""
    (na, ea), (nb, eb) = compass(a), compass(b)
    if (na, ea) == (nb, eb):
        return False
    if (na, ea) == (0, 0) or (nb, eb) == (0, 0):
        return True
    return na * nb + ea * eb < 0  # the steps point away from each other


def find_parts(text: str) -> list[Found]:
    """A relation candidate for each part of a place the text names by a compass word ("in west
    London", "a west London tower block", "southwestern China"), of the place's frame. Read only
    where the story's event is told (the headline and lede, the text's first two sentences) or
    of a place the text names again, and only of a name the text writes as a place ("in west
    London", or "in London" elsewhere): "the north Tower", "central Government" name no place. A
    text that gives one place two parts far apart ("west London" and "central London") is about
    several spots in it, so none of them is read."""
    found: dict[str, list[tuple[re.Match[str], str]]] = {}
    directions: dict[str, set[str]] = {}  # every part a text names, read or not, for "far apart"
    sentences = Sentences(text)
    for match in _COMPASS.finditer(text):
        place = match.group("place")
        if not _usable(place):
            continue
        directions.setdefault(name_slug(place), set()).add(match.group("dir").lower())
        if _part_of_place(text, match, sentences):
            found.setdefault(name_slug(place), []).append((match, place))
    out = []
    for slug, matches in found.items():
        if any(apart(a, b) for a in directions[slug] for b in directions[slug]):
            continue
        for match, place in matches:
            direction = match.group("dir").lower()
            fields = {
                "relation": auto_frame(Family.PLACE, slug),
                "predicate": PART,
                "agent": slug,
                "item": direction,
            }
            why = f"{direction} {place}: a part of {place}"
            extras = {"why": why, "what": "place part"}
            out.append(Found("relation", match.start(), match.end(), fields, extras=extras))
    return out


LEDE = 2  # sentences that tell the story's event: a headline (or first line) and the lede


def _part_of_place(text: str, match: re.Match[str], sentences: Sentences) -> bool:
    """Whether a compass word's name is a place the story's event is in (see `find_parts`)."""
    place = match.group("place")
    if place.split()[-1].lower() in _not_part_places() or text[: match.start()].rstrip().endswith(" the"):
        return False
    # "treated at a hospital in central London": where an institution is, not where the event was
    before = re.search(r"(\w+)\s+(?:in|at|near)\s*$", text[max(0, match.start() - 30) : match.start()])
    if before is not None and before.group(1).lower().removesuffix("s") in word_list("organisation_heads"):
        return False
    as_place = re.compile(rf"\b(?:{_PLACE_PREPOSITIONS})\s+(?:the\s+)?(?:[a-z-]+\s+)?{re.escape(place)}\b")
    # "a west London tower block": a compass word after "a" qualifies a place, never a building
    modifier = re.search(r"\b(?:a|an)\s*$", text[max(0, match.start() - 4) : match.start()], re.IGNORECASE)
    if modifier is None and not as_place.search(text):
        return False
    return sentences.index(match.start()) < LEDE or len(re.findall(rf"\b{re.escape(place)}\b", text)) > 1


# prepositions that write the name after them as a place: "in (west) London", "near Lyon"
_PLACE_PREPOSITIONS = "in|at|near|from|across|throughout|outside|around|to|into|of"


@functools.cache
def _not_part_places() -> frozenset[str]:
    """Last words of a name after a compass word that is no place (data/places.yaml
    `part_heads`, data/organisation_heads.txt)."""
    return frozenset(str(w).lower() for w in _places_data().get("part_heads") or []) | frozenset(
        word_list("organisation_heads")
    )


def is_country(name: str) -> bool:
    """Whether a name is a country's (or a region's): one of data/places.yaml `countries`, or
    one a demonym of data/demonyms.txt is made from by a short ending, a final vowel giving way
    ("Libya" / "Libyan", "Nepal" / "Nepali", "China" / "Chinese")."""
    if name.lower() in _countries():
        return True
    stem = name[:-1] if name[-1:] in "aeiouy" else name
    return len(stem) >= 3 and any(
        d.startswith(stem) and 0 <= len(d) - len(stem) <= 4 for d in _demonyms_by_start().get(stem[:3], ())
    )


@functools.cache
def _countries() -> frozenset[str]:
    """The countries and regions of data/places.yaml, lower-cased."""
    return frozenset(str(c).lower() for c in _places_data().get("countries") or [])


@functools.cache
def _demonyms_by_start() -> dict[str, tuple[str, ...]]:
    """The demonyms by their first three letters."""
    found: dict[str, list[str]] = {}
    for word in word_list("demonyms"):
        found.setdefault(word[:3], []).append(word)
    return {k: tuple(v) for k, v in found.items()}


def _found(predicate: str, match: re.Match[str], place: str, kind: str, outer: str | None = None) -> Found:
    fields = {
        "relation": auto_frame(Family.PLACE, name_slug(place)),
        "predicate": predicate,
        "agent": name_slug(place),
        "item": kind,
    }
    if outer is not None:
        fields["to"] = name_slug(outer)
    why = f"{place} is a {kind}" if outer is None else f"{place} lies in {outer} {kind.title()}"
    return Found("relation", match.start(), match.end(), fields, extras={"why": why})
