"""Frames (issue 12): readings of different agencies and figures about other events never meet
the current event's frame. Short sentences written for these tests (not seed or story text)."""

from __future__ import annotations

from quantity_claims import published_on, quantity_claims

from factcheck.extract import extract_text
from factcheck.model import QuantityClaim

DAY = published_on("2024-03-05")


def claims(text: str) -> dict[str, str]:
    """Each quantity's words -> its subject (frame id or stand-in)."""
    return {words: claim.subject for words, claim in quantity_claims(text, DAY).items()}


def test_an_agency_named_after_the_reading_is_its_agency() -> None:
    found = claims("The tremor, measured at magnitude 5.8 by the Regional Seismic Office, shook the valley.")
    assert found["5.8"] == "auto.measure.magnitude.by-rso"
    said = claims("The quake had a magnitude of 5.4, the Harbour Survey Institute said.")
    assert said["5.4"] == "auto.measure.magnitude.by-hsi"


def test_a_second_agency_at_its_own_figure_is_not_the_first_agency() -> None:
    found = claims(
        "The Valley Monitoring Center measured the quake at magnitude 6.3 and the USGS at magnitude 5.9."
    )
    assert found["6.3"] == "auto.measure.magnitude.by-vmc"
    assert found["5.9"] == "auto.measure.magnitude.by-usgs"


def test_an_agency_before_another_reading_does_not_claim_it() -> None:
    # "the national seismological centre" is not a name: its 6.2 is not the USGS's, and set
    # against the USGS's 5.7 in one sentence it stands for no frame another report is held to
    found = claims(
        "The USGS gave it a magnitude of 5.7, while the national seismological centre put it at magnitude 6.2."
    )
    assert found["5.7"] == "auto.measure.magnitude.by-usgs"
    assert found["6.2"] == "unknown.quantity"
    alone = claims("State media put the quake at magnitude 6.2.")
    assert alone["6.2"] == "auto.measure.magnitude"


def test_two_readings_in_one_sentence_never_share_a_frame() -> None:
    found = claims("The quake measured magnitude 6.1 or magnitude 5.5, depending on the source.")
    assert found["6.1"] == found["5.5"] == "unknown.quantity"
    agreed = claims("The quake measured magnitude 6.1, and the aftershock magnitude 5.5.")
    assert agreed["6.1"] == "auto.measure.magnitude"


def test_a_toll_in_a_clause_about_an_anniversary_is_another_event() -> None:
    found = claims(
        "Friday was the anniversary of a magnitude-6.8 quake that killed 240 people in the region."
    )
    assert found["240 people"] == "auto.count.deaths.other"
    assert found["6.8"] != "auto.measure.magnitude"


def test_a_toll_of_the_event_named_after_since_is_that_years() -> None:
    found = claims("It was the deadliest quake since the 2016 quake, which killed 3,100 people.")
    assert found["3,100 people"] == "auto.count.deaths.y2016"


def test_a_similar_crash_is_another_event() -> None:
    found = claims("Rescuers said 14 people died. A similar crash on the line killed 7 people.")
    assert found["14 people"] == "auto.count.deaths"
    assert found["7 people"] != "auto.count.deaths"
    last = claims("Last year's floods killed 55 people, and 12 people died this week.")
    assert last["55 people"] != "auto.count.deaths"
    assert last["12 people"] == "auto.count.deaths"


def test_an_attribution_over_a_list_holds_for_each_reading() -> None:
    found = claims(
        "According to the USGS, the quake had a depth of 9 km, and the second tremor was 11 km deep."
    )
    assert found["9 km"] == "auto.measure.depth.by-usgs"
    assert found["11 km"] == "auto.measure.depth.by-usgs.secondary"
    later = claims(
        "According to the USGS, the quake was 9 km deep, and a second tremor struck later, 12 km deep."
    )
    assert later["9 km"] == "auto.measure.depth.by-usgs"
    assert later["12 km"] == "auto.measure.depth.by-usgs.secondary"


def test_a_contrasted_reading_loses_the_first_attribution() -> None:
    found = claims("The USGS gave a depth of 9 km, while local monitors put the depth at 14 km.")
    assert found["9 km"] == "auto.measure.depth.by-usgs"
    assert found["14 km"] == "unknown.quantity"


def test_a_pronoun_is_no_agency_and_a_country_is_not_part_of_its_agencys_name() -> None:
    found = claims("It measured magnitude 6.0 on the Richter scale.")
    assert found["6.0"] == "auto.measure.magnitude"
    nepal = claims("Nepal's National Seismological Centre put the quake at magnitude 6.4.")
    assert nepal["6.4"] == "auto.measure.magnitude.by-nsc"


def test_a_count_at_a_building_is_a_part_of_the_toll() -> None:
    found = {
        c.claim.text: c.claim.qualifiers
        for c in extract_text(
            "The quake killed 80 people. Twelve people died at the Central Market. "
            "Nine were killed in a collapsed school building. It killed 80 people in the mountains.",
            published=DAY,
        )
        if isinstance(c.claim, QuantityClaim)
    }
    assert found["Twelve people"] == ["in-market"]
    assert found["Nine"] == ["in-school"]
    assert found["80 people"] == []


def test_a_bare_repeat_of_a_credited_reading_is_that_agencys() -> None:
    found = {
        c.claim.span: c.claim.subject
        for c in extract_text(
            "A magnitude 5.6 quake shook the hills. The USGS measured the quake at magnitude 5.6. "
            "A magnitude 6.4 reading came from the local network.",
            published=DAY,
        )
        if isinstance(c.claim, QuantityClaim)
    }
    assert sorted(found.values()) == [
        "auto.measure.magnitude",
        "auto.measure.magnitude.by-usgs",
        "auto.measure.magnitude.by-usgs",
    ]
