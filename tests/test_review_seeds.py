"""`factcheck review` on the bundled registry finds what an editor must see — and no false alarms."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from factcheck.model import Report
from factcheck.pipeline.run import RunOptions, run


@pytest.fixture(scope="module")
def report() -> Report:
    return run(None, RunOptions(Path(__file__).resolve().parent.parent))


def findings(report: Report, rule_id: str) -> list[Any]:
    return [f for f in report.findings if f.rule_id == rule_id]


def sides(finding: Any) -> dict[str, str]:
    return {s.source: s.text for s in finding.sides}


def find(report: Report, rule_id: str, **texts: str) -> Any:
    """The finding of `rule_id` whose sides include every source: text fragment given."""
    for finding in findings(report, rule_id):
        have = sides(finding)
        if all(src in have and frag in have[src] for src, frag in texts.items()):
            return finding
    raise AssertionError(
        f"no {rule_id} finding with {texts}; have {[sides(f) for f in findings(report, rule_id)]}"
    )


def lines(finding: Any) -> dict[str, int | None]:
    """The line of each side, by source (None for a side with no text file: a reference, entities)."""
    return {s.source: s.line for s in finding.sides}


def test_no_engine_errors(report: Report) -> None:
    assert report.errors == []


def test_hundreds_of_deaths_against_the_ohchr_count(report: Report) -> None:
    finding = find(report, "FC101", s000="hundreds of deaths", **{"ohchr-2022-06-27": "4,731 killed"})
    assert finding.grade == "critical"
    assert finding.likely_wrong is not None
    assert finding.likely_wrong.startswith("s000")
    # line 7: "The invasion by Russia on February 24 resulted in hundreds of deaths"
    assert lines(finding) == {"s000": 7, "ohchr-2022-06-27": None}


def test_no_boundaries_versus_friendship_without_limits(report: Report) -> None:
    finding = find(report, "FC301", s000="no boundaries", s004="friendship without limits")
    assert finding.grade == "major"
    assert lines(finding) == {"s000": 19, "s004": 19}
    assert "no boundaries" in finding.message
    assert "friendship without limits" in finding.message


def test_friendship_declaration_tied_to_different_meetings_and_months(report: Report) -> None:
    finding = find(report, "FC302", s000="no boundaries", s004="friendship without limits")
    assert finding.grade == "major"
    assert lines(finding) == {"s000": 19, "s004": 19}
    assert "2022-02" in finding.message
    assert "2023-03" in finding.message


def test_trip_dates_do_not_add_up_with_100_days_after_the_war(report: Report) -> None:
    finding = find(report, "FC203", s002="100 days after")
    assert finding.grade == "major"
    assert lines(finding) == {"s002": 7, "ohchr-2022-06-27": None, "s003": 55}
    assert "days" in finding.message


def test_gold_ban_direction_reversed(report: Report) -> None:
    finding = find(report, "FC501", s000="gold export to Russia", s001="imports of gold from Russia")
    assert finding.grade == "critical"
    assert lines(finding) == {"s000": 11, "s001": 6}


def test_one_announcement_credited_to_rossiya_1_and_to_channel_1(report: Report) -> None:
    # s000/s001: Zarubin of Rossiya 1 said it; s002: "Russian Channel 1 and other Russian media"
    for other in ("s000", "s001"):
        finding = find(report, "FC503", s002="Tajikistan and Turkmenistan", **{other: "Tajikistan"})
        assert finding.grade == "minor"
        assert "Russian Channel 1" in finding.message
        assert "Rossiya 1" in finding.message


def test_misspelled_names_are_minor_and_transliterations_info(report: Report) -> None:
    expected = [
        ("s002", "Zoko", "minor", 11),
        ("s002", "Kassym-Zomart", "minor", 15),
        ("s002", "Lukashenka", "info", 13),
        ("s000", "Rakhmon", "info", 13),
    ]
    for source, text, grade, line in expected:
        finding = find(report, "FC401", **{source: text})
        assert (finding.grade, lines(finding)) == (grade, {source: line, "entities": None}), text


def test_no_false_alarm_on_the_caspian_participants_in_another_order(report: Report) -> None:
    for finding in findings(report, "FC502"):
        assert not {"s000", "s003"} <= {s.source for s in finding.sides}, finding.message


def test_canonical_spellings_are_never_reported(report: Report) -> None:
    for finding in findings(report, "FC401"):
        assert "Vladimir Putin" not in sides(finding).values() or finding.sides[0].text != "Vladimir Putin"


def test_every_finding_quotes_exact_words_with_their_source_line(report: Report) -> None:
    root = Path(__file__).resolve().parent.parent
    for finding in report.findings:
        for side in finding.sides:
            if side.file is not None:
                assert side.line is not None, side
                text = (root / side.file).read_text(encoding="utf-8")
                assert side.text in text.splitlines()[side.line - 1] or side.text in text


def test_per_source_summary_has_a_letter_for_every_source(report: Report) -> None:
    letters = {s.source: s.letter for s in report.sources}
    assert set(letters) >= {"s000", "s001", "s002", "s003", "s004", "ohchr-2022-06-27"}
    assert letters["s000"] == "F"  # two critical findings are charged to it
    assert letters["ohchr-2022-06-27"] == "A"


def test_cli_review_prints_the_graded_report(cli: Callable[..., Result], root: Path) -> None:
    result = cli("review", "--registry", str(root))
    assert result.exit_code == 0
    out = result.output
    assert out.index("CRITICAL") < out.index("MAJOR") < out.index("MINOR") < out.index("INFO")
    assert "hundreds of deaths" in out
    assert "Per source" in out


def test_cli_json_is_the_report_model(cli: Callable[..., Result], root: Path) -> None:
    result = cli("review", "--registry", str(root), "--format", "json")
    data = json.loads(result.output)
    assert Report.model_validate(data).findings


def test_cli_markdown(cli: Callable[..., Result], root: Path) -> None:
    result = cli("review", "--registry", str(root), "--format", "markdown", "--min-grade", "major")
    assert result.output.startswith("# factcheck review")
    assert "## Critical" in result.output
    assert "## Minor" not in result.output


def test_cli_fail_on(cli: Callable[..., Result], root: Path) -> None:
    assert cli("review", "--registry", str(root), "--fail-on", "critical").exit_code == 1
    assert cli("review", "--registry", str(root), "--fail-on", "major", "--format", "json").exit_code == 1


def test_cli_output_file_is_written(cli: Callable[..., Result], root: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = cli("review", "--registry", str(root), "--format", "json", "-o", str(target))
    assert result.exit_code == 0
    assert json.loads(target.read_text())["findings"]


def test_review_runs_from_a_subfolder_of_the_registry(
    cli: Callable[..., Result], root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(root / "claims")
    result = cli("review", "--min-grade", "critical")
    assert result.exit_code == 0
    assert "hundreds of deaths" in result.output


def test_claims_validate(cli: Callable[..., Result], root: Path) -> None:
    result = cli("claims", "validate", "--registry", str(root))
    assert result.exit_code == 0
    assert "claims" in result.output
