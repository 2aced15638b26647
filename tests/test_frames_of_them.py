"""Frames (issue 12): a count right after a comma and followed by "of them" / "of whom" ("killed 30
people, 12 of them children") is a part of the set the sentence named before it, and takes what
befell that set. Short sentences written for these tests (not seed or story text); each failed
before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

DAY = published_on("2024-03-07")

claims = claims_published(DAY)


def test_of_them_after_a_toll_is_a_part_of_the_toll_by_its_kind() -> None:
    found = claims("The flood killed 30 people, 12 of them children.")
    assert found["30 people"].subject == "auto.count.deaths"
    assert found["12"].subject == "auto.count.deaths.part-child"


def test_of_whom_after_a_count_of_the_injured_is_a_part_of_the_injured() -> None:
    found = claims("The hospital received 14 injured, 11 of whom were children.")
    assert found["11"].subject == "auto.count.injured.part-child"


def test_the_nearest_fate_before_the_count_decides() -> None:
    found = claims("The blast killed 40 and injured 95 people, 30 of them women.")
    assert found["30"].subject == "auto.count.injured.part-woman"


def test_a_part_followed_by_another_counted_part_keeps_its_kind() -> None:
    found = claims("The stampede killed 121 people, at least 108 of them women and seven children.")
    assert found["at least 108"].subject == "auto.count.deaths.part-woman"


def test_two_kinds_of_part_never_meet_and_a_part_never_meets_the_toll() -> None:
    women = claims("The stampede killed 121 people, 108 of them women.")["108"]
    children = claims("The stampede killed 121 people, 108 of them children.")["108"]
    toll = claims("The stampede killed 108 people.")["108 people"]
    assert len({women.subject, children.subject, toll.subject}) == 3


def test_of_them_without_a_fate_before_it_stays_unframed() -> None:
    # no cue of what befell anyone: "of them" alone says nothing about a toll
    found = claims("The school has 300 pupils, 120 of them girls.")
    assert not found["120"].subject.startswith("auto.count.deaths")
    assert not found["120"].subject.startswith("auto.count.injured")


def test_of_them_mid_clause_is_not_taken_for_an_appositive() -> None:
    # the count does not open its own clause: its own words decide, as before
    found = claims("Rescuers reached 12 of them by noon after the quake killed 30.")
    assert found["12"].subject != "auto.count.deaths.part-child"
