"""Temperature readings: read with their scale and sign, framed by the place they were taken.

A temperature was read as a count before (issue 12, session 27): "40.3C" was no number at all,
"49.3°C" a count of people, "40 degrees Celsius" a count of degrees, and "-18 degrees Celsius"
or "minus nine degrees" lost their sign and read as 18 and 9. A reading now carries its scale as
its unit (°C or °F: two scales never meet, as pint cannot give one factor between them) and gets
the frame `auto.measure.temperature.<place>` only when its clause names the place it was taken
("40.3C was recorded in Coningsby", "Coningsby recorded 49.3°C"): two reports' readings of one
place meet, while a heatwave's many readings at many places, and a reading with no place
("temperatures hit 40C"), never do. A night's low (frames.yaml measure `temperature-low`) never
meets a day's high, and a previous record (`temperature-previous`) is no reading of the event.
A reading below zero has no claim: a claim's value is never negative, and 18 for -18 would be
wrong.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping

from factcheck.extract.numberwords import SMALL_AND_TENS_WORDS, words_to_number
from factcheck.lazyre import LazyPattern, lazy
from factcheck.model.names import name_slug

CELSIUS, FAHRENHEIT = "°C", "°F"
DEGREES = "°"  # "temperatures reached 35 degrees": a reading whose scale the text does not say
TEMPERATURE_UNITS = frozenset({CELSIUS, FAHRENHEIT, DEGREES})
REACH = 90  # characters before a reading searched for the place its clause names
BELOW_ZERO = "below-zero"  # the unit of a reading below zero's core: dropped before it is read

# the figure, in digits or words, with its sign: "-18", "−5", "minus nine", "negative 40"
_FIGURE = (
    r"(?P<sign>(?<![\w.,)])[-−–](?=\d)|(?i:\bminus|\bnegative)\s+)?"
    rf"(?P<num>(?<![\w.,/:])(?<!\d-)\d{{1,3}}(?:\.\d+)?|(?i:\b(?:{SMALL_AND_TENS_WORDS})(?:-(?:{SMALL_AND_TENS_WORDS}))?))"
)
# the scale: "40.3C" (a capital letter glued on), "49.3°C", "40 ° C", "40 degrees Celsius",
# "40-degree Celsius", "104 Fahrenheit"; "degrees" with no scale after it may be an angle, and is not read here
READING = lazy(
    _FIGURE + r"(?:(?:\s?[°º]\s?|\s+(?i:degrees?)\s+|-(?i:degrees?)[\s-])"
    r"(?P<scale>[CF]|(?i:celsius|fahrenheit|centigrade))|\s+(?P<named>(?i:celsius|fahrenheit|centigrade))"
    r"|(?P<glued>[CF]))(?![\w°])"
)

# the place named after a reading in its clause, past a conversion in parentheses: "40.3C
# (104.5F) in Coningsby", "40.3C was provisionally recorded in Coningsby", "35.1°C at Kew"
_PLACE_AFTER = lazy(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:was|were|has|had|been|being|is|provisionally|officially|"
    r"recorded|measured|reported|registered|logged|reached|taken)\s+){0,4}"
    r"(?:in|at)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
# a place before a reading in its clause: "in London hit 40C", "Coningsby recorded a maximum
# temperature of 49.3°C"
_PLACE_BEFORE = lazy(
    r"(?:\b(?:in|at)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|(?P<subject>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:has\s+|had\s+)?"
    r"(?:recorded|registered|logged|reached|hit|saw|measured))\b[^,;:]*\Z"
)
_CLAUSE_MARK = lazy(r"[,;:()–—]|\band\b|\bbut\b|\bwhile\b|\bwhich\b|\bwhere\b|\bbeating\b", re.IGNORECASE)
# a month, a weekday or a word of a clock: never where a reading was taken ("in July", "at Noon")
_NOT_PLACES = frozenset(
    w.lower() for w in (*calendar.month_name[1:], *calendar.day_name, "GMT", "UTC", "BST", "Noon", "Midnight")
) | frozenset({"the", "temperatures", "temperature", "it", "this", "that", "they", "he", "she", "we"})


# a capitalised word right before a figure with a glued letter: "Apollo 13C", "Grade 3C", "Flight
# 9F" are names of things, not readings
_NAMED_BEFORE = lazy(r"[A-Z][\w-]*\s+\Z")


# "35 degrees" with no scale: a reading only after a temperature cue (frames.yaml measure
# `temperature`) in its sentence, never a bearing or an angle ("40 degrees north", "of latitude")
BARE = lazy(_FIGURE + r"\s+(?i:degrees?)\b(?![\s-]+(?i:north|south|east|west|of\b|angle|turn|to\s+the))")
CUE_REACH = 60  # characters before a bare "N degrees" searched for a temperature cue
# "47.9 C", "115 F": the scale's letter after a space, as the Canadian Press and others print it.
# A letter after a figure is often no scale ("Grade 3 C", "Plan B"), so this is a reading only
# when the figure has a decimal part or a sign, a temperature cue comes before it in its sentence,
# or it is a conversion in parentheses or has one ("46.6 C (116 F)"); never "C-section" nor an initial "C.J."
SPACED = lazy(_FIGURE + r"\s(?P<spaced>[CF])(?![\w°'’-])(?!\.\w)")
_CONVERSION_BEFORE = lazy(r"\d\s?°?\s?[CF]\s*\(\s*(?:about\s+|or\s+)?\Z")
_CONVERSION_AFTER = lazy(r"\s*\(\s*(?:about\s+|or\s+)?\d{1,3}(?:\.\d+)?\s?°?\s?[CF]\b")
# after a reading: it is below zero ("12C below freezing", "ten degrees below zero")
_BELOW_ZERO_AFTER = lazy(r"\s+(?i:below\s+(?:zero|freezing))\b")
PREVIOUS_REACH = 50  # characters before a reading searched for an old record's noun ("record")
# a mark between an old-making word and a record noun that puts them in different clauses
_BETWEEN_CLAUSES = lazy(r"[,;:.()–—]")
CHANGE_REACH = 20  # characters before a reading searched for a word of a change ("rose by")


def readings(text: str, cue: LazyPattern | None = None) -> list[tuple[int, int, float | None, str]]:
    """(start, end, value, unit) of each temperature reading in `text`; a reading below zero has
    no value and the unit BELOW_ZERO (no claim: see above). `cue`: the words that make a bare
    "N degrees" a reading (unit °)."""
    found: list[tuple[int, int, float | None, str]] = []
    for match in READING.finditer(text):
        if match.group("glued") and _NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        value, unit = _value(match)
        if value is None and unit != BELOW_ZERO:
            continue  # "five-two degrees": no figure in words (words_to_number)
        if _BELOW_ZERO_AFTER.match(text, match.end()):
            value, unit = None, BELOW_ZERO  # "ten degrees Celsius below zero": -10, never 10
        found.append((match.start(), match.end(), value, unit))
    found.extend(_spaced(text, cue, found))
    if cue is None:
        return found
    for match in BARE.finditer(text):
        if any(s <= match.start() < e for s, e, _, _ in found):
            continue  # "40 degrees Celsius": read above with its scale
        before = text[max(0, match.start() - CUE_REACH) : match.start()]
        before = re.split(r"[.!?]\s", before)[-1]  # the reading's own sentence
        if cue.search(before) is None:
            continue
        below = match.group("sign") or _BELOW_ZERO_AFTER.match(text, match.end())
        value = None if below else _figure(match.group("num"))
        if value is None and not below:
            continue  # "five-two degrees": no figure in words (words_to_number)
        found.append((match.start(), match.end(), value, DEGREES if value is not None else BELOW_ZERO))
    return found


def _spaced(
    text: str, cue: LazyPattern | None, found: list[tuple[int, int, float | None, str]]
) -> list[tuple[int, int, float | None, str]]:
    """The SPACED readings ("47.9 C") that a decimal, a sign, a cue before or a conversion after makes
    readings, outside the readings already `found`."""
    spaced: list[tuple[int, int, float | None, str]] = []
    for match in SPACED.finditer(text):
        if any(s <= match.start() < e for s, e, _, _ in found):
            continue
        if _NAMED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Grade 3 C": a name's letter
        num = match.group("num")
        before = re.split(r"[.!?]\s", text[max(0, match.start() - CUE_REACH) : match.start()])[-1]
        if not (
            "." in num
            or match.group("sign")
            or (cue is not None and cue.search(before) is not None)
            or _CONVERSION_AFTER.match(text, match.end())
            or _CONVERSION_BEFORE.search(text, max(0, match.start() - 16), match.start())
        ):
            continue
        unit = FAHRENHEIT if match.group("spaced") == "F" else CELSIUS
        if match.group("sign") or _BELOW_ZERO_AFTER.match(text, match.end()):
            spaced.append((match.start(), match.end(), None, BELOW_ZERO))
            continue
        value = _figure(num)
        if value is not None:
            spaced.append((match.start(), match.end(), value, unit))
    return spaced


def _value(match: re.Match[str]) -> tuple[float | None, str]:
    """(value, unit) of a READING match; (None, BELOW_ZERO) for a reading below zero."""
    if match.group("sign"):
        return None, BELOW_ZERO
    value = _figure(match.group("num"))
    scale = (match.group("scale") or match.group("named") or match.group("glued")).lower()
    return value, FAHRENHEIT if scale.startswith("f") else CELSIUS


def _figure(num: str) -> float | None:
    """The value of a reading's figure, in digits or words ("40.3", "nine", "twenty-five"); None
    for words that make no number ("five-two")."""
    return float(num) if num[0].isdigit() else words_to_number(num)


def temperature_kind(
    text: str,
    span: tuple[int, int],
    sentence: tuple[int, int],
    measures: Mapping[str, LazyPattern],
) -> tuple[str, str] | None:
    """(kind, why) of a temperature reading: `temperature.<place>` (`.low` for a night's low),
    None when its clause names no place, the reading is a previous record, or the figure is a
    change or a gap ("rose by 2C", "5C warmer than"), not a reading. `measures`: the cues of the
    frames.yaml measures (passed in: the frames table imports this module)."""
    start, end = span
    low = measures.get("temperature-low")
    if _change(text, start, end, sentence, measures):
        return None  # "rose by 2C" in London is no reading there: it never meets "hit 40C"
    # the clause: from its last mark before the reading (at most REACH characters back) to its
    # first mark after it
    reach = max(sentence[0], start - REACH)
    lo = max([m.end() for m in _CLAUSE_MARK.finditer(text, reach, start)] or [reach])
    mark = _CLAUSE_MARK.search(text, end, sentence[1])
    hi = mark.start() if mark is not None else sentence[1]
    if _previous_record(text, start, sentence, measures):
        return None  # "beating the previous UK record of 38.7C": not a reading of this event
    place = _place(text, lo, start, end, hi, sentence)
    if place is None:
        return None
    night = low.search(text, lo, hi) if low is not None else None
    if night is not None:
        return f"temperature.{place}.low", f"a low ('{night.group().lower()}') at {place}"
    return f"temperature.{place}", f"a temperature at {place}"


def _previous_record(
    text: str, start: int, sentence: tuple[int, int], measures: Mapping[str, LazyPattern]
) -> bool:
    """Whether an old record is named right before the reading: a record noun (frames.yaml
    `temperature-record`) at most PREVIOUS_REACH characters back, with a word that makes it an old
    one (`temperature-previous`) at most two words before it in the same clause ("the previous UK
    record of 38.7C", "last year's high of 37C", "the old all-time mark"). A record alone ("set a
    new record of 40.3C") is this event's reading, and so is one whose old-making word is further
    off or behind a comma ("Earlier, the high reached 40C")."""
    previous, record = measures.get("temperature-previous"), measures.get("temperature-record")
    if previous is None or record is None:
        return False
    lo = max(sentence[0], start - PREVIOUS_REACH)
    for noun in record.finditer(text, lo, start):
        for cue in previous.finditer(text, max(sentence[0], noun.start() - PREVIOUS_REACH), noun.start()):
            between = text[cue.end() : noun.start()]
            if len(between.split()) <= 2 and not _BETWEEN_CLAUSES.search(between):
                return True
    return False


def _change(
    text: str, start: int, end: int, sentence: tuple[int, int], measures: Mapping[str, LazyPattern]
) -> bool:
    """Whether the figure is a change or a gap in degrees, by the word right before it
    (frames.yaml `temperature-change`) or right after it (`temperature-compared`)."""
    change, compared = measures.get("temperature-change"), measures.get("temperature-compared")
    if change is not None:
        cues = list(change.finditer(text, max(sentence[0], start - CHANGE_REACH), start))
        if cues and not text[cues[-1].end() : start].strip():
            return True  # the last cue before it, right at it ("rose up by 2C")
    if compared is not None:
        after = end + len(text[end : end + 5]) - len(text[end : end + 5].lstrip())
        return compared.match(text, after, sentence[1]) is not None
    return False


def _place(text: str, lo: int, start: int, end: int, hi: int, sentence: tuple[int, int]) -> str | None:
    """The slug of the place a reading's clause names, after it first, else before it."""
    after = _PLACE_AFTER.match(text, end, sentence[1])
    if after is not None and after.end() <= max(hi, end + 40):
        name = _usable(after.group("name"))
        if name is not None:
            return name
    before = _PLACE_BEFORE.search(text, lo, start)
    if before is None:
        return None
    return _usable(before.group("name") or before.group("subject"))


def _usable(name: str) -> str | None:
    """A place name's slug, None for a date's or a clock's word or a pronoun."""
    words = name.split()
    if any(w.lower() in _NOT_PLACES for w in words):
        return None
    return name_slug(name) or None
