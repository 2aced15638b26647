"""Dates and times of one event that meet across reports (issue 12, session 21): a 24-hour clock
written with a stop before its zone ("23.50 local time"), a when-clause whose subject has a
relative clause of its own, a toll's verb ("a fire ... left 232 dead") read by its subject, and
two bare weekdays of reports dated only to a month; and the readings that must stay apart."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from registry_review import Review

CLI = Callable[..., Result]


@pytest.fixture(autouse=True)
def _away_from_the_bundled_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extract in an empty folder: the project's own registry has subjects of its own."""
    monkeypatch.chdir(tmp_path)


def _dates(cli: CLI, tmp_path: Path, text: str) -> list[dict[str, Any]]:
    """The date claims `factcheck extract --format json` prints for a text published 2013-12-06."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("extract", str(path), "--published", "2013-12-06", "--format", "json")
    assert result.exit_code == 0, result.output
    [document] = json.loads(result.output)
    return [c["claim"] for c in document["candidates"] if c["claim"]["kind"] == "date"]


def _event(cli: CLI, tmp_path: Path, text: str, written: str) -> str:
    """The event frame of the one date claim whose words hold `written`."""
    found = [c for c in _dates(cli, tmp_path, text) if written in c["text"]]
    assert len(found) == 1, [c["text"] for c in _dates(cli, tmp_path, text)]
    return str(found[0]["event"])


def test_a_24_hour_clock_with_a_stop_before_its_zone_is_a_time(cli: CLI, tmp_path: Path) -> None:
    text = (
        "Mr Zuma announced the news to the nation at 23.50 local time, saying the country had lost its son."
    )
    [claim] = _dates(cli, tmp_path, text)
    assert claim["text"] == "23.50 local time"
    assert claim["time_start"] == "23:50"
    assert claim["event"] == "auto.event.announced"


def test_a_decimal_figure_is_no_time(cli: CLI, tmp_path: Path) -> None:
    assert _dates(cli, tmp_path, "The index rose 12.50 points as the search lasted 10.30 hours.") == []


def test_a_when_clause_past_its_subjects_relative_clause_dates_the_collapse(cli: CLI, tmp_path: Path) -> None:
    text = (
        "Over 100 people were killed and 800 others injured on Thursday when an eight-storey "
        "commercial building that housed several garment factories and thousands of workers "
        "collapsed on the outskirts of Dhaka."
    )
    assert _event(cli, tmp_path, text, "Thursday") == "auto.event.collapsed"


def test_a_when_clause_ends_before_an_after_clause_of_another_time(cli: CLI, tmp_path: Path) -> None:
    text = "Rescuers rested on Sunday when the crowd, which had gathered after the quake struck, went home."
    assert _event(cli, tmp_path, text, "Sunday").startswith("unknown.")


def test_a_toll_left_by_a_fire_dates_the_fire_not_a_departure(cli: CLI, tmp_path: Path) -> None:
    text = "A terrible fire at a nightclub left at least 232 dead in the pre-dawn hours on December 1."
    assert _event(cli, tmp_path, text, "December 1") == "auto.event.fire"


def test_a_train_that_left_at_a_time_still_departed(cli: CLI, tmp_path: Path) -> None:
    assert _event(cli, tmp_path, "The train left the station at 3.30 pm.", "3.30 pm") == "auto.event.departed"


def test_fires_that_broke_out_are_the_fire(cli: CLI, tmp_path: Path) -> None:
    text = "The village was evacuated when fires broke out on Monday afternoon in a forest nearby."
    assert _event(cli, tmp_path, text, "Monday") == "auto.event.fire"


@pytest.mark.parametrize(
    ("text", "written", "event"),
    [
        (
            "The explosion on Monday injured 30 workers at the Harlan refinery, the company said.",
            "Monday",
            "auto.event.exploded",
        ),
        (
            "The bombing on Friday wounded 40 people in the market, police said.",
            "Friday",
            "auto.event.attacked",
        ),
        (
            "The attack yesterday wounded 12 people in the market of Kesra, police said.",
            "yesterday",
            "auto.event.attacked",
        ),
    ],
)
def test_a_casualty_verb_after_the_date_keeps_the_event(
    cli: CLI, tmp_path: Path, text: str, written: str, event: str
) -> None:
    # the toll skip is only for "left": "on Monday injured 30" is no toll of a departure
    assert _event(cli, tmp_path, text, written) == event


def test_a_toll_left_by_dozens_dates_the_fire(cli: CLI, tmp_path: Path) -> None:
    text = "The fire on Saturday left dozens of people injured, officials said."
    assert _event(cli, tmp_path, text, "Saturday") == "auto.event.fire"


def test_a_cue_inside_the_subjects_comma_aside_is_not_the_when_clauses(cli: CLI, tmp_path: Path) -> None:
    text = (
        "Rescuers were still digging on Thursday when the building, which had been damaged in the "
        "quake, collapsed, killing two."
    )
    assert _event(cli, tmp_path, text, "Thursday") == "auto.event.collapsed"


def _fc201(found: Any) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"] == "FC201"]


def test_two_weekdays_of_one_announcement_in_month_dated_reports_conflict(review: Review) -> None:
    found = review(
        {
            "a": ("2023-07", "Army officers announced early Thursday that they had taken power.\n"),
            "b": ("2023-07", "In the TV announcement on Wednesday, a colonel read a statement.\n"),
        }
    )
    [finding] = _fc201(found)
    assert finding["grade"] == "major"
    assert (
        "a Wednesday, not Thursday" in finding["message"] or "a Thursday, not Wednesday" in finding["message"]
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Army officers announced on Thursday that they had taken power.\n",
            "In the TV announcement on Thursday, a colonel read a statement.\n",
        ),
        (
            "Army officers announced on Thursday that they had taken power.\n",
            "The quake struck on Wednesday, killing two.\n",
        ),
    ],
)
def test_one_weekday_or_two_events_in_month_dated_reports_pass(
    review: Review, first: str, second: str
) -> None:
    assert _fc201(review({"a": ("2023-07", first), "b": ("2023-07", second)})) == []
