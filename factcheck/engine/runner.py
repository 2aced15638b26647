"""Run rules over a registry on the engine: claims become facts, matches become check calls.

The engine does the matching (which claims share a subject, which mention names which entity,
which dates bound a duration); the comparisons themselves are the pure functions in
factcheck.rules.checks. A verdict becomes a match at once: asserting it back as a finding fact
for a collector rule to pick up cost one more assert and firing per verdict and changed nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence

import msgspec

from factcheck.engine.adapter import Engine
from factcheck.engine.classes import MEMBERS, SWEEP, collapse, pair_rule, reported_patterns
from factcheck.engine.sweep import WINDOW, Graph, Levels, Sweep, sweep_rules
from factcheck.model import Entity, Rule, Tier
from factcheck.model.ids import RefKind, claim_ref, entity_ref, parse_ref
from factcheck.registry import Registry
from factcheck.registry.facts import claim_fact as claim_fact  # re-exported: tests and benchmarks use it here
from factcheck.registry.facts import entity_fact as entity_fact
from factcheck.registry.facts import partitioned
from factcheck.registry.partial import source_tiers
from factcheck.rules import LoadedRule
from factcheck.rules.checks import CheckInput, Verdict
from factcheck.rules.checks.base import Matched

_CLAIM, _ENTITY = RefKind.CLAIM.value, RefKind.ENTITY.value


class Match(msgspec.Struct, frozen=True):
    """A rule that fired: the verdict and the matched claims/entities by pattern name."""

    rule: Rule
    verdict: Verdict
    matched: Mapping[str, Matched]

    def record(self) -> tuple[str, Verdict, dict[str, str]]:
        """A compact, picklable form: rule id, verdict, matched ids by pattern name."""
        refs = {name: ref_of(obj) for name, obj in self.matched.items()}
        return (self.rule.id, self.verdict, refs)


def ref_of(obj: Matched) -> str:
    """The engine ref of a matched claim or entity."""
    return entity_ref(obj.id) if isinstance(obj, Entity) else claim_ref(obj.id)


class RunResult(msgspec.Struct):
    """Everything the engine produced, and every error it hit (never silently dropped)."""

    matches: list[Match] = msgspec.field(default_factory=list)
    errors: list[str] = msgspec.field(default_factory=list)
    partitions: int = 0
    crashed: list[str] = msgspec.field(default_factory=list)  # partitions lost to engine crashes
    # value classes (engine.classes): representative claim id -> every member's id
    classes: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)


def partition_facts(registry: Registry) -> list[list[dict[str, str]]]:
    """Facts split into groups that no rule can join across (connected subject ids)."""
    return partitioned(
        registry.claims, source_tiers(registry.sources), registry.entities, registry.frames, registry.links
    )


def could_fire(
    partition: Sequence[Mapping[str, str]],
    item: LoadedRule,
    passing: dict[tuple[tuple[str, str], ...], list[Mapping[str, str]]] | None = None,
) -> bool:
    """A cheap necessary condition for `item` to fire in this partition, on alpha tests only.

    Every pattern needs a fact passing its tests; an unordered pair needs two such facts; and
    patterns that must come from distinct sources need facts from two sources. Joins are left
    to the engine: this only skips partitions where the engine could find nothing. `passing`
    keeps the facts passing each set of tests, for the next rule asked about this partition.
    """
    if item.shape is None:
        return False
    candidates = []
    for pattern in item.shape.patterns:
        found = passing.get(pattern.where) if passing is not None else None
        if found is None:
            keys, values = _split_tests(pattern.where)
            found = [f for f in partition if tuple(map(f.get, keys)) == values]
            if passing is not None:
                passing[pattern.where] = found
        if not found:
            return False
        candidates.append((pattern.name, found))
    by_name = dict(candidates)
    if item.shape.unordered and len(by_name[item.shape.unordered[0]]) < 2:
        return False
    distinct = item.rule.distinct_sources
    return not distinct or len({f["src"] for name in distinct for f in by_name[name]}) >= 2


@functools.lru_cache(maxsize=256)
def _split_tests(where: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A pattern's alpha tests as (fields, values): one map call per fact instead of a loop."""
    return tuple(k for k, _ in where), tuple(v for _, v in where)


def prune(
    partitions: Iterable[list[dict[str, str]]],
    rules: Sequence[LoadedRule],
    focus: frozenset[str] | None = None,
) -> list[list[dict[str, str]]]:
    """Only the partitions in which at least one rule could fire (and, with `focus`, that hold
    a claim from one of those sources)."""
    single = single_fact_rules(rules)  # most partitions hold one fact: no other rule can fire there
    # For one fact, whether a one-pattern rule could fire depends only on the fields those rules
    # test (a pair needs two facts, distinct sources two sources): asked once per set of values.
    tested = sorted({key for item in single if item.shape for p in item.shape.patterns for key, _ in p.where})
    alone: dict[tuple[str | None, ...], bool] = {}

    def could(p: list[dict[str, str]]) -> bool:
        if len(p) > 1:
            return any_could_fire(p, rules)
        values = tuple(map(p[0].get, tested)) if p else ()
        found = alone.get(values)
        if found is None:
            found = alone[values] = any_could_fire(p, single)
        return found

    return [p for p in partitions if (focus is None or any(f["src"] in focus for f in p)) and could(p)]


def any_could_fire(partition: Sequence[Mapping[str, str]], rules: Sequence[LoadedRule]) -> bool:
    """Whether some rule could fire in this partition (rules testing the same fields for the
    same values share one scan of its facts)."""
    passing: dict[tuple[tuple[str, str], ...], list[Mapping[str, str]]] = {}
    return any(could_fire(partition, item, passing) for item in rules)


def single_fact_rules(rules: Sequence[LoadedRule]) -> list[LoadedRule]:
    """The rules of one pattern: the only ones that can fire in a partition of one fact."""
    return [item for item in rules if item.shape is not None and len(item.shape.patterns) == 1]


def plan(
    registry: Registry, rules: Sequence[LoadedRule], focus: frozenset[str] | None = None
) -> list[list[dict[str, str]]]:
    """The partitions to run: split, pruned, and big subjects reduced to value classes."""
    return collapse(prune(partition_facts(registry), rules, focus), registry, rules, focus)


class _Dispatcher:
    """Turns engine matches into check calls, and verdicts into matches."""

    def __init__(
        self, registry: Registry, rules: Sequence[LoadedRule], focus: frozenset[str] | None = None
    ) -> None:
        self._registry = registry
        self._focus = focus
        # per rule, what on_match asks each time: the check, its parameters, the patterns that
        # must differ in source (None: no such constraint)
        self._calls = {
            item.rule.id: (item.spec.function, item.params, tuple(item.rule.distinct_sources) or None, item)
            for item in rules
            if item.spec is not None
        }
        self.members: dict[str, tuple[str, ...]] = {}  # this partition's value classes
        self._settling: list[list[Match]] = []  # verdicts of the fact being asserted, in firing order
        self._class_sources: dict[str, set[str | None]] = {}
        # this partition's matched objects, their tiers and sources (None: an entity) by ref:
        # a claim meets many others
        self._found: dict[str, tuple[Matched, Tier, str | None]] = {}
        self.result = RunResult()
        # the firing being dispatched: its refs, matched objects and tiers, and what was decided
        self._firing_refs: Mapping[str, str] | None = None
        self._firing: tuple[dict[str, Matched], dict[str, Tier]] = ({}, {})
        self._firing_sources: dict[str, str | None] = {}  # the firing's claims' sources by pattern name
        self._apart = False
        self._distinct_seen: dict[tuple[str, ...], bool] = {}
        self.accept: frozenset[str] | None = None  # a sweep's window: only these rules report

    def new_partition(self, registry: Registry | None = None) -> None:
        """Forget the previous partition's classes and objects (and look claims up in `registry`)."""
        if registry is not None:
            self._registry = registry
        self.members, self._class_sources, self._found = {}, {}, {}
        self._firing_refs = None

    def _matched(self, refs: Mapping[str, str]) -> tuple[dict[str, Matched], dict[str, Tier]]:
        """The matched objects and their tiers by pattern name (their sources: `_firing_sources`)."""
        matched: dict[str, Matched] = {}
        tiers: dict[str, Tier] = {}
        sources: dict[str, str | None] = {}
        for name, ref in refs.items():
            found = self._found.get(ref)
            if found is None:
                obj = self.lookup(ref)
                source = None if isinstance(obj, Entity) else obj.source
                found = self._found[ref] = (obj, self.tier(obj), source)
            matched[name], tiers[name], sources[name] = found
        self._firing_sources = sources
        return matched, tiers

    def lookup(self, ref: str) -> Matched:
        kind, _, ident = ref.partition(":")  # refs come from our own facts: 'c:<id>' or 'e:<id>'
        if kind == _ENTITY:
            return self._registry.entities[ident]
        if kind != _CLAIM:
            parse_ref(ref)  # raises, naming the bad ref
        return self._registry.claim(ident)

    def tier(self, obj: Matched) -> Tier:
        return Tier.REFERENCE if isinstance(obj, Entity) else self._registry.sources[obj.source].tier

    def _about_focus(self, rule: Rule, matched: Mapping[str, Matched]) -> bool:
        """True when a focus source's claim is what the finding is about: in a `group_by` pattern
        when the rule has one (a summary's date must not be blamed for a registry duration)."""
        names = rule.group_by or list(matched)
        return any(getattr(matched[n], "source", None) in (self._focus or ()) for n in names)

    def _sources(self, obj: Matched) -> set[str | None]:
        """The sources a matched fact speaks for: its class's members' when it stands for one."""
        if isinstance(obj, Entity):
            return {None}
        members = self.members.get(obj.id)
        if members is None:
            return {obj.source}
        found = self._class_sources.get(obj.id)
        if found is None:
            found = self._class_sources[obj.id] = {self._registry.claim(m).source for m in members}
        return found

    def _distinct(self, names: Sequence[str], matched: Mapping[str, Matched]) -> bool:
        """Whether the patterns `names` (a rule's `distinct_sources`) can come from different
        sources: for two value classes, some member of one and some member of the other differ."""
        if not self.members:  # no value classes: one source per side
            sources = self._firing_sources
            return len({sources[n] for n in names}) == len(names)
        sets = [self._sources(matched[n]) for n in names]
        if all(len(s) == 1 for s in sets):
            return len(set().union(*sets)) == len(sets)
        if len(sets) == 2:
            return not (len(sets[0]) == 1 and sets[0] == sets[1])
        return len(set().union(*sets)) >= len(sets)

    def _expanded(self, item: LoadedRule, matched: dict[str, Matched]) -> list[dict[str, Matched]]:
        """One matched set per member of the reported patterns' classes (pair rules compare
        classes, so they keep the representatives)."""
        combos = [matched]
        if pair_rule(item) or not self.members:
            return combos
        for name in reported_patterns(item):
            members = self.members.get(matched[name].id) if name in matched else None
            if members:
                combos = [{**c, name: self._registry.claim(m)} for c in combos for m in members]
        return combos

    def on_match(self, rule_id: str, refs: Mapping[str, str]) -> list[dict[str, str]] | None:
        if self.accept is not None and rule_id not in self.accept:
            return None
        function, params, distinct, item = self._calls[rule_id]
        if refs is not self._firing_refs:  # a new firing; rules sharing one reuse its look-ups
            self._new_firing(refs)
        matched, tiers = self._firing
        if distinct is not None and not self._distinct_once(distinct, matched):
            return None
        if self._apart:
            return None  # an editor split this automatic link (claims/links.yaml not-same)
        rule = item.rule
        if self._focus is not None and not self._about_focus(rule, matched):
            return None
        verdict = function(CheckInput(matched, tiers, params))
        if verdict is None:
            return None
        undeclared = _undeclared(item, verdict)
        if undeclared:
            self.result.errors.append(undeclared)
            return None
        self._settling.append([Match(rule, verdict, m) for m in self._expanded(item, matched)])
        return None

    def _new_firing(self, refs: Mapping[str, str]) -> None:
        """Look up a firing's matched objects once for every rule it serves (the adapter hands
        each rule of one firing the same refs)."""
        self._firing_refs = refs
        self._firing = matched, _ = self._matched(refs)
        self._apart = bool(self._registry.frames.not_same) and self._registry.frames.apart(
            [obj.id for obj in matched.values() if not isinstance(obj, Entity)]
        )
        self._distinct_seen.clear()

    def _distinct_once(self, names: tuple[str, ...], matched: Mapping[str, Matched]) -> bool:
        """`_distinct`, once per firing for each set of patterns that must differ in source."""
        found = self._distinct_seen.get(names)
        if found is None:
            found = self._distinct_seen[names] = self._distinct(names, matched)
        return found

    def settled(self) -> None:
        """One asserted fact's firings are done: its verdicts become matches, the last one first
        (the order in which a collector rule used to receive them as chained finding facts; the
        findings' sides keep the order of earlier versions' reports)."""
        for matches in reversed(self._settling):
            self.result.matches.extend(matches)
        self._settling.clear()


def _undeclared(item: LoadedRule, verdict: Verdict) -> str | None:
    """An error when a check returns an outcome or detail key its spec does not declare."""
    assert item.spec is not None
    if verdict.outcome not in item.spec.outcomes:
        return f"{item.rule.id}: check '{item.spec.name}' returned undeclared outcome '{verdict.outcome}'"
    extra = set(verdict.details) - item.spec.details
    if extra:
        return f"{item.rule.id}: check '{item.spec.name}' returned undeclared detail(s) {', '.join(sorted(extra))}"
    return None


class PartitionRunner:
    """One engine and its dispatcher: feed it partitions, get each partition's matches back."""

    def __init__(
        self, registry: Registry, rules: Sequence[LoadedRule], focus: frozenset[str] | None = None
    ) -> None:
        self.rules = [item for item in rules if item.rule.enabled and item.on_engine]
        self._dispatcher = _Dispatcher(registry, self.rules, focus)
        self._engine = Engine(
            [item.shape for item in self.rules if item.shape],
            self._dispatcher.on_match,
            self._dispatcher.settled,
        )
        self._sweep_rules = sweep_rules(self.rules)
        self._sweeps: list[Sweep] = []

    def run(self, partition: list[dict[str, str]]) -> tuple[list[Match], list[str]]:
        """The matches and engine errors of one partition (a swept subject's figures: their
        per-source matches here, the subject itself in `take_sweeps`)."""
        matches, errors = self._dispatcher.result.matches, self._engine.errors
        start_matches, start_errors = len(matches), len(errors)
        self._dispatcher.new_partition()
        swept: dict[str, list[dict[str, str]]] = {}
        kept = []
        for fact in partition:
            if SWEEP in fact:
                swept.setdefault(fact["key"], []).append(fact)
            else:
                kept.append(fact)
        facts = [self._strip_members(fact) if MEMBERS in fact else fact for fact in kept]
        self._engine.run(facts)
        for reps in swept.values():
            self._sweep(reps)
        errors.extend(self._dispatcher.result.errors)
        self._dispatcher.result.errors.clear()
        found, raised = matches[start_matches:], errors[start_errors:]
        # handed back, not kept: a runner lives as long as its worker, and every match it kept
        # would keep its claims alive (finding refs only need to be unique within a partition)
        del matches[start_matches:]
        del errors[start_errors:]
        return found, raised

    def take_sweeps(self) -> list[Sweep]:
        """The subjects swept since the last call (grade/swept.py makes their findings)."""
        found, self._sweeps = self._sweeps, []
        return found

    def _sweep(self, reps: list[dict[str, str]]) -> None:
        """One swept subject on the engine: each source's classes together (the rules that
        compare one source's figures, and every one-pattern rule once per class), then each class
        with its neighbours in sorted order, whose verdicts must be what the bands say."""
        sweep = reps[0][SWEEP]
        assert isinstance(sweep, Sweep)
        facts = {fact["ref"]: {k: v for k, v in fact.items() if k != SWEEP} for fact in reps}
        facts = {ref: self._strip_members(f) if MEMBERS in f else f for ref, f in facts.items()}
        dispatcher = self._dispatcher
        by_source: dict[str, list[dict[str, str]]] = {}
        for fact in facts.values():
            by_source.setdefault(fact["src"], []).append(fact)
        dispatcher.accept = self._sweep_rules.per_source if self._sweep_rules else frozenset()
        matches = dispatcher.result.matches
        before = len(matches)
        for source, group in by_source.items():
            self._engine.run([{**f, "key": f"{f['key']}~s~{source}"} for f in group])
        dispatcher.accept = None
        if any(len(match.matched) > 1 for match in matches[before:]):
            # one report's two figures disagree (FC103): grouping joins that finding with the
            # frame's pairs between reports, which the sweep does not model; pair by pair instead
            del matches[before:]
            self._engine.run(list(facts.values()))
            return
        graph = Graph(sweep.figures, Levels(sweep.pair))
        dispatcher.accept = frozenset(item.rule.id for item in sweep.pair)
        for start in range(0, len(graph), WINDOW // 2):
            window = graph.figures[start : start + WINDOW]
            if len(window) < 2:
                continue
            before = len(matches)
            self._engine.run(
                [{**facts[claim_ref(f.claim_id)], "key": f"{sweep.key}~n~{start}"} for f in window]
            )
            found = matches[before:]
            del matches[before:]
            dispatcher.result.errors.extend(_unexpected(graph, start, len(window), found))
        dispatcher.accept = None
        self._sweeps.append(sweep)

    def use(self, registry: Registry) -> None:
        """Look claims up in `registry` from now on (a partition's own claims, read from the store)."""
        self._dispatcher.new_partition(registry)

    def _strip_members(self, fact: dict[str, str]) -> dict[str, str]:
        """A class representative's fact without its member list (which the dispatcher keeps)."""
        self._dispatcher.members[fact["ref"][2:]] = tuple(fact[MEMBERS].split(","))
        return {k: v for k, v in fact.items() if k != MEMBERS}

    def close(self) -> None:
        """Free the engine."""
        self._engine.close()


def _unexpected(graph: Graph, start: int, length: int, found: Sequence[Match]) -> list[str]:
    """Where the engine's verdicts in one neighbour window differ from the sweep's bands (the
    checks' tolerance data): an engine error each, so a wrong band is never silent."""
    position = {graph.figures[i].claim_id: i for i in range(start, start + length)}
    seen: dict[tuple[int, int], str] = {}
    for match in found:
        i, j = sorted(position[obj.id] for obj in match.matched.values())
        seen[(i, j)] = f"{match.rule.id} {match.verdict.outcome}"
    errors = []
    for i in range(start, start + length):
        for j in range(i + 1, start + length):
            level = graph.level(i, j) if graph.allowed(i, j) else (0, "", "")
            expected = f"{level[1]} {level[2]}" if level[0] else None
            if seen.get((i, j)) != expected:
                errors.append(
                    f"sweep of {graph.figures[i].claim_id} and {graph.figures[j].claim_id}: the checks said "
                    f"{seen.get((i, j)) or 'nothing'}, their tolerance data {expected or 'nothing'}"
                )
    return errors


Record = tuple[str, Verdict, dict[str, str]]


def match_builder(
    registry: Registry, rules: Sequence[LoadedRule]
) -> Callable[[Iterable[Record]], list[Match]]:
    """A function turning compact records (see Match.record) back into Matches."""
    by_id = {item.rule.id: item.rule for item in rules}
    lookup = _Dispatcher(registry, []).lookup

    def build(records: Iterable[Record]) -> list[Match]:
        return [
            Match(by_id[rule_id], verdict, {name: lookup(ref) for name, ref in refs.items()})
            for rule_id, verdict, refs in records
        ]

    return build


def rebuild(registry: Registry, rules: Sequence[LoadedRule], records: Iterable[Record]) -> list[Match]:
    """Matches from their compact records (see Match.record)."""
    return match_builder(registry, rules)(records)
