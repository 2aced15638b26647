"""What a check receives and returns, and what a check declares about itself.

A check is a small pure function: it gets the matched claims (or entities) by pattern name and
the rule's parameters, and returns a Verdict when the rule should fire, None when it should not.
Checks know nothing about the engine, files or output formats.

Each check module lists its checks in a module-level `CHECKS` tuple of CheckSpec: the function,
the pattern names it reads, its parameters (a pydantic model: types, defaults, bounds), the
outcomes it can return and the detail keys it fills. Rule files are validated against these
declarations when they are loaded (factcheck.rules.loader); nothing registers itself on import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import msgspec
from pydantic import BaseModel, ConfigDict

from factcheck.model import Claim, Entity, Tier

Matched = Claim | Entity
C = TypeVar("C", bound=Matched)


class Verdict(msgspec.Struct, frozen=True):
    """A check's decision that a rule fires, with what the message needs."""

    outcome: str
    confidence: float
    details: dict[str, str] = msgspec.field(default_factory=dict)
    likely_wrong: str | None = None  # pattern name of the side likely wrong, if known


class CheckInput(msgspec.Struct, frozen=True):
    """The matched facts by pattern name, their tiers, and the rule's parameters."""

    matched: Mapping[str, Matched]
    tiers: Mapping[str, Tier]
    params: Mapping[str, Any]


CheckFunction = Callable[[CheckInput], Verdict | None]


def pair(data: CheckInput, kind: type[C]) -> tuple[C, C]:
    """The claims matched by patterns `a` and `b`, as `kind` (the rule's match guarantees it)."""
    a, b = data.matched["a"], data.matched["b"]
    assert isinstance(a, kind)
    assert isinstance(b, kind)
    return a, b


class Params(BaseModel):
    """A check's parameters: typed fields with defaults and bounds; unknown names are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class NoParams(Params):
    """The parameters of a check that takes none."""


class CheckSpec(msgspec.Struct, frozen=True):
    """A check as rules see it: its function, the patterns it reads, its parameters, the outcomes
    it may return and the detail keys its verdicts fill (messages may use `{details.<key>}`)."""

    name: str
    function: CheckFunction
    outcomes: frozenset[str]
    details: frozenset[str] = frozenset()
    patterns: tuple[str, ...] = ("a", "b")
    params: type[Params] = NoParams
    # the check's tolerance as data, for two claims that are each one plain number (see
    # rules/checks/quantities.py `plain_point`): (params, smaller value, bigger value, both exact
    # whole counts) -> (outcome, confidence) or None, exactly what `function` returns for them.
    # engine/sweep.py compares a big subject's plain figures in sorted order with it.
    point: Callable[[Mapping[str, Any], float, float, bool], tuple[str, float] | None] | None = None
    # the check returns nothing for two claims of different sources (engine/sweep.py runs it
    # only on each source's own claims)
    same_source_only: bool = False

    @property
    def doc(self) -> str:
        """The first line of the function's docstring."""
        return (self.function.__doc__ or "").strip().splitlines()[0] if self.function.__doc__ else ""

    def defaults(self) -> dict[str, Any]:
        """Every parameter with its default value."""
        return self.params().model_dump()


def spec(
    name: str,
    function: CheckFunction,
    outcomes: Iterable[str],
    details: Iterable[str] = (),
    patterns: tuple[str, ...] = ("a", "b"),
    params: type[Params] = NoParams,
    point: Callable[[Mapping[str, Any], float, float, bool], tuple[str, float] | None] | None = None,
    same_source_only: bool = False,
) -> CheckSpec:
    """A CheckSpec, with outcomes and detail keys given as any iterable of names."""
    return CheckSpec(
        name, function, frozenset(outcomes), frozenset(details), patterns, params, point, same_source_only
    )


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
