"""The review pipeline: registry + rules -> engine -> graded report."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine.runner import run_rules
from factcheck.errors import FactcheckError
from factcheck.grading import build_report
from factcheck.models import Grade, Report
from factcheck.registry import CLAIMS_DIR, MANIFEST, load_registry
from factcheck.rules import load_rules


def find_registry(start: Path) -> Path:
    """The nearest folder at or above `start` that holds a registry (seeds/sources.yaml + claims/)."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / MANIFEST).is_file() and (folder / CLAIMS_DIR).is_dir():
            return folder
    raise FactcheckError(
        f"no registry found in {start} or above it",
        hint=f"run from a registry root (with {MANIFEST} and {CLAIMS_DIR}/) or pass --registry PATH",
    )


def review(registry_root: Path, rules_dir: Path | None = None) -> Report:
    """Load and verify everything, run every rule, and grade the findings."""
    registry = load_registry(registry_root)
    rules = load_rules(rules_dir if rules_dir is not None else registry_root / "rules")
    result = run_rules(registry, rules)
    return build_report(result.matches, registry, rules=[r.rule for r in rules], errors=result.errors)


def filter_report(report: Report, min_grade: Grade) -> Report:
    """The same report showing only findings at or above `min_grade` (summaries unchanged)."""
    kept = [f for f in report.findings if f.grade.at_least(min_grade)]
    return report.model_copy(update={"findings": kept})


def fails(report: Report, fail_on: Grade) -> bool:
    """True when a finding at or above `fail_on` exists, or the engine reported errors."""
    return bool(report.errors) or any(f.grade.at_least(fail_on) for f in report.findings)
