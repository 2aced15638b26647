"""`check --source`: a known person tied to the place and time a source sentence gives another
person ("met Joe Biden in Geneva in June and Narendra Modi in New Delhi in December") is
contradicted by that sentence (FC602 `name-replaced`); invented reports, not the seeds (issue 14,
session 15)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

REPORT = (
    "The minister had few foreign trips last year. "
    "She met Irish President Aoife Brennan in Dublin in March 2021 and Chilean President "
    "Tomas Vidal in Santiago in October 2021.\n"
    "Officials said President Tomas Vidal would visit Oslo next spring.\n"
)


def _outcomes(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, set[tuple[str, str]]]:
    code, findings = check_sentence(cli, tmp_path, {"report.txt": REPORT}, "2022-01-10", sentence)
    return code, {(f["outcome"], f["grade"]) for f in findings if f["grade"] != "info"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Her trips included a meeting with Chilean President Tomas Vidal in Dublin in March 2021.",
        "She met President Aoife Brennan in Santiago in October 2021.",
    ],
)
def test_a_person_given_another_persons_place_and_time_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, outcomes = _outcomes(cli, tmp_path, sentence)
    assert code == 1
    assert ("name-replaced", "major") in outcomes


@pytest.mark.parametrize(
    "sentence",
    [
        # the person's own place and time, or part of them
        "Her trips included a meeting with Chilean President Tomas Vidal in Santiago in October 2021.",
        "She met Tomas Vidal in Santiago.",
        "She met Aoife Brennan in Dublin in March 2021 and Tomas Vidal in Santiago in October 2021.",
        # both people named: no swap to tell
        "She met Aoife Brennan in Dublin, months before she met Tomas Vidal in Santiago.",
        # negated: where the person was not
        "She did not meet Chilean President Tomas Vidal in Dublin in March 2021.",
        # the person not tied to the place by a place phrase of its own
        "Tomas Vidal said the Dublin meeting in March 2021 went well.",
        # a place the sources give the person in another sentence
        "Tomas Vidal will visit Oslo next spring.",
    ],
)
def test_a_person_at_their_own_place_or_untied_passes(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, outcomes = _outcomes(cli, tmp_path, sentence)
    assert code == 0, outcomes
