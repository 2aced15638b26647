"""Frames, wave 4 (issue 12): counts for one period, parts, and one finding for a wrong weekday.
Short sentences written for these tests (not seed or story text); each failed before its fix."""

from __future__ import annotations

import datetime as dt

from quantity_claims import claims_published, published_on

from factcheck.extract import extract_text
from factcheck.grade.grouping import group_findings
from factcheck.model import DateInterval, Finding, Grade, Precision, QuantityClaim, Side, Tier

DAY = published_on("2024-03-07")


claims = claims_published(DAY)


def test_a_count_for_one_day_is_not_the_running_total() -> None:
    found = claims(
        "The quake struck on Tuesday. There were 13 aftershocks on Thursday. "
        "More than 200 aftershocks have been recorded."
    )
    assert found["13 aftershocks"].subject == "auto.count.aftershocks.on-2024-03-07"
    assert found["More than 200 aftershocks"].subject == "auto.count.aftershocks"


def test_a_count_in_the_past_24_hours_is_a_period_count() -> None:
    found = claims("The agency recorded 18 aftershocks in the past 24 hours.")
    assert found["18 aftershocks"].subject == "auto.count.aftershocks.per-day"


def test_the_events_own_day_and_a_total_as_of_a_day_stay_the_running_total() -> None:
    found = claims(
        "The earthquake killed 17 people on Tuesday. The toll rose to 19 on Thursday. "
        "At least 30 people were injured by Thursday."
    )
    assert found["17 people"].subject == "auto.count.deaths"
    assert found["19"].subject == "auto.count.deaths"
    assert found["At least 30 people"].subject == "auto.count.injured"


def test_alone_scopes_even_the_events_day() -> None:
    found = claims("The quake struck on Tuesday and killed 9 people on Tuesday alone.")
    assert found["9 people"].subject == "auto.count.deaths.on-2024-03-05"
    assert not found["9 people"].running  # a day before the report's: its count is closed


def date_side(claim: str, text: str) -> Side:
    return Side(
        claim_id=claim, source=claim, tier=Tier.NEWS, text=text, value=text, frame="auto.event.struck"
    )


def date_finding(rule: str, sides: list[Side], message: str) -> Finding:
    """A date finding of FC201 (conflict) or FC202 (weekday) over these sides."""
    rule_id, name, outcome = {
        "conflict": ("FC201", "date.conflict", "conflict"),
        "weekday": ("FC202", "date.weekday", "wrong-weekday"),
    }[rule]
    return Finding(
        rule_id=rule_id,
        rule_name=name,
        grade=Grade.MAJOR,
        outcome=outcome,
        confidence=0.9,
        message=message,
        sides=sides,
        fingerprint=Finding.make_fingerprint(rule_id, [s.claim_id for s in sides], []),
    )


def test_a_wrong_weekday_and_the_date_conflict_it_causes_are_one_finding() -> None:
    a, b, c = (
        date_side("a", "Tuesday, Feb. 6"),
        date_side("b", "Tuesday, Feb. 6"),
        date_side("c", "Tuesday, Feb. 7"),
    )
    conflicts = [date_finding("conflict", [c, other], "pair") for other in (a, b)]
    weekday = date_finding("weekday", [c], "c writes Tuesday, Feb. 7, but it was a Wednesday")
    [one] = group_findings([*conflicts, weekday])
    assert one.rule_id == "FC201"
    assert one.likely_wrong == "c"
    assert "but it was a Wednesday" in one.message


def test_a_wrong_weekday_no_conflict_covers_stays_its_own_finding() -> None:
    weekday = date_finding("weekday", [date_side("c", "Tuesday, Feb. 7")], "wrong weekday")
    assert group_findings([weekday]) == [weekday]


def test_a_wrong_weekday_on_an_agreeing_side_is_not_the_conflicts_cause() -> None:
    a, b, c = date_side("a", "Monday, Feb. 6"), date_side("b", "Feb. 6"), date_side("c", "Feb. 7")
    conflicts = [date_finding("conflict", [c, other], "pair") for other in (a, b)]
    weekday = date_finding("weekday", [a], "a writes Monday, Feb. 6, but it was a Tuesday")
    grouped = group_findings([*conflicts, weekday])
    assert sorted(f.rule_id for f in grouped) == ["FC201", "FC202"]


def test_an_agent_before_the_verb_does_not_say_what_is_counted() -> None:
    found = claims("Rescuers pulled 61 people from one building.")
    assert found["61 people"].subject == "auto.count.rescued.part-in-building"
    assert found["61 people"].qualifiers == ["in-building"]


def test_a_named_building_and_a_fronted_place_make_a_count_a_part() -> None:
    found = claims(
        "Two people died at the Yun Men Tsui Ti building. At the Marshal Hotel, 12 people were rescued."
    )
    assert found["Two people"].qualifiers == ["in-building"]
    assert found["12 people"].qualifiers == ["in-hotel"]


def subjects(text: str, corpus: dict[str, str]) -> dict[str, str]:
    """Each quantity's words -> its frame, extracted with the other sources' texts."""
    return {
        c.claim.text: c.claim.subject
        for c in extract_text(text, published=DAY, corpus=corpus, source="this")
        if isinstance(c.claim, QuantityClaim)
    }


AGENCIES = "The USGS measured the quake at magnitude 6.4, while the Central Weather Bureau put it at 5.8."


def test_a_second_reading_put_it_at_is_a_magnitude_of_its_own_agency() -> None:
    assert subjects(AGENCIES, {}) == {
        "6.4": "auto.measure.magnitude.by-usgs",
        "5.8": "auto.measure.magnitude.by-cwb",
    }


def test_bare_magnitudes_take_the_agency_other_reports_credit_them_to() -> None:
    corpus = {"other": AGENCIES}
    assert subjects("A magnitude-6.4 quake struck.", corpus) == {"6.4": "auto.measure.magnitude.by-usgs"}
    assert subjects("The quake, of magnitude 5.8, struck.", corpus) == {
        "5.8": "auto.measure.magnitude.by-cwb"
    }
    # a value no report credits stays bare, and is compared with the other bare readings
    assert subjects("A magnitude-6.9 quake struck.", corpus) == {"6.9": "auto.measure.magnitude"}


def test_one_agency_in_the_coverage_credits_nothing() -> None:
    corpus = {"other": "The USGS measured the quake at magnitude 6.4."}
    assert subjects("A magnitude-6.4 quake struck.", corpus) == {"6.4": "auto.measure.magnitude"}


def test_glued_units_and_one_length_unit_are_measures() -> None:
    found = claims(
        "The 36-ton wooden vessel sank about a kilometer from the port of Ormoc, half a mile off the coast."
    )
    assert found["36"].subject == "auto.measure.weight"
    assert found["about a kilometer"].subject == "auto.measure.distance.port"
    assert found["half a mile"].subject == "auto.measure.distance.shore"


def test_capacity_decides_over_a_nearer_counted_noun_and_crew_is_counted_apart() -> None:
    found = claims("The boat, with the capacity to carry 178 passengers, had 16 crew members on board.")
    assert found["178 passengers"].subject == "auto.count.capacity"
    assert found["16 crew members"].subject == "auto.count.crew"


def test_a_dates_event_is_not_read_inside_a_relative_clause_after_it() -> None:
    dated = {
        c.claim.text: c.claim.event
        for c in extract_text(
            "Rescuers on Friday recovered five bodies from a ferry that capsized.", published=DAY
        )
        if c.claim.kind == "date"
    }
    assert dated == {"on Friday": "unknown.event"}


def test_this_weekend_in_a_text_published_on_a_sunday_is_that_weekend() -> None:
    sunday = DateInterval(start=dt.date(2023, 11, 5), end=dt.date(2023, 11, 5), precision=Precision.DAY)
    found = {
        c.claim.text: (c.claim.start, c.claim.end)
        for c in extract_text(
            "The talks were held this weekend. The first round was last weekend.", published=sunday
        )
        if c.claim.kind == "date"
    }
    assert found["this weekend"] == (dt.date(2023, 11, 4), dt.date(2023, 11, 5))
    assert found["last weekend"] == (dt.date(2023, 10, 28), dt.date(2023, 10, 29))


def test_up_to_states_a_capacity_itself() -> None:
    found = claims("The boat was licensed to carry up to 200 people, though 189 people were aboard.")
    assert (found["up to 200 people"].subject, found["up to 200 people"].value) == (
        "auto.count.capacity",
        200,
    )
    assert found["up to 200 people"].approx is None
    assert found["189 people"].subject == "auto.count.aboard"  # everyone aboard, crew included


def test_a_later_day_in_a_sentence_that_names_the_quake_is_still_one_day() -> None:
    found = claims(
        "The quake struck on Tuesday. The quake was followed by 13 aftershocks on Wednesday. "
        "Twin quakes killed 89 people and injured more than 500 on Tuesday."
    )
    assert found["13 aftershocks"].subject == "auto.count.aftershocks.on-2024-03-06"
    assert found["more than 500"].subject == "auto.count.injured"


def test_a_local_time_and_a_gmt_time_are_not_two_occurrences() -> None:
    events = [
        c.claim.event
        for c in extract_text(
            "The quake struck at 7 p.m. local time on Tuesday. The quake struck at 1100 GMT, officials said.",
            published=DAY,
        )
        if c.claim.kind == "date"
    ]
    assert events == ["auto.event.struck", "auto.event.struck"]


def test_a_place_after_the_events_verb_is_where_it_happened_not_a_part() -> None:
    found = claims(
        "A ferry carrying 16 crew members capsized in Central Leyte. At least 9 died in a quake in Zhangxian. "
        "The quake killed 53 people in Minxian."
    )
    assert found["16 crew members"].qualifiers == []
    assert found["At least 9"].qualifiers == []
    assert found["53 people"].qualifiers == ["in-minxian"]


def test_a_state_verb_leaves_the_count_but_taken_to_hospital_decides() -> None:
    found = claims("At least 53 survivors were taken to the hospital. Four crew members were aboard.")
    assert found["At least 53 survivors"].subject == "auto.count.hospitalised"
    assert found["At least 53 survivors"].running  # a later report's higher count is an update
    assert found["Four crew members"].subject == "auto.count.crew"
