"""Times of day that meet across outlets by the event their sentence names: onset verbs read by
their subject ("the incident happened around 7 pm", "gunmen struck at 5am"), a time between two
clocks as one interval, a journey's start as its departure; and times of different events, or of
one instant in two zones, that must never conflict."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision, Tier
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.dates import date_conflict

SATURDAY = DateInterval(start=dt.date(2024, 3, 9), end=dt.date(2024, 3, 9), precision=Precision.DAY)
PARAMS = {"tolerance_days": 0, "tolerance_minutes": 5, "close_minutes": 30}


def clocks(text: str) -> list[DateClaim]:
    """The date claims of `text` that carry a time of day."""
    found = [c.claim for c in extract_text(text, published=SATURDAY) if isinstance(c.claim, DateClaim)]
    return [c for c in found if c.time_start is not None]


def clock(text: str, written: str) -> DateClaim:
    """The one time of day written `written` in `text`."""
    found = [c for c in clocks(text) if written in c.text]
    assert len(found) == 1, [c.text for c in clocks(text)]
    return found[0]


def conflict(a: DateClaim, b: DateClaim) -> str | None:
    """FC201's outcome for two claims, or None when they agree or never meet (other events, or
    no event: an `unknown.*` stand-in joins nothing)."""
    if a.event != b.event or a.event.startswith("unknown."):
        return None
    verdict = date_conflict(
        CheckInput(matched={"a": a, "b": b}, params=PARAMS, tiers={"a": Tier.NEWS, "b": Tier.NEWS})
    )
    return verdict.outcome if verdict is not None else None


def test_a_fire_that_started_at_a_time_meets_the_time_the_blaze_broke_out() -> None:
    started = clock(
        "Nine people died in the fire, which police believe started about 3:30 a.m. Saturday when a heater tipped over.",
        "3:30",
    )
    broke_out = clock("The blaze broke out at approximately 3 AM in the basement.", "3 AM")
    assert started.event == broke_out.event == "auto.event.fire"
    assert broke_out.text == "3 AM"  # the full stop of "AM." ends the sentence
    assert conflict(started, broke_out) == "close-times"  # half an hour apart, both "about": minor


def test_the_incident_of_a_text_is_its_main_event() -> None:
    text = (
        "A passenger train derailed near Kestrel Junction on Friday. The derailment left 12 dead. "
        "Engineers said the derailment was caused by a faulty signal. The incident happened around 7 pm."
    )
    assert clock(text, "7 pm").event == "auto.event.derailed"


def test_an_incident_in_a_text_naming_no_main_event_gets_no_frame() -> None:
    assert clock("The incident happened around 7 pm near the square.", "7 pm").event.startswith("unknown.")


def test_attackers_who_struck_attacked_and_a_quake_that_struck_struck() -> None:
    attack = clock("The college, where heavily armed attackers struck at 5am, stayed shut.", "5am")
    quake = clock("The quake struck at 5am, waking the town.", "5am")
    assert attack.event == "auto.event.attacked"
    assert quake.event == "auto.event.struck"


def test_police_storming_a_building_is_no_attack_frame() -> None:
    raid = clock("Police stormed the building at 6 am to free the hostages.", "6 am")
    attack = clock("Militants attacked the gas plant at 5 am on Wednesday.", "5 am")
    assert raid.event != attack.event


def test_a_time_between_two_clocks_is_one_interval() -> None:
    (found,) = clocks("The district police chief said the collapse occurred between 5 a.m. and 6 a.m.")
    assert (found.time_start, found.time_end) == ("05:00", "06:00")
    around_four = clock("Police said the tunnel collapsed around 3 am, trapping 30 workers.", "3 am")
    assert conflict(found, around_four) == "different-times"  # hours apart: major


def test_a_journey_started_and_a_departure_meet() -> None:
    started = clock("The express started its journey at 2.30 pm and arrived at Dunmore at 5.30 pm.", "2.30")
    left = clock("The express departed from Harbour Street at 2.20 pm.", "2.20")
    assert started.event == left.event == "auto.event.departed"
    assert conflict(started, left) == "close-times"


def test_two_approximate_times_twenty_minutes_apart_are_close_times() -> None:
    one = clock("The crash happened near the junction around 8.20 pm.", "8.20")
    other = clock("The crash happened around 8 pm on Friday.", "8 pm")
    assert conflict(one, other) == "close-times"


# --- what must not be flagged --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "first_time", "second", "second_time"),
    [
        # a departure and the crash
        ("The train left the station at 3.20 pm, packed with workers.", "3.20",
         "The accident happened around 7 pm near the bridge.", "7 pm"),
        # a gathering ending and the stampede after it
        ("The prayer meeting ended at around 2 pm on Tuesday.", "2 pm",
         "The stampede happened at around 3.30 pm as the preacher was leaving.", "3.30"),
    ],
)  # fmt: skip
def test_times_of_two_events_never_meet(first: str, first_time: str, second: str, second_time: str) -> None:
    assert clock(first, first_time).event != clock(second, second_time).event


def test_a_rescue_that_started_after_the_crash_is_not_the_crash() -> None:
    crash = clock("The bus crash happened at about 6:10 a.m. on a narrow pass.", "6:10")
    rescue = clock(
        "Shepherds reached the wreck first after the crash, and the army rescue started at 9 a.m., officials said.",
        "9 a.m.",
    )
    later = clock("After the crash the search for survivors began at 8 a.m.", "8 a.m.")
    assert conflict(crash, rescue) is None
    assert conflict(crash, later) is None


def test_an_incident_right_after_another_happening_is_not_the_main_event() -> None:
    text = (
        "Before the ferry sailed from Port Amos, a man was put ashore after a scuffle with deckhands; "
        "the incident happened at 7:15 a.m., the operator said. The ferry sank about two hours later. "
        "The sinking left 14 dead and the sinking is under inquiry."
    )
    scuffle = clock(text, "7:15")
    sank = clock("The ferry sank at about 9:20 a.m. off the cape.", "9:20")
    assert conflict(scuffle, sank) is None


def test_a_timetable_departure_in_the_present_tense_is_no_departure() -> None:
    left = clock("The mail train departed from Eastgate at 4:10 p.m. before it derailed.", "4:10")
    next_train = clock(
        "A rail official said the first train on the mended line departs at 7 a.m. on Monday.", "7 a.m."
    )
    assert conflict(left, next_train) is None


def test_a_warning_and_a_touchdown_never_meet() -> None:
    text = (
        "The tornado tore through the town. The warning was issued at 2:40 pm. "
        "The tornado touched down at 2:56 pm and stayed on the ground for 40 minutes."
    )
    warning, touchdown = clock(text, "2:40"), clock(text, "2:56")
    assert conflict(warning, touchdown) is None


def test_an_onset_in_an_earlier_clause_does_not_date_a_later_event() -> None:
    text = (
        "The accident happened at a level crossing on Friday, and the driver was arrested at 9 pm. "
        "The train derailed after hitting a lorry."
    )
    assert clock(text, "9 pm").event != "auto.event.derailed"


def test_the_same_instant_in_two_zones_agrees() -> None:
    gmt = clock("The blast at the depot came at 1100 GMT, officials said.", "1100")
    local = clock("The blast at the depot in Mumbai came at 4:30 pm local time.", "4:30")
    assert gmt.event == local.event
    assert conflict(gmt, local) is None


def test_an_approximate_time_and_a_close_reading_inside_it_agree() -> None:
    around = clock("The bridge collapsed at around 6.30 pm, officials said.", "6.30")
    shortly = clock("The bridge collapsed shortly after 6.30 pm.", "6.30")
    assert conflict(around, shortly) is None


def test_a_later_day_does_not_take_the_cue_of_an_earlier_days_crash() -> None:
    text = "On Sunday the state government revised the toll in Friday's crash to 80."
    dates = [c.claim for c in extract_text(text, published=SATURDAY) if isinstance(c.claim, DateClaim)]
    (sunday,) = [d for d in dates if "Sunday" in d.text]
    (friday,) = [d for d in dates if "Friday" in d.text]
    assert sunday.event != "auto.event.derailed"
    assert friday.event == "auto.event.derailed"


def test_a_day_written_for_the_gmt_clock_in_brackets_is_moved_to_the_local_day() -> None:
    local = clock("The fire broke out at about 1:30 a.m. (1730 GMT Friday), the coast guard said.", "1:30")
    assert (local.start, local.weekday) == (dt.date(2024, 3, 9), None)  # Saturday at UTC+8
    saturday = clock("The fire broke out at about 1:30 a.m. on Saturday in the engine room.", "1:30")
    assert conflict(local, saturday) is None
