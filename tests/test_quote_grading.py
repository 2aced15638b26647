"""FC301 grades a changed quotation by how much its wording changed."""

from __future__ import annotations

import pytest

from factcheck.extract.text import quote_words
from factcheck.rules.checks.quotes import wording_change


@pytest.mark.parametrize(
    ("a", "b", "outcome", "changed"),
    [
        (
            "I have never felt so strong tremors before",
            "I have never felt such strong tremors before",
            "minor-wording",
            "so → such",
        ),
        ("we did not receive the aid", "we did not recieve the aid", "minor-wording", "receive → recieve"),
        ("a fair deal for every farmer", "a good deal for every farmer", "altered-wording", "fair → good"),
        ("we will retreat", "we won't retreat", "negation-changed", "will → won't"),
        ("the bridge will reopen soon", "the bridge will never reopen soon", "negation-changed", "∅ → never"),
        ("we lost 40 containers", "we lost 50 containers", "number-changed", "40 → 50"),
        ("three ships sank", "two ships sank", "number-changed", "3 → 2"),  # number words as numerals
    ],
)
def test_outcome_follows_the_words_that_changed(a: str, b: str, outcome: str, changed: str) -> None:
    assert wording_change(quote_words(a), quote_words(b)) == (outcome, changed)


def test_a_partial_quote_is_set_against_the_run_it_matches() -> None:
    long = (
        "It is so terrible. The quake two years ago was nothing like it. I have never felt so strong tremors"
    )
    short = "I have never felt such strong tremors"
    assert wording_change(quote_words(short), quote_words(long)) == ("minor-wording", "such → so")
