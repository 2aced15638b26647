"""Automatic frames for numbers: what a count counts (its role) or what a measure measures.

The roles, their cue words, the measures and the units live in data/frames.yaml (a registry
extends them in factcheck.toml). A frame id is `auto.count.<role>` or `auto.measure.<kind>`,
with `.y<year>` added when the sentence dates the figure to another year than the report's
("killed more than 1,400 in 1974" is not today's toll). Numbers with no frame keep a stand-in
subject and are never compared, so an age, a magnitude, a year and a count never meet.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Sequence
from importlib import resources
from typing import Any

import msgspec

from factcheck.extract.countries import country_demonym, named_country, people_demonym, people_demonyms
from factcheck.extract.dates import FUTURE, MONTHS, WEEKDAY_NAMES, negated_until
from factcheck.extract.distance_marks import (
    REACHES,
    border_mark,
    coast_mark,
    place_key,
    place_slug,
    reach_mark,
)
from factcheck.extract.numberwords import (
    GLUED_CAPACITY_NOUNS,
    GLUED_COUNT,
    HYPHENATED_UNIT,
    SCALES,
    SMALL_AND_TENS_WORDS,
    SMALL_NUMBERS,
    TENS,
    words_to_number,
)
from factcheck.extract.onsets import Onset, build_onset, subject_event
from factcheck.extract.shares import base_of_share, election_seats, held_by_owner, market_moment, percent_of
from factcheck.extract.temperatures import TEMPERATURE_UNITS, temperature_kind
from factcheck.extract.text import STOP_WORDS
from factcheck.lazyre import LazyPattern, Regex, lazy
from factcheck.model import WEEKDAYS
from factcheck.model.ids import Family, auto_frame, frame_slug, in_family, scope_suffix
from factcheck.model.names import name_slug
from factcheck.model.quantifiers import VAGUE_QUANTIFIERS
from factcheck.wordlists import national_nouns, negates, negation_in, phrase_alternation, word_list
from factcheck.yamlio import parse_data_file

LENGTH_UNITS = frozenset(
    {"km", "miles", "mile", "m", "meters", "metres", "feet", "ft", "kilometers", "yards"}
)
# a length unit with "square" before it ("180 square kilometres (70 square miles)"), as extraction
# writes it (numbers.py `AREA_OF`): a surface, converted as one (km² to mi²), never as a length
AREA_UNITS = frozenset({"sq km", "sq miles", "sq m", "sq feet"})
SPEED_UNITS = frozenset({"mph", "km/h"})
WEIGHT_UNITS = frozenset({"tonnes"})
# a volume's unit as extraction writes it (the counted noun): "1.5 million liters (400,000
# gallons) of water" measures water, never a count of what carries it ("two trains carrying ...").
# Volumes get no frame: one report's planned release and another's release are two volumes of the
# same water, and nothing in a volume's own words tells them apart yet
VOLUME_UNITS = frozenset({"litres", "liters", "litre", "liter", "gallons", "gallon"})
CURRENCY_UNITS = frozenset({"USD", "GBP", "EUR", "INR", "yuan", "rupees", "dollars"})
# a year, not a part of "2,014" or "2014,5" ("In 2014, more than 25,000 died" is a year)
_YEAR = lazy(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|,\d)")
# where a clause ends: a cue beyond it governs another number
_CLAUSE_END = lazy(r"[,;:.!?]|\band\b|\bwhile\b|\bbut\b|\bwith\b", re.IGNORECASE)
WINDOW = 48  # characters either side of a number in which a cue may govern it


class Frame(msgspec.Struct, frozen=True):
    """A number's frame id, why it was chosen, and whether the figure runs (grows over time)."""

    id: str
    why: str
    running: bool = False


class FrameTable(msgspec.Struct, frozen=True):
    """Roles with their cue patterns, counted nouns, measures and unit names."""

    roles: dict[str, tuple[LazyPattern, bool]]
    nouns: dict[str, str]
    measures: dict[str, LazyPattern]
    units: dict[str, str]
    events: dict[str, LazyPattern]
    running: dict[str, LazyPattern] = msgspec.field(default_factory=dict)
    by_agency: frozenset[str] = frozenset()  # measures each agency makes on its own
    partial: LazyPattern | None = None  # words that make a count a part of the toll
    secondary: LazyPattern | None = None  # words that put a measure on a later event
    identifiers: frozenset[str] = frozenset()  # nouns a bare number identifies ("train 19321")
    neutral: frozenset[str] = frozenset()  # words before a counted noun that narrow nothing
    attribution: Attribution | None = None  # who a per-agency measure is attributed to
    part_places: LazyPattern | None = None  # "at the market": a count there is a part
    other_clause: LazyPattern | None = None  # words in a figure's clause: another event's figure
    other_antecedent: LazyPattern | None = None  # the same, in the phrase a relative clause hangs on
    periods: dict[str, str] = msgspec.field(default_factory=dict)  # period cue -> period slug
    period_cue: LazyPattern | None = None  # any cue of `periods`
    agents: frozenset[str] = frozenset()  # nouns that act on a count as a verb's subject
    winning: frozenset[str] = frozenset()  # roles whose cue before a count decides it over nearer ones
    ceilings: frozenset[str] = frozenset()  # roles whose "up to N" states N itself (a capacity)
    states: frozenset[str] = frozenset()  # roles a verb gives as a state ("were aboard"), not an event
    landmarks: dict[str, str] = msgspec.field(default_factory=dict)  # "shore" -> distance slug
    interiors: dict[str, str] = msgspec.field(default_factory=dict)  # "inside the mine" -> slug
    settlements: dict[str, str] = msgspec.field(default_factory=dict)  # "from the city" -> slug
    progress: LazyPattern | None = None  # "rescuers were 4,800 feet into": how far one got
    noun_only: frozenset[str] = frozenset()  # roles only a counted noun gives ("two rescue teams")
    groups: frozenset[str] = frozenset()  # roles whose nouns say who is counted ("12 firefighters")
    # events only a duration's frame names ("after leaving port"), with the `events` cues too
    span_events: dict[str, LazyPattern] = msgspec.field(default_factory=dict)
    # counted nouns that break a total down ("three infants", "15 foreigners"): noun -> qualifier
    part_nouns: dict[str, str] = msgspec.field(default_factory=dict)
    # counted nouns (and participles) too general to frame a count by themselves ("208 times")
    generic_nouns: frozenset[str] = frozenset()
    uncompared_events: frozenset[str] = frozenset()  # events a date is never compared for ("said")
    # events that happen once, so two times of one in a text are two accounts of it, never two
    # occurrences (`.n2`): a market debut's first trade (frames.yaml events `once`)
    once_events: frozenset[str] = frozenset()
    # events whose verb takes another event as its object ("detected the attack on July 29"): the
    # object's cue right after one of theirs names what was noticed, not the date's event
    object_events: frozenset[str] = frozenset()
    # counted nouns naming places, institutions or vehicles ("10 hospitals"): never people
    thing_nouns: dict[str, bool] = msgspec.field(default_factory=dict)  # noun -> running
    forecast: LazyPattern | None = None  # "could reach 300 kmph": a forecast, not a report
    # "a possible walkout": a word right before a role cue that makes it a prospect (frames.yaml `prospects`)
    prospect: LazyPattern | None = None
    # "bound for <Place>, " right before a distance: the place a journey goes to or comes from
    journey_to: LazyPattern | None = None
    journey_from: LazyPattern | None = None  # "left <Place> for": where that journey starts
    changed: LazyPattern | None = None  # "weakened ... 60 kmph": a measure of a later moment
    population_of: re.Pattern[str] | None = None  # "a city of" right before a count: its population
    ranks: dict[str, str] = msgspec.field(default_factory=dict)  # superlative -> rank slug
    unique_people: frozenset[str] = frozenset()  # "the driver": one person a story has, by part
    money_for: Regex | None = None  # what a sum is for: "a $1.8 billion fine"
    money_slugs: dict[str, str] = msgspec.field(default_factory=dict)  # cue -> purpose slug
    money_gross: LazyPattern | None = None  # "before tax": a rate of pay told gross, apart
    of_them: frozenset[str] = frozenset()  # roles a count "of them" has whole ("71 of them critical")
    unbroken: frozenset[str] = (
        frozenset()
    )  # roles whose counted nouns are all of it ("125 children enrolled")
    destroyed: LazyPattern | None = None  # verbs that bring a count of homes down ("crushed")
    residents: dict[str, str | None] = msgspec.field(default_factory=dict)  # "villagers" -> village
    infants: dict[str, str] = msgspec.field(default_factory=dict)  # "son" after "3-month-old" -> boy
    homes_alike: frozenset[str] = frozenset()  # "houses", "huts": counted as homes by any verb
    verb_alike: dict[str, str] = msgspec.field(default_factory=dict)  # "changed hands" -> traded
    securities: frozenset[str] = frozenset()  # "shares": a name before one is the issuer, no part
    # running roles that only grow as they are counted (deaths, injured): reports of one day differ by hour
    tallies: frozenset[str] = frozenset()
    # running roles that are a state at a moment and may fall (missing, trapped): people are found or freed
    falling: frozenset[str] = frozenset()
    aged_things: LazyPattern | None = None  # "(Ohio) steel plant": a thing, so the place before is no person
    # "Guzman is (believed to be) 58 years old": the name an age is said of, before it
    age_said_of: LazyPattern | None = None
    hedge: LazyPattern | None = None  # "were confirmed (as) dead": a verb that lets the cue after it decide
    onset: Onset | None = None  # "the incident happened at": verbs whose subject names the event
    # roles whose counted noun frames a count only when no cue in its clause and no participle
    # acting on it says what it counts ("2,000 workers were furloughed" are not the workforce)
    last_resort: frozenset[str] = frozenset()
    workforce: Workforce | None = None  # when a workforce count is a part, a plan or others
    # the activity a duration's own words name (frames.yaml `activity_lengths`)
    activities: Activities | None = None
    # role -> roles whose cue in the same clause says what befell its people ("affected 12,000
    # people, leaving them homeless": the homeless); frames.yaml `yields_to`
    yields_to: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)
    some_of: LazyPattern | None = None  # "many of whom": a cue after them says what befell a part
    # what a group's noun does to others after it: a cue past it is not the group's fate
    # ("thousands of rescuers continue efforts to find survivors"); frames.yaml `group_acts`
    group_acts: LazyPattern | None = None
    # "in the worst-hit town": a place scoped by a description; frames.yaml `described_places`
    described_places: LazyPattern | None = None
    # "the 250-meter pit", "a 260-foot hole": a hyphened length right before one of these nouns is
    # how deep it goes (depth.below-ground), never a distance nor nothing (frames.yaml `shafts`)
    shafts: LazyPattern | None = None
    # "the 948-foot container ship", "a tornado 1.3 miles wide": a length written at a thing's
    # noun is its size (auto.measure.size.<slug>.<dimension>; frames.yaml `sized_things`,
    # `dimensions`)
    sized_things: dict[str, str] = msgspec.field(default_factory=dict)  # noun -> slug
    dimensions: dict[str, str] = msgspec.field(default_factory=dict)  # "wide" -> width
    # "24 million vehicles will use it each year": a count per period, framed apart from a one-off
    # count (`.per-<slug>`); frames.yaml `rates` (cue -> period slug)
    rates: dict[str, str] = msgspec.field(default_factory=dict)
    # "the other 13 aboard", "the remaining 20": right before a count, the rest of a whole, a part
    remainder: LazyPattern | None = None
    rate_cue: LazyPattern | None = None
    # "within a day", "a day after the quake": an article's period cue that is no rate
    rate_not_after: LazyPattern | None = None  # a word right before the cue ("within")
    rate_not_before: LazyPattern | None = None  # a word right after it ("after", "ago")
    # "almost £250m under budget", "over budget by £50m": a difference between two figures, never
    # a total (frames.yaml `differences`: words right after a figure, and right before it)
    difference_after: LazyPattern | None = None
    difference_before: LazyPattern | None = None
    acting_verbs: LazyPattern | None = None  # "two quakes killed 9,000": the count before acts


class Activities(msgspec.Struct, frozen=True):
    """frames.yaml `activity_lengths`: which nouns a duration's own words name as the activity it
    is the length of ("a nine-hour battle", "four hours of deliberation")."""

    not_activities: frozenset[str]  # nouns never framed: time words, journeys, a person's penalty
    parts: frozenset[str]  # words right before a length that make it a part ("the first 24 hours of")
    lasting: frozenset[str]  # verbs between a noun and its length ("the surgery lasted nine hours")
    ends: frozenset[str]  # words that end the noun phrase after a length (prepositions, verbs, ...)


class Workforce(msgspec.Struct, frozen=True):
    """frames.yaml `workforce`: what makes a count framed as a workforce a part, a plan or
    another group (the count then gets no frame)."""

    parts: LazyPattern  # "its Leeds branch", "at its Hull plant", "one shift"
    plans: LazyPattern  # "will hire", "does not employ": before the count
    more: LazyPattern  # "300 more people": right after the count (and its noun)
    passive: LazyPattern  # "was employed 30 times"
    people: frozenset[str]  # the objects an employing verb counts as a workforce
    employing: frozenset[str]  # the verb cues
    owned: LazyPattern  # "the group's", "its", "has" right before a staff noun's count
    whole_nouns: frozenset[str]  # "workforce": a noun that needs no owner


class Attribution(msgspec.Struct, frozen=True):
    """Patterns that name who made a measurement, built from frames.yaml `attribution`."""

    org_verb: LazyPattern  # "the USGS put it at", "the U.S. Geological Survey said"
    org_reading: LazyPattern  # "the USGS measurement of"
    body_verb: LazyPattern  # "the national seismological centre put it at"
    not_names: frozenset[str]  # capitalised words that are never a name ("It measured 6.1")
    contrast: LazyPattern  # words that set a second reading against a first ("while")


# an organisation's name: capitalised words (with "U.S.", "of", "and" inside) or an acronym
_ORG = r"(?P<org>(?:[A-Z][\w.&'-]*)(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&'-]*)*)"
# "according to the US Geological Survey", "measured at 5.8 by the Regional Seismic Office"
_ACCORDING = lazy(r"\b(?i:according\s+to\s+(?:the\s+)?)" + _ORG)
_BY_ORG = lazy(r"\s*(?:on\s+the\s+\w+\s+scale\s+)?by\s+(?:the\s+)?" + _ORG)
# "..., the USGS said": a name and a verb closing the reading's clause
_ORG_SAID = lazy(r"\s*,\s*(?:the\s+)?" + _ORG + r"\s+(?:said|says|reported|reports)\b")


def _words(items: list[Any]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in items), key=len, reverse=True))


def build_attribution(data: dict[str, Any]) -> Attribution:
    """The attribution patterns from frames.yaml's `attribution` section."""
    verbs, readings = _words(data.get("verbs") or ["said"]), _words(data.get("readings") or ["measurement"])
    bodies = _words(data.get("bodies") or ["agency"])
    return Attribution(
        lazy(_ORG + r"(?:'s|’s)?\s+(?:" + verbs + r")\b"),
        lazy(_ORG + r"(?:'s|’s)?\s+(?:" + readings + r")s?\b"),
        lazy(
            r"(?i:(?:the\s+)?(?P<body>(?:[a-z][\w'’-]*\s+){0,3}(?:" + bodies + r"))\s+(?:" + verbs + r"))\b"
        ),
        frozenset(str(w).lower() for w in data.get("not_names") or []),
        lazy(r"(?i:" + _words(data.get("contrast") or ["while"]) + r")"),
    )


def _prospect(words: list[str]) -> LazyPattern | None:
    """One of `words`, maybe with an article after it, right before where a search ends ("for a
    possible walkout": 'possible a' before 'walkout')."""
    if not words:
        return None
    return LazyPattern(
        r"(?<![\w-])(?:" + phrase_alternation(words) + r")\s+(?:(?:a|an|the)\s+)?\Z", re.IGNORECASE, None
    )


def _cue_pattern(cues: list[str]) -> LazyPattern:
    words = phrase_alternation(cues)
    return LazyPattern(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.IGNORECASE, _first_words(cues))


def _first_words(cues: list[str]) -> tuple[str, ...] | None:
    """The cues' first words in lower case, one of which any match of their pattern holds (it
    is tested before the pattern is compiled); None when that cannot be promised: no cues, an
    empty cue, or a word outside ASCII (case-insensitive matching is then more than lower())."""
    firsts = [str(c).split()[:1] for c in cues]
    if not firsts or not all(firsts) or not all(w[0].isascii() for w in firsts):
        return None
    return tuple(sorted({w[0].lower() for w in firsts}))


# a place name: up to four capitalised words
_PLACE = r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"


def _journey_to(data: dict[str, Any]) -> LazyPattern | None:
    """A journey's place set off by a comma at the end of the searched text ("bound for the Tarin
    Islands, ", "left Kuvar for Dalmi, "): a travel word, at most three lower-case words, then the
    preposition; or a leaving verb, a place and "for"."""
    words, leaving = list(data.get("journey_words") or []), list(data.get("journey_leaving") or [])
    if not words and not leaving:
        return None
    starts = [rf"(?i:{phrase_alternation(words)})(?:\s+[a-z][\w'’-]*){{0,3}}?\s+(?i:for|to|towards?|from)"]
    if leaving:
        starts.append(rf"(?i:{phrase_alternation(leaving)})\s+[A-Z][\w'’-]*(?:\s+(?i:port))?\s+(?i:for)")
    return LazyPattern(
        r"(?<![\w-])(?:"
        + "|".join(starts)
        + r")\s+(?:(?i:one\s+of)\s+)?(?:(?i:the)\s+)?"
        + _PLACE
        + r"(?:\s*\([^()]{1,24}\))?,\s+\Z"
    )


def _journey_from(leaving: list[str]) -> LazyPattern | None:
    """Where a journey starts: a leaving verb, the place, then "for" ("left Kuvar for")."""
    if not leaving:
        return None
    return LazyPattern(
        r"(?<![\w-])(?i:" + phrase_alternation(leaving) + r")\s+(?:(?i:the\s+(?:port|city|town)\s+of)\s+)?"
        r"(?P<name>[A-Z][\w'’-]*)(?:\s+(?i:port))?\s+(?i:for)\b"
    )


def build_table(data: dict[str, Any], extra: dict[str, Any] | None = None) -> FrameTable:
    """The table from frames.yaml data, with a registry's extra roles and cues added."""
    counts: dict[str, dict[str, Any]] = {k: dict(v) for k, v in data.get("counts", {}).items()}
    for role, spec in ((extra or {}).get("counts") or {}).items():
        merged = counts.setdefault(role, {"cues": []})
        merged["cues"] = [*merged.get("cues", []), *spec.get("cues", [])]
        for flag in ("running", "wins", "ceiling", "state", "tally"):
            merged[flag] = spec.get(flag, merged.get(flag, False))
    roles = {r: (_cue_pattern(s.get("cues", [])), bool(s.get("running"))) for r, s in counts.items()}
    measures = {k: _cue_pattern(v.get("cues", [])) for k, v in data.get("measures", {}).items()}
    event_specs: dict[str, dict[str, Any]] = {k: dict(v) for k, v in data.get("events", {}).items()}
    for event, spec in ((extra or {}).get("events") or {}).items():
        # a registry's events and cues (factcheck.toml [frames.events.<event>])
        merged = event_specs.setdefault(event, {"cues": []})
        merged["cues"] = [*merged.get("cues", []), *spec.get("cues", [])]
        merged["uncompared"] = spec.get("uncompared", merged.get("uncompared", False))
        merged["once"] = spec.get("once", merged.get("once", False))
    events = {k: _cue_pattern(v.get("cues", [])) for k, v in event_specs.items()}
    running = {k: _cue_pattern(list(v or [])) for k, v in (data.get("running") or {}).items()}
    periods = {str(k).lower(): str(v) for k, v in (data.get("periods") or {}).items()}
    return FrameTable(
        roles,
        dict(data.get("nouns", {})),
        measures,
        dict(data.get("units", {})),
        events,
        running,
        frozenset(k for k, v in data.get("measures", {}).items() if v.get("by_agency")),
        _cue_pattern(list(data.get("partial") or [])) if data.get("partial") else None,
        _cue_pattern(list(data.get("secondary") or [])) if data.get("secondary") else None,
        frozenset(str(w).lower() for w in data.get("identifiers") or []),
        frozenset(str(w).lower() for w in data.get("neutral") or []),
        build_attribution(data.get("attribution") or {}),
        _part_places(list(data.get("part_places") or [])),
        *_other_event(data.get("other_event") or {}),
        periods,
        _cue_pattern(list(periods)) if periods else None,
        frozenset(str(w).lower() for w in data.get("agents") or []),
        frozenset(r for r, spec in counts.items() if spec.get("wins")),
        frozenset(r for r, spec in counts.items() if spec.get("ceiling")),
        frozenset(r for r, spec in counts.items() if spec.get("state")),
        {str(k).lower(): str(v) for k, v in (data.get("landmarks") or {}).items()},
        span_events={k: _cue_pattern(v.get("cues", [])) for k, v in (data.get("span_events") or {}).items()},
        interiors={str(k).lower(): str(v) for k, v in (data.get("interiors") or {}).items()},
        settlements={str(k).lower(): str(v) for k, v in (data.get("settlements") or {}).items()},
        noun_only=frozenset(r for r, spec in counts.items() if spec.get("noun_only")),
        groups=frozenset(r for r, spec in counts.items() if spec.get("group")),
        progress=_cue_pattern(list(data.get("progress") or [])) if data.get("progress") else None,
        part_nouns={str(k).lower(): str(v) for k, v in (data.get("part_nouns") or {}).items()},
        generic_nouns=frozenset(str(w).lower() for w in data.get("generic_nouns") or []),
        uncompared_events=frozenset(k for k, v in event_specs.items() if v.get("uncompared")),
        once_events=frozenset(k for k, v in event_specs.items() if v.get("once")),
        object_events=frozenset(k for k, v in event_specs.items() if v.get("takes_object")),
        thing_nouns={str(k).lower(): v == "running" for k, v in (data.get("thing_nouns") or {}).items()},
        forecast=_cue_pattern(list(data.get("forecast") or [])) if data.get("forecast") else None,
        prospect=_prospect(list(data.get("prospects") or [])),
        journey_to=_journey_to(data),
        journey_from=_journey_from(list(data.get("journey_leaving") or [])),
        changed=_cue_pattern(list(data.get("changed") or [])) if data.get("changed") else None,
        population_of=_population_of(list(data.get("population_of") or [])),
        ranks={" ".join(str(k).lower().split()): str(v) for k, v in (data.get("ranks") or {}).items()},
        of_them=frozenset(r for r, spec in counts.items() if spec.get("of_them")),
        unbroken=frozenset(r for r, spec in counts.items() if spec.get("whole_nouns")),
        tallies=frozenset(r for r, spec in counts.items() if spec.get("tally")),
        some_of=_cue_pattern(list(data.get("some_of") or [])) if data.get("some_of") else None,
        group_acts=_cue_pattern(list(data.get("group_acts") or [])) if data.get("group_acts") else None,
        acting_verbs=_cue_pattern(list(data.get("acting_verbs") or [])) if data.get("acting_verbs") else None,
        described_places=_described_places(data.get("described_places") or {}),
        yields_to={
            r: tuple(str(o) for o in spec["yields_to"] if o in counts)
            for r, spec in counts.items()
            if spec.get("yields_to")
        },
        falling=frozenset(r for r, spec in counts.items() if spec.get("falls")),
        hedge=_hedge(list(data.get("hedges") or [])),
        aged_things=_aged_things(list(data.get("aged_things") or [])),
        age_said_of=_age_said_of(list(data.get("age_hedges") or [])),
        unique_people=frozenset(str(w).lower() for w in data.get("unique_people") or []),
        destroyed=_cue_pattern(list(data.get("destroyed") or [])) if data.get("destroyed") else None,
        infants={str(k).lower(): str(v) for k, v in (data.get("infants") or {}).items()},
        homes_alike=frozenset(str(w).lower() for w in data.get("homes_alike") or []),
        verb_alike={
            " ".join(str(k).lower().split()): str(v).lower()
            for k, v in (data.get("verb_alike") or {}).items()
        },
        securities=frozenset(str(w).lower() for w in data.get("securities") or []),
        residents={str(k).lower(): (str(v) if v else None) for k, v in (data.get("residents") or {}).items()},
        money_for=_cue_pattern([c for cues in (data.get("money_for") or {}).values() for c in cues])
        if data.get("money_for")
        else None,
        money_slugs={
            " ".join(str(c).lower().split()): str(slug)
            for slug, cues in (data.get("money_for") or {}).items()
            for c in cues
        },
        money_gross=_cue_pattern(list(data.get("money_gross") or [])) if data.get("money_gross") else None,
        onset=build_onset(data.get("onset") or {}),
        last_resort=frozenset(r for r, spec in counts.items() if spec.get("noun_last")),
        workforce=_workforce(data.get("workforce")),
        activities=_activities(data.get("activity_lengths")),
        shafts=_shafts(list(data.get("shafts") or [])),
        sized_things={str(k).lower(): str(v) for k, v in (data.get("sized_things") or {}).items()},
        dimensions={str(k).lower(): str(v) for k, v in (data.get("dimensions") or {}).items()},
        remainder=_words_before(list(data.get("remainder") or []), approximated=True),
        rates={" ".join(str(k).lower().split()): str(v) for k, v in (data.get("rates") or {}).items()},
        rate_cue=_cue_pattern([str(k) for k in data["rates"]]) if data.get("rates") else None,
        rate_not_after=_words_before(list((data.get("rate_guards") or {}).get("before") or [])),
        rate_not_before=_words_after(list((data.get("rate_guards") or {}).get("after") or [])),
        difference_after=_words_after(list((data.get("differences") or {}).get("after") or [])),
        difference_before=_words_before(
            list((data.get("differences") or {}).get("before") or []), approximated=True
        ),
    )


# approximators that may stand between a cue and its figure ("over budget by almost", "the other
# nearly 20")
_APPROXIMATOR = (
    r"(?:(?:almost|nearly|about|around|some|roughly|more\s+than|less\s+than|over|just|at\s+least)\s+)?"
)


def _words_before(words: list[str], approximated: bool = False) -> LazyPattern | None:
    """One of `words` (the group `cue`) right before where a search ends, maybe past an
    approximator (`approximated`): a remainder's "the other", a difference's "over budget by", a
    rate guard's "within"."""
    if not words:
        return None
    approximator = _APPROXIMATOR if approximated else ""
    return LazyPattern(r"(?i)(?<![\w-])(?P<cue>" + phrase_alternation(words) + r")\s+" + approximator + r"\Z")


def _words_after(words: list[str]) -> LazyPattern | None:
    """One of `words` right after where a match starts: a difference's "under budget", a rate
    guard's "after"."""
    if not words:
        return None
    return LazyPattern(r"(?i)\s+(?:" + phrase_alternation(words) + r")(?![\w-])")


def _shafts(nouns: list[str]) -> LazyPattern | None:
    """Right after a hyphened length: up to two words ("coal"), then a noun of `nouns`."""
    if not nouns:
        return None
    return LazyPattern(
        r"(?:\s+[a-z]+){0,2}?\s+(?:" + phrase_alternation(nouns) + r")s?(?![\w-])", re.IGNORECASE
    )


def _activities(data: dict[str, Any] | None) -> Activities | None:
    """frames.yaml `activity_lengths` as sets of lower-case words, or None when the data has none."""
    if not data:
        return None

    def words(key: str) -> frozenset[str]:
        return frozenset(" ".join(str(w).lower().split()) for w in data.get(key) or [])

    return Activities(words("not_activities"), words("parts"), words("lasting"), words("ends"))


def _workforce(data: dict[str, Any] | None) -> Workforce | None:
    """frames.yaml `workforce` compiled, or None when the data has none."""
    if not data:
        return None
    employing = [str(w) for w in data.get("employing") or []]
    return Workforce(
        parts=_cue_pattern(list(data.get("parts") or [])),
        plans=_cue_pattern(list(data.get("plans") or [])),
        more=LazyPattern(r"\s+(?:[a-z][\w-]*\s+)?(?i:" + _words(list(data.get("more") or [])) + r")\b"),
        passive=LazyPattern(
            r"(?<![\w-])(?i:"
            + _words(list(data.get("passive") or []))
            + r")\s+(?:[a-z]+ly\s+)?(?i:"
            + _words(employing)
            + r")(?![\w-])"
        ),
        people=frozenset(str(w).lower() for w in data.get("people") or []),
        employing=frozenset(w.lower() for w in employing),
        owned=LazyPattern(
            r"(?:['’]s|s['’]|(?<![\w-])(?i:" + _words(list(data.get("owners") or ["its"])) + r"))\s+\Z"
        ),
        whole_nouns=frozenset(str(w).lower() for w in data.get("whole_nouns") or []),
    )


def _aged_things(nouns: list[Any]) -> LazyPattern | None:
    """After a capitalised word: at most one lower-case word, then a thing's noun ("Ohio steel
    plant"), so the capitalised word names where the thing is, not a person."""
    if not nouns:
        return None
    return LazyPattern(r"\s+(?:(?P<word>[a-z][\w-]*)\s+)?(?:" + _words(nouns) + r")(?:s|es)?\b")


def _age_said_of(hedges: list[Any]) -> LazyPattern:
    """Right before an age: a name opening its sentence or clause, then "is" or ", who is", maybe
    a hedge ("believed to be"): "Guzman is 58 years old", "Guzman, who is believed to be around 56
    years old". Only "is": "was 35 when he joined" is the age at another time."""
    hedged = r"(?:(?:" + _words(hedges) + r")\s+to\s+be\s+)?" if hedges else ""
    return LazyPattern(
        # the name opens its sentence or clause: a word before it ("The firm founded by Lund is
        # 40 years old", "The daughter of Tom Reed, who is 12") ends a longer noun phrase
        r"(?:^|(?<=[.!?;:,(\n\"“”]\s)|(?<=[\n\"“(]))"
        r"(?P<name>[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})"
        r"(?:(?P<who>,\s+who\s+)|\s+)is\s+" + hedged + r"\Z"
    )


def _hedge(verbs: list[Any]) -> LazyPattern | None:
    """A hedging verb and what joins it to the cue after it ("confirmed as", "said to be")."""
    if not verbs:
        return None
    return LazyPattern(
        r"(?:" + _words(verbs) + r")\s+(?:as\s+|to\s+be\s+|to\s+have\s+(?:been\s+)?)?", re.IGNORECASE
    )


def _part_places(nouns: list[Any]) -> LazyPattern | None:
    """ "in/at/from (the) (a word or two) <place noun>", the place noun captured."""
    if not nouns:
        return None
    return lazy(
        # "in a collapsed hotel", "at the Yun Men Tsui Ti building": two words, or a name's words
        # "from the ruins of the Hotel Roma", "from the rubble of a school": the place itself
        r"\b(?:in|at|inside|from)\s+(?:(?:the|a|an|one)\s+)?(?:(?:ruins|rubble|wreckage|debris|remains)\s+of\s+(?:the|a|an)\s+)?"
        r"(?:(?:[\w-]+\s+){0,2}?|(?:[A-Z][\w'’-]*\s+){1,6})(" + _words(nouns) + r")s?\b",
        re.IGNORECASE,
    )


def _described_places(data: dict[str, Any]) -> LazyPattern | None:
    """ "in the <rank>-<hit> <kind>" ("in the worst-hit town", "in the most badly affected
    province") from frames.yaml `described_places`."""
    ranks, hits, kinds = (list(data.get(key) or []) for key in ("ranks", "hit", "kinds"))
    if not (ranks and hits and kinds):
        return None
    return lazy(
        r"\bin\s+the\s+(?:"
        + _words(ranks).replace("\\ ", r"[\s-]+")
        + r")[\s-]+(?:"
        + _words(hits)
        + r")\s+(?:"
        + _words(kinds)
        + r")\b",
        re.IGNORECASE,
    )


def _population_of(nouns: list[Any]) -> re.Pattern[str] | None:
    """ "<place noun> of (about)" ending right where a count starts."""
    if not nouns:
        return None
    return re.compile(
        r"\b(?:" + _words(nouns) + r")\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?\Z", re.I
    )


def _other_event(data: dict[str, Any]) -> tuple[LazyPattern | None, LazyPattern | None]:
    """The clause and antecedent patterns of frames.yaml's `other_event`."""
    clause, antecedent = list(data.get("clause") or []), list(data.get("antecedent") or [])
    return (
        _cue_pattern(clause) if clause else None,
        _cue_pattern(clause + antecedent) if clause or antecedent else None,
    )


@functools.cache
def frames_data() -> dict[str, Any]:
    """The shipped frame data (data/frames.yaml), parsed once."""
    text = resources.files("factcheck.extract").joinpath("data/frames.yaml").read_text(encoding="utf-8")
    return parse_data_file(text, "frames.yaml") or {}


# a registry's additions to the shipped table (factcheck.toml [frames]), set by the CLI
_EXTRA: dict[str, Any] = {}


def use_registry_frames(extra: dict[str, Any] | None) -> None:
    """Make `default_table()` the shipped table with a registry's events and count cues added
    (factcheck.toml `[frames.events.<event>]`, `[frames.counts.<role>]`); None or {} for none."""
    global _EXTRA
    extra = dict(extra or {})
    if extra != _EXTRA:
        _EXTRA = extra
        default_table.cache_clear()


@functools.cache
def default_table() -> FrameTable:
    """The shipped table (data/frames.yaml), with the registry's additions when the CLI set any."""
    return build_table(frames_data(), _EXTRA or None)


# "the previous (world transfer) record", "the existing record set by": the record a story's
# sum breaks; a sum after it in its sentence, with no other figure between, is that record's
_RECORD_BEFORE = lazy(
    r"\b(?:previous|existing|earlier|old|former|last)\s+(?P<kind>(?:[a-z-]+\s+){0,2}?)records?\b(?!\s+for\b)(?P<rest>[^.!?]*)\Z",
    re.IGNORECASE,
)
# "the previous record was shattered when Acme paid $2 billion": the sum is the new record
_RECORD_BROKEN = lazy(
    r"\b(?:broken|broke|breaks?|shattered|smashed|beaten|beat|eclipsed|surpassed|topped|bettered|fell)\b",
    re.IGNORECASE,
)
_FIGURE_SIGN = lazy(r"[£$€₹]|\d")  # a sum or a figure in digits between the words and a sum
PAY_RATES = frozenset({"per-week", "per-year"})  # money_for slugs of a rate of pay (money_gross)
# "a year ago", "a week later": a time, not a rate ("raised $5 million a year ago")
_AGO = lazy(r"\s+(?:ago|earlier|later|since|(?:before|after)(?!\s+tax))\b", re.IGNORECASE)


def _pay_rate(
    text: str, span: tuple[int, int], unit: str, sentence: tuple[int, int], table: FrameTable
) -> bool:
    """Whether a sum is a rate of pay ("could earn around 550,000 euros per week"): what a contract
    says, so "could", "would" or "expected to" before it forecast nothing (issue 12, session 23)."""
    if unit not in CURRENCY_UNITS or table.money_for is None:
        return False
    lo, hi = _clause(text, span[0], span[1], sentence)
    purpose = _money_purpose(text, lo, hi, span, sentence, table)
    return purpose is not None and table.money_slugs.get(purpose) in PAY_RATES


# words of pay in a rate's clause ("will earn", "is paid", "a salary of"): a sum by the week or
# the year with none of them is a budget, a saving or a tax take, no wage ("cut costs by $300
# million a year", "a wage bill of £400 million a year")
_PAY_WORD = lazy(
    r"\b(?:earns?|earning|earned|paid|pay|salary|salaries|wages?(?!\s+bill)|take[- ]home)\b", re.IGNORECASE
)


def _money_purpose(
    text: str, lo: int, hi: int, span: tuple[int, int], sentence: tuple[int, int], table: FrameTable
) -> str | None:
    """The money_for cue a sum in [lo, hi) is for: the nearest, but a rate (per week, per year)
    only when no other purpose is named ("cut costs by $300 million a year" is a cost, "$24
    billion annual exports" exports) and words of pay in its sentence say it is one (review of
    session 23)."""
    if table.money_for is None:
        return None
    rate: tuple[int, str] | None = None
    other: tuple[int, str] | None = None
    for found in table.money_for.finditer(text, lo, hi):
        cue = found.group().lower()
        if found.end() <= span[0]:
            distance = span[0] - found.end()
        elif found.start() >= span[1]:
            distance = found.start() - span[1]
        else:
            distance = 0
        if table.money_slugs.get(cue) in PAY_RATES:
            if _time_ago(text, cue, lo, hi):
                continue
            if rate is None or distance < rate[0]:
                rate = (distance, cue)
        elif other is None or distance < other[0]:
            other = (distance, cue)
    if other is not None:
        return other[1]
    if rate is not None and _PAY_WORD.search(text, sentence[0], sentence[1]):
        return rate[1]
    return None


def _time_ago(text: str, cue: str, lo: int, hi: int) -> bool:
    """Whether a rate cue "a week"/"a year" in [lo, hi) is a time instead ("a year ago")."""
    if not cue.startswith("a "):
        return False
    found = re.search(r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])", text[lo:hi], re.IGNORECASE)
    return found is not None and _AGO.match(text, lo + found.end()) is not None


PREVIOUS_RECORD = "previous-record"  # the purpose slug of such a sum: a typed sum (extract/sums.py)


def _previous_record(text: str, sentence_start: int, start: int) -> bool:
    """Whether a sum is the previous record's, by the words before it in its sentence: "more than
    double the previous transfer record set a year ago when Manchester United paid 105 million
    euros", "the existing record set by a 98 million euro deal". Not when another figure stands
    between ("double the previous record of €105m, Neymar's €222m fee" is the new sum), nor a
    record of a kind ("the previous record for a da Vinci artwork was $11 million": not the one
    the story's sum breaks), nor when the sentence tells of the record only after the sum (issue
    12, session 23)."""
    found = _RECORD_BEFORE.search(text, sentence_start, start)
    return (
        found is not None
        and _FIGURE_SIGN.search(found.group("rest")) is None
        # "the previous Old Master record": a record of a kind a name gives, another record
        and not any(word[:1].isupper() for word in found.group("kind").split())
        # "the previous record was shattered when Acme paid $2 billion": the new record's sum
        and _RECORD_BROKEN.search(found.group("rest")) is None
    )


def _clause(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """Bounds around [start, end) within the sentence, the window and the number's clause."""
    lo = max(sentence[0], start - WINDOW)
    hi = min(sentence[1], end + WINDOW)
    before = list(_CLAUSE_END.finditer(text, lo, start))
    if before:
        lo = before[-1].end()
    after = _CLAUSE_END.search(text, end, hi)
    if after is not None and _WITH_RIGHT_AFTER.fullmatch(text, end, after.end()):
        # "10 people with serious injuries", "10 of them with minor injuries": a "with" right
        # after the count says what its people have; it does not start another clause
        after = _CLAUSE_END.search(text, after.end(), hi)
    if after is not None:
        hi = after.start()
    return lo, hi


# a "with" right after a count (and its "of them"): the count's own phrase goes on
_WITH_RIGHT_AFTER = lazy(r"\s+(?:of\s+(?:them|those|whom)\s+)?with", re.IGNORECASE)


def _nearest(
    pattern: Regex, text: str, lo: int, hi: int, start: int, end: int, prospect: Regex | None = None
) -> tuple[int, str] | None:
    """(distance, cue) of the cue nearest the number within [lo, hi); a cue a `prospect` word
    stands right before ("readying 4,000 workers for a possible walkout") tells of what may come,
    never what befell the count, and is passed over."""
    best: tuple[int, str] | None = None
    for found in pattern.finditer(text, lo, hi):
        if prospect is not None and prospect.search(text, max(lo, found.start() - 40), found.start()):
            continue
        if found.end() <= start:
            distance = start - found.end()
        elif found.start() >= end:
            distance = found.start() - end
        else:
            distance = 0  # the cue is the counted noun itself ("94 deaths")
        if best is None or distance < best[0]:
            best = (distance, found.group().lower())
    return best


def _governing(pattern: Regex, text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """The cue nearest a number with no other number between them (a parenthesised conversion,
    "30 mph (50 kmh) zone", does not count as one): in "80 mph in a 30 mph zone", 'zone' is 30's."""
    best: tuple[int, str] | None = None
    for found in pattern.finditer(text, lo, hi):
        between = text[end : found.start()] if found.start() >= end else text[found.end() : start]
        if re.search(r"\d", re.sub(r"\([^()]*\)|^[^(]*\)", "", between)):
            continue
        distance = found.start() - end if found.start() >= end else start - found.end()
        if best is None or distance < best[0]:
            best = (distance, found.group().lower())
    return best[1] if best is not None else None


# "two stories high", "30 feet tall": a height given in passing, of whatever stands before it
_HIGH_AFTER = lazy(r"\s*(?:high|tall)\b", re.IGNORECASE)


def _in_clause(pattern: Regex, text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a cue of `pattern` is in the number's clause."""
    lo, hi = _clause(text, start, end, sentence)
    return pattern.search(text, lo, hi) is not None


def _in_listed_clause(pattern: Regex, text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a cue of `pattern` is in the clause before one that opens with "including" and
    holds the number: "followed by strong aftershocks, including a 6.5-magnitude tremor" lists
    one of the aftershocks, so the clause before says what the number is of."""
    lo, _ = _clause(text, start, end, sentence)
    if _LISTED_AFTER.match(text, lo) is None or lo <= sentence[0]:
        return False
    before = lo - 1  # the clause end (a comma) the "including" clause opens after
    prior = list(_CLAUSE_END.finditer(text, sentence[0], before))
    return pattern.search(text, prior[-1].end() if prior else sentence[0], before) is not None


_LISTED_AFTER = lazy(
    r"\s*(?:including|among\s+them|among\s+which|the\s+(?:largest|strongest|biggest)\s+(?:of\s+)?)\b",
    re.IGNORECASE,
)


# "N people were (medically) evaluated and taken to hospitals": the passive verb after the noun
_PASSIVE = lazy(
    r"\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?",
    re.IGNORECASE,
)


def verb_role(text: str, end: int, table: FrameTable | None = None) -> tuple[str, str, bool] | None:
    """(role, cue, running) from a passive verb right after the counted noun, if it is a cue."""
    table = table or default_table()
    passive = _PASSIVE.match(text, end)
    if passive is None:
        return None
    # "were confirmed dead", "have been reported as injured": the cue after the hedge decides
    hedged = table.hedge.match(text, passive.end()) if table.hedge is not None else None
    at = hedged.end() if hedged is not None else passive.end()
    for role, (pattern, running) in table.roles.items():
        if role in table.noun_only:
            continue
        found = pattern.match(text, at)
        if found is not None:
            return role, found.group().lower(), running
    return None


_OF_THE = lazy(r"\s+of\s+(?:the|them|those|whom)\b", re.IGNORECASE)


def is_partial(
    text: str, start: int, end: int, sentence: tuple[int, int], table: FrameTable | None = None
) -> str | None:
    """The cue that makes a count a part of the toll ("97 bodies handed over"), if any."""
    table = table or default_table()
    if _OF_THE.match(text, end):
        return "of the"  # "31 of the injured were hospitalized": some of a count, not the count
    remainder = table.remainder.search(text, max(sentence[0], start - 24), start) if table.remainder else None
    if remainder is not None:
        # "the other 13 aboard the bus were taken to hospital": the rest once some are told apart
        return " ".join(remainder.group("cue").lower().split())
    if table.partial is None:
        return None
    lo, hi = _clause(text, start, end, sentence)
    for found in table.partial.finditer(text, lo, hi):
        if found.group().lower() == "among" and _lazy(_WHOLE_AFTER_AMONG).fullmatch(text, found.end(), start):
            # "among 72 passengers, five were Indians": the set a part is taken from, the whole
            continue
        return found.group().lower()
    return None


# between "among" and the count it governs: the count is then the whole ("among the 72 aboard")
_WHOLE_AFTER_AMONG = (
    r"(?i)\s+(?:the\s+|all\s+|(?:more|less|fewer)\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+)*"
)


# right before a count, in its clause: an earlier count of other things joined to it by "and",
# with only the words of that count's noun phrase between ("34 hostages and 15 Islamists died",
# "685 Algerian workers at the plant and 100 foreigners escaped"): the verb after them tells of
# both, so each counts a part of what the verb counts, never the whole (issue 12, session 27)
_LISTED_BEFORE = lazy(
    r"(?<![\w.,-])(?:\d[\d,]*|"
    + SMALL_AND_TENS_WORDS
    + r")\s+(?P<words>(?:[A-Za-z][\w'-]*\s+){1,6}?)and\s+"
    + _APPROXIMATOR
    + r"\Z",
    re.IGNORECASE,
)
_LISTED_LOOKBACK = 80  # characters before a count searched for the count listed before it
# a word that makes the words between two counts a clause of their own, not a noun phrase
# ("5 people were killed and 12 injured", "five died and 12 passengers"): auxiliaries, a past form
_NOT_A_NOUN_PHRASE = lazy(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|did|\w+ed|died|said)\b")


def listed_after_another(text: str, start: int, sentence: tuple[int, int], noun: str | None) -> int | None:
    """Where the earlier count starts when the count at `start`, of `noun`, is listed after a
    count of another noun ("34 hostages and 15 Islamists died"), else None. The caller checks
    that the earlier figure is a count its verb tells of too ("at 10 pm and 15 people died" lists
    a clock time, "arrested 3 suspects and 15 people were evacuated" two acts): then it counts a part."""
    if not noun:
        return None
    found = _LISTED_BEFORE.search(text, max(sentence[0], start - _LISTED_LOOKBACK), start)
    if found is None:
        return None
    words = found.group("words")
    if _NOT_A_NOUN_PHRASE.search(words) or noun.lower() in words.lower().split():
        return None
    return found.start()


_RISEN_TO = lazy(
    r"\b(?:rose|risen|climbed|reached|jumped|increased|stood|stands|went\s+up|put)\s+(?:to|at)\s+",
    re.IGNORECASE,
)


# what may stand between "rose to" and its figure: an approximator, never another clause
# ("the toll has risen to 86, while 515 others injured": 515 is not the toll)
_APPROX_ONLY = lazy(
    r"(?:\s*(?:more|less|fewer)\s+than|\s*at\s+least|\s*about|\s*around|\s*nearly|\s*almost|\s*over)?\s*",
    re.IGNORECASE,
)


def count_role(
    text: str, start: int, end: int, sentence: tuple[int, int], table: FrameTable | None = None
) -> tuple[str, str, bool] | None:
    """(role, cue, running) of the count at [start, end), from the nearest cue in its clause."""
    table = table or default_table()
    there = _THERE_WHEN.match(text, end, sentence[1])
    if there is not None and "present" in table.roles:
        # "1,137 workers were in the factory when the fire broke out", "more than 400 people were
        # on the bridge when it collapsed": those there at the time
        return "present", " ".join(there.group().split()).lower(), table.roles["present"][1]
    if table.population_of is not None and "population" in table.roles:
        place = table.population_of.search(text, max(sentence[0], start - 40), start)
        if place is not None:
            return "population", " ".join(place.group().split()[:2]).lower(), table.roles["population"][1]
    numbering = _numbering(text, sentence[0], start, table)
    if numbering is not None and "population" in table.roles:
        # "the villagers, numbering about 745": the people who live there, all of them
        return "population", numbering, table.roles["population"][1]
    if _acts_on_a_count(text, end, sentence[1], table):
        return None  # "two earthquakes killed 9,000 people": the quakes did it, nothing befell them
    lo, hi = _clause(text, start, end, sentence)
    risen = _RISEN_TO.search(text, sentence[0], start)
    if risen is not None and _APPROX_ONLY.fullmatch(text, risen.end(), start):
        # "the death toll in ... rose to 142 as rescue workers ...": the subject of 'rose' governs
        lo, hi, end = sentence[0], risen.start(), risen.start()
        start = end
    if _INCLUDING.search(text, max(sentence[0], start - 40), start):
        # "Death toll rises to 44, including 12 firefighters": a part of the toll before it (what
        # befell people; "68 passengers and four crew, among them 15 foreigners" is no crew count)
        toll = _nearest_befell(text, sentence[0], start, table)
        if toll is not None:
            return toll
    lo = _after_agent(text, lo, start, table)
    for role in table.winning:
        pattern, running = table.roles[role]
        before = list(pattern.finditer(text, lo, start))
        if before:
            # "licensed to carry up to 200 people": the capacity, however near "people" is
            return role, before[-1].group().lower(), running
    best: tuple[int, str, str, bool] | None = None
    for role, (pattern, running) in table.roles.items():
        if role in table.noun_only:
            continue  # "teams were working to reach 13 miners": teams count only their own noun
        found = _nearest(pattern, text, lo, hi, start, end, table.prospect)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], found[1], role, running)
    if best is not None and best[2] in table.groups and best[0] == 0:
        # "Twelve firefighters were among the dead", "lost contact with 36 firefighters": the noun
        # says who, the toll word what befell them (read up to a comma, past "with" and "and")
        phrase = list(_lazy(r"[,;:!?]").finditer(text, max(sentence[0], start - WINDOW), start))
        # nor past a clause of its own the group's noun opens ("the toll rose to 44 as 3,000
        # rescuers searched": the toll is not the rescuers')
        phrase += list(
            _GROUP_CLAUSE_OPENS.finditer(
                text, phrase[-1].end() if phrase else max(sentence[0], start - WINDOW), start
            )
        )
        befell = _nearest_befell(
            text, phrase[-1].end() if phrase else max(sentence[0], start - WINDOW), start, table
        )
        # after the noun only its own predicate ("were among the dead"), not a relative clause's
        # ("1,000 firefighters who fought the fire that killed 50") nor what the group does
        # ("thousands of rescuers continue efforts to find survivors", "200 rescuers were
        # searching for people trapped under rubble": the survivors and the trapped are others)
        acts = table.group_acts.search(text, end, hi) if table.group_acts is not None else None
        stops = [
            m.start() for m in (_RELATIVE.search(text, end, hi), acts, _INFINITIVE.search(text, end, hi)) if m
        ]
        after = _nearest_befell(text, end, min(stops, default=hi), table, after=True)
        stop = min(stops, default=hi)
        if after is None and stop < hi and not _AUXILIARY.search(text, end, stop):
            # "Three rescuers searching the rubble were killed", "Ten rescuers trying to reach the
            # miners died": the act is a phrase on the noun; the group's own verb comes after it
            own = _OWN_VERB.search(text, stop, hi)
            if own is not None and not _RELATIVE.search(text, stop, own.start()):
                more = table.group_acts.search(text, own.end(), hi) if table.group_acts is not None else None
                ends = [
                    m.start()
                    for m in (
                        _RELATIVE.search(text, own.end(), hi),
                        more,
                        _INFINITIVE.search(text, own.end(), hi),
                    )
                    if m
                ]
                after = _nearest_befell(text, own.start(), min(ends, default=hi), table, after=True)
        toll = befell or after
        if toll is not None:
            best = (0, toll[1], toll[0], toll[2])
    if best is not None and best[2] in table.yields_to:
        owned = _owned_cue(text, start, end, sentence, table.yields_to[best[2]], table)
        if owned is not None:
            return owned
    return (best[2], best[1], best[3]) if best is not None else None


# an infinitive after a group's noun ("sent to help survivors", "efforts to find survivors"): what
# the group does to others, which ends its own predicate (frames.yaml `group_acts` lists more such
# words); not a place it was taken to ("were rushed to hospital", "moved to safety") nor a hedge
# on the group's own fate ("are believed to be missing", "are feared to have died")
_INFINITIVE = lazy(
    r"\bto\s+(?!(?:be|have|hospitals?|safety|shelters?|the|a|an|their|its|his|her|our|this|that|[a-z]+ed)\b)[a-z]+\b"
)

# a finite verb of the group's own between its noun and a group act ("were searching", "continue
# efforts"): the act is its predicate; with none, the act is a phrase on the noun
_AUXILIARY = lazy(r"\b(?:were|was|are|is|have|has|had|continue[sd]?|kept|keep)\b")
_OWN_VERB = lazy(r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been|died|perished)\b")

# a word that opens a clause of its own before a group's noun: a cue before it is that clause's
# ("the toll rose to 44 as 3,000 rescuers searched"); not "as many as", "such as", "as well as"
_GROUP_CLAUSE_OPENS = lazy(
    r"\b(?:while|whereas|when|after|before|because|although|though|but|yet)\b"
    r"|(?<!\bmany\s)(?<!\bmuch\s)(?<!\bfew\s)(?<!\bsuch\s)(?<!\bwell\s)\bas\b(?!\s+(?:many|much|few|well)\b)",
    re.IGNORECASE,
)


# another figure in a sentence: digits ("4.3", "12,000"), a number word ("three", "million") or
# a count in words ("thousands", "several", "a few"): a cue nearer to it is its own
_FIGURE = lazy(
    r"\d(?:[\d,.]*\d)?|\b(?:"
    + phrase_alternation([*SMALL_NUMBERS, *TENS, *SCALES, *VAGUE_QUANTIFIERS])
    + r")s?\b",
    re.IGNORECASE,
)

# what ends the stretch a yielding count's people are followed through: a sentence's end or an
# opposing clause ("affected 12,000, but none were left homeless"); not a comma ("affected 12,000
# people, leaving them homeless") nor "and" ("affected 12,000 and left them homeless")
_FOLLOW_END = lazy(r"[;:!?]|\.(?!\d)|\b(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)


def _owned_cue(
    text: str, start: int, end: int, sentence: tuple[int, int], roles: tuple[str, ...], table: FrameTable
) -> tuple[str, str, bool] | None:
    """(role, cue, running) of the nearest cue of `roles` within WINDOW of the count at [start,
    end), not past a sentence's end or an opposing clause, not negated, and not another figure's:
    "affected 12,000 people, leaving them homeless" -> homeless; not "displaced" in "affected 4.3
    million, including 660,000 who were displaced" (a figure between) nor in "330,900 displaced
    and 4.3 million affected" (a cue before the count that follows another figure)."""
    lo, hi = max(sentence[0], start - WINDOW), min(sentence[1], end + WINDOW)
    before = list(_FOLLOW_END.finditer(text, lo, start))
    lo = before[-1].end() if before else lo
    after = _FOLLOW_END.search(text, end, hi)
    hi = after.start() if after is not None else hi
    figures = [f for f in _FIGURE.finditer(text, lo, hi) if f.end() <= start or f.start() >= end]
    best: tuple[int, str, str, bool] | None = None
    for role in roles:
        pattern, running = table.roles[role]
        for found in pattern.finditer(text, lo, hi):
            if found.end() <= start:  # before the count: no figure before it or between
                own = start - found.end()
                other = any(f.end() <= start for f in figures)
            elif found.start() >= end:  # after: no figure between, none after it nearer
                own = found.start() - end
                other = any(
                    f.start() >= end and (f.start() < found.start() or f.start() - found.end() <= own)
                    for f in figures
                )
                other = other or negation_in(text[end : found.start()])
                # "affected 12,000 people, many of whom were left homeless": some of them
                other = other or (
                    table.some_of is not None and table.some_of.search(text, end, found.start()) is not None
                )
            else:
                continue  # inside the count itself
            if other or _negated(text, lo, found.start()):
                continue  # another figure's cue, or "none were left homeless"
            if best is None or own < best[0]:
                best = (own, found.group().lower(), role, running)
    return (best[2], best[1], best[3]) if best is not None else None


# a determiner right before a residents noun (no word between: "the injured villagers, numbering
# 45" are the injured), then "numbering" and maybe an approximator, right before a count
_NUMBERING = (
    r"(?i)\b(?:the|its|their|these|those)\s+(?P<noun>{nouns})\s*,?\s+(?:who\s+|which\s+)?(?:numbering|number|numbered|numbers|totalling|totaling)"
    r"\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+"
    r"|over\s+|roughly\s+|approximately\s+)?\Z"
)


def _numbering(text: str, sentence_start: int, start: int, table: FrameTable) -> str | None:
    """The residents noun a count is the number of ("the villagers, numbering about 745" ->
    villagers; frames.yaml `residents`), if any and no role cue comes before it in the sentence."""
    if not table.residents:
        return None
    pattern = _lazy(_NUMBERING.replace("{nouns}", _words(sorted(table.residents))))
    found = pattern.search(text, max(sentence_start, start - 60), start)
    if found is None:
        return None
    # "Of the evacuated, the villagers, numbering 45, ...": a role cue says which villagers they are
    if any(p.search(text, sentence_start, found.start()) for p, _ in table.roles.values()):
        return None
    return found.group("noun").lower()


# after a count: where its people were when it happened ("were in the factory when", "were on
# the bridge at the time"), maybe past an aside (", out of 1,163,")
_THERE_WHEN = lazy(
    r"(?:\s*,(?:[^,]|,\d){1,30},)?\s+(?:were|was|had\s+been)\s+(?:in|on|inside|aboard|at)\s+(?:the|a|an|its)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:when|at\s+the\s+time|as\s+it)\b",
    re.IGNORECASE,
)

# right before a count: it is a part of a count named earlier in the sentence
_INCLUDING = lazy(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:at\s+least\s+|about\s+)?\Z", re.I
)


def _nearest_befell(
    text: str, lo: int, hi: int, table: FrameTable, after: bool = False
) -> tuple[str, str, bool] | None:
    """(role, cue, running) of the cue of what befell people in [lo, hi) nearest its end (or its
    start, `after` a count), if any."""
    best: tuple[int, str, str, bool] | None = None
    for role, (pattern, running) in table.roles.items():
        if not _befalls(role, running, table):
            continue
        found = list(pattern.finditer(text, lo, hi))
        if not found:
            continue
        cue = found[0] if after else found[-1]
        distance = cue.start() - lo if after else hi - cue.end()
        if best is None or distance < best[0]:
            best = (distance, cue.group().lower(), role, running)
    return (best[2], best[1], best[3]) if best is not None else None


def _befalls(role: str, running: bool, table: FrameTable) -> bool:
    """Whether a role says what befell people (killed, missing, rescued…), not who they are."""
    return (
        running
        and role not in table.groups
        and role not in table.noun_only  # "teams of 42 rescuers": teams are no fate of the rescuers
        and role not in (*_BUILDING_ROLES, "aftershocks")
    )


# an agent noun, then a verb (and maybe an approximator) right before a count: "Rescuers pulled"
_AGENT_VERB = r"(?<![\w-])(?P<agent>[A-Za-z][\w-]*)\s+(?:had\s+|have\s+|has\s+)?[a-z]+\s+[\w\s]{0,24}\Z"


@functools.cache
def _lazy(source: str) -> re.Pattern[str]:
    """A pattern compiled on first use, not at import."""
    return re.compile(source)


# what may stand between a count and the verb it is the subject of: its noun and up to two more
# words ("two powerful earthquakes", "three gunmen who"), never a passive's auxiliary ("40 people
# were killed"), a word joining another clause ("affected 4.3 million people and displaced
# 660,000": the verb's subject is the typhoon) nor punctuation
_SUBJECT_GAP = lazy(
    r"(?:\s+(?!(?:were|was|are|is|be|been|being|have|has|had|got|and|or|but|nor|then|while|as|"
    r"after|before|when|since|until|than|so|yet)\b)[A-Za-z][\w'’-]*){0,3}\s+\Z",
    re.IGNORECASE,
)
# a figure right after the verb that is a length of time ("killed 3 days ago"): no object count
_TIME_AFTER = lazy(r"[\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b", re.IGNORECASE)
ACT_REACH = 40  # characters after a count searched for a verb it is the subject of
# words of a bound or a guess before the count a verb acts on ("killed approximately 9,000",
# "injured an estimated 300", "left as many as 40 dead")
_OBJECT_BOUND = lazy(
    r"(?:\s+(?:(?:more|less|fewer)\s+than|at\s+(?:least|most)|as\s+many\s+as|up\s+to|an\s+estimated|"
    r"about|around|nearly|almost|over|approximately|roughly|some))*\s+",
    re.IGNORECASE,
)


def _acts_on_a_count(text: str, end: int, stop: int, table: FrameTable) -> bool:
    """Whether the count ending at `end` is the subject of a verb acting on another count right
    after it (frames.yaml `acting_verbs`: "two earthquakes killed approximately 9,000 people",
    "three gunmen killed 20", "two bombs injured 45"): it counts what did it, not what befell
    anyone, so it takes no role of the verb, which belongs to the count after it. A passive
    ("40 people were killed") or a punctuation mark between them, or a verb with no count right
    after it ("12 miners killed in the blast", "40 killed, 100 hurt") leave the role to the count."""
    verbs = table.acting_verbs
    if verbs is None:
        return False
    verb = verbs.search(text, end, min(stop, end + ACT_REACH))
    if verb is None or not _SUBJECT_GAP.fullmatch(text[end : verb.start()] + " "):
        return False
    bound = _OBJECT_BOUND.match(text, verb.end(), stop)
    figure = _FIGURE.match(text, bound.end() if bound is not None else verb.end(), stop)
    return figure is not None and _TIME_AFTER.match(text, figure.end(), stop) is None


def _after_agent(text: str, lo: int, start: int, table: FrameTable) -> int:
    """Where cues for a count may start: after an agent noun that is the subject of the verb
    acting on it ("Rescuers pulled 61 people from one building" counts the rescued, not
    rescuers; "Police evacuated 200" the evacuated), else `lo`."""
    pattern = _lazy(_AGENT_VERB)
    found = pattern.search(text, lo, start)
    while found is not None:  # "Scottish police arrested two men": the agent after its adjective
        if found.group("agent").lower() in table.agents:
            return found.end("agent")
        found = pattern.search(text, found.end("agent"), start)
    return lo


_GLUED_LENGTH = lazy(r"-[a-z]+(?![\w-])", re.IGNORECASE)


def _shaft_after(text: str, start: int, end: int, table: FrameTable) -> str | None:
    """The noun of a pit, shaft or hole a hyphened length stands before ("the 250-meter coal
    mine", "the 260-foot hole"): its depth; a spaced length ("250 meters from the mine") is not."""
    glued = _GLUED_LENGTH.match(text, end)  # the span ends at the figure; its unit is glued on
    if table.shafts is None or glued is None:
        return None
    found = table.shafts.match(text, glued.end())
    if found is None or _NOT_THE_HEAD.match(text, found.end()):
        return None
    noun = found.group().split()[-1].lower()
    if noun.startswith("hole") and _HOLE_IN.match(text, found.end()):
        return None  # "a 40-metre hole in the levee", "a 3-mile hole in the budget": a breach
    return f"{noun} after a hyphened length"


# the noun modifies a noun after it ("the 2-km mine road", "a 900-metre mine tunnel"): not its head
_NOT_THE_HEAD = lazy(
    r"\s+(?!(?:of|at|in|on|into|where|which|that|and|or|to|near|after|before|with|when|while|was|"
    r"were|is|are|had|has|have|for|by|from|as|since|until|beneath|below|under|but|then|shaft|shafts)\b)"
    r"[a-z]+\b",
)
_HOLE_IN = lazy(r"\s+(?:in|through|into)\s+(?:the|its|their|his|her|a|an)\s+(?!ground\b)", re.IGNORECASE)


def measure_kind(
    text: str, start: int, end: int, unit: str, sentence: tuple[int, int], table: FrameTable | None = None
) -> tuple[str, str] | None:
    """(kind, why) of a measure: from its unit, then the cue words around it."""
    table = table or default_table()
    if unit == "%":
        # a percentage is a share of something: framed only when its words say of what, so a
        # premium, a stake and a party's vote share never meet (extract/shares.py)
        lo, _ = _clause(text, start, end, sentence)
        share = percent_of(text, lo, start, end)
        return (f"percent.{share[0]}", f"%; {share[1]}") if share is not None else None
    if unit == "magnitude":
        return "magnitude", "magnitude"
    if unit in AGE_UNITS:
        baby = _infant(text, end, unit, table)
        if baby is not None:
            return f"age.infant-{baby}", f"{unit.replace('s-', '-')}; the age of the baby {baby}"
        person = aged_person(text, end) or apposed_person(text, start) or _described_person(text, start)
        said = None if person else said_person(text, start, table, end=end)
        person = person or said or _unique_person(text, start, end, table)
        alone = f"; {SAID_ALONE}" if said is not None and " " not in said else ""
        # ages of different people never meet: an age is framed by the person it is of, and an
        # age with no name after it ("a 40-year-old farmer") is nobody another report could name
        # a thing's age ("a 40-year-old bridge") is never framed: "a 60-year-old apartment
        # building" and "a 10-year-old office building" are two things, "factory worker" a person
        return (
            (f"age.{name_slug(person)}", f"{unit.replace('s-', '-')}; the age of {person}{alone}")
            if person
            else None
        )
    if unit in CURRENCY_UNITS:
        # a fine and a sum frozen, or compensation and exports, are different sums
        lo, hi = _clause(text, start, end, sentence)
        purpose = _money_purpose(text, lo, hi, (start, end), sentence, table)
        if purpose is None and market_moment(text, lo, start, sentence) is not None:
            return None  # "shares closed up 27% at 14.04 euros": one moment's market price
        if base_of_share(text, lo, start):
            return None  # "80 percent of its $24 billion exports": the whole a share is taken of
        if purpose is None and _previous_record(text, sentence[0], start):
            return f"money.{PREVIOUS_RECORD}", f"{unit}; the previous record's sum"
        if purpose is None:
            return "money", unit
        slug = table.money_slugs[purpose]
        if (
            slug in PAY_RATES
            and table.money_gross is not None
            and table.money_gross.search(text, end, sentence[1])
        ):
            return f"money.{slug}.gross", f"{unit}; for '{purpose}', before tax"
        return f"money.{slug}", f"{unit}; for '{purpose}'"
    if unit in WEIGHT_UNITS:
        # "20,000 tons of sand", "thousands of tons of cargo": the mass of a load or a material,
        # never the size of the vessel that holds it ("the 224,000-ton ship")
        if _LOAD_AFTER.match(text, end):
            return "weight.load", f"{unit}; a load ('of' after it)"
        return "weight", unit
    if unit in SPEED_UNITS:
        lo, hi = _clause(text, start, end, sentence)
        # "a 30 mph zone", "a top speed of 79 mph" is the limit; "travelling at 80 mph" the speed
        limit = _governing(table.measures["speed-limit"], text, lo, hi, start, end)
        if limit is not None:
            return "speed-limit", limit
        motion = _storm_motion(text, lo, hi, sentence, table)
        return ("speed.motion", f"{unit}; a storm's motion '{motion}'") if motion else ("speed", unit)
    if unit in AREA_UNITS:
        return "area", unit
    if unit in TEMPERATURE_UNITS:
        return temperature_kind(text, (start, end), sentence, table.measures)
    if unit in LENGTH_UNITS:
        if re.search(r"\bsquare\b|\bsq\b", text[start:end], re.IGNORECASE):
            return "area", "square"
        if re.search(r"\bcubic\b", text[start:end], re.IGNORECASE):
            return None  # "5 billion cubic meters": a volume (see VOLUME_UNITS), never a length
        lo, hi = _clause(text, start, end, sentence)
        below = table.measures.get("below-ground")
        ground = _nearest(below, text, lo, hi, start, end) if below is not None else None
        quake = table.events.get("struck")
        if ground is not None and not (quake is not None and quake.search(text, *sentence)):
            # "260 feet underground": how far below the surface, never a quake's focal depth
            return "depth.below-ground", ground[1]
        shaft = _shaft_after(text, start, end, table)
        if shaft is not None:
            return "depth.below-ground", shaft
        size = size_of(text, start, end, sentence, table)
        if size is not None:
            return size
        dim = _dimension_after(text, end, sentence, table)
        if dim is not None and table.dimensions[dim] != "depth":
            # "Abu Mansour, 74 meters high and farthest from the city": a size of something no
            # sized thing names, never a distance nor an altitude (session 33); "deep" is a depth
            return None
        # "the quake struck 10 km below the surface": the focal depth
        depth = _nearest(table.measures["depth"], text, lo, hi, start, end) or ground
        if depth is not None:
            return "depth", depth[1]
        height = _height(text, (start, end), sentence, table)
        if height is not None:
            return height
        place = distance_ends(text, (start, end), sentence, table)
        if place is None:
            # "jumped from 128,000 feet", "an altitude of 3,940 feet": a height by its clause's
            # words, only when no place makes it a distance ("crashed 100 km from Marseille
            # after descending from an altitude of 38,000 feet")
            cue = table.measures.get("height")
            near = _nearest(cue, text, lo, hi, start, end) if cue is not None else None
            return ("height", near[1]) if near is not None else None
        # a distance means something only from a named place: "49 km from Zhaotong"; how far
        # someone has got ("rescuers were 4,800 feet into the mine") is not where a thing lies
        got = table.progress.search(text, lo, hi) if table.progress is not None else None
        if got is not None:
            return f"distance.{place}.reached", f"from {place}; progress '{got.group().lower()}'"
        if place in REACHES:
            return f"distance.{place}", f"how far away it was {place}"
        return f"distance.{place}", f"from {place.replace('.to-', ' to ')}"
    return None


def size_of(
    text: str, start: int, end: int, sentence: tuple[int, int], table: FrameTable | None = None
) -> tuple[str, str] | None:
    """(kind, why) of a length written at the noun of a thing whose size reports give (frames.yaml
    `sized_things`): right before it ("the 948-foot container ship", "a 160-foot (50-meter)
    gash", "the two-mile wide tornado") or right after it with a dimension word ("the tornado was
    1.3 miles wide", "a ship long over 300 meters"): size.<slug>.<dimension>. None otherwise."""
    table = table or default_table()
    if not table.sized_things or not table.dimensions:
        return None
    nouns = phrase_alternation(list(table.sized_things))
    dims = phrase_alternation(list(table.dimensions))
    found = _pattern_of(_SIZE_BEFORE_NOUN.format(dims=dims, nouns=nouns)).match(text, end, sentence[1])
    if found is not None and _SIZED_MODIFIES.match(text, found.end()) is None:
        dim = found.group("dim") or ""  # none written: the length of the thing ("the 948-foot ship")
        noun = found.group("noun").lower()
    else:
        lo = max(sentence[0], start - 60)
        before = _pattern_of(_NOUN_BEFORE_SIZE.format(dims=dims, nouns=nouns)).search(text, lo, start)
        dim_word = (before.group("dim") if before is not None else None) or _dimension_after(
            text, end, sentence, table
        )
        if before is None or dim_word is None:
            return None
        dim, noun = dim_word, before.group("noun").lower()
    slug = table.sized_things[noun]
    dimension = table.dimensions[dim.lower()] if dim else "length"
    said = f" ('{dim.lower()}')" if dim else ""
    return f"size.{slug}.{dimension}", f"the {dimension} of the {noun}{said}"


def _dimension_after(text: str, end: int, sentence: tuple[int, int], table: FrameTable) -> str | None:
    """The dimension word right after a length ("1.3 miles wide", "74 meters high"), lower case
    (a key of frames.yaml `dimensions`), if one is written there."""
    if not table.dimensions:
        return None
    dims = phrase_alternation(list(table.dimensions))
    after = _pattern_of(_DIM_AFTER_SIZE.format(dims=dims)).match(text, end, sentence[1])
    return after.group("dim").lower() if after is not None else None


# right after a length: its glued unit ("-foot"), a dimension word ("-long", " wide"), the close of
# a conversion in brackets ("(50-meter) gash") or one of its own ("(950 ft) vessel"), up to one
# modifier word ("container"), then the noun of a sized thing
_SIZE_BEFORE_NOUN = (
    r"(?i:(?:-[a-z]+)?(?:[\s-](?P<dim>{dims}))?(?:\s*\))?(?:\s*\([^()]{{1,30}}\))?"
    r"(?:\s+(?!(?:of|from|off|to|in|into|at|on|by|for|the|a|an|and|or|away|north|south|east|west)\b)"
    r"(?!(?:rescue|patrol|navy|naval|research|supply|pilot|escort|guard|salvage)\b)"
    r"(?![a-z]+(?:ing|ed)\b)[a-z]+)?"  # not a participle: "miles separating Comet 67P" is a distance
    # nor a craft sent to the story's ship ("a 60-metre patrol vessel" reached "the 120-metre ferry")
    r"\s+(?P<noun>{nouns})(?![\w-]))"
)
# a noun right after a sized thing's that the thing only modifies ("a 10-mile tornado path", "the
# 300-metre ship terminal", "the 366-metre bridge span", "the 20-mile ferry crossing"): the length
# is that noun's, not the thing's size
_SIZED_MODIFIES = lazy(
    r"\s+(?i:path|paths|track|road|roads|route|routes|line|lines|company|operator|operators|crew|crews|"
    r"captain|terminal|terminals|traffic|tour|tours|ride|rides|trip|trips|journey|deck|section|"
    r"watch|warning|warnings|season|outbreak|alley|span|spans|crossing|crossings|service|services|link|"
    r"tail|tails)\b"
)
# (a noun in the singular only, in both forms: "ships over 180 metres long are banned" is a bar
# for a class of ships, "the two 300-metre ships" two things, neither the story's one; review 26)
# right before a length: a sized thing's noun, maybe a verb of being or measuring, a dimension word
# ("a ship long over 300 meters") and an approximator
_NOUN_BEFORE_SIZE = (
    r"(?i:(?<![\w-])(?P<noun>{nouns}),?\s+(?:(?:is|was|were|are|measured|measures|measuring|"
    r"stretching|stretches|stretched|spanning|spans|spanned)\s+)?(?:(?P<dim>{dims})\s+)?"
    r"(?:(?:about|some|nearly|almost|around|roughly|approximately|over|under|just|only|at\s+least|"
    r"more\s+than|less\s+than)\s+)*\Z)"
)
# right after a length: its dimension word ("1.3 miles wide", "a 30-metre-deep crater" is the other form)
# (not a preposition: "the ferry was 3 miles across the bay" is where it was, not how wide)
_DIM_AFTER_SIZE = (
    r"(?i:(?:-[a-z]+)?[\s-](?P<dim>{dims})(?![\w-])"
    r"(?!\s+(?:the|a|an|this|that|its|his|her|their|of)\b))"
)


@functools.cache
def _pattern_of(source: str) -> re.Pattern[str]:
    """A pattern built from table words, compiled once per table."""
    return re.compile(source)


def _height(
    text: str, span: tuple[int, int], sentence: tuple[int, int], table: FrameTable
) -> tuple[str, str] | None:
    """(kind, why) of a length that is a height by the words right at it (frames.yaml measures
    `height-summit`, `height-after`): a mountain's height apart from any other, so an avalanche
    "at 5,800 metres" never meets the peak's 8,848 metres; else an altitude by a word right
    after it ("23 miles up", "38km above Earth"). The clause's words (`height`) are read after
    a distance's place, by `measure_kind`."""
    start, end = span
    glued = _GLUED_LENGTH.match(text, end)  # "a 39-kilometre jump": the unit is glued on
    after = glued.end() if glued is not None else end
    summit = table.measures.get("height-summit")
    if summit is not None:
        gap = _SUMMIT_GAP.match(text, after)
        found = summit.match(text, gap.end()) if gap is not None else None
        word = _ONE_WORD.match(text, gap.end()) if gap is not None and found is None else None
        found = summit.match(text, word.end()) if word is not None else found
        if found is not None:
            return "height.summit", f"{found.group().lower()} after the length"
        stands = _SUMMIT_STANDS.search(text, max(sentence[0], start - 40), start)
        if stands is not None and summit.fullmatch(stands.group("noun")):
            return "height.summit", f"{stands.group('noun').lower()} stands at the length"
        towers = _STANDS_TALL.search(text, max(sentence[0], start - 30), start)
        if towers is not None:
            # "Everest stands 8,849 metres above sea level", "the mast rises 1,000 feet": what a
            # thing stands at, never where something went (review of events25)
            return "height.summit", f"{towers.group('verb').lower()} the length"
    right = table.measures.get("height-after")
    space = _SPACES.match(text, after)
    found = right.match(text, space.end()) if right is not None and space is not None else None
    if found is not None and not _UP_ALONG.match(text, found.start()):
        if found.group().lower() == "above" and not _ABOVE_GROUND.match(text, found.end()):
            return None  # "3 feet above flood stage", "200 feet above the water": no altitude
        return "height", found.group().lower()
    return None


# between a length and the noun it measures: a space or a hyphen, a parenthesised conversion
# ("the 8,848-metre (29,029-ft) summit"), and up to one word ("its 8,850 metre high peak")
_SUMMIT_GAP = lazy(r"(?:\s*\([^()]{1,30}\))?[\s-]+")
_ONE_WORD = lazy(r"[a-z]+\s+")
# "the peak is at 29,028 feet", "the summit stands at 8,848 metres": a mountain's top standing at it
_SUMMIT_STANDS = lazy(
    r"(?i:(?P<noun>[a-z]+)\s+(?:is|stands|rises|sits|reaches)\s+(?:at|to)\s+(?:about\s+|some\s+)?)$"
)
_SPACES = lazy(r"\s+")
# right before a length: a thing standing that high ("Everest stands 8,849 metres above sea level")
_STANDS_TALL = lazy(
    r"(?i:\b(?P<verb>stands|rises|towers|soars)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?)$"
)
# what "above" must name for a length to be an altitude: the Earth, the ground, the sea or a
# place's name ("24 miles above Roswell"); not "above flood stage", "above the water"
_ABOVE_GROUND = lazy(r"\s+(?:the\s+)?(?:(?i:earth|ground|sea\s+level|surface|planet)\b|[A-Z])")
# "two miles up the road", "5 km up river": along a way, not above the ground
_UP_ALONG = lazy(r"(?i:up\s+(?:the|a|an|to|along|river|stream|ahead|from)\b)")


# right after a weight: "of" and what is weighed ("tons of sand", "metric tons of ammonium nitrate")
_LOAD_AFTER = lazy(r"\s+of\s+(?:the\s+|its\s+)?[a-z]", re.IGNORECASE)


def _storm_motion(text: str, lo: int, hi: int, sentence: tuple[int, int], table: FrameTable) -> str | None:
    """The motion cue of a speed that is how fast a storm travels (frames.yaml measures `motion`,
    `movers`, `wind`, `vehicles`), if it is one: 20 km/h of a cyclone's track never meets its
    200 km/h winds; a vehicle in the speed's clause is what moves ("the train was moving at 80 mph
    when the storm hit")."""
    motion, movers, wind, vehicles = (table.measures.get(k) for k in ("motion", "movers", "wind", "vehicles"))
    if motion is None or movers is None or wind is None or wind.search(text, lo, hi):
        return None
    if vehicles is not None and vehicles.search(text, lo, hi):
        return None
    found = motion.search(text, lo, hi)
    return found.group().lower() if found and movers.search(text, *sentence) else None


# the units of an age: "45-year-old", and a baby's "six-month-old", "10-week-old", "3-day-old"
AGE_UNITS = ("years-old", "months-old", "weeks-old", "days-old")
# after an age: "-year-old" itself, a few lower-case words ("female", "son"), maybe a comma, then
# capitalised words ("54-year-old Stacie Fang", "whose 50-year-old brother, Terry")
_AGED_NAME = lazy(
    r"\s?-?\s?(?:year|month|week|day)s?\s?-?\s?old\s+(?:[a-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*,\s+)?"
    r"(?P<run>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


# News style sets a person's age off by commas right after the name ("Savita Kumari, 12, said",
# "Manohar Lembe, 55, of Malin village"): capitalised words (not a month or a weekday, which
# start a date: "July, 12") then ", N" (numbers.APPOSED_CLOSE says what may follow); never across a
# line break ("Bridge reopens in Kessel\n\nReed, 53,": a headline's words are not the name)
APPOSED_NAME = lazy(r"(?:^|(?<=[^\w,.]))(?P<name>[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}),\s\Z")
_CALENDAR_WORDS = frozenset(m.lower() for m in MONTHS) | frozenset(WEEKDAYS)


def apposed_person(text: str, start: int) -> str | None:
    """The name an age is set off after ("Savita Kumari, 12," -> Savita Kumari), if any."""
    found = APPOSED_NAME.search(text, max(0, start - 80), start)
    words = _named(found.group("name"), at_start=False).split() if found is not None else []
    if not words or words[-1].lower() in _CALENDAR_WORDS:
        # "the driver, 47,": the one person a story has in that part (frames.yaml `unique_people`)
        role = _ROLE_APPOSED.search(text, max(0, start - 40), start)
        word = role.group("role").lower() if role is not None else ""
        return word if word in default_table().unique_people else None
    return " ".join(words[-2:])  # as aged_person: a title before the name is left out


# "Deborah Soriano, a 58-year-old resident": the name an age describes, written before it
_DESCRIBED = lazy(r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:a|an)\s+\Z")


def _described_person(text: str, start: int) -> str | None:
    """The name right before ", a N-year-old ..." ("Deborah Soriano, a 58-year-old resident")."""
    found = _DESCRIBED.search(text, max(0, start - 80), start)
    return " ".join(found.group("name").split()[-2:]) if found is not None else None


def said_person(
    text: str, start: int, table: FrameTable | None = None, bare: bool = False, end: int | None = None
) -> str | None:
    """The name an age is said of with "is" ("Guzman is 58 years old", "Higgs, who is 83,"),
    if any: the name opens its sentence or clause, is not a month or weekday, nor a thing ("the
    Morbi Bridge is 140 years old"), and the age (text[start:end], when given) is 1 to 120. A
    `bare` number (no "years old") is an age only after ", who is": "Smith is 35." may be a score.
    A one-word name ("Guzman") is kept only where the sources also set an age off after it
    (ages.said_ages_confirmed: the why ends with SAID_ALONE)."""
    table = table or default_table()
    if end is not None:
        digits = _DIGITS.search(text, start, end)  # "2,000 years old" is no one's age
        if digits is None or not 1 <= int(digits.group().replace(",", "")) <= 120:
            return None
    pattern = table.age_said_of
    found = pattern.search(text, max(0, start - 120), start) if pattern is not None else None
    if found is not None and bare and found.group("who") is None:
        return None
    words = _named(found.group("name"), at_start=False).split() if found is not None else []
    if not words or words[-1].lower() in _CALENDAR_WORDS or _a_thing(words[-1], table):
        return None
    return " ".join(words[-2:])


_DIGITS = lazy(r"\d[\d,]*")
# the why of an age said of a one-word name with "is" ("Ford is 99 years old"): kept only when a
# source sets an age off after that name ("Ford, 68,"), as a lone word may be a firm or a place
SAID_ALONE = "said of one name with 'is'"


def _a_thing(word: str, table: FrameTable) -> bool:
    """Whether a capitalised word is a thing's noun ("Bridge", "Tower"): frames.yaml `aged_things`."""
    thing = table.aged_things
    found = thing.match(" " + word.lower()) if thing is not None else None
    return found is not None and found.end() == len(word) + 1


# "the 45-year-old driver": the word after the age; "the driver, 47,": the word before it
_AGED_ROLE = lazy(r"\s?-?\s?(?:year|month|week|day)s?\s?-?\s?old\s+(?P<role>[a-z-]+)\b")
_THE_BEFORE = lazy(r"\bthe\s+\Z", re.IGNORECASE)
_ROLE_APPOSED = lazy(r"\bthe\s+(?:\w+(?:'s|’s)\s+)?(?P<role>[a-z-]+),\s+\Z", re.IGNORECASE)


def _infant(text: str, end: int, unit: str, table: FrameTable) -> str | None:
    """The baby an age in months, weeks or days is of, by the noun after it ("3-month-old son" ->
    boy; frames.yaml `infants`), if any: an age in years is never a baby's."""
    if unit == AGE_UNITS[0]:
        return None
    role = _AGED_ROLE.match(text, end)
    return table.infants.get(role.group("role").lower()) if role is not None else None


def _unique_person(text: str, start: int, end: int, table: FrameTable) -> str | None:
    """The one person a story has in a part ("the 45-year-old driver") an age is of (frames.yaml
    `unique_people`), if any."""
    role = _AGED_ROLE.match(text, end)
    if role is None or _THE_BEFORE.search(text, max(0, start - 8), start) is None:
        return None
    word = role.group("role").lower()
    return word if word in table.unique_people else None


def aged_person(text: str, end: int) -> str | None:
    """The name an age is written before ("54-year-old Stacie Fang" -> Stacie Fang): the last
    two capitalised words of the run after it, so a title before the name ("Airlines Captain
    Anju Khatiwada") is left out."""
    found = _AGED_NAME.match(text, end, min(len(text), end + 80))
    if found is None:
        return None
    between = text[end : found.start("run")].lower().split()
    if any(word.strip(",") in STOP_WORDS for word in between):
        return None  # "a 54-year-old man from Leeds": a name after a preposition is a place's
    thing = default_table().aged_things
    after = thing.match(text, found.end("run")) if thing is not None else None
    if after is not None and (after.group("word") or "") not in STOP_WORDS:
        return None  # "a 30-year-old Ohio steel plant": the capitalised word is where the thing is
    words = found.group("run").split()
    return " ".join(words[-2:])


def year_suffix(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    published_year: int | None,
    published_month: int | None = None,
) -> str:
    """`.y1974` when the sentence dates the figure to a year other than the report's: the year
    nearest before the number in its sentence, else the nearest after it; a year after "since"
    is a point of comparison ("the deadliest since the 2015 earthquake"), never the figure's,
    unless a when-clause right after it holds the figure ("the highest toll since 1918, when the
    Cloquet fire claimed 453 lives").
    Without a year, "In June, a crash killed 280" in an October report is `.y2023-06`."""
    if published_year is None:
        return ""
    years = [
        (m.start(), int(m.group(1)))
        for m in _YEAR.finditer(text, *sentence)
        if not start <= m.start() < end
        and (
            not _SINCE.search(text, sentence[0], m.start())
            # "the highest toll since 1918, when the Cloquet fire claimed 453 lives": a when-clause
            # right after the year tells of that year, and dates a figure inside it
            or (m.end() <= start and _WHEN_AFTER.match(text, m.end()) is not None)
        )
    ]
    before = [y for pos, y in years if pos < start]
    # a year after the figure dates it only within its own phrase ("killed 9,000 in 2015"), not
    # past a clause end ("evacuated 900,000 people, ... to avoid a repeat of the 1999 cyclone")
    after = [y for pos, y in years if pos >= end and not _PHRASE_END.search(text, end, pos)]
    year = before[-1] if before else (after[0] if after else None)
    if year is not None:
        return f".y{year}" if year != published_year else ""
    month = _month_before(text, sentence[0], start)
    if month is None or published_month is None or month == published_month:
        return ""
    # a month later in the year than the report's is last year's
    return month_mark(published_year - (month > published_month), month)


def month_mark(year: int, month: int) -> str:
    """The frame suffix of another occurrence dated only by its month ("In June" in an October
    report: `.y2023-06`), for figures and dates alike."""
    return f".y{year}-{month:02d}"


# "since 2015", "since the 2015 earthquake": the year ends the match (searched up to it)
_SINCE = lazy(r"\bsince\s+(?:the\s+)?\Z", re.IGNORECASE)
_WHEN_AFTER = lazy(r",?\s+when\b", re.IGNORECASE)  # "since 1918, when ...": the year's own clause
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
# "In June, ...": a month that dates what the sentence tells (not "June 5", a day's date)
_IN_MONTH = lazy(r"\b[Ii]n\s+(" + "|".join(n.title() for n in _MONTHS) + r")\b(?!\s+\d)")


def _month_before(text: str, lo: int, start: int) -> int | None:
    """The month of an "In <Month>" before the number in its sentence, if any."""
    found = list(_IN_MONTH.finditer(text, lo, start))
    return _MONTHS[found[-1].group(1).lower()] if found else None


# words that never describe the place a distance is measured from: "north of where Smith lived"
_FUNCTION_WORD = r"(?:where|which|when|what|who|whom|whose|how|and|or|but|to|in|on|at|by|with|for|a|an)\b"
_PLACE_AFTER = lazy(
    # "100km (65 miles) north-east of Rome": past a conversion, as landmarks and settlements are
    r"(?:\s*\([^()]{1,24}\))?\s+(?:[a-z-]+\s+){0,2}(?:of|from|off)\s+"
    # "from the district headquarters town of Chhapra": the town is the place
    # "from the Italian island of Lampedusa": the island
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|county|village|capital|island|province|state|district|region)"
    r"\s+of\s+"
    # "from state capital Ahmedabad", "from provincial capital Lanzhou", "southwest of tourist
    # hotspot Marrakesh": a title with no article, one or two lower-case words before the name
    r"|(?:(?!" + _FUNCTION_WORD + r")[a-z-]+\s+){1,2}(?=[A-Z]))?(?:the\s+)?([A-Z][\w-]+)"
)
# "200 metres from the shore", "half a mile off the coast", "10,000 feet from the Sago Mine's
# entrance", "1,770 metres (5,800ft) from the entrance", "1600m along a 3.2km shaft": a lower-case
# landmark (frames.yaml `landmarks`), or an enclosed place after into/inside/along (`interiors`)
_LANDMARK_AFTER = (
    r"(?:\s*\([^()]{1,24}\))?\s+(?:[a-z-]+\s+){0,2}(?P<prep>of|from|off|into|inside|along)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\d.,/\s]*\d\s*-?[a-z-]*\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[\w-]+(?:'s|’s)\s+)?(?:[a-z-]+\s+)?(?P<mark>{marks})\b"
)


def place_of(text: str, end: int, table: FrameTable | None = None) -> str | None:
    """The place a distance is measured from ("14 miles southwest of Zhaotong" -> zhaotong,
    "200 metres from the shore" -> shore)."""
    table = table or default_table()
    # a country's border and a named coast first: "60 km from the Russian border" is measured
    # from Russia's border, "50 miles off the Louisiana coast" from Louisiana (extract/distance_marks.py)
    mark = border_mark(text, end) or coast_mark(text, end)
    if mark is not None:
        return mark
    marks = _words(sorted({*table.landmarks, *table.interiors}))
    landmark = _lazy(_LANDMARK_AFTER.replace("{marks}", marks)).match(text, end, min(len(text), end + 80))
    if landmark is not None:
        into = landmark.group("prep") in ("into", "inside", "along")
        mark = (table.interiors if into else table.landmarks).get(landmark.group("mark"))
        owner = _OF_NAME.match(text, landmark.end())
        if mark == "shore" and owner is not None and not into:
            # "113 km off the coast of Tunisia" is measured from Tunisia, not from the shore the
            # story happened by ("half a mile from the shore"); "the port of Ormoc" stays the port;
            # a country in any of its names, as a coast named before it ("the coast of the US"
            # is "the American coast")
            return place_slug(owner.group("name"))
        if mark is not None:
            return mark
    found = _PLACE_AFTER.match(text, end, min(len(text), end + 60))
    if found is not None and _demonym(found.group(1)) is None:
        # "east of the Greek capital": a nationality qualifies the place, it is not one
        return name_slug(place_key(found.group(1)))
    if not table.settlements:
        return None
    # "30 km to the south of the city", "60 km from the state capital": no name, so the place is
    # what it is measured from (frames.yaml `settlements`); a name after it ("the capital, Patna") wins
    town = _lazy(_SETTLEMENT_AFTER.replace("{marks}", _words(sorted(table.settlements)))).match(
        text, end, min(len(text), end + 80)
    )
    if town is None:
        return None
    if town.group("name"):
        return name_slug(place_key(town.group("name")))
    settlement = table.settlements[town.group("mark").lower()]
    if town.group("qual") is None:
        return settlement
    # "the Greek capital" and "the Turkish capital" are two places: the nationality stays in the key
    nationality = _demonym(town.group("qual"))
    return f"{settlement}-{nationality}" if nationality is not None else None


# a direction closing a distance, with no place after it: "Lanzhou, 177 km north", "Xi'an, 250
# miles to the east" say how far the named place lies from where the story happened
_DIRECTION_CLOSE = lazy(
    r"(?:\s*\([^()]{1,24}\))?\s+(?:away\s+)?(?:to\s+the\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ward)?(?![\w-])"
    r"(?!\s+(?:of|from|off)\b)",  # whole: "north" of "north-east of Rome" closes nothing
    re.IGNORECASE,
)
# the place right before such a distance, maybe with an apposition between: "Lanzhou, the
# provincial capital, 177 km north", "the capital of Lanzhou 110 miles north"
_PLACE_BEFORE = lazy(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:,\s+(?:the\s+)?[a-z][a-z\s-]{0,40},)?,?\s+\Z"
)


def place_before(text: str, start: int, end: int, sentence: tuple[int, int]) -> str | None:
    """The place named right before a distance that a direction closes ("Lanzhou, the provincial
    capital, 177 km north" -> lanzhou): the distance is how far that place lies."""
    if _DIRECTION_CLOSE.match(text, end) is None:
        return None
    found = _PLACE_BEFORE.search(text, max(sentence[0], start - 80), start)
    if found is None:
        return None
    name = _named(found.group("name"), at_start=not text[sentence[0] : found.start()].strip())
    if not name or any(word.lower() in _TIME_WORDS for word in name.split()):
        return None  # "on Wednesday 100km north-east of Rome": a day, a month or a clock is no place
    return name_slug(place_key(name))


# words of a date or a clock: never a place a distance is measured from
_TIME_WORDS = _CALENDAR_WORDS | frozenset(
    {"gmt", "utc", "bst", "cet", "est", "pst", "today", "tonight", "noon", "midnight"}
)


def distance_ends(
    text: str, span: tuple[int, int], sentence: tuple[int, int], table: FrameTable | None = None
) -> str | None:
    """The frame slug of a distance: the place it is measured from, and, when the distance
    locates a place the story travels to or from ("bound for the Tarin Islands, some 40 km
    south-west of Belport", "flew in from Garo, 60 km away"), that place too
    (`belport.to-tarin-islands`): two such places far from one town are two distances, while
    the event's own place ("in Ambegaon, 70 km from Pune") keeps the town alone."""
    start, end = span
    far = place_of(text, end, table)
    near = far or place_before(text, start, end, sentence)
    if near is None:
        # "the blast could be felt from 45 miles away": how far it reached, from no place
        return reach_mark(text, span, sentence)
    bound = _bound_place(text, start, sentence, table)
    if bound is None:
        return near
    if far is not None:
        return f"{far}.to-{bound}" if bound != far else far
    # "leaving Belport for the Tarin Islands, about 30 km to the south": from the journey's start
    leaving = (table or default_table()).journey_from
    origin = leaving.search(text, sentence[0], start) if leaving is not None else None
    origin_slug = name_slug(place_key(origin.group("name"))) if origin is not None else None
    if origin_slug is None or origin_slug == bound:
        return near
    return f"{origin_slug}.to-{bound}"


_BOUND_REACH = 80  # characters before a distance searched for the place it locates


def _bound_place(text: str, start: int, sentence: tuple[int, int], table: FrameTable | None) -> str | None:
    """The place right before a distance that a journey goes to or comes from, as a slug."""
    pattern = (table or default_table()).journey_to
    found = (
        pattern.search(text, max(sentence[0], start - _BOUND_REACH), start) if pattern is not None else None
    )
    return name_slug(place_key(found.group("name"))) if found is not None else None


# a name after a landmark: "the coast of Tunisia", "the port of Ormoc"
_OF_NAME = lazy(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")

# "30 km to the south of the city", "about 60 km from the state capital(, Patna)"
_SETTLEMENT_AFTER = (
    r"(?:\s*\([^()]{1,24}\))?\s+(?:[a-z-]+\s+){0,3}(?:of|from|off)\s+(?:the|a|an|that|this)\s+"
    r"(?:[a-z-]+\s+|(?P<qual>[A-Z][a-z]+)\s+)?(?P<mark>{marks})\b(?:,?\s+(?P<name>[A-Z][\w-]+))?"
)


_NAME_SKIP = frozenset({"of", "and", "for", "the"})


def org_slug(name: str) -> str:
    """One slug for an organisation however it is written: its initials, or a one-word name
    ("U.S. Geological Survey", "US Geological Service", "USGS" -> usgs)."""
    words = [w for w in re.split(r"[\s]+", name.strip()) if w.lower() not in _NAME_SKIP]
    if len(words) == 1:
        return re.sub(r"[^a-z0-9]", "", words[0].lower())
    initials = "".join(
        re.sub(r"[^A-Za-z]", "", w) if re.fullmatch(r"(?:[A-Z]\.?){2,}", w) else w[0] for w in words
    )
    return initials.lower()


def measured_by(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    table: FrameTable | None = None,
    rivals: Sequence[tuple[int, int]] = (),
) -> tuple[str, str] | None:
    """(slug, name) of the agency a measure is attributed to in its sentence, if any: "by X",
    ", X said" or "according to X" closing its clause, "X at" just before it, else the nearest
    "X measured/said ...", "X's measurement of" or "according to X" before it that no other
    reading of the same kind (`rivals`) set against this one stands between: in "the USGS gave
    5.7, while local monitors put it at 6.2" the USGS's verb is 5.7's alone."""
    att = (table or default_table()).attribution
    _, hi = _clause(text, start, end, sentence)
    for pattern in (_BY_ORG, _ORG_SAID):
        found = pattern.match(text, end, sentence[1])
        if found is not None and _is_name(found.group("org"), att):
            opened = None if pattern is _BY_ORG else _opened_by(text, sentence[0], start)
            # "According to the US Geological Survey, ... at a depth of 18.5 km, the BBC
            # reported": the one closing the sentence relays the reading of the one it opens with
            return _agency((opened or found).group("org"))
    after = _ACCORDING.search(text, end, sentence[1])
    # "measured 6.1 according to the USGS": the attribution closes the number's clause
    if after is not None and after.start() <= hi + 10:
        return _agency(after.group("org"))
    elliptic = _ORG_AT.search(text, sentence[0], start)
    if elliptic is not None and _is_name(elliptic.group("org"), att):
        return _agency(elliptic.group("org"))
    best = _nearest_attribution(text, sentence[0], start, att)
    if best is None or _contrasted(text, best[0], start, rivals, att):
        return None
    return best[1]


def _opened_by(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The last "according to X" between a sentence's start and a reading, if any."""
    return next(reversed(list(_ACCORDING.finditer(text, lo, start))), None)


def _contrasted(
    text: str, lo: int, start: int, rivals: Sequence[tuple[int, int]], att: Attribution | None
) -> bool:
    """Whether another reading between an attribution and this one is set against it ("the USGS
    gave 5.7, while local monitors put it at 6.2"): the attribution is then the other's alone."""
    if att is None:
        return False
    return any(
        lo <= r[0] and r[1] <= start and att.contrast.search(text, r[1], start) is not None for r in rivals
    )


# "... and the USGS at 5.9": a name right before "at"/"as" and the reading
_ORG_AT = lazy(r"(?:\bthe\s+)?" + _ORG + r"\s+(?:at|as)\s+(?:[a-z]+\s+){0,2}\Z")


def _is_name(name: str, att: Attribution | None) -> bool:
    """Whether capitalised words name someone ("It" at a sentence start does not)."""
    bare = re.sub(r"^(?:The|A|An)\s+", "", name).strip().lower()
    return bool(bare) and (att is None or bare not in att.not_names)


def _nearest_attribution(
    text: str, lo: int, start: int, att: Attribution | None
) -> tuple[int, tuple[str, str] | None] | None:
    """(end, agency) of the attribution before `start` that ends nearest it. A body described in
    lower case ("the national seismological centre", "state media") is usually the country's own
    agency, which reports also cite with no attribution at all: its reading stays in the
    unattributed frame (agency None), but an agency named further back no longer claims it."""
    best: tuple[int, tuple[str, str] | None] | None = None
    patterns = (att.org_verb, att.org_reading, _ACCORDING) if att is not None else (_ACCORDING,)
    for pattern in patterns:
        for found in pattern.finditer(text, lo, start):
            if _is_name(found.group("org"), att) and (best is None or found.end() > best[0]):
                best = (found.end(), _agency(found.group("org")))
    if att is not None:
        for found in att.body_verb.finditer(text, lo, start):
            if best is None or found.end() > best[0]:
                best = (found.end(), None)
    return best


def _agency(name: str) -> tuple[str, str]:
    # "Nepal's National Seismological Centre" is the National Seismological Centre
    name = re.sub(r"^(?:The|A)\s+", "", name).rstrip(".")
    name = re.sub(r"^[A-Z][\w.-]*(?:'s|’s)\s+(?=[A-Z])", "", name)
    return org_slug(name), name


_BUILDING_ROLES = ("homes-destroyed", "homes-damaged")
# a relative clause's pronoun: "a quake that killed 117", "the 2015 quake, which killed 9,000"
_RELATIVE = lazy(r"\b(?:which|that|who|when)\b", re.IGNORECASE)


class PastSpans(msgspec.Struct, frozen=True):
    """The words that scope a count to a span of years back from the report (frames.yaml
    `past_spans`): "in the past 20 years", "over the last two decades", "since 2000"."""

    span: re.Pattern[str]  # "in the past 20 years" (groups count, unit) or "since 2000" (group year)
    unit_years: dict[str, int]  # "decades" -> 10
    turn: re.Pattern[str]  # ", and", "while": a clause an opening span does not scope
    superlative: re.Pattern[str]  # "the worst floods " right before the span: it ranks, not scopes
    last_year: str  # the words that mean the year before the report's


@functools.cache
def past_spans() -> PastSpans:
    """The shipped past-span words (frames.yaml `past_spans`), compiled once."""
    data = frames_data().get("past_spans") or {}
    units = {str(k).lower(): int(v) for k, v in (data.get("units") or {}).items()}
    since, last_year = str(data.get("since") or "since"), str(data.get("last_year") or "last year")
    span = (
        rf"\b(?:{phrase_alternation(data.get('prepositions') or [])})\s+the\s+"
        rf"(?:{phrase_alternation(data.get('back_words') or [])})\s+"
        rf"(?:(?P<count>\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?P<unit>{phrase_alternation(units)})\b"
        rf"|\b{phrase_alternation([since])}\s+(?P<year>(?:1[89]|20)\d\d)\b(?!\s*[-\u2013]?\s*\d)"
        rf"|\b(?P<last>{phrase_alternation([last_year])})\b"
    )
    exceptions = phrase_alternation(data.get("not_superlatives") or [])
    ranked = phrase_alternation(data.get("superlatives") or [])
    superlative = rf"\b(?:{ranked}|(?!(?:{exceptions})\b)[a-z]{{3,}}est)\s+(?:[\w'-]+\s+){{0,3}}\Z"
    return PastSpans(
        span=re.compile(span, re.IGNORECASE),
        unit_years=units,
        turn=_turn_pattern([str(w) for w in data.get("turns") or []]),
        superlative=re.compile(superlative, re.IGNORECASE),
        last_year=last_year,
    )


def _turn_pattern(turns: list[str]) -> re.Pattern[str]:
    """The turns as one pattern: words whole ("but" not in "butter"), punctuation (", and") as is."""
    words = [t for t in turns if t[:1].isalnum()]
    marks = [t for t in turns if not t[:1].isalnum()]
    alternatives = [rf"(?<![\w-])(?:{phrase_alternation(words)})(?![\w-])"] if words else []
    alternatives += [rf"(?:{phrase_alternation(marks)})(?![\w-])"] if marks else []
    return re.compile("|".join(alternatives) or r"(?!)", re.IGNORECASE)


def past_span(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
    """(frame suffix, words) when the figure's clause scopes it to a span of years back from the
    report ("some 9,000 have drowned in the past 15 years" -> `.scope-past-15-years`; "two
    decades" is 20 years; "since 2000" -> `.scope-since-2000`): a cumulative count over that
    span, never the event's own. A span that ranks the event ("the worst floods in the past 50
    years killed 28") scopes nothing."""
    words = past_spans()
    lo, hi = clause_bounds(text, start, end, sentence)
    # the figure's whole clause however long ("have died at sea trying to reach Europe in the
    # past 20 years"), or the sentence's opening phrase ("Over the last two decades, floods ...")
    found = next((m for m in words.span.finditer(text, lo, hi) if not _ranks(text, sentence[0], m)), None)
    opening = words.span.match(text, sentence[0] + _lead(text, sentence))
    if found is None and opening is not None and not words.turn.search(text, opening.end(), start):
        found = opening  # the opening phrase scopes its own clause, not one after "while" or ", and"
    if found is None:
        return None
    return _span_scope(found, words)


def clause_bounds(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The figure's whole clause within the sentence, however long: from the last clause mark
    (a comma, "and", "while"…) before it to the first after it."""
    before = list(_CLAUSE_END.finditer(text, sentence[0], start))
    after = _CLAUSE_END.search(text, end, sentence[1])
    return before[-1].end() if before else sentence[0], after.start() if after else sentence[1]


def _ranks(text: str, lo: int, span: re.Match[str]) -> bool:
    """Whether a superlative stands in the noun phrase right before the span ("the deadliest
    quake in the past decade", "the worst since 2000"): the span ranks the event among others."""
    return past_spans().superlative.search(text, max(lo, span.start() - 60), span.start()) is not None


def _span_scope(found: re.Match[str], words: PastSpans) -> tuple[str, str] | None:
    """The frame suffix and words of a matched span."""
    if found.group("year"):
        return scope_suffix(f"since {found.group('year')}"), found.group().lower()
    if found.group("last"):
        return scope_suffix(words.last_year), found.group().lower()
    count = found.group("count")
    number = 1.0 if count is None else float(count) if count.isdigit() else words_to_number(count)
    if number is None:
        return None
    years = number * words.unit_years[found.group("unit").lower()]
    return scope_suffix(f"past {years:g} years"), found.group().lower()


def _lead(text: str, sentence: tuple[int, int]) -> int:
    """How many spaces open the sentence (where its first word starts)."""
    words = text[sentence[0] : sentence[1]]
    return len(words) - len(words.lstrip())


# the tally whose figure tells how far a story had got when a report was written: every
# disaster report gives its death toll, and the toll rises with every update
STAGE_FRAME = auto_frame(Family.COUNT, "deaths")


def is_tally(frame: str | None) -> bool:
    """Whether an automatic count frame's role is a tally (frames.yaml `tally`): a count of what
    has happened (deaths, injuries, aftershocks), which only grows as it is counted, hour by hour."""
    return _count_role(frame) in default_table().tallies


def may_fall(frame: str | None) -> bool:
    """Whether an automatic count frame's role is a state that may fall (frames.yaml `falls`):
    people missing or trapped are found or freed, so a later report may give fewer."""
    return _count_role(frame) in default_table().falling


def _count_role(frame: str | None) -> str | None:
    """The role of an automatic count frame ("deaths" of `auto.count.deaths.in-x`), else None."""
    if frame is None or not in_family(frame, Family.COUNT):
        return None
    return frame_slug(frame, Family.COUNT).split(".", 1)[0]


def other_event(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    published_year: int | None,
    table: FrameTable | None = None,
) -> tuple[str, str] | None:
    """(suffix, cue) when a figure tells of another, earlier event: `.y<year>` when the phrase a
    relative clause hangs on names another year ("since the 2015 quake, which killed 9,000"),
    `.other` when it or the figure's own clause has an other-event cue (frames.yaml
    `other_event`: "the anniversary of a quake that killed 117", "a similar crash killed 5")."""
    table = table or default_table()
    lo, hi = _clause(text, start, end, sentence)
    relative = list(_RELATIVE.finditer(text, lo, start))
    participle = _PARTICIPLE_CLAUSE.match(text, lo, start) if not relative else None
    if relative or participle is not None:
        # "..., which killed 9,000" and "another dam collapsed, killing at least 17": the figure
        # is told of what the phrase before it names
        phrase = _antecedent(text, sentence[0], relative[-1].start()) if relative else text[sentence[0] : lo]
        years = [int(y) for y in _YEAR.findall(phrase)]
        if years and published_year is not None and years[-1] != published_year:
            return f".y{years[-1]}", str(years[-1])
        cue = table.other_antecedent.search(phrase) if table.other_antecedent is not None else None
        if cue is not None:
            return ".other", cue.group().lower()
    coordinated = _SPAN_AFTER_AND.search(text, sentence[0], lo)
    if coordinated is not None and _PAST_VERB.search(coordinated.group("clause")) is not None:
        # "11 years after a catastrophic earthquake hit the capital and killed 200,000": the verb
        # the count hangs on goes on the past event's clause, not the sentence's own
        return ".other", coordinated.group("cue").lower()
    cue = table.other_clause.search(text, lo, hi) if table.other_clause is not None else None
    return (".other", cue.group().lower()) if cue is not None else None


# before a count, in its sentence: another figure and its noun, then a dash or a bracket the count
# stands inside ("About 12,700 workers – 5,800 at Stellantis, 3,600 at GM and 3,300 at Ford – will
# be on strike", "16,240 workers (6,394 at Ford, ...)"): the count is one line of a breakdown of
# that figure, a part, and what the sentence says of the total is not its own (session 25)
_BREAKDOWN = lazy(r"\d[\d,.]*(?:\s+[A-Za-z][\w.'-]*){1,4}\s*[–—(]\s*[^–—()]*\Z")


# right before a count: a part is taken from it ("most of the 55 passengers", "two of the 14
# miners", "none of the 63 people"), so it is the whole; not "all of the" (what the clause says
# befell all of them befell the count) nor "31 of the injured" (the count is then the part); an owner may stand
# before it and a share may be the part ("13,000 of the UAW's 145,000 members walked off the job",
# "a small share of the union's 146,000 members": the membership, not the strikers; session 25)
_PART_OF_WHOLE = lazy(
    r"(?<![\w-])(?:most|many|some|several|half|none|few|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|dozens|hundreds|thousands|\d[\d,]*|(?:a|the)\s+(?:majority|minority|rest|remainder|bulk)"
    r"|(?:a|the)\s+(?:(?:small|large|tiny)\s+)?(?:share|fraction|part|portion|proportion))"
    r"\s+of\s+(?:(?:the|its|their|these|those)\s+(?:[A-Za-z][\w.-]*['’]s\s+)?|[A-Z][\w.-]*['’]s\s+)"
    r"(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|some\s+|over\s+)?\Z",
    re.IGNORECASE,
)


def _whole_role(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    noun_role: str | None,
    noun: str | None,
    table: FrameTable,
) -> tuple[str, str, bool] | None:
    """(role, cue, running) of a count a part is taken from: its noun's role, else a state its
    own words give ("none of the 63 people on board"), never what befell the part."""
    reduced = _REDUCED_RELATIVE.match(text, end)
    if noun_role in _BUILDING_ROLES and reduced is None:
        return None  # "half of the 1,200 homes were destroyed": the homes there, none brought down
    if noun_role is not None and noun_role in table.roles and noun_role not in _BUILDING_ROLES:
        return noun_role, str(noun), table.roles[noun_role][1]
    if reduced is not None:
        # "seven of the 48 gunshot victims admitted", "none of the 41 labourers rescued from the
        # tunnel": a participle with no verb before it is the whole's own, not the part's
        for role, (pattern, running) in table.roles.items():
            if role not in table.noun_only and pattern.fullmatch(reduced.group("verb")):
                return role, reduced.group("verb").lower(), running
        own = noun_verb_role(text, start, end, noun, table)
        if own is not None:
            return own[0], own[1], True
    counted = count_role(text, start, end, sentence, table)
    return counted if counted is not None and counted[0] in table.states else None


# right after a counted noun: a participle that is a reduced relative clause on it ("the 41
# labourers rescued from the tunnel", "12 of the 40 dead"), with no auxiliary that would make it
# the clause's verb; a verb that is never passive ("two of the 14 miners died") is the part's own
_REDUCED_RELATIVE = lazy(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:died|perished|survived|escaped|fled|arrived|remained|returned)\b)"
    r"(?P<verb>[a-z]{3,}ed|dead|missing|hurt)\b(?!\s+to\b)"
)


# right after a count of passengers: the crew are counted in ("189 passengers and crew on board")
# ("150 passengers and the crew of six" counts the passengers alone: the crew are counted apart)
_AND_CREW = lazy(r"\s+(?:and|&|plus)\s+(?:the\s+|its\s+)?crew\b(?!\s+of\b)", re.IGNORECASE)
# right after a count of crew: the passengers are counted in ("its 158 crew and passengers"), the
# same whole as "passengers and crew", never the crew alone (issue 12, session 27)
_AND_PASSENGERS = lazy(
    r"[^\s]+\s+crew(?:\s+members)?\s+(?:and|&|plus)\s+(?:the\s+|its\s+|their\s+)?passengers\b", re.IGNORECASE
)

# right after a measure: it is a threshold, not a reading ("aftershocks of magnitude 5.0 or more",
# "winds of 157 mph or higher"); a wind noun after the word is another reading, so the measure
# stays one ("sustained winds of 150 mph and higher gusts")
_THRESHOLD_AFTER = lazy(
    r"\s*(?:or|and)\s+(?:more|higher|greater|above|stronger|larger|bigger)\b"
    r"(?!\s+(?:gusts?|winds?|speeds?)\b)",
    re.IGNORECASE,
)

# after a count, in its sentence: what each of the things counted has over a bar ("Eight
# countries, the U.S. among them, are now each reporting more than 1,000 cases", "six countries
# with more than 100 deaths each", "four hospitals with over 500 beds"): the count is of the
# things over the bar, a part of all of them, so it is no rival to the whole's count
_OVER_A_BAR = lazy(
    r"(?:[^.;:!?]|\.(?!\s+(?-i:[A-Z]))){0,60}?\beach\s+(?:[a-z]+\s+){0,2}(?:more\s+than|over|at\s+least|upwards\s+of)\s+\d"
    r"|(?:[^.;:!?]|\.(?!\s+(?-i:[A-Z]))){0,60}?\b(?:more\s+than|over|at\s+least)\s+\d[\d,.]*\s+[a-z]+\s+each\b",
    re.IGNORECASE,
)
# the bar next to the count ("four hospitals with over 500 beds" is not: a noun stands between)
_OVER_A_BAR_NEXT = lazy(
    r"\s+(?:each\s+)?(?:with|having|reporting|recording)\s+(?:more\s+than|over|at\s+least|upwards\s+of)\s+\d",
    re.IGNORECASE,
)
# a count that opens its sentence, the subject the bar's "each" is about ("Eight countries ... are
# each reporting"), not a verb's object the sentence goes on to describe ("The storms killed 40
# people across three states, each reporting more than 10 deaths", "cancelled 1,200 flights, each
# carrying more than 100 passengers"): those are all of them
_OPENS_SENTENCE = lazy(
    r"[\W_]*(?:(?:now|some|about|around|nearly|almost|only|just|at\s+least|more\s+than|over|all)\s+)*",
    re.IGNORECASE,
)

# before a count's clause that opens with "and": a span of time back to another event whose own
# clause runs, unbroken, up to that "and" ("11 years after a quake hit the capital and killed
# ...") and has a verb of its own ("two years after the last one and killed 300" is no clause:
# the count is the sentence's own)
_SPAN_AFTER_AND = lazy(
    r"(?P<cue>\b(?:years|months|decades)\s+(?:after|since))\s+"
    r"(?P<clause>(?:[^,;:.!?()\u2013\u2014]|\.(?=\d)){3,120}?)\band\s*\Z",
    re.IGNORECASE,
)
_PAST_VERB = lazy(r"\b(?:hit|struck|shook|swept|tore|sank|left|\w{3,}ed)\b", re.IGNORECASE)
# a clause opening with a participle that tells what the clause before it did: ", killing 17"
_PARTICIPLE_CLAUSE = lazy(r"\s*(?:killing|leaving|injuring|wounding)\b", re.IGNORECASE)

# a clause end that is not a decimal point ("a magnitude-6.8 quake that ...")
_PHRASE_END = lazy(r"[,;:!?]|\.(?!\d)|\band\b|\bwhile\b|\bbut\b|\bwith\b", re.IGNORECASE)


def _antecedent(text: str, lo: int, pronoun: int) -> str:
    """The phrase a relative clause hangs on: back from its pronoun (and a comma before it) to
    the previous clause end."""
    stop = len(text[lo:pronoun].rstrip(" ,")) + lo
    ends = list(_PHRASE_END.finditer(text, lo, stop))
    return text[ends[-1].end() if ends else lo : stop]


# "Each day, 40,000 vehicles cross": a rate cue opening the sentence, a comma after it
_COMMA_NEXT = lazy(r"\s*,")


def rate_of(
    text: str, start: int, end: int, sentence: tuple[int, int], table: FrameTable | None = None
) -> tuple[str, str] | None:
    """(period slug, cue) when a count is a rate ("24 million vehicles will use it each year",
    "60,000 vehicles a day"): a rate cue after it in its clause, or one before it there that is no
    article's ("Every day 60,000 vehicles cross"); not "within a day" nor "a day after the quake"."""
    table = table or default_table()
    if table.rate_cue is None:
        return None
    lo, hi = _clause(text, start, end, sentence)
    opening = table.rate_cue.match(text, sentence[0], start)
    if opening is not None and _COMMA_NEXT.match(text, opening.end()):
        cue = " ".join(opening.group().lower().split())
        if cue.split()[0] not in ("a", "an"):
            return table.rates[cue], cue  # "Each day, 40,000 vehicles cross": the sentence's rate
    for found in table.rate_cue.finditer(text, lo, hi):
        if start <= found.start() < end:
            continue
        cue = " ".join(found.group().lower().split())
        article = cue.split()[0] in ("a", "an")
        if found.end() <= start and article:
            continue  # "a day after the quake, 40 people": no rate of the count after it
        if (
            article
            and table.rate_not_after is not None
            and table.rate_not_after.search(text, lo, found.start())
        ):
            continue  # "in a day", "within a year", "than a week": a span, not a rate
        if article and table.rate_not_before is not None and table.rate_not_before.match(text, found.end()):
            continue  # "a day after", "a year ago": a time, not a rate
        if text[found.end() : found.end() + 1] in ("'", "\u2019"):
            continue  # "a day's drive from the capital", "a year's salary": a measure, not a rate
        return table.rates[cue], cue
    return None


# a difference's words that say it falls below the other figure ("under budget", "short of")
_DIFFERENCE_UNDER = lazy(r"\b(?:under|below|less|fewer|lower|short|underspent)\b", re.IGNORECASE)


def difference_of(text: str, start: int, end: int, table: FrameTable | None = None) -> str | None:
    """Whether a figure is a difference between two others ("almost £250m under budget", "over
    budget by £50m", "£3m short of the target"), never a total another report could give: "over"
    or "under", or None when it is none."""
    table = table or default_table()
    found = table.difference_after.match(text, end) if table.difference_after is not None else None
    if found is None and table.difference_before is not None:
        found = table.difference_before.search(text, max(0, start - 60), start)
    if found is None:
        return None
    return "under" if _DIFFERENCE_UNDER.search(found.group()) else "over"


MULTIPLE = "times"  # the unit of "three times", "10 times as many"


def frame_for_quantity(
    text: str,
    span: tuple[int, int],
    unit: str,
    sentence: tuple[int, int],
    published_year: int | None,
    noun: str | None = None,
    table: FrameTable | None = None,
    published_month: int | None = None,
    rivals: Sequence[tuple[int, int]] = (),
) -> Frame | None:
    """The frame of a quantity, or None when nothing in its words says what it is. `rivals`
    are the spans of the sentence's other numbers in the same unit (other agencies' readings).
    A count per period ("24 million vehicles each year") has a frame of its own (`.per-year`): it
    never meets a one-off count ("100,000 vehicles on its first day"), and it does not run."""
    table = table or default_table()
    if unit == MULTIPLE:
        return None  # "roughly three times the UN estimate": a ratio, never a count of anything
    frame = _frame_for_quantity(
        text, span, unit, sentence, published_year, noun, table, published_month, rivals
    )
    difference = difference_of(text, span[0], span[1], table) if frame is not None else None
    if frame is not None and difference is not None:
        # "£50m over budget": a difference never meets the total ("£1.35bn"), but two reports'
        # overruns ("£50m" against "£80m over budget") still meet each other
        return Frame(f"{frame.id}.difference-{difference}", f"{frame.why}; a difference, not a total")
    if frame is None or not in_family(frame.id, Family.COUNT):
        return frame
    rate = rate_of(text, span[0], span[1], sentence, table)
    if rate is None:
        return frame
    return Frame(f"{frame.id}.per-{rate[0]}", f"{frame.why}; a rate ('{rate[1]}'), not a one-off count")


def _frame_for_quantity(
    text: str,
    span: tuple[int, int],
    unit: str,
    sentence: tuple[int, int],
    published_year: int | None,
    noun: str | None,
    table: FrameTable,
    published_month: int | None,
    rivals: Sequence[tuple[int, int]],
) -> Frame | None:
    """frame_for_quantity's frame before a rate is told apart."""
    start, end = span
    if (
        forecast_cue(text, start, end, sentence, table) is not None
        and not _pay_rate(text, span, unit, sentence, table)
        and reach_mark(text, span, sentence) is None  # "could be felt 80 miles away": it was
    ):
        return None  # "predictions that the storm could reach 300 kmph": nothing that happened
    if _AGES_BEFORE.search(text, max(sentence[0], start - 40), start):
        return None  # "children between the ages of 5 and 12": ages, not counts
    glued = _GLUED_COUNT_AFTER.match(text, end)
    if glued is not None:
        noun = glued.group("noun").lower()
        if noun not in GLUED_CAPACITY_NOUNS or election_seats(text, sentence):
            # "Five members of West's 29-member fire department were injured": the department's
            # size, which no cue of its clause frames (other outlets' counts of the noun meet it);
            # "85 seats in the 203-seat Landtag": a chamber's size, no vehicle's capacity
            return None
        # "the 4,200-passenger cruise ship", "a 190-seat plane": how many it holds, never how
        # many it held ("among the 3,200 passengers")
        return Frame(auto_frame(Family.COUNT, "capacity"), f"a capacity ('-{noun}' glued on)")
    if (
        _OVER_A_BAR_NEXT.match(text, end)
        or (_OVER_A_BAR.match(text, end) and _OPENS_SENTENCE.fullmatch(text, sentence[0], start))
    ) and (unit not in LENGTH_UNITS or size_of(text, start, end, sentence, table) is None):
        # "eight countries each reporting more than 1,000 cases": those over a bar; a thing's
        # size ("a ship long over 300 meters with over 4,000 passengers") counts nothing over one
        return None
    suffix = year_suffix(text, sentence, start, end, published_year, published_month)
    other = other_event(text, start, end, sentence, published_year, table) if not suffix else None
    other = other or (past_span(text, start, end, sentence) if not suffix else None)
    suffix = other[0] if other is not None else suffix
    noun_role = table.nouns.get(noun.lower()) if noun else None
    if noun_role == "passengers" and "aboard" in table.roles and _AND_CREW.match(text, end):
        noun_role = "aboard"  # "187 passengers and crew": everyone on board, not the passengers alone
    measure = measure_kind(text, start, end, unit, sentence, table)
    if measure is not None and _after_change(text, start, sentence, table):
        return None  # "weakened into a storm with winds of 60 kmph": another moment's reading
    if measure is not None and _THRESHOLD_AFTER.match(text, end):
        return None  # "nine of them of magnitude 5.0 or more": a bar things are counted over, no reading
    if measure is not None:
        later = table.secondary is not None and (
            _in_clause(table.secondary, text, start, end, sentence)
            or any(r[1] <= start and table.secondary.search(text, r[1], start) for r in rivals)
            or _in_listed_clause(table.secondary, text, start, end, sentence)
        )
        suffix = (".secondary" if later else "") + suffix
        agency = (
            measured_by(text, start, end, sentence, table, rivals) if measure[0] in table.by_agency else None
        )
        # two agencies' readings (USGS 5.9, a national network 6.6) are two claims, not one
        by = f".by-{agency[0]}" if agency is not None else ""
        why = f"unit/cue '{measure[1]}'" + (f"; measured by {agency[1]}" if agency is not None else "")
        why += f"; another event ('{other[1]}')" if other is not None else ""
        return Frame(auto_frame(Family.MEASURE, f"{measure[0]}{by}{suffix}"), why)
    if (
        unit in LENGTH_UNITS
        or unit in AREA_UNITS
        or unit in CURRENCY_UNITS
        or unit in SPEED_UNITS
        or unit in WEIGHT_UNITS
        or unit in VOLUME_UNITS
        or unit in TEMPERATURE_UNITS
        or unit in ("magnitude", "%", *AGE_UNITS)
    ):
        return None  # a measure nothing names: never a count
    if held_by_owner(text, _clause(text, start, end, sentence)[0], start):
        return None  # "his sister's family had three homes": one owner's part, never the count
    head = (noun or "").lower()
    rank = rank_by(text, start, end, table)
    if rank is not None:
        # "the 10th largest port", "third biggest": a rank, never a count of ports
        return Frame(auto_frame(Family.MEASURE, f"rank.{table.ranks[rank]}"), f"rank by '{rank}'")
    head = unit if unit in table.thing_nouns else head  # "12-story building": its storeys
    if _HIGH_AFTER.match(text, end):
        return None  # "a pile of rubble nearly two stories high": a height of something unnamed
    if head in table.thing_nouns:
        if _AND_OTHER.match(text, end):
            # "represents more than 200 churches and other Christian organizations": a count of
            # a mixed set, never the churches another outlet counts ("attacks on three churches")
            return None
        # "taken to 10 hospitals": hospitals, not the hospitalised a role cue near it would count
        why = f"counts {head}, not people (thing_nouns)"
        return Frame(
            auto_frame(Family.COUNT, name_slug(head) + suffix), why, table.thing_nouns[head] and not suffix
        )
    if _BREAKDOWN.search(text, sentence[0], start):
        return None  # "About 12,700 workers – 5,800 at Stellantis, 3,600 at GM and 3,300 at Ford –"
    if _PART_OF_WHOLE.search(text, max(sentence[0], start - 60), start):
        # "Most of the 55 passengers were freed", "none of the 63 people aboard was hurt": what
        # the clause says befell a part, so the count is the whole and only its noun frames it
        whole = _whole_role(text, start, end, sentence, noun_role, noun, table)
        if whole is None:
            return None
        name, cue, running = whole
        why = f"cue '{cue}'; the whole a part is taken from"
        return Frame(auto_frame(Family.COUNT, name + suffix), why, running and not suffix)
    role = count_role(text, start, end, sentence, table)
    verb = verb_role(text, end, table) or _list_verb_role(text, (start, end), sentence, noun, table)
    if (
        role is not None
        and verb is None
        and _own_verb_first(text, start, end, sentence, noun, role[1], table)
    ):
        role = None  # "two men have been charged for killing the animal": charged, not killed
    befell = verb is not None and (verb[0] not in table.states or role is None)
    if (
        verb is not None
        and befell
        and not (verb[0] in _BUILDING_ROLES and noun_role not in (None, *_BUILDING_ROLES))
    ):
        # "76 passengers were seriously injured": the verb says injured; but "four coaches were
        # damaged" still counts coaches: destroyed/damaged say what befell a thing, not what it
        # is; and a state ("four crew members were aboard") does not outweigh the counted words
        role, noun_role = verb, None
    by_noun = noun_role is not None and (role is None or role[0] not in (*_BUILDING_ROLES, *table.winning))
    if by_noun and noun_role in table.groups and role is not None and role[0] not in table.groups:
        by_noun = False  # "nine soldiers were confirmed dead": soldiers say who, 'dead' the role
    if (
        by_noun
        and noun_role in table.last_resort
        and ((role is not None and role[0] != noun_role) or noun_verb_role(text, start, end, noun, table))
    ):
        # "killing 112 workers", "1,000 rescue workers", "2,000 workers were furloughed": a cue or
        # the count's own participle says what it counts; the noun only when nothing else does
        by_noun, noun_role = False, None
    if by_noun and noun_role in table.roles:
        role = (str(noun_role), str(noun), table.roles[str(noun_role)][1])
    wrecked = destroyed_cue(text, start, end, table) if by_noun and noun_role in _BUILDING_ROLES else None
    if wrecked is not None and "homes-destroyed" in table.roles:
        # "44 houses were crushed", "with 70 homes buried": the homes brought down, however worded
        role, by_noun = ("homes-destroyed", wrecked, table.roles["homes-destroyed"][1]), False
    guessed = role is None or (by_noun and noun_role in _BUILDING_ROLES)
    fallback = noun_verb_role(text, start, end, noun, table) if guessed else None
    if fallback is not None:
        # a count no cue names ("13 miners trapped"), or a building count whose default (brought
        # down) its own verb contradicts ("200 homes were flooded"): framed by its own words
        role = (fallback[0], fallback[1], True)
    if role is None:
        return None
    if role[0] == "crew" and "aboard" in table.roles and _AND_PASSENGERS.match(text, start, sentence[1]):
        # "its 158 crew and passengers": everyone on board, not the crew alone
        role = ("aboard", f"{role[1]} and passengers", table.roles["aboard"][1])
    name, cue, running = role
    if name in table.last_resort and _not_the_workforce(
        text, (start, end), sentence, noun, cue, suffix, table
    ):
        return None  # "its Leeds branch has 40 staff", "will hire 500 staff": not the workforce
    if name == "capacity" and cue.lower() == "seats" and election_seats(text, sentence):
        return None  # "won 15.8% and 37 seats": a party's seats in a chamber, never a capacity
    if name == "population" and fallback is None:
        # a province's 26 million and its county's 2.7 million are two populations
        place = population_place(text, start, sentence, table)
        name, cue = (f"{name}.{place}", f"{cue}; the population of {place}") if place else (name, cue)
    why = f"own words '{cue}' (no listed role)" if fallback is not None else f"cue '{cue}'"
    why += f"; another event ('{other[1]}')" if other is not None else ""
    if suffix and other is None:
        why += f"; a figure of {suffix.removeprefix('.y')}, not running"
    # a figure of another event or another year ("the 1999 cyclone left 9,885 dead") is that
    # event's settled figure: it does not grow between today's reports, so a gap is a conflict
    return Frame(auto_frame(Family.COUNT, name + suffix), why, running and not suffix)


# "in Leeds", "at Hull": a place after the sentence's first word that makes a workforce a part
_IN_PLACE = lazy(r"(?<![\w-])(?:in|at)\s+(?:the\s+)?[A-Z][a-z]")


def _not_the_workforce(
    text: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    noun: str | None,
    cue: str,
    suffix: str,
    table: FrameTable,
) -> bool:
    """Whether a count framed as a workforce is something else (frames.yaml `workforce`): its
    sentence names a part of the employer ("its Leeds branch", "in Leeds", "one shift"), a plan,
    a hire or a denial comes before it ("will hire", "does not employ"), "more" follows it, an
    employing verb is passive ("was employed 30 times") or counts no people ("employed 12
    drills"), a staff noun has no owner before it ("3,000 employees signed"), or its year stands in another clause ("which employed 500 in 2019, now employs 120")."""
    words = table.workforce
    if words is None:
        return False
    start, end = span
    lo, hi = sentence
    if words.parts.search(text, lo, hi) or any(m.start() > lo for m in _IN_PLACE.finditer(text, lo, hi)):
        return True
    if words.plans.search(text, lo, start) or words.more.match(text, end):
        return True
    if cue.lower() in words.employing and (
        (noun or "").lower() not in words.people or words.passive.search(text, lo, start)
    ):
        return True
    by_noun = cue.lower() == (noun or "").lower() and cue.lower() not in words.whole_nouns
    if by_noun and not words.owned.search(text, lo, start):
        return True  # "3,000 employees signed the petition": who signed, not whom the firm employs
    clause = _clause(text, start, end, sentence)
    return suffix.startswith(".y") and not _YEAR.search(text[clause[0] : clause[1]])


# an ordinal, then the superlative it ranks by: "10th largest", "tenth busiest", "second-deadliest"
_RANKED = lazy(r"(?:\d+(?:st|nd|rd|th)|[a-z]+)[\s-]+(?P<by>most\s+[a-z]+|[a-z]+)\Z", re.IGNORECASE)


def rank_by(text: str, start: int, end: int, table: FrameTable | None = None) -> str | None:
    """The superlative a ranked figure ends with ("the 10th largest" -> largest), if any."""
    table = table or default_table()
    found = _RANKED.search(text, start, end)
    if found is None:
        return None
    by = " ".join(found.group("by").lower().split())
    return by if by in table.ranks else None


# a sentence opening with a place's name as its subject: "Tianjin, with a population of",
# "The Dingxi area, about the size of New Jersey, has a population of"
_PLACE_SUBJECT = lazy(
    r"\s*(?:The\s+)?(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*)"
    r"(?:\s+(?:area|city|town|village|county|district|province|state|region|island|country))?"
    r"(?=\s*,|\s+(?:has|had|is|was|with)\b)"
)
# a name and an apposition describing it that ends where a population's "<place noun> of" starts:
# "Moore, an Oklahoma City suburb of", "Tacloban, the Leyte provincial capital of" (the name
# described, not the last name written before the figure)
_APPOSED_PLACE = lazy(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*)\s*,\s*(?:a|an|the)\s+"
    r"(?:[\w'’.-]+\s+){0,4}\Z"
)
_POINTED_BACK = lazy(r"\b(?i:this|that|these|those)\s+(?:[\w'’.-]+\s+){0,4}\Z")
_CAPITALISED_RUN = lazy(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)*")
_SETTLEMENT_BEFORE = lazy(r"\b(?i:the|this|that|a|an)\s+(?P<noun>[a-z]+)\s*,\s*[a-z\s]{0,24}\Z")


_PLACE_KINDS = frozenset({"village", "province", "county", "district", "island", "state", "region"})


def _named(run: str, at_start: bool) -> str:
    """A capitalised run without what a sentence opens with ("In Minxian" -> Minxian,
    "Rescuers" -> nothing): the first word of a sentence is capitalised whatever it is."""
    words = run.split()
    if at_start and words:
        words.pop(0)
    while words and words[0].lower() in STOP_WORDS:
        words.pop(0)
    return " ".join(words)


def population_place(text: str, start: int, sentence: tuple[int, int], table: FrameTable) -> str | None:
    """The place a population figure is of, as a frame slug: the place the sentence opens with,
    else the nearest name before the figure ("Gansu province, home to 26 million"), else the
    kind of place ("the village, home to 704 people" -> village); None when none is written."""
    described = _described_place(text, start, sentence, table)
    if described is not None:
        return described or None  # "": "this Oklahoma City suburb of": named before, not here
    subject = _PLACE_SUBJECT.match(text, sentence[0], start)
    if subject is not None and subject.group("name").split()[0].lower() not in STOP_WORDS:
        return name_slug(place_key(subject.group("name")))
    kind = _SETTLEMENT_BEFORE.search(text, max(sentence[0], start - 60), start)
    noun = kind.group("noun").lower() if kind is not None else ""
    if noun in table.settlements or noun in _PLACE_KINDS:
        return noun  # "the village, home to 704 people": the place is named by its kind
    if table.residents.get(noun):
        return table.residents[noun]  # "the villagers, numbering about 745": the village's
    runs = [
        _named(r.group(), at_start=not text[sentence[0] : r.start()].strip())
        for r in _CAPITALISED_RUN.finditer(text, sentence[0], start)
    ]
    named = [r for r in runs if r]
    return name_slug(place_key(named[-1])) if named else None


def _described_place(text: str, start: int, sentence: tuple[int, int], table: FrameTable) -> str | None:
    """The place an apposition before a population figure describes ("Moore, an Oklahoma City
    suburb of 41,000 people" -> moore), as a frame slug; "" when the place noun points back to a
    place named before ("through this Oklahoma City suburb of 41,000 people": no place here, as
    a name in the sentence, "Amy Elliot, spokeswoman …", is not it); None when neither."""
    if table.population_of is None:
        return None
    of = table.population_of.search(text, max(sentence[0], start - 40), start)
    if of is None:
        return None
    if _POINTED_BACK.search(text, max(sentence[0], of.start() - 60), of.start()):
        return ""  # the place this sentence points back to is named in another
    apposed = _APPOSED_PLACE.search(text, max(sentence[0], of.start() - 80), of.start())
    if apposed is None:
        return None
    name = _named(apposed.group("name"), at_start=False)  # "In Moore, a suburb of": Moore
    return name_slug(place_key(name)) if name else None


def _after_change(text: str, start: int, sentence: tuple[int, int], table: FrameTable) -> bool:
    """Whether a `changed` cue comes before the number in its sentence with no other number
    between ("weakened into a storm with winds of 60 kmph"; in "slowed to 30 mph, then derailed
    at 80 mph" only 30 is)."""
    if table.changed is None:
        return False
    found = list(table.changed.finditer(text, sentence[0], start))
    return bool(found) and not re.search(r"\d", text[found[-1].end() : start])


# right before a number: it is an age ("between the ages of 5 and 12", "aged 8 to 11")
_AGES_BEFORE = lazy(
    r"\b(?:ages?\s+of|aged(?:\s+between)?)\s+(?:\w+\s+(?:and|to)\s+)?\Z|\bages?\s+(?:between\s+)?\Z",
    re.IGNORECASE,
)


# a counted noun glued on with a hyphen, then a word: "-passenger cruise ship", "-page manifesto"
_GLUED_COUNT_AFTER = lazy(GLUED_COUNT, re.IGNORECASE)
_AND_OTHER = lazy(r"\s+and\s+other\b", re.IGNORECASE)  # after a count's noun: a mixed set


# a unit glued on with a hyphen, then a word: "-storey hotel", "-ton ferry" (not any hyphened word)
_ATTRIBUTE = lazy(HYPHENATED_UNIT + r"\s+[A-Za-z]")


def forecast_cue(
    text: str, start: int, end: int, sentence: tuple[int, int], table: FrameTable | None = None
) -> str | None:
    """The word before a figure in its clause that makes it a forecast or a possibility ("could
    reach a speed of 300 kmph", "expected to hit at 200-220 kmph"), if any."""
    table = table or default_table()
    if table.forecast is None or _ATTRIBUTE.match(text, end):
        # "could still be seen of the four-storey hotel": a figure glued to its unit before a
        # noun describes the thing ("the 6,825-ton ferry"), it forecasts nothing
        return None
    lo, _ = _clause(text, start, end, sentence)
    found = list(table.forecast.finditer(text, lo, start))
    return found[-1].group().lower() if found else None


def _own_verb_first(
    text: str, start: int, end: int, sentence: tuple[int, int], noun: str | None, cue: str, table: FrameTable
) -> bool:
    """Whether a participle right after the counted noun, one no role names, governs the count
    before a role cue that only comes after it in the clause."""
    if _PARTICIPLE_AFTER.match(text, end) is None or noun_verb_role(text, start, end, noun, table) is None:
        return False
    # a cue before the number or in its own words ("36 bodies recovered", "16 crew members") wins
    return text.lower().rfind(cue, sentence[0], end) < 0


# "13 miners trapped", "13 miners were trapped", "200 homes have been flooded": a participle
# right after the counted noun, maybe after an auxiliary and an adverb
_PARTICIPLE_AFTER = lazy(
    r"\s+(?:(?:were|was|are|is|have|has|had|been|being|be|remain|remained|still|all|now|reportedly)\s+)*"
    r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}ed)\b(?!\s+to\b)"  # "managed to escape": the infinitive says
)
# "flooded more than 200 homes", "deployed two helicopters": a participle right before the count
# (not past "the": "mapped the 46 houses" refers back to houses its noun already frames)
_PARTICIPLE_BEFORE = lazy(
    r"(?<![\w-])(?P<verb>[a-z]{3,}ed)\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|about\s+|around\s+"
    r"|nearly\s+|almost\s+|some\s+|over\s+|up\s+to\s+|an\s+estimated\s+|another\s+)?\Z"
)


def noun_verb_role(
    text: str, start: int, end: int, noun: str | None, table: FrameTable | None = None
) -> tuple[str, str] | None:
    """(role, cue) for a count no listed role names, from its own words: the counted noun and
    the participle acting on it ("13 miners trapped" -> miners-trapped, "flooded 200 homes" ->
    homes-flooded), so two reports of one event type nobody wrote cues for still meet, while a
    different noun or verb ("Four miners went back") never does. None without both words, or
    when the noun names nothing particular (`generic_nouns`: "times", units of time)."""
    table = table or default_table()
    head = (noun or "").lower()
    if not re.fullmatch(r"[a-z][a-z-]{2,}", head) or head in table.generic_nouns or head in table.identifiers:
        return None
    if head in table.homes_alike:
        head = "homes"  # "200 houses flooded" and "150 homes flooded" count the same things
    after = _PARTICIPLE_AFTER.match(text, end)
    before = _PARTICIPLE_BEFORE.search(text, max(0, start - 48), start)
    found = after if after is not None else before
    if found is None or found.group("verb").lower() in table.generic_nouns:
        return None
    if any(
        pattern.fullmatch(found.group("verb"))
        or (found is after and pattern.match(text, found.start("verb")))
        for pattern, _ in table.roles.values()
    ):
        # a role's own cue ("were injured"), or one of several words the participle opens
        # ("1,300 workers walked off the job"), frames it by that role
        return None
    verb = found.group("verb").lower()
    idiom = _NEXT_WORD_AFTER.match(text, found.end()) if found is after else None
    if idiom is not None and f"{verb} {idiom.group(1).lower()}" in table.verb_alike:
        verb = table.verb_alike[f"{verb} {idiom.group(1).lower()}"]  # "changed hands": traded
    else:
        verb = table.verb_alike.get(verb, verb)  # "trains stalled": stranded
    return f"{head}-{verb}", f"{head} {verb}" if found is after else f"{verb} {head}"


_NEXT_WORD_AFTER = lazy(r"\s+([A-Za-z]+)")


# right after a counted noun, before a verb: auxiliaries and an adverb ("were all completely"),
# never one that says the homes are only partly down ("partly buried" homes are damaged)
_AUX_AFTER = lazy(
    r"\s+(?:(?:were|was|are|is|have|has|had|been|being|be|got|all|now|reportedly|also)\s+)*"
    r"(?:(?!(?:partly|partially|nearly|almost)\b)[a-z]+ly\s+)?",
    re.IGNORECASE,
)
# right before a count, after a verb: an approximator ("buried more than 70 homes")
_APPROX_BEFORE = lazy(
    r"\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|about\s+|around\s+|nearly\s+|almost\s+"
    r"|some\s+|over\s+|up\s+to\s+|an\s+estimated\s+|another\s+|all\s+)?\Z",
    re.IGNORECASE,
)


def destroyed_cue(text: str, start: int, end: int, table: FrameTable | None = None) -> str | None:
    """The verb that brings a count of homes down (frames.yaml `destroyed`), right after its noun
    ("44 houses were crushed", "70 homes buried") or right before the count ("flattened more
    than 200 dwellings"), if any."""
    table = table or default_table()
    if table.destroyed is None:
        return None
    aux = _AUX_AFTER.match(text, end)
    found = table.destroyed.match(text, aux.end()) if aux is not None else None
    if found is not None:
        return " ".join(found.group().lower().split())
    for verb in table.destroyed.finditer(text, max(0, start - 48), start):
        if _APPROX_BEFORE.fullmatch(text, verb.end(), start):
            return " ".join(verb.group().lower().split())
    return None


ALONE = "alone"  # the period cue that scopes a count to the day written before it
# event frames of a report or a figure, not of the event: their days are no event's day
NOT_EVENT_DAYS = frozenset({"announced", "spoke", "figure-rose", "searching"})


def period_of(
    text: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    days: Sequence[tuple[int, dt.date]],
    event_days: frozenset[dt.date],
    table: FrameTable | None = None,
) -> tuple[str, str] | None:
    """(suffix, why) when a count is for one period, not a running total: a period cue in its
    clause ("in the past 24 hours" -> `.per-day`), or a single day after it in its clause that is
    not a day the text dates its event to ("13 aftershocks on Thursday" -> `.on-2018-02-08`).
    `days` are the sentence's single-day dates (start, day). A day after an as-of cue ("by
    Thursday") or a figure that "rose to" is a total as of that day, never a period."""
    table = table or default_table()
    start, end = span
    lo, hi = _clause(text, start, end, sentence)
    cues = list(table.period_cue.finditer(text, lo, hi)) if table.period_cue is not None else []
    periods = [m for m in cues if m.group().lower() != ALONE]
    if periods:
        cue = periods[0].group().lower()
        return f".per-{table.periods[cue]}", f"a count for one period ('{cue}'), not the running total"
    if _RISEN_TO.search(text, sentence[0], start) is not None:
        return None  # "the toll rose to 9 on Thursday": the total as of that day
    as_of = table.running.get("as_of")
    for at, day in days:
        if not end <= at < hi:
            continue
        lead = text[max(end, at - 12) : at]
        if as_of is not None and any(m.end() >= len(lead) - 1 for m in as_of.finditer(lead)):
            continue
        alone = any(m.group().lower() == ALONE and m.start() > at for m in cues)
        if not alone and (day in event_days or (not event_days and _names_event(text, sentence, table))):
            # "the quake killed 17 on Tuesday": the day of the event, the toll since; a text
            # that dates its event nowhere is taken at its word when the sentence names it
            continue
        why = f"a count for {day.isoformat()} only" + (" ('alone')" if alone else ", not the running total")
        return f".on-{day.isoformat()}", why
    return None


def _names_event(text: str, sentence: tuple[int, int], table: FrameTable) -> bool:
    """Whether the sentence names the event itself ("quakes killed 89 on Monday"): in a text that
    dates its event nowhere else, a day in it is then the event's day."""
    return any(
        pattern.search(text, *sentence) is not None
        for event, pattern in table.events.items()
        if event not in NOT_EVENT_DAYS
    )


# the words that open a relative clause; after a date, "where" follows a place
_RELATIVE_WORDS = r"which|that|who|when|where"
_DATE_RELATIVE = lazy(rf"\b(?:{_RELATIVE_WORDS})\b", re.IGNORECASE)
# what opens a clause of its own after a plan word: "will search for survivors after the quake
# struck on Monday", "the man who will face charges ..."
_SUBORDINATE = lazy(rf"\b(?:{_RELATIVE_WORDS}|after|since|because|as|while|before)\b", re.IGNORECASE)

# "after" (or "following") right after a date, maybe past a bracketed date or a time of day: "on
# Thursday (31 October) after flash floods", "Wednesday, a day after the explosion"
_AFTER_DATE = lazy(
    r"(?:\s*\([^()]{1,30}\)|\))?,?\s+(?:(?:a|one|two|three|a\s+few|several|some|just|hours?|days?|"
    r"weeks?|minutes?)\s+)*(?P<after>after|following)\b",
    re.IGNORECASE,
)


class DateWords(msgspec.Struct, frozen=True):
    """The word lists of a date's frame reading (frames.yaml `date_words`), compiled."""

    befell_people: re.Pattern[str]  # what befell people in the date's clause ("killed on Sunday after ...")
    plan_more: re.Pattern[str]  # plan words beyond dates.FUTURE ("was to", "set to", "won't")
    not_a_plan: re.Pattern[str]  # right after a plan word: a judgement ("was to blame")
    past_verb: re.Pattern[str]  # a past verb or participle ("announced", "struck")
    past_simple: re.Pattern[str]  # a past form that is never a participle ("went", "began")
    plan_participle: re.Pattern[str]  # a participle's own plan or noun before it ("be held", "the affected")
    stamp: re.Pattern[str]  # a page's time stamp right before a date ("Updated Sunday")
    as_of: re.Pattern[str]  # right before a date: the day something stood as of ("by Monday")
    forward_day: re.Pattern[str]  # a day named only forward ("tomorrow", "next Monday")
    learned_of: re.Pattern[str]  # word of an event received ("learned of the crash at 11:03")
    named_after_event: re.Pattern[str]  # a place or people named after an event ("the crash site")
    verb_only_cues: frozenset[str]  # cues that read as a verb after a noun ("Cyclone Remal hit areas")
    not_yet: re.Pattern[str]  # right before a cue: an event still to come ("ahead of a verdict")
    asked_for: re.Pattern[str]  # right before a cue: an event only asked for ("filed for authorization")
    toll: re.Pattern[str]  # right after a cue: a count of what befell people ("left 232 dead")
    occurrence: re.Pattern[str]  # in a later day's clause: another occurrence ("an aftershock")


def _listed(data: dict[str, Any], key: str) -> str:
    """The alternation of one `date_words` list (whole words, any spaces between them)."""
    words = [str(w) for w in data.get(key) or []]
    if not words:
        raise ValueError(f"frames.yaml date_words.{key} is empty")
    return phrase_alternation(words)


# the count of a toll after "left": digits or number words ("232", "twenty-five", "two dozen"),
# or a vague plural ("hundreds of people"); never any word, which would take "on Monday
# injured" in "the explosion on Monday injured 30" for a toll
_NUMBER_WORD = "|".join(sorted([*SMALL_NUMBERS, *TENS, *SCALES], key=len, reverse=True))
_TOLL_COUNT = (
    r"\d[\d,]*"
    rf"|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*\b"
    r"|(?:dozens|hundreds|scores|thousands)"
)


def build_date_words(data: dict[str, Any]) -> DateWords:
    """The compiled word lists of frames.yaml `date_words`."""
    flags = re.IGNORECASE
    return DateWords(
        befell_people=re.compile(r"\b(?:" + _listed(data, "befell_people") + r")\b", flags),
        plan_more=re.compile(r"\b(?:" + _listed(data, "plan_words") + r")\b", flags),
        not_a_plan=re.compile(r"\s+(?:" + _listed(data, "not_a_plan") + r")\b", flags),
        past_verb=re.compile(
            r"\b(?:(?!(?:"
            + _listed(data, "not_past")
            + r")\b)\w{2,}ed|"
            + _listed(data, "past_irregular")
            + r")\b",
            flags,
        ),
        past_simple=re.compile(r"(?:" + _listed(data, "past_simple_only") + r")", flags),
        plan_participle=re.compile(r"\b(?:" + _listed(data, "plan_participle_after") + r")\s+\Z", flags),
        stamp=re.compile(r"\b(?:" + _listed(data, "page_stamps") + r")\s*(?:on\s+|at\s+|:\s*)?\Z", flags),
        as_of=re.compile(r"\b(?:" + _listed(data, "as_of") + r")\s+\Z", flags),
        forward_day=re.compile(r"\b(?:" + _listed(data, "forward_days") + r")\b", flags),
        learned_of=re.compile(
            r"\b(?:" + _listed(data, "learned_of") + r")\s+(?:of|about|to)\s+(?:the\s+|a\s+|an\s+)?\Z", flags
        ),
        named_after_event=re.compile(r"\s+(?:" + _listed(data, "named_after_event") + r")\b", flags),
        verb_only_cues=frozenset(str(w).lower() for w in data.get("verb_only_cues") or []),
        not_yet=re.compile(
            r"\b(?:" + _listed(data, "not_yet") + r")\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+)?\Z",
            flags,
        ),
        asked_for=re.compile(
            r"\b(?:"
            + _listed(data, "asked_for")
            + r")\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}\Z",
            flags,
        ),
        toll=re.compile(
            r"\s+(?:(?:at\s+least|more\s+than|about|nearly|almost|some|over)\s+)?"
            r"(?:" + _TOLL_COUNT + r")\s+(?:(?:of\s+)?(?:people|persons|others)\s+)?"
            r"(?:" + _listed(data, "toll") + r")\b",
            flags,
        ),
        occurrence=re.compile(r"\b(?:" + _listed(data, "occurrence") + r")\b", flags),
    )


@functools.cache
def date_words() -> DateWords:
    """The shipped `date_words` of frames.yaml, compiled on first use."""
    return build_date_words(frames_data().get("date_words") or {})


def planned(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether a date is the day of a plan, not of an event: it is named forward ("tomorrow",
    "next Monday"), or a plan word of its clause (from the last comma, semicolon or "and" before
    it) governs it ("will be held on Sunday", "is scheduled to meet in May"): no clause opens
    and no past verb comes between them ("will pay under the deal announced on Monday")."""
    start, end = span
    words = date_words()
    if words.forward_day.search(text, start, end):
        return True
    breaks = list(_PARTS_CLAUSES.finditer(text, sentence[0], start))
    clause_start = breaks[-1].end() if breaks else sentence[0]
    plans = [
        found
        for pattern in (FUTURE, words.plan_more)
        for found in pattern.finditer(text, clause_start, start)
        if words.not_a_plan.match(text, found.end()) is None
    ]
    if not plans:
        return False
    plan_end = max(found.end() for found in plans)
    return _SUBORDINATE.search(text, plan_end, start) is None and not _past_after(text, plan_end, start)


def _past_after(text: str, plan_end: int, start: int) -> bool:
    """Whether a past verb stands between a plan word and a date, outside the plan's own passive
    ("will be held") and not describing a noun ("the affected area")."""
    words = date_words()
    return any(
        words.plan_participle.search(text, max(plan_end, found.start() - 8), found.start()) is None
        for found in words.past_verb.finditer(text, plan_end, start)
    )


def date_frame(
    text: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    table: FrameTable | None = None,
    others: Sequence[tuple[int, int]] = (),
) -> tuple[Frame | None, str]:
    """The event frame of a date, and why: the nearest event cue in its sentence
    (auto.event.struck), or None with the reason it got none ("a plan's day", "no event cue"),
    which `extract --format table` shows. A cue a clause break parts from the date is not its
    cue when nothing parts it from another date of the sentence (`others`): "Thursday, air
    quality near the warehouse destroyed by the blasts on Wednesday night remained normal"
    gives the blasts Wednesday, not Thursday."""
    table = table or default_table()
    start, end = span
    if planned(text, sentence, span):
        # "she will travel to the crash site on Wednesday": a plan's day
        return None, "a plan's day: no event frame, never compared"
    if date_words().stamp.search(text, max(sentence[0], start - 30), start):
        # "Updated Sunday at 10:30 a.m. with the names of those killed in the crash": the page's own time
        return None, "the page's own time stamp: no event frame, never compared"
    if _PIPE_BEFORE.search(text, max(0, start - 4), start) and _PIPE_AFTER.match(text, end):
        # "Haiti earthquake death toll soars to over 700 | 15 Aug 2021 | The death toll ...": a
        # page's title bar, its date the page's
        return None, "the page's own time stamp: no event frame, never compared"
    if _caption_date(text, span, sentence[0]):
        # "... leans on its side after running aground off Giglio, Italy, Saturday, Jan. 14, 2012": a photo's day
        return None, "a photo's date: no event frame, never compared"
    if dateline_date(text, span):
        # "April 21, 2010 -- An overnight explosion ...", "WEST (April 19, 2013)—Two more bodies": the report's day
        return None, "a dateline's date (the report's day): no event frame, never compared"
    if (
        date_words().as_of.search(text, max(sentence[0], start - 12), start)
        and not text.startswith(("'s", "’s"), end)
        and not negated_until(text, start)
    ):
        # "by Monday morning the incumbent had not conceded": a state as of that day
        return None, "a day something stood as of ('by', 'until'): no event frame, never compared"
    lo, hi = max(sentence[0], start - 2 * WINDOW), min(sentence[1], end + 2 * WINDOW)
    cleft = _CLEFT_DATE.search(text, max(sentence[0], start - 40), start)
    if cleft is not None:
        # "... when the landslide occurred, but it was not until late on May 26 that the first
        # excavator reached the area": the date is what follows "that", never a cue before it
        lo = cleft.start()
    later = _AFTER_DATE.match(text, end, hi)
    if later is not None and (
        date_words().befell_people.search(text, sentence[0], start) is None
        or any(later.end() <= other[0] < hi for other in others)
    ):
        # "surveying the damage on Wednesday after the blast", "reached the spot on Monday after
        # the landslide": what follows "after" happened before the date, so its cue is not the
        # date's ("15 were killed on Friday after a bus crashed": what befell people dates the crash,
        # unless the after-phrase gives its own date: "11 workers are missing Wednesday after the
        # Tuesday night blast" dates the blast Tuesday, never Wednesday; issue 12, session 27)
        hi = later.start("after")
    relative = _DATE_RELATIVE.search(text, end, hi)
    if (
        relative is not None
        and relative.group().lower() == "when"
        and not text[end : relative.start()].strip(" ,")
    ):
        # "were killed on Sunday when 14 coaches derailed": a when-clause right after the date
        # tells what happened at that time, so its cue is the date's, past a relative clause of
        # its own subject ("injured on Thursday when a building that housed several garment
        # factories collapsed"): the clause reaches three window widths
        hi = _when_clause_end(text, relative.end(), min(sentence[1], relative.end() + 3 * WINDOW))
        nested = [found.end() for found in _DATE_RELATIVE.finditer(text, relative.end(), hi)]
        relative = None
    else:
        nested = []
    if relative is not None:
        # "Rescuers on Friday recovered five bodies from a ferry that capsized", "worked today
        # in a village where 21 died when a landslide hit": the relative clause tells of
        # another time than the date's own clause
        hi = relative.start()
    best: tuple[bool, int, str, str, int] | None = None
    for event, pattern in table.events.items():
        for found in pattern.finditer(text, lo, hi):
            if _attributive(text, found) or _dated_by_possessive(text, found.start(), span):
                continue
            if _DAY_BEFORE_AFTER.match(text, found.end()) is not None:
                continue  # "on Sunday ... destroyed by an earthquake the day before": the quake's own day
            if found.group().lower() == "left" and date_words().toll.match(text, found.end()):
                continue  # "a fire ... left at least 232 dead": a toll's verb, not a departure
            if _in_subject_relative(text, found, start, sentence[0]):
                continue  # "the gunmen who abducted them freed them on Tuesday": the freeing's day
            if any(
                _RELATIVE_VERB.fullmatch(text, after, found.start())
                for after in nested
                if after <= found.start()
            ) or _in_comma_aside(text, nested, found.start()):
                continue  # "on Friday when rescuers pulled a woman from the building that collapsed": another time's verb
            if planned(text, sentence, found.span()):
                continue  # "whose bail was revoked Tuesday, will be sentenced in June": a plan's act
            if _object_of_event(text, found.start(), event, table):
                continue  # "detected the attack on July 29": the detection's day, not the attack's
            if _negated(text, sentence[0], found.start()) and not (
                found.end() <= start and negated_until(text, start)
            ):
                # (but "didn't start trading until 11 a.m.": it started then)
                continue  # "the jury did not reach a verdict on Monday": no verdict that day
            if found.start() >= end and date_words().not_yet.search(
                text, max(end, found.start() - 24), found.start()
            ):
                continue  # "deliberations resumed on Monday ahead of a verdict": one still to come
            if date_words().asked_for.search(text, max(sentence[0], found.start() - 48), found.start()):
                continue  # "filed for emergency use authorization on Nov. 20": asked for, not given
            parted, distance = _parted(text, found.start(), found.end(), start, end)
            if parted and any(
                not _parted(text, found.start(), found.end(), *other)[0] for other in others if other != span
            ):
                continue  # the cue of another date of this sentence
            if best is None or (parted, distance) < best[:2]:
                best = (parted, distance, found.group().lower(), event, found.start())
    if best is None:
        best = _far_cue(text, sentence[0], lo, span, table)
    best = _onset_cue(text, span, sentence, (lo, hi), table, best)
    if best is None:
        return None, "no event cue in its sentence: no event frame, never compared"
    if best[3] in table.uncompared_events:
        # "Kale said today": the day one report's source spoke is no event's day
        return None, f"cue '{best[2]}' ({best[3]}): a day that differs report by report, never compared"
    if date_words().learned_of.search(text, max(0, best[4] - 40), best[4]) is not None:
        # "staff learned of the crash at 11:03": when word came, not when it happened
        return None, f"cue '{best[2]}' as news received: when word came, never compared"
    return Frame(auto_frame(Family.EVENT, best[3]), f"cue '{best[2]}'"), ""


# a cleft sentence's date: "it was not until (late) on May 26 that ...", "it was only on Friday that"
_CLEFT_DATE = lazy(
    r"\b(?:was|is|were)\s+(?:not\s+until|only)\s+(?:(?:late|early|mid)\s+)?(?:on\s+|in\s+|at\s+)?\Z",
    re.IGNORECASE,
)


def _object_of_event(text: str, at: int, event: str, table: FrameTable) -> bool:
    """Whether the cue at `at` is the object of another event's verb that takes one (frames.yaml
    events `takes_object`): "detected the attack", "first detected a breach"."""
    for other in table.object_events - {event}:
        pattern = table.events.get(other)
        if pattern is not None and any(
            _OBJECT_GAP.fullmatch(text, found.end(), at)
            for found in pattern.finditer(text, max(0, at - 40), at)
        ):
            return True
    return False


# between a verb and its object: a determiner at most ("detected the attack", "detected a breach")
_OBJECT_GAP = lazy(r"\s+(?:(?:the|a|an|its|their|this|that|his|her)\s+)?", re.IGNORECASE)


_WORDS_BEFORE = lazy(r"[\w'’]+")
# what ends a when-clause before its sentence does: a semicolon, a comma before a new clause
# ("..., officials said", "..., and rescuers ..."), or a word that opens a clause of another time
# ("when 100 people died after foam proved flammable when it met pyrotechnics")
_WHEN_CLAUSE_END = lazy(
    r";|,\s*(?:[\w'’-]+\s+){0,3}?(?:said|says|told|and|but)\b"
    r"|\b(?:after|before|when|since|because|while|following|until)\b",
    re.I,
)


# between a relative word and the verb of its own clause: auxiliaries and adverbs only ("a ferry
# that had capsized", "the building that collapsed")
_RELATIVE_VERB = lazy(
    r"\s*(?:(?:had|has|have|was|were|is|are|been|being|reportedly|apparently|also|then|just|later|first)\s+)*"
)


# a photo caption's closing date (AP style): a weekday, then a month, a day and a year, set off by
# a comma after a place ("Giglio, Italy, Saturday, Jan. 14, 2012."), closing the caption or
# followed by its place ("Courthouse, Tuesday, Sept. 25, 2018, in Norristown")
_CAPTION_DATE = lazy(
    r"(?:early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
    # a picture agency's (EPA, Reuters): day, month, year ("in Hualien, Taiwan, 04 April 2024.")
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
)
_CAPTION_END = lazy(r"[ \t]*(?:\.|,\s+in\b|\r?\n|\Z)")
# right before a date: a picture and the verb of its making ("a photograph taken on January 14")
_PHOTO_TAKEN = lazy(
    r"\b(?:photo|photograph|picture|image|footage|video)s?\s+(?:taken|shot|filmed|recorded)\s+(?:on\s+)?\Z",
    re.I,
)
_CAPTION_BEFORE = lazy(r",\s*(?:early\s+|late\s+)?\Z", re.I)


# a dateline: at a line's start, a place in capitals and a comma or an opening bracket ("WEST (",
# "KUNMING, ", "TALLMANSVILLE, W.Va., "), or nothing, then the date, maybe its closing bracket and
# an agency in brackets, then a dash that opens the report's first sentence; after a place the
# sentence may open with no dash ("LONDON, Jan 15 Frantic trading ...") (issue 12, session 27)
_DATELINE_PLACE = lazy(r"(?:^|\n)[ \t]*[A-Z][A-Z.'\- ]*[A-Z.](?:,[ \t]*[A-Z][\w.' ]*)?[ \t]*[,(][ \t]*\Z")
_LINE_START = lazy(r"(?:^|\n)[ \t]*\Z")
# after a dateline's date: its closing bracket and an agency in brackets, then a dash or, after a
# place, the first sentence's capital ("LONDON, Jan 15 Frantic trading ...")
_DATELINE_AFTER = lazy(r"\)?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|\u2014|\u2013|-[ \t]|[A-Z])")
# a date set between a page's title-bar separators ("... soars to over 700 | 15 Aug 2021 | The ...")
_PIPE_BEFORE = lazy(r"\|[ \t]*\Z")
_PIPE_AFTER = lazy(r"[ \t]*\|")
_DATELINE_LOOKBACK = 60  # characters: a place and its bracket before a dateline's date
# a dateline's date names its month ("Aug. 3", "April 19, 2013"): a clock time at a line's start
# ("1.27am - the ship appears to be colliding") is a live blog's entry, the event's own time; with
# no place before it, it also gives its year and a long dash ("April 21, 2010 --"), as a list of
# events by day ("April 20 - the rig explodes") does not
_DATELINE_MONTH = lazy(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_DATELINE_YEAR = lazy(r"\b\d{4}\b")
_DATELINE_LONG_DASH = lazy(r"[ \t]*(?:--|\u2014|\u2013)")
# a line opening with a date that gives its year, then a long dash: one such line is a dateline,
# several are a timeline's entries ("April 20, 2010 \u2014 The rig explodes", "April 22, 2010 \u2014
# The rig sinks"), each the day of its own event
_DATED_LINE = lazy(r"(?m)^[ \t]*[^\n]{0,30}?\b\d{4}[ \t]*(?:--|\u2014|\u2013)")


@functools.lru_cache(maxsize=8)
def _dated_lines(text: str) -> int:
    """How many of the text's lines open with a dated entry and a long dash (see _DATED_LINE)."""
    return sum(1 for line in _DATED_LINE.finditer(text) if _DATELINE_MONTH.search(line.group()))


def dateline_date(text: str, span: tuple[int, int]) -> bool:
    """Whether a date is a dateline's, the day the report was filed ("April 21, 2010 -- An
    overnight explosion shook the rig", "WEST (April 19, 2013)—Two more bodies have been found"),
    not the day of the event its first sentence tells of."""
    start, end = span
    if _DATELINE_MONTH.search(text, start, end) is None:
        return False
    if _DATELINE_PLACE.search(text, max(0, start - _DATELINE_LOOKBACK), start) is not None:
        return _DATELINE_AFTER.match(text, end) is not None
    return (
        _LINE_START.search(text, max(0, start - _DATELINE_LOOKBACK), start) is not None
        and _DATELINE_YEAR.search(text, start, end) is not None
        and _DATELINE_LONG_DASH.match(text, end) is not None
        and _dated_lines(text) == 1
    )


def _caption_date(text: str, span: tuple[int, int], first: int) -> bool:
    """Whether a date is a photo's: a caption's closing date or one right after "a photograph
    taken": the day the photo was taken, not of the event the caption names ("The ship leans on
    its side after running aground off the island of Giglio, Italy, Saturday, Jan. 14, 2012.").
    A caption tells what the picture shows in the present; a sentence whose own verb is past
    ("The quake struck near Amatrice, Italy, Thursday, Aug. 25, 2016.") is prose, and its date
    the event's."""
    start, end = span
    if _PHOTO_TAKEN.search(text, max(0, start - 40), start):
        return True  # "A photograph taken on January 14, 2012 of the ship after it ran aground"
    return (
        _CAPTION_DATE.fullmatch(text[start:end].strip()) is not None
        and _CAPTION_BEFORE.search(text, max(0, start - 12), start) is not None
        and _CAPTION_END.match(text, end) is not None
        and not _past_main_verb(text, first, start)
    )


def _past_main_verb(text: str, first: int, date: int) -> bool:
    """Whether a sentence opens with a past verb of its own before a date: one of its first
    words after its subject ("The quake struck near ...", "120 people were killed when ..."),
    not one that describes a noun ("the damaged side", "an image provided by", "Putin, left,")
    or belongs to a clause of its own ("after it ran aground", "a building that collapsed")."""
    head = _SENTENCE_HEAD.match(text, first, date)
    limit = head.end() if head is not None else date
    for verb in date_words().past_verb.finditer(text, first, limit):
        before = text[max(first, verb.start() - 40) : verb.start()]
        if _PRESENT_AUX.search(before) or _BY_AGENT.match(text, verb.end()) or _modifies_noun(before):
            continue  # "is carried from the rubble", "provided by Facebook", "the damaged side"
        opener = _SUBORDINATE_OPENER.search(text, first, verb.start())
        if opener is not None and not (
            date_words().past_verb.search(text, opener.end("word"), verb.start())
            and _finite_past(text, verb, date)
        ):
            continue  # "leans after it ran aground": the clause's verb, not the sentence's
        return True  # "The quake struck", "The earthquake that killed 120 people struck central Italy"
    return False


# a sentence's first words, where its own verb stands in prose: a caption's past forms come
# later, in what describes its nouns ("... at the Russian leased Baikonur cosmodrome")
_SENTENCE_HEAD = lazy(r"(?:\W*[\w'’.-]+){1,12}")
# a present auxiliary right before a participle: a caption's present ("is carried", "are seen")
_PRESENT_AUX = lazy(r"\b(?:is|are|has|have)\s+(?:been\s+|being\s+)?(?:[a-z]+ly\s+)?\Z", re.I)
# a participle's agent right after it: a participle on a noun ("an image provided by Facebook")
_BY_AGENT = lazy(r"\s+by\b", re.I)
# a word that opens a clause of its own before a verb, no comma closing it since ("after it ran
# aground off Giglio", "a building that collapsed Wednesday")
_SUBORDINATE_OPENER = lazy(
    r"\b(?P<word>after|before|when|while|as|since|following|because|until|once|who|which|that|where|whose)\b[^,;]*\Z",
    re.I,
)


def _in_subject_relative(text: str, found: re.Match[str], date: int, first: int) -> bool:
    """Whether a cue before a date is the verb of a clause that names who or what, or when,
    and that another past verb of its own (`_finite_past`: not "passengers packed on its decks",
    "workers employed at the plant") follows before the date: a relative clause on the subject ("the
    gunmen who abducted 40 workers ... freed all of them on Tuesday", "the ship that ran aground,
    killing three, was arrested Saturday") or a fronted time clause that a comma closes ("a day
    after gunmen abducted 40 workers, soldiers raided a camp on Tuesday"). The date is the later
    verb's. A date right after the clause's own verb ("the ferry that capsized on Wednesday",
    "after the ship ran aground at 9:45 pm, ...") or after what befell people ("the train that
    derailed killed 150 on Sunday") keeps its cue."""
    if found.end() > date:
        return False
    lo = max(first, found.start() - 60)
    openers = list(_CLAUSE_OPENER.finditer(text, lo, found.start()))
    opener = openers[-1] if openers else None
    if opener is None or _CLAUSE_BREAK.search(text, opener.end(), found.start()):
        return False
    if opener.group("pronoun"):
        if not _RELATIVE_VERB.fullmatch(text, opener.end(), found.start()):
            return False
        rest = found.end()
    else:
        comma = text.find(",", found.end(), date)
        if comma < 0:
            return False  # "after the quake struck on Monday": the date is the clause's own
        rest = comma
    words = date_words()
    # what befell people is at the event's time ("the train that derailed killed 150 on Sunday")
    later = [
        verb
        for verb in words.past_verb.finditer(text, rest, date)
        if not words.befell_people.fullmatch(verb.group())
    ]
    if opener.group("pronoun"):
        # the sentence goes on after a relative clause, past a participle on its object ("the
        # ferry that capsized with passengers packed on its decks at 11:10"), only at a verb of its own;
        # a verb joined to the cue by "and" is the clause's own, of the same act ("the building that
        # collapsed and buried 30 workers at 8:57 a.m."), not the sentence's
        # ("the captain of the ferry that capsized ... was facing an investigation on Thursday": a
        # past progressive is a verb of its own too)
        # a progressive owns only a date of its own clause: a clause opener after it (", and",
        # ", which", ", when" ...) starts another clause, whose date is not the progressive's
        # ("the ferry that capsized was carrying 400 people, which was early on Thursday")
        opener = _LATER_CLAUSE.search(text, rest, date)
        verbs = [
            *(v for v in later if _finite_past(text, v, date)),
            *(() if opener else _PAST_PROGRESSIVE.finditer(text, rest, date)),
        ]
        return any(not _COORDINATED.search(text, max(0, verb.start() - 20), verb.start()) for verb in verbs)
    # after a fronted clause's comma comes the main clause: its past form is its verb ("troops
    # deployed to the area on Tuesday") unless it describes a noun ("the besieged town")
    return any(not _modifies_noun(text[max(0, verb.start() - 40) : verb.start()]) for verb in later)


def _finite_past(text: str, verb: re.Match[str], date: int) -> bool:
    """Whether a past form after a clause is a verb of its own, which a date can be of ("freed
    all of them on Tuesday", "was arrested on Saturday", "surrendered on Tuesday"), not a
    participle or adjective on a noun ("with passengers packed on its decks at 11:10", "workers
    employed at the plant on Monday", "a deck built for 80", "the besieged town"): one after an
    auxiliary, a form that is never a participle ("went", frames.yaml `past_simple_only`), or one
    after a noun and followed by its object or the date, not by a preposition."""
    before = text[max(0, verb.start() - 40) : verb.start()]
    if _AUXILIARY_BEFORE.search(before) or date_words().past_simple.fullmatch(verb.group()):
        return True  # "was arrested", "had freed", "went on into Wednesday evening"
    if _ABSOLUTE_WITH.search(before) or _modifies_noun(before):
        return False  # "with 200 passengers crowded", "the besieged town", ", overloaded,"
    if _ONLY_DATE_WORDS.fullmatch(text, verb.end(), date):
        return True  # "surrendered on Tuesday": the date's own verb
    return _PREPOSITION_AFTER.match(text, verb.end()) is None  # "pupils enrolled at the school"


def _modifies_noun(before: str) -> bool:
    """Whether the words before a past form make it describe a noun: an article, a possessive,
    a number or a preposition right before it ("the damaged side", "two crowded markets", "at
    crowded markets"), or a comma that sets it apart ("the ferry, overloaded, capsized")."""
    return _MODIFIER_BEFORE.search(before) is not None


# a comma and a word that opens another clause: a conjunction or a relative word
_LATER_CLAUSE = lazy(
    r",\s*(?:and|but|or|while|whereas|as|when|where|who|whom|whose|which|that|after|before|since|"
    r"because|although|though|until|so)\b",
    re.I,
)
# "was facing", "were searching": a past progressive, a finite verb of its own
_PAST_PROGRESSIVE = lazy(r"\b(?:was|were)\s+(?:still\s+)?\w{2,}ing\b", re.I)
# "and" (or "or") right before a past form: a verb coordinated with the one before it
_COORDINATED = lazy(r"\b(?:and|or)\s+(?:then\s+|later\s+|also\s+)?\Z", re.I)
# auxiliaries (and an adverb) right before a past form: a finite verb ("was arrested", "had been freed")
_AUXILIARY_BEFORE = lazy(
    r"\b(?:had|has|have|was|were|is|are|been|being)\s+(?:(?:been|being|not|[a-z]+ly)\s+)*\Z", re.I
)
# "with" and a few words of its noun right before a past form: an absolute phrase ("with
# passengers packed on its decks"), no verb of its own
_ABSOLUTE_WITH = lazy(r"\bwith\s+(?:[\w'’-]+\s+){1,4}\Z", re.I)
_PREPOSITIONS = (
    "on|onto|at|in|into|for|by|with|from|to|near|under|over|inside|aboard|off|across|through|along|"
    "around|outside|beside|behind|below|above|beneath|upon|within|among|between|against|toward|towards|"
    "during|of|about|including"
)
_MODIFIER_BEFORE = lazy(
    rf"(?:[,;:(]|\b(?:a|an|the|its|their|his|her|our|my|your|this|these|those|\d[\d,.]*|{_NUMBER_WORD}|{_PREPOSITIONS}))\s*\Z",
    re.I,
)
# right after a past form: a preposition, or the clause's end, as after a participle on a noun
_PREPOSITION_AFTER = lazy(rf"\s*(?:[,.;:)]|\Z|(?:{_PREPOSITIONS})\b)", re.I)
# between a verb and a date, nothing but the date's own words ("surrendered early on Tuesday")
_ONLY_DATE_WORDS = lazy(r"[\s,]*(?:(?:on|at|in|early|late|about|around|shortly|just|some)\s+)*", re.I)


# what opens a clause that tells of another act than its sentence's main verb: a relative
# pronoun on a noun, or a word of time that fronts a clause; "when" and "where" are read elsewhere
_CLAUSE_OPENER = lazy(r"\b(?:(?P<pronoun>who|that|which)|after|before|since|following)\b", re.I)
_CLAUSE_BREAK = lazy(r"[;,]")


def _in_comma_aside(text: str, nested: list[int], cue: int) -> bool:
    """Whether a cue lies inside a comma-bracketed relative clause of the when-clause's subject
    ("on Thursday when the building, which had been damaged in the quake, collapsed"): the aside
    tells of another time, so its cue is not the date's. `nested` holds where each relative word
    of the clause ends; the aside's closing comma must come within a window after the cue."""
    for after in nested:
        words = text[:after].split()
        before = text[: after - len(words[-1])].rstrip() if words else ""
        if (
            after <= cue
            and before.endswith(",")
            and "," not in text[after:cue]
            and "," in text[cue : cue + _ASIDE_REACH]
        ):
            return True
    return False


_ASIDE_REACH = 120  # characters: an aside longer than this is read as the clause itself


def _when_clause_end(text: str, start: int, limit: int) -> int:
    """Where a when-clause that opens at `start` ends, at most at `limit`."""
    found = _WHEN_CLAUSE_END.search(text, start, limit)
    return found.start() if found is not None else limit


def _negated(text: str, first: int, cue: int) -> bool:
    """Whether one of the three words before a cue, in its clause, negates it (data/negations.txt,
    or a word in "n't"): "did not reach a verdict", "was never arrested", "no one was charged"."""
    breaks = list(_PARTS_CLAUSES.finditer(text, first, cue))
    lo = max(breaks[-1].end() if breaks else first, cue - 40)
    words = [w.group().lower() for w in _WORDS_BEFORE.finditer(text, lo, cue)][-3:]
    return any(map(negates, words))


def _onset_cue(
    text: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    window: tuple[int, int],
    table: FrameTable,
    best: tuple[bool, int, str, str, int] | None,
) -> tuple[bool, int, str, str, int] | None:
    """The cue of a date, with an onset verb ("the incident happened around 4 am", "gunmen struck
    at 5am") read by its subject: it wins over a cue no nearer than it; a date with no cue at all
    also takes an onset verb earlier in its sentence when only an aside parts them ("The accident
    happened near the station, 250 km south of the city, around 7 pm")."""
    onset = table.onset
    if onset is None:
        return best
    compared = frozenset(table.events) - table.uncompared_events
    for verb in onset.verbs.finditer(text, sentence[0], window[1]):
        parted, distance = _parted(text, verb.start(), verb.end(), *span)
        inside = verb.start() >= window[0]
        near = inside and (not parted if best is None else (parted, distance) <= best[:2])
        far = best is None and verb.end() <= span[0] and not _ASIDE_BREAK.search(text, verb.end(), span[0])
        if not (near or far):
            continue
        event = subject_event(onset, text, verb, sentence[0], table.events, compared)
        if event is not None:
            best = (parted, distance, verb.group().lower(), event, verb.start())
        elif near and best is not None and best[4] < verb.start():
            # "after the crash the search began at 8 a.m.": the verb's own subject, no event of
            # ours, owns the time, not the cue before it
            best = None
    return best


# what parts an onset verb from a later time more than an aside does: another clause
_ASIDE_BREAK = lazy(
    r";|,\s*(?:and|but|while|when|after|before|as)\b|\b(?:and|but)\s+(?:the|a|an|he|she|they|it)\b", re.I
)


# a participle after an article describes a thing, it tells of no event on the date: "the
# debris of a collapsed condo building ... on Friday", "the capsized ferry was towed on Monday"
_ARTICLE_BEFORE = lazy(r"\b(?:a|an|the|its|their|one)\s+\Z", re.IGNORECASE)


# what makes a cue before such a noun a noun or an adjective, not a verb: an article, a
# preposition or possessive before it ("near the crash site", "for flood victims"), or a compound
# ("quake-hit areas", "the worst hit areas"). "A tornado struck areas of Oklahoma" is a verb.
_NOUN_BEFORE = lazy(
    r"(?:\A|[.!?\"“(]\s*|\b(?:a|an|the|its|their|this|that|these|those|near|at|to|from|in|of|for|"
    r"around|outside|inside|by|on|into|across|worst|hardest|badly|severely)\s+|'s\s+|’s\s+|-)\Z",
    re.IGNORECASE,
)


# a day in the possessive right before an event noun dates that event ("Friday's crash",
# "Sunday's three-train collision", "yesterday's quake"), so the noun is no other date's cue
_POSSESSIVE_DAY = lazy(
    r"\b(?:" + "|".join(WEEKDAY_NAMES) + r"|yesterday|today)['’]s"
    r"(?:\s+[\w-]+){0,2}\s+\Z",
    re.IGNORECASE,
)


def _dated_by_possessive(text: str, cue: int, span: tuple[int, int]) -> bool:
    """True for a cue right after a possessive day ("Friday's crash") that is not the date's own."""
    found = _POSSESSIVE_DAY.search(text, max(0, cue - 40), cue)
    return found is not None and not span[0] <= found.start() < span[1]


# right after an event cue: a day counted back from the sentence's own ("eats breakfast on Sunday
# in front of homes destroyed by an earthquake the day before"): the event has a day of its own,
# so the sentence's date is not its date
_DAY_BEFORE_AFTER = lazy(
    r"\s+(?:the\s+(?:day|night|evening|morning|week)\s+before|the\s+previous\s+(?:day|night|evening|week)"
    r"|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|nights?|weeks?)\s+(?:earlier|before))\b",
    re.IGNORECASE,
)


def _attributive(text: str, found: re.Match[str]) -> bool:
    """True for a cue that describes a noun: a participle ("a collapsed building"; a cue of
    several words starts with its own noun: "a fire started at about 10:50 pm") or an event's
    name before a place or people known by it ("the crash site", "quake victims")."""
    if date_words().named_after_event.match(text, found.end()) is not None and _noun_cue(text, found):
        return True
    return (
        found.group().endswith("ed")
        and not any(c.isspace() for c in found.group())
        and _ARTICLE_BEFORE.search(text, max(0, found.start() - 8), found.start()) is not None
    )


def _noun_cue(text: str, found: re.Match[str]) -> bool:
    """Whether a cue stands as a noun or adjective ("the crash site", "quake-hit areas", "blast
    victims"), not as a verb ("a tornado struck areas of ..."): a past form ("struck",
    "flooded") needs an article, preposition or compound before it; another form ("crash",
    "flood") is a noun unless it follows a name or noun as its verb would ("Cyclone Remal hit")."""
    before = _NOUN_BEFORE.search(text, max(0, found.start() - 12), found.start()) is not None
    if before:
        return True
    word = found.group().split()[0].lower()
    words = date_words()
    return words.past_verb.fullmatch(word) is None and word not in words.verb_only_cues


def _far_cue(
    text: str, first: int, lo: int, span: tuple[int, int], table: FrameTable
) -> tuple[bool, int, str, str, int] | None:
    """The nearest cue earlier in the sentence than a date's window, with no clause break
    between: the subject and verb of a long clause that ends with its time ("a series of
    massive explosions tore through a warehouse … in the Binhai New Area … at around 11:20 p.m.")."""
    best: tuple[bool, int, str, str, int] | None = None
    for event, pattern in table.events.items():
        for found in pattern.finditer(text, first, lo):
            if _attributive(text, found):
                continue
            parted, distance = _parted(text, found.start(), found.end(), *span)
            if not parted and (best is None or distance < best[1]):
                best = (False, distance, found.group().lower(), event, found.start())
    return best


# what parts a cue from a date's own clause: "took off at 10:30 a.m. and lost contact at 10:50
# a.m., officials said" gives 10:50 to 'lost contact', not to 'took off' nor to 'said'
_PARTS_CLAUSES = lazy(r"[,;]|\band\b", re.IGNORECASE)


def _parted(text: str, cue_start: int, cue_end: int, start: int, end: int) -> tuple[bool, int]:
    """(whether a clause break stands between a cue and a date, their distance in characters)."""
    if cue_end <= start:
        between, distance = text[cue_end:start], start - cue_end
    elif cue_start >= end:
        between, distance = text[end:cue_start], cue_start - end
    else:
        return False, 0
    return _PARTS_CLAUSES.search(between) is not None, distance


def has_count_cue(text: str, start: int, end: int, table: FrameTable | None = None) -> bool:
    """True when a role cue governs a number that has no counted noun ("45 were injured",
    "injuring more than 300"): just after it, or just before with only an approximator between."""
    table = table or default_table()
    after = text[end : end + 24]
    before = text[max(0, start - 36) : start]
    near_after = re.match(r"\s+(?:(?:were|was|are|have\s+been|had\s+been|remain|remained|people)\s+)+", after)
    near_before = re.search(
        r"(?:\b\w+)\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+)?$",
        before,
    )
    for pattern, _ in table.roles.values():
        if near_after is not None and pattern.match(after, near_after.end()):
            return True
        if near_before is not None and pattern.match(before, near_before.start()):
            return True
    return False


_WORD = lazy(r"[A-Za-z][\w'-]*")
# the word or two right after a count: "53 Nepalis", "two South Koreans", "15 foreign nationals"
_NEXT_WORDS = r"\s+([A-Za-z][\w'-]*)(?:\s+([A-Za-z][\w'-]*))?"
# a part named after its count: past "of the dead" / "of them" and a copula, or past a copula
# alone ("five were foreigners"), never a bare next word (that is `_NEXT_WORDS`' job)
_PART_SAID = (
    r"(?:\s+of\s+(?:the|them|those|whom)(?:\s+(?!(?:were|was|are|is)\b)[a-z]+)?,?\s+"
    # "Nearly two-thirds of those killed -- 97 -- were women": a dash may close an aside
    r"(?:(?:were|was|are|is)\s+)?|(?:\s*(?:--|[—–]))?\s+(?:were|was|are|is)\s+)(?:all\s+)?([A-Za-z][\w'-]*)"
)


# after the part said past "of the dead ... were": the clause ends there ("14 of the dead were
# Catholic.", "..., officials said", ", but ..."), so the word is the whole part, not "children aged
# under five"
_CLAUSE_ENDS = lazy(
    r"\s*(?:[.;!?]|\Z|,\s+(?:[\w'-]+\s+){0,3}?(?:said|says|reported|added)\b"
    r"|,\s+(?:and|but|although|though|while|whereas|as)\b)",
    re.IGNORECASE,
)


def part_closes_clause(text: str, end: int) -> bool:
    """Whether the part a count is said to be after it ends its clause ("14 of the dead were
    Catholic." but not "3 of the dead were children aged under five")."""
    said = _lazy(_PART_SAID).match(text, end)
    return said is not None and _CLAUSE_ENDS.match(text, said.end()) is not None


def _demonym(word: str) -> str | None:
    """The nationality a capitalised word names, as one lower-case demonym whichever way the
    word writes it ("Nepalis" and "Nepalese" -> nepalese, "Britons" -> british, "Indians" ->
    indian): the first demonym data/countries.tsv gives the people's country, else the word's
    singular (a people no country names: "Arab", "European")."""
    if not word[:1].isupper():
        return None
    known = word_list("demonyms")  # as written, singular: plurals are read below
    for stem in (word.removesuffix("s"), word.removesuffix("es"), word):
        if stem in known:
            return nationality(stem)
    return None


def nationality(demonym: str) -> str:
    """The one lower-case demonym for a people's word (`_demonym`)."""
    word = national_nouns().get(demonym.lower(), demonym)
    return (people_demonym(word) or word).lower()


# a count of people from a country: "27 from Australia", "43 citizens of Malaysia", "192 people
# from the Netherlands" (a possessive is the country's own set: "20 of India's 28 states")
_FROM_COUNTRY = lazy(r"\s+(?:from|of)\s+(?:the\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})(?![\w'’-])")


def _country_part(text: str, end: int) -> str | None:
    """The nationality of a count of people from a country named right after it (the longest
    run of its capitalised words that names one: "the United Kingdom; 4 each")."""
    found = _FROM_COUNTRY.match(text, end)
    if found is None:
        return None
    words = found.group("name").split()
    for size in range(len(words), 0, -1):
        country = named_country(" ".join(words[:size]))
        if country is not None:
            demonym = country_demonym(country)
            return demonym.lower() if demonym else None
    return None


def breakdown_part(text: str, end: int, noun: str | None, table: FrameTable | None = None) -> str | None:
    """The qualifier of a count that breaks a total down by nationality, age group, sex or another
    category ("53 Nepalis", "five Indians", "three infants", "15 foreigners"): such a count is a
    part of the passengers or dead, never the total. Read from the counted noun, else from the
    word or two right after the number (a name-like demonym the noun finder leaves out)."""
    table = table or default_table()
    found = _lazy(_NEXT_WORDS).match(text, end)
    words = [noun] if noun else []
    if found is not None and not noun:
        words += [w for w in found.groups() if w]
    said = _lazy(_PART_SAID).match(text, end)
    if said is not None:
        # "five of the dead were foreigners", "12 of them children", "three were Germans": the
        # part is said after the count, of a set named before it
        words.append(said.group(1))
    for word in words:
        low = word.lower()
        if low in table.part_nouns:
            return table.part_nouns[low]
        demonym = _demonym(word)
        if demonym is not None:
            return demonym
    return _country_part(text, end)


def nationality_part(text: str, end: int, noun: str | None) -> str | None:
    """The nationality a count breaks a total down by ("45 Malaysians", "27 from Australia",
    "193 were Dutch"), if its part is one (`breakdown_part`)."""
    part = breakdown_part(text, end, noun)
    return part if part is not None and is_nationality(part) else None


def is_nationality(word: str) -> bool:
    """Whether a lower-case word is a people's demonym ("dutch", "nepalese", "nepali")."""
    return word in _nationalities() or _demonym(word[:1].upper() + word[1:]) is not None


@functools.cache
def _nationalities() -> frozenset[str]:
    """Every lower-case demonym `_demonym` and `_country_part` may give."""
    words = {nationality(word) for word in word_list("demonyms")}
    return frozenset(words | {word.lower() for word in people_demonyms()})


_LIST_TOKEN = lazy(r"[^\W_]+(?:[-'’][^\W_]+)*|[,;:()–—-]+")
_NUMBER_WORDS = frozenset((*SMALL_NUMBERS, *TENS, *SCALES))


def _list_end(text: str, start: int, stop: int) -> int | None:
    """Where the words of a list of counts that go on from `start` end: the start of the first
    word that is not a number, a capitalised word, punctuation or one of data/list_glue.txt's
    words; `stop` when all are; None when a character no word covers (a full stop, a quotation
    mark) breaks the list first."""
    glue = word_list("list_glue")
    at = start
    for token in _LIST_TOKEN.finditer(text, start, stop):
        if text[at : token.start()].strip():
            return None
        word = token.group()
        listed = word[0].isdigit() or word[0].isupper() or not word[0].isalnum()
        if not listed and word.lower() not in glue and word.lower() not in _NUMBER_WORDS:
            return token.start()
        at = token.end()
    return stop if not text[at:stop].strip() else None


def listed_after_count(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` (after one count of a list, before another) are
    only the list's (`_list_end`)."""
    return _list_end(text, start, end) == end


def _list_verb_role(
    text: str, span: tuple[int, int], sentence: tuple[int, int], noun: str | None, table: FrameTable
) -> tuple[str, str, bool] | None:
    """(role, cue, running) of the verb closing the list a count of a nationality stands in:
    "Two French passengers, a Peruvian crew member and two others died" counts the French dead,
    "seven Japanese, six Filipinos, three Britons and one Frenchman died" the Britons. Only the
    list's words (`_list_end`) may stand between the count and the verb."""
    start, end = span
    own = (_demonym(word) for word in _CAPITALISED.findall(text, start, end))
    if nationality_part(text, end, noun) is None and not any(own):
        return None
    verb = _list_end(text, end, sentence[1])
    if verb is None or verb == sentence[1] or not text[end:verb].strip():
        return None  # no word after the list, or the count's own next word (`verb_role` reads that)
    for role, (pattern, running) in table.roles.items():
        found = pattern.match(text, verb)
        if role not in table.noun_only and found is not None:
            return role, found.group().lower(), running
    return None


_CAPITALISED = lazy(r"\b[A-Z][\w'-]*")


_SHARE_CLASS = lazy(r"(?<![\w-])[A-Z](?![\w-])")  # "Class A", "Series B": a letter names a class


def narrowing_words(text: str, core_end: int, head_start: int, table: FrameTable | None = None) -> list[str]:
    """Words between a number and its counted noun that narrow what it counts: "four AC coaches",
    "five crew members", "two Indian nationals" count a part of the coaches, people aboard or
    victims, so a whole count may exceed them freely. Role cues ("14 derailed coaches",
    "76 injured passengers") and the table's neutral words ("other", "more") say no part."""
    table = table or default_table()
    words = []
    head = _WORD.match(text, head_start)
    # (a class letter says which shares: "20 million Class B shares" are a part)
    issued = (
        head is not None
        and head.group().lower() in table.securities
        and not _SHARE_CLASS.search(text, core_end, head_start)
    )
    for found in _WORD.finditer(text, core_end, head_start):
        word = found.group()
        if word.lower() in table.neutral or any(p.fullmatch(word) for p, _ in table.roles.values()):
            continue
        if issued and word[:1].isupper():
            continue  # "420 million Facebook shares": whose shares, not a part of them
        nation = _demonym(word)
        words.append(nation if nation is not None else word.lower())
    return words
