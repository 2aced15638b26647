"""Frames for depths below ground, distances into an enclosed place, rescue teams and escapes
(issue 12). Short sentences written for these tests (not seed or story text)."""

from __future__ import annotations

from quantity_claims import published_on, quantity_claims

DAY = published_on("2024-03-07")


def claims(text: str) -> dict[str, str | None]:
    """Each quantity's words -> its frame."""
    return {words: claim.subject for words, claim in quantity_claims(text, DAY).items()}


def test_a_depth_below_ground_is_not_a_quakes_focal_depth() -> None:
    found = claims("The workers were trapped 300 feet underground. The quake struck 10 km below the surface.")
    assert found["300 feet"] == "auto.measure.depth.below-ground"
    assert found["10 km"] == "auto.measure.depth"


def test_distances_from_an_entrance_and_into_a_tunnel_meet() -> None:
    found = claims(
        "The men were about 3,000 feet from the Acme Pit's entrance. They were a mile inside the tunnel."
    )
    assert found["about 3,000 feet"] == "auto.measure.distance.entrance"
    assert found["a mile"] == "auto.measure.distance.entrance"


def test_how_far_rescuers_got_is_not_where_the_men_are() -> None:
    found = claims("Rescuers were about 900 feet into the tunnel.")
    assert found["about 900 feet"] == "auto.measure.distance.entrance.reached"


def test_teams_count_only_their_own_noun_and_escapes_are_counted() -> None:
    found = claims("Two rescue teams were working to reach 9 workers. Four men managed to escape.")
    assert found["Two rescue teams"] == "auto.count.teams"
    assert found["9 workers"] != "auto.count.teams"
    assert found["Four men"] == "auto.count.escaped"
