"""Issue 12 (session 41, an untuned Kerala-floods story): a volume is measured, never counted.

"Two trains carrying about 1.5 million liters (400,000 gallons) of water were headed towards
Kerala" gave the volume the count frame of what carried it (`auto.count.aboard`, cue
"carrying"), and `review` called it a major contradiction of "two trains" within one report.
A volume (litres, gallons, cubic metres) now gets no frame, and "cubic meters" is no length.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from registry_review import Review

TRAINS = (
    "Floods killed 357 people in Kerala. The Press Trust of India reported that two trains carrying "
    "about 1.5 million liters (400,000 gallons) of water were headed towards Kerala."
)


def above_info(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["grade"] != "info"]


def side_texts(report: dict[str, Any]) -> set[str]:
    return {side["text"] for f in report["findings"] for side in f["sides"]}


def test_a_volume_is_no_count_of_what_carries_it(review: Review) -> None:
    report = review(
        {"dw": ("2018-08-19", TRAINS), "ndtv": ("2018-08-19", "Floods killed 357 people in Kerala.")}
    )
    assert above_info(report) == []
    assert not any("liters" in text for text in side_texts(report))


def test_counts_still_meet_beside_a_volume(review: Review) -> None:
    # the wrong twin: the death toll in the same reports is still compared
    # a later report's lower toll that it does not call a revision: a conflict, not an update
    report = review(
        {"dw": ("2018-08-19", TRAINS), "ndtv": ("2018-08-21", "Floods killed 210 people in Kerala.")}
    )
    found = above_info(report)
    assert found, report["findings"]
    assert any({"357 people", "210 people"} <= {s["text"] for s in f["sides"]} for f in found)


def test_cubic_metres_are_a_volume_not_a_length(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the cubic metres took the clause's "deep" from the one length it has
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Some 3 million cubic metres of mud buried the village 40 metres deep.\n")
    result = cli("extract", "a.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    subjects = {c["claim"]["text"]: c["claim"]["subject"] for c in json.loads(result.stdout)[0]["candidates"]}
    assert subjects == {"Some 3 million cubic metres": "unknown.quantity", "40 metres": "auto.measure.depth"}
