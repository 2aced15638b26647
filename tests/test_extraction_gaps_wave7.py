"""Extraction gaps, wave 7 (issue 12): counts and measures of English news text that got no
frame, or a frame another report's words for the same thing never reach. Short sentences
written for these tests (not seed or story text); each failed before its fix."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

from factcheck.extract import extract_text
from factcheck.model import QuantityClaim

DAY = published_on("2024-03-05")


claims = claims_published(DAY)


def test_an_age_set_off_after_a_name_is_that_persons_age() -> None:
    found = claims("The food was bad, said Asha Kumari, 12. Ravi Lal, 55, of Dhani village watched.")
    assert found["12"].unit == "years-old"
    assert found["12"].subject == "auto.measure.age.asha-kumari"
    assert found["55"].subject == "auto.measure.age.ravi-lal"
    # a title before the name is left out, as with "the 45-year-old Ravi Lal"
    assert claims("Chief Minister Ravi Lal, 62, said so.")["62"].subject == "auto.measure.age.ravi-lal"
    described = claims("Mira Sen, a 58-year-old resident of the block, was awake.")["58"]
    assert described.subject == "auto.measure.age.mira-sen"


def test_a_number_after_a_date_word_or_a_dateline_is_no_age() -> None:
    assert claims("On Tuesday, 12 people died.")["12 people"].subject == "auto.count.deaths"
    for text in ("Kanpur, 20-Nov-2016: the train left.", "Five were Indians, 57 Nepalis and four Russians."):
        assert all(c.unit != "years-old" for c in claims(text).values()), text


def test_one_persons_ages_meet_across_spellings_of_the_name() -> None:
    corpus = {"a": "The eight-year-old Asha wept. Asha said she was ill.", "b": "Asha Kumari, 12, was ill."}
    ages = {}
    for source, text in corpus.items():
        for cand in extract_text(text, published=DAY, source=source, corpus=corpus):
            if isinstance(cand.claim, QuantityClaim) and cand.claim.unit == "years-old":
                ages[source] = cand.claim.subject
    assert ages["a"] == ages["b"] == "auto.measure.age.asha-kumari"


def test_storeys_floors_and_hyphenated_stories_are_one_height() -> None:
    frames = {
        c.text: (c.subject, c.unit)
        for c in claims("The 12-story building fell. It had 12 floors. The tower had 13 storeys.").values()
    }
    assert set(frames.values()) == {("auto.count.storeys", "storeys")}
    # a 12-story building is not 12 buildings brought down
    assert claims("The 12-storey tower collapsed.")["12"].subject == "auto.count.storeys"
    # a height in passing of something unnamed is no building's floors
    assert (
        claims("a pile of rubble nearly two stories high")["nearly two stories"].subject == "unknown.quantity"
    )


def test_people_in_critical_or_serious_condition_are_their_own_count() -> None:
    found = claims("701 people were injured, 71 of them in critical condition.")
    assert found["701 people"].subject == "auto.count.injured"
    assert found["71"].subject == "auto.count.critical"
    assert found["71"].qualifiers == []  # "of them": all those critical, not a part of them
    assert claims("Thirty-two people remain in critical condition.")["Thirty-two people"].subject == (
        "auto.count.critical"
    )
    assert claims("At least 520 were hurt, more than 60 of them seriously.")["more than 60"].subject == (
        "auto.count.critical"
    )
    # "with" right after a count tells what its people have; it starts no other clause
    found = claims("Officials said 10 people with serious injuries and 4 with moderate injuries were seen.")
    assert found["10 people"].subject == "auto.count.critical"
    assert "partial-moderate-injuries" in found["4"].qualifiers
    # a verb on the count still decides: seriously injured passengers are injured ones
    assert claims("76 passengers were seriously injured.")["76 passengers"].subject == (
        "auto.count.injured.part-seriously"
    )


def test_pupils_on_a_schools_rolls_are_enrolled_not_present() -> None:
    rolls = claims("The school has 125 children on its rolls.")["125 children"]
    assert rolls.subject == "auto.count.enrolled"
    assert rolls.qualifiers == []  # the children are the whole roll, not a breakdown of it
    found = claims("The 58 pupils present that day, of the 79 enrolled, ate.")
    assert found["58 pupils"].subject == "auto.count.present"
    assert found["79"].subject == "auto.count.enrolled"


def test_a_population_is_framed_by_its_place() -> None:
    found = claims("The quake hit near Dingxi in Gansu province, home to 26 million people.")
    assert found["26 million people"].subject == "auto.count.population.gansu"
    area = claims("The Dingxi area, about the size of Wales, has a population of about 2.7 million.")
    assert area["about 2.7 million"].subject == "auto.count.population.dingxi"
    village = claims("Rescuers said the village, home to 704 people, was buried.")
    assert village["704 people"].subject == "auto.count.population.village"
    assert claims("In Minxian county, home to 100,000 people, it was worst.")["100,000 people"].subject == (
        "auto.count.population.minxian"
    )


def test_an_ordinal_before_a_superlative_is_a_rank() -> None:
    found = claims("It is the tenth busiest and third biggest port in the world.")
    assert found["tenth busiest"].subject == "auto.measure.rank.busiest"
    assert found["third biggest"].subject == "auto.measure.rank.largest"
    assert found["third biggest"].unit == found["tenth busiest"].unit == "rank"
    assert claims("The port, the 10th largest in the world, burned.")["10th largest"].subject == (
        "auto.measure.rank.largest"
    )
    # an ordinal that ranks nothing orders, it counts nothing
    assert claims("A third team began drilling.")["third team"].subject == "unknown.quantity"


def test_a_place_before_a_distance_a_direction_closes_is_its_place() -> None:
    found = claims("It was felt in Lanzhou, the provincial capital, 177 km north.")
    assert found["177 km"].subject == "auto.measure.distance.lanzou"
    found = claims(
        "It was felt in the capital of Lanzhou 110 miles north, and in Xi'an, 250 miles to the east."
    )
    assert found["110 miles"].subject == "auto.measure.distance.lanzou"
    assert found["250 miles"].subject == "auto.measure.distance.xi-an"
    # no place before it, or a place after it that the distance is measured from
    assert claims("Rescuers walked 5 km north.")["5 km"].subject == "unknown.quantity"
    assert claims("Xi'an lies 40 km south of Lanzhou.")["40 km"].subject == "auto.measure.distance.lanzou"


def test_the_trapped_the_evacuated_and_those_in_care_meet_whatever_the_wording() -> None:
    trapped = [
        claims("The landslide left 30 dead and more than 150 feared trapped.")["more than 150"],
        claims("The hill collapsed, trapping about 160 people under the debris.")["about 160 people"],
        claims("Hopes fade for 13 miners trapped underground.")["13 miners"],
    ]
    assert {c.subject for c in trapped} == {"auto.count.trapped"}
    evacuated = [
        claims("More than 400,000 people were shifted to safety.")["More than 400,000 people"],
        claims("The state moved over nine lakh people to safer places.")["over nine lakh people"],
        claims("More than half a million people had taken cover in shelters.")[
            "More than half a million people"
        ],
    ]
    assert {c.subject for c in evacuated} == {"auto.count.evacuated"}
    care = claims("Twenty-five others are under medical supervision in the city.")["Twenty-five others"]
    assert care.subject == "auto.count.hospitalised"
    there = claims("There were 47 people on the island at the time of the eruption.")["47 people"]
    assert there.subject == "auto.count.present"
    # a toll said "at the time" is still a toll
    assert claims("12 people were killed at the time.")["12 people"].subject == "auto.count.deaths"


def test_members_of_one_family_are_a_part_of_a_toll() -> None:
    found = claims("She and ten members of her family are believed buried under the debris.")
    assert found["ten members"].subject == "auto.count.trapped.part-of-her-family"
    assert found["ten members"].qualifiers == ["partial-of-her-family"]
    assert claims("A ferry carrying 16 crew members capsized.")["16 crew members"].qualifiers == []


def test_the_coast_of_a_named_country_is_that_country_not_the_shore() -> None:
    assert claims("The island sits 113 kilometres off the coast of Tunisia.")["113 kilometres"].subject == (
        "auto.measure.distance.tunisia"
    )
    assert claims("They lit a fire half a mile from the shore.")["half a mile"].subject == (
        "auto.measure.distance.shore"
    )
    island = claims("It capsized just half a mile from the Italian island of Lampedusa.")["half a mile"]
    assert island.subject == "auto.measure.distance.lampedusa"
    # the port a story's boat left stays the port
    assert claims("It sank 200 metres from the port of Ormoc.")["200 metres"].subject == (
        "auto.measure.distance.port"
    )


def test_more_wordings_of_critical_care_evacuation_and_factories() -> None:
    assert claims("There are 18 in critical care.")["18"].subject == "auto.count.critical"
    assert (
        claims("Officials began evacuating 24,000 people.")["24,000 people"].subject == "auto.count.evacuated"
    )
    assert claims("The country has around 4,500 garment factories.")[
        "around 4,500 garment factories"
    ].subject == ("auto.count.factories.part-garment")


def test_a_toll_a_participle_gives_to_another_event_is_that_events() -> None:
    found = claims("It comes four years after another dam in Brazil collapsed, killing at least 17 people.")
    assert found["at least 17 people"].subject == "auto.count.deaths.other"
    earlier = claims("It comes three years after a dam burst in Mariana, killing 19 people, the worst yet.")
    assert earlier["19 people"].subject == "auto.count.deaths.other"
    assert claims("The quake struck on Saturday, killing at least 50 people.")[
        "at least 50 people"
    ].subject == ("auto.count.deaths")


def test_a_place_is_where_a_states_people_are_not_a_part() -> None:
    found = claims("The 58 pupils present that day, of the 79 enrolled in the Gandaman Primary School, ate.")
    assert found["79"].qualifiers == []  # the school's whole roll
    assert claims("About 1,000 people live in the village.")["About 1,000 people"].subject == (
        "auto.count.population.village"
    )
    # a toll at a place is still a part of the toll
    assert claims("Twelve people died at the market.")["Twelve people"].qualifiers == ["in-market"]


def test_the_one_driver_or_pilot_of_a_story_has_one_age() -> None:
    assert claims("The 45-year-old driver fled.")["45"].subject == "auto.measure.age.driver"
    assert claims("The driver, 47, fled.")["47"].subject == "auto.measure.age.driver"
    assert claims("The train's engineer, 55, was hurt.")["55"].subject == "auto.measure.age.engineer"
    # anyone else is nobody another report could name
    assert claims("A 40-year-old farmer died.")["40"].subject == "unknown.quantity"
    assert claims("The 58-year-old resident was awake.")["58"].subject == "unknown.quantity"


def test_a_sum_is_framed_by_what_it_is_for() -> None:
    assert claims("Vale faces a $1.8 billion fine.")["$1.8 billion"].subject == "auto.measure.money.fine"
    frozen = claims("Prosecutors froze more than $260 million of its funds.")
    assert frozen["more than $260 million"].subject == "auto.measure.money.frozen"
    # a conversion in brackets is the same sum
    assert (
        claims("They asked to freeze 5bn reais ($1.33bn).")["$1.33bn"].subject == "auto.measure.money.frozen"
    )
    # a sum nothing says the purpose of stays plain money
    assert claims("The company is worth $5 million.")["$5 million"].subject == "auto.measure.money"


def test_rupees_written_before_the_figure_are_money() -> None:
    found = claims("The state will pay Rs 4 lakh to the next of kin of each victim.")
    assert found["Rs 4 lakh"].unit == "INR"
    assert found["Rs 4 lakh"].value == 400_000
    assert found["Rs 4 lakh"].subject == "auto.measure.money.compensation"
    assert claims("An ex gratia of Rs. 2 lakh each was announced.")["Rs. 2 lakh"].unit == "INR"


def test_a_month_or_weekday_before_a_comma_is_no_one_with_an_age() -> None:
    for text in ("In July, 12, were killed.", "On Tuesday, 12, died."):
        assert all(c.unit != "years-old" for c in claims(text).values()), text


def test_people_where_it_happened_when_it_happened_were_present() -> None:
    assert claims("More than 400 people were on the bridge when it collapsed.")[
        "More than 400 people"
    ].subject == ("auto.count.present")
    found = claims("A total of 1,137 workers, out of 1,163, were in the factory when the fire broke out.")
    assert found["1,137 workers"].subject == "auto.count.present"
    # a toll there stays a toll
    assert claims("20 people were killed in the blast.")["20 people"].subject == "auto.count.deaths"
