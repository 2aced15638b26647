"""JSON: the Report model itself, for machines. Stable field names."""

from __future__ import annotations

from factcheck.model import Report


def format_json(report: Report) -> str:
    """The report model dumped as indented JSON."""
    return report.model_dump_json(indent=2) + "\n"
