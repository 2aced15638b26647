"""Which side of a finding a line-oriented format (SARIF, JUnit, GitHub) points at."""

from __future__ import annotations

from factcheck.models import Finding, Side, Tier


def primary_side(finding: Finding) -> Side | None:
    """The checked document's side, else the side likely wrong, else the first side in a file."""
    with_file = [s for s in finding.sides if s.file is not None and s.line is not None]
    for side in with_file:
        if side.tier is Tier.DRAFT:
            return side
    for side in with_file:
        if side.claim_id == finding.likely_wrong:
            return side
    return with_file[0] if with_file else None


def other_sides(finding: Finding) -> list[Side]:
    """Every side but the primary one."""
    primary = primary_side(finding)
    return [s for s in finding.sides if s is not primary]
