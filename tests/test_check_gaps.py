"""`check --source`: "first <what> in <length>" against the date a source gives the last <what>
(a length much longer than the last one leaves up to the summary's date is unsupported, FC602
`unsupported-duration`); invented reports, not the seeds (issue 14, session 15)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORT = (
    "The prime minister flew to Lisbon on Monday for talks on fishing quotas.\n"
    "Her last visit abroad was to Berlin in early February, when she met the chancellor.\n"
)


def _check(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, set[tuple[str, str]]]:
    code, findings = check_sentence(cli, tmp_path, {"report.txt": REPORT}, "2024-05-08", sentence)
    return code, {(f["outcome"], f["grade"]) for f in findings if f["grade"] != "info"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lisbon talks were her first visit abroad in nearly a year.",
        "The Lisbon talks were the prime minister's first visit abroad in two years.",
        "The Lisbon trip was her first foreign visit for more than eight months.",
    ],
)
def test_a_length_the_last_time_leaves_no_room_for_is_unsupported(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, outcomes = _check(cli, tmp_path, sentence)
    assert code == 1
    assert ("unsupported-duration", "major") in outcomes


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lisbon talks were her first visit abroad since February.",
        # a length the gap allows (early February to 8 May: up to 97 days)
        "The Lisbon talks were her first visit abroad in three months.",
        "The Lisbon talks were her first visit abroad in about 90 days.",
        # another <what> than the sources' last one
        "The Lisbon talks were her first visit to Portugal in nearly a year.",
        # no <what>, or negated
        "For the first time in a year, fishing quotas were on the agenda in Lisbon.",
        "The Lisbon talks were not her first visit abroad in a year.",
    ],
)
def test_a_length_the_gap_allows_or_another_thing_passes(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    _code, outcomes = _check(cli, tmp_path, sentence)
    assert ("unsupported-duration", "major") not in outcomes, outcomes
