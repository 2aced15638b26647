"""Counts of a nationality (issue 12): every way of writing one people's count ("Nine Britons",
"six British nationals", "10 from the United Kingdom") is one part of the total, and a list of
nationalities takes the frame of the count it is listed after or of the verb closing it. Short
sentences written for these tests (not seed or story text); each must-fail case failed before
its fix, each twin passed before and after."""

from __future__ import annotations

from typing import Any

from quantity_claims import claims_published, published_on
from registry_review import Review

from factcheck.extract.frames import breakdown_part

DAY = published_on("2024-03-07")
claims = claims_published(DAY)


def test_a_peoples_own_noun_is_its_nationality() -> None:
    found = claims("Nine Britons were aboard the jet. Six British nationals were aboard the jet.")
    assert found["Nine Britons"].qualifiers == ["british"]
    assert found["Six British nationals"].qualifiers == ["british"]


def test_two_demonyms_of_one_people_give_one_part() -> None:
    found = claims("At least 12 Nepalese guides were killed. 12 Nepali Sherpas were killed.")
    assert found["At least 12 Nepalese guides"].subject == found["12 Nepali Sherpas"].subject
    assert (
        found["At least 12 Nepalese guides"].qualifiers
        == found["12 Nepali Sherpas"].qualifiers
        == ["nepalese"]
    )


def test_a_count_from_a_named_country_is_its_peoples_part() -> None:
    assert breakdown_part("Also aboard were 27 from Australia", 19, None) == "australian"
    assert breakdown_part("43 citizens of Malaysia", 11, "citizens") == "malaysian"
    assert breakdown_part("192 people from the Netherlands", 10, "people") == "dutch"
    assert breakdown_part("10 from the United Kingdom; 4 each", 2, None) == "british"


def test_a_country_that_owns_the_count_or_is_no_people_is_no_part() -> None:
    # twins: a possessive is the country's own set, "each" shares a count out, a side's score
    assert breakdown_part("20 of India's 28 states", 2, None) is None
    assert breakdown_part("4 each from Germany and Belgium", 1, None) is None
    assert breakdown_part("Brazil 1, Germany 7", 8, None) is None
    assert breakdown_part("The 24 from Ford were laid off", 6, None) is None


def test_a_list_of_nationalities_takes_the_frame_of_the_count_it_follows() -> None:
    found = claims(
        "Also aboard were 43 citizens of Malaysia; 27 from Australia; 12 from Indonesia. "
        "There were 298 passengers on board, of which 193 were Dutch, 44 Malaysian and 39 Australian."
    )
    assert found["43 citizens"].subject == "auto.count.aboard"
    assert found["43 citizens"].qualifiers == ["malaysian"]
    assert found["27"].subject == "auto.count.aboard"
    assert found["27"].qualifiers == ["australian"]
    assert found["39"].subject == "auto.count.passengers"
    assert found["39"].qualifiers == ["australian"]


def test_a_part_of_a_list_member_is_not_the_lists_head() -> None:
    found = claims(
        "Also on board were 154 Dutch passengers, 45 Malaysians, including 15 crew, 27 Australians."
    )
    assert found["27 Australians"].subject == "auto.count.passengers"  # not the 15 crew's frame
    assert found["27 Australians"].qualifiers == ["australian"]
    assert found["154 Dutch passengers"].subject == "auto.count.passengers"  # a nationality is a breakdown
    assert found["154 Dutch passengers"].qualifiers == ["dutch"]


def test_a_count_outside_any_list_keeps_no_frame() -> None:
    # twins: another sentence, or a word that is no list's, stands between
    found = claims("The plane carried 298 passengers. 27 Australians were in Bali.")
    assert found["27 Australians"].subject == "unknown.quantity"
    found = claims("The plane carried 298 passengers, and officials later said 27 Australians were missing.")
    assert found["27 Australians"].subject != "auto.count.passengers"


def test_the_verb_closing_a_list_of_nationalities_frames_each_of_them() -> None:
    found = claims(
        "Two French passengers, a Peruvian crew member and two others died. "
        "Officials said seven Japanese, six Filipinos, three Britons and one Frenchman died."
    )
    assert found["Two French passengers"].subject == "auto.count.deaths"
    assert found["Two French passengers"].qualifiers == ["french"]
    assert found["three Britons"].subject == "auto.count.deaths"
    assert found["three Britons"].qualifiers == ["british"]


def test_a_verb_after_a_count_of_no_nationality_is_read_as_before() -> None:
    # twin: a count of no nationality in a list keeps its own frame
    found = claims("The ship carried 300 passengers, 40 crew members and two dogs that died.")
    assert found["300 passengers"].subject == "auto.count.passengers"


def _messages(report: Any, rule: str) -> list[str]:
    return [f["message"] for f in report["findings"] if f["rule_id"] == rule and f["grade"] != "info"]


def test_one_peoples_counts_meet_across_outlets_but_never_the_total(review: Review) -> None:
    report = review(
        {
            "a": ("2024-03-07", "Dutch authorities confirmed that 28 Australians were aboard the jet."),
            "b": (
                "2024-03-07",
                "The jet carried 298 people. Also aboard were 43 citizens of Malaysia; 27 from "
                "Australia; 12 from Indonesia.",
            ),
            "c": ("2024-03-07", "All 298 people aboard the jet were killed."),
        }
    )
    tolerance = _messages(report, "FC102")
    assert any("28" in m and "27" in m for m in tolerance), tolerance
    assert not [m for m in _messages(report, "FC101") if "298" in m]
