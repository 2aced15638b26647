"""Stage 5, the rules: rule files (data), the pure check functions they name, the rule selection
a configuration makes, and the generated rule docs."""

from factcheck.rules.loader import LoadedRule, load_rules

__all__ = ["LoadedRule", "load_rules"]
