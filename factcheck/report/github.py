"""GitHub Actions workflow commands: annotations on the changed lines of a pull request.

The level follows the grade (critical and major: error, minor: warning, info: notice); a finding
that fails the run (at or above --fail-on) is an error whatever its grade, so the annotations
agree with the exit code. File paths are relative to the repository root, as GitHub wants them,
when the report carries its run context (the CLI adds it).
"""

from __future__ import annotations

from factcheck.model import Finding, Grade, Report
from factcheck.report.escape import visible

LEVELS = {Grade.CRITICAL: "error", Grade.MAJOR: "error", Grade.MINOR: "warning", Grade.INFO: "notice"}


def _escape_data(text: str) -> str:
    """As @actions/core escapes a command's message, after control characters from data (ESC, form
    feed, NUL, bidi overrides) are made visible: a log viewer must not act on them."""
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """As @actions/core escapes a command property's value."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def level(finding: Finding, report: Report) -> str:
    """error, warning or notice."""
    return "error" if report.failing(finding) else LEVELS[finding.grade]


def _command(finding: Finding, report: Report) -> str:
    props = []
    side = finding.primary_side()
    if side is not None:
        props += [f"file={_escape_property(side.file or '')}", f"line={side.line}", f"col={side.column or 1}"]
    props.append(
        f"title={_escape_property(f'{finding.rule_id} {finding.rule_name} [{finding.grade.value}]' + (' auto-linked' if finding.auto_linked else ''))}"
    )
    return f"::{level(finding, report)} {','.join(props)}::{_escape_data(finding.message)}"


def format_github(report: Report) -> str:
    """One workflow command per finding."""
    lines = [_command(f, report) for f in report.findings]
    lines += [f"::error title=factcheck engine error::{_escape_data(e)}" for e in report.errors]
    return "\n".join(lines) + ("\n" if lines else "")
