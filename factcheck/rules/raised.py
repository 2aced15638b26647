"""Rules factcheck raises itself, not the engine: FC900 (an engine crash) and FC901-FC903 (about
suppressions). They are rule files like the others (`raised_by:` instead of `match:`), so
`rules list` and docs/rules.md show them and a configuration can regrade or disable them; the
code knows only their ids.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from factcheck.model import Rule
from factcheck.registry.standard import STANDARD_RULES
from factcheck.rules.loader import LoadedRule, load_rule_file

ENGINE_CRASH = "FC900"
SUPPRESSION_UNUSED = "FC901"
SUPPRESSION_NO_REASON = "FC902"
SUPPRESSION_EXPIRED = "FC903"
RAISED_IDS = (ENGINE_CRASH, SUPPRESSION_UNUSED, SUPPRESSION_NO_REASON, SUPPRESSION_EXPIRED)


@functools.cache
def standard_raised() -> dict[str, Rule]:
    """The raised rules as shipped (loaded once per process; the files do not change under it)."""
    found: dict[str, Rule] = {}
    for path in sorted(STANDARD_RULES.glob("FC9*.yaml")):
        rule = load_rule_file(path).rule
        if rule.raised_by is not None:
            found[rule.id] = rule
    missing = set(RAISED_IDS) - set(found)
    assert not missing, f"standard rules folder lacks {sorted(missing)}"
    return found


def raised_rules(loaded: Iterable[LoadedRule]) -> dict[str, Rule]:
    """The raised rules in force: the rules folder's own (with the configuration applied), and the
    standard ones for ids the folder lacks (a registry made before these were files)."""
    rules = dict(standard_raised())
    for item in loaded:
        if item.rule.raised_by is not None:
            rules[item.rule.id] = item.rule
    return {rule_id: rule for rule_id, rule in rules.items() if rule.enabled}
