"""Review of session 23's missed numbers (#12): a sum by the week or the year is a rate of pay only
when words of pay say so and no other purpose is named; a record of a kind a name gives, and a
record the sum itself breaks, are no previous record. Short texts written for these tests."""

from __future__ import annotations

import pytest
from quantity_claims import claims_published, published_on

claims = claims_published(published_on("2024-05-17"))


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        ("The company plans to cut costs by $300 million a year.", "$300 million", "auto.measure.money.cost"),
        ("Beta makes $200 million a year in revenue.", "$200 million", "auto.measure.money.revenue"),
        ("The club's wage bill is £400 million a year.", "£400 million", "auto.measure.money"),
        (
            "The new chief executive will be paid $1.2 million a year.",
            "$1.2 million",
            "auto.measure.money.per-year",
        ),
        (
            "The midfielder could earn around £200,000 per week.",
            "around £200,000",
            "auto.measure.money.per-week",
        ),
    ],
)
def test_a_rate_of_pay_needs_words_of_pay_and_no_other_purpose(text: str, words: str, subject: str) -> None:
    assert claims(text)[words].subject == subject


def test_a_yearly_tax_take_is_still_a_forecast() -> None:
    text = "If the casino opens, the state could collect $300 million a year in taxes."
    assert "$300 million" not in {
        k for k, c in claims(text).items() if c.subject.startswith("auto.measure.money")
    }


@pytest.mark.parametrize(
    "text",
    [
        "It smashed the previous Old Master record of $76.6 million.",
        "The previous record was shattered on Tuesday when Acme paid $2 billion for Beta.",
    ],
)
def test_no_previous_record(text: str) -> None:
    [claim] = [c for c in claims(text).values() if c.unit == "USD"]
    assert claim.subject != "auto.measure.money.previous-record"
