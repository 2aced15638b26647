"""A past progressive after a relative clause owns a date of its own clause only (review of
session 26, fa26): a clause opener after it (", and", ", which") starts another clause, so a
date there is not the progressive's, and the relative clause's event keeps it."""

from __future__ import annotations

from typing import Any

from registry_review import Review

DAY = "2031-09-05"


def _dates(report: Any) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule_name"].startswith("date.")]


def test_a_date_in_a_later_clause_is_not_the_progressive_s(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, "The ferry capsized off the coast on Wednesday."),
            "paper": (
                DAY,
                "The ferry that capsized off the coast was carrying 400 people, and it was early on Thursday.",
            ),
        }
    )
    [finding] = _dates(report)
    assert {"on Wednesday", "early on Thursday"} <= {s["text"] for s in finding["sides"]}


def test_the_progressive_still_owns_a_date_of_its_own_clause(review: Review) -> None:
    report = review(
        {
            "wire": (DAY, "The ferry capsized off the coast on Wednesday."),
            "paper": (
                DAY,
                "The captain of the ferry that capsized off the coast was facing an investigation "
                "on Thursday. The ferry capsized on Wednesday.",
            ),
        }
    )
    assert _dates(report) == []
