"""`check --source`: days a date lists with their numbers that link to no event ("on March 21
and 22") are looked up a day at a time, so a day no source states is unsupported (FC602) and days
the sources state pass; a range ("June 14-16", "from May 1 to June 30") is not looked up a day at
a time, since sources giving its first and last days seldom write the days between (issue 14,
session 15; invented reports)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORT = "The regional fair in Vennor is set for March 20 and 21, the organisers said on Friday.\n"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The Vennor fair is set for March 21 and 22.", True),
        ("The Vennor fair is set for 21 and 22 March.", True),
        ("Stalls open in Vennor on the nights of 21 and 22 March.", True),
        ("The Vennor fair is set for March 20 and 21.", False),
        ("The Vennor fair is set for March 20-21.", False),
        ("The Vennor fair is set for 20 and 21 March.", False),
        ("The Vennor fair opens on March 20.", False),
    ],
)
def test_each_day_of_a_two_day_date_is_looked_up(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, flagged: bool
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"report.txt": REPORT}, "2024-03-16", sentence)
    outcomes = {(f["outcome"], f["grade"]) for f in findings if f["grade"] != "info"}
    assert (("unsupported-date", "major") in outcomes) is flagged, outcomes
    assert (code == 1) is flagged


@pytest.mark.parametrize(
    ("report", "sentence"),
    [
        # the review's ranges: the sources give the first and the last day, never the ones between
        (
            "The Tarvik book market opened on June 14 and closed on June 16.\n",
            "The Tarvik book market ran from June 14 to 16.",
        ),
        (
            "The Tarvik book market opened on June 14 and closed on June 16.\n",
            "The Tarvik book market ran June 14-16.",
        ),
        (
            "The vaccination campaign began on May 1 and ended on June 30.\n",
            "The vaccination campaign ran from May 1 to June 30.",
        ),
        (
            "The strike runs from Thursday March 21 through Saturday.\n",
            "The strike runs from March 21 to 23.",
        ),
        (
            "The strike runs from Thursday March 21 through Saturday.\n",
            "The strike runs between March 21 and 23.",
        ),
    ],
)
def test_a_range_is_not_looked_up_a_day_at_a_time(
    cli: Callable[..., Result], tmp_path: Path, report: str, sentence: str
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"report.txt": report}, "2024-07-01", sentence)
    assert code == 0, findings
    assert not [f for f in findings if f["outcome"] == "unsupported-date"], findings
