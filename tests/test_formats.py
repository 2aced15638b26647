"""Machine formats carry what CI tools need: SARIF 2.1.0, JUnit XML, GitHub workflow commands."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.model import Finding, Grade, Report, RuleDoc, Side, Tier
from factcheck.report import FORMATTERS


def report_with(*findings: Finding, fail_on: Grade | None = Grade.MAJOR) -> Report:
    return Report(
        findings=list(findings),
        sources=[],
        claims=2,
        rules=[
            RuleDoc(id="FC101", name="quantity.magnitude", grade=Grade.CRITICAL, summary="s", rationale="r")
        ],
        fail_on=fail_on,
    )


def finding(line: int = 3, grade: Grade = Grade.CRITICAL, message: str = "100% off, a: b") -> Finding:
    draft = Side(
        claim_id="d1",
        source="draft",
        tier=Tier.DRAFT,
        text="hundreds",
        file="summary.md",
        line=line,
        column=5,
    )
    registry = Side(
        claim_id="r1", source="s000", tier=Tier.NEWS, text="4,731", file="seeds/a.txt", line=7, column=2
    )
    return Finding(
        rule_id="FC101",
        rule_name="quantity.magnitude",
        grade=grade,
        outcome="x",
        confidence=0.8,
        message=message,
        sides=[registry, draft],
        likely_wrong="d1",
        fingerprint=Finding.make_fingerprint("FC101", ["d1", "r1"], ["hundreds", "4,731"]),
    )


def test_sarif_has_what_github_code_scanning_requires() -> None:
    log = json.loads(FORMATTERS["sarif"](report_with(finding())))
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    rule = run["tool"]["driver"]["rules"][0]
    assert rule["id"] == "FC101"
    assert rule["shortDescription"]["text"]
    assert rule["help"]["text"]
    assert rule["defaultConfiguration"]["level"] == "error"
    result = run["results"][0]
    assert result["ruleId"] == "FC101"
    assert result["ruleIndex"] == 0
    assert result["level"] == "error"
    assert result["message"]["text"] == "100% off, a: b"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "summary.md"  # the checked document's side
    assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert location["region"] == {
        "startLine": 3,
        "startColumn": 5,
        "endColumn": 13,
        "snippet": {"text": "hundreds"},
    }
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "seeds/a.txt"


def test_sarif_fingerprints_do_not_depend_on_line_numbers() -> None:
    first = json.loads(FORMATTERS["sarif"](report_with(finding(line=3))))
    moved = json.loads(FORMATTERS["sarif"](report_with(finding(line=30))))
    fp = first["runs"][0]["results"][0]["partialFingerprints"]
    assert fp == moved["runs"][0]["results"][0]["partialFingerprints"]
    assert fp["factcheck/v1"]


def test_junit_has_one_testcase_and_at_most_one_failure_per_finding() -> None:
    xml = FORMATTERS["junit"](report_with(finding(), finding(line=9, message="second")))
    root = ET.fromstring(xml)
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "FC101 quantity.magnitude at summary.md:3",
        "FC101 quantity.magnitude at summary.md:9",
    ]
    assert [len(c.findall("failure")) for c in cases] == [1, 1]
    assert suite.get("failures") == "2"
    assert suite.get("tests") == "2"
    assert "summary.md:3" in (cases[0].findall("failure")[0].text or "")


def test_junit_lists_findings_below_fail_on_without_failing() -> None:
    xml = FORMATTERS["junit"](report_with(finding(grade=Grade.MINOR), fail_on=Grade.MAJOR))
    suite = ET.fromstring(xml).find("testsuite")
    assert suite is not None
    case = suite.find("testcase")
    assert case is not None
    assert case.findall("failure") == []
    assert suite.get("failures") == "0"
    out = suite.find("system-out")
    assert out is not None
    assert "FC101" in (out.text or "")


def test_junit_without_fail_on_has_no_failures() -> None:
    """review without --fail-on exits 0, so its JUnit report must not fail either."""
    xml = FORMATTERS["junit"](report_with(finding(), fail_on=None))
    suite = ET.fromstring(xml).find("testsuite")
    assert suite is not None
    assert suite.get("failures") == "0"
    assert suite.findall("testcase/failure") == []


def test_junit_writes_characters_xml_cannot_hold_as_escapes() -> None:
    xml = FORMATTERS["junit"](report_with(finding(message="bell\x07 nul\x00 ok")))
    failure = ET.fromstring(xml).find("testsuite/testcase/failure")
    assert failure is not None
    assert "bell\\x07 nul\\x00 ok" in (failure.get("message") or "")


def test_github_workflow_commands_are_escaped() -> None:
    text = FORMATTERS["github"](report_with(finding(message="50% off\nnext")))
    assert text.startswith("::error file=summary.md,line=3,col=5,title=FC101 quantity.magnitude [critical]::")
    assert "50%25 off%0Anext" in text
    minor = FORMATTERS["github"](report_with(finding(grade=Grade.MINOR)))
    assert minor.startswith("::warning ")
    info = FORMATTERS["github"](report_with(finding(grade=Grade.INFO)))
    assert info.startswith("::notice ")


def test_github_levels_follow_grades_and_failing_findings_are_errors() -> None:
    levels = {
        grade: FORMATTERS["github"](report_with(finding(grade=grade), fail_on=None)).split(" ")[0]
        for grade in Grade
    }
    assert levels == {
        Grade.CRITICAL: "::error",
        Grade.MAJOR: "::error",
        Grade.MINOR: "::warning",
        Grade.INFO: "::notice",
    }
    failing_info = FORMATTERS["github"](report_with(finding(grade=Grade.INFO), fail_on=Grade.INFO))
    assert failing_info.startswith("::error ")


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "json", "markdown", "text"])
def test_review_in_every_format(cli: Callable[..., Result], root: Path, fmt: str) -> None:
    result = cli("review", "--registry", str(root), "--format", fmt, "--fail-on", "critical")
    assert result.exit_code == 1
    assert result.output.strip()


def test_a_long_text_report_is_printed_in_blocks_of_whole_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past CHUNK_ROWS findings of one grade, the text report prints consecutive tables (each with
    its header) instead of laying one huge table out in memory; no finding is lost or repeated."""
    from factcheck.report import text

    findings = [finding(line=n, message=f"message number {n}") for n in range(1, 8)]
    whole = text.format_text(report_with(*findings), width=150)
    monkeypatch.setattr(text, "CHUNK_ROWS", 3)
    blocks = text.format_text(report_with(*findings), width=150)
    assert whole.count("│ rule") == 1
    assert blocks.count("│ rule") == 3  # 7 rows: blocks of 3, 3 and 1, each headed
    for n in range(1, 8):
        assert blocks.count(f"message number {n} ") == 1
    assert blocks.count("┌") == 3
    assert blocks.count("┘") == 3
    assert "".join(text.text_chunks(report_with(*findings), width=150)) == blocks


def test_a_cell_that_fits_is_wrapped_as_textwrap_wraps_it() -> None:
    """The text report's shortcut for a cell that fits one line gives textwrap's own result."""
    import random
    import textwrap

    from factcheck.report.text import _wrap

    rng = random.Random(3)  # noqa: S311 - seeded test strings, not secrets
    pieces = ["a", "word", " ", "  ", "\t", "\n", "-", "十二", "x" * 12, "", "\r", "“q”"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        width = rng.randint(1, 30)
        assert _wrap(text, width) == ("\n".join(textwrap.wrap(text, width)) or text), (text, width)
