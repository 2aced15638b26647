"""Ages (issue 12, session 19): an age is framed by the person it is of in the forms news copy
writes besides "N-year-old X" and "X, N,": "X is N years old" and "X, who is (believed to be) N".
Each form has counter-examples: an age of another time, a thing's age, a bare "is N", and two
people in one sentence. A number opening a sentence ("At 68, Woods has") is never read as an age:
it is as often a score or a clock (fix_ages19)."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

DAY = published_on("2025-05-12")
claims = claims_published(DAY, source="wire")


def ages_in(text: str) -> set[str]:
    """The age frames extraction gives the quantities of `text`."""
    return {c.subject for c in claims(text).values() if c.subject.startswith("auto.measure.age")}


def test_an_age_said_with_is_is_the_person_s() -> None:
    found = claims("According to police records, Joaquin Guzman is 58 years old. He fled on Sunday.")
    assert found["58"].subject == "auto.measure.age.joaquin-guzman"


def test_an_age_said_of_one_name_needs_an_age_set_off_after_that_name() -> None:
    # "Guzman" alone may be a firm or a place: a person's only where a source writes "Guzman, 56,"
    assert ages_in("According to police records, Guzman is 58 years old. He fled on Sunday.") == set()
    found = claims("Guzman, 56, fled on Sunday. According to police records, Guzman is 58 years old.")
    assert found["58"].subject == "auto.measure.age.guzman"


def test_a_hedged_age_after_who_is_is_the_person_s() -> None:
    found = claims("Joaquin Guzman, who is believed to be around 56 years old, was not recaptured.")
    assert found["around 56"].subject == "auto.measure.age.joaquin-guzman"


def test_a_firm_or_a_noun_phrase_before_is_is_no_person() -> None:
    # review19_ages19: a firm named like a person, a name ending a longer noun phrase, an age over 120
    assert ages_in("Ford is 122 years old. Bill Ford spoke in Detroit on Monday.") == set()
    assert ages_in("Ford is 99 years old. Bill Ford spoke in Detroit on Monday.") == set()
    assert ages_in("The firm founded by Lund is 40 years old. Its owner spoke in Oslo.") == set()
    assert ages_in("The daughter of Tom Reed, who is 12, was pulled from the river.") == set()
    assert ages_in("Peter Lund is 130 years old, the joke went.") == set()


def test_a_bare_age_after_who_is_is_the_person_s() -> None:
    found = claims("Mara Quist, who is 83, said she was thrilled.")
    assert found["83"].subject == "auto.measure.age.mara-quist"


def test_a_bare_number_after_is_is_no_age() -> None:
    # "Smith is 35." may be a score or a rank: only ", who is" or "years old" makes it an age
    assert ages_in("In the standings, Dalton is 35. Reed is 12, well behind.") == set()


def test_an_age_of_another_time_is_not_the_person_s_age() -> None:
    found = claims("Tom Hale was 35 years old when he joined the force in 1990.")
    assert found["35"].subject != "auto.measure.age.tom-hale"


def test_a_thing_s_age_said_with_is_is_never_a_person_s() -> None:
    assert ages_in("The Morbi Bridge is 140 years old. The Westgate Tower is 40 years old.") == set()


def test_a_number_opening_a_sentence_is_never_an_age() -> None:
    # a golf score, a batsman's runs and a 24-hour clock (review19_ages19), and an age long ago
    assert (
        ages_in("Tiger Woods led at Augusta. At 68, Woods has a two-shot lead after the first round.")
        == set()
    )
    assert (
        ages_in("Joe Root batted on. At 47, Root is still at the crease and England are 120 for two.")
        == set()
    )
    assert ages_in("Mayor Tom Reed opened the fair. At 15, Reed has a meeting with traders.") == set()
    assert ages_in("At 17, Sharapova won Wimbledon. At 82, Higgs has lost none of his composure.") == set()


def test_two_people_s_ages_in_one_sentence_stay_apart() -> None:
    found = claims("Dana Reyes, who is 40, met a friend; Paul Ortega, who is 38, came on Monday.")
    assert found["40"].subject == "auto.measure.age.dana-reyes"
    assert found["38"].subject == "auto.measure.age.paul-ortega"


def test_two_children_s_ages_set_off_by_commas_stay_apart() -> None:
    found = claims("Among the dead were Maria, 10, and Jose, 11, pupils of the school.")
    assert found["10"].subject == "auto.measure.age.maria"
    assert found["11"].subject == "auto.measure.age.jose"


def test_a_mother_and_child_in_one_sentence_keep_their_own_ages() -> None:
    found = claims("Ana Lind, who is 34, and her son Leo, 6, were rescued on Monday.")
    assert found["34"].subject == "auto.measure.age.ana-lind"
    assert found["6"].subject == "auto.measure.age.leo"


def test_an_unnamed_man_is_never_the_named_person_near_him() -> None:
    found = claims("Chief Tom Hale said a 35-year-old man was arrested. Tom Hale is 52 years old.")
    assert found["35"].subject != "auto.measure.age.tom-hale"
    assert found["52"].subject == "auto.measure.age.tom-hale"


def test_an_age_never_meets_a_year_or_a_count() -> None:
    found = claims("Tom Reed is the youngest of 45 delegates. Tom Reed, who is 45, came in 2001.")
    ages = {c.subject for k, c in found.items() if c.subject.startswith("auto.measure.age")}
    assert ages == {"auto.measure.age.tom-reed"}
    assert found["45 delegates"].subject != "auto.measure.age.tom-reed"


def test_an_age_a_person_turned_or_turns_is_not_read_as_the_age() -> None:
    assert ages_in("Reed, who turned 45 in May, said he would run. Lind, who turns 60 soon, agreed.") == set()


def test_a_headline_s_last_words_are_not_part_of_the_name_an_age_follows() -> None:
    found = claims(
        "Bridge reopens in Kessel\n\nReed, 53, cut the ribbon.\n\nPort of Aldby\n\nAnna Lind is 40 years old."
    )
    assert found["53"].subject == "auto.measure.age.reed"
    assert found["40"].subject == "auto.measure.age.anna-lind"


def test_a_city_s_age_in_thousands_or_a_namesake_s_apposed_age_is_no_person_s() -> None:
    # "2,000" is read whole, not as 2; "Anne Paris, 41," vouches for Anne Paris, not for "Paris"
    found = claims("Paris is 2,000 years old. Anne Paris, 41, spoke. Paris is 100 years old.")
    assert found["41"].subject == "auto.measure.age.anne-paris"
    assert found["2,000"].subject == found["100"].subject == "unknown.quantity"
