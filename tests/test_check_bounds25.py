"""`check` on a summary that writes the sources' figure as a bound (issue 14, session 25).

"More than 12 people died" where the source says 14 were killed is faithful: a bound the
sources' count of the same thing (its automatic frame, auto.count.deaths) makes true is
supported, with `--source` and against a registry made from the same report. A bound that
count breaks ("more than 20", "dozens" against 14) is contradicted: FC602 `bound-broken`,
major, naming the source's figure, and the verdict is "contradicted", not "unsupported".
"Over a dozen" and "more than a dozen" are the figure 12 moved by their approximator, not
exactly 12.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

ROOT = Path(__file__).resolve().parent.parent

FLOOD = {
    "wire.txt": "Floods in Tarrow\n\nFlash floods swept through Tarrow on Tuesday, May 7, 2024, killing "
    "14 people and destroying 300 homes.\n",
}

MET = [
    "More than 12 people died in the Tarrow floods.",
    "Over 12 people died in the Tarrow floods.",
    "At least 10 people died in the Tarrow floods.",
    "Nearly 15 people died in the Tarrow floods.",
    "Up to 20 people died in the Tarrow floods.",
    "Fewer than 20 people died in the Tarrow floods.",
    "Over a dozen people died in the Tarrow floods.",
    "More than a dozen people died in the Tarrow floods.",
    "Hundreds of homes were destroyed in the Tarrow floods.",
    "More than 200 homes were destroyed.",
]

BROKEN = [
    ("More than 20 people died in the Tarrow floods.", "14 people"),
    ("More than 15 people died in the Tarrow floods.", "14 people"),
    ("Dozens of people died in the Tarrow floods.", "14 people"),
    ("Fewer than a dozen people died in the Tarrow floods.", "14 people"),
    ("More than two dozen people died in the Tarrow floods.", "14 people"),
    ("Dozens of homes were destroyed in the Tarrow floods.", "300 homes"),
]


def verdicts(cli: Callable[..., Result], folder: Path, sentence: str) -> tuple[int, list[dict], list[dict]]:  # type: ignore[type-arg]
    """Exit code, findings and number verdicts of `check --source` on one sentence."""
    summary = folder / "summary.md"
    (folder / "wire.txt").write_text(FLOOD["wire.txt"], encoding="utf-8")
    summary.write_text(f"---\ndate: 2024-05-09\n---\n\n{sentence}\n", encoding="utf-8")
    result = cli("check", str(summary), "--source", str(folder / "wire.txt"), "--format", "json")
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    numbers = [v for v in report["verdicts"] if v["kind"] == "number"]
    return result.exit_code, report["findings"], numbers


@pytest.mark.parametrize("sentence", MET)
def test_a_bound_the_sources_count_makes_true_is_supported(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings, numbers = verdicts(cli, tmp_path, sentence)
    assert code == 0, findings
    assert [v["verdict"] for v in numbers] == ["supported"], numbers


@pytest.mark.parametrize(("sentence", "theirs"), BROKEN)
def test_a_bound_the_sources_count_breaks_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path, sentence: str, theirs: str
) -> None:
    code, findings, numbers = verdicts(cli, tmp_path, sentence)
    assert code == 1
    [finding] = [f for f in findings if f["rule_id"] == "FC602"]
    assert finding["outcome"] == "bound-broken"
    assert finding["grade"] == "major"
    assert f"“{theirs}”" in finding["message"]
    assert [v["verdict"] for v in numbers] == ["contradicted"], numbers


def test_the_text_output_names_the_sources_figure(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(FLOOD["wire.txt"], encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text(
        "---\ndate: 2024-05-09\n---\n\nMore than 20 people died in Tarrow.\n", encoding="utf-8"
    )
    result = cli("check", str(summary), "--source", str(tmp_path / "wire.txt"))
    assert result.exit_code == 1
    assert "contradicted number “More than 20 people”" in " ".join(result.output.split())
    assert "breaks this bound" in " ".join(result.output.split())


def test_a_bound_of_another_thing_is_not_met_by_the_toll(cli: Callable[..., Result], tmp_path: Path) -> None:
    # 14 were killed; nothing says how many were injured: "more than 12 injured" is still unsupported
    code, findings, numbers = verdicts(cli, tmp_path, "More than 12 people were injured in Tarrow.")
    assert code == 1
    assert [v["verdict"] for v in numbers] == ["unsupported"], numbers
    assert all(f.get("outcome") != "bound-broken" for f in findings)


def test_a_bound_far_under_the_sources_count_says_another_figure(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # true of 14, but no summary of "killing 14" writes "more than 5": unsupported, not contradicted
    code, _findings, numbers = verdicts(cli, tmp_path, "More than 5 people died in the Tarrow floods.")
    assert code == 1
    assert [v["verdict"] for v in numbers] == ["unsupported"], numbers


def test_a_precise_bound_states_its_own_figure(cli: Callable[..., Result], tmp_path: Path) -> None:
    # "at least 213" against 231 killed: true, but three significant digits say 213 (a transposition)
    report = "Fire at the Kiss\n\nA fire at the Kiss nightclub on Sunday killed 231 people.\n"
    (tmp_path / "kiss.txt").write_text(report, encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text(
        "---\ndate: 2013-01-28\n---\n\nAt least 213 people died in the fire.\n", encoding="utf-8"
    )
    result = cli("check", str(summary), "--source", str(tmp_path / "kiss.txt"), "--format", "json")
    assert result.exit_code == 1, result.output
    numbers = [v for v in json.loads(result.output)["verdicts"] if v["kind"] == "number"]
    assert [v["verdict"] for v in numbers] == ["unsupported"], numbers


def test_a_bound_of_a_kind_of_people_is_not_judged_by_the_whole_toll(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    # "children" are a part of the 14: the toll neither makes "more than 12 children" true nor false
    code, findings, _ = verdicts(cli, tmp_path, "More than 20 children died in the Tarrow floods.")
    assert code == 1
    assert all(f.get("outcome") != "bound-broken" for f in findings), findings
    code, findings, _ = verdicts(cli, tmp_path, "More than 12 children died in the Tarrow floods.")
    assert code == 1, findings


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("More than 12 people died in the Tarrow floods.", 0),
        ("Over a dozen people died in the Tarrow floods.", 0),
        ("More than 20 people died in the Tarrow floods.", 1),
    ],
)
def test_bounds_against_a_registry_of_the_same_report(
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sentence: str,
    expected: int,
) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, {"wire": FLOOD["wire.txt"]}, "2024-05-07")
    code, findings = check_with_registry(cli, tmp_path / "reg", ROOT / "rules", sentence, "2024-05-09")
    assert code == expected, findings


def test_about_a_dozen_stays_a_quantifier(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a rounding of a round number is not the figure 12: "about a dozen" for 14 is not flagged
    monkeypatch.chdir(tmp_path)
    code, findings = check_sentence(
        cli, tmp_path, FLOOD, "2024-05-09", "About a dozen people died in the Tarrow floods."
    )
    assert code == 0, findings


# session 25 review: the text look-up took a figure above an upper bound that rounds to it
# ("fewer than 10" for 14: |14 - 10| is under half of 10's last digit) and a date's day number
# ("7" of "May 7") for a figure under it, so "fewer than 10 people died" passed against 14 killed
UPPER_BROKEN = [
    "Fewer than 10 people died in the Tarrow floods.",
    "Up to 10 people died in the Tarrow floods.",
    "Under 10 people died in the Tarrow floods.",
]


@pytest.mark.parametrize("sentence", UPPER_BROKEN)
def test_an_upper_bound_under_the_sources_count_is_contradicted(
    cli: Callable[..., Result], tmp_path: Path, sentence: str
) -> None:
    code, findings, _ = verdicts(cli, tmp_path, sentence)
    assert code == 1, findings
    assert [f["outcome"] for f in findings if f["grade"] == "major"] == ["bound-broken"], findings


def test_a_figure_above_an_upper_bound_does_not_state_it(cli: Callable[..., Result], tmp_path: Path) -> None:
    # no frame to judge by (the sales count has none): the look-up alone must not take 14 for "fewer than 10"
    code, findings = check_sentence(
        cli,
        tmp_path,
        {"shop.txt": "The firm sold 14 cars in May, its owner said.\n"},
        "",
        "The firm sold fewer than 10 cars in May.",
    )
    assert code == 1, findings


@pytest.mark.parametrize(
    ("report", "sentence", "expected"),
    [
        # a day of a date counts nothing: "7" of "May 7" does not state "fewer than 10"
        (
            "Floods swept Tarrow on May 7, officials said. The toll is not known.\n",
            "Fewer than 10 people died in Tarrow.",
            1,
        ),
        (
            "Floods swept Tarrow on 7 May, officials said. The toll is not known.\n",
            "Fewer than 10 people died in Tarrow.",
            1,
        ),
        # a figure of a count beside a date still does
        (
            "Floods in Tarrow killed 7 people, officials said on May 9.\n",
            "Fewer than 10 people died in Tarrow.",
            0,
        ),
        (
            "Floods in Tarrow killed 25 people on May 25, officials said.\n",
            "More than 20 people died in Tarrow.",
            0,
        ),
        (
            "The plant employs about 1,350 staff, the company said.\n",
            "The plant employs fewer than 1,400 staff.",
            0,
        ),
        (
            "The jobless rate fell to 9.6% in April, the office said.\n",
            "The jobless rate fell to under 10% in April.",
            0,
        ),
    ],
)
def test_a_day_of_a_date_is_no_figure_for_a_bound(
    cli: Callable[..., Result], tmp_path: Path, report: str, sentence: str, expected: int
) -> None:
    code, findings = check_sentence(cli, tmp_path, {"wire.txt": report}, "", sentence)
    assert code == expected, findings


def test_an_upper_bound_against_a_registry_of_the_same_report(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, {"wire": FLOOD["wire.txt"]}, "2024-05-07")
    sentence = "Fewer than 10 people died in the Tarrow floods."
    code, findings = check_with_registry(cli, tmp_path / "reg", ROOT / "rules", sentence, "2024-05-09")
    assert code == 1, findings
