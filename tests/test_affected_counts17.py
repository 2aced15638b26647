"""Session 17 (#12, false alarms): "affected" is a count of its own, never the displaced.

A disaster or an outage "affects" far more people than it displaces ("330,900 displaced and 4.3
million affected"; a blackout "affected 370 million" and displaced no one), so the two figures
must never meet. Short texts written for these tests (not story text); the review tests fail
when "affected" is a cue of the displaced again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from quantity_claims import claims_published, published_on
from registry_review import CLI, reviewed

claims = claims_published(published_on("2024-03-05"))


@pytest.mark.parametrize(
    ("text", "words", "subject"),
    [
        (
            "The UN said 330,900 people were displaced and 4.3 million affected.",
            "4.3 million",
            "auto.count.affected",
        ),
        (
            "The UN said 330,900 people were displaced and 4.3 million affected.",
            "330,900 people",
            "auto.count.displaced",
        ),
        ("The floods have affected 200,000 people.", "200,000 people", "auto.count.affected"),
        ("About 150 trains have been affected by the outage.", "About 150 trains", "auto.count.affected"),
        ("The storm left 12,000 homeless.", "12,000", "auto.count.displaced"),
        ("Some 5,000 villagers fled the fighting.", "Some 5,000 villagers", "auto.count.displaced"),
        # the same clause says what befell the affected: they are counted as that (review of fa17)
        ("The storm affected 12,000 people, leaving them homeless.", "12,000 people", "auto.count.displaced"),
        (
            "Some 12,000 people affected by the storm were left homeless.",
            "Some 12,000 people",
            "auto.count.displaced",
        ),
        ("The floods affected 8,000 people, who were evacuated.", "8,000 people", "auto.count.evacuated"),
        # ... but not another figure's cue, an opposing clause or a negated one
        (
            "Typhoon Kala affected 4.3 million people and displaced 660,000, the UN said.",
            "4.3 million people",
            "auto.count.affected",
        ),
        (
            "The storm affected 4.3 million people, including 660,000 who were displaced.",
            "4.3 million people",
            "auto.count.affected",
        ),
        (
            "The storm affected 12,000 people, but none were left homeless.",
            "12,000 people",
            "auto.count.affected",
        ),
        (
            "The storm affected 12,000 people, none of them left homeless.",
            "12,000 people",
            "auto.count.affected",
        ),
        (
            "The storm affected 12,000 people; the homeless shelters were full.",
            "12,000 people",
            "auto.count.affected",
        ),
        (
            "The storm affected 12,000 people, many of whom were left homeless.",
            "12,000 people",
            "auto.count.affected",
        ),
        (
            "The storm affected 12,000 people, officials said, and thousands were left homeless.",
            "12,000 people",
            "auto.count.affected",
        ),
        (
            "Floods affected 30,000 people, and three villages were evacuated.",
            "30,000 people",
            "auto.count.affected",
        ),
    ],
)
def test_affected_and_displaced_are_two_frames(text: str, words: str, subject: str) -> None:
    found = claims(text)
    assert words in found, found
    assert found[words].subject == subject


def _above_info(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reports: dict[str, tuple[str, str]]
) -> list[dict[str, Any]]:
    """The findings above info of a review of these (published, text) reports."""
    findings: list[dict[str, Any]] = reviewed(cli, tmp_path, monkeypatch, reports)["findings"]
    return [f for f in findings if f["grade"] != "info"]


def test_affected_never_meets_displaced(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """4.3 million affected and 660,000 displaced, the same day: two counts, no conflict."""
    story = {
        "wire-a": ("2024-03-05", "The storm displaced 660,000 people, the UN said on Tuesday."),
        "wire-b": ("2024-03-05", "The storm affected 4.3 million people, the UN said on Tuesday."),
    }
    assert _above_info(cli, tmp_path, monkeypatch, story) == []


def test_two_affected_figures_are_still_compared(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two reports of one time giving the affected far apart still conflict."""
    story = {
        "wire-a": ("2024-03-05", "The storm affected 4.3 million people, the UN said on Tuesday."),
        "wire-b": ("2024-03-05", "The storm affected 430,000 people, the UN said on Tuesday."),
    }
    found = _above_info(cli, tmp_path, monkeypatch, story)
    assert [f["rule_id"] for f in found] == ["FC101"], found


def test_affected_left_homeless_still_meets_the_homeless(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "affected 12,000 people, leaving them homeless" is 12,000 homeless: 120,000 homeless in
    another report of the same time is a tenfold conflict (review of fa17)."""
    story = {
        "wire-a": ("2024-03-05", "The storm on Tuesday affected 12,000 people, leaving them homeless."),
        "wire-b": ("2024-03-05", "The storm on Tuesday left 120,000 people homeless."),
    }
    found = _above_info(cli, tmp_path, monkeypatch, story)
    assert [(f["rule_id"], f["grade"]) for f in found] == [("FC101", "critical")], found
