"""A day or time of day meets other reports' days only for the event its own clause names: a
cue inside a when-clause's relative clause, an expected one or one past ", and" dates nothing
(review of dates14), and a plan's time or day meets nothing: a plan is moved, cancelled or
one of several sessions, and "due to the bombing" is a cause."""

from __future__ import annotations

import datetime as dt

from test_event_frames import conflict  # FC201's outcome for two claims, None when they never meet

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision

WEDNESDAY = DateInterval(start=dt.date(2013, 4, 24), end=dt.date(2013, 4, 24), precision=Precision.DAY)


def date(text: str, written: str) -> DateClaim:
    found = [
        c.claim
        for c in extract_text(text, published=WEDNESDAY)
        if isinstance(c.claim, DateClaim) and written in c.claim.text
    ]
    assert len(found) == 1, found
    return found[0]


def test_a_cue_in_a_relative_clause_of_a_when_clause_is_not_the_dates() -> None:
    # the when-clause's own verb ("pulled", "was towed") is no cue: the relative clause's
    # "collapsed" / "had capsized" tells of another time, so Friday / Monday meet nothing
    friday = date(
        "Relatives waited outside on Friday when rescuers who had worked through the night pulled a "
        "woman from the building that collapsed.",
        "Friday",
    )
    assert (
        conflict(friday, date("The six-storey building collapsed on Wednesday morning.", "Wednesday")) is None
    )
    monday = date(
        "Two bodies were recovered on Monday when a ferry that had capsized in the storm was towed back to port.",
        "Monday",
    )
    assert conflict(monday, date("The ferry capsized on Saturday evening in the storm.", "Saturday")) is None


def test_a_when_clause_that_reports_an_expected_event_does_not_date_it() -> None:
    monday = date(
        "Residents were evacuated on Monday when engineers who inspected the tower warned that it was "
        "expected to collapse within days.",
        "Monday",
    )
    assert conflict(monday, date("The tower collapsed on Wednesday.", "Wednesday")) is None


def test_a_when_clause_ends_at_a_comma_and() -> None:
    thursday = date(
        "Five workers were killed on Thursday when a factory building that housed three garment units "
        "collapsed, and a fire broke out in the rubble hours later.",
        "Thursday",
    )
    fire = date("A fire broke out in the rubble on Friday morning, officials said.", "Friday")
    assert conflict(thursday, fire) is None


def test_a_when_clause_that_tells_of_a_rising_toll_names_no_event() -> None:
    claim = date(
        "Relatives gathered on Thursday when the toll from a building that collapsed near the "
        "highway rose again.",
        "Thursday",
    )
    assert claim.event == "unknown.event"


def test_a_scheduled_time_takes_no_cue_that_another_time_stands_before() -> None:
    leave = date(
        "Trump, who was set to leave his residence at 12:40 p.m for a 1:20 p.m. start to the meeting, waited.",
        "12:40",
    )
    assert leave.event == "unknown.event"  # the meeting is the 1:20 p.m. time's, not 12:40's


def test_a_planned_day_still_gets_no_frame() -> None:
    # only a clock time of a plan is compared: a plan's day is often moved, so it never is
    assert date("The leaders will meet on Friday in Singapore.", "Friday").event == "unknown.event"


def test_leaving_the_plane_is_no_departure() -> None:
    caption = date(
        "Putin as he leaves the plane at Helsinki airport in Vantaa, Finland, Monday, July 16, 2018.",
        "July 16",
    )
    assert caption.event == "unknown.event"


def test_a_when_clause_stops_where_a_clause_of_another_time_opens() -> None:
    claim = date(
        "The worst was in Rhode Island in 2003, when 100 people died after foam soundproofing proved "
        "flammable when it met onstage pyrotechnics.",
        "2003",
    )
    assert claim.event == "unknown.event"


def test_a_cue_in_the_when_clause_that_another_date_follows_is_that_dates() -> None:
    claim = date(
        "Families waited on Thursday when workers at the building, which collapsed on Saturday, gave up hope.",
        "Thursday",
    )
    assert claim.event == "unknown.event"


def test_a_cue_before_the_plan_word_is_not_what_is_planned() -> None:
    claim = date(
        "A press conference with the summit's hosts was due to begin at 4 p.m. local time.", "4 p.m."
    )
    assert claim.event == "unknown.event"


def test_a_plans_time_of_an_arrival_at_an_events_venue_gets_no_frame() -> None:
    # two people's planned arrivals: no start of the summit, never compared
    trump = date("Trump was scheduled to arrive at the summit venue at 9 a.m. local time.", "9 a.m.")
    kim = date("Kim was scheduled to arrive at the summit venue at 8:30 a.m. local time.", "8:30 a.m.")
    assert trump.event == kim.event == "unknown.event"


def test_a_moved_plans_time_meets_no_other_plan() -> None:
    moved = date(
        "The two leaders were originally due to begin their summit at 1 p.m., but the start was moved "
        "to 3 p.m. after the president's plane was delayed.",
        "1 p.m.",
    )
    assert conflict(moved, date("The two leaders were due to begin their summit at 3 p.m.", "3 p.m.")) is None


def test_another_sessions_planned_time_meets_no_summit_start() -> None:
    summit = date("The summit was due to begin at 1 p.m. local time.", "1 p.m.")
    talks = date("The leaders were due to hold further talks at 4 p.m. local time, officials said.", "4 p.m.")
    assert conflict(summit, talks) is None


def test_a_time_after_a_causal_due_to_is_no_plan() -> None:
    closed = date("Markets were closed on Sunday due to the bombing at 9 a.m., police said.", "9 a.m.")
    assert not closed.event.endswith(".planned")
    shut = date("Shops shut on Sunday due to the bombing at 11 a.m., police said.", "11 a.m.")
    assert conflict(closed, shut) is None


def test_a_cancelled_plans_day_meets_no_other_plan() -> None:
    cancelled = date(
        "The ministers were due to meet at 10 a.m. on Tuesday, but the meeting was cancelled.", "10 a.m."
    )
    assert conflict(cancelled, date("They had been due to meet at 11 a.m.", "11 a.m.")) is None
