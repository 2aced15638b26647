"""Same-day reports through the CLI (init, sources add, extract --write, review): a tenfold gap
in a death toll is a conflict, a few more in hospital by evening is an update, and a count over
past years or a span that ranks the event is scoped as a user reading the text would scope it."""

from __future__ import annotations

from typing import Any

from registry_review import Review

GRADES = ("info", "minor", "major", "critical")


def graded(report: Any) -> dict[str, str]:
    """Each finding's frame (of its first side) -> the highest grade of its findings."""
    highest: dict[str, str] = {}
    for finding in report["findings"]:
        frame = finding["sides"][0]["frame"]
        highest[frame] = max(highest.get(frame, "info"), finding["grade"], key=GRADES.index)
    return highest


def test_a_tenfold_toll_the_same_day_is_critical_and_hides_nothing(review: Review) -> None:
    report = review(
        {
            "north": (
                "2025-03-04",
                "A landslide buried part of the village of Oster on Monday, killing 20 people, the "
                "governor said. Police said 90 people were missing.",
            ),
            "south": (
                "2025-03-04",
                "A landslide in the village of Oster on Monday killed 200 people, the governor said. "
                "Police said 11 people were missing. It was the deadliest landslide in the past 30 years.",
            ),
            "east": (
                "2025-03",
                "The landslide in Oster on Monday killed 21 people. Landslides have killed 4,000 "
                "people in the province since 1995.",
            ),
        },
    )
    grades = graded(report)
    assert grades["auto.count.deaths"] == "critical"
    assert grades["auto.count.missing"] == "critical"
    # the count since 1995 is its own frame, never the event's toll
    deaths = [f for f in report["findings"] if f["sides"][0]["frame"] == "auto.count.deaths"]
    assert all("4,000" not in side["text"] for f in deaths for side in f["sides"])


def test_counts_that_change_during_one_day_are_updates(review: Review) -> None:
    report = review(
        {
            "morning": (
                "2025-03-04",
                "A bus plunged into a river near Calder on Monday with 45 people on board. Police "
                "said 30 people were missing and 6 had been taken to hospital. The number of missing "
                "is expected to rise.",
            ),
            "evening": (
                "2025-03-04",
                "A bus plunged into a river near Calder on Monday with 45 people on board. Divers "
                "searched the river all day, and by nightfall police said 7 people were missing. "
                "Five people remain in hospital.",
            ),
        },
    )
    assert {f["grade"] for f in report["findings"]} <= {"info"}, report["findings"]


def test_a_span_that_ranks_the_event_does_not_scope_its_toll(review: Review) -> None:
    report = review(
        {
            "one": (
                "2025-03-04",
                "The worst storm in the past 40 years killed 16 people in Marlow on Monday.",
            ),
            "two": (
                "2025-03-04",
                "Over the past decade the coast has flooded often, and on Monday 160 people died in Marlow.",
            ),
        },
    )
    assert graded(report).get("auto.count.deaths") == "critical"


def test_two_ranks_are_reported_as_ranks(review: Review) -> None:
    report = review(
        {
            "one": ("2025-03-04", "The blast hit Arden, the 3rd largest port in the country, on Monday."),
            "two": ("2025-03-04", "The blast hit Arden, the 10th largest port in the country, on Monday."),
        },
    )
    messages = [f["message"] for f in report["findings"] if f["outcome"] == "different-rank"]
    assert len(messages) == 1
    assert any(f"ranks differ: {x} vs {y}" in messages[0] for x, y in (("3rd", "10th"), ("10th", "3rd")))
