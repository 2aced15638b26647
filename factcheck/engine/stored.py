"""Review straight from the compiled store: partitions stream from the file and are finished
(graded) where they run, so no process holds every claim, and only findings travel back.

The store (registry/store.py) keeps the engine's partitions as fact rows, in order. A run reads a
range of partitions with one query, skips those where no rule could fire before validating a
single claim, validates only the claims of the partitions that run, and hands each partition's
matches to a `finish` function (the pipeline's grading) together with a registry view holding
that partition's claims. Matches, findings and value classes never cross partitions (a finding's
sides share a subject, and a subject lives in one partition), so grading partition by partition
gives the findings of grading everything at once.

Workers (forked, see engine.parallel, or on Dask, see engine.distributed) open the store
themselves: they are given partition numbers, never claims.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.engine.classes import classes_in, collapse, collapsible_kinds
from factcheck.engine.parallel import describe_partition, run_work
from factcheck.engine.runner import Match, PartitionRunner, any_could_fire, single_fact_rules
from factcheck.engine.sweep import Sweep, planner
from factcheck.model import Entity, Finding, Side, Source
from factcheck.model.adapters import claim_adapter
from factcheck.model.plain import pickled_plainly
from factcheck.registry import Registry, SourceText
from factcheck.registry.links import Links
from factcheck.registry.loader import links_from_json
from factcheck.registry.store import Store, opened
from factcheck.rules import LoadedRule

# findings travel from the workers to the parent, each with its sides
pickled_plainly(Finding)
pickled_plainly(Side)

# grading of one partition's matches (pipeline/run.py): matches, the partition's registry view,
# its value classes -> findings
Finish = Callable[[list[Match], Registry, dict[str, tuple[str, ...]], list[Sweep]], list[Finding]]
# what the pipeline derives from a partition's claims and texts before the engine sees them
# (link.venues: where each statement was made), as the in-memory review does for the whole registry
Prepare = Callable[[Registry], Registry]
# Source text kept in memory per process, in characters: partitions run in subject order, so a
# source's text is wanted again and again across the run, and each miss reads the file and rebuilds
# its line index. A count of texts bounded nothing (a long article weighs a hundred short ones);
# 64M characters hold every text of the synthetic million-claim registry (50k texts of ~1.3 KB).
_TEXT_CHARS_KEPT = 64_000_000


class _TextCache:
    """The most recently used source texts, up to a total number of characters."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._kept: OrderedDict[str, SourceText] = OrderedDict()
        self._chars = 0

    def __call__(self, path: str) -> SourceText:
        found = self._kept.get(path)
        if found is not None:
            self._kept.move_to_end(path)
            return found
        with open(path, encoding="utf-8") as file:  # as Path.read_text, without its path parsing
            found = SourceText(Path(path), file.read())
        self._kept[path] = found
        self._chars += len(found.text)
        while self._chars > self._budget and len(self._kept) > 1:
            _, dropped = self._kept.popitem(last=False)
            self._chars -= len(dropped.text)
        return found


_read_text = _TextCache(_TEXT_CHARS_KEPT)


class LazyTexts(dict[str, SourceText]):
    """Source texts read from their files on first use (a bounded number kept in memory)."""

    def __init__(self, paths: dict[str, str]) -> None:
        super().__init__()
        self._paths = paths

    def __contains__(self, key: object) -> bool:
        return key in self._paths

    def __getitem__(self, key: str) -> SourceText:
        return _read_text(self._paths[key])

    def get(self, key: str, default: Any = None) -> Any:
        path = self._paths.get(key)
        return _read_text(path) if path is not None else default

    def __len__(self) -> int:
        return len(self._paths)


_CONNECTIONS: dict[str, tuple[int, Store]] = {}  # store path -> (process id, connection): one per process


def _store_here(path: str) -> Store:
    """This process's read-only connection to the store (a forked worker opens its own)."""
    found = _CONNECTIONS.get(path)
    if found is None or found[0] != os.getpid():
        found = _CONNECTIONS[path] = (os.getpid(), open_store(Path(path)))
    return found[1]


@functools.lru_cache(maxsize=4096)
def _read_entity(path: str, entity_id: str) -> Entity | None:
    text = _store_here(path).entity(entity_id)
    return Entity.model_validate_json(text) if text is not None else None


class LazyEntities(dict[str, Entity]):
    """Entities read from the store on first use: a million-claim registry has 100k+ of them,
    and a partition meets one or two."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = str(path)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and _read_entity(self._path, key) is not None

    def __getitem__(self, key: str) -> Entity:
        found = _read_entity(self._path, key)
        if found is None:
            raise KeyError(key)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = _read_entity(self._path, key)
        return default if found is None else found


@dataclass
class Context:
    """What every partition needs besides its own claims: sources, entities, an editor's links."""

    root: Path
    sources: dict[str, Source]
    texts: LazyTexts
    entities: LazyEntities
    frames: Links
    files: dict[str, str | None] = field(default_factory=dict)  # source id -> text file, relative

    def view(self, claims_json: Sequence[str]) -> Registry:
        """A registry holding these claims and everything they refer to."""
        claims = [claim_adapter().validate_json(text) for text in claims_json]
        registry = Registry(
            self.root, self.sources, self.texts, self.entities, {}, claims, {}, frames=self.frames
        )
        return self.known_files(registry)

    def known_files(self, registry: Registry) -> Registry:
        """`registry` told where every source's text is (asking the texts would read the files).
        Shared, not copied: at a million claims the map has 50k entries, and a copy per partition
        cost more than the partition's own work."""
        vars(registry)["_files"] = self.files
        return registry


def read_context(root: Path, store: Store, path: Path) -> Context:
    """The sources and links of the store at `path`, opened as `store` (claims and entities stay
    in the file until a partition needs them)."""
    paths = dict(store.text_paths())
    base = root.resolve()
    inside = str(base).rstrip(os.sep) + os.sep
    files: dict[str, str | None] = {}
    for source_id, text_path in paths.items():
        # stored resolved: a text inside the registry is named from its root (string tests, not
        # pathlib: a million-claim registry has 50k sources, and the parent does this alone)
        if os.sep == "/" and text_path.startswith(inside):
            files[source_id] = text_path[len(inside) :]
            continue
        text = Path(text_path)
        files[source_id] = text.relative_to(base).as_posix() if text.is_relative_to(base) else text.as_posix()
    return Context(
        root,
        {s.id: s for s in (Source.model_validate_json(j) for _, _, j in store.sources())},
        LazyTexts(paths),
        LazyEntities(path),
        links_from_json(store.links()),
        files,
    )


def open_store(path: Path) -> Store:
    """The store file, read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    opened(path)
    return Store(conn)


class StoredWork:
    """Partitions read from the store by number; a payload is one partition's findings."""

    def __init__(
        self,
        path: Path,
        context: Context,
        rules: Sequence[LoadedRule],
        finish: Finish,
        prepare: Prepare | None = None,
    ) -> None:
        self.path, self.context, self.finish, self.prepare = path, context, finish, prepare
        self.rules = [item for item in rules if item.rule.enabled and item.on_engine]
        self.kinds = collapsible_kinds(self.rules)  # the same for every partition: computed once
        self.sweep = planner(self.rules)
        # most partitions hold one claim: only a rule of one pattern can fire there
        self.single = single_fact_rules(self.rules)
        # whether a one-fact partition can fire depends only on the fields those rules test (a
        # pair or a distinct-sources rule never fires on one fact): decided once per set of values
        self._tested = tuple(
            sorted({k for item in self.single if item.shape for p in item.shape.patterns for k, _ in p.where})
        )
        self._single_fires: dict[tuple[str | None, ...], bool] = {}
        store = open_store(path)
        try:
            self._count = store.partition_count()
        finally:
            store.close()
        self.store: Store | None = None
        self.runner: PartitionRunner | None = None
        self.ran = 0  # partitions that reached the engine (in this process)

    def count(self) -> int:
        return self._count

    def open(self) -> None:
        self.store = open_store(self.path)
        self.runner = PartitionRunner(self.context.view([]), self.rules)

    def run(self, chunk: list[int]) -> Iterator[tuple[int, Any, list[str]]]:
        assert self.store is not None
        wanted = set(chunk)  # chunks are ranges; a retried one is what was left of a range
        for part, facts, claims_json in self.store.partitions(min(chunk), max(chunk) + 1):
            if part not in wanted:
                continue
            findings, errors = self.partition(facts, claims_json)
            yield part, findings, errors

    def partition(
        self, facts: list[dict[str, str]], claims_json: list[str]
    ) -> tuple[list[Finding], list[str]]:
        """One partition's findings and engine errors (none when no rule could fire in it)."""
        assert self.runner is not None
        if not self._could_fire(facts):
            return [], []
        self.ran += 1
        view = self.context.view(claims_json)
        if self.prepare is not None:
            view = self.context.known_files(self.prepare(view))  # a new view when it changed claims
        (partition,) = collapse([facts], view, self.rules, kinds=self.kinds, sweep=self.sweep)
        self.runner.use(view)
        matches, errors = self.runner.run(partition)
        sweeps = self.runner.take_sweeps()
        if not matches and not sweeps:
            return [], errors
        return self.finish(matches, view, classes_in([partition]), sweeps), errors

    def _could_fire(self, facts: list[dict[str, str]]) -> bool:
        """Whether some rule could fire in this partition (engine.runner.any_could_fire)."""
        if len(facts) > 1:
            return any_could_fire(facts, self.rules)
        values = tuple(map(facts[0].get, self._tested))
        found = self._single_fires.get(values)
        if found is None:
            found = self._single_fires[values] = any_could_fire(facts, self.single)
        return found

    def close(self) -> None:
        if self.runner is not None:
            self.runner.close()
            self.runner = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def describe(self, index: int) -> str:
        store = open_store(self.path)
        try:
            return next((describe_partition(facts) for _, facts, _ in store.partitions(index, index + 1)), "")
        finally:
            store.close()


class SharedLines:
    """Findings whose sides quote the same source line share one string for it. A line is quoted
    by every finding about a claim on it (the synthetic 1M registry: 369 MB of context text in
    the findings, 67 MB of it distinct), and the process assembling the report holds them all."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def __call__(self, findings: list[Finding]) -> list[Finding]:
        for finding in findings:
            for side in finding.sides:
                if side.context is not None:
                    # the same text, one object: the frozen model's value does not change
                    vars(side)["context"] = self._seen.setdefault(side.context, side.context)
        # Kept until the report is written, and free of reference cycles: out of the collector's
        # passes (gc.freeze moves what exists into the permanent generation, in constant time),
        # which otherwise traversed every finding received so far, again and again, as more came.
        gc.freeze()
        return findings


@dataclass
class StoredResult:
    """Findings of every partition in partition order, engine errors, crashed partitions."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    crashed: list[str] = field(default_factory=list)


# The collector's first generation is examined after this many new container objects (Python's
# default: 700). A review makes millions of short-lived, acyclic records (claims, matches, sides,
# findings), so at the default the collector ran some 500 times at 100k claims and its older
# generations traversed every finding held so far: about a tenth of a one-process review's CPU.
_YOUNG_OBJECTS_PER_COLLECTION = 100_000


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while the review runs (forked workers inherit this)."""
    before = gc.get_threshold()
    gc.set_threshold(_YOUNG_OBJECTS_PER_COLLECTION, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def review_stored(
    work: StoredWork, workers: int = 1, progress: Callable[[int], None] | None = None
) -> StoredResult:
    """Run every partition of the store in this process or on `workers` forked processes."""
    with _fewer_collections():
        result = _review_stored(work, workers, progress)
    # The findings live until the report is written, and hold no reference cycles: moved to the
    # permanent generation, the collections that sorting and reporting them set off no longer
    # traverse them all (at 100k claims one such pass took 0.2 s; the parent holds 110k findings
    # at a million claims). They are still freed by reference counting.
    gc.freeze()
    return result


def _review_stored(work: StoredWork, workers: int, progress: Callable[[int], None] | None) -> StoredResult:
    result = StoredResult()
    shared = SharedLines()
    if workers > 1 and work.count() > 1:
        pool = run_work(work, workers, shared, progress)
        result.errors, result.crashed = pool.errors, [work.describe(i) for i in pool.crashed]
        for index in sorted(pool.matches):  # partition order: the in-process order
            result.findings.extend(pool.matches[index])
        return result
    work.open()
    try:
        if work.count():
            for _, findings, errors in work.run(list(range(work.count()))):
                result.findings.extend(shared(findings))
                result.errors.extend(errors)
                if progress is not None:
                    progress(1)
    finally:
        work.close()
    return result
