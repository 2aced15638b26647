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
