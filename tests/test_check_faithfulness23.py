"""`check` as a faithfulness gate (issue 14, session 23), on invented reports, as a user sees it
(exit code, rule, grade, message):

- against a registry built by init / sources add / extract --write, a summary that gives a known
  person another person's role ("Laura Whitfield, the mayor" where the reports write "Governor
  Laura Whitfield" and "Mayor Tom Becker", "Benin's President X" where they name Y Benin's
  president) is FC505 `other-holder`, major, on every run, as it is with --source: a later run
  reads only the part of the registry the summary reaches, which used to leave out the other
  holder's role claims;
- a date no source states whose weekday the sources date to another day ("Tuesday, April 15"
  where they write "Tuesday, April 8") says which day the sources mean, not that no source
  states the weekday;
- a capitalised common word before a name ("Producer Fred Horowitz" at a sentence's start) is no
  part of the person's name: a given name the sources give only another person is caught after
  it as without it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

Cli = Callable[..., Result]

FLOOD = {
    "a": "Governor Laura Whitfield declared a state of emergency on Tuesday after the river rose.\n"
    "Mayor Tom Becker said 40 homes were flooded in the town.\n",
    "b": "Laura Whitfield, the state's governor, visited Riverton on Wednesday.\n"
    "Tom Becker, the mayor, thanked the volunteers who filled sandbags.\n",
}
SUMMIT = {
    "a": "Benin President Patrice Talon arrived in Niamey on Sunday to mediate after the coup.\n"
    "Nigeria's President Bola Tinubu, who chairs the regional bloc, called the coup unacceptable.\n",
    "b": "The President of Benin, Patrice Talon, met the coup leaders in Niamey.\n",
}


def _grades(findings: list[dict], rule: str) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f["grade"], f["outcome"]) for f in findings if f["rule_id"] == rule]


def _above_info(findings: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [f["rule_id"] for f in findings if f["grade"] != "info"]


@pytest.mark.parametrize(
    ("texts", "wrong", "right"),
    [
        (
            FLOOD,
            "Laura Whitfield, the mayor, declared a state of emergency after the river rose.",
            "Laura Whitfield, the governor, declared a state of emergency after the river rose.",
        ),
        (
            SUMMIT,
            "Benin's President Bola Tinubu went to Niamey to mediate after the coup.",
            "Benin's President Patrice Talon went to Niamey to mediate after the coup.",
        ),
    ],
    ids=["swapped roles", "owned head"],
)
def test_another_persons_role_is_caught_against_a_registry_on_every_run(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: dict[str, str], wrong: str, right: str
) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, texts, "2025-04-10")
    rules = tmp_path / "reg" / "rules"
    for run in ("first (builds the store)", "second (reads the store)"):
        code, findings = check_with_registry(cli, tmp_path / "reg", rules, wrong, "2025-04-11")
        assert code == 1, run
        assert ("major", "other-holder") in _grades(findings, "FC505"), (run, findings)
    code, findings = check_with_registry(cli, tmp_path / "reg", rules, right, "2025-04-11")
    assert (code, _above_info(findings)) == (0, []), findings


def test_another_persons_role_is_caught_with_sources_as_with_the_registry(cli: Cli, tmp_path: Path) -> None:
    reports = {f"{name}.txt": text for name, text in FLOOD.items()}
    wrong = "Laura Whitfield, the mayor, declared a state of emergency after the river rose."
    code, findings = check_sentence(cli, tmp_path, reports, "2025-04-11", wrong)
    assert code == 1
    assert ("major", "other-holder") in _grades(findings, "FC505"), findings


STORM_UNDATED = "Storm Elin brought down trees across Cornwall on Tuesday, cutting power to 20,000 homes.\n"
STORM_DATED = (
    "---\ndate: 2025-04-09\n---\n"
    "Storm Elin hit Cornwall on Tuesday, April 8, with gusts of up to 80mph, the Met Office said.\n"
)
STORM = {"a.txt": STORM_UNDATED, "b.txt": STORM_DATED}


@pytest.mark.parametrize(
    "sentence",
    [
        "Storm Elin hit Cornwall on Tuesday, April 15, cutting power to 20,000 homes.",
        "Storm Elin hit Cornwall on Tuesday, cutting power to 20,000 homes.",  # the summary's week
    ],
    ids=["written out", "resolved"],
)
def test_a_weekday_the_sources_date_elsewhere_is_said_so(cli: Cli, tmp_path: Path, sentence: str) -> None:
    code, findings = check_sentence(cli, tmp_path, STORM, "2025-04-16", sentence)
    assert code == 1
    assert _grades(findings, "FC602") == [("major", "unsupported-date")], findings
    message = findings[0]["message"]
    assert "the sources' Tuesday is 8 April 2025 (“Tuesday, April 8”)" in message, message
    assert "weekday" not in message, message


def test_a_date_whose_weekday_no_source_names_keeps_its_message(cli: Cli, tmp_path: Path) -> None:
    sentence = "Storm Elin hit Cornwall on Thursday, April 17, cutting power to 20,000 homes."
    code, findings = check_sentence(cli, tmp_path, STORM, "2025-04-18", sentence)
    assert code == 1
    assert _grades(findings, "FC602") == [("major", "unsupported-date")], findings
    assert "no source states this date, day, month or weekday" in findings[0]["message"]


def test_the_sources_own_weekday_passes(cli: Cli, tmp_path: Path) -> None:
    sentence = "Storm Elin hit Cornwall on Tuesday, April 8, cutting power to 20,000 homes."
    code, findings = check_sentence(cli, tmp_path, STORM, "2025-04-16", sentence)
    assert (code, _above_info(findings)) == (0, []), findings


OSCARS = {
    "a.txt": "---\ndate: 2017-02-27\n---\n"
    "La La Land producer Jordan Horowitz told the audience that Moonlight had won.\n"
    "His fellow producer Fred Berger had already thanked his family.\n"
}


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Producer Fred Horowitz then told the audience that Moonlight had won.", True),
        ("Then Fred Horowitz told the audience that Moonlight had won.", True),
        ("Producer Jordan Horowitz then told the audience that Moonlight had won.", False),
        ("Producer Fred Berger had thanked his family before the mistake was found.", False),
    ],
)
def test_a_common_word_before_a_name_is_no_given_name(
    cli: Cli, tmp_path: Path, sentence: str, caught: bool
) -> None:
    code, findings = check_sentence(cli, tmp_path, OSCARS, "2017-02-28", sentence)
    if caught:
        assert code == 1
        assert ("major", "unsupported-proper-name") in _grades(findings, "FC602"), findings
    else:
        assert (code, _above_info(findings)) == (0, []), findings


COMMITTEE = {
    "a.txt": "---\ndate: 2025-06-06\n---\n"
    "The health agency's emergency committee met by teleconference on Wednesday and Thursday.\n"
    "The agency also convened a panel of ethics experts on Monday.\n"
}


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("The emergency committee met by teleconference on Monday and Tuesday.", True),
        ("The emergency committee met by teleconference on Wednesday and Thursday.", False),
        ("The agency convened a panel of ethics experts on Monday.", False),
    ],
)
def test_each_weekday_a_summary_lists_must_be_stated(
    cli: Cli, tmp_path: Path, sentence: str, caught: bool
) -> None:
    code, findings = check_sentence(cli, tmp_path, COMMITTEE, "2025-06-07", sentence)
    if caught:
        assert code == 1
        assert _grades(findings, "FC602") == [("major", "unsupported-date")], findings
    else:
        assert (code, _above_info(findings)) == (0, []), findings


VOTE = {
    "a.txt": "---\ndate: 2025-06-27\n---\n"
    "Over 17 million people voted to leave (17,410,742), while just over 16 million (16,141,241) "
    "voted to remain.\n"
}


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Leave won the referendum by about 1.3 million votes.", False),
        ("Leave won the referendum by 1,269,501 votes.", False),
        ("Leave won the referendum by about 2.3 million votes.", True),
        # the rounded total beside its exact figure is one figure written twice, no margin
        ("Leave won the referendum by about 400,000 votes.", True),
        # no margin: the difference of two totals bears out no other figure
        ("About 1.3 million people voted in the referendum.", True),
    ],
)
def test_a_margin_is_the_difference_of_two_totals_of_one_sentence(
    cli: Cli, tmp_path: Path, sentence: str, caught: bool
) -> None:
    code, findings = check_sentence(cli, tmp_path, VOTE, "2025-06-28", sentence)
    if caught:
        assert code == 1
        assert ("major", "unsupported-number") in _grades(findings, "FC602"), findings
    else:
        assert (code, _above_info(findings)) == (0, []), findings


def test_a_figure_after_led_by_is_no_margin_of_years(cli: Cli, tmp_path: Path) -> None:
    """A figure after "led by" that heads a group ("led by 45 senators"): two years 45 apart
    ("from 2015 to 2060") bear out no count of senators."""
    reports = {
        "a.txt": "---\ndate: 2025-06-27\n---\nThe climate plan runs from 2015 to 2060, senators said.\n"
    }
    sentence = "The push for the climate plan was led by 45 senators."
    code, findings = check_sentence(cli, tmp_path, reports, "2025-06-28", sentence)
    assert code == 1
    assert ("major", "unsupported-number") in _grades(findings, "FC602"), findings


ELECTION = {
    "a.txt": "---\ndate: 2025-05-02\n---\n"
    "Labour's Jane Rowe took 18,450 votes, up from 15,210 votes at the last election, while the"
    " Conservative Tom Hill got 12,020 votes.\n"
    "The Greens won 65 seats in 2019 and 80 seats this year.\n"
}


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Jane Rowe won the seat by 6,430 votes.", False),
        # a total and its earlier value: their difference is a change, no margin
        ("Jane Rowe won the seat by 3,240 votes.", True),
        ("The Greens led the council by 15 seats.", True),
    ],
)
def test_a_margin_is_no_change_over_time(cli: Cli, tmp_path: Path, sentence: str, caught: bool) -> None:
    code, findings = check_sentence(cli, tmp_path, ELECTION, "2025-05-03", sentence)
    if caught:
        assert code == 1
        assert ("major", "unsupported-number") in _grades(findings, "FC602"), findings
    else:
        assert (code, _above_info(findings)) == (0, []), findings
