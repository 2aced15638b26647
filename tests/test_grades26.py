"""Grades `review` gives (issue 12, session 26), as a user sees them in its report:

- two exact counts of one fixed fact a few apart ("151 people on board" / "155 people on board")
  are `close-counts`, graded major (one report is wrong: nothing rounds an exact count); an age
  one year off in reports months apart may straddle a birthday and stays minor (`close-ages`);
- in `check` a summary's close count stays minor as before;
- one quotation that says "the two" where another says "both" ("the contract that united the two
  parties" / "united both parties"), or "two times" where the other says "twice", has no changed
  figure: graded as the rest of the wording reads (minor here), while "both men" / "both women"
  and "two times" / "three times" stay major.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Cli = Callable[..., Result]


def _reviewed(cli: Cli, tmp_path: Path, reports: list[tuple[str, str]]) -> list[dict]:  # type: ignore[type-arg]
    """The findings of `review` on reports (text, publication day) in a new registry."""
    registry = tmp_path / "reg"
    assert cli("init", str(registry)).exit_code == 0
    for i, (text, day) in enumerate(reports):
        path = tmp_path / f"r{i}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        added = cli(
            "sources", "add", str(path), "--published", day, "--id", f"r{i}", "--registry", str(registry)
        )
        assert added.exit_code == 0, added.output
        extracted = cli(
            "extract",
            str(registry / "seeds" / f"r{i}.txt"),
            "--write",
            str(registry / "claims" / f"r{i}.yaml"),
            "--registry",
            str(registry),
        )
        assert extracted.exit_code == 0, extracted.output
    result = cli("review", "--registry", str(registry), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]  # type: ignore[no-any-return]


def _graded(findings: list[dict], rule: str) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(f["outcome"], f["grade"]) for f in findings if f["rule_id"] == rule]


PLANE = "A Delta Air Lines jet with {} people on board made an emergency landing in Denver on Monday."


def test_people_on_board_a_few_apart_are_major(cli: Cli, tmp_path: Path) -> None:
    findings = _reviewed(
        cli, tmp_path, [(PLANE.format(151), "2024-03-04"), (PLANE.format(155), "2024-03-04")]
    )
    assert _graded(findings, "FC102") == [("close-counts", "major")], findings


def test_people_on_board_the_same_are_no_finding(cli: Cli, tmp_path: Path) -> None:
    findings = _reviewed(
        cli, tmp_path, [(PLANE.format(155), "2024-03-04"), (PLANE.format(155), "2024-03-04")]
    )
    assert _graded(findings, "FC102") == [], findings


AGE = "The novelist Margaret Hollis, {}, won the Booker Prize in London, the judges said."


def test_an_age_a_year_off_months_apart_stays_minor(cli: Cli, tmp_path: Path) -> None:
    findings = _reviewed(cli, tmp_path, [(AGE.format(82), "2024-01-10"), (AGE.format(83), "2024-09-10")])
    assert _graded(findings, "FC102") == [("close-ages", "minor")], findings


def test_an_age_a_year_off_the_same_day_is_major(cli: Cli, tmp_path: Path) -> None:
    findings = _reviewed(cli, tmp_path, [(AGE.format(82), "2024-09-10"), (AGE.format(83), "2024-09-10")])
    assert [grade for _, grade in _graded(findings, "FC102")] == ["major"], findings


STATEMENT = (
    'The club said in a statement: "The payment ends the contract that united {} parties." '
    "It was released on Thursday in Barcelona."
)


def test_the_two_for_both_in_a_quotation_is_minor(cli: Cli, tmp_path: Path) -> None:
    findings = _reviewed(
        cli,
        tmp_path,
        [(STATEMENT.format("the two"), "2024-03-04"), (STATEMENT.format("both"), "2024-03-04")],
    )
    assert _graded(findings, "FC301") == [("minor-wording", "minor")], findings


def test_both_men_for_both_women_in_a_quotation_stays_major(cli: Cli, tmp_path: Path) -> None:
    said = (
        'The police chief said: "We can confirm that {} were killed in the crash on the motorway '
        'near Leeds this morning." He spoke on Monday.'
    )
    findings = _reviewed(
        cli, tmp_path, [(said.format("the two men"), "2024-03-04"), (said.format("both women"), "2024-03-04")]
    )
    assert [grade for _, grade in _graded(findings, "FC301")] == ["major"], findings


def test_two_times_for_three_times_in_a_quotation_stays_major(cli: Cli, tmp_path: Path) -> None:
    said = 'The coach said: "They say you can miss {} but never the last time." He spoke on Monday.'
    findings = _reviewed(
        cli, tmp_path, [(said.format("two times"), "2024-03-04"), (said.format("three times"), "2024-03-04")]
    )
    assert _graded(findings, "FC301") == [("number-changed", "major")], findings


def test_two_times_for_twice_in_a_quotation_is_not_a_changed_figure(cli: Cli, tmp_path: Path) -> None:
    said = 'The coach said: "They say you can miss {} but never the last time." He spoke on Monday.'
    findings = _reviewed(
        cli, tmp_path, [(said.format("it two times"), "2024-03-04"), (said.format("it twice"), "2024-03-04")]
    )
    assert _graded(findings, "FC301") == [("minor-wording", "minor")], findings
