"""Plain text for people: one table per grade, most severe first, then per-source grades."""

from __future__ import annotations

import textwrap
from collections import Counter

from tabulate import tabulate

from factcheck.model import Finding, Grade, Report, Side

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


def _verdict_lines(report: Report) -> list[str]:
    """`check`: the tally of verdicts, and each contradicted or unsupported value with what the
    nearest source sentence does say."""
    if not report.verdicts:
        return []
    tally = Counter(v.verdict.value for v in report.verdicts)
    lines = [
        "\nVerdicts: " + ", ".join(f"{tally[k]} {k}" for k in ("supported", "contradicted", "unsupported"))
    ]
    for verdict in report.verdicts:
        if verdict.verdict.value == "supported":
            continue
        where = f"{verdict.file}:{verdict.line}" if verdict.line else verdict.file or ""
        lines.append(f"  {where} {verdict.verdict.value} {verdict.kind} “{verdict.text}”")
        if verdict.evidence is not None:
            place = f"{verdict.evidence.file or verdict.evidence.source}"
            place += f":{verdict.evidence.line}" if verdict.evidence.line else ""
            lines.append(_wrap(f"    sources ({place}): “{verdict.evidence.words}”", 100))
    return lines


def format_text(report: Report) -> str:
    """Tables per grade, a per-source summary and any engine errors."""
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
    parts.extend(_verdict_lines(report))
    if report.errors:
        parts.append("\nENGINE ERRORS (findings may be missing):")
        parts.extend(f"  - {e}" for e in report.errors)
    return "\n".join(parts) + "\n"
