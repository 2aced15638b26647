"""Which rules run: a configuration's disable list, grade overrides and rule selection
(select / extend-select / ignore, as in ruff) applied to the rule files."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.errors import FactcheckError
from factcheck.model import Rule
from factcheck.registry.config import Config
from factcheck.rules.checks import CheckRegistry, check_registry
from factcheck.rules.loader import LoadedRule


def apply_to_rules(rules: Sequence[LoadedRule], config: Config) -> list[LoadedRule]:
    """Rules with the config's disable list and grade overrides applied; unknown ids are errors."""
    known = {item.rule.id for item in rules} | {item.rule.name for item in rules}
    for key in [*config.disable, *config.grades]:
        if key not in known:
            raise FactcheckError(
                f"unknown rule '{key}' in the configuration",
                path=config.path,
                hint="see `factcheck rules list`",
            )
    result = []
    for item in rules:
        rule = item.rule
        keys = (rule.id, rule.name)
        if any(k in config.disable for k in keys):
            rule = rule.model_copy(update={"enabled": False})
        override = next((config.grades[k] for k in keys if k in config.grades), None)
        if override is not None:
            rule = rule.model_copy(update={"grade": override})
        result.append(item.with_rule(rule))
    return result


def matches(selector: str, rule: Rule) -> bool:
    """A selector names the rule: its id or an id prefix (FC1, FC10, FC101), its name, or a name
    family (quantity, quote)."""
    key = selector.strip()
    if key.upper().startswith("FC"):
        return rule.id.startswith(key.upper())
    return rule.name == key or rule.name.startswith(key + ".")


def _check_selectors(selectors: Sequence[str], rules: Sequence[LoadedRule], config: Config) -> None:
    """A selector that names no rule is a typo: say which, rather than silently run nothing."""
    for key in selectors:
        if not any(matches(key, item.rule) for item in rules):
            raise FactcheckError(
                f"'{key}' names no rule",
                path=config.path,
                hint="give a rule id (FC101), an id prefix (FC1), a name or a family; see `factcheck rules list`",
            )


def select_rules(rules: Sequence[LoadedRule], config: Config) -> list[LoadedRule]:
    """The rules switched on after select (replaces the set), extend-select (adds) and ignore (removes)."""
    _check_selectors([*(config.select or []), *config.extend_select, *config.ignore], rules, config)
    chosen = []
    for item in rules:
        rule = item.rule
        on = rule.enabled if config.select is None else any(matches(k, rule) for k in config.select)
        on = (on or any(matches(k, rule) for k in config.extend_select)) and not any(
            matches(k, rule) for k in config.ignore
        )
        if on:
            chosen.append(item)
    return chosen


def checks_for(config: Config) -> CheckRegistry:
    """The built-in checks plus the check modules the configuration names."""
    return check_registry(tuple(config.checks))
