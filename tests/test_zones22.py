"""One time written in two zones (issue 12, session 22): "9:00 AM UTC (3 AM EDT)" names two
moments, which `review` reports within the one text (FC206), at minor for a conversion a few
minutes off and major for an hour or more; the same moment in two zones, a summer clock under a
standard zone's name, two times joined by "or" and a local clock in a whole-quarter-hour zone
pass. What a user sees: the review's findings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from registry_review import Review


def _fc206(found: Any) -> list[dict[str, Any]]:
    return [f for f in found["findings"] if f["rule_id"] == "FC206"]


def _one_report(review: Review, text: str, published: str = "2012-07-05") -> list[dict[str, Any]]:
    return _fc206(review({"a": (published, text)}))


def test_utc_and_edt_clocks_an_hour_apart_are_major(review: Review) -> None:
    text = (
        "At a CERN event, at 9:00 AM UTC (3 AM EDT) on Wednesday, July 4, the director general "
        "announced the findings.\n"
    )
    [finding] = _one_report(review, text)
    assert finding["grade"] == "major"
    assert "09:00 UTC and 03:00 EDT are 2 hours apart" in finding["message"]
    [side] = finding["sides"]
    assert side["text"].startswith("9:00 AM UTC (3 AM EDT)")


def test_a_local_clock_converted_a_minute_off_is_minor(review: Review) -> None:
    text = (
        "Officials said the avalanche hit the Sherpas near Camp 1 in Nepal at around 6.45am "
        "(6.31am IST) on Friday, April 18.\n"
    )
    [finding] = _one_report(review, text, "2014-04-19")
    assert finding["grade"] == "minor"
    assert "1 minute apart" in finding["message"]


def test_a_reports_own_time_in_two_zones_is_checked_but_never_an_event_time(review: Review) -> None:
    found = review(
        {
            "a": (
                "2012-08-01",
                "Trains stopped across the north after the grid failed on Tuesday.\n"
                "Update on transport services, as of 12:45 p.m. EST, or, 10:45 p.m. IST: most lines run.\n",
            ),
            "b": ("2012-08-01", "The grid failed at 1 p.m. on Tuesday, officials said.\n"),
        }
    )
    [finding] = _fc206(found)
    assert finding["grade"] == "minor"
    assert "30 minutes apart" in finding["message"]
    # the report's time is no time of the failure: no date conflict with the other report's 1 p.m.
    assert not [f for f in found["findings"] if f["rule_id"] == "FC201"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the same moment in two zones
        ("The seminar began at 7:00 AM UTC (3 AM EDT) on Wednesday, July 4.\n", "2012-07-05"),
        ("He will be buried on Sunday at 1 a.m. EST/ 6 a.m. GMT, officials said.\n", "2013-12-13"),
        # a summer clock under the zone's standard name names the zone, not the season
        ("The attack began at 8am CET (07:00 GMT) Friday, investigators said.\n", "2017-05-13"),
        # a local clock whose offset is a whole number of quarter hours: some zone's
        ("The avalanche struck at around 6.45am (0100 GMT) on Friday in Nepal.\n", "2014-04-19"),
        ("The fire broke out at 7:30 a.m. local time (4:30 a.m. ET) on Sunday.\n", "2013-01-28"),
        # two times joined by "or" that name no two zones are two readings, not one moment
        ("The blast came at 6 p.m. or 7 p.m. on Tuesday, witnesses said.\n", "2020-08-05"),
    ],
)
def test_one_moment_in_two_zones_passes(review: Review, text: str, published: str) -> None:
    assert _one_report(review, text, published) == []


def test_extract_shows_the_second_zones_clock_and_the_gap(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "The seminar began at 9:00 AM UTC (3 AM EDT) on Wednesday, July 4, 2012.\n", encoding="utf-8"
    )
    result = cli("extract", str(path), "--format", "table")
    assert result.exit_code == 0, result.output
    assert "again 03:00 EDT: 120 min apart" in result.output
