"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json
from typing import Any

from factcheck import __version__
from factcheck.model import Finding, Grade, Report, Side

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Grade.CRITICAL: "error", Grade.MAJOR: "error", Grade.MINOR: "warning", Grade.INFO: "note"}


def _location(side: Side, index: int | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": side.line, "startColumn": side.column or 1}
    if "\n" not in side.text:
        region["endColumn"] = (side.column or 1) + len(side.text)
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": {"uri": side.file}, "region": region},
        "message": {"text": f"{side.source}: “{side.text}”"},
    }
    if index is not None:
        location["id"] = index
    return location


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    primary = finding.primary_side()
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index[finding.rule_id],
        "level": LEVELS[finding.grade],
        "message": {"text": finding.message},
        "partialFingerprints": {"factcheck/v1": finding.fingerprint},
        "properties": {
            "grade": finding.grade.value,
            "confidence": finding.confidence,
            "outcome": finding.outcome,
            "autoLinked": finding.auto_linked,
        },
    }
    if primary is not None:
        result["locations"] = [_location(primary)]
    related = [s for s in finding.sides if s is not primary and s.file is not None and s.line is not None]
    if related:
        result["relatedLocations"] = [_location(s, i) for i, s in enumerate(related, start=1)]
    return result


def format_sarif(report: Report) -> str:
    """One SARIF run: the rules as tool.driver.rules, every finding as a result."""
    rules = [
        {
            "id": doc.id,
            "name": doc.name,
            "shortDescription": {"text": doc.summary},
            "fullDescription": {"text": doc.rationale},
            "help": {"text": doc.rationale, "markdown": f"**{doc.summary}**\n\n{doc.rationale}"},
            "defaultConfiguration": {"level": LEVELS[doc.grade]},
            "properties": {"grade": doc.grade.value, "tags": ["fact-check", doc.name.split(".")[0]]},
        }
        for doc in report.rules
    ]
    rule_index = {doc.id: i for i, doc in enumerate(report.rules)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/factcheck/",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, rule_index) for f in report.findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
