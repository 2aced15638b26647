"""Quantities, wave 6 (issue 12): how close a gap is grades it, past events' figures are settled,
counts of places are not counts of people, forecasts are not reports. Short sentences written
for these tests (not seed or story text); each failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from quantity_claims import published_on, quantity_claims

from factcheck.model import QuantityClaim, Tier
from factcheck.rules.checks import CheckInput, builtin_checks

SUNDAY = published_on("2022-10-02")
NOON = dt.datetime(2024, 3, 5, 12, tzinfo=dt.UTC)


def claims(text: str) -> dict[str, QuantityClaim]:
    """Each quantity's words -> its claim, in a report published on Sunday 2 October 2022."""
    return quantity_claims(text, SUNDAY)


def count(value: float, approx: str | None = None, source: str = "s", running: bool = False) -> QuantityClaim:
    """A count of one frame, as two reports published at the same time give it."""
    return QuantityClaim(
        id=f"c{source}",
        source=source,
        text=f"{approx or ''} {value}".strip(),
        subject="auto.count.crew",
        unit="people",
        value=value,
        approx=approx,
        as_of=NOON if running else None,
        running=running,
    )


def outcome(a: QuantityClaim, b: QuantityClaim) -> str | None:
    """FC102's outcome for the pair, with the shipped parameters."""
    spec = builtin_checks()["number_tolerance"]
    params = spec.params().model_dump()
    verdict = spec.function(CheckInput({"a": a, "b": b}, {"a": Tier.NEWS, "b": Tier.NEWS}, params))
    return verdict.outcome if verdict else None


def test_exact_counts_a_few_apart_are_close_not_a_major_conflict() -> None:
    assert outcome(count(15, source="a"), count(16, source="b")) == "close-counts"
    assert outcome(count(33, source="a"), count(35, source="b")) == "close-counts"
    # a gap of 16 in 189 is more than "a few", though within 10 %
    assert outcome(count(173, source="a"), count(189, source="b")) == "outside-tolerance"


def test_a_figure_below_the_other_reports_at_least_crosses_its_bound() -> None:
    assert outcome(count(10_000, "at least", "a"), count(9_885, source="b")) == "bound-crossed"
    # "more than 200" and "nearly 200" meet only at 200, which both leave out
    assert outcome(count(200, "more than", "a"), count(200, "nearly", "b")) == "bound-crossed"
    # "at least 200" includes 200
    assert outcome(count(200, "at least", "a"), count(200, source="b")) is None


def test_a_whole_hundred_is_a_rounding_and_about_sets_no_bound() -> None:
    assert outcome(count(10_000, source="a"), count(9_885, source="b")) is None
    assert outcome(count(100, "about", "a"), count(104, source="b")) is None


def test_a_running_figure_that_crosses_a_bound_at_one_time_is_still_a_conflict() -> None:
    a, b = count(200, "more than", "a", running=True), count(200, "nearly", "b", running=True)
    assert outcome(a, b) == "bound-crossed"


def test_a_past_events_toll_is_settled_not_a_running_figure() -> None:
    found = claims("The 1999 super cyclone left 9,885 people dead. Today's storm killed 17 people.")
    assert found["9,885 people"].subject == "auto.count.deaths.y1999"
    assert not found["9,885 people"].running
    assert found["17 people"].running


def test_a_year_in_a_later_clause_does_not_date_the_figure() -> None:
    found = claims("Officials evacuated nearly 900,000 people, hoping to avoid a repeat of the 1999 cyclone.")
    assert found["nearly 900,000 people"].subject == "auto.count.evacuated"


def test_a_count_of_hospitals_is_not_a_count_of_people() -> None:
    found = claims("Some 180 people were taken to hospitals. The injured were treated at 10 hospitals.")
    assert found["Some 180 people"].subject == "auto.count.hospitalised"
    assert found["10 hospitals"].subject == "auto.count.hospitals"


def test_deaths_inside_the_stadium_are_a_part_of_the_toll() -> None:
    found = claims("At least 125 people were killed. Of them, 34 people died inside the stadium.")
    assert "in-stadium" in found["34 people"].qualifiers


def test_a_forecast_and_a_later_reading_get_no_frame() -> None:
    found = claims(
        "Forecasters said the storm could reach a speed of 300 kmph. It made landfall with winds of"
        " 200 kmph. It has since weakened into a depression with wind speeds of 60 kmph."
    )
    assert found["300 kmph"].subject.startswith("unknown.")
    assert found["200 kmph"].subject == "auto.measure.speed"
    assert found["200 kmph"].unit == "km/h"
    assert found["60 kmph"].subject.startswith("unknown.")


def test_the_day_of_an_event_no_cue_names_is_the_earliest_day_the_text_gives() -> None:
    found = claims(
        "At least 125 people were killed in a crush at the stadium on Saturday. Another 17 people"
        " died in hospital on Sunday."
    )
    assert found["At least 125 people"].subject == "auto.count.deaths"
    assert found["17 people"].subject == "auto.count.deaths.on-2022-10-02.part-in-hospital"


def test_a_fresh_story_grades_a_crossed_bound_minor(tmp_path: Path, cli: Callable[..., Result]) -> None:
    root = tmp_path / "story"
    assert cli("init", str(root)).exit_code == 0
    texts = {
        "a.txt": "The 1999 super cyclone left at least 10,000 people dead in the state.",
        "b.txt": "The 1999 super cyclone left 9,885 people dead in the state, officials recall.",
    }
    cwd = os.getcwd()
    os.chdir(root)
    try:
        for name, text in texts.items():
            (tmp_path / name).write_text(text + "\n", encoding="utf-8")
            assert cli("sources", "add", str(tmp_path / name), "--published", "2013-10-13").exit_code == 0
        for seed in sorted((root / "seeds").glob("*.txt")):
            result = cli("extract", str(seed), "--write", str(root / "claims" / f"{seed.stem}.yaml"))
            assert result.exit_code == 0, result.output
    finally:
        os.chdir(cwd)
    result = cli("review", "--registry", str(root), "--format", "json")
    assert result.exit_code == 0, result.output
    findings = [f for f in json.loads(result.stdout)["findings"] if f["rule_id"] == "FC102"]
    assert [(f["outcome"], f["grade"]) for f in findings] == [("bound-crossed", "minor")]


def test_a_group_noun_says_who_and_the_toll_word_what_befell_them() -> None:
    found = claims(
        "Twelve firefighters were among the dead. The toll rose to 44, including 12 firefighters."
        " About 1,000 firefighters and 214 soldiers were deployed."
    )
    assert found["Twelve firefighters"].subject == "auto.count.deaths.part-firefighter"
    assert found["Twelve firefighters"].qualifiers == ["firefighter"]
    assert found["12 firefighters"].subject == "auto.count.deaths.part-firefighter"
    assert found["12 firefighters"].qualifiers == ["firefighter"]
    assert found["About 1,000 firefighters"].subject == "auto.count.troops"
    # two groups sent are two counts, never one figure
    assert found["About 1,000 firefighters"].qualifiers != found["214 soldiers"].qualifiers


def test_a_city_of_n_people_is_its_population() -> None:
    found = claims(
        "Tianjin, a port city of 15 million people, was shaken. Rescuers took 30 people to the city of Pune."
    )
    # a population is the population of a place: the place it is said of frames it (wave 7)
    assert found["15 million people"].subject == "auto.count.population.tianjin"
    assert found["30 people"].subject.startswith("unknown.")


def test_upwards_of_is_an_approximator() -> None:
    found = claims("The blasts injured upwards of 300 people.")
    assert found["upwards of 300 people"].approx == "upwards of"


def test_ages_in_a_range_and_others_are_no_toll() -> None:
    found = claims(
        "The meal killed 23 children between the ages of 5 and 12, and four others were declared dead on arrival."
    )
    assert found["12"].subject.startswith("unknown.")
    assert found["four others"].qualifiers == ["other"]  # the rest of a total: a part


def test_kms_is_kilometres() -> None:
    found = claims("The village lies 50kms from Chhapra and 120 kms from Patna.")
    assert found["50kms"].unit == "km"
    assert found["120 kms"].subject == "auto.measure.distance.patna"


def test_about_figures_stated_far_apart_differ() -> None:
    def distance(value: float, source: str) -> QuantityClaim:
        return QuantityClaim(
            id=f"d{source}",
            source=source,
            text=f"around {value} km",
            subject="auto.measure.distance.patna",
            unit="km",
            value=value,
            approx="around",
        )

    assert outcome(distance(90, "a"), distance(120, "b")) == "outside-tolerance"
    assert outcome(distance(100, "a"), distance(110, "b")) is None


def test_distances_from_two_romanisations_of_a_town_meet() -> None:
    first = claims("The school is about 25 km from Chapra.")
    second = claims("The school is located 50kms from the district town of Chhapra.")
    assert first["about 25 km"].subject == second["50kms"].subject == "auto.measure.distance.capra"


def test_firefighters_lost_contact_with_are_missing_not_sent() -> None:
    found = claims(
        "Authorities lost contact with 36 other firefighters. About 1,000 firefighters who fought the"
        " fire that killed 50 were sent."
    )
    assert found["36 other firefighters"].subject == "auto.count.missing"
    assert found["About 1,000 firefighters"].subject == "auto.count.troops"


def test_rescuers_in_teams_stay_rescuers_and_a_fate_after_the_noun_counts() -> None:
    found = claims(
        "Seven teams of 42 rescuers each dug through the mud. So far nine firefighters in all have"
        " been confirmed dead, state TV said."
    )
    assert found["42 rescuers"].subject == "auto.count.troops"
    assert found["nine firefighters"].subject == "auto.count.deaths"
