"""Frames, wave 5 (issue 12): counts of event types nobody wrote cues for. Short sentences in the
style of the tune stories' reports; each failed before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

DAY = published_on("2024-03-07")


claims = claims_published(DAY)


def test_two_reports_of_a_count_no_role_names_meet_by_noun_and_verb() -> None:
    # "13 miners stranded" has no listed role (not dead, missing or rescued; "trapped" is one
    # since wave 7, frames.yaml `trapped`)
    one = claims("Rescuers searched the valley where 13 climbers were stranded by the storm.")
    two = claims("Hopes fade for 12 climbers stranded high up in the Alps.")
    assert one["13 climbers"].subject == two["12 climbers"].subject == "auto.count.climbers-stranded"


def test_a_count_with_another_verb_or_no_verb_gets_no_frame_of_the_trapped() -> None:
    found = claims("Four climbers went back up the valley. Later 13 climbers were stranded.")
    assert found["Four climbers"].subject == "unknown.quantity"  # no participle: nothing says what
    assert found["13 climbers"].subject == "auto.count.climbers-stranded"


def test_a_building_count_takes_its_own_verb_over_the_default_brought_down() -> None:
    found = claims("The river flooded more than 200 homes. Another 30 houses were destroyed.")
    assert found["more than 200 homes"].subject == "auto.count.homes-flooded"
    assert found["30 houses"].subject == "auto.count.homes-destroyed"


def test_a_listed_role_still_wins_over_the_nouns_own_words() -> None:
    found = claims("At least 40 villagers were killed and 12 villagers were injured.")
    assert found["At least 40 villagers"].subject == "auto.count.deaths"
    assert found["12 villagers"].subject == "auto.count.injured"


def test_generic_words_frame_nothing() -> None:
    found = claims("Inspectors cited the mine 208 times reported last year.")
    assert found["208 times"].subject == "unknown.quantity"


def event_frames(text: str) -> dict[str, str]:
    """Each date's words -> its event frame."""
    from factcheck.extract import extract_text
    from factcheck.model import DateClaim

    found = extract_text(text, published=DAY)
    return {c.claim.text: c.claim.event for c in found if isinstance(c.claim, DateClaim)}


def test_times_of_explosions_collapses_fires_floods_and_landfalls_get_event_frames() -> None:
    found = event_frames(
        "The explosion happened at approximately 6:30 a.m. The roof collapsed at 9:15 a.m. "
        "A fire broke out at 2 a.m. Floodwaters swept away the bridge at 4 a.m. "
        "Typhoon Haiyan made landfall at 11 p.m."
    )
    assert found["6:30 a.m."] == "auto.event.exploded"
    assert found["9:15 a.m."] == "auto.event.collapsed"
    assert found["2 a.m."] == "auto.event.fire"
    assert found["4 a.m."] == "auto.event.flooded"
    assert found["11 p.m."] == "auto.event.struck"


def test_a_day_before_a_where_clause_is_not_the_day_of_the_event_told_in_it() -> None:
    # the Malin reports (AP): rescuers worked "today"; the landslide was the day before
    found = event_frames(
        "Rescuers worked in the rain today to dig through a village where at least 21 people "
        "died when a landslide swept away scores of houses."
    )
    assert found["today"] == "unknown.event"


def test_lakh_and_crore_are_scale_words() -> None:
    found = claims("Authorities evacuated nearly nine lakh people, and 1.5 lakh homes were damaged.")
    assert found["nearly nine lakh people"].value == 900_000
    assert found["1.5 lakh homes"].value == 150_000


def test_an_age_is_framed_by_the_person_it_is_of() -> None:
    # the Surfside reports: a 54-year-old victim, a 58-year-old resident, a 40-year-old building
    found = claims(
        "Among the missing is 54-year-old Stacie Fang. A 58-year-old resident on the 11th floor "
        "escaped. The 40-year-old building fell."
    )
    assert found["54"].subject == "auto.measure.age.stacie-fang"
    assert found["58"].subject == "unknown.quantity"  # nobody another report could name
    # a thing's age is never framed: two buildings of one story may have different ages
    assert found["40"].subject == "unknown.quantity"
    assert found["11th floor"].subject == "unknown.quantity"  # an ordinal counts nothing


def test_the_day_someone_said_something_is_no_event_to_compare() -> None:
    # the Malin reports: one AP version has an official who "said today" on July 31, another on
    # August 1; neither is the day of anything the reports disagree about
    found = event_frames("Seven injured people were pulled out, Vitthal Banot, an official, said today.")
    assert found["today"] == "unknown.event"
    assert event_frames("The ministry announced on Monday that it would help.")["on Monday"] == (
        "auto.event.announced"
    )


def test_two_sentences_of_one_speaker_sharing_words_in_another_order_are_two_statements() -> None:
    from factcheck.extract.text import quote_words, same_statement

    # the Surfside reports: one mayor, two different sentences about one building
    assert not same_statement(
        quote_words("The building is literally pancaked,"),
        quote_words("and literally half of that building is not there anymore."),
    )
    # a rewording keeps its order: one statement
    assert same_statement(
        quote_words("That is heartbreaking because we are going to be as successful"),
        quote_words("That is, is heartbreaking, because we're going to be successful"),
    )


def test_a_wrong_day_and_a_rounded_time_of_one_event_are_two_findings() -> None:
    # the Phailin reports: "on Sunday" against Saturday's landfall is one error; "8.30 p.m."
    # against "around 8.45 pm" and "shortly after 9 pm" is a reporter's rounding, another
    from factcheck.grade.grouping import group_findings
    from factcheck.model import Finding, Grade, Side, Tier

    def pair(outcome: str, grade: Grade, a: str, b: str) -> Finding:
        sides = [
            Side(claim_id=s, source=s, tier=Tier.NEWS, text=s, value=s, frame="auto.event.struck")
            for s in (a, b)
        ]
        return Finding(
            rule_id="FC201",
            rule_name="date.conflict",
            grade=grade,
            outcome=outcome,
            confidence=0.9,
            message=f"{a} vs {b}",
            sides=sides,
            fingerprint=Finding.make_fingerprint("FC201", [a, b], []),
        )

    found = group_findings(
        [
            pair("disjoint-dates", Grade.MAJOR, "taylorscott", "governancenow"),
            pair("close-times", Grade.MINOR, "thehindu", "governancenow"),
            pair("close-times", Grade.MINOR, "thehindu", "siasat"),
        ]
    )
    assert sorted(f.grade.value for f in found) == ["major", "minor"]


def test_the_participle_right_after_the_noun_governs_before_a_cue_after_it() -> None:
    # a summary's "Two men charged" against its article's "two men have been charged for killing
    # the animal": both are the men charged, neither a death toll
    found = claims("In Malegaon two men have been charged for killing the animal and selling its meat.")
    assert found["two men"].subject == "auto.count.men-charged"
    assert claims("Two men charged over the killing.")["Two men"].subject == "auto.count.men-charged"
    assert (
        claims("The blast killed 13 miners trapped underground.")["13 miners"].subject == "auto.count.deaths"
    )
