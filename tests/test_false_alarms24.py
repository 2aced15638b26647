"""Issue 12 (session 24): false alarms of `review` on a new story (a bridge's opening), read as a
user reads it, through the CLI (init, sources add, extract --write, review). Each test's texts are
invented; each cause has a test that it no longer alarms and one that a real difference still does.

- a count per period ("24 million vehicles will use it each year") met a one-off count ("close to
  100,000 vehicles on its first day"): a rate now has a frame of its own (`.per-year`);
- a difference ("completed almost £250m under budget") met the cost ("£1.35bn"): a figure before
  "under budget", "short of", "more than expected" (or after "over budget by") is no total;
- a plan ("will eventually have a 70mph speed limit") met the limit in force ("a 40mph speed
  limit"): "will eventually", "will ultimately", "expected that" mark a forecast;
- "injured over a dozen" was read as exactly 12 (the approximator was dropped before "a dozen"),
  12 against another report's 14 (a bus crash in the tune split);
- "The other 13 aboard the bus were taken to hospital" was the count of all aboard (29): "the
  other", "the remaining" right before a count make it the rest of a whole, a part;
- "four Germans", "Like many Argentines" were misspellings of Germany and Argentina
  (tests/test_auto_names.py: a listed demonym's plural is a word of its own).
"""

from __future__ import annotations

from typing import Any

import pytest
from registry_review import Review

DAY = "2031-09-05"


def above_info(report: Any) -> list[dict[str, Any]]:
    """The findings above info."""
    return [f for f in report["findings"] if f["grade"] != "info"]


def texts(finding: dict[str, Any]) -> set[str]:
    return {side["text"] for side in finding["sides"]}


def quantity_findings(report: Any) -> list[dict[str, Any]]:
    """The quantity findings above info (far apart, tolerance, within one source)."""
    return [f for f in above_info(report) if f["rule_name"].startswith("quantity.")]


OPENING = "The Harbour Link bridge opened to traffic on Monday. "


# --- a rate is not a one-off count ----------------------------------------------------------------


def test_a_count_per_year_never_meets_a_first_day_count(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, OPENING + "Some 24 million vehicles will use the Harbour Link each year."),
            "paper": (DAY, OPENING + "Close to 100,000 vehicles used the bridge on its first day."),
            "site": (DAY, OPENING + "About 60,000 vehicles a day used the old ferry route."),
        }
    )
    assert quantity_findings(report) == []


def test_two_yearly_counts_far_apart_still_conflict(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, OPENING + "Some 24 million vehicles will use the Harbour Link each year."),
            "paper": (DAY, OPENING + "About two million vehicles will use the Harbour Link every year."),
        }
    )
    [finding] = quantity_findings(report)
    assert finding["grade"] == "critical"
    assert {"Some 24 million vehicles", "About two million vehicles"} <= texts(finding)


def test_a_day_after_is_a_time_not_a_rate(review: Review) -> None:
    # "a day after the opening" dates the count; it is the one-off count another report gives
    report = review(
        {
            "wire": (DAY, OPENING + "Close to 100,000 vehicles crossed the bridge a day after the opening."),
            "paper": (DAY, OPENING + "Some 10,000 vehicles crossed the bridge on its first day."),
        }
    )
    [finding] = quantity_findings(report)
    assert {"Close to 100,000 vehicles", "Some 10,000 vehicles"} <= texts(finding)


# --- a difference is not a total --------------------------------------------------------------------


def test_a_sum_under_budget_never_meets_the_cost(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, OPENING + "Officials said the project was completed almost £250m under budget."),
            "paper": (DAY, OPENING + "The bridge cost £1.35 billion to build."),
            "site": (DAY, OPENING + "The £1.35bn bridge was finished late. It came in over budget by £20m."),
        }
    )
    assert quantity_findings(report) == []


def test_a_cost_far_from_the_others_still_conflicts(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, OPENING + "Officials said the bridge cost £250m to build."),
            "paper": (DAY, OPENING + "The bridge cost £1.35 billion to build."),
        }
    )
    [finding] = quantity_findings(report)
    assert {"£250m", "£1.35 billion"} <= texts(finding)


# --- a plan is not the figure in force ---------------------------------------------------------------


def test_a_limit_the_bridge_will_eventually_have_never_meets_todays(review: Review) -> None:
    report = review(
        {
            "wire": (
                DAY,
                OPENING + "A temporary 40mph speed limit is in place. The bridge will eventually have "
                "a 70mph speed limit thanks to its wind shields.",
            ),
            "paper": (DAY, OPENING + "Drivers queued behind the 40mph speed limit."),
        }
    )
    assert quantity_findings(report) == []


def test_a_limit_in_force_that_differs_still_conflicts(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, OPENING + "The bridge has a 70mph speed limit thanks to its wind shields."),
            "paper": (DAY, OPENING + "Drivers queued behind the 40mph speed limit."),
            "site": (DAY, OPENING + "A 40mph speed limit is in place on the bridge."),
        }
    )
    [finding] = quantity_findings(report)
    assert "70mph" in texts(finding)


# --- an approximator before "a dozen" ---------------------------------------------------------------

CRASH = "A truck and a team bus collided on Friday evening on the highway. "


def test_over_a_dozen_aboard_holds_fourteen(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, CRASH + "Over a dozen people were aboard the bus, police said."),
            "paper": (DAY, CRASH + "Police said 14 people were aboard the bus."),
        }
    )
    assert quantity_findings(report) == []


def test_about_a_dozen_aboard_still_meets_forty(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, CRASH + "About a dozen people were aboard the bus, police said."),
            "paper": (DAY, CRASH + "Police said 40 people were aboard the bus."),
        }
    )
    [finding] = quantity_findings(report)
    assert finding["grade"] == "critical"
    assert {"About a dozen people", "40 people"} <= texts(finding)


# --- the rest of a whole is a part ------------------------------------------------------------------


def test_the_other_thirteen_aboard_are_a_part_of_those_aboard(review: Review) -> None:
    report = review(
        {
            "wire": (
                DAY,
                CRASH + "Police said 29 people were aboard the bus. The driver died. "
                "The other 13 aboard the bus have been taken to hospital.",
            ),
            "paper": (DAY, CRASH + "In all, 29 people were aboard the bus, police said."),
        }
    )
    assert quantity_findings(report) == []


def test_thirteen_aboard_still_meets_twenty_nine(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, CRASH + "Police said 13 people were aboard the bus."),
            "paper": (DAY, CRASH + "In all, 29 people were aboard the bus, police said."),
        }
    )
    [finding] = quantity_findings(report)
    assert {"13 people", "29 people"} <= texts(finding)


# --- review fixes: a time, a whole and an overrun still meet their counterparts ---------------------

QUAKE = "A strong earthquake struck the coastal province on Sunday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The quake killed 40 people on a day that began with a festival.",
        "The quake killed 40 people a day ahead of the festival.",
        "The quake killed 40 people a day's drive from the capital.",
    ],
)
def test_a_toll_on_a_day_or_a_day_ahead_is_no_rate(review: Review, sentence: str) -> None:
    # "on a day that", "a day ahead of", "a day's drive": a moment or a measure, the one-off toll
    report = review({"wire": (DAY, QUAKE + sentence), "paper": (DAY, QUAKE + "The quake killed 400 people.")})
    [finding] = quantity_findings(report)
    assert {"40 people", "400 people"} <= texts(finding)


def test_a_rate_opening_its_sentence_before_a_comma_meets_another_rate(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, OPENING + "Each day, 40,000 vehicles cross the bridge, officials said."),
            "paper": (DAY, OPENING + "Some 4,000 vehicles cross the bridge every day, officials said."),
        }
    )
    [finding] = quantity_findings(report)
    assert {"40,000 vehicles", "Some 4,000 vehicles"} <= texts(finding)


def test_two_overruns_far_apart_still_conflict(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, OPENING + "The bridge was finished £50m over budget."),
            "paper": (DAY, OPENING + "The project went over budget by £80m. The bridge cost £1.35bn."),
        }
    )
    [finding] = quantity_findings(report)
    assert {"£50m", "£80m"} <= texts(finding)


def test_the_rest_of_the_forty_passengers_is_the_whole(review: Review) -> None:
    ferry = "A ferry sank off the island of Korlo on Saturday night. "
    report = review(
        {
            "wire": (DAY, ferry + "The captain died and the rest of the 40 passengers were rescued."),
            "paper": (DAY, ferry + "The ferry was carrying 45 passengers."),
        }
    )
    [finding] = quantity_findings(report)
    assert {"40 passengers", "45 passengers"} <= texts(finding)


def test_miners_short_of_food_are_a_count() -> None:
    from factcheck.extract.frames import difference_of

    text = "Rescuers reached 12 miners short of food. The party won 310 seats, 16 seats short of a majority."
    assert difference_of(text, text.index("12"), text.index(" short")) is None
    assert difference_of(text, text.index("16"), text.index("16 seats") + len("16 seats")) is not None
