"""Frames, session 11 (issue 12): counted things and measures that differ between outlets but
never met: hedged cues, glued units and distances from a titled place; and counts
a noun alone must not frame (a noun frame was tried and withdrawn: in a hostage story it joined
hostages held, freed and killed). Invented sentences in the shape of news reports; each pair that
counts different things must keep different frames (or none)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from quantity_claims import claims_published, published_on
from summary_check import check_sentence

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


def test_the_age_of_a_thing_is_never_framed_and_never_meets_a_person_s() -> None:
    found = claims(
        "The 120-year-old stone bridge fell. A 40-year-old farmer and the 62-year-old Ana Lind died."
    )
    assert found["120"].subject == UNFRAMED
    assert found["40"].subject == UNFRAMED  # nobody another report could name
    assert found["62"].subject == "auto.measure.age.ana-lind"


def test_a_thing_noun_before_a_person_noun_leaves_the_person_s_age_alone() -> None:
    # the worker's age and the mill's age are different figures: neither may join the other
    found = claims(
        "A 41-year-old textile mill worker said the doors were chained. The 25-year-old mill "
        "had 700 staff. A 23-year-old factory worker told the radio she ran."
    )
    assert found["41"].subject == found["23"].subject == UNFRAMED
    assert found["25"].subject == UNFRAMED


def test_two_things_of_one_kind_never_share_an_age_frame() -> None:
    found = claims(
        "Fire gutted a 70-year-old apartment building on Sunday. Flames spread to a 12-year-old "
        "office building next door."
    )
    assert found["70"].subject == found["12"].subject == UNFRAMED


def test_a_capitalised_place_before_a_thing_is_no_person() -> None:
    found = claims("The firm will buy a 35-year-old Indiana steel plant for $200 million.")
    assert found["35"].subject == UNFRAMED
    assert found["35"].subject != "auto.measure.age.indiana"
    # a name after the age is still the person's
    named = claims("The 51-year-old Marta Quill runs the plant.")
    assert named["51"].subject == "auto.measure.age.marta-quill"


def test_units_glued_on_in_any_case_are_read() -> None:
    found = claims("Garissa lies about 100Km from Dadaab. The jet cruised at 38,000ft.")
    assert (found["about 100Km"].unit, found["about 100Km"].subject) == ("km", "auto.measure.distance.dadab")
    assert (found["38,000ft"].unit, found["38,000ft"].value) == ("feet", 38000)


def test_a_distance_from_a_titled_place_is_from_that_place() -> None:
    found = claims("Morbi is about 200 km from state capital Ahmedabad.")
    assert found["about 200 km"].subject == "auto.measure.distance.ahmedabad"


def test_a_nationality_stays_in_the_key_of_a_place_noun() -> None:
    capital = claims("Vira, 18 miles east of the Greek capital, burned.")
    border = claims("The camp is 30 km from the Greek border.")
    assert capital["18 miles"].subject == "auto.measure.distance.capital-greek"
    # a border is no settlement: it is its country's border, however the country is named
    assert border["30 km"].subject == "auto.measure.distance.border.grece"


def test_two_nations_capitals_never_meet() -> None:
    found = claims(
        "The quake struck about 150 km east of the Greek capital and about 550 km west of the "
        "Turkish capital."
    )
    assert found["about 150 km"].subject == "auto.measure.distance.capital-greek"
    assert found["about 550 km"].subject == "auto.measure.distance.capital-turkish"


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


def test_a_faithful_summary_naming_where_an_aged_thing_is_passes(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # the summary moves the state before the thing; the sources' plant and manager keep their ages
    reports = {
        "wire.txt": "Borel Steel agreed on Tuesday to buy a 35-year-old steel mill in Indiana for "
        "$200 million. A 61-year-old mill manager will stay on.",
        "daily.txt": "Borel Steel also plans to shut a 6-year-old mill in Alabama, the company said.",
    }
    code, findings = check_sentence(
        cli,
        tmp_path,
        reports,
        "2025-05-13",
        "Borel Steel agreed on Tuesday to buy a 35-year-old Indiana steel mill for $200 million.",
    )
    assert code == 0
    assert [f["rule_id"] for f in findings if f["grade"] != "info"] == []
