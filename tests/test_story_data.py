"""The development stories are well-formed: what the stories benchmark scores against must exist.

A gold span that is not in its article, or a planted error that is not on its line, would make the
benchmark score a miss as a tool failure (or a hit by accident), so each story is checked here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import stories  # noqa: E402  (benchmarks/ is not a package)

FOLDERS = sorted(p for p in stories.STORIES.iterdir() if (p / "story.yaml").is_file())


def test_there_are_development_stories() -> None:
    """The set holds several events, as the automatic-linking issue asks (at least 4)."""
    assert len(FOLDERS) >= 4


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_gold_spans_and_planted_errors_are_where_they_say(folder: Path) -> None:
    """Every gold side occurs verbatim in its file; every planted error is on its line."""
    story = stories.load_story(folder)
    assert stories.data_problems(story) == []
    assert story.gold, "a story needs at least one real discrepancy"
    assert len(story.planted) == 3, "planted.md carries exactly three errors"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_source_has_provenance(folder: Path) -> None:
    """Each article in story.yaml exists and says where it came from and when it was published."""
    meta = yaml.safe_load((folder / "story.yaml").read_text(encoding="utf-8"))
    assert meta["split"] in {"tune", "test"}
    for source in meta["sources"]:
        assert (folder / source["file"]).is_file(), source["file"]
        assert str(source.get("url", "")).startswith("http"), source["file"]
        assert source.get("published"), source["file"]


def test_readme_lists_every_story_with_its_split() -> None:
    """The README's table is the index a newcomer reads: one row per story, with its split."""
    readme = (stories.STORIES / "README.md").read_text(encoding="utf-8")
    for folder in FOLDERS:
        split = yaml.safe_load((folder / "story.yaml").read_text(encoding="utf-8"))["split"]
        assert f"| {folder.name} | {split} |" in readme, folder.name
