"""Issue 12, wave 10: times of a meal served (a poisoning's start) meet across reports on one day
and never across days, and a distance that locates a place a journey goes to or comes from
carries that place in its frame, so two places far from one town never meet. Sentences written
for these tests (not story text); most are ones that must NOT be flagged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_same_day_reports_cli import CLI, reviewed
from test_times_of_day_words import outcome, timed

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, Precision, QuantityClaim, Tier
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.quantities import number_tolerance, within_source
from factcheck.rules.checks.units import pint_name

WEDNESDAY = DateInterval(start=dt.date(2024, 5, 8), end=dt.date(2024, 5, 8), precision=Precision.DAY)


def dates(text: str) -> list[DateClaim]:
    """The date claims of `text`, published on a Wednesday."""
    return [c.claim for c in extract_text(text, published=WEDNESDAY) if isinstance(c.claim, DateClaim)]


def distance_frame(text: str) -> str:
    """The frame of the one distance in `text`."""
    found = [
        c.claim.subject
        for c in extract_text(text, published=WEDNESDAY)
        if isinstance(c.claim, QuantityClaim) and c.claim.unit in ("km", "miles")
    ]
    assert len(found) == 1, found
    return found[0]


# --- meals ------------------------------------------------------------------------------------


def test_the_serving_of_a_meal_is_an_event_whose_times_meet() -> None:
    served = timed("At 1.15 p.m. on Monday the pupils were served lunch in the school yard.")
    bell = timed("The bell rang for lunch at about 12:15 pm on Monday, the head teacher said.")
    assert served.event == bell.event == "auto.event.lunch"
    assert outcome(served, bell) == "different-times"


def test_a_rounded_reading_of_the_meal_time_is_close_not_different() -> None:
    around = timed("Around 12 noon on Monday the children were served a lunch of rice and lentils.")
    exact = timed("Lunch was served at 12.30 p.m. on Monday in the community hall.")
    assert outcome(around, exact) == "close-times"


@pytest.mark.parametrize(
    ("first", "second", "event"),
    [
        # another day's lunch is another lunch
        (
            "Lunch was served at 12.30 p.m. on Monday in the community hall.",
            "On Tuesday, lunch was served at 1 p.m. to the few pupils who came.",
            "auto.event.lunch",
        ),
        # "around 1" allows "1:05"
        (
            "Lunch was served around 1 pm on Monday, a cook said.",
            "Lunch was served at 1:05 pm on Monday, the district officer said.",
            "auto.event.lunch",
        ),
        # a time in GMT beside the local one is the same time
        (
            "Lunch was served at 12.30 p.m. (0700 GMT) on Monday in Chhapra, Bihar.",
            "Lunch was served at 12.30 p.m. on Monday in Chhapra, Bihar.",
            "auto.event.lunch",
        ),
        # an afternoon holds "just after 4 p.m."
        (
            "The jury returned its verdict on Tuesday afternoon.",
            "The verdict was read just after 4 p.m. on Tuesday.",
            "auto.event.verdict",
        ),
    ],
)
def test_not_flagged_times_of_one_event_that_agree(first: str, second: str, event: str) -> None:
    a, b = timed(first), timed(second)
    assert a.event == b.event == event
    assert outcome(a, b) is None


def test_not_flagged_lunch_and_dinner_are_two_events() -> None:
    lunch = timed("Lunch was served at 12.30 p.m. on Monday to the wedding guests.")
    dinner = timed("Dinner was served at 8 pm on Monday to the wedding guests.")
    assert lunch.event != dinner.event


def test_not_flagged_eating_a_meal_dates_no_serving() -> None:
    ill = timed("The children fell ill at 3 pm on Monday after eating lunch at the school.")
    assert ill.event != "auto.event.lunch"


# --- distances --------------------------------------------------------------------------------


def test_not_flagged_two_places_far_from_one_town_are_two_distances() -> None:
    islands = distance_frame("The ferry was bound for the Tarin Islands, some 40 km south-west of Belport.")
    garo = distance_frame("Navy divers flew in from Garo, about 60 km west of Belport, on Thursday.")
    assert islands == "auto.measure.distance.belport.to-tarin-islands"
    assert garo == "auto.measure.distance.belport.to-garo"


def test_the_event_place_keeps_the_town_alone() -> None:
    assert distance_frame("The landslide buried homes in Ambegaon, 70 km from Pune.") == (
        "auto.measure.distance.pune"
    )
    assert (
        distance_frame("The quake struck 14 miles southwest of Zhaotong.") == "auto.measure.distance.zaotong"
    )  # romanisations meet


def test_a_journey_from_a_town_to_a_place_a_direction_closes_meets_the_same_journey() -> None:
    closed = distance_frame("It was leaving Belport for one of the Tarin Islands, about 30 km to the south.")
    named = distance_frame("The boat was sailing for the Tarin Islands, some 45 km south-west of Belport.")
    assert closed == named == "auto.measure.distance.belport.to-tarin-islands"


def test_a_place_before_a_direction_with_no_journey_keeps_its_own_frame() -> None:
    assert distance_frame("It was felt in Lanzhou, the provincial capital, 177 km north.") == (
        "auto.measure.distance.lanzou"
    )


def test_review_flags_one_journey_given_two_lengths_and_nothing_else(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = reviewed(
        cli,
        tmp_path,
        monkeypatch,
        {
            "north": (
                "2024-05-09",
                "The boat was leaving Belport for one of the Tarin Islands, about 30 km to the south.",
            ),
            "south": (
                "2024-05-09",
                "The ferry was sailing for the Tarin Islands, some 45 km south-west of Belport.",
            ),
            "west": (
                "2024-05-09",
                "Navy divers flew in from Garo, about 60 km west of Belport, on Thursday.",
            ),
            "east": ("2024-05-09", "The ferry was bound for the Tarin Islands, 28 miles from Belport."),
        },
    )
    above_info = [f for f in report["findings"] if f["grade"] != "info"]
    frames = {side["frame"] for f in above_info for side in f["sides"]}
    assert frames == {"auto.measure.distance.belport.to-tarin-islands"}, frames
    texts = {side["text"] for f in above_info for side in f["sides"]}
    assert "about 60 km" not in texts


# --- a measure and its conversion ---------------------------------------------------------------

TOLERANCE = {"rel_tol": 0.1, "exact_rel_tol": 0.0, "min_ratio": 3.0, "close_gap": 5, "approx_rel_tol": 0.2}


def measure(text: str) -> QuantityClaim:
    """The one measure in a convertible unit in `text`."""
    found = [
        c.claim
        for c in extract_text(text, published=WEDNESDAY)
        if isinstance(c.claim, QuantityClaim) and pint_name(c.claim.unit) is not None
    ]
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def tolerance_outcome(a: QuantityClaim, b: QuantityClaim) -> str | None:
    verdict = number_tolerance(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, TOLERANCE))
    return verdict.outcome if verdict is not None else None


def test_two_measures_in_two_units_that_no_rounding_joins_are_two_figures() -> None:
    metres = measure("By late Monday the rescue team had got 1,600 metres into the mine.")
    feet = measure("By late Monday the rescue team had got 4,800 feet into the mine.")
    assert metres.subject == feet.subject
    assert tolerance_outcome(metres, feet) == "not-a-conversion"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The factory stands 30 km north of Dhaka.", "The factory stands 18 miles north of Dhaka."),
        ("The boat sank 100 metres from the shore.", "The boat sank 330 feet from the shore."),
        ("The team had got 1.5 km into the mine.", "The team had got 4,800 feet into the mine."),
        ("The team had got about 1,600 metres into the mine.", "The team had got 4,800 feet into the mine."),
        ("The village lies 16 km from Pune.", "The village lies 10 miles from Pune."),
        (
            "The train was travelling at 81.1 mph on the curve.",
            "The train was travelling at 129 kph on the curve.",
        ),
        ("The boat sank 24 feet below the surface.", "The boat sank 8 meters below the surface."),
    ],
)
def test_not_flagged_a_measure_and_its_rounded_conversion(first: str, second: str) -> None:
    assert tolerance_outcome(measure(first), measure(second)) is None


def test_not_flagged_one_reports_measure_with_its_own_conversion() -> None:
    claims = [
        c.claim
        for c in extract_text("The mud was 24 feet (8 meters) deep near the dam.", published=WEDNESDAY)
        if isinstance(c.claim, QuantityClaim) and pint_name(c.claim.unit) is not None
    ]
    assert len(claims) == 2
    pair = CheckInput({"a": claims[0], "b": claims[1]}, {"a": Tier.NEWS, "b": Tier.NEWS}, TOLERANCE)
    assert within_source(pair) is None


# --- a court's verdict --------------------------------------------------------------------------


def test_the_verdict_is_an_event_whose_days_meet() -> None:
    found = dates("The former deputy was found guilty on Tuesday after two days of deliberation.")
    read = dates("The verdict was read in court just after 4 p.m. Thursday.")
    assert [d.event for d in found] == [d.event for d in read] == ["auto.event.verdict"]
    assert outcome(found[0], read[0]) == "disjoint-dates"


def test_not_flagged_a_plea_is_no_verdict() -> None:
    plea = dates("The deputy pleaded not guilty on Monday to all three charges.")
    assert all(d.event != "auto.event.verdict" for d in plea)
