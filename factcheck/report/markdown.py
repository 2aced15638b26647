"""Markdown, for a pull-request comment or a wiki page.

Every string taken from data is escaped first (factcheck.report.escape): no raw HTML, no
Markdown formatting, links or table breaks, no control characters reach the renderer.
"""

from __future__ import annotations

from factcheck.model import Grade, Report
from factcheck.report.escape import escape_report, markdown


def _cell(text: str) -> str:
    """Escaped text on one line of a table cell."""
    return text.replace("\n", " ")


def format_markdown(report: Report) -> str:
    """Headed sections per grade with a table each, then the per-source grades."""
    report = escape_report(report, markdown)
    lines = [
        f"# {report.title}",
        "",
        f"{len(report.findings)} finding(s) over {report.claims} claims and {len(report.rules)} rules.",
        "",
    ]
    for grade in Grade:
        group = [f for f in report.findings if f.grade is grade]
        if not group:
            continue
        lines += [
            f"## {grade.value.capitalize()} ({len(group)})",
            "",
            "| rule | confidence | finding | sides |",
            "|---|---|---|---|",
        ]
        for f in group:
            sides = "<br>".join(
                f"{'**✗** ' if s.claim_id == f.likely_wrong or s.claim_id in f.outliers else ''}{s.source}"
                f"{':' + str(s.line) if s.line else ''} “{_cell(s.text)}”"
                for s in f.sides
            )
            lines.append(
                f"| **{f.rule_id}** {f.rule_name}{' *(auto-linked)*' if f.auto_linked else ''} | {f.confidence:.2f} | {_cell(f.message)} | {sides} |"
            )
        lines.append("")
    lines += [
        "## Sources",
        "",
        "| source | tier | claims | " + " | ".join(g.value for g in Grade) + " | grade |",
        "|---|---|---|" + "---|" * len(Grade) + "---|",
    ]
    for s in report.sources:
        counts = " | ".join(str(s.counts[g]) for g in Grade)
        lines.append(
            f"| {s.source} | {s.tier.value} | {s.claims} | {counts} | **{s.letter}** ({_cell(s.reason)}) |"
        )
    if report.errors:
        lines += ["", "## Engine errors", ""] + [f"- {_cell(e)}" for e in report.errors]
    return "\n".join(lines) + "\n"
