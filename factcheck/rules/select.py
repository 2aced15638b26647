"""Which rules run: a configuration's disable list and grade overrides applied to the rule files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.registry.config import Config
from factcheck.rules.loader import LoadedRule, load_rules

# The standard rules, shipped inside the package (the repository's top-level rules/ is the
# bundled registry's copy of the same files; tests/test_standard_rules.py keeps them identical).
STANDARD_RULES = Path(__file__).resolve().parent / "standard"


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
        result.append(LoadedRule(rule, item.path, item.shape))
    return result


def active_rules(rules_dir: Path, config: Config) -> list[LoadedRule]:
    """The rules in `rules_dir` that are switched on, with the configuration's grades applied."""
    return [item for item in apply_to_rules(load_rules(rules_dir), config) if item.rule.enabled]
