"""Extraction of quantities and durations: digits, words, ordinals, vague words, approximators."""

from __future__ import annotations

import math

import pytest

from factcheck.extract import extract_text
from factcheck.extract.numbers import words_to_number
from factcheck.model import DurationClaim, QuantityClaim


def quantities(text: str) -> list[QuantityClaim]:
    """The quantity claims extracted from `text` (no registry, no publication date)."""
    return [c.claim for c in extract_text(text) if isinstance(c.claim, QuantityClaim)]


def durations(text: str) -> list[DurationClaim]:
    """The duration claims extracted from `text`."""
    return [c.claim for c in extract_text(text) if isinstance(c.claim, DurationClaim)]


def only(text: str) -> QuantityClaim:
    """The one quantity in `text`."""
    found = quantities(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two", 2),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("three hundred and forty two", 342),
        ("a hundred", 100),
        ("four thousand seven hundred thirty-one", 4731),
        ("one thousand and one", 1001),
        ("a million", 1_000_000),
        ("fifteen hundred", 1500),
        ("ninety-nine", 99),
        ("half a million", 500_000),
        ("two and a half", 2.5),
    ],
)
def test_number_words_have_their_value(words: str, value: float) -> None:
    assert words_to_number(words) == value


@pytest.mark.parametrize("words", ["two three", "thirty forty", "banana", ""])
def test_words_that_are_no_number_have_no_value(words: str) -> None:
    assert words_to_number(words) is None


def test_two_small_former_soviet_states_is_a_count() -> None:
    claim = only("Putin will visit two small former Soviet states in central Asia this week.")
    assert claim.text == "two small former Soviet states"
    assert claim.value == 2
    assert claim.unit == "states"


def test_iskander_m_is_not_a_number() -> None:
    assert quantities("Russia will transfer Iskander-M tactical missile systems to Belarus.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The toll rose to 4,731 deaths.", 4731, "deaths"),
        ("Some 7.1 million people fled.", 7_100_000, "people"),
        ("The fund received £50m.", 50_000_000, "GBP"),
        ("Turnout was 12.5%.", 12.5, "%"),
        ("a range of 500 kilometers", 500, "km"),
        ("He only traveled abroad three times.", 3, "times"),
    ],
)
def test_digits_words_and_units(text: str, value: float, unit: str) -> None:
    claim = only(text)
    assert claim.value == value
    assert claim.unit == unit


def test_an_ordinal_counts_with_the_name_it_orders() -> None:
    claim = only("He will attend the 6th Caspian Sea Leaders Summit.")
    assert (claim.text, claim.value, claim.unit) == ("6th Caspian Sea Leaders Summit", 6, "summit")


def test_first_counts_only_in_first_since() -> None:
    claim = only("It is his first trip abroad since the start of the war.")
    assert claim.value == 1
    assert claim.unit == "trip"
    assert claim.text.startswith("first trip abroad since the start")
    assert quantities("It is his first trip to Asia.") == []


@pytest.mark.parametrize(
    ("text", "vague", "low", "high"),
    [
        ("hundreds of deaths", "hundreds", 200, 999),
        ("Tens of thousands of people marched.", "tens of thousands", 20_000, 99_999),
        ("dozens of soldiers", "dozens", 24, 199),
        ("millions of displaced people", "millions", 2_000_000, 999_999_999),
        ("several friendly countries", "several", 3, 9),
    ],
)
def test_vague_quantifiers_are_intervals_from_the_one_table(
    text: str, vague: str, low: float, high: float
) -> None:
    claim = only(text)
    assert claim.vague == vague
    assert claim.interval() == (low, high)


@pytest.mark.parametrize(
    ("text", "approx", "interval"),
    [
        ("nearly 300 people", "nearly", (270, 300)),
        ("more than 4,000 troops", "more than", (4000, math.inf)),
        ("at least 12 tanks", "at least", (12, math.inf)),
        ("up to 500 refugees", "up to", (0, 500)),
        ("about 100 people", "about", (90, 110)),
    ],
)
def test_approximators_widen_or_bound_the_number(
    text: str, approx: str, interval: tuple[float, float]
) -> None:
    claim = only(text)
    assert claim.approx == approx
    assert claim.interval() == pytest.approx(interval)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 10 and 20 people", 10, 20),
        ("30-40 soldiers", 30, 40),
        ("5 to 6 million refugees", 5_000_000, 6_000_000),
    ],
)
def test_ranges_are_low_high(text: str, low: float, high: float) -> None:
    claim = only(text)
    assert (claim.low, claim.high) == (low, high)
    assert claim.text == text


@pytest.mark.parametrize(
    "text",
    [
        "The G7 and G20 met.",
        "Read it on Channel 1 at 7:09 p.m.",
        "open 24/7",
        "© Communities 2019",
        "The two countries declared themselves friends.",
        "and third party cookies",
        "one of Moscow's loyal supporters",
    ],
)
def test_what_is_not_a_count(text: str) -> None:
    assert quantities(text) == []


def test_numbers_inside_dates_are_not_counts() -> None:
    assert quantities("The forum is on June 30 and July 1, 2022.") == []


def test_a_duration_anchored_to_an_event() -> None:
    (claim,) = durations("He resumed his trips 100 days after the war began.")
    assert claim.text == "100 days after the war began"
    assert (claim.value, claim.unit) == (100, "days")


def test_for_nearly_30_years() -> None:
    (claim,) = durations("having held office for nearly 30 years.")
    assert claim.text == "for nearly 30 years"
    assert (claim.value, claim.approx, claim.unit) == (30, "nearly", "years")
    assert claim.interval_days() == pytest.approx((27 * 365.25, 30 * 365.25))


def test_bare_plural_units_of_time() -> None:
    (months,) = durations("The trip will come months after Xi's visit.")
    assert (months.unit, months.low, months.high) == ("months", 2, 11)
    (hours,) = durations("They signed it hours before attending the opening ceremony.")
    assert hours.text == "hours before attending the opening ceremony"
    assert (hours.unit, hours.low, hours.high) == ("days", 0, 1)


def test_a_few_with_an_adjective_between() -> None:
    (claim,) = durations("Putin has had an eventful few months since his last meeting.")
    assert (claim.unit, claim.low, claim.high) == ("months", 2, 5)
