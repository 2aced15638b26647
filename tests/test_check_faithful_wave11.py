"""`check --source`: faithful summaries that follow their sources pass, in the ways news text
restates a figure (Indian scale words, a figure that points back to the sentence before, one verb
after two differently framed figures, an approximator before a bare figure, a rounded or compound
length of time, "on the second day of testimony" for "over two days of testimony"); the same shapes
with a wrong value, or the right value on the wrong subject, still fail. The reports are invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORTS = {
    "relief.txt": (
        "Relief officials said 3.2 lakh residents had moved into camps by Tuesday. Each bereaved "
        "household will get compensation of Rs 4 lakh from the district fund.\n\n"
        "The stadium had been cleared for 45,000, the city said.\n\n"
        "A total of 530 people were hurt in the blast. Doctors said 260 patients have been sent "
        "home, while 95 are still in intensive care.\n"
    ),
    "valley.txt": (
        "Of the 60 villagers caught by the mudslide, rescuers had reached 23 by Sunday, and 11 of "
        "them were found alive. The fate of the remaining 37 is not known.\n\n"
        "The surgeon operated on the injured driver for 5 hours and 35 minutes. Floods delayed "
        "the ambulance by 3 hours.\n\n"
        "The inquest was adjourned on the second day of testimony.\n"
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
        "By Tuesday some 320,000 residents were living in camps.",  # 3.2 lakh at its scale
        "Bereaved households will receive Rs 4 lakh each.",  # the same scale word both sides
        "The city had cleared the stadium for around 45,000.",  # "around" is no counted noun
        "The blast hurt 530 people, of whom 260 have been sent home.",  # one verb, two frames
        # "the remaining 37": the clause before restated with its own figures lends its words
        "Of the 60 villagers caught by the mudslide, rescuers had reached 23 and 37 were missing.",
        "The surgeon operated for about five and a half hours.",  # 5 h 35 min, rounded
        "The surgeon operated for more than five hours.",  # a bound the length meets
        "The inquest heard over two days of testimony.",  # "on the second day of testimony"
    ],
)
def test_a_faithful_restatement_passes(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> None:
    assert check(cli, tmp_path, sentence) == (0, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday some 420,000 residents were living in camps.",  # another figure, same words
        "The blast killed 260 people.",  # the figure, another verb
        "The surgeon operated for about seven hours.",  # not 5 h 35 min rounded
        "The surgeon operated for more than six hours.",  # a bound it does not meet
        "The inquest heard over three days of testimony.",  # the second day is not three days
    ],
)
def test_the_same_shape_with_a_wrong_value_fails(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = check(cli, tmp_path, sentence)
    assert code == 1, findings
    assert any(f.startswith("FC602") for f in findings), findings


# the right number given to the wrong subject: each figure is in the reports, about something else
TOLL = {
    "wire.txt": (
        "A bus carrying 58 pilgrims plunged into a gorge on Monday. Rescuers pulled out 31 bodies "
        "by Tuesday, taking the death toll to 31. The fate of the remaining 27 is unclear.\n\n"
        "Some 6,000 stewards were posted along the marathon route on Sunday. Race officials put "
        "the field at about 38,000 runners.\n"
    ),
    "desk.txt": (
        "The trade fair in Lyon lasted four days. On the second day, exhibitors signed a supply "
        "deal.\n\n"
        "Protests continued for a second day on Friday in the capital. Talks in Geneva, which "
        "began in March, have now lasted six weeks.\n\n"
        "The ferry from Piraeus was held in port for 8 hours by the gale. Linesmen worked for 12 "
        "hours to restore power to the island.\n"
    ),
}


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll reached 27 by Tuesday.",  # 27 is the missing, after "the remaining"
        "Race officials put the field at around 6,000 on Sunday.",  # 6,000 stewards, not runners
        "The trade fair in Lyon lasted two days.",  # the second day of a four-day fair
        "Exhibitors negotiated the supply deal for two days.",  # "on the second day" names no activity
        "Talks in Geneva lasted two days.",  # the protests' second day; the talks' six weeks
        "Linesmen worked for about 11 hours to restore power.",  # they worked 12: no rounding of it
        "The gale held the ferry in port for about nine hours.",  # 8 hours, stated whole
    ],
)
def test_the_right_number_on_the_wrong_subject_fails(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings = check(cli, tmp_path, sentence, TOLL)
    assert code == 1, findings
    assert any(f.startswith("FC602") for f in findings), findings


# different crowds at different events: a crowd's figure "gathered" is not another event's
CROWDS = {
    "court.txt": (
        "About 2,500 people gathered outside the high court in Lucknow on Tuesday as the sentence was read.\n"
    ),
    "funeral.txt": "More than 15,000 people attended the funeral of the victims in Lucknow on Thursday.\n",
}


def test_a_crowd_at_another_event_is_no_support(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "About 15,000 people gathered outside the Lucknow court on Tuesday."
    code, findings = check(cli, tmp_path, sentence, CROWDS)
    assert code == 1, findings


def test_a_crowd_restated_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    sentence = "Some 2,500 people gathered outside the court in Lucknow on Tuesday."
    assert check(cli, tmp_path, sentence, CROWDS) == (0, [])


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
