"""SARIF 2.1.0 for GitHub code scanning, Azure DevOps and other SARIF viewers.

File paths are relative URIs (percent-encoded) against the `%SRCROOT%` base, which
`originalUriBaseIds` maps to the repository root when the report carries its run context
(the CLI adds it; see cli/workspace.py).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from factcheck import DOCS_URL, __version__
from factcheck.model import Finding, Grade, Report, RuleDoc, RunContext, Side
from factcheck.rules.docs import anchor

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {Grade.CRITICAL: "error", Grade.MAJOR: "error", Grade.MINOR: "warning", Grade.INFO: "note"}


def artifact_location(file: str) -> dict[str, Any]:
    """A file as a SARIF artifactLocation: a percent-encoded URI, relative to %SRCROOT% unless absolute."""
    if file.startswith("/"):
        return {"uri": "file://" + quote(file)}
    return {"uri": quote(file), "uriBaseId": SRCROOT}


def _location(side: Side, index: int | None = None) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": side.line, "startColumn": side.column or 1}
    if "\n" not in side.text:
        region["endColumn"] = (side.column or 1) + len(side.text)
    region["snippet"] = {"text": side.text}
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": artifact_location(side.file or ""), "region": region},
        "message": {"text": f"{side.source}: “{side.text}”"},
    }
    if side.context is not None:
        location["physicalLocation"]["contextRegion"] = {
            "startLine": side.line,
            "snippet": {"text": side.context},
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


def help_uri(doc: RuleDoc) -> str:
    """The rule's section of docs/rules.md on the project site."""
    return f"{DOCS_URL}/rules.md#{anchor(f'{doc.id} {doc.name}')}"


def _rule(doc: RuleDoc) -> dict[str, Any]:
    return {
        "id": doc.id,
        "name": doc.name,
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": doc.rationale},
        "help": {"text": doc.rationale, "markdown": f"**{doc.summary}**\n\n{doc.rationale}"},
        "helpUri": help_uri(doc),
        "defaultConfiguration": {"level": LEVELS[doc.grade]},
        "properties": {"grade": doc.grade.value, "tags": ["fact-check", doc.name.split(".")[0]]},
    }


def _command(report: Report) -> str:
    """'review' or 'check', from the report's title."""
    return report.title.removeprefix("factcheck ").strip() or "review"


def _context(run: dict[str, Any], context: RunContext) -> None:
    """The repository root as %SRCROOT%, and the commit when run inside git."""
    run["originalUriBaseIds"] = {
        SRCROOT: {"uri": context.root_uri, "description": {"text": "the repository root"}}
    }
    if context.in_git:
        provenance: dict[str, Any] = {
            "repositoryUri": context.repository_uri or context.root_uri,
            "mappedTo": {"uriBaseId": SRCROOT},
        }
        if context.revision:
            provenance["revisionId"] = context.revision
        if context.branch:
            provenance["branch"] = context.branch
        run["versionControlProvenance"] = [provenance]
    if context.started is not None:
        run["invocations"] = [
            {
                "executionSuccessful": True,
                "startTimeUtc": context.started.isoformat() + "Z",
                "machine": context.hostname,
            }
        ]


def format_sarif(report: Report) -> str:
    """One SARIF run: the rules as tool.driver.rules, every finding as a result."""
    rule_index = {doc.id: i for i, doc in enumerate(report.rules)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "fullName": f"factcheck {__version__} fact-check claim registry and rules engine",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": "https://pypi.org/project/factcheck/",
                "rules": [_rule(doc) for doc in report.rules],
            }
        },
        "automationDetails": {"id": f"factcheck/{_command(report)}/"},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, rule_index) for f in report.findings],
    }
    if report.context is not None:
        _context(run, report.context)
        if report.errors:
            run["invocations"][0]["executionSuccessful"] = False
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
