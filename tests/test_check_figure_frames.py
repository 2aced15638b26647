"""`check`: a summary's number is borne out only by a source figure about the same quantity,
not by the same number counting something else (an excerpt of KTLA's Ormoc ferry report, 2015,
where "another 19 still missing" once supported a summary's "19 crew members")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence

from factcheck.link.figures import compatible

REPORTS = {
    "ktla.txt": (
        "The local Coast Guard reported that at least 36 people have died, with 118 survivors, "
        "and another 19 still missing.\n\n"
        "The ferry carried 173 passengers and 16 crew members when it capsized off Ormoc.\n"
    ),
}


def check(cli: Callable[..., Result], tmp_path: Path, sentence: str) -> tuple[int, list[str]]:
    code, findings = check_sentence(cli, tmp_path, REPORTS, "2015-07-02", sentence)
    return code, [f"{f['rule_id']} {f['grade']}" for f in findings if f["grade"] != "info"]


def test_the_same_number_of_another_quantity_is_no_support(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    code, findings = check(cli, tmp_path, "The ferry carried 173 passengers and 19 crew members.")
    assert (code, findings) == (1, ["FC602 major"])


def test_the_figure_of_that_quantity_supports_it(cli: Callable[..., Result], tmp_path: Path) -> None:
    assert check(cli, tmp_path, "The ferry carried 173 passengers and 16 crew members.") == (0, [])
    assert check(cli, tmp_path, "At least 36 people died and 19 were still missing.") == (0, [])


def test_frames_are_compatible_when_one_narrows_the_other() -> None:
    assert compatible("auto.measure.depth", "auto.measure.depth.by-usgs")
    assert not compatible("auto.count.missing", "auto.count.deaths")
    assert not compatible("auto.count.dead", "auto.count.deaths")


def test_no_support_from_another_quantity_against_a_registry_either(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a registry loaded partly for the summary hides the source figures' frames: the noun decides
    assert cli("init", str(tmp_path / "reg")).exit_code == 0
    monkeypatch.chdir(tmp_path / "reg")
    (tmp_path / "ktla.txt").write_text(REPORTS["ktla.txt"], encoding="utf-8")
    added = cli("sources", "add", str(tmp_path / "ktla.txt"), "--published", "2015-07-02", "--id", "ktla")
    assert added.exit_code == 0, added.output
    [copied] = (tmp_path / "reg").glob("*/ktla.txt")
    extracted = cli("extract", str(copied), "--write", "claims/ktla.yaml")
    assert extracted.exit_code == 0, extracted.output
    assert cli("review").exit_code in (0, 1)  # compiles the store a later check reads partly
    verdicts = {}
    for sentence in ("173 passengers and 19 crew members", "173 passengers and 16 crew members"):
        (tmp_path / "s.md").write_text(f"---\ndate: 2015-07-02\n---\nThe ferry carried {sentence}.\n")
        result = cli("check", str(tmp_path / "s.md"), "--registry", ".", "--format", "json")
        verdicts[sentence] = result.exit_code
    assert verdicts == {"173 passengers and 19 crew members": 1, "173 passengers and 16 crew members": 0}


def test_a_weekday_the_sources_date_otherwise_is_no_support(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # a dated report's "early on Sunday" is 2016-11-20: it does not bear out "Sunday, November 27"
    report = {"a.txt": "At least 45 people were killed when 14 coaches derailed early on Sunday.\n"}
    (tmp_path / "a.txt").write_text(report["a.txt"], encoding="utf-8")
    for day, expected in (("27", 1), ("20", 0)):
        summary = tmp_path / "s.md"
        summary.write_text(
            f"---\ndate: 2016-11-21\n---\n14 coaches derailed on Sunday, November {day}, 2016.\n"
        )
        result = cli("check", str(summary), "--source", str(tmp_path / "a.txt"), "--format", "json")
        assert result.exit_code == expected, (day, result.output[-400:])
