"""How long a state lasted, written before it (issue 12 and 14, session 23): "his six days on the
lam", "their 17 days trapped underground", "two weeks in captivity" are lengths of the state that
follows them, framed as "was on the run for six days" is (auto.span.<state>.for), so two reports'
lengths meet in `review` (FC205) and a summary's length is held to its sources' in `check`.
A spelled-out length after an owner ("his six days") is a length; "the two days" still refers
back and states none.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, review_from

Cli = Callable[..., Result]

PARROT = (
    "Rufus, a macaw that escaped from the Linden Park aviary, was caught on Sunday, keepers said.\n"
    "No one had seen Rufus eat during his six days on the lam, said keeper Ana Ruiz.\n"
)


def _rules(findings: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(f["rule_id"], f["grade"], f["outcome"]) for f in findings]


def test_a_summarys_wrong_length_on_the_lam_is_unsupported(cli: Cli, tmp_path: Path) -> None:
    sentence = "Keeper Ana Ruiz said no one had seen Rufus eat during his {n} days on the lam."
    code, findings = check_sentence(cli, tmp_path, {"a.txt": PARROT}, "2024-05-13", sentence.format(n="nine"))
    assert code == 1
    assert ("FC602", "major", "unsupported-duration") in _rules(findings), findings
    code, findings = check_sentence(cli, tmp_path, {"a.txt": PARROT}, "2024-05-13", sentence.format(n="six"))
    assert code == 0, findings


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        (
            "The five divers were trapped for 17 days in the flooded shaft.",
            "The divers emerged after their 19 days trapped underground.",
            True,
        ),
        (
            "The five divers were trapped for 17 days in the flooded shaft.",
            "The divers emerged after their 17 days trapped underground.",
            False,
        ),
        (
            "The two aid workers were held captive for 40 days.",
            "Both were freed after 60 days in captivity.",
            True,
        ),
    ],
)
def test_two_reports_lengths_of_one_state_meet(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str, second: str, apart: bool
) -> None:
    findings = review_from(
        cli, tmp_path, monkeypatch.chdir, {"a": first + "\n", "b": second + "\n"}, "2024-05-13"
    )
    got = [
        rule
        for rule, _grade, outcome in _rules(findings)
        if rule == "FC205" and outcome == "state-lengths-apart"
    ]
    assert got == (["FC205"] if apart else []), findings


def _durations(cli: Cli, tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "t.md").write_text(f"---\ndate: 2024-05-13\n---\n{text}\n", encoding="utf-8")
    result = cli("extract", str(tmp_path / "t.md"), "--format", "json")
    assert result.exit_code == 0, result.output
    return [
        (c["claim"]["text"], c["claim"]["subject"])
        for f in json.loads(result.output)
        for c in f["candidates"]
        if c["claim"]["kind"] == "duration"
    ]


def test_an_owners_length_is_a_length_the_two_days_is_not(cli: Cli, tmp_path: Path) -> None:
    assert _durations(cli, tmp_path, "Rufus ate nothing during his six days on the lam.") == [
        ("six days", "auto.span.at-large.for")
    ]
    assert _durations(cli, tmp_path, "The two days of talks ended without a deal.") == []
    # a length of something no state names stays unframed, so it meets nothing
    assert _durations(cli, tmp_path, "He returned after his six days of rest.") == [
        ("six days", "unknown.quantity")
    ]


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        # the fugitive is still on the run: three days later, three days longer
        (
            ("2024-05-06", "Police said Karl Benn's six days on the run had cost 200,000 pounds."),
            ("2024-05-09", "Police said Karl Benn's nine days on the run had cost 300,000 pounds."),
            False,
        ),
        (
            ("2024-03-10", "Seven miners have been trapped for 10 days in the flooded shaft."),
            ("2024-03-17", "The seven miners emerged on Sunday after 17 days trapped in the flooded shaft."),
            False,
        ),
        # longer by more than the days between the reports: one of them is wrong
        (
            ("2024-05-06", "Karl Benn has been on the run for six days, police said."),
            ("2024-05-09", "Karl Benn has been on the run for 15 days, police said."),
            True,
        ),
        # a later report's shorter length is no update
        (
            ("2024-05-06", "Karl Benn has been on the run for six days, police said."),
            ("2024-05-09", "Karl Benn has been on the run for three days, police said."),
            True,
        ),
    ],
)
def test_a_state_still_holding_grows_between_reports(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first: tuple[str, str],
    second: tuple[str, str],
    apart: bool,
) -> None:
    assert cli("init", str(tmp_path / "reg")).exit_code == 0
    monkeypatch.chdir(tmp_path / "reg")
    for name, (day, text) in (("a", first), ("b", second)):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        added = cli("sources", "add", str(tmp_path / f"{name}.txt"), "--published", day, "--id", name)
        assert added.exit_code == 0, added.output
        written = cli("extract", f"seeds/{name}.txt", "--write", f"claims/{name}.yaml")
        assert written.exit_code == 0, written.output
    result = cli("review", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.output)["findings"]
    got = [
        rule
        for rule, _grade, outcome in _rules(findings)
        if rule == "FC205" and outcome == "state-lengths-apart"
    ]
    assert got == (["FC205"] if apart else []), findings


@pytest.mark.parametrize(
    "text",
    [
        "The virus has worried the public at large for two years, officials said.",
        "The nickname stuck for two decades.",
        "Dozens were still trapped 10 hours after the quake struck, officials said.",
    ],
)
def test_no_state_length_without_a_state(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.chdir(tmp_path)  # no registry around: the repository's own would frame its tenures
    assert all(subject == "unknown.quantity" for _text, subject in _durations(cli, tmp_path, text))


def test_at_large_and_stuck_after_a_verb_of_being(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _durations(cli, tmp_path, "The gunman has been at large for three days.") == [
        ("for three days", "auto.span.at-large.for")
    ]
    assert _durations(cli, tmp_path, "Passengers were stuck for six hours on the tarmac.") == [
        ("for six hours", "auto.span.stranded.for")
    ]


def test_two_peoples_lengths_of_one_state_are_minor(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One frame holds everyone trapped, so two lengths may be two people's: minor, never major."""
    first = "A boy was pulled out alive after being trapped for 30 hours under the hotel.\n"
    second = "Rescuers freed an elderly woman who had been trapped for 70 hours under the hotel.\n"
    findings = review_from(cli, tmp_path, monkeypatch.chdir, {"a": first, "b": second}, "2024-05-13")
    assert [(r, g) for r, g, o in _rules(findings) if r == "FC205"] == [("FC205", "minor")], findings
