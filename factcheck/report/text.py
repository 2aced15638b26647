"""Plain text for people: one table per grade, most severe first, then per-source grades.

Every string taken from data is shown with its control characters escaped (factcheck.report.
escape.visible): an ANSI or OSC sequence in a source text never reaches the terminal."""

from __future__ import annotations

import textwrap

from tabulate import tabulate

from factcheck.model import Finding, Grade, Report, Side
from factcheck.report.escape import escape_report, visible

_WIDTH = 60


def side_label(side: Side) -> str:
    """`s000:9 “hundreds of deaths”` (reference sources have no line)."""
    where = f"{side.source}:{side.line}" if side.line else side.source
    return f"{where} “{side.text}”"


def _wrap(text: str, width: int = _WIDTH) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _row(number: int, finding: Finding) -> list[str]:
    sides = "\n".join(
        _wrap(("✗ " if s.claim_id == finding.likely_wrong else "  ") + side_label(s), 48)
        for s in finding.sides
    )
    return [
        str(number),
        f"{finding.rule_id}\n{finding.rule_name}",
        f"{finding.confidence:.2f}",
        _wrap(finding.message),
        sides,
    ]


def format_text(report: Report) -> str:
    """Tables per grade, a per-source summary and any engine errors."""
    report = escape_report(report, visible)
    parts = [
        f"{report.title}: {len(report.findings)} finding(s) over {report.claims} claims, "
        f"{len(report.rules)} rules" + (f" ({report.suppressed} suppressed)" if report.suppressed else "")
    ]
    number = 0
    for grade in Grade:
        group = [f for f in report.findings if f.grade is grade]
        if not group:
            continue
        rows = []
        for finding in group:
            number += 1
            rows.append(_row(number, finding))
        parts.append(f"\n{grade.value.upper()} ({len(group)})")
        parts.append(
            tabulate(
                rows,
                headers=["#", "rule", "conf", "finding", "sides (✗ likely wrong)"],
                tablefmt="simple_grid",
            )
        )
    if not report.findings:
        parts.append("\nNo findings.")
    parts.append("\nPer source (a finding counts against the side likely wrong, else every news side)")
    summary_rows: list[list[object]] = [
        [s.source, s.tier.value, s.claims, *(s.counts[g] for g in Grade), s.letter, s.reason]
        for s in report.sources
    ]
    parts.append(
        tabulate(
            summary_rows,
            headers=["source", "tier", "claims", *(g.value for g in Grade), "grade", "why"],
            tablefmt="simple",
        )
    )
    if report.errors:
        parts.append("\nENGINE ERRORS (findings may be missing):")
        parts.extend(f"  - {e}" for e in report.errors)
    return "\n".join(parts) + "\n"
