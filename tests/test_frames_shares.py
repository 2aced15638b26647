"""Frames that must not meet (issue 12, session 10 red team): a percentage is framed by what it
is a share of, a share price is one moment of a market, seats won are a party's, and a text's
several sums with no purpose are none of them "the" sum. Our own sentences in the shape of news
reports; each was framed into one shared frame before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

from factcheck.extract.autonames import _word_near

claims = claims_published(published_on("2025-06-03"))
wire_claims = claims_published(published_on("2025-06-03"), source="source:wire.txt")
UNFRAMED = "unknown.quantity"


def test_a_percentage_is_framed_by_what_it_is_a_share_of() -> None:
    found = claims(
        "Turnout was 61.2%. The Liberals won 40.1% of the vote. "
        "The bid is a premium of 25% to Friday's close. The family owns 30% of the shares."
    )
    assert found["61.2%"].subject == "auto.measure.percent.turnout"
    assert found["40.1%"].subject == "auto.measure.percent.vote"
    assert found["25%"].subject == UNFRAMED  # "a premium" alone: of what, the clause says elsewhere
    assert found["30%"].subject == "auto.measure.percent.share"


def test_a_generic_head_alone_gives_no_frame_and_a_modified_one_its_own() -> None:
    # must not flag: two countries' rates, two holders' stakes, two firms' market shares
    found = claims(
        "Freedonia's inflation rate was 4.6% in May. The jobless rate was 7.3%. "
        "Arvon holds a stake of 18%. Keltic owns a stake of 6%. "
        "Arvon had a market share of 22%, and Keltic had a market share of 9%."
    )
    assert found["4.6%"].subject == "auto.measure.percent.freedonia-inflation"
    assert found["7.3%"].subject == "auto.measure.percent.jobless"
    for words in ("18%", "6%", "22%", "9%"):
        assert found[words].subject == UNFRAMED, words
    # must still meet: one thing, with and without "rate"
    one = claims("The unemployment rate was 7.3% in May.")
    two = claims("Unemployment stood at 7.9 percent in May.")
    assert one["7.3%"].subject == two["7.9 percent"].subject == "auto.measure.percent.unemployment"


def test_the_progress_of_a_count_is_no_share_won() -> None:
    found = claims("With 92% of the vote counted, the Liberals had 41.5% of the vote.")
    assert found["92%"].subject == UNFRAMED  # must not meet the share won
    assert found["41.5%"].subject == "auto.measure.percent.vote"  # still framed


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
    several = wire_claims(
        "Japan will provide $3 billion over four years. Firms also signed 11 deals "
        "adding $800 million. The package follows an earlier $450 million loan."
    )
    assert {several[w].subject for w in ("$3 billion", "$800 million", "$450 million")} == {UNFRAMED}
    # one sum (and the same sum rounded) keeps the frame
    one = wire_claims(
        "Japan will provide $3 billion over four years. The $3.1 billion package is its largest."
    )
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
    for place, adjective in (("Syria", "Syrian"), ("Bavaria", "Bavarian"), ("Cantabria", "Cantabrians")):
        assert not _word_near(place, adjective), (place, adjective)
    assert _word_near("Pukhraya", "Pukhrayan")  # a bare -n after -a stays a near miss


def test_a_given_name_in_ia_and_one_in_ian_are_two_people() -> None:
    for first, other in (("Maria", "Marian"), ("Julia", "Julian"), ("Lidia", "Lidian")):
        assert _word_near(first, other), (first, other)


def test_one_owner_s_holding_is_never_the_story_s_count() -> None:
    found = claims(
        "The flood swept away 63 houses in the hamlet. Her brother's family had two houses there, "
        "both washed away."
    )
    assert found["63 houses"].subject == "auto.count.homes-destroyed"
    assert found["two houses"].subject == UNFRAMED


def test_a_place_s_or_a_vehicle_s_count_is_the_story_s_count() -> None:
    # must still flag: a company's plane and a village are no relative's private holding
    found = claims("The carrier's Dash 8 had 47 passengers on board. Their hamlet lost 120 homes.")
    assert found["47 passengers"].subject == "auto.count.passengers"
    assert found["120 homes"].subject == "auto.count.homes-destroyed"


def test_a_sum_a_deal_word_names_keeps_its_frame_and_a_draft_s_sums_are_never_unframed() -> None:
    source = "Ostra will acquire Pellam for $3.6 billion. Pellam had sales of $800 million in 2024."
    wire = wire_claims(source)
    assert wire["$3.6 billion"].subject == "auto.measure.money"
    assert wire["$800 million"].subject == "auto.measure.money.revenue.y2024"
    draft = claims("Japan will provide $3 billion over four years. Firms signed deals adding $800 million.")
    assert draft["$3 billion"].subject == "auto.measure.money"


def test_results_after_a_market_move_are_no_market_reading() -> None:
    found = claims("Shares in the miner fell 7% after it lost $450 million in the first half.")
    assert found["$450 million"].subject != UNFRAMED
    market = claims("The stock ended 4% higher at $31.20.")
    assert market["$31.20"].subject == UNFRAMED


def test_the_whole_a_percentage_is_taken_of_is_not_the_story_s_sum() -> None:
    whole = claims("Tea makes up 60 percent of its $5 billion annual exports.")
    part = claims("The country earns $3 billion from exports of tea.")
    assert whole["$5 billion annual exports"].subject == UNFRAMED
    assert part["$3 billion"].subject == "auto.measure.money.exports"


def test_a_name_in_british_and_american_spelling_is_one_name() -> None:
    assert not _word_near("Organisation", "Organization")
    assert not _word_near("Realise", "Realize")
    assert _word_near("Organisation", "Organistion")  # a letter dropped is still a slip


def test_a_fixed_name_part_keeps_its_spelling() -> None:
    # "Australian Labor Party", "World Trade Center", "Pearl Harbor", the surnames Grey and Gray
    for word, other in (("Labor", "Labour"), ("Center", "Centre"), ("Harbor", "Harbour"), ("Grey", "Gray")):
        assert _word_near(word, other), (word, other)
