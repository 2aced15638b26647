"""Extraction gaps, wave 6 (issue 12): a count after "the", ages in months and weeks, and
distances from an unnamed city or capital. Short sentences written for these tests (not seed or
story text); each failed before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

from factcheck.wordlists import is_plural

DAY = published_on("2024-03-05")


claims = claims_published(DAY)


def test_a_count_after_the_is_a_count() -> None:
    found = claims("The 58 schoolchildren were taken ill after lunch.")
    assert found["58 schoolchildren"].subject == "auto.count.ill"
    assert claims("The 12 miners were trapped.")["12 miners"].subject == "auto.count.trapped"
    # a verb before "the" does not frame it: "mapped the 46 houses" are houses named before
    assert claims("Crews mapped the 46 houses.")["46 houses"].subject == "auto.count.homes-destroyed"
    assert claims("Officials said the 12 firemen died.")["12 firemen"].subject == "auto.count.deaths"


def test_a_decade_a_year_a_time_or_a_day_after_the_is_no_count() -> None:
    for text in (
        "Floods in the 1990s were worse.",
        "The 2010 quake killed many.",
        "At the 3 p.m. briefing officials spoke.",
        "On the 19th the road opened.",
        "The two leaders met.",
    ):
        assert claims(text) == {}, text


def test_compounds_of_irregular_plurals_are_plural_but_look_alike_singulars_are_not() -> None:
    assert all(is_plural(word) for word in ("schoolchildren", "policemen", "gunmen"))
    assert not any(is_plural(word) for word in ("specimen", "abdomen", "omen"))


def test_ages_in_months_weeks_and_days_are_ages_never_counts() -> None:
    # (wave 7: "the 45-year-old driver", one person a story has, is framed: test_extraction_gaps_wave7)
    found = claims("A six-month-old baby died. A 10-day-old girl was found. The 45-year-old farmer fled.")
    assert found["six"].unit == "months-old"
    assert found["10"].unit == "days-old"
    assert found["45"].unit == "years-old"
    # an age with no name after it is nobody another report could name: no frame; but a baby's
    # age before "girl"/"boy"/"son"/"daughter" is the story's baby girl's or boy's (wave 9)
    assert found["10"].subject == "auto.measure.age.infant-girl"
    assert all(c.subject == "unknown.quantity" for k, c in found.items() if k != "10")
    named = claims("The six-month-old Asha Devi died.")["six"]
    assert named.subject == "auto.measure.age.asha-devi"


def test_a_distance_from_an_unnamed_city_or_capital_is_framed_by_it() -> None:
    found = claims(
        "The epicentre was 30 km to the south of the city. It struck about 60 km from the state capital."
    )
    assert found["30 km"].subject == "auto.measure.distance.city"
    assert found["about 60 km"].subject == "auto.measure.distance.capital"
    # a name written after it, or a named place, keeps the place's frame
    assert claims("It hit 50 km from the capital, Patna.")["50 km"].subject == "auto.measure.distance.patna"
    assert claims("It was 15 km from the city of Pune.")["15 km"].subject == "auto.measure.distance.pune"
    assert (
        claims("The village lies 40 km from Kathmandu.")["40 km"].subject == "auto.measure.distance.katmandu"
    )
    assert claims("It was 30 km to the south.")["30 km"].subject == "unknown.quantity"
