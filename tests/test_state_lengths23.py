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
        rule for rule, _grade, outcome in _rules(findings) if rule == "FC205" and outcome == "durations-apart"
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
