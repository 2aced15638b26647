"""Tenures (issue 14 item 4): "has ruled X for N years", "in power since 1994", "since taking
office in 2012" frame one holder's time in one role, so a summary's span is compared with the
source's since-date (FC204, counted to the report's date) and another holder or role never meets
it. Invented texts only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.extract import extract_text
from factcheck.model import DateClaim, DateInterval, DurationClaim, Precision

REPORT_DAY = DateInterval(start=dt.date(2024, 5, 2), end=dt.date(2024, 5, 2), precision=Precision.DAY)
SOURCE = (
    "---\ndate: 2024-05-02\n---\n"
    "KORVALA, May 2 (Wire) - President Anton Velk won another term on Wednesday with 81 percent "
    "of the vote.\n\nVelk, 71, has been in power since 1994. His rival Mara Dunne has led the "
    "Liberal Party since 2018.\n"
)
VELK = "auto.event.tenure.velk.power"


def claims(text: str) -> list[DurationClaim | DateClaim]:
    """The durations and dates extraction finds in `text`, published on the report's day."""
    found = [c.claim for c in extract_text(text, published=REPORT_DAY)]
    return [c for c in found if isinstance(c, DurationClaim | DateClaim)]


def check(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, list[dict]]:  # type: ignore[type-arg]
    """Exit code and findings of check --source on one sentence dated 2024-05-02."""
    return check_sentence(cli, tmp_path, {"wire.txt": SOURCE}, "2024-05-02", sentence)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_an_ongoing_span_counts_from_the_holders_tenure_to_the_report_date() -> None:
    (span,) = claims("President Anton Velk, who has ruled Ruritania for 30 years, won again.")
    assert isinstance(span, DurationClaim)
    assert span.from_event == VELK
    assert span.ends_on is not None
    assert span.ends_on.start == dt.date(2024, 5, 2)


def test_since_dates_start_the_same_tenure() -> None:
    for text in (
        "Velk, 71, has been in power since 1994.",
        "Since taking office in 1994, Velk has jailed rivals.",
    ):
        (since,) = claims(text)
        assert isinstance(since, DateClaim), text
        assert since.event == VELK, text


def test_another_holder_or_role_is_another_frame() -> None:
    frames = {
        c.text: c.from_event if isinstance(c, DurationClaim) else c.event
        for c in claims(
            "Velk has ruled Ruritania for 30 years. Mara Dunne has led the Liberal Party for six years. "
            "Velk has led the army since 1990."
        )
    }
    assert frames["for 30 years"] == VELK
    assert frames["for six years"] == "auto.event.tenure.dunne.lead.liberal-party"
    assert frames["since 1990"] == "auto.event.tenure.velk.lead.army"


def test_no_holder_past_tense_or_no_role_gives_no_tenure() -> None:
    for text in (
        "He has ruled for 30 years.",  # no name in the sentence: whose tenure is unknown
        "Velk ruled Ruritania for 30 years.",  # ended some time before the report
        "It has been raining in Korvala since Monday.",  # "has been" with no office
    ):
        assert not any(
            "tenure" in (getattr(c, "from_event", "") + getattr(c, "event", "")) for c in claims(text)
        ), text


def test_a_tenure_shortened_by_a_decade_fails_at_the_summary_line(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = check(
        cli, tmp_path, "Anton Velk, who has ruled Ruritania for 20 years, won another term."
    )
    assert code == 1
    (span,) = [f for f in findings if f["rule_id"] == "FC204"]
    draft = next(s for s in span["sides"] if s["source"].startswith("draft:"))
    assert (draft["line"], draft["text"]) == (4, "for 20 years")


def test_a_tenure_the_since_year_bears_out_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    for sentence in (
        "Anton Velk, who has ruled for 30 years, won another term.",
        "Anton Velk, in power since 1994, won another term.",
        "Mara Dunne has led the Liberal Party since 2018.",
    ):
        code, findings = check(cli, tmp_path, sentence)
        assert code == 0, (sentence, findings)


def test_another_holders_since_date_is_never_compared(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check(cli, tmp_path, "Mara Dunne, who has led the Liberal Party for six years, lost.")
    assert code == 0, findings


def test_a_span_written_in_another_unit_of_time_is_supported(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "port.txt").write_text(
        "Dock strike ends\n\nDockers in Korvala returned to work on Monday after a strike that "
        "halted the port for 14 days.\n",
        encoding="utf-8",
    )
    for sentence, code in (
        ("The strike halted the port for two weeks.", 0),
        ("The strike halted the port for three weeks.", 1),
    ):
        summary = tmp_path / "summary.md"
        summary.write_text(f"{sentence}\n", encoding="utf-8")
        result = cli("check", str(summary), "--source", str(tmp_path / "port.txt"), "--format", "json")
        assert result.exit_code == code, (sentence, result.output)
