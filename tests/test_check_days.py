"""`check --source`: a date of two days that links to no event ("on March 21 and 22") is looked
up a day at a time, so a day no source states is unsupported (FC602) and two days the sources
state pass (issue 14, session 15; invented reports)."""

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
        ("The Vennor fair is set for March 19-21.", True),
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
