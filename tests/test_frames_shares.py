"""Frames that must not meet (issue 12, session 10 red team): a percentage is framed by what it
is a share of, a share price is one moment of a market, seats won are a party's, and a text's
several sums with no purpose are none of them "the" sum. Our own sentences in the shape of news
reports; each was framed into one shared frame before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

from factcheck.extract.autonames import _word_near

claims = claims_published(published_on("2025-06-03"))
UNFRAMED = "unknown.quantity"


def test_a_percentage_is_framed_by_what_it_is_a_share_of() -> None:
    found = claims(
        "Turnout was 61.2%. The Liberals won 40.1% of the vote. "
        "The bid is a premium of 25% to Friday's close. The family owns 30% of the shares."
    )
    assert found["61.2%"].subject == "auto.measure.percent.turnout"
    assert found["40.1%"].subject == "auto.measure.percent.vote"
    assert found["25%"].subject == "auto.measure.percent.premium"
    assert found["30%"].subject == "auto.measure.percent.share"


def test_bare_percentages_of_different_things_never_meet() -> None:
    # a party's share in a list, a day's move, a stake and a past figure: nothing says of what
    found = claims(
        "The Liberals came first with 40.1%, ahead of Labour on 31.5% and the Greens on 9.8%. "
        "Shares in the company jumped 22% in early trading. The founders hold a 30 per cent stake. "
        "Turnout was 61.2%, up from 58.9% four years ago."
    )
    for words in ("40.1%", "31.5%", "9.8%", "22%", "30 per cent", "58.9% four years"):
        assert found[words].subject == UNFRAMED, words


def test_a_share_price_through_the_day_is_never_compared() -> None:
    found = claims(
        "Shares in the brewer rose 18% to 9.40 euros in early trading. "
        "The stock closed up 16% at 9.25 euros, against Friday's close of 7.97 euros."
    )
    for words in ("9.40 euros", "9.25 euros", "7.97 euros"):
        assert found[words].subject == UNFRAMED, words


def test_an_offer_per_share_is_its_own_sum_and_euros_meet_the_euro_sign() -> None:
    one = claims("The group offered 9.80 euros a share, valuing the brewer at 820 million euros.")
    two = claims("The group is paying €9.80 per share for the brewer.")
    assert one["9.80 euros"].subject == two["€9.80"].subject == "auto.measure.money.per-share"
    assert one["9.80 euros"].unit == two["€9.80"].unit == "EUR"
    assert one["820 million euros"].subject != one["9.80 euros"].subject


def test_a_text_s_several_sums_with_no_purpose_are_none_of_them_compared() -> None:
    # the pledge and the deals beside it: which one another report's sum is about is unknown
    several = claims(
        "Japan will provide $3 billion over four years. Firms also signed 11 deals "
        "adding $800 million. The package follows an earlier $450 million loan."
    )
    assert {several[w].subject for w in ("$3 billion", "$800 million", "$450 million")} == {UNFRAMED}
    # one sum (and the same sum rounded) keeps the frame
    one = claims("Japan will provide $3 billion over four years. The $3.1 billion package is its largest.")
    assert one["$3 billion"].subject == "auto.measure.money"


def test_seats_won_in_an_election_are_no_vehicle_s_capacity() -> None:
    vote = claims(
        "The Liberals won 88 of the 150 seats, a majority of 13. Labour took 41 seats and the Greens 12 seats."
    )
    for words in ("41 seats", "12 seats"):
        assert vote[words].subject == UNFRAMED, words
    bus = claims("The bus, which seats 52, was carrying 61 passengers.")
    assert bus["52"].subject == "auto.count.capacity"


def test_a_place_in_ia_and_its_adjective_are_never_a_misspelling() -> None:
    for place, adjective in (("Bavaria", "Bavarian"), ("Syria", "Syrians"), ("Cantabria", "Cantabrian")):
        assert not _word_near(place, adjective), (place, adjective)
    assert _word_near("Pukhraya", "Pukhrayan")  # a bare -n after -a stays a near miss


def test_one_owner_s_holding_is_never_the_story_s_count() -> None:
    found = claims(
        "The flood swept away 63 houses in the hamlet. Her brother's family had two houses there, "
        "both washed away."
    )
    assert found["63 houses"].subject == "auto.count.homes-destroyed"
    assert found["two houses"].subject == UNFRAMED


def test_the_whole_a_percentage_is_taken_of_is_not_the_story_s_sum() -> None:
    whole = claims("Tea makes up 60 percent of its $5 billion annual exports.")
    part = claims("The country earns $3 billion from exports of tea.")
    assert whole["$5 billion annual exports"].subject == UNFRAMED
    assert part["$3 billion"].subject == "auto.measure.money.exports"


def test_a_name_in_british_and_american_spelling_is_one_name() -> None:
    assert not _word_near("Organisation", "Organization")
    assert not _word_near("Centre", "Center")
    assert _word_near("Organisation", "Organistion")  # a letter dropped is still a slip
