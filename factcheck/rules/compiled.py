"""The standard rule files, validated once when factcheck is built, so a run need not parse them.

Parsing and validating the rule files is a tenth of a cold `factcheck check` (YAML parsing, and
building the pydantic validator of the Rule model). The result is a pure function of a file's
bytes and of the Rule model, so `compiled.json` (package data, like the rule files) keeps each
standard file's validated Rule, keyed by the SHA-256 of the file's text. `rules.loader` takes a
file whose text has an entry from here instead of parsing it: the bundled registry's rules/ is
a copy of the standard rules, and `check --source` uses them directly. Any other file (a rule
an editor changed or wrote) is parsed and validated as before.

The table is package data, never a cache written at run time: a file in a registry's folder
could be crafted to skip validation, a file in the installed package cannot. `fingerprint()`
covers the Rule model's fields and the version, so a table made for another model is ignored;
tests/test_rules_compiled.py fails when the table is stale (regenerate it with
`python -m factcheck.rules.compiled`). Checks, parameters and shapes are not in the table: they
are still checked on every load (they depend on the check modules, and cost little).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from factcheck import __version__
from factcheck.model import Grade, JoinSpec, PatternSpec, Rule, RuleExamples

TABLE = Path(__file__).with_name("compiled.json")
FORMAT = "1"  # bump when the encoding below changes
_MODELS: dict[str, type[BaseModel]] = {m.__name__: m for m in (Rule, PatternSpec, JoinSpec, RuleExamples)}
_ENUMS: dict[str, type[enum.Enum]] = {"Grade": Grade}


def digest(text: str) -> str:
    """The table's key for a rule file's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint() -> str:
    """What a validated Rule depends on besides the file: the models' fields and the version."""
    parts = [FORMAT, __version__, *(f"{name}:{model.model_fields!r}" for name, model in _MODELS.items())]
    parts += [f"{name}:{[m.value for m in cls]}" for name, cls in _ENUMS.items()]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def known_rule(text: str) -> Rule | None:
    """The validated Rule of a standard rule file with exactly this text, or None."""
    entry = _table().get(digest(text))
    return None if entry is None else decode(entry)


@functools.cache
def _table() -> dict[str, Any]:
    """digest -> encoded Rule; empty when the table is missing or made for another model."""
    try:
        data = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        return {}
    rules = data.get("rules")
    return rules if isinstance(rules, dict) else {}


def encode(value: Any) -> Any:
    """A validated value as JSON: scalars as they are, everything else a tagged list."""
    if isinstance(value, BaseModel):
        fields = {name: encode(item) for name, item in value.__dict__.items()}
        return ["model", type(value).__name__, fields, sorted(value.model_fields_set)]
    if isinstance(value, enum.Enum):
        return ["enum", type(value).__name__, value.value]
    if isinstance(value, dt.datetime):
        return ["datetime", value.isoformat()]
    if isinstance(value, dt.date):
        return ["date", value.isoformat()]
    if isinstance(value, dict):
        return ["map", {str(key): encode(item) for key, item in value.items()}]
    if isinstance(value, list | tuple):
        return ["list" if isinstance(value, list) else "tuple", [encode(item) for item in value]]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} in the compiled rules")


def decode(value: Any) -> Any:
    """What `encode` made, back (models built without validating again: they were validated)."""
    if not isinstance(value, list):
        return value
    tag, *rest = value
    if tag == "model":
        name, fields, fields_set = rest
        cls = _MODELS[name]
        return cls.model_construct(_fields_set=set(fields_set), **{k: decode(v) for k, v in fields.items()})
    if tag == "enum":
        return _ENUMS[rest[0]](rest[1])
    if tag == "datetime":
        return dt.datetime.fromisoformat(rest[0])
    if tag == "date":
        return dt.date.fromisoformat(rest[0])
    if tag == "map":
        return {key: decode(item) for key, item in rest[0].items()}
    items = [decode(item) for item in rest[0]]
    return items if tag == "list" else tuple(items)


def table_text(folder: Path) -> str:
    """The table for every rule file in `folder`, as `compiled.json` holds it."""
    from factcheck.rules.loader import parse_rule

    rules = {}
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        rules[digest(text)] = encode(parse_rule(text, path))
    return json.dumps({"fingerprint": fingerprint(), "rules": rules}, indent=1) + "\n"


def main() -> None:
    """Regenerate compiled.json from the standard rule files."""
    from factcheck.registry.standard import STANDARD_RULES
    from factcheck.safewrite import write_atomic

    write_atomic(TABLE, table_text(STANDARD_RULES))
    print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
