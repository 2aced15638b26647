"""Durations with event frames for their anchors (issue 14 item 4): "N days after X" is checked
against the dates the sources give X (FC204), "a day after" and "ten minutes" are durations, and a
date after "since" is never the event's own date. Invented texts only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.extract import extract_text
from factcheck.model import DateInterval, DurationClaim, Precision

REPORTS = {
    "north.txt": "Storm hits Bellmoor\n\nA storm struck the port of Bellmoor on Tuesday, October 8, "
    "2024, and 4 people were killed, police said. Power was restored on October 10, 2024.\n",
    "south.txt": "Bellmoor storm\n\nThe storm hit Bellmoor on October 8, 2024. The harbour master "
    "said it was the worst storm to hit the port since 2009.\n",
    "east.txt": "Storm in Bellmoor\n\nA storm struck Bellmoor on October 8, 2024. Ferries were "
    "halted for two days.\n",
}
AUGUST_2024 = DateInterval(start=dt.date(2024, 8, 1), end=dt.date(2024, 8, 31), precision=Precision.MONTH)


def durations(text: str, published: DateInterval | None = AUGUST_2024) -> list[DurationClaim]:
    """The duration claims extraction finds in `text`."""
    return [c.claim for c in extract_text(text, published=published) if isinstance(c.claim, DurationClaim)]


def check(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of check --source on one sentence dated 2024-10-11."""
    return check_sentence(cli, tmp_path, REPORTS, "2024-10-11", sentence)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_days_after_an_event_counts_from_its_frame_and_ends_on_the_sentences_date() -> None:
    (found,) = durations("Crews reached the valley on August 14, two days after the flood hit.")
    assert (found.value, found.unit) == (2, "days")
    assert found.from_event == "auto.event.struck"
    assert found.ends_on is not None
    assert found.ends_on.start == dt.date(2024, 8, 14)


def test_a_day_written_with_a_or_one_is_a_duration() -> None:
    texts = ["a day after the crash", "one week after the derailment", "an hour later"]
    for text in texts:
        (found,) = durations(f"Police spoke {text}.")
        assert found.value is not None, text
        assert found.value > 0, text
    assert durations("Trains carry 20 million passengers a day.") == []


def test_minutes_are_a_duration() -> None:
    (found,) = durations("Witnesses said the shaking lasted about ten minutes.")
    assert found.unit == "days"
    assert found.value == pytest.approx(10 / 1440)
    assert found.approx == "about"


def test_an_anchor_in_another_year_is_another_event() -> None:
    (found,) = durations("The quake struck on August 3, 2024, three years after a 2021 quake in the area.")
    assert found.from_event == "auto.event.struck.y2021"
    assert found.ends_on is not None
    assert found.ends_on.start == dt.date(2024, 8, 3)


def test_the_sentences_date_is_not_the_event_the_duration_counts_from() -> None:
    candidates = extract_text(
        "Crews reached the valley on August 14, two days after the flood hit.", published=AUGUST_2024
    )
    (date,) = [c.claim for c in candidates if c.claim.kind == "date"]
    assert date.event != "auto.event.struck"


def test_a_year_after_since_is_never_the_events_date() -> None:
    candidates = extract_text(
        "The storm struck on May 2, the worst to hit since 2009.", published=AUGUST_2024
    )
    since = next(c.claim for c in candidates if c.claim.kind == "date" and "2009" in c.claim.text)
    assert since.event == "unknown.event"


def test_days_after_that_do_not_add_up_fail_at_the_summary_line(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = check(
        cli, tmp_path, "Power was restored on October 10, three days after the storm struck."
    )
    assert code == 1
    (span,) = [f for f in findings if f["rule_id"] == "FC204"]
    assert span["sides"][0]["line"] == 4


def test_days_after_that_add_up_pass(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check(
        cli, tmp_path, "Power was restored on October 10, two days after the storm struck."
    )
    assert code == 0, findings


def test_a_day_after_on_the_events_own_day_fails(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check(
        cli, tmp_path, "Police spoke to reporters on October 8, a day after the storm hit."
    )
    assert code == 1
    assert "FC204" in [f["rule_id"] for f in findings]


def test_extract_table_shows_a_durations_anchors(cli: Callable[..., Result], tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("Crews reached the valley on August 14, 2024, two days after the flood hit.\n")
    result = cli("extract", str(report), "--format", "table")
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "duration" in line)
    assert "from auto.event.struck to 2024-08-14" in row
