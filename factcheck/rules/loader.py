"""Load rule files (rules/*.yaml): validate each against the Rule model, the declarations of the
check it names (parameters with types and bounds, outcomes, detail keys), and the shapes the
engine can run safely.

Rules are data: a rule file picks a check from a fixed table of Python functions and gives it
parameters; nothing in a rule file is ever evaluated. Every mistake is an error naming the file,
the line and the field, found when the rules load, never a rule that silently drops out of a run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec
from pydantic import ValidationError

from factcheck.errors import ErrorList, FactcheckError, RuleError
from factcheck.model import Rule
from factcheck.model.plain import plain_dump
from factcheck.rules.checks import CheckRegistry, CheckSpec, builtin_checks
from factcheck.rules.compiled import known
from factcheck.rules.shapes import RuleShape, build_shape
from factcheck.yamlio import line_of, parse_yaml, read_text

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\.([a-z_]+)\}")
_MESSAGE_FIELDS = {"text", "source", "words", "value", "canonical", "id"}


class LoadedRule(msgspec.Struct, frozen=True):
    """A validated rule, where it came from, its engine shape, its check and its parameters
    (defaults filled in). Rules factcheck raises itself (FC9xx) have no shape and no check."""

    rule: Rule
    path: Path
    shape: RuleShape | None = None
    spec: CheckSpec | None = None
    params: Mapping[str, Any] = msgspec.field(default_factory=dict)

    @property
    def on_engine(self) -> bool:
        """True for rules the engine matches (not the ones factcheck raises itself)."""
        return self.shape is not None and self.spec is not None

    def with_rule(self, rule: Rule) -> LoadedRule:
        """The same loaded rule with a changed Rule (enabled, grade)."""
        return LoadedRule(rule, self.path, self.shape, self.spec, self.params)


def load_rules(directory: Path, checks: CheckRegistry | None = None) -> list[LoadedRule]:
    """Every rule in `directory`, sorted by id; raise ErrorList naming each bad file."""
    if not directory.is_dir():
        raise RuleError("rules folder not found", path=directory, hint="pass --rules PATH")
    table = checks if checks is not None else builtin_checks()
    loaded: list[LoadedRule] = []
    errors: list[FactcheckError] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            item = load_rule_file(path, table)
        except ErrorList as exc:
            errors.extend(exc.errors)
            continue
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


def load_rule_file(path: Path, checks: CheckRegistry | None = None) -> LoadedRule:
    """Load and validate one rule file (a standard one's Rule comes from rules.compiled)."""
    text = read_text(path)
    found = known(text)
    if found is not None:
        try:
            return _completed(found[0], path, None, checks, found[1])
        except FactcheckError:
            pass  # report it as any other file's mistake, with its lines: parse it
    data = parse_yaml(text, path)
    return _completed(_validated(data, path), path, data, checks)


def parse_rule(text: str, path: Path) -> Rule:
    """The Rule a rule file's text declares, validated (no check, parameters or shape yet)."""
    return _validated(parse_yaml(text, path), path)


def _validated(data: Any, path: Path) -> Rule:
    """The Rule model validated from a rule file's parsed YAML."""
    if not isinstance(data, dict):
        raise RuleError("a rule file must be a mapping", path=path)
    try:
        return Rule.model_validate(data)
    except ValidationError as exc:
        raise _errors(exc, path, data, ()) from None


def _completed(
    rule: Rule, path: Path, data: object, checks: CheckRegistry | None, known: dict[str, Any] | None = None
) -> LoadedRule:
    """The loaded rule: its check (with the patterns, outcomes and placeholders it needs), its
    parameters with defaults filled in (`known`: as the compiled table holds them for the
    built-in check), and its engine shape. `data` (the parsed file, or None) gives errors their
    lines."""
    if rule.raised_by is not None:
        return LoadedRule(rule, path)
    table = checks if checks is not None else builtin_checks()
    spec = _check_semantics(rule, path, data, table)
    builtin = builtin_checks().get(rule.check)
    if known is not None and builtin is not None and builtin.params is spec.params:
        params = known
    else:
        params = _params(spec, rule, path, data)
    match = {name: plain_dump(pattern) for name, pattern in rule.match.items()}
    try:
        shape = build_shape(rule.id, match, unordered=rule.unordered or None)
    except RuleError as exc:
        exc.path = path
        exc.line = line_of(data, (exc.field or "match").split("."))
        raise
    return LoadedRule(rule, path, shape, spec, params)


def checked_params(rule: Rule, path: Path) -> dict[str, Any]:
    """A rule's parameters as its built-in check validates them (for the compiled table); none
    for a rule the engine or the suppressions raise."""
    if rule.raised_by is not None:
        return {}
    spec = builtin_checks().get(rule.check)
    if spec is None:
        raise RuleError(f"unknown check '{rule.check}'", path=path)
    return _params(spec, rule, path, None)


def _params(spec: CheckSpec, rule: Rule, path: Path, data: object) -> dict[str, Any]:
    """The rule's parameters validated by its check's model, defaults filled in."""
    try:
        return dict(spec.params.model_validate(rule.params).model_dump())
    except ValidationError as exc:
        raise _errors(exc, path, data, ("params",), hint=_params_hint(spec)) from None


def _errors(
    exc: ValidationError, path: Path, data: object, prefix: tuple[str, ...], hint: str | None = None
) -> ErrorList:
    """One RuleError per pydantic error, each with the line and dotted field it is about."""
    errors: list[FactcheckError] = []
    for err in exc.errors():
        loc = [*prefix, *(str(p) for p in err["loc"])]
        message = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        errors.append(RuleError(message, path=path, line=line_of(data, loc), field=".".join(loc), hint=hint))
    return ErrorList(errors)


def _params_hint(spec: CheckSpec) -> str:
    """What the check takes: each parameter, its type and its default."""
    fields = spec.params.model_fields
    if not fields:
        return f"'{spec.name}' takes no parameters"
    described = [
        f"{name} ({info.annotation.__name__ if isinstance(info.annotation, type) else info.annotation}, "
        f"default {info.get_default(call_default_factory=True)})"
        for name, info in fields.items()
    ]
    return f"'{spec.name}' takes: " + "; ".join(described)


def _check_semantics(rule: Rule, path: Path, data: object, checks: CheckRegistry) -> CheckSpec:
    """The check the rule names, after checking patterns, outcomes and message placeholders."""

    def fail(message: str, field: str, hint: str | None = None) -> RuleError:
        return RuleError(message, path=path, line=line_of(data, field.split(".")), field=field, hint=hint)

    spec = checks.get(rule.check)
    if spec is None:
        raise fail(f"unknown check '{rule.check}'", "check", f"known checks: {', '.join(sorted(checks))}")
    missing = [name for name in spec.patterns if name not in rule.match]
    if missing:
        raise fail(
            f"check '{rule.check}' reads patterns {', '.join(spec.patterns)}; missing: {', '.join(missing)}",
            "match",
        )
    for outcome in rule.outcomes:
        if outcome not in spec.outcomes:
            raise fail(
                f"unknown outcome '{outcome}'",
                f"outcomes.{outcome}",
                f"'{rule.check}' returns: {', '.join(sorted(spec.outcomes))}",
            )
    for name in [*rule.unordered, *rule.distinct_sources, *rule.group_by]:
        if name not in rule.match:
            raise fail(f"'{name}' is not a pattern of this rule", "match")
    if rule.unordered and len(rule.unordered) != 2:
        raise fail("'unordered' names exactly two patterns", "unordered")
    for pattern, name in _PLACEHOLDER.findall(rule.message):
        if pattern == "details" and name not in spec.details:
            known = ", ".join(f"{{details.{d}}}" for d in sorted(spec.details)) or "none"
            raise fail(
                f"message placeholder '{{details.{name}}}' is unknown",
                "message",
                f"'{rule.check}' fills: {known}",
            )
        if pattern != "details" and (pattern not in rule.match or name not in _MESSAGE_FIELDS):
            raise fail(
                f"message placeholder '{{{pattern}.{name}}}' is unknown",
                "message",
                f"use {{<pattern>.<{'|'.join(sorted(_MESSAGE_FIELDS))}>}} or {{details.<name>}}",
            )
    return spec
