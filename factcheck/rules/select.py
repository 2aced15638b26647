"""Which rules run: a configuration's disable list and grade overrides applied to the rule files."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.errors import FactcheckError
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


def checks_for(config: Config) -> CheckRegistry:
    """The built-in checks plus the check modules the configuration names."""
    return check_registry(tuple(config.checks))
