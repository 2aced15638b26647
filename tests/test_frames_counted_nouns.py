"""Frames, session 11 (issue 12): counted things and measures that differ between outlets but
never met: hedged cues, ages of things, glued units and distances from a titled place; and counts
a noun alone must not frame (a noun frame was tried and withdrawn: in a hostage story it joined
hostages held, freed and killed). Invented sentences in the shape of news reports; each pair that
counts different things must keep different frames (or none)."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

DAY = published_on("2025-05-12")
# a registered report's counts (a checked draft's are never unframed for giving two figures)
claims = claims_published(DAY, source="wire")
UNFRAMED = "unknown.quantity"


def test_a_general_noun_frames_nothing() -> None:
    found = claims("Witnesses saw 12 people and three men near the river, and two children on the bank.")
    assert {c.subject for c in found.values()} == {UNFRAMED}


def test_a_count_its_own_verb_acts_on_is_not_framed_by_its_noun() -> None:
    # what the four did is not what another report's "13 climbers" counts
    found = claims("Four climbers went back down the valley before the storm.")
    assert found["Four climbers"].subject == UNFRAMED


def test_a_rate_is_never_framed_by_its_noun() -> None:
    yearly = claims("The castle draws around nine million visitors each year.")
    daily = claims("About 30,000 visitors tour the castle daily.")
    assert yearly["around nine million visitors"].subject == UNFRAMED
    assert daily["About 30,000 visitors"].subject == UNFRAMED


def test_what_a_thing_holds_is_not_the_story_s_count() -> None:
    # two objects in one story may hold the same kind of thing: a crown and a diadem
    crown = claims("The crown has 1,354 diamonds and 56 emeralds.")
    diadem = claims("A diadem set with 212 pearls and nearly 2,000 diamonds was taken.")
    school = claims("Her school, which has 650 students, closed for the week.")
    assert {c.subject for d in (crown, diadem, school) for c in d.values()} == {UNFRAMED}


def test_a_part_of_a_group_told_elsewhere_is_not_framed_by_its_noun() -> None:
    other = claims("She swam to the bank along with 12 other students.")
    listed = claims("The dead include nine students and two teachers from the school.")
    assert other["12 other students"].subject == UNFRAMED
    assert listed["two teachers"].subject != "auto.count.teachers"


def test_one_text_counting_a_noun_twice_differently_compares_neither() -> None:
    found = claims("Some 40 volunteers came on Sunday. By Monday 300 volunteers were at the river.")
    assert found["Some 40 volunteers"].subject == found["300 volunteers"].subject == UNFRAMED


def test_a_hedging_verb_lets_the_cue_after_it_decide() -> None:
    found = claims("Six people were confirmed dead and 14 have been reported as injured.")
    assert found["Six people"].subject == "auto.count.deaths"
    assert found["14"].subject == "auto.count.injured"


def test_a_guess_at_the_dead_is_not_the_death_toll() -> None:
    found = claims("Nearly 20 people were feared dead in the first hours.")
    assert found["Nearly 20 people"].subject != "auto.count.deaths"


def test_the_age_of_a_thing_is_framed_by_the_thing_and_never_meets_a_person_s() -> None:
    found = claims(
        "The 120-year-old stone bridge fell. A 40-year-old farmer and the 62-year-old Ana Lind died."
    )
    assert found["120"].subject == "auto.measure.age.bridge"
    assert found["40"].subject == UNFRAMED  # nobody another report could name
    assert found["62"].subject == "auto.measure.age.ana-lind"


def test_units_glued_on_in_any_case_are_read() -> None:
    found = claims("Garissa lies about 100Km from Dadaab. The jet cruised at 38,000ft.")
    assert (found["about 100Km"].unit, found["about 100Km"].subject) == ("km", "auto.measure.distance.dadab")
    assert (found["38,000ft"].unit, found["38,000ft"].value) == ("feet", 38000)


def test_a_distance_from_a_titled_place_is_from_that_place() -> None:
    found = claims("Morbi is about 200 km from state capital Ahmedabad.")
    assert found["about 200 km"].subject == "auto.measure.distance.ahmedabad"


def test_a_nationality_before_a_place_noun_is_not_a_place() -> None:
    capital = claims("Mati, 18 miles east of the Greek capital, burned.")
    border = claims("The camp is 30 km from the Greek border.")
    assert capital["18 miles"].subject == "auto.measure.distance.capital"
    assert border["30 km"].subject != "auto.measure.distance.greek"


def test_distances_from_two_places_never_meet() -> None:
    found = claims(
        "Karsk lies 90 km (56 miles) north of the capital, Tallen. Harmund is 40 km to the west of Karsk."
    )
    assert found["90 km"].subject != found["40 km"].subject


def test_populations_of_two_places_never_meet() -> None:
    found = claims("Karsk, a town of 12,000 people, mourned. Harmund, a city of 85,000, held a vigil.")
    assert found["12,000 people"].subject != found["85,000"].subject


def test_a_figure_glued_to_its_unit_before_a_noun_forecasts_nothing() -> None:
    found = claims("Only the roof could still be seen of the four-storey Hotel Alpina.")
    assert found["four"].subject == "auto.count.storeys"
