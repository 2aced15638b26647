"""Run partitions on a Dask distributed cluster (`factcheck review --scheduler ADDRESS`).

Each task carries what its partitions need (their claims, entities and sources' tiers, and the
rules), so workers need no access to the registry's files; results come back as compact match
records and are assembled in partition order, so the findings are those of a local run.
`--scheduler local` or `local:N` starts a LocalCluster with N worker processes on this machine.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.engine.classes import MEMBERS
from factcheck.engine.parallel import run_work
from factcheck.engine.runner import PartitionRunner, Record, RunResult, rebuild
from factcheck.engine.stored import (
    Context,
    Finish,
    Prepare,
    StoredResult,
    StoredWork,
    open_store,
    read_context,
)
from factcheck.errors import FactcheckError
from factcheck.model import Finding
from factcheck.model.ids import RefKind, parse_ref
from factcheck.registry import Registry
from factcheck.registry.links import Links
from factcheck.rules import LoadedRule

_PARTITIONS_PER_TASK = 200
MAX_LOCAL_WORKERS = 256
# Each local worker's memory budget (Dask pauses a worker at 80% and restarts it at 95%). A worker
# holds the store's sources (about 1 KB each), a few thousand cached texts and entities, and the
# findings of the tasks the client has not fetched yet: about 300 MiB at 1M claims
# (docs/performance.md), whatever the registry's size; the engine runs in a forked child.
LOCAL_WORKER_MEMORY = "2GiB"
_LOCAL = re.compile(r"local(?::(?P<n>.*))?")
_ADDRESS = re.compile(
    r"(?:(?:tcp|tls|ucx|ws|wss|inproc)://)?(?P<host>[A-Za-z0-9._\-\[\]:]+?)(?::(?P<port>\d{1,5}))?/?"
)
_HINT = "give 'local', 'local:N' (N worker processes, 1 or more) or a scheduler address like tcp://host:8786"


def check_scheduler(address: str) -> str:
    """The --scheduler address if it is well formed; a FactcheckError naming the option if not."""
    address = address.strip()
    local = _LOCAL.fullmatch(address)
    if local is not None:
        count = local.group("n")
        if count is not None and not (count.isdigit() and 1 <= int(count) <= MAX_LOCAL_WORKERS):
            raise FactcheckError(
                f"--scheduler {address!r}: the worker count must be a whole number from 1 to {MAX_LOCAL_WORKERS}",
                field="--scheduler",
                hint=_HINT,
            )
        return address
    match = _ADDRESS.fullmatch(address)
    if match is None or (match.group("port") is not None and int(match.group("port")) > 65535):
        raise FactcheckError(
            f"--scheduler {address!r} is not a scheduler address", field="--scheduler", hint=_HINT
        )
    return address


def _subset(registry: Registry, partitions: Sequence[list[dict[str, str]]]) -> Registry:
    """A registry holding only what these partitions refer to (what a task ships to a worker)."""
    refs = [parse_ref(f["ref"]) for p in partitions for f in p]
    claim_ids = {ident for kind, ident in refs if kind is RefKind.CLAIM}
    claim_ids.update(m for p in partitions for f in p if MEMBERS in f for m in f[MEMBERS].split(","))
    entity_ids = {ident for kind, ident in refs if kind is RefKind.ENTITY}
    claims = [registry.claim(i) for i in sorted(claim_ids)]
    sources = {c.source: registry.sources[c.source] for c in claims}
    entities = {e: registry.entities[e] for e in entity_ids}
    # the editor's not-same pairs among these claims travel with them (merges are already in
    # the facts' keys); so do run-time link notes
    frames = Links(
        merge=dict(registry.frames.merge),
        not_same={pair for pair in registry.frames.not_same if pair <= claim_ids},
    )
    links = {c: registry.links[c] for c in claim_ids if c in registry.links}
    return Registry(Path("."), sources, {}, entities, {}, claims, {}, links=links, frames=frames)


def run_task(
    registry: Registry, rules: Sequence[LoadedRule], partitions: Sequence[list[dict[str, str]]]
) -> tuple[list[list[Record]], list[str]]:
    """Run a batch of partitions on a fresh engine (executed on a Dask worker)."""
    runner = PartitionRunner(registry, rules)
    records: list[list[Record]] = []
    errors: list[str] = []
    try:
        for partition in partitions:
            matches, partition_errors = runner.run(partition)
            records.append([m.record() for m in matches])
            errors.extend(partition_errors)
    finally:
        runner.close()
    return records, errors


_PARTS_PER_STORED_TASK = 2000
_CONTEXTS: dict[str, Context] = {}  # per worker process: the store's sources and entities, read once


class _Range:
    """Partitions first..stop-1 of a stored review, numbered from 0 (the Work of one Dask task)."""

    def __init__(self, work: StoredWork, first: int, stop: int) -> None:
        self.work, self.first, self.stop = work, first, stop

    def count(self) -> int:
        return self.stop - self.first

    def open(self) -> None:
        self.work.open()

    def run(self, chunk: list[int]) -> Iterator[tuple[int, Any, list[str]]]:
        for part, findings, errors in self.work.run([self.first + i for i in chunk]):
            yield part - self.first, findings, errors

    def close(self) -> None:
        self.work.close()

    def describe(self, index: int) -> str:
        return self.work.describe(self.first + index)


def run_stored_task(
    path: str,
    root: str,
    rules: Sequence[LoadedRule],
    finish: Finish,
    prepare: Prepare | None,
    first: int,
    stop: int,
) -> tuple[list[Finding], list[str], list[str]]:
    """Read partitions first..stop-1 from the store file and return their findings, engine
    errors and crashed partitions (executed on a Dask worker: it needs the store at `path`, and
    source texts at the paths the store names).

    The engine runs in a process forked from the worker (engine.parallel), as in a local review:
    durable's C code can still crash, and a crash must cost one partition, reported by name, not
    the Dask worker and with it every task it held."""
    context = _CONTEXTS.get(path)
    if context is None:
        store = open_store(Path(path))
        try:
            context = _CONTEXTS[path] = read_context(Path(root), store, Path(path))
        finally:
            store.close()
    work = _Range(StoredWork(Path(path), context, rules, finish, prepare), first, stop)
    # Dask starts its workers as daemonic processes, which multiprocessing forbids to have
    # children (they could be orphaned); ours die with their parent (engine.parallel), so the
    # flag is lifted while the engine runs
    worker = multiprocessing.current_process()
    daemonic, worker.daemon = worker.daemon, False
    try:
        pool = run_work(work, 1, list)
    finally:
        worker.daemon = daemonic
    findings = [f for index in sorted(pool.matches) for f in pool.matches[index]]
    return findings, pool.errors, [work.describe(i) for i in pool.crashed]


def review_on_dask(
    work: StoredWork, scheduler: str, progress: Callable[[int], None] | None = None
) -> StoredResult:
    """The same result as a local streamed review, computed on a Dask cluster: each task is a
    range of partition numbers, read from the store by the worker itself."""
    result = StoredResult()
    with _connected(scheduler) as client:
        total = work.count()
        ranges = [
            (i, min(i + _PARTS_PER_STORED_TASK, total)) for i in range(0, total, _PARTS_PER_STORED_TASK)
        ]
        rules_future = client.scatter(list(work.rules), broadcast=True)
        path, root = str(work.path.resolve()), str(work.context.root)
        futures = [
            client.submit(
                run_stored_task, path, root, rules_future, work.finish, work.prepare, a, b, pure=False
            )
            for a, b in ranges
        ]
        for (first, stop), future in zip(ranges, futures, strict=True):
            try:
                findings, errors, crashed = future.result()
            except Exception as exc:  # a task whose workers kept dying (KilledWorker) or failed
                result.errors.append(
                    f"Dask task for partitions {first} to {stop - 1} failed: {type(exc).__name__}: {exc}"
                )
                result.crashed.append(f"partitions {first} to {stop - 1} (one Dask task)")
                continue
            future.release()
            result.findings.extend(findings)
            result.errors.extend(errors)
            result.crashed.extend(crashed)
            if progress is not None:
                progress(stop - first)
    return result


@contextlib.contextmanager
def _connected(scheduler: str) -> Iterator[Any]:
    """A client of the scheduler, closed on leaving (with the local cluster it started, if any)."""
    client = _client(scheduler)
    try:
        yield client
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()


def _client(scheduler: str) -> Any:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise FactcheckError(
            "--scheduler needs Dask", hint="pip install 'factcheck[dask]' (dask[distributed])"
        ) from None
    scheduler = check_scheduler(scheduler)
    if _LOCAL.fullmatch(scheduler):
        workers = int(scheduler.partition(":")[2] or 2)
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit=LOCAL_WORKER_MEMORY,
        )
        return Client(cluster)
    try:
        return Client(scheduler, timeout="20s")
    except (OSError, ValueError, TypeError) as exc:
        raise FactcheckError(
            f"--scheduler: cannot reach the Dask scheduler at {scheduler}: {exc}",
            field="--scheduler",
            hint="start one with `dask scheduler` and `dask worker ADDRESS`",
        ) from None


def run_on_dask(
    registry: Registry,
    rules: Sequence[LoadedRule],
    partitions: Sequence[list[dict[str, str]]],
    scheduler: str,
    progress: Callable[[int], None] | None = None,
) -> RunResult:
    """The same result as a local run, computed on a Dask cluster."""
    result = RunResult(partitions=len(partitions))
    with _connected(scheduler) as client:
        batches = [
            partitions[i : i + _PARTITIONS_PER_TASK] for i in range(0, len(partitions), _PARTITIONS_PER_TASK)
        ]
        rules_future = client.scatter(list(rules), broadcast=True)
        futures = [
            client.submit(run_task, _subset(registry, b), rules_future, b, pure=False) for b in batches
        ]
        for batch, future in zip(batches, futures, strict=True):
            try:
                records, errors = future.result()
            except Exception as exc:  # a task whose workers kept dying (KilledWorker) or failed
                result.errors.append(f"Dask task failed: {type(exc).__name__}: {exc}")
                result.crashed.append(f"{len(batch)} partitions of one Dask task")
                continue
            result.errors.extend(errors)
            result.matches.extend(rebuild(registry, rules, [r for rs in records for r in rs]))
            if progress is not None:
                progress(len(batch))
    return result
