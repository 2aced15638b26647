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


def test_a_part_said_after_of_the_missing_meets_the_same_part_said_before() -> None:
    one = claims("Officials said 14 of the dead were Catholic.")
    two = claims("The blast killed 9 Catholic pilgrims, officials said.")
    assert one["14"].subject == "auto.count.deaths.part-catholic"
    assert one["14"].qualifiers == two["9 Catholic pilgrims"].qualifiers == ["catholic"]


# wave 9 review (fix9c): phrasings the classes above must not swallow


def test_people_at_a_workplace_keep_the_fate_the_verb_gives_them() -> None:
    found = claims(
        "About 300 people at the site were killed. About 1,200 workers at the plant lost their jobs."
    )
    assert found["About 300 people"].subject == "auto.count.deaths"
    assert found["About 1,200 workers"].subject != "auto.count.present"


def test_a_when_clause_far_after_the_place_is_not_those_present() -> None:
    found = claims(
        "Some 80 workers were at the new cement plant outside the old river town when police came."
    )
    assert found["Some 80 workers"].subject != "auto.count.present"


def test_units_of_people_are_never_multiplied() -> None:
    found = claims(
        "On May 14, the army sent three teams of 12 rescuers each. Since 2019 rescue teams of 8 "
        "firefighters each have trained here. Five units of 30 homes were built. The firm has two "
        "companies of 300 employees each."
    )
    assert found["12 rescuers"].value == 12
    assert found["8 firefighters"].value == 8
    assert found["30 homes"].value == 30
    assert found["300 employees"].value == 300
    assert found["30 homes"].subject != "auto.count.troops"


def test_a_count_in_teams_that_is_not_multiplied_is_no_troop_count() -> None:
    found = claims("Three teams of 12 searched the hills.")
    assert found["12"].value == 12
    assert found["12"].subject != "auto.count.troops"


def test_residents_numbering_with_a_role_before_them_are_no_population() -> None:
    found = claims(
        "The injured villagers, numbering 45, were taken to hospital. Of those evacuated, the "
        "villagers, numbering 120, were housed in a school."
    )
    assert "population" not in found["45"].subject
    assert "population" not in found["120"].subject


def test_a_part_said_before_a_comma_and_a_conjunction_is_the_breakdown() -> None:
    one = claims("Officials said 7 of those killed were Sikh, though none has been named.")
    two = claims("The crash killed 11 Sikh pilgrims.")
    assert one["7"].subject == two["11 Sikh pilgrims"].subject == "auto.count.deaths.part-sikh"
    assert one["7"].qualifiers == ["sikh"]


def test_a_part_said_before_more_words_stays_a_part_of_the_toll() -> None:
    one = claims("Officials said 3 of the dead were children aged under five.")
    two = claims("Police said 12 children were among the dead.")
    assert one["3"].qualifiers != two["12 children"].qualifiers


def test_buildings_flooded_never_meet_homes_flooded() -> None:
    one = claims("The river flooded 200 buildings in the town.")
    two = claims("The river flooded about 150 homes.")
    assert one["200 buildings"].subject != two["about 150 homes"].subject


def test_homes_partly_or_nearly_buried_are_not_brought_down() -> None:
    found = claims("About 40 houses were partly buried. Some 25 houses were nearly buried.")
    assert found["About 40 houses"].subject != "auto.count.homes-destroyed"
    assert found["Some 25 houses"].subject != "auto.count.homes-destroyed"
