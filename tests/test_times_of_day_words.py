"""Times of day in words ("in the early hours", "late on Sunday", "at dawn", "Saturday night") read
as wide clock intervals on the event's clock, when joined to a day: a written clock inside one,
or outside by less than its length, meets it with no conflict; one far off is another time.
Sentences written for these tests (not story text)."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import extract_text
from factcheck.extract.times import build_times
from factcheck.model import DateClaim, DateInterval, Precision, Tier
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.dates import date_conflict

THURSDAY = DateInterval(start=dt.date(2024, 5, 9), end=dt.date(2024, 5, 9), precision=Precision.DAY)
PARAMS = {"tolerance_days": 0, "tolerance_minutes": 5, "close_minutes": 30}


def timed(text: str) -> DateClaim:
    """The one date claim of `text` that carries a time of day."""
    found = [c.claim for c in extract_text(text, published=THURSDAY) if isinstance(c.claim, DateClaim)]
    with_time = [c for c in found if c.time_start is not None]
    assert len(with_time) == 1, [c.text for c in found]
    return with_time[0]


def outcome(a: DateClaim, b: DateClaim) -> str | None:
    verdict = date_conflict(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, PARAMS))
    return verdict.outcome if verdict is not None else None


def test_a_part_of_day_is_a_wide_interval_on_its_day() -> None:
    early = timed("The landslide struck in the early hours of Wednesday.")
    assert (early.start, early.time_start, early.time_end) == (dt.date(2024, 5, 8), "00:00", "05:30")
    late = timed("A fire broke out late on Saturday at the factory.")
    assert (late.start, late.time_start) == (dt.date(2024, 5, 4), "19:00")
    night = timed("The blaze started on Saturday night.")
    assert (night.time_start, night.time_end) == ("18:00", "06:30")  # into the next morning


def test_a_clock_inside_meets_it_and_one_far_off_conflicts() -> None:
    early = timed("The landslide struck in the early hours of Wednesday.")
    assert outcome(early, timed("The landslide struck at 3.15am on Wednesday.")) is None
    assert outcome(early, timed("The landslide struck around 7.30 am on Wednesday.")) is None  # loose
    dawn = timed("The landslide struck at dawn on Wednesday.")
    assert outcome(dawn, timed("The landslide struck at 3 pm on Wednesday.")) == "different-times"


def test_words_that_tell_no_time_and_a_part_beside_a_clock_are_left_out() -> None:
    assert timed("The building collapsed at about 1:30 a.m. on Thursday morning.").time_start == "01:20"
    words = (
        "Relatives kept a sleepless night's vigil. Crews worked through the night on Wednesday."
        " Rescuers resumed the search this morning."
    )
    found = [c.claim for c in extract_text(words, published=THURSDAY) if isinstance(c.claim, DateClaim)]
    assert all(c.time_start is None for c in found)


def test_late_on_needs_a_weekday_however_it_is_spaced() -> None:
    late = timed("A fire broke out late  on\nSaturday at the factory.")
    assert (late.start, late.time_start) == (dt.date(2024, 5, 4), "19:00")
    found = extract_text("The fire broke out late on in the day on Saturday.", published=THURSDAY)
    assert all(c.claim.time_start is None for c in found if isinstance(c.claim, DateClaim))


def test_a_table_built_without_parts_of_day_has_an_empty_dict_of_them() -> None:
    table = build_times({"zones": {"UTC": "UTC"}})
    assert table.parts_of_day == {}
    assert table.part_pattern is None
