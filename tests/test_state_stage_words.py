"""A state at a moment (missing, in hospital, in critical condition) in two reports of one day:
words that it holds now ("still", "remain") and bounds ("at least", "more than") tell no time of
their own, so the two figures are rivals; words of a change or an hour ("rose to", "by evening",
"initially", "revised"), a tally (deaths), different days and month-only reports keep the update."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from test_running_unknown_order import figure
from test_running_unknown_order import outcome as check_outcome
from test_same_day_reports_cli import graded, reviewed

from factcheck.extract.frames import present_word
from factcheck.model import QuantityClaim

DAY = dt.date(2025, 5, 6)


def outcome(a: QuantityClaim, b: QuantityClaim) -> str | None:
    """What FC102 says of the pair, else FC101."""
    return check_outcome("number_tolerance", a, b) or check_outcome("magnitude_gap", a, b)


MISSING = "auto.count.missing"


@pytest.mark.parametrize("words", ["still", "remain", "remains"])
def test_words_that_a_state_holds_now_tell_no_time(words: str) -> None:
    assert present_word(words)
    a = figure(26, MISSING, DAY, stage=words)
    b = figure(19, MISSING, DAY, stage=words)
    assert outcome(a, b) == "outside-tolerance"


@pytest.mark.parametrize("bound", ["at least", "more than"])
def test_a_bound_on_a_state_the_same_day_is_a_rival(bound: str) -> None:
    a = figure(60, "auto.count.critical", DAY, approx=bound, stage=bound)
    b = figure(32, "auto.count.critical", DAY)
    assert outcome(a, b) == "outside-tolerance"


@pytest.mark.parametrize("words", ["rose to", "by evening", "so far", "as of"])
def test_words_of_a_change_or_an_hour_keep_the_update(words: str) -> None:
    assert not present_word(words)
    a = figure(26, MISSING, DAY, stage=words)
    b = figure(19, MISSING, DAY)
    assert outcome(a, b) == "figure-updated"


def test_a_revised_state_keeps_the_update() -> None:
    a = figure(26, MISSING, DAY).model_copy(update={"revised": True})
    assert outcome(a, figure(19, MISSING, DAY)) == "figure-updated"


def test_a_tally_still_being_counted_keeps_the_update() -> None:
    # deaths only grow: "still" and "at least" on a toll are what an hour's count looks like
    a = figure(26, "auto.count.deaths", DAY, stage="at least", approx="at least")
    b = figure(19, "auto.count.deaths", DAY, stage="still")
    assert outcome(a, b) == "figure-updated"


def test_a_month_only_report_keeps_the_update() -> None:
    # a report dated only by its month may be of any stage
    a = figure(70, MISSING, None, stage="at least", approx="at least")
    b = figure(40, MISSING, DAY)
    assert outcome(a, b) == "figure-updated"


def test_different_days_keep_the_update() -> None:
    a = figure(19, MISSING, DAY, stage="still")
    b = figure(26, MISSING, DAY + dt.timedelta(days=1), stage="still")
    assert outcome(a, b) == "figure-updated"


CLI = Callable[..., Result]


@pytest.fixture
def review(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    return lambda reports: reviewed(cli, tmp_path, monkeypatch, reports)


def test_two_reports_of_one_day_still_missing_disagree(review: Callable[..., Any]) -> None:
    report = review(
        {
            "wire": (
                "2025-05-06",
                "A ferry capsized off Corran on Tuesday. At least 26 people were still missing, "
                "the coast guard said.",
            ),
            "paper": (
                "2025-05-06",
                "A ferry capsized off Corran on Tuesday, and 19 people were still missing, the coast guard said.",
            ),
        }
    )
    assert graded(report)[MISSING] == "major"


# Pairs of one story that must stay at info: tolls and states that change between reports (hours
# given, words of a change, a revision, a month-only report), a figure and its conversion, and two
# different counted things in one sentence.
AT_INFO = {
    "rising toll, hours given": {
        "am": (
            "2025-05-06T08:00+00:00",
            "A fire at a market in Tavel on Tuesday killed 12 people, police said.",
        ),
        "pm": ("2025-05-06T19:30+00:00", "The death toll from Tuesday's market fire in Tavel rose to 31."),
    },
    "toll of one day, no hours": {
        "one": ("2025-05-06", "A bus fell into a gorge near Brel on Tuesday, killing 14 people."),
        "two": ("2025-05-06", "At least 19 people died when a bus fell into a gorge near Brel on Tuesday."),
    },
    "missing by evening": {
        "one": ("2025-05-06", "Floods hit Orla on Tuesday and 22 people were missing, officials said."),
        "two": (
            "2025-05-06",
            "Floods hit Orla on Tuesday. By evening, officials said, 9 people were still missing.",
        ),
    },
    "missing at first": {
        "one": (
            "2025-05-06",
            "A mine flooded at Hesk on Tuesday. Officials initially said 50 miners were missing; "
            "later they said most had reached the surface.",
        ),
        "two": ("2025-05-06", "A mine flooded at Hesk on Tuesday and 18 miners were missing."),
    },
    "missing revised": {
        "one": ("2025-05-06", "A boat sank off Dray on Tuesday; 30 people were missing."),
        "two": (
            "2025-05-06",
            "A boat sank off Dray on Tuesday. The coast guard revised the number of missing down to 15.",
        ),
    },
    "missing falls as the toll rises": {
        "one": (
            "2025-05-06",
            "A tower block collapsed in Ardo on Tuesday, killing 4 people. At least 30 people were still missing.",
        ),
        "two": (
            "2025-05-06",
            "A tower block collapsed in Ardo on Tuesday, killing 9 people. 21 people were still missing.",
        ),
    },
    "missing, month-only report": {
        "one": ("2025-05", "At least 70 people were missing after a dam burst at Fenn on Tuesday."),
        "two": ("2025-05-06", "A dam burst at Fenn on Tuesday and 40 people were missing."),
    },
    "a figure and its conversion": {
        "one": ("2025-05-06", "The quake struck at a depth of 10 kilometres (6 miles) near Sarn on Tuesday."),
        "two": ("2025-05-06", "The quake near Sarn on Tuesday was 6 miles deep."),
    },
    "two counted things in one sentence": {
        "one": ("2025-05-06", "The blast in Vey on Tuesday killed 20 people and injured 60."),
        "two": ("2025-05-06", "Sixty people were injured and 20 killed in the blast in Vey on Tuesday."),
    },
}


@pytest.mark.parametrize("case", sorted(AT_INFO))
def test_changes_conversions_and_other_things_stay_at_info(
    case: str, cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = reviewed(cli, tmp_path, monkeypatch, AT_INFO[case])
    assert {f["grade"] for f in report["findings"]} <= {"info"}, report["findings"]
