"""Distances measured from a border, a named coast, a reach or a last known position meet across
outlets however each words its mark (extract/distance_marks.py, issue 12). Invented sentences in
the shape of news reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from quantity_claims import claims_published, published_on
from summary_check import review_from

claims = claims_published(published_on("2025-05-12"), source="wire")
UNFRAMED = "unknown.quantity"


def subject_of(sentence: str, figure: str) -> str:
    return str(claims(sentence)[figure].subject)


def test_a_border_is_one_mark_however_its_country_is_named() -> None:
    russia = {
        subject_of(
            "The airliner came down about 60 kilometers from the Russian border.", "about 60 kilometers"
        ),
        subject_of("The wreck lies some 40 km (25 miles) from the border with Russia.", "some 40 km"),
        subject_of("The village is 35 km from Russia's border.", "35 km"),
    }
    assert len(russia) == 1
    (frame,) = russia
    assert frame.startswith("auto.measure.distance.border.")
    # a people's adjective written with "-an" names the same country ("Somalian", "Somali")
    assert subject_of("The campus is 120 miles from the Somalian border.", "120 miles") == subject_of(
        "The campus is only 90 miles from the border with Somalia.", "90 miles"
    )


def test_two_countries_borders_never_meet() -> None:
    greek = subject_of("The camp is 30 km from the Greek border.", "30 km")
    turkish = subject_of("The camp is 30 km from the Turkish border.", "30 km")
    assert greek != turkish
    # a border between two countries is neither one's alone
    shared = subject_of("The town is about 100Km from the border between Kenya and Somalia.", "about 100Km")
    assert shared != subject_of("The campus is only 90 miles from the border with Somalia.", "90 miles")


def test_a_named_coast_is_its_owner_s_and_an_unnamed_one_the_shore() -> None:
    owned = subject_of("The rig sank about 42 miles off the Louisiana coast.", "about 42 miles")
    assert owned == subject_of("The rig was working 41 miles off Louisiana.", "41 miles")
    assert owned == "auto.measure.distance.louisiana"
    # a people's adjective or a possessive names the coast's country
    italy = subject_of("The liner hit rocks 25km off Italy's western coast.", "25km")
    assert italy == subject_of("The liner hit rocks 20km off the Italian coast.", "20km")
    shore = subject_of("The boat sank half a mile off the coast.", "half a mile")
    assert shore == "auto.measure.distance.shore"
    # "offshore" names no coast: it would meet every distance from any shore of the story
    assert subject_of("The volcano lies about 50 kilometres offshore.", "about 50 kilometres") == UNFRAMED


def test_how_far_away_a_blast_was_felt_is_one_reach_and_no_forecast() -> None:
    near = subject_of("The blast could be felt from 45 miles away.", "45 miles")
    far = subject_of("The explosion could be felt as far as 80 miles away, officials said.", "80 miles")
    assert near == far == "auto.measure.distance.felt"
    # another sense is another reach; "away" with no sense is no reach
    assert subject_of("The blast was heard 30 km away.", "30 km") == "auto.measure.distance.heard"
    assert subject_of("The family lives 45 miles away.", "45 miles") != near
    # a forecast's reach still names nothing that happened
    assert subject_of("The storm could reach towns 300 km away next week.", "300 km") == UNFRAMED


def test_a_last_known_position_is_one_mark() -> None:
    found = subject_of("Debris was spotted about six miles from the last known location.", "about six miles")
    assert found == subject_of(
        "Bodies were found about 16 km from the plane's last known coordinates.", "about 16 km"
    )
    assert found == "auto.measure.distance.last-position"


def test_review_grades_two_reports_distances_from_one_border(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {
        "wire": "The Boeing 777 crashed on Thursday about 60 kilometers from the Russian border.\n",
        "paper": "The airliner came down on Thursday some 40 km from the border with Russia.\n",
        "radio": "The jet fell about 40 kilometres from the Russian border on Thursday.\n",
    }
    findings = review_from(cli, tmp_path, monkeypatch.chdir, texts, "2014-07-18")
    (finding,) = [f for f in findings if f["rule_id"].startswith("FC10")]
    assert finding["grade"] == "major", finding["message"]
    (outlier,) = finding["outliers"]
    assert outlier.startswith("wire.")


def test_a_coast_is_its_country_in_any_of_its_names_before_or_after() -> None:
    # "the coast of the US" and "the American coast" are one mark, as "the Indian border" and
    # "India's border" are (a demonym several countries share names the one news means)
    assert subject_of("The ship sank 40 miles off the coast of the US.", "40 miles") == subject_of(
        "The ship sank 40 miles off the American coast.", "40 miles"
    )
    assert subject_of("The camp is 60 km from the Indian border.", "60 km") == subject_of(
        "The camp is 60 km from India's border.", "60 km"
    )
    # two countries' coasts stay two
    assert subject_of("It sank 30 km off the coast of Tunisia.", "30 km") != subject_of(
        "It sank 30 km off the coast of Libya.", "30 km"
    )
