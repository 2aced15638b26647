"""Red-team mini-stories (tests/data/redteam/<kind>/): five new kinds of story (a summit, a
takeover, a court verdict, a storm's landfall, an election night), each 4 outlets written the way
real ones differ, run through the CLI as a new user would: `init`, `sources add` with date-times,
`extract --write`, `review`, then `check` of a faithful summary. No finding above info may appear
(in the review or the check) beyond the planted discrepancies (and the few documented in story.yaml's `left_alone`, with
why), and every planted discrepancy not marked `known_miss` must be found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from redteam_stories import Story, above_info, check, describe, left_alone, planted_by, review, stories

STORIES = stories()


@pytest.mark.parametrize("story", STORIES, ids=[s.kind for s in STORIES])
def test_review_raises_only_the_planted_discrepancies(
    story: Story, cli: Callable[..., Result], tmp_path: Path
) -> None:
    findings = above_info(review(cli, story, tmp_path))
    false_alarms = [describe(f) for f in findings if not planted_by(f, story) and not left_alone(f, story)]
    assert false_alarms == []
    found = {p.id for f in findings if (p := planted_by(f, story)) is not None}
    assert {p.id for p in story.planted if p.reason is None} <= found
    # the summary follows the sources' majority: only a planted disagreement may be pointed out
    _, report = check(cli, story, tmp_path)
    assert [describe(f) for f in above_info(report) if not planted_by(f, story)] == []


def test_every_story_is_a_new_user_s_story() -> None:
    """Five kinds, 4-6 outlets of 100-300 words each, at most two planted discrepancies each,
    every planted side's text in its file."""
    assert len(STORIES) >= 5
    for story in STORIES:
        assert 4 <= len(story.sources) <= 6
        assert len(story.planted) <= 2
        for file, _, published in story.sources:
            words = len((story.folder / file).read_text(encoding="utf-8").split())
            assert 100 <= words <= 300, (story.kind, file, words)
            assert "T" in published  # a date-time, as an editor adding a report types it
        for entry in (*story.planted, *story.left_alone):
            for file, text in entry.sides:
                assert text in (story.folder / file).read_text(encoding="utf-8"), (story.kind, text)
