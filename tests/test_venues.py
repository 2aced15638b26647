"""Where a statement was made (FC304, FC503): venues read from the statement's own sentence.
Short sentences written for these tests (not seed or story text)."""

from __future__ import annotations

import pytest

from factcheck.extract.venues import venue_in
from factcheck.model import QuoteClaim, RelationClaim, Tier
from factcheck.rules.checks import CheckInput
from factcheck.rules.checks.venues import same_venue, statement_venue


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "The minister will visit Oslo, according to Ann Berg, the reporter for the news network Norway 2.",
            "Norway 2",
        ),
        (
            "Ann Berg, the correspondent of the Norway 2 state television channel, said he will go.",
            "Norway 2",
        ),
        (
            "Nordic Channel 5 and other local media reported that the minister will visit Oslo.",
            "Nordic Channel 5",
        ),
        ("The mayor told Reuters the bridge would reopen.", "Reuters"),
        ("In an interview with CNN, the mayor said the bridge would reopen.", "CNN"),
    ],
)
def test_the_venue_a_sentence_credits(sentence: str, venue: str) -> None:
    found = venue_in(sentence, (0, 3))
    assert found is not None
    assert found.name == venue


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said he will visit Oslo.",
        "Berg said the minister will visit Oslo.",
        "Xinhua said 89 died.",
    ],
)
def test_a_speaker_or_an_unmarked_name_is_no_venue(sentence: str) -> None:
    assert venue_in(sentence, (0, 3)) is None


def test_one_venue_however_written() -> None:
    assert same_venue("Channel 1", "Russian Channel 1")
    assert same_venue("The Associated Press", "AP")
    assert not same_venue("Rossiya 1", "Channel 1")


def _quote(source: str, words: str, venue: str) -> QuoteClaim:
    return QuoteClaim(
        id=f"{source}.q",
        source=source,
        text=f"“{words}”",
        words=words,
        describes="auto.quote.mayor",
        venue=venue,
    )


def _check(a: QuoteClaim | RelationClaim, b: QuoteClaim | RelationClaim) -> str | None:
    data = CheckInput(matched={"a": a, "b": b}, tiers={"a": Tier.NEWS, "b": Tier.NEWS}, params={})
    verdict = statement_venue(data)
    return verdict.outcome if verdict is not None else None


def test_the_same_quotation_told_to_two_outlets_is_found() -> None:
    a = _quote("daily-post", "the worst storm in fifty years", "Reuters")
    b = _quote("evening-star", "the worst storm in 50 years", "CNN")
    assert _check(a, b) == "different-venue"


def test_two_statements_of_one_speaker_or_an_outlets_own_interview_are_not() -> None:
    a = _quote("daily-post", "the worst storm in fifty years", "Reuters")
    assert _check(a, _quote("evening-star", "we will rebuild the harbour", "CNN")) is None
    assert _check(a, _quote("cnn", "the worst storm in 50 years", "CNN")) is None


def test_a_place_kind_is_no_statement_and_gets_no_venue() -> None:
    from factcheck.link.venues import is_statement

    place = RelationClaim(
        id="a.p",
        source="a",
        text="Hollin County",
        relation="auto.place.hollin",
        predicate="is-a",
        item="county",
    )
    stated = RelationClaim(
        id="a.r", source="a", text="will visit Oslo", relation="tour.stops", predicate="visit"
    )
    assert not is_statement(place)
    assert is_statement(stated)
