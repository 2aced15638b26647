"""The one builder of phrase alternations used by the extractors' word-list patterns."""

import re

from factcheck.wordlists import phrase_alternation


def test_same_pattern_as_the_hand_written_builders_it_replaces() -> None:
    phrases = ["new york", "new york city", "U.S.", "at least", "a.m.", "fire"]
    old = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True))
    assert phrase_alternation(phrases) == old


def test_longest_phrase_wins_and_any_whitespace_joins_words() -> None:
    pattern = re.compile(r"\b(?:" + phrase_alternation(["new york", "new york city"]) + r")\b")
    found = pattern.search("flights to New  York\nCity today".lower())
    assert found is not None
    assert found.group() == "new  york\ncity"


def test_phrases_are_matched_literally() -> None:
    pattern = re.compile(phrase_alternation(["a.m.", "(approx)"]))
    assert pattern.fullmatch("a.m.")
    assert pattern.fullmatch("(approx)")
    assert not pattern.fullmatch("axmx")
