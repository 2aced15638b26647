"""Value classes: the claims of one big subject that say the same thing meet the engine as one fact.

A war's death toll quoted by thousands of articles is one subject with thousands of claims;
comparing every pair is quadratic (1,000 counts took 434 s and produced 389k findings). Most
of those claims repeat a few figures. Claims of one subject whose every compared field is equal
(value, unit, qualifiers, dates, tier, link...; not their id, source, words or position) form
a value class; the engine sees one representative fact per class, carrying the ids of its
members, and matches representatives against each other: for a subject with C distinct values
that is C² / 2 firings instead of N² / 2, and each claim is looked at once.

What each rule then sees:
* a pair rule (`unordered`, both patterns from distinct sources) compares two classes once; its
  finding stands for every member of both, and grading lists them all (one finding per cluster
  disagreement, see grade/grouping.py). Two classes pair when some member of one and some
  member of the other come from different sources.
* any other rule gets one match per member of the patterns it reports on (`group_by`, else all
  of them), with the same verdict: members are equal in every field a check compares.

Only kinds that a pair rule compares are collapsed, only subjects with at least CLASS_MIN claims
(small subjects run claim by claim, as before), and never a claim an editor kept apart
(claims/links.yaml not-same) or a claim of a checked document (`focus`): those stay their own
class. Checks of collapsed kinds must not read a claim's id, source, words or span (the
quantity, date, quote and relation checks do not).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from factcheck.model import Claim
from factcheck.model.ids import parse_ref
from factcheck.registry import Registry
from factcheck.rules import LoadedRule

# a swept subject's planner (engine/sweep.py): its class representatives, a claim look-up and the
# claims an editor kept apart -> the subject's plan, or None to run it pair by pair
Planner = Callable[[list[dict[str, str]], Callable[[str], Any], set[str]], Any]

CLASS_MIN = 32  # a subject with fewer claims of a kind is asserted claim by claim
MEMBERS = "members"  # fact field listing a representative's member claim ids (stripped before the engine)
SWEEP = "sweep"  # fact field holding a swept subject's plan (engine/sweep.py; stripped before the engine)
_NOT_COMPARED = frozenset({"id", "source", "text", "span", "note"})


def pair_rule(item: LoadedRule) -> bool:
    """True for a rule comparing two facts in either order from two different sources."""
    shape = item.shape
    return (
        shape is not None
        and shape.unordered is not None
        and set(shape.unordered) <= set(item.rule.distinct_sources)
    )


def reported_patterns(item: LoadedRule) -> list[str]:
    """The patterns a non-pair rule reports on: a finding per member of these."""
    assert item.shape is not None
    return list(item.rule.group_by) or [p.name for p in item.shape.patterns]


def _kind_of(where: Sequence[tuple[str, str]]) -> str | None:
    """The claim kind a pattern tests, or None when it matches any kind (or no claims)."""
    tests = dict(where)
    return tests.get("kind") if tests.get("t", "claim") == "claim" else "-"


def collapsible_kinds(rules: Iterable[LoadedRule]) -> frozenset[str]:
    """Kinds a pair rule compares, unless another rule reports on two patterns at once and one
    of them is of that kind (expanding such a match over members would not be linear)."""
    compared: set[str] = set()
    unsafe: set[str] = set()
    for item in rules:
        if item.shape is None:
            continue
        kinds = {p.name: _kind_of(p.where) for p in item.shape.patterns}
        if pair_rule(item):
            compared.update(k for k in kinds.values() if k)
            continue
        reported = [kinds[name] for name in reported_patterns(item)]
        if len(reported) > 1:  # a match per combination of members: not linear
            unsafe.update("*" if k is None else k for k in reported)
    return frozenset() if "*" in unsafe else frozenset(compared - unsafe)


def _signature(claim: Claim, fact: dict[str, str]) -> str:
    """Everything a rule or check compares: the fact's fields and the claim's values."""
    values = claim.model_dump(mode="json", exclude=set(_NOT_COMPARED))
    tested = {k: v for k, v in fact.items() if k not in ("src", "ref")}
    return json.dumps([tested, values], sort_keys=True)


def _alone(registry: Registry) -> set[str]:
    """Claims an editor kept apart from another: never merged into a class."""
    return {claim_id for pair in registry.frames.not_same for claim_id in pair}


def collapse(
    partitions: Iterable[list[dict[str, str]]],
    registry: Registry,
    rules: Sequence[LoadedRule],
    focus: frozenset[str] | None = None,
    kinds: frozenset[str] | None = None,
    sweep: Planner | None = None,
) -> list[list[dict[str, str]]]:
    """The partitions with each big subject's claims replaced by one fact per value class
    (`kinds`: the rules' collapsible kinds, when the caller computed them once for many calls;
    `sweep`: the planner of a big subject of quantities that may be swept (engine/sweep.py):
    its representatives then carry the plan in the SWEEP field)."""
    if kinds is None:
        kinds = collapsible_kinds(item for item in rules if item.rule.enabled and item.on_engine)
    alone = _alone(registry) if kinds else set()
    result = []
    for partition in partitions:
        if len(partition) < CLASS_MIN:  # no subject of it can be big (most partitions)
            result.append(partition)
            continue
        by_subject: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
        for fact in partition:
            if fact["t"] == "claim" and fact["kind"] in kinds:
                by_subject[(fact["kind"], fact["key"])].append(fact)
        big = {key for key, facts in by_subject.items() if len(facts) >= CLASS_MIN}
        if not big:
            result.append(partition)
            continue
        kept = [f for f in partition if not (f["t"] == "claim" and (f["kind"], f["key"]) in big)]
        for key in sorted(big):
            reps = _classes(by_subject[key], registry, alone, focus)
            if sweep is not None and focus is None and key[0] == "quantity":
                planned = sweep(reps, registry.claim, alone)
                if planned is not None:
                    reps = [{**fact, SWEEP: planned} for fact in reps]
            kept += reps
        result.append(kept)
    return result


def _classes(
    facts: list[dict[str, str]], registry: Registry, alone: set[str], focus: frozenset[str] | None
) -> list[dict[str, str]]:
    """One representative fact per value class, in order of first appearance."""
    classes: dict[str, list[dict[str, str]]] = {}
    for fact in facts:
        claim_id = parse_ref(fact["ref"])[1]
        if claim_id in alone or (focus is not None and fact["src"] in focus):
            signature = "\x00" + claim_id
        else:
            signature = _signature(registry.claim(claim_id), fact)
        classes.setdefault(signature, []).append(fact)
    reps = []
    for members in classes.values():
        rep = dict(members[0])
        if len(members) > 1:
            rep[MEMBERS] = ",".join(parse_ref(f["ref"])[1] for f in members)
        reps.append(rep)
    return reps


def classes_in(partitions: Iterable[Sequence[dict[str, str]]]) -> dict[str, tuple[str, ...]]:
    """Representative claim id -> the ids of every member of its class (itself first)."""
    return {
        parse_ref(fact["ref"])[1]: tuple(fact[MEMBERS].split(","))
        for partition in partitions
        for fact in partition
        if MEMBERS in fact
    }
