"""Where partitions run: in this process, or spread over worker processes (engine.parallel).

The result is the same either way, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from factcheck.engine.classes import classes_in
from factcheck.engine.runner import PartitionRunner, RunResult, plan
from factcheck.registry import Registry
from factcheck.rules import LoadedRule


def run_rules(
    registry: Registry,
    rules: Sequence[LoadedRule],
    partitions: Iterable[list[dict[str, str]]] | None = None,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    focus: frozenset[str] | None = None,
) -> RunResult:
    """Run every enabled rule over the registry, partition by partition.

    With `workers` > 1 the partitions are spread over worker processes (see engine.parallel);
    the result is the same, in the same order.
    """
    active = [item for item in rules if item.rule.enabled and item.on_engine]
    if partitions is None:
        partitions = plan(registry, active, focus)
    groups = list(partitions)
    if workers > 1 and len(groups) > 1:
        # imported here: multiprocessing costs start-up time that a one-summary check never needs
        from factcheck.engine.parallel import run_parallel

        result = run_parallel(registry, active, groups, workers, progress, focus)
        result.classes = classes_in(groups)
        return result
    result = RunResult(partitions=len(groups), classes=classes_in(groups))
    runner = PartitionRunner(registry, active, focus)
    try:
        for group in groups:
            matches, errors = runner.run(group)
            result.matches.extend(matches)
            result.errors.extend(errors)
            if progress is not None:
                progress(1)
    finally:
        runner.close()
    return result
