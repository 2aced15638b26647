"""Measures written to three significant digits or more are held to the digit, as exact counts
are (rules/checks/quantities.py `_exact`); rounder measures keep `rel_tol`. Invented texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import review_from


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The 948-foot container ship Dali hit the bridge at night.",
            "The 984-foot container ship Dali hit the bridge at night.",
        ),
        ("The 6,825-ton ferry Sewol sank on Wednesday.", "The 6,325-ton ferry Sewol sank on Wednesday."),
    ],
)
def test_precise_measures_that_differ_are_a_finding(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one: str, other: str
) -> None:
    findings = review_from(
        cli, tmp_path, monkeypatch.chdir, {"a": one + "\n", "b": other + "\n"}, "2024-03-26"
    )
    (finding,) = [f for f in findings if f["rule_id"] == "FC102"]
    assert {s["source"] for s in finding["sides"]} == {"a", "b"}
    assert finding["grade"] in ("minor", "major")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # two figures of two significant digits: how reports round a distance
        ("The town is 85 miles west of the capital.", "The town is 80 miles west of the capital."),
        # a precise figure against a round one: the round one may be the precise one rounded
        (
            "The 948-foot container ship Dali hit the bridge.",
            "The 950-foot container ship Dali hit the bridge.",
        ),
        # shares with decimals keep the tolerance: one story's are often two rounds or candidates
        ("Bolsonaro won 48.4% of the vote.", "Bolsonaro won 48.43% of the vote."),
        ("Turnout in the referendum was 71.8%.", "Turnout in the referendum was 72.2%."),
        # a measure with decimals is one rounded or converted ("18.3 km" may be 11.4 miles)
        ("The town lies 18.3 km west of the capital.", "The town lies 18.9 km west of the capital."),
        # an approximator widens a precise figure as any other
        ("The ship, about 948 feet long, hit the bridge.", "The ship, 984 feet long, hit the bridge."),
    ],
)
def test_rounded_measures_keep_the_tolerance(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one: str, other: str
) -> None:
    findings = review_from(
        cli, tmp_path, monkeypatch.chdir, {"a": one + "\n", "b": other + "\n"}, "2024-03-26"
    )
    assert not [f for f in findings if f["rule_id"] in ("FC101", "FC102")], findings
