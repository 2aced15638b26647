"""A surname alone that misspells the person its report has just named in full ("George Kurtz
said …" then "Kurts said …"): one report's slip, joined to the name. The counter-examples stay
apart: another person the texts name in full, a lone word written before the full name, in the
same sentence, as a place, or by several reports, and full names one letter apart (relatives)."""

from __future__ import annotations

from factcheck.extract.autonames import NameClusters


def frames(texts: dict[str, str]) -> dict[str, str | None]:
    clusters = NameClusters(texts)
    return {name: clusters.frame(name) for name in clusters.of}


KURTZ = {
    "b": "Chief executive George Kurtz said a fix had been deployed.",
    "c": "George Kurtz apologised to customers on Friday.",
}


def test_a_surname_alone_one_letter_off_after_the_full_name_is_that_persons_slip() -> None:
    found = frames(
        {
            "a": (
                "CrowdStrike chief executive George Kurtz said the problem was found.\n\n"
                "In a later post, Kurts said the outage was not a cyberattack."
            ),
            **KURTZ,
        }
    )
    assert found["Kurts"] == found["George Kurtz"] == "auto.name.george-kurtz"


def test_a_sentence_first_surname_with_two_letters_swapped_joins_the_name_named_before() -> None:
    # "Rabei" opens its sentence: capitals there found no name, but it may still be a spelling
    found = frames(
        {
            "a": "Osama Rabie, head of the canal authority, said tugs were at work.\n\nRabei added that he hopes to finish soon.",
            "b": "Osama Rabie said the ship would be freed.",
            "c": "Canal chief Osama Rabie spoke on Saturday.",
        }
    )
    assert found["Rabei"] == found["Osama Rabie"]


def test_another_person_the_texts_name_in_full_stays_apart() -> None:
    found = frames(
        {
            "a": "Ben Carson said the plan would work.\n\nCarlson said on his show that it would not.",
            "b": "Ben Carson, the housing secretary, spoke first.",
            "c": "Ben Carson said more money was coming.",
            "d": "The host Tucker Carlson said the plan was a failure.",
        }
    )
    assert found["Carlson"] != found["Ben Carson"]


def test_a_surname_written_before_the_full_name_is_no_reference_back() -> None:
    # a report names someone in full first; a lone surname before that is someone else
    found = frames(
        {
            "a": "Kurts said he spoke first.\n\nLater George Kurtz said the fix was out.",
            **KURTZ,
            "d": "George Kurtz said the update was faulty.",
        }
    )
    assert found.get("Kurts") != found["George Kurtz"]


def test_a_lone_surname_in_the_sentence_naming_the_person_is_another_person() -> None:
    found = frames(
        {
            "a": "George Kurtz said that Kurts told him about the update.",
            **KURTZ,
            "d": "George Kurtz said the update was faulty.",
        }
    )
    assert found.get("Kurts") != found["George Kurtz"]


def test_a_lone_spelling_two_reports_write_is_a_name_of_its_own() -> None:
    found = frames(
        {
            "a": "George Kurtz said the fix was out.\n\nKurts said the rival firm was not to blame.",
            "b": "George Kurtz said a fix had been deployed.\n\nKurts, the rival's founder, said nothing.",
            "c": "George Kurtz apologised to customers on Friday.",
        }
    )
    assert found.get("Kurts") != found["George Kurtz"]


def test_a_place_near_a_persons_surname_stays_apart() -> None:
    found = frames(
        {
            "a": "Governor Anne Kassel said the line reopened.\n\nKasel said trains ran again near Kasel on Monday.",
            "b": "Anne Kassel said the repairs were done.",
            "c": "Governor Anne Kassel thanked the crews.",
        }
    )
    assert found.get("Kasel") != found["Anne Kassel"]


def test_a_lone_word_near_the_surnames_of_two_named_people_stays_apart() -> None:
    found = frames(
        {
            "a": "Coach Mark Hansen said the team was ready. Goalkeeper Lars Hanson, 31, agreed.\n\nHansan said nothing.",
            "b": "Mark Hansen said the squad trained on Monday. Lars Hanson said he was fit.",
            "c": "Mark Hansen named the side. Lars Hanson will start.",
        }
    )
    assert found.get("Hansan") not in {found["Mark Hansen"], found["Lars Hanson"]}


def test_a_surname_two_people_share_in_full_elsewhere_is_no_slip_of_a_third() -> None:
    # "Carlson" is two people's surname (so no run of either): it is not Ben Carson's slip
    found = frames(
        {
            "a": "Ben Carson said the plan would work.\n\nCarlson said on his show that it would not.",
            "b": "Ben Carson, the housing secretary, spoke first. The host Tucker Carlson disagreed.",
            "c": "Ben Carson said more money was coming. Gretchen Carlson said the same.",
        }
    )
    assert found.get("Carlson") != found["Ben Carson"]


def test_a_town_one_letter_off_a_volcanos_name_stays_apart() -> None:
    # no person: "Sinabang" (a town) is no slip of Mount Sinabung
    found = frames(
        {
            "a": "Mount Sinabung erupted on Sunday.\n\nSinabang told residents to stay indoors.",
            "b": "Mount Sinabung spewed ash again.",
            "c": "Villagers fled Mount Sinabung.",
        }
    )
    assert found.get("Sinabang") != found["Mount Sinabung"]


def test_a_lone_word_near_a_name_only_two_reports_write_stays_apart() -> None:
    found = frames(
        {
            "a": "Chief executive George Kurtz said the fix was out.\n\nKurts said the outage was over.",
            "b": "George Kurtz apologised to customers on Friday.",
        }
    )
    assert found.get("Kurts") != found["George Kurtz"]


def test_a_country_one_letter_off_a_persons_surname_stays_apart() -> None:
    found = frames(
        {
            "a": "Trade envoy Daniel Chinn said tariffs would rise.\n\nChina said it would answer in kind.",
            "b": "Daniel Chinn said talks would resume.",
            "c": "Envoy Daniel Chinn flew home on Monday.",
        }
    )
    assert found.get("China") != found["Daniel Chinn"]


def test_a_lone_surname_with_another_age_than_the_named_persons_is_another_person() -> None:
    found = frames(
        {
            "a": "Housing secretary Ben Carson, 65, said the plan would work.\n\nCarlson said it would fail. Carlson, 54, has opposed it for years.",
            "b": "Ben Carson, 65, said more money was coming.",
            "c": "Ben Carson, the housing secretary, spoke first.",
        }
    )
    assert found.get("Carlson") != found["Ben Carson"]


def test_a_lone_surname_introduced_with_a_description_is_another_person() -> None:
    # "Carlson, the television host, said": a report introduces someone by the surname; a slip
    # of a person named before is written as a reference back ("Kurts said")
    found = frames(
        {
            "a": "Housing secretary Ben Carson said the plan would work.\n\nCarlson, the television host, said it would fail.",
            "b": "Ben Carson said more money was coming.",
            "c": "Ben Carson, the housing secretary, spoke first.",
        }
    )
    assert found.get("Carlson") != found["Ben Carson"]


def test_a_lone_word_before_a_noun_is_no_reference_to_the_person() -> None:
    found = frames(
        {
            "a": "Governor Anne Kassel said the line reopened.\n\nKasel station was not damaged.",
            "b": "Anne Kassel said the repairs were done.",
            "c": "Governor Anne Kassel thanked the crews.",
        }
    )
    assert found.get("Kasel") != found["Anne Kassel"]
