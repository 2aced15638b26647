"""FC301 between sources: one statement taken down in other words by two outlets is a minor
discrepancy (`reworded`), never major; a checked summary that rewords a quotation stays major;
a changed meaning (a negation, a number, the words' order, mostly other words) stays major."""

from __future__ import annotations

import pytest

from factcheck.model import Grade, QuoteClaim, Tier
from factcheck.registry.standard import STANDARD_RULES
from factcheck.rules.checks.base import CheckInput
from factcheck.rules.checks.quotes import quote_wording
from factcheck.rules.loader import load_rule_file

RULE = load_rule_file(STANDARD_RULES / "FC301-quote-wording.yaml").rule


def quoted(words: str, source: str) -> QuoteClaim:
    """One outlet's quotation of a rescue chief's statement."""
    return QuoteClaim(
        id=f"{source}.q", source=source, text=f"“{words},” the chief said.", words=words, describes="briefing"
    )


def grade(a: str, b: str, in_check: bool = False) -> Grade | None:
    """FC301's grade for two quotations of one statement (in a review, or in `check`); None for
    no finding."""
    claims = {"a": quoted(a, "wire"), "b": quoted(b, "daily")}
    verdict = quote_wording(CheckInput(claims, {"a": Tier.NEWS, "b": Tier.NEWS}, {}))
    return None if verdict is None else RULE.grade_for(verdict.outcome, in_check)


# two outlets' notes of one briefing, a word or two apart: the rest kept, in order
REWORDED = [
    (
        "It was a terrible night for everyone in the valley and we are still counting the damage",
        "It was an awful night for everyone in the valley and we are still counting the damage",
    ),
    (
        "The water came up faster than anybody could have predicted",
        "The water came up faster than anybody could imagine",
    ),
    (
        "the company will now pay for every family's repairs",
        "the company will pay for every family's repairs",
    ),
    (
        "We had a long and very honest meeting and agreed to meet again in the spring",
        "We had a long, honest meeting and we agreed to meet again in spring",
    ),
    (
        "I am proud of the crews who worked through the night to keep the town safe",
        "I am so proud of the crews that worked all night to keep the town safe",
    ),
]


@pytest.mark.parametrize(("a", "b"), REWORDED)
def test_one_statement_in_other_words_is_minor_between_sources(a: str, b: str) -> None:
    assert grade(a, b) is Grade.MINOR
    assert grade(b, a) is Grade.MINOR


@pytest.mark.parametrize(("a", "b"), REWORDED[:2])
def test_a_checked_summary_that_rewords_a_quotation_stays_major(a: str, b: str) -> None:
    assert grade(a, b, in_check=True) is Grade.MAJOR


# the meaning changed: never lowered
ALTERED = [
    ("The bridge is safe to cross", "The bridge is not safe to cross"),  # a negation
    ("We have found 12 of the missing", "We have found 21 of the missing"),  # a number
    ("the army will leave the city by Friday", "by Friday the city will leave the army"),  # order
    ("we stand with our partners", "our friends can count on us"),  # other words
]


@pytest.mark.parametrize(("a", "b"), ALTERED)
def test_a_changed_meaning_stays_major(a: str, b: str) -> None:
    assert grade(a, b) is Grade.MAJOR


# the same words: an excerpt, a house spelling, an auxiliary swapped: nothing above info
SAME_WORDS = [
    ("The levee held", "The levee held, but only just"),
    ("The harbour is closed to every vessel", "The harbor is closed to every vessel"),
    ("The roof is completely collapsed", "The roof has completely collapsed"),
]


@pytest.mark.parametrize(("a", "b"), SAME_WORDS)
def test_the_same_words_are_never_above_info(a: str, b: str) -> None:
    found = grade(a, b)
    assert found is None or found is Grade.INFO
