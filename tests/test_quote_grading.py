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
        # a synonym put for one content word, the rest kept: a second wording (issue 12, session 20)
        ("a fair deal for every farmer", "a good deal for every farmer", "words-swapped", "fair → good"),
        ("a good deal for every farmer", "a bad deal for every farmer", "altered-wording", "good → bad"),
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


def test_a_tidied_transcript_with_the_same_content_words_is_minor() -> None:
    said = "That is, is heartbreaking, because it doesn't mean to me that we're going to be successful, as successful as we would want to be to find people alive."
    printed = "That is heartbreaking because it doesn't mean to me that we are going to be as successful as we wanted to be in finding people alive."
    assert wording_change(quote_words(said), quote_words(printed))[0] == "minor-wording"


def test_content_words_swapped_or_replaced_stay_altered() -> None:
    assert (
        wording_change(
            quote_words("Russia attacked Ukraine today"), quote_words("Ukraine attacked Russia today")
        )[0]
        == "altered-wording"
    )
    # opposites (data/opposites.yaml) turn the statement round, however close the rest is
    assert (
        wording_change(
            quote_words("we want a good deal for everyone"), quote_words("we want a bad deal for everyone")
        )[0]
        == "altered-wording"
    )


def test_a_short_quote_meets_a_long_one_only_in_one_stretch_of_it() -> None:
    from factcheck.extract.text import same_statement

    paragraph = quote_words(
        "We had dogs out in the middle of the night, looking for survivors in the rubble, but it was just "
        "so dangerous. The problem is the building has literally pancaked. It has gone down."
    )
    assert same_statement(quote_words("The building is literally pancaked"), paragraph)
    assert not same_statement(
        quote_words("and literally half of that building is not there anymore"), paragraph
    )


def test_an_auxiliary_verb_swapped_alone_is_the_same_statement() -> None:
    a, b = (
        quote_words("The building is literally pancaked"),
        quote_words("the building has literally pancaked"),
    )
    assert wording_change(a, b)[0] == "auxiliary-only"
    assert wording_change(quote_words("the building has collapsed"), quote_words("the bridge has collapsed"))[
        0
    ] != ("auxiliary-only")
