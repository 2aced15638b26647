"""Real conflicts that the false-alarm silencers of wave 11 must leave flagged (issue 12). Each
silencer covers a general shape of news text; each test here writes a real disagreement in that
shape: what befell people dated just before "after <event>", a storm that "hit areas of" a region
(a verb, not a place named after the event), a past event told inside a sentence with "will", a
count of people moved out or taken to hospital that a later report gives far lower, and people
trapped whose number falls threefold with no word of anyone freed. Sentences written for these
tests, not taken from any story."""

from __future__ import annotations

from typing import Any

import pytest
from quantity_claims import published_on
from registry_review import Review

from factcheck.extract import extract_text
from factcheck.extract.frames import planned
from factcheck.model import DateClaim

DAY = published_on("2024-05-09")


def event_of(text: str) -> str:
    """The event frame of the one date in a sentence."""
    (frame,) = [c.claim.event for c in extract_text(text, published=DAY) if isinstance(c.claim, DateClaim)]
    return frame


def raised(report: Any) -> list[str]:
    """The rule ids of a review's findings graded above info."""
    return sorted(f["rule_id"] for f in report["findings"] if f["grade"] != "info")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nineteen people were hurt on Saturday after a minibus overturned near Tarvel, police said.",
        "Three swimmers drowned on Sunday after their dinghy capsized off Port Olin.",
        "Eight workers were trapped on Monday after a tunnel collapsed at the Berra quarry.",
        "Dozens were wounded on Friday after a bomb exploded at a bus stop.",
    ],
)
def test_what_befell_people_before_after_still_dates_the_event(sentence: str) -> None:
    assert event_of(sentence).startswith("auto.event.")


def test_a_storm_that_hit_areas_of_a_region_still_dates_the_storm() -> None:
    assert event_of("A tornado struck areas of western Kessa on Tuesday night, killing three.").startswith(
        "auto.event."
    )
    assert event_of("Typhoon Lani hit regions of the northern coast on Sunday, cutting power.").startswith(
        "auto.event."
    )
    # a noun cue before a place is still the place ("the crash site", "quake-hit areas")
    assert event_of("Volunteers cleared debris in the quake-hit areas on Thursday.") == "unknown.event"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council will rebuild the homes destroyed in the fire on Friday, the mayor said.",
        "The insurer will pay out under the settlement reached on Monday.",
        "Police said a man who will appear in court planted the device on Tuesday.",
        "Driver fatigue was to blame for the derailment on Sunday, investigators said.",
    ],
)
def test_a_past_event_inside_a_plan_keeps_its_day(sentence: str) -> None:
    start = sentence.index(" on ") + 1
    end = sentence.index(",", start) if "," in sentence[start:] else sentence.index(".", start)
    assert not planned(sentence, (0, len(sentence)), (start, end))


def test_a_plan_still_has_no_event_day() -> None:
    assert event_of("A funeral for the crash victims will be held on Saturday.") == "unknown.event"
    assert event_of("The minister will visit the flood-hit villages on Friday.") == "unknown.event"


def test_still_flagged_injured_on_different_days_before_after(review: Review) -> None:
    report = review(
        {
            "wire": (
                "2024-05-06T09:00+00:00",
                "Nineteen people were hurt on Saturday after a minibus overturned on a hill road near Tarvel, police said.\n",
            ),
            "daily": (
                "2024-05-06T12:00+00:00",
                "Nineteen people were hurt on Friday after a minibus overturned on a hill road near Tarvel, police said.\n",
            ),
        }
    )
    assert "FC201" in raised(report)


def test_still_flagged_a_storm_that_hit_areas_on_different_nights(review: Review) -> None:
    report = review(
        {
            "wire": (
                "2024-05-07T09:00+00:00",
                "A tornado struck areas of western Kessa on Monday night, killing three people, officials said.\n",
            ),
            "daily": (
                "2024-05-07T11:00+00:00",
                "A tornado struck areas of western Kessa on Sunday night, killing three people, officials said.\n",
            ),
        }
    )
    assert "FC201" in raised(report)


def test_still_flagged_a_past_event_told_in_a_will_sentence(review: Review) -> None:
    report = review(
        {
            "wire": (
                "2024-05-09T09:00+00:00",
                "The bus operator will compensate the families of the nine people killed in the crash on Tuesday, it said.\n",
            ),
            "daily": (
                "2024-05-09T10:00+00:00",
                "The bus operator will compensate the families of the nine people killed in the crash on Monday, it said.\n",
            ),
        }
    )
    assert "FC201" in raised(report)


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "More than 60,000 people were evacuated from riverside towns.",
            "About 6,000 people were evacuated from riverside towns.",
        ),
        ("Some 150 people were taken to hospital.", "Some 15 people were taken to hospital."),
        (
            "Thirty workers were trapped underground after the shaft flooded.",
            "Three workers were trapped underground after the shaft flooded.",
        ),
    ],
)
def test_still_flagged_a_count_that_falls_threefold_hours_later(
    review: Review, first: str, later: str
) -> None:
    """Evacuated and taken to hospital are counted so far (they do not fall); the trapped may
    fall, but not tenfold with no word of anyone freed or found."""
    report = review(
        {"wire": ("2024-05-06T09:00+00:00", first + "\n"), "daily": ("2024-05-06T15:00+00:00", later + "\n")}
    )
    assert "FC101" in raised(report)


def test_not_flagged_the_trapped_falling_a_little_hours_later(review: Review) -> None:
    report = review(
        {
            "wire": (
                "2024-05-06T09:00+00:00",
                "Twelve workers were trapped underground after the shaft flooded.\n",
            ),
            "daily": (
                "2024-05-06T15:00+00:00",
                "Nine workers were still trapped underground after the shaft flooded.\n",
            ),
        }
    )
    assert raised(report) == []
    assert any(f["rule_id"] in ("FC101", "FC102") for f in report["findings"])  # shown as an update, at info
