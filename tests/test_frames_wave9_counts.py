"""Frames, wave 9 (issue 12): phrasing classes whose two sides never met. Our own sentences in
the shape of news reports; each failed before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

DAY = published_on("2024-05-14")


claims = claims_published(DAY)


def test_homes_brought_down_in_other_words_meet_homes_destroyed() -> None:
    found = claims(
        "The mudslide left 52 homes buried. Some 37 houses were flattened by the torrent. "
        "It razed more than 60 dwellings. About 45 huts were swept away overnight."
    )
    assert found["52 homes"].subject == "auto.count.homes-destroyed"
    assert found["Some 37 houses"].subject == "auto.count.homes-destroyed"
    assert found["more than 60 dwellings"].subject == "auto.count.homes-destroyed"
    assert found["About 45 huts"].subject == "auto.count.homes-destroyed"


def test_people_buried_are_never_homes() -> None:
    found = claims("At least 30 people were buried under the mud. The 12 victims were buried on Sunday.")
    assert "homes" not in found["At least 30 people"].subject
    assert "homes" not in found["12 victims"].subject


def test_houses_and_homes_with_another_verb_still_meet_each_other() -> None:
    one = claims("The river flooded more than 200 houses.")
    two = claims("The river flooded about 150 homes.")
    assert one["more than 200 houses"].subject == two["about 150 homes"].subject == "auto.count.homes-flooded"


def test_residents_numbering_a_count_give_the_population_of_their_place() -> None:
    one = claims("The islanders, numbering about 2,300, fled to the hills.")
    two = claims("The island, home to 2,100 people, lies off the coast.")
    assert one["about 2,300"].subject == two["2,100 people"].subject == "auto.count.population.island"


def test_numbering_after_another_noun_is_no_population() -> None:
    found = claims("The rescuers, numbering about 300, reached the site.")
    assert "population" not in found["about 300"].subject


def test_a_breakdown_by_faith_meets_whether_said_before_or_after() -> None:
    one = claims("The missing include at least 16 Muslim people, officials said.")
    two = claims("Police said 11 of those missing are Muslim.")
    assert one["at least 16 Muslim people"].subject == two["11"].subject == "auto.count.missing.part-muslim"


def test_a_babys_age_meets_named_or_not() -> None:
    one = claims("Rescuers freed a woman and her 4-month-old daughter on Tuesday.")
    two = claims("Sunita clutched her two-month-old daughter Asha as the water rose.")
    assert one["4"].subject == two["two"].subject == "auto.measure.age.infant-girl"


def test_a_boys_age_never_meets_a_girls_nor_an_age_in_years() -> None:
    found = claims("A 5-month-old son and a 3-week-old girl survived. The 9-year-old son of Ravi Das died.")
    assert found["5"].subject == "auto.measure.age.infant-boy"
    assert found["3"].subject == "auto.measure.age.infant-girl"
    assert "infant" not in found["9"].subject


def test_units_of_people_give_the_personnel_they_hold() -> None:
    found = claims(
        "Six teams of 25 soldiers each searched the hills. Three squads, each comprising 12 "
        "firefighters, stood by."
    )
    assert found["Six teams"].subject == "auto.count.teams"  # the units keep their own count
    assert found["25 soldiers each"].value == 150
    assert found["25 soldiers each"].subject == "auto.count.troops"
    assert found["12 firefighters"].value == 36
    assert found["12 firefighters"].subject == "auto.count.troops"


def test_a_count_after_a_unit_count_with_no_join_is_no_product() -> None:
    found = claims("Six teams arrived and 25 soldiers were hurt. Teams of 40 rescuers searched.")
    assert found["25 soldiers"].value == 25
    assert found["40 rescuers"].value == 40  # "teams of" with no count of teams multiplies nothing


def test_people_at_the_workplace_are_those_present() -> None:
    one = claims("Officials said only half of the roughly 500 workers at the plant were found.")
    two = claims(
        "About 610 people were in the Santa Rita copper mine near the town of Baixo when it flooded."
    )
    assert one["roughly 500 workers"].subject == two["About 610 people"].subject == "auto.count.present"


def test_a_roles_own_noun_at_a_workplace_keeps_its_role() -> None:
    found = claims("By noon 40 firefighters at the plant fought the blaze. The site of the blast was sealed.")
    assert found["40 firefighters"].subject != "auto.count.present"


def test_a_part_said_after_of_the_missing_meets_the_same_part_said_before() -> None:
    one = claims("Officials said 14 of the dead were Catholic.")
    two = claims("The blast killed 9 Catholic pilgrims, officials said.")
    assert one["14"].subject == "auto.count.deaths.part-catholic"
    assert one["14"].qualifiers == two["9 Catholic pilgrims"].qualifiers == ["catholic"]
