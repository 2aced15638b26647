"""Extraction of quotes: the words, what they describe, and who said them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import Candidate, extract_text
from factcheck.extract.sources import load_registry_leniently
from factcheck.model import QuoteClaim
from factcheck.registry import Registry

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def registry() -> Registry:
    """The bundled registry (its entities name the speakers)."""
    return load_registry_leniently(ROOT)[0]


def quotes(text: str, registry: Registry | None = None) -> list[Candidate]:
    """Candidates that are quotes."""
    return [c for c in extract_text(text, registry=registry) if isinstance(c.claim, QuoteClaim)]


def quote(candidate: Candidate) -> QuoteClaim:
    """The candidate's claim as a QuoteClaim."""
    assert isinstance(candidate.claim, QuoteClaim)
    return candidate.claim


def test_a_quote_used_as_a_modifier_takes_the_noun_phrase_it_describes() -> None:
    (found,) = quotes("He and Xi signed a “no boundaries” friendship pact hours before the opening.")
    claim = quote(found)
    assert claim.words == "no boundaries"
    assert claim.text == "“no boundaries” friendship pact"
    assert found.thing == "friendship pact"


def test_straight_quotes_pair_up_within_a_paragraph() -> None:
    found = quotes('The western "Lianbang Summit" may impose "punishment measures".\nA stray " mark.')
    assert [quote(c).words for c in found] == ["Lianbang Summit", "punishment measures"]
    assert [c.thing for c in found] == ["Lianbang Summit", "punishment measures"]


def test_tokenised_quotes_between_backticks_and_apostrophes() -> None:
    # tokenised news text writes ``quoted words'' (and splits "did n't" off its word)
    found = quotes("The mayor called it a `` shocking '' delay. He said it `` did n't help ''.")
    assert [quote(c).words for c in found] == ["shocking", "did n't help"]
    from factcheck.extract.text import quote_words

    assert quote_words("did n't help") == quote_words("didn't help") == ["didn't", "help"]
    assert quotes("It 's the runners' ``") == []
    single = quotes("Fans said he `did n't care' and `worships' her, the runners' club said.")
    assert [quote(c).words for c in single] == ["did n't care", "worships"]
    straight = quotes("'We won't stop,' said the runners' coach. 'It was good.' It's the players' day.")
    assert [quote(c).words for c in straight] == ["We won't stop,", "It was good."]


def test_the_speaker_named_after_the_quote(registry: Registry) -> None:
    text = '"We are doing everything we can," Putin said during a visit to Tajikistan.'
    (found,) = quotes(text, registry)
    assert quote(found).speaker == "putin"
    assert quote(found).words == "We are doing everything we can,"


def test_the_speaker_named_before_the_quote(registry: Registry) -> None:
    (found,) = quotes("Tokayev said: “This principle also applies to Donetsk.”", registry)
    assert quote(found).speaker == "tokayev"


def test_no_speaker_when_the_sentence_names_none(registry: Registry) -> None:
    (found,) = quotes('He spoke of a "common responsibility" for stability.', registry)
    assert quote(found).speaker is None


def test_a_block_quotation_after_a_colon(registry: Registry) -> None:
    text = (
        "Putin said in a broadcast, as reported by The Guardian:\n"
        "In the coming months, we will transfer to Belarus Iskander-M tactical missile systems.\n"
        "Read more:\n"
    )
    (found,) = quotes(text, registry)
    assert quote(found).words.startswith("In the coming months, we will transfer")
    assert quote(found).speaker == "putin"


def test_single_typographic_quotes_but_not_apostrophes() -> None:
    found = quotes("GURU SAYS THREADS’ ‘RAMPANT ABUSE OF DATA’ IS WHY. Putin’s trip, the Kremlin’s view.")
    assert [quote(c).words for c in found] == ["RAMPANT ABUSE OF DATA"]


def test_the_date_in_the_sentence_is_attributed() -> None:
    (found,) = quotes(
        "During Xi’s visit in March 2023, the two leaders declared a “friendship without limits.”"
    )
    claim = quote(found)
    assert claim.attributed_date is not None
    assert claim.attributed_date.start.isoformat() == "2023-03-01"


@pytest.mark.parametrize("text", ['12" pipes and 3" nails', "“”", '" "', "no quotes here"])
def test_what_is_not_a_quote(text: str) -> None:
    assert quotes(text) == []
