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


def test_a_century_describing_a_thing_is_no_figure_of_the_span() -> None:
    # the side's figure is in words; "12th-century" tells what the cathedral is, not the figure
    assert stories.overlaps("nine-hour", "the nine-hour battle to save the 12th-century cathedral")
    assert not stories.overlaps("Notre Dame", "the Notre Dame fire of 15 hours")


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


def test_a_weekday_hits_a_date_span_whose_figures_are_context() -> None:
    """A date discrepancy's span may hold a count ("800 others injured on Thursday"): the weekday
    side is its discovery; the same side does not hit a number discrepancy's span."""
    assert stories.overlaps("on Thursday", "800 others injured on Thursday", "date")
    assert not stories.overlaps("on Thursday", "800 others injured on Thursday", "number")


def test_a_side_hits_a_span_it_overlaps_in_the_file() -> None:
    """Neither text holds the other, but the words overlap where they stand in the file."""
    text = "Headline\n\nThe leaders were due to begin at 1 p.m. local time (6 a.m. ET) in the palace.\n"
    column = text.split("\n")[2].index("1 p.m.") + 1
    words = "1 p.m. local time (6 a.m. ET)"
    side = {"text": words, "line": 3, "column": column}
    span = stories.Span("wire.txt", "were due to begin at 1 p.m. local time")
    assert not stories.overlaps(words, span.text, "time")
    assert stories.overlaps_at(side, span, text, "time")
    elsewhere = {"text": "in the palace", "line": 3, "column": column + 30}
    assert stories.side_range(elsewhere, text) is not None
    assert not stories.overlaps_at(elsewhere, span, text, "time")


def test_a_side_whose_position_does_not_hold_its_words_is_not_placed() -> None:
    """A stale line/column (the file changed) places nothing rather than the wrong words."""
    text = "one\ntwo three\n"
    assert stories.side_range({"text": "three", "line": 2, "column": 5}, text) == (8, 13)
    assert stories.side_range({"text": "three", "line": 2, "column": 1}, text) is None
    assert stories.side_range({"text": "three", "line": 9, "column": 1}, text) is None


def test_check_source_articles_carry_their_publication_day_as_front_matter(tmp_path: Path) -> None:
    """`check --source` gets each article's day as a user gives it (front matter `date:`); a page
    dated only to its month gets none, since front matter takes a calendar date."""
    assert stories.front_matter_date("2014-08-04T00:37+08:00") == "2014-08-04"
    assert stories.front_matter_date("2014-04-16") == "2014-04-16"
    assert stories.front_matter_date("2014-04") is None
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text("Gunmen struck on Monday night.\n", encoding="utf-8")
    (folder / "b.txt").write_text("No date shown.\n", encoding="utf-8")
    story = stories.Story(
        slug="s",
        split="tune",
        folder=folder,
        articles=(stories.Article("a.txt", "A", "2014-04-16"), stories.Article("b.txt", "B", "2014-04")),
        gold=(),
        lookalikes=(),
        planted=(),
    )
    dated, undated = stories.dated_sources(story, tmp_path / "copies")
    assert dated.read_text(encoding="utf-8") == "---\ndate: 2014-04-16\n---\nGunmen struck on Monday night.\n"
    assert undated.read_text(encoding="utf-8") == "No date shown.\n"


def test_every_other_faithful_summary_is_listed_and_totalled_apart(tmp_path: Path) -> None:
    """Besides faithful.md, each summaries/faithful*.md is checked and reported per file, and
    totalled on a line of its own so the faithful.md figure stays comparable with older runs."""
    summaries = tmp_path / "summaries"
    summaries.mkdir()
    for name in ("faithful.md", "faithful-s18-2.md", "faithful-s18-1.md", "planted.md", "notes.md"):
        (summaries / name).write_text("---\ndate: 2020-01-01\n---\nText.\n", encoding="utf-8")
    story = stories.Story(
        slug="x", split="tune", folder=tmp_path, articles=(), gold=(), lookalikes=(), planted=()
    )
    assert stories.more_faithful(story) == ["faithful-s18-1.md", "faithful-s18-2.md"]
    check = stories.CheckResult(mode="sources", faithful_rc=0, planted_rc=1)
    check.more_faithful = {"faithful-s18-1.md": 0, "faithful-s18-2.md": 1}
    result = stories.StoryResult(
        slug="x",
        split="tune",
        sources=0,
        words=0,
        seconds=0.0,
        score=stories.score([], story, {}),
        checks=[check],
        errors=[],
        data_problems=[],
    )
    line = stories.check_line(result, check)
    assert "faithful-s18-1.md exit 0" in line
    assert "faithful-s18-2.md exit 1" in line
    rows = stories.check_totals("tune", [result])
    assert any("faithful exit 0: 1/1" in row for row in rows)
    assert any("other faithful*.md exit 0: 1/2" in row for row in rows)
