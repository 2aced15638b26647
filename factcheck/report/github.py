"""GitHub Actions workflow commands: annotations on the changed lines of a pull request."""

from __future__ import annotations

from factcheck.model import Finding, Grade, Report


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(finding: Finding, report: Report) -> str:
    level = "error" if report.failing(finding) else "notice" if finding.grade is Grade.INFO else "warning"
    props = []
    side = finding.primary_side()
    if side is not None:
        props += [f"file={_escape_property(side.file or '')}", f"line={side.line}", f"col={side.column or 1}"]
    props.append(
        f"title={_escape_property(f'{finding.rule_id} {finding.rule_name} [{finding.grade.value}]' + (' auto-linked' if finding.auto_linked else ''))}"
    )
    return f"::{level} {','.join(props)}::{_escape_data(finding.message)}"


def format_github(report: Report) -> str:
    """One workflow command per finding."""
    lines = [_command(f, report) for f in report.findings]
    lines += [f"::error title=factcheck engine error::{_escape_data(e)}" for e in report.errors]
    return "\n".join(lines) + ("\n" if lines else "")
