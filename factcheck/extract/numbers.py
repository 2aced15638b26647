"""Quantities and durations: digits, number words, ordinals, vague quantifiers, approximators,
ranges, percentages and money, each with the counted noun that follows it.

A count whose noun is a unit of time ("30 years", "100 days after the war began", "months
after") is a duration; everything else is a quantity. Vague words and approximators come from
the one table in factcheck.model.quantifiers.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

import msgspec

from factcheck.extract.dates import MONTHS
from factcheck.extract.frames import apposed_person, default_table, has_count_cue, said_person

# the number-word tables live in numberwords.py (quotation words fold them too); re-exported here
from factcheck.extract.numberwords import GLUED_COUNT
from factcheck.extract.numberwords import HYPHENATED_UNIT as HYPHENATED_UNIT
from factcheck.extract.numberwords import SCALES as SCALES
from factcheck.extract.numberwords import SMALL_NUMBERS as SMALL_NUMBERS
from factcheck.extract.numberwords import TENS as TENS
from factcheck.extract.numberwords import words_to_number as words_to_number
from factcheck.extract.temperatures import BELOW_ZERO, readings
from factcheck.extract.text import (
    STOP_WORDS,
    Found,
    SpanSet,
    split_words,
    word_before,
    words_after,
)
from factcheck.lazyre import lazy
from factcheck.model import quantifiers
from factcheck.wordlists import is_plural, phrase_alternation, word_list

# "first" and "second" are left out on purpose: "his first trip" is not a count
ORDINAL_WORDS = {
    word: index + 3
    for index, word in enumerate(
        split_words(
            "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
        )
    )
}


def ordinal_suffix(value: int) -> str:
    """The letters English writes after a figure as an ordinal ("1st", "12th", "23rd")."""
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


# "Rs 4 lakh", "Rs. 50,000", "₹2 lakh": Indian English writes rupees before the figure
CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR", "₹": "INR", "Rs": "INR", "Rs.": "INR"}
# a superlative right after an ordinal makes it a rank ("tenth busiest and third biggest port"),
# whatever stands before it
_RANK_AFTER = lazy(r"[\s-]+(?:most\s+)?[a-z]+est\b|[\s-]+worst\b", re.IGNORECASE)
UNIT_NAMES = {
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "km": "km",
    "kms": "km",  # Indian English plural: "50kms from Chhapra", "120 kms away"
    "miles": "miles",
    "euros": "EUR",  # "14.50 euros a share" is the sum "€14.50" writes, so the two meet
    "euro": "EUR",  # "one euro"
    "percent": "%",
    "per cent": "%",
    "%": "%",
    "metres": "m",
    "meters": "m",
    "metre": "m",
    "meter": "m",
    "mile": "miles",
    "ton": "tonnes",
    "tons": "tonnes",
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "kg": "kg",
    "ft": "feet",  # "38,000ft", "a 35-ft wall": the abbreviation names the same unit as "feet"
    "foot": "feet",  # "a 3-foot pipe": the singular a hyphenated measure takes
    "yards": "yards",  # "330 yards from the bow" (session 33)
    "yard": "yards",  # "a 100-yard stretch"
    "yds": "yards",
    "story": "storeys",  # a building's height: "12-story", "12 storeys", "12 floors" are one unit
    "storey": "storeys",
    "stories": "storeys",
    "storeys": "storeys",
    "floor": "storeys",
    "floors": "storeys",
    "mph": "mph",
    "kmh": "km/h",
    "kmph": "km/h",  # Indian English: "winds of 190 kmph"
    "kph": "km/h",
    "km/h": "km/h",
}
# "80 miles per hour", "130 kilometres an hour": a length noun followed by these is a speed
PER_HOUR = lazy(r"\s+(?:per|an|a)\s+hour\b", re.IGNORECASE)
SPEED_OF = {"miles": "mph", "mile": "mph", "km": "km/h"}
# "180 square kilometres", "70 sq miles": a length unit with "square" before it measures a
# surface; its unit is written "sq <length unit>" so that it converts as an area (frames.py
# AREA_UNITS, frames.yaml units), never as a length (70 square miles is not 70 miles)
AREA_OF = {"km": "sq km", "miles": "sq miles", "m": "sq m", "feet": "sq feet"}
_SQUARE = lazy(r"\b(?:square|sq)\b", re.IGNORECASE)
# time unit -> (DurationClaim unit, factor)
TIME_UNITS = {
    "minute": ("days", 1 / 1440),
    "hour": ("days", 1 / 24),
    "day": ("days", 1.0),
    "week": ("weeks", 1.0),
    "month": ("months", 1.0),
    "year": ("years", 1.0),
    "decade": ("years", 10.0),
}
# a bare plural unit of time ("months after") says at least two of it, fewer than the next unit
BARE_TIME = {
    "hours": ("days", 0.0, 1.0),
    "days": ("days", 2.0, 6.0),
    "weeks": ("weeks", 2.0, 4.0),
    "months": ("months", 2.0, 11.0),
    "years": ("years", 2.0, None),
    "decades": ("years", 20.0, None),
}
QUALIFIER_WORDS = frozenset(
    split_words("civilian civilians confirmed official military documented registered reported estimated")
)
# the qualifiers that also name the people counted ("312 civilians"), not only how a count is made
KINDS_OF_PEOPLE = frozenset({"civilian"})
DEFINITE = frozenset(["the", "these", "those", "both", "its", "their", "his", "her", "our", "your", "my"])

_NUMBER_WORD = "|".join(sorted([*SMALL_NUMBERS, *TENS, *SCALES], key=len, reverse=True))
_SCALE_WORD = "|".join(SCALES)
_AND_AFTER_SCALE = "|".join(f"(?<={w})" for w in SCALES)

AGENCY_SCALES = {"mln": 1e6, "mn": 1e6, "bln": 1e9, "trln": 1e12}

# a headline's title case ("$5 Billion Penalty", "2 MILLION") writes the big scale words the
# same: on the figure's own line, not after a year ("the 1995 Million Man March"), not in a
# hyphenated compound ("Top 10 Million-Dollar Homes": ten homes), nor "Thousand" (the Thousand
# Islands); _title_scale_read checks the rest (a headline line, no capitalised compound)
_TITLE_SCALE = (
    r"(?<!(?<![\d,.])(?:1\d{3}|20\d{2}|2100))[ ]?(?P<tscale>(?i:million|billion|trillion))(?!-)s?\b"
)


def _digits_pattern(title_scale: str) -> str:
    """The pattern of a figure written in digits, with `title_scale` as its headline scale branch."""
    return (
        r"(?<![\w.,/:])(?<![A-Za-z]-)"
        r"(?P<cur>[£$€₹]\s?|Rs\.?\s?)?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?:(?P<ord>st|nd|rd|th)\b"
        # "460-million shares", "$16-billion" (a hyphen, as Canadian Press writes it) is one figure
        r"|(?:\s|-)?(?P<scale>million|billion|trillion|thousand|hundred|lakh|crore)s?\b"
        r"|" + title_scale + r"|\s(?P<spaced_bn>bn)\b"  # "$5 bn" (agency style): "5bn" with a space
        # Reuters' abbreviations of the scale words ("$100 bln", "5 mln barrels", "1.2 trln yen")
        # and "mn" ("222 mn euros", "£200 mn", as Indian agencies write it)
        r"|\s?(?P<agency_scale>bln|mln|trln|mn)\b"
        r"|\s?(?P<speed>km/h|kmph|kmh|kph|mph)\b"
        r"|(?P<abbr>bn|kms|km|Kms|Km|KM|kg|m|ft|k)\b)?"
        r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b))?"
        r"(?![\w/]|[.,:]\d)"
    )


DIGITS = re.compile(_digits_pattern(_TITLE_SCALE))
# "and a half" after the figure, hyphened or not ("three-and-a-half hours"), and then perhaps a
# scale word that takes the whole ("one and a half billion years": 1.5 billion, not 1.5 years)
_AND_A_HALF = (
    r"(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?:\s+(?:thousand|lakh|million|crore|billion|trillion))?)?"
)
WORDS = re.compile(
    rf"\b(?:(?:half[\s-]+)?an?[\s-]+(?=(?:{_SCALE_WORD})\b))?(?:{_NUMBER_WORD})"
    rf"(?:(?:(?:{_AND_AFTER_SCALE})\s+and\s+|\s+|-)(?:{_NUMBER_WORD}))*{_AND_A_HALF}\b",
    re.IGNORECASE,
)
ORDINALS = re.compile(rf"\b(?:{'|'.join(ORDINAL_WORDS)})\b", re.IGNORECASE)
VAGUE = re.compile(
    r"\b(?:" + phrase_alternation(quantifiers.VAGUE_QUANTIFIERS) + r")\b",
    re.IGNORECASE,
)
# "an eventful few months": "a few" with an adjective between
A_FEW = re.compile(r"\ban?\s+[a-z]+\s+few\b", re.IGNORECASE)
BARE_TIME_RE = re.compile(
    r"\b(?P<unit>hours|days|weeks|months|years|decades)(?=\s+(?:after|before|since|later|earlier|ago)\b)",
    re.IGNORECASE,
)
# "a day after the crash", "an hour later", "for a year": one unit of time written with a/an/one
# ("half an hour after": half of one)
ONE_UNIT = re.compile(
    r"\b(?:half\s+an?|a|an|one)(?=\s+(?:minute|hour|day|week|month|year|decade)\s+"
    r"(?:after|before|since|later|earlier|ago)\b)"
    r"|(?<=\bfor\s)(?:a|an|one)(?=\s+(?:minute|hour|day|week|month|year|decade)\b)",
    re.IGNORECASE,
)
# "about a kilometer from the port", "half a mile off the coast": one (or half a) length unit
ONE_LENGTH = r"\b(?:half\s+an?|an?|one)(?=\s+(?:kilometer|kilometre|mile|meter|metre)\b)"
APPROX = lazy(
    r"(?<![\w-])(?P<approx>" + phrase_alternation(quantifiers.APPROXIMATORS) + r")\s+\Z",
    re.IGNORECASE,
)
RANGE_JOIN = re.compile(r"\s*(?:-|–|—|\s+to\s+|\s+and\s+)\s*", re.IGNORECASE)
BETWEEN = re.compile(r"\b(?:between|from)\s+\Z", re.IGNORECASE)
# "first" counts only in "the first X since Y" (there was no X between Y and now); "his first
# trip" alone is not a count
FIRST_SINCE = re.compile(r"\bfirst\b(?=(?:\s+[\w’'-]+){1,8}?\s+since\b)", re.IGNORECASE)
SINCE = lazy(r"\bsince\b", re.IGNORECASE)
ANCHOR_WORDS = frozenset({"after", "before", "since"})
ANCHOR_ALONE = frozenset({"later", "earlier", "ago"})
ANCHOR_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "this", "that"])


class Core(msgspec.Struct):
    """A number as written, before its noun and context are read."""

    start: int
    end: int
    value: float | None = None
    vague: str | None = None
    ordinal: bool = False
    unit: str | None = None  # a unit the number itself carries: %, km, a currency
    scale: bool = False  # "7.1 million", "hundreds": takes "of" before its noun
    words: bool = False  # written in words (needs a counted noun to count as a claim)
    bare_time: str | None = None
    first: bool = False  # "his first trip since …": a count of one
    low: float | None = None  # a range: "10 to 20", "between 10 and 20"
    high: float | None = None
    floor: bool = False  # "100-plus miners": the number or more, as "at least 100 miners" says
    # "36 and 29 solar masses": the figure listed after this bare one, whose noun it shares
    listed_with: Core | None = None
    # "4 minutes, 20 seconds": the smaller unit's part of one length (in days) and where it ends
    plus_days: float = 0.0
    plus_end: int | None = None
    plus_unit: float = 0.0  # days in the smallest unit added so far: a next part must be smaller


# "100-plus trapped miners", "a 4,200-plus crowd": the figure is a floor, not an exact count
_PLUS_AFTER = lazy(r"-plus\b", re.IGNORECASE)


def _floors_marked(text: str, cores: list[Core]) -> list[Core]:
    """A plain figure written with '-plus' after it is the least it can be ('at least')."""
    for core in cores:
        if core.value is None or core.unit is not None or core.ordinal or core.low is not None:
            continue
        plus = _PLUS_AFTER.match(text, core.end)
        if plus is not None:
            core.end, core.floor = plus.end(), True
    return cores


def find_numbers(text: str) -> list[Found]:
    """Every quantity and duration in `text`, as Found items (no subjects yet)."""
    cores = _compound_lengths(text, _merge_ranges(text, _cores(text)))
    cores = _listed_nouns_shared(text, _floors_marked(text, cores))
    found: list[Found] = []
    for core in cores:
        if core.unit == BELOW_ZERO:
            continue  # "-18C": a claim's value is never negative, and 18 would be wrong
        item = _read(text, core)
        if item is not None:
            found.append(item)
    return found


# a length written in two units, the larger first: "4 minutes, 20 seconds", "2 hours and 40
# minutes", "2 hours 40 minutes", "3 days, 4 hours" (units of days and shorter: one unit, days)
_DAY_PARTS = {"day": 1.0, "hour": 1 / 24, "hr": 1 / 24, "minute": 1 / 1440, "min": 1 / 1440}
_DAY_PARTS |= {"second": 1 / 86400, "sec": 1 / 86400}
_PART = r"(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)"
_LARGER_PART = lazy(rf"\s+(?P<unit>{_PART}){_JOIN}\Z", re.IGNORECASE)
_NEXT_JOIN = lazy(rf"{_JOIN}\Z", re.IGNORECASE)
_SMALLER_PART = lazy(rf"\s+(?P<unit>{_PART})\b", re.IGNORECASE)
# "one minute and 17 seconds": "one", mostly a pronoun alone, is a figure before a compound's part
_ONE_THEN_PART = lazy(
    rf"\s+(?:days?|hours?|hrs?|minutes?|mins?){_JOIN}(?:\d{{1,2}}|[a-z]+(?:-[a-z]+)?)\s+{_PART}\b",
    re.IGNORECASE,
)


def _part_days(word: str) -> float:
    """Days in a unit of `_PART` ("Minutes" -> 1/1440)."""
    return _DAY_PARTS[word.lower().removesuffix("s")]


def _compound_lengths(text: str, cores: list[Core]) -> list[Core]:
    """One length from a figure of a unit of time and figures of smaller ones right after it
    ("4 minutes, 20 seconds" is 260 seconds, not 4 minutes and a count of 20 seconds; "2 hours,
    1 minute, 39 seconds"); each part must be of a smaller unit than the one before, and less
    than one of it ("2 hours, 61 minutes" is no compound)."""
    kept: list[Core] = []
    for core in cores:
        prev = kept[-1] if kept else None
        if prev is None or not (_plain(prev) and _plain(core) and _part_added(text, prev, core)):
            kept.append(core)
    return kept


def _part_added(text: str, prev: Core, core: Core) -> bool:
    """Add `core` to the length `prev` opens when it is its next, smaller part; whether it was."""
    if prev.plus_end is None:
        larger = _LARGER_PART.match(text[: core.start], prev.end)
        if larger is None:
            return False
        big = _part_days(larger.group("unit"))
    elif _NEXT_JOIN.match(text[: core.start], prev.plus_end) is not None:
        big = prev.plus_unit
    else:
        return False
    smaller = _SMALLER_PART.match(text, core.end)
    if smaller is None:
        return False
    small = _part_days(smaller.group("unit"))
    part = (core.value or 0.0) * small
    if not (small < big and part < big):
        return False
    prev.plus_days, prev.plus_end, prev.plus_unit = prev.plus_days + part, smaller.end(), small
    return True


def length_in_parts(seconds: float) -> str | None:
    """A length of whole seconds that hours or minutes to two decimals would round ("2 hours, 1
    minute, 39 seconds" is no "2.03 hours"), in its parts: "2 h 1 min 39 s"; else None."""
    whole = round(seconds)
    shown = seconds / 3600 if seconds >= 3600 else seconds / 60  # as hours, or as minutes
    if abs(seconds - whole) > 1e-6 or abs(shown - round(shown, 2)) < 1e-9:
        return None  # not whole seconds, or said exactly so ("3.5 hours", "4 minutes")
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [(hours, "h"), (minutes, "min"), (secs, "s")]
    return " ".join(f"{n} {unit}" for n, unit in parts if n)


def _plain(core: Core) -> bool:
    """A figure alone: no unit, rank, range or vague word of its own."""
    return (
        core.value is not None
        and core.unit is None
        and not core.ordinal
        and core.low is None
        and core.vague is None
    )


# what joins two figures of one list: "36 and 29", "5, 7 and 9", "5 and 7 million dollars" (not
# "or": "12 or 13 years" is one length, not known more closely, and not two)
_LIST_JOIN = lazy(r"\s*(?:,\s*(?:and\s+)?|\sand\s+)")
# a comma between two figures: a list's only if it has a third member ("3, 5 and 7 km"); between
# two it ends a clause ("the toll rose to 142, 110 bodies identified", "killed 5, and 7 million
# dollars of crops were lost")
_COMMA = lazy(r"\s*,\s*")


def _listed_nouns_shared(text: str, cores: list[Core]) -> list[Core]:
    """A bare figure listed before another shares that one's noun or unit: "black holes of 36
    and 29 solar masses" are two masses, not 36 people and 29 masses; "5 and 7 million dollars"
    are two sums (the scale too: `_range`'s rule). Each bare figure takes the noun of the last
    figure of its list, read from the right ("3, 5 and 7 km"). Not a year ("in 2015 and 30
    people died"), an ordinal, a number word (a bare "two" counts nothing on its own anyway) or a
    figure with a unit of its own, nor one that names ("Flight 9525, 144 passengers")."""
    pairs = list(itertools.pairwise(cores))
    for at in reversed(range(len(pairs))):
        prev, core = pairs[at]
        if not _bare_listed(text, prev) or core.value is None or core.ordinal or core.vague is not None:
            continue
        join = _LIST_JOIN.fullmatch(text, prev.end, core.start)
        if join is None or core.low is not None:
            continue
        if "," in join.group() and not _third_member(text, pairs, at):
            continue
        owner = core.listed_with or core
        prev.listed_with = owner
        if owner.scale and not prev.scale and _scaled_low(prev, owner):
            prev.value = (prev.value or 0.0) * (owner.value or 0.0) / max(1.0, _leading(owner.value or 0.0))
            prev.scale = True
        prev.unit = prev.unit or owner.unit
    return cores


def _third_member(text: str, pairs: list[tuple[Core, Core]], at: int) -> bool:
    """Whether the figures of `pairs[at]`, joined by a comma, have a third one listed with them:
    "3, 5 and 7 km" (5 is listed with 7), "5, 7, and 9 km" (5 before 7), not "142, 110 bodies"."""
    prev, core = pairs[at]
    if _COMMA.fullmatch(text, prev.end, core.start) is not None:
        return core.listed_with is not None  # "3, 5" of "3, 5 and 7 km"
    # ", and": "7, and 9" of "5, 7, and 9 km"
    return at > 0 and _COMMA.fullmatch(text, pairs[at - 1][0].end, prev.start) is not None


def _scaled_low(low: Core, high: Core) -> bool:
    """Whether a list's scale word is the bare figure's too: "5 and 7 million" (5 is far below 7
    million), not "900 and 1.2 million" (two figures written as they are)."""
    return low.value is not None and high.value is not None and low.value < high.value / 100


def _bare_listed(text: str, core: Core) -> bool:
    """A plain figure in digits, with no unit, scale, range or rank: one that may share a noun."""
    if core.value is None or core.words or core.ordinal or core.unit or core.scale or core.low is not None:
        return False
    digits = text[core.start : core.end]
    return not (digits.isdigit() and 1800 <= core.value <= 2100) and not _names_something(text, core)


def _cores(text: str) -> list[Core]:
    cores: list[Core] = []
    for match in DIGITS.finditer(text):
        if match.group("tscale") and not _title_scale_read(text, match):
            match = _DIGITS_PLAIN.match(text, match.start()) or match
        core = _digit_core(match)
        if core is not None:
            cores.append(core)
    for match in WORDS.finditer(text):
        value = words_to_number(match.group())
        if value is None or (match.group().lower() == "one" and not _ONE_THEN_PART.match(text, match.end())):
            continue  # "one" alone is mostly a pronoun ("one of them")
        is_scale = match.group().lower().split()[-1] in SCALES
        cores.append(Core(match.start(), match.end(), value=value, words=True, scale=is_scale))
    for match in ORDINALS.finditer(text):
        before = word_before(text, match.start())
        if (before is None or before[2].lower() not in DEFINITE | {"a", "an"}) and not _RANK_AFTER.match(
            text, match.end()
        ):
            continue  # "third party cookies": an ordinal counts only as "the/his sixth …" or a rank
        value = float(ORDINAL_WORDS[match.group().lower()])
        cores.append(Core(match.start(), match.end(), value=value, ordinal=True, words=True))
    for match in FIRST_SINCE.finditer(text):
        cores.append(Core(match.start(), match.end(), value=1.0, ordinal=True, words=True, first=True))
    for match in VAGUE.finditer(text):
        key = quantifiers.normalise(match.group())
        if key in ("scores", "a couple") and not re.match(r"\s+of\b", text[match.end() :]):
            continue  # "he scores", "a couple" (two people) are not counts
        cores.append(Core(match.start(), match.end(), vague=key, scale=True))
    for match in A_FEW.finditer(text):
        cores.append(Core(match.start(), match.end(), vague="a few", scale=True))
    for match in ONE_UNIT.finditer(text):
        half = match.group().lower().startswith("half")  # "half an hour after": 0.5 hours
        cores.append(Core(match.start(), match.end(), value=0.5 if half else 1.0, words=True))
    for match in _pattern(ONE_LENGTH).finditer(text):
        half = match.group().lower().startswith("half")
        cores.append(Core(match.start(), match.end(), value=0.5 if half else 1.0, words=True))
    for match in BARE_TIME_RE.finditer(text):
        cores.append(Core(match.start(), match.end(), bare_time=match.group("unit").lower()))
    cores += _hyphenated_magnitudes(text)
    cores += _temperatures(text)
    return _counted_units_dropped(text, _drop_overlaps(_measures_tagged(text, cores)))


# "magnitude-5.9" (the digits regex skips numbers glued to a word by a hyphen)
MAGNITUDE_AFTER_WORD = re.compile(r"\bmagnitude-(\d(?:\.\d+)?)\b", re.IGNORECASE)
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:[- ]|\s+(?:of|at|as)\s+)\Z", re.IGNORECASE)
# "..., while the bureau put it at 6.0": a second reading of a magnitude named earlier in the
# sentence, its decimal after a reading verb and "it at/as"
READING_AGAIN = (
    r"\b(?:put|puts|measured|measures|rated|gave|gives|registered|recorded|estimated)\s+it\s+(?:at|as)\s+\Z"
)
MAGNITUDE_EARLIER = r"\bmagnitude\b(?:[^.!?]|\.(?=\d))*\Z"


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """A case-blind pattern, compiled on first use (not at import: most runs never need it)."""
    return re.compile(source, re.IGNORECASE)


# "6.1 on the Richter scale", and agencies' "7 degrees on the Richter scale" (a magnitude, no
# count of degrees)
MAGNITUDE_AFTER = re.compile(
    r"-?\s?(?:magnitude\b|(?:degrees?\s+)?on\s+the\s+richter\b|richter\b)", re.IGNORECASE
)
# "21-year-old", "21 years old", and tokenised text's "21 - year - old"; a baby's age in months,
# weeks or days ("six-month-old", "a 10-day-old girl") is an age too, never a count
AGE_AFTER = re.compile(
    r"(?:\s?-\s?(?P<unit>year|month|week|day)s?\s?-\s?old\b|\s+(?P<spaced>year|month|week|day)s?\s+old\b)",
    re.IGNORECASE,
)


def _hyphenated_magnitudes(text: str) -> list[Core]:
    """'magnitude-5.9': a magnitude the digits regex leaves out."""
    return [
        Core(m.start(1), m.end(1), value=float(m.group(1)), unit="magnitude")
        for m in MAGNITUDE_AFTER_WORD.finditer(text)
    ]


def _temperatures(text: str) -> list[Core]:
    """'40.3C', '49.3°C', '40 degrees Celsius': a reading with its scale (extract/temperatures.py),
    longer than the bare figure or count of degrees it would else be read as; one below zero
    ('-18C', 'minus nine degrees Celsius') is kept as a core only to be dropped (find_numbers)."""
    cue = default_table().measures.get("temperature")
    return [Core(start, end, value=value, unit=unit) for start, end, value, unit in readings(text, cue)]


# a currency glued on after a scale word ("the 222-million-euro clause"), as written -> its unit
HYPHENATED_CURRENCIES = {"euro": "EUR", "dollar": "USD", "pound": "GBP", "rupee": "INR", "yuan": "yuan"}
_HYPHENATED_CURRENCY = lazy(r"-(?P<currency>euro|dollar|pound|rupee|yuan)(?![\w-])", re.IGNORECASE)


def _measures_tagged(text: str, cores: list[Core]) -> list[Core]:
    """A bare number written with 'magnitude' is a magnitude; with '-year-old' an age."""
    for core in cores:
        if core.value is None or core.unit is not None or core.ordinal:
            continue
        if (
            MAGNITUDE_AFTER.match(text, core.end)
            or MAGNITUDE_BEFORE.search(text, max(0, core.start - 14), core.start)
            or _magnitude_again(text, core)
        ):
            core.unit = "magnitude"
        elif (age := AGE_AFTER.match(text, core.end)) is not None:
            core.unit = f"{(age.group('unit') or age.group('spaced')).lower()}s-old"
        elif (glued := _pattern(HYPHENATED_UNIT).match(text, core.end)) is not None:
            core.unit = UNIT_NAMES[glued.group("unit").lower()]
        elif (counted := _pattern(GLUED_COUNT).match(text, core.end)) is not None:
            # "the 4,200-passenger ship", "a 74-page manifesto": a count of its glued noun, not of people
            noun = counted.group("noun").lower()
            core.unit = "seats" if noun == "seater" else f"{noun}s"
        elif core.scale and (money := _HYPHENATED_CURRENCY.match(text, core.end)) is not None:
            # "the 222-million-euro release clause", "a 5-million-dollar home": a sum
            core.unit = HYPHENATED_CURRENCIES[money.group("currency").lower()]
            core.end = money.end()
        elif apposed_age(text, core.start, core.end, core.value):
            core.unit = "years-old"
    return cores


# after a person's age set off by commas ("Savita Kumari, 12, said"): a comma, a full stop, a
# semicolon or a verb closes it
APPOSED_CLOSE = lazy(r"\s?(?:,(?!\d)|\.(?!\d)|;|\s(?:said|says|told|who|was|is|of|from)\b)")


def apposed_age(text: str, start: int, end: int, value: float | None) -> bool:
    """Whether a bare whole number is a person's age set off after the name ("Higgs, 83,"),
    or after ", who is" ("Higgs, who is 83,")."""
    if value is None or not 1 <= value <= 120 or value != int(value):
        return False
    if APPOSED_CLOSE.match(text, end) is None:
        return False
    return apposed_person(text, start) is not None or said_person(text, start, bare=True) is not None


def _magnitude_again(text: str, core: Core) -> bool:
    """Whether a decimal is a second reading of a magnitude named earlier in its sentence
    ("the USGS measured magnitude 6.4, while the bureau put it at 6.0")."""
    if not re.fullmatch(r"\d\.\d", text[core.start : core.end]):
        return False
    return bool(
        _pattern(READING_AGAIN).search(text, max(0, core.start - 24), core.start)
        and _pattern(MAGNITUDE_EARLIER).search(text, max(0, core.start - 240), core.start)
    )


def _counted_units_dropped(text: str, cores: list[Core]) -> list[Core]:
    """'100 days after': the unit belongs to the number, it is not a bare 'days after' too."""
    kept: list[Core] = []
    for core in cores:
        if core.bare_time and kept and re.fullmatch(r"\s+(?:of\s+)?", text[kept[-1].end : core.start]):
            continue
        kept.append(core)
    return kept


# DIGITS without the headline's title-case scale word, for a figure whose "Million" is not one:
# the branch can never match ("(?!)"), and keeps its group for _digit_core
_DIGITS_PLAIN = lazy(_digits_pattern(r"(?!)" + _TITLE_SCALE))
_LINE_WORD = lazy(r"[A-Za-z][A-Za-z'’]*")
_NEXT_WORD = lazy(r"[ \t]+([A-Za-z][A-Za-z'’]*)")


def _title_scale_read(text: str, match: re.Match[str]) -> bool:
    """Whether a title-case or capitalised scale word ("$5 Billion Penalty", "143 Million
    Consumers", "2 MILLION People") scales its figure: only on a headline line, one whose every word
    of four letters or more is capitalised, and only when the next word is lower case, punctuation,
    the line end, or a plural noun ("Consumers", "People"); after a figure with a currency sign any
    word ("$5 Billion Penalty"). Without one, a singular capitalised word after it makes a
    compound ("10 Million Dollar Homes", "3 Million Pound Striker", "Million Man March"): the
    figure is read bare."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if any(w[0].islower() for w in _LINE_WORD.findall(line) if len(w) >= 4):
        return False
    after = _NEXT_WORD.match(text, match.end())
    if after is None:
        return True  # the line end or punctuation
    word = after.group(1)
    return word[0].islower() or bool(match.group("cur")) or is_plural(word)


# what "m" (or "bn", "k") glued on a bare figure scales rather than measures: a currency or
# people ("222m euros", "40m people"), which no one measures in metres
_MILLIONS_OF = lazy(
    r"\s+(?:euros?|dollars?|pounds?|rupees?|reais|yen|yuan|francs?|naira|roubles?|rubles?|people)\b",
    re.IGNORECASE,
)


def _digit_core(match: re.Match[str]) -> Core | None:
    digits = match.group("num").replace(",", "")
    if len(digits.replace(".", "")) > 15:
        return None  # an identifier or a hash, not a count
    value = float(digits)
    unit = None
    if match.group("cur"):
        unit = CURRENCIES[match.group("cur").strip()]
    scale = (match.group("scale") or match.group("tscale") or "").lower()
    scale = scale or match.group("abbr") or match.group("spaced_bn")
    if scale in SCALES:
        value *= SCALES[scale]
    elif match.group("agency_scale"):
        # a scale on its own, with or without a currency: unlike "m" (metres) it names no unit
        value *= AGENCY_SCALES[match.group("agency_scale")]
    elif scale in ("m", "bn", "k") and (unit is not None or _MILLIONS_OF.match(match.string, match.end())):
        # "£2.3bn", "€222m"; "222m euros", "40m people": a currency or people after it, no metres
        value *= {"m": 1e6, "bn": 1e9, "k": 1e3}[scale]
    elif scale is not None:
        # "100Km", "38,000ft": an abbreviation glued on in any case names the same unit
        unit = UNIT_NAMES.get(scale.lower(), scale)
    if match.group("speed"):
        unit = UNIT_NAMES[match.group("speed").lower()]
    if match.group("pct"):
        unit = "%"
    return Core(
        match.start(),
        match.end(),
        value=value,
        ordinal=bool(match.group("ord")),
        unit=unit,
        scale=bool(match.group("scale") or match.group("tscale")),
    )


def _drop_overlaps(cores: list[Core]) -> list[Core]:
    """Keep the longest of overlapping cores ("tens of thousands" over "thousands")."""
    kept: list[Core] = []
    taken = SpanSet()
    for core in sorted(cores, key=lambda c: (-(c.end - c.start), c.start)):
        if taken.free(core.start, core.end):
            kept.append(core)
            taken.add(core.start, core.end)
    return sorted(kept, key=lambda c: c.start)


def _merge_ranges(text: str, cores: list[Core]) -> list[Core]:
    """'10 to 20', '10-20', 'between 10 and 20' become one core with low/high."""
    merged: list[Core] = []
    for core in cores:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.value is not None
            and core.value is not None
            and not prev.ordinal
            and not core.ordinal
            and prev.end < core.start
            # "rose 12% to £5bn": a change and the new level are no range; a range writes its
            # unit on the high end ("5 to 7%"), and on the low end only when on both ("£5m-£7m")
            and (not prev.unit or prev.unit == core.unit)
        ):
            gap = text[prev.end : core.start]
            is_and = gap.strip().lower() == "and"
            window = max(0, prev.start - 12)
            between = BETWEEN.search(text[window : prev.start])
            if RANGE_JOIN.fullmatch(gap) and (not is_and or between) and core.value >= prev.value:
                merged[-1] = _range(prev, core)
                if between is not None:
                    merged[-1].start = window + between.start()  # "between 10 and 20" as a whole
                continue
        merged.append(core)
    return merged


def _range(low: Core, high: Core) -> Core:
    """One core from two: "7 to 8 million" scales the low end too."""
    low_value = low.value or 0.0
    high_value = high.value or 0.0
    if high.scale and not low.scale and low_value < high_value / 100:
        low_value *= high_value / max(1.0, _leading(high_value))
    return Core(
        low.start,
        high.end,
        unit=high.unit or low.unit,
        scale=high.scale,
        words=low.words,
        low=low_value,
        high=high_value,
    )


def _leading(value: float) -> float:
    """The significant part of a scaled number (8e6 -> 8)."""
    while value >= 1000 and value % 1000 == 0:
        value /= 1000
    return value


def _read(text: str, core: Core) -> Found | None:
    """Read the noun, approximator and anchor around a core; decide quantity or duration."""
    if core.bare_time is not None:
        return _bare_duration(text, core)
    if core.first:
        return _first_since(text, core)
    noun = _counted_noun(text, core)
    # shares something with its list: a unit or scale (given by `_listed_nouns_shared`) or a noun
    listed = core.listed_with is not None and (core.unit is not None or core.scale)
    if noun is None and core.listed_with is not None:
        noun = _counted_noun(text, core.listed_with)
        if noun is not None:  # the list's noun, the figure's own span: "36" of "36 and 29 masses"
            noun = (core.end, core.end, noun[2], noun[3])
            listed = True
    low, high = core.low, core.high
    glued = _glued_time(text, core)
    if glued is not None:  # "a 15-year sentence", "a 10-day trial": a length of time
        return _duration(
            text,
            core,
            core.start,
            glued.end(),
            TIME_UNITS[glued.group("unit").lower()],
            None,
            low,
            high,
            glued.group("unit").lower(),
        )
    if not _worth_keeping(text, core, noun):
        return None
    start, end = core.start, noun[1] if noun else core.end
    named = _uncounted_word(text, core) if noun is None else None
    if named is not None:  # "4.2 million naira": a count of naira, whatever they are
        core.unit, end = named[2].lower(), named[1]
    approx = None
    point = _point_quantifier(core.vague)
    if (core.value is not None or point is not None) and not core.ordinal:
        found = APPROX.search(text, max(0, start - 30), start)
        if found is not None:
            approx = quantifiers.normalise(found.group("approx"))
            start = found.start()
        elif core.floor:
            approx = "at least"
    head = noun[2].lower() if noun else ""
    time_unit = TIME_UNITS.get(head.rstrip("s")) if head else None
    if time_unit is not None and not core.ordinal and core.unit is None:
        return _duration(
            text, core, start, max(end, core.plus_end or end), time_unit, approx, low, high, head
        )
    unit = core.unit or UNIT_NAMES.get(head, head)
    if unit in AREA_OF and _SQUARE.search(text, core.end, end):
        unit = AREA_OF[unit]
    if unit in SPEED_OF and PER_HOUR.match(text, end):
        unit, end = SPEED_OF[unit], PER_HOUR.match(text, end).end()  # type: ignore[union-attr]
    fields: dict[str, Any] = {
        "unit": unit,
        "qualifiers": noun[3] if noun else [],
    }
    if core.vague is not None and point is not None and quantifiers.pointing(approx) is not None:
        # "injured over a dozen": the dozen is a figure a one-sided approximator moves (more than
        # 12), as in "over 12"; "a dozen" alone and "about a dozen" (a rounding of a round
        # number) stay the quantifier
        fields.update(value=point, approx=approx)
    elif core.vague is not None:
        fields["vague"] = core.vague
    elif low is not None:
        fields.update(low=low, high=high)
    else:
        fields.update(value=core.value, approx=approx)
    return Found(
        "quantity",
        start,
        end,
        fields,
        focus=text[core.start : end],
        extras={
            "noun": noun[2] if noun else None,
            "core": (core.start, core.end),
            "ordinal": core.ordinal,
            # nothing shared ("the toll is 12 and 6 injured"): the figure keeps its own frame
            "listed": listed,
        },
    )


def _point_quantifier(vague: str | None) -> float | None:
    """The one figure a vague quantifier stands for ("a dozen" is 12), None for a range ("a few")."""
    if vague is None:
        return None
    try:
        low, high = quantifiers.vague_interval(vague)
    except KeyError:
        return None
    return low if low == high else None


# a unit of time hyphened onto a figure before a noun ("a 15-year sentence", "a 10-day trial"); not
# an age ("15-year-old": AGE_AFTER) nor a rank ("the 15th-year")
_GLUED_TIME = lazy(rf"-(?P<unit>{'|'.join(TIME_UNITS)})s?(?![\w-])", re.IGNORECASE)


def _glued_time(text: str, core: Core) -> re.Match[str] | None:
    """The unit of time hyphened onto a plain figure (no unit of its own, no ordinal), if any."""
    if core.value is None or core.unit is not None or core.ordinal or core.vague is not None:
        return None
    return _GLUED_TIME.match(text, core.end)


def _first_since(text: str, core: Core) -> Found | None:
    """'his first trip abroad since the start of the war': one trip in that time."""
    noun = _counted_noun(text, core)
    since = SINCE.search(text, core.end)
    if noun is None or since is None:
        return None
    end, anchor, _ = _anchor(text, since.start())
    fields: dict[str, Any] = {"unit": noun[2].lower(), "value": 1.0}
    extras = {"noun": noun[2], "core": (core.start, core.end), "first": True}
    return Found(
        "quantity", core.start, end, fields, focus=text[core.start : end], anchor=anchor, extras=extras
    )


# an emergency number before what answers it ("911 services affected in Alaska, ...", "Emergency
# 911 systems", "999 lines", "112 call centres"): the number names the service, it counts nothing
# (session 25 review: "911 services" met "8.5 million Windows devices" as a count of the affected)
_EMERGENCY_NUMBERS = frozenset(["911", "999", "112"])
_EMERGENCY_NOUNS = frozenset(
    word + plural
    for word in ("service", "call", "line", "operator", "system", "dispatcher", "center", "centre", "outage")
    for plural in ("", "s")
)


def _emergency_number(text: str, core: Core, noun: tuple[int, int, str, list[str]] | None) -> bool:
    """A bare 911, 999 or 112 right before a word for the service it dials ("911 services", "911
    call centers"): a name, not a count."""
    if noun is None or text[core.start : core.end] not in _EMERGENCY_NUMBERS:
        return False
    words = words_after(text, core.end, 2)
    return bool(words) and any(w[2].lower() in _EMERGENCY_NOUNS for w in words[:2])


def _worth_keeping(text: str, core: Core, noun: tuple[int, int, str, list[str]] | None) -> bool:
    """Drop what is not a count: years, bare number words, 'the two countries', a clock's or a
    phone number's digits ('0234 GMT'), an emergency number ('911 services')."""
    if _LEADING_ZERO.fullmatch(text, core.start, core.end) and not _time_noun(noun):
        return False  # "(0234, 0425 GMT)", "0800 0961 233": no count is written with a leading zero
    if _emergency_number(text, core, noun):
        return False  # "911 services affected in Alaska": the number names the service
    if noun is None and core.unit is None and (core.value is not None or core.low is not None):
        year = core.value is not None and 1800 <= core.value <= 2100 and core.value.is_integer()
        if not year and has_count_cue(text, core.start, core.end):
            return True  # "45 were injured", "injuring more than 300": the verb names the count
    if core.value is not None and core.unit is None and noun is None:
        if core.words or core.ordinal:
            return False  # "two" with nothing counted after it, "sixth" alone
        if 1800 <= core.value <= 2100 and core.value.is_integer():
            return False  # a year ("© 2019")
        if _names_something(text, core):
            return False
    if core.words and not core.ordinal and core.value is not None and core.unit is None:
        before = word_before(text, core.start)
        if before is not None and before[2].lower() in DEFINITE and not _owned_length(before, noun):
            return False  # "the two leaders" refers back; it states no count
    return not (core.vague is not None and noun is None and core.vague not in ("several", "a dozen"))


# digits with a leading zero and no point: a 24-hour clock ("0234 GMT"), a phone number or a code;
# a count is never written so, a length's part may be ("2 hours 01 minute": `_time_noun`)
_LEADING_ZERO = lazy(r"0\d+")


def _time_noun(noun: tuple[int, int, str, list[str]] | None) -> bool:
    """Whether a counted noun is a unit of time ("01 minutes")."""
    return noun is not None and noun[2].lower().rstrip("s") in TIME_UNITS


def _names_something(text: str, core: Core) -> bool:
    """Whether a bare figure is part of a name or an identifier, not a count."""
    before = word_before(text, core.start)
    if before is not None and before[2][:1].isupper() and before[2].lower() not in DEFINITE:
        return True  # part of a name: "Channel 1", "Apollo 11" (not "The 58 were taken ill")
    if before is not None and before[2].lower() in default_table().identifiers:
        return True  # an identifier: "train 19321", "flight 370"
    return _names_rather_than_counts(text, core)  # "the 12506 Kamakhya Express", "(12506)"


# owners whose "six days" is a length they spent ("his six days on the lam", "their 17 days
# underground"), where "the two days" may only refer back to two days named before
_OWNERS = frozenset(["his", "her", "its", "their", "our", "your", "my"])


def _owned_length(before: tuple[int, int, str], noun: tuple[int, int, str, list[str]] | None) -> bool:
    """A time spelled out after an owner: "his six days on the lam" states how long, unlike "the
    two leaders", which refers back."""
    if noun is None or before[2].lower() not in _OWNERS:
        return False
    return noun[2].lower().rstrip("s") in TIME_UNITS


# five or more digits with no thousands separator: a number that names (a train, a case, a
# phone), since counts that large are written "12,506" in news prose
_LONG_DIGITS = lazy(r"\d{5,}")


def _names_rather_than_counts(text: str, core: Core) -> bool:
    """A bare number that is an identifier: a long run of unseparated digits, or a number in
    brackets right after a name ("North East Express (12506)")."""
    if _LONG_DIGITS.fullmatch(text, core.start, core.end):
        return True
    if text[core.start - 1 : core.start] != "(" or text[core.end : core.end + 1] != ")":
        return False
    before = word_before(text, core.start - 1)
    return before is not None and before[2][:1].isupper()


def _uncounted_word(text: str, core: Core) -> tuple[int, int, str] | None:
    """The word a scaled figure with no counted noun is of, when it names neither people nor
    anything the unit and currency tables know: "4.2 million naira", "3 million cedi". A singular
    noun is no counted plural, so `_counted_noun` passes it by, and a figure counting nothing
    would be read as people; a currency the tables do not list must not make a count of people.
    Not a role's word ("1.2 million dead", "2 million homeless": people in a state), a stop word,
    a word opening a time ("4.2 million last year") or a verb's -ed/-ing form ("1.5 million
    visited"); the word must close its clause (punctuation or the end next, or a bracketed
    conversion), so a verb or adjective leading on ("2 million live in", "a 3 million strong
    crowd") is not taken for it."""
    if core.unit is not None or not core.scale or core.value is None or core.vague is not None:
        return None
    words = words_after(text, core.end, 2)
    if not words or not re.fullmatch(r"\s+", text[core.end : words[0][0]]):
        return None
    word = words[0]
    low = word[2].lower()
    if not word[2].isalpha() or not word[2].islower() or low in STOP_WORDS or low in TIME_OPENERS:
        return None
    if is_plural(word[2]) or low in UNIT_NAMES or low in TIME_UNITS or low == "of":
        return None
    table = default_table()
    if any(pattern.match(text, word[0]) for pattern, _ in table.roles.values()):
        return None
    if low.endswith(("ed", "ing")):
        return None  # "1.5 million visited", "2 million voting": a verb, people doing it
    if low.endswith(("ly", "wide")) or low in FIGURE_ADVERBS:
        return None  # "1.2 million worldwide", "2 million strong": how or where, not a unit
    if not _CLOSED.match(text, word[1]):
        return None  # "3 million strong crowd", "2 million live in": not a noun ending its phrase
    return word


# what may follow the word a scaled figure is of: its clause or sentence ends, or a conversion
_CLOSED = lazy(r"\s*(?:[,.;:!?)(\u2013\u2014]|-\s|\Z)")


# adverbs and adjectives that close a figure's clause without naming its unit ("worldwide")
FIGURE_ADVERBS = word_list("figure_adverbs")


# words that open a time adverbial after a figure ("rose to 1,200,000 last year"): what follows
# says when, not what the figure counts
TIME_OPENERS = word_list("time_openers")


# a dotted abbreviation ("U.S", "U.K"): never the counted noun, however it ends
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")


def _counted_noun(text: str, core: Core) -> tuple[int, int, str, list[str]] | None:
    """(start, end, head word, qualifiers) of the noun phrase a number counts, if any."""
    if core.unit is not None and core.unit != "%" and core.unit not in CURRENCIES.values():
        return None  # "500km": the unit is written on the number
    words = words_after(text, core.end, 7)
    if words and words[0][2].lower() == "of" and (core.scale or core.vague):
        words = words[1:]  # "hundreds of deaths", "7.1 million of"
    if words and _ABBREVIATION.fullmatch(words[0][2]):
        # "13,000 U.S. auto workers": a dotted abbreviation describes the noun after its dot
        words = words_after(text, words[0][1] + int(text.startswith(".", words[0][1])), 6)
    if len(words) > 1 and words[0][2].lower() == "other" and words[1][2].lower() not in STOP_WORDS:
        # "six other miners": miners (frames.yaml `neutral` keeps it unnarrowed); "five other
        # Caspian countries": countries, as "five Caspian countries" counts them
        words = words[1:]
    titled = core.ordinal and bool(words) and words[0][2][:1].isupper()
    taken: list[tuple[int, int, str]] = []
    for word in words:
        low = word[2].lower()
        if low in STOP_WORDS or low in TIME_OPENERS or (titled and not word[2][:1].isupper()):
            break
        taken.append(word)
        if not titled and (is_plural(word[2]) or low in UNIT_NAMES or low in TIME_UNITS or core.ordinal):
            break  # an ordinal orders the word right after it: "the 11th floor", not what follows
        if len(taken) >= 5:
            break
    if not taken:
        return None
    head = taken[-1]
    low_head = head[2].lower()
    counted = is_plural(head[2]) or low_head in UNIT_NAMES or low_head in TIME_UNITS
    if not titled and not counted and core.value != 1 and not core.ordinal:
        return None  # "two small" without a plural noun: not a count we can name
    qualifiers = [w[2].lower() for w in taken[:-1] if w[2].lower() in QUALIFIER_WORDS]
    return head[0], head[1], head[2], _head_qualifiers(text, head, qualifiers)


def _head_qualifiers(text: str, head: tuple[int, int, str], qualifiers: list[str]) -> list[str]:
    """The qualifiers of a counted noun phrase, the same however the kind of people is written:
    before the noun ("312 civilian deaths"), as the noun ("312 civilians killed"), or in an "of"
    complement after it ("312 deaths of civilians"), each as its adjective ("civilian"). Only a
    kind of people (KINDS_OF_PEOPLE) is a qualifier as the noun: "12 officials were killed" counts
    officials, not official (confirmed) deaths, as "12 official deaths" does."""
    kinds = [head[2].lower()]
    after = words_after(text, head[1], 2)
    if len(after) == 2 and after[0][2].lower() == "of":
        kinds.append(after[1][2].lower())
    for word in kinds:
        singular = word[:-1] if word.endswith("s") else word
        if word != singular and singular in KINDS_OF_PEOPLE and singular not in qualifiers:
            qualifiers = [*qualifiers, singular]
    return qualifiers


def _duration(
    text: str,
    core: Core,
    start: int,
    end: int,
    time_unit: tuple[str, float],
    approx: str | None,
    low: float | None,
    high: float | None,
    head: str,
) -> Found:
    unit, factor = time_unit
    fields: dict[str, Any] = {"unit": unit}
    if core.vague is not None:
        vague_low, vague_high = quantifiers.vague_interval(core.vague)
        fields.update(low=vague_low * factor, high=vague_high * factor)
    elif low is not None and high is not None:
        fields.update(low=low * factor, high=high * factor)
    else:
        fields.update(value=(core.value or 0.0) * factor + core.plus_days, approx=approx)
    before = word_before(text, start)
    if before is not None and before[2].lower() in ("for", "over", "within"):
        start = before[0]  # "for nearly 30 years": the duration is the whole phrase
    end, anchor, keyword = _anchor(text, end)
    return Found(
        "duration",
        start,
        end,
        fields,
        focus=text[core.start : end],
        anchor=anchor,
        extras={"noun": head, "core": (core.start, core.end), "anchor_word": keyword},
    )


def _bare_duration(text: str, core: Core) -> Found:
    assert core.bare_time is not None
    unit, low, high = BARE_TIME[core.bare_time]
    fields: dict[str, Any] = {"unit": unit, "low": low, "high": high}
    end, anchor, keyword = _anchor(text, core.end)
    return Found(
        "duration",
        core.start,
        end,
        fields,
        focus=text[core.start : end],
        anchor=anchor,
        extras={"noun": core.bare_time, "core": (core.start, core.end), "anchor_word": keyword},
    )


def _anchor(text: str, end: int) -> tuple[int, tuple[int, int] | None, str]:
    """Extend a duration over 'after the war began' / 'ago': the new end, the event phrase and
    the word that ties it ('after', 'before', 'since'; '' when there is none)."""
    words = words_after(text, end, 7, _ANCHOR_WORD)
    if not words:
        return end, None, ""
    keyword = words[0][2].lower()
    if keyword in ANCHOR_ALONE:
        return words[0][1], None, keyword
    if keyword not in ANCHOR_WORDS:
        return end, None, ""
    phrase: list[tuple[int, int, str]] = []
    for at, word in enumerate(words[1:6], start=1):
        low = word[2].lower()
        if word[2][0].isdigit() and not _YEAR_WORD.fullmatch(word[2]):
            # a day of a written date goes on the phrase ("after the February 24 invasion", "after
            # the 24 February invasion"); any other number ends it
            beside = [words[at - 1][2], words[at + 1][2] if at + 1 < len(words) else ""]
            if not any(w.title() in MONTHS for w in beside):
                break
        elif low in STOP_WORDS and low not in ANCHOR_DETERMINERS:
            break
        phrase.append(word)
    if not phrase or phrase[-1][2].lower() in ANCHOR_DETERMINERS:
        return words[0][1], None, keyword
    return phrase[-1][1], (phrase[0][0], phrase[-1][1]), keyword


# a word of an anchor phrase, a year in it ("three years after a 2012 quake"), or a day of a
# date in it ("after the February 24 invasion")
_YEAR_DIGITS = r"(?:1[89]|20)\d\d"
_ANCHOR_WORD = lazy(rf"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|{_YEAR_DIGITS}\b|\d{{1,2}}(?:st|nd|rd|th)?\b")
_YEAR_WORD = lazy(_YEAR_DIGITS)
