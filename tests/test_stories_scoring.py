"""The story benchmark's scorer: what counts as a finding hitting a gold discrepancy. The
benchmark's recall figures are only as honest as this matching."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import stories  # noqa: E402


def test_a_side_holding_the_gold_words_hits_it() -> None:
    assert stories.overlaps("at least 27 children died", "27 children died")
    assert stories.overlaps("27 Children", "at least 27 children died")


def test_a_place_name_alone_does_not_hit_a_gold_distance() -> None:
    assert not stories.overlaps("Chapra", "about 25 km from Chapra")
    assert stories.overlaps("25 km", "about 25 km from Chapra")


def test_one_figure_of_a_span_with_two_is_enough() -> None:
    assert stories.overlaps("33 missing", "38 dead and 33 missing")


def test_a_name_inside_a_longer_span_without_figures_hits_it() -> None:
    assert stories.overlaps("Ornoc", "in Ornoc, Philippines")


def test_unrelated_or_empty_text_hits_nothing() -> None:
    assert not stories.overlaps("", "27 children died")
    assert not stories.overlaps("Patna", "about 25 km from Chapra")


def test_a_finding_blaming_other_sources_does_not_find_a_gap_between_agreeing_ones() -> None:
    """A grouped finding lists the sources that agree beside its outlier: a gold gap between two
    of the agreeing ones (15 vs 16 crew) is not what it reports."""
    item = stories.GoldItem(
        id="crew",
        type="number",
        expected_grade="minor",
        sides=(stories.Span("a.txt", "15 crew"), stories.Span("b.txt", "16 crew")),
    )
    sides = [
        {"claim_id": "a.c1", "file": "a.txt", "text": "15 crew"},
        {"claim_id": "b.c1", "file": "b.txt", "text": "16 crew"},
        {"claim_id": "c.c1", "file": "c.txt", "text": "25 crew"},
    ]
    assert not stories.matches({"sides": sides, "outliers": ["c.c1"]}, item, {})
    assert stories.matches({"sides": sides, "outliers": ["b.c1"]}, item, {})
    assert stories.matches({"sides": sides[:2]}, item, {})
