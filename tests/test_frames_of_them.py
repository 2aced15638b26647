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


def test_a_count_joined_by_and_to_a_part_is_a_part_of_its_own_kind() -> None:
    found = claims("The earthquake has killed 157 people, including 72 women and 33 men.")
    assert found["72 women"].subject == "auto.count.deaths.part-woman"
    assert found["33 men"].subject == "auto.count.deaths.part-man"


def test_of_whom_with_a_kind_is_a_part_and_the_count_joined_to_it_too() -> None:
    found = claims("The death toll has reached 157, of whom 99 are women and 58 are men.")
    assert found["99"].subject == "auto.count.deaths.part-woman"
    assert found["58"].subject == "auto.count.deaths.part-man"


def test_the_second_kind_after_of_them_is_a_part_too() -> None:
    found = claims("The stampede killed 121 people, at least 108 of them women and seven children.")
    assert found["seven children"].subject == "auto.count.deaths.part-child"


def test_of_whom_with_no_kind_keeps_the_toll() -> None:
    # "of whom 12 died" is the toll itself, not a part of anything
    found = claims("The bus carried 50 people, of whom 12 died.")
    assert found["12"].subject == "auto.count.deaths"


def test_men_alone_are_everyone_counted_not_a_part() -> None:
    # "men" names a part only when joined to another part: "40 men were trapped" is all of them
    found = claims("The collapse trapped 40 men inside the tunnel.")
    assert found["40 men"].subject == "auto.count.trapped"
    assert found["40 men"].qualifiers == []


def test_a_count_after_a_part_and_another_verb_keeps_its_own_role() -> None:
    found = claims("The flood killed 20 people, including 5 children, and rescuers saved 14 women.")
    assert found["14 women"].subject.startswith("auto.count.rescued")
    found = claims("The quake killed 30 people, including 12 children and 40 were injured.")
    assert found["40"].subject == "auto.count.injured"
