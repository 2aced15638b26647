"""A review streamed from the compiled store (engine/stored.py) reports exactly what a review of
the whole registry loaded in memory reports: in one process, on worker processes, and on Dask."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from factcheck.pipeline.run import RunOptions, run
from factcheck.registry.store import store_path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

# 4k claims: big enough for every rule, value classes (subjects of 32+ claims) and multi-key
# partitions; 100k is measured by benchmarks/review_scale.py and the CLI (docs/performance.md),
# too slow for the suite on two shared cores
CLAIMS = 4_000


@pytest.fixture(scope="module")
def registry_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stored")
    synth.write(synth.generate(CLAIMS, CLAIMS // 20, seed=5, discrepancy=0.1), path)
    return path


@pytest.fixture(scope="module")
def in_memory(registry_root: Path) -> str:
    """The report of the whole registry loaded in memory (no store: the path before the store)."""
    return run(None, RunOptions(registry_root, use_cache=False)).model_dump_json()


def test_review_from_the_store_reports_what_the_loaded_registry_reports(
    registry_root: Path, in_memory: str
) -> None:
    first = run(None, RunOptions(registry_root, workers=1))  # compiles the store, then streams it
    assert store_path(registry_root).is_file()
    assert first.model_dump_json() == in_memory
    assert len(first.findings) > 100
    warm = run(None, RunOptions(registry_root, workers=2))
    assert warm.model_dump_json() == in_memory


def test_a_stored_review_leaves_the_collector_as_it_found_it(registry_root: Path, in_memory: str) -> None:
    """The review collects less often while partitions run (engine.stored), and only then."""
    before = gc.get_threshold()
    report = run(None, RunOptions(registry_root, workers=1))
    assert gc.get_threshold() == before
    assert gc.isenabled()
    assert report.model_dump_json() == in_memory


def test_dask_reads_partitions_from_the_store_and_finds_the_same(registry_root: Path, in_memory: str) -> None:
    pytest.importorskip("distributed")
    run(None, RunOptions(registry_root, workers=1))  # the store exists before the cluster reads it
    on_dask = run(None, RunOptions(registry_root, scheduler="local:2"))
    assert on_dask.errors == []
    assert on_dask.model_dump_json() == in_memory


def test_a_dask_task_survives_an_engine_crash_and_names_the_partition(
    registry_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what a Dask worker runs: the engine in a forked process, so a segfault in durable costs one
    # partition, reported by name, instead of the worker (and every task it held)
    import os
    import signal

    from factcheck.engine import distributed
    from factcheck.engine.runner import PartitionRunner
    from factcheck.pipeline.run import graded_partition, rules_for
    from factcheck.rules import LoadedRule
    from factcheck.rules.select import select_rules

    run(None, RunOptions(registry_root, workers=1))  # the store
    options = RunOptions(registry_root)
    rules: list[LoadedRule] = [i for i in select_rules(rules_for(options), options.config) if i.on_engine]
    path, root = str(store_path(registry_root).resolve()), str(registry_root)
    whole, errors, crashed = distributed.run_stored_task(path, root, rules, graded_partition, None, 0, 400)
    assert (errors, crashed) == ([], [])
    assert whole
    victim = whole[len(whole) // 2].sides[0].frame
    assert victim is not None
    real_run = PartitionRunner.run

    def deadly(self: PartitionRunner, partition: list[dict[str, str]]) -> object:
        if any(f.get("key") == victim for f in partition):
            os.kill(os.getpid(), signal.SIGSEGV)  # what durable's overflow does
        return real_run(self, partition)

    monkeypatch.setattr(PartitionRunner, "run", deadly)  # the forked engine process inherits it
    found, errors, crashed = distributed.run_stored_task(path, root, rules, graded_partition, None, 0, 400)
    assert len(crashed) == 1
    assert victim in crashed[0]
    assert any("crashed the engine twice" in e for e in errors)
    lost = [f for f in whole if f not in found]
    assert lost
    assert all(f in whole for f in found)
    assert [f for f in whole if f.sides[0].frame == victim and f in found] == []


def test_json_written_piece_by_piece_is_the_json_report(registry_root: Path) -> None:
    from factcheck.report.json_format import format_json, json_chunks

    report = run(None, RunOptions(registry_root, workers=1))
    assert "".join(json_chunks(report)) == format_json(report)
    empty = report.model_copy(update={"findings": []})
    assert "".join(json_chunks(empty)) == format_json(empty)
