"""A timetable's reckoning ("was estimated to arrive at 6.10am", "are supposed to arrive at
midnight") is a plan's time, no event's: it took the cue of the departure earlier in its sentence
and became a second departure (found on the MH17 tune story). A judgement of the past ("is
estimated to have struck at 3 a.m.") still dates the event."""

from __future__ import annotations

import pytest
from test_event_days_clauses import date  # the date claim written so, published on a Wednesday


def event(text: str, written: str) -> str:
    return date(text, written).event


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Flight MH17 departed Amsterdam at 12.15pm and was estimated to arrive at Kuala Lumpur"
            " at 6.10am the next day.",
            "6.10am",
        ),
        ("The 94 survivors are supposed to arrive at midnight.", "midnight"),
        ("The plane, expected to land at 6 am, left Kathmandu at 10 pm.", "6 am"),
    ],
)
def test_a_timetables_reckoning_is_a_plan(text: str, written: str) -> None:
    assert event(text, written) == "unknown.event"


def test_the_departure_before_it_keeps_its_frame() -> None:
    text = "Flight MH17 departed Amsterdam at 12.15pm and was estimated to arrive at 6.10am."
    assert event(text, "12.15pm") == "auto.event.departed"


def test_a_judgement_of_the_past_still_dates_the_event() -> None:
    assert event("The quake is estimated to have struck at 3 a.m.", "3 a.m.") == "auto.event.struck"
