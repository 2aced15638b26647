"""The review pipeline: registry + rules -> engine -> graded findings -> suppressions -> report."""

from __future__ import annotations

from pathlib import Path

from factcheck import suppress
from factcheck.config import Config, apply_to_rules
from factcheck.engine.runner import run_rules
from factcheck.errors import FactcheckError
from factcheck.grading import grade_matches, rule_docs, summarise
from factcheck.models import Grade, Report
from factcheck.registry import CLAIMS_DIR, MANIFEST, load_registry
from factcheck.rules import load_rules
from factcheck.suppress import WAIVERS_FILE, Suppressions, load_baseline, load_waivers


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


def registry_suppressions(registry_root: Path, baseline: Path | None = None) -> Suppressions:
    """The registry's waivers and, if given, a baseline file's fingerprints."""
    return Suppressions(
        waivers=load_waivers(registry_root / WAIVERS_FILE),
        waivers_file=WAIVERS_FILE,
        baseline=load_baseline(baseline) if baseline is not None else set(),
    )


def review(
    registry_root: Path,
    rules_dir: Path | None = None,
    suppressions: Suppressions | None = None,
    config: Config | None = None,
) -> Report:
    """Load and verify everything, run every rule, grade, apply suppressions, summarise per source."""
    registry = load_registry(registry_root)
    loaded = load_rules(rules_dir if rules_dir is not None else registry_root / "rules")
    rules = [item for item in apply_to_rules(loaded, config or Config()) if item.rule.enabled]
    result = run_rules(registry, rules)
    findings = grade_matches(result.matches, registry)
    outcome = suppress.apply(findings, suppressions or Suppressions())
    return Report(
        findings=outcome.kept + outcome.meta,
        sources=summarise(outcome.kept, registry),
        claims=len(registry.claims),
        rules=rule_docs(r.rule for r in rules) + outcome.rule_docs(),
        errors=result.errors,
        suppressed=outcome.suppressed,
    )


def filter_report(report: Report, min_grade: Grade) -> Report:
    """The same report showing only findings at or above `min_grade` (summaries unchanged)."""
    kept = [f for f in report.findings if f.grade.at_least(min_grade)]
    return report.model_copy(update={"findings": kept})


def fails(report: Report, fail_on: Grade) -> bool:
    """True when a finding at or above `fail_on` exists, or the engine reported errors."""
    return bool(report.errors) or any(f.grade.at_least(fail_on) for f in report.findings)
