"""`check --source` on invented sentences: a summary's value must be the source's value of the
SAME thing, not the same token about something else (session 9). Each pair is one summary
sentence against one report."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    report = _failed_check(cli, tmp_path, TRIAL, "The singer's son died at the family home in 2009.\n")
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


# Faithful paraphrases of a dated event (review of session 9): the summary's event is in no
# source sentence in its own words, so nothing says the year belongs to another event.
@pytest.mark.parametrize(
    ("report", "summary"),
    [
        ("The pair wed in 2012. They have two children.\n", "The couple married in 2012."),
        (
            "Police say the gunman bought the rifle legally. He had no criminal record. "
            "The weapon was purchased in 2019 from a shop in Ohio.\n",
            "The gunman legally acquired the gun in 2019.",
        ),
        (
            "The factory opened in 1972 and employed 3,000 people at its peak. It shut last week.\n",
            "The plant, which began operating in 1972, has now closed.",
        ),
        ("Ms Cole quit the band in 2015 to pursue a solo career.\n", "She left in 2015."),
        (
            "The law came into force in 2018. Critics say it has failed.\n",
            "Since 2018, the rules have applied.",
        ),
        (
            "He joined the army at 18 and served until 2004. He later became a teacher.\n",
            "He left the military in 2004.",
        ),
        ("Work on the tunnel began in 2009 and finished in 2016.\n", "Construction started in 2009."),
        # our own: a noun for a verb, another verb, a pronoun for the subject
        ("The ferry sank in 1994 with 852 people on board.\n", "The vessel went down in 1994."),
        ("Mr Adeyemi took office in 2011. He was re-elected in 2015.\n", "He became governor in 2011."),
        ("The stadium hosted the final in 2008.\n", "The ground staged the final in 2008."),
    ],
)
def test_a_paraphrased_event_keeps_its_year(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


# A possessive that is no owner the sources give another person: titles, descriptive owners,
# another name of the same owner, days, an owner the sources tie to the person in other words.
@pytest.mark.parametrize(
    ("report", "summary"),
    [
        (
            "Britain's Prime Minister Rishi Sunak met the French president in Paris on Friday.\n",
            "The UK's Prime Minister Rishi Sunak met the French president in Paris.",
        ),
        (
            "Germany's Chancellor Olaf Scholz arrived in Kyiv on Monday.\n",
            "Berlin's Chancellor Olaf Scholz arrived in Kyiv on Monday.",
        ),
        (
            "Apple's Tim Cook unveiled the phone on Tuesday. Cook, the firm's chief executive, said sales were strong.\n",
            "The company's Tim Cook unveiled the phone on Tuesday.",
        ),
        ("Manchester United's Marcus Rashford was dropped.\n", "Man Utd's Marcus Rashford was dropped."),
        (
            "Real Madrid's Jude Bellingham scored. The England midfielder was man of the match.\n",
            "England's Jude Bellingham scored for Real Madrid.",
        ),
        # our own
        (
            "Norway's Foreign Minister Anniken Huitfeldt spoke first.\n",
            "Oslo's Foreign Minister Anniken Huitfeldt spoke first.",
        ),
        (
            "Leinster's Johnny Sexton kicked three penalties. Saturday's final drew a record crowd.\n",
            "Saturday's Johnny Sexton masterclass won the final.",
        ),
        (
            "Brenton's Ilse Marchetti scored twice. She joined from Dunmore in May. Dunmore's Kai Ferris was sent off.\n",
            "Dunmore's Ilse Marchetti scored twice.",
        ),
    ],
)
def test_a_possessive_that_is_no_other_owner(
    cli: Callable[..., Result], tmp_path: Path, report: str, summary: str
) -> None:
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", summary)
    assert got == 0, findings


def test_a_person_of_another_owner_gets_one_verdict_naming_both_owners(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    report = _failed_check(cli, tmp_path, MATCH, "Everton's Marco Reuter scored twice on Saturday.\n")
    (finding,) = report["findings"]
    assert finding["outcome"] == "name-of-other-owner"
    assert "the sources name Marco Reuter as Chelsea's, not Everton's" in finding["message"]
    verdicts = [v["verdict"] for v in report["verdicts"] if "Reuter" in v["text"]]
    assert verdicts == ["unsupported"]


def test_an_age_of_a_person_named_by_given_name_alone(cli: Callable[..., Result], tmp_path: Path) -> None:
    report = "Tom Reid, 45, and his wife Jane, 43, were rescued. Their son, 12, is missing.\n"
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", "Jane Reid, 43, was rescued.")
    assert got == 0, findings
    got, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "", "Jane Reid, 45, was rescued.")
    assert got == 1, findings


def _failed_check(cli: Callable[..., Result], tmp_path: Path, report: str, summary: str) -> Any:
    """The JSON report of `check --source` on one report and one summary, which must fail."""
    (tmp_path / "a.txt").write_text(report, encoding="utf-8")
    (tmp_path / "summary.md").write_text(summary, encoding="utf-8")
    result = cli(
        "check", str(tmp_path / "summary.md"), "--source", str(tmp_path / "a.txt"), "--format", "json"
    )
    assert result.exit_code == 1, result.output
    return json.loads(result.output)
