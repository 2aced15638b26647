"""`check` (issue 14, session 16): a summary's clock time no source writes is unsupported (FC602,
major), judged as a time, not as its digits one by one ("20:00" is not 20 and 0): the same time
in another form ("2:50 p.m.", "14:50"), in another zone the texts write ("1100 GMT" for "7 a.m.
EDT"), within a source's approximation or range, or "noon"/"midnight" is supported
(pipeline/clocks.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

from factcheck.extract.times import written_clocks
from factcheck.pipeline.clocks import SourceClocks

Cli = Callable[..., Result]

REPORTS = {
    "a": "The earthquake struck the valley at 10:50 a.m. local time (0505 GMT) on Saturday, the "
    "seismological centre said.\n"
    "Rescue teams reached the first village shortly after 2:45 p.m., officials said.\n"
    "The regional airport closed at noon and reopened just after midnight.\n",
    "b": "Electricity was cut between 2 and 3 p.m. in the northern districts, the utility said.\n"
    "A ferry carrying aid left the harbour at 0900 hours on Sunday.\n"
    "Hurricane Delia made landfall near Wilmington at 7 a.m. EDT on Monday.\n"
    "The night curfew runs from 22:00 to 05:00, the army said.\n",
}


def major(findings: list[dict]) -> list[str]:  # type: ignore[type-arg]
    """The messages of findings at major or above."""
    return [f["message"] for f in findings if f["grade"] in ("major", "critical")]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a time converted to another zone that the sources write
        pytest.param("The earthquake struck the valley at 0505 GMT on Saturday.", 0, id="pair's GMT"),
        pytest.param(
            "Hurricane Delia made landfall near Wilmington at 1100 GMT on Monday.", 0, id="EDT as GMT"
        ),
        pytest.param("The earthquake struck the valley at 10.50am on Saturday.", 0, id="local, other form"),
        # noon and midnight
        pytest.param("The regional airport closed at midday.", 0, id="midday for noon"),
        pytest.param("The regional airport closed at 12 p.m.", 0, id="12 p.m. for noon"),
        pytest.param("The regional airport reopened at midnight.", 0, id="midnight"),
        pytest.param("The regional airport reopened at 12:05 a.m.", 0, id="just after midnight"),
        # a range and an approximation
        pytest.param("Electricity was cut between 2 and 3 p.m. in the northern districts.", 0, id="range"),
        pytest.param(
            "Electricity was cut at about 2:30 p.m. in the northern districts.", 0, id="in the range"
        ),
        pytest.param("Rescue teams reached the first village at 2:50 p.m.", 0, id="shortly after"),
        # a 24-hour clock
        pytest.param(
            "A ferry carrying aid left the harbour at 9 a.m. on Sunday.", 0, id="0900 hours as 9 a.m."
        ),
        pytest.param("The army imposed a night curfew from 10 p.m. to 5 a.m.", 0, id="22:00 as 10 p.m."),
        pytest.param("The army imposed a night curfew from 22:00 to 05:00.", 0, id="24-hour"),
        # times no source writes
        pytest.param("The army imposed a night curfew from 20:00 to 05:00.", 1, id="another hour"),
        pytest.param("The earthquake struck the valley at 10:20 a.m. on Saturday.", 1, id="other minutes"),
        pytest.param(
            "Hurricane Delia made landfall near Wilmington at 1300 GMT on Monday.", 1, id="other GMT"
        ),
        pytest.param("Electricity was cut at 4:30 p.m. in the northern districts.", 1, id="outside range"),
    ],
)
def test_a_clock_time_is_judged_as_a_time(cli: Cli, tmp_path: Path, sentence: str, code: int) -> None:
    found, findings = check_sentence(
        cli, tmp_path, {f"{k}.txt": v for k, v in REPORTS.items()}, "2024-09-03", sentence
    )
    assert found == code, major(findings)


def test_a_clock_time_in_a_registry(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, REPORTS, "2024-09-03")
    rules = tmp_path / "reg" / "rules"
    faithful = "The army imposed a night curfew from 22:00 to 05:00."
    code, findings = check_with_registry(cli, tmp_path / "reg", rules, faithful, "2024-09-03")
    assert code == 0, major(findings)
    code, findings = check_with_registry(
        cli, tmp_path / "reg", rules, "The army imposed a night curfew from 20:00 to 05:00.", "2024-09-03"
    )
    assert code == 1
    assert any("20:00" in message for message in major(findings)), major(findings)


def _supported(sources: dict[str, str], summary: str) -> list[bool]:
    clocks = SourceClocks(sources, lambda: dt.date(2024, 6, 1))
    return [clocks.support(summary, clock) for clock in written_clocks(summary)]


def test_a_bare_clock_is_read_both_ways_and_a_tokenised_one_joined() -> None:
    # "8:00" may be the 12-hour clock of 8 p.m.; "7 : 00 p.m." is a tokenised "7:00 p.m."
    assert _supported({"a": "The vote closed at 8:00 on Sunday."}, "The vote closed at 8 p.m.") == [True]
    assert _supported({"a": "She took the 7 : 00 p.m. shuttle."}, "She took the 7:00 shuttle.") == [True]
    assert _supported({"a": "The vote closed at 08:00 on Sunday."}, "The vote closed at 8 p.m.") == [False]


def test_hours_alone_are_no_clock() -> None:
    assert _supported({"a": "The vote closed at 8:00 on Sunday."}, "The vote closed at 9 on Sunday.") == []
    assert _supported({"a": "It closed at 8:00."}, "It closed at nine o'clock.") == []


def test_a_bare_24_hour_clock_is_a_time_only_after_a_time_word() -> None:
    # "won in 2:01" is a length of time: its digits are looked up as figures, as before
    source = {"a": "Kipchoge won the marathon in 2 hours 1 minute 9 seconds, at 9:15 local time."}
    clocks = SourceClocks(source, lambda: dt.date(2024, 6, 1))
    summary = "Kipchoge won the marathon in 2:01, from 07:00 on."
    unstated = [summary[c.start : c.end] for c in written_clocks(summary) if clocks.unstated(summary, c)]
    assert unstated == ["07:00"]


def test_a_zone_no_source_clock_can_be_set_against_is_not_judged() -> None:
    # "CT" is no zone of the table: the source's 10 p.m. has no known offset, so the summary's
    # "11 p.m. ET" cannot be compared; a local 9 p.m. can
    source = {"a": "From Monday the curfew begins at 10 p.m. CT, the mayor said."}
    clocks = SourceClocks(source, lambda: dt.date(2024, 6, 1))
    summary = "The curfew begins at 11 p.m. ET. It used to begin at 9 p.m."
    unstated = [summary[c.start : c.end] for c in written_clocks(summary) if clocks.unstated(summary, c)]
    assert unstated == ["9 p.m."]
