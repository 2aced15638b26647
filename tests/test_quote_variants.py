"""One quotation printed in two house styles is the same words: British/American spelling,
"towards"/"toward", hyphen or space, numerals or number words (excerpts of real coverage of the
2015 Ormoc ferry capsizing, where AFP and its clients printed one quote both ways)."""

from __future__ import annotations

import pytest

from factcheck.extract.text import quote_words
from factcheck.rules.checks.quotes import _contains, wording_change


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "while some were rescued while swimming toward the shore",
            "while some were rescued while swimming towards the shore",
        ),
        (
            "if there was a faulty maneuver, the stability of the vessel",
            "if there was a faulty manoeuvre, the stability of the vessel",
        ),
        ("the organisers said the colour was grey", "the organizers said the color was gray"),
        ("twenty-five families lost half their homes", "25 families lost half their homes"),
        ("one hundred and twenty men", "120 men"),
        ("we lost 1,000 homes", "we lost 1000 homes"),
        ("a rise of 5 per cent", "a rise of 5%"),
        ("a half-hour later", "a half hour later"),
        ("it didn’t sink", "it didn't sink"),
        # -isation is -ization in any word, listed in breame's table or not
        ("complete denuclearisation will be achieved", "complete denuclearization will be achieved"),
        ("the weaponisations of water", "the weaponizations of water"),
    ],
)
def test_orthographic_variants_are_the_same_words(a: str, b: str) -> None:
    assert quote_words(a) == quote_words(b)


def test_a_closed_or_open_compound_is_the_same_words() -> None:
    assert _contains(quote_words("the ceasefire will hold"), quote_words("cease-fire will"))
    assert _contains(quote_words("the cease fire will hold"), quote_words("the ceasefire"))
    # letters that run across a word boundary on one side only are not an excerpt
    assert not _contains(quote_words("the ceasefire will hold"), quote_words("fire will"))


def test_a_different_word_is_not_a_variant() -> None:
    assert quote_words("swimming toward the shore") != quote_words("swimming from the shore")
    assert wording_change(quote_words("three ships sank"), quote_words("two ships sank"))[0] == (
        "number-changed"
    )


def test_only_listed_endings_fold() -> None:
    # -ise is not folded by its ending ("prise" and "prize" are two words), nor is a word that is
    # all ending
    assert quote_words("they tried to prise it open") != quote_words("they tried to prize it open")
    assert quote_words("isation") == ["isation"]
    # a different word with the folded ending is still a different word
    assert wording_change(
        quote_words("the normalisation of ties"), quote_words("the normalization of trade")
    )[0] == ("altered-wording")
