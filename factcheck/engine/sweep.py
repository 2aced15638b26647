"""Sweep: a big subject whose figures mostly differ, compared in sorted order, not pair by pair.

Value classes (engine/classes.py) make a subject of many repeated figures cheap; a subject whose
figures all differ (a toll reported as 40, 41, 42 ... by thousands of reports) still meets the
engine as one class per figure, and comparing every pair is quadratic (1,000 figures ran for
over 12 minutes). For plain figures (rules/checks/quantities.py `plain_point`: one positive
number, nothing else a check reads) the quantity checks expose their tolerance as data
(CheckSpec.point): the verdict on two figures depends only on the smaller, the bigger and whether
both are exact whole counts, and it is monotone in the gap. Seen from one figure, the others of
each kind (exact counts, rounded ones) in sorted order form bands: the same figure, close counts,
outside the tolerance, far apart. So every pairwise disagreement is known from a few binary
searches per figure, and grading (grade/swept.py) builds the same grouped findings as from the
pairwise matches, without making them.

The engine still does the matching: each class meets its neighbours in sorted order (windows of
WINDOW classes), and the verdicts there are held to what the bands predict (a difference is an
engine error, never silent); each source's own classes meet each other (rules such as FC103 that
compare one report's figures), and every class meets the one-pattern rules once.

A subject is swept only when it is safe to: at least SWEEP_MIN classes, every one plain, in one
unit, none an editor kept apart, no checked document (`check` keeps pairs); and the only rules on
quantities with two patterns are pair rules whose checks expose point tolerance (one far-apart
rule and one tolerance rule with equal `min_ratio`, bands that are monotone, and grades that
rise with the gap) and rules that compare one source's claims. Anything else runs pair by pair.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import msgspec

from factcheck.engine.classes import MEMBERS, Planner, _kind_of, pair_rule
from factcheck.model import Grade, QuantityClaim
from factcheck.model.ids import parse_ref
from factcheck.rules import LoadedRule
from factcheck.rules.checks.quantities import (
    exact_point,
    magnitude_gap_point,
    number_tolerance_point,
    plain_point,
    point_monotone,
)

SWEEP_MIN = 32  # classes of one subject from which it is swept (fewer: pairs are cheap)
WINDOW = 4  # classes per neighbour window the engine sees
KIND = "quantity"

# a pair's level: 0 none, else the grade rank of the finding it gives
Level = tuple[int, str, str]  # (rank, rule id, outcome)
_NONE: Level = (0, "", "")


class Figure(msgspec.Struct, frozen=True):
    """One value class of a swept subject: its representative, value, kind and members' sources."""

    claim_id: str
    value: float
    exact: bool
    sources: frozenset[str]
    size: int


class Sweep(msgspec.Struct):
    """A swept subject: its classes and the pair rules that compare them (held in the process
    that runs and grades the partition: never sent between processes)."""

    key: str
    figures: list[Figure]
    pair: tuple[LoadedRule, ...]


class SweepRules(msgspec.Struct, frozen=True):
    """The pair rules a sweep replaces and the rules it runs per source."""

    pair: tuple[LoadedRule, ...]
    per_source: frozenset[str]


def sweep_rules(rules: Iterable[LoadedRule]) -> SweepRules | None:
    """The rules on quantities, when a sweep can stand for their pairs (see the module)."""
    pair: list[LoadedRule] = []
    per_source: set[str] = set()
    for item in rules:
        if item.shape is None or item.spec is None:
            continue
        kinds = {_kind_of(p.where) for p in item.shape.patterns}
        if not kinds & {KIND, None}:
            continue
        if len(item.shape.patterns) == 1:
            per_source.add(item.rule.id)  # one claim at a time: met once per class
        elif pair_rule(item) and item.spec.point is not None:
            pair.append(item)
        elif item.spec.same_source_only:
            per_source.add(item.rule.id)
        else:
            return None
    return SweepRules(tuple(pair), frozenset(per_source)) if _banded(pair) else None


def _banded(pair: Sequence[LoadedRule]) -> bool:
    """The standard shape: one far-apart rule and one tolerance rule, one ratio between them,
    monotone bands, grades never falling as the gap grows (close counts at most the tolerance's
    grade, which is major or above; far apart above it). Close counts were minor when the sweep
    was written and are major since session 26's grading change: equal grades still make bands."""
    points = {item.spec.point: item for item in pair if item.spec is not None}
    far, tol = points.get(magnitude_gap_point), points.get(number_tolerance_point)
    if len(pair) != 2 or far is None or tol is None:
        return False
    if float(far.params["min_ratio"]) != float(tol.params["min_ratio"]) or not point_monotone(tol.params):
        return False
    close = tol.rule.grade_for("close-counts").rank
    outside = tol.rule.grade_for("outside-tolerance").rank
    return 0 < close <= outside < far.rule.grade_for("far-apart").rank and Grade.MAJOR.rank <= outside


class Levels:
    """The level of two figures under the sweep's pair rules."""

    def __init__(self, pair: Sequence[LoadedRule]) -> None:
        self.rules = {item.rule.id: item for item in pair}
        self._calls = [
            (item.spec.point, item.params, item.rule)
            for item in pair
            if item.spec is not None and item.spec.point
        ]
        self.ranks = sorted(
            {
                item.rule.grade_for(o).rank
                for item in pair
                for o in ("far-apart", "outside-tolerance", "close-counts")
            }
        )

        self._levels: dict[tuple[str, str], Level] = {}

    def __call__(self, a: float, b: float, exact: bool) -> Level:
        small, big = (a, b) if a <= b else (b, a)
        for point, params, rule in self._calls:
            found = point(params, small, big, exact)
            if found is not None:
                level = self._levels.get((rule.id, found[0]))
                if level is None:
                    level = self._levels[(rule.id, found[0])] = (
                        rule.grade_for(found[0]).rank,
                        rule.id,
                        found[0],
                    )
                return level
        return _NONE


def figures_of(claims: Sequence[tuple[QuantityClaim, frozenset[str], int]]) -> list[Figure] | None:
    """The figures of one subject's classes (representative claim, members' sources, size), or
    None when one of them is not a plain figure in the subject's one unit."""
    units = {claim.unit for claim, _, _ in claims}
    if len(units) != 1 or not all(plain_point(claim) for claim, _, _ in claims):
        return None
    return [
        Figure(claim.id, float(claim.value or 0), exact_point(claim), sources, size)
        for claim, sources, size in claims
    ]


def _first(lo: int, hi: int, pred: Callable[[int], bool]) -> int:
    """The first index in [lo, hi) where a monotone (false then true) predicate holds, else hi."""
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


class Graph:
    """Every pair of a swept subject's figures and its level, implicitly: positions sorted by
    kind (exact counts first) and value, so that the figures one figure disagrees with at some
    levels are a few contiguous bands."""

    def __init__(self, figures: Sequence[Figure], levels: Levels) -> None:
        order = sorted(figures, key=lambda f: (not f.exact, f.value, f.claim_id))
        self.figures = order
        self.levels = levels
        self.values = [f.value for f in order]
        self.exact = [f.exact for f in order]
        self.size = [f.size for f in order]
        split = sum(self.exact)
        self.spans = [(0, split), (split, len(order))]
        self.single = [next(iter(f.sources)) if len(f.sources) == 1 else None for f in order]
        self.by_source: dict[str, list[int]] = defaultdict(list)
        for index, source in enumerate(self.single):
            if source is not None:
                self.by_source[source].append(index)
        self.prefix = [0]
        for size in self.size:
            self.prefix.append(self.prefix[-1] + size)
        self._cut_cache: dict[int, list[tuple[dict[int, int], dict[int, int]]]] = {}
        ranked = sorted(range(len(order)), key=lambda i: order[i].claim_id)
        self.id_rank = [0] * len(order)
        for rank, index in enumerate(ranked):
            self.id_rank[index] = rank

    def __len__(self) -> int:
        return len(self.figures)

    def level(self, i: int, j: int) -> Level:
        return self.levels(self.values[i], self.values[j], self.exact[i] and self.exact[j])

    def allowed(self, i: int, j: int) -> bool:
        """Whether two classes pair (engine.runner `_distinct`): not one and the same source."""
        return i != j and not (self.single[i] is not None and self.single[i] == self.single[j])

    def bands(self, i: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """The position ranges whose figures are at a level of rank lo..hi from figure i (i's own
        source's figures included: see `allowed`)."""
        found = []
        for below, above in self._cuts(i):
            # below i, rank >= r on [start, below[r]); above it, on [above[r], end)
            first, stop = below.get(hi + 1, below[0]), below.get(lo, below[0])
            if first < stop:
                found.append((first, stop))
            first, stop = above.get(lo, above[0]), above.get(hi + 1, above[0])
            if first < stop:
                found.append((first, stop))
        return found

    def _cuts(self, i: int) -> list[tuple[dict[int, int], dict[int, int]]]:
        """Per kind of figure, where each rank starts on either side of figure i (computed once
        per figure: a few binary searches over the sorted values, since levels only rise with
        the gap). Key 0 holds the side's bound for ranks no pair reaches."""
        found = self._cut_cache.get(i)
        if found is not None:
            return found
        value, found = self.values[i], []
        for start, end in self.spans:
            if start == end:
                continue
            below = bisect.bisect_left(self.values, value, start, end)
            above = bisect.bisect_right(self.values, value, start, end)

            def rank(j: int) -> int:
                return self.level(i, j)[0]

            low_cuts, high_cuts = {0: start}, {0: end}
            low_stop, high_start = below, above
            for r in self.levels.ranks:
                # rank >= r: a prefix [start, cut) below i, a suffix [cut, end) above it
                low_stop = _first(start, low_stop, lambda j, r=r: rank(j) < r)  # type: ignore[misc]
                high_start = _first(high_start, end, lambda j, r=r: rank(j) >= r)  # type: ignore[misc]
                low_cuts[r], high_cuts[r] = low_stop, high_start
            top = self.levels.ranks[-1] + 1
            low_cuts[top], high_cuts[top] = start, end
            found.append((low_cuts, high_cuts))
        self._cut_cache[i] = found
        return found

    def degrees(self, lo: int, hi: int) -> tuple[list[int], list[int]]:
        """Per figure: the sizes of the figures it disagrees with at rank lo..hi, summed (as
        grouping's `_cover` weighs a class), and how many classes those are."""
        weighted, counted = [], []
        for i in range(len(self)):
            bands = self.bands(i, lo, hi)
            weight = sum(self.prefix[e] - self.prefix[s] for s, e in bands)
            count = sum(e - s for s, e in bands)
            for j in self._same_source(i, bands):
                weight -= self.size[j]
                count -= 1
            weighted.append(weight)
            counted.append(count)
        return weighted, counted

    def _same_source(self, i: int, bands: list[tuple[int, int]]) -> Iterable[int]:
        """Figures inside `bands` that do not pair with i (one and the same source)."""
        source = self.single[i]
        if source is None:
            return ()
        return [j for j in self.by_source[source] if j != i and any(s <= j < e for s, e in bands)]

    def decisive_empty(self, lo: int, hi: int) -> bool:
        """Whether grouping's decisive cover of these pairs stops before picking anyone: no pair,
        or two figures tie for the most disagreements."""
        weighted, _ = self.degrees(lo, hi)
        top = max(weighted, default=0)
        return top <= 0 or weighted.count(top) > 1

    def partners(self, i: int, lo: int, hi: int) -> Iterable[int]:
        """The figures i pairs with at rank lo..hi."""
        for start, end in self.bands(i, lo, hi):
            for j in range(start, end):
                if self.allowed(i, j):
                    yield j


class Edges:
    """A set of a swept subject's pairs: those at rank lo..hi (`band`) between figures not in
    `excluded`, and the `extra` pairs listed one by one (pairs touching a few outliers)."""

    def __init__(
        self,
        graph: Graph,
        band: tuple[int, int] | None,
        excluded: Iterable[int] = (),
        extra: Iterable[tuple[int, int]] = (),
    ) -> None:
        self.graph, self.band, self.excluded = graph, band, frozenset(excluded)
        self.extra: dict[int, set[int]] = defaultdict(set)
        for i, j in extra:
            self.extra[i].add(j)
            self.extra[j].add(i)

    def partners(self, i: int) -> Iterable[int]:
        if self.band is not None and i not in self.excluded:
            for j in self.graph.partners(i, *self.band):
                if j not in self.excluded:
                    yield j
        yield from self.extra.get(i, ())

    def degrees(self) -> tuple[list[float], list[int]]:
        """Per figure: the summed sizes of its partners (grouping's `_cover` weights) and their count."""
        graph = self.graph
        if self.band is None:
            weighted: list[float] = [0] * len(graph)
            counted = [0] * len(graph)
        else:
            found, counted = graph.degrees(*self.band)
            weighted = list(found)
            for x in self.excluded:
                for j in graph.partners(x, *self.band):
                    weighted[j] -= graph.size[x]
                    counted[j] -= 1
            for x in self.excluded:
                weighted[x], counted[x] = 0, 0
        for i, partners in self.extra.items():
            weighted[i] += sum(graph.size[j] for j in partners)
            counted[i] += len(partners)
        return weighted, counted

    def count(self) -> int:
        return sum(self.degrees()[1]) // 2

    def cover(self, decisive: bool = False) -> list[int]:
        """grouping's `_cover` of these pairs: the figure with most disagreements (weighted by
        class size; ties to the lowest claim id), its pairs removed, until none is left
        (`decisive`: until two tie). Positions, in the order picked."""
        tree = _MaxTree(self.degrees()[0], self.graph.id_rank)
        chosen: list[int] = []
        while tree.top() > 0:
            if decisive and tree.ties() > 1:
                break
            best = tree.best()
            chosen.append(best)
            self._remove(tree, best)
        return chosen

    def _remove(self, tree: _MaxTree, best: int) -> None:
        graph, size = self.graph, self.graph.size[best]
        tree.add(best, best + 1, -math.inf)
        if self.band is not None and best not in self.excluded:
            bands = graph.bands(best, *self.band)
            for start, end in bands:
                tree.add(start, end, -size)
            # inside the bands but no pair of best's: its own source's figures, excluded ones
            back = set(graph._same_source(best, bands))
            back.update(
                x for x in self.excluded if any(s <= x < e for s, e in bands) and graph.allowed(best, x)
            )
            for j in back:
                tree.add(j, j + 1, size)
        for j in self.extra.get(best, ()):
            tree.add(j, j + 1, -size)

    def farthest(self, rank: int) -> tuple[int, int] | None:
        """The pair at this rank with the biggest ratio (its confidence is the highest there)."""
        graph = self.graph
        best: tuple[float, int, int] | None = None

        def consider(i: int, j: int) -> None:
            nonlocal best
            small, big = sorted((graph.values[i], graph.values[j]))
            if best is None or big / small > best[0]:
                best = (big / small, i, j)

        if self.band is not None and self.band[0] <= rank <= self.band[1]:
            for i in range(len(graph)):
                if i in self.excluded:
                    continue
                for start, end in graph.bands(i, rank, rank):
                    for j in self._far_ends(i, start, end):
                        consider(i, j)
        for i, partners in self.extra.items():
            for j in partners:
                if graph.level(i, j)[0] == rank:
                    consider(i, j)
        return None if best is None else (best[1], best[2])

    def _far_ends(self, i: int, start: int, end: int) -> Iterable[int]:
        """The first partner of i from each end of a band (the farthest from i is one of them)."""
        for steps in (range(start, end), range(end - 1, start - 1, -1)):
            for j in steps:
                if j not in self.excluded and self.graph.allowed(i, j):
                    yield j
                    break

    def ranks(self) -> list[int]:
        """The ranks at which there is a pair, highest first."""
        return [r for r in reversed(self.graph.levels.ranks) if self.farthest(r) is not None]


class _MaxTree:
    """A segment tree over positions: add to a range, read the biggest value and the position
    holding it (ties to the lowest rank)."""

    def __init__(self, values: Sequence[float], rank: Sequence[int]) -> None:
        size = 1
        while size < max(1, len(values)):
            size *= 2
        self.size = size
        self.best_value: list[float] = [-math.inf] * (2 * size)
        self.best_rank: list[int] = [1 << 62] * (2 * size)
        self.best_pos: list[int] = [-1] * (2 * size)
        self.best_count: list[int] = [1] * (2 * size)
        self.lazy: list[float] = [0.0] * (2 * size)
        for pos, value in enumerate(values):
            self.best_value[size + pos], self.best_rank[size + pos], self.best_pos[size + pos] = (
                value,
                rank[pos],
                pos,
            )
        for node in range(size - 1, 0, -1):
            self._pull(node)

    def _pull(self, node: int) -> None:
        left, right = 2 * node, 2 * node + 1
        lv, rv = self.best_value[left], self.best_value[right]
        pick = left if lv > rv or (lv == rv and self.best_rank[left] <= self.best_rank[right]) else right
        self.best_count[node] = (
            self.best_count[left] + self.best_count[right] if lv == rv else self.best_count[pick]
        )
        self.best_value[node] = self.best_value[pick] + self.lazy[node]
        self.best_rank[node] = self.best_rank[pick]
        self.best_pos[node] = self.best_pos[pick]

    def add(self, start: int, end: int, delta: float) -> None:
        self._add(1, 0, self.size, start, end, delta)

    def _add(self, node: int, lo: int, hi: int, start: int, end: int, delta: float) -> None:
        if end <= lo or hi <= start:
            return
        if start <= lo and hi <= end:
            self.lazy[node] += delta
            self.best_value[node] += delta
            return
        mid = (lo + hi) // 2
        self._add(2 * node, lo, mid, start, end, delta)
        self._add(2 * node + 1, mid, hi, start, end, delta)
        self._pull(node)

    def top(self) -> float:
        return self.best_value[1]

    def best(self) -> int:
        return self.best_pos[1]

    def ties(self) -> int:
        """How many positions hold the biggest value."""
        return self.best_count[1]


def planner(rules: Iterable[LoadedRule]) -> Planner | None:
    """collapse()'s planner of swept subjects for these rules, or None when no subject can be
    swept under them."""
    found = sweep_rules(rules)
    if found is None:
        return None
    return lambda reps, claim, alone: plan_sweep(reps, claim, found, alone)


def plan_sweep(
    reps: Sequence[dict[str, str]], claim: Callable[[str], object], rules: SweepRules, alone: set[str]
) -> Sweep | None:
    """The sweep of one big subject's class representatives (facts with MEMBERS when a class
    has several), or None when it must run pair by pair (see the module)."""
    if len(reps) < SWEEP_MIN:
        return None
    rows = []
    for fact in reps:
        rep_id = parse_ref(fact["ref"])[1]
        members = fact[MEMBERS].split(",") if MEMBERS in fact else [rep_id]
        if alone & set(members):
            return None
        found = claim(rep_id)
        if not isinstance(found, QuantityClaim):
            return None
        sources = (
            frozenset(getattr(claim(m), "source", "") for m in members)
            if len(members) > 1
            else frozenset({found.source})
        )
        rows.append((found, sources, len(members)))
    figures = figures_of(rows)
    if figures is None:
        return None
    return Sweep(reps[0]["key"], figures, rules.pair)
