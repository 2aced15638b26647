"""The rule shapes the engine runs safely: a rule file's `match:` block becomes a RuleShape, or a
RuleError that says why not.

durable-rules 2.0.28 crashes or answers wrong on some rule shapes (../shared/notes/durable-rules.md:
non-equality join comparisons, `|` alternatives, nested groups). Rules are checked against the
safe shapes when they load, so a bad rule file is an input error naming its field, never a crash
at run time. Only factcheck/engine/adapter.py talks to durable; this module is pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from factcheck.errors import RuleError

# Fields every fact carries; rules may test only these.
ALPHA_FIELDS = ("t", "kind", "tier", "flag", "link")
JOIN_FIELDS = ("key", "from_key", "to_key", "src")
FACT_FIELDS = ALPHA_FIELDS + JOIN_FIELDS

MAX_PATTERNS = 16  # durable: at most 16 facts per rule
MAX_TERMS = 31  # durable: at most 31 expression entries per pattern
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,15}$")
_RESERVED_NAMES = {"m", "s", "c", "sid", "id"}


class Pattern(msgspec.Struct, frozen=True):
    """One fact of a rule: alpha equality tests, and at most one equality join."""

    name: str
    where: tuple[tuple[str, str], ...]
    join: tuple[str, str, str] | None = None  # (field, earlier pattern, earlier field)


class RuleShape(msgspec.Struct, frozen=True):
    """A rule reduced to what the engine matches.

    `unordered` names two patterns whose order does not matter: the engine then offers each
    unordered pair once instead of in both orders (see Engine.run).
    """

    rule_id: str
    patterns: tuple[Pattern, ...]
    unordered: tuple[str, str] | None = None

    def signature(self) -> tuple[object, ...]:
        """Shapes with the same signature compile to one engine rule (one firing serves all)."""
        return (self.patterns, self.unordered)


def build_shape(
    rule_id: str,
    match: Mapping[str, Mapping[str, Any]],
    where: str = "match",
    unordered: Sequence[str] | None = None,
) -> RuleShape:
    """Turn a rule's `match:` block into a safe RuleShape, or raise RuleError saying why not.

    `match` maps pattern names to dicts with keys fact, where, same, compare, any_of.
    """
    if not match:
        raise RuleError("a rule must match at least one fact", field=where)
    if len(match) > MAX_PATTERNS:
        raise RuleError(f"at most {MAX_PATTERNS} patterns per rule (durable limit)", field=where)
    patterns: list[Pattern] = []
    seen: list[str] = []
    for name, spec in match.items():
        field = f"{where}.{name}"
        if not _NAME.match(name) or name in _RESERVED_NAMES:
            raise RuleError(
                f"pattern name '{name}' is not allowed",
                field=field,
                hint="use a short lower-case name such as a, b, d, e (not m, s, c, id, sid)",
            )
        if spec.get("compare"):
            raise RuleError(
                "non-equality join comparisons are refused: on durable-rules 2.0.28 a join group "
                "ending in one can read past the expression array and crash (upstream #381)",
                field=f"{field}.compare",
                hint="join with `same:` (equality) and compare values in the rule's check instead",
            )
        if spec.get("any_of"):
            raise RuleError(
                "alternatives (`|`) are refused: the engine fires once per matching branch and "
                "mishandles nested groups",
                field=f"{field}.any_of",
                hint="write one rule per alternative, or test the alternatives in the check",
            )
        tests = [("t", str(spec.get("fact", "claim")))]
        for key, value in dict(spec.get("where", {})).items():
            if key == "t":  # a second type test would contradict `fact:` and never match
                raise RuleError(
                    "the fact type is chosen by `fact:`, not tested in `where:`",
                    field=f"{field}.where.t",
                    hint=f"write `fact: {value}` in this pattern instead",
                )
            if key not in ALPHA_FIELDS:
                raise RuleError(
                    f"cannot test field '{key}'",
                    field=f"{field}.where",
                    hint=f"facts carry only: {', '.join(ALPHA_FIELDS)}",
                )
            if not isinstance(value, str) or not value:
                raise RuleError(
                    f"value of '{key}' must be a non-empty string",
                    field=f"{field}.where.{key}",
                    hint="numbers compare unreliably in the engine (5 is not 5.0); quote the value",
                )
            tests.append((key, value))
        join = _build_join(dict(spec.get("same", {})), seen, field)
        if len(tests) * 2 + (1 if join else 0) + 2 > MAX_TERMS:
            raise RuleError(f"too many tests in one pattern (durable limit {MAX_TERMS})", field=field)
        patterns.append(Pattern(name, tuple(tests), join))
        seen.append(name)
    return RuleShape(rule_id, tuple(patterns), _build_unordered(patterns, unordered))


def _build_unordered(patterns: list[Pattern], unordered: Sequence[str] | None) -> tuple[str, str] | None:
    """Check that an unordered pair is the first two patterns, alike, the second joined to the first."""
    if not unordered:
        return None
    if len(patterns) < 2 or tuple(unordered) != (patterns[0].name, patterns[1].name):
        raise RuleError("'unordered' must name the rule's first two patterns, in order", field="unordered")
    first, second = patterns[0], patterns[1]
    if first.where != second.where or second.join is None or second.join[1] != first.name:
        raise RuleError(
            "unordered patterns must test the same fields and the second must join the first",
            field="unordered",
        )
    return (first.name, second.name)


def _build_join(same: dict[str, Any], seen: list[str], field: str) -> tuple[str, str, str] | None:
    if not same:
        return None
    if not seen:
        raise RuleError("the first pattern cannot join: there is nothing before it", field=f"{field}.same")
    if len(same) > 1:
        raise RuleError(
            "at most one equality join per pattern",
            field=f"{field}.same",
            hint="a join group is safe only when its last term is its single equality join",
        )
    ((key, ref),) = same.items()
    if key not in JOIN_FIELDS:
        raise RuleError(
            f"cannot join on field '{key}'",
            field=f"{field}.same",
            hint=f"joinable fields: {', '.join(JOIN_FIELDS)}",
        )
    other, _, other_field = str(ref).partition(".")
    if other not in seen or other_field not in JOIN_FIELDS:
        raise RuleError(
            f"join target '{ref}' must be '<earlier pattern>.<field>'",
            field=f"{field}.same.{key}",
            hint=f"earlier patterns: {', '.join(seen)}; joinable fields: {', '.join(JOIN_FIELDS)}",
        )
    return (key, other, other_field)
