"""A count a part is taken from ("most of the 55 passengers were freed") is the whole: its noun
frames it, never what the clause says befell the part. Found by a new-user run on real coverage
of a hijacking (session 22), where a faithful summary was rejected for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence
from test_frames import frames


@pytest.mark.parametrize(
    ("sentence", "words", "frame"),
    [
        (
            "Most of the 55 passengers were freed soon after landing.",
            "55 passengers",
            "auto.count.passengers",
        ),
        ("Some of the 55 passengers were released at once.", "55 passengers", "auto.count.passengers"),
        ("None of the 63 people on board was hurt.", "63 people", "auto.count.aboard"),
        # a part of an unnamed group, or of homes: no frame rather than the part's fate
        ("Two of the 14 miners died in hospital.", "14 miners", "unknown.quantity"),
        ("About half of the 1,200 homes were destroyed.", "1,200 homes", "unknown.quantity"),
        # a participle right after the noun is the whole's own (a reduced relative clause)
        (
            "None of the 41 labourers rescued from the tunnel is in danger.",
            "41 labourers",
            "auto.count.rescued",
        ),
        (
            "The mayor's home was one of the 150 houses destroyed in the blast.",
            "150 houses",
            "auto.count.homes-destroyed",
        ),
        ("Two of the 14 miners perished underground.", "14 miners", "unknown.quantity"),
        # the whole's own fate is still read: "all of" says it befell every one of them
        ("All of the 63 people aboard were released unharmed.", "63 people", "auto.count.aboard"),
        ("55 passengers were freed soon after landing.", "55 passengers", "auto.count.rescued"),
    ],
)
def test_a_count_a_part_is_taken_from_is_framed_by_its_noun(sentence: str, words: str, frame: str) -> None:
    assert frames(sentence)[words] == frame


REPORTS = {
    "wire.txt": (
        "Hijacked plane lands in Cyprus\n\nA hijacker forced an EgyptAir jet to land at Larnaca on "
        "Tuesday. Most of the 55 passengers had been let go soon after the plane landed. The man "
        "surrendered after six hours.\n"
    ),
    "paper.txt": (
        "Hijacker surrenders\n\nThe airliner, carrying 55 passengers and seven crew, landed at Larnaca "
        "on Tuesday. Police said the hijacker gave himself up six hours later.\n"
    ),
}


def test_a_faithful_summary_of_the_whole_passes(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check_sentence(
        cli, tmp_path, REPORTS, "2016-03-30", "Most of the 55 passengers were freed soon after the landing."
    )
    assert code == 0, findings


def test_a_wrong_whole_is_still_flagged(cli: Callable[..., Result], tmp_path: Path) -> None:
    code, findings = check_sentence(
        cli, tmp_path, REPORTS, "2016-03-30", "Most of the 65 passengers were freed soon after the landing."
    )
    assert code == 1
    assert any("65 passengers" in f["message"] for f in findings), findings
