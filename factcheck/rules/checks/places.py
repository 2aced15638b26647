"""Checks on places: a place called a kind it cannot be where another report puts it inside a
unit of that level or higher ("Meichuan County" vs "Meichuan Township, of Minxian County")."""

from __future__ import annotations

from factcheck.extract.places import place_levels
from factcheck.model import RelationClaim
from factcheck.rules.checks.base import CheckInput, Verdict, pair, spec


def _level(kind: str | None) -> int | None:
    return place_levels().get(kind.lower()) if kind else None


def _contradiction(kind_of: RelationClaim, inside: RelationClaim) -> bool:
    """`kind_of` says the place is a kind; `inside` puts it in a unit of that level or higher."""
    if kind_of.predicate != "is-a" or inside.predicate != "in":
        return False
    own, outer = _level(kind_of.item), _level(inside.item)
    return own is not None and outer is not None and outer <= own


def place_level(data: CheckInput) -> Verdict | None:
    """One report calls a place a county (or province); another puts it inside a county (or
    province): a unit never lies inside one of its own level."""
    a, b = pair(data, RelationClaim)
    if _contradiction(a, b):
        wrong, kind_of, inside = "a", a, b
    elif _contradiction(b, a):
        wrong, kind_of, inside = "b", b, a
    else:
        return None
    return Verdict(
        outcome="wrong-kind",
        confidence=0.7,
        details={"kind": kind_of.item or "", "outer": f"{inside.to or ''} ({inside.item})"},
        likely_wrong=wrong,
    )


CHECKS = (spec("place_level", place_level, outcomes=["wrong-kind"], details=["kind", "outer"]),)
