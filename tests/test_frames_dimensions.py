"""Issue 12, session 16: a length that describes a thing of frames.yaml `measured_things` is that
thing's dimension (auto.measure.<dimension>.<thing>), so two reports' lengths of one ship meet
however they are written, while a ship's length and the gash in its hull, a width and a length,
or a distance from a ship never do. Sentences written for these tests (not story text); several
must NOT be framed or flagged."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_claims import published_on, quantity_claims
from registry_review import Review

from factcheck.rules.checks.units import converted

DAY = published_on("2024-03-07")


def claims(text: str) -> dict[str, str | None]:
    """Each quantity's words -> its frame."""
    return {words: claim.subject for words, claim in quantity_claims(text, DAY).items()}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The 310-metre container ship, the Orla, lost power.", "310"),
        ("The crew could not steer the 1,020-foot-long vessel.", "1,020"),
        ("Officials said it was a ferry long over 300 meters.", "over 300 meters"),
        ("The Orla, a 310-metre (1,017 ft) vessel, lost power.", "310"),
    ],
)
def test_a_ships_length_is_framed_however_it_is_written(text: str, words: str) -> None:
    assert claims(text)[words] == "auto.measure.length.vessel"


def test_a_conversion_in_brackets_before_the_noun_gets_the_same_frame() -> None:
    found = claims("Divers found a 40-cm-long (16-inch) rifle near the dock.")
    assert found["40"] == found["16"] == "auto.measure.length.weapon"
    assert converted(16.0, 16.0, "inches", "cm") is not None


def test_a_gash_and_a_ship_never_meet() -> None:
    found = claims("The 290-metre ship had a 70-metre gash in its hull.")
    assert found["290"] == "auto.measure.length.vessel"
    assert found["70"] == "auto.measure.length.gash"


@pytest.mark.parametrize(
    ("text", "words", "frame"),
    [
        ("A tornado 1.3 miles wide crossed the town.", "1.3 miles", "auto.measure.width.tornado"),
        ("Crews pushed 3-foot diameter steel pipes through.", "3", "auto.measure.diameter.pipe"),
        (
            "They used pipes of two and a half feet diameter.",
            "two and a half feet",
            "auto.measure.diameter.pipe",
        ),
    ],
)
def test_a_dimension_word_names_the_dimension(text: str, words: str, frame: str) -> None:
    assert claims(text)[words] == frame


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The boat sank 200 metres from the ship.", "200 metres"),  # a distance from it
        ("A two-mile tornado path crossed the farms.", "two"),  # width or path: not told
        ("Workers cleared a 60-metre stretch of the tunnel.", "60"),  # a stretch, not the tunnel
        ("The 33-metre Sea Lion ferry sank.", "33"),  # a name before the noun: not read through
    ],
)
def test_not_a_things_dimension(text: str, words: str) -> None:
    frame = claims(text)[words]
    assert frame is None or not frame.startswith(("auto.measure.length", "auto.measure.width")), frame


def above_info(report: Any) -> list[dict[str, Any]]:
    """The findings of a review graded above info."""
    return [f for f in report["findings"] if f["grade"] != "info"]


def test_review_flags_one_ship_given_two_lengths(review: Review) -> None:
    report = review(
        {
            "wire": ("2024-03-26", "The 948-foot container ship, the Orla, hit the bridge on Tuesday."),
            "paper": ("2024-03-26", "The 1,100-foot cargo ship struck the bridge on Tuesday, police said."),
        },
    )
    texts = {side["text"] for f in above_info(report) for side in f["sides"]}
    assert {"948", "1,100"} <= texts, report["findings"]


def test_review_does_not_flag_a_ship_and_its_gash(review: Review) -> None:
    report = review(
        {
            "wire": ("2024-03-26", "The 290-metre vessel ran aground on Tuesday."),
            "paper": ("2024-03-26", "The liner was left with a 70-metre gash on Tuesday, officials said."),
        },
    )
    assert above_info(report) == [], report["findings"]


def test_review_flags_two_exact_lengths_a_few_percent_apart_as_major(review: Review) -> None:
    # 948 and 984 feet are 3.8 % apart: within rel_tol, but nothing rounded either figure
    report = review(
        {
            "wire": ("2024-03-26", "The 948-foot container ship, the Orla, hit the bridge on Tuesday."),
            "paper": ("2024-03-26", "The 984-foot cargo ship struck the bridge on Tuesday, police said."),
        },
    )
    grades = [f["grade"] for f in report["findings"] if {"948", "984"} <= {s["text"] for s in f["sides"]}]
    assert grades == ["major"], report["findings"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a conversion's last digit
        ("The train was doing 80 mph (129 km/h) when it left the rails.", "The train was doing 130 km/h."),
        # a figure ending in 0 is read as rounded
        ("The ferry sank 18 miles (29 km) from Velno.", "The ferry sank 30 km from Velno."),
        # an approximator widens the figure as before
        ("The 948-foot ship hit the bridge.", "The ship, about 984 feet long, hit the bridge."),
    ],
)
def test_review_does_not_flag_rounded_or_converted_measures(first: str, second: str, review: Review) -> None:
    report = review({"wire": ("2024-03-26", first), "paper": ("2024-03-26", second)})
    assert above_info(report) == [], report["findings"]


def test_a_part_of_a_thing_is_not_the_thing() -> None:
    found = claims("Workers said a 2 km tunnel section had flooded. The 300-metre ship's deck was awash.")
    assert found["2 km"] is None or not found["2 km"].startswith("auto.measure.length"), found
    assert found["300"] is None or not found["300"].startswith("auto.measure.length"), found


def test_a_source_giving_two_ships_lengths_frames_neither() -> None:
    text = "The 290-metre cruise ship ran aground. A 110-metre supply ship nearby took on water."
    found = {words: claim.subject for words, claim in quantity_claims(text, DAY, source="wire").items()}
    assert found["290"] == found["110"] == "unknown.quantity", found


def test_a_length_and_its_conversion_keep_their_frame() -> None:
    found = claims("The 290-metre (950 ft) vessel ran aground.")
    assert found["290"] == found["950 ft"] == "auto.measure.length.vessel", found
