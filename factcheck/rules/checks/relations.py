"""Checks on relations: a reversed direction, different member lists."""

from __future__ import annotations

from factcheck.extract.roles import PREDICATE as ROLE
from factcheck.extract.roles import holder_label, parse_role, role_conflict
from factcheck.model import RelationClaim
from factcheck.rules.checks.base import CheckInput, Verdict, lower_tier_side, pair, spec


def _norm(value: str | None) -> str | None:
    return value.strip().casefold() if value is not None else None


def relation_reversed(data: CheckInput) -> Verdict | None:
    """Two sources state the same relation with its direction swapped (from X to Y vs from Y to X)."""
    a, b = pair(data, RelationClaim)
    af, at, bf, bt = _norm(a.from_), _norm(a.to), _norm(b.from_), _norm(b.to)
    if None in (af, at, bf, bt) or af == at:
        return None
    if _norm(a.item) != _norm(b.item) or not (af == bt and at == bf):
        return None
    return Verdict(
        outcome="reversed",
        confidence=0.9,
        details={"a_from": a.from_ or "", "a_to": a.to or "", "b_from": b.from_ or "", "b_to": b.to or ""},
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def relation_members(data: CheckInput) -> Verdict | None:
    """Two lists of the same members disagree (order never matters; an open list may be shorter)."""
    a, b = pair(data, RelationClaim)
    if a.members is None or b.members is None:
        return None
    ma = {m.casefold() for m in a.members}
    mb = {m.casefold() for m in b.members}
    if a.complete and b.complete:
        differs = ma != mb
    elif a.complete:
        differs = not mb <= ma
    elif b.complete:
        differs = not ma <= mb
    else:
        return None  # two open lists cannot contradict each other
    if not differs:
        return None
    return Verdict(
        outcome="different-members",
        confidence=0.85,
        details={
            "only_a": ", ".join(sorted(ma - mb)) or "none",
            "only_b": ", ".join(sorted(mb - ma)) or "none",
        },
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


def person_role(data: CheckInput) -> Verdict | None:
    """Two sources give one person roles one person cannot hold together (data/roles.yaml):
    one role at two ranks, two roles of one exclusive group; a past role never conflicts. Two
    people (a checked document's role set against the sources' one holder of it, by
    `factcheck check`) holding one role that only one person holds is `other-holder`."""
    a, b = pair(data, RelationClaim)
    if a.predicate != ROLE or b.predicate != ROLE or not a.item or not b.item:
        return None
    role_a, role_b = parse_role(a.item.split()), parse_role(b.item.split())
    if role_a is None or role_b is None:
        return None
    if a.agent != b.agent:
        outcome, why = "other-holder", "the sources give this role to another person"
    else:
        outcome, why = "different-role", role_conflict(role_a, role_b) or ""
        if not why:
            return None
    return Verdict(
        outcome=outcome,
        confidence=0.7,
        details={
            "a_person": holder_label(a.agent or ""),
            "b_person": holder_label(b.agent or ""),
            "a_role": a.item,
            "b_role": b.item,
            "why": why,
        },
        likely_wrong=lower_tier_side(data.tiers, ("a", "b")),
    )


CHECKS = (
    spec(
        "relation_reversed",
        relation_reversed,
        outcomes=["reversed"],
        details=["a_from", "a_to", "b_from", "b_to"],
    ),
    spec("relation_members", relation_members, outcomes=["different-members"], details=["only_a", "only_b"]),
    spec(
        "person_role",
        person_role,
        outcomes=["different-role", "other-holder"],
        details=["a_person", "b_person", "a_role", "b_role", "why"],
    ),
)
