"""Worker processes and Dask give the same findings as one process; a dying worker loses nothing."""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
from pathlib import Path

import pytest

from factcheck.engine import runner
from factcheck.engine.runner import PartitionRunner, partition_facts, prune
from factcheck.engine.schedule import run_rules
from factcheck.grade import grade_matches
from factcheck.model import QuantityClaim
from factcheck.pipeline.run import RunOptions, run
from factcheck.registry import Registry, load_registry
from factcheck.rules import LoadedRule, load_rules

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Registry, list[LoadedRule]]:
    path = tmp_path_factory.mktemp("syn")
    synth.write(synth.generate(1500, 60, seed=11, discrepancy=0.2), path)
    return load_registry(path), load_rules(ROOT / "rules")


def fingerprints(registry: Registry, result: runner.RunResult) -> list[str]:
    return [f.fingerprint for f in grade_matches(result.matches, registry)]


def test_two_workers_give_identical_findings(synthetic: tuple[Registry, list[LoadedRule]]) -> None:
    registry, rules = synthetic
    partitions = prune(partition_facts(registry), rules)
    local = run_rules(registry, rules, partitions, workers=1)
    parallel = run_rules(registry, rules, partitions, workers=2)
    assert parallel.errors == []
    assert fingerprints(registry, parallel) == fingerprints(registry, local)  # same order too


def test_a_worker_killed_once_is_retried_and_nothing_is_lost(
    synthetic: tuple[Registry, list[LoadedRule]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    registry, rules = synthetic
    partitions = prune(partition_facts(registry), rules)
    victim = partitions[len(partitions) // 2][0]["key"]
    marker = tmp_path / "killed-once"
    real_run = PartitionRunner.run

    def run_once_killed(self: PartitionRunner, partition: list[dict[str, str]]) -> object:
        if any(f["key"] == victim for f in partition) and not marker.exists():
            marker.touch()
            faulthandler.disable()  # pytest's faulthandler would print the child's stack
            os.kill(os.getpid(), signal.SIGSEGV)  # what durable's overflow does
        return real_run(self, partition)

    monkeypatch.setattr(PartitionRunner, "run", run_once_killed)  # forked workers inherit it
    result = run_rules(registry, rules, partitions, workers=2)
    assert marker.exists()
    assert result.crashed == []
    monkeypatch.setattr(PartitionRunner, "run", real_run)
    expected = run_rules(registry, rules, partitions, workers=1)
    assert fingerprints(registry, result) == fingerprints(registry, expected)


def test_a_partition_that_always_kills_its_worker_is_reported(
    synthetic: tuple[Registry, list[LoadedRule]], monkeypatch: pytest.MonkeyPatch
) -> None:
    registry, rules = synthetic
    partitions = prune(partition_facts(registry), rules)
    victim = partitions[3][0]["key"]
    real_run = PartitionRunner.run

    def always_killed(self: PartitionRunner, partition: list[dict[str, str]]) -> object:
        if any(f["key"] == victim for f in partition):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_run(self, partition)

    monkeypatch.setattr(PartitionRunner, "run", always_killed)
    result = run_rules(registry, rules, partitions, workers=2)
    assert len(result.crashed) == 1
    assert victim in result.crashed[0]
    assert any("crashed the engine twice" in e for e in result.errors)
    # every other partition's findings are there
    monkeypatch.setattr(PartitionRunner, "run", real_run)
    others = [p for p in partitions if not any(f["key"] == victim for f in p)]
    expected = run_rules(registry, rules, others, workers=1)
    assert sorted(fingerprints(registry, result)) == sorted(fingerprints(registry, expected))


def test_review_reports_a_crashed_partition_as_a_critical_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_run = PartitionRunner.run

    def deadly(self: PartitionRunner, partition: list[dict[str, str]]) -> object:
        if any(f["key"] == "ukraine-war.deaths" for f in partition):
            os.kill(os.getpid(), signal.SIGKILL)
        return real_run(self, partition)

    monkeypatch.setattr(PartitionRunner, "run", deadly)

    report = run(None, RunOptions(ROOT, workers=2))
    crash = [f for f in report.findings if f.rule_id == "FC900"]
    assert len(crash) == 1
    assert crash[0].grade == "critical"
    assert "ukraine-war.deaths" in crash[0].message
    assert report.errors


def test_dask_local_cluster_gives_identical_findings(synthetic: tuple[Registry, list[LoadedRule]]) -> None:
    pytest.importorskip("distributed")
    from factcheck.engine.distributed import run_on_dask

    registry, rules = synthetic
    partitions = prune(partition_facts(registry), rules)
    local = run_rules(registry, rules, partitions, workers=1)
    on_dask = run_on_dask(registry, rules, partitions, "local:2")
    assert on_dask.errors == []
    assert fingerprints(registry, on_dask) == fingerprints(registry, local)


def test_dask_honours_not_same_pairs_and_value_classes(tmp_path: Path) -> None:
    """An editor's not-same pair and a big subject's value classes give the same findings on a
    LocalCluster as in this process."""
    pytest.importorskip("distributed")
    from factcheck.engine.distributed import run_on_dask
    from factcheck.engine.runner import plan

    synth.write(synth.hot_subject(120, 30, figures=4), tmp_path)
    claims = [c for c in load_registry(tmp_path, use_cache=False).claims if isinstance(c, QuantityClaim)]
    first = claims[0]
    assert first.value is not None
    apart = next(c for c in claims if c.source != first.source and (c.value or 0) >= 5 * first.value)
    (tmp_path / "claims" / "links.yaml").write_text(f"not-same:\n  - [{first.id}, {apart.id}]\n")
    registry, rules = load_registry(tmp_path, use_cache=False), load_rules(ROOT / "rules")
    partitions = plan(registry, rules)
    local = run_rules(registry, rules, partitions, workers=1)
    on_dask = run_on_dask(registry, rules, partitions, "local:2")
    assert on_dask.errors == []
    assert local.classes
    assert not any({first.id, apart.id} <= {m.matched["a"].id, m.matched["b"].id} for m in local.matches)
    assert sorted(m.record()[2].items() for m in on_dask.matches) == sorted(
        m.record()[2].items() for m in local.matches
    )


def test_workers_that_always_die_at_once_end_the_run_with_a_clear_error(
    synthetic: tuple[Registry, list[LoadedRule]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.engine import parallel
    from factcheck.errors import EngineError

    registry, rules = synthetic
    partitions = prune(partition_facts(registry), rules)

    def broken_worker(conn: object, parent: int) -> None:
        os._exit(70)  # e.g. an environment where the forked child cannot start the engine

    monkeypatch.setattr(parallel, "_worker", broken_worker)
    with pytest.raises(EngineError, match="keep dying"):
        run_rules(registry, rules, partitions, workers=2)
