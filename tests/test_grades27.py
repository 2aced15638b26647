"""Grades `review` gives after session 27's review of grade26 (issue 12), as a user sees them:

- two whole percentages of one thing a few points apart ("51% of the vote" / "54% of the
  vote") are `close-percents`, graded minor (a share is rounded and updated as it is counted);
  further apart they stay major; a percent subject is never swept (engine/sweep.py predicts
  only the outcomes of plain counts), so a big percent subject meets no unpredicted outcome;
- "two of the ..." in a quotation is a part of a group, not the whole group "both" / "the two".
"""

from __future__ import annotations

from typing import Any

from registry_review import Review

from factcheck.model import QuantityClaim
from factcheck.rules.checks.quantities import plain_point


def _findings(review: Review, *texts: str) -> list[dict[str, Any]]:
    """The findings of `review` on reports of one day (the shared CLI path, tests/registry_review.py)."""
    return review({f"r{i}": ("2024-03-04", text) for i, text in enumerate(texts)})["findings"]  # type: ignore[no-any-return]


def _graded(findings: list[dict], rule: str) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f["outcome"], f["grade"]) for f in findings if f["rule_id"] == rule]


VOTE = "In Sunday's referendum in Varnia, {}% of the vote went to the proposal, officials said."


def test_whole_percentages_a_few_points_apart_are_minor(review: Review) -> None:
    findings = _findings(review, VOTE.format(51), VOTE.format(54))
    assert _graded(findings, "FC102") == [("close-percents", "minor")], findings


def test_percentages_far_apart_stay_major(review: Review) -> None:
    findings = _findings(review, VOTE.format(41), VOTE.format(54))
    assert [g for _, g in _graded(findings, "FC102")] == ["major"], findings


def test_a_percentage_is_never_swept() -> None:
    share = QuantityClaim(
        id="a.x-quantity-1",
        source="a",
        subject="auto.measure.percent.vote",
        text="54%",
        value=54,
        unit="%",
    )
    count = share.model_copy(update={"unit": "people", "subject": "auto.count.passengers"})
    assert not plain_point(share)
    assert plain_point(count)


def test_two_of_the_parties_is_not_both_in_a_quotation(review: Review) -> None:
    said = (
        'The mediator said: "This is the contract that united {} parties after years of talks." '
        "It was released on Thursday in Barcelona."
    )
    findings = _findings(review, said.format("two of the"), said.format("both"))
    assert _graded(findings, "FC301") == [("number-changed", "major")], findings


def test_the_two_words_still_read_as_both() -> None:
    from factcheck.rules.checks.quotes import same_number_words

    assert same_number_words(["united", "the", "two", "parties"], ["united", "both", "parties"])[0] == [
        "united",
        "both",
        "parties",
    ]
    two_of = ["united", "two", "of", "the", "parties"]
    assert same_number_words(two_of, ["united", "both", "parties"])[0] == two_of
