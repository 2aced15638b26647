"""Which side of a finding a line-oriented format (SARIF, JUnit, GitHub) points at."""

from __future__ import annotations

from factcheck.models import Finding, Side


def primary_side(finding: Finding) -> Side | None:
    """The side line-oriented outputs point at (see Finding.primary_side)."""
    return finding.primary_side()


def other_sides(finding: Finding) -> list[Side]:
    """Every side but the primary one."""
    primary = finding.primary_side()
    return [s for s in finding.sides if s is not primary]
