"""`check` as a faithfulness gate (issue 14, session 24), on invented reports, as a user sees it
(exit code, rule, grade):

- a bare figure listed before another shares that one's noun ("about 12 and 7 Earth masses": two
  masses, not 12 people), so a source's "12 times the mass of Earth" bears it out, and a wrong
  one ("15 and 7 Earth masses") is still unsupported;
- a bare figure counting members of a group ("71 of them critically") is no age: a source's
  "aged between 28 and 71 years old" does not bear it out, while "17 of them" stays borne out by
  "17 were in critical condition";
- "Three days after the outage, ... in Monday trading" is borne out by reports dated by their
  month alone ("Friday's outage", "trading Monday"): a reader counts their weekdays within one
  week; "Four days after" still is not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from summary_check import check_sentence, check_with_registry, registry_from

Cli = Callable[..., Result]

PLANETS = {
    "a.txt": "---\ndate: 2024-03-02\n---\nAstronomers said on Friday that one of the two new planets is "
    "about 12 times the mass of Earth, and the other about 7 Earth masses.\n",
}
BLAST = {
    "a.txt": "---\ndate: 2024-05-03\n---\nThe hospital said on Thursday it was treating 31 victims of the blast, "
    "aged between 28 and 71 years old.\nOf the 140 people injured, 17 were in critical condition.\n",
}
OUTAGE = {
    "a": "Friday's outage at the payments firm Lumen Pay stopped card readers across Europe.\n"
    "The firm blamed a faulty update.\n",
    "b": "Lumen Pay shares were down almost 9% in afternoon trading Monday.\n"
    "The stock had closed at $41.20 on Friday.\n",
}


def _above_info(findings: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [f["rule_id"] for f in findings if f["grade"] != "info"]


def test_a_listed_figure_shares_the_noun_written_after_the_list(cli: Cli, tmp_path: Path) -> None:
    right = "The two new planets have about 12 and 7 Earth masses."
    code, findings = check_sentence(cli, tmp_path, PLANETS, "2024-03-03", right)
    assert (code, _above_info(findings)) == (0, []), findings
    wrong = "The two new planets have about 15 and 7 Earth masses."
    code, findings = check_sentence(cli, tmp_path, PLANETS, "2024-03-03", wrong)
    assert code == 1
    assert [(f["rule_id"], f["grade"]) for f in findings] == [("FC602", "major")], findings
    assert "about 15" in findings[0]["message"]


def test_a_listed_figure_takes_the_lists_unit_and_scale(cli: Cli, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("The two firms paid 5 and 7 million dollars, while 1900 and 40 boats sank.\n")
    result = cli("extract", str(report), "--format", "json")
    assert result.exit_code == 0, result.output
    claims = [c["claim"] for c in json.loads(result.output)[0]["candidates"]]
    values = {c["text"]: (c.get("value"), c.get("unit")) for c in claims}
    assert values["5"] == (5_000_000, "dollars")
    assert values["7 million dollars"] == (7_000_000, "dollars")
    assert "1900" not in values  # a year is never a listed figure


@pytest.mark.parametrize(("count", "code"), [("17", 0), ("71", 1)])
def test_a_figure_counting_members_of_a_group_is_no_age(
    cli: Cli, tmp_path: Path, count: str, code: int
) -> None:
    sentence = f"The blast injured 140 people, {count} of them critically."
    got, findings = check_sentence(cli, tmp_path, BLAST, "2024-05-04", sentence)
    assert got == code, findings
    wrong = [(f["rule_id"], f["grade"]) for f in findings if f["grade"] != "info"]
    assert wrong == ([] if code == 0 else [("FC602", "major")]), findings


@pytest.mark.parametrize(("length", "code"), [("Three", 0), ("Four", 1), ("Two", 1)])
def test_weekdays_of_reports_dated_by_month_bear_out_a_length_under_a_week(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, length: str, code: int
) -> None:
    registry_from(cli, tmp_path, monkeypatch.chdir, OUTAGE, "2024-07")
    sentence = (
        f"{length} days after the outage, Lumen Pay shares were down almost 9% in Monday afternoon trading."
    )
    got, findings = check_with_registry(
        cli, tmp_path / "reg", tmp_path / "reg" / "rules", sentence, "2024-07-22"
    )
    assert got == code, findings
    assert (_above_info(findings) == []) == (code == 0), findings


@pytest.mark.parametrize(
    ("report", "figure", "reading"),
    [
        ("The flood killed 5, and 7 million dollars of crops were lost.", "5", (5, "people", "deaths")),
        ("The death toll rose to 142, 110 bodies identified so far.", "142", (142, "people", "deaths")),
        ("The blast killed 12, and 40 were injured.", "12", (12, "people", "deaths")),
        ("The toll so far is 12 and 6 injured, the authority said.", "12", (12, "people", "deaths")),
        ("Runs of 3, 5, and 7 km were held.", "3", (3, "km", "quantity")),
        ("Runs of 3, 5 and 7 km were held.", "3", (3, "km", "quantity")),
    ],
)
def test_a_comma_between_two_figures_ends_a_clause_not_a_list(
    cli: Cli, tmp_path: Path, report: str, figure: str, reading: tuple[int, str, str]
) -> None:
    """A comma joins two figures in a list only with a third listed: "killed 5, and 7 million
    dollars" keeps 5 a death toll (its frame too), "3, 5, and 7 km" are three lengths; a figure
    listed with one that has no noun of its own to share ("12 and 6 injured") keeps its frame."""
    path = tmp_path / "r.txt"
    path.write_text(report + "\n")
    result = cli("extract", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    claims = [c["claim"] for c in json.loads(result.output)[0]["candidates"]]
    values = {c["text"]: (c.get("value"), c.get("unit"), c.get("subject", "")) for c in claims}
    value, unit, subject = values[figure]
    assert (value, unit or "people") == reading[:2], values  # people: "" once linked to a subject
    assert subject.endswith(reading[2]), values  # a death toll's frame; no list's shared noun


def test_a_count_before_a_comma_and_a_sum_is_not_the_sums_scale(cli: Cli, tmp_path: Path) -> None:
    flood = {
        "a.txt": "---\ndate: 2024-05-03\n---\nThe flood killed 5 people, officials said on Thursday. "
        "Crop losses reached 7 million dollars.\n"
    }
    right = "The flood killed 5, and 7 million dollars of crops were lost."
    code, findings = check_sentence(cli, tmp_path, flood, "2024-05-04", right)
    assert (code, _above_info(findings)) == (0, []), findings
    wrong = "The flood killed 8, and 7 million dollars of crops were lost."
    code, findings = check_sentence(cli, tmp_path, flood, "2024-05-04", wrong)
    wrong_found = [f for f in findings if f["grade"] != "info"]
    assert [(f["rule_id"], f["grade"]) for f in wrong_found] == [("FC602", "major")], findings
    assert "(8 people)" in wrong_found[0]["message"], findings
