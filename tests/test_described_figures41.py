"""Issue 12 (session 41): a place's population described in an apposition meets another report's
figure for the same place. "The tornado hit Moore, an Oklahoma City suburb of 41,000 people" was
no population at all (a suburb was no place noun), and where it was, the figure went to the last
name written before it (Oklahoma City), not the place the apposition describes; "Moore is a
community of 56,000 people" then never met it. (A sentence opening "At 82, Higgs …" stays no age:
tests/test_frames_ages_said.py, golf scores and a batsman's runs open sentences so too.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from registry_review import Review
from summary_check import check_sentence


def between(report: dict[str, Any], frame_part: str) -> list[dict[str, Any]]:
    """The findings above info whose every side's frame has `frame_part`."""
    return [
        f
        for f in report["findings"]
        if f["grade"] != "info" and all(frame_part in (s.get("frame") or "") for s in f["sides"])
    ]


MOORE = "The tornado hit Moore, an Oklahoma City suburb of 41,000 people, on Monday."
TACLOBAN = "The storm flattened Tacloban, the Leyte provincial capital of 200,000 people."


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        # a suburb described, and the same place as a sentence's subject
        (
            MOORE,
            "The tornado hit on Monday. Moore is a community of 56,000 people.",
            {"41,000 people", "56,000 people"},
        ),
        # a capital described is the place, not its province
        (TACLOBAN, "The storm flattened Tacloban, a coastal city of 220,000.", {"200,000 people", "220,000"}),
    ],
)
def test_one_places_population_meets_another_reports(
    review: Review, first: str, second: str, texts: set[str]
) -> None:
    report = review({"one": ("2013-05-21", first), "two": ("2013-05-21", second)})
    found = between(report, "population")
    assert len(found) == 1, report["findings"]
    assert {s["text"] for s in found[0]["sides"]} >= texts


def test_two_places_populations_never_meet(review: Review) -> None:
    # the wrong twin: a city and its suburb are two populations
    report = review(
        {
            "leader": (
                "2013-05-21",
                MOORE,
            ),
            "monitor": (
                "2013-05-21",
                "The tornado hit on Monday near Oklahoma City, a city of 600,000 people.",
            ),
        }
    )
    assert between(report, "population") == []


def test_a_place_pointed_back_to_leaves_its_population_open(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # "through this Oklahoma City suburb of 41,000 people" names its place in another sentence:
    # the figure is a population of no place named here (not of "Amy Elliot", whom the sentence
    # opens with), so a faithful summary's "Moore, an Oklahoma City suburb of 41,000" is borne out
    report = (
        "A tornado struck Moore on Monday. Amy Elliot, spokeswoman for the state medical examiner's "
        "office, said the storm cut a path more than a mile wide through this Oklahoma City suburb "
        "of 41,000 people.\n"
    )
    summary = (
        "Monday's tornado in Moore, an Oklahoma City suburb of 41,000, cut a path more than a mile wide."
    )
    code, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "2013-05-21", summary)
    assert code == 0, findings
    wrong = summary.replace("41,000", "14,000")
    code, findings = check_sentence(cli, tmp_path, {"a.txt": report}, "2013-05-21", wrong)
    assert code == 1, findings
