"""check --source on short invented reports: a summary's values meet the sources' automatic
frames, so a majority passes, an outlier is minor with 'follows', a wrong weekday still fails
when the date agrees with the majority, and a duration must be stated with its unit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORTS = {
    "north.txt": "Flood hits Arlen\n\nA flood struck the town of Arlen on Monday, March 4, 2024, "
    "and 12 people were killed, police said.\n",
    "south.txt": "Arlen flood\n\nThe flood struck Arlen on March 4, 2024. Officials said 12 people "
    "were killed. It was the worst flood to hit the valley in 14 years.\n",
    "east.txt": "Deadly flood in Arlen\n\nA flood struck Arlen on March 5, 2024, and 12 people were "
    "killed. Rescuers worked for 9 hours.\n",
}


def check(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of check --source on one sentence dated 2024-03-06."""
    return check_sentence(cli, tmp_path, REPORTS, "2024-03-06", sentence)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_the_majority_date_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check(cli, tmp_path, "A flood struck Arlen on March 4, 2024.")
    assert code == 0, findings


def test_following_the_outlier_is_minor_and_says_so(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check(cli, tmp_path, "A flood struck Arlen on March 5, 2024.")
    assert code == 0
    assert any(f["grade"] == "minor" and "follows" in f["message"] for f in findings), findings


def test_a_wrong_weekday_fails_even_when_the_date_is_the_majority(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = check(cli, tmp_path, "A flood struck Arlen on Tuesday, March 4, 2024.")
    assert code == 1
    assert "FC202" in {f["rule_id"] for f in findings}


def test_a_duration_needs_its_figure_and_unit_in_a_source(cli: Callable[..., Result], tmp_path: Path) -> None:
    assert check(cli, tmp_path, "It was the worst flood to hit the valley in 14 years.")[0] == 0
    # 12 is in the sources, but as people killed, not years
    code, findings = check(cli, tmp_path, "It was the worst flood to hit the valley in 12 years.")
    assert code == 1
    assert "FC602" in {f["rule_id"] for f in findings}
