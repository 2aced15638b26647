"""Is a checked document's value anywhere in its sources? Numbers, dates and names, normalised.

`factcheck check` gives every checkable claim of a summary a verdict. A claim the rules compare
with a registry claim is supported or contradicted by them; this module answers the rest: does
any source text state the same value at all, in any form?

- numbers: digits with or without separators ("56,000", "56, 000"), decimals, scale words
  ("1.5 million", "£12m"), number words ("twenty-five", "half a million", "a dozen"), ordinals;
  a round summary figure is supported by a source figure it rounds ("4,700" for "4,731"), an
  approximate one ("about 3,000") by any source figure in its interval (one of three significant
  digits, "an estimated $583 million", only by a figure it rounds), and a figure in another
  unit by the source figure it converts to (conversions.yaml); a source also states a count by
  listing ages ("guards, aged 47 and 49"), "twice", a score's margin, a share by "one in five"
  or a fraction, a unit by its abbreviation written onto the figure ("100m": metres);
- dates: the source's resolved date claims, and its bare years, months, "June 28" days and
  weekdays (a summary's "on Friday" is supported by a source's "late Friday"), days and years
  counted from another ("three years later"), the ends of a span of days, the weekday of a day
  dated with its year; a weekday the sources leave open (a day without its year) is unverifiable;
- names: a capitalised word of the summary is supported when a source has the word (any case,
  possessive "'s" dropped, or as part of a hyphenated name); one that is not, but is one or two
  letters from a capitalised source word, is a misspelling of that name.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import msgspec
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from factcheck.extract.countries import country_forms, is_code
from factcheck.extract.frames import default_table
from factcheck.extract.lexicon import case_counts, caseless, caseless_counted
from factcheck.extract.numbers import (
    APPROX,
    CURRENCIES,
    ORDINAL_WORDS,
    SCALES,
    SMALL_NUMBERS,
    TENS,
    TIME_OPENERS,
    words_to_number,
)
from factcheck.extract.text import STOP_WORDS, quote_words
from factcheck.lazyre import Regex, lazy
from factcheck.model import WEEKDAYS, DateClaim, DurationClaim, Precision, QuantityClaim
from factcheck.model.quantifiers import directional, pointing, points_apart
from factcheck.registry.loader import SourceDate, TextView
from factcheck.wordlists import demonyms, phrase_alternation, word_list
from factcheck.yamlio import load_data_file

_DAY_WORDS = lazy(r"\b(?:yesterday|today|tonight|last night)\b")

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_GROUPED = re.compile(r"(?<=\d), ?(?=\d{3}(?!\d))")  # "56,000" and "56, 000" (tokenised text)
_DIGITS = re.compile(
    # not the whole part of a decimal the next word char stopped ("9" of "9.58s"); a scale may be
    # hyphenated to its figure ("460-million shares", "a 3-million-year-old fossil")
    r"(?<![\w.])(\d+(?:\.\d+)?)(?!\.\d)(?:st|nd|rd|th)?(?:-(?=million|billion|trillion|thousand|lakh|crore)|\s*)(million|billion|trillion|thousand|lakh|crore|bn|m|k)?(?![\w])",
    re.IGNORECASE,
)
_SPACED_DECIMAL = re.compile(
    r"(?<=\d)\. (?=\d+\s*(?:million|billion|per\s*cent|%))", re.IGNORECASE
)  # "31. 8 million"
# "2. 4 miles", "12. 5 km" (not "in 2019. 3 people": a year is no decimal's whole part)
_ANY_SPACED_DECIMAL = lazy(r"(?<![\d.,])(\d{1,3})\. (?=\d{1,3}(?![\d,]))")
_SCALE_SHORT = {"bn": 1e9, "m": 1e6, "k": 1e3}
# a text that ends at a figure's decimal point ("in little more than 0."): a splitter cut it there
_CUT_END = lazy(r"(?<![\d.,])(\d+)\.$")
CUT_REACH = 64  # characters before a text's end searched for that figure
# precisions whose one day a source must write out: a day, one day of a span, a time on its day
DAY_WORDS = (Precision.DAY, Precision.DAYS, Precision.TIME)
# a figure with a unit written onto it ("105kg", "40C", "10mph"), not a scale or an ordinal, which
# _DIGITS reads, nor a name's digits ("M3", "4G": letters before it)
_GLUED_UNIT = lazy(
    r"(?<![\w.])(\d+(?:\.\d+)?)(?!(?:st|nd|rd|th|bn|m|k|s)\b)(?=[A-Za-z]{1,4}\b)", re.IGNORECASE
)
_NUMBER_WORD = "|".join([*SMALL_NUMBERS, *TENS, *SCALES, "dozen", "half", "a", "an", "and"])
_WORD_RUN = lazy(rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*\b", re.IGNORECASE)
_YEAR = lazy(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d,]\d)")
# a month's name or its short form: no other word, or "Saturday 12 March" would be read as the
# month "Saturday" and day 12, and its 12 then never paired with "March"
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_MONTH = lazy(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORD})\b"
    rf"|\b({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


_NAME = lazy(r"(?<![\w’'-])[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['’]s)?(?![\w-])")
# a name word, or one after an elided particle and its apostrophe ("O'Connell", "D’Angelo"): a
# summary's name is looked up whole, so "O'Connell" is no "Connell" of another person
_NAME_OR_ELIDED = re.compile(
    r"(?<![\w’'-])(?:[A-Z]['’](?=[A-Z]))?[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['’]s)?(?![\w-])"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n\s*\n")
# an acronym's letters a spelled-out name is looked for: "IOM" to "UNESCO" ("UN" would be any
# two words in a row that start with u and n, "until now")
MIN_INITIALS, MAX_INITIALS = 3, 6
NAME_NEAR_MISS = 2  # edits: "Dahl" for "Dahal", "Jinpeng" for "Jinping"
MIN_NAME_LETTERS = 4  # shorter words are one edit from too many others


Accept = Callable[[str, tuple[int, int]], bool]  # (source, span of a source figure) -> usable


@dataclass(frozen=True)
class Evidence:
    """Where a source states a value (or, for an unsupported claim, the nearest sentence)."""

    source: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Support:
    """The answer for one value: found or not, where, and for a name the spelling it is near."""

    found: bool
    evidence: Evidence | None = None
    closest: str | None = None
    # a value the sources state only about something else (a year only in sentences about
    # another event): `evidence` is where they state it
    elsewhere: bool = False


class _Number(msgspec.Struct, frozen=True):
    """A figure of a source text: a large registry's tables hold ~100,000, each made, hashed and
    compared in C (a frozen dataclass does all three in Python)."""

    value: float
    source: str
    span: tuple[int, int]
    noun: str = ""  # the word after the figure ("people"), lower case; "" when none


# units of time a duration may be written in, in days: "three decades" is "30 years", "90
# minutes" is "an hour and a half"
TIME_UNITS = {
    "century": 36525.0,
    "decade": 3652.5,
    "year": 365.25,
    "month": 365.25 / 12,
    "fortnight": 14.0,
    "week": 7.0,
    "day": 1.0,
    "hour": 1 / 24,
    "minute": 1 / 1440,
    "second": 1 / 86400,
}
# a figure's unit and the smaller unit of a compound length right after it: "minutes and 29 seconds", "hours, 15 minutes"
_THEN_SMALLER = lazy(
    r"[\s-]+[a-z]+(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)(?P<count>\d{1,2}|[a-z]+)\s+(?P<unit>[a-z]+)",
    re.IGNORECASE,
)


def unit_days(word: str) -> float | None:
    """Days in a unit of time named by `word` ("decades" -> 3652.5); None for any other word."""
    word = word.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return TIME_UNITS.get(singular)


def is_time_unit(word: str) -> bool:
    """Whether a word names a unit of time ("hours", "decade")."""
    return unit_days(word) is not None


def stated_length(text: str, number: _Number) -> tuple[float, int] | None:
    """A length of time a source number states, in days, and where it ends: the figure before a
    unit of time, with the smaller unit a compound adds ("9 minutes and 29 seconds", "two hours,
    15 minutes"); None when no unit of time follows it. `text`: the number's source text."""
    words = number.noun.split()
    unit = unit_days(words[0]) if words else None
    if unit is None:
        return None
    extra, end, larger, at = 0.0, number.span[1], unit, number.span[1]
    # each further part of a smaller unit ("2 hours, 1 minute, 39 seconds"): a length in three
    # parts that only its first two bore out would hide a wrong "40 seconds"
    while (after := _THEN_SMALLER.match(text, at)) is not None:
        smaller = unit_days(after.group("unit"))
        counted = numbers_in(after.group("count"))
        if smaller is None or not counted or smaller >= larger:
            break
        extra, end, larger, at = extra + counted[0][0] * smaller, after.end(), smaller, after.end("count")
    return number.value * unit + extra, end


def length_written(text: str, value: float, span: tuple[int, int]) -> float | None:
    """The length of time, in days, a figure of any text (a claim's) states with the unit after
    it and a smaller unit's part (`stated_length`): "4 minutes, 20 seconds" -> 260 s."""
    said = stated_length(text, _Number(value, "", span, noun_after(text, span[1])))
    return None if said is None else said[0]


def _number_of(row: tuple[float, str, int, int, str, int]) -> _Number:
    """A number of the tables' rows ((value, source, start, end, noun, sentence))."""
    value, source, start, end, noun, _ = row
    return _Number(value, source, (start, end), noun)


def _head(noun: str) -> str:
    """The first word of a number's noun ("" for none): what `numbers_headed` tests."""
    words = noun.split(maxsplit=1)
    return words[0] if words else ""


def _padded(low: float, high: float) -> tuple[float, float]:
    """A closed range widened by a billionth of its ends (at least of 1): a test written as
    `abs(a - b) <= half` may keep a figure that `b - half <= a` would lose to float rounding."""
    finite = [abs(x) for x in (low, high) if math.isfinite(x)]
    pad = 1e-9 * max(finite, default=1.0) + 1e-12
    return low - pad, high + pad


def sentence_groups(numbers: Iterable[tuple[_Number, int]]) -> list[list[_Number]]:
    """Numbers (each with the number of its sentence within its text, -1: none) grouped by
    sentence, in the order their sentences are first met; each group in text order, without
    repeats."""
    groups: dict[tuple[str, int], list[_Number]] = {}
    for number, at in numbers:
        groups.setdefault((number.source, at), []).append(number)
    # most sentences state one figure: nothing to de-duplicate or order there
    return [g if len(g) == 1 else sorted(set(g), key=lambda n: n.span) for g in groups.values()]


def listed_sums(groups: Iterable[list[_Number]], texts: Mapping[str, str]) -> dict[float, _Number]:
    """Each sum of two figures a source sentence (a group of `sentence_groups`) lists together,
    with the first figure of the first such pair (sentences in order): every sentence is read
    once, not once per figure looked up (a large registry has ~60,000 sentences with figures)."""
    sums: dict[float, _Number] = {}
    for group in groups:
        if len(group) < 2:
            continue  # a pair needs two figures
        # one figure per end ("and two" is read as a run of words, and "two" alone)
        ends = {n.span[1]: n for n in sorted(group, key=lambda n: n.span[0])}
        counts = [n for n in ends.values() if _counts_things(n)]
        for first, second in itertools.pairwise(counts):
            between = texts[first.source][first.span[1] : second.span[0]].lower()
            if _LISTED.fullmatch(between) is not None:
                sums.setdefault(first.value + second.value, first)
    return sums


def year_gaps(groups: Iterable[list[_Number]]) -> dict[float, _Number]:
    """Each gap between two years of one source sentence (a group of `sentence_groups`; 0 for a
    year and itself, negative for an earlier one), with the first year of the first sentence
    that has it: every sentence is read once, not once per figure looked up."""
    gaps: dict[float, _Number] = {}
    for group in groups:
        years = [n for n in group if _is_year(n.value)]
        for first in years:
            for other in years:
                gaps.setdefault(other.value - first.value, first)
    return gaps


@functools.cache
def _conversions_file() -> dict[str, Any]:
    """conversions.yaml, parsed once per process (a figure's look-ups read three of its tables)."""
    return dict(load_data_file(Path(__file__).with_name("conversions.yaml")))


@functools.cache
def _counted_nouns_file() -> dict[str, Any]:
    """counted_nouns.yaml, parsed once per process (its groups, broader nouns and occasions are
    three tables read apart)."""
    return dict(load_data_file(Path(__file__).with_name("counted_nouns.yaml")))


@functools.cache
def abbreviations() -> dict[str, str]:
    """Unit abbreviations written onto a figure and the word a summary spells them with
    ("100m" -> "metres"), from conversions.yaml."""
    data = _conversions_file()
    return {str(short): str(word) for short, word in data["abbreviations"].items()}


@functools.cache
def currencies() -> dict[str, str]:
    """Currency symbols and the word a summary spells them with ("£" -> "pounds"), from
    conversions.yaml."""
    data = _conversions_file()
    return {str(symbol): str(word) for symbol, word in data["currencies"].items()}


def _currency_before(text: str, start: int, money: Mapping[str, str]) -> str:
    """The currency word of a symbol right before a figure ("£1.5m" -> "pounds "), else ""."""
    word = money.get(text[start - 1 : start]) if start > 0 else None
    return f"{word} " if word else ""


@functools.cache
def conversions() -> tuple[float, list[tuple[str, str, float]]]:
    """(tolerance, [(from, to, factor)]) from conversions.yaml."""
    data = _conversions_file()
    table = [(str(c["from"]), str(c["to"]), float(c["factor"])) for c in data["conversions"]]
    return float(data["tolerance"]), table


_Figure = TypeVar("_Figure", bound=tuple[Any, ...])


def numbers_in(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Every number a text states, with its span: digits (and scale words) and number words.
    Tokenised text splits decimals ("2. 4 miles"): where a point and a space sit between digits,
    the joined decimal is read as well as the two numbers, since either may be meant."""
    found = _numbers_read(text, _SPACED_DECIMAL)
    if _ANY_SPACED_DECIMAL.search(text):
        seen = set(found)
        found += [n for n in _numbers_read(text, _ANY_SPACED_DECIMAL) if n not in seen]
    return _finite(found)


def _finite(found: list[_Figure]) -> list[_Figure]:
    """The figures (value first) that are numbers: 309 digits and more read as infinity, which
    no claim states and no sum, gap or year may be made of."""
    return [n for n in found if math.isfinite(n[0])]


def source_numbers(text: str) -> list[tuple[float, tuple[int, int], str]]:
    """(value, span, noun) of every number a source text states (`numbers_in`, each with the
    words after it), then those it says another way: a share as a count of a whole or a fraction
    ("one in five": 20, counting "%"), "twice" (2), a score's margin ("27-13": 14 points or
    goals), one of a measure's units with an article ("more than a metre": 1, counting metres), a
    figure with a unit abbreviation written onto it ("100m": metres)."""
    money = currencies()
    found = [
        (value, span, _currency_before(text, span[0], money) + noun_after(text, span[1]))
        for value, span in numbers_in(text)
    ]
    lowered = text.lower()
    if len(lowered) != len(text):
        return found  # lower() moved offsets ("İ"): the spans below would not be the text's
    for match in _ONE_IN.finditer(lowered):
        part, whole = _count(match.group(1)), _count(match.group(2))
        if 0 < part < whole:
            found.append((100 * part / whole, match.span(), "%"))
    for match in _FRACTION.finditer(lowered):  # "fell by a third": 33.3 %
        found.append((_FRACTIONS[match.group(1).replace(" ", "-")], match.span(), "%"))
    for match in SCORE.finditer(lowered):  # "won 27-13": by 14 points
        margin = abs(int(match.group(1)) - int(match.group(2)))
        if margin:
            found.append((float(margin), match.span(), "points goals"))
    for match in _TWICE.finditer(lowered):  # "scored twice": two goals
        found.append((2.0, match.span(), noun_after(lowered, match.end())))
    for match in _ONE_UNIT.finditer(lowered):  # "waves more than a metre high": one metre
        found.append((1.0, match.span(), noun_after(lowered, match.start("unit"))))
    spelled = abbreviations()
    for match in ABBREVIATED.finditer(lowered):  # "100m" counts metres, "35c" degrees
        unit = spelled.get(match.group(2))
        if unit is not None:
            found.append((float(match.group(1)), match.span(), f"{unit} {noun_after(lowered, match.end())}"))
    return _finite(found)


def _numbers_read(text: str, spaced: Regex) -> list[tuple[float, tuple[int, int]]]:
    """Every number of a text, with `spaced` decimal points ("31. 8 million") read as points."""
    grouped = _GROUPED.sub(lambda m: "\0" * len(m.group(0)), text)
    marked = spaced.sub(lambda m: m.group(1) + ".\0" if m.groups() else ".\0", grouped)
    plain = marked.replace("\0", "")
    # offsets in `plain` shift where separators were dropped: map them back through a table
    offsets = [i for i, ch in enumerate(marked) if ch != "\0"]
    found: list[tuple[float, tuple[int, int]]] = []
    for match in _DIGITS.finditer(plain):
        span = (offsets[match.start()], offsets[match.end() - 1] + 1)
        value = float(match.group(1))
        found.append((value, span))
        scale = (match.group(2) or "").lower()
        if scale:
            found.append((value * SCALES.get(scale, _SCALE_SHORT.get(scale, 1.0)), span))
    for match in _GLUED_UNIT.finditer(plain):  # "105kg", "40C": a unit written onto the figure
        found.append((float(match.group(1)), (offsets[match.start()], offsets[match.end() - 1] + 1)))
    found += _word_numbers(text)
    return _outside_timestamps(text, found)


# an ISO 8601 date or time stamp ("2024-03-25", "2024-03-25T10:34:43.598Z"), as page furniture
# prints beside a headline
_TIMESTAMP = lazy(
    r"(?<![\w.-])\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-]|\.\d)"
)


def _outside_timestamps(text: str, found: list[_Figure]) -> list[_Figure]:
    """The figures that are no part of a time stamp but its year: "-03-" of "2024-03-25" is a
    month, not 3 of anything a summary counts, and "43.598" of "10:34:43.598Z" is a second."""
    if "-" not in text:
        return found
    stamps = [m.span() for m in _TIMESTAMP.finditer(text)]
    if not stamps:
        return found
    return [
        figure
        for figure in found
        if not any(
            start < figure[1][0] < end or (start == figure[1][0] and figure[1][1] > start + 4)
            for start, end in stamps
        )
    ]


def figures_in(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Every figure a text writes in digits, scaled ("£10m" -> 10,000,000), with its span; not
    digits that are part of a name ("COVID-19", "M3")."""
    marked = _SPACED_DECIMAL.sub(".\0", _GROUPED.sub(lambda m: "\0" * len(m.group(0)), text))
    plain = marked.replace("\0", "")
    offsets = [i for i, ch in enumerate(marked) if ch != "\0"]
    found: list[tuple[float, tuple[int, int]]] = []
    for match in _DIGITS.finditer(plain):
        if re.search(r"[A-Za-z]-$", plain[: match.start()]):
            continue  # "COVID-19", "F-16": a name's number
        scale = (match.group(2) or "").lower()
        value = float(match.group(1)) * SCALES.get(scale, _SCALE_SHORT.get(scale, 1.0))
        found.append((value, (offsets[match.start()], offsets[match.end() - 1] + 1)))
    return _finite(found + _glued_figures(text))


def hyphened_figures(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Number words hyphened onto a unit ("a four-year contract", "a three-time champion"), two or
    more, with their spans (conversions.yaml `hyphened_units`)."""
    found = []
    for match in _hyphened().finditer(text):
        word = match.group(1).lower()
        value = SMALL_NUMBERS.get(word) or TENS.get(word)
        if value is not None and value >= 2:
            found.append((float(value), match.span(1)))
    return found


@functools.cache
def _hyphened() -> re.Pattern[str]:
    """A number word, a hyphen and a unit of conversions.yaml `hyphened_units` (or its plural)."""
    data = _conversions_file()
    units = "|".join(re.escape(str(u)) for u in data["hyphened_units"])
    words = "|".join([*SMALL_NUMBERS, *TENS])
    return re.compile(rf"(?<![\w-])({words})-(?:{units})s?(?![\w-])", re.IGNORECASE)


def _glued_figures(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Figures with a unit abbreviation written onto them ("45C", "105kg", "70mph"), which
    _DIGITS does not read. One capital letter is a unit only for a temperature ("45C"); "5G"
    and "100M" are names more often than grams or metres."""
    spelled = abbreviations()
    found = []
    for match in ABBREVIATED.finditer(text.lower()):
        written = text[match.start(2) : match.end(2)]
        single_capital = len(written) == 1 and written.isupper() and written not in "CF"
        decimal_part = re.search(r"\d\. ?\Z", text[max(0, match.start() - 3) : match.start()])
        if match.group(2) in spelled and not single_capital and decimal_part is None:  # "2. 4km"
            found.append((float(match.group(1)), match.span()))
    return found


def _word_numbers(text: str) -> list[tuple[float, tuple[int, int]]]:
    """Numbers written in words ("twenty-five", "a dozen") and ordinals, with their spans."""
    found: list[tuple[float, tuple[int, int]]] = []
    for match in _WORD_RUN.finditer(text):
        words = match.group(0)
        spoken = 12.0 if words.lower() in ("dozen", "a dozen") else words_to_number(words)
        scale_of_digits = words.split()[0].lower() in SCALES and re.search(r"\d\s*$", text[: match.start()])
        if spoken is not None and words.lower() not in ("a", "an", "and", "half") and not scale_of_digits:
            found.append((spoken, match.span()))  # not "million" of "1.2 million": that is 1.2e6
        for token in re.finditer(r"[A-Za-z]+", words):
            single = SMALL_NUMBERS.get(token.group(0).lower(), TENS.get(token.group(0).lower()))
            if single is not None:
                found.append((float(single), (match.start() + token.start(), match.start() + token.end())))
    # every ordinal word in one scan (one per ordinal was most of reading a large registry's
    # numbers), listed as before: by ordinal, then in text order
    hits = [(_ordinal_rank(hit.group(0)), hit.span()) for hit in _ordinals().finditer(text)]
    found += [(float(rank), span) for rank, span in sorted(hits)]
    return found


@functools.cache
def _ordinals() -> re.Pattern[str]:
    """Any ordinal word, as a whole word in any case: whole words never overlap, so this finds
    what searching for each ordinal word finds."""
    return re.compile(rf"\b(?:{'|'.join(ORDINAL_WORDS)})\b", re.IGNORECASE)


def _ordinal_rank(word: str) -> int:
    """The rank of an ordinal word found in any case."""
    rank = ORDINAL_WORDS.get(word.lower())
    if rank is None:  # a letter that only case-folds to the word's ("ſixth")
        rank = next(r for w, r in ORDINAL_WORDS.items() if re.fullmatch(w, word, re.IGNORECASE))
    return rank


# a century named by its ordinal: "the 19th century", "19th-century", "the nineteenth century"
_CENTURY = lazy(
    rf"(?:(\d{{1,2}})(?:st|nd|rd|th)|({'|'.join(ORDINAL_WORDS)}))[\s-]+centur(?:y|ies)\b", re.IGNORECASE
)
# a year as written in a source: three or four digits, not part of a grouped or decimal figure
_WRITTEN_YEAR = lazy(r"(?<![\d.,])([1-9]\d{2,3})(?![\d]|[.,]\d)")


def century_named(text: str, start: int) -> int | None:
    """The century a figure at `start` names by its ordinal ("19th century", "19th-century",
    "nineteenth century": 19), or None when the figure is no century's ordinal."""
    found = _CENTURY.match(text, start)
    return None if found is None else _century_rank(found)


def _century_rank(found: re.Match[str]) -> int:
    """The century a `_CENTURY` match names (its digits or its ordinal word)."""
    return int(found.group(1)) if found.group(1) else _ordinal_rank(found.group(2))


_RANK_OR_YEAR = lazy(
    rf"^\W*(?:\d+(?:st|nd|rd|th)\b|(?:{'|'.join(ORDINAL_WORDS)})\b|(?:1[89]|20)\d\d(?![\d,.]))", re.IGNORECASE
)


def _counts_nothing(text: str) -> bool:
    """Whether a figure is a rank or a year ("20th anniversary", "third term", "2016 Rio games"):
    it counts no noun, so the source may write the same number before other words ("20 years",
    "2016 Rio Olympics")."""
    return bool(_RANK_OR_YEAR.match(text))


def _window(claim: QuantityClaim) -> tuple[float, float] | None:
    """The source figures an approximate claim may stand for: its interval ("about 3,000"), or
    for a lower bound ("more than 100", "at least £200,000") the figures it rounds down, below
    one unit of its last significant digit above it (116 and 199 for "more than 100", not 200;
    not 17 for "at least 11", nor 6 for "at least five"): a summary states the bound just under
    the source's figure, not any below. An upper bound ("up to 87 million", "fewer than 1,400")
    likewise stands for the figures it rounds up, above one unit below it (86,000,001 to 87
    million; 1,301 to 1,400): not 87 for "up to 78 million" (the bare reading of "87 million"),
    nor any figure below."""
    if claim.approx is None or claim.value is None:
        return None
    low, high = claim.interval()
    if math.isinf(high):
        return (low, math.nextafter(low + rounding_unit(low), low))  # 200 is not "more than 100"
    if low <= 0 < high == claim.value:
        return (math.nextafter(high - rounding_unit(high), high), high)  # 86 is not "up to 78"
    unit = rounding_unit(claim.value)
    if claim.value / unit >= SPECIFIC_DIGITS:
        # "an estimated $583 million": a hedged figure of three significant digits or more is
        # no rounding, so only a figure it rounds stands for it, not $533 million (9 % off)
        return (max(low, claim.value - unit / 2), min(high, claim.value + unit / 2))
    return (low, high)


SPECIFIC_DIGITS = 100  # a figure this many units of its last significant digit (583) is specific


def _upper_bound(claim: QuantityClaim) -> bool:
    """Whether a claim is an upper bound ("up to 2,500", "fewer than 3,500")."""
    if claim.approx is None or claim.value is None:
        return False
    low, high = claim.interval()
    return low <= 0 < high == claim.value


BOUND_REACH = 0.2  # how far under an upper bound a source's approximate figure may lie
DAY_REACH = 16  # characters either side of a figure searched for the month it is a day of


def _rounds_to(source: float, value: float, half: float, share: float) -> bool:
    """Whether a summary's round figure can stand for a source figure: within half its last
    digit's place and within `share` of it ("4,700" for "4,731"; not "£10m" for "£12m")."""
    gap = abs(source - value)
    return bool(source) and gap <= half and gap <= share * source


ROUNDING_SHARE = 0.1  # a round figure more than a tenth off the source's is another figure


def bound_holds(claim: QuantityClaim, figure: float) -> bool:
    """Whether a one-sided bound is true of a source's figure: a lower bound ("at least 1,100",
    "more than 250") at or below it, an upper bound ("up to 1,300", "fewer than 1,400") at or
    above it. An approximation ("some", "nearly", "about") is not a bound: it stands for the
    figures of its interval, the tolerance the rules compare it with (`stands_for`)."""
    if claim.value is None or claim.approx is None:
        return False
    if figure == claim.value and strict_count_bound(claim):
        return False  # "more than 14" is not true of 14
    low, high = claim.interval()
    if math.isinf(high) and low == claim.value:
        return figure >= low
    return low <= 0 and high == claim.value and figure <= high


def strict_count_bound(claim: QuantityClaim) -> bool:
    """Whether a count is a bound that leaves out its own number ("more than 14 people", "fewer
    than 14"): a source's exact 14 breaks it. A sum of money, a percentage or a measure at its
    bound is the figure rounded to it ("over $450 million" for "$450 million"; FC102), so those
    are never strict here (session 26, issue 14)."""
    if not directional(claim.approx) or claim.value is None:
        return False
    unit = claim.unit or ""
    return unit not in CURRENCIES.values() and unit != "%" and unit.lower() not in default_table().units


def stands_for(claim: QuantityClaim, figure: float) -> bool:
    """Whether a summary's count can stand for a source's figure of the same thing: the same,
    a round figure of it ("4,700" for 4,731), or a bound just under it ("more than 4,700"); a
    strict bound of a count never stands for its own number ("more than 14" for 14)."""
    if claim.value is None or (figure == claim.value and strict_count_bound(claim)):
        return False
    window = _window(claim)
    floor = window is not None and window[0] == claim.value  # "more than 100": a lower bound
    if floor and figure < claim.value:
        return False
    share = ROUNDING_SHARE if window is None or floor else 1.0
    if figure == claim.value or _rounds_to(figure, claim.value, rounding_unit(claim.value) / 2, share):
        return True
    return window is not None and window[0] <= figure <= window[1]


def rounding_unit(value: float) -> float:
    """The place of a figure's last significant digit: 4700 -> 100, 1.5e6 -> 1e5, 157 -> 1."""
    if value == 0 or value != value or math.isinf(value):
        return 1.0
    if value != int(value):
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return 10.0**-decimals
    unit = 1.0
    whole = int(abs(value))
    while whole and whole % 10 == 0:
        whole //= 10
        unit *= 10
    return unit


def cut_end(text: str) -> str | None:
    """The whole number (as written) a text stops at the decimal point of, if it does."""
    stripped = text.rstrip()
    # a search from near the end still sees the characters before it (the look-behind)
    found = _CUT_END.search(stripped, max(0, len(stripped) - CUT_REACH))
    return found.group(1) if found is not None else None


def days_stated(lowered: str) -> list[tuple[tuple[int, int], dt.date, int | None]]:
    """(span, the day in a leap year, the year written right after it or None) of each day of a
    month a lower-cased text states (`SourceIndex._days_stated`)."""
    days: list[tuple[tuple[int, int], dt.date, int | None]] = []
    for match in _DAY_MONTH.finditer(lowered):
        day = _day_of(match, LEAP_YEAR)
        if day is None:
            continue
        year = _YEAR_AFTER.match(lowered, match.end())
        if year is None:
            days.append((match.span(), day, None))
        elif calendar.isleap(int(year.group(1))) or (day.month, day.day) != (2, 29):
            days.append(((match.start(), year.end()), day, int(year.group(1))))
    return days


# a year as a text states it, and one a span of years runs from ("since 2010", "from 2010")
STATED_YEAR = lazy(r"(?<![\d.,])((?:19|20)\d\d)(?![\d,]\d)(?!['’]?s\b)")  # not a decade ("the 1970s")
_SINCE_YEAR = lazy(r"\b(?:since|from)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def years_said(texts: Iterable[str]) -> tuple[int | None, frozenset[int]]:
    """The latest year these texts state, and each year they say a span runs "since"/"from"."""
    latest: int | None = None
    starts: set[int] = set()
    for text in texts:
        found = [int(y) for y in STATED_YEAR.findall(text)]
        if found:
            latest = max(found) if latest is None else max(latest, *found)
        starts.update(int(y) for y in _SINCE_YEAR.findall(text))
    return latest, frozenset(starts)


class TextFacts(msgspec.Struct, frozen=True):
    """What the date and figure look-ups ask of every source text, answered once per text set
    (link/texttables.py keeps them): whether any names a weekday or says "weekend", which say
    "yesterday"/"today"/"tonight"/"last night", and the whole numbers texts stop at the decimal
    point of."""

    weekdays_said: bool
    weekend_said: bool
    day_words: tuple[str, ...]
    cut_ends: tuple[str, ...]
    latest_year: int | None  # `years_said`
    since_years: tuple[int, ...]

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> TextFacts:
        """The facts of these texts (source id -> text)."""
        lowered = {source: text.lower() for source, text in texts.items()}
        latest, since = years_said(texts.values())
        return cls(
            weekdays_said=any(_WEEKDAY_WORD.search(text) for text in lowered.values()),
            weekend_said=any(_WEEKEND.search(text) for text in lowered.values()),
            day_words=tuple(source for source, text in lowered.items() if _DAY_WORDS.search(text)),
            cut_ends=tuple(sorted({end for text in texts.values() if (end := cut_end(text)) is not None})),
            latest_year=latest,
            since_years=tuple(sorted(since)),
        )


class TextTables(Protocol):
    """Source texts indexed once (link/texttables.py): what `SourceIndex` looks up in them."""

    sources: list[str]  # the texts covered, in order
    places: int  # how many sentences they have

    def case_counts(self) -> tuple[int, int]: ...
    def sources_with(self, words: Sequence[str]) -> list[str]: ...
    def sources_with_any(self, words: Sequence[str]) -> list[str]: ...
    def sentence(self, place: int) -> tuple[str, int, int]: ...
    def best_sentence(self, words: Iterable[str]) -> tuple[int, int] | None: ...
    def shared_words(self, words: Iterable[str], places: Iterable[int]) -> dict[int, int]: ...
    def stating(self, value: float) -> set[int]: ...
    def numbers(self) -> list[tuple[float, str, int, int, str, int]]: ...
    def numbers_within(
        self, ranges: Sequence[tuple[float, float]]
    ) -> list[tuple[float, str, int, int, str, int]]: ...
    def numbers_headed(self, test: Callable[[str], bool]) -> list[tuple[float, str, int, int, str, int]]: ...
    def listed_sum(self, value: float) -> tuple[float, str, int, int, str, int] | None: ...
    def lengths(self) -> list[tuple[float, str, int, int]]: ...
    def year_gap(self, value: float) -> tuple[float, str, int, int, str, int] | None: ...
    def capitalised(self) -> list[tuple[str, str, int, int]]: ...
    def sources_quoting(self, pieces: Sequence[str]) -> list[str]: ...
    def facts(self) -> TextFacts: ...
    def days_stated(self) -> list[tuple[str, tuple[int, int], int, int, int | None]]: ...


class _Sentences(msgspec.Struct, frozen=True):
    """One lower-cased text's sentences: spans, `frame_words`, the sentences holding each frame
    word, the years each states, and where each four-digit word stands."""

    spans: list[tuple[int, int]]
    frames: list[frozenset[str]]
    by_word: dict[str, list[int]]
    sentence_years: list[frozenset[str]]
    years: dict[str, list[tuple[int, int]]]

    @classmethod
    def of(cls, text: str) -> _Sentences:
        """The index of `text`, read once."""
        spans = sentences(text)
        frames = [frame_words(text[a:b]) for a, b in spans]
        by_word: dict[str, list[int]] = defaultdict(list)
        for at, words in enumerate(frames):
            for word in words:
                by_word[word].append(at)
        stated = [frozenset(m.group(1) for m in _YEAR.finditer(text, a, b)) for a, b in spans]
        years: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for match in _FOUR_DIGITS.finditer(text):
            years[match.group(0)].append(match.span())
        return cls(spans, frames, dict(by_word), stated, dict(years))


_FOUR_DIGITS = lazy(r"(?<![a-z0-9])\d{4}(?![a-z0-9])")  # a year as written, whatever follows


class SourceIndex:
    """Every number, date form and name word the source texts hold, found once per check.

    `tables`: the first texts indexed once (link/texttables.py, for a registry's compiled
    store): the look-ups they answer read only the texts a word or figure is in. A `TextView`
    of texts is read text by text as asked for, not copied."""

    def __init__(
        self, texts: Mapping[str, str], dates: Sequence[SourceDate] = (), tables: TextTables | None = None
    ) -> None:
        self.texts: Mapping[str, str] = texts if isinstance(texts, TextView) else dict(texts)
        self.dates = list(dates)
        order = list(self.texts)
        covered = len(tables.sources) if tables is not None else 0
        self.tables = tables if tables is not None and order[:covered] == tables.sources else None
        # the texts after those the tables cover (the registry's entity names), looked up as ever
        self._rest = order[covered:] if self.tables is not None else order
        # per source, its sentences' spans, `frame_words` and years, on a year's first look-up
        self._sentences: dict[str, _Sentences] = {}

    @functools.cached_property
    def lowered(self) -> Mapping[str, str]:
        """Each text lower-cased, on first use."""
        return _Lowered(self.texts)

    @functools.cached_property
    def _live(self) -> SourceIndex:
        """An index of the texts the tables do not cover."""
        return SourceIndex({source: self.texts[source] for source in self._rest}, self.dates)

    def caseless(self) -> bool:
        """Whether the texts, joined, write names in lower case (lexicon.caseless)."""
        if self.tables is None:
            return caseless("\n".join(self.texts.values()))
        capitalised, inner = self.tables.case_counts()
        for source in self._rest:
            more, more_inner = case_counts(self.texts[source])
            capitalised, inner = capitalised + more, inner + more_inner
        return caseless_counted(capitalised, inner)

    @functools.cached_property
    def numbers(self) -> list[_Number]:
        """Every number of the sources, read on the first figure looked up: a document without
        one never pays for reading a large registry's texts (nor, with tables, any text). A share
        said as "one in five" is also its percentage, and so on (`source_numbers`)."""
        if self.tables is not None:
            return [number for number, _ in self._stored_numbers] + self._live.numbers
        return [
            _Number(value, source, span, noun)
            for source, text in self.texts.items()
            for value, span, noun in source_numbers(text)
        ]

    @functools.cached_property
    def _stored_numbers(self) -> list[tuple[_Number, int]]:
        """The tables' numbers, each with the number of its sentence within its text (-1: none)."""
        assert self.tables is not None
        return [
            (_Number(value, source, (start, end), noun), sentence)
            for value, source, start, end, noun, sentence in self.tables.numbers()
        ]

    # ------------------------------------------------------------------ numbers

    def number(
        self, claim: QuantityClaim | DurationClaim, accept: Accept | None = None, open_bound: bool = False
    ) -> Support | None:
        """Whether a source states the claim's figure (None: the claim states no figure); only
        source figures `accept` (source, span) allows count, when it is given. `open_bound`: a
        lower bound ("at least 1,100") holds for any figure of the same thing at or above it,
        not only one it rounds down ("at least 1,200" for 1,240)."""
        if isinstance(claim, QuantityClaim) and claim.vague is not None:
            return self._vague(claim, accept)
        if claim.text.lower().startswith("first"):
            return None  # "his first trip since": a count of one nobody states
        if isinstance(claim, DurationClaim):
            stated = [v for v, _ in numbers_in(claim.text)]  # "two hours": look up the 2
            wanted, window, noun = stated[:1], None, ""
        else:
            low, high = (claim.value, claim.value) if claim.value is not None else (claim.low, claim.high)
            if low is None:
                return None
            wanted = [v for v in (low, high) if v is not None and not math.isinf(v)]
            window = _window(claim)
            if open_bound and window is not None and math.isinf(claim.interval()[1]):
                window = (window[0], math.inf)
            noun = counted_noun(claim.text)
        if not wanted or any(self._cut_at(value) for value in wanted):
            return None
        if isinstance(claim, QuantityClaim) and pointing(claim.approx) is not None:
            accept = self._same_side(claim.approx, wanted[0], accept)
            accept = self._bound_figure(claim, accept)
        # "more than 14", "fewer than 14": a strict bound leaves out its own number, so a source's
        # 14 is no figure it states (session 26); "at least 14" keeps it
        strict = isinstance(claim, QuantityClaim) and strict_count_bound(claim)
        strict_above = bool(pointing(claim.approx)) if isinstance(claim, QuantityClaim) else False
        for value in wanted:
            hit = self._number_near(value, window, claim.unit, noun, accept, strict, strict_above)
            if hit is None and window is None and isinstance(claim, QuantityClaim):
                # a sum is exact and of one sentence: the frame test of a lone figure is not needed
                hit = self._sum_of(value) or (self._years_apart(value) if _in_years(claim) else None)
            if hit is not None:
                return Support(True, Evidence(hit.source, hit.span))
            paired = self._pair_named(noun) if value == 2 and window is None else None
            if paired is None and window is None:
                paired = self._ages_listed(noun, value)
            if paired is not None:
                return Support(True, paired)
        if isinstance(claim, QuantityClaim) and _upper_bound(claim):
            hit = self._rounded_below(claim, noun, accept)
            if hit is not None:
                return Support(True, Evidence(hit.source, hit.span))
        if isinstance(claim, QuantityClaim) and claim.value is not None and _M_GLUED.search(claim.text):
            # "rose to 1.2m": an "m" written onto a figure is millions as often as metres
            hit = self._number_near(claim.value * 1e6, None, "", noun, accept)
            if hit is not None:
                return Support(True, Evidence(hit.source, hit.span))
        return Support(False)

    def _bound_alike(self, number: _Number, above: bool) -> bool:
        """Whether the source writes its figure as a bound pointing the same way (`above`: "more
        than 1,200 houses" for a summary's "more than 1,200"): the same bound, not the exact
        figure that breaks it."""
        before = self.texts.get(number.source, "")[max(0, number.span[0] - 24) : number.span[0]]
        found = APPROX.search(before)
        return found is not None and pointing(found.group("approx")) is above

    def _rounded_below(self, claim: QuantityClaim, noun: str, accept: Accept | None) -> _Number | None:
        """A source's approximate figure an upper bound holds for: "up to 2,500 staff" for "some
        2,400 staff", "fewer than 3,500" for "about 3,000". The source figure is at or below the
        bound and no more than BOUND_REACH under it (not "up to 90 million" for "about 60
        million"), and it is rounded ("about", "some") or itself below its number ("nearly", "up
        to"): "more than 2,400" may be above any bound."""
        assert claim.value is not None
        bound = claim.value

        def rounded(source: str, span: tuple[int, int]) -> bool:
            text = self.texts[source]
            found = APPROX.search(text[max(0, span[0] - APPROX_REACH) : span[0]])  # right before it
            stated = [v for v, _ in numbers_in(text[span[0] : span[1]])]
            return (
                found is not None
                and pointing(found.group("approx")) is not True
                and bool(stated)
                and stated[0] <= bound
                and (accept is None or accept(source, span))
            )

        return self._number_near(bound, (bound * (1 - BOUND_REACH), bound), claim.unit, noun, rounded)

    def _same_side(self, approx: str | None, value: float, accept: Accept | None) -> Accept:
        """`accept`, and a source figure of the same number (`value`) has no approximator that
        points away from the claim's `approx` (quantifiers.points_apart)."""

        def usable(source: str, span: tuple[int, int]) -> bool:
            text = self.texts[source]
            found = APPROX.search(text[max(0, span[0] - APPROX_REACH) : span[0]])  # right before it
            theirs = found.group("approx") if found is not None else None
            opposed = points_apart(approx, theirs) and value in (
                v for v, _ in numbers_in(text[span[0] : span[1]])
            )
            return not opposed and (accept is None or accept(source, span))

        return usable

    def _bound_figure(self, claim: QuantityClaim, accept: Accept | None) -> Accept:
        """`accept`, and a source figure a bound may stand for: not one above an upper bound
        ("fewer than 10" is not 14, though 14 rounds to 10), and not a day of a date ("7" of
        "May 7", "25" of "25 March"), which counts nothing."""
        ceiling = claim.value if _upper_bound(claim) else None

        def usable(source: str, span: tuple[int, int]) -> bool:
            text = self.texts[source]
            if ceiling is not None and any(v > ceiling for v, _ in numbers_in(text[span[0] : span[1]])):
                return False
            near = text[max(0, span[0] - DAY_REACH) : span[1] + DAY_REACH]
            offset = max(0, span[0] - DAY_REACH)
            for day in _DAY_MONTH.finditer(near):
                figure = day.span(1) if day.group(1) is not None else day.span(4)
                if figure[0] + offset <= span[0] < figure[1] + offset:
                    return False
            return accept is None or accept(source, span)

        return usable

    def _cut_at(self, value: float) -> bool:
        """Whether a source text stops at the decimal point of this figure ("in little more than
        0." for 0.07): a sentence splitter cut it there, so whether the source states the figure
        cannot be told (None, not unsupported)."""
        return value != int(value) and str(int(value)) in self._cut_ends

    @functools.cached_property
    def _cut_ends(self) -> frozenset[str]:
        """The whole numbers (as written) the source texts stop at the decimal point of: read
        once, from each text's last characters, not by a search of every text per figure."""
        if self.tables is not None:
            return frozenset(self.tables.facts().cut_ends) | self._live._cut_ends
        return frozenset(end for text in self.texts.values() if (end := cut_end(text)) is not None)

    def _pair_named(self, noun: str) -> Evidence | None:
        """Where a source names two of the counted things without counting them: "both zones",
        or two of them joined by "and" before their plural noun ("the tidal and wave demonstration
        zones" for "two demonstration zones"). English states a pair this way more often than
        with "two"; a list of three or more ("A, B and C zones") is not a pair."""
        if len(noun) < MIN_NAME_LETTERS or not noun.endswith("s"):
            return None  # a plural noun: "two zone" counts nothing
        plural = rf"{re.escape(noun[:-1])}e?s"
        both = rf"\bboth (?:[a-z'-]+ ){{0,3}}{plural}\b"
        # "<word> and <1-4 words> <noun>": no comma before (a longer list), no article after "and"
        joined = (
            rf"(?<!, )(?<![\w'-])[a-z][a-z'-]* and (?!(?:{_ARTICLES}) )(?:[a-z][a-z'-]* ){{1,4}}{plural}\b"
        )
        return self._first_lowered(re.compile(rf"{both}|{joined}"))

    def _ages_listed(self, noun: str, value: float) -> Evidence | None:
        """Where a source counts the people by listing their ages after their noun ("security
        guards, aged 47 and 49", "the brothers, 19, 21 and 23,"): as many ages as the count.
        Without "aged", the list must close with a comma, as an apposition does."""
        if len(noun) < MIN_NAME_LETTERS or not noun.endswith("s") or not 2 <= value <= MAX_AGES_LISTED:
            return None
        if value != int(value):
            return None
        plural = rf"{re.escape(noun[:-1])}e?s"
        ages = r"\d{1,3}(?:, \d{1,3})*,? and \d{1,3}"
        pattern = re.compile(rf"\b{plural},? (?:aged (?P<aged>{ages})|(?P<bare>{ages}),)")
        for source, text in self.lowered.items():
            for found in pattern.finditer(text):
                listed = found.group("aged") or found.group("bare")
                if len(re.findall(r"\d+", listed)) == value:
                    return Evidence(source, found.span())
        return None

    def _vague(self, claim: QuantityClaim, accept: Accept | None) -> Support | None:
        """A count in words of scale ("hundreds of thousands", "dozens") is supported by a source
        saying those words (also inside larger ones: "thousands" of "tens of thousands"), or by a
        source figure inside its interval ("more than a million"
        is not "hundreds of thousands"); None for the vaguest ("several", "a few"), which any
        small count may be."""
        low, high = claim.interval()
        words = " ".join((claim.vague or "").lower().split())
        if high < VAGUE_FLOOR:
            return None
        # "thousands" is in "tens of thousands": a summary may say less than its source, not more
        said = self._first_lowered(re.compile(rf"(?<![a-z]){re.escape(words)}(?![a-z])"))
        if said is not None:
            return Support(True, said)
        hit = self._number_near(low, (low, high), claim.unit, counted_noun(claim.text), accept)
        return Support(True, Evidence(hit.source, hit.span)) if hit is not None else Support(False)

    def figure(self, value: float, years: bool = False) -> Support:
        """Whether a source states this figure, counting anything (a figure no claim holds);
        `years`: it counts years, so a span between two years a source sentence states will do
        ("the 50-year-old bridge" for "built in 1965, closed in 2015")."""
        if self._cut_at(value):
            return Support(True)  # cannot be told either way: nothing to flag
        hit = self._number_near(value, None, "", "")
        if hit is None and years:
            hit = self._years_apart(value)
        return Support(True, Evidence(hit.source, hit.span)) if hit is not None else Support(False)

    def century(self, rank: int) -> Evidence | None:
        """Where a source names the `rank`th century, as such or by a year in it ("built in 1872"
        for "a 19th-century lighthouse"; a year ending in 00 counts for the centuries on both
        sides of it, as people count either way), else None."""
        for source, text in self.lowered.items():
            for found in _CENTURY.finditer(text):
                if _century_rank(found) == rank:
                    return Evidence(source, found.span())
            for found in _WRITTEN_YEAR.finditer(text):
                year = int(found.group(1))
                if rank in ((year - 1) // 100 + 1, year // 100 + 1):
                    return Evidence(source, found.span())
        return None

    @functools.cached_property
    def _by_sentence(self) -> list[list[_Number]]:
        """The source figures grouped by sentence, in text order (years and spoken parts of a
        longer figure left out)."""
        groups: dict[tuple[str, int], list[_Number]] = {}
        if self.tables is not None:  # the tables' texts come first
            return sentence_groups(self._stored_numbers) + self._live._by_sentence
        bounds = {source: sentences(text) for source, text in self.texts.items()}
        for number in self.numbers:
            at = next((i for i, (a, b) in enumerate(bounds[number.source]) if a <= number.span[0] < b), -1)
            groups.setdefault((number.source, at), []).append(number)
        return [sorted(set(g), key=lambda n: n.span) for g in groups.values()]

    def _sum_of(self, value: float) -> _Number | None:
        """Two figures a source lists together ("300 passengers and 50 crew", "three men and
        two women") that add up to the value ("350 people"), each counting something."""
        if self.tables is not None:  # the tables' sentences come first: their pair wins
            row = self.tables.listed_sum(value)
            return _number_of(row) if row is not None else self._live._sum_of(value)
        return self._listed_sums.get(value)

    @functools.cached_property
    def _listed_sums(self) -> dict[float, _Number]:
        """`listed_sums` of the texts (without tables: with them, the tables keep theirs)."""
        return listed_sums(self._by_sentence, self.texts)

    def _years_apart(self, value: float) -> _Number | None:
        """A year of a source sentence that another year of the same sentence is `value` years
        from ("Since 2010 ... in 2015": five years)."""
        if self.tables is not None:
            row = self.tables.year_gap(value)
            return _number_of(row) if row is not None else self._live._years_apart(value)
        return self._year_gaps.get(value)

    @functools.cached_property
    def _year_gaps(self) -> dict[float, _Number]:
        """`year_gaps` of the texts (without tables: with them, the tables keep theirs)."""
        return year_gaps(self._by_sentence)

    def numbers_within(self, ranges: Sequence[tuple[float, float]]) -> list[_Number]:
        """The source numbers whose value lies in one of these closed ranges, in `numbers` order:
        the only ones a look-up of a figure can accept (the ranges are widened by a billionth, so
        a figure at a range's end is not lost to float rounding). With tables, an indexed query
        instead of a test of every number of a large registry."""
        padded = [_padded(low, high) for low, high in ranges]
        if self.tables is None:
            return [n for n in self.numbers if any(low <= n.value <= high for low, high in padded)]
        stored = [_number_of(row) for row in self.tables.numbers_within(padded)]
        return stored + self._live.numbers_within(ranges)

    @functools.cached_property
    def stated_lengths(self) -> list[tuple[float, Evidence]]:
        """Each length of time the sources state, in days, and where (`stated_length`), in
        `numbers` order: kept in the tables (no text read), the other texts' read."""
        if self.tables is not None:
            stored = [(length, Evidence(source, (a, b))) for length, source, a, b in self.tables.lengths()]
            return stored + self._live.stated_lengths
        found = []
        for number in self.numbers_headed(is_time_unit):
            said = stated_length(self.texts[number.source], number)
            if said is not None:
                found.append((said[0], Evidence(number.source, (number.span[0], said[1]))))
        return found

    def numbers_headed(self, test: Callable[[str], bool]) -> list[_Number]:
        """The source numbers whose noun's first word passes `test` ("" for a number with no
        noun), in `numbers` order."""
        if self.tables is None:
            return [n for n in self.numbers if test(_head(n.noun))]
        stored = [_number_of(row) for row in self.tables.numbers_headed(test)]
        return stored + self._live.numbers_headed(test)

    def _number_near(
        self,
        value: float,
        window: tuple[float, float] | None,
        unit: str,
        noun: str,
        accept: Accept | None = None,
        strict: bool = False,
        strict_above: bool = False,
    ) -> _Number | None:
        half = rounding_unit(value) / 2  # "4,700" stands for anything that rounds to it
        tolerance, table = conversions()
        # (factor, the other unit's spelling): "138,000 acres" is looked up as hectares
        other_units = [(f, a) for a, b, f in table if unit.lower() == b]
        other_units += [(1 / f, b) for a, b, f in table if unit.lower() == a]
        # the values `_figure_near` can accept: equal or rounding to it, inside the window, or
        # converting to it from another unit; only those numbers are tested
        ranges = [(value - half, value + half)]
        if window is not None:
            ranges.append(window)
        margin = max(half, tolerance * abs(value))
        for factor, _ in other_units:
            if factor == 0:
                ranges.append((-math.inf, math.inf))
            else:
                ends = ((value - margin) / factor, (value + margin) / factor)
                ranges.append((min(ends), max(ends)))
        for number in self.numbers_within(ranges):
            # the figure first, then `accept`, which reads the source's sentence (the same first
            # number passes both: one test of a large registry's every figure was most of a check)
            if strict and number.value == value and not self._bound_alike(number, strict_above):
                continue  # the bound's own number, which a strict bound leaves out
            if self._figure_near(number, value, window, noun, (half, tolerance), other_units) and (
                accept is None or accept(number.source, number.span)
            ):  # else the same number about another quantity (link/figures.py)
                return number
        return None

    @staticmethod
    def _figure_near(
        number: _Number,
        value: float,
        window: tuple[float, float] | None,
        noun: str,
        margins: tuple[float, float],
        other_units: list[tuple[float, str]],
    ) -> bool:
        """Whether a source number states the figure: in another unit it converts to, or as the
        same thing counted, equal, rounding to it, or inside its window."""
        half, tolerance = margins
        for factor, other in other_units:
            converted = number.value * factor
            if _same_thing(other, number.noun) and abs(converted - value) <= max(
                half, tolerance * abs(value)
            ):
                return True
        if not _same_thing(noun, number.noun):
            return False  # "five-year-old" is not supported by "five people"
        floor = window is not None and window[0] == value  # "more than 100": a lower bound
        if floor and number.value < value:
            return False  # 96 is not "more than 100", though it rounds to it
        share = ROUNDING_SHARE if window is None or floor else 1.0  # "about 1 million": 1.2 million
        if number.value == value or _rounds_to(number.value, value, half, share):
            return True
        return window is not None and window[0] <= number.value <= window[1]

    # ------------------------------------------------------------------ dates

    def date(self, claim: DateClaim, context: frozenset[str] = frozenset()) -> Support | None:
        """Whether a source states the claim's date, day, month, year or weekday. `context`: the
        `frame_words` of the claim's own sentence; given, a bare year counts only where a source
        sentence stating it shares one of them (the same event, not the year of another one)."""
        for other in self.dates:  # a source date of the same frame, resolved ("on Sunday" -> its day)
            same = other.event == claim.event
            if same and other.start <= claim.end and claim.start <= other.end and _not_coarser(other, claim):
                return Support(True, Evidence(other.source, other.span or (0, 1)))
        if claim.relative and claim.precision is Precision.YEAR and claim.weekday is None:
            return None  # a relative date nothing resolved ("recently")
        same_words = self._relative_words(claim)
        if same_words is not None:
            return Support(True, same_words)
        resolved = self._period_resolved(claim)
        if resolved is not None:
            return Support(True, resolved)
        words = self._date_words(claim)
        if words is None:
            return None
        found = self._find_all(words)
        if found is not None and context and claim.precision is Precision.YEAR and words[0].isdigit():
            # a year is a fact about an event: "elsewhere" only on evidence that the summary's
            # event has another year in the sources, else the year stands as found
            elsewhere = self._year_of_other_event(words[0], context)
            return Support(False, elsewhere, elsewhere=True) if elsewhere else Support(True, found)
        if found is None and claim.weekday and not self._weekday_elsewhere(claim):
            # sources that say "Sunday" without its date cannot tell which Sunday: the weekday
            # must do (a source date of the same frame is compared by the date rules instead)
            found = self._find_all([claim.weekday.lower()])
        if found is None and _names_weekday(claim):
            named = _weekdays_named(claim.text)[0]
            found = self._dated_on(named)
            # "on Saturday" against a source that says "yesterday" or "today" with no publication
            # date to resolve it, or dates its days without a year or a weekday ("on 12 march",
            # "this weekend"): that day may be this Saturday, so nothing can be said either way
            # (unverifiable, not unsupported)
            if found is None and (self._unresolved_day_words or self._weekday_unknown(named)):
                return None
        if found is None and not claim.relative:
            found = self._counted_from(claim)
        if found is not None and not self._each_weekday_stated(claim):
            return Support(False)  # "on Monday and Tuesday": the first day alone is no support
        return Support(True, found) if found is not None else Support(False)

    def _each_weekday_stated(self, claim: DateClaim) -> bool:
        """Whether a source names each weekday after the first that a relative date lists ("on
        Monday and Tuesday": Tuesday too; the look-up above found the first), a Saturday or
        Sunday also by "weekend"; true for a date naming one weekday or none."""
        if not claim.relative:
            return True
        named = list(dict.fromkeys(_weekdays_named(claim.text)))
        return all(
            self._find_all([day]) is not None or (day in ("saturday", "sunday") and self._weekend_said)
            for day in named[1:]
        )

    def _period_resolved(self, claim: DateClaim) -> Evidence | None:
        """A source date that states the claim's month or week in relative words ("last month"
        in a report of 9 March 2022 for a summary's "in February"): the same period once
        resolved from the report's date, of any event, as the month's own name would be. Not a
        year: an undated "recently" also resolves to one."""
        if claim.precision not in (Precision.MONTH, Precision.WEEK):
            return None
        for other in self.dates:
            if (
                other.relative
                and other.precision is claim.precision
                and (other.start, other.end) == (claim.start, claim.end)
            ):
                return Evidence(other.source, other.span or (0, 1))
        return None

    def _year_of_other_event(self, year: str, context: frozenset[str]) -> Evidence | None:
        """Where the sources state `year` about another event than the summary sentence's
        (`context`: its `frame_words`), else None. Both must hold: no source sentence stating
        the year shares a word of `context`, and a source sentence that shares at least
        FRAME_MATCH of them (the summary's event, in the sources) gives another year. A paraphrase
        ("the pair wed": "the couple married") shares no words with the year's sentence, and the
        sources then say nothing of the summary's event: the year stands."""
        stated: Evidence | None = None
        for source in self._event_sources():
            index = self._sentences_of(source)
            for span in index.years.get(year, []):
                at = _span_at(index.spans, span[0])
                if at is not None and context & index.frames[at]:
                    return None  # the same event, in other order ("the 2011 election")
                stated = stated or Evidence(source, span)
        if stated is None or not self._event_dated_otherwise(year, context):
            return None
        return stated

    def _event_dated_otherwise(self, year: str, context: frozenset[str]) -> bool:
        """Whether a source sentence sharing FRAME_MATCH words of `context` states a year, none
        of them `year` ("the singer's son died at home in 2006" for "... died at home in 2009")."""
        for source in self._event_sources():
            index = self._sentences_of(source)
            shared = Counter(at for word in context for at in index.by_word.get(word, ()))
            for at, count in shared.items():
                stated = index.sentence_years[at]
                if count >= FRAME_MATCH and stated and year not in stated:
                    return True
        return False

    def _event_sources(self) -> Iterator[str]:
        """The sources, without the accepted names joined as one text (no sentences, no events)."""
        return (source for source in self.lowered if source != ENTITY_NAMES)

    def prose_may_have(self, word: str) -> list[str]:
        """`may_have`, less the accepted names joined as one text: the sources whose sentences
        may have the word."""
        return [source for source in self.may_have(word) if source != ENTITY_NAMES]

    def _sentences_of(self, source: str) -> _Sentences:
        """A source's sentences, their `frame_words` and years, found once per source."""
        if source not in self._sentences:
            self._sentences[source] = _Sentences.of(self.lowered[source])
        return self._sentences[source]

    def _counted_from(self, claim: DateClaim) -> Evidence | None:
        """A date the sources give by counting from another: a day "two days later" than a day
        they date, just after it; a year "ten years" before or after a year of the same
        sentence ("resigned in 2015 after ten years in charge" dates the start to 2005)."""
        one_day = (claim.start.month, claim.start.day) == (claim.end.month, claim.end.day)
        if claim.precision in (Precision.DAY, Precision.DAYS) and one_day:  # of a known year or not
            return self._days_counted(claim.start)
        if claim.precision is Precision.YEAR and claim.start.year == claim.end.year:
            return self._years_counted(claim.start.year)
        return None

    def _days_counted(self, wanted: dt.date) -> Evidence | None:
        """Where a source says "N days later" (or earlier) just after a day N days from `wanted`
        (compared in `wanted`'s year: the source may not give one)."""
        for source, text in self.lowered.items():
            for day in _DAY_MONTH.finditer(text):
                start = _day_of(day, wanted.year)
                if start is None:
                    continue
                for found in _DAYS_LATER.finditer(text[day.end() : day.end() + OFFSET_REACH]):
                    step = _count(found.group(1)) * (1 if found.group(2) in ("later", "after") else -1)
                    if step and start + dt.timedelta(days=step) == wanted:
                        return Evidence(source, (day.end() + found.start(), day.end() + found.end()))
        return None

    def _years_counted(self, wanted: int) -> Evidence | None:
        """A year of a source sentence that a number of years it states is from `wanted`, or
        one that "N years later" (or earlier) just after it counts from ("closed in 2012.
        Three years later it reopened": 2015)."""
        for group in self._by_sentence:
            spans = [n.value for n in group if n.noun.startswith("year") and not _is_year(n.value)]
            for year in (n for n in group if _is_year(n.value)):
                if any(abs(year.value - wanted) == span for span in spans):
                    return Evidence(year.source, year.span)
        for group in self._by_sentence:  # "died in 1992 at the age of 75": born in 1916 or 1917
            years = [n for n in group if _is_year(n.value)]
            ages = [n for n in group if n.value < MAX_AGE and self._aged(n)]
            for year, age in itertools.product(years, ages):
                if wanted in (year.value - age.value, year.value - age.value - 1):
                    return Evidence(year.source, year.span)
        for source, text in self.lowered.items():
            for said in _YEAR.finditer(text):
                for found in _YEARS_LATER.finditer(text[said.end() : said.end() + OFFSET_REACH]):
                    step = _count(found.group(1)) * (1 if found.group(2) in ("later", "after") else -1)
                    if step and int(said.group(1)) + step == wanted:
                        return Evidence(source, (said.end() + found.start(), said.end() + found.end()))
        return None

    def _aged(self, number: _Number) -> bool:
        """Whether a source figure is an age: "aged 75", "at the age of 75" right before it."""
        start = number.span[0]
        return _AGE_BEFORE.search(self.lowered[number.source], max(0, start - AGE_REACH), start) is not None

    def years_apart(self, value: float) -> Evidence | None:
        """Where a source sentence states two years `value` years apart ("opened in 1995,
        closed in 2015": 20 years)."""
        hit = self._years_apart(value)
        return Evidence(hit.source, hit.span) if hit is not None else None

    def _relative_words(self, claim: DateClaim) -> Evidence | None:
        """Where a source says a relative date in the claim's own words ("this weekend", "last
        month"), preposition aside: both speak from the same day, so the same words
        mean the same date, however (or whether) a date resolved them."""
        if not claim.relative:
            return None
        words = re.findall(r"[a-z0-9]+", claim.text.lower())
        while words and words[0] in _DATE_PREPOSITIONS:
            words = words[1:]
        if len(words) < 2 or any(w in WEEKDAYS for w in words):
            return None  # a weekday may be another week's (judged below); "today" is anyone's
        return self._first_lowered(re.compile(r"(?<![a-z0-9])" + r"\W+".join(words) + r"(?![a-z0-9])"))

    def _first_lowered(self, pattern: re.Pattern[str]) -> Evidence | None:
        """Where a lower-case pattern first matches the sources' lower-cased texts."""
        for source, text in self.lowered.items():
            found = pattern.search(text)
            if found is not None:
                return Evidence(source, found.span())
        return None

    def _weekday_elsewhere(self, claim: DateClaim) -> bool:
        """Whether the sources' own dates say which day their "Sunday" was, and it is not the
        claim's: "Sunday, November 27" is then not borne out by a report's "early on Sunday"
        that its publication date makes November 20."""
        named = claim.weekday.lower() if claim.weekday else ""
        return self._weekday_on_other_days(named, claim.start)

    def _weekday_on_other_days(self, named: str, day: dt.date, written: bool = False) -> bool:
        """Whether the sources' dates of one day that name the weekday `named` ("on Tuesday" in a
        report of 15 March, "Tuesday, March 14") all fall on days other than `day`; with `written`,
        only dates written out ("Tuesday, March 14"), not a report's resolved "on Tuesday", whose
        tense reading may be off ("were arrested on Saturday and will appear ...")."""
        days = {d.start for d in self._one_day_dates_naming(named) if not (written and d.relative)}
        return bool(days) and day not in days

    def _one_day_dates_naming(self, named: str) -> list[SourceDate]:
        """The sources' dates of one day whose words name the weekday `named` ("Tuesday, March 14",
        a report's "on Tuesday")."""
        return [d for d in self.dates if d.start == d.end and named in d.text.lower()]

    def weekday_days(self, claim: DateClaim) -> list[SourceDate]:
        """The sources' dates of one day that name the weekday the claim names ("Tuesday, April 8"
        for a summary's "Tuesday, April 15" or its bare "on Tuesday"), one per day, written-out
        ones first, when none of them is the claim's day: which day the sources mean by it.
        Empty when the claim names no weekday, spans days, or a source's is its own."""
        named = claim.weekday.lower() if claim.weekday else ""
        if not named and claim.relative:  # "on Tuesday", resolved to the document's week
            named = next(iter(_weekdays_named(claim.text)), "")
        if not named or claim.start != claim.end:
            return []
        days = self._one_day_dates_naming(named)
        if any(d.start == claim.start for d in days):
            return []
        by_day: dict[dt.date, SourceDate] = {}
        for d in sorted(days, key=lambda d: d.relative):  # a written-out date before a resolved one
            by_day.setdefault(d.start, d)
        return list(by_day.values())

    def _dated_on(self, weekday: str) -> Evidence | None:
        """Where a source dates a day with its year ("12 march 2016") that fell on this weekday,
        when no source names a weekday (one that does says which day it means)."""
        if self._weekdays_said:
            return None
        for source, span, day, year in self._days_stated:
            if year is not None and weekday_of(day.replace(year=year)) == weekday:
                return Evidence(source, span)
        return None

    def _weekday_unknown(self, weekday: str) -> bool:
        """Whether the sources leave open which weekday their day was: none names a weekday, and
        one dates a day without its year ("on 12 march") or, for a Saturday or Sunday, says
        "weekend"."""
        if self._weekdays_said:
            return False
        if any(year is None for _, _, _, year in self._days_stated):
            return True
        return weekday in ("saturday", "sunday") and self._weekend_said

    @functools.cached_property
    def years_said(self) -> tuple[int | None, frozenset[int]]:
        """The latest year the texts state and the years they say a span runs "since" (`years_said`)."""
        if self.tables is None:
            return years_said(self.texts.values())
        facts = self.tables.facts()
        latest, since = self._live.years_said
        known = [y for y in (facts.latest_year, latest) if y is not None]
        return (max(known) if known else None), frozenset(facts.since_years) | since

    @functools.cached_property
    def _weekend_said(self) -> bool:
        """Whether a source says "weekend"."""
        if self.tables is not None:
            return self.tables.facts().weekend_said or self._live._weekend_said
        return any(_WEEKEND.search(text) for text in self.lowered.values())

    @functools.cached_property
    def _weekdays_said(self) -> bool:
        """Whether a source names a weekday."""
        if self.tables is not None:
            return self.tables.facts().weekdays_said or self._live._weekdays_said
        return any(_WEEKDAY_WORD.search(text) for text in self.lowered.values())

    def days_written(self) -> list[tuple[str, tuple[int, int], dt.date, int | None]]:
        """Each day of a month a source writes out: (source, span, the day in a leap year, the
        year written right after it or None)."""
        return self._days_stated

    @functools.cached_property
    def _days_stated(self) -> list[tuple[str, tuple[int, int], dt.date, int | None]]:
        """Each day of a month a source states, as (source, span, the day in a leap year, the
        year written right after it or None): "12 march 2016", "march 12" (any year); 29
        February of a year that has none is no day."""
        if self.tables is not None:
            stored = [
                (source, span, dt.date(LEAP_YEAR, month, day), year)
                for source, span, month, day, year in self.tables.days_stated()
            ]
            return stored + self._live._days_stated
        return [(source, *found) for source, text in self.lowered.items() for found in days_stated(text)]

    @functools.cached_property
    def _unresolved_day_words(self) -> bool:
        """Whether a source says "yesterday", "today", "tonight" or "last night" and no date of
        that source was resolved from its publication date."""
        resolved = {d.source for d in self.dates if d.relative}
        if self.tables is not None:
            saying = self.tables.facts().day_words
            return any(source not in resolved for source in saying) or self._live._unresolved_day_words
        return any(
            source not in resolved and _DAY_WORDS.search(text) for source, text in self.lowered.items()
        )

    def _find_all(self, words: list[str]) -> Evidence | None:
        """The first source stating every one of these date words."""
        for source in self._may_state(words[0]) if words else self.lowered:
            text = self.lowered[source]
            spans = [_find(text, w) for w in words]
            if all(s is not None for s in spans):
                return Evidence(source, min(s for s in spans if s is not None))
        return None

    def _may_state(self, word: str) -> Iterable[str]:
        """The sources, in order, that may state a date word (`_find`): with tables, those having
        in a sentence a word any match of it starts (`date_word_tokens`), else every one. A large
        registry's texts mostly do not state the day a summary names, and reading each of them
        to find that out was ~0.2 s of a check at 100k claims."""
        tokens = date_word_tokens(word)
        if self.tables is None or tokens is None:
            return self.lowered
        return [*self.tables.sources_with_any(tokens), *self._rest]

    def _date_words(self, claim: DateClaim) -> list[str] | None:
        """What a source must say for the claim: its weekday, else its day and month, else its
        month (and year), else its year."""
        same_day = (claim.start.month, claim.start.day) == (claim.end.month, claim.end.day)
        if not claim.relative and claim.precision in DAY_WORDS and same_day:
            # "Sunday, November 27": the day must be in a source (FC202 checks the weekday); so
            # must the day of a time ("at 03:36 on 25 August": its clock is compared by FC201
            # when it joins its event's frame)
            return [f"{claim.start.month}/{claim.start.day}"]
        if claim.weekday and self._weekday_elsewhere(claim):
            return [f"{claim.start.month}/{claim.start.day}"]  # their "Sunday" was another day
        if claim.weekday:
            return [claim.weekday.lower()]
        if claim.relative and claim.precision is Precision.DAY and "day" in claim.text.lower():
            day_name = weekday_of(claim.start)  # "on Friday", resolved from the summary's date
            if (
                claim.start == claim.end
                and "last " not in claim.text.lower()  # "last Tuesday": which week is the reader's
                and self._weekday_on_other_days(day_name, claim.start, written=True)
            ):
                # the sources' own Friday was another day ("Friday, March 17" a week before the
                # summary's): the word alone would bear out a day a week off; the day must do
                return [f"{claim.start.month}/{claim.start.day}"]
            return [day_name]
        named = _weekdays_named(claim.text)
        if claim.relative and named:
            return named[:1]  # "on Sunday" when nothing dates the text: any Sunday, so the word
        if claim.relative and claim.precision in (Precision.YEAR, Precision.WEEK):
            return None
        if claim.precision is Precision.DAY or (claim.precision is Precision.DAYS and same_day):
            # a day, or one day of the month in either of two years (the year was not known)
            return [f"{claim.start.month}/{claim.start.day}"]
        if (
            claim.precision in (Precision.MONTH, Precision.MONTH_PART)
            and claim.start.month == claim.end.month
        ):
            return [MONTHS[claim.start.month - 1]]
        if claim.precision is Precision.YEAR and claim.start.year == claim.end.year:
            return [str(claim.start.year)]
        return None

    # ------------------------------------------------------------------ names

    def name(self, word: str) -> Support:
        """Whether a source has the name word; if not, the capitalised source word it is near."""
        bare = strip_possessive(word)
        for spelling in _apostrophes(bare.lower()):  # "O'Neill" is the sources' "O’Neill"
            for source in self.may_have(spelling):
                found = _find_word(self.lowered[source], spelling)
                if found is not None:
                    return Support(True, Evidence(source, found))
        spelled = self._spelled_out(bare)
        if spelled is not None:
            return Support(True, spelled)
        country = self._country_named(bare)
        if country is not None:
            return Support(True, country)  # "Turkish" where the sources write "Turkey"
        closest = self._closest_name(bare)
        return Support(False, closest[1] if closest else None, closest[0] if closest else None)

    def _country_named(self, word: str) -> Evidence | None:
        """Where a source names the country or the people `word` names, in another form: the
        country for its demonym and back ("Turkey" for "Turkish", "Filipinos" for "Philippines"),
        another spelling ("Holland"), a code in capitals ("US" for "American") in a line that is
        not all capitals (a headline's "IN" is a word). extract/countries.py has the table."""
        for form in sorted(country_forms(word)):
            if is_code(form):
                found = self._code(form)
                if found is not None:
                    return found
                continue
            spelling = form.lower()
            for source in self.may_have(spelling):
                span = _find_word(self.lowered[source], spelling)
                if span is not None:
                    return Evidence(source, span)
        return None

    def _code(self, code: str) -> Evidence | None:
        """Where a source writes `code` in capitals, in a line with lower-case letters."""
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(code)}(?![\w'’-])")
        for source, text in self.texts.items():
            for found in pattern.finditer(text):
                start = text.rfind("\n", 0, found.start()) + 1
                end = text.find("\n", found.end())
                if any(c.islower() for c in text[start : end if end >= 0 else len(text)]):
                    return Evidence(source, found.span())
        return None

    def _spelled_out(self, word: str) -> Evidence | None:
        """Where a source spells out the initials a word is made of ("NHS": "National Health
        Service"), small words between. In cased text initials are written in capitals, and they
        are capitals of the source's own text; a word in lower case comes from a summary written
        all in lower case (as much summary data is: "iom"), and is looked for in the lower-cased
        sources."""
        if not MIN_INITIALS <= len(word) <= MAX_INITIALS or not word.isalpha():
            return None
        caseless = word.islower()
        if not caseless and not word.isupper():
            return None  # "Ma" in a cased summary is a name, not initials: no scan of every source text
        letters = word if caseless else word.upper()
        parts = [rf"{re.escape(letter)}[a-z'’-]{{2,}}" for letter in letters]
        fillers = phrase_alternation(initial_fillers())
        pattern = re.compile(r"(?<![\w'’-])" + rf"\s+(?:(?i:{fillers})\s+)?".join(parts) + r"(?![\w'’-])")
        if caseless:
            return self._first_lowered(pattern)
        return next(
            (
                Evidence(source, found.span())
                for source, text in self.texts.items()
                if (found := pattern.search(text))
            ),
            None,
        )

    def may_have(self, word: str) -> list[str]:
        """The sources, in order, that may have the word (every one without tables): a match of
        the word has each of its runs of letters and digits as a whole word of one sentence."""
        if self.tables is None:
            return list(self.texts)
        return [*self.tables.sources_with(_WORDS.findall(word)), *self._rest]

    def _closest_name(self, word: str) -> tuple[str, Evidence] | None:
        if len(word) < MIN_NAME_LETTERS:
            return None
        best: tuple[int, str, Evidence] | None = None
        limit = 1 if len(word) <= 5 else NAME_NEAR_MISS
        lowered = word.lower()
        demonyms = word_list("demonyms")
        if word in demonyms:
            return None  # a demonym is never a near miss of another word (below)
        by_length = self._capitalised_by_length
        # an edit distance is at least the difference in length: only words of a length within
        # the limit can be near; of those, the ones within the limit (their distances in one C
        # pass over each length's words: a large registry's texts write 14,000 capitalised
        # words), in the order they were first written, as over every word
        near = sorted(
            (by_length[size][index], int(distance))
            for size in range(len(lowered) - limit, len(lowered) + limit + 1)
            if size in by_length
            for _, distance, index in process.extract(
                lowered,
                self._capitalised_lowered[size],
                scorer=Levenshtein.distance,
                processor=None,
                score_cutoff=limit,
                limit=None,
            )
        )
        for (_, other, _, where), distance in near:
            # only a word closer than the best so far is tested for a derived word or a demonym,
            # the same words as testing each first
            if best is not None and distance >= best[0]:
                continue
            if _derived(word, other) or other in demonyms:
                continue  # "France" beside "French": a country and its people, no misspelling
            best = (distance, other, where)
        if best is None and self._names_lower_cased:
            return self._closest_lower_name(lowered, limit)
        return (best[1], best[2]) if best else None

    @functools.cached_property
    def _names_lower_cased(self) -> bool:
        """`caseless`, asked once: sources that write names in lower case have no capitalised
        words to find a misspelling's right spelling among."""
        return self.caseless()

    def _closest_lower_name(self, lowered: str, limit: int) -> tuple[str, Evidence] | None:
        """In sources that write names in lower case, the nearest source word that word
        frequencies call a name (`_lower_names`), not another form of the word ("russian"), and
        where it is first written: a capitalised "Andy Murrey" against the sources' "andy murray".
        A common English word is none ("Stand" opening a sentence or a headline is no "stan"), as
        `_misspelled_lower` rules for lower-cased text."""
        from factcheck.extract.lexicon import uncommon  # wordfreq: lower-cased sources only

        if not uncommon(lowered):
            return None
        for other in self._lower_names.get_near(lowered, limit):
            if _derived(lowered, other) or any(form == other for form in _word_forms(lowered)):
                continue
            for source, text in self.lowered.items():
                found = _find_word(text, other)
                if found is not None:
                    return other, Evidence(source, found)
        return None

    @functools.cached_property
    def _capitalised_by_length(self) -> dict[int, list[tuple[int, str, str, Evidence]]]:
        """(order, word without possessive, the same lower-cased, where) of each capitalised
        source word, by the length of the word lower-cased."""
        found: dict[int, list[tuple[int, str, str, Evidence]]] = defaultdict(list)
        for n, (written, where) in enumerate(self._capitalised.items()):
            other = strip_possessive(written)
            lowered = other.lower()
            found[len(lowered)].append((n, other, lowered, where))
        return found

    @functools.cached_property
    def _capitalised_lowered(self) -> dict[int, list[str]]:
        """The lower-cased capitalised source words by length, in `_capitalised_by_length`'s order."""
        return {size: [item[2] for item in items] for size, items in self._capitalised_by_length.items()}

    @functools.cached_property
    def _capitalised(self) -> dict[str, Evidence]:
        """Each capitalised word of the sources where it is first written, in order of first
        writing: the first of the closest is the same as over every occurrence, and a large
        registry repeats its names thousands of times."""
        first: dict[str, Evidence] = {}
        if self.tables is not None:
            for written, source, start, end in self.tables.capitalised():
                first[written] = Evidence(source, (start, end))
            for written, where in self._live._capitalised.items():
                first.setdefault(written, where)
            return first
        for source, text in self.texts.items():
            for match in _NAME.finditer(text):
                if match.group(0) not in first:
                    first[match.group(0)] = Evidence(source, match.span())
        return first

    def lower_case_names(
        self, text: str, skip: Iterable[tuple[int, int]] = ()
    ) -> list[tuple[str, tuple[int, int], str | None]]:
        """Words of a lower-cased text that no source has and that word frequencies say are
        names ("hodgson", "cincinnati"), with their spans, outside `skip`, and None; or that
        misspell a name the sources write (`_misspelled_lower`: "andy murrey" for "andy
        murray"), with that spelling. A word counts as in a source with its plural or possessive
        ending dropped ("sculls": "scull")."""
        from factcheck.extract.lexicon import name_like, uncommon  # wordfreq: lower-cased text only
        from factcheck.extract.place_names import place_names

        taken = list(skip)
        words = list(_LOWER_WORD.finditer(text))
        found: list[tuple[str, tuple[int, int], str | None]] = []
        for position, match in enumerate(words):
            word = match.group(0).lower()
            if any(a <= match.start() < b for a, b in taken) or word in _NOT_NAMES:
                continue
            if self._has(word):
                continue
            spelled = self._misspelled_lower(word, text, words, position)
            if spelled is not None:
                found.append((match.group(0), match.span(), spelled))
                continue
            # a place English news names often ("london", "birmingham") is more frequent in
            # English than elsewhere, so frequencies miss it: the table of places names it
            if not (name_like(word) or word in place_names()) or self._compound_head(word):
                continue
            if _heads_indefinite(text, words, position):
                continue  # "a lightning rod": the head of "a ..." is a common noun
            # "helen glover" where the sources say "glover": a given name of a person they name;
            # "west bromwich albion" where they say "west brom": the full name of one they name
            beside = _neighbours(text, words, position)
            named = any(uncommon(other) and (self._has(other) or self._shortened(other)) for other in beside)
            if named and not self._other_given_name(word, text, words, position):
                continue
            found.append((match.group(0), match.span(), None))
        return found

    def _misspelled_lower(
        self, word: str, text: str, words: list[re.Match[str]], position: int
    ) -> str | None:
        """The sources' spelling of a name that a lower-cased text writes one or two letters off
        (one for five letters or fewer, as `_closest_name`), else None. Without capitals a name
        is told by its frequencies: the source word must be a name (`_lower_names`), and the
        text's word no common English word nor another form of it ("russian" for "russia"). An
        English word that is rare but known ("murrey", "nadel") is taken for a misspelling only
        when it stands beside a word the sources write beside their spelling ("andy murrey"
        where they write "andy murray"); a word English does not know at all ("raonik") is
        one wherever it stands."""
        from factcheck.extract.lexicon import uncommon, zipf  # wordfreq: lower-cased text only

        if len(word) < MIN_NAME_LETTERS or not uncommon(word) or _lower_demonym(word):
            return None
        limit = 1 if len(word) <= 5 else NAME_NEAR_MISS
        near = [
            other
            for other in self._lower_names.get_near(word, limit)
            if not _derived(word, other) and not any(form == other for form in _word_forms(word))
        ]
        if not near:
            return None
        if zipf(word, "en") == 0.0:
            return near[0]
        beside = _sided_neighbours(text, words, position)
        for other in near:
            for neighbour, before in beside:
                if neighbour in _NOT_NAMES:
                    continue
                pair = f"{neighbour} {other}" if before else f"{other} {neighbour}"
                if any(_find_word(lowered, pair) is not None for lowered in self.lowered.values()):
                    return other
        return None

    @functools.cached_property
    def _lower_names(self) -> _NearWords:
        """The source words that word frequencies call names (lexicon `name_like` or
        `written_alike`, not a common English word), for `_misspelled_lower`: every word long
        enough is kept, and only those near a word asked about are tested (`_NearWords.test`), as
        testing a long text's every word would read the large frequency lists for each."""
        words = (w for w in sorted(self._words) if len(w) >= MIN_NAME_LETTERS and w not in _NOT_NAMES)
        return _NearWords(words, _lower_name)

    def _other_given_name(self, word: str, text: str, words: list[re.Match[str]], position: int) -> bool:
        """Whether the word before a surname is a given name the sources never give it."""
        after = position + 1
        if after >= len(words) or text[words[position].end() : words[after].start()].strip():
            return False
        return self.other_given_name(word, words[after].group(0))

    def other_given_name(self, given: str, surname: str) -> bool:
        """Whether the sources give the surname another given name, never this one nor one of its
        initial ("Jamie Swift" where they write "David Swift"): a wrong first name, not one they
        left out nor a short form ("Mike" for "Michael"). A given name is a word written alike
        in other languages, capitalised where the sources use capitals ("racer Swift" gives
        none), and in lower-cased text also a frequent one."""
        from factcheck.extract.lexicon import frequent, written_alike  # wordfreq: a name no source has

        given, surname = strip_possessive(given).lower(), strip_possessive(surname).lower()
        pattern = re.compile(rf"\b([A-Za-z]{{{MIN_NAME_LETTERS},}}) {re.escape(surname)}\b", re.IGNORECASE)
        before: set[str] = set()
        others: set[str] = set()
        for text in self.texts.values():
            for found in pattern.finditer(text):
                word = found.group(1)
                before.add(word.lower())
                cased = word[0].isupper() if found.group(0)[-len(surname) :][0].isupper() else frequent(word)
                if cased and word.lower() not in _NOT_NAMES and written_alike(word.lower()):
                    others.add(word.lower())
        # a given name they write with another initial: "Mike" or "Man" (United) may stand for
        # "Michael" or "Manchester", "Jamie" is not "David"
        return given not in before and any(other[0] != given[:1] for other in others)

    def other_surname(self, given: str, surname: str) -> bool:
        """Whether the sources follow the given name with another capitalised surname, never with
        this one ("Nico Afandi" where they write "Nico Afinta"): the person they name, with a
        surname they never give. A given name is a word written alike in other languages or a
        rare one ("Rajnath"); a common English word before a name is a title ("Minister")."""
        from factcheck.extract.lexicon import frequent, written_alike  # wordfreq: a name no source has

        given, surname = strip_possessive(given), strip_possessive(surname)
        if frequent(given) and not written_alike(given.lower()):
            return False  # "Minister Afandi": a title or common word, not a given name
        pattern = re.compile(rf"\b{re.escape(given)} ([A-Z][a-z]{{{MIN_NAME_LETTERS - 1},}})\b")
        after = {found.group(1).lower() for text in self.texts.values() for found in pattern.finditer(text)}
        return bool(after) and surname.lower() not in after

    def full_name(self, given: str) -> str:
        """The first full name a source writes with this first name ("Yevgeny Prigozhin"), or ""."""
        pattern = re.compile(
            rf"\b{re.escape(strip_possessive(given))} [A-Z][a-z]{{{MIN_NAME_LETTERS - 1},}}\b"
        )
        return next((found.group(0) for text in self.texts.values() for found in pattern.finditer(text)), "")

    def first_name(self, word: str) -> bool:
        """Whether the sources write the word as a person's first name: followed by a capitalised
        word ("Yevgeny Prigozhin") and never right after a name of their own ("Trump" of "Donald
        Trump": a surname, whatever follows it, "Trump Tower"). A common English word before it is
        a title ("Minister Sergei Shoigu"), not a name."""
        from factcheck.extract.lexicon import frequent, written_alike  # wordfreq: a name no source has

        word = strip_possessive(word)
        first = re.compile(rf"\b{re.escape(word)} [A-Z][a-z]")
        after_name = re.compile(rf"\b([A-Z][a-z]+) {re.escape(word)}\b")
        if not any(first.search(text) for text in self.texts.values()):
            return False
        return not any(
            written_alike(found.group(1).lower()) or not frequent(found.group(1))
            for text in self.texts.values()
            for found in after_name.finditer(text)
        )

    @functools.cached_property
    def _words(self) -> frozenset[str]:
        """Every word of the sources, lower case."""
        return frozenset(w for text in self.lowered.values() for w in re.findall(r"[a-z]+", text))

    def _shortened(self, word: str) -> bool:
        """Whether a source writes the name cut short ("brom" for "bromwich"): a source word of
        MIN_NAME_LETTERS or more that begins it and is a name itself (not "medal" of
        "medallist": a word with an ending)."""
        from factcheck.extract.lexicon import name_like  # wordfreq: lower-cased text only

        starts = (word[:end] for end in range(MIN_NAME_LETTERS, len(word) - 1))
        return any(short in self._words and name_like(short) for short in starts)

    def _compound_head(self, word: str) -> bool:
        """Whether a source word ends with the word as the head of a compound ("quake" of
        "earthquake", "copter" of "helicopter"): the short form of a thing the source names."""
        if len(word) < COMPOUND_HEAD:
            return False
        return any(len(other) >= len(word) + 3 and other.endswith(word) for other in self._words)

    def _has(self, word: str) -> bool:
        """Whether a source has the word, or it without a plural ending."""
        return any(self.name(form).found for form in _word_forms(word))

    # ------------------------------------------------------------------ quotations

    def quote(self, words: str) -> Support:
        """Whether a source has the quoted words verbatim (case, punctuation and quotation marks
        aside), and where."""
        wanted = quote_words(words)
        for source in self.quoting(words):
            plain = self.texts[source].replace("’", "'").replace("‘", "'")  # one for one: offsets stay
            hit = re.search(r"\W+".join(map(re.escape, wanted)), plain, re.IGNORECASE)
            return Support(True, Evidence(source, hit.span() if hit else (0, 1)))
        return Support(False)

    def quoting(self, words: str) -> list[str]:
        """The sources that have the quoted words verbatim (case, punctuation and quotation
        marks aside)."""
        wanted = quote_words(words)
        if not wanted:
            return []
        pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, wanted)) + r"(?!\w)")
        return [s for s, text in self.texts.items() if pattern.search(" ".join(quote_words(text)))]

    # ------------------------------------------------------------------ nearest sentence

    def sentence_words(self, evidence: Evidence) -> str:
        """The source sentence holding `evidence`, its spaces collapsed, cut at SHOWN_WORDS."""
        text = self.texts.get(evidence.source, "")
        spans = self._sentences_of(evidence.source).spans if evidence.source in self.lowered else []
        at = _span_at(spans, evidence.span[0])
        start, end = spans[at] if at is not None else (0, 0)
        words = " ".join(text[start:end].split())
        return words if len(words) <= SHOWN_WORDS else words[: SHOWN_WORDS - 1] + "…"

    def nearest_sentence(self, sentence: str, value: float | None = None) -> Evidence | None:
        """The source sentence sharing the most content words with `sentence`; with a `value`,
        among the sentences stating that figure when any does ("two goals up" for a summary's
        "two points up": what the sources say with that number, the likeliest slip)."""
        if self.tables is not None:
            return self._nearest_in_tables(self.tables, sentence, value)
        places, having = self._sentence_index
        stating = self._stating(value) if value is not None else set()
        shared: Counter[int] = Counter(dict.fromkeys(stating, 0))
        for word in _content_words(sentence):
            shared.update(n for n in having.get(word, ()) if not stating or n in stating)
        if not shared:
            return None
        most = max(shared.values())
        source, start, end = places[
            min(n for n, count in shared.items() if count == most)
        ]  # the first of the best
        return Evidence(source, (start, end))

    def _nearest_in_tables(self, tables: TextTables, sentence: str, value: float | None) -> Evidence | None:
        """`nearest_sentence` with the tables' sentences first, then the other texts' (numbered on)."""
        live = self._live
        places, having = live._sentence_index
        offset = tables.places
        stating = set()
        if value is not None:
            stating = tables.stating(value) | {offset + n for n in live._stating(value)}
        words = _content_words(sentence)
        shared: Counter[int] = Counter(dict.fromkeys(stating, 0))
        if stating:
            shared.update(tables.shared_words(words, (n for n in stating if n < offset)))
        else:
            best = tables.best_sentence(words)  # the first of the stored sentences' best
            if best is not None:
                shared[best[1]] = best[0]
        for word in words:
            shared.update(offset + n for n in having.get(word, ()) if not stating or offset + n in stating)
        if not shared:
            return None
        most = max(shared.values())
        place = min(n for n, count in shared.items() if count == most)  # the first of the best
        source, start, end = tables.sentence(place) if place < offset else places[place - offset]
        return Evidence(source, (start, end))

    def _stating(self, value: float) -> set[int]:
        """The places (in _sentence_index order) of the source sentences stating the figure."""
        places, _ = self._sentence_index
        starts = self._sentence_starts
        found = set()
        for number in self.numbers:
            if number.value != value or number.source not in starts:
                continue
            first, begins = starts[number.source]
            at = first + bisect.bisect_right(begins, number.span[0]) - 1
            if at >= first and number.span[0] < places[at][2]:
                found.add(at)
        return found

    @functools.cached_property
    def _sentence_starts(self) -> dict[str, tuple[int, list[int]]]:
        """Per source, the place of its first sentence and where each of its sentences begins
        (sentences of one source are consecutive places, in text order)."""
        starts: dict[str, tuple[int, list[int]]] = {}
        for n, (source, start, _) in enumerate(self._sentence_index[0]):
            starts.setdefault(source, (n, []))[1].append(start)
        return starts

    @functools.cached_property
    def _sentence_index(self) -> tuple[list[tuple[str, int, int]], dict[str, list[int]]]:
        """Every source sentence in order, and the sentences (their places in that order) holding
        each content word: built on the first look-up, so each is not read again per verdict."""
        places: list[tuple[str, int, int]] = []
        having: defaultdict[str, list[int]] = defaultdict(list)
        for source, text in self.texts.items():
            lowered = self.lowered[source]
            # the words of the lower-cased text's span are the span's lower-cased words when
            # lower() kept every offset (it lengthens a few letters: "İ"); a 100k-claim registry
            # has 100k sentences, and slicing and lower-casing each was most of this index
            same = len(lowered) == len(text)
            for start, end in sentences(text):
                words = (
                    _WORDS.findall(lowered, start, end) if same else _WORDS.findall(text[start:end].lower())
                )
                n = len(places)
                for word in set(words) - _FUNCTION:
                    having[word].append(n)
                places.append((source, start, end))
        return places, having


# a share said as a fraction, as a percentage: "by a third", "two-thirds of", "halved"
_FRACTIONS = {
    "halved": 50.0,
    "half-of": 50.0,
    "a-third": 100 / 3,
    "one-third": 100 / 3,
    "two-thirds": 200 / 3,
    "a-quarter": 25.0,
    "one-quarter": 25.0,
    "three-quarters": 75.0,
    "a-fifth": 20.0,
    "one-fifth": 20.0,
}
_FRACTION = lazy(r"\b(halved|half of|(?:a|one)[ -](?:third|quarter|fifth)|two[ -]thirds|three[ -]quarters)\b")
# a score ("won 27-13"): the winning margin is the difference, in points or goals
SCORE = lazy(r"(?<![\d.,:/-])(\d{1,3}) ?- ?(\d{1,3})(?![\d/-])")
COMPOUND_HEAD = 5  # letters a word needs to be read as the head of a longer source word
_TWICE = lazy(r"\btwice\b(?! (?:as|the|a|an|its|their|his|her|that|what)\b)")  # not "twice as many"
# a figure with a unit abbreviation written onto it, lower case ("100m", "35c", "5km")
ABBREVIATED = lazy(r"(?<![\w.£$€])(\d+(?:\.\d+)?)([a-z]{1,3})\b")
# one of a measure's units written with an article ("more than a metre", "about a mile", "half
# an acre" aside: "half" makes it another figure); units of time are left out, as "a day", "a
# week" are as often a rate ("twice a week") or an idiom ("a year ago") as a length
_ONE_UNIT = lazy(
    r"(?<!half )\ban?\s+(?P<unit>(?:kilo|centi|milli)?met(?:re|er)|mile|foot|yard|inch|tonne|ton|"
    r"pound|kilo(?:gram(?:me)?)?|litre|liter|gallon|hectare|acre|square (?:mile|kilomet(?:re|er)|met(?:re|er)))\b"
)
# a share as a count of a whole: "one in five", "three out of four", "9 in every 10"
_ONE_IN = lazy(r"\b([a-z]+|\d+) (?:in|out of) (?:every )?([a-z]+|\d+)\b")


class _Lowered(Mapping[str, str]):
    """Source id -> lower-cased text, each lowered when first asked for."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = texts
        self._done: dict[str, str] = {}

    def __getitem__(self, source: str) -> str:
        if source not in self._done:
            self._done[source] = self._texts[source].lower()
        return self._done[source]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


_ARTICLES = "the|a|an|his|her|its|their|our|my|your|this|that|these|those"  # "men and the women"
MAX_AGES_LISTED = 6  # "aged 19, 21 and 23": longer lists of figures are seldom ages
VAGUE_FLOOR = 100  # vague counts that may stop below this ("several", "a few") are not looked up

# what stands between two counts of one list: the first's noun (up to three words), "and"
_LISTED = lazy(r"(?:[\s-]*[a-z]+){1,3},?\s+(?:and|plus)\s+")


def _is_year(value: float) -> bool:
    return value == int(value) and 1800 <= value <= 2100


LEAP_YEAR = 2000  # a day of a month read without its year: any day, 29 February too
_YEAR_AFTER = lazy(r",? (1[89]\d\d|20\d\d)\b")
_WEEKDAY_WORD = lazy(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")
_WEEKEND = lazy(r"\bweekend\b")
OFFSET_REACH = 300  # characters after a dated day in which "two days later" counts from it
MAX_AGE = 130
AGE_REACH = 16  # characters before a figure searched for "aged" / "the age of"
_AGE_BEFORE = lazy(r"\b(?:aged|age of|ages of)\s+\Z")  # "aged 75", "at the age of 75"
_YEARS_LATER = lazy(r"\b([a-z]+|\d+) years? (later|after|earlier|before)\b")
_DAYS_LATER = lazy(r"\b([a-z]+|\d+) days? (later|after|earlier|before)\b")


def _day_of(match: re.Match[str], year: int) -> dt.date | None:
    """The day a _DAY_MONTH match names ("3 March", "March 3"), in `year`; None if not a day."""
    day, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    number = _MONTH_ABBR.get(month.lower()[:3])
    try:
        return dt.date(year, number, int(day)) if number else None
    except ValueError:
        return None


def _count(word: str) -> int:
    """A small count in digits or words ("two", "3"); 0 when it is neither."""
    if word.isdigit():
        return int(word)
    spoken = words_to_number(word)
    return int(spoken) if spoken is not None and spoken == int(spoken) else 0


_M_GLUED = lazy(r"\d\s?m\Z")  # a figure ending in "m": "1.2m" (metres, or millions with no currency)
APPROX_REACH = 30  # characters before a source figure searched for its approximator


def _in_years(claim: QuantityClaim) -> bool:
    """Whether a figure counts years ("the 50-year-old bridge", an age)."""
    return claim.unit.lower().startswith("year") or bool(re.search(r"\byears?\b", claim.text.lower()))


def _counts_things(number: _Number) -> bool:
    """Whether a source figure counts things: a noun follows it ("300 passengers", not "1-8 to
    0-9 in"), and it is no year nor a unit of time."""
    first = number.noun.split()[:1]
    if not first or first[0] in STOP_WORDS or first[0] in NUMBER_TAIL:
        return False
    return not _is_year(number.value) and first[0].rstrip("s") not in _TIME_WORDS


_TIME_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


def counted_noun(text: str) -> str:
    """The noun a summary's figure counts, as written in its words ("about 5,000 homes" ->
    "homes"; "14", "£10m", a rank or a year -> ""). Not the claim's unit: a frame's default unit is no word of
    the text, and the source is searched for the summary's words."""
    words = re.findall(r"[a-z]+", text.lower())
    if not words or not re.search(r"\d|" + _NUMBER_WORD, text.lower()) or _counts_nothing(text):
        return ""
    if re.search(r"\d[\d,.]*\W*$", text):
        return ""  # "around 80,000": the words before a figure qualify it, they are not counted
    last = words[-1]
    if len(last) == 1:
        return ""  # the end of an abbreviation ("five u.s. states"): no noun to match
    spoken = last in SMALL_NUMBERS or last in TENS or last in SCALES or last in ORDINAL_WORDS
    return "" if spoken or last in NUMBER_TAIL or last in STOP_WORDS else last


def noun_after(text: str, end: int) -> str:
    """The words right after a figure ("270 remote communities" -> "remote communities"), lower
    case, up to NOUN_REACH of them and never past punctuation. A hyphened compound is one word
    of the reach, as an adjective ("eight richly gem-encrusted pieces" -> "richly gem encrusted
    pieces"): it describes the noun, which still follows within the reach."""
    match = re.match(rf"(?:[\s-]*[A-Za-z]+(?:-[A-Za-z]+)*){{1,{NOUN_REACH}}}", text[end : end + 60])
    return " ".join(re.findall(r"[a-z]+", match.group(0).lower())) if match else ""


_CLOCK_TAILS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m"})


def _same_thing(noun: str, after: str) -> bool:
    """Whether a source figure can count what the summary's figure counts: its counted noun
    within the next words, or a first word that counts nothing ("157 were killed", a comma)."""
    words = after.split()
    if noun and words and words[0] in _CLOCK_TAILS:
        return False  # "12.30am": a time of day counts nothing ("am" is also a stop word)
    if not noun or not words or words[0] in STOP_WORDS or words[0] in NUMBER_TAIL or words[0] in TIME_OPENERS:
        # "157 were killed", "rose to 1,200,000 last year": no noun counted; but a measure is
        # written with its unit, so a bare figure ("which sank in 1912.") states no "1,900 feet"
        return noun not in _measure_words()
    return (
        counts_persons(noun, after)
        or same_unit_phrase(noun, after)
        or same_area_phrase(noun, after)
        or any(same_noun(noun, w) or broader_noun(noun, w) for w in words)
        or counts_occasions(noun, after)
    )


def counts_occasions(noun: str, after: str, before: str | None = None) -> bool:
    """Whether a summary's noun counts occasions ("trips") that the source figure followed by
    `after` counts as how often its clause's action happened ("traveled abroad three times"):
    `before`, the source's words up to the figure, must name that action in the figure's own
    clause (counted_nouns.yaml `occasions`); None, the nouns alone are compared (the look-up's
    first test, which link/figures.py follows with the clause's)."""
    nouns, cues = _occasions()
    if after.split()[:1] != ["times"] or not any(form in nouns for form in _singulars(noun)):
        return False
    if before is None:
        return True
    clause = re.split(r"[,;:.!?]", before)[-1].lower()
    return any(word[:4] in cues for word in re.findall(r"[a-z]+", clause))


@functools.cache
def _occasions() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns a summary may count a source's "N times" with, and the first four letters of
    the words that say the source's clause is about such occasions (counted_nouns.yaml)."""
    data = _counted_nouns_file().get("occasions") or {}
    nouns = frozenset(str(word) for word in data.get("nouns") or ())
    return nouns, frozenset(str(word)[:4] for word in data.get("cues") or ())


@functools.cache
def _measure_words() -> frozenset[str]:
    """Units of length, area, weight and volume as a summary writes them (conversions.yaml's
    units and abbreviations, with their full names): a figure of one needs the unit beside it."""
    _, table = conversions()
    spellings = (
        {word for a, b, _ in table for word in (a, b)} | set(abbreviations()) | set(abbreviations().values())
    )
    counts_or_time = {"days", "weeks", "months", "years", "dozen", "items", "degrees", "c", "f", "g", "m"}
    return frozenset(spellings - counts_or_time)


def same_noun(noun: str, word: str) -> bool:
    """Whether two lower-case nouns count the same things: the same first four letters
    ("member"/"members"), a unit and its own abbreviation ("km"/"kilometers", conversions.yaml;
    two abbreviations of one stem, "kg" and "km", are two units), or words of one group in
    counted_nouns.yaml ("staff"/"employees")."""
    if word[:4] == noun[:4]:
        return True
    if _abbreviates(noun, word) or _abbreviates(word, noun):
        return True
    group = _noun_groups().get(_singular(noun))
    return group is not None and group == _noun_groups().get(_singular(word))


def broader_noun(noun: str, word: str) -> bool:
    """Whether a summary's lower-case noun names a class the source's word is one of
    (counted_nouns.yaml `broader`): "$21 billion of securities" for "a $21 billion bond
    portfolio". One way only: the source's "securities" never bears out a summary's "bonds"."""
    members = next((_broader().get(form) for form in _singulars(noun) if form in _broader()), None)
    return members is not None and any(form in members for form in _singulars(word))


def _singulars(word: str) -> list[str]:
    """A lower-case noun and the singulars it may be a plural of ("securities" -> "security")."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


@functools.cache
def _broader() -> dict[str, frozenset[str]]:
    """Each broader noun of counted_nouns.yaml and the nouns of its members, singular."""
    data = _counted_nouns_file()
    return {
        str(noun): frozenset(str(m) for m in members) for noun, members in (data.get("broader") or {}).items()
    }


def _spelling(word: str) -> str:
    """A unit word in one spelling and number ("kilometers" -> "kilometre")."""
    return re.sub(r"s$", "", word.replace("meter", "metre"))


def _abbreviates(short: str, word: str) -> bool:
    """Whether `short` is the abbreviation conversions.yaml gives for the unit `word` spells,
    exactly ("km" for "kilometers"). A speed's abbreviation ("mph") spells a phrase, which one
    word never is: same_unit_phrase reads it."""
    spelled = abbreviations().get(short)
    return spelled is not None and short not in speeds() and _spelling(spelled) == _spelling(word)


AREA_PREFIX = "sq "  # an area unit as extraction writes it (extract/numbers.py AREA_OF): "sq km"


def same_unit_phrase(noun: str, after: str) -> bool:
    """Whether a summary's speed abbreviation ("kph") is the phrase the words after a source
    figure spell ("kilometers per hour"), conversions.yaml `speeds`."""
    phrase = speeds().get(noun)
    words = after.split()
    return phrase is not None and [_spelling(w) for w in words[: len(phrase.split())]] == [
        _spelling(w) for w in phrase.split()
    ]


def same_area_phrase(noun: str, after: str) -> bool:
    """Whether a summary's area unit as extraction writes it ("sq km", "sq miles") is what the
    words after a source figure spell ("square kilometres", "sq miles"): "square" and then its
    length unit, spelt out or abbreviated."""
    if not noun.startswith(AREA_PREFIX):
        return False
    words = after.lower().split()
    return (
        len(words) >= 2
        and words[0] in ("square", "sq", "sq.")
        and same_noun(noun[len(AREA_PREFIX) :], words[1].strip(".,;:)"))
    )


@functools.cache
def speeds() -> dict[str, str]:
    """Speed abbreviations and the phrase a summary spells them with ("kph" -> "kilometres per
    hour"), from conversions.yaml."""
    return {str(short): str(phrase) for short, phrase in _conversions_file().get("speeds", {}).items()}


def _singular(word: str) -> str:
    """A plural noun's singular as counted_nouns.yaml lists it ("employees" -> "employee")."""
    groups = _noun_groups()
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form in groups:
            return form
    return word


@functools.cache
def _noun_groups() -> dict[str, int]:
    """Each noun of counted_nouns.yaml and the number of its group."""
    data = _counted_nouns_file()
    return {str(word): number for number, group in enumerate(data["groups"]) for word in group}


def counts_persons(noun: str, after: str) -> bool:
    """Whether a summary's "people" (or persons, individuals) can stand for the source figure
    followed by `after`: it counts persons of some kind ("793 passengers", person_nouns.txt)."""
    return noun in _ANY_PERSONS and any(w in word_list("person_nouns") for w in after.split()[:NOUN_REACH])


# a summary's count of these stands for a count of any kind of person (person_nouns.txt)
_ANY_PERSONS = frozenset({"people", "persons", "individuals"})


NOUN_REACH = 3  # "seven key tory policies": the counted noun may follow two adjectives
# words that follow a figure without being what it counts
NUMBER_TAIL = frozenset(
    {"million", "billion", "thousand", "hundred", "per", "percent", "more", "others", "m", "bn"}
)


def _not_coarser(source: SourceDate, claim: DateClaim) -> bool:
    """A source date supports a summary date when it is at least as precise, or inside it."""
    inside = claim.start <= source.start and source.end <= claim.end
    return inside or (source.end - source.start) <= (claim.end - claim.start)


def _find(text: str, word: str) -> tuple[int, int] | None:
    """Where a lower-cased text states a date word; "M/D" stands for any way to write that day."""
    if "/" in word:
        month, day = (int(x) for x in word.split("/"))
        for match in _DAY_MONTH.finditer(text):
            d, m = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
            if int(d) == day and _MONTH_ABBR.get(m.lower()[:3]) == month and m.lower()[:3] in _MONTH_ABBR:
                return match.span()
        for match in _DAY_RANGE.finditer(text):  # "between 1 and 3 June": its first and last day
            first, last, named = (
                match.group("a1", "b1", "m1") if match.group("a1") else match.group("a2", "b2", "m2")
            )
            if _MONTH_ABBR.get(named.lower()[:3]) == month and day in (int(first), int(last)):
                return match.span()
        iso = re.search(rf"\b\d{{4}}-{month:02d}-{day:02d}\b", text)
        return iso.span() if iso else None
    return _find_word(text, word)


def date_word_tokens(word: str) -> list[str] | None:
    """Lower-case words (`_WORDS`) of which a text that `_find` finds the date word in has at
    least one in a sentence; None when no such list is known (every text must be read).

    A plain word is found only as a whole `_WORDS` word. An "M/D" day is found by `_DAY_MONTH`
    or `_DAY_RANGE`, whose month group starts a `_WORDS` word (a space or a non-word character
    before it) whose first three letters name the month, and whose ASCII letters go on at most
    to the group's end: one of the month's spellings cut after three letters or more ("sept",
    "augu" of "auguſt", which the case-blind match reads as "august"); or by the ISO form
    "YYYY-MM-DD", whose month is a word of its own."""
    if _WORDS.fullmatch(word):
        return [word]
    month, slash, day = word.partition("/")
    if not (slash and month.isdigit() and day.isdigit() and 1 <= int(month) <= 12):
        return None
    full = MONTHS[int(month) - 1]
    spellings = {full[:cut] for cut in range(3, len(full) + 1)}
    return [*sorted(spellings), f"{int(month):02d}"]


# a span of days of one month: "1-3 June", "between 1 and 3 june", "June 1 to 3"
_THROUGH = r"\s*(?:-|–|to|and|until)\s*"
_DAY_RANGE = lazy(
    rf"\b(?P<a1>\d{{1,2}})(?:st|nd|rd|th)?{_THROUGH}(?P<b1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_WORD})\b"
    rf"|\b(?P<m2>{_MONTH_WORD})\.?\s+(?P<a2>\d{{1,2}})(?:st|nd|rd|th)?{_THROUGH}(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)


def _apostrophes(word: str) -> list[str]:
    """A word as written, then with its other apostrophe ("o'neill", "o’neill")."""
    if "'" in word:
        return [word, word.replace("'", "’")]
    return [word, word.replace("’", "'")] if "’" in word else [word]


def _find_word(text: str, word: str) -> tuple[int, int] | None:
    if word not in text:
        return None  # the plain test first: most of a large registry's texts do not have the word
    match = re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text)
    return match.span() if match else None


ENTITY_NAMES = "entities"  # the registry's accepted names, one text of a SourceIndex (no prose)
_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "by", "during", "over", "from", "since", "until", "of"})
_LOWER_WORD = lazy(r"(?<![\w’'-])[A-Za-z]{3,}(?![\w-])")
# words a lower-cased text may hold that are never names here: function words, calendar words and
# number words (each judged by its own look-up)
_NOT_NAMES = (
    STOP_WORDS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(SMALL_NUMBERS)
    | frozenset(TENS)
    | frozenset(SCALES)
    | frozenset(ORDINAL_WORDS)
)


def _lower_name(word: str) -> bool:
    """Whether a lower-case source word is a name by its frequencies: no common English word, no
    demonym, and `name_like` or `written_alike` ("murray", "raonic"; not "scull", "russian")."""
    from factcheck.extract.lexicon import name_like, uncommon, written_alike  # lower-cased text only

    return not _lower_demonym(word) and uncommon(word) and (name_like(word) or written_alike(word))


def _lower_demonym(word: str) -> bool:
    """Whether a lower-case word is a demonym of data/demonyms.txt ("tajik", "tajiks"), a word of
    its own one or two letters from its country's name, never a misspelt one."""
    return word.capitalize() in demonyms()


class _NearWords:
    """Words grouped by length, to find those within a few edits of a word that pass a test."""

    def __init__(self, words: Iterable[str], test: Callable[[str], bool]) -> None:
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:
            self.by_length[len(word)].append(word)
        self.test = functools.cache(test)

    def get_near(self, word: str, limit: int) -> list[str]:
        """The words at most `limit` edits from `word` that pass the test, nearest first (then
        alphabetically)."""
        near = sorted(
            (int(distance), other)
            for size in range(len(word) - limit, len(word) + limit + 1)
            for other, distance, _ in process.extract(
                word,
                self.by_length.get(size, []),
                scorer=Levenshtein.distance,
                processor=None,
                score_cutoff=limit,
                limit=None,
            )
        )
        return [other for _, other in near if self.test(other)]


def _sided_neighbours(text: str, words: list[re.Match[str]], position: int) -> list[tuple[str, bool]]:
    """The words right before and after words[position] when only spaces part them, lower case,
    each with True when it stands before."""
    near = []
    for other in (position - 1, position + 1):
        if 0 <= other < len(words):
            a, b = sorted((words[position], words[other]), key=lambda m: m.start())
            if not text[a.end() : b.start()].strip():
                near.append((words[other].group(0).lower(), other < position))
    return near


def _neighbours(text: str, words: list[re.Match[str]], position: int) -> list[str]:
    """The words right before and after words[position], lower case, when only spaces part them."""
    near = []
    for other in (position - 1, position + 1):
        if 0 <= other < len(words):
            a, b = sorted((words[position], words[other]), key=lambda m: m.start())
            if not text[a.end() : b.start()].strip():
                near.append(words[other].group(0).lower())
    return near


_INDEFINITE = lazy(r"(?<![\w'’-])an?\s+$", re.IGNORECASE)


def _heads_indefinite(text: str, words: list[re.Match[str]], position: int) -> bool:
    """Whether words[position] ends a noun phrase opened by "a"/"an" and one ordinary word
    ("a lightning rod"): the head of an indefinite phrase is a common noun, while a name there
    stands first, as a modifier ("a cincinnati court")."""
    if position < 1:
        return False
    middle, word = words[position - 1], words[position]
    if text[middle.end() : word.start()].strip() or middle.group(0).lower() in _NOT_NAMES:
        return False
    return bool(_INDEFINITE.search(text[max(0, middle.start() - 4) : middle.start()]))


def _word_forms(word: str) -> list[str]:
    """A word and the same word without a plural ending ("sculls" -> "scull", "boxes" -> "box")."""
    forms = [word]
    if word.endswith("es") and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    return forms


def strip_possessive(word: str) -> str:
    """ "Dahal's" -> "Dahal"."""
    return re.sub(r"['’]s$", "", word)


@functools.cache
def name_endings() -> frozenset[str]:
    """Word endings that make another word of one stem (name_words.yaml)."""
    data = load_data_file(Path(__file__).with_name("name_words.yaml"))
    return frozenset(str(e) for e in data["endings"])


@functools.cache
def initial_fillers() -> frozenset[str]:
    """Small words a spelled-out name holds between its initials' words (name_words.yaml)."""
    data = load_data_file(Path(__file__).with_name("name_words.yaml"))
    return frozenset(str(e) for e in data["initial_fillers"])


@functools.cache
def unit_names() -> frozenset[str]:
    """Lower-case names of scales and units named after people ("celsius"; name_words.yaml)."""
    data = load_data_file(Path(__file__).with_name("name_words.yaml"))
    return frozenset(str(e) for e in data["unit_names"])


def _derived(word: str, other: str) -> bool:
    """One word is the other with another ending ("Russia"/"Russian", "Minister"/"Ministry"):
    a different word, not a misspelling. Both differing tails must be known endings."""
    a, b = word.lower(), other.lower()
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    tails = (a[stem:], b[stem:])
    endings = name_endings() | {""}
    return stem >= 3 and all(t in endings for t in tails)


_FUNCTION = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "that",
        "this",
        "is",
        "was",
        "are",
        "were",
        "be",
        "has",
        "have",
        "had",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "said",
        "says",
    ]
)


_WORDS = lazy(r"[a-z0-9]+")  # the words `_content_words` reads, in lower-cased text
_LETTERS = re.compile(r"[a-z]+")
SHOWN_WORDS = 200  # characters of a source sentence a verdict's note quotes
FRAME_STEM = 5  # letters of a word `frame_words` keeps: "elect" of "elected" and "election"
# frame words a source sentence shares with a summary's to be about the same event: one word is
# chance ("police", "said"), two name the event ("died ... home", "opened ... bridge")
FRAME_MATCH = 2


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if w not in _FUNCTION}


def frame_words(text: str) -> frozenset[str]:
    """The words of a sentence that say what it is about, cut to their first FRAME_STEM letters
    so inflections meet ("elected", "election"): no stop words, digits or words of two letters."""
    return frozenset(
        w[:FRAME_STEM] for w in _LETTERS.findall(text.lower()) if len(w) > 2 and w not in STOP_WORDS
    )


def _span_at(spans: list[tuple[int, int]], place: int) -> int | None:
    """The position in `spans` (sorted [start, end) sentence spans) of the one holding `place`."""
    at = bisect.bisect_right(spans, (place, math.inf)) - 1
    return at if at >= 0 and place < spans[at][1] else None


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence (ends at . ! ? followed by space, or a blank line)."""
    return list(_sentence_spans(text))


def sentence_span_at(text: str, offset: int) -> tuple[int, int] | None:
    """[start, end) of the sentence of `text` holding `offset`, or None (between sentences)."""
    return next(((a, b) for a, b in _sentence_spans(text) if a <= offset < b), None)


def sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` holding `offset`, or "" (between sentences)."""
    found = sentence_span_at(text, offset)
    return text[found[0] : found[1]] if found is not None else ""


@functools.lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`sentences`, remembered: a check asks for the same few source texts' sentences once per
    figure and verdict (~200 times)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(spans)


def name_words(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[tuple[str, tuple[int, int], bool]]:
    """Capitalised words of a text: (word, span, first word of its sentence), outside `skip`."""
    taken = list(skip)
    starts = {s for s, _ in sentences(text)}
    found = []
    for match in _NAME_OR_ELIDED.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        # a Markdown heading's or list item's mark ("# Summary", "- Rescuers") starts a sentence
        before = text[: match.start()].rstrip(" \t\"“‘'(#*>-")
        first = match.start() in starts or not before or before.endswith((".", "!", "?", "\n", ":"))
        found.append((match.group(0), match.span(), first))
    return found


def _names_weekday(claim: DateClaim) -> bool:
    """A relative date named by its weekday alone ("on Sunday", not "Sunday, November 27")."""
    return claim.relative and claim.weekday is None and bool(_weekdays_named(claim.text))


def _weekdays_named(text: str) -> list[str]:
    """The weekday words of a date's text, lower case, in order."""
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w in WEEKDAYS]


def weekday_of(day: dt.date) -> str:
    """'monday' … 'sunday'."""
    return WEEKDAYS[day.weekday()]
