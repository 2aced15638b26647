"""Frames (issue 12): a clause that opens with a named district ("In Jajarkot district, ... 92
deaths") scopes its counts to it; a country alone does not. Sentences written for these tests
(not seed or story text)."""

from __future__ import annotations

from quantity_claims import claims_published, published_on

claims = claims_published(published_on("2024-03-07"))


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
