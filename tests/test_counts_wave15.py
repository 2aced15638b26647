"""Counts of issue 12, session 15: a part of a group told as "Fourteen of the injured" or "Five
of them" (a number word, not digits) is a count, and the condition its own predicate names
decides what it counts. Sentences written for these tests (not story or seed text); each failed
before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

DAY = published_on("2024-03-05")


claims = claims_published(DAY)


def test_a_number_word_before_of_the_or_of_them_is_a_count() -> None:
    found = claims("Officials said fourteen of them went home. Twelve of the dead were children.")
    assert "fourteen" in found
    assert "Twelve" in found
    # a number word alone, or after "the", still counts nothing
    assert not claims("The two said nothing. Two of us walked.")


def test_a_part_of_the_injured_in_a_critical_condition_counts_the_critical() -> None:
    assert claims("Fourteen of the injured were in serious condition.")["Fourteen"].subject == (
        "auto.count.critical"
    )
    # the predicate stands past a dashed aside that names other people
    found = claims("Five of them – four firefighters and a child – are in a critical condition.")
    assert found["Five"].subject == "auto.count.critical"
    assert found["Five"].qualifiers == []
    assert claims("Officials said 14 of the injured were in serious condition.")["14"].subject == (
        "auto.count.critical"
    )


def test_a_part_of_a_group_named_by_who_they_are_or_another_clause_stays_apart() -> None:
    # firefighters say who; those critical among them are a part, never the whole critical count
    found = claims("Five of them were hurt, while two of the firefighters were in critical condition.")
    assert found["two"].subject != "auto.count.critical"
    assert found["Five"].subject != "auto.count.critical"  # the critical cue is in another clause
    found = claims("Twelve of the injured went home, and three are in critical condition.")
    assert found["Twelve"].subject != "auto.count.critical"


def test_all_but_a_number_of_them_is_no_count_of_that_number() -> None:
    # "all but eight of the 129 girls" tells of the 121 others: the eight counts nothing said
    assert "eight" not in claims("Officials said all but eight of the 129 girls kidnapped were free.")


def test_people_kidnapped_or_abducted_are_one_count_whatever_the_word() -> None:
    found = claims(
        "Gunmen abducted 129 girls. Police said 107 girls were kidnapped. The abduction of 100 pupils."
    )
    assert found["129 girls"].subject == found["107 girls"].subject == "auto.count.abducted"
    assert found["100 pupils"].subject == "auto.count.abducted"
    # a part of those kidnapped is counted by its own predicate: the escaped, not the kidnapped
    assert claims("14 of the kidnapped girls escaped.")["14"].subject.startswith("auto.count.escaped")


def test_participles_of_one_meaning_fold_and_others_stay_apart() -> None:
    found = claims(
        "More than 350 trains were stranded. 300 trains have been stalled. 40 flights were canceled."
    )
    assert (
        found["More than 350 trains"].subject == found["300 trains"].subject == "auto.count.trains-stranded"
    )
    assert found["40 flights"].subject == claims("40 flights were cancelled.")["40 flights"].subject
    # delayed trains still run: never the stranded ones
    assert claims("About 300 trains were delayed.")["About 300 trains"].subject == "auto.count.trains-delayed"


def test_the_event_noun_frames_only_those_taken_after_it() -> None:
    # "over the abduction" names the event, not what the arrested men are
    assert claims("Police arrested 12 men over the abduction.")["12 men"].subject != "auto.count.abducted"
    assert claims("Police arrested 12 men over the kidnapping.")["12 men"].subject != "auto.count.abducted"
