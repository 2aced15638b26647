"""Session 21 (#12, one error, one finding at the right grade): figures 10 % apart graded critical
because a far figure of another quantity was joined to their frame.

The wrong joins: the mass of a load against a vessel's tonnage ("20,000 tons of sand", "the
224,000-ton ship"), the people aboard against the passengers ("189 passengers and crew"), a
threshold against a reading ("magnitude 5.0 or more"), and a storm's motion against its winds
("moving at 20 km per hour"). Short texts written for these tests (not story text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from quantity_claims import claims_published, published_on
from registry_review import CLI, reviewed

claims = claims_published(published_on("2024-03-05"))


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        # a load is weighed apart from the vessel that holds it
        (
            "Dredgers had raised about 20,000 tons of sand by Friday.",
            "about 20,000 tons",
            "auto.measure.weight.load",
        ),
        (
            "The ship, carrying thousands of tons of cargo, was stuck.",
            "thousands of tons",
            "auto.measure.weight.load",
        ),
        ("The 224,000-ton ship ran aground on Tuesday.", "224,000", "auto.measure.weight"),
        # everyone aboard, not the passengers alone
        ("A ferry with 189 passengers and crew on board capsized.", "189 passengers", "auto.count.aboard"),
        ("The ferry carried 173 passengers and 16 crew.", "173 passengers", "auto.count.passengers"),
        # "the crew of six" are counted apart: the 150 are the passengers (review of session 21)
        (
            "The plane carried 150 passengers and the crew of six when it crashed on Tuesday.",
            "150 passengers",
            "auto.count.passengers",
        ),
        # a storm's motion is not its winds; a ship's speed stays a speed
        (
            "The cyclone is now moving at a speed of 20 km per hour, the agency said.",
            "20 km per hour",
            "auto.measure.speed.motion",
        ),
        (
            "The storm, moving north at around 14 mph, will cross the state.",
            "around 14 mph",
            "auto.measure.speed.motion",
        ),
        ("The cyclone hit the coast with winds of 200 km per hour.", "200 km per hour", "auto.measure.speed"),
        (
            "Moving at a speed of just under 8 mph, the ship struck the bridge.",
            "just under 8 mph",
            "auto.measure.speed",
        ),
        # a train moving as a storm hits: the train's speed, not the storm's motion
        (
            "The train was moving at 80 mph when the storm hit on Tuesday, investigators said.",
            "80 mph",
            "auto.measure.speed",
        ),
        # "and higher gusts" is another reading, not a threshold: the sustained winds stay a speed
        (
            "Hurricane Ian made landfall on Wednesday with sustained winds of 150 mph and higher gusts.",
            "150 mph",
            "auto.measure.speed",
        ),
        ("A magnitude 6.0 earthquake struck on Tuesday.", "6.0", "auto.measure.magnitude"),
        ("The landslide buried 44 houses.", "44 houses", "auto.count.homes-destroyed"),
    ],
)
def test_what_a_figure_measures(text: str, words: str, subject: str) -> None:
    found = claims(text)
    assert words in found, found
    assert found[words].subject == subject


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The bureau recorded 173 aftershocks, nine of them of magnitude 5.0 or more.", "5.0"),
        ("Category 5 storms have winds of 157 mph or higher.", "157 mph"),
    ],
)
def test_a_threshold_is_never_compared(text: str, words: str) -> None:
    """A bar things are counted or classed over is no reading of this event."""
    found = claims(text)
    assert words in found, found
    assert not found[words].subject.startswith("auto.measure.")


def _above_info(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reports: dict[str, tuple[str, str]]
) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = reviewed(cli, tmp_path, monkeypatch, reports)["findings"]
    return [f for f in findings if f["grade"] != "info"]


def test_tons_of_sand_do_not_make_the_ships_tonnage_critical(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """200,000 against 224,000 tons is a major gap; the 20,000 tons of sand dredged are another
    quantity, so the finding is not critical."""
    story = {
        "wire-a": ("2024-03-05", "The 224,000-ton ship ran aground in the canal on Tuesday."),
        "wire-b": ("2024-03-05", "The 200,000-ton ship ran aground in the canal on Tuesday."),
        "wire-c": (
            "2024-03-05",
            "The 224,000-ton ship ran aground. Dredgers raised about 20,000 tons of sand.",
        ),
    }
    found = _above_info(cli, tmp_path, monkeypatch, story)
    assert [(f["rule_id"], f["grade"]) for f in found] == [("FC102", "major")], found


def test_passengers_and_crew_meet_the_people_aboard_not_the_passengers(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """173 passengers and 16 crew are 189 aboard: "189 passengers and crew" agrees with both,
    so the reports raise nothing above info."""
    story = {
        "wire-a": ("2024-03-05", "The ferry carrying 173 passengers and 16 crew capsized on Tuesday."),
        "wire-b": ("2024-03-05", "The ferry with 189 passengers and crew on board capsized on Tuesday."),
    }
    assert _above_info(cli, tmp_path, monkeypatch, story) == []


def test_passengers_beside_the_crew_of_six_still_meet_other_passengers(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 150 of "150 passengers and the crew of six" are passengers, so 130 passengers
    elsewhere is a conflict the reports show (the review of session 21 found it hidden)."""
    story = {
        "wire-a": (
            "2024-03-05",
            "The plane carried 150 passengers and the crew of six when it crashed on Tuesday.",
        ),
        "wire-b": (
            "2024-03-05",
            "The plane carried 130 passengers and six crew members when it crashed on Tuesday.",
        ),
    }
    found = _above_info(cli, tmp_path, monkeypatch, story)
    assert [f["rule_id"] for f in found] == ["FC102"], found


def test_sustained_winds_and_higher_gusts_still_meet_other_winds(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sustained "winds of 150 mph and higher gusts" is a reading: 100 mph elsewhere is a conflict."""
    story = {
        "wire-a": (
            "2024-03-05",
            "Hurricane Ian made landfall on Wednesday with sustained winds of 150 mph and higher gusts.",
        ),
        "wire-b": ("2024-03-05", "Hurricane Ian made landfall on Wednesday with sustained winds of 100 mph."),
    }
    found = _above_info(cli, tmp_path, monkeypatch, story)
    assert [f["rule_id"] for f in found] == ["FC102"], found


def test_a_trains_speed_in_a_storm_still_meets_the_trains_other_speed(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The train "moving at 80 mph when the storm hit" is the train's speed: 50 mph elsewhere is a
    conflict, not a storm's motion beside a train's speed."""
    story = {
        "wire-a": (
            "2024-03-05",
            "The train was moving at 80 mph when the storm hit on Tuesday, investigators said.",
        ),
        "wire-b": (
            "2024-03-05",
            "The train was travelling at 50 mph when it derailed on Tuesday, investigators said.",
        ),
    }
    found = _above_info(cli, tmp_path, monkeypatch, story)
    assert [f["rule_id"] for f in found] == ["FC102"], found
