"""`check --source` reads a day however a summary and a source write it (#14, session 15):
abbreviated months with and without a dot, ordinals, day-month and month-day order, a weekday
before, "September the 14th". A wrong day written the same ways is not borne out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

SOURCE_FORMS = (
    "on 14 Sept. 2023",
    "on Thursday, sept. 14",
    "on September 14",
    "on 2023-09-14",
    "on 14th September",
    "on Sept 14th",
    "on the 14th of September",
    "on Thu, Sep 14",
    "on 14 SEPT 2023",
)
SUMMARY_FORMS = (
    "on Sept 14",
    "on September 14",
    "on 14 Sept.",
    "on Sept. 14th",
    "on the 14th of Sept",
    "on Thursday, Sept 14",
    "on Sep 14",
    "on Thurs., Sept. 14",
    "on 14th Sept",
    "on September the 14th",
    "on Sept.14",
)


def _date_verdicts(cli: Callable[..., Result], tmp_path: Path, source: str, summary: str) -> list[str]:
    (tmp_path / "src.txt").write_text(f"Rescue teams reached the flooded mine {source}, the company said.\n")
    (tmp_path / "s.md").write_text(
        f"---\ndate: 2023-09-20\n---\nRescue teams reached the flooded mine {summary}.\n", encoding="utf-8"
    )
    result = cli("check", str(tmp_path / "s.md"), "--source", str(tmp_path / "src.txt"), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return [v["verdict"] for v in json.loads(result.stdout)["verdicts"] if v["kind"] == "date"]


@pytest.mark.parametrize("summary", SUMMARY_FORMS)
def test_a_day_written_another_way_is_borne_out(
    cli: Callable[..., Result], tmp_path: Path, summary: str
) -> None:
    for source in SOURCE_FORMS:
        assert _date_verdicts(cli, tmp_path, source, summary) == ["supported"], (source, summary)


@pytest.mark.parametrize("summary", ["on Sept 15", "on September the 15th", "on Sept.15", "on 15 Sept."])
def test_another_day_written_those_ways_is_not(
    cli: Callable[..., Result], tmp_path: Path, summary: str
) -> None:
    for source in ("on 14 Sept. 2023", "on Thursday, sept. 14", "on September 14"):
        verdicts = _date_verdicts(cli, tmp_path, source, summary)
        assert verdicts, (source, summary)
        assert "supported" not in verdicts, (source, summary)
