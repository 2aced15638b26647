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


def _date_fact(ref: str, **fields: str) -> dict[str, str]:
    fact = {"t": "claim", "kind": "date", "tier": "news", "flag": "", "link": "", "key": "opening"}
    return {**fact, "from_key": "", "to_key": "", "src": "daily", "ref": ref, **fields}


def _rules_dir(tmp_path: Path, name: str, replace: tuple[str, str] | None = None) -> Path:
    """A rules folder holding one project rule, its match optionally rewritten."""
    text = (ROOT / "rules" / name).read_text(encoding="utf-8")
    if replace is not None:
        assert replace[0] in text
        text = text.replace(*replace)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_pruning_asks_again_for_one_fact_differing_only_in_flag(tmp_path: Path) -> None:
    # only FC202 (a date written with a weekday): the plain date is dropped, the weekday kept,
    # although the two facts differ in nothing but the flag and the plain one is asked first
    rules = load_rules(_rules_dir(tmp_path, "FC202-date-weekday.yaml"))
    plain, weekday = [_date_fact("c1")], [_date_fact("c2", flag="weekday")]
    assert prune([plain, weekday], rules) == [weekday]
    assert prune([weekday, plain], rules) == [weekday]


def test_pruning_asks_again_for_one_fact_differing_only_in_link(tmp_path: Path) -> None:
    # only FC601 (a checked claim the registry does not cover): kept only when unlinked, not
    # when linked (no note) or unsupported
    rules = load_rules(_rules_dir(tmp_path, "FC601-claim-unverifiable.yaml"))
    linked, unlinked = [_date_fact("c1")], [_date_fact("c2", link="unlinked")]
    unsupported = [_date_fact("c3", link="unsupported")]
    assert prune([linked, unsupported, unlinked], rules) == [unlinked]
    assert prune([unlinked, linked, unsupported], rules) == [unlinked]


def test_pruning_asks_again_for_one_fact_differing_only_in_tier(tmp_path: Path) -> None:
    # a project's FC202 that looks only at reference sources: the news fact, asked first, is
    # dropped and the same fact from a reference source kept
    match = (
        "a: {where: {kind: date, flag: weekday}}",
        "a: {where: {kind: date, flag: weekday, tier: reference}}",
    )
    rules = load_rules(_rules_dir(tmp_path, "FC202-date-weekday.yaml", match))
    news = [_date_fact("c1", flag="weekday")]
    reference = [_date_fact("c2", flag="weekday", tier="reference")]
    assert prune([news, reference], rules) == [reference]
    assert prune([reference, news], rules) == [reference]
