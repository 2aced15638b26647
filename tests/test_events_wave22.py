"""Events and times, wave 22 (issue 12): a date or time gets an event frame from the cues of
its sentence. Tune-story misses showed sentences whose verb was no cue (a ship running aground, a
timeline's "appears to be colliding", a lander touching down, a kidnapping), and a cue inside a
clause that names who or when counted for the main verb's day ("the gunmen who abducted them
freed them on Tuesday"). Sentences written for these tests, not taken from any story."""

from __future__ import annotations

from typing import Any

from quantity_claims import published_on
from registry_review import Review

from factcheck.extract import extract_text
from factcheck.model import DateClaim

DAY = published_on("2024-05-09")


def frames(text: str) -> dict[str, str]:
    """Each date's words -> its event frame."""
    found = extract_text(text, published=DAY)
    return {c.claim.text: c.claim.event for c in found if isinstance(c.claim, DateClaim)}


def raised(report: Any) -> list[str]:
    """The rule ids of a review's findings graded above info."""
    return sorted(f["rule_id"] for f in report["findings"] if f["grade"] != "info")


def test_a_grounding_a_collision_a_touchdown_and_a_kidnapping_get_their_events() -> None:
    found = frames(
        "Around 7:40 a.m. local time, the freighter ran aground near Port Olin.\n\n"
        "1.27am - the Marla appears to be colliding with one of the bridge piers.\n\n"
        "The lander touched down near the crater at 6.04 pm.\n\n"
        "Scores of pupils were kidnapped by gunmen before dawn on Tuesday."
    )
    assert found["7:40 a.m. local time"] == "auto.event.aground"
    assert found["1.27am"] == "auto.event.derailed"  # the crash frame of every vehicle
    assert found["6.04 pm"] == "auto.event.arrived"
    assert found["before dawn on Tuesday"] == "auto.event.abducted"


def test_a_grounding_is_not_the_capsizing_that_follows_it() -> None:
    found = frames(
        "The liner ran aground off Tarvel at 9:45 p.m. on Friday. It capsized at 1:20 a.m. on Saturday."
    )
    assert found["9:45 p.m. on Friday"] == "auto.event.aground"
    assert found["1:20 a.m. on Saturday"] == "auto.event.capsized"


def test_a_cue_in_a_clause_that_names_who_or_when_does_not_date_the_later_verb() -> None:
    found = frames(
        "The captain of the liner that ran aground, killing three people, was arrested on Saturday.\n\n"
        "The gunmen who abducted 40 workers near Kolwe freed all of them on Tuesday.\n\n"
        "A day after gunmen kidnapped 40 workers, soldiers raided a camp on Wednesday."
    )
    assert found["on Saturday"] == "unknown.event"
    assert found["on Tuesday"] == "unknown.event"
    assert found["on Wednesday"] == "unknown.event"


def test_a_date_right_after_the_clauses_own_verb_keeps_its_cue() -> None:
    found = frames(
        "The liner that ran aground on Friday night was towed away.\n\n"
        "After the freighter ran aground at 7:40 a.m., the canal was closed."
    )
    assert found["on Friday night"] == "auto.event.aground"
    assert found["7:40 a.m."] == "auto.event.aground"


def test_two_reports_of_a_grounding_two_hours_apart_are_flagged(review: Review) -> None:
    report = review(
        {
            "wire": (
                "2024-05-08T12:00+00:00",
                "PORT OLIN - The freighter Marla ran aground in the canal at 7:40 a.m. on Tuesday, the canal authority said.\n",
            ),
            "daily": (
                "2024-05-08T14:00+00:00",
                "PORT OLIN - The freighter Marla ran aground in the canal at 9:40 a.m. on Tuesday, officials said.\n",
            ),
        }
    )
    assert "FC201" in raised(report)


def test_what_befell_people_after_the_clause_still_dates_its_event() -> None:
    found = frames("The train that derailed near Kanpur killed 150 people on Sunday.")
    assert found["on Sunday"] == "auto.event.derailed"


def test_a_photo_captions_closing_date_is_the_photos_day_not_the_events() -> None:
    found = frames(
        "The liner leans on its side after running aground off the island of Tarvel, Kessa, "
        "Saturday, Jan. 14, 2012. Rescuers searched the hull.\n\n"
        "The liner ran aground off Tarvel late Friday, Jan. 13, 2012."
    )
    assert found["Saturday, Jan. 14, 2012"] == "unknown.event"
    photo = frames("A photograph taken on January 14, 2012 of the liner after it ran aground off Tarvel.")
    assert photo["January 14, 2012"] == "unknown.event"
    assert found["Friday, Jan. 13, 2012"].startswith("auto.event.aground")


def test_two_reports_whose_captions_give_the_photos_day_raise_nothing(review: Review) -> None:
    caption = "The liner leans on its side after running aground off Tarvel, Kessa, Saturday, Jan. 14, 2012."
    report = review(
        {
            "wire": (
                "2012-01-14T12:00+00:00",
                "The liner ran aground off Tarvel late Friday, police said.\n",
            ),
            "daily": ("2012-01-14T14:00+00:00", caption + " Three people died.\n"),
        }
    )
    assert "FC201" not in raised(report)
