"""What session 39's development set of seed summaries (devdata/seed_summaries/seeddev39, issue
14) showed: consistent summaries rejected for reasons general to any registry. Each test runs
`factcheck check` on one sentence against the bundled seed registry and asserts the exit code a
CI job sees, with a twin holding a planted error that must still fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_bundled


def _check(
    cli: Callable[..., Result], folder: Path, sentence: str, date: str = "2022-06-28"
) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    return check_bundled(cli, folder, sentence, date)


def test_a_length_from_another_named_event_is_not_the_registrys_length(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # the registry's days-before-the-trip subject counts from the invasion (100 days); two days
    # after Matviyenko's remarks is another span, which FC205 must not set against it
    sentence = (
        "Putin's trip to Central Asia began two days after Valentina Matviyenko, speaker of Russia's "
        "upper house, told Belarus television that he also planned to attend a forum with Alexander "
        "Lukashenko in Grodno on June 30 and July 1."
    )
    code, findings = _check(cli, tmp_path, sentence)
    assert "FC205" not in [f["rule_id"] for f in findings], findings
    assert code == 0, findings


def test_a_length_from_the_same_event_is_still_compared(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "Putin's trip abroad came 20 days after Russia's invasion of Ukraine began."
    code, findings = _check(cli, tmp_path, sentence)
    assert code == 1, findings


@pytest.mark.parametrize(("months", "want"), [("four", 0), ("two", 0), ("six", 1)])
def test_a_length_from_a_dated_anchor_is_counted_to_the_sentences_other_date(
    cli: Callable[..., Result], tmp_path: Path, months: str, want: int
) -> None:
    # the day is written inside the anchor ("the February 24 invasion"), and the other end is the
    # sentence's own "this week", which the sources date: 26 June to 2 July is more than four
    # months after 24 February, not more than six
    sentence = (
        f"More than {months} months after ordering the February 24 invasion of Ukraine, Putin is set "
        "this week to make his first known journey outside Russia, to two minor former Soviet "
        "nations in Central Asia."
    )
    assert _check(cli, tmp_path, sentence, "2022-06-27")[0] == want
