"""What session 26's development set of seed summaries (devdata/seed_summaries/seeddev26, issue
14) showed: consistent one-sentence summaries rejected, and errors missed, for reasons general to
any registry. Each test runs `factcheck check` on one sentence, against the bundled seed registry
or with `--source` on an invented report, and asserts the exit code a CI job sees."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

ROOT = Path(__file__).resolve().parent.parent


def _check(
    cli: Callable[..., Result], folder: Path, sentence: str, date: str = "2022-06-29"
) -> tuple[int, dict]:  # type: ignore[type-arg]
    summary = folder / "summary.md"
    summary.write_text(f"---\ndate: {date}\n---\n{sentence}\n", encoding="utf-8")
    result = cli("check", str(summary), "--registry", str(ROOT), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.output)


def _verdicts(data: dict, kind: str) -> dict[str, str]:  # type: ignore[type-arg]
    return {v["text"]: v["verdict"] for v in data["verdicts"] if v["kind"] == kind}


@pytest.mark.parametrize(
    "sentence",
    [
        # a date beside a cue that only says it was told of ("the day the trip was announced")
        # is the day of the telling, not of the trip
        "On the day Putin's trip was announced, Sunday 26 June, Britain, the United States, Canada "
        "and Japan announced a ban on imports of Russian gold at the opening of the G7 summit in "
        "the Bavarian Alps.",
        # a trailing attribution (", Bloomberg reported") does not date what comes before it
        "Putin agreed to attend China's Belt and Road Forum in October, Bloomberg reported, in his "
        "first trip beyond Russian or allied territory since the International Criminal Court "
        "issued a warrant for his arrest in March.",
        # an event a duration counts to ("hours before the Winter Olympics opened") may still be
        # dated by a cue of its own beside the date ("to Beijing in early February")
        "Mr Putin's previous trip abroad was to Beijing in early February, where he and President "
        'Xi signed a "no boundaries" friendship pact hours before the Winter Olympics opened.',
    ],
)
def test_a_date_is_tied_to_the_event_of_its_own_clause(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, data = _check(cli, tmp_path, sentence, "2023-09-01" if "Bloomberg" in sentence else "2022-06-29")
    assert code == 0, [f["message"] for f in data["findings"]]
    assert "contradicted" not in _verdicts(data, "date").values()


def test_a_date_is_not_tied_to_a_cue_in_a_relative_clause(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = (
        "Putin, who met Lukashenko before the invasion, went on to Turkmenistan on Wednesday, "
        "June 29, a day after visiting Tajikistan."
    )
    _, data = _check(cli, tmp_path, sentence, "2022-06-30")
    assert _verdicts(data, "date").get("Wednesday, June 29") != "contradicted"
    assert not [f for f in data["findings"] if f["rule_id"] in ("FC201", "FC203")]


def test_a_measure_in_the_wrong_unit_is_contradicted(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, data = _check(
        cli, tmp_path, "The Iskander-M system Moscow promised Minsk has a range of 500 miles."
    )
    assert code == 1
    assert _verdicts(data, "number")["500 miles"] == "contradicted"


def test_a_measure_converted_to_another_unit_is_supported(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = (
        "The Iskander-M system Moscow promised Minsk has a range of 500 kilometres, or about 310 miles."
    )
    code, data = _check(cli, tmp_path, sentence)
    assert code == 0
    assert _verdicts(data, "number")["about 310 miles"] == "supported"


def test_a_city_no_source_names_fails_the_check(cli: Callable[..., Result], tmp_path: Path) -> None:
    wrong = "Before the war Putin met US President Joe Biden in Vienna in June 2021."
    right = "Before the war Putin met US President Joe Biden in Geneva in June 2021."
    assert _check(cli, tmp_path, wrong)[0] == 1
    assert _check(cli, tmp_path, right)[0] == 0


@pytest.mark.parametrize(
    ("months", "want"), [("more than four", 0), ("about four", 0), ("more than five", 1)]
)
def test_a_length_after_a_written_day_is_counted_to_its_end(
    cli: Callable[..., Result], tmp_path: Path, months: str, want: int
) -> None:
    sentence = (
        f"Putin's first stop, Tajikistan, came {months} months after Russian troops entered "
        "Ukraine on 24 February."
    )
    assert _check(cli, tmp_path, sentence)[0] == want


@pytest.mark.parametrize(
    ("bound", "want"),
    [("more than three", 1), ("fewer than three", 1), ("at least three", 0), ("fewer than five", 0)],
)
def test_a_strict_bound_is_broken_by_the_exact_count(
    cli: Callable[..., Result], tmp_path: Path, bound: str, want: int
) -> None:
    sentence = f"Between February 2020 and February 2022 Putin travelled abroad {bound} times."
    assert _check(cli, tmp_path, sentence)[0] == want


REPORT = (
    "A fire at a warehouse in Tarvik killed 14 people on Monday, officials said. Firefighters "
    "reached the site at 12.30am, about 20 minutes after the alarm.\n"
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("A warehouse fire in Tarvik killed more than 14 people on Monday.", 1),
        ("A warehouse fire in Tarvik killed fewer than 14 people on Monday.", 1),
        ("A warehouse fire in Tarvik killed at least 14 people on Monday.", 0),
        ("A warehouse fire in Tarvik killed more than a dozen people on Monday.", 0),
        ("A warehouse fire in Tarvik killed 14 people on Monday.", 0),
    ],
)
def test_a_bound_against_a_reports_exact_toll(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, want: int
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"report.txt": REPORT}, "2024-03-05", sentence)
    assert code == want, [f["message"] for f in findings]


def test_a_bound_the_sources_write_themselves_stands(cli: Callable[..., Result], tmp_path: Path) -> None:
    """A headline's bare "1,200 homes" rounds the reports' "more than 1,200 houses": a summary
    writing the reports' bound is not contradicted by the headline."""
    reports = {
        "wire.txt": "1,200 homes collapsed in Tarvik quake\n\nMore than 1,200 houses collapsed in "
        "the quake in Tarvik on Monday, officials said.\n",
        "daily.txt": "Officials said more than 1,200 houses had collapsed after Monday's quake in Tarvik.\n",
    }
    sentence = "More than 1,200 houses collapsed in the Tarvik quake on Monday."
    code, findings = check_sentence(cli, tmp_path, reports, "2024-03-05", sentence)
    assert code == 0, [f["message"] for f in findings]
