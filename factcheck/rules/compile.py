"""Regenerate rules/compiled.json, the standard rules' validated form (see rules/compiled.py):

python -m factcheck.rules.compile
"""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.rules.compiled import TABLE, digest, entry_json, fingerprint
from factcheck.rules.loader import checked_params, parse_rule


def table_text(folder: Path) -> str:
    """The table for every rule file in `folder`, as `compiled.json` holds it."""
    rules = {}
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        rule = parse_rule(text, path)
        rules[digest(text)] = entry_json(rule, checked_params(rule, path))
    return json.dumps({"fingerprint": fingerprint(), "rules": rules}, indent=1) + "\n"


def main() -> None:
    """Write compiled.json from the standard rule files."""
    from factcheck.registry.standard import STANDARD_RULES
    from factcheck.safewrite import write_atomic

    write_atomic(TABLE, table_text(STANDARD_RULES))
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
