"""Partitioning and pruning never change the findings: same result as one big engine run."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.engine.runner import claim_fact, entity_fact, partition_facts, prune
from factcheck.engine.schedule import run_rules
from factcheck.grade import grade_matches
from factcheck.registry import load_registry
from factcheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402


def fingerprints(registry_root: Path, one_partition: bool) -> list[str]:
    registry = load_registry(registry_root)
    rules = load_rules(ROOT / "rules")
    partitions = None
    if one_partition:
        facts = [claim_fact(c, registry.sources[c.source].tier) for c in registry.claims]
        facts += [entity_fact(e) for e in registry.entities.values()]
        partitions = [facts]
    result = run_rules(registry, rules, partitions)
    assert result.errors == []
    return sorted(f.fingerprint for f in grade_matches(result.matches, registry))


def test_partitioned_and_pruned_equals_one_engine_run(tmp_path: Path) -> None:
    synth.write(synth.generate(600, 30, seed=7, discrepancy=0.2), tmp_path)
    partitioned = fingerprints(tmp_path, one_partition=False)
    single = fingerprints(tmp_path, one_partition=True)
    assert partitioned
    assert partitioned == single


def test_bundled_registry_partitioned_equals_one_engine_run() -> None:
    assert fingerprints(ROOT, one_partition=False) == fingerprints(ROOT, one_partition=True)


def test_pruning_drops_partitions_where_nothing_can_fire(tmp_path: Path) -> None:
    synth.write(synth.generate(600, 30, seed=3), tmp_path)
    registry = load_registry(tmp_path)
    rules = load_rules(ROOT / "rules")
    everything = partition_facts(registry)
    kept = prune(everything, rules)
    assert 0 < len(kept) < len(everything)
    single_claims = [
        p for p in everything if len(p) == 1 and p[0]["kind"] in ("quantity", "quote", "relation")
    ]
    assert single_claims
    assert not any(p in kept for p in single_claims)
