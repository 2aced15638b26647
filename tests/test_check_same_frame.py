"""`check --source` on invented sentences: a summary's value must be the source's value of the
SAME thing, not the same token about something else (session 9). Each pair is one summary
sentence against one report."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.support import frame_words

TRIAL = (
    "The singer's son died at the family home in 2006. Police later charged his driver. "
    "The 2009 trial was followed by millions of people on television.\n"
)
BRIDGE = "The bridge was opened by the Queen in 1967. It was closed for repairs in 2019.\n"
ELECTION = "Mr Okafor won the mayoral election in 2014 and was re-elected four years later.\n"


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # a year the report gives only to another event (the trial) is not the year of the death
        (TRIAL, "The singer's son, who died at the family home in 2009, was buried in Lagos.", 1),
        (TRIAL, "The singer's son died at the family home in 2006.", 0),
        (TRIAL, "His driver went on trial in 2009.", 0),
        # a year moved from one event of a place to another of the same place
        (BRIDGE, "The bridge, opened by the Queen in 2019, spans the river.", 1),
        (BRIDGE, "The bridge, which opened in 1967, was shut for repairs in 2019.", 0),
        # the same event in other words: a verb for its noun ("was elected": "the election")
        (ELECTION, "Mr Okafor was first elected mayor in 2014.", 0),
    ],
)
def test_a_year_is_the_year_of_the_same_event(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == code, findings


def test_a_year_of_another_event_shows_where_the_sources_state_it(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(TRIAL, encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("The singer's son died at the family home in 2009.\n", encoding="utf-8")
    result = cli("check", str(summary), "--source", str(tmp_path / "a.txt"), "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    (finding,) = [f for f in report["findings"] if f["rule_id"] == "FC602"]
    assert finding["outcome"] == "date-of-other-event"
    assert "The 2009 trial was followed" in finding["message"]
    (verdict,) = [v for v in report["verdicts"] if v["verdict"] == "unsupported"]
    assert verdict["evidence"]["words"].startswith("The 2009 trial")


def test_frame_words_meet_across_inflections() -> None:
    assert frame_words("He was elected mayor") & frame_words("the mayoral election")
    assert not frame_words("in the 2009 trial") & frame_words("died at home")


ROBBERY = (
    "a security guard was robbed of a cash box outside a bank in glasgow on monday afternoon. "
    "the robber, who wore a yellow jacket, drove off in a small car that was later found burnt "
    "out, police said. nobody was seriously hurt in the raid.\n"
)


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        ("a security guard was robbed outside a bank in glasgow.", 0),
        # ordinary words after a preposition of place are no places: a common noun there is
        # nearly as frequent in other languages as a place's name is ("chaos", "referendum")
        ("a security guard was robbed in public by a man in disguise.", 0),
        ("the raid left the street in chaos, police said.", 0),
        ("the robber, a man who made his name in boxing, drove off in a small car.", 0),
        ("the guard, who was hurt in training at a gym, was robbed outside a bank.", 0),
    ],
)
def test_a_place_after_a_preposition_in_lower_case_text(
    cli: Callable[..., Result], tmp_path: Path, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": ROBBERY}, "", summary)
    assert got == code, findings


CLINIC = "The nurse, now 41, was one of three people assaulted by Peter Grant, 33, at a clinic in Leeds.\n"


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        # an age set off by commas belongs to the word before it: the report gives 33 to the
        # attacker and the nurse an age of her own
        ("The nurse, 33, was assaulted at a clinic in Leeds.", 1),
        ("The nurse, 41, was assaulted at a clinic in Leeds.", 0),
        ("Peter Grant, 33, assaulted three people at a clinic in Leeds.", 0),
    ],
)
def test_an_age_belongs_to_the_person_it_is_set_off_from(
    cli: Callable[..., Result], tmp_path: Path, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": CLINIC}, "", summary)
    assert got == code, findings
    if code:
        assert [f["outcome"] for f in findings] == ["figure-of-other-thing"]
        assert "Peter Grant, 33," in findings[0]["message"]


MATCH = "Chelsea's Marco Reuter scored twice on Saturday. Everton's Tom Haldane was sent off.\n"
TRANSFER = MATCH + "Reuter left Everton for a club record fee last summer.\n"


@pytest.mark.parametrize(
    ("report", "summary", "code"),
    [
        # the possessive ties a person to an owner: one the report never gives him is wrong
        (MATCH, "Everton's Marco Reuter scored twice on Saturday.", 1),
        (MATCH, "Chelsea's Marco Reuter scored twice on Saturday.", 0),
        # a report that names the person with that owner (a former club) does not contradict it
        (TRANSFER, "Everton's Marco Reuter scored twice on Saturday.", 0),
        # the same in lower-cased text
        (MATCH.lower(), "everton's marco reuter scored twice on saturday.", 1),
    ],
)
def test_a_person_belongs_to_the_owner_the_sources_give(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str, code: int
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == code, findings
    if code:
        assert "name-of-other-owner" in [f["outcome"] for f in findings]
