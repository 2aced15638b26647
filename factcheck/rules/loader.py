"""Load rule files (rules/*.yaml): validate each against the Rule model, the checks it names,
and the shapes the engine can run safely.

Rules are data: a rule file picks a check from a fixed table of Python functions and gives it
parameters; nothing in a rule file is ever evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from factcheck.errors import ErrorList, FactcheckError, RuleError
from factcheck.model import Rule
from factcheck.rules.checks import CHECKS
from factcheck.rules.shapes import RuleShape, build_shape
from factcheck.yamlio import line_of, load_yaml

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\.([a-z_]+)\}")
_MESSAGE_FIELDS = {"text", "source", "words", "value", "canonical", "id"}


@dataclass(frozen=True)
class LoadedRule:
    """A validated rule, where it came from, and its engine shape."""

    rule: Rule
    path: Path
    shape: RuleShape


def load_rules(directory: Path) -> list[LoadedRule]:
    """Every rule in `directory`, sorted by id; raise ErrorList naming each bad file."""
    if not directory.is_dir():
        raise RuleError("rules folder not found", path=directory, hint="pass --rules PATH")
    loaded: list[LoadedRule] = []
    errors: list[FactcheckError] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            item = load_rule_file(path)
        except FactcheckError as exc:
            errors.append(exc)
            continue
        for key in (item.rule.id, item.rule.name):
            if key in seen:
                errors.append(RuleError(f"'{key}' is also used by {seen[key]}", path=path))
            seen[key] = path
        loaded.append(item)
    if errors:
        raise ErrorList(errors)
    if not loaded:
        raise RuleError("no rule files (*.yaml) found", path=directory)
    return sorted(loaded, key=lambda item: item.rule.id)


def load_rule_file(path: Path) -> LoadedRule:
    """Load and validate one rule file."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise RuleError("a rule file must be a mapping", path=path)
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        errors: list[FactcheckError] = []
        for err in exc.errors():
            loc = list(err["loc"])
            message = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
            errors.append(
                RuleError(message, path=path, line=line_of(data, loc), field=".".join(map(str, loc)))
            )
        raise ErrorList(errors) from None
    _check_semantics(rule, path, data)
    match = {name: spec.model_dump() for name, spec in rule.match.items()}
    try:
        shape = build_shape(rule.id, match, unordered=rule.unordered or None)
    except RuleError as exc:
        exc.path = path
        exc.line = line_of(data, (exc.field or "match").split("."))
        raise
    return LoadedRule(rule, path, shape)


def _check_semantics(rule: Rule, path: Path, data: object) -> None:
    def fail(message: str, field: str, hint: str | None = None) -> RuleError:
        return RuleError(message, path=path, line=line_of(data, field.split(".")), field=field, hint=hint)

    spec = CHECKS.get(rule.check)
    if spec is None:
        raise fail(f"unknown check '{rule.check}'", "check", f"known checks: {', '.join(sorted(CHECKS))}")
    missing = [name for name in spec.patterns if name not in rule.match]
    if missing:
        raise fail(
            f"check '{rule.check}' reads patterns {', '.join(spec.patterns)}; missing: {', '.join(missing)}",
            "match",
        )
    unknown = set(rule.params) - set(spec.params)
    if unknown:
        known = ", ".join(spec.params) or "none"
        raise fail(
            f"unknown parameter(s) {', '.join(sorted(unknown))}", "params", f"'{rule.check}' takes: {known}"
        )
    for name in [*rule.unordered, *rule.distinct_sources, *rule.group_by]:
        if name not in rule.match:
            raise fail(f"'{name}' is not a pattern of this rule", "match")
    if rule.unordered and len(rule.unordered) != 2:
        raise fail("'unordered' names exactly two patterns", "unordered")
    for pattern, field in _PLACEHOLDER.findall(rule.message):
        if pattern != "details" and (pattern not in rule.match or field not in _MESSAGE_FIELDS):
            raise fail(
                f"message placeholder '{{{pattern}.{field}}}' is unknown",
                "message",
                f"use {{<pattern>.<{'|'.join(sorted(_MESSAGE_FIELDS))}>}} or {{details.<name>}}",
            )
