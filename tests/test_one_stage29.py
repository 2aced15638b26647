"""Issue 12, session 29: a figure that differs between reports is an update (info) only when
something shows the story moved between them.

Before, a tally (injured, children among the dead) in two reports of one day without hours was
always "figure updated", graded info, and so was a rise between two days, even when both reports
gave the same death toll: "28 injured" and "31 injured" at 121 dead a day apart, or seven and nine
children among 24 dead, were hidden from an editor. The death toll is the story's clock: at one
toll, with no word of a change, the two figures are of one moment and their gap is an error.
"""

from __future__ import annotations

from typing import Any

from registry_review import Review


def numbers(report: Any, frame: str) -> list[tuple[str, str, set[str]]]:
    """(grade, outcome, side texts) of the number findings with a side in `frame`."""
    return [
        (f["grade"], f["outcome"], {s["text"] for s in f["sides"]})
        for f in report["findings"]
        if f["rule_id"] in ("FC101", "FC102") and any(s.get("frame") == frame for s in f["sides"])
    ]


FIRST = "A stampede killed 121 people in Hathras and left 28 injured, officials said."


def injured(review: Review, day: str, text: str) -> list[tuple[str, str, set[str]]]:
    """The injured findings of a report of 2024-07-03 (121 dead, 28 injured) and one of `day`."""
    return numbers(review({"wire": ("2024-07-03", FIRST), "agency": (day, text)}), "auto.count.injured")


def test_a_same_day_disagreement_at_one_toll_is_major(review: Review) -> None:
    second = "A stampede killed 121 people in Hathras, while 40 were injured, officials said."
    assert injured(review, "2024-07-03", second) == [("major", "outside-tolerance", {"28", "40"})]


def test_a_rise_a_day_later_at_one_toll_without_a_word_of_change_is_major(review: Review) -> None:
    second = "A stampede killed 121 people in Hathras, while 40 were injured, officials said."
    assert [grade for grade, _, _ in injured(review, "2024-07-04", second)] == ["major"]


def test_a_word_of_change_keeps_an_update_at_one_toll(review: Review) -> None:
    second = "A stampede killed 121 people in Hathras. The number of injured rose to 40, officials said."
    found = injured(review, "2024-07-04", second)
    assert found
    assert {grade for grade, _, _ in found} == {"info"}


def test_a_rising_toll_in_a_later_report_that_says_rose_to_stays_an_update(review: Review) -> None:
    early = "A stampede at a religious gathering killed 50 people, officials said."
    later = "The death toll from the stampede rose to 60 on Wednesday, officials said."
    report = review({"early": ("2024-07-02", early), "later": ("2024-07-03", later)})
    assert [(grade, outcome) for grade, outcome, _ in numbers(report, "auto.count.deaths")] == [
        ("info", "figure-updated")
    ]


def test_a_fixed_measure_differing_across_hours_is_major(review: Review) -> None:
    report = review(
        {
            "morning": ("2013-05-20T09:00:00", "A tornado 1.3 miles wide struck Moore, Oklahoma, on Monday."),
            "evening": ("2013-05-20T21:00:00", "A tornado two miles wide struck Moore, Oklahoma, on Monday."),
        }
    )
    grades = [f["grade"] for f in report["findings"] if f["rule_id"] == "FC102"]
    assert grades == ["major"]


def test_a_state_in_a_story_with_no_toll_is_compared(review: Review) -> None:
    # no death toll and no rescue in either report: a state (missing) of one day is one stage
    report = review(
        {
            "wire": (
                "2010-04-21",
                "An explosion on the oil rig left 11 workers missing, the Coast Guard said.",
            ),
            "agency": (
                "2010-04-21",
                "An explosion on the oil rig left 12 workers missing, the Coast Guard said.",
            ),
        }
    )
    assert [grade for grade, _, _ in numbers(report, "auto.count.missing")] == ["major"]


def test_a_tally_in_a_story_with_no_toll_may_have_grown(review: Review) -> None:
    # with no toll to tell the stage, injured (a tally) may have grown between two days
    report = review(
        {
            "early": ("2013-02-15", "The meteor blast injured 400 people in Chelyabinsk, officials said."),
            "later": ("2013-02-16", "The meteor blast injured 1000 people in Chelyabinsk, officials said."),
        }
    )
    found = numbers(report, "auto.count.injured")
    assert found
    assert {grade for grade, _, _ in found} == {"info"}
