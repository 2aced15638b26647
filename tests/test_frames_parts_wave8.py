"""Frames (issue 12, wave 8): a part of a count ("including 10 children", "in one courtyard", "five
of the dead were foreigners") has a frame of its own, so it never meets the whole count nor joins
its "figure updated" group, while two reports' parts of one kind still meet. Sentences written
for these tests (not story text)."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

from factcheck.model.ids import is_part_frame, part_frame

claims = claims_published(published_on("2024-03-07"))


def test_a_part_gets_its_own_frame_and_the_whole_keeps_the_toll() -> None:
    found = claims("A fire killed at least 40 people, including 10 children.")
    assert found["at least 40 people"].subject == "auto.count.deaths"
    assert found["10 children"].subject == "auto.count.deaths.part-child"
    assert is_part_frame(found["10 children"].subject)
    assert not is_part_frame(found["at least 40 people"].subject)


def test_two_reports_parts_of_one_kind_meet() -> None:
    one = claims("The blaze killed 50 people. Twelve firefighters were among the dead.")
    other = claims("The blaze killed at least 60 people, including 17 firefighters.")
    assert one["Twelve firefighters"].subject == other["17 firefighters"].subject
    # a kind of people alone may be all of them ("58 schoolchildren were taken ill"): it keeps
    # the frame, with its qualifier
    assert claims("The 58 schoolchildren were taken ill.")["58 schoolchildren"].subject == "auto.count.ill"


def test_a_part_said_after_its_count_is_a_part() -> None:
    found = claims("The quake killed 40 people. 5 of the dead were foreigners.")
    assert found["5"].subject == "auto.count.deaths.part-foreigner"


def test_a_count_in_one_place_of_several_is_a_part() -> None:
    found = claims("The flood killed 60 people; 26 bodies were found in one courtyard.")
    assert found["60 people"].subject == "auto.count.deaths"
    assert found["26 bodies"].subject == "auto.count.deaths.part-in-one-courtyard"


def test_a_part_of_no_kind_is_never_compared() -> None:
    found = claims("The crash injured 80 people. 31 of the injured were in serious condition.")
    assert found["80 people"].subject == "auto.count.injured"
    assert found["31"].subject.startswith("unknown.")


def test_a_toll_a_storm_claimed_is_no_part() -> None:
    found = claims("A cyclone claimed 10,000 lives in the same area in 1999.")
    assert not is_part_frame(found["10,000 lives"].subject)


def test_a_group_noun_of_those_sent_is_not_a_part() -> None:
    assert claims("More than 2,500 soldiers were deployed.")["More than 2,500 soldiers"].subject == (
        "auto.count.troops"
    )


def test_part_frame_is_one_slug_per_set_of_parts() -> None:
    assert (
        part_frame("auto.count.deaths", ["in-minxian", "child"]) == "auto.count.deaths.part-child.in-minxian"
    )
