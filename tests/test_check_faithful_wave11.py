"""`check --source`: faithful summaries that follow their sources pass, in the ways news text
restates a figure (Indian scale words, a figure that points back to the sentence before, one verb
after two differently framed figures, an approximator before a bare figure, a rounded or compound
length of time, "on the third day" for "over three days"); the same shapes with a wrong value
still fail. The reports are invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORTS = {
    "wire.txt": (
        "An initial police report showed that about 250,000 people gathered for the fair near the "
        "town, although permission had been granted only for 60,000.\n\n"
        "The state announced Rs 3 lakh for the family of each of the dead. By evening 27 people "
        "were confirmed dead in the district.\n\n"
        '"So far, 412 patients have been discharged and 120 are still being treated," the '
        "district collector said. In all, 900 people were injured.\n"
    ),
    "agency.txt": (
        "As of 9 p.m., 12 of the 140 people on board have been confirmed dead, while 88 others "
        "have been rescued. The fate of the remaining 40 is unknown.\n\n"
        "The ferry carried 124 passengers and 16 crew members. Another 19 are still missing.\n\n"
        "The officer knelt on the man's neck for 7 minutes and 26 seconds. The jury reached its "
        "verdict on the third day of deliberations, after talks that ran for three hours and 50 "
        "minutes on the last afternoon.\n"
    ),
}


def check(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, reports: dict[str, str] = REPORTS
) -> tuple[int, list[str]]:
    """Exit code, and rule and outcome of each finding above info, of one summary sentence."""
    code, findings = check_sentence(cli, tmp_path, reports, "2024-07-04", sentence)
    return code, [f"{f['rule_id']} {f.get('outcome')}" for f in findings if f["grade"] != "info"]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2.5 lakh people attended the fair.",  # lakh, and "gathered" is the crowd there
        "The state gave Rs 3 lakh to each victim's family.",  # the same scale word both sides
        "Permission had been sought for around 60,000.",  # "around" is no counted noun
        "In all 900 people were hurt, of whom 412 had been discharged.",  # one verb, two frames
        "By night 12 were confirmed dead, 88 rescued and 40 still unaccounted for.",  # "the remaining 40"
        "The officer knelt on his neck for about seven and a half minutes.",  # 7 min 26 s, rounded
        "The officer knelt on his neck for more than seven minutes.",  # a bound the length meets
        "The jury deliberated over three days.",  # "on the third day of deliberations"
        "The last session lasted nearly four hours.",  # three hours and 50 minutes
    ],
)
def test_a_faithful_restatement_passes(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> None:
    assert check(cli, tmp_path, sentence) == (0, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3.5 lakh people attended the fair.",  # another figure in the same words
        "Officials said 412 people had been killed.",  # the figure, another verb
        "By evening 27 people were injured in the district.",  # not "were confirmed dead"
        "The ferry carried 19 crew members.",  # "another 19": the noun is not its sentence's
        "The officer knelt on his neck for about nine minutes.",  # not 7 min 26 s rounded
        "The officer knelt on his neck for more than eight minutes.",  # a bound it does not meet
        "The jury deliberated over four days.",  # the third day is not four days
        "The last session lasted nearly five hours.",  # nearly five is not 3 h 50 min
    ],
)
def test_the_same_shape_with_a_wrong_value_fails(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = check(cli, tmp_path, sentence)
    assert code == 1, findings
    assert any(f.startswith("FC602") for f in findings), findings


# a short sentence gives the ordinal, the next one says which event: the years are its words
TALKS = {
    "press.txt": (
        "This is the third summit of its kind. The earlier two, in 2001 and 2009, ended with warm "
        "words but no treaty.\n\n"
        "Ministers will hold the fourth round of talks next month, and the leaders' fourth meeting "
        "this year is set for December.\n"
    ),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the third summit between the two countries, after those of 2001 and 2009.",
        "Their fourth meeting this year is set for December.",  # another noun: meetings, not summits
        "Ministers meet next month for the fourth round of talks.",  # a stage, never judged
    ],
)
def test_an_ordinal_the_sources_give_passes(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    assert check(cli, tmp_path, sentence, TALKS) == (0, [])


def test_an_ordinal_against_a_short_sentence_and_its_years_fails(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    sentence = "It was the fourth summit between the two countries, after those of 2001 and 2009."
    assert check(cli, tmp_path, sentence, TALKS) == (1, ["FC602 other-ordinal"])
