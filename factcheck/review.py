"""The review pipeline: registry + rules -> engine -> graded findings -> suppressions -> report."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factcheck import suppress
from factcheck.config import Config, active_rules
from factcheck.engine.runner import RunResult, partition_facts, prune, run_rules
from factcheck.errors import FactcheckError
from factcheck.grading import grade_matches, rule_docs, summarise
from factcheck.models import Finding, Grade, Report, RuleDoc, Side, Tier
from factcheck.registry import CLAIMS_DIR, MANIFEST, Registry, load_registry
from factcheck.rules import LoadedRule
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


AUTO_PARALLEL_FACTS = 20_000

ENGINE_CRASH = RuleDoc(
    id="FC900",
    name="engine.crash",
    grade=Grade.CRITICAL,
    summary="A partition of claims crashed the rules engine twice; its findings are missing.",
    rationale="durable-rules 2.0.28 has known memory bugs. A crashed partition is retried once in a "
    "fresh process; if it crashes again the review cannot vouch for those claims, so it says so.",
)


@dataclass(frozen=True)
class RunOptions:
    """How to run the engine: worker processes, a progress callback, a Dask scheduler."""

    workers: int = 1
    progress: Callable[[int], None] | None = None
    scheduler: str | None = None


def review(
    registry_root: Path,
    rules_dir: Path | None = None,
    suppressions: Suppressions | None = None,
    config: Config | None = None,
    options: RunOptions | None = None,
) -> Report:
    """Load and verify everything, run every rule, grade, apply suppressions, summarise per source."""
    options = options or RunOptions()
    registry = load_registry(registry_root)
    rules = active_rules(rules_dir if rules_dir is not None else registry_root / "rules", config or Config())
    result = run_engine(registry, rules, options)
    findings = grade_matches(result.matches, registry) + [crash_finding(c) for c in result.crashed]
    outcome = suppress.apply(findings, suppressions or Suppressions())
    docs = rule_docs(r.rule for r in rules) + outcome.rule_docs() + ([ENGINE_CRASH] if result.crashed else [])
    return Report(
        findings=outcome.kept + outcome.meta,
        sources=summarise(outcome.kept, registry),
        claims=len(registry.claims),
        rules=docs,
        errors=result.errors,
        suppressed=outcome.suppressed,
    )


def run_engine(registry: Registry, rules: list[LoadedRule], options: RunOptions) -> RunResult:
    """Partition, prune and run on the engine: in process, on worker processes, or on Dask."""
    partitions = prune(partition_facts(registry), rules)
    if options.scheduler is not None:
        from factcheck.engine.distributed import run_on_dask

        return run_on_dask(registry, rules, partitions, options.scheduler, options.progress)
    workers = options.workers or auto_workers(partitions)
    return run_rules(registry, rules, partitions, workers=workers, progress=options.progress)


def auto_workers(partitions: list[list[dict[str, str]]]) -> int:
    """One process per core for large registries; in-process below that (forking costs more)."""
    facts = sum(len(p) for p in partitions)
    return (os.cpu_count() or 1) if facts >= AUTO_PARALLEL_FACTS else 1


def crash_finding(partition: str) -> Finding:
    """An error finding for a partition whose findings are missing."""
    side = Side(claim_id=f"partition:{partition}", source="engine", tier=Tier.REFERENCE, text=partition)
    return Finding(
        rule_id=ENGINE_CRASH.id,
        rule_name=ENGINE_CRASH.name,
        grade=ENGINE_CRASH.grade,
        outcome="crashed",
        confidence=1.0,
        message=f"the engine crashed twice on the partition of {partition}; its findings are missing",
        sides=[side],
        fingerprint=Finding.make_fingerprint(ENGINE_CRASH.id, [side.claim_id], [partition]),
    )


def filter_report(report: Report, min_grade: Grade) -> Report:
    """The same report showing only findings at or above `min_grade` (summaries unchanged)."""
    kept = [f for f in report.findings if f.grade.at_least(min_grade)]
    return report.model_copy(update={"findings": kept})


def fails(report: Report, fail_on: Grade) -> bool:
    """True when a finding at or above `fail_on` exists, or the engine reported errors."""
    return bool(report.errors) or any(f.grade.at_least(fail_on) for f in report.findings)
