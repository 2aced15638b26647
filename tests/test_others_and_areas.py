"""Frames (issue 12): "N others" after a whole count of another role is the whole count of its own
role ("leaving 11 workers missing and 17 others injured": 17 injured in all), so it meets another
report's count of that role; after a count of the same role, or of a part, the others stay a part.
A clause that opens with a district ("In Jajarkot district, ... 92 deaths") scopes its counts to
it. Sentences written for these tests (not seed or story text)."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

from factcheck.rules.checks.quantities import _comparable

claims = claims_published(published_on("2024-03-07"))


def test_others_after_another_roles_count_are_that_roles_whole_count() -> None:
    found = claims("The blast left 11 workers missing and 17 others injured.")
    others = found["17 others"]
    assert others.subject == "auto.count.injured"
    assert others.qualifiers == []
    whole = claims("Fifteen workers were injured in the blast.")["Fifteen workers"]
    assert _comparable(whole, others) == "same"


def test_others_after_a_death_toll_are_every_missing() -> None:
    found = claims("Fifty-six people have been confirmed dead and 14 others are missing after the quake.")
    assert found["14 others"].subject == "auto.count.missing"
    assert found["14 others"].qualifiers == []


def test_others_after_the_same_roles_count_stay_a_part() -> None:
    found = claims("Three people died at the scene and four others were declared dead in hospital.")
    assert "other" in found["four others"].qualifiers


def test_others_after_a_part_stay_a_part() -> None:
    found = claims("Five children were killed and three others were missing.")
    assert "other" in found["three others"].qualifiers


def test_others_listed_under_one_verb_stay_a_part() -> None:
    found = claims("Two French passengers, a Peruvian crew member and two others died in the sinking.")
    assert found["two others"].subject != "auto.count.deaths" or "other" in found["two others"].qualifiers


def test_a_clause_opening_with_a_district_scopes_its_counts() -> None:
    found = claims(
        "Police said 129 people had been killed and 140 injured. In Jajarkot district, closest to the "
        "epicentre, 92 deaths and 55 injuries were reported; in nearby Rukum West district, 37 people "
        "died and 85 were injured."
    )
    assert found["140"].qualifiers == []
    assert found["55 injuries"].qualifiers == ["in-jajarkot"]
    assert found["85"].qualifiers == ["in-rukum"]
    assert found["37 people"].qualifiers == ["in-rukum"]


def test_a_clause_opening_with_the_country_is_the_whole_toll() -> None:
    found = claims("In Nepal, 129 people died in the earthquake.")
    assert found["129 people"].qualifiers == []
