"""Issue 12, wave 10 and its review: a distance that locates a place a journey goes to or comes
from carries that place in its frame, so two places far from one town never meet, while any other
"to <Place>," before a distance ("according to", "on its approach to") leaves the town alone; a
measure and its conversion are judged as two figures in one unit; a court's verdicts and a meal's
serving are no event frames. Sentences written for these tests (not story text); most are ones
that must NOT be flagged."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from registry_review import Review

from factcheck.extract import extract_text
from factcheck.model import DateInterval, Precision, QuantityClaim, Tier
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.quantities import number_tolerance, within_source
from factcheck.rules.checks.units import pint_name

WEDNESDAY = DateInterval(start=dt.date(2024, 5, 8), end=dt.date(2024, 5, 8), precision=Precision.DAY)


def distance_frame(text: str) -> str:
    """The frame of the one distance in `text`."""
    found = [
        c.claim.subject
        for c in extract_text(text, published=WEDNESDAY)
        if isinstance(c.claim, QuantityClaim) and c.claim.unit in ("km", "miles")
    ]
    assert len(found) == 1, found
    return found[0]


def above_info(report: Any) -> list[dict[str, Any]]:
    """The findings of a review graded above info."""
    return [f for f in report["findings"] if f["grade"] != "info"]


def claim_count(report: Any) -> int:
    """How many claims the review read (so a must-not-flag review read something)."""
    return sum(int(s["claims"]) for s in report["sources"])


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


def test_a_journey_word_at_the_start_of_a_sentence_or_a_few_words_back_counts() -> None:
    assert distance_frame("Bound for Ostra, 30 km north of Velno, the convoy set off at dawn.") == (
        "auto.measure.distance.velno.to-ostra"
    )
    assert distance_frame("The wounded were flown by helicopter to Ostra, 30 km north of Velno.") == (
        "auto.measure.distance.velno.to-ostra"
    )


@pytest.mark.parametrize(
    "text",
    [
        "According to the Geological Survey, 70 km from Velno, the quake was shallow.",
        "The jet crashed on its final approach to Ostra, 120 km west of Velno, on Monday.",
        "Power lines were down from Ostra, 30 km north of Velno, to the coast.",
        "The storm left Ostra without power and cut the road to Marn, 25 km east of Velno.",
        "It was felt as far as Ostra, 120 km from Velno.",
    ],
)
def test_not_a_journey_keeps_the_town_alone(text: str) -> None:
    assert distance_frame(text) == "auto.measure.distance.velno"


def test_a_place_before_a_direction_with_no_journey_keeps_its_own_frame() -> None:
    assert distance_frame("It was felt in Lanzhou, the provincial capital, 177 km north.") == (
        "auto.measure.distance.lanzou"
    )


def test_review_flags_one_journey_given_two_lengths_and_nothing_else(review: Review) -> None:
    report = review(
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
    frames = {side["frame"] for f in above_info(report) for side in f["sides"]}
    assert frames == {"auto.measure.distance.belport.to-tarin-islands"}, frames
    texts = {side["text"] for f in above_info(report) for side in f["sides"]}
    assert "about 60 km" not in texts


def test_review_flags_a_crash_site_put_at_two_distances_from_one_city(review: Review) -> None:
    report = review(
        {
            "wire": (
                "2024-05-09T10:00+00:00",
                "A cargo plane crashed on Wednesday on its approach to Ostra, 120 km west of Velno.",
            ),
            "paper": (
                "2024-05-09T11:00+00:00",
                "The cargo plane came down on Wednesday in hills 170 km west of Velno, police said.",
            ),
        },
    )
    texts = {side["text"] for f in above_info(report) for side in f["sides"]}
    assert {"120 km", "170 km"} <= texts, report["findings"]


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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The factory stands 30 km north of Dhaka.", "The factory stands 18 miles north of Dhaka."),
        ("The boat sank 100 metres from the shore.", "The boat sank 330 feet from the shore."),
        ("The team had got 1.5 km into the mine.", "The team had got 4,800 feet into the mine."),
        ("The team had got 1,600 metres into the mine.", "The team had got 4,800 feet into the mine."),
        ("The village lies 16 km from Pune.", "The village lies 10 miles from Pune."),
        (
            "The train was travelling at 81.1 mph on the curve.",
            "The train was travelling at 129 kph on the curve.",
        ),
        ("The boat sank 24 feet below the surface.", "The boat sank 8 meters below the surface."),
        # two agencies' readings, each rounded its own way, a few percent apart
        ("The cyclone packed winds of 175 km/h on Friday.", "The cyclone packed winds of 115 mph on Friday."),
        ("The cyclone packed winds of 115 mph on Friday.", "The cyclone packed winds of 195 km/h on Friday."),
        ("The lorry overturned 45 km from Ooty.", "The lorry overturned 26 miles from Ooty."),
    ],
)
def test_not_flagged_a_measure_and_another_units_figure_within_tolerance(first: str, second: str) -> None:
    assert tolerance_outcome(measure(first), measure(second)) is None


def test_a_measure_in_another_unit_far_off_is_still_flagged() -> None:
    assert tolerance_outcome(
        measure("The cyclone packed winds of 150 km/h on Friday."),
        measure("The cyclone packed winds of 115 mph on Friday."),
    ) == ("outside-tolerance")


def test_not_flagged_one_reports_measure_with_its_own_conversion() -> None:
    claims = [
        c.claim
        for c in extract_text("The mud was 24 feet (8 meters) deep near the dam.", published=WEDNESDAY)
        if isinstance(c.claim, QuantityClaim) and pint_name(c.claim.unit) is not None
    ]
    assert len(claims) == 2
    pair = CheckInput({"a": claims[0], "b": claims[1]}, {"a": Tier.NEWS, "b": Tier.NEWS}, TOLERANCE)
    assert within_source(pair) is None


# --- whole reports that must not be flagged -----------------------------------------------------


@pytest.mark.parametrize(
    "reports",
    [
        # two defendants' verdicts on two days, and a verdict that is the object of another verb
        {
            "wire": (
                "2024-05-11T01:00+00:00",
                "A jury on Friday cleared two prison guards of assault. A third guard, Officer "
                "Lena Morrow, was found guilty on Thursday of falsifying a report. Her lawyer said "
                "she plans to appeal the verdict by the end of June.",
            ),
            "paper": (
                "2024-05-11T02:00+00:00",
                "Two prison guards were acquitted of assault on Friday, a day after Officer Lena "
                "Morrow was found guilty of falsifying a report. A fourth guard will hear his own "
                "verdict on Monday.",
            ),
        },
        # lunch served in two shelters in two towns at two hours
        {
            "wire": (
                "2024-11-01T18:00+00:00",
                "Hundreds of evacuees spent Thursday in school gyms. At the town hall in Borra, "
                "lunch was served at noon to some 300 people, volunteers said.",
            ),
            "paper": (
                "2024-11-01T19:00+00:00",
                "In Selvo, volunteers served lunch at 3 p.m. on Thursday to about 200 people who "
                "had lost their homes.",
            ),
        },
        # one storm's winds by two agencies, in two units a few percent apart
        {
            "wire": (
                "2024-09-10T12:00+00:00",
                "Typhoon Mira packed sustained winds of 175 km/h on Tuesday, the state weather bureau said.",
            ),
            "paper": (
                "2024-09-10T13:00+00:00",
                "Typhoon Mira brought sustained winds of 115 mph on Tuesday, the U.S. Joint "
                "Typhoon Warning Center said.",
            ),
        },
        # an agency's name after "according to" is no place a distance locates
        {
            "wire": (
                "2024-08-01T06:00+00:00",
                "According to the Geological Survey, 70 km from Velno, the quake struck at a depth of 10 km.",
            ),
            "paper": ("2024-08-01T07:00+00:00", "The quake struck 43 miles from Velno on Thursday."),
        },
    ],
)
def test_not_flagged_whole_reports(reports: dict[str, tuple[str, str]], review: Review) -> None:
    report = review(reports)
    assert claim_count(report) >= 3
    assert above_info(report) == [], report["findings"]
