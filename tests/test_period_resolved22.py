"""A summary's month the sources state only in relative words: "last month" in a report of
9 March 2022 is February (issue 14, session 22; found by a new-user run on real coverage of the
Endurance wreck, whose faithful summary was rejected for its "in February")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORT = (
    "---\ndate: 2022-03-09\n---\nWreck of Endurance found\n\nLast month the expedition left Cape Town "
    "on a mission to find the wreck, which sank in 1915.\n"
)


@pytest.mark.parametrize(
    ("month", "code"),
    [("February", 0), ("January", 1), ("March", 1)],
)
def test_a_month_the_sources_give_as_last_month(
    cli: Callable[..., Result], tmp_path: Path, month: str, code: int
) -> None:
    sentence = f"The expedition set out from Cape Town in {month} to find the wreck."
    got, findings = check_sentence(cli, tmp_path, {"a.txt": REPORT}, "2022-03-10", sentence)
    assert got == code, findings
    if code:
        assert any(f["rule_id"] == "FC602" for f in findings), findings
