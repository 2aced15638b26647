"""What a check receives and returns, and the table of checks rules can name.

A check is a small pure function: it gets the matched claims (or entities) by pattern name and
the rule's parameters, and returns a Verdict when the rule should fire, None when it should not.
Checks know nothing about the engine, files or output formats.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from factcheck.model import Claim, Entity, Tier

Matched = Claim | Entity


@dataclass(frozen=True)
class Verdict:
    """A check's decision that a rule fires, with what the message needs."""

    outcome: str
    confidence: float
    details: dict[str, str] = field(default_factory=dict)
    likely_wrong: str | None = None  # pattern name of the side likely wrong, if known


@dataclass(frozen=True)
class CheckInput:
    """The matched facts by pattern name, their tiers, and the rule's parameters."""

    matched: Mapping[str, Matched]
    tiers: Mapping[str, Tier]
    params: Mapping[str, Any]


CheckFunction = Callable[[CheckInput], Verdict | None]


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: its function, the parameters it accepts and their defaults."""

    function: CheckFunction
    patterns: tuple[str, ...]
    params: Mapping[str, Any]
    doc: str


CHECKS: dict[str, CheckSpec] = {}


def check(
    name: str, patterns: tuple[str, ...] = ("a", "b"), **defaults: Any
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under `name`: the pattern names it reads and its parameters' defaults."""

    def register(function: CheckFunction) -> CheckFunction:
        doc = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
        CHECKS[name] = CheckSpec(function, patterns, defaults, doc)
        return function

    return register


def lower_tier_side(tiers: Mapping[str, Tier], names: tuple[str, str]) -> str | None:
    """The side from the less authoritative source, when the tiers differ."""
    first, second = names
    if tiers[first].rank == tiers[second].rank:
        return None
    return first if tiers[first].rank < tiers[second].rank else second


def fmt_number(value: float) -> str:
    """4731.0 -> '4,731'; inf -> '∞'; 27.0 -> '27'; 0.5 -> '0.5'."""
    if value == float("inf"):
        return "∞"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def fmt_interval(low: float, high: float) -> str:
    """'4,731' for a point, '200–999' for a range, '≥ 4,731' for an open one."""
    if low == high:
        return fmt_number(low)
    if high == float("inf"):
        return f"≥ {fmt_number(low)}"
    return f"{fmt_number(low)}–{fmt_number(high)}"
