"""Run partitions on worker processes, and contain engine crashes.

Workers are forked, so they inherit the loaded registry and rules without copying them through
a pipe. Each worker keeps one engine and processes chunks of partitions handed to it on demand,
reporting each partition's matches as soon as it is done. A worker that dies (segfault, OOM
kill) is noticed through its process sentinel; what it had not reported yet is retried once in a
fresh process that reports every partition as soon as it is done, so the partition that kills
it again is known exactly: it is reported as an error naming its subjects (never silently
dropped), and the rest goes back in the queue.

Workers never outlive the parent: on Linux each asks the kernel for SIGKILL when its parent dies
(PR_SET_PDEATHSIG), so a CI timeout's `kill -KILL` on the parent takes them along; elsewhere an
idle worker sees its pipe close and exits. On SIGTERM the parent kills its workers and exits 143.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any, Protocol

from factcheck.engine.runner import PartitionRunner, RunResult, match_builder
from factcheck.errors import EngineError, is_damaged_cache
from factcheck.registry import Registry
from factcheck.rules import LoadedRule

_CHUNKS_PER_WORKER = 8
# Results go back in batches: one message per partition costs the parent more CPU than it saves.
# A worker that dies loses its unsent batch; those partitions simply run again.
_BATCH = 64


class Work(Protocol):
    """What workers do: run chunks of numbered partitions, each giving a payload for the parent."""

    def count(self) -> int:
        """How many partitions there are (numbered 0..count-1)."""
        ...

    def open(self) -> None:
        """Get ready in the worker process (build the engine)."""
        ...

    def run(self, chunk: list[int]) -> Iterator[tuple[int, Any, list[str]]]:
        """(number, payload, engine errors) of each partition of the chunk, in order."""
        ...

    def close(self) -> None:
        """Free the engine."""
        ...

    def describe(self, index: int) -> str:
        """The partition's subjects, for an error message."""
        ...


class PartitionWork:
    """Partitions held in memory; a payload is the partition's compact match records."""

    def __init__(
        self,
        registry: Registry,
        rules: Sequence[LoadedRule],
        partitions: Sequence[list[dict[str, str]]],
        focus: frozenset[str] | None,
    ) -> None:
        self.registry, self.rules, self.partitions, self.focus = registry, rules, partitions, focus
        self.runner: PartitionRunner | None = None

    def count(self) -> int:
        return len(self.partitions)

    def open(self) -> None:
        self.runner = PartitionRunner(self.registry, self.rules, self.focus)

    def run(self, chunk: list[int]) -> Iterator[tuple[int, Any, list[str]]]:
        assert self.runner is not None
        for index in chunk:
            matches, errors = self.runner.run(self.partitions[index])
            yield index, [m.record() for m in matches], errors

    def close(self) -> None:
        if self.runner is not None:
            self.runner.close()

    def describe(self, index: int) -> str:
        return describe_partition(self.partitions[index])


# Set in the parent just before forking; workers read it instead of receiving it through a pipe.
_SHARED: Work | None = None


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
EXIT_TERMINATED = 128 + signal.SIGTERM


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this worker when its parent dies (Linux); exit if it already has."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _worker(conn: Connection, parent: int) -> None:
    """Process chunks of partition indices until told to stop; report each partition when done."""
    _die_with_parent(parent)
    assert _SHARED is not None
    work = _SHARED
    work.open()
    try:
        while True:
            message = conn.recv()
            if message is None:
                return
            chunk, batch = message
            done: list[tuple[int, Any, list[str]]] = []
            for index, payload, errors in work.run(chunk):
                done.append((index, payload, errors))
                if len(done) >= batch:
                    conn.send(("done", done))
                    done = []
            conn.send(("done", done))
            conn.send(("idle",))
    except Exception as exc:
        if not is_damaged_cache(exc):
            raise
        conn.send(("damaged", str(exc), exc.sqlite_errorname))  # type: ignore[attr-defined]  # the parent stops the review and removes the store
    finally:
        work.close()


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    queue: deque[int] = field(default_factory=deque)  # sent, not yet reported done
    retry: bool = False  # running a second attempt, reporting every partition at once
    reported: bool = False  # has sent back at least one finished partition


def describe_partition(partition: list[dict[str, str]]) -> str:
    """A partition's subjects, for an error message."""
    keys = sorted({f["key"] for f in partition})
    shown = ", ".join(keys[:3]) + (f" and {len(keys) - 3} more" if len(keys) > 3 else "")
    return f"subjects {shown}"


def _send(worker: _Worker, message: Any) -> None:
    """Send work; a worker that already died is noticed through its sentinel, not here."""
    with contextlib.suppress(OSError):
        worker.conn.send(message)


class _Pool:
    """Hands out chunks, collects results, restarts dead workers."""

    def __init__(self, work: Work, workers: int, build: Callable[[Any], list[Any]]) -> None:
        self.work = work
        self.build = build
        total = work.count()
        size = max(1, total // (workers * _CHUNKS_PER_WORKER))
        self.todo: deque[list[int]] = deque(
            list(range(i, min(i + size, total))) for i in range(0, total, size)
        )
        self.retries: deque[list[int]] = deque()
        self.matches: dict[int, list[Any]] = {}
        self.errors: list[str] = []
        self.crashed: list[int] = []
        self.workers: list[_Worker] = []
        self.context = multiprocessing.get_context("fork")
        self.size = workers
        self.deaths_in_a_row = 0

    def start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(child, os.getpid()), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def feed(self, worker: _Worker) -> bool:
        """Give an idle worker its next chunk; False when there is nothing left for it."""
        if worker.retry or not self.todo:
            return False
        chunk = self.todo.popleft()
        worker.queue.extend(chunk)
        _send(worker, (chunk, _BATCH))
        return True

    def retire(self, worker: _Worker) -> None:
        with contextlib.suppress(OSError):
            worker.conn.send(None)
        worker.process.join(timeout=5)
        worker.conn.close()
        self.workers.remove(worker)

    def on_death(self, worker: _Worker) -> None:
        """The worker died: retry or report its in-flight partition, requeue the rest."""
        worker.process.join()
        code = worker.process.exitcode
        self.workers.remove(worker)
        worker.conn.close()
        self.deaths_in_a_row = 0 if worker.reported else self.deaths_in_a_row + 1
        if self.deaths_in_a_row > 2 * self.size + 2:
            # Not one partition's fault: workers die before doing anything (no memory, a broken
            # environment). Retrying every partition would fork forever; give up loudly.
            raise EngineError(
                f"engine worker processes keep dying before finishing any work (exit code {code})",
                hint="run with --jobs 1 to stay in one process, and check free memory",
            )
        if not worker.queue:
            return
        if not worker.retry:
            self.retries.append(list(worker.queue))  # the culprit is among them: run them carefully
            return
        culprit = worker.queue.popleft()  # every partition before it was reported
        if worker.queue:
            self.todo.appendleft(list(worker.queue))
        self.crashed.append(culprit)
        number = culprit + getattr(self.work, "first", 0)  # a range of a stored review counts from its start
        self.errors.append(
            f"partition {number} ({self.work.describe(culprit)}) crashed the engine twice "
            f"(exit code {code}); its findings are missing"
        )

    def receive(self, worker: _Worker, progress: Callable[[int], None] | None) -> None:
        message: Any = worker.conn.recv()
        if message[0] == "done":
            worker.reported = worker.reported or bool(message[1])
            for index, payload, errors in message[1]:
                if worker.queue and worker.queue[0] == index:
                    worker.queue.popleft()  # the usual case; remove() would be quadratic in big chunks
                else:
                    worker.queue.remove(index)
                # built here, while the workers run: the parent would otherwise sit idle
                if payload:
                    self.matches[index] = self.build(payload)
                self.errors.extend(errors)
            if progress is not None and message[1]:
                progress(len(message[1]))
        elif message[0] == "damaged":
            import sqlite3  # only a worker that read a store sends this

            damage = sqlite3.DatabaseError(message[1])
            damage.sqlite_errorname = message[2]
            raise damage  # the CLI removes the store and says so
        elif worker.retry or not self.feed(worker):
            self.retire(worker)

    def run(self, progress: Callable[[int], None] | None) -> None:
        while self.todo or self.retries or self.workers:
            while self.retries:
                worker = self.start()
                worker.retry = True
                chunk = self.retries.popleft()
                worker.queue.extend(chunk)
                _send(worker, (chunk, 1))
            while self.todo and sum(not w.retry for w in self.workers) < self.size:
                self.feed(self.start())
            if not self.workers:
                continue
            sentinels = {w.process.sentinel: w for w in self.workers}
            conns = {w.conn: w for w in self.workers}
            ready = multiprocessing.connection.wait([*conns, *sentinels])
            for item in ready:
                if item in conns and conns[item] in self.workers:
                    worker = conns[item]
                    try:
                        self.receive(worker, progress)
                    except (EOFError, OSError):
                        self.on_death(worker)
            for item in ready:
                if item in sentinels and sentinels[item] in self.workers:
                    worker = sentinels[item]
                    while worker.conn.poll():  # results sent before it died still count
                        try:
                            self.receive(worker, progress)
                        except (EOFError, OSError):
                            break
                    if worker in self.workers:
                        self.on_death(worker)


def _terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM: unwind (the pool's `finally` kills the workers) and exit 143; nothing is printed
    but this line, so no half report reaches standard output."""
    os.write(2, b"terminated\n")
    raise SystemExit(EXIT_TERMINATED)


def _on_sigterm(handler: Any) -> Any:
    """Install a SIGTERM handler (main thread only); return the previous one."""
    if threading.current_thread() is not threading.main_thread() or handler is None:
        return None
    return signal.signal(signal.SIGTERM, handler)


def run_parallel(
    registry: Registry,
    rules: Sequence[LoadedRule],
    partitions: Sequence[list[dict[str, str]]],
    workers: int,
    progress: Callable[[int], None] | None = None,
    focus: frozenset[str] | None = None,
) -> RunResult:
    """The same result as the in-process run, computed on `workers` processes."""
    pool = run_work(
        PartitionWork(registry, rules, partitions, focus), workers, match_builder(registry, rules), progress
    )
    crashed = [describe_partition(partitions[i]) for i in pool.crashed]
    result = RunResult(partitions=len(partitions), errors=pool.errors, crashed=crashed)
    for index in sorted(pool.matches):  # partition order: the in-process order
        result.matches.extend(pool.matches[index])
    return result


def run_work(
    work: Work, workers: int, build: Callable[[Any], list[Any]], progress: Callable[[int], None] | None = None
) -> _Pool:
    """Run every partition of `work` on `workers` forked processes; the finished pool holds each
    partition's built payload by number (`matches`), the errors and the crashed partitions."""
    global _SHARED
    _SHARED = work
    # Keep the collector away from the inherited objects: its passes would touch (and so copy)
    # every page of the registry in each worker.
    gc.freeze()
    pool = _Pool(work, workers, build)
    previous = _on_sigterm(_terminate)
    try:
        pool.run(progress)
    finally:
        for worker in list(pool.workers):
            worker.process.kill()
        for worker in list(pool.workers):
            worker.process.join(timeout=5)
        _on_sigterm(previous)
        _SHARED = None
        gc.unfreeze()
    return pool
