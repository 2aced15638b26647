"""The findings of a swept subject (engine/sweep.py), made from its bands instead of its pairs.

A swept subject's pairs are graded and grouped as grade/grouping.py groups the pairwise
findings of one frame (`_errors`, `_by_level`): the most severe pairs with the nearer and slight
pairs that touch their decisive outliers, a nearer error with an outlier of its own, the slight
pairs among sources that agree against those outliers. The pair sets are bands plus the few
pairs touching an outlier (engine/sweep.py `Edges`); the covers are grouping's `_cover`, run on
the bands. Each finding lists every claim with a pair in its group (a class's members that
another source on the other side disagrees with), with the outliers, split, confidence, count
of pairs and fingerprint that the pairwise findings grouped would get. The sides are listed in
sorted order of value (the pairwise path lists them in the engine's firing order), so the
message's camps may list values in another order.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.engine.runner import Match
from factcheck.engine.sweep import Edges, Graph, Levels, Sweep
from factcheck.grade.grouping import Expand, grouped_finding
from factcheck.model import Finding, Grade, Side
from factcheck.registry import Registry
from factcheck.rules import LoadedRule
from factcheck.rules.checks import CheckInput
from factcheck.rules.checks.base import Matched

# grade/grading.py's makers of a side and of one pair's finding (passed in: grading imports this)
MakeSide = Callable[[Registry, Matched], Side]
MakeFinding = Callable[[Match, Registry], Finding]


def swept_findings(
    sweep: Sweep, registry: Registry, expand: Expand, make_side: MakeSide, make_finding: MakeFinding
) -> list[Finding]:
    """The grouped findings of one swept subject, as grouping's `_errors` splits the pairs of a
    frame: the most severe pairs with what touches their outliers, a nearer error with an outlier
    of its own, the slight pairs among sources that agree against those outliers."""
    rules = {item.rule.id: item for item in sweep.pair}
    graph = Graph(sweep.figures, Levels(sweep.pair))
    reps = [expand(make_side(registry, registry.claim(f.claim_id))) for f in graph.figures]
    major = Grade.MAJOR.rank
    ranks = graph.levels.ranks
    severe_ranks = Edges(graph, (major, ranks[-1])).ranks()
    slight = Edges(graph, (ranks[0], major - 1))
    groups: list[Edges] = []
    worst: Edges | None = None
    nearer: Edges | None = None
    if severe_ranks:
        worst, nearer = _by_level(graph, severe_ranks, reps)
    has_slight = slight.count() > 0
    outliers_w = worst.cover(decisive=True) if worst is not None and has_slight else []
    outliers_n = nearer.cover(decisive=True) if nearer is not None and has_slight else []
    band = (ranks[0], major - 1)
    if worst is not None:
        groups.append(_with(worst, [(o, j) for o in outliers_w for j in graph.partners(o, *band)]))
    if nearer is not None:
        touching = set(outliers_w)
        into = [(o, j) for o in outliers_n for j in graph.partners(o, *band) if j not in touching]
        groups.append(_with(nearer, into))
    if has_slight:
        groups.append(Edges(graph, band, excluded=set(outliers_w) | set(outliers_n)))
    return [_finding(edges, registry, rules, reps, make_finding) for edges in groups if edges.count()]


def _with(edges: Edges, extra: list[tuple[int, int]]) -> Edges:
    """The same pairs and these ones too."""
    pairs = [(i, j) for i, found in edges.extra.items() for j in found if i < j] + extra
    return Edges(edges.graph, edges.band, edges.excluded, pairs)


def _by_level(graph: Graph, severe: list[int], reps: list[list[Side]]) -> tuple[Edges, Edges | None]:
    """grouping's `_by_level`: the most severe pairs (with the nearer pairs touching their
    decisive outliers) and, when a nearer outlier more other outlets than its own single out
    stands apart from them, the nearer pairs as an error of their own."""
    top, major = severe[0], Grade.MAJOR.rank
    everything = Edges(graph, (major, top))
    if len(severe) == 1:
        return everything, None
    outliers = Edges(graph, (top, top)).cover(decisive=True)
    if not outliers:
        return everything, None
    nearer = Edges(graph, (major, top - 1), excluded=outliers)
    picked = nearer.cover(decisive=True)
    blamed = {m.source for c in picked for m in reps[c]}
    worse = {m.source for c in outliers for m in reps[c]}
    involved = {i for i in range(len(graph)) if next(iter(nearer.partners(i)), None) is not None}
    others = {m.source for i in involved for m in reps[i]} - blamed
    if not picked or len(others) <= len(blamed) or blamed & worse:
        return everything, None
    kept = [(o, j) for o in outliers for j in graph.partners(o, major, top - 1)]
    return Edges(graph, (top, top), extra=kept), nearer


def _finding(
    edges: Edges,
    registry: Registry,
    rules: dict[str, LoadedRule],
    reps: list[list[Side]],
    make_finding: MakeFinding,
) -> Finding:
    """One group's finding: the pair itself when it is one pair of two single claims, else the
    pairs merged as grouping's `_merged` merges them."""
    graph = edges.graph
    heads = []
    for rank in edges.ranks():
        far = edges.farthest(rank)
        assert far is not None
        heads.append(_pair_finding(graph, far, registry, rules, make_finding))
    head = max(heads, key=lambda f: (f.grade.rank, f.confidence))
    count = edges.count()
    if count == 1:
        only = edges.farthest(edges.ranks()[0])
        assert only is not None
        if all(len(reps[i]) == 1 for i in only):
            return heads[0]
    sides = _sides(edges, reps)
    outliers = [m.claim_id for c in edges.cover() for m in reps[c]]
    names = " + ".join(sorted({f.rule_name for f in heads}, key=lambda n: n != head.rule_name))
    return grouped_finding(head, names, count, max(f.confidence for f in heads), sides, outliers)


def _pair_finding(
    graph: Graph,
    pair: tuple[int, int],
    registry: Registry,
    rules: dict[str, LoadedRule],
    make_finding: MakeFinding,
) -> Finding:
    """The finding the pairwise path makes for one pair: the rule's real check, graded."""
    i, j = pair
    rule_id = graph.level(i, j)[1]
    item = rules[rule_id]
    a, b = registry.claim(graph.figures[i].claim_id), registry.claim(graph.figures[j].claim_id)
    tiers = {"a": registry.sources[a.source].tier, "b": registry.sources[b.source].tier}
    assert item.spec is not None
    verdict = item.spec.function(CheckInput({"a": a, "b": b}, tiers, item.params))
    assert verdict is not None, f"{rule_id}: the check gave no verdict where its tolerance data did"
    return make_finding(Match(item.rule, verdict, {"a": a, "b": b}), registry)


def _sides(edges: Edges, reps: list[list[Side]]) -> dict[str, Side]:
    """grouping's `_sides`: every figure with a pair in the group, a class expanded into those of
    its members that a source on the other side disagrees with; in sorted order of value."""
    graph = edges.graph
    sides: dict[str, Side] = {}
    for i in sorted(range(len(graph)), key=lambda i: graph.values[i]):
        members = reps[i]
        if len(members) == 1:
            if next(iter(edges.partners(i)), None) is not None:
                sides.setdefault(members[0].claim_id, members[0])
            continue
        others: set[str] = set()
        for j in edges.partners(i):
            others |= graph.figures[j].sources
            if len(others) > 1:
                break
        for member in members:
            if others - {member.source}:
                sides.setdefault(member.claim_id, member)
    return sides
