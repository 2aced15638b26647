"""Extraction gaps, session 15 (#12/#14): a sum in a currency no table lists, and 24-hour clock
times. Short sentences written for these
tests (not seed or story text); each gap failed before its fix, and the sentences beside them
must read as they did."""

from __future__ import annotations

import pytest
from quantity_claims import claims_published, published_on

from factcheck.extract import extract_text
from factcheck.model import DateClaim

DAY = published_on("2024-03-05")

claims = claims_published(DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Channel 4 reported it.",
        "Apollo 11 landed safely.",
        "Route 66 was closed.",
        "At Least 86 Dead In Quake",
    ],
)
def test_a_number_in_a_name_is_still_no_count(text: str) -> None:
    """A name's number, and a headline's in title case, as before: the headline's figure is
    the story's own, said again in its body."""
    assert claims(text) == {}


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("The ransom was 4.2 million naira.", "4.2 million naira", "naira"),
        ("He was fined 3 million cedi, the court said.", "3 million cedi", "cedi"),
        ("The bridge cost 2 billion yen.", "2 billion yen", "yen"),
        ("A ransom of 4.2 million naira ($10,000) was paid.", "4.2 million naira", "naira"),
    ],
)
def test_a_sum_in_a_currency_no_table_lists_is_no_count_of_people(text: str, words: str, unit: str) -> None:
    found = claims(text)
    assert words in found, found
    assert found[words].unit == unit
    assert not any(c.unit == "people" for c in found.values())


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        ("The war left 1.2 million dead.", "1.2 million", "auto.count.deaths"),
        ("They said about 2 million homeless need shelter.", "about 2 million", "auto.count.displaced"),
        ("Last year over 1.5 million visited.", "over 1.5 million", None),  # a verb: people visited
        ("They said some 2 million live in the city.", "some 2 million", None),
        ("The city has 4.2 million residents.", "4.2 million residents", None),
        ("The fund holds 4.2 million rupees.", "4.2 million rupees", "auto.measure.money"),
        ("It rose to 4.2 million last year.", "4.2 million", None),
    ],
)
def test_scaled_counts_of_people_and_known_units_read_as_before(
    text: str, words: str, subject: str | None
) -> None:
    found = claims(text)
    assert words in found, found
    if subject is not None:
        assert found[words].subject == subject
    assert found[words].unit in ("people", "residents", "rupees")


def _times(text: str) -> dict[str, DateClaim]:
    """The clock times extraction finds in `text`, by their words."""
    return {
        c.claim.text: c.claim
        for c in extract_text(text, published=DAY)
        if isinstance(c.claim, DateClaim) and c.claim.time_start is not None
    }


@pytest.mark.parametrize(
    ("text", "words", "clock", "offset"),
    [
        ("The curfew began at 20:00 on Friday.", "20:00 on Friday", "20:00", None),
        ("The blast came at 20:00 GMT on Friday.", "20:00 GMT on Friday", "20:00", 0),
        ("The blast came at 20:00 UTC+1 on Friday.", "20:00 UTC+1 on Friday", "20:00", 60),
        ("The blast came at 20:00 GMT-5 on Friday.", "20:00 GMT-5 on Friday", "20:00", -300),
        ("The blast came at 20:00 UTC+05:30 on Friday.", "20:00 UTC+05:30 on Friday", "20:00", 330),
        ("At 20:00 the rally began.", "20:00", "20:00", None),
        ("Monday 14:30 is the deadline.", "Monday 14:30", "14:30", None),
    ],
)
def test_a_24_hour_clock_is_a_time_with_its_zone(
    text: str, words: str, clock: str, offset: int | None
) -> None:
    found = _times(text)
    assert words in found, found
    assert str(found[words].time_start) == clock
    if offset is not None:
        assert found[words].utc_offset == offset


def test_an_offset_after_utc_is_no_count() -> None:
    """ "UTC+1": the 1 is the zone's offset, not one person."""
    assert claims("The blast came at 20:00 UTC+1 on Friday.") == {}


def test_both_ends_of_a_hyphened_range_of_clock_times_are_times() -> None:
    found = _times("The shops close between 18:00-20:00 on weekdays.")
    assert {str(c.time_start) for c in found.values()} == {"18:00", "20:00"}


@pytest.mark.parametrize(
    "text",
    [
        "John 3:16 was read at the service.",
        "The pastor read Psalm 23:4 aloud.",
        "The ratio was 20:1 in the end.",
        "They won 3-1 on Friday.",
        "The score was 2:1 at half-time.",
        "The war ran 1939-1945.",
    ],
)
def test_a_verse_a_ratio_a_score_and_a_year_range_are_no_times(text: str) -> None:
    assert _times(text) == {}


@pytest.mark.parametrize(
    "text", ["They won 3-1 on Friday.", "The ratio was 20:1 in the end.", "The war ran 1939-1945."]
)
def test_scores_ratios_and_year_ranges_count_as_they_did(text: str) -> None:
    """What these read as besides (a score's goals as counts, a year range) is left as it was:
    the figures here pin it, so a change to it is seen."""
    found = {c.text: (c.value, c.low, c.high) for c in claims(text).values()}
    expected = {
        "They won 3-1 on Friday.": {"3": (3.0, None, None), "1": (1.0, None, None)},
        "The ratio was 20:1 in the end.": {},
        "The war ran 1939-1945.": {"1939-1945": (None, 1939.0, 1945.0)},
    }[text]
    assert found == expected
