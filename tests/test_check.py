"""`factcheck check`: a summary against the registry, in CI — what must be caught, what must not."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.link.document import mask_markdown

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "examples" / "inconsistent-summary.md"
GOOD = ROOT / "examples" / "consistent-summary.md"


def check_json(cli: Callable[..., Result], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = cli("check", *args, "--registry", str(ROOT), "--format", "json")
    return result.exit_code, json.loads(result.output)


def rules_at(data: dict, path: Path) -> dict[str, list[int]]:  # type: ignore[type-arg]
    """rule id -> lines in the checked file."""
    found: dict[str, list[int]] = {}
    for finding in data["findings"]:
        for side in finding["sides"]:
            if side["tier"] == "draft" and side["file"] and side["file"].endswith(path.name):
                found.setdefault(finding["rule_id"], []).append(side["line"])
    return found


def write(tmp_path: Path, text: str, name: str = "summary.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_inconsistent_example_fails_with_findings_on_its_lines(cli: Callable[..., Result]) -> None:
    code, data = check_json(cli, str(BAD))
    assert code == 1
    found = rules_at(data, BAD)
    assert found.get("FC202") == [8]  # Monday (June 28)
    assert 8 in found.get("FC203", [])  # 100 days after the war began
    assert found.get("FC101") == [9]  # hundreds of deaths vs the OHCHR count
    assert 11 in found.get("FC401", [])  # Rakhmonov / Wododo
    assert 14 in found.get("FC301", [])  # "no boundaries" vs the joint statement
    assert 14 in found.get("FC302", []) or 15 in found.get("FC302", [])  # March 2023 vs February 2022
    assert 15 in found.get("FC303", [])  # words no source contains


def test_the_consistent_example_passes(cli: Callable[..., Result]) -> None:
    code, data = check_json(cli, str(GOOD))
    bad = [f for f in data["findings"] if f["grade"] in ("critical", "major")]
    assert code == 0, [f["message"] for f in bad]
    assert {f["grade"] for f in data["findings"]} <= {"info", "minor"}


def test_findings_quote_the_registry_side_with_its_source(cli: Callable[..., Result]) -> None:
    _, data = check_json(cli, str(BAD))
    magnitude = next(f for f in data["findings"] if f["rule_id"] == "FC101")
    registry_side = next(s for s in magnitude["sides"] if s["tier"] != "draft")
    assert registry_side["source"] == "ohchr-2022-06-27"
    assert "4,731" in registry_side["text"]
    assert magnitude["likely_wrong"].startswith("draft:")


def test_vague_count_far_from_the_registry(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(tmp_path, "The invasion caused hundreds of deaths by late June 2022.\n")
    _, data = check_json(cli, str(path))
    assert "FC101" in rules_at(data, path)


def test_weekday_that_does_not_match(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(tmp_path, "Putin flew to Dushanbe on Friday, June 28, 2022.\n")
    _, data = check_json(cli, str(path))
    assert "FC202" in rules_at(data, path)


def test_misspelled_name_of_a_registry_entity(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(tmp_path, "Putin met Alexander Lukashenkko in Grodno.\n")
    _, data = check_json(cli, str(path))
    assert "FC401" in rules_at(data, path)


def test_accepted_aliases_are_not_failures(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(tmp_path, "Putin met Alexander Lukashenka and Jokowi; the G-7 met in Elmau.\n")
    code, data = check_json(cli, str(path))
    assert code == 0
    assert all(f["grade"] in ("info",) for f in data["findings"] if f["rule_id"] == "FC401")


def test_figures_and_dates_no_source_states_are_unsupported(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """A summary must not introduce figures or dates its sources do not contain (FC602, major)."""
    path = write(tmp_path, "The museum in Dushanbe received 3,000 visitors on 2 March 2021.\n")
    code, data = check_json(cli, str(path))
    assert code == 1
    unsupported = {f["sides"][0]["text"] for f in data["findings"] if f["rule_id"] == "FC602"}
    assert unsupported == {"3,000 visitors", "2 March 2021"}
    verdicts = {v["text"]: v["verdict"] for v in data["verdicts"]}
    assert verdicts["3,000 visitors"] == "unsupported"
    assert verdicts["Dushanbe"] == "supported"


def test_faithful_paraphrase_is_not_flagged(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Putin's trip began on Tuesday, June 28, 2022, in Tajikistan, where he met Emomali Rahmon.\n",
    )
    code, data = check_json(cli, str(path))
    assert code == 0, [f["message"] for f in data["findings"]]


def test_code_blocks_and_front_matter_are_skipped(cli: Callable[..., Result], tmp_path: Path) -> None:
    text = '---\ntitle: "hundreds of deaths"\ndate: 2022-06-29\n---\n\n```\nhundreds of deaths\n```\n\nNothing else.\n'
    code, data = check_json(cli, str(write(tmp_path, text)))
    assert code == 0
    assert data["findings"] == []


def test_tex_style_quotations_are_prose_not_code() -> None:
    # tokenised news text opens a quotation with two backticks; two on one line are no code span
    line = "He called it a `` disgrace'' and said : `` we will appeal.\n"
    assert mask_markdown(line) == line
    assert mask_markdown("Run ``make`` and `pip install x` first.\n").split() == ["Run", "and", "first."]


def test_every_format(cli: Callable[..., Result]) -> None:
    for fmt in ("text", "json", "markdown", "sarif", "junit", "github"):
        result = cli("check", str(BAD), "--registry", str(ROOT), "--format", fmt)
        assert result.exit_code == 1, fmt
        assert result.output.strip(), fmt
    sarif = json.loads(cli("check", str(BAD), "--registry", str(ROOT), "--format", "sarif").output)
    result = sarif["runs"][0]["results"][0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "inconsistent-summary.md"
    )
    junit = ET.fromstring(cli("check", str(BAD), "--registry", str(ROOT), "--format", "junit").output)
    cases = junit.findall("testsuite/testcase")
    assert [c.get("name") for c in cases if c.findall("failure")]
    github = cli("check", str(BAD), "--registry", str(ROOT), "--format", "github").output
    assert "::error file=" in github
    assert ",line=8," in github


def test_inline_suppression_with_reason(cli: Callable[..., Result], tmp_path: Path) -> None:
    text = (
        "<!-- factcheck-ignore FC101 -- quoting the wire copy on purpose -->\n"
        "The invasion caused hundreds of deaths by late June 2022.\n"
    )
    code, data = check_json(cli, str(write(tmp_path, text)))
    assert "FC101" not in {f["rule_id"] for f in data["findings"]}
    assert data["suppressed"] >= 1
    assert code == 0


def test_baseline_flow(cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    summary = Path("summary.md")
    summary.write_text(BAD.read_text(encoding="utf-8"), encoding="utf-8")
    baseline = Path("baseline.json")
    first = cli("check", str(summary), "--registry", str(ROOT), "--write-baseline", str(baseline))
    assert first.exit_code == 1
    second = cli("check", str(summary), "--registry", str(ROOT), "--baseline", str(baseline))
    assert second.exit_code == 0, second.output
    # paragraphs moved down: fingerprints do not depend on line numbers, so nothing is new
    # (below the front matter: without its date the summary would be dated by its sources)
    front, _, body = BAD.read_text(encoding="utf-8").partition("---\n\n")
    summary.write_text(front + "---\n\n\n\n\n" + body, encoding="utf-8")
    third = cli(
        "check", str(summary), "--registry", str(ROOT), "--baseline", str(baseline), "--format", "json"
    )
    assert [f for f in json.loads(third.output)["findings"] if f["grade"] in ("critical", "major")] == []
    # a new error is still caught
    summary.write_text(
        BAD.read_text(encoding="utf-8") + "\nThe war caused dozens of deaths.\n", encoding="utf-8"
    )
    fourth = cli("check", str(summary), "--registry", str(ROOT), "--baseline", str(baseline))
    assert fourth.exit_code == 1


def test_check_against_source_files_without_a_registry(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = write(
        tmp_path,
        'The joint statement said the friendship "has no limits and no forbidden areas".\n',
        "source.txt",
    )
    summary = write(tmp_path, 'The leaders said the friendship "has no limits and no forbidden zones".\n')
    result = cli(
        "check", str(summary), "--source", str(source), "--rules", str(ROOT / "rules"), "--format", "json"
    )
    assert result.exit_code == 1, result.output
    assert "FC301" in {f["rule_id"] for f in json.loads(result.output)["findings"]}
    # words that reproduce no quotation of the source are unsourced, not compared with it
    other = write(tmp_path, 'The two leaders declared a friendship with "no boundaries".\n', "other.md")
    result = cli(
        "check", str(other), "--source", str(source), "--rules", str(ROOT / "rules"), "--format", "json"
    )
    assert {f["rule_id"] for f in json.loads(result.output)["findings"]} & {"FC301", "FC303"} == {"FC303"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.md"], "file not found"),
        (["--registry", "/nonexistent/registry", "x.md"], "registry folder not found"),
        (["--published", "June", "x.md"], "Invalid value for '--published'"),
    ],
)
def test_usage_and_input_errors_exit_2(cli: Callable[..., Result], args: list[str], message: str) -> None:
    result = cli("check", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_visit_date_that_contradicts_the_registry(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(tmp_path, "Putin attended the forum in Grodno with Alexander Lukashenko on July 9, 2022.\n")
    code, data = check_json(cli, str(path))
    assert code == 1
    conflict = next(f for f in data["findings"] if f["rule_id"] == "FC201")
    assert {s["source"] for s in conflict["sides"]} & {"s000", "s001"}
    assert "June 30 and July 1" in conflict["message"]


def test_number_outside_tolerance(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(
        tmp_path, "Russia will give Belarus Iskander-M missile systems with a range of 400 kilometers.\n"
    )
    code, data = check_json(cli, str(path))
    assert code == 1
    assert "FC102" in rules_at(data, path)


def test_the_same_date_as_the_registry_is_not_flagged(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = write(tmp_path, "Putin attended the forum in Grodno with Alexander Lukashenko on June 30, 2022.\n")
    code, data = check_json(cli, str(path))
    assert code == 0, [f["message"] for f in data["findings"]]


def test_an_undated_source_file_keeps_its_times_against_a_dated_summary(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = write(
        tmp_path,
        "The ferry departed from Alden at 9:10 a.m. and lost contact with the harbour at 9:40 a.m.\n",
        "source.txt",
    )
    rules = ("--rules", str(ROOT / "rules"), "--format", "json")
    late = write(
        tmp_path, "---\ndate: 2024-03-02\n---\nThe ferry departed from Alden at 8:20 a.m.\n", "late.md"
    )
    result = cli("check", str(late), "--source", str(source), *rules)
    assert result.exit_code == 1, result.output  # the source's take-off time is read, so it contradicts
    assert "FC201" in {f["rule_id"] for f in json.loads(result.output)["findings"]}
    # a take-off time and a contact time are two events: neither contradicts the other
    right = write(
        tmp_path,
        "---\ndate: 2024-03-02\n---\nThe ferry departed at 9:10 a.m. and lost contact with the harbour at 9:40 a.m.\n",
        "right.md",
    )
    result = cli("check", str(right), "--source", str(source), *rules)
    assert result.exit_code == 0, result.output
