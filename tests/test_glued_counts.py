"""A count glued to its noun before another word ("the 4,200-passenger cruise ship", "a 74-page
manifesto") counts that noun, never people, and meets other outlets' counts of it (session 36,
issue 12). Invented sentences in the shape of news reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from quantity_claims import claims_published, published_on
from summary_check import review_from

claims = claims_published(published_on("2025-05-12"), source="wire")


def test_a_glued_noun_is_the_unit_never_people() -> None:
    found = claims("He posted a 73-page manifesto before the 16-leg flight, and the 342-member house met.")
    assert {c.text: c.unit for c in found.values()} == {"73": "pages", "16": "legs", "342": "members"}


def test_a_glued_seat_or_passenger_is_a_capacity_not_those_aboard() -> None:
    ship = claims("The 4,200-passenger cruise ship ran aground with 3,200 passengers on board.")
    assert ship["4,200"].subject == "auto.count.capacity"
    assert ship["4,200"].unit == "passengers"
    assert ship["3,200 passengers"].subject != "auto.count.capacity"
    plane = claims("A 190-seat plane and a 12-seater plane were damaged.")
    assert {c.text: (c.subject, c.unit) for c in plane.values()} == {
        "190": ("auto.count.capacity", "seats"),
        "12": ("auto.count.capacity", "seats"),
    }
    # the same capacity said in words meets the glued one
    said = claims("The ship has a capacity of 3,200 passengers.")
    assert said["3,200 passengers"].subject == "auto.count.capacity"


def test_a_hyphened_word_that_is_no_glued_count_stays_as_it_was() -> None:
    # a unit of time and an age keep their own readings; a word that ends the sentence is no attribute
    found = claims("It was a 15-year sentence for the 30-year-old, who was one of 12-member.")
    units = {c.text: c.unit for c in found.values()}
    assert units.get("30") == "years-old"
    assert "members" not in units.values()


def test_review_compares_two_outlets_glued_counts(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {
        "wire": "The gunman posted a 73-page manifesto online before the attack on Friday.\n",
        "paper": "Before Friday's attack the gunman posted a rambling 74-page manifesto.\n",
        "radio": "The suspect had published a jumbled, 74-page manifesto on Friday.\n",
    }
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2019-03-15")
    (finding,) = [
        f for f in findings if any("page" in s["text"] or s["text"] in ("73", "74") for s in f["sides"])
    ]
    assert finding["rule_id"].startswith("FC1")
    (outlier,) = finding["outliers"]
    assert outlier.startswith("wire.")


def test_a_chamber_s_glued_seats_are_no_capacity() -> None:
    found = claims("His party won 85 seats in the 203-seat Landtag, and the SPD has 17 seats.")
    assert found["203"].unit == "seats"
    assert found["203"].subject != "auto.count.capacity"
